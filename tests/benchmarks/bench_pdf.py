"""Sign + render one document PDF (issue 19: ≤ 20 ms median; DESIGN §7 first asked ≤ 100 ms).

Run: .venv/bin/python -m tests.benchmarks.bench_pdf [rounds | --quick]
For each document type's example data, with a did:web ES384 key: sign the credential
(`sign_vc_jwt`), make its TD1 text, and render the PDF (QR planning included), `rounds`
times after one warm-up. Prints median and p95 wall-clock milliseconds, the PDF size and
the QR symbols, then the median CPU time and how it splits into sign / TD1 / QR
planning (`plan_qr`) / layout and drawing.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.documents.doctypes import get_doctype, load_doctypes
from sello.core.documents.mapping import build_subject, credential_types
from sello.core.documents.pdf import IssuerBlock, render_document_pdf
from sello.core.keys.did import identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.qr.payload import encode_td1
from sello.core.qr.symbol import plan_qr
from sello.core.resources import load_json_resource
from tests.benchmarks.report import Figure, at_most, emit

TARGET_MS = 20
QUICK_ROUNDS = 3


def timed(run: Callable[[], object], rounds: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    run()  # warm-up: fonts, styles, document types, term tables
    samples = []
    for _ in range(rounds):
        start = clock()
        run()
        samples.append((clock() - start) * 1000)
    return samples


def cpu_median(run: Callable[[], object], rounds: int) -> float:
    """Median CPU milliseconds (robust when other work shares the machine)."""
    return statistics.median(timed(run, rounds, time.process_time))


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 2 else samples[0]


def p5(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[0] if len(samples) >= 2 else samples[0]


def run(rounds: int) -> list[Figure]:
    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, "web", "acerosdelnorte.mx")
    issuer = IssuerBlock(
        "Aceros del Norte S.A. de C.V.",
        "ANO850312QK7",
        ("Av. Industrial Regiomontana 1450", "66062 Monterrey, N.L., México"),
        did,
        key.key_id,
    )
    print(f"sign + render, {rounds} rounds each (ms; median and p95 wall clock, then CPU time and its split)")
    print(
        f"{'document type':<22} {'median':>7} {'p95':>7} {'cpu':>7} {'KB':>5} {'pages':>5}  QR"
        f"{'':<12} {'sign':>5} {'td1':>5} {'plan':>5} {'layout':>6}"
    )
    medians = []
    results = []
    for doctype_id in sorted(load_doctypes()):
        doctype = get_doctype(doctype_id)
        data = load_json_resource("examples", f"{doctype_id}.json")
        credential = build_credential(
            types=credential_types(doctype),
            subject=build_subject(doctype, data),
            issuer={"id": did, "name": issuer.legal_name},
        )

        def sign_and_render() -> bytes:
            token = sign_vc_jwt(credential, key, kid)
            return render_document_pdf(doctype, credential, token, issuer=issuer, td1_text=encode_td1(token))

        total = timed(sign_and_render, rounds)
        token = sign_vc_jwt(credential, key, kid)
        td1 = encode_td1(token)
        cpu_total = cpu_median(sign_and_render, rounds)
        sign = cpu_median(lambda: sign_vc_jwt(credential, key, kid), rounds)
        encode = cpu_median(lambda: encode_td1(token), rounds)
        plan_ms = cpu_median(lambda: plan_qr(td1), rounds)
        pdf = sign_and_render()
        plan = plan_qr(td1)
        symbols = "+".join(f"v{s.version}" for s in plan.symbols) + f" {plan.symbols[0].ecc}"
        median = statistics.median(total)
        medians.append(median)
        pages = pdf.count(b"/Type /Page\n")
        layout = cpu_total - sign - encode - plan_ms
        results.append(
            at_most(
                f"sign + render one PDF, {doctype_id}",
                TARGET_MS,
                median,
                "ms",
                f"median of {rounds} wall (p5 {p5(total):.0f}, p95 {p95(total):.0f}), ES384; CPU median {cpu_total:.0f} ms",
            )
        )
        print(
            f"{doctype_id:<22} {median:7.1f} {p95(total):7.1f} {cpu_total:7.1f} {len(pdf) / 1024:5.0f} {pages:5d}  "
            f"{symbols:<14}{sign:5.1f} {encode:5.1f} {plan_ms:5.1f} {layout:6.1f}"
        )
    print(f"median of medians: {statistics.median(medians):.1f} ms wall (target ≤ {TARGET_MS} ms)")
    return results


def figures(quick: bool = False) -> list[Figure]:
    return run(QUICK_ROUNDS if quick else 30)


def main(argv: list[str]) -> None:
    numbers = [a for a in argv if a != "--quick"]
    emit(run(int(numbers[0])) if numbers else figures("--quick" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
