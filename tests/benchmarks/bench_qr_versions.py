"""TD1 text length and QR version (ECC M) of every document type in each TD1 mode.

Run: .venv/bin/python -m tests.benchmarks.bench_qr_versions [--quick]
Each document is the shipped example issued as Sello issues it (build_subject,
build_credential, a Bitstring Status List entry), signed ES384 by a did:web key
unless the row says otherwise. "*" marks a single symbol of version ≤ 22 at M (the
print target); "parts" means beyond version 25 (printed as numbered parts).
The report's figures: each document type's version in each mode; the one Sello prints
(`encode_td1`'s "auto" choice) is judged against version 22, the others are comparisons.
--quick is the same run (it takes about a second).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sello.core.qr.payload import decode_td1, encode_td1
from sello.core.qr.symbol import MAX_VERSION, TARGET_VERSION, smallest_version
from tests.benchmarks.report import Figure, at_most, comparison, emit
from tests.unit.core.td1_samples import DOCUMENT_TYPE_IDS, issued_vc_jwt, unseen_mill_test_report

MODES = ("generic", "schema", "template")


def cell(text: str) -> str:
    version = smallest_version(len(text), "M")
    if version is None or version > MAX_VERSION:
        return f"{len(text):>5}  parts"
    mark = "*" if version <= TARGET_VERSION else ""
    return f"{len(text):>5}  {f'v{version}{mark}':<5}"


def row(label: str, make: Callable[[], str]) -> tuple[str, list[Figure]]:
    """The printed row, and a figure per mode."""
    jws = make()
    printed = encode_td1(jws)
    texts, figures = [], []
    for mode in MODES:
        text = encode_td1(jws, mode=mode)  # type: ignore[arg-type]
        assert decode_td1(text) == jws, f"{label}: {mode} mode did not rebuild the JWS"
        texts.append(text)
        version = smallest_version(len(text), "M")
        name = f"QR version at ECC M, {label}, {mode} TD1"
        note = f"{len(text)} chars"
        if version is None or version > MAX_VERSION:
            note += ", printed in parts" if version is not None else ", beyond version 40"
        if text == printed and version is not None:
            figures.append(at_most(name, TARGET_VERSION, version, "", note + ", the mode Sello prints"))
        else:
            figures.append(
                comparison(name, version, "", note) if version is not None else Figure(name, "—", None, "", None, note)
            )
    return f"{label:<34} {len(jws):>6}  " + "  ".join(cell(text) for text in texts), figures


def figures(quick: bool = False) -> list[Figure]:
    """Every row is printed; the document types' rows are the report's figures (quick: the same)."""
    cases: list[tuple[str, Callable[[], str]]] = [
        (doctype_id, (lambda doctype_id=doctype_id: issued_vc_jwt(doctype_id))) for doctype_id in DOCUMENT_TYPE_IDS
    ]
    extra: dict[str, dict[str, Any]] = {
        "mill-test-report (other MTR)": {"data": unseen_mill_test_report()},
        "mill-test-report EdDSA did:key": {"alg": "EdDSA", "method": "key"},
        "mill-test-report ES384 did:key": {"method": "key"},
        "mill-test-report ES384 did:jwk": {"method": "jwk"},
    }
    for label, options in extra.items():
        data = options.pop("data", None)
        cases.append((label, (lambda data=data, options=options: issued_vc_jwt("mill-test-report", data, **options))))
    header = f"{'document (ES384 did:web, status)':<34} {'vc+jwt':>6}  " + "  ".join(
        f"{mode + ' TD1':<12}" for mode in MODES
    )
    print(header)
    print("-" * len(header))
    results = []
    for label, make in cases:
        line, row_figures = row(label, make)
        print(line)
        if label in DOCUMENT_TYPE_IDS:
            results += [
                replace(f, name=f.name.replace("mill-test-report,", "mill-test-report (3 heats),")) for f in row_figures
            ]
    print(f"\n* = one QR symbol of version ≤ {TARGET_VERSION} at ECC M; lengths include the 'TD1:' prefix.")
    return results


def main(argv: list[str]) -> None:
    emit(figures("--quick" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
