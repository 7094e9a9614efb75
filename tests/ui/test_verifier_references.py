"""The verifier shows the pedimento and folio fiscal as values to compare with the paper."""

from __future__ import annotations

from sello.core.documents.doctypes import get_doctype
from sello.core.documents.mapping import build_subject, credential_types
from sello.core.verification.view import document_content
from sello.ui.verifier.details_html import EMPHASIS_BACKGROUND, DetailsHeadings, details_html
from tests.e2e.conftest import example


def test_pedimento_and_folio_are_highlighted_and_keep_their_spacing() -> None:
    doctype = get_doctype("bill-of-lading")
    credential = {
        "type": ["VerifiableCredential", *credential_types(doctype)[1:]],
        "credentialSubject": build_subject(doctype, example("bill-of-lading")),
    }
    content = document_content(credential, "es")
    emphasized = {row.label: row.value for row in content.emphasized}
    assert emphasized["Pedimento de exportación"] == "24  24  3420  4001234"
    assert emphasized["Folio fiscal del CFDI (UUID)"] == "5FB2822E-396D-4725-8521-CDC4BDD20CCF"
    html = details_html([], content, DetailsHeadings("Checks", "Document: {doc}", "compare", "unconfirmed"))
    row = f'<tr bgcolor="{EMPHASIS_BACKGROUND}"><td width="42%">Pedimento de exportación</td>'
    assert row + "<td><b>24&nbsp; 24&nbsp; 3420&nbsp; 4001234</b></td></tr>" in html
