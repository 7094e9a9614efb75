"""The form parts of the printed document: bilingual labels above values, section
headings, field grids and party boxes (platypus flowables from `model` records)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from sello.core.documents.pdf.flowtable import Table
from sello.core.documents.pdf.model import Bilingual, BlockView, FieldView
from sello.core.documents.pdf.styles import ACCENT, HAIRLINE, MUTED, RULE, Styles
from sello.core.documents.pdf.text import Segment, TextLine

GAP = 6.0  # vertical space between sections (pt)
_PARTY_COLUMN = 120.0  # a party box at least two of these wide lays its fields out in a grid


def label_line(st: Styles, label: Bilingual) -> TextLine:
    """A form label, "Español / English", small and muted."""
    return TextLine.plain(label.joined(), st.label)


def labelled(st: Styles, field: FieldView) -> list[Flowable]:
    """A small bilingual label above its value (one box of a form)."""
    value_style = st.value_mono if field.mono else st.value_big if field.emphasize else st.value
    return [label_line(st, field.label), TextLine.plain(field.value or "—", value_style)]


def section_heading(st: Styles, text: Bilingual) -> TextLine:
    """An upper-case section heading: Spanish in the accent colour, English muted."""
    segments = [Segment(text.es.upper(), st.heading.fontName, ACCENT)]
    if text.en != text.es:
        segments.append(Segment(" / " + text.en.upper(), st.heading.fontName, MUTED))
    return TextLine(segments, st.heading)


def _span_of(st: Styles, field: FieldView, cell_width: float, columns: int) -> int:
    font = st.value_mono if field.mono else st.value_big if field.emphasize else st.value
    needed = (
        max(
            stringWidth(field.value, font.fontName, font.fontSize),
            stringWidth(field.label.joined(), st.label.fontName, st.label.fontSize),
        )
        + 10
    )
    return min(columns, max(1, math.ceil(needed / cell_width)))


def field_grid(st: Styles, fields: Sequence[FieldView], width: float, *, columns: int = 4, boxed: bool = True) -> Table:
    """Fields as a form grid: `columns` boxes per row; a long value spans several boxes
    (a row's last box stretches to the edge instead of leaving an empty box)."""
    cell_width = width / columns
    rows: list[list[object]] = []
    spans: list[tuple[int, int, int]] = []  # (row, first column, span)
    row: list[object] = []
    used = 0
    for field in fields:
        span = _span_of(st, field, cell_width, columns)
        if used + span > columns:
            _close_row(rows, spans, row, used, columns)
            row, used = [], 0
        spans.append((len(rows), used, span))
        row.append(labelled(st, field))
        row.extend([""] * (span - 1))
        used += span
    if row:
        _close_row(rows, spans, row, used, columns)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 if boxed else 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if boxed:
        commands += [("BOX", (0, 0), (-1, -1), 0.6, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.4, HAIRLINE)]
    for row_index, first, span in spans:
        if span > 1:
            commands.append(("SPAN", (first, row_index), (first + span - 1, row_index)))
    table = Table(rows, colWidths=[cell_width] * columns)
    table.setStyle(TableStyle(commands))
    return table


def _close_row(
    rows: list[list[object]], spans: list[tuple[int, int, int]], row: list[object], used: int, columns: int
) -> None:
    if used < columns:
        row.extend([""] * (columns - used))
        row_index, first, span = spans[-1]
        spans[-1] = (row_index, first, columns - first)
    rows.append(row)


def header_section(
    st: Styles, fields: Sequence[FieldView], width: float, title: Bilingual, *, columns: int = 4
) -> list[Flowable]:
    """A titled grid of fields."""
    if not fields:
        return []
    return [
        Spacer(1, GAP),
        KeepTogether([section_heading(st, title), Spacer(1, 2.5), field_grid(st, fields, width, columns=columns)]),
    ]


def party_blocks(st: Styles, blocks: Sequence[BlockView], width: float, per_row: int = 3) -> list[Flowable]:
    """Party and product boxes side by side, `per_row` to a row."""
    out: list[Flowable] = []
    for start in range(0, len(blocks), per_row):
        chunk = list(blocks[start : start + per_row])
        count = len(chunk) if len(blocks) <= per_row else per_row
        cell_width = width / count
        cells: list[object] = []
        for block in chunk:
            content: list[Flowable] = [section_heading(st, block.title), Spacer(1, 2)]
            inner = cell_width - 11
            if inner >= 2 * _PARTY_COLUMN:
                content.append(field_grid(st, block.fields, inner, columns=int(inner // _PARTY_COLUMN), boxed=False))
            else:
                for index, field in enumerate(block.fields):
                    if index:
                        content.append(Spacer(1, 2))
                    content += labelled(st, field)
            cells.append(content)
        cells += [""] * (count - len(chunk))
        table = Table([cells], colWidths=[cell_width] * count)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, HAIRLINE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        out += [Spacer(1, GAP), table]
    return out
