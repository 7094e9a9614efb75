"""The desk's memory of DID documents: a changed document is kept beside the old one, a
key rotated out still verifies what it signed (amber, with the date it was last seen),
an unreachable website with nothing saved is "cannot confirm", never red."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from sello.core.credentials.checks import verify_vc_jwt
from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.keys.did import DidResolutionError, DidResolver, did_web_document, web_method_id
from sello.core.keys.keypair import generate_key
from sello.core.storage.db import Database
from sello.core.trust.did_cache import document_versions
from sello.core.trust.webresolve import HttpsFetcher, WebDidResolver

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def db(tmp_path):
    with Database.in_folder(tmp_path / "desk") as database:
        yield database


def publish(server, keys) -> None:
    path = server.docroot / ".well-known" / "did.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(did_web_document(server.did, [k.public for k in keys])))


def signed_by(server, key) -> str:
    credential = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"], "heatNumber": "H26-7781"},
        issuer={"id": server.did, "name": "Aceros del Norte"},
        valid_from=NOW - timedelta(days=1),
    )
    return sign_vc_jwt(credential, key, web_method_id(server.did, key.public))


def test_a_key_removed_from_the_website_still_verifies_what_it_signed(https_server, test_ca, db):
    old, new = generate_key(), generate_key()
    publish(https_server, [old])
    fetcher = HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5)
    resolver = DidResolver(web_resolver=WebDidResolver(db, fetcher))
    token = signed_by(https_server, old)
    first = verify_vc_jwt(token, resolver=resolver, now=NOW)
    assert first.check("issuer_key").outcome == "passed" and first.check("signature").outcome == "passed"

    publish(https_server, [new])  # the mill rotated and (wrongly) dropped the old key from did.json
    later = verify_vc_jwt(token, resolver=resolver, now=NOW)
    assert later.ok and later.color == "amber"
    assert later.check("signature").outcome == "passed"
    key_check = later.check("issuer_key")
    assert (key_check.outcome, key_check.code) == ("warning", "issuer_key.former_key")
    assert "replaced" in key_check.message["en"] and "reemplazada" in key_check.message["es"]
    versions = document_versions(db, https_server.did)  # both documents kept, newest first
    assert len(versions) == 2
    assert [m["publicKeyJwk"] for m in versions[0][0]["verificationMethod"]] == [new.public_jwk]
    assert verify_vc_jwt(signed_by(https_server, new), resolver=resolver, now=NOW).check("issuer_key").code == (
        "issuer_key.web"
    )

    stranger = generate_key()  # a key never published is still refused: red
    forged = verify_vc_jwt(signed_by(https_server, stranger), resolver=resolver, now=NOW)
    assert forged.color == "red" and forged.check("issuer_key").code == "issuer_key.unknown_key"


def test_unreachable_website_with_nothing_saved_cannot_be_confirmed(https_server, test_ca, db):
    key = generate_key()
    token = signed_by(https_server, key)  # nothing published: HTTP 404
    fetcher = HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5)
    for web in (WebDidResolver(db, fetcher), WebDidResolver(db, None), WebDidResolver(db, HttpsFetcher(deadline=5))):
        with pytest.raises(DidResolutionError) as info:
            web(https_server.did)
        assert info.value.code == "unavailable"
        verdict = verify_vc_jwt(token, resolver=DidResolver(web_resolver=web), now=NOW)
        assert verdict.color == "blue" and verdict.check("issuer_key").outcome == "unavailable"
    # TLS failure (the system CAs do not trust the test CA) is not proof either
    assert "certificate" in verdict.check("issuer_key").evidence["reason"]


def test_an_old_saved_copy_is_amber_past_the_desks_limit(https_server, test_ca, db):
    key = generate_key()
    publish(https_server, [key])
    clock = [NOW]
    fetcher = HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5, clock=lambda: clock[0])
    WebDidResolver(db, fetcher, clock=lambda: clock[0])(https_server.did)
    token = signed_by(https_server, key)
    for days, outcome, code in ((29, "passed", "issuer_key.cache_age"), (31, "warning", "issuer_key.cache_stale")):
        clock[0] = NOW + timedelta(days=days)
        offline = DidResolver(web_resolver=WebDidResolver(db, None, clock=lambda: clock[0]))
        verdict = verify_vc_jwt(token, resolver=offline, now=clock[0])
        key_check = verdict.check("issuer_key")
        assert (key_check.outcome, key_check.code) == (outcome, code) and f"{days} days" in key_check.message["en"]
        assert verdict.ok  # an old copy is a caveat, never red
    limit = DidResolver(web_resolver=WebDidResolver(db, None, clock=lambda: clock[0], max_age=timedelta(days=60)))
    assert verify_vc_jwt(token, resolver=limit, now=clock[0]).check("issuer_key").code == "issuer_key.cache_age"
