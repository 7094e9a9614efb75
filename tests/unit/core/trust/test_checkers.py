"""Revocation status and trust checks against a real HTTPS website (test CA), one rule per test."""

from __future__ import annotations

import json

import pytest

from sello.core.credentials.checks import verify_vc_jwt
from sello.core.credentials.credential import sign_vc_jwt
from sello.core.keys.did import did_web_document
from sello.core.keys.keypair import generate_key
from sello.core.storage.db import Database
from sello.core.trust.publish import publish_kit
from sello.core.trust.statuslist import build_status_list_credential, revoke, with_bit
from sello.core.trust.webresolve import HttpsFetcher
from sello.core.verification.context import verification_sources
from tests.unit.core.trust_helpers import NOW, ManualClock, issue_document, make_company


@pytest.fixture
def mill_db(tmp_path):
    with Database.in_folder(tmp_path / "mill") as database:
        yield database


@pytest.fixture
def verifier_db(tmp_path):
    with Database.in_folder(tmp_path / "verifier") as database:
        yield database


@pytest.fixture
def clock():
    return ManualClock(NOW)


@pytest.fixture
def mill(mill_db, tmp_path, https_server):
    return make_company(mill_db, tmp_path / "keys", domain=https_server.host)


@pytest.fixture
def verify(verifier_db, test_ca, clock):
    """verify(token, online=True) with the verifier's own database and the test CA."""
    fetcher = HttpsFetcher(ssl_context=test_ca.client_context(), clock=clock, deadline=5)

    def run(token, online=True, db=verifier_db):
        resolver, status, trust = verification_sources(db, online, fetcher=fetcher, clock=clock)
        return verify_vc_jwt(token, resolver=resolver, now=clock(), status=status, trust=trust)

    return run


def publish(mill, https_server):
    return publish_kit(mill.db, mill.profile.id, mill.manager, https_server.docroot, now=NOW)


def serve_list(https_server, mill, credential_bits, *, purpose="revocation", key=None, kid=None, issuer=None):
    """Replace the published status list with a hand-made one."""
    url = f"{https_server.base_url}/.well-known/status/1"
    credential = build_status_list_credential(
        url, {"id": issuer or mill.did, "name": "x"}, credential_bits, NOW, purpose=purpose
    )
    token = sign_vc_jwt(credential, key or mill.manager.load_private(mill.key.id), kid or mill.key.kid)
    https_server.respond("/.well-known/status/1", token.encode(), content_type="text/plain")


def test_live_list_not_revoked_is_passed(mill, https_server, verify):
    _, token = issue_document(mill)
    publish(mill, https_server)
    verdict = verify(token)
    status = verdict.check("status")
    assert (status.outcome, status.code, status.evidence["source"]) == ("passed", "status.valid", "web")
    assert verdict.check("issuer_key").code == "issuer_key.web"
    assert verdict.color == "amber" and verdict.check("trust").code == "trust.not_listed"
    assert "/.well-known/status/1" in https_server.requests


def test_revoked_is_red_after_the_next_refresh(mill, https_server, verify, clock):
    doc_id, token = issue_document(mill)
    publish(mill, https_server)
    assert verify(token).check("status").outcome == "passed"
    revoke(mill.db, doc_id, "wrong heat number")
    publish(mill, https_server)
    assert verify(token).check("status").outcome == "passed"  # a list fetched < 5 min ago is reused
    clock.advance(minutes=6)
    verdict = verify(token)
    assert verdict.color == "red" and verdict.check("status").code == "status.revoked"
    assert verdict.summary("en").startswith("REVOKED: the issuer revoked this document (status list as of 2026-11-02")
    assert verdict.summary("es").startswith("REVOCADO: el emisor revocó este documento")


def test_offline_uses_the_saved_list_with_its_date_then_turns_stale(mill, https_server, verify, clock):
    doc_id, token = issue_document(mill)
    revoked_id, revoked_token = issue_document(mill)
    revoke(mill.db, revoked_id, "duplicate")
    publish(mill, https_server)
    verify(token)  # online once: DID document and status list saved
    clock.advance(hours=3)
    offline = verify(token, online=False)
    status = offline.check("status")
    assert (status.outcome, status.code, status.evidence["source"]) == ("passed", "status.valid_as_of", "cache")
    assert status.message["en"] == "Not revoked as of 2026-11-02 18:00 UTC (saved copy)."
    assert offline.check("issuer_key").code == "issuer_key.cache_age"  # the saved copy, with its age
    assert verify(revoked_token, online=False).check("status").code == "status.revoked"
    clock.advance(hours=22)
    stale = verify(token, online=False).check("status")
    assert (stale.outcome, stale.code) == ("warning", "status.stale")
    assert "1 day old" in stale.message["en"]
    revoked_stale = verify(revoked_token, online=False)  # revocation is irreversible: old data still says red
    assert revoked_stale.color == "red" and revoked_stale.check("status").code == "status.revoked"


def test_unreachable_list_without_a_copy_is_a_warning(mill, https_server, verify):
    _, token = issue_document(mill)
    publish(mill, https_server)
    (https_server.docroot / ".well-known" / "status" / "1").unlink()
    status = verify(token).check("status")
    assert (status.outcome, status.code) == ("warning", "status.unavailable")
    assert "HTTP 404" in status.message["en"]


def test_website_down_falls_back_to_the_saved_list(mill, https_server, verify, clock):
    _, token = issue_document(mill)
    publish(mill, https_server)
    verify(token)
    clock.advance(minutes=30)
    https_server.respond("/.well-known/status/1", b"busy", status=503)
    status = verify(token).check("status")
    assert (status.outcome, status.code, status.evidence["source"]) == ("passed", "status.valid_as_of", "cache")
    assert "HTTP 503" in status.evidence["note"]


def test_list_signed_by_another_issuer_is_refused(mill, https_server, verify):
    _, token = issue_document(mill)
    publish(mill, https_server)
    with Database.in_folder(https_server.docroot.parent / "stranger") as stranger_db:
        stranger = make_company(
            stranger_db, https_server.docroot.parent / "stranger-keys", did_method="key", name="Otra SA"
        )
        serve_list(
            https_server,
            mill,
            bytes(16_384),
            key=stranger.manager.load_private(stranger.key.id),
            kid=stranger.key.kid,
            issuer=stranger.did,
        )
    status = verify(token).check("status")
    assert (status.outcome, status.code) == ("warning", "status.list_invalid")
    assert f"signed by {stranger.did}, not by the document's issuer {mill.did}" in status.message["en"]


def test_list_claiming_the_issuer_but_signed_with_a_foreign_key_is_refused(mill, https_server, verify):
    _, token = issue_document(mill)
    publish(mill, https_server)
    foreign = generate_key()
    serve_list(https_server, mill, bytes(16_384), key=foreign, kid=f"{mill.did}#{foreign.key_id}")
    status = verify(token).check("status")
    assert status.code == "status.list_invalid"
    assert f"publishes no key {mill.did}#{foreign.key_id}" in status.message["en"]


def test_list_too_short_is_refused(mill, https_server, verify):
    _, token = issue_document(mill)
    publish(mill, https_server)
    serve_list(https_server, mill, bytes(8_192))
    status = verify(token).check("status")
    assert status.code == "status.list_invalid" and "only 65,536 entries" in status.message["en"]


def test_list_for_another_purpose_is_refused(mill, https_server, verify):
    _, token = issue_document(mill)
    publish(mill, https_server)
    serve_list(https_server, mill, with_bit(bytes(16_384), 5), purpose="suspension")
    status = verify(token).check("status")
    assert status.code == "status.list_invalid" and "“suspension”, not “revocation”" in status.message["en"]


def test_did_document_without_the_signing_key_is_red(mill, https_server, verify):
    _, token = issue_document(mill)
    publish(mill, https_server)
    other = generate_key()
    (https_server.docroot / ".well-known" / "did.json").write_text(
        json.dumps(did_web_document(mill.did, [other.public]))
    )
    verdict = verify(token)
    assert verdict.color == "red" and verdict.check("issuer_key").code == "issuer_key.unknown_key"
    assert verdict.check("status").code == "not_checked.untrusted"


def test_the_mill_checks_its_own_documents_from_its_own_list(mill, verify):
    doc_id, token = issue_document(mill)
    own = verify(token, online=False, db=mill.db)
    assert own.check("issuer_key").code == "issuer_key.local"
    assert own.check("status").evidence["source"] == "local" and own.check("status").outcome == "passed"
    revoke(mill.db, doc_id, "customer cancelled")
    assert verify(token, online=False, db=mill.db).check("status").code == "status.revoked"


def test_credential_without_status_and_unsupported_entries(mill, https_server, verify):
    _, plain = issue_document(mill, with_status=False)
    publish(mill, https_server)
    assert verify(plain).check("status").code == "status.none"
    key = mill.manager.load_private(mill.key.id)
    from sello.core.credentials.credential import build_credential
    from tests.unit.core.trust_helpers import ISSUED

    odd = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"]},
        issuer={"id": mill.did, "name": "x"},
        valid_from=ISSUED,
        status={"type": "StatusList2021Entry", "statusListIndex": "1"},
    )
    status = verify(sign_vc_jwt(odd, key, mill.key.kid)).check("status")
    assert (status.outcome, status.code) == ("warning", "status.unsupported")
    bad = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"]},
        issuer={"id": mill.did, "name": "x"},
        valid_from=ISSUED,
        status={
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "-3",
            "statusListCredential": "x",
        },
    )
    assert verify(sign_vc_jwt(bad, key, mill.key.kid)).check("status").code == "status.list_invalid"
