"""Helpers for the credential and verification tests: issue real vc+jwt tokens, hand-build
hostile ones, and resolve the W3C vc-di-eddsa test vectors' issuer offline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import rfc8785

from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.credentials.jsonld import OfflineDocumentLoader
from sello.core.encoding import b64url_encode
from sello.core.keys.did import DidResolver, ResolvedDid, identifiers_for_key, parse_did_document
from sello.core.keys.keypair import PrivateKey, generate_key

DATA = Path(__file__).resolve().parents[2] / "data"
VECTORS = DATA / "vectors" / "vc-di-eddsa"
EXAMPLES_CONTEXT = "https://www.w3.org/ns/credentials/examples/v2"

# test-only context of the W3C examples, served to the loader explicitly (never shipped)
EXAMPLES_LOADER = OfflineDocumentLoader({EXAMPLES_CONTEXT: DATA / "contexts" / "credentials-examples-v2.jsonld"})

NOW = datetime(2026, 11, 2, 18, 0, tzinfo=UTC)
ISSUED = datetime(2026, 11, 2, 16, 5, tzinfo=UTC)

# The vectors' issuer is an HTTPS controller document, not a DID; tests serve it locally.
VECTOR_ISSUER = "https://vc.example/issuers/5678"
VECTOR_KEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"


class VectorResolver(DidResolver):
    """A resolver that also knows the vc-di-eddsa vectors' issuer (as a trust bundle would)."""

    def resolve(self, did: str) -> ResolvedDid:
        if did == VECTOR_ISSUER:
            method = f"{VECTOR_ISSUER}#{VECTOR_KEY}"
            document = {
                "id": VECTOR_ISSUER,
                "assertionMethod": [method],
                "verificationMethod": [
                    {"id": method, "type": "Multikey", "controller": VECTOR_ISSUER, "publicKeyMultibase": VECTOR_KEY}
                ],
            }
            return parse_did_document(VECTOR_ISSUER, document, source="bundle", fetched_at="2026-10-30")
        return super().resolve(did)


def load_vector(name: str) -> dict[str, Any]:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


@dataclass
class Issued:
    token: str
    key: PrivateKey
    did: str
    kid: str
    credential: dict[str, Any]


def mill_test_report(did: str, **overrides: Any) -> dict[str, Any]:
    credential = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"], "certificateNumber": "MTR-2026-000417", "heatNumber": "H26-7781"},
        issuer={"id": did, "name": "Aceros del Norte"},
        valid_from=ISSUED,
    )
    credential.update(overrides)
    return credential


def issue(alg: str = "ES384", method: str = "key", **overrides: Any) -> Issued:
    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, method, "acerosdelnorte.mx" if method == "web" else None)
    credential = mill_test_report(did, **overrides)
    return Issued(sign_vc_jwt(credential, key, kid), key, did, kid, credential)


def forge(header: dict[str, Any], payload: dict[str, Any] | bytes, key: PrivateKey | None) -> str:
    """A compact JWS with exactly this header and payload, signed (or not) by `key`.

    Bypasses every rule of `sign_vc_jwt`, to build the tokens a verifier must reject.
    """
    body = payload if isinstance(payload, bytes) else rfc8785.dumps(payload)
    signing_input = f"{b64url_encode(json.dumps(header).encode())}.{b64url_encode(body)}"
    signature = key.sign(signing_input.encode("ascii")) if key is not None else b""
    return f"{signing_input}.{b64url_encode(signature)}"


def vc_header(key: PrivateKey, kid: str, **changes: Any) -> dict[str, Any]:
    header = {"alg": key.alg.value, "typ": "vc+jwt", "cty": "vc", "kid": kid}
    header.update(changes)
    return {k: v for k, v in header.items() if v is not None}
