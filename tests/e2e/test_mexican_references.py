"""Issue 18 end to end: the Mexican side of the wall travels inside the credentials.

An invoice and a packing list with their pedimento and folio fiscal, and a bill of lading
prefilled from a Carta Porte 3.1, are issued, printed, scanned back from the PDF, rebuilt
to the identical vc+jwt and verified; the verifier shows the pedimento in its spaced
form as a value to compare with the paper, and the Documents search finds all three.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from sello.cli import main as cli_main
from sello.core.documents.cfdi import import_cfdi
from sello.core.documents.issuance import DocumentIssuer
from sello.core.documents.validation import InvalidDocumentError
from sello.core.qr.payload import decode_td1
from sello.core.storage.documents import ids_with_export_reference, list_documents
from sello.core.verification.inputs import verifier_context, verify_path
from sello.core.verification.view import document_content
from tests.cartaporte_builder import build_carta_porte
from tests.e2e.conftest import example
from tests.e2e.journey_helpers import qr_texts

PEDIMENTO = "242434204001234"
SPACED = "24  24  3420  4001234"
FOLIO = "5FB2822E-396D-4725-8521-CDC4BDD20CCF"


def _bill_of_lading_from_carta_porte() -> dict:
    data = import_cfdi(build_carta_porte(), doctype="bill-of-lading").data
    data["carrier"]["scac"] = "TRGF"  # what a Carta Porte cannot give (the import notes say so)
    data["shipper"]["city"] = "Monterrey"
    data["route"]["origin_city"] = "Monterrey"
    data["seals"] = [{"number": "MX-HS-0048812"}]
    return data


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range() for page in pdf).split())
    finally:
        pdf.close()


def test_invoice_packing_list_and_carta_porte_bill_of_lading_issue_print_scan_and_verify(company, capsys):
    issuer = DocumentIssuer(company.db, company)
    forms = {
        "commercial-invoice": example("commercial-invoice"),
        "packing-list": example("packing-list"),
        "bill-of-lading": _bill_of_lading_from_carta_porte(),
    }
    issued = {}
    for doctype, data in forms.items():
        doc = issuer.issue(doctype, data)
        issued[doctype] = doc
        texts = qr_texts(doc.pdf_path)
        assert len(texts) == 1 and decode_td1(texts[0]) == doc.vc_jwt, doctype  # scanned from the printed page
        assert " ".join(SPACED.split()) in _pdf_text(doc.pdf_path), doctype  # printed spaced, as on the pedimento

        verdict = verify_path(doc.pdf_path, context=verifier_context(company.db))
        assert verdict.color in ("green", "amber") and verdict.check("signature").outcome == "passed"
        subject = (verdict.credential or {})["credentialSubject"]
        assert subject["relatedLink"][0]["target"] == {
            "type": "EntryNumber",
            "name": "Pedimento",
            "entryNumber": PEDIMENTO,
        }
        for lang, label in (
            ("es", "Pedimento de exportación"),
            ("en", "Export pedimento (Mexican customs declaration)"),
        ):
            shown = {row.label: row.value for row in document_content(verdict.credential, lang).emphasized}
            assert shown[label] == SPACED, (doctype, lang, shown)
            assert FOLIO in shown.values()

    bill = issued["bill-of-lading"]
    rows = document_content(verify_path(bill.pdf_path, context=verifier_context(company.db)).credential, "en")
    values = {row.label: row.value for section in rows.sections for row in section.rows}
    assert values["Carta Porte IdCCP"] == "CCCB7C2A-0A4E-4B5D-9E26-2C35D3F1A9B0"
    assert values["SCT permit (Mexican federal road permit)"] == "TPAF01 0345821"

    # The Documents page's search, and the CLI's, go through the documents table's owner.
    wanted = {d.id for d in issued.values()}
    for typed in (SPACED, "24 24 3420 4001234", PEDIMENTO, "24-24-3420-4001234"):
        assert set(ids_with_export_reference(company.db, typed)) == wanted, typed
    assert ids_with_export_reference(company.db, "242434204009999") == []
    assert set(ids_with_export_reference(company.db, "cccb7c2a-0a4e")) == {bill.id}
    records = {r.id: r for r in list_documents(company.db)}
    assert PEDIMENTO in records[bill.id].export_refs.split()
    assert cli_main(["--home", str(company.db.path.parent), "documents", "--pedimento", SPACED]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert {line.split("\t")[0] for line in listed} == wanted


@pytest.mark.parametrize(
    ("typed", "es", "en"),
    [
        ("24 24 3420 400123", "tiene 14 dígitos", "has 14 digits"),
        ("24 99 3420 4001234", "la aduana «99»", "the customs office (aduana) “99”"),
        ("24 24 0000 4001234", "la patente del agente aduanal", "the customs broker's patente"),
    ],
    ids=["wrong length", "unknown aduana", "bad patente"],
)
def test_a_malformed_pedimento_is_refused_naming_the_part(company, typed, es, en):
    data = example("commercial-invoice")
    data["mx_export"]["pedimento"] = typed
    with pytest.raises(InvalidDocumentError) as info:
        DocumentIssuer(company.db, company).issue("commercial-invoice", data)
    [error] = info.value.errors
    assert es in error.text("es") and en in error.text("en")
    assert list_documents(company.db) == []
