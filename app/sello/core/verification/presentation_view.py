"""How a presentation is shown: its headings and one line per document it carries,
shared by the verifier window, the command line and the PDF report."""

from __future__ import annotations

from sello.core.credentials.verdict import TypeNamer, Verdict, document_type_name
from sello.core.i18n import register, tr


def documents_heading(count: int, lang: str) -> str:
    """ "Documents in this presentation (N)" for the CLI and the verifier window."""
    return tr("presentation.documents_heading", lang, count=count)


def holder_heading(verdict: Verdict, lang: str) -> str:
    holder = verdict.issuer_name or verdict.issuer or "?"
    if len(holder) > 64:  # a did:jwk is hundreds of characters; the evidence below has it whole
        holder = holder[:40] + "…" + holder[-16:]
    return tr("presentation.holder_heading", lang, holder=holder)


def document_title(verdict: Verdict, lang: str, type_name: TypeNamer | None = None) -> str:
    """ "Mill Test Report · Aceros del Norte": what a carried document is and who issued it."""
    what = document_type_name(verdict.credential or {}, lang, type_name)
    return f"{what} · {verdict.issuer_name or verdict.issuer or '?'}"


register(
    {
        "presentation.documents_heading": {
            "en": "Documents in this presentation ({count})",
            "es": "Documentos en esta presentación ({count})",
        },
        "presentation.holder_heading": {
            "en": "The presentation's own signature (presented by {holder})",
            "es": "Firma de la presentación (presentada por {holder})",
        },
    }
)
