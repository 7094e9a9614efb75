"""The parts of the printed document around its data: the title bar, the issuer block
beside the QR code, the multi-part QR section and the certification statement.

Laid out like the paper forms customs people know; the data itself is drawn by
`forms` (labelled fields, party boxes) and `tables` (repeatable groups).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, TableStyle

from sello.core.documents.pdf.flowtable import Table
from sello.core.documents.pdf.forms import GAP, field_grid, labelled, section_heading
from sello.core.documents.pdf.model import Bilingual, DocumentView, FieldView, IssuerBlock
from sello.core.documents.pdf.qrdraw import QrFlowable
from sello.core.documents.pdf.styles import ACCENT, HAIRLINE, INK, MUTED, RULE, Styles, derived, esc
from sello.core.documents.pdf.text import Segment, TextLine, paragraph
from sello.core.qr.symbol import QrSymbol

SIGNED_NOTE = Bilingual(
    "Firmado electrónicamente: firma y documento completo en el código QR y en el archivo .jwt adjunto.",
    "Electronically signed: signature and full document in the QR code and in the attached .jwt file.",
)
PRINT_NOTE = Bilingual("Imprimir al 100 % — no ajustar a la página", "Print at 100 % — do not fit to page")


@dataclass(frozen=True)
class QrPrint:
    """The planned QR symbols of one document, their module size and caption line."""

    symbols: tuple[QrSymbol, ...]
    module: float  # points
    caption: str  # document id · issuer · issue date


def _grouped(fingerprint: str) -> str:
    plain = fingerprint.replace(" ", "")
    return " ".join(plain[i : i + 4] for i in range(0, len(plain), 4))


def title_bar(st: Styles, view: DocumentView, width: float) -> Table:
    left: list[Flowable] = [TextLine.plain(view.title.es, st.title_es)]
    if not view.title.en_repeats_es:
        left.append(TextLine.plain(view.title.en, st.title_en))
    right = [TextLine.plain(view.number_label.joined(), st.number_label), TextLine.plain(view.number, st.number)]
    table = Table([[left, right]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def print_note(st: Styles) -> list[Flowable]:
    """The 100 % printing rule, Spanish over English, centred under a QR code."""
    return [
        TextLine.plain(PRINT_NOTE.es, st.print_note),
        TextLine([Segment(PRINT_NOTE.en, st.print_note.fontName, MUTED)], st.print_note),
    ]


def _qr_column(st: Styles, qr: QrPrint) -> list[Flowable]:
    return [
        QrFlowable(qr.symbols[0], qr.module),
        *print_note(st),
        Spacer(1, 2),
        TextLine.plain(qr.caption, st.small_center),
    ]


def _no_padding(table: Table) -> Table:
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


LOGO_MAX_WIDTH = 40 * mm
LOGO_MAX_HEIGHT = 14 * mm


def logo_flowable(logo: bytes | None) -> list[Flowable]:
    """The company's logo, at most 40 x 14 mm, keeping its proportions (nothing without one)."""
    if not logo:
        return []
    reader = ImageReader(io.BytesIO(logo))
    width, height = reader.getSize()
    scale = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height)
    image = Image(io.BytesIO(logo), width=width * scale, height=height * scale, hAlign="LEFT")
    return [image, Spacer(1, 3)]


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
        *logo_flowable(issuer.logo),
        TextLine.plain(issuer.legal_name, st.issuer_name),
        *[TextLine.plain(line, st.value) for line in issuer.address],
        Spacer(1, 4),
        field_grid(st, identity, column_width, columns=len(identity), boxed=False),
    ]
    ids: list[Flowable] = []
    for field in (
        FieldView(Bilingual("Identificador del emisor (DID)", "Issuer identifier (DID)"), issuer.did, mono=True),
        FieldView(
            Bilingual("Huella de la clave de firma", "Signing key fingerprint"),
            _grouped(issuer.key_fingerprint),
            mono=True,
        ),
        FieldView(Bilingual("Identificador de la credencial", "Credential ID"), view.credential_id, mono=True),
    ):
        ids += [Spacer(1, 2.5), *labelled(st, field)]
    ids += [
        Spacer(1, 5),
        *[
            TextLine([Segment(line, st.fonts.sans, color)], st.small)
            for line, color in ((SIGNED_NOTE.es, INK), (SIGNED_NOTE.en, MUTED))
        ],
    ]
    if two_columns:
        info: list[Flowable] = [
            _no_padding(Table([[who, [Spacer(1, 12), *ids]]], colWidths=[column_width + 12, column_width]))
        ]
    else:
        info = [*who, *ids]
    cells: list[object] = [info] + ([_qr_column(st, qr)] if single else [])
    table = Table([cells], colWidths=[width - qr_width] + ([qr_width] if single else []))
    table.setStyle(
        TableStyle(
            [
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
            ]
        )
    )
    return [table] if single else [table, *qr_parts_section(st, qr, width)]


def statement_box(st: Styles, view: DocumentView, width: float) -> list[Flowable]:
    """The certification statement in both languages, with the signature fields the
    document type declares (who certifies, and when); nothing when there is neither."""
    if view.statement is None and not view.signature:
        return []
    title = Bilingual("Certificación", "Certification") if view.statement else Bilingual("Firma", "Signature")
    content: list[Flowable] = [section_heading(st, title), Spacer(1, 3)]
    if view.statement:
        content.append(paragraph(esc(view.statement.es), st.statement))
        if view.statement.en != view.statement.es:
            content += [Spacer(1, 2), paragraph(esc(view.statement.en), st.statement_en)]
    if view.signature:
        content += [Spacer(1, 5), field_grid(st, view.signature, width - 17, columns=4, boxed=False)]
    table = Table([[content]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [Spacer(1, GAP + 1), KeepTogether([table])]


def conformity_line(st: Styles, view: DocumentView, width: float) -> list[Flowable]:
    """ "Conforme a ASTM A572/A572M Gr 50 …" in both languages, under the tables it speaks of."""
    if view.conformity is None:
        return []
    content: list[Flowable] = [paragraph(esc(view.conformity.es), st.statement)]
    if view.conformity.en != view.conformity.es:
        content.append(paragraph(esc(view.conformity.en), st.statement_en))
    table = Table([[content]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [Spacer(1, GAP), KeepTogether([table])]


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
        cells.append(
            [
                QrFlowable(symbol, qr.module),
                Spacer(1, 1),
                TextLine.plain(label.joined(), st.print_note),
                TextLine.plain(qr.caption, st.small_center),
            ]
        )
    rows = [cells[i : i + per_row] for i in range(0, count, per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    grid = Table(rows, colWidths=[cell_width] * per_row)
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ]
        )
    )
    intro = Bilingual(
        f"Este documento firmado va en {count} códigos QR: escanee todas las partes, en cualquier orden.",
        f"This signed document is carried by {count} QR codes: scan every part, in any order.",
    )
    title = Bilingual(f"Códigos QR ({count} partes)", f"QR codes ({count} parts)")
    note_style = derived(st.print_note, "note_left", alignment=TA_LEFT)
    return [
        Spacer(1, GAP),
        KeepTogether(
            [
                section_heading(st, title),
                Spacer(1, 2),
                TextLine(
                    [Segment(intro.es + " ", st.fonts.sans, INK), Segment(intro.en, st.fonts.sans, MUTED)], st.body
                ),
                TextLine(
                    [Segment(PRINT_NOTE.es + " / ", st.fonts.bold, INK), Segment(PRINT_NOTE.en, st.fonts.bold, MUTED)],
                    note_style,
                ),
                Spacer(1, 3),
                grid,
            ]
        ),
    ]
