"""The benchmark runner (`python -m tests.benchmarks`) prints one DESIGN §7 table.

A quick pass over two cheap benchmarks in fresh processes, as `./dev.sh bench --quick`
runs them: the table has their rows with targets and measured values. No timing is
asserted (STYLE 17): the figures are reported, not tested.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.__main__ import Benchmark, run_one, selected
from tests.benchmarks.report import Figure, at_least, at_most, comparison, format_table, not_measured

ROOT = Path(__file__).resolve().parent.parent.parent


def table_rows(output: str) -> dict[str, list[str]]:
    """figure name -> [target, measured, result], from the report table at the end of the output."""
    table = output[output.rindex("| figure") :]
    rows = {}
    for line in table.splitlines()[2:]:
        if not line.startswith("| "):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def test_quick_report_of_two_benchmarks() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--quick", "vc_jwt", "bundle"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 1 = a target missed; 2 = a benchmark broke
    assert "== bench_vc_jwt" in result.stdout and "== bench_bundle" in result.stdout
    assert "== bench_pdf" not in result.stdout  # only the ones asked for
    assert "ES384      " in result.stdout  # each benchmark's own detailed figures come first
    rows = table_rows(result.stdout)
    verify_rows = {name: cells for name, cells in rows.items() if name.startswith("verify a vc+jwt")}
    assert len(verify_rows) == 2 and any("ES384" in n for n in verify_rows) and any("EdDSA" in n for n in verify_rows)
    for target, measured, verdict in verify_rows.values():
        assert target == "≥ 1,000 /s"
        assert re.fullmatch(r"[\d,]+ /s \(per CPU second, median of 5 × 50, range [\d,]+–[\d,]+\)", measured), measured
        assert verdict in ("PASS", "FAIL")
    [(bundle_name, (target, measured, verdict))] = [(n, c) for n, c in rows.items() if "bundle size" in n]
    assert target == "≤ 200 MiB"
    if (ROOT / "dist" / "sello").is_dir():
        assert re.match(r"[\d.,]+ MiB", measured) and verdict in ("PASS", "FAIL")
    else:
        assert measured == "not built" and verdict == "—"
    assert re.search(r"\d+ passed, \d+ missed the target, 0 benchmark errors", result.stdout)


def test_a_benchmark_that_breaks_is_an_error_row(tmp_path: Path) -> None:
    [figure] = run_one(Benchmark("bench_that_does_not_exist", "nothing"), quick=True, env=dict(os.environ))
    assert figure.result == "ERROR" and "benchmark failed: exit 1" in figure.note


def test_names_pick_benchmarks_and_unknown_ones_are_refused() -> None:
    assert [b.module for b in selected(["pdf", "bench_vc_jwt"])] == ["bench_pdf", "bench_vc_jwt"]
    files = sorted(p.stem for p in (ROOT / "tests" / "benchmarks").glob("bench_*.py"))
    assert sorted(b.module for b in selected([])) == files  # no name: every benchmark file, each once
    try:
        selected(["pfd"])
    except SystemExit as exc:
        assert "unknown benchmark(s): bench_pfd" in str(exc)
    else:
        raise AssertionError("an unknown benchmark name was accepted")


def test_table_shows_targets_results_and_a_summary() -> None:
    figures: list[Figure] = [
        at_most("sign + render one PDF", 100, 43.21, "ms", "median of 30"),
        at_least("verify a vc+jwt", 1000, 812.4, "/s"),
        comparison("pyzbar", 97.5, "%"),
        not_measured("frozen start", "≤ 1.5", "s", "not built"),
    ]
    table = format_table(figures)
    rows = table_rows(table)
    assert rows["sign + render one PDF"] == ["≤ 100 ms", "43.2 ms (median of 30)", "PASS"]
    assert rows["verify a vc+jwt"] == ["≥ 1,000 /s", "812 /s", "FAIL"]
    assert rows["pyzbar"] == ["—", "97.5 %", "info"]
    assert rows["frozen start"] == ["≤ 1.5 s", "not built", "—"]
    assert table.endswith("1 passed, 1 missed the target, 0 benchmark errors, 1 for comparison, 1 not measured")
