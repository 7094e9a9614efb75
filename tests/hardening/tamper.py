"""Mutation generators for the tamper corpus: the ways a signed credential can be altered.

Each generator takes a genuine signed credential (a `vc+jwt`, its TD1 text, or a
Data Integrity document) and yields `Mutation`s; every mutation carries what the
verifier must answer (`Expect`): red with the failing check named, or amber with
the warning named. `tests.hardening.tamper_judge` compares verdicts with it.

The generators are deterministic (seeded) and do their own base64url work with the
standard library, so a fault in the app's codec cannot hide a fault in the corpus.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

import rfc8785
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

Kind = Literal["vc+jwt", "td1", "data-integrity"]
SEGMENTS = ("header", "payload", "signature")
B64URL_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
BASE45_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ILLEGAL_JWS_CHARS = "=+/. \t~é\x00"  # what a damaged scan or a careless edit puts in a token


# -- what the verifier must answer ----------------------------------------------------------
@dataclass(frozen=True)
class Expect:
    """The verdict a mutation must get.

    red: the first failed check is one of `checks` (with a code in `codes`, when
    given) and every check in `must_pass` passed. amber: no check failed, every
    check that did not pass is a warning among `checks` (codes in `codes`).
    `refusable`: refusing the input as unreadable (an `InputError`) is also right.
    green: only for a re-encoding whose signed bytes are identical (`SAME_TOKEN`).
    """

    color: Literal["red", "amber", "green"]
    checks: frozenset[str]
    codes: frozenset[str] = frozenset()
    must_pass: frozenset[str] = frozenset()
    refusable: bool = False


def red(
    checks: str | Iterable[str], codes: str | Iterable[str] = (), must_pass: Iterable[str] = (), refusable: bool = False
) -> Expect:
    return Expect("red", _set(checks), _set(codes), frozenset(must_pass), refusable)


def amber(checks: str | Iterable[str], codes: str | Iterable[str] = ()) -> Expect:
    return Expect("amber", _set(checks), _set(codes))


def _set(value: str | Iterable[str]) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


# an altered header or payload: unreadable, a broken signature, or a kid/issuer that no longer match
ALTERED_JWS = red({"format", "signature", "issuer_key"})
ALTERED_SIGNATURE = red("signature", "signature.mismatch", must_pass={"format", "issuer_key"})
BAD_SIGNATURE_TEXT = red({"format", "signature"}, {"format.bad_base64", "format.not_compact_jws", "signature.mismatch"})
NONCANONICAL = red("format", "format.bad_base64")
EDITED_FIELD = red("signature", "signature.mismatch", must_pass={"format", "issuer_key"})
FOREIGN_ISSUER = red("issuer_key", "issuer_key.kid_not_issuer", must_pass={"format"})
ALTERED_TD1 = red({"format", "signature", "issuer_key"}, refusable=True)
UNTRUSTED = amber("trust", "trust.not_listed")
SAME_TOKEN = Expect("green", frozenset())  # another encoding of the identical signed token


@dataclass(frozen=True)
class Mutation:
    category: str
    label: str
    kind: Kind
    data: Any  # vc+jwt text, TD1 text, or a Data Integrity document (dict)
    expect: Expect


# -- compact JWS bytes ------------------------------------------------------------------------
def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def split_token(token: str) -> tuple[bytes, bytes, bytes]:
    header, payload, signature = token.split(".")
    return unb64url(header), unb64url(payload), unb64url(signature)


def join_token(header: bytes, payload: bytes, signature: bytes) -> str:
    return ".".join(b64url(part) for part in (header, payload, signature))


def header_of(token: str) -> dict[str, Any]:
    return json.loads(split_token(token)[0])


def payload_of(token: str) -> dict[str, Any]:
    return json.loads(split_token(token)[1])


def sample_positions(length: int, count: int | None, seed: str) -> list[int]:
    """`count` positions of `length` (all of them when `count` is None or large enough),
    deterministic for `seed`, always including the first and the last."""
    if count is None or count >= length:
        return list(range(length))
    rng = random.Random(seed)
    chosen = {0, length - 1} | set(rng.sample(range(1, length - 1), max(0, count - 2)))
    return sorted(chosen)[:count] if count >= 2 else [0]


def _different_byte(old: int, rng: random.Random) -> int:
    """Half the time one flipped bit, else any other value: both kinds of damage."""
    if rng.random() < 0.5:
        return old ^ (1 << rng.randrange(8))
    return (old + 1 + rng.randrange(255)) % 256


def byte_changes(
    token: str, segment: str, positions: Iterable[int] | None = None, *, seed: str = "tamper"
) -> Iterator[Mutation]:
    """Change one byte of the decoded `segment` and re-encode it canonically."""
    index = SEGMENTS.index(segment)
    parts = list(split_token(token))
    data = parts[index]
    expect = {"header": ALTERED_JWS, "payload": ALTERED_JWS, "signature": ALTERED_SIGNATURE}[segment]
    for pos in range(len(data)) if positions is None else positions:
        rng = random.Random(f"{seed}:{segment}:byte:{pos}")
        new = _different_byte(data[pos], rng)
        changed = list(parts)
        changed[index] = data[:pos] + bytes([new]) + data[pos + 1 :]
        yield Mutation(
            f"jws.{segment}.byte",
            f"{segment} byte {pos}: 0x{data[pos]:02x}→0x{new:02x}",
            "vc+jwt",
            join_token(*changed),
            expect,
        )


def char_changes(
    token: str, segment: str, positions: Iterable[int] | None = None, *, seed: str = "tamper"
) -> Iterator[Mutation]:
    """Replace one character of the compact text of `segment` (mostly by another base64url
    character, sometimes by one that does not belong in a token at all)."""
    texts = token.split(".")
    index = SEGMENTS.index(segment)
    text = texts[index]
    expect = {"header": ALTERED_JWS, "payload": ALTERED_JWS, "signature": BAD_SIGNATURE_TEXT}[segment]
    for pos in range(len(text)) if positions is None else positions:
        rng = random.Random(f"{seed}:{segment}:char:{pos}")
        pool = ILLEGAL_JWS_CHARS if rng.random() < 0.125 else B64URL_ALPHABET
        new = rng.choice([c for c in pool if c != text[pos]])
        changed = list(texts)
        changed[index] = text[:pos] + new + text[pos + 1 :]
        yield Mutation(
            f"jws.{segment}.char", f"{segment} char {pos}: {text[pos]!r}→{new!r}", "vc+jwt", ".".join(changed), expect
        )


def noncanonical_tails(token: str) -> Iterator[Mutation]:
    """The same decoded bytes written with non-zero padding bits in the last character of a
    segment: a different text for an identical token, which strict decoding refuses."""
    texts = token.split(".")
    for index, segment in enumerate(SEGMENTS):
        text = texts[index]
        spare_bits = {2: 4, 3: 2}.get(len(text) % 4, 0)
        if not spare_bits:
            continue
        last = B64URL_ALPHABET.index(text[-1])
        for bits in range(1, 1 << spare_bits):
            changed = list(texts)
            changed[index] = text[:-1] + B64URL_ALPHABET[last | bits]
            assert unb64url(changed[index]) == unb64url(text)
            yield Mutation(
                "jws.noncanonical_tail",
                f"{segment} tail padding bits {bits:b}",
                "vc+jwt",
                ".".join(changed),
                NONCANONICAL,
            )


def segment_lengths(token: str) -> dict[str, tuple[int, int]]:
    """(decoded bytes, text characters) of each segment: how many single changes exist."""
    texts = token.split(".")
    return {name: (len(unb64url(text)), len(text)) for name, text in zip(SEGMENTS, texts, strict=False)}


def spare_tail_variants(token: str) -> int:
    return sum((1 << {2: 4, 3: 2}.get(len(t) % 4, 0)) - 1 for t in token.split("."))


# -- algorithm swaps ---------------------------------------------------------------------------
NONE_SPELLINGS = ("none", "None", "NONE", "nOnE")
HMAC_ALGS = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
UNSUPPORTED_ALGS = ("RS256", "PS384", "ES512", "ES384 ", "", "EdDSA25519")


def public_key_secrets(jwk: dict[str, Any]) -> dict[str, bytes]:
    """The public key in every form a confused verifier might use as an HMAC secret."""
    public = {k: jwk[k] for k in ("kty", "crv", "x", "y") if k in jwk}
    secrets = {
        "JWK JSON": json.dumps(public).encode(),
        "JWK compact": json.dumps(public, separators=(",", ":")).encode(),
        "JWK JCS": rfc8785.dumps(public),
    }
    if jwk["kty"] == "OKP":
        secrets["raw 32 bytes"] = unb64url(jwk["x"])
        key: Any = ed25519.Ed25519PublicKey.from_public_bytes(unb64url(jwk["x"]))
    else:
        curve = {"P-256": ec.SECP256R1(), "P-384": ec.SECP384R1()}[jwk["crv"]]
        x, y = unb64url(jwk["x"]), unb64url(jwk["y"])
        secrets["raw x||y"] = x + y
        secrets["SEC1 uncompressed"] = b"\x04" + x + y
        key = ec.EllipticCurvePublicNumbers(int.from_bytes(x, "big"), int.from_bytes(y, "big"), curve).public_key()
        secrets["SEC1 compressed"] = key.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint
        )
    secrets["PEM"] = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return secrets


def compact_jws(header: dict[str, Any], payload: bytes, sign: Callable[[bytes], bytes]) -> str:
    """A compact JWS over exactly these header (JCS) and payload bytes."""
    signing_input = f"{b64url(rfc8785.dumps(header))}.{b64url(payload)}"
    return f"{signing_input}.{b64url(sign(signing_input.encode('ascii')))}"


def p256_jwks() -> tuple[dict[str, Any], dict[str, Any]]:
    """(public, private) JWK of a fresh P-256 key: an ES256 issuer, which Sello never creates
    but verifies (other vendors' credentials)."""
    key = ec.generate_private_key(ec.SECP256R1())
    numbers = key.private_numbers()
    public = {
        "kty": "EC",
        "crv": "P-256",
        "x": b64url(numbers.public_numbers.x.to_bytes(32, "big")),
        "y": b64url(numbers.public_numbers.y.to_bytes(32, "big")),
    }
    return public, {**public, "d": b64url(numbers.private_value.to_bytes(32, "big"))}


def with_header(token: str, header: dict[str, Any], signature: bytes | Callable[[bytes], bytes] | None = None) -> str:
    """`token` with another protected header; the old signature, a given one, or one made by
    `signature(signing_input)`."""
    _, payload, old = split_token(token)
    signing_input = f"{b64url(rfc8785.dumps(header))}.{b64url(payload)}".encode("ascii")
    if callable(signature):
        signature = signature(signing_input)
    return f"{signing_input.decode('ascii')}.{b64url(old if signature is None else signature)}"


def ecdsa_sign(private_jwk: dict[str, Any], hash_alg: hashes.HashAlgorithm, data: bytes) -> bytes:
    """A raw r||s ECDSA signature with any hash: what a forger with the key would make
    for a relabelled alg (ES256 on a P-384 key, ES384 on a P-256 key)."""
    curve = {"P-256": ec.SECP256R1(), "P-384": ec.SECP384R1()}[private_jwk["crv"]]
    size = {"P-256": 32, "P-384": 48}[private_jwk["crv"]]
    key = ec.derive_private_key(int.from_bytes(unb64url(private_jwk["d"]), "big"), curve)
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hash_alg)))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")


_OTHER_ES = {"ES384": ("ES256", hashes.SHA256()), "ES256": ("ES384", hashes.SHA384())}


def alg_swaps(token: str, public_jwk: dict[str, Any], private_jwk: dict[str, Any] | None = None) -> Iterator[Mutation]:
    """`alg: none`, HMAC keyed with the public key, relabels between ES256/ES384/EdDSA/Ed25519,
    and algorithms Sello never accepts. With `private_jwk` (EC keys), the relabelled ES
    token is also genuinely signed with the other hash, so only the alg-key rule stops it."""
    header = header_of(token)
    alg = header["alg"]

    def swap(name: str, label: str, new_header: dict[str, Any], sig: Any, expect: Expect) -> Mutation:
        return Mutation(f"alg.{name}", label, "vc+jwt", with_header(token, new_header, sig), expect)

    for spelling in NONE_SPELLINGS:
        for sig_label, sig in (("empty signature", b""), ("original signature", None)):
            yield swap(
                "none",
                f"alg {spelling!r}, {sig_label}",
                {**header, "alg": spelling},
                sig,
                red("signature", "signature.alg_none", must_pass={"format"}),
            )
    yield swap(
        "none",
        "alg removed, empty signature",
        {k: v for k, v in header.items() if k != "alg"},
        b"",
        red("format", "format.no_alg"),
    )
    for secret_label, secret in public_key_secrets(public_jwk).items():
        for hs, digest in HMAC_ALGS.items():
            yield swap(
                "hmac",
                f"{hs} keyed with the public key ({secret_label})",
                {**header, "alg": hs},
                lambda data, s=secret, d=digest: hmac.new(s, data, d).digest(),
                red("signature", "signature.alg_symmetric", must_pass={"format"}),
            )
    mismatch = red("signature", "signature.alg_key_mismatch", must_pass={"format", "issuer_key"})
    relabels = ["EdDSA", "Ed25519"] if alg.startswith("ES") else ["ES384", "ES256"]
    if alg in _OTHER_ES:
        relabels.append(_OTHER_ES[alg][0])
    for new_alg in relabels:
        yield swap("relabel", f"{alg}→{new_alg}, original signature", {**header, "alg": new_alg}, None, mismatch)
    if alg in _OTHER_ES and private_jwk is not None:
        new_alg, digest_alg = _OTHER_ES[alg]
        yield swap(
            "relabel",
            f"{alg}→{new_alg}, re-signed on the same key with {digest_alg.name}",
            {**header, "alg": new_alg},
            lambda data: ecdsa_sign(private_jwk, digest_alg, data),
            mismatch,
        )
    if alg in ("EdDSA", "Ed25519"):
        other = "Ed25519" if alg == "EdDSA" else "EdDSA"
        yield swap(
            "relabel",
            f"{alg}→{other}, original signature (the header bytes changed)",
            {**header, "alg": other},
            None,
            red("signature", "signature.mismatch", must_pass={"format", "issuer_key"}),
        )
    for new_alg in UNSUPPORTED_ALGS:
        yield swap(
            "unsupported",
            f"alg {new_alg!r}",
            {**header, "alg": new_alg},
            None,
            red("signature", "signature.alg_unsupported", must_pass={"format"}),
        )


# -- kid swaps -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class OtherKey:
    """A key of somebody else: its DID URL, its JOSE alg and a way to sign with it."""

    kid: str
    alg: str
    sign: Callable[[bytes], bytes]

    @property
    def fragment(self) -> str:
        return self.kid.split("#", 1)[1]


def kid_swaps(token: str, issuer_did: str, others: Sequence[OtherKey]) -> Iterator[Mutation]:
    """The header names another issuer's key and that key signs: the signature is valid,
    but the key does not belong to the credential's issuer."""
    header = header_of(token)
    for other in others:
        cases = [
            (f"kid → {other.kid[:60]}…", other.kid, FOREIGN_ISSUER),
            (
                "kid → issuer DID + other key's fragment",
                f"{issuer_did}#{other.fragment}",
                red("issuer_key", "issuer_key.unknown_key", must_pass={"format"}),
            ),
            (
                "kid → relative #other fragment",
                f"#{other.fragment}",
                red("issuer_key", "issuer_key.unknown_key", must_pass={"format"}),
            ),
        ]
        for label, kid, expect in cases:
            new_header = {**header, "alg": other.alg, "kid": kid}
            yield Mutation("kid.swap", label, "vc+jwt", with_header(token, new_header, other.sign), expect)
    yield Mutation(
        "kid.swap",
        "kid removed, re-signed by another key",
        "vc+jwt",
        with_header(token, {k: v for k, v in {**header, "alg": others[0].alg}.items() if k != "kid"}, others[0].sign),
        red("issuer_key", "issuer_key.no_kid", must_pass={"format"}),
    )


# -- header injections and transplants ------------------------------------------------------------
def header_injections(token: str, attacker: OtherKey, attacker_jwk: dict[str, Any]) -> Iterator[Mutation]:
    """Headers a forger writes and signs with their own key while keeping the genuine `kid`:
    an embedded key (`jwk`, `jku`, `x5c`) the verifier must ignore, header profile
    violations, and duplicate members (two readers, two meanings)."""
    header = header_of(token)
    _, payload, _ = split_token(token)
    mismatch = red("signature", "signature.mismatch", must_pass={"format", "issuer_key"})
    signed_cases: list[tuple[str, dict[str, Any], Expect]] = [
        ("embedded jwk of the forger's key", {**header, "alg": attacker.alg, "jwk": attacker_jwk}, mismatch),
        (
            "embedded jwk, kid removed",
            {k: v for k, v in {**header, "alg": attacker.alg, "jwk": attacker_jwk}.items() if k != "kid"},
            red("issuer_key", "issuer_key.no_kid", must_pass={"format"}),
        ),
        (
            "jku to the forger's key set",
            {**header, "alg": attacker.alg, "jku": "https://forger.example/jwks.json"},
            mismatch,
        ),
        (
            "x5c certificate chain",
            {**header, "alg": attacker.alg, "x5c": [b64url(b"0\x82\x01\x00 not a cert")]},
            mismatch,
        ),
        ("crit [exp]", {**header, "alg": attacker.alg, "crit": ["exp"]}, red("format", "format.crit")),
        ("b64 false", {**header, "alg": attacker.alg, "b64": False, "crit": ["b64"]}, red("format", "format.crit")),
        ("b64 false without crit", {**header, "alg": attacker.alg, "b64": False}, red("format", "format.b64")),
        ("typ JWT", {**header, "alg": attacker.alg, "typ": "JWT"}, red("format", "format.typ")),
        # without typ, a credential cty is the 2023 traceability profile: read, then the changed
        # header bytes break the signature; without either it is a bare JWT, refused unread
        (
            "typ removed",
            {k: v for k, v in {**header, "alg": attacker.alg}.items() if k != "typ"},
            red({"format", "signature"}, {"format.typ_missing", "signature.mismatch"}),
        ),
        (
            "typ and cty removed",
            {k: v for k, v in {**header, "alg": attacker.alg}.items() if k not in ("typ", "cty")},
            red("format", "format.typ_missing"),
        ),
        ("cty json", {**header, "alg": attacker.alg, "cty": "json"}, red("format", "format.cty")),
    ]
    for label, new_header, expect in signed_cases:
        yield Mutation("jws.header_injection", label, "vc+jwt", with_header(token, new_header, attacker.sign), expect)
    raw_cases: list[tuple[str, bytes, bytes, Expect]] = [
        (
            "duplicate alg member (ES384, then none)",
            rfc8785.dumps(header)[:-1] + b',"alg":"none"}',
            payload,
            red("format", "format.duplicate_member"),
        ),
        (
            "duplicate kid member (forger's, then genuine)",
            b'{"kid":"' + attacker.kid.encode() + b'",' + rfc8785.dumps({**header, "alg": attacker.alg})[1:],
            payload,
            red("format", "format.duplicate_member"),
        ),
        (
            "duplicate credentialSubject in the payload",
            rfc8785.dumps({**header, "alg": attacker.alg}),
            payload[:-1] + b',"credentialSubject":{"type":"Forged"}}',
            red("format", "format.duplicate_member"),
        ),
        ("header is a JSON array", b'["' + header["alg"].encode() + b'"]', payload, red("format", "format.not_object")),
        (
            "payload is a JSON array",
            rfc8785.dumps({**header, "alg": attacker.alg}),
            b"[" + payload + b"]",
            red("format", "format.not_object"),
        ),
    ]
    for label, raw_header, raw_payload, expect in raw_cases:
        signing_input = f"{b64url(raw_header)}.{b64url(raw_payload)}"
        forged = f"{signing_input}.{b64url(attacker.sign(signing_input.encode('ascii')))}"
        yield Mutation("jws.header_injection", label, "vc+jwt", forged, expect)
    head, body, sig = token.split(".")
    yield Mutation(
        "jws.header_injection",
        "five parts (JWE shape)",
        "vc+jwt",
        f"{head}.{body}.{sig}.{sig}.{sig}",
        red("format", "format.jwe"),
    )


# curve orders, to build signatures that are mathematically related to the genuine one
_ED25519_L = 2**252 + 27742317777372353535851937790883648493


def transplants(token: str, donor: str, alg: str) -> Iterator[Mutation]:
    """Parts of two genuine documents of one key combined, and the genuine signature in
    forms a lenient verifier might take: every one must fail the signature."""
    mismatch = red("signature", "signature.mismatch", must_pass={"format", "issuer_key"})
    head, body, sig = token.split(".")
    donor_head, donor_body, donor_sig = donor.split(".")
    signature = unb64url(sig)
    cases = [
        ("another document's signature", f"{head}.{body}.{donor_sig}"),
        ("another document's payload", f"{head}.{donor_body}.{sig}"),
        ("signature removed", f"{head}.{body}."),
        ("signature doubled", f"{head}.{body}.{b64url(signature * 2)}"),
        ("signature one byte short", f"{head}.{body}.{b64url(signature[:-1])}"),
        ("signature zero-filled", f"{head}.{body}.{b64url(bytes(len(signature)))}"),
        ("signature bytes reversed", f"{head}.{body}.{b64url(signature[::-1])}"),
    ]
    if alg.startswith("ES"):
        size = len(signature) // 2
        r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
        from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

        cases += [
            ("signature DER-encoded (not JWS r||s)", f"{head}.{body}.{b64url(encode_dss_signature(r, s))}"),
            ("r and s swapped", f"{head}.{body}.{b64url(signature[size:] + signature[:size])}"),
        ]
    else:
        s_value = int.from_bytes(signature[32:], "little")
        if s_value + _ED25519_L < 2**256:
            cases.append(
                (
                    "Ed25519 S + L (non-canonical scalar)",
                    f"{head}.{body}.{b64url(signature[:32] + (s_value + _ED25519_L).to_bytes(32, 'little'))}",
                )
            )
        else:  # pragma: no cover - S < L < 2^253, so S + L always fits
            cases.append(("signature R and S swapped", f"{head}.{body}.{b64url(signature[32:] + signature[:32])}"))
    for label, forged in cases:
        yield Mutation("jws.transplant", label, "vc+jwt", forged, mismatch)


def ecdsa_twin(token: str) -> str:
    """The same token with the ECDSA signature (r, s) replaced by (r, n - s): ECDSA's
    built-in malleability. It is a valid signature of the same bytes by the same key."""
    head, body, sig = token.split(".")
    signature = unb64url(sig)
    size = len(signature) // 2
    n = _EC_ORDERS[size]
    s = int.from_bytes(signature[size:], "big")
    return f"{head}.{body}.{b64url(signature[:size] + (n - s).to_bytes(size, 'big'))}"


_EC_ORDERS = {  # group order n of P-256 / P-384, by coordinate size
    32: 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
    48: int("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973", 16),
}


# -- dates, re-signed by the genuine key ----------------------------------------------------------
def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def date_mutations(
    credential: dict[str, Any], sign: Callable[[dict[str, Any]], str], now: datetime
) -> Iterator[Mutation]:
    """The issuer's own key signs a credential that is out of date: the signature holds,
    the dates do not."""

    def changed(**members: Any) -> dict[str, Any]:
        out = copy.deepcopy(credential)
        out.update(members)
        return out

    past, future = now - timedelta(days=1), now + timedelta(days=1)
    cases = [
        (
            "validUntil yesterday",
            changed(validFrom=stamp(now - timedelta(days=60)), validUntil=stamp(past)),
            "dates.expired",
        ),
        (
            "validUntil 6 minutes ago (beyond the clock skew)",
            changed(validFrom=stamp(now - timedelta(days=60)), validUntil=stamp(now - timedelta(minutes=6))),
            "dates.expired",
        ),
        ("validFrom tomorrow", changed(validFrom=stamp(future)), "dates.not_yet_valid"),
        (
            "validFrom in 6 minutes (beyond the clock skew)",
            changed(validFrom=stamp(now + timedelta(minutes=6))),
            "dates.not_yet_valid",
        ),
        ("JWT exp yesterday", changed(exp=int(past.timestamp())), "dates.expired"),
        ("JWT nbf tomorrow", changed(nbf=int(future.timestamp())), "dates.not_yet_valid"),
        (
            "validUntil before validFrom",
            changed(validFrom=stamp(now - timedelta(days=1)), validUntil=stamp(now - timedelta(days=2))),
            "dates.invalid_range",
        ),
    ]
    for label, edited, code in cases:
        yield Mutation(
            "dates.resigned",
            label,
            "vc+jwt",
            sign(edited),
            red("dates", code, must_pass={"format", "signature", "issuer_key"}),
        )


# -- field edits ------------------------------------------------------------------------------------
Path = tuple[str | int, ...]


def leaves(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaves(item, (*path, i))
    else:
        yield path, value


def with_value(document: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    out = copy.deepcopy(document)
    target: Any = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return out


def nudge(value: Any) -> Any:
    """The smallest believable change: one digit or letter of a text, one more of a number."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if not isinstance(value, str) or not value:
        return "X"
    chars = list(value)
    for i in range(len(chars) - 1, -1, -1):
        c = chars[i]
        if c.isdigit():
            chars[i] = str((int(c) + 1) % 10)
            return "".join(chars)
        if c.isascii() and c.isalpha():
            chars[i] = "A" if c == "Z" else "a" if c == "z" else chr(ord(c) + 1)
            return "".join(chars)
    return value + "X"


def _key_path(path: Path) -> list[str]:
    return [p for p in path if isinstance(p, str)]


def _is_weight(path: Path) -> bool:
    keys = _key_path(path)
    return len(keys) >= 2 and keys[-1] == "value" and keys[-2].lower().endswith("weight")


# (what, test on the path, new value) — what a forger would change on a steel export document
FIELD_TARGETS: tuple[tuple[str, Callable[[Path], bool], Callable[[Any], Any]], ...] = (
    ("heat number", lambda p: _key_path(p)[-1:] in (["heatNumber"], ["batchNumber"]), nudge),
    (
        "country of melt and pour",
        lambda p: _key_path(p)[-1:] == ["originalCountryOfMeltAndPour"],
        lambda v: "CN" if v != "CN" else "MX",
    ),
    (
        "country of origin/manufacture",
        lambda p: _key_path(p)[-1:] in (["countryOfOrigin"], ["manufacturingCountry"], ["originCountry"]),
        lambda v: "CN" if v != "CN" else "MX",
    ),
    ("weight", _is_weight, nudge),
    ("HS code", lambda p: _key_path(p)[-1:] == ["commodityCode"], nudge),
)


def field_edits(credential: dict[str, Any], other_did: str) -> Iterator[tuple[str, dict[str, Any], Expect]]:
    """(label, edited credential, expectation): every occurrence of the named trade fields,
    then the credential's own members (issuer, dates, status entry, type, id)."""
    subject = credential["credentialSubject"]
    for what, matches, change in FIELD_TARGETS:
        for path, value in leaves(subject, ("credentialSubject",)):
            if matches(path) and value is not None:
                label = f"{what} at {'.'.join(map(str, path[1:]))}: {value!r}→{change(value)!r}"
                yield label, with_value(credential, path, change(value)), EDITED_FIELD
    issuer = credential["issuer"]
    yield "issuer.name changed", with_value(credential, ("issuer", "name"), "Aceros Impostores S.A."), EDITED_FIELD
    yield "issuer.id → another DID", with_value(credential, ("issuer", "id"), other_did), FOREIGN_ISSUER
    assert isinstance(issuer, dict)
    valid_from = credential["validFrom"]
    yield (
        "validFrom a year earlier",
        with_value(credential, ("validFrom",), f"{int(valid_from[:4]) - 1:04d}" + valid_from[4:]),
        EDITED_FIELD,
    )
    yield "id changed", with_value(credential, ("id",), nudge(credential["id"])), EDITED_FIELD
    yield (
        "type changed",
        with_value(
            credential,
            ("type",),
            ["VerifiableCredential", "CommercialInvoiceCredential"]
            if "CommercialInvoiceCredential" not in credential["type"]
            else ["VerifiableCredential", "PackingListCredential"],
        ),
        EDITED_FIELD,
    )
    if "credentialStatus" in credential:
        dropped = {k: v for k, v in credential.items() if k != "credentialStatus"}
        yield "credentialStatus removed (dodging revocation)", dropped, EDITED_FIELD
        entry = credential["credentialStatus"]
        yield (
            "statusListIndex changed",
            with_value(credential, ("credentialStatus", "statusListIndex"), nudge(entry["statusListIndex"])),
            EDITED_FIELD,
        )


def reserialized(token: str, credential: dict[str, Any]) -> str:
    """The same header and signature around the edited credential (JCS, as Sello signs)."""
    header, _, signature = split_token(token)
    return join_token(header, rfc8785.dumps(credential), signature)


def td1_field_edits(token: str, other_did: str, encode_td1: Callable[[str], str]) -> Iterator[Mutation]:
    """Field edits carried in a QR: edit, re-serialize, keep header and signature, TD1-encode."""
    for label, edited, expect in field_edits(payload_of(token), other_did):
        yield Mutation("td1.field_edit", label, "td1", encode_td1(reserialized(token, edited)), expect)


def td1_char_changes(
    td1: str, positions: Iterable[int], *, seed: str = "tamper", same_token: Callable[[str], bool] | None = None
) -> Iterator[Mutation]:
    """One character of the QR text (after `TD1:`) replaced by another base45 character.

    DEFLATE is not a canonical encoding: a change in the final byte's padding bits, or a
    back-reference moved to another copy of the same bytes, can leave the decoded token
    byte-identical. `same_token(text)` tells those apart; they go to "td1.same_token"
    (the signed bytes are unaltered, so the verdict is the genuine one), never to the
    alterations.
    """
    body_start = len("TD1:")
    for pos in positions:
        at = body_start + pos
        rng = random.Random(f"{seed}:td1:{pos}")
        new = rng.choice([c for c in BASE45_ALPHABET if c != td1[at]])
        text = td1[:at] + new + td1[at + 1 :]
        label = f"TD1 char {pos}: {td1[at]!r}→{new!r}"
        if same_token is not None and same_token(text):
            yield Mutation("td1.same_token", label, "td1", text, SAME_TOKEN)
        else:
            yield Mutation("td1.char", label, "td1", text, ALTERED_TD1)


# -- Data Integrity ----------------------------------------------------------------------------------
DI_MISMATCH = red("signature", "signature.mismatch", must_pass={"format", "issuer_key"})
# A property no context defines: the VC 2.0 context's @vocab gives it an issuer-dependent IRI,
# so both suites sign it (signature); under a context without @vocab, rdfc's safe-mode
# canonicalization refuses it (format).
UNDEFINED_TERM = red({"signature", "format"}, {"signature.mismatch", "format.jsonld"}, must_pass={"issuer_key"})


# each suite, and a suite of the other key family (the relabel must be refused for the key)
_SUITE_PAIRS = {
    "eddsa-jcs-2022": "eddsa-rdfc-2022",
    "eddsa-rdfc-2022": "eddsa-jcs-2022",
    "ecdsa-jcs-2019": "ecdsa-rdfc-2019",
    "ecdsa-rdfc-2019": "ecdsa-jcs-2019",
}
_OTHER_FAMILY = {
    "eddsa-jcs-2022": "ecdsa-jcs-2019",
    "eddsa-rdfc-2022": "ecdsa-rdfc-2019",
    "ecdsa-jcs-2019": "eddsa-jcs-2022",
    "ecdsa-rdfc-2019": "eddsa-rdfc-2022",
}


def di_mutations(
    document: dict[str, Any],
    other_kid: str,
    *,
    cryptosuite_swap: bool = True,
    value_positions: Iterable[int] | None = None,
    seed: str = "tamper",
    trade_fields: bool = True,
) -> Iterator[Mutation]:
    """A Data Integrity secured credential changed in its fields, its proof options and its
    proofValue (characters after the multibase prefix; all of them unless `value_positions`).
    `cryptosuite_swap` also relabels jcs↔rdfc (slow to verify on a large credential);
    `trade_fields`: also the trade-document field edits (Sello-shaped credentials only)."""
    proof = document["proof"]
    suite = proof["cryptosuite"]
    issuer_did = document["issuer"]["id"] if isinstance(document["issuer"], dict) else document["issuer"]

    def di(category: str, label: str, doc: dict[str, Any], expect: Expect) -> Mutation:
        return Mutation(f"di.{category}", f"{suite}: {label}", "data-integrity", doc, expect)

    unsigned = {k: v for k, v in document.items() if k != "proof"}
    for label, edited, expect in field_edits(unsigned, did_of(other_kid)) if trade_fields else ():
        yield di("field", label, {**edited, "proof": copy.deepcopy(proof)}, expect)
    subject = dict(document["credentialSubject"])
    subject["unsignedRemark"] = "added after signing"
    yield di("field", "property no context defines added", {**document, "credentialSubject": subject}, UNDEFINED_TERM)

    def proof_changed(**members: Any) -> dict[str, Any]:
        new_proof = {k: v for k, v in {**proof, **members}.items() if v is not None}
        return {**copy.deepcopy(document), "proof": new_proof}

    created = proof.get("created", "2026-01-01T00:00:00Z")
    options = [
        (
            "created one second later",
            proof_changed(created=created[:-3] + f"{(int(created[-3:-1]) + 1) % 60:02d}Z"),
            DI_MISMATCH,
        ),
        ("created removed", proof_changed(created=None), DI_MISMATCH),
        ("nonce added", proof_changed(nonce="1234"), DI_MISMATCH),
        ("expires in the past added", proof_changed(expires="2020-01-01T00:00:00Z"), DI_MISMATCH),
        (
            "verificationMethod → another DID's key",
            proof_changed(verificationMethod=other_kid),
            red("issuer_key", "issuer_key.kid_not_issuer", must_pass={"format"}),
        ),
        (
            "verificationMethod → issuer DID + other fragment",
            proof_changed(verificationMethod=f"{issuer_did}#{other_kid.split('#', 1)[1]}"),
            red("issuer_key", "issuer_key.unknown_key", must_pass={"format"}),
        ),
        (
            "proofPurpose authentication",
            proof_changed(proofPurpose="authentication"),
            red("signature", "signature.proof_purpose", must_pass={"format", "issuer_key"}),
        ),
        (
            "proofPurpose removed",
            proof_changed(proofPurpose=None),
            red("signature", "signature.proof_purpose", must_pass={"format", "issuer_key"}),
        ),
        ("type Ed25519Signature2020", proof_changed(type="Ed25519Signature2020"), red("format", "format.proof_type")),
        ("cryptosuite ecdsa-sd-2023", proof_changed(cryptosuite="ecdsa-sd-2023"), red("format", "format.cryptosuite")),
        (
            f"cryptosuite → {_OTHER_FAMILY[suite]} (another key family)",
            proof_changed(cryptosuite=_OTHER_FAMILY[suite]),
            red("signature", "signature.alg_key_mismatch", must_pass={"format", "issuer_key"}),
        ),
        (
            "proof @context cut to the VC 2.0 context only",
            proof_changed(**{"@context": [document["@context"][0]]}),
            red({"signature", "format"}, {"signature.mismatch", "format.jsonld"}),
        ),
        (
            "proof duplicated into a set of two",
            {**copy.deepcopy(document), "proof": [proof, proof]},
            red("format", "format.proof_set"),
        ),
        ("proofValue removed", proof_changed(proofValue=None), red("format", "format.proof_value")),
        # (when the base58 text itself starts with "z", it reads as another, wrong, signature)
        (
            "proofValue without its multibase prefix",
            proof_changed(proofValue=proof["proofValue"][1:]),
            red({"format", "signature"}, {"format.proof_value", "signature.mismatch"}),
        ),
        (
            "proofValue with a character outside base58",
            proof_changed(proofValue=proof["proofValue"][:-1] + "0"),
            red("format", "format.proof_value"),
        ),
        ("proofValue truncated", proof_changed(proofValue=proof["proofValue"][:-2]), DI_MISMATCH),
    ]
    if cryptosuite_swap:
        other_suite = _SUITE_PAIRS[suite]
        options.append((f"cryptosuite → {other_suite}", proof_changed(cryptosuite=other_suite), DI_MISMATCH))
    for label, doc, expect in options:
        yield di("proof_options", label, doc, expect)
    value = proof["proofValue"]
    for pos in range(1, len(value)) if value_positions is None else value_positions:
        rng = random.Random(f"{seed}:proofValue:{pos}")
        new = rng.choice([c for c in BASE58_ALPHABET if c != value[pos]])
        yield di(
            "proof_value",
            f"proofValue char {pos}: {value[pos]!r}→{new!r}",
            proof_changed(proofValue=value[:pos] + new + value[pos + 1 :]),
            DI_MISMATCH,
        )


def did_of(did_url: str) -> str:
    return did_url.split("#", 1)[0]
