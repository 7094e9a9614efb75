"""Run every benchmark of DESIGN §7 and print their figures.

    ./dev.sh bench            (inside the test session: keyring, offscreen Qt)
    .venv/bin/python -m tests.benchmarks [NAME ...]

Each benchmark is a module `tests/benchmarks/bench_*.py` with its own `main`; they run
one after another in fresh processes so one's imports and caches don't flatter another.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (module, arguments, what DESIGN §7 asks)
BENCHMARKS: list[tuple[str, list[str], str]] = [
    ("bench_vc_jwt", [], "verify a vc+jwt ≥ 1,000/s"),
    ("bench_pdf", [], "sign + render one PDF ≤ 100 ms median"),
    ("bench_qr_versions", [], "MTR with 3 heats ≤ QR version 22 at ECC M"),
    ("bench_batch", ["1000", "2"], "1,000 documents from a CSV ≤ 60 s on 2 cores"),
    ("bench_startup", [], "start to usable main window ≤ 1.0 s from source"),
    ("bench_camera", [], "≥ 30 frames/s decoded, scan to accept ≤ 100 ms"),
    ("bench_verify_decode", [], "decode + verify ≥ 99 % on degraded prints; vs pyzbar"),
]


def main(argv: list[str]) -> int:
    wanted = set(argv)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    for module, arguments, target in BENCHMARKS:
        if wanted and module not in wanted and module.removeprefix("bench_") not in wanted:
            continue
        if not (HERE / f"{module}.py").exists():
            print(f"== {module}: not present", flush=True)
            continue
        print(f"== {module}  (target: {target})", flush=True)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", f"tests.benchmarks.{module}", *arguments],
                                cwd=HERE.parent.parent, env=env)
        failures += result.returncode != 0
        print(f"   ({time.perf_counter() - start:.1f} s, exit {result.returncode})\n", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
