"""The API's presentation intake judges the holder's signature with the verification pipeline's
presentation checks (one verifier for presentations, not a second one in the exchange code)."""

from __future__ import annotations

from typing import Any

from sello.core.exchange.presentations import parse_traceable_presentation, sign_presentation, verify_presentation
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.verification.context import VerifierContext
from tests.unit.core.vc_helpers import NOW, forge, issue


def _presentation(holder: str) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": "urn:uuid:5f8e5a0e-1d1c-4d7b-9a4e-2b1f8a1c0d3e",
        "type": ["VerifiablePresentation", "TraceablePresentation"],
        "holder": holder,
        "workflow": {"definition": ["urn:workflow:steel"], "instance": ["SHIP-1"]},
        "verifiableCredential": [issue("ES384").token],
    }


def _proof(vp_jwt: str):
    parsed = parse_traceable_presentation(vp_jwt)
    return verify_presentation(parsed, VerifierContext(DidResolver()), now=NOW).holder_proof


def test_a_holder_signed_presentation_passes() -> None:
    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, "jwk")
    proof = _proof(sign_presentation(_presentation(did), key, kid))
    assert proof.outcome == "passed" and proof.message["en"] == f"Signed by its holder {did}."


def test_an_altered_presentation_fails_on_its_signature() -> None:
    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, "jwk")
    header, payload, signature = sign_presentation(_presentation(did), key, kid).split(".")
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    proof = _proof(f"{header}.{payload}.{flipped}")
    assert proof.outcome == "failed" and proof.code == "signature.mismatch"


def test_a_presentation_signed_by_someone_else_than_its_holder_fails() -> None:
    holder, other = generate_key("ES384"), generate_key("ES384")
    holder_did, _ = identifiers_for_key(holder.public, "jwk")
    _, other_kid = identifiers_for_key(other.public, "jwk")
    header = {"alg": "ES384", "typ": "vp+jwt", "cty": "vp", "kid": other_kid}
    proof = _proof(forge(header, _presentation(holder_did), other))
    assert proof.outcome == "failed" and proof.code == "issuer_key.kid_not_issuer"
