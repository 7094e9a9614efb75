"""The export references a credential carries, read for the Documents search."""

from __future__ import annotations

import json

from sello.core.documents.doctypes import get_doctype
from sello.core.documents.export_refs import export_references, export_references_of_token
from sello.core.documents.mapping import build_subject
from sello.core.encoding import b64url_encode
from sello.core.resources import load_json_resource


def test_the_bill_of_lading_gives_pedimento_folio_and_idccp_once_each() -> None:
    subject = build_subject(get_doctype("bill-of-lading"), load_json_resource("examples", "bill-of-lading.json"))
    assert export_references(subject).split() == [
        "242434204001234",  # the document's and the cargo row's pedimento, once
        "5FB2822E-396D-4725-8521-CDC4BDD20CCF",
        "CCCB7C2A-0A4E-4B5D-9E26-2C35D3F1A9B0",
    ]


def test_a_document_without_references_gives_nothing() -> None:
    subject = build_subject(get_doctype("mill-test-report"), load_json_resource("examples", "mill-test-report.json"))
    assert export_references(subject) == ""
    assert export_references({"relatedLink": "https://example.com"}) == ""  # someone else's shape: ignored


def test_a_signed_token_is_read_and_a_damaged_one_gives_nothing() -> None:
    subject = {"relatedLink": {"type": "LinkRole", "target": {"type": "EntryNumber", "entryNumber": "262434206001234"}}}
    payload = b64url_encode(json.dumps({"credentialSubject": subject}).encode())
    assert export_references_of_token(f"eyJ.{payload}.sig") == "262434206001234"
    assert export_references_of_token("not a token") == ""
    assert export_references_of_token("a.%%%.c") == ""
