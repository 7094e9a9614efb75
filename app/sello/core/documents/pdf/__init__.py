"""The printed PDF of a signed trade document (reportlab), its QR code drawn as vectors.

Public API (imported lazily, so `import sello.core.documents.pdf.model` does not load reportlab):

    render_document_pdf(doctype, credential, vc_jwt, *, issuer, td1_text=None, page_size="letter") -> bytes
    write_document_pdf(path, pdf) -> Path          atomic write
    IssuerBlock(legal_name, rfc, address, did, key_fingerprint)

Modules: `model` (what the page shows), `layout` (document type + credential -> model),
`sections` (platypus flowables), `render` (the document), `qrdraw` (vector QR),
`attachments` (embedded files), `pagecanvas` (page N of M), `fonts`, `styles`, `text`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["IssuerBlock", "render_document_pdf", "render_view_pdf", "write_document_pdf"]


def __getattr__(name: str) -> Any:
    if name == "IssuerBlock":
        from sello.core.documents.pdf.model import IssuerBlock

        return IssuerBlock
    if name in ("render_document_pdf", "render_view_pdf", "write_document_pdf"):
        from sello.core.documents.pdf import render

        return getattr(render, name)
    raise AttributeError(f"module 'sello.core.documents.pdf' has no attribute {name!r}")
