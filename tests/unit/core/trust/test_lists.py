"""Trust lists: the operator creates, edits and signs; the verifier imports only from
operators it trusts, and the trust check names the listed company."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from sello.core.encoding import b64url_decode, b64url_encode
from sello.core.errors import InputError, NotFoundError
from sello.core.keys.did import DidResolver, did_web_document, identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.storage.db import Database
from sello.core.trust.checkers import TrustListChecker
from sello.core.trust.lists import (
    TrustedIssuer,
    TrustListError,
    distrust_operator,
    import_trust_list,
    imported_trust_lists,
    new_trust_list,
    operated_lists,
    remove_trust_list,
    save_operated_list,
    sign_trust_list,
    with_issuer,
    without_issuer,
)
from sello.core.trust.operators import trust_operator, trusted_operators
from sello.core.trust.webresolve import HttpsFetcher, WebDidResolver
from tests.unit.core.trust_helpers import NOW, make_company

MILL_DID = "did:web:acerosdelnorte.mx"
CANACERO = "Cámara Nacional de la Industria del Hierro y del Acero"


@pytest.fixture
def db(tmp_path):
    with Database.in_folder(tmp_path / "verifier") as database:
        yield database


@pytest.fixture(params=["EdDSA", "ES384"])
def operator(request):
    key = generate_key(request.param)
    did, kid = identifiers_for_key(key.public, "key")
    return key, did, kid


def mill_entry(**changes) -> TrustedIssuer:
    entry = TrustedIssuer(MILL_DID, "Aceros del Norte, S.A. de C.V.", "ADN980312AB1", "mx", ("mill",))
    return replace(entry, **changes)


def signed_list(operator, *entries, version=1, valid_from=NOW - timedelta(days=1), days=90, list_id=None):
    key, _did, kid = operator
    trust_list = new_trust_list("Acero mexicano confiable")
    if list_id:
        trust_list = replace(trust_list, id=list_id)
    for entry in entries or (mill_entry(),):
        trust_list = with_issuer(trust_list, entry)
    trust_list = replace(trust_list, version=version)
    token = sign_trust_list(
        trust_list,
        key,
        kid,
        operator_name="CANACERO",
        valid_from=valid_from,
        valid_until=valid_from + timedelta(days=days),
    )
    return trust_list, token


def test_listed_issuer_passes_with_the_entry_as_evidence(db, operator):
    trust_operator(db, operator[1], CANACERO, DidResolver())
    _, token = signed_list(operator)
    imported = import_trust_list(db, token, NOW)
    assert imported.operator == operator[1] and imported.trust_list.issuers[0].country == "MX"
    check = TrustListChecker(db).check(MILL_DID, "Aceros del Norte", NOW)
    assert (check.outcome, check.code) == ("passed", "trust.listed")
    assert check.evidence["legal_name"] == "Aceros del Norte, S.A. de C.V." and check.evidence["rfc"] == "ADN980312AB1"
    assert check.evidence["operator"] == operator[1] and check.evidence["operator_name"] == CANACERO
    assert check.message["en"] == (
        "Listed as Aceros del Norte, S.A. de C.V. (RFC ADN980312AB1; mill) on "
        f"“Acero mexicano confiable” by {CANACERO}, list dated 2026-11-01."
    )
    assert db.audit_entries(subject=imported.trust_list.id)[-1].action == "trust.list.import"


def test_issuer_not_listed_is_a_warning(db, operator):
    trust_operator(db, operator[1], CANACERO, DidResolver())
    import_trust_list(db, signed_list(operator)[1], NOW)
    check = TrustListChecker(db).check("did:web:otra.mx", None, NOW)
    assert (check.outcome, check.code) == ("warning", "trust.not_listed")


def test_list_from_an_unknown_operator_is_refused(db, operator):
    _, token = signed_list(operator)
    with pytest.raises(TrustListError, match=f"signed by {operator[1]}, which is not an operator you trust"):
        import_trust_list(db, token, NOW)
    assert imported_trust_lists(db) == []


def test_expired_list_is_refused_and_a_list_that_expires_later_warns(db, operator):
    trust_operator(db, operator[1], CANACERO, DidResolver())
    _, old = signed_list(operator, valid_from=NOW - timedelta(days=100), days=90)
    with pytest.raises(TrustListError, match="The trust list is refused: the credential expired on"):
        import_trust_list(db, old, NOW)
    import_trust_list(db, signed_list(operator)[1], NOW)
    check = TrustListChecker(db).check(MILL_DID, None, NOW + timedelta(days=120))
    assert (check.outcome, check.code) == ("warning", "trust.expired")


def test_expired_entry_on_a_current_list_warns(db, operator):
    trust_operator(db, operator[1], CANACERO, DidResolver())
    entry = mill_entry(valid_from="2025-01-01T00:00:00Z", valid_until="2026-06-30T00:00:00Z")
    import_trust_list(db, signed_list(operator, entry)[1], NOW)
    assert TrustListChecker(db).check(MILL_DID, None, NOW).code == "trust.expired"


def test_badly_signed_or_malformed_lists_are_refused(db, operator):
    trust_operator(db, operator[1], CANACERO, DidResolver())
    _, token = signed_list(operator)
    header, payload, signature = token.split(".")
    body = json.loads(b64url_decode(payload))
    body["credentialSubject"]["issuers"][0]["id"] = "did:web:impostor.mx"
    forged = ".".join([header, b64url_encode(json.dumps(body).encode()), signature])
    with pytest.raises(TrustListError, match="The trust list is refused: .*signature"):
        import_trust_list(db, forged, NOW)
    with pytest.raises(TrustListError, match="not a readable vc\\+jwt"):
        import_trust_list(db, "hello", NOW)


def test_a_newer_version_replaces_an_older_one_never_the_reverse(db, operator):
    trust_operator(db, operator[1], CANACERO, DidResolver())
    first, v1 = signed_list(operator)
    second_entry = mill_entry(did="did:web:laminados.mx", legal_name="Laminados del Golfo", rfc="LGO010101AB1")
    _, v2 = signed_list(operator, mill_entry(), second_entry, version=2, list_id=first.id)
    import_trust_list(db, v1, NOW)
    import_trust_list(db, v2, NOW)
    assert [len(x.trust_list.issuers) for x in imported_trust_lists(db)] == [2]
    with pytest.raises(TrustListError, match="is newer than this one; keeping it"):
        import_trust_list(db, v1, NOW)
    remove_trust_list(db, first.id)
    assert imported_trust_lists(db) == []
    with pytest.raises(NotFoundError):
        remove_trust_list(db, first.id)


def test_distrusting_an_operator_removes_its_lists(db, operator):
    trust_operator(db, operator[1], CANACERO, DidResolver())
    import_trust_list(db, signed_list(operator)[1], NOW)
    assert distrust_operator(db, operator[1]) == 1
    assert trusted_operators(db) == [] and imported_trust_lists(db) == []
    assert TrustListChecker(db).check(MILL_DID, None, NOW).code == "trust.not_listed"


def test_operator_edits_and_keeps_its_lists(db, tmp_path):
    chamber = make_company(db, tmp_path, name="CANACERO", did_method="key", alg="EdDSA", rfc="")
    trust_list = with_issuer(new_trust_list("Acero mexicano confiable"), mill_entry(roles=("Mill", "broker")))
    assert trust_list.issuers[0].roles == ("mill", "broker")
    trust_list = with_issuer(trust_list, mill_entry(legal_name="Aceros del Norte SA"))  # same DID: replaced
    assert [i.legal_name for i in trust_list.issuers] == ["Aceros del Norte SA"]
    save_operated_list(db, chamber.profile.id, trust_list)
    assert operated_lists(db, chamber.profile.id) == [trust_list]
    assert without_issuer(trust_list, MILL_DID).issuers == ()
    with pytest.raises(NotFoundError):
        without_issuer(trust_list, "did:web:otra.mx")
    for bad, message in [
        (mill_entry(rfc="XYZ"), "not a valid RFC"),
        (mill_entry(roles=("smelter",)), "Roles must"),
        (mill_entry(country="Mexico"), "ISO 3166-1"),
        (mill_entry(did="did:web:a:.."), "not a valid DID"),
        (mill_entry(did="did:example:1"), "not a DID Sello can check"),
        (mill_entry(valid_until="June"), "not a date"),
    ]:
        with pytest.raises(InputError, match=message):
            with_issuer(trust_list, bad)
    with pytest.raises(InputError, match="no issuers"):
        sign_trust_list(
            new_trust_list("x"),
            generate_key(),
            "did:key:z#z",
            operator_name="x",
            valid_from=NOW,
            valid_until=NOW + timedelta(days=1),
        )


def test_did_web_operator_is_pinned_and_a_changed_key_is_refused(db, https_server, test_ca):
    key = generate_key()
    did, kid = identifiers_for_key(key.public, "web", https_server.host)
    (https_server.docroot / ".well-known").mkdir()
    (https_server.docroot / ".well-known" / "did.json").write_text(json.dumps(did_web_document(did, [key.public])))
    web = WebDidResolver(db, HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5))
    trust_operator(db, did, CANACERO, DidResolver(web_resolver=web))
    (https_server.docroot / ".well-known" / "did.json").unlink()  # pinned: no network needed any more
    import_trust_list(db, signed_list((key, did, kid))[1], NOW)
    new_key = generate_key()
    _, token = signed_list((new_key, did, f"{did}#{new_key.key_id}"))
    with pytest.raises(TrustListError, match="publishes no key"):
        import_trust_list(db, token, NOW)


@pytest.mark.parametrize("roles", [None, "mill", 7, {"a": 1}])
def test_an_entry_with_roles_that_are_not_a_list_is_refused_or_read_without_roles(roles) -> None:
    """Found by fuzzing: `"roles": null` raised TypeError (an internal error from input)."""
    from sello.core.trust.lists import TrustedIssuer, TrustListError

    entry = {"id": "did:web:mill.example", "roles": roles}
    if roles is None:
        assert TrustedIssuer.from_json(entry).roles == ()
    else:
        with pytest.raises(TrustListError):
            TrustedIssuer.from_json(entry)
