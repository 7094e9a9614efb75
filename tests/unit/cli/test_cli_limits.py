"""The command line applies the limits table: a batch's problems are listed first, then
counted, on screen and in batch-report.csv; standard input is read up to its cap."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

from sello.core.limits import value
from tests.unit.cli.test_cli import _new_key, file_store, run  # noqa: F401 - `file_store` is a fixture


def test_a_batch_of_many_bad_rows_prints_the_first_problems_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], file_store: None, tmp_path: Path
) -> None:
    _new_key(capsys, "--alg", "ES384", "--did", "key")
    rows = 300  # each row misses every required field of a packing list
    data = tmp_path / "lote.csv"
    data.write_text("packages.1.marks\n" + "x\n" * rows, encoding="utf-8")
    code, _out, err = run(capsys, "issue", "--type", "packing-list", "--data", str(data), "--out", str(tmp_path))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == value("screen_problems") + 2, err[:3000]
    assert lines[-2].startswith("sello: … and ") and "batch-report.csv lists the first 200." in lines[-2]
    assert lines[-1].startswith(f"sello: 0 issued, {rows} bad row(s)")
    report = list(csv.reader(io.StringIO((tmp_path / "batch-report.csv").read_text(encoding="utf-8"))))
    assert len(report) == 1 + value("report_rows") + 1
    assert report[-1][2].startswith("… and ") and report[-1][2].endswith("row(s), not listed.")


def test_standard_input_is_read_up_to_its_cap(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from sello.core.limits import LIMITS

    monkeypatch.setitem(LIMITS, "input_file_bytes", replace(LIMITS["input_file_bytes"], value=1000))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 1001)))
    code, _out, err = run(capsys, "verify", "-")
    assert code == 2
    assert err.strip() == "sello: Standard input is more than 1,000 bytes; Sello reads files of at most 1,000 bytes."
