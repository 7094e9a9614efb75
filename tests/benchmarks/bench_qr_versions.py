"""TD1 text length and QR version (ECC M) of every document type in each TD1 mode.

Run: .venv/bin/python -m tests.benchmarks.bench_qr_versions
Each document is the shipped example issued as Sello issues it (build_subject,
build_credential, a Bitstring Status List entry), signed ES384 by a did:web key
unless the row says otherwise. "*" marks a single symbol of version ≤ 22 at M (the
print target); "parts" means beyond version 25 (printed as numbered parts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sello.core.qrpayload import decode_td1, encode_td1
from sello.core.qrsymbol import MAX_VERSION, TARGET_VERSION, smallest_version
from tests.unit.core.td1_samples import DOCUMENT_TYPE_IDS, issued_vc_jwt, unseen_mill_test_report

MODES = ("generic", "schema", "template")


def cell(text: str) -> str:
    version = smallest_version(len(text), "M")
    if version is None or version > MAX_VERSION:
        return f"{len(text):>5}  parts"
    mark = "*" if version <= TARGET_VERSION else ""
    return f"{len(text):>5}  {f'v{version}{mark}':<5}"


def row(label: str, make: Callable[[], str]) -> str:
    jws = make()
    texts = []
    for mode in MODES:
        text = encode_td1(jws, mode=mode)  # type: ignore[arg-type]
        assert decode_td1(text) == jws, f"{label}: {mode} mode did not rebuild the JWS"
        texts.append(text)
    return f"{label:<34} {len(jws):>6}  " + "  ".join(cell(text) for text in texts)


def main() -> None:
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
        f"{mode + ' TD1':<12}" for mode in MODES)
    print(header)
    print("-" * len(header))
    for label, make in cases:
        print(row(label, make))
    print(f"\n* = one QR symbol of version ≤ {TARGET_VERSION} at ECC M; lengths include the 'TD1:' prefix.")


if __name__ == "__main__":
    main()
