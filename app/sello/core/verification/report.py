"""A one-page PDF report of a verdict, for the file of a border crossing. (No Qt.)

    pdf = render_verdict_report(verdict, lang="en", source="camera", verified_at=now)

The page carries, in one language: the verdict (colour, one sentence), when and from
what input it was made, every check with its evidence, and the document's identity
plus the fields its type emphasizes (heat numbers, countries of melt and pour,
weights, HS codes) to compare with the paper. The whole verdict as JSON (credential
and vc+jwt included) is attached to the PDF as ``verification.json``, so the report
keeps the evidence a machine can re-check. The content is always one page: it is
scaled down to fit when a document has many emphasized fields.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from sello.core.credentials.verdict import TypeNamer, Verdict
from sello.core.i18n import register, tr
from sello.core.verification.presentation_view import document_title
from sello.core.verification.view import CheckView, DocumentContent, check_views, document_content

REPORT_ATTACHMENT = "verification.json"
_PAGE_MARGIN_MM = 16
_VERDICT_COLOURS = {  # (text, background, border): the app's verdict colours (sello.ui.theme)
    "green": ("#14532d", "#e7f5ec", "#2e8b57"),
    "amber": ("#6b3d00", "#fff4dc", "#d08a00"),
    "blue": ("#1e3a5f", "#e8f0fa", "#3b6ea8"),
    "red": ("#7f1d1d", "#fdeceb", "#c0392b"),
}
_OUTCOME_MARKS = {"passed": "✔", "failed": "✘", "warning": "!", "skipped": "–", "unavailable": "?"}


@dataclass(frozen=True)
class ReportInput:
    """What the report says about where the verdict came from."""

    source: str = ""  # camera, scanner, file, ...
    source_detail: str = ""  # a file name, a camera's name
    verified_at: datetime | None = None
    verifier: str = ""  # the desk or program that verified ("Sello 0.4 on CBP-LAREDO-07")


def verdict_json(verdict: Verdict, *, source: str = "", verified_at: datetime | None = None) -> dict[str, Any]:
    """`Verdict.to_json()` plus when and from what input it was made (what "Export JSON" writes)."""
    data = verdict.to_json()
    moment = verified_at or datetime.now(UTC)
    data["verified_at"] = moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    if source:
        data["source"] = source
    return data


def render_verdict_report(
    verdict: Verdict, *, lang: str = "en", info: ReportInput | None = None, type_name: TypeNamer | None = None
) -> bytes:
    """The report as PDF bytes (Letter, one page)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, SimpleDocTemplate

    from sello.core.documents.pdf.attachments import Attachment, embed_attachments

    info = info or ReportInput()
    verified_at = info.verified_at or datetime.now(UTC)
    styles = _styles()
    checks = check_views(verdict, lang, verified_at)
    document = (
        document_content(verdict.credential, lang, type_name) if verdict.credential and not verdict.documents else None
    )  # a presentation: its documents follow, each with its checks
    story = _story(verdict, lang, info, verified_at, checks, document, styles, type_name)

    buffer = io.BytesIO()
    margin = _PAGE_MARGIN_MM * mm
    template = SimpleDocTemplate(
        buffer,
        pagesize=letter,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=tr("report.title", lang),
        author="Sello",
        subject=verdict.summary(lang, type_name),
    )
    frame_width, frame_height = template.width, template.height
    attachment = Attachment(
        REPORT_ATTACHMENT,
        json.dumps(
            verdict_json(verdict, source=info.source, verified_at=verified_at), ensure_ascii=False, indent=2
        ).encode("utf-8"),
        "application/json",
        tr("report.attachment", lang),
    )

    def on_page(canvas: Any, _doc: Any) -> None:
        canvas.setFont(styles.fonts.sans, 7.5)
        canvas.setFillColorRGB(0.4, 0.4, 0.4)
        canvas.drawString(margin, margin / 2, tr("report.footer", lang, attachment=REPORT_ATTACHMENT))
        embed_attachments(canvas, [attachment])

    template.build([KeepInFrame(frame_width, frame_height, story, mode="shrink")], onFirstPage=on_page)
    return buffer.getvalue()


# -- the page --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    fonts: Any
    title: Any
    banner: Any
    body: Any
    small: Any
    heading: Any
    cell: Any
    cell_bold: Any


def _styles() -> _Styles:
    from reportlab.lib.styles import ParagraphStyle

    from sello.core.documents.pdf.fonts import register_fonts

    fonts = register_fonts()
    body = ParagraphStyle("body", fontName=fonts.sans, fontSize=9, leading=11.5)
    return _Styles(
        fonts=fonts,
        title=ParagraphStyle("title", parent=body, fontName=fonts.bold, fontSize=15, leading=19, spaceAfter=4),
        banner=ParagraphStyle("banner", parent=body, fontName=fonts.bold, fontSize=12.5, leading=16),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor="#444444"),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        cell_bold=ParagraphStyle("cellBold", parent=body, fontName=fonts.bold, fontSize=8.5, leading=10.5),
    )


def _story(
    verdict: Verdict,
    lang: str,
    info: ReportInput,
    verified_at: datetime,
    checks: list[CheckView],
    document: DocumentContent | None,
    st: _Styles,
    type_name: TypeNamer | None,
) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    story: list[Any] = [
        Paragraph(escape(tr("report.title", lang)), st.title),
        _banner(verdict, lang, st, type_name),
        Spacer(1, 6),
        _facts_table(verdict, lang, info, verified_at, st),
        Spacer(1, 4),
        Paragraph(escape(tr("report.checks", lang)), st.heading),
        _checks_table(checks, lang, st),
    ]
    for index, carried in enumerate(verdict.documents, 1):  # a presentation: each document with its checks
        title = f"{index}. {carried.color.upper()} · {document_title(carried, lang, type_name)}"
        story.append(Paragraph(escape(title), st.heading))
        story.append(Paragraph(escape(carried.summary(lang, type_name)), st.small))
        story.append(_checks_table(check_views(carried, lang, verified_at), lang, st))
    if document is not None:
        story.append(Paragraph(escape(tr("report.document", lang, doc=document.type_name)), st.heading))
        story.append(Paragraph(escape(tr("report.compare", lang)), st.small))
        story.append(Spacer(1, 3))
        story.append(_document_table(document, st))
    return story


def _banner(verdict: Verdict, lang: str, st: _Styles, type_name: TypeNamer | None) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    text, background, border = _VERDICT_COLOURS[verdict.color]
    word = tr(f"report.verdict.{verdict.color}", lang)
    sentence = verdict.summary(lang, type_name)
    if verdict.remedy(lang):
        sentence += ". " + verdict.remedy(lang)
    paragraph = Paragraph(f'<font color="{text}">{escape(word)} — {escape(sentence)}</font>', st.banner)
    table = Table([[paragraph]], colWidths=[_content_width()], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
                ("BOX", (0, 0), (-1, -1), 1.6, colors.HexColor(border)),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _facts_table(verdict: Verdict, lang: str, info: ReportInput, verified_at: datetime, st: _Styles) -> Any:
    from reportlab.platypus import Paragraph

    source = tr(f"source.{info.source}", lang) if info.source else ""
    if source.startswith("source."):
        source = info.source
    if info.source_detail:
        source = f"{source} ({info.source_detail})" if source else info.source_detail
    digest = hashlib.sha256(verdict.vc_jwt.encode("utf-8")).hexdigest() if verdict.vc_jwt else ""
    rows = [
        (tr("report.verified_at", lang), verified_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")),
        (tr("report.input", lang), source),
        (tr("report.verifier", lang), info.verifier),
        (tr("report.issuer", lang), " — ".join(p for p in (verdict.issuer_name, verdict.issuer) if p)),
        (tr("report.credential_id", lang), str((verdict.credential or {}).get("id", ""))),
        (tr("report.digest", lang), " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))),
    ]
    data = [
        [Paragraph(escape(label), st.cell_bold), Paragraph(escape(value), st.cell)] for label, value in rows if value
    ]
    return _grid(data, (0.24, 0.76), lines=False)


def _checks_table(checks: list[CheckView], lang: str, st: _Styles) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    outcome_colours = {
        "passed": "#2e8b57",
        "failed": "#c0392b",
        "warning": "#b07400",
        "skipped": "#666666",
        "unavailable": "#3b6ea8",
    }
    data = []
    for check in checks:
        mark = _OUTCOME_MARKS.get(check.outcome, "")
        colour = outcome_colours.get(check.outcome, "#000000")
        head = Paragraph(f'<font color="{colour}">{escape(mark)} {escape(check.outcome_label)}</font>', st.cell_bold)
        lines = [f"<b>{escape(check.message)}</b>"] if check.message else []
        details = "<br/>".join(lines + [f"{escape(e.label)}: {escape(e.value)}" for e in check.evidence])
        data.append([Paragraph(escape(check.title), st.cell_bold), head, Paragraph(details, st.cell)])
    table = _grid(data, (0.17, 0.13, 0.70), lines=True)
    for row, check in enumerate(checks):
        if check.outcome == "failed":
            table.setStyle([("BACKGROUND", (0, row), (-1, row), colors.HexColor("#fdeceb"))])
    return table


def _document_table(document: DocumentContent, st: _Styles) -> Any:
    """The credential's header section, then every emphasized field under its section's title."""
    from reportlab.platypus import Paragraph

    data: list[list[Any]] = []
    for index, section in enumerate(document.sections):
        rows = section.rows if index == 0 else tuple(r for r in section.rows if r.emphasize)
        for row in rows:
            label = row.label if index == 0 else f"{section.title} · {row.label}"
            value_style = st.cell_bold if row.emphasize else st.cell
            data.append([Paragraph(escape(label), st.cell), Paragraph(escape(row.value), value_style)])
    return _grid(data, (0.42, 0.58), lines=True)


def _grid(data: list[list[Any]], fractions: tuple[float, ...], *, lines: bool) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    width = _content_width()
    table = Table(data or [[""] * len(fractions)], colWidths=[width * f for f in fractions], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if lines:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#cccccc")))
    table.setStyle(TableStyle(commands))
    return table


def _content_width() -> float:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import mm

    return float(letter[0] - 2 * _PAGE_MARGIN_MM * mm)


register(
    {
        "report.title": {"en": "Verification report — Sello", "es": "Informe de verificación — Sello"},
        "report.verdict.green": {"en": "GENUINE", "es": "AUTÉNTICO"},
        "report.verdict.amber": {"en": "GENUINE, CHECK THE NOTES", "es": "AUTÉNTICO, REVISE LAS NOTAS"},
        "report.verdict.red": {"en": "DO NOT ACCEPT", "es": "NO ACEPTAR"},
        "report.verified_at": {"en": "Verified", "es": "Verificado"},
        "report.input": {"en": "Read from", "es": "Leído de"},
        "report.verifier": {"en": "Verified by", "es": "Verificado por"},
        "report.issuer": {"en": "Issuer", "es": "Emisor"},
        "report.credential_id": {"en": "Credential ID", "es": "ID de la credencial"},
        "report.digest": {"en": "SHA-256 of the vc+jwt", "es": "SHA-256 del vc+jwt"},
        "report.checks": {"en": "Checks", "es": "Comprobaciones"},
        "report.document": {"en": "Document: {doc}", "es": "Documento: {doc}"},
        "report.compare": {
            "en": "The signed values to compare with the paper (the complete credential is in the attached file).",
            "es": "Los valores firmados para comparar con el papel (la credencial completa está en el archivo adjunto).",
        },
        "report.attachment": {
            "en": "The verdict with the signed credential (JSON)",
            "es": "El dictamen con la credencial firmada (JSON)",
        },
        "report.footer": {
            "en": "Made by Sello. The whole verdict, with the signed credential, is attached as {attachment}.",
            "es": "Hecho con Sello. El dictamen completo, con la credencial firmada, va adjunto como {attachment}.",
        },
        "source.camera": {"en": "camera", "es": "cámara"},
        "source.scanner": {"en": "handheld scanner", "es": "lector de mano"},
        "source.file": {"en": "file", "es": "archivo"},
        "source.paste": {"en": "pasted text", "es": "texto pegado"},
        "source.cli": {"en": "command line", "es": "línea de comandos"},
    }
)
