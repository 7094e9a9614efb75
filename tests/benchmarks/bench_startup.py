"""Start to usable main window (DESIGN §7: ≤ 1.0 s from source, ≤ 1.5 s frozen).

Run: .venv/bin/python -m tests.benchmarks.bench_startup [runs] [-- command...]

Each run starts a fresh process -- by default ``python -m sello`` from this checkout,
or the command given after ``--`` (e.g. the frozen ``dist/sello/sello``) -- with
``SELLO_STARTUP_PROBE=1``: the app prints ``sello-startup-ready <unix time>`` once
its main window is shown and exposed and the event loop runs, then quits. The
figure is that time minus the moment just before the process was spawned, so it
includes interpreter start-up and every import. A fresh data folder is used per
run (first start: database created and migrated). Qt runs offscreen unless
QT_QPA_PLATFORM says otherwise. Prints each run, then the median and the best.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_SECONDS = 1.0
READY = "sello-startup-ready "


def measure_once(command: list[str]) -> float:
    with tempfile.TemporaryDirectory(prefix="sello-bench-") as home:
        env = {**os.environ, "SELLO_STARTUP_PROBE": "1", "SELLO_HOME": home}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        started = time.time()
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    ready = [line for line in result.stdout.splitlines() if line.startswith(READY)]
    if result.returncode != 0 or not ready:
        raise SystemExit(f"start-up probe failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    return float(ready[-1][len(READY):]) - started


def main(argv: list[str]) -> int:
    command = [sys.executable, "-m", "sello"]
    if "--" in argv:
        split = argv.index("--")
        argv, command = argv[:split], argv[split + 1:]
    runs = int(argv[0]) if argv else 7
    measure_once(command)  # warm the OS file cache and Python's bytecode cache
    figures = []
    for number in range(1, runs + 1):
        seconds = measure_once(command)
        figures.append(seconds)
        print(f"run {number}: {seconds * 1000:.0f} ms")
    median = statistics.median(figures)
    verdict = "OK" if median <= TARGET_SECONDS else "OVER TARGET"
    print(f"start to usable main window: median {median * 1000:.0f} ms, best {min(figures) * 1000:.0f} ms "
          f"over {runs} runs ({' '.join(command[-2:])}); target ≤ {TARGET_SECONDS * 1000:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
