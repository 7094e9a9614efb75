"""Presentations: the holder's signature, one verdict per carried credential, worst colour."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from sello.core.credentials.dataintegrity import ECDSA_JCS, ECDSA_RDFC, RDFC, sign_data_integrity
from sello.core.credentials.jsonld import VC2
from sello.core.keys.did import DidResolver, identifiers_for_key, parse_did_document
from sello.core.keys.keypair import PrivateKey, generate_key
from sello.core.verification.pipeline import verify_input
from sello.core.verification.presentation import MAX_CREDENTIALS, worst_color
from tests.unit.core.vc_helpers import ISSUED, NOW, forge, issue, mill_test_report


def envelope(token: str) -> dict[str, Any]:
    return {"@context": VC2, "id": f"data:application/vc+jwt,{token}", "type": "EnvelopedVerifiableCredential"}


def vp(holder: str, entries: list[Any]) -> dict[str, Any]:
    return {"@context": [VC2], "type": ["VerifiablePresentation"], "holder": holder, "verifiableCredential": entries}


def vp_jwt(key: PrivateKey, kid: str, payload: dict[str, Any], typ: str = "vp+jwt") -> str:
    return forge({"alg": key.alg.value, "typ": typ, "kid": kid}, payload, key)


@pytest.fixture
def holder() -> tuple[PrivateKey, str, str]:
    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, "jwk")
    return key, did, kid


def test_vp_jwt_with_two_enveloped_credentials(holder) -> None:
    key, did, kid = holder
    first, second = issue("ES384"), issue("EdDSA")
    verdict = verify_input(
        vp_jwt(key, kid, vp(did, [envelope(first.token), envelope(second.token)])), resolver=DidResolver(), now=NOW
    )
    assert verdict.input_kind == "vp+jwt" and verdict.issuer == did
    assert [d.credential for d in verdict.documents] == [first.credential, second.credential]
    assert [d.color for d in verdict.documents] == ["amber", "amber"]  # not on a trust list
    assert verdict.color == "amber"
    assert all(c.outcome == "passed" for c in verdict.checks)  # the holder's own checks
    assert verdict.check("format").evidence["profile"] == "vc-jose-cose"
    assert verdict.summary("en") == "Document 1 of 2: Signature valid, but the issuer is not on any trust list"
    assert len(verdict.to_json()["documents"]) == 2


def test_presentation_colour_is_the_worst_document(holder) -> None:
    key, did, kid = holder
    good, bad = issue("ES384"), issue("ES384")
    header, payload, signature = bad.token.split(".")
    altered = f"{header}.{payload[:-4]}AAAA.{signature}"
    verdict = verify_input(
        vp_jwt(key, kid, vp(did, [envelope(good.token), envelope(altered)])), resolver=DidResolver(), now=NOW
    )
    assert verdict.color == "red"
    assert [d.color for d in verdict.documents] == ["amber", "red"]
    assert verdict.summary("en").startswith("Document 2 of 2:")
    assert worst_color(["green", "amber", "green"]) == "amber" and worst_color(["amber", "red"]) == "red"


def test_holder_signature_is_checked(holder) -> None:
    key, did, kid = holder
    token = vp_jwt(key, kid, vp(did, [envelope(issue().token)]))
    header, payload, signature = token.split(".")
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    verdict = verify_input(f"{header}.{payload}.{flipped}", resolver=DidResolver(), now=NOW)
    assert verdict.color == "red" and verdict.check("signature").code == "signature.mismatch"
    # a holder key that is not the named holder's
    other = generate_key("ES384")
    _, other_kid = identifiers_for_key(other.public, "jwk")
    verdict = verify_input(
        vp_jwt(other, other_kid, vp(did, [envelope(issue().token)])), resolver=DidResolver(), now=NOW
    )
    assert verdict.color == "red" and verdict.check("issuer_key").code == "issuer_key.kid_not_issuer"


def test_holder_key_must_be_an_authentication_key(holder) -> None:
    key, _, _ = holder
    did = "did:web:holder.example"
    kid = f"{did}#k1"
    document = {
        "id": did,
        "verificationMethod": [{"id": kid, "type": "JsonWebKey", "publicKeyJwk": key.public_jwk}],
        "assertionMethod": [kid],
    }
    resolver = DidResolver(lambda d: parse_did_document(d, document, source="bundle"))
    verdict = verify_input(vp_jwt(key, kid, vp(did, [envelope(issue().token)])), resolver=resolver, now=NOW)
    assert verdict.check("issuer_key").code == "issuer_key.not_authentication"
    assert "presentations" in verdict.check("issuer_key").message["en"]
    document["authentication"] = [kid]
    assert verify_input(vp_jwt(key, kid, vp(did, [envelope(issue().token)])), resolver=resolver, now=NOW).ok


def test_vp_entries_that_are_not_secured_are_red(holder) -> None:
    key, did, kid = holder
    plain = mill_test_report(did)
    verdict = verify_input(vp_jwt(key, kid, vp(did, [plain, "not a token"])), resolver=DidResolver(), now=NOW)
    assert [d.check("format").code for d in verdict.documents] == [
        "format.vp_entry_unsecured",
        "format.vp_entry_unreadable",
    ]
    assert verdict.color == "red"


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"@context": [VC2], "type": ["VerifiablePresentation"], "verifiableCredential": []}, "format.vp_empty"),
        (
            {"@context": [VC2], "type": ["VerifiableCredential"], "verifiableCredential": ["x"]},
            "format.vp_not_presentation",
        ),
        (
            {
                "@context": [VC2],
                "type": ["VerifiablePresentation"],
                "verifiableCredential": ["x"] * (MAX_CREDENTIALS + 1),
            },
            "format.vp_too_many",
        ),
    ],
)
def test_malformed_presentations(holder, payload: dict[str, Any], code: str) -> None:
    key, _, kid = holder
    verdict = verify_input(vp_jwt(key, kid, payload), resolver=DidResolver(), now=NOW)
    assert verdict.color == "red" and verdict.check("format").code == code


def test_2023_profile_presentation(holder) -> None:
    key, did, _kid = holder
    token = forge(
        {"alg": "ES384", "cty": "vp+ld+json", "iss": did, "kid": "#0"}, vp(did, [envelope(issue().token)]), key
    )
    verdict = verify_input(token, resolver=DidResolver(), now=NOW)
    assert verdict.ok and verdict.check("format").evidence["profile"] == "traceability-2023"


@pytest.mark.parametrize("suite", [RDFC, ECDSA_RDFC, ECDSA_JCS])
def test_vp_with_a_data_integrity_proof_and_embedded_credentials(holder, suite: str) -> None:
    key, did, kid = holder
    issuer_key = generate_key("ES384")
    issuer_did, issuer_kid = identifiers_for_key(issuer_key.public, "key")
    embedded = sign_data_integrity(mill_test_report(issuer_did), issuer_key, issuer_kid, ECDSA_RDFC, created=ISSUED)
    holder_key = key if suite != RDFC else generate_key("EdDSA")
    holder_did, holder_kid = (did, kid) if suite != RDFC else identifiers_for_key(holder_key.public, "key")
    presentation = sign_data_integrity(
        vp(holder_did, [embedded, envelope(issue().token)]),
        holder_key,
        holder_kid,
        suite,
        created=ISSUED,
        purpose="authentication",
    )
    verdict = verify_input(json.dumps(presentation), resolver=DidResolver(), now=NOW)
    assert verdict.input_kind == "presentation"
    assert [d.color for d in verdict.documents] == ["amber", "amber"], [
        [(c.name, c.code) for c in d.checks] for d in verdict.documents
    ]
    assert verdict.color == "amber" and verdict.documents[0].check("format").evidence["cryptosuite"] == ECDSA_RDFC
    # a presentation proof made for assertion (not authentication) is refused
    wrong = sign_data_integrity(vp(holder_did, [embedded]), holder_key, holder_kid, suite, created=ISSUED)
    assert (
        verify_input(json.dumps(wrong), resolver=DidResolver(), now=NOW).check("signature").code
        == "signature.proof_purpose"
    )
    # an altered embedded credential is red on its own; the holder's proof covers it too
    tampered = copy.deepcopy(presentation)
    tampered["verifiableCredential"][0]["credentialSubject"]["heatNumber"] = "H99-0000"
    verdict = verify_input(json.dumps(tampered), resolver=DidResolver(), now=NOW)
    assert verdict.color == "red" and verdict.documents[0].check("signature").code == "signature.mismatch"
