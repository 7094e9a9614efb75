"""Decentralized identifiers: did:key, did:jwk (self-contained) and did:web.

`did:web` is the production issuer identifier; resolving it over HTTPS is the trust
module's job, plugged in through `DidResolver(web_resolver=...)`. Everything here is
offline.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from sello.core.bounded_json import loads_bounded
from sello.core.encoding import (
    b64url_decode,
    b64url_encode,
    base58btc_decode,
    base58btc_encode,
    varint_decode,
    varint_encode,
)
from sello.core.errors import InputError, Localized, UserFacingError, quoted
from sello.core.i18n import Message
from sello.core.keys.keypair import PublicKey

DID_CONTEXT = "https://www.w3.org/ns/did/v1"
JWK_CONTEXT = "https://w3id.org/security/jwk/v1"
MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1"
ASSERTION_METHOD = "assertionMethod"
AUTHENTICATION = "authentication"

# multicodec codes for public keys (https://github.com/multiformats/multicodec)
_MULTICODEC = {"Ed25519": 0xED, "P-256": 0x1200, "P-384": 0x1201}
_MULTICODEC_CURVE = {v: k for k, v in _MULTICODEC.items()}
_POINT_SIZES = {"P-256": 33, "P-384": 49, "Ed25519": 32}


class DidResolutionError(UserFacingError):
    """The DID (or key within it) cannot be resolved or does not fit the credential.

    `code` names the reason for the verification pipeline. Proven problems (a red
    verdict): "malformed" (the identifier itself is broken), "no_kid", "kid_not_issuer",
    "unknown_key", "not_assertion_method", "unresolved" (any other refusal). Not proof of
    anything (the verdict is "cannot confirm"): "unavailable" (the DID document cannot
    be had now: offline, DNS, TLS, timeout, HTTP failure, nothing saved) and
    "unsupported_method".
    """

    def __init__(
        self, message: str | Localized, *, code: str = "unresolved", hint: str | Localized | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.code = code


@dataclass(frozen=True)
class VerificationMethod:
    id: str  # absolute DID URL
    controller: str
    public_key: PublicKey
    type: str = "JsonWebKey"


@dataclass(frozen=True)
class ResolvedDid:
    did: str
    document: dict[str, Any]
    methods: dict[str, VerificationMethod]
    assertion_method_ids: frozenset[str]
    source: str  # "self-contained", "web", "cache", "bundle", "local"
    fetched_at: str | None = None
    notes: tuple[str, ...] = field(default=())
    # keys no longer in the current document but in one seen before (rotation): id -> when last seen
    former_methods: dict[str, str] = field(default_factory=dict)
    stale: bool = False  # a saved copy older than the desk's limit (the issuer-key check says so)
    age_seconds: int | None = None  # of a saved copy, by the resolver's clock
    authentication_ids: frozenset[str] = frozenset()  # keys a holder may sign presentations with

    def relationship_ids(self, relationship: str) -> frozenset[str]:
        return self.authentication_ids if relationship == AUTHENTICATION else self.assertion_method_ids


# -- did:key -----------------------------------------------------------------------
def multikey_encode(public: PublicKey) -> str:
    """Multibase (base58btc, 'z') of multicodec-prefixed public key bytes."""
    return "z" + base58btc_encode(varint_encode(_MULTICODEC[public.curve]) + public.raw_public_bytes())


def multikey_decode(multibase: str) -> PublicKey:
    if not multibase.startswith("z"):
        raise DidResolutionError(Message("did.multikey_not_base58"), code="malformed")
    raw = base58btc_decode(multibase[1:])
    code, used = varint_decode(raw)
    curve = _MULTICODEC_CURVE.get(code)
    if curve is None:
        raise DidResolutionError(Message("did.multicodec", code=f"{code:x}"), code="malformed")
    key_bytes = raw[used:]
    if len(key_bytes) != _POINT_SIZES[curve]:
        raise DidResolutionError(Message("did.multikey_length", curve=curve, count=len(key_bytes)), code="malformed")
    if curve == "Ed25519":
        return PublicKey.from_jwk({"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(key_bytes)})

    ec_curve = ec.SECP256R1() if curve == "P-256" else ec.SECP384R1()
    try:
        point = ec.EllipticCurvePublicKey.from_encoded_point(ec_curve, key_bytes)
    except ValueError:
        raise DidResolutionError(Message("did.multikey_not_point", curve=curve), code="malformed") from None
    size = (ec_curve.key_size + 7) // 8
    numbers = point.public_numbers()
    return PublicKey.from_jwk(
        {
            "kty": "EC",
            "crv": curve,
            "x": b64url_encode(numbers.x.to_bytes(size, "big")),
            "y": b64url_encode(numbers.y.to_bytes(size, "big")),
        }
    )


def did_key_for(public: PublicKey) -> str:
    return "did:key:" + multikey_encode(public)


def _resolve_did_key(did: str) -> ResolvedDid:
    fragment = did[len("did:key:") :]
    public = multikey_decode(fragment)
    vm_id = f"{did}#{fragment}"
    document = {
        "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
        "id": did,
        "verificationMethod": [{"id": vm_id, "type": "Multikey", "controller": did, "publicKeyMultibase": fragment}],
        "authentication": [vm_id],
        "assertionMethod": [vm_id],
    }
    method = VerificationMethod(vm_id, did, public, "Multikey")
    return ResolvedDid(
        did, document, {vm_id: method}, frozenset({vm_id}), "self-contained", authentication_ids=frozenset({vm_id})
    )


# -- did:jwk -----------------------------------------------------------------------
def did_jwk_for(public: PublicKey) -> str:
    encoded = json.dumps(public.jwk, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return "did:jwk:" + b64url_encode(encoded)


def _resolve_did_jwk(did: str) -> ResolvedDid:
    try:
        jwk = loads_bounded(
            b64url_decode(did[len("did:jwk:") :]), "key-file", what={"en": "The did:jwk", "es": "El did:jwk"}
        )
    except (InputError, ValueError, UnicodeDecodeError):
        raise DidResolutionError(Message("did.jwk_invalid"), code="malformed") from None
    if not isinstance(jwk, dict) or "d" in jwk:
        raise DidResolutionError(Message("did.jwk_not_object"), code="malformed")
    public = PublicKey.from_jwk(jwk)
    vm_id = f"{did}#0"
    document = {
        "@context": [DID_CONTEXT, JWK_CONTEXT],
        "id": did,
        "verificationMethod": [{"id": vm_id, "type": "JsonWebKey", "controller": did, "publicKeyJwk": public.jwk}],
        "assertionMethod": [vm_id],
        "authentication": [vm_id],
    }
    method = VerificationMethod(vm_id, did, public, "JsonWebKey")
    return ResolvedDid(
        did, document, {vm_id: method}, frozenset({vm_id}), "self-contained", authentication_ids=frozenset({vm_id})
    )


# -- did:web -----------------------------------------------------------------------
_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


def did_web_for(domain: str, path: Iterable[str] = ()) -> str:
    """`did:web` for a domain (optionally `host:port`) and optional path segments."""
    host = domain.strip().lower().removeprefix("https://").rstrip("/")
    port = None
    if ":" in host:
        host, port = host.rsplit(":", 1)
        if not port.isdigit():
            raise InputError(Message("did.port_not_number", port=repr(port), domain=repr(domain)))
    if not _DOMAIN_RE.match(host):
        raise InputError(Message("did.bad_domain", domain=repr(domain)))
    ident = host + (f"%3A{port}" if port else "")
    segments = [urllib.parse.quote(s, safe="") for s in path if s]
    return ":".join(["did:web", ident, *segments])


def did_web_url(did: str) -> str:
    """The HTTPS URL of the DID document, per the did:web method spec."""
    if not did.startswith("did:web:"):
        raise DidResolutionError(Message("did.not_did_web", did=repr(did)))
    parts = did[len("did:web:") :].split(":")
    host = urllib.parse.unquote(parts[0])
    if not parts[0] or "/" in host or "@" in host:
        raise DidResolutionError(Message("did.bad_domain_part", did=repr(did)), code="malformed")
    path_parts = [urllib.parse.unquote(p) for p in parts[1:]]
    if any(not p or "/" in p or p in (".", "..") for p in path_parts):
        raise DidResolutionError(Message("did.bad_path_part", did=repr(did)), code="malformed")
    path = "/".join(path_parts) + "/did.json" if path_parts else ".well-known/did.json"
    return f"https://{host}/{path}"


def web_method_id(did: str, public: PublicKey) -> str:
    """Our verification method ids under did:web: the JWK thumbprint as fragment."""
    return f"{did}#{public.key_id}"


def did_web_document(did: str, keys: Iterable[PublicKey]) -> dict[str, Any]:
    """The `did.json` to publish: every current and rotated key, JsonWebKey under assertionMethod."""
    methods = []
    for public in keys:
        methods.append(
            {"id": web_method_id(did, public), "type": "JsonWebKey", "controller": did, "publicKeyJwk": public.jwk}
        )
    ids = [m["id"] for m in methods]
    return {
        "@context": [DID_CONTEXT, JWK_CONTEXT],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
        "authentication": ids,
    }


def parse_did_document(did: str, document: Any, *, source: str, fetched_at: str | None = None) -> ResolvedDid:
    """Validate a DID document (from the web, a cache or a bundle) and index its keys."""
    if not isinstance(document, dict):
        raise DidResolutionError(Message("did.document_not_object", did=did))
    if document.get("id") != did:
        raise DidResolutionError(Message("did.document_wrong_id", value=quoted(document.get("id"), 80), did=did))
    methods: dict[str, VerificationMethod] = {}
    raw_methods = document.get("verificationMethod", [])
    if not isinstance(raw_methods, list):
        raise DidResolutionError(Message("did.vm_not_list"))
    embedded: list[dict[str, Any]] = [m for m in raw_methods if isinstance(m, dict)]
    assertion = _relationship(did, document, ASSERTION_METHOD, embedded)
    authentication = _relationship(did, document, AUTHENTICATION, embedded)
    for entry in embedded:
        vm_id = entry.get("id")
        if not isinstance(vm_id, str):
            continue
        vm_id = _absolute(did, vm_id)
        controller = entry.get("controller", did)
        try:
            if isinstance(entry.get("publicKeyJwk"), dict):
                if "d" in entry["publicKeyJwk"]:
                    raise DidResolutionError(Message("did.private_key_published"))
                public = PublicKey.from_jwk(entry["publicKeyJwk"])
            elif isinstance(entry.get("publicKeyMultibase"), str):
                public = multikey_decode(entry["publicKeyMultibase"])
            else:
                continue
        except InputError as exc:
            raise DidResolutionError(Message("did.vm_invalid", vm_id=vm_id, exc=exc)) from None
        methods[vm_id] = VerificationMethod(vm_id, str(controller), public, str(entry.get("type", "")))
    return ResolvedDid(
        did, document, methods, frozenset(assertion), source, fetched_at, authentication_ids=frozenset(authentication)
    )


def _relationship(did: str, document: dict[str, Any], name: str, embedded: list[dict[str, Any]]) -> set[str]:
    """The absolute ids listed under a verification relationship; embedded methods join `embedded`."""
    refs = document.get(name) or []
    if not isinstance(refs, list):
        raise DidResolutionError(Message("did.not_a_list", name=name))
    ids: set[str] = set()
    for ref in refs:
        if isinstance(ref, str):
            ids.add(_absolute(did, ref))
        elif isinstance(ref, dict):
            embedded.append(ref)
            if isinstance(ref.get("id"), str):
                ids.add(_absolute(did, ref["id"]))
    return ids


def _absolute(did: str, ref: str) -> str:
    return did + ref if ref.startswith("#") else ref


# -- resolution --------------------------------------------------------------------
WebResolver = Callable[[str], ResolvedDid]


def did_of(did_url: str) -> str:
    return did_url.split("#", 1)[0].split("?", 1)[0]


class DidResolver:
    """Resolves DIDs offline (did:key, did:jwk) and did:web through a pluggable seam.

    `web_resolver` is called with the did:web DID and returns a `ResolvedDid`; it may
    use the network, a cache, a trust bundle or the user's own key records. Without
    one, did:web fails with a message saying that the issuer's key could not be found.
    """

    def __init__(self, web_resolver: WebResolver | None = None) -> None:
        self.web_resolver = web_resolver

    def resolve(self, did: str) -> ResolvedDid:
        if not isinstance(did, str) or not did.startswith("did:"):
            raise DidResolutionError(Message("did.not_a_did", did=repr(did)), code="malformed")
        if did.startswith("did:key:"):
            return _resolve_did_key(did)
        if did.startswith("did:jwk:"):
            return _resolve_did_jwk(did)
        if did.startswith("did:web:"):
            if self.web_resolver is None:
                raise DidResolutionError(
                    Message("did.web_offline", did=did),
                    code="unavailable",
                )
            return self.web_resolver(did)
        method = did.split(":")[1] if did.count(":") >= 2 else did
        raise DidResolutionError(Message("did.method_unsupported", method=repr(method)), code="unsupported_method")

    def resolve_assertion_key(
        self, kid: str, issuer: str, relationship: str = ASSERTION_METHOD
    ) -> tuple[VerificationMethod, ResolvedDid]:
        """The key named by a JWS `kid` / proof `verificationMethod`, checked to belong to
        the issuer and to be authorised for `relationship` (assertionMethod: signing
        credentials; authentication: a holder signing a presentation).

        A key belongs to the issuer when it is in the issuer's DID, or when the issuer's
        own (controller) document lists it under that relationship (W3C Controlled
        Identifiers: a document may reference another's method, as the W3C test vectors'
        issuers do with did:key methods)."""
        if not isinstance(kid, str) or not kid:
            raise DidResolutionError(Message("did.no_kid"), code="no_kid")
        absolute = _absolute(issuer, kid)
        outside = did_of(absolute) != issuer
        if outside and not issuer.startswith(("https://", "did:")):
            raise DidResolutionError(
                Message("did.kid_not_issuer", absolute=absolute, issuer=issuer), code="kid_not_issuer"
            )
        try:
            resolved = self.resolve(issuer)
        except DidResolutionError:
            if outside:  # nothing ties the key to the issuer: stays red (not "cannot confirm") offline too
                raise DidResolutionError(
                    Message("did.kid_not_issuer", absolute=absolute, issuer=issuer), code="kid_not_issuer"
                ) from None
            raise
        listed = absolute in resolved.relationship_ids(relationship)
        if outside:
            if not listed:
                raise DidResolutionError(
                    Message("did.kid_not_issuer", absolute=absolute, issuer=issuer), code="kid_not_issuer"
                )
            method = resolved.methods.get(absolute) or self._self_contained_method(absolute)
        else:
            method = resolved.methods.get(absolute)
        if method is None:
            raise DidResolutionError(Message("did.unknown_key", absolute=absolute), code="unknown_key")
        if not listed and relationship == AUTHENTICATION:
            raise DidResolutionError(
                Message("did.not_authentication", absolute=absolute),
                code="not_authentication",
            )
        if not listed:
            raise DidResolutionError(
                Message("did.not_assertion_method", absolute=absolute),
                code="not_assertion_method",
            )
        return method, resolved

    def _self_contained_method(self, absolute: str) -> VerificationMethod | None:
        if not absolute.startswith(("did:key:", "did:jwk:")):
            return None
        return self.resolve(did_of(absolute)).methods.get(absolute)


def self_contained_key(kid: Any) -> VerificationMethod | None:
    """The key a did:key / did:jwk URL names, without any issuer (None otherwise): lets the
    pipeline still check a signature whose key is refused, so the evidence says which."""
    if not isinstance(kid, str) or not kid.startswith(("did:key:", "did:jwk:")):
        return None
    try:
        return DidResolver().resolve(did_of(kid)).methods.get(kid)
    except (DidResolutionError, InputError):
        return None


def identifiers_for_key(public: PublicKey, method: str, domain: str | None = None) -> tuple[str, str]:
    """(DID, kid) for a key under the chosen DID method: "key", "jwk" or "web" (needs domain)."""
    if method == "key":
        did = did_key_for(public)
        return did, f"{did}#{did[len('did:key:') :]}"
    if method == "jwk":
        did = did_jwk_for(public)
        return did, f"{did}#0"
    if method == "web":
        if not domain:
            raise InputError(Message("did.web_needs_domain"))
        did = did_web_for(domain)
        return did, web_method_id(did, public)
    raise InputError(Message("did.unknown_method", method=repr(method)))
