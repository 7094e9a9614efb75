"""Signing keys: ES384 (P-384, via `cryptography`) and Ed25519 (via PyNaCl).

A key is identified by its RFC 7638 JWK thumbprint. Public keys are handled as JWK
dicts; `PublicKey` also verifies ES256 keys so that other vendors' credentials can be
checked, but Sello only ever creates ES384 and Ed25519 keys.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import nacl.exceptions
import nacl.signing
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from joserfc.jwk import ECKey, OKPKey

from sello.core.encoding import b64url_decode, b64url_encode
from sello.core.errors import InputError, quoted
from sello.core.i18n import Message


class Algorithm(StrEnum):
    """The signing algorithms Sello can create keys for (JOSE `alg` names)."""

    ES384 = "ES384"
    EDDSA = "EdDSA"

    @classmethod
    def parse(cls, text: str) -> Algorithm:
        normal = text.strip().upper()
        if normal in ("ES384", "P-384", "P384"):
            return cls.ES384
        if normal in ("EDDSA", "ED25519"):
            return cls.EDDSA
        raise InputError(Message("keypair.unknown_alg", text=repr(text)))


# curve name -> (cryptography curve, coordinate byte length, JWS alg)
_EC_CURVES: dict[str, tuple[ec.EllipticCurve, int, str]] = {
    "P-256": (ec.SECP256R1(), 32, "ES256"),
    "P-384": (ec.SECP384R1(), 48, "ES384"),
}
_EC_HASH = {"ES256": hashes.SHA256(), "ES384": hashes.SHA384()}

# JWS algorithms accepted for each public key type (RFC 9864 adds "Ed25519").
_ALLOWED_ALGS = {
    "P-256": frozenset({"ES256"}),
    "P-384": frozenset({"ES384"}),
    "Ed25519": frozenset({"EdDSA", "Ed25519"}),
}


def jwk_thumbprint(jwk: dict[str, Any]) -> str:
    """RFC 7638 thumbprint (SHA-256, base64url) over the required public members."""
    kty = jwk.get("kty")
    if kty == "EC":
        members = {k: jwk[k] for k in ("crv", "kty", "x", "y")}
    elif kty == "OKP":
        members = {k: jwk[k] for k in ("crv", "kty", "x")}
    else:
        raise InputError(Message("keypair.unsupported_kty", kty=repr(kty)))
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True)
    return b64url_encode(hashlib.sha256(canonical.encode("utf-8")).digest())


@dataclass(frozen=True)
class PublicKey:
    """A public key as a JWK with public members only."""

    jwk: dict[str, Any]
    _verifier: Any = field(default=None, repr=False, compare=False, hash=False)

    @classmethod
    def from_jwk(cls, jwk: dict[str, Any]) -> PublicKey:
        if not isinstance(jwk, dict):
            raise InputError(Message("keypair.public_not_object"))
        kty, crv = jwk.get("kty"), jwk.get("crv")
        verifier: ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey
        try:
            if kty == "EC" and isinstance(crv, str) and crv in _EC_CURVES:
                curve, size, _ = _EC_CURVES[crv]
                x, y = b64url_decode(jwk["x"]), b64url_decode(jwk["y"])
                if len(x) != size or len(y) != size:
                    raise InputError(Message("keypair.coordinates_length", crv=crv))
                verifier = ec.EllipticCurvePublicNumbers(
                    int.from_bytes(x, "big"), int.from_bytes(y, "big"), curve
                ).public_key()
                public = {"kty": "EC", "crv": crv, "x": jwk["x"], "y": jwk["y"]}
            elif kty == "OKP" and crv == "Ed25519":
                x = b64url_decode(jwk["x"])
                if len(x) != 32:
                    raise InputError(Message("keypair.ed25519_public_length"))
                verifier = ed25519.Ed25519PublicKey.from_public_bytes(x)
                public = {"kty": "OKP", "crv": "Ed25519", "x": jwk["x"]}
            else:
                raise InputError(Message("keypair.unsupported_public", value=quoted(kty), value2=quoted(crv)))
        except KeyError as exc:
            raise InputError(Message("keypair.public_lacks", value=repr(exc.args[0]))) from None
        except ValueError as exc:
            raise InputError(Message("keypair.public_not_point", value=str(exc).rstrip("."))) from None
        return cls(public, verifier)

    @property
    def curve(self) -> str:
        return str(self.jwk["crv"])

    @property
    def key_id(self) -> str:
        return jwk_thumbprint(self.jwk)

    @property
    def allowed_algs(self) -> frozenset[str]:
        return _ALLOWED_ALGS[self.curve]

    def raw_public_bytes(self) -> bytes:
        """Ed25519: 32 raw bytes. EC: the SEC1 compressed point (for did:key / multikey)."""
        if self.curve == "Ed25519":
            return b64url_decode(self.jwk["x"])

        return self._verifier.public_bytes(Encoding.X962, PublicFormat.CompressedPoint)

    def verify(self, alg: str, data: bytes, signature: bytes) -> bool:
        """True when `signature` (JWS format) is valid for `data`; False for a wrong
        signature *or* an algorithm this key type does not allow."""
        if alg not in self.allowed_algs:
            return False
        try:
            if self.curve == "Ed25519":
                self._verifier.verify(signature, data)
            else:
                size = _EC_CURVES[self.curve][1]
                if len(signature) != 2 * size:
                    return False
                r = int.from_bytes(signature[:size], "big")
                s = int.from_bytes(signature[size:], "big")
                self._verifier.verify(encode_dss_signature(r, s), data, ec.ECDSA(_EC_HASH[alg]))
        except InvalidSignature:
            return False
        return True


class PrivateKey:
    """A private signing key. Never logged, never written unencrypted to disk."""

    __slots__ = ("alg", "_secret", "public")

    def __init__(self, alg: Algorithm, secret: ec.EllipticCurvePrivateKey | nacl.signing.SigningKey) -> None:
        self.alg = alg
        self._secret = secret
        if alg is Algorithm.ES384:
            numbers = secret.public_key().public_numbers()  # type: ignore[union-attr]
            jwk = {
                "kty": "EC",
                "crv": "P-384",
                "x": b64url_encode(numbers.x.to_bytes(48, "big")),
                "y": b64url_encode(numbers.y.to_bytes(48, "big")),
            }
        else:
            jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(bytes(secret.verify_key))}  # type: ignore[union-attr]
        self.public = PublicKey.from_jwk(jwk)

    def __repr__(self) -> str:  # never print key material
        return f"<PrivateKey {self.alg} {self.key_id}>"

    @property
    def key_id(self) -> str:
        return self.public.key_id

    @property
    def public_jwk(self) -> dict[str, Any]:
        return dict(self.public.jwk)

    def sign(self, data: bytes) -> bytes:
        """Signature in JWS form: raw r||s (96 bytes) for ES384, 64 bytes for Ed25519."""
        secret = self._secret
        if isinstance(secret, ec.EllipticCurvePrivateKey):
            der = secret.sign(data, ec.ECDSA(hashes.SHA384()))
            r, s = decode_dss_signature(der)
            return r.to_bytes(48, "big") + s.to_bytes(48, "big")
        return bytes(secret.sign(data).signature)

    def private_jwk(self) -> dict[str, Any]:
        """The private JWK (secret!). Only for the key store and encrypted backups."""
        jwk = self.public_jwk
        secret = self._secret
        if isinstance(secret, ec.EllipticCurvePrivateKey):
            d = secret.private_numbers().private_value
            jwk["d"] = b64url_encode(d.to_bytes(48, "big"))
        else:
            jwk["d"] = b64url_encode(bytes(secret))  # seed, 32 bytes
        return jwk

    def joserfc_key(self) -> Any:
        """The same key as a joserfc key object (for JWS serialization)."""

        if isinstance(self._secret, ec.EllipticCurvePrivateKey):
            return ECKey.import_key(self._secret)
        return OKPKey.import_key(self.private_jwk())


def generate_key(alg: Algorithm | str = Algorithm.ES384) -> PrivateKey:
    alg = Algorithm.parse(alg) if isinstance(alg, str) and not isinstance(alg, Algorithm) else alg
    if alg is Algorithm.ES384:
        return PrivateKey(alg, ec.generate_private_key(ec.SECP384R1()))
    return PrivateKey(Algorithm.EDDSA, nacl.signing.SigningKey.generate())


def private_key_from_jwk(jwk: dict[str, Any]) -> PrivateKey:
    """Load a private JWK (P-384 or Ed25519); checks that `d` matches the public part."""
    if not isinstance(jwk, dict) or "d" not in jwk:
        raise InputError(Message("keypair.not_private_jwk"))
    kty, crv = jwk.get("kty"), jwk.get("crv")
    try:
        d = b64url_decode(jwk["d"])
        if kty == "EC" and crv == "P-384":
            if len(d) != 48:
                raise InputError(Message("keypair.p384_length"))
            key = PrivateKey(Algorithm.ES384, ec.derive_private_key(int.from_bytes(d, "big"), ec.SECP384R1()))
        elif kty == "OKP" and crv == "Ed25519":
            if len(d) != 32:
                raise InputError(Message("keypair.ed25519_private_length"))
            key = PrivateKey(Algorithm.EDDSA, nacl.signing.SigningKey(d))
        else:
            raise InputError(Message("keypair.unsupported_private", kty=repr(kty), crv=repr(crv)))
    except (ValueError, nacl.exceptions.CryptoError) as exc:
        raise InputError(Message("keypair.private_invalid", exc=str(exc))) from None
    expected = {k: jwk[k] for k in ("x", "y") if k in jwk}
    actual = {k: key.public.jwk[k] for k in expected}
    if expected != actual:
        raise InputError(Message("keypair.public_mismatch"))
    return key
