"""Ruled tables of repeatable groups (heats, line items, packages): column widths
that keep words whole, numbers right-aligned, a totals row, and the header row
repeated on every page a long table flows onto."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from sello.core.documents.pdf.flowtable import Table
from sello.core.documents.pdf.forms import GAP, section_heading
from sello.core.documents.pdf.model import TableView
from sello.core.documents.pdf.styles import ACCENT, HAIRLINE, INK, MUTED, RULE, TINT, ZEBRA, Styles, derived, esc
from sello.core.documents.pdf.text import Segment, TextLine, paragraph

_CELL_PAD = 3.5  # table cell padding (pt)
_ALIGN_ENUM = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
_SHORT_TABLE_ROWS = 8  # a table of at most this many rows is never cut in two
_NARROW_TABLE = 0.5  # a table whose columns need less than this share of the width is not stretched


def _column_widths(st: Styles, view: TableView, font_size: float) -> list[tuple[float, float]]:
    """(minimum, natural) width of each column: the minimum keeps every word whole, the
    natural width fits each cell on one line (a long heading may still wrap)."""
    result = []
    head_size = st.cell_head.fontSize
    pad = 2 * _CELL_PAD + 1
    for index, column in enumerate(view.columns):
        font = st.fonts.mono if column.mono else st.fonts.sans
        cells = [row[index] for row in view.rows] + ([view.totals[index]] if view.totals else [])
        body = max((stringWidth(cell, font, font_size) for cell in cells), default=0.0)
        body_word = max((stringWidth(word, font, font_size) for cell in cells for word in cell.split()), default=0.0)
        head_words = [*column.label.es.split(), *column.label.en.split(), f"({column.unit})" if column.unit else ""]
        head_word = (
            max(stringWidth(word, st.fonts.bold, head_size) for word in head_words if word) if any(head_words) else 0.0
        )
        head_full = max(
            stringWidth(column.label.es, st.fonts.bold, head_size),
            stringWidth(column.label.en, st.fonts.sans, head_size),
        )
        minimum = max(body_word, head_word, 16.0) + pad
        natural = max(body, min(head_full, max(body, 48.0)), minimum - pad) + pad
        result.append((minimum, natural))
    return result


def _fit_widths(columns: list[tuple[float, float]], width: float) -> list[float]:
    """Share `width` among columns: everyone gets their natural width and the slack in
    proportion when that fits; otherwise the minimum plus a share of what is left in
    proportion to how much each column wants beyond its minimum (HTML's auto layout)."""
    natural = [n for _, n in columns]
    total = sum(natural)
    if total <= width * _NARROW_TABLE:  # a narrow table keeps its size instead of stretching thin
        return [n * 1.4 for n in natural] if total * 1.4 <= width else [n * width / total for n in natural]
    if total <= width:
        return [n + (width - total) * n / total for n in natural]
    minimum = [m for m, _ in columns]
    spare = width - sum(minimum)
    if spare <= 0:  # even whole words do not fit: scale down (long words then break)
        return [m * width / sum(minimum) for m in minimum]
    wants = [n - m for m, n in columns]
    return [m + spare * w / sum(wants) for m, w in zip(minimum, wants, strict=False)]


def data_table(st: Styles, view: TableView, width: float) -> list[Flowable]:
    """A titled table with its header row repeated on every page it flows onto.

    Cells are plain strings (fast) unless a text is wider than its column, which then
    becomes a wrapping paragraph."""
    font_size = 7.0 if view.compact else st.cell.fontSize
    widths = _fit_widths(_column_widths(st, view, font_size), width)
    body_style = derived(st.cell, "cell_x", fontSize=font_size, leading=font_size + 1.6)
    header: list[object] = []
    for column in view.columns:
        style = derived(st.cell_head, "head_x", alignment=_ALIGN_ENUM[column.align])
        lines: list[Flowable] = [TextLine.plain(column.label.es, style)]
        if column.label.en != column.label.es:
            lines.append(TextLine([Segment(column.label.en, st.fonts.sans, MUTED)], style))
        if column.unit:
            lines.append(TextLine([Segment(f"({column.unit})", st.fonts.sans, MUTED)], style))
        header.append(lines)
    body: list[list[object]] = [header]
    rows = [*view.rows, *([view.totals] if view.totals else [])]
    for row in rows:
        cells: list[object] = []
        for index, (column, text) in enumerate(zip(view.columns, row, strict=True)):
            font = st.fonts.mono if column.mono else st.fonts.sans
            size = font_size - 0.6 if column.mono else font_size
            if stringWidth(text, font, size) <= widths[index] - 2 * _CELL_PAD:
                cells.append(text)
            else:
                style = derived(
                    body_style, "cell_wrap", fontName=font, fontSize=size, alignment=_ALIGN_ENUM[column.align]
                )
                cells.append(paragraph(esc(text), style))
        body.append(cells)
    last_body_row = len(body) - (2 if view.totals else 1)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 1), (-1, -1), st.fonts.sans, font_size, font_size + 1.6),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.3, HAIRLINE),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2 if view.compact else 2.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 if view.compact else 3.2),
    ]
    if last_body_row >= 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, last_body_row), [None, ZEBRA]))
    for index, column in enumerate(view.columns):
        commands.append(("ALIGN", (index, 1), (index, -1), column.align.upper()))
        if column.mono:
            commands.append(("FONT", (index, 1), (index, -1), st.fonts.mono, font_size - 0.6, font_size + 1.6))
    if view.totals:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("FONT", (0, -1), (-1, -1), st.fonts.bold, font_size, font_size + 1.6),
        ]
    table = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    heading = [section_heading(st, view.title), Spacer(1, 2.5)]
    if len(view.rows) <= _SHORT_TABLE_ROWS:  # a short table is never cut in two
        return [Spacer(1, GAP), KeepTogether([*heading, table])]
    # a long one starts where its heading, header row and two rows fit, and flows on
    # over the following pages with its header row repeated
    return [Spacer(1, GAP), CondPageBreak(95), *heading, table]
