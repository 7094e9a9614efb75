"""Fuzz the decoders added for what others issue (issue 13): presentations (vp+jwt and
their enveloped `data:` URLs), the 2023 traceability JOSE profile, the ECDSA Data
Integrity suites on the W3C vectors, and status lists of either format and securing.

Same rules as test_fuzz_decoders.py: a result, a red verdict or a clear `InputError`,
never another exception, a hang or unbounded memory; counted per decoder in the table.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sello.core.credentials.checks import verify_data_integrity, verify_vc_jwt
from sello.core.encoding import b64url_encode
from sello.core.errors import InputError, UserFacingError
from sello.core.keys.did import identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.trust.checkers import read_status_list
from sello.core.verification.pipeline import verify_input
from tests.hardening.fuzz_support import assert_clear_verdict, exercise, fuzz_settings
from tests.hardening.test_fuzz_decoders import json_bytes, json_values
from tests.unit.core.vc_helpers import NOW, mill_test_report
from tests.unit.core.verification.test_peers import MANIFEST, PEERS, BundleResolver

HOLDER = generate_key("ES384")
HOLDER_DID, HOLDER_KID = identifiers_for_key(HOLDER.public, "jwk")
ISSUER = generate_key("ES384")
ISSUER_DID, ISSUER_KID = identifiers_for_key(ISSUER.public, "jwk")
RESOLVER = BundleResolver(sorted({d for e in MANIFEST for d in e.get("documents", [])}))
GENUINE_TOKEN = (PEERS / "jwcrypto" / "vc-jose-es256-did-jwk.jwt").read_text().strip()
VC2 = "https://www.w3.org/ns/credentials/v2"


def signed(header: dict[str, Any], payload: Any, how: str, key: Any = HOLDER, style: str = "jcs") -> str:
    signing_input = f"{b64url_encode(json_bytes(header, style))}.{b64url_encode(json_bytes(payload, style))}"
    signature = key.sign(signing_input.encode("ascii")) if how == "signed" else b"\x01" * 96
    return f"{signing_input}.{b64url_encode(signature)}"


def _assert_documents_clear(verdict: Any, where: str) -> None:
    for document in getattr(verdict, "documents", ()):
        assert_clear_verdict(document, where=f"{where} document")


# -- presentations ------------------------------------------------------------------------------
_ENTRY = st.sampled_from(["genuine", "data_url", "embedded", "string", "random", "nested"])


@st.composite
def vp_entries(draw: st.DrawFn) -> tuple[Any, bool]:
    """(an entry of verifiableCredential, whether it is exactly a genuine credential)."""
    kind = draw(_ENTRY)
    if kind == "genuine":
        return {
            "@context": VC2,
            "id": f"data:application/vc+jwt,{GENUINE_TOKEN}",
            "type": "EnvelopedVerifiableCredential",
        }, True
    if kind == "data_url":
        media = draw(
            st.sampled_from(
                [
                    "application/vc+jwt",
                    "application/vc+ld+json+jwt",
                    "application/vp+jwt",
                    "text/plain",
                    "application/vc+jwt;base64",
                    "",
                    "APPLICATION/VC+JWT",
                ]
            )
        )
        body = draw(
            st.sampled_from([GENUINE_TOKEN[:-3], GENUINE_TOKEN.upper(), "", "a.b.c", GENUINE_TOKEN + "."])
            | st.text(max_size=40)
        )
        return {
            "id": f"data:{media},{body}",
            "type": draw(
                st.sampled_from(
                    ["EnvelopedVerifiableCredential", ["EnvelopedVerifiableCredential"], "VerifiableCredential", 7]
                )
            ),
        }, False
    if kind == "embedded":
        document = mill_test_report(ISSUER_DID)
        document["proof"] = draw(json_values)
        return document, False
    if kind == "string":
        return draw(st.sampled_from([GENUINE_TOKEN[:-2], "x.y.z", ""]) | st.text(max_size=30)), False
    if kind == "nested":
        return {"type": ["VerifiablePresentation"], "verifiableCredential": [GENUINE_TOKEN]}, False
    return draw(json_values), False


@fuzz_settings()
@given(data=st.data())
def test_verify_vp_jwt_with_hostile_entries_and_headers(data: st.DataObject) -> None:
    entries = data.draw(st.lists(vp_entries(), min_size=0, max_size=4))
    payload: Any = {
        "@context": [VC2],
        "type": ["VerifiablePresentation"],
        "holder": HOLDER_DID,
        "verifiableCredential": [e for e, _ in entries],
    }
    if data.draw(st.integers(0, 5)) == 0:
        payload[data.draw(st.sampled_from(["holder", "type", "verifiableCredential", "@context"]))] = data.draw(
            json_values
        )
    header = data.draw(
        st.sampled_from(
            [
                {"alg": "ES384", "typ": "vp+jwt", "kid": HOLDER_KID},
                {"alg": "ES384", "typ": "vp+ld+json+jwt", "cty": "vp+ld+json", "iss": HOLDER_DID, "kid": "#0"},
                {"alg": "ES384", "cty": "vp+ld+json", "iss": HOLDER_DID, "kid": "#0"},
                {"alg": "ES384", "typ": "vp+jwt", "cty": "vc", "kid": HOLDER_KID},
                {"alg": "none", "typ": "vp+jwt", "kid": HOLDER_KID},
                {"alg": "ES384", "typ": "vp+jwt", "kid": ISSUER_KID},
            ]
        )
    )
    how = data.draw(st.sampled_from(["signed", "signed", "random"]))
    token = signed(header, payload, how, style=data.draw(st.sampled_from(["jcs", "plain"])))
    verdict = exercise(
        "presentation.verify (vp+jwt)", lambda: verify_input(token, resolver=RESOLVER, now=NOW), allowed=(InputError,)
    )
    if verdict is None:
        return
    _assert_documents_clear(verdict, "vp+jwt")
    genuine = (
        how == "signed"
        and header.get("alg") != "none"
        and header.get("kid") != ISSUER_KID
        and header.get("cty") != "vc"
        and entries
        and all(ok for _, ok in entries)
        and payload["holder"] in (HOLDER_DID, None)
        and payload["verifiableCredential"] == [e for e, _ in entries]
        and payload["type"] == ["VerifiablePresentation"]
        and payload["@context"] == [VC2]
    )
    if not genuine:  # (a holder left unnamed is the signing key's DID)
        assert verdict.color == "red", [(c.name, c.code) for c in verdict.checks]


# -- the 2023 traceability profile -----------------------------------------------------------------
_PROFILE_HEADER = {
    "typ": st.sampled_from([None, "vc+ld+json+jwt", "vc+jwt", "JWT", "vp+ld+json+jwt", ""]),
    "cty": st.sampled_from([None, "vc+ld+json", "vc", "application/vc+ld+json", "json", "vp+ld+json"]),
    "iss": st.sampled_from([None, ISSUER_DID, HOLDER_DID, "", ISSUER_DID + " "]) | json_values,
    "kid": st.sampled_from(["#0", "#1", ISSUER_KID, HOLDER_KID, "#", "0", ""]) | json_values,
    "alg": st.sampled_from(["ES384", "ES256", "EdDSA", "none", "HS384"]),
}


@fuzz_settings()
@given(data=st.data())
def test_verify_vc_jwt_in_the_2023_profile_with_hostile_headers(data: st.DataObject) -> None:
    header = {name: data.draw(values) for name, values in _PROFILE_HEADER.items()}
    header = {k: v for k, v in header.items() if v is not None}
    model = data.draw(st.sampled_from(["vc1", "vc2"]))
    payload = mill_test_report(ISSUER_DID)
    if model == "vc1":
        payload = {
            **{k: v for k, v in payload.items() if k != "validFrom"},
            "issuanceDate": payload["validFrom"],
            "@context": ["https://www.w3.org/2018/credentials/v1", "https://www.w3.org/ns/activitystreams"],
        }
    token = signed(header, payload, "signed", key=ISSUER)
    verdict = exercise("verify.verify_vc_jwt (2023 profile)", lambda: verify_vc_jwt(token, resolver=RESOLVER, now=NOW))
    assert verdict is not None
    exact = (
        header.get("alg") == "ES384"
        and header.get("kid") in ("#0", ISSUER_KID)
        and header.get("iss", ISSUER_DID) == ISSUER_DID
        and (header.get("typ") in ("vc+ld+json+jwt", "vc+jwt") or ("typ" not in header and "cty" in header))
        and header.get("cty", "vc") in ("vc+ld+json", "vc", "application/vc+ld+json")
        and not (model == "vc1" and header.get("typ") == "vc+jwt")
    )
    assert (verdict.color != "red") == exact, (header, model, [(c.name, c.code) for c in verdict.checks])


# -- ECDSA Data Integrity on the W3C vectors ---------------------------------------------------------
_ECDSA = [e["file"] for e in MANIFEST if "ecdsa" in e["file"] and e["file"].endswith(".json")]
_PROOF_VALUES = st.sampled_from(
    [
        "ecdsa-rdfc-2019",
        "ecdsa-jcs-2019",
        "eddsa-jcs-2022",
        "ecdsa-sd-2023",
        "DataIntegrityProof",
        "assertionMethod",
        "authentication",
        "z",
        "z1111",
        "did:key:zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP#zDnaepBuvsQ8cpsWrVKw8fbpGpvPe",
        "2023-02-24T23:36:38Z",
        "2999-01-01T00:00:00Z",
        [VC2],
    ]
)


@pytest.mark.parametrize("name", _ECDSA)
@fuzz_settings(0.25)
@given(data=st.data())
def test_verify_ecdsa_vectors_with_mutated_proofs(name: str, data: st.DataObject) -> None:
    genuine = json.loads((PEERS / name).read_text(encoding="utf-8"))
    document = json.loads(json.dumps(genuine))
    proof = document["proof"]
    for _ in range(data.draw(st.integers(1, 3))):
        member = data.draw(st.sampled_from(sorted(proof) + ["expires", "nonce"]))
        if data.draw(st.booleans()):
            proof.pop(member, None)
        else:
            proof[member] = data.draw(_PROOF_VALUES | json_values)
    # under rdfc a member that makes no RDF statement (null, [], a term no context defines
    # for a proof...) may leave the signed graph unchanged: as test_fuzz_decoders does, only
    # the members that are always signed are watched there
    rdfc = "rdfc" in genuine["proof"]["cryptosuite"]
    signed = {"type", "cryptosuite", "verificationMethod", "proofPurpose", "created", "proofValue"}
    watched = signed if rdfc else (set(proof) | set(genuine["proof"])) - {"@context"}
    missing = object()
    changed = any(proof.get(k, missing) != genuine["proof"].get(k, missing) for k in watched)
    changed |= proof.get("@context", document["@context"]) != document["@context"]
    suite = genuine["proof"]["cryptosuite"]
    verdict = exercise(
        f"verify.verify_data_integrity ({suite})",
        lambda: verify_data_integrity(document, resolver=RESOLVER, now=NOW),
        memory="native" if "rdfc" in suite else "python",
    )
    assert verdict is not None
    if changed:
        assert verdict.color == "red", proof


# -- status lists from others ---------------------------------------------------------------------------
_LISTS = {
    "vc+jwt": (PEERS / "jwcrypto" / "status-bitstring-es256.jwt").read_text().strip(),
    "2021": (PEERS / "jwcrypto" / "status-list-2021-es384.jwt").read_text().strip(),
}


@fuzz_settings(0.5)
@given(data=st.data())
def test_read_status_list_of_either_format(data: st.DataObject) -> None:
    which = data.draw(st.sampled_from(sorted(_LISTS)))
    token = _LISTS[which]
    issuer = json.loads(b64url_decode_text(token.split(".")[1]))["issuer"]["id"]
    resolved = RESOLVER.resolve(issuer)
    kind = data.draw(st.sampled_from(["genuine", "json", "mutated"]))
    if kind == "json":
        text = json.dumps(data.draw(json_values | st.just({"proof": {}, "@context": [VC2]})))
    elif kind == "mutated":
        pos = data.draw(st.integers(0, len(token) - 1))
        text = token[:pos] + data.draw(st.sampled_from("AbZ09-_.{")) + token[pos + 1 :]
    else:
        text = token
    entry_type = data.draw(st.sampled_from(["BitstringStatusListEntry", "StatusList2021Entry"]))
    url = json.loads(b64url_decode_text(token.split(".")[1]))["id"]
    result = exercise(
        "trust.read_status_list (peers)",
        lambda: read_status_list(
            text, url=url, issuer=resolved, purpose="revocation", now=NOW + timedelta(0), entry_type=entry_type
        ),
        allowed=(UserFacingError,),
    )
    if result is not None:
        assert text == token or kind == "mutated"
        assert entry_type == ("BitstringStatusListEntry" if which == "vc+jwt" else "StatusList2021Entry")


def b64url_decode_text(text: str) -> bytes:
    from sello.core.encoding import b64url_decode

    return b64url_decode(text)
