"""Formats other issuers use, made here so each rule can be shown failing: contexts Sello
does not carry, ECDSA Data Integrity with did:web methods of every kind, status lists
secured with a Data Integrity proof."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from sello.core.credentials.checks import verify_data_integrity, verify_vc_jwt
from sello.core.credentials.dataintegrity import (
    ECDSA_JCS,
    ECDSA_RDFC,
    RDFC,
    hash_data,
    parse_proof,
    sign_data_integrity,
)
from sello.core.keys.did import DidResolver, identifiers_for_key, multikey_encode, parse_did_document
from sello.core.keys.keypair import generate_key
from sello.core.storage.db import Database
from sello.core.trust.checkers import BitstringStatusChecker, store_status_list
from sello.core.trust.statuslist import build_status_list_credential, with_bit
from tests.unit.core.vc_helpers import DATA, ISSUED, NOW, forge, mill_test_report, vc_header

PEERS = DATA / "peers"

VENDOR_CONTEXT = "https://vendor.example/contexts/steel/v3"


def test_vc_jwt_with_a_context_sello_does_not_carry_is_checked_and_named() -> None:
    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, "jwk")
    credential = mill_test_report(did)
    credential["@context"].append(VENDOR_CONTEXT)
    verdict = verify_vc_jwt(forge(vc_header(key, kid), credential, key), resolver=DidResolver(), now=NOW)
    assert verdict.color == "amber" and verdict.check("signature").code == "signature.valid"
    check = verdict.check("format")
    assert check.outcome == "passed" and check.code == "format.jose_context_missing"
    assert check.evidence["contexts_not_carried"] == [VENDOR_CONTEXT] and VENDOR_CONTEXT in check.message["es"]
    # and an altered one is still red: the missing context takes nothing away from the signature
    token = forge(vc_header(key, kid), credential, key)
    header, payload, signature = token.split(".")
    assert verify_vc_jwt(f"{header}.{payload[:-2]}AA.{signature}", resolver=DidResolver(), now=NOW).color == "red"


@pytest.mark.parametrize("method_kind", ["Multikey", "JsonWebKey", "JsonWebKey2020"])
@pytest.mark.parametrize("suite", [ECDSA_RDFC, ECDSA_JCS])
def test_ecdsa_proofs_with_did_web_methods_of_every_kind(method_kind: str, suite: str) -> None:
    key = generate_key("ES384")
    did = "did:web:peer-mill.example"
    vm = f"{did}#key-1"
    method = {"id": vm, "type": method_kind, "controller": did}
    if method_kind == "Multikey":
        method["publicKeyMultibase"] = multikey_encode(key.public)
    else:
        method["publicKeyJwk"] = key.public_jwk
    document = {"id": did, "verificationMethod": [method], "assertionMethod": [vm]}
    resolver = DidResolver(lambda d: parse_did_document(d, document, source="web", fetched_at="2026-11-02T17:00:00Z"))
    signed = sign_data_integrity(mill_test_report(did), key, vm, suite, created=ISSUED)
    verdict = verify_data_integrity(signed, resolver=resolver, now=NOW)
    assert verdict.ok and verdict.check("signature").outcome == "passed", [(c.name, c.code) for c in verdict.checks]
    assert verdict.check("issuer_key").evidence["method_type"] == method_kind
    assert verdict.check("issuer_key").evidence["key_type"] == "P-384"
    signed["credentialSubject"]["heatNumber"] = "H00-0000"
    assert verify_data_integrity(signed, resolver=resolver, now=NOW).check("signature").code == "signature.mismatch"


def test_eddsa_proof_relabelled_as_ecdsa_is_refused_for_the_key() -> None:
    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "key")
    signed = sign_data_integrity(mill_test_report(did), key, kid, RDFC, created=ISSUED)
    signed["proof"]["cryptosuite"] = ECDSA_RDFC
    verdict = verify_data_integrity(signed, resolver=DidResolver(), now=NOW)
    assert verdict.check("signature").code == "signature.alg_key_mismatch"


@pytest.mark.parametrize("suite", [ECDSA_RDFC, ECDSA_JCS])
def test_status_list_secured_with_a_data_integrity_proof(tmp_path: Path, suite: str) -> None:
    """A BitstringStatusListCredential another issuer secured with a proof, not as a vc+jwt."""
    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, "key")
    url = "https://peer-mill.example/status/7"
    bits = with_bit(bytes(16384), 41)
    status_list = sign_data_integrity(
        build_status_list_credential(url, {"id": did}, bits, ISSUED), key, kid, suite, created=ISSUED
    )
    database = Database(tmp_path / "v.db")
    store_status_list(
        database,
        url,
        json.dumps(status_list),
        source="bundle",
        fetched_at=(NOW - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    checker = BitstringStatusChecker(database, None, clock=lambda: NOW)

    def verdict_for(index: int):
        entry = {
            "id": f"{url}#{index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(index),
            "statusListCredential": url,
        }
        signed = sign_data_integrity(mill_test_report(did, credentialStatus=entry), key, kid, suite, created=ISSUED)
        return verify_data_integrity(signed, resolver=DidResolver(), now=NOW, status=checker)

    assert verdict_for(40).check("status").code == "status.valid_as_of"
    assert verdict_for(41).check("status").code == "status.revoked"
    # the list altered after signing: not relied on (a warning, never a green)
    status_list["credentialSubject"]["encodedList"] = build_status_list_credential(
        url, {"id": did}, bytes(16384), ISSUED
    )["credentialSubject"]["encodedList"]
    store_status_list(
        database,
        url,
        json.dumps(status_list),
        source="bundle",
        fetched_at=(NOW - timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    check = verdict_for(41).check("status")
    assert check.code == "status.list_invalid" and "signature" in check.message["en"].lower()


def test_a_key_outside_a_did_web_issuer_is_red_even_when_its_document_cannot_be_had() -> None:
    """The kid-outside-the-issuer attack must not turn into "cannot confirm" offline."""
    attacker = generate_key("ES384")
    _, attacker_kid = identifiers_for_key(attacker.public, "key")
    token = forge(vc_header(attacker, attacker_kid), mill_test_report("did:web:victim-mill.example"), attacker)
    verdict = verify_vc_jwt(token, resolver=DidResolver(), now=NOW)  # no web resolver: offline
    assert verdict.color == "red" and verdict.check("issuer_key").code == "issuer_key.kid_not_issuer"
    # a did:web document that lists that key under assertionMethod does make it the issuer's
    document = {"id": "did:web:victim-mill.example", "assertionMethod": [attacker_kid]}
    listed = DidResolver(lambda d: parse_did_document(d, document, source="web", fetched_at="2026-11-02T17:00:00Z"))
    assert verify_vc_jwt(token, resolver=listed, now=NOW).check("issuer_key").outcome == "passed"


@pytest.mark.parametrize(
    "name", ["ecdsa-rdfc-2019-p256", "ecdsa-rdfc-2019-p384", "ecdsa-jcs-2019-p256", "ecdsa-jcs-2019-p384"]
)
def test_ecdsa_hash_data_matches_the_w3c_vectors(name: str) -> None:
    """SHA-256 for P-256 and SHA-384 for P-384, over the canonical proof configuration then the document."""
    document = json.loads((PEERS / "w3c-vc-di-ecdsa" / f"{name}.json").read_text(encoding="utf-8"))
    expected = (PEERS / "w3c-vc-di-ecdsa" / f"{name}.combined-hash.hex").read_text().strip()
    curve = "P-256" if name.endswith("p256") else "P-384"
    assert hash_data(document, parse_proof(document).options, curve=curve).hex() == expected
