"""The one table of limits: every limit documented in docs/limits.md, with es/en messages."""

from __future__ import annotations

import re
from pathlib import Path

from sello.core.i18n import tr
from sello.core.limits import JSON_ENTRY_POINTS, LIMITS, LimitError, refuse

DOC = Path(__file__).resolve().parents[3] / "docs" / "limits.md"


def test_every_limit_has_a_reason_and_both_languages() -> None:
    for limit in LIMITS.values():
        assert limit.reason and limit.message["en"] and limit.message["es"]
        assert tr(limit.code, "es") != tr(limit.code, "en")


def test_docs_limits_lists_every_limit_and_json_entry_point_with_its_value() -> None:
    text = DOC.read_text(encoding="utf-8")
    for limit in LIMITS.values():
        row = re.search(rf"^\| `{limit.name}` \|([^\n]*)$", text, re.MULTILINE)
        assert row, f"docs/limits.md has no row for {limit.name}"
        if limit.value:
            assert f"{limit.value:,}" in row.group(1), f"{limit.name}: the documented value is not {limit.value:,}"
    for bounds in JSON_ENTRY_POINTS.values():
        row = re.search(rf"^\| `{bounds.name}` \|([^\n]*)$", text, re.MULTILINE)
        assert row, f"docs/limits.md has no JSON row for {bounds.name}"
        assert f"{bounds.max_bytes:,}" in row.group(1) and f"{bounds.max_values:,}" in row.group(1)


def test_a_limit_error_is_an_input_error_with_one_line_in_each_language() -> None:
    error = refuse("batch_records", what="lote.csv", count="12,000")
    assert isinstance(error, LimitError) and error.code == "limit.batch_records"
    assert error.message == "lote.csv holds 12,000 records; a batch has at most 10,000. Split it into several files."
    assert error.texts["es"].startswith("lote.csv contiene 12,000 registros")
