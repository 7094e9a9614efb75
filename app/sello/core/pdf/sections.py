"""Platypus flowables for each part of the printed document, from `model` records.

Laid out like the paper forms customs people know: a title bar with the document type
and number, the issuer block beside the QR code, boxed fields with small bilingual
labels above their values, party boxes side by side, ruled tables with repeated
header rows, and the certification statement in a box.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from sello.core.pdf.model import Bilingual, BlockView, DocumentView, FieldView, IssuerBlock, TableView
from sello.core.pdf.qrdraw import QrFlowable
from sello.core.pdf.text import Segment, TextLine
from sello.core.pdf.styles import (
    ACCENT,
    HAIRLINE,
    INK,
    MUTED,
    RULE,
    TINT,
    ZEBRA,
    Styles,
    bilingual_markup,
    esc,
)
from sello.core.qrsymbol import QrSymbol

PRINT_NOTE = Bilingual("Imprimir al 100 % — no ajustar a la página", "Print at 100 % — do not fit to page")
GAP = 6.0  # vertical space between sections (pt)
_CELL_PAD = 3.5  # table cell padding (pt)
_ALIGN_ENUM = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
_PARTY_COLUMN = 120.0  # a party box at least two of these wide lays its fields out in a grid


@dataclass(frozen=True)
class QrPrint:
    """The planned QR symbols of one document, their module size and caption line."""

    symbols: tuple[QrSymbol, ...]
    module: float  # points
    caption: str  # document id · issuer · issue date


def _grouped(fingerprint: str) -> str:
    plain = fingerprint.replace(" ", "")
    return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))


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


def title_bar(st: Styles, view: DocumentView, width: float) -> Table:
    left: list[Flowable] = [TextLine.plain(view.title.es, st.title_es)]
    if view.title.en != view.title.es:
        left.append(TextLine.plain(view.title.en, st.title_en))
    right = [TextLine.plain(view.number_label.joined(), st.number_label), TextLine.plain(view.number, st.number)]
    table = Table([[left, right]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def print_note(st: Styles) -> list[Flowable]:
    """The 100 % printing rule, Spanish over English, centred under a QR code."""
    return [TextLine.plain(PRINT_NOTE.es, st.print_note),
            TextLine([Segment(PRINT_NOTE.en, st.print_note.fontName, MUTED)], st.print_note)]


def _qr_column(st: Styles, qr: QrPrint) -> list[Flowable]:
    return [QrFlowable(qr.symbols[0], qr.module), *print_note(st), Spacer(1, 2),
            TextLine.plain(qr.caption, st.small_center)]


def _no_padding(table: Table, extra: list[tuple[object, ...]] = ()) -> Table:
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0), *extra]))
    return table


def issuer_and_qr(st: Styles, view: DocumentView, issuer: IssuerBlock, qr: QrPrint, width: float) -> list[Flowable]:
    """The issuer block (name, RFC, address, DID, key fingerprint, dates, credential id)
    beside the QR code; a multi-part code follows the block as its own section."""
    single = len(qr.symbols) == 1
    qr_width = (qr.symbols[0].size + 8) * qr.module + 8 if single else 0.0
    info_width = width - qr_width - 16  # minus the info cell's padding
    two_columns = info_width >= 400
    column_width = (info_width - 12) / 2 if two_columns else info_width
    identity = [
        FieldView(Bilingual("RFC", "Tax ID (RFC)"), issuer.rfc or "—"),
        FieldView(Bilingual("Fecha de emisión", "Issue date"), view.issue_date),
    ]
    if view.valid_until:
        identity.append(FieldView(Bilingual("Válido hasta", "Valid until"), view.valid_until))
    who: list[Flowable] = [
        section_heading(st, Bilingual("Emisor", "Issuer")),
        Spacer(1, 2),
        TextLine.plain(issuer.legal_name, st.issuer_name),
        *[TextLine.plain(line, st.value) for line in issuer.address],
        Spacer(1, 4),
        field_grid(st, identity, column_width, columns=len(identity), boxed=False),
    ]
    ids: list[Flowable] = []
    for field in (
        FieldView(Bilingual("Identificador del emisor (DID)", "Issuer identifier (DID)"), issuer.did, mono=True),
        FieldView(Bilingual("Huella de la clave de firma", "Signing key fingerprint"),
                  _grouped(issuer.key_fingerprint), mono=True),
        FieldView(Bilingual("Identificador de la credencial", "Credential ID"), view.credential_id, mono=True),
    ):
        ids += [Spacer(1, 2.5), *labelled(st, field)]
    if two_columns:
        info: list[Flowable] = [_no_padding(Table([[who, [Spacer(1, 12), *ids]]],
                                                  colWidths=[column_width + 12, column_width]))]
    else:
        info = [*who, *ids]
    cells: list[object] = [info] + ([_qr_column(st, qr)] if single else [])
    table = Table([cells], colWidths=[width - qr_width] + ([qr_width] if single else []))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBEFORE", (1, 0), (1, 0), 0.4, HAIRLINE),
        ("LEFTPADDING", (0, 0), (0, 0), 8),
        ("RIGHTPADDING", (0, 0), (0, 0), 8),
        ("LEFTPADDING", (1, 0), (1, 0), 4),
        ("RIGHTPADDING", (1, 0), (1, 0), 4),
        ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [table] if single else [table, *qr_parts_section(st, qr, width)]


def _span_of(st: Styles, field: FieldView, cell_width: float, columns: int) -> int:
    font = st.value_mono if field.mono else st.value_big if field.emphasize else st.value
    needed = max(stringWidth(field.value, font.fontName, font.fontSize),
                 stringWidth(field.label.joined(), st.label.fontName, st.label.fontSize)) + 10
    return min(columns, max(1, math.ceil(needed / cell_width)))


def field_grid(st: Styles, fields: Sequence[FieldView], width: float, *, columns: int = 4,
               boxed: bool = True) -> Table:
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


def _close_row(rows: list[list[object]], spans: list[tuple[int, int, int]], row: list[object], used: int,
               columns: int) -> None:
    if used < columns:
        row.extend([""] * (columns - used))
        row_index, first, span = spans[-1]
        spans[-1] = (row_index, first, columns - first)
    rows.append(row)


def header_section(st: Styles, fields: Sequence[FieldView], width: float, title: Bilingual, *,
                   columns: int = 4) -> list[Flowable]:
    """A titled grid of fields."""
    if not fields:
        return []
    return [Spacer(1, GAP), KeepTogether([section_heading(st, title), Spacer(1, 2.5),
                                          field_grid(st, fields, width, columns=columns)])]


def party_blocks(st: Styles, blocks: Sequence[BlockView], width: float, per_row: int = 3) -> list[Flowable]:
    """Party and product boxes side by side, `per_row` to a row."""
    out: list[Flowable] = []
    for start in range(0, len(blocks), per_row):
        chunk = list(blocks[start:start + per_row])
        count = len(chunk) if len(blocks) <= per_row else per_row
        cell_width = width / count
        cells: list[object] = []
        for block in chunk:
            content: list[Flowable] = [section_heading(st, block.title), Spacer(1, 2)]
            inner = cell_width - 11
            if inner >= 2 * _PARTY_COLUMN:
                content.append(field_grid(st, block.fields, inner, columns=int(inner // _PARTY_COLUMN),
                                          boxed=False))
            else:
                for index, field in enumerate(block.fields):
                    if index:
                        content.append(Spacer(1, 2))
                    content += labelled(st, field)
            cells.append(content)
        cells += [""] * (count - len(chunk))
        table = Table([cells], colWidths=[cell_width] * count)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, HAIRLINE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        out += [Spacer(1, GAP), table]
    return out


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
        head_word = max(stringWidth(word, st.fonts.bold, head_size) for word in head_words if word) if any(head_words) else 0.0
        head_full = max(stringWidth(column.label.es, st.fonts.bold, head_size),
                        stringWidth(column.label.en, st.fonts.sans, head_size))
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
    if total <= width:
        return [n + (width - total) * n / total for n in natural]
    minimum = [m for m, _ in columns]
    spare = width - sum(minimum)
    if spare <= 0:  # even whole words do not fit: scale down (long words then break)
        return [m * width / sum(minimum) for m in minimum]
    wants = [n - m for m, n in columns]
    return [m + spare * w / sum(wants) for m, w in zip(minimum, wants)]


def data_table(st: Styles, view: TableView, width: float) -> list[Flowable]:
    """A titled table with its header row repeated on every page it flows onto.

    Cells are plain strings (fast) unless a text is wider than its column, which then
    becomes a wrapping paragraph."""
    font_size = 7.0 if view.compact else st.cell.fontSize
    widths = _fit_widths(_column_widths(st, view, font_size), width)
    body_style = st.cell.clone("cell_x", fontSize=font_size, leading=font_size + 1.6)
    header: list[object] = []
    for column in view.columns:
        style = st.cell_head.clone("head_x", alignment=_ALIGN_ENUM[column.align])
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
                style = body_style.clone("cell_wrap", fontName=font, fontSize=size,
                                         alignment=_ALIGN_ENUM[column.align])
                cells.append(Paragraph(esc(text), style))
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
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
                     ("FONT", (0, -1), (-1, -1), st.fonts.bold, font_size, font_size + 1.6)]
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    # room for the heading, the header row and two rows, else start on the next page;
    # the rest of a long table flows on with its header row repeated
    return [Spacer(1, GAP), CondPageBreak(95), section_heading(st, view.title), Spacer(1, 2.5), table]


def statement_box(st: Styles, view: DocumentView, issuer: IssuerBlock, width: float) -> list[Flowable]:
    """The certification statement (both languages), the signature fields the document
    type declares, and the electronic-signature line."""
    certified = view.statement is not None
    title = Bilingual("Certificación", "Certification") if certified else Bilingual("Firma electrónica",
                                                                                      "Electronic signature")
    inner = width - 17
    content: list[Flowable] = [section_heading(st, title), Spacer(1, 3)]
    if view.statement:
        content.append(Paragraph(esc(view.statement.es), st.statement))
        if view.statement.en != view.statement.es:
            content += [Spacer(1, 2), Paragraph(esc(view.statement.en), st.statement_en)]
        content.append(Spacer(1, 5))
    if view.signature:
        content += [field_grid(st, view.signature, inner, columns=4, boxed=False), Spacer(1, 4)]
    content += [
        TextLine.plain(f"Firmado electrónicamente por {issuer.legal_name} el {view.issue_date}. Firma y "
                       "documento completo: código QR y archivo .jwt adjunto.", st.small),
        TextLine.plain(f"Electronically signed by {issuer.legal_name} on {view.issue_date}. Signature and full "
                       "document: QR code and attached .jwt file.", st.small),
    ]
    table = Table([[content]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, GAP + 1), KeepTogether([table])]


def qr_parts_section(st: Styles, qr: QrPrint, width: float) -> list[Flowable]:
    """Every part of a multi-part code side by side, labelled "Parte i de n / Part i of n",
    with how to scan them; the grid is kept on one page where it fits."""
    count = len(qr.symbols)
    side = max((symbol.size + 8) * qr.module for symbol in qr.symbols)
    per_row = max(1, min(count, int(width // (side + 14))))
    cell_width = width / per_row
    cells: list[object] = []
    for index, symbol in enumerate(qr.symbols, start=1):
        label = Bilingual(f"Parte {index} de {count}", f"Part {index} of {count}")
        cells.append([QrFlowable(symbol, qr.module), Spacer(1, 1), TextLine.plain(label.joined(), st.print_note),
                      TextLine.plain(qr.caption, st.small_center)])
    rows = [cells[i:i + per_row] for i in range(0, count, per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    grid = Table(rows, colWidths=[cell_width] * per_row)
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]))
    intro = Bilingual(
        f"Este documento firmado va en {count} códigos QR: escanee todas las partes, en cualquier orden.",
        f"This signed document is carried by {count} QR codes: scan every part, in any order.",
    )
    title = Bilingual(f"Códigos QR ({count} partes)", f"QR codes ({count} parts)")
    heading = section_heading(st, title)
    heading.keepWithNext = True
    note_style = st.print_note.clone("note_left", alignment=TA_LEFT)
    return [Spacer(1, GAP), heading, Spacer(1, 2),
            TextLine([Segment(intro.es + " ", st.fonts.sans, INK), Segment(intro.en, st.fonts.sans, MUTED)], st.body),
            TextLine([Segment(PRINT_NOTE.es + " / ", st.fonts.bold, INK), Segment(PRINT_NOTE.en, st.fonts.bold, MUTED)],
                     note_style),
            Spacer(1, 3), grid]
