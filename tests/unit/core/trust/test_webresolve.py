"""did:web resolution over a real HTTPS server with a test CA, including hostile servers."""

from __future__ import annotations

import json
import ssl
from datetime import UTC, datetime, timedelta

import pytest

from sello.core.keys.did import DidResolutionError, DidResolver, did_web_document
from sello.core.keys.keypair import Algorithm, generate_key
from sello.core.storage.db import Database
from sello.core.trust.webresolve import HttpsFetcher, WebDidResolver, WebFetchError, cached_did_document

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    with Database.in_folder(tmp_path / "data") as database:
        yield database


def fetcher_for(test_ca, **kwargs) -> HttpsFetcher:
    kwargs.setdefault("deadline", 5.0)
    return HttpsFetcher(ssl_context=test_ca.client_context(), **kwargs)


def publish(server, keys) -> dict:
    document = did_web_document(server.did, [k.public for k in keys])
    path = server.docroot / ".well-known" / "did.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))
    return document


def test_resolves_did_web_with_port_over_verified_tls_and_caches(https_server, test_ca, db):
    es, ed = generate_key(Algorithm.ES384), generate_key(Algorithm.EDDSA)
    publish(https_server, [es, ed])
    resolver = DidResolver(web_resolver=WebDidResolver(db, fetcher_for(test_ca), clock=lambda: NOW))
    resolved = resolver.resolve(https_server.did)
    assert resolved.source == "web"
    assert https_server.requests == ["/.well-known/did.json"]
    assert {m.public_key.key_id for m in resolved.methods.values()} == {es.key_id, ed.key_id}
    method, _ = resolver.resolve_assertion_key(f"{https_server.did}#{ed.key_id}", https_server.did)
    assert method.public_key.jwk == ed.public_jwk
    cached = cached_did_document(db, https_server.did)
    assert cached is not None and cached.source == "web" and cached.document["id"] == https_server.did


def test_system_default_cas_do_not_trust_the_test_ca(https_server):
    publish(https_server, [generate_key()])
    with pytest.raises(WebFetchError, match="certificate of localhost could not be verified") as info:
        HttpsFetcher(deadline=5).fetch(f"{https_server.base_url}/.well-known/did.json")
    assert not info.value.unreachable


def test_fetcher_refuses_unverified_contexts_and_plain_http(test_ca):
    loose = ssl.create_default_context()
    loose.check_hostname = False
    loose.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="verifies certificates"):
        HttpsFetcher(ssl_context=loose)
    with pytest.raises(WebFetchError, match="Only https://"):
        fetcher_for(test_ca).fetch("http://localhost/.well-known/did.json")


def test_changed_document_reports_added_and_removed_keys(https_server, test_ca, db):
    old, new = generate_key(), generate_key(Algorithm.EDDSA)
    publish(https_server, [old])
    web = WebDidResolver(db, fetcher_for(test_ca), clock=lambda: NOW)
    assert web(https_server.did).notes == ()
    publish(https_server, [new])
    notes = web(https_server.did).notes
    assert notes == (
        f"Key added since the last check: {https_server.did}#{new.key_id}",
        f"Key removed since the last check: {https_server.did}#{old.key_id}",
    )


def test_unreachable_site_falls_back_to_cache_with_its_age(https_server, test_ca, db):
    key = generate_key()
    publish(https_server, [key])
    clock = [NOW]
    web = WebDidResolver(db, fetcher_for(test_ca, clock=lambda: clock[0]), clock=lambda: clock[0])
    web(https_server.did)
    (https_server.docroot / ".well-known" / "did.json").unlink()  # site now answers 404
    clock[0] = NOW + timedelta(days=2, hours=3)
    resolved = web(https_server.did)
    assert resolved.source == "cache" and resolved.fetched_at == "2025-06-01T12:00:00Z"
    assert "HTTP 404" in resolved.notes[0] and "(2 days old)" in resolved.notes[0]
    offline = WebDidResolver(db, None, clock=lambda: clock[0])(https_server.did)
    assert offline.source == "cache" and offline.notes[0].startswith("Offline; using the copy fetched on")


def test_offline_without_cache_says_what_to_do(db):
    with pytest.raises(DidResolutionError, match="import a trust bundle"):
        WebDidResolver(db, None)("did:web:example.com")


def test_redirect_to_another_host_is_refused(https_server, test_ca, db):
    https_server.redirect("/.well-known/did.json", "https://127.0.0.1:1/evil.json")
    with pytest.raises(WebFetchError, match=r"redirects to another host \(127\.0\.0\.1:1\).*refused"):
        fetcher_for(test_ca).fetch(f"{https_server.base_url}/.well-known/did.json")
    with pytest.raises(DidResolutionError, match="redirects to another host"):
        WebDidResolver(db, fetcher_for(test_ca))(https_server.did)


def test_redirect_within_the_same_host_is_followed(https_server, test_ca):
    key = generate_key()
    document = publish(https_server, [key])
    https_server.redirect("/.well-known/did.json", "/.well-known/moved/did.json")
    (https_server.docroot / ".well-known" / "moved").mkdir()
    (https_server.docroot / ".well-known" / "moved" / "did.json").write_text(json.dumps(document))
    fetched = fetcher_for(test_ca).fetch(f"{https_server.base_url}/.well-known/did.json")
    assert fetched.url.endswith("/.well-known/moved/did.json") and json.loads(fetched.body) == document


def test_redirect_to_plain_http_is_refused(https_server, test_ca):
    https_server.redirect("/x", f"http://localhost:{https_server.port}/x")
    with pytest.raises(WebFetchError, match="non-HTTPS"):
        fetcher_for(test_ca).fetch(f"{https_server.base_url}/x")


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "streamed"])
def test_oversized_response_is_refused_while_reading(https_server, test_ca, declared):
    https_server.respond("/big.json", b"[" + b"0," * 200_000 + b"0]", content_length=declared)
    with pytest.raises(WebFetchError, match="262,144 bytes allowed"):
        fetcher_for(test_ca).fetch(f"{https_server.base_url}/big.json")


def test_slow_drip_server_is_cut_off_by_the_deadline(https_server, test_ca):
    https_server.drip("/slow.json", interval=0.05)
    fetcher = fetcher_for(test_ca, read_timeout=0.5, deadline=1.0)
    with pytest.raises(WebFetchError, match="took longer than 1 s") as info:  # the deadline fired, not the server
        fetcher.fetch(f"{https_server.base_url}/slow.json")
    assert info.value.unreachable


def test_non_json_and_wrong_id_are_refused(https_server, test_ca, db):
    web = WebDidResolver(db, fetcher_for(test_ca))
    https_server.respond("/.well-known/did.json", b"<html>hello</html>", content_type="text/html")
    with pytest.raises(DidResolutionError, match=r"is not JSON \(text/html\)"):
        web(https_server.did)
    other = did_web_document("did:web:example.com", [generate_key().public])
    https_server.respond("/.well-known/did.json", json.dumps(other).encode(), content_type="text/plain")
    with pytest.raises(DidResolutionError, match="id 'did:web:example.com' is not did:web:localhost"):
        web(https_server.did)


def test_json_with_any_content_type_is_accepted(https_server, test_ca, db):
    document = did_web_document(https_server.did, [generate_key().public])
    https_server.respond("/.well-known/did.json", json.dumps(document).encode(), content_type="text/plain")
    assert WebDidResolver(db, fetcher_for(test_ca))(https_server.did).source == "web"


def test_connection_refused_is_unreachable(test_ca):
    with pytest.raises(WebFetchError, match="connection refused") as info:
        fetcher_for(test_ca).fetch("https://127.0.0.1:1/.well-known/did.json")
    assert info.value.unreachable
