"""The one-page PDF report of a verdict, and the views it shares with the window."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from sello.core.storage.db import Database
from sello.core.verification.inputs import document_type_namer, verifier_context, verify_text
from sello.core.verification.report import REPORT_ATTACHMENT, ReportInput, render_verdict_report, verdict_json
from sello.core.verification.view import check_views, display_value, document_content, evidence_lines
from tests.verifier_documents import FORGED_HEAT, GENUINE_HEAT, MILL_NAME, Mill, make_mill, trust_the_mill

VERIFIED_AT = datetime(2026, 11, 2, 18, 0, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> Mill:
    made = make_mill(tmp_path_factory.mktemp("mill"), print_pdfs=False)
    yield made
    made.close()


@pytest.fixture
def trusted(tmp_path: Path, mill: Mill):
    with Database.in_folder(tmp_path / "verifier") as db:
        trust_the_mill(db, mill)
        yield verifier_context(db, online=False)


def pdf_text_and_attachment(pdf: bytes) -> tuple[int, str, dict]:
    document = pdfium.PdfDocument(pdf)
    try:
        text = "".join(page.get_textpage().get_text_range() for page in document)
        attachments = {
            document.get_attachment(i).get_name(): bytes(document.get_attachment(i).get_data())
            for i in range(document.count_attachments())
        }
        return len(document), text, json.loads(attachments[REPORT_ATTACHMENT])
    finally:
        document.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_green_report_is_one_page_with_checks_key_values_and_the_verdict_attached(mill, trusted, lang) -> None:
    verdict = verify_text(mill.mtr.td1, context=trusted)
    assert verdict.color == "green"
    pdf = render_verdict_report(
        verdict,
        lang=lang,
        info=ReportInput("camera", "", VERIFIED_AT, "Sello test desk"),
        type_name=document_type_namer(),
    )
    pages, text, attached = pdf_text_and_attachment(pdf)
    assert pages == 1
    assert verdict.summary(lang, document_type_namer()) in " ".join(text.split())
    assert ("GENUINE" if lang == "en" else "AUTÉNTICO") in text
    for needle in (
        GENUINE_HEAT,
        "A24-11874",
        "A24-11880",
        "7208.51.0060",
        "29,633 kg",
        MILL_NAME,
        "2026-11-02 18:00:05 UTC",
        "Sello test desk",
    ):
        assert needle in text, needle
    assert ("Heat number" if lang == "en" else "Número de colada") in text
    assert ("Country of melt and pour" if lang == "en" else "País de fusión y vaciado") in text
    assert ("Trust list" if lang == "en" else "Lista de confianza") in text and "CANACERO" in text
    assert attached["color"] == "green" and attached["vc_jwt"] == mill.mtr.vc_jwt
    assert attached["verified_at"] == "2026-11-02T18:00:05Z" and attached["source"] == "camera"


def test_red_report_of_a_forged_copy_says_why(mill, trusted) -> None:
    verdict = verify_text(mill.forged_mtr.td1, context=trusted)
    pdf = render_verdict_report(verdict, lang="en", info=ReportInput("scanner", verified_at=VERIFIED_AT))
    pages, text, attached = pdf_text_and_attachment(pdf)
    assert pages == 1 and "DO NOT ACCEPT" in text and "ALTERED: signature does not match" in text
    assert FORGED_HEAT in text and attached["color"] == "red"
    assert attached["checks"][1] == {
        **attached["checks"][1],
        "name": "signature",
        "outcome": "failed",
        "code": "signature.mismatch",
    }


@pytest.mark.parametrize("lang", ["en", "es"])
def test_cannot_confirm_report_names_the_next_step(tmp_path, lang) -> None:
    """A did:web document on a desk that is offline and new: the report says "cannot
    confirm" with the remedy, in its own colour, and the attached JSON carries the state."""
    from sello.core.documents.issuance import DocumentIssuer
    from sello.core.keys.manager import KeyManager
    from sello.core.keys.profiles import create_profile
    from sello.core.keys.sealedbox import KdfParams
    from sello.core.keys.store import EncryptedFileStore
    from tests.e2e.conftest import example

    with Database.in_folder(tmp_path / "mill") as mill_db, Database.in_folder(tmp_path / "desk") as desk:
        profile = create_profile(mill_db, MILL_NAME, web_domain="acerosdelnorte.mx")
        store = EncryptedFileStore(tmp_path / "k.store", "test passphrase", kdf=KdfParams.minimum())
        manager = KeyManager(mill_db, profile.id, store)
        manager.create_key("ES384", "web", "acerosdelnorte.mx")
        td1 = DocumentIssuer(mill_db, manager).sign("mill-test-report", example("mill-test-report")).td1
        verdict = verify_text(td1, context=verifier_context(desk, online=False))
    assert verdict.color == "blue"
    pdf = render_verdict_report(verdict, lang=lang, info=ReportInput("scanner", verified_at=VERIFIED_AT))
    pages, text, attached = pdf_text_and_attachment(pdf)
    flat = " ".join(text.split())
    assert pages == 1 and ("CANNOT CONFIRM —" if lang == "en" else "NO SE PUEDE CONFIRMAR —") in flat
    assert " ".join(verdict.remedy(lang).split()) in flat
    assert (attached["color"], attached["state"]) == ("blue", "cannot_confirm")
    assert attached["remedy"][lang] == verdict.remedy(lang)


def test_a_verdict_without_a_credential_still_reports() -> None:
    verdict = verify_text("eyJhbGciOiJub25lIn0.e30.", context=verifier_context(None))
    pages, text, attached = pdf_text_and_attachment(render_verdict_report(verdict, lang="es"))
    assert pages == 1 and "NO ACEPTAR" in text and attached["credential"] is None


def test_views_show_evidence_and_emphasize_what_to_compare(mill, trusted) -> None:
    verdict = verify_text(mill.packing_list.td1, context=trusted)  # Ed25519
    assert verdict.color == "green"
    views = {v.name: v for v in check_views(verdict, "en", VERIFIED_AT)}
    assert list(views) == ["format", "signature", "issuer_key", "dates", "status", "trust"]
    signature = {e.label: e.value for e in views["signature"].evidence}
    assert signature["Algorithm"] == "EdDSA" and signature["Key"].startswith("did:key:z6Mk")
    key = {e.label: e.value for e in views["issuer_key"].evidence}
    assert key["Source"].startswith("contained in the issuer's DID") and key["Key type"] == "Ed25519"
    status = {e.label: e.value for e in views["status"].evidence}
    assert status["Source"] == "imported trust bundle" and status["Age of the status data"]
    trust = {e.label: e.value for e in check_views(verdict, "es", VERIFIED_AT)[5].evidence}
    assert trust["Nombre registrado"] == MILL_NAME and trust["Operador de la lista"] == "CANACERO"

    content = document_content(verdict.credential, "es")
    assert content.known_type and content.type_name.startswith("Lista de empaque")
    emphasized = {(row.label, row.value) for row in content.emphasized}
    labels = {label for label, _ in emphasized}
    assert {"Fracción arancelaria (HS/HTS)", "Número de colada", "Peso bruto total"} <= labels
    assert all(row.value for section in content.sections for row in section.rows)


def test_status_age_and_unknown_types_are_shown(mill) -> None:
    from sello.core.credentials.issuer_key import local_time
    from sello.core.credentials.verdict import make_check

    check = make_check(
        "status",
        "warning",
        "status.stale",
        {"source": "cache", "as_of": "2026-10-30T18:00:00Z", "statusListIndex": "7"},
        date="2026-10-30",
        age={"en": "3 days", "es": "3 días"},
        source={"en": "x", "es": "x"},
    )
    lines = {e.label: e.value for e in evidence_lines(check, "en", VERIFIED_AT)}
    assert lines == {
        "Source": "saved copy",
        "Status as of": local_time("2026-10-30T18:00:00Z"),  # in the officer's time zone
        "Age of the status data": "3 days",
        "Index in the list": "7",
    }

    credential = {
        "type": ["VerifiableCredential", "SteelCoilCertificate"],
        "issuer": {"id": "did:web:x.example"},
        "credentialSubject": {"coil": {"id": "C-1", "weight": 12}, "type": "Coil"},
    }
    content = document_content(credential, "en")
    assert not content.known_type and content.type_name == "Steel Coil Certificate"
    assert [(r.label, r.value) for r in content.sections[1].rows] == [("coil.id", "C-1"), ("coil.weight", "12")]


def test_display_values_follow_the_language() -> None:
    from sello.core.documents.doctypes import get_doctype

    mtr = get_doctype("mill-test-report")
    country = mtr.field_ref("heats[].country_of_melt_and_pour").field
    weight = mtr.field_ref("heats[].net_weight").field
    assert display_value(country, "MX", "es") == "México (MX)" and display_value(country, "MX", "en") == "Mexico (MX)"
    assert display_value(weight, "29633", "en") == "29,633 kg"


def test_verdict_json_adds_time_and_source(mill) -> None:
    verdict = verify_text(mill.mtr.td1, context=verifier_context(None))
    data = verdict_json(verdict, source="file", verified_at=VERIFIED_AT + timedelta(hours=1))
    assert data["verified_at"] == "2026-11-02T19:00:05Z" and data["source"] == "file"
    assert data["summary"]["es"].startswith("Firma válida")
