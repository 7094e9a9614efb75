"""Batch input is sized by records and columns before validation; problem reports are capped."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from typing import Any

import pytest

from sello.core.documents.batch import BatchRecord, BatchResult, RowProblem, capped_problems, issue_batch, read_records
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.validation import FieldError, InvalidDocumentError
from sello.core.limits import LIMITS, LimitError, value

PACKING = get_doctype("packing-list")


def _lower(monkeypatch: pytest.MonkeyPatch, name: str, to: int) -> None:
    monkeypatch.setitem(LIMITS, name, replace(LIMITS[name], value=to))


def test_json_records_are_counted_before_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    _lower(monkeypatch, "batch_records", 3)
    assert len(read_records(json.dumps([{}] * 3).encode(), PACKING, name="ok.json")[0]) == 3
    with pytest.raises(LimitError) as caught:
        read_records(json.dumps([{}] * 4).encode(), PACKING, name="big.json")
    assert caught.value.message == "big.json holds 4 records; a batch has at most 3. Split it into several files."


def test_csv_records_are_counted_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    _lower(monkeypatch, "batch_records", 3)
    rows = "packages.1.marks\n" + "x\n" * 3
    assert len(read_records(rows.encode(), PACKING, name="ok.csv")[0]) == 3
    with pytest.raises(LimitError, match="more than 3 records"):
        read_records((rows + "y\n").encode(), PACKING, name="big.csv")
    with pytest.raises(LimitError):  # blank lines count too, ten times more loosely
        read_records(("packages.1.marks\n" + ",\n" * 40).encode(), PACKING, name="blank.csv")


def test_csv_columns_are_counted_on_the_header() -> None:
    header = ",".join(f"packages.{i}.marks" for i in range(1, value("batch_columns") + 2))
    with pytest.raises(LimitError) as caught:
        read_records(header.encode(), PACKING, name="wide.csv")
    assert caught.value.code == "limit.batch_columns"
    assert caught.value.texts["es"] == "wide.csv tiene 2,001 columnas; un archivo de lote tiene a lo más 2,000."


def test_group_row_numbers_are_bounded() -> None:
    read_records(f"packages.{value('batch_group_rows')}.marks\nx\n".encode(), PACKING, name="ok.csv")
    with pytest.raises(LimitError) as caught:
        read_records(f"packages.{value('batch_group_rows') + 1}.marks\nx\n".encode(), PACKING, name="deep.csv")
    assert caught.value.code == "limit.batch_group_rows"


def test_a_huge_json_batch_is_refused_before_it_is_decoded() -> None:
    data = b"[" + b",".join([b"{}"] * 500_000) + b"]"
    with pytest.raises(LimitError) as caught:
        read_records(data, PACKING, name="records.json")
    assert caught.value.code == "limit.json_values"


def test_report_lists_the_first_problems_then_counts_the_rest() -> None:
    problems = [RowProblem(row, "packages[0].marks", "required") for row in range(1, 301)]
    problems += [RowProblem(300, "", "another")] * 5
    result = BatchResult(problems=problems)
    rows = list(csv.reader(io.StringIO(result.report_csv())))
    assert len(rows) == 1 + value("report_rows") + 1
    assert rows[-1] == ["", "", "… and 105 more problem(s) in 100 row(s), not listed."]
    shown, rest = capped_problems(problems, 20)
    assert len(shown) == 20 and rest.startswith("… and 285 more problem(s) in 280 row(s)")
    assert capped_problems(problems[:5]) == (problems[:5], "")


class _Refusing:
    """An issuer whose every record has 50 problems."""

    def sign(self, doctype: Any, data: dict[str, Any], **_options: Any) -> Any:
        label = {"en": "Marks", "es": "Marcas"}
        errors = [FieldError("packages[0].marks", "marks", label, {"en": "required", "es": "obligatorio"})]
        raise InvalidDocumentError(errors * 50)


def test_problems_per_record_are_capped() -> None:
    result = issue_batch(_Refusing(), PACKING, [BatchRecord(1, {}), BatchRecord(2, {})], workers=1)
    per_row = [p for p in result.problems if p.row == 1]
    assert len(per_row) == value("problems_per_record") + 1
    assert per_row[-1].reason == "… and 30 more problem(s) in this record."
