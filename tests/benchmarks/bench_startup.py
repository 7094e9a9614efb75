"""Start to usable main window (DESIGN §7: ≤ 1.0 s from source, ≤ 1.5 s frozen).

Run: .venv/bin/python -m tests.benchmarks.bench_startup [runs | --quick] [-- command...]

Each run starts a fresh process -- by default ``python -m sello`` from this checkout,
or the command given after ``--`` (e.g. the frozen ``dist/sello/sello``) -- with
``SELLO_STARTUP_PROBE=1``: the app prints ``sello-startup-ready <unix time>`` once
its main window is shown and exposed and the event loop runs, then quits. The
figure is that time minus the moment just before the process was spawned, so it
includes interpreter start-up and every import. A fresh data folder is used per
run (first start: database created and migrated). Qt runs offscreen unless
QT_QPA_PLATFORM says otherwise. Prints each run, then the median and the best.

The report's figures: from source (≤ 1.0 s) and, when a built bundle is in dist/sello/
(packaging/build.sh), frozen (≤ 1.5 s); otherwise the frozen figure says "not built".
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.report import Figure, at_most, emit, not_measured

TARGET_SECONDS = 1.0
FROZEN_TARGET_SECONDS = 1.5
READY = "sello-startup-ready "
ROOT = Path(__file__).resolve().parent.parent.parent
QUICK_RUNS = 2


def frozen_app(root: Path = ROOT) -> Path | None:
    """The built one-folder bundle's executable in dist/sello/, if there is one."""
    for name in ("sello", "sello.exe"):
        candidate = root / "dist" / "sello" / name
        if candidate.is_file():
            return candidate
    return None


def measure_once(command: list[str]) -> float:
    with tempfile.TemporaryDirectory(prefix="sello-bench-") as home:
        env = {**os.environ, "SELLO_STARTUP_PROBE": "1", "SELLO_HOME": home}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        started = time.time()
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    ready = [line for line in result.stdout.splitlines() if line.startswith(READY)]
    if result.returncode != 0 or not ready:
        raise SystemExit(f"start-up probe failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    return float(ready[-1][len(READY) :]) - started


last_range: list[float] = []  # fastest and slowest run of the last `measure`


def measure(command: list[str], runs: int, target: float = TARGET_SECONDS) -> float:
    """Print each run and the summary; return the median in seconds (`last_range` keeps the
    fastest and slowest run for the report's note)."""
    measure_once(command)  # warm the OS file cache and Python's bytecode cache
    seconds_per_run = []
    for number in range(1, runs + 1):
        seconds = measure_once(command)
        seconds_per_run.append(seconds)
        print(f"run {number}: {seconds * 1000:.0f} ms")
    median = statistics.median(seconds_per_run)
    last_range[:] = [min(seconds_per_run), max(seconds_per_run)]
    verdict = "OK" if median <= target else "OVER TARGET"
    print(
        f"start to usable main window: median {median * 1000:.0f} ms, best {min(seconds_per_run) * 1000:.0f} ms "
        f"over {runs} runs ({' '.join(command[-2:])}); target ≤ {target * 1000:.0f} ms: {verdict}"
    )
    return median


def figures(quick: bool = False) -> list[Figure]:
    runs = QUICK_RUNS if quick else 7

    def note() -> str:
        return f"median of {runs}, range {last_range[0]:.2f}–{last_range[1]:.2f}, first start"

    source = measure([sys.executable, "-m", "sello"], runs)
    results = [at_most("start to usable main window, from source", TARGET_SECONDS, source, "s", note())]
    frozen_name = "start to usable main window, frozen (dist/sello)"
    app = frozen_app()
    if app is None:
        results.append(not_measured(frozen_name, f"≤ {FROZEN_TARGET_SECONDS}", "s", "not built"))
    else:
        frozen = measure([str(app)], runs, FROZEN_TARGET_SECONDS)
        results.append(at_most(frozen_name, FROZEN_TARGET_SECONDS, frozen, "s", note()))
    return results


def main(argv: list[str]) -> int:
    if "--" in argv:
        split = argv.index("--")
        argv, command = argv[:split], argv[split + 1 :]
        measure(command, int(argv[0]) if argv else 7)
        return 0
    numbers = [a for a in argv if a != "--quick"]
    if numbers:
        median = measure([sys.executable, "-m", "sello"], int(numbers[0]))
        emit(
            [
                at_most(
                    "start to usable main window, from source", TARGET_SECONDS, median, "s", f"median of {numbers[0]}"
                )
            ]
        )
    else:
        emit(figures("--quick" in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
