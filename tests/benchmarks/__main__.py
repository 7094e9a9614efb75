"""Run every benchmark of DESIGN §7 and print one report table.

    ./dev.sh bench [--quick] [NAME ...]          (inside the test session: keyring, offscreen Qt)
    .venv/bin/python -m tests.benchmarks [--quick] [NAME ...]

Each benchmark is a module `tests/benchmarks/bench_*.py`; they run one after another in
fresh processes, so one's imports and caches don't flatter another. Each prints its own
detailed figures as it goes and writes its report figures (`report.Figure`) as JSON to
the file named by $SELLO_BENCH_JSON; at the end the runner prints them all as one table
(figure, target, measured, result). NAME picks benchmarks (`pdf` or `bench_pdf`);
--quick is a fast smoke pass with small counts (its figures are indicative only).

Exit status: 0 every target met, 1 a target missed, 2 a benchmark failed to report.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.report import ENV_JSON, Figure, failed, format_table, load

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TIMEOUT_SECONDS = 3600


@dataclass(frozen=True)
class Benchmark:
    module: str
    covers: str  # what DESIGN §7 asks of it


# in the order of DESIGN §7's table
BENCHMARKS: tuple[Benchmark, ...] = (
    Benchmark(
        "bench_verify_decode", "scan to verdict ≤ 100 ms (1080p); decode + verify ≥ 99 % on degraded prints; vs pyzbar"
    ),
    Benchmark("bench_camera", "≥ 30 frames/s decoded at 1080p"),
    Benchmark("bench_qr_versions", "MTR with 3 heats ≤ QR version 22 at ECC M; generic vs schema vs template"),
    Benchmark("bench_pdf", "sign + render one PDF ≤ 100 ms median"),
    Benchmark("bench_batch", "1,000 documents from a CSV ≤ 60 s on 2 cores"),
    Benchmark("bench_vc_jwt", "verify a vc+jwt ≥ 1,000 per second"),
    Benchmark("bench_startup", "start to usable main window ≤ 1.0 s from source, ≤ 1.5 s frozen"),
    Benchmark("bench_bundle", "Linux one-folder bundle ≤ 200 MB"),
    Benchmark("bench_api", "Traceability API, 20 concurrent senders: p95 and throughput; nothing lost or duplicated"),
)


def selected(names: list[str]) -> list[Benchmark]:
    known = {b.module: b for b in BENCHMARKS}
    wanted = [name if name.startswith("bench_") else f"bench_{name}" for name in names]
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise SystemExit(
            f"unknown benchmark(s): {', '.join(unknown)}; choose from "
            + ", ".join(b.module.removeprefix("bench_") for b in BENCHMARKS)
        )
    return [b for b in BENCHMARKS if not wanted or b.module in wanted]


def run_one(benchmark: Benchmark, quick: bool, env: dict[str, str]) -> list[Figure]:
    """Run one benchmark in a fresh process; its figures, or one ERROR row saying why not."""
    with tempfile.TemporaryDirectory(prefix="sello-bench-report-") as folder:
        json_path = Path(folder) / "figures.json"
        command = [sys.executable, "-m", f"tests.benchmarks.{benchmark.module}", *(["--quick"] if quick else [])]
        started = time.perf_counter()
        try:
            result = subprocess.run(
                command, cwd=ROOT, env={**env, ENV_JSON: str(json_path)}, timeout=TIMEOUT_SECONDS, check=False
            )
            status = f"exit {result.returncode}"
            ok = result.returncode == 0
        except subprocess.TimeoutExpired:
            status, ok = f"timed out after {TIMEOUT_SECONDS} s", False
        print(f"   ({time.perf_counter() - started:.1f} s, {status})\n", flush=True)
        if ok and json_path.is_file():
            return load(json_path)
        reason = status if not ok else "it wrote no figures"
        return [failed(benchmark.module, f"benchmark failed: {reason}")]


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    benchmarks = selected([a for a in argv if a != "--quick"])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures: list[Figure] = []
    for benchmark in benchmarks:
        print(f"== {benchmark.module}  ({benchmark.covers}){'  [quick]' if quick else ''}", flush=True)
        figures += run_one(benchmark, quick, env)
    print(
        f"== DESIGN §7 report{' (quick pass: small counts, indicative only)' if quick else ''}, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    print(format_table(figures), flush=True)
    if any(f.result == "ERROR" for f in figures):
        return 2
    return 1 if any(f.result == "FAIL" for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
