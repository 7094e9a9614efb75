"""Sign and verify rates for vc+jwt (DESIGN §7: verify ≥ 1,000 per second, no network).

Run: .venv/bin/python -m tests.benchmarks.bench_vc_jwt [count | --quick]
One thread, did:key issuers (offline key resolution), a Mill Test Report with three heats.
Rates are per CPU-second of this process (robust when other work shares the machine),
the median of five rounds with their range; wall-clock rates are shown beside them.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from sello.core.credentials.checks import verify_vc_jwt
from sello.core.credentials.credential import sign_vc_jwt
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import generate_key
from tests.benchmarks.report import Figure, at_least, emit
from tests.unit.core.td1_samples import mill_test_report as realistic_report
from tests.unit.core.vc_helpers import NOW

TARGET_PER_SECOND = 1000
QUICK_COUNT = 50


ROUNDS = 5


def rate(run: Callable[[], object], count: int) -> tuple[float, float, tuple[float, float]]:
    """(per CPU second, per wall second): medians of `ROUNDS` rounds, and the CPU rates' range."""
    cpu_rates, wall_rates = [], []
    for _ in range(ROUNDS):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(count):
            run()
        cpu_rates.append(count / (time.process_time() - cpu))
        wall_rates.append(count / (time.perf_counter() - wall))
    return statistics.median(cpu_rates), statistics.median(wall_rates), (min(cpu_rates), max(cpu_rates))


def measure(alg: str, count: int) -> tuple[float, tuple[float, float]]:
    """Print the algorithm's row; return verifications per CPU second (median) and their range."""
    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, "key")
    credential = realistic_report(heats=3)
    credential["issuer"] = {**credential["issuer"], "id": did}
    token = sign_vc_jwt(credential, key, kid)
    resolver = DidResolver()
    verdict = verify_vc_jwt(token, resolver=resolver, now=NOW)
    assert verdict.color == "amber", [(c.name, c.code) for c in verdict.checks]
    sign_cpu, sign_wall, _ = rate(lambda: sign_vc_jwt(credential, key, kid), count)
    verify_cpu, verify_wall, spread = rate(lambda: verify_vc_jwt(token, resolver=resolver, now=NOW), count)
    print(f"{alg:<6} {sign_cpu:8.0f} {sign_wall:8.0f} {verify_cpu:10.0f} {verify_wall:10.0f} {len(token):8d}")
    return verify_cpu, spread


def run(count: int) -> list[Figure]:
    print(f"vc+jwt, {count} per round, 1 thread (rates per second)")
    print(f"{'alg':<6} {'sign cpu':>8} {'wall':>8} {'verify cpu':>10} {'wall':>10} {'chars':>8}")
    figures = []
    for alg in ("ES384", "EdDSA"):
        median, (low, high) = measure(alg, count)
        figures.append(
            at_least(
                f"verify a vc+jwt, {alg}, no network, 1 thread",
                TARGET_PER_SECOND,
                median,
                "/s",
                f"per CPU second, median of {ROUNDS} × {count}, range {low:,.0f}–{high:,.0f}",
            )
        )
    return figures


def figures(quick: bool = False) -> list[Figure]:
    return run(QUICK_COUNT if quick else 1000)


def main(argv: list[str]) -> None:
    numbers = [a for a in argv if a != "--quick"]
    emit(run(int(numbers[0])) if numbers else figures("--quick" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
