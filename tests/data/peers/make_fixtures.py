"""Regenerate the peer fixtures made by an independent JOSE implementation (jwcrypto),
and the tampered twin of every fixture in this folder (W3C and traceability ones too).

    /work/main/.venv/bin/python tests/data/peers/make_fixtures.py

Nothing here imports Sello: the point is that another implementation made these bytes.
Keys are fresh on every run and never written down (the public halves travel in the
did:jwk / did:key identifiers and in `jwcrypto/did-web-peer.json`). Fixed dates so
the fixtures verify at the tests' clock (2026-11-02).
"""

from __future__ import annotations

import base64
import copy
import gzip
import json
import uuid
from pathlib import Path
from typing import Any

from jwcrypto import jwk, jws

HERE = Path(__file__).resolve().parent
OUT = HERE / "jwcrypto"
VC2 = "https://www.w3.org/ns/credentials/v2"
VC1 = "https://www.w3.org/2018/credentials/v1"
TRACE = "https://w3id.org/traceability/v1"
FROM = "2026-01-01T00:00:00Z"
WEB_DID = "did:web:peer.example"
STATUS_URL = "urn:uuid:5d1f3c3e-8d3a-4b8e-9d55-2f1b3d6f0a11"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def did_jwk(key: jwk.JWK) -> str:
    return "did:jwk:" + b64(json.dumps(key.export_public(as_dict=True), separators=(",", ":")).encode())


def sign(payload: dict[str, Any], key: jwk.JWK, header: dict[str, Any]) -> str:
    token = jws.JWS(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    token.add_signature(key, alg=header["alg"], protected=json.dumps(header))
    return token.serialize(compact=True)


def credential(
    issuer: str,
    subject: dict[str, Any],
    *,
    types: list[str] | None = None,
    contexts: list[str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "@context": contexts or [VC2, TRACE],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", *(types or ["MillTestReportCredential"])],
        "issuer": {"id": issuer, "name": "Independent Peer Steel"},
        "validFrom": FROM,
        "credentialSubject": subject,
        **extra,
    }


def with_header(token: str, **changes: Any) -> str:
    header, payload, signature = token.split(".")
    fields = json.loads(unb64(header))
    fields.update(changes)
    return ".".join([b64(json.dumps(fields).encode()), payload, signature])


def with_payload(token: str, change: Any) -> str:
    header, payload, signature = token.split(".")
    data = json.loads(unb64(payload))
    change(data)
    return ".".join([header, b64(json.dumps(data, ensure_ascii=False).encode()), signature])


def bits(set_index: int) -> str:
    raw = bytearray(16384)  # 131,072 entries, the spec's minimum
    raw[set_index // 8] |= 0x80 >> (set_index % 8)
    return "u" + b64(gzip.compress(bytes(raw), mtime=0))


def write(name: str, text: str) -> None:
    (OUT / name).write_text(text + "\n", encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    p256, p384, ed, holder_key, attacker = (
        jwk.JWK.generate(kty="EC", crv="P-256"),
        jwk.JWK.generate(kty="EC", crv="P-384"),
        jwk.JWK.generate(kty="OKP", crv="Ed25519"),
        jwk.JWK.generate(kty="EC", crv="P-256"),
        jwk.JWK.generate(kty="EC", crv="P-256"),
    )
    mill = {"type": ["MillTestReport"], "heatNumber": "PEER-0917", "certificateNumber": "IND-2026-11"}

    # 1. VC-JOSE-COSE, ES256, did:jwk
    did256 = did_jwk(p256)
    es256 = sign(credential(did256, mill), p256, {"alg": "ES256", "typ": "vc+jwt", "cty": "vc", "kid": did256 + "#0"})
    write("vc-jose-es256-did-jwk.jwt", es256)
    write("vc-jose-es256-did-jwk.tampered.jwt", with_header(es256, alg="ES384"))

    # 2. VC-JOSE-COSE, EdDSA, did:jwk (Ed25519)
    did_ed = did_jwk(ed)
    eddsa = sign(
        credential(did_ed, {**mill, "heatNumber": "PEER-0918"}),
        ed,
        {"alg": "EdDSA", "typ": "vc+jwt", "kid": did_ed + "#0"},
    )
    write("vc-jose-eddsa-did-jwk.jwt", eddsa)
    header, payload, _ = with_header(eddsa, alg="none").split(".")
    write("vc-jose-eddsa-did-jwk.tampered.jwt", f"{header}.{payload}.")  # alg none, no signature

    # 3. the 2023 traceability profile: typ vc+ld+json+jwt, iss and a relative kid in the header
    did384 = did_jwk(p384)
    trace = sign(
        credential(did384, {**mill, "heatNumber": "PEER-0919"}),
        p384,
        {"alg": "ES384", "typ": "vc+ld+json+jwt", "cty": "vc+ld+json", "iss": did384, "kid": "#0"},
    )
    write("vc-ld-json-jwt-es384-did-jwk.jwt", trace)
    write("vc-ld-json-jwt-es384-did-jwk.tampered.jwt", with_header(trace, iss=did256))

    # 4./5. did:web issuer whose did.json has JsonWebKey2020 (publicKeyJwk) and Multikey-like JWK methods
    web_doc = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
        "id": WEB_DID,
        "verificationMethod": [
            {
                "id": "#key-1",
                "type": "JsonWebKey2020",
                "controller": WEB_DID,
                "publicKeyJwk": p256.export_public(as_dict=True),
            },
            {
                "id": WEB_DID + "#key-2",
                "type": "JsonWebKey",
                "controller": WEB_DID,
                "publicKeyJwk": p384.export_public(as_dict=True),
            },
        ],
        "assertionMethod": ["#key-1", WEB_DID + "#key-2"],
        "authentication": ["#key-1"],
    }
    (OUT / "did-web-peer.json").write_text(json.dumps(web_doc, indent=2) + "\n", encoding="utf-8")
    web1 = sign(
        credential(WEB_DID, {**mill, "heatNumber": "PEER-0920"}),
        p256,
        {"alg": "ES256", "typ": "vc+jwt", "cty": "vc", "kid": WEB_DID + "#key-1"},
    )
    write("vc-jose-es256-did-web-jsonwebkey2020.jwt", web1)
    forged = credential(WEB_DID, {**mill, "heatNumber": "PEER-0920"})
    write(
        "vc-jose-es256-did-web-jsonwebkey2020.tampered.jwt",  # an outsider's key claiming the issuer
        sign(forged, attacker, {"alg": "ES256", "typ": "vc+jwt", "kid": did_jwk(attacker) + "#0"}),
    )
    web2 = sign(
        credential(WEB_DID, {**mill, "heatNumber": "PEER-0921"}),
        p384,
        {"alg": "ES384", "typ": "vc+jwt", "kid": WEB_DID + "#key-2"},
    )
    write("vc-jose-es384-did-web-jsonwebkey.jwt", web2)
    hmac_key = jwk.JWK.generate(kty="oct", size=256)
    write(
        "vc-jose-es384-did-web-jsonwebkey.tampered.jwt",
        sign(
            json.loads(unb64(web2.split(".")[1])),
            hmac_key,
            {"alg": "HS256", "typ": "vc+jwt", "kid": WEB_DID + "#key-2"},
        ),
    )

    # 6. a presentation: a holder's vp+jwt enveloping two credentials of others
    holder = did_jwk(holder_key)
    vp_header = {"alg": "ES256", "typ": "vp+jwt", "cty": "vp", "kid": holder + "#0"}

    def presentation(tokens: list[str]) -> dict[str, Any]:
        return {
            "@context": [VC2],
            "type": ["VerifiablePresentation"],
            "holder": holder,
            "verifiableCredential": [
                {"@context": VC2, "id": f"data:application/vc+jwt,{t}", "type": "EnvelopedVerifiableCredential"}
                for t in tokens
            ],
        }

    write("vp-jose-two-enveloped.jwt", sign(presentation([es256, trace]), holder_key, vp_header))
    altered = with_payload(trace, lambda c: c["credentialSubject"].update(heatNumber="PEER-9999"))
    write("vp-jose-two-enveloped.tampered.jwt", sign(presentation([es256, altered]), holder_key, vp_header))

    # 7. status lists from others: Bitstring (VC 2.0, vc+jwt) and StatusList2021 (2023 profile, VC 1.1)
    status_list = credential(
        did256,
        {
            "id": STATUS_URL + "#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": bits(7),
        },
        types=["BitstringStatusListCredential"],
    )
    status_list["id"] = STATUS_URL
    listed = sign(status_list, p256, {"alg": "ES256", "typ": "vc+jwt", "kid": did256 + "#0"})
    write("status-bitstring-es256.jwt", listed)
    write(
        "status-bitstring-es256.tampered.jwt",
        with_payload(listed, lambda c: c["credentialSubject"].update(encodedList=bits(8))),
    )
    for index, name in ((8, "vc-jose-es256-status-valid"), (7, "vc-jose-es256-status-revoked")):
        entry = {
            "id": f"{STATUS_URL}#{index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(index),
            "statusListCredential": STATUS_URL,
        }
        write(
            f"{name}.jwt",
            sign(
                credential(did256, {**mill, "heatNumber": f"PEER-10{index}"}, credentialStatus=entry),
                p256,
                {"alg": "ES256", "typ": "vc+jwt", "kid": did256 + "#0"},
            ),
        )
    url2021 = "urn:uuid:0b7c2a51-7e0c-4f6f-a9a4-3d0f5b1e2c77"
    list2021 = {
        "@context": [VC1, "https://w3id.org/vc/status-list/2021/v1"],
        "id": url2021,
        "type": ["VerifiableCredential", "StatusList2021Credential"],
        "issuer": {"id": did384},
        "issuanceDate": "2026-01-01T00:00:00Z",
        "credentialSubject": {
            "id": url2021 + "#list",
            "type": "StatusList2021",
            "statusPurpose": "revocation",
            "encodedList": bits(3),
        },
    }
    sl2021 = sign(list2021, p384, {"alg": "ES384", "cty": "vc+ld+json", "iss": did384, "kid": "#0"})
    write("status-list-2021-es384.jwt", sl2021)
    write(
        "status-list-2021-es384.tampered.jwt",
        with_payload(sl2021, lambda c: c["credentialSubject"].update(statusPurpose="suspension")),
    )
    entry2021 = {
        "id": f"{url2021}#3",
        "type": "StatusList2021Entry",
        "statusPurpose": "revocation",
        "statusListIndex": "3",
        "statusListCredential": url2021,
    }
    write(
        "vc-ld-json-jwt-status2021-revoked.jwt",
        sign(
            credential(did384, {**mill, "heatNumber": "PEER-2021"}, credentialStatus=entry2021),
            p384,
            {"alg": "ES384", "typ": "vc+ld+json+jwt", "iss": did384, "kid": "#0"},
        ),
    )

    make_other_twins()


def make_other_twins() -> None:
    """Tampered twins of the W3C vectors and of the traceability suite's token."""
    for folder in ("w3c-vc-di-ecdsa", "w3c-vc-di-eddsa"):
        for path in sorted((HERE / folder).glob("*.json")):
            if path.name.endswith(".tampered.json") or path.name == "controller.json":
                continue
            document = json.loads(path.read_text(encoding="utf-8"))
            twin = copy.deepcopy(document)
            twin["credentialSubject"]["alumniOf"] = "The School of Forgeries"
            path.with_suffix(".tampered.json").write_text(json.dumps(twin, indent=2) + "\n", encoding="utf-8")
    token = (HERE / "traceability" / "traceability-2023-es384-did-jwk.jwt").read_text(encoding="ascii").strip()
    altered = with_payload(token, lambda c: c["credentialSubject"].update(preferredUsername="mallory"))
    (HERE / "traceability" / "traceability-2023-es384-did-jwk.tampered.jwt").write_text(
        altered + "\n", encoding="ascii"
    )


if __name__ == "__main__":
    main()
