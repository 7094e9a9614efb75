"""Verification history: record real verdicts, search them, export them as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from sello.core.credentials.credential import sign_vc_jwt
from sello.core.keys.did import identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.storage.db import Database
from sello.core.verification.history import (
    CSV_COLUMNS,
    count_verifications,
    export_history_csv,
    history_csv,
    record_verification,
    search_verifications,
)
from sello.core.verification.inputs import verifier_context, verify_text
from tests.unit.core.vc_helpers import mill_test_report
from tests.verifier_documents import MILL_NAME, Mill, make_mill, trust_the_mill


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> Mill:
    made = make_mill(tmp_path_factory.mktemp("mill"), print_pdfs=False)
    yield made
    made.close()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    with Database.in_folder(tmp_path / "verifier") as database:
        yield database


def test_records_what_an_officer_searches_for(db: Database, mill: Mill) -> None:
    trust_the_mill(db, mill)
    context = verifier_context(db, online=False)
    green = verify_text(mill.mtr.td1, context=context)
    red = verify_text(mill.forged_mtr.td1, context=context)
    assert (green.color, red.color) == ("green", "red")

    first = record_verification(db, green, source="camera", at="2026-11-02T18:00:00Z")
    second = record_verification(db, red, source="scanner", at="2026-11-02T18:05:00Z")
    assert first.document_id == mill.mtr.signed.credential["id"]
    assert first.title == "MTR-2024-031187" and first.doctype == "mill-test-report"
    assert first.issuer_name == MILL_NAME and first.issuer.startswith("did:key:")
    assert first.summary.startswith("Genuine Mill Test Report from " + MILL_NAME)
    assert second.verdict == "red" and second.summary.startswith("ALTERED")

    assert [r.id for r in search_verifications(db)] == [second.id, first.id]  # newest first
    assert [r.id for r in search_verifications(db, "mtr-2024-031187 ACEROS")] == [second.id, first.id]
    assert [r.id for r in search_verifications(db, "aceros", verdict="red")] == [second.id]
    assert [r.id for r in search_verifications(db, "scanner")] == [second.id]
    assert search_verifications(db, "aceros del sur") == []
    assert search_verifications(db, "%") == [] and search_verifications(db, "_") == []  # no wildcards
    assert count_verifications(db, "aceros") == 2 and count_verifications(db, verdict="green") == 1
    assert len(search_verifications(db, limit=1)) == 1


def test_an_unreadable_credential_is_recorded_without_a_document(db: Database) -> None:
    verdict = verify_text("eyJhbGciOiJub25lIn0.e30.", context=verifier_context(db, online=False))
    assert verdict.color == "red" and verdict.credential is None
    record = record_verification(db, verdict, source="file")
    assert (record.document_id, record.title, record.issuer) == ("", "", "")
    with pytest.raises(ValueError):
        record_verification(db, verdict, source="telepathy")


def test_csv_export_is_complete_and_spreadsheet_safe(db: Database, tmp_path: Path) -> None:
    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "key")
    credential = mill_test_report(did)
    credential["issuer"]["name"] = '=HYPERLINK("http://x")'
    verdict = verify_text(sign_vc_jwt(credential, key, kid), context=verifier_context(db, online=False))
    assert verdict.color == "amber"
    assert verdict.issuer_name == '=HYPERLINK("http://x")'
    record_verification(db, verdict, source="cli", at="2026-11-02T18:00:00Z")

    text = history_csv(search_verifications(db))
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=False))
    assert row["issuer"] == '\'=HYPERLINK("http://x")'  # never a live formula
    assert row["time_utc"] == "2026-11-02T18:00:00Z" and row["source"] == "cli"
    assert row["document_type"] == "Mill Test Report" and row["credential_id"].startswith("urn:uuid:")

    path = tmp_path / "out" / "history.csv"
    assert export_history_csv(db, path, "hyperlink") == 1
    # UTF-8 with a BOM, so spreadsheets read the accents right
    assert path.read_bytes() == b"\xef\xbb\xbf" + text.encode("utf-8")
    assert export_history_csv(db, path, "nothing matches this") == 0
    assert path.read_text(encoding="utf-8-sig").splitlines() == [",".join(CSV_COLUMNS)]
