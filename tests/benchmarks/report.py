"""The benchmark report: one `Figure` per DESIGN §7 measurement, and the table of them.

Each benchmark's `figures(quick)` returns its `Figure`s; run as a script it also writes them
as JSON to the file named by $SELLO_BENCH_JSON (`emit`), which the runner
(`python -m tests.benchmarks`) collects from each benchmark's process and prints as one
table (`format_table`).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

ENV_JSON = "SELLO_BENCH_JSON"


@dataclass(frozen=True)
class Figure:
    """One measured figure against its target.

    `target` is the text shown, e.g. "≤ 100" (the unit is added); `passed` is None for a
    comparison or a figure that could not be measured (`measured` None, `note` says why).
    """

    name: str
    target: str
    measured: float | None
    unit: str
    passed: bool | None
    note: str = ""

    @property
    def result(self) -> str:
        if self.passed is None:
            return "—" if self.measured is None else "info"
        if self.measured is None:
            return "ERROR"
        return "PASS" if self.passed else "FAIL"


def number(value: float) -> str:
    """1234 -> "1,234"; 43.21 -> "43.2"; 0.834 -> "0.83"; 1.50 -> "1.5"; whole numbers without decimals."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def at_most(name: str, limit: float, measured: float, unit: str, note: str = "") -> Figure:
    return Figure(name, f"≤ {number(limit)}", measured, unit, measured <= limit, note)


def at_least(name: str, limit: float, measured: float, unit: str, note: str = "") -> Figure:
    return Figure(name, f"≥ {number(limit)}", measured, unit, measured >= limit, note)


def comparison(name: str, measured: float, unit: str, note: str = "") -> Figure:
    """A figure reported beside a target for comparison, not judged against it."""
    return Figure(name, "—", measured, unit, None, note)


def not_measured(name: str, target: str, unit: str, note: str) -> Figure:
    return Figure(name, target, None, unit, None, note)


def failed(name: str, note: str) -> Figure:
    """A benchmark that did not produce its figures (it crashed or timed out)."""
    return Figure(name, "—", None, "", False, note)


# -- JSON between the benchmark's process and the runner ---------------------------------
def emit(figures: list[Figure]) -> None:
    """Write the figures to $SELLO_BENCH_JSON, when the runner asked for them."""
    path = os.environ.get(ENV_JSON)
    if path:
        Path(path).write_text(json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=1), encoding="utf-8")


def load(path: str | os.PathLike[str]) -> list[Figure]:
    return [Figure(**item) for item in json.loads(Path(path).read_text(encoding="utf-8"))]


# -- the table -------------------------------------------------------------------------
def _with_unit(text: str, unit: str) -> str:
    return f"{text} {unit}".rstrip() if text not in ("—", "") else text


def _cells(figure: Figure) -> list[str]:
    measured = _with_unit(number(figure.measured), figure.unit) if figure.measured is not None else ""
    if figure.note:
        measured = f"{measured} ({figure.note})" if measured else figure.note
    return [figure.name, _with_unit(figure.target, figure.unit), measured, figure.result]


def format_table(figures: list[Figure]) -> str:
    """A Markdown table (paste it into the issue notes as it is) and a one-line summary."""
    header = ["figure", "target", "measured", "result"]
    rows = [_cells(f) for f in figures]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=False)) + " |"

    lines = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *(line(r) for r in rows)]
    counts = {result: sum(f.result == result for f in figures) for result in ("PASS", "FAIL", "ERROR", "info", "—")}
    lines.append("")
    lines.append(
        f"{counts['PASS']} passed, {counts['FAIL']} missed the target, {counts['ERROR']} benchmark errors, "
        f"{counts['info']} for comparison, {counts['—']} not measured"
    )
    return "\n".join(lines)
