"""The tamper corpus over what others issue (issue 13): the peer fixtures of
tests/data/peers -- the 2023 traceability suite's token, jwcrypto's vc+jwt in both JOSE
profiles and on did:jwk / did:web, the W3C ECDSA and EdDSA Data Integrity vectors, and
presentations around them -- altered every way `tamper.py` and `tamper_peers.py` know.
Every case must be red for a named check; never green, never amber.

Sizes: every byte and character of each header and signature, `PAYLOAD_SAMPLE` payload
positions per token and kind of change (times SELLO_HARDENING_SCALE; "full": all), every
member name and string value of each Data Integrity vector plus every proofValue character
(rdfc ones sampled). The table is printed whatever pytest's capture setting.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from sello.core.credentials.checks import verify_data_integrity, verify_vc_jwt
from sello.core.credentials.verdict import Verdict
from sello.core.errors import InputError
from sello.core.verification.pipeline import verify_input
from tests.hardening import tamper, tamper_peers
from tests.hardening.tamper import Mutation
from tests.hardening.tamper_judge import Judgement, Tally, format_table, judge
from tests.hardening.test_tamper_corpus import hardening_scale, sample_size
from tests.unit.core.vc_helpers import NOW
from tests.unit.core.verification.test_peers import MANIFEST, PEERS, BundleResolver

PAYLOAD_SAMPLE = 150
RDFC_VALUE_SAMPLE = 8  # rdfc verification canonicalizes with PyLD (slow): sample its proofValue
OTHER_DID = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"  # the did:key spec's example
JOSE_FIXTURES = [
    "traceability/traceability-2023-es384-did-jwk.jwt",
    "jwcrypto/vc-jose-es256-did-jwk.jwt",
    "jwcrypto/vc-jose-eddsa-did-jwk.jwt",
    "jwcrypto/vc-ld-json-jwt-es384-did-jwk.jwt",
    "jwcrypto/vc-jose-es256-did-web-jsonwebkey2020.jwt",
    "jwcrypto/vc-jose-es384-did-web-jsonwebkey.jwt",
]
DI_FIXTURES = [e["file"] for e in MANIFEST if e["file"].endswith(".json")]
REQUIRED = {
    "jws.header.byte",
    "jws.header.char",
    "jws.payload.byte",
    "jws.payload.char",
    "jws.signature.byte",
    "jws.signature.char",
    "jws.noncanonical_tail",
    "alg.none",
    "alg.hmac",
    "alg.relabel",
    "alg.unsupported",
    "jws.profile",
    "di.flip",
    "di.proof_options",
    "di.proof_value",
    "vp.document",
    "vp.holder",
}


def resolver() -> BundleResolver:
    return BundleResolver(sorted({d for e in MANIFEST for d in e.get("documents", [])}))


def public_jwk(token: str, resolved: BundleResolver) -> dict[str, Any]:
    header, payload = tamper.header_of(token), tamper.payload_of(token)
    issuer = payload["issuer"]["id"] if isinstance(payload["issuer"], dict) else payload["issuer"]
    method, _ = resolved.resolve_assertion_key(header["kid"], issuer)
    return dict(method.public_key.jwk)


def jose_mutations(scale: float | None, resolved: BundleResolver) -> list[Mutation]:
    mutations: list[Mutation] = []
    for name in JOSE_FIXTURES:
        token = (PEERS / name).read_text(encoding="utf-8").strip()
        lengths = tamper.segment_lengths(token)
        for segment in ("header", "signature"):
            mutations += tamper.byte_changes(token, segment, seed=name)
            mutations += tamper.char_changes(token, segment, seed=name)
        sample = sample_size(PAYLOAD_SAMPLE, scale)
        mutations += tamper.byte_changes(
            token, "payload", tamper.sample_positions(lengths["payload"][0], sample, name), seed=name
        )
        mutations += tamper.char_changes(
            token, "payload", tamper.sample_positions(lengths["payload"][1], sample, name), seed=name
        )
        mutations += tamper.noncanonical_tails(token)
        mutations += tamper.alg_swaps(token, public_jwk(token, resolved))
        mutations += tamper_peers.profile_mutations(token, OTHER_DID)
    return mutations


def di_mutations(scale: float | None) -> list[Mutation]:
    mutations: list[Mutation] = []
    for name in DI_FIXTURES:
        document = json.loads((PEERS / name).read_text(encoding="utf-8"))
        rdfc = "rdfc" in document["proof"]["cryptosuite"]
        # a context URL flipped under rdfc cannot be canonicalized offline: "cannot confirm"
        # ("cannot confirm", blue), tested in tests/unit/core/credentials/test_dataintegrity.py, not a red case here
        skip = (lambda path, site: path == ("@context", 1) and site == "value") if rdfc else (lambda p, s: False)
        mutations += tamper_peers.document_flips(document, skip=skip)
        value_len = len(document["proof"]["proofValue"]) - 1
        positions = (
            None
            if not rdfc
            else [1 + p for p in tamper.sample_positions(value_len, sample_size(RDFC_VALUE_SAMPLE, scale), name)]
        )
        mutations += tamper.di_mutations(
            document, OTHER_DID + "#" + OTHER_DID[8:], value_positions=positions, trade_fields=False
        )
    return mutations


def vp_mutations() -> list[Mutation]:
    key = ec.generate_private_key(ec.SECP256R1())
    numbers = key.public_key().public_numbers()
    jwk = {
        "kty": "EC",
        "crv": "P-256",
        "x": tamper.b64url(numbers.x.to_bytes(32, "big")),
        "y": tamper.b64url(numbers.y.to_bytes(32, "big")),
    }
    holder = "did:jwk:" + tamper.b64url(json.dumps(jwk).encode())

    def sign(data: bytes) -> bytes:
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")

    tokens = [(PEERS / name).read_text(encoding="utf-8").strip() for name in JOSE_FIXTURES[:3]]
    twin = next(e for e in MANIFEST if e["file"] == JOSE_FIXTURES[1])
    altered = [
        (
            "payload field edited",
            tamper.reserialized(tokens[1], {**tamper.payload_of(tokens[1]), "id": "urn:uuid:x"}),
            tamper.red("signature", "signature.mismatch", must_pass={"format", "issuer_key"}),
        ),
        (
            "alg none",
            tamper.with_header(tokens[0], {**tamper.header_of(tokens[0]), "alg": "none"}, b""),
            tamper.red("signature", "signature.alg_none"),
        ),
        (
            "manifest twin",
            (PEERS / twin["twin"]).read_text(encoding="utf-8").strip(),
            tamper.red(twin["twin_expect"][0], twin["twin_expect"][1]),
        ),
    ]
    return list(tamper_peers.presentation_mutations(holder, holder + "#0", "ES256", sign, tokens, altered))


def verdict_for(mutation: Mutation, resolved: BundleResolver) -> tuple[Verdict, int | None]:
    if mutation.kind == "vp+jwt":
        token, index = mutation.data
        return verify_input(token, resolver=resolved, now=NOW), index
    if mutation.kind == "data-integrity":
        return verify_data_integrity(mutation.data, resolver=resolved, now=NOW), None
    return verify_vc_jwt(mutation.data, resolver=resolved, now=NOW), None


def judge_case(mutation: Mutation, resolved: BundleResolver) -> Judgement:
    try:
        verdict, index = verdict_for(mutation, resolved)
    except InputError as exc:
        return judge(mutation, error=exc)
    if index is None:
        return judge(mutation, verdict)
    if verdict.color != "red" or any(c.outcome == "failed" for c in verdict.checks):
        return Judgement(
            "wrong_reason",
            f"presentation {verdict.color}, holder failures: "
            f"{[c.code for c in verdict.checks if c.outcome == 'failed']}",
        )
    return judge(mutation, verdict.documents[index])


def test_tamper_corpus_over_peer_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    scale = hardening_scale()
    resolved = resolver()
    genuine = [
        verify_input((PEERS / n).read_text(encoding="utf-8"), resolver=resolved, now=NOW)
        for n in JOSE_FIXTURES + DI_FIXTURES
    ]
    assert all(v.ok and not any(c.outcome == "failed" for c in v.checks) for v in genuine)
    mutations = jose_mutations(scale, resolved) + di_mutations(scale) + vp_mutations()
    tally = Tally()
    for mutation in mutations:
        tally.add(mutation, judge_case(mutation, resolved))
    with capsys.disabled():
        print(
            f"\nTamper corpus over peer credentials ({'full' if scale is None else f'scale {scale:g}'}): "
            f"{tally.total:,} cases over {len(JOSE_FIXTURES)} vc+jwt, {len(DI_FIXTURES)} Data Integrity "
            f"documents and vp+jwt presentations"
        )
        print(format_table(tally))
    assert set(Counter(m.category for m in mutations)) >= REQUIRED
    problems = {name: t.failures for name, t in tally.items() if t.wrong_reason or t.accepted}
    assert not problems, problems
    for name, t in tally.items():
        assert t.red == t.cases, name  # nothing here is unreadable input or merely amber
