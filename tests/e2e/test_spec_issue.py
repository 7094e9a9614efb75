"""Issuing Mill Test Reports against the named specification, end to end: an impossible
value issues nothing; an out-of-grade value needs a confirmation that lands in the audit
log; a report within its grade prints "Conforme a / Conforms to"; a batch CSV and the CLI
report both kinds of row with their reasons; the issuer block prints the company address."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from sello.cli import main as cli_main
from sello.core.documents.batch import flatten_record, issue_batch, read_records
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.issuance import DocumentIssuer
from sello.core.documents.spec_checks import OutOfGradeError
from sello.core.documents.validation import InvalidDocumentError
from sello.core.keys.profiles import update_profile
from tests.e2e.conftest import example


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()
    return re.sub(r"\s+", " ", text)


def a36_with_manganese(mn: str) -> dict:
    data = example("mill-test-report")
    data["product"]["standard"], data["product"]["grade"] = "ASTM A36/A36M-19", "A36"
    data["heats"][0]["chemistry"]["mn"] = mn
    return data


def test_manganese_85_percent_issues_nothing(company):
    data = example("mill-test-report")
    data["heats"][0]["chemistry"]["mn"] = "85"
    issuer = DocumentIssuer(company.db, company)
    with pytest.raises(InvalidDocumentError) as info:
        issuer.issue("mill-test-report", data)
    [error] = info.value.errors
    assert error.text("es") == "Colada 1 › Mn: 85 % de Mn es imposible en un acero (intervalo físico de Mn: 0 a 30 %)"
    assert error.text("en") == "Heat 1 › Mn: 85 % Mn is impossible in a steel (physical range of Mn: 0 to 30 %)"
    assert company.db.query_one("SELECT COUNT(*) FROM documents")[0] == 0


def test_out_of_grade_needs_a_confirmation_that_is_audited(company):
    issuer = DocumentIssuer(company.db, company)
    with pytest.raises(OutOfGradeError) as info:
        issuer.issue("mill-test-report", a36_with_manganese("1.45"))
    assert info.value.texts() == {
        "es": "Colada 1 › Mn: 1.45 % está fuera de ASTM A36/A36M (máximo 1.35 %)",
        "en": "Heat 1 › Mn: 1.45 % is outside ASTM A36/A36M (at most 1.35 %)",
    }
    assert company.db.query_one("SELECT COUNT(*) FROM documents")[0] == 0

    issued = issuer.issue("mill-test-report", a36_with_manganese("1.45"), confirm_out_of_grade=True)
    entries = [e for e in company.db.audit_entries(subject=issued.id)]
    assert [e.action for e in entries] == ["confirm-out-of-grade", "issue"]
    confirmation = entries[0].detail
    assert confirmation["matched"] == "ASTM A36/A36M" and confirmation["status"] == "out_of_grade"
    assert confirmation["deviations"] == ["Heat 1 › Mn: 1.45 % is outside ASTM A36/A36M (at most 1.35 %)"]
    assert entries[1].detail["spec"]["conformity_printed"] is False
    ok, _ = company.db.verify_audit_chain()
    assert ok
    text = pdf_text(issued.pdf_path)
    assert "Conforme a" not in text and "Conforms to" not in text


def test_a572_50_within_grade_prints_the_conformity_line_in_both_languages(company):
    issued = DocumentIssuer(company.db, company).issue("mill-test-report", example("mill-test-report"))
    text = pdf_text(issued.pdf_path)
    assert "Conforme a ASTM A572/A572M Gr 50: las 3 coladas cumplen los límites químicos y mecánicos del grado." in text
    assert (
        "Conforms to ASTM A572/A572M Gr 50: all 3 heats meet the chemical and mechanical limits of the grade." in text
    )
    assert [e.action for e in company.db.audit_entries(subject=issued.id)] == ["issue"]
    assert issued.pdf_path.name.startswith("MTR-2024-031187-")  # no doubled "MTR-MTR-" prefix
    # the title says "Mill Test Report" once, on page 1 and in page 2's running header
    assert "(Mill Test Report) Mill Test Report" not in text and "(Mill Test Report) / Mill Test Report" not in text
    assert "Certificado de calidad (Mill Test Report) — Número de certificado MTR-2024-031187" in text


def test_issuer_block_prints_the_address_in_either_spelling(company):
    update_profile(
        company.db,
        company.profile_id,
        address={
            "streetAddress": "Av. Constitución 405",
            "addressLocality": "Monterrey",
            "addressRegion": "N.L.",
            "postalCode": "64000",
            "addressCountry": "MX",
        },
    )
    issued = DocumentIssuer(company.db, company).issue("mill-test-report", example("mill-test-report"))
    text = pdf_text(issued.pdf_path)
    assert "Av. Constitución 405, Monterrey" in text and "N.L., 64000, MX" in text
    entry = company.db.audit_entries(subject=company.profile_id)[-1]
    assert (
        entry.action == "profile.update" and entry.detail["before"]["address"]["street"] == "Av. Industria Pesada 1200"
    )


def _csv(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def test_batch_reports_the_impossible_row_and_the_out_of_grade_row(company, tmp_path):
    good = flatten_record(example("mill-test-report"))
    impossible = {**good, "heats.1.chemistry.mn": "85"}
    out_of_grade = flatten_record(a36_with_manganese("1.45"))
    doctype = get_doctype("mill-test-report")
    records, problems = read_records(_csv([good, impossible, out_of_grade]), doctype, name="batch.csv")
    assert problems == []
    result = issue_batch(DocumentIssuer(company.db, company, out_dir=tmp_path), doctype, records, workers=1)
    assert len(result.issued) == 1 and result.bad_rows == [2, 3]
    report = list(csv.reader(io.StringIO(result.report_csv())))
    assert report[1:] == [
        ["2", "heats[0].chemistry.mn", "85 % Mn is impossible in a steel (physical range of Mn: 0 to 30 %)"],
        [
            "3",
            "heats[0].chemistry.mn",
            "1.45 % is outside ASTM A36/A36M (at most 1.35 %); out of grade, not issued without confirmation",
        ],
    ]
    confirmed = issue_batch(
        DocumentIssuer(company.db, company, out_dir=tmp_path),
        doctype,
        records[2:],
        workers=1,
        confirm_out_of_grade=True,
    )
    assert len(confirmed.issued) == 1 and confirmed.problems == []
    assert company.db.audit_entries(subject=confirmed.issued[0].id)[0].action == "confirm-out-of-grade"


def test_cli_refuses_out_of_grade_until_confirmed(company, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SELLO_KEY_STORE", "file")
    monkeypatch.setenv("SELLO_STORE_PASSPHRASE", "test passphrase")
    data = tmp_path / "a36.json"
    data.write_text(json.dumps([a36_with_manganese("1.45")]))
    out = tmp_path / "out"
    assert cli_main(["issue", "--type", "mill-test-report", "--data", str(data), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "1.45 % is outside ASTM A36/A36M (at most 1.35 %); out of grade" in err
    assert "heats[0].chemistry.mn" in (out / "batch-report.csv").read_text()
    args = ["issue", "--type", "mill-test-report", "--data", str(data), "--out", str(out), "--confirm-out-of-grade"]
    assert cli_main(args) == 0
    assert capsys.readouterr().out.startswith("urn:uuid:")
    assert [e.action for e in company.db.audit_entries()][-2:] == ["confirm-out-of-grade", "issue"]
