import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jwcrypto import jwk as jwcrypto_jwk
from jwcrypto import jws as jwcrypto_jws

from sello.core.encoding import b64url_decode, b64url_encode
from sello.core.errors import InputError
from sello.core.keys.keypair import Algorithm, PublicKey, generate_key, jwk_thumbprint, private_key_from_jwk

# RFC 8037 appendix A.1-A.4: an Ed25519 key, its thumbprint and a deterministic signature.
RFC8037_JWK = {
    "kty": "OKP",
    "crv": "Ed25519",
    "d": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
    "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
}
RFC8037_THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
RFC8037_SIGNING_INPUT = b"eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
RFC8037_SIGNATURE = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"

ALGS = [Algorithm.ES384, Algorithm.EDDSA]


@pytest.mark.parametrize("alg", ALGS)
def test_sign_verify_and_tamper(alg):
    key = generate_key(alg)
    signature = key.sign(b"heat 4711, 25 t of rebar")
    assert len(signature) == (96 if alg is Algorithm.ES384 else 64)
    assert key.public.verify(alg.value, b"heat 4711, 25 t of rebar", signature)
    assert not key.public.verify(alg.value, b"heat 4711, 26 t of rebar", signature)
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not key.public.verify(alg.value, b"heat 4711, 25 t of rebar", flipped)
    assert not key.public.verify(alg.value, b"heat 4711, 25 t of rebar", signature[:-1])
    assert not generate_key(alg).public.verify(alg.value, b"heat 4711, 25 t of rebar", signature)


@pytest.mark.parametrize(
    "alg, refused",
    [
        (Algorithm.ES384, ["ES256", "EdDSA", "Ed25519", "none", "HS384", "RS384", ""]),
        (Algorithm.EDDSA, ["ES384", "ES256", "none", "HS256", "eddsa", ""]),
    ],
)
def test_verify_refuses_algorithms_the_key_type_does_not_allow(alg, refused):
    key = generate_key(alg)
    signature = key.sign(b"payload")
    assert key.public.verify(alg.value, b"payload", signature)
    for other in refused:
        assert not key.public.verify(other, b"payload", signature), other


def test_ed25519_accepts_rfc9864_alg_name():
    key = generate_key(Algorithm.EDDSA)
    assert key.public.verify("Ed25519", b"x", key.sign(b"x"))


@pytest.mark.parametrize("alg", ALGS)
def test_private_jwk_round_trip(alg):
    key = generate_key(alg)
    jwk = key.private_jwk()
    again = private_key_from_jwk(json.loads(json.dumps(jwk)))
    assert again.key_id == key.key_id and again.alg is alg
    assert again.public_jwk == key.public_jwk
    assert "d" not in key.public_jwk
    assert key.public.verify(alg.value, b"m", again.sign(b"m"))
    assert PublicKey.from_jwk(key.public_jwk).jwk == key.public_jwk


@pytest.mark.parametrize("alg", ALGS)
def test_thumbprint_matches_jwcrypto(alg):
    key = generate_key(alg)
    expected = jwcrypto_jwk.JWK(**key.public_jwk).thumbprint()  # SHA-256, base64url
    assert jwk_thumbprint(key.public_jwk) == expected == key.key_id
    # extra members (alg, kid, use) do not change an RFC 7638 thumbprint
    assert jwk_thumbprint({**key.public_jwk, "kid": "x", "alg": alg.value, "use": "sig"}) == expected


def test_rfc8037_ed25519_vectors():
    key = private_key_from_jwk(RFC8037_JWK)
    assert key.public_jwk["x"] == RFC8037_JWK["x"]
    assert key.key_id == RFC8037_THUMBPRINT
    assert b64url_encode(key.sign(RFC8037_SIGNING_INPUT)) == RFC8037_SIGNATURE
    assert key.public.verify("EdDSA", RFC8037_SIGNING_INPUT, b64url_decode(RFC8037_SIGNATURE))


@pytest.mark.parametrize("alg", ALGS)
def test_our_signature_verifies_in_jwcrypto_and_theirs_in_ours(alg):
    key = generate_key(alg)
    header = b64url_encode(json.dumps({"alg": alg.value}).encode())
    payload = b64url_encode(b'{"credentialSubject":{"heat":"4711"}}')
    signing_input = f"{header}.{payload}".encode()
    token = f"{header}.{payload}.{b64url_encode(key.sign(signing_input))}"
    checker = jwcrypto_jws.JWS()
    checker.deserialize(token)
    checker.verify(jwcrypto_jwk.JWK(**key.public_jwk), alg=alg.value)  # raises if invalid
    assert checker.payload == b'{"credentialSubject":{"heat":"4711"}}'

    theirs = jwcrypto_jws.JWS(b"from jwcrypto")
    theirs.add_signature(jwcrypto_jwk.JWK(**key.private_jwk()), alg=alg.value, protected=json.dumps({"alg": alg.value}))
    h, p, s = theirs.serialize(compact=True).split(".")
    assert key.public.verify(alg.value, f"{h}.{p}".encode(), b64url_decode(s))


def test_private_key_from_jwk_refusals():
    es = generate_key(Algorithm.ES384).private_jwk()
    with pytest.raises(InputError, match="no 'd' member"):
        private_key_from_jwk({k: v for k, v in es.items() if k != "d"})
    other = generate_key(Algorithm.ES384).public_jwk
    with pytest.raises(InputError, match="does not match"):
        private_key_from_jwk({**es, "x": other["x"], "y": other["y"]})
    with pytest.raises(InputError, match="48 bytes"):
        private_key_from_jwk({**es, "d": b64url_encode(b"\1" * 32)})
    with pytest.raises(InputError, match="P-384 or Ed25519"):
        private_key_from_jwk({"kty": "EC", "crv": "P-256", "d": b64url_encode(b"\1" * 32)})
    with pytest.raises(InputError):
        Algorithm.parse("RS256")
    assert Algorithm.parse("ed25519") is Algorithm.EDDSA and Algorithm.parse("p-384") is Algorithm.ES384


@pytest.mark.parametrize("alg", ALGS)
def test_repr_never_shows_key_material(alg):
    key = generate_key(alg)
    d = key.private_jwk()["d"]
    assert d not in repr(key) and d not in str(key)
    assert key.key_id in repr(key)


@settings(max_examples=25, deadline=None)
@given(message=st.binary(max_size=512), alg=st.sampled_from(ALGS))
def test_any_message_signs_and_verifies(message, alg):
    key = _KEYS[alg]
    assert key.public.verify(alg.value, message, key.sign(message))
    assert not key.public.verify(alg.value, message + b"\0", key.sign(message))


_KEYS = {alg: generate_key(alg) for alg in ALGS}
