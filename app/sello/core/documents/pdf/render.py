"""Render a signed trade document as a PDF: the printed form, its QR code(s) drawn as
vectors under the print rules (DESIGN §3), and the `vc+jwt` and credential JSON
attached as files.

Paper: US Letter by default. Both ends of the trip use it — Mexico's offices print on
"carta" and US customs desks on Letter — and an A4 page printed on Letter gets
scaled or clipped, which would break the 100 % rule for the QR; A4 is selectable.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Mapping
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from sello.core.documents.doctypes import DocType
from sello.core.documents.pdf.attachments import Attachment
from sello.core.documents.pdf.forms import header_section, party_blocks
from sello.core.documents.pdf.layout import document_view
from sello.core.documents.pdf.model import Bilingual, DocumentView, IssuerBlock, PageSizeName
from sello.core.documents.pdf.pagecanvas import DocumentCanvas, PageDecor
from sello.core.documents.pdf.qrdraw import DEFAULT_MAX_SIDE_MM, module_pt
from sello.core.documents.pdf.sections import QrPrint, conformity_line, issuer_and_qr, statement_box, title_bar
from sello.core.documents.pdf.styles import styles
from sello.core.documents.pdf.tables import data_table
from sello.core.errors import InputError, UserFacingError
from sello.core.i18n import Message
from sello.core.paths import atomic_write
from sello.core.qr.payload import encode_td1
from sello.core.qr.symbol import plan_qr

# reportlab wraps page and font streams in ASCII85 by default: 25 % larger files and,
# without its C accelerator, a fifth of the render time. Binary streams are fine in PDF.
rl_config.useA85 = 0

VC_JWT_MIME = "application/vc+jwt"
JSON_MIME = "application/json"
PAGE_SIZES = {"letter": LETTER, "a4": A4}
MARGIN_X = 15 * mm
MARGIN_TOP = 13 * mm
MARGIN_BOTTOM = 15 * mm
RUNNING_HEADER = 16.0  # extra top space on pages 2..n for the running header (pt)
_DETAILS = Bilingual("Datos del documento", "Document details")
_NOTES = Bilingual("Observaciones", "Remarks")


def credential_file_stem(credential: Mapping[str, Any]) -> str:
    """`<uuid>` of a `urn:uuid:` credential id (the attachments' base name)."""
    credential_id = str(credential.get("id", ""))
    stem = credential_id.removeprefix("urn:uuid:")
    safe = "".join(ch for ch in stem if ch.isalnum() or ch in "-_.")
    return safe or "credential"


_scalar_json = json.JSONEncoder(ensure_ascii=False).encode


def pretty_json(value: Any, indent: str = "\n") -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, the same text at twice the speed
    (the standard library's indented encoder is its pure-Python one; issue 19). Plain JSON
    values only: dicts with string keys, lists, strings, numbers, booleans, None."""
    kind = type(value)
    if kind is dict and value:
        inner = indent + "  "
        members = (f"{inner}{encode_basestring(key)}: {pretty_json(item, inner)}" for key, item in value.items())
        return "{" + ",".join(members) + indent + "}"
    if kind is list and value:
        inner = indent + "  "
        return "[" + ",".join(inner + pretty_json(item, inner) for item in value) + indent + "]"
    return _scalar_json(value)


def credential_attachments(credential: Mapping[str, Any], vc_jwt: str) -> tuple[Attachment, ...]:
    stem = credential_file_stem(credential)
    return (
        Attachment(
            f"{stem}.jwt",
            vc_jwt.encode("ascii"),
            VC_JWT_MIME,
            "Credencial firmada (VC-JOSE vc+jwt) / Signed credential (VC-JOSE vc+jwt)",
        ),
        Attachment(
            f"{stem}.json",
            pretty_json(credential).encode("utf-8"),
            JSON_MIME,
            "Credencial (JSON, W3C VC 2.0) / Credential (JSON, W3C VC 2.0)",
        ),
    )


def render_view_pdf(
    view: DocumentView,
    issuer: IssuerBlock,
    *,
    td1_text: str,
    attachments: tuple[Attachment, ...] = (),
    page_size: PageSizeName = "letter",
    qr_max_side_mm: float = DEFAULT_MAX_SIDE_MM,
) -> bytes:
    """The PDF for a prepared `DocumentView` (see `render_document_pdf`)."""
    st = styles()
    size = PAGE_SIZES.get(str(page_size).lower())
    if size is None:
        raise InputError(Message("pdf.unknown_page_size", page_size=repr(page_size)))
    if view.orientation == "landscape":
        size = landscape(size)
    width, height = size
    content_width = width - 2 * MARGIN_X
    plan = plan_qr(td1_text)
    module = min(module_pt(symbol, qr_max_side_mm) for symbol in plan.symbols)
    caption = " · ".join(part for part in (view.number, issuer.legal_name, view.issue_date[:10]) if part)
    qr = QrPrint(tuple(plan.symbols), module, caption)

    story: list[Flowable] = [NextPageTemplate("later"), title_bar(st, view, content_width)]
    story += issuer_and_qr(st, view, issuer, qr, content_width)
    columns = 6 if view.orientation == "landscape" else 4
    story += header_section(st, view.header, content_width, _DETAILS, columns=columns)
    story += party_blocks(st, view.blocks, content_width, per_row=4 if view.orientation == "landscape" else 3)
    for title, fields in view.groups_before:
        story += header_section(st, fields, content_width, title, columns=columns)
    for table in view.tables:
        story += data_table(st, table, content_width)
    story += conformity_line(st, view, content_width)
    for title, fields in view.groups_after:
        story += header_section(st, fields, content_width, title, columns=columns)
    if view.notes:
        story += header_section(st, view.notes, content_width, _NOTES)
    story += statement_box(st, view, content_width)

    buffer = io.BytesIO()
    frame_height = height - MARGIN_TOP - MARGIN_BOTTOM - 6
    first = Frame(
        MARGIN_X,
        MARGIN_BOTTOM + 6,
        content_width,
        frame_height,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        MARGIN_X,
        MARGIN_BOTTOM + 6,
        content_width,
        frame_height - RUNNING_HEADER,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{view.title.joined()} — {view.number}",
        author=issuer.legal_name,
        subject=_subject(view),
        creator="Sello",
        producer="Sello (ReportLab)",
        keywords=["Verifiable Credential", "vc+jwt", view.credential_id],
        lang="es-MX",
        pageCompression=1,
    )
    document.addPageTemplates([PageTemplate("first", [first]), PageTemplate("later", [later])])
    decor = PageDecor(
        running_title=f"{view.title.joined()} — {view.number_label.es} {view.number}",
        footer_left=f"Sello · {view.credential_id}",
        margin_left=MARGIN_X,
        margin_right=MARGIN_X,
        footer_y=MARGIN_BOTTOM - 12,
        header_y=height - MARGIN_TOP - 8,
        attachments=attachments,
    )
    document.build(story, canvasmaker=lambda *args, **kwargs: DocumentCanvas(*args, decor=decor, **kwargs))
    return buffer.getvalue()


def render_document_pdf(
    doctype: DocType,
    credential: Mapping[str, Any],
    vc_jwt: str,
    *,
    issuer: IssuerBlock,
    td1_text: str | None = None,
    page_size: PageSizeName = "letter",
) -> bytes:
    """The printed PDF of one signed document.

    `credential` is the signed credential (the `vc+jwt` payload), `td1_text` its QR
    text (made from `vc_jwt` when not given). The `vc+jwt` and the credential JSON are
    attached as `<credential-uuid>.jwt` and `<credential-uuid>.json`.
    """
    view = document_view(doctype, credential)
    return render_view_pdf(
        view,
        issuer,
        td1_text=td1_text if td1_text is not None else encode_td1(vc_jwt),
        attachments=credential_attachments(credential, vc_jwt),
        page_size=page_size,
    )


class PdfWriteError(UserFacingError):
    """The PDF could not be saved where asked."""


def write_document_pdf(path: str | os.PathLike[str], pdf: bytes) -> Path:
    """Save a rendered PDF atomically (temp file, fsync, rename): a crash or a full disk
    leaves the old file or none, never half a PDF."""
    try:
        return atomic_write(path, pdf)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PdfWriteError(Message("pdf.cannot_save", value=str(Path(path)), reason=reason)) from exc


def _subject(view: DocumentView) -> str:
    return f"{view.title.en} {view.number} — {view.credential_id}"
