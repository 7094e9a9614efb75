"""The did:web publishing kit, checking the live website, and the whole journey:
mill publishes -> verifier green -> mill revokes and republishes -> red -> offline."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from sello.core.credentials.checks import verify_vc_jwt
from sello.core.errors import InputError
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.storage.db import Database
from sello.core.trust.lists import TrustedIssuer, import_trust_list, new_trust_list, sign_trust_list, with_issuer
from sello.core.trust.operators import trust_operator
from sello.core.trust.publish import README_NAME, check_website, publish_kit
from sello.core.trust.statuslist import revoke
from sello.core.trust.webresolve import HttpsFetcher
from sello.core.verification.context import verification_sources
from tests.unit.core.trust_helpers import NOW, ManualClock, issue_document, make_company


@pytest.fixture
def mill_db(tmp_path):
    with Database.in_folder(tmp_path / "mill") as database:
        yield database


@pytest.fixture
def mill(mill_db, tmp_path, https_server):
    return make_company(mill_db, tmp_path / "keys", domain=https_server.host)


@pytest.fixture
def fetcher(test_ca):
    return HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5)


def test_kit_has_did_json_status_lists_and_a_bilingual_readme(mill, https_server, tmp_path):
    issue_document(mill)
    kit = tmp_path / "kit"
    files = publish_kit(mill.db, mill.profile.id, mill.manager, kit, now=NOW)
    assert [p.relative_to(kit).as_posix() for p in files] == [
        ".well-known/did.json",
        ".well-known/status/1",
        README_NAME,
    ]
    document = json.loads(files[0].read_text())
    assert document["id"] == mill.did and document["assertionMethod"] == [mill.key.kid]
    assert files[1].read_text().count(".") == 2  # a compact JWS
    readme = files[2].read_text()
    assert "ESPAÑOL" in readme and "ENGLISH" in readme
    assert f"https://{https_server.host}/.well-known/did.json" in readme
    assert f"https://{https_server.host}/.well-known/status/1" in readme
    assert not list(kit.rglob("*.part"))  # atomic writes leave no temporary files
    assert mill.db.audit_entries(subject=mill.profile.id)[-1].action == "publish.kit"


def test_kit_needs_a_did_web_identifier(mill_db, tmp_path):
    company = make_company(mill_db, tmp_path, did_method="key")
    with pytest.raises(InputError, match="no did:web identifier"):
        publish_kit(mill_db, company.profile.id, company.manager, tmp_path / "kit")


def test_check_website_reports_exactly_what_differs(mill, https_server, fetcher):
    doc_id, _ = issue_document(mill)
    assert [str(d) for d in check_website(mill.db, mill.profile.id, mill.manager, fetcher=fetcher, now=NOW)] == [
        f"https://{https_server.host}/.well-known/did.json: cannot be fetched: https://{https_server.host}"
        "/.well-known/did.json answered HTTP 404 (not found: is the file uploaded?).",
        f"https://{https_server.host}/.well-known/status/1: cannot be fetched: https://{https_server.host}"
        "/.well-known/status/1 answered HTTP 404 (not found: is the file uploaded?).",
    ]
    publish_kit(mill.db, mill.profile.id, mill.manager, https_server.docroot, now=NOW)
    assert check_website(mill.db, mill.profile.id, mill.manager, fetcher=fetcher, now=NOW) == []
    revoke(mill.db, doc_id, "wrong heat")
    new_key = mill.manager.rotate(mill.key.id)
    differences = check_website(mill.db, mill.profile.id, mill.manager, fetcher=fetcher, now=NOW)
    assert [d.problem for d in differences] == [
        f"is missing the key {new_key.kid} (upload the new did.json)",
        "is out of date (signed 2026-11-02T18:00:00Z): 1 revocation(s) not published yet "
        f"({doc_id}); upload the new status list",
    ]
    publish_kit(mill.db, mill.profile.id, mill.manager, https_server.docroot, now=NOW)
    assert check_website(mill.db, mill.profile.id, mill.manager, fetcher=fetcher, now=NOW) == []
    stranger = generate_key()
    document = json.loads((https_server.docroot / ".well-known" / "did.json").read_text())
    document["verificationMethod"].append(
        {
            "id": f"{mill.did}#{stranger.key_id}",
            "type": "JsonWebKey",
            "controller": mill.did,
            "publicKeyJwk": stranger.public_jwk,
        }
    )
    (https_server.docroot / ".well-known" / "did.json").write_text(json.dumps(document))
    assert [d.problem for d in check_website(mill.db, mill.profile.id, mill.manager, fetcher=fetcher, now=NOW)] == [
        f"lists a key this computer does not have: {mill.did}#{stranger.key_id}"
    ]


def test_journey_publish_verify_revoke_offline_and_rotate(mill, https_server, test_ca, tmp_path):
    """Mill publishes its kit to the web server's folder; a border desk (its own database)
    verifies online, then after revocation, then offline; key rotation keeps old documents valid."""
    clock = ManualClock(NOW)
    desk_fetcher = HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5, clock=clock)
    chamber = generate_key("EdDSA")
    chamber_did, chamber_kid = identifiers_for_key(chamber.public, "key")
    trust_list = with_issuer(
        new_trust_list("Acero mexicano confiable"),
        TrustedIssuer(mill.did, "Aceros del Norte, S.A. de C.V.", "ADN980312AB1", "MX", ("mill",)),
    )
    list_token = sign_trust_list(
        trust_list,
        chamber,
        chamber_kid,
        operator_name="CANACERO",
        valid_from=NOW - timedelta(days=1),
        valid_until=NOW + timedelta(days=365),
    )
    with Database.in_folder(tmp_path / "desk") as desk:
        trust_operator(desk, chamber_did, "CANACERO", DidResolver())
        import_trust_list(desk, list_token, NOW)

        def verify(token, online=True):
            resolver, status, trust = verification_sources(desk, online, fetcher=desk_fetcher, clock=clock)
            return verify_vc_jwt(token, resolver=resolver, now=clock(), status=status, trust=trust)

        doc_id, token = issue_document(mill)
        publish_kit(mill.db, mill.profile.id, mill.manager, https_server.docroot, now=clock())
        green = verify(token)
        assert green.color == "green", [c.to_json() for c in green.checks]
        assert green.summary("en").startswith("Genuine Mill Test Report from Aceros del Norte")

        # rotation: the new key signs new documents; the old key's documents still verify
        new_key = mill.manager.rotate(mill.key.id)
        new_id, new_token = issue_document(mill)
        assert new_token != token and mill.manager.default_key().id == new_key.id
        publish_kit(mill.db, mill.profile.id, mill.manager, https_server.docroot, now=clock())
        clock.advance(minutes=10)
        assert verify(new_token).color == "green"
        again = verify(token)
        assert again.color == "green" and again.check("issuer_key").evidence["kid"] == mill.key.kid

        # revocation reaches the desk once the mill republishes and the desk refreshes
        revoke(mill.db, doc_id, "wrong heat number")
        publish_kit(mill.db, mill.profile.id, mill.manager, https_server.docroot, now=clock())
        clock.advance(minutes=10)
        red = verify(token)
        assert red.color == "red" and red.summary("en").startswith("REVOKED")
        assert verify(new_token).color == "green"

        # offline: the saved copies decide, with their date
        clock.advance(hours=2)
        offline_red = verify(token, online=False)
        assert offline_red.color == "red" and "as of 2026-11-02 18:20 UTC" in offline_red.check("status").message["en"]
        offline_ok = verify(new_token, online=False)
        assert offline_ok.color == "green" and offline_ok.check("status").code == "status.valid_as_of"
        clock.advance(days=2)
        assert verify(new_token, online=False).color == "amber"  # stale revocation data is never green
