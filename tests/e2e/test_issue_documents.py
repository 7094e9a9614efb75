"""Issue every document type, read the PDF back like a verifier would, and verify it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from sello.cli import main as cli_main
from sello.core.documents.batch import flatten_record, issue_batch, read_records
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.issuance import DocumentIssuer, reconcile_documents
from sello.core.qr.parts import PartCollector, is_td1_part
from sello.core.qr.payload import decode_td1
from sello.core.verification.inputs import pdf_attachment_tokens, verifier_context, verify_path
from sello.core.verification.scan import scan_image
from tests.e2e.conftest import DOCTYPES, example

KEY_TEXT = {
    "mill-test-report": ["MTR-2024-031187", "A24-11873", "A24-11880", "7208.51.0060"],
    "commercial-invoice": ["FEX-2024-0912"],
    "usmca-certification": ["TMEC-2024-0007"],
    "packing-list": ["PL-2024-0912"],
    "bill-of-lading": ["CP-ADN-240315-01"],
}


def _qr_texts(pdf_path: Path, dpi: int) -> list[str]:
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    return [r.text for r in scan_image(image) if r.text]


def _assemble(texts: list[str]) -> str:
    parts = [t for t in texts if is_td1_part(t)]
    if not parts:
        assert len(texts) == 1, texts
        return texts[0]
    collector = PartCollector()
    for part in parts:
        collector.add(part)
    assert collector.complete, collector.progress
    return collector.assemble()


@pytest.mark.parametrize("doctype", DOCTYPES)
def test_issue_print_scan_rebuild_and_verify(company, doctype):
    issuer = DocumentIssuer(company.db, company)
    doc = issuer.issue(doctype, example(doctype))
    assert doc.pdf_path.is_file()

    for dpi in (150, 300):
        td1 = _assemble(_qr_texts(doc.pdf_path, dpi))
        assert decode_td1(td1) == doc.vc_jwt, f"QR at {dpi} dpi does not rebuild the vc+jwt"

    assert pdf_attachment_tokens(doc.pdf_path.read_bytes()) == [doc.vc_jwt]
    pdf = pdfium.PdfDocument(doc.pdf_path)
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    for needle in KEY_TEXT[doctype]:
        assert needle in text, needle

    verdict = verify_path(doc.pdf_path, context=verifier_context(company.db))
    assert verdict.check("signature").outcome == "passed"
    assert verdict.check("issuer_key").outcome == "passed"
    assert verdict.color in ("green", "amber")
    row = company.db.query_one("SELECT * FROM documents WHERE id = ?", (doc.id,))
    assert row["vc_jwt"] == doc.vc_jwt and Path(row["pdf_path"]) == doc.pdf_path
    assert row["status_index"] == doc.status_index
    assert company.db.verify_audit_chain()[0]


def test_a_form_with_errors_issues_nothing(company):
    from sello.core.documents.validation import InvalidDocumentError

    data = example("mill-test-report")
    data["heats"][0]["chemistry"]["c"] = "140"
    data["heats"][1]["country_of_melt_and_pour"] = "XX"
    issuer = DocumentIssuer(company.db, company)
    with pytest.raises(InvalidDocumentError) as info:
        issuer.issue("mill-test-report", data)
    assert {e.path for e in info.value.errors} == {"heats[0].chemistry.c", "heats[1].country_of_melt_and_pour"}
    assert company.db.query_one("SELECT COUNT(*) FROM documents")[0] == 0
    assert not issuer.out_dir.exists() or not list(issuer.out_dir.glob("*.pdf"))


def test_csv_batch_issues_good_rows_and_reports_bad_ones(company, tmp_path):
    base = flatten_record(example("packing-list"))
    rows = [dict(base) for _ in range(5)]
    rows[1] = {**base, next(c for c in base if "country" in c): "ZZ"}
    weight_column = next(c for c in base if "weight" in c)
    rows[3] = {**base, weight_column: "-5"}
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(base))
    writer.writeheader()
    writer.writerows(rows)
    doctype = get_doctype("packing-list")
    records, problems = read_records(buffer.getvalue().encode(), doctype, name="batch.csv")
    assert problems == [] and len(records) == 5
    issuer = DocumentIssuer(company.db, company, out_dir=tmp_path / "out")
    result = issue_batch(issuer, doctype, records, workers=2)
    assert len(result.issued) == 3
    assert result.bad_rows == [2, 4]
    columns = {(p.row, p.column) for p in result.problems}
    assert any(row == 2 and "country" in column for row, column in columns)
    assert any(row == 4 and "weight" in column for row, column in columns)
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 3
    assert "row,column,reason" in result.report_csv().splitlines()[0]


def test_cli_issue_demo_documents_and_revoke(company, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SELLO_KEY_STORE", "file")
    monkeypatch.setenv("SELLO_STORE_PASSPHRASE", "test passphrase")
    data = tmp_path / "mtr.json"
    data.write_text(json.dumps([example("mill-test-report")]))
    assert cli_main(["issue", "--type", "mill-test-report", "--data", str(data), "--out", str(tmp_path / "out")]) == 0
    doc_id = capsys.readouterr().out.split("\t")[0]
    assert doc_id.startswith("urn:uuid:")
    assert cli_main(["revoke", doc_id[9:17], "--reason", "heat number typo"]) == 0
    capsys.readouterr()
    assert cli_main(["documents"]) == 0
    listing = capsys.readouterr().out
    assert doc_id in listing and "revoked" in listing
    ok, _ = company.db.verify_audit_chain()
    assert ok
    actions = [e.action for e in company.db.audit_entries()]
    assert actions[-2:] == ["issue", "revoke"]

    demo_out = tmp_path / "demo"
    assert cli_main(["demo", str(demo_out)]) == 0
    printed = capsys.readouterr().out
    pdfs = sorted(demo_out.glob("*.pdf"))
    assert len(pdfs) == len(DOCTYPES) and all(str(p) in printed for p in pdfs)
    for pdf in pdfs:  # the demo key is gone, but did:key documents verify anywhere
        assert cli_main(["--home", str(tmp_path / "verifier"), "verify", str(pdf)]) == 0


def test_reconcile_removes_only_orphaned_sello_pdfs(company, tmp_path):
    issuer = DocumentIssuer(company.db, company, out_dir=tmp_path)
    doc = issuer.issue("packing-list", example("packing-list"))
    orphan = tmp_path / "PL-PL-2024-0912-deadbeef.pdf"
    orphan.write_bytes(b"%PDF-1.4 interrupted")
    users_file = tmp_path / "my-notes.pdf"
    users_file.write_bytes(b"%PDF-1.4 mine")
    removed = reconcile_documents(company.db, tmp_path)
    assert removed == [orphan]
    assert doc.pdf_path.exists() and users_file.exists()
