"""Interoperability with an independent JOSE implementation (jwcrypto, test-only)."""

from __future__ import annotations

import json

import pytest
import rfc8785
from jwcrypto import jwk, jws

from sello.core.credentials.checks import verify_vc_jwt
from sello.core.credentials.credential import sign_vc_jwt
from sello.core.encoding import b64url_decode
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import generate_key
from tests.unit.core.vc_helpers import NOW, mill_test_report

ALGS = ["ES384", "EdDSA"]


@pytest.mark.parametrize("alg", ALGS)
@pytest.mark.parametrize("did_method", ["key", "jwk"])
def test_our_vc_jwt_verifies_with_jwcrypto(alg: str, did_method: str) -> None:
    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, did_method)
    credential = mill_test_report(did)
    token = sign_vc_jwt(credential, key, kid)

    checked = jws.JWS()
    checked.deserialize(token, key=jwk.JWK(**key.public_jwk), alg=alg)  # raises if the signature is bad
    assert checked.jose_header == {"alg": alg, "typ": "vc+jwt", "cty": "vc", "kid": kid}
    assert json.loads(checked.payload) == credential

    # and jwcrypto agrees that a changed byte breaks it
    header, payload, signature = token.split(".")
    flipped = signature[:5] + ("A" if signature[5] != "A" else "B") + signature[6:]
    with pytest.raises(jws.InvalidJWSSignature):
        jws.JWS().deserialize(f"{header}.{payload}.{flipped}", key=jwk.JWK(**key.public_jwk), alg=alg)


@pytest.mark.parametrize("alg", ALGS)
def test_jwcrypto_vc_jwt_verifies_with_sello(alg: str) -> None:
    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, "key")
    credential = mill_test_report(did)
    # jwcrypto's own JSON for the header (not JCS) and a pretty-printed, non-JCS payload
    signer = jws.JWS(json.dumps(credential, indent=2, ensure_ascii=False).encode("utf-8"))
    signer.add_signature(
        jwk.JWK(**key.private_jwk()),
        alg=alg,
        protected=json.dumps({"typ": "vc+jwt", "alg": alg, "kid": kid, "cty": "vc"}),
    )
    token = signer.serialize(compact=True)
    assert b64url_decode(token.split(".")[1]) != rfc8785.dumps(credential)

    verdict = verify_vc_jwt(token, resolver=DidResolver(), now=NOW)
    assert verdict.color == "amber", [(c.name, c.code) for c in verdict.checks]
    assert verdict.check("signature").outcome == "passed"
    assert verdict.credential == credential
