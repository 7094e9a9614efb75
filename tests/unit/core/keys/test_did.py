import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sello.core.encoding import (
    b64url_decode,
    b64url_encode,
    base58btc_decode,
    base58btc_encode,
    varint_encode,
)
from sello.core.errors import InputError, UserFacingError
from sello.core.keys.did import (
    DidResolutionError,
    DidResolver,
    did_jwk_for,
    did_key_for,
    did_web_document,
    did_web_for,
    did_web_url,
    identifiers_for_key,
    multikey_decode,
    multikey_encode,
    parse_did_document,
    web_method_id,
)
from sello.core.keys.keypair import Algorithm, PublicKey, generate_key, private_key_from_jwk

# w3c-ccg/did-method-key test-vectors/ed25519-x25519.json: seed -> DID and publicKeyBase58
ED25519_VECTORS = [
    (
        "00" * 32,
        "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp",
        "4zvwRjXUKGfvwnParsHAS3HuSVzV5cA4McphgmoCtajS",
    ),
    (
        "00" * 31 + "01",
        "did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG",
        "6ASf5EcmmEHTgDJ4X4ZT5vT6iHVJBXPg5AN5YoTCpGWt",
    ),
    (
        "00" * 31 + "02",
        "did:key:z6MknGc3ocHs3zdPiJbnaaqDi58NGb4pk1Sp9WxWufuXSdxf",
        "8pM1DN3RiT8vbom5u1sNryaNT1nyL8CTTW3b5PwWXRBH",
    ),
]

# w3c-ccg/did-method-key test-vectors/nist-curves.json (P-384 and P-256 entries)
NIST_VECTORS = [
    (
        "did:key:z82Lm1MpAkeJcix9K8TMiLd5NMAhnwkjjCBeWHXyu3U4oT2MVJJKXkcVBgjGhnLBn2Kaau9",
        {
            "kty": "EC",
            "crv": "P-384",
            "x": "lInTxl8fjLKp_UCrxI0WDklahi-7-_6JbtiHjiRvMvhedhKVdHBfi2HCY8t_QJyc",
            "y": "y6N1IC-2mXxHreETBW7K3mBcw0qGr3CWHCs-yl09yCQRLcyfGv7XhqAngHOu51Zv",
        },
        "hAyGZNj9031guBCdpAOaZkO-E5m-LKLYnMIq0-msrp8JLctseaOeNTHmP3uKVWwX",
    ),
    (
        "did:key:z82LkvCwHNreneWpsgPEbV3gu1C6NFJEBg4srfJ5gdxEsMGRJUz2sG9FE42shbn2xkZJh54",
        {
            "kty": "EC",
            "crv": "P-384",
            "x": "CA-iNoHDg1lL8pvX3d1uvExzVfCz7Rn6tW781Ub8K5MrDf2IMPyL0RTDiaLHC1JT",
            "y": "Kpnrn8DkXUD3ge4mFxi-DKr0DYO2KuJdwNBrhzLRtfMa3WFMZBiPKUPfJj8dYNl_",
        },
        "Xe1HHeh-UsrJPRNLR_Y06VTrWpZYBXi7a7kiRqCgwnAOlJZPwE-xzL3DIIVMavAL",
    ),
    (
        "did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv",
        {
            "kty": "EC",
            "crv": "P-256",
            "x": "igrFmi0whuihKnj9R3Om1SoMph72wUGeFaBbzG2vzns",
            "y": "efsX5b10x8yjyrj4ny3pGfLcY7Xby1KzgqOdqnsrJIM",
        },
        None,
    ),
]

# The did:jwk method specification's P-256 example (quartzjer/did-jwk spec.md)
DID_JWK_EXAMPLE = (
    "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZD"
    "ZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9"
)
DID_JWK_EXAMPLE_KEY = {
    "crv": "P-256",
    "kty": "EC",
    "x": "acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0",
    "y": "_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE",
}


@pytest.mark.parametrize("seed_hex, did, public_b58", ED25519_VECTORS)
def test_did_key_ed25519_vectors(seed_hex, did, public_b58):
    key = private_key_from_jwk({"kty": "OKP", "crv": "Ed25519", "d": b64url_encode(bytes.fromhex(seed_hex))})
    assert b64url_decode(key.public_jwk["x"]) == base58btc_decode(public_b58)
    assert did_key_for(key.public) == did
    resolved = DidResolver().resolve(did)
    vm_id = f"{did}#{did.removeprefix('did:key:')}"
    assert resolved.assertion_method_ids == {vm_id}
    decoded = resolved.methods[vm_id].public_key
    assert decoded.jwk == key.public_jwk
    assert did_key_for(decoded) == did
    assert identifiers_for_key(decoded, "key") == (did, vm_id)


@pytest.mark.parametrize("did, public_jwk, d", NIST_VECTORS)
def test_did_key_nist_vectors(did, public_jwk, d):
    fragment = did.removeprefix("did:key:")
    decoded = multikey_decode(fragment)
    assert decoded.jwk == public_jwk
    assert multikey_encode(decoded) == fragment
    assert did_key_for(PublicKey.from_jwk(public_jwk)) == did
    assert DidResolver().resolve(did).methods[f"{did}#{fragment}"].public_key.jwk == public_jwk
    if d is not None:  # the vector's private key derives the same public key, so did:key
        private = private_key_from_jwk({**public_jwk, "d": d})
        assert did_key_for(private.public) == did


def test_did_key_refuses_wrong_lengths_and_codecs():
    with pytest.raises(DidResolutionError, match="base58btc"):
        multikey_decode("f" + "00" * 34)
    short_ed25519 = "z" + base58btc_encode(varint_encode(0xED) + b"\1" * 31)
    with pytest.raises(DidResolutionError, match="wrong length"):
        DidResolver().resolve("did:key:" + short_ed25519)
    secp256k1 = "z" + base58btc_encode(varint_encode(0xE7) + b"\2" * 33)
    with pytest.raises(DidResolutionError, match="Unsupported multicodec"):
        DidResolver().resolve("did:key:" + secp256k1)
    bad_point = "z" + base58btc_encode(varint_encode(0x1201) + b"\2" + b"\xff" * 48)
    with pytest.raises(DidResolutionError, match="not a valid curve point"):
        DidResolver().resolve("did:key:" + bad_point)


def test_did_jwk_spec_example():
    resolved = DidResolver().resolve(DID_JWK_EXAMPLE)
    method = resolved.methods[DID_JWK_EXAMPLE + "#0"]
    assert method.public_key.jwk == DID_JWK_EXAMPLE_KEY
    assert resolved.assertion_method_ids == {DID_JWK_EXAMPLE + "#0"}
    # our encoding (sorted keys, compact JSON) reproduces the spec's identifier
    assert did_jwk_for(method.public_key) == DID_JWK_EXAMPLE
    assert json.loads(b64url_decode(DID_JWK_EXAMPLE.removeprefix("did:jwk:"))) == DID_JWK_EXAMPLE_KEY


@pytest.mark.parametrize("alg", [Algorithm.ES384, Algorithm.EDDSA])
def test_did_jwk_round_trip_and_private_key_refused(alg):
    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, "jwk")
    assert kid == did + "#0"
    assert DidResolver().resolve(did).methods[kid].public_key.jwk == key.public_jwk
    leaked = "did:jwk:" + b64url_encode(json.dumps(key.private_jwk()).encode())
    with pytest.raises(DidResolutionError, match="public JWK"):
        DidResolver().resolve(leaked)
    with pytest.raises(DidResolutionError, match="valid JWK"):
        DidResolver().resolve("did:jwk:" + b64url_encode(b"not json"))


@pytest.mark.parametrize(
    "did, url",
    [
        ("did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json"),
        ("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"),
        ("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json"),
    ],
)
def test_did_web_spec_examples(did, url):
    assert did_web_url(did) == url


def test_did_web_identifiers():
    assert did_web_for("w3c-ccg.github.io") == "did:web:w3c-ccg.github.io"
    assert did_web_for("example.com:3000", ["user", "alice"]) == "did:web:example.com%3A3000:user:alice"
    assert did_web_for("https://AcerosDelNorte.mx/") == "did:web:acerosdelnorte.mx"
    for bad in ["", "not a domain", "-bad.mx", "acme.mx:port"]:
        with pytest.raises(InputError):
            did_web_for(bad)
    for bad in ["did:web:", "did:web:acme.mx:..:x", "did:web:acme.mx::x", "did:key:z6Mk"]:
        with pytest.raises(DidResolutionError):
            did_web_url(bad)
    key = generate_key()
    did, kid = identifiers_for_key(key.public, "web", "acerosdelnorte.mx")
    assert (did, kid) == ("did:web:acerosdelnorte.mx", f"did:web:acerosdelnorte.mx#{key.key_id}")
    with pytest.raises(InputError, match="domain"):
        identifiers_for_key(key.public, "web")
    with pytest.raises(InputError, match="Unknown DID method"):
        identifiers_for_key(key.public, "ion")


def test_did_web_without_resolver_says_why():
    with pytest.raises(DidResolutionError, match="publishes its keys on its website"):
        DidResolver().resolve("did:web:acerosdelnorte.mx")
    with pytest.raises(DidResolutionError, match="not supported"):
        DidResolver().resolve("did:ion:abc")


@pytest.fixture
def web_issuer():
    """A did:web document with an assertion key and an authentication-only key."""
    did = "did:web:acerosdelnorte.mx"
    signer, login_only = generate_key(Algorithm.ES384), generate_key(Algorithm.EDDSA)
    document = did_web_document(did, [signer.public, login_only.public])
    document["assertionMethod"] = [web_method_id(did, signer.public)]
    resolver = DidResolver(web_resolver=lambda d: parse_did_document(d, document, source="bundle"))
    return did, signer, login_only, resolver


def test_resolve_assertion_key_accepts_issuer_key(web_issuer):
    did, signer, _, resolver = web_issuer
    method, resolved = resolver.resolve_assertion_key(f"#{signer.key_id}", did)  # relative kid
    assert method.id == web_method_id(did, signer.public)
    assert method.public_key.verify("ES384", b"m", signer.sign(b"m"))
    assert resolved.source == "bundle"


def test_resolve_assertion_key_refusals(web_issuer):
    did, signer, login_only, resolver = web_issuer
    with pytest.raises(DidResolutionError, match="does not belong to the issuer"):
        resolver.resolve_assertion_key(f"did:web:other.example#{signer.key_id}", did)
    with pytest.raises(DidResolutionError, match="not authorised to sign credentials"):
        resolver.resolve_assertion_key(web_method_id(did, login_only.public), did)
    with pytest.raises(DidResolutionError, match="has no key"):
        resolver.resolve_assertion_key(f"{did}#{generate_key().key_id}", did)
    with pytest.raises(DidResolutionError, match="no kid"):
        resolver.resolve_assertion_key("", did)
    # a did:key kid presented for a did:jwk issuer
    key = generate_key()
    did_jwk, _ = identifiers_for_key(key.public, "jwk")
    _, key_kid = identifiers_for_key(key.public, "key")
    with pytest.raises(DidResolutionError, match="does not belong"):
        DidResolver().resolve_assertion_key(key_kid, did_jwk)


def test_parse_did_document_refuses_published_private_key():
    did = "did:web:acerosdelnorte.mx"
    key = generate_key()
    document = did_web_document(did, [key.public])
    document["verificationMethod"][0]["publicKeyJwk"] = key.private_jwk()
    with pytest.raises(DidResolutionError, match="private key"):
        parse_did_document(did, document, source="web")
    with pytest.raises(DidResolutionError, match="is not"):
        parse_did_document("did:web:other.example", did_web_document(did, [key.public]), source="web")


@settings(max_examples=40, deadline=None)
@given(seed=st.binary(min_size=32, max_size=32))
def test_did_key_and_did_jwk_round_trip_any_ed25519_key(seed):
    key = private_key_from_jwk({"kty": "OKP", "crv": "Ed25519", "d": b64url_encode(seed)})
    for method in ("key", "jwk"):
        did, kid = identifiers_for_key(key.public, method)
        assert DidResolver().resolve(did).methods[kid].public_key.jwk == key.public_jwk


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=80),
        st.text(alphabet="123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", max_size=80).map(
            lambda t: "did:key:z" + t
        ),
        st.binary(max_size=120).map(lambda b: "did:jwk:" + b64url_encode(b)),
        st.dictionaries(
            st.sampled_from(["kty", "crv", "x", "y", "d"]),
            st.one_of(st.text(max_size=10), st.sampled_from(["EC", "OKP", "P-384", "Ed25519"]), st.integers()),
            max_size=5,
        ).map(lambda d: "did:jwk:" + b64url_encode(json.dumps(d).encode())),
    )
)
def test_resolver_never_crashes_on_arbitrary_identifiers(text):
    try:
        resolved = DidResolver().resolve(text)
    except UserFacingError:
        return
    # accepted only as a self-contained DID whose document names it, with usable keys
    assert resolved.did == text and resolved.document.get("id") == text
    assert resolved.source == "self-contained" and resolved.methods
    assert set(resolved.assertion_method_ids) <= set(resolved.methods)
