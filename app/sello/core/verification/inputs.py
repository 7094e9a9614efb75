"""The verifier's front door: any input (text, .jwt, JSON, photo, PDF) to one Verdict.

The CLI (`sello verify`), the verifier window and the tests all come through here,
so a PDF or a photo is judged the same way everywhere. The checks themselves live
in `sello.core.credentials.checks`; this module only finds what to verify in an input and
hands it to the checks with the context built by `sello.core.verification.context`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sello.core.credentials.verdict import make_check
from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.limits import read_bounded
from sello.core.qr import parts as qrparts
from sello.core.verification.context import VerifierContext, document_type_namer, verifier_context
from sello.core.verification.pdf_guard import THE_PDF, check_pdf_streams
from sello.core.verification.pipeline import MAX_INPUT_BYTES, verify_input
from sello.core.verification.wedge import normalize_scan

__all__ = ["Payload", "VerifierContext", "document_type_namer", "verifier_context", "verify_bytes", "verify_path"]

log = logging.getLogger(__name__)

_PDF_MAGIC = b"%PDF-"
_IMAGE_MAGICS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF")
MAX_TEXT_INPUT = 1_000_000  # a credential bigger than this is not a trade document


@dataclass(frozen=True)
class Payload:
    """One thing found in an input that can be verified."""

    text: str
    source: str  # "text", "qr", "pdf-qr", "pdf-attachment", "image-qr"


# -- finding payloads --------------------------------------------------------------
def payloads_from_bytes(data: bytes, *, name: str | None = None) -> list[Payload]:
    """Everything verifiable in a file's bytes: QR codes of a photo or PDF, a PDF's
    embedded vc+jwt, or the text of a .jwt / JSON / TD1 file."""
    if data.startswith(_PDF_MAGIC):
        return _pdf_payloads(data, name)
    if data.startswith(_IMAGE_MAGICS):
        return _image_payloads(data, name)
    if len(data) > MAX_TEXT_INPUT:
        raise InputError(_about(name, "input.file_too_large", "input.too_large", size=f"{len(data):,}"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(_about(name, "input.file_not_text", "input.not_text")) from None
    if not text.strip():
        raise InputError(_about(name, "input.file_empty", "input.empty"))
    return [Payload(repair_typed(text), "text")]


def repair_typed(text: str) -> str:
    """A TD1 text typed by a keyboard-wedge scanner or pasted with Caps Lock or a non-US
    layout, repaired (`sello.core.verification.wedge`); anything else stripped as it is."""
    scanned = normalize_scan(text)
    return scanned.text if scanned.looks_like_td1 and scanned.usable else text.strip()


def _image_payloads(data: bytes, name: str | None) -> list[Payload]:
    from sello.core.verification.scan import open_image, scan_image

    texts = [r.text for r in scan_image(open_image(data, name=name)) if r.text]
    if not texts:
        raise InputError(_about(name, "input.image_no_qr", "input.no_qr"))
    return _merge_parts(texts, "image-qr")


def _pdf_payloads(data: bytes, name: str | None) -> list[Payload]:
    from sello.core.verification.scan import scan_pdf

    found: list[Payload] = []
    found.extend(Payload(text, "pdf-attachment") for text in pdf_attachment_tokens(data, name))
    try:
        texts = [r.text for r in scan_pdf(data) if r.text]
    except InputError:
        if not found:
            raise
        texts = []
    found.extend(_merge_parts(texts, "pdf-qr") if texts else [])
    if not found:
        raise InputError(_about(name, "input.file_pdf_nothing", "input.pdf_nothing"))
    return found


def pdf_attachment_tokens(data: bytes, name: str | None = None) -> list[str]:
    """The vc+jwt files embedded in a PDF (Sello embeds `<id>.jwt`); every stream is first
    measured through capped decoders (`pdf_guard`), so PDFium never inflates a bomb."""
    import pypdfium2 as pdfium

    check_pdf_streams(data, name or THE_PDF)

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(Message("input.pdf_unopenable", reason=str(exc).rstrip("."))) from None
    tokens = []
    try:
        for index in range(pdf.count_attachments()):
            try:
                attachment = pdf.get_attachment(index)
            except pdfium.PdfiumError:
                continue  # a damaged entry without even a name; the printed QR is still read
            if attachment.get_name().lower().endswith(".jwt"):
                try:
                    content = attachment.get_data()
                    if len(content) > MAX_INPUT_BYTES:  # refused before it is copied or decoded
                        size, limit = f"{len(content):,}", f"{MAX_INPUT_BYTES:,}"
                        raise InputError(Message("input.bytes_too_large", size=size, limit=limit))
                    tokens.append(bytes(content).decode("ascii").strip())
                except (UnicodeDecodeError, pdfium.PdfiumError):
                    tokens.append("")  # present but unreadable: verification will say so
    finally:
        pdf.close()
    return tokens


def _merge_parts(texts: list[str], source: str) -> list[Payload]:
    """Whole TD1 texts as they are; numbered parts collected into one."""

    whole: list[str] = []
    parts: list[str] = []
    for text in dict.fromkeys(texts):
        (parts if qrparts.is_td1_part(text) else whole).append(text)
    payloads = [Payload(t, source) for t in whole]
    if parts:
        collector = qrparts.PartCollector()
        for part in parts:
            collector.add(part)
        if not collector.complete:
            have, total = collector.progress
            raise InputError(Message("input.parts_missing", have=have, total=total))
        payloads.append(Payload(collector.assemble(), source))
    return payloads


# -- verifying -------------------------------------------------------------------
def verify_payloads(payloads: list[Payload], context: VerifierContext, *, now: Any = None) -> Any:
    """Verify each payload; a PDF whose attachment and QR disagree is red."""

    verdicts = [
        (p, verify_input(p.text, resolver=context.resolver, now=now, status=context.status, trust=context.trust))
        for p in payloads
    ]
    # the printed QR is what the officer holds; prefer it, then the attachment
    verdicts.sort(key=lambda pv: 0 if pv[0].source.endswith("qr") or pv[0].source == "text" else 1)
    primary_payload, primary = verdicts[0]
    tokens = {v.vc_jwt for _, v in verdicts if v.vc_jwt}
    red = [(p, v) for p, v in verdicts if v.color == "red"]
    if len(tokens) > 1:
        check = make_check("format", "failed", "input.pdf_mismatch", {"sources": [p.source for p, _ in verdicts]})
        return replace(primary, color="red", checks=[check, *primary.checks])
    if red:
        return red[0][1]
    return primary


def verify_bytes(
    data: bytes, *, name: str | None = None, context: VerifierContext | None = None, now: Any = None
) -> Any:
    context = context or verifier_context()
    return verify_payloads(payloads_from_bytes(data, name=name), context, now=now)


def verify_path(path: str | Path, *, context: VerifierContext | None = None, now: Any = None) -> Any:
    path = Path(path)
    try:
        data = read_bounded(path)
    except FileNotFoundError:
        raise InputError(Message("input.file_not_found", path=str(path))) from None
    except (IsADirectoryError, PermissionError) as exc:
        raise InputError(Message("input.file_unreadable", path=str(path), reason=_os_reason(exc))) from None
    return verify_bytes(data, name=path.name, context=context, now=now)


def _about(name: str | None, named: str, unnamed: str, **params: Any) -> Message:
    """The sentence naming the file when there is a name, else the one about "the input"."""
    return Message(named, name=name, **params) if name else Message(unnamed, **params)


def _os_reason(exc: OSError) -> dict[str, str]:
    spanish = {"IsADirectoryError": "es una carpeta", "PermissionError": "no hay permiso"}
    english = exc.strerror or type(exc).__name__
    return {"en": english, "es": spanish.get(type(exc).__name__, english)}


def verify_text(text: str, *, context: VerifierContext | None = None, now: Any = None) -> Any:
    context = context or verifier_context()
    return verify_payloads([Payload(repair_typed(text), "text")], context, now=now)
