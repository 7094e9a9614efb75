"""Trust bundles: an operator packs trust lists, DID documents and status lists; an
offline border desk imports the bundle and verifies with it."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from sello.core.credentials.checks import verify_vc_jwt
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.storage.db import Database
from sello.core.trust.bundle import (
    BundleContents,
    BundleError,
    add_own_issuer_data,
    collect_cached_contents,
    import_bundle,
    make_bundle,
    write_bundle,
)
from sello.core.trust.lists import TrustedIssuer, new_trust_list, sign_trust_list, with_issuer
from sello.core.trust.operators import trust_operator
from sello.core.trust.statuslist import revoke
from sello.core.verification.context import verification_sources
from tests.unit.core.trust_helpers import NOW, issue_document, make_company


@pytest.fixture
def mill_db(tmp_path):
    with Database.in_folder(tmp_path / "mill") as database:
        yield database


@pytest.fixture
def desk_db(tmp_path):
    with Database.in_folder(tmp_path / "desk") as database:
        yield database


@pytest.fixture
def operator():
    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "key")
    return key, did, kid


def chamber_list(operator, mill_did):
    key, _, kid = operator
    trust_list = with_issuer(
        new_trust_list("Acero mexicano confiable"),
        TrustedIssuer(mill_did, "Aceros del Norte, S.A. de C.V.", "ADN980312AB1", "MX", ("mill",)),
    )
    return sign_trust_list(
        trust_list,
        key,
        kid,
        operator_name="CANACERO",
        valid_from=NOW - timedelta(days=1),
        valid_until=NOW + timedelta(days=90),
    )


@pytest.fixture
def bundle_file(tmp_path, mill_db, operator):
    """A did:web mill (no website reachable) with one good and one revoked document,
    bundled with a chamber's trust list."""
    mill = make_company(mill_db, tmp_path / "keys", domain="acerosdelnorte.mx")
    _, good = issue_document(mill)
    revoked_id, revoked = issue_document(mill)
    revoke(mill_db, revoked_id, "duplicate")
    contents = add_own_issuer_data(BundleContents(), mill_db, mill.profile.id, mill.manager, NOW)
    contents.add_trust_list("urn:list", chamber_list(operator, mill.did), "2026-11-01T00:00:00Z")
    key, _, kid = operator
    path = write_bundle(
        tmp_path / "frontera-2026-11-02", make_bundle(contents, key=key, kid=kid, operator_name="CANACERO", now=NOW)
    )
    return path, good, revoked


def desk_verify(db, token, now=NOW):
    resolver, status, trust = verification_sources(db, online=False, clock=lambda: now)
    return verify_vc_jwt(token, resolver=resolver, now=now, status=status, trust=trust)


def test_offline_desk_verifies_green_from_a_bundle(desk_db, operator, bundle_file):
    path, good, revoked = bundle_file
    assert path.name == "frontera-2026-11-02.sello-bundle"
    trust_operator(desk_db, operator[1], "CANACERO", DidResolver())
    report = import_bundle(desk_db, path, NOW)
    assert (len(report.did_documents), len(report.status_lists), report.trust_lists, report.refused) == (
        1,
        1,
        ["Acero mexicano confiable"],
        [],
    )
    assert report.operator == operator[1] and report.created == "2026-11-02T18:00:00Z"
    verdict = desk_verify(desk_db, good, NOW + timedelta(hours=2))
    assert verdict.color == "green", verdict.to_json()["checks"]
    assert verdict.check("issuer_key").code == "issuer_key.bundle_age"  # with the bundle's age
    status = verdict.check("status")
    assert (status.code, status.evidence["source"]) == ("status.valid_as_of", "bundle")
    assert status.message["en"] == "Not revoked as of 2026-11-02 18:00 UTC (trust bundle)."
    assert verdict.check("trust").code == "trust.listed"
    red = desk_verify(desk_db, revoked, NOW + timedelta(hours=2))
    assert red.color == "red" and red.check("status").code == "status.revoked"
    stale = desk_verify(desk_db, good, NOW + timedelta(days=3)).check("status")
    assert (stale.outcome, stale.code) == ("warning", "status.stale")


def test_tampered_member_refuses_the_whole_bundle(desk_db, operator, bundle_file, tmp_path):
    path, _, _ = bundle_file
    trust_operator(desk_db, operator[1], "CANACERO", DidResolver())
    body = json.loads(path.read_text())
    member = next(m for m in body["members"] if m["kind"] == "did-document")
    document = json.loads(member["content"])
    document["verificationMethod"][0]["publicKeyJwk"] = generate_key().public_jwk  # swap in an attacker's key
    member["content"] = json.dumps(document)
    tampered = tmp_path / "tampered.sello-bundle"
    tampered.write_text(json.dumps(body))
    with pytest.raises(
        BundleError,
        match="The DID document did:web:acerosdelnorte.mx in the trust bundle was altered after the bundle was signed",
    ):
        import_bundle(desk_db, tampered, NOW)
    assert desk_db.query_one("SELECT COUNT(*) FROM did_cache")[0] == 0
    body["members"].pop()
    tampered.write_text(json.dumps(json.loads(path.read_text()) | {"members": body["members"]}))
    with pytest.raises(BundleError, match="signed manifest lists 3"):
        import_bundle(desk_db, tampered, NOW)


def test_bundle_from_an_unknown_operator_is_refused(desk_db, operator, bundle_file):
    path, _, _ = bundle_file
    with pytest.raises(BundleError, match=f"signed by {operator[1]}, which is not an operator you trust"):
        import_bundle(desk_db, path, NOW)


def test_list_of_an_untrusted_operator_inside_a_trusted_bundle_is_reported(desk_db, operator, tmp_path):
    other = generate_key()
    other_did, other_kid = identifiers_for_key(other.public, "key")
    contents = BundleContents()
    other_list = chamber_list((other, other_did, other_kid), "did:web:x.mx")
    contents.add_trust_list("urn:other", other_list, "2026-11-01T00:00:00Z")
    key, did, kid = operator
    data = make_bundle(contents, key=key, kid=kid, operator_name="C", now=NOW)
    path = write_bundle(tmp_path / "b.sello-bundle", data)
    trust_operator(desk_db, did, "CANACERO", DidResolver())
    report = import_bundle(desk_db, path, NOW)
    assert report.trust_lists == [] and "not an operator you trust" in report.refused[0][1]


def test_not_a_bundle_and_empty_bundles(desk_db, tmp_path, operator):
    junk = tmp_path / "junk.sello-bundle"
    junk.write_bytes(b"\x00\x01binary")
    with pytest.raises(BundleError, match="not a trust bundle"):
        import_bundle(desk_db, junk, NOW)
    junk.write_text('{"format": "sello-trust-bundle", "version": 9}')
    with pytest.raises(BundleError, match="format version 9"):
        import_bundle(desk_db, junk, NOW)
    with pytest.raises(BundleError, match="nothing to put"):
        make_bundle(BundleContents(), key=operator[0], kid=operator[2], operator_name="C", now=NOW)


def test_a_desk_can_re_bundle_what_it_has(desk_db, operator, bundle_file, tmp_path):
    path, good, _ = bundle_file
    trust_operator(desk_db, operator[1], "CANACERO", DidResolver())
    import_bundle(desk_db, path, NOW)
    contents = collect_cached_contents(desk_db)
    assert sorted(m.kind for m in contents.members) == ["did-document", "status-list", "trust-list"]
    again = write_bundle(
        tmp_path / "copy", make_bundle(contents, key=operator[0], kid=operator[2], operator_name="CANACERO", now=NOW)
    )
    with Database.in_folder(tmp_path / "desk2") as second:
        trust_operator(second, operator[1], "CANACERO", DidResolver())
        import_bundle(second, again, NOW)
        assert desk_verify(second, good).color == "green"
