"""W3C VC 2.0 credentials: build them, check their shape, sign them as `vc+jwt`.

The `vc+jwt` payload is the RFC 8785 (JCS) form of the credential and the protected
header is JCS too, so the exact signed bytes can be rebuilt from parsed JSON
(DESIGN §2-3).
"""

from __future__ import annotations

import copy
import functools
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from joserfc import jws as joserfc_jws
from joserfc.errors import UnsupportedAlgorithmError
from joserfc.jws import JWSRegistry

from sello.core import jcs
from sello.core.credentials.jsonld import TRACEABILITY, VC2
from sello.core.credentials.verdict import CheckError
from sello.core.encoding import b64url_encode
from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.keys.did import DidResolutionError, DidResolver, did_of
from sello.core.keys.keypair import PrivateKey

VC1 = "https://www.w3.org/2018/credentials/v1"
BASE_TYPE = "VerifiableCredential"

_DATETIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


# -- dates -------------------------------------------------------------------------
def format_datetime(moment: datetime) -> str:
    """UTC, whole seconds, 'Z' (2026-11-02T16:05:00Z). Naive datetimes are refused."""
    if moment.tzinfo is None:
        raise ValueError("A credential date needs a time zone (use datetime.now(timezone.utc)).")
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_datetime(text: Any) -> datetime | None:
    """An XML Schema dateTimeStamp (time zone required) as an aware datetime, else None."""
    if not isinstance(text, str):
        return None
    match = _DATETIME_RE.match(text)
    if not match:
        return None
    fraction = (match.group(7) or "")[:7]  # '.' + at most 6 digits
    zone = match.group(8)
    normal = (
        text[: match.start(7) if match.group(7) else match.start(8)] + fraction + ("+00:00" if zone == "Z" else zone)
    )
    try:
        return datetime.fromisoformat(normal)
    except ValueError:
        return None


def now_utc() -> datetime:
    return datetime.now(UTC)


# -- building ------------------------------------------------------------------------
def new_credential_id() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def build_credential(
    *,
    types: Sequence[str],
    subject: Mapping[str, Any],
    issuer: Mapping[str, Any],
    valid_from: datetime | None = None,
    valid_until: datetime | None = None,
    credential_id: str | None = None,
    status: Mapping[str, Any] | None = None,
    contexts: Sequence[str] = (VC2, TRACEABILITY),
) -> dict[str, Any]:
    """A VC 2.0 credential (unsigned). `issuer` is an object with at least `id` (a DID)."""
    if isinstance(types, str):
        types = [types]
    if not contexts or contexts[0] != VC2:
        raise InputError(Message("credential.first_context", vc2=VC2))
    if not isinstance(issuer, Mapping) or not str(issuer.get("id", "")).startswith("did:"):
        raise InputError(Message("credential.issuer_object"))
    start = valid_from or now_utc()
    if valid_until is not None and valid_until <= start:
        raise InputError(Message("credential.validity_reversed"))
    credential: dict[str, Any] = {
        "@context": list(dict.fromkeys(contexts)),
        "id": credential_id or new_credential_id(),
        "type": [BASE_TYPE, *[t for t in dict.fromkeys(types) if t != BASE_TYPE]],
        "issuer": copy.deepcopy(dict(issuer)),
        "validFrom": format_datetime(start),
    }
    if valid_until is not None:
        credential["validUntil"] = format_datetime(valid_until)
    credential["credentialSubject"] = copy.deepcopy(dict(subject))
    if status is not None:
        credential["credentialStatus"] = copy.deepcopy(dict(status))
    return credential


def prepare_for_signing(credential: Mapping[str, Any], did: str, issuer_name: str | None = None) -> dict[str, Any]:
    """For `sello sign`: the credential with the key's DID as issuer (other issuer
    fields kept; a string issuer becomes an object), plus `id` and `validFrom` when
    missing. The input is not modified."""
    out = copy.deepcopy(dict(credential))
    issuer = out.get("issuer")
    issuer_obj = dict(issuer) if isinstance(issuer, Mapping) else {}
    issuer_obj["id"] = did
    if issuer_name is not None:
        issuer_obj["name"] = issuer_name
    out["issuer"] = {"id": did, **{k: v for k, v in issuer_obj.items() if k != "id"}}
    out.setdefault("id", new_credential_id())
    out.setdefault("validFrom", format_datetime(now_utc()))
    return out


# -- shape ---------------------------------------------------------------------------
def issuer_of(credential: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(issuer id, issuer display name) as far as the credential says."""
    issuer = credential.get("issuer")
    if isinstance(issuer, str):
        return issuer, None
    if not isinstance(issuer, Mapping):
        return None, None
    issuer_id = issuer.get("id") if isinstance(issuer.get("id"), str) else None
    return issuer_id, _plain_text(issuer.get("name"))


def _plain_text(value: Any) -> str | None:
    """A name as a string: plain, a JSON-LD value object, or the first of a list of them."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("@value"), str):
        return value["@value"]
    if isinstance(value, list) and value:
        return _plain_text(value[0])
    return None


def check_credential_shape(credential: Any, *, allow_vc1: bool = False) -> tuple[str, str | None]:
    """The minimum a VC 2.0 credential must have; returns (issuer id, issuer name).
    `allow_vc1`: a VC Data Model 1.1 credential is read too (the 2023 traceability
    profile secured VC 1.1 credentials as vc+ld+json JWTs).

    Raises `CheckError` ("format") naming the first thing missing.
    """
    if not isinstance(credential, dict):
        raise CheckError("format", "format.not_object", part={"en": "credential", "es": "credencial"})
    if "@context" not in credential and "vc" in credential:
        raise CheckError("format", "format.legacy_vc_jwt")
    contexts = credential.get("@context")
    first = contexts[0] if isinstance(contexts, list) and contexts else contexts
    if first == VC1 and not allow_vc1:
        raise CheckError("format", "format.vc1")
    if first not in (VC2, VC1):
        raise CheckError("format", "format.not_vc2")
    types = credential.get("type")
    types = [types] if isinstance(types, str) else types
    if not isinstance(types, list) or BASE_TYPE not in types:
        raise CheckError("format", "format.not_credential")
    issuer_id, name = issuer_of(credential)
    if not issuer_id:
        raise CheckError("format", "format.no_issuer")
    if "credentialSubject" not in credential:
        raise CheckError("format", "format.no_subject")
    return issuer_id, name


# -- signing -------------------------------------------------------------------------
@functools.cache
def _signing_registry(alg: str) -> Any:
    """joserfc registry for exactly one algorithm, without joserfc's RFC 9864 warning
    for "EdDSA": Sello signs "EdDSA" on purpose (DESIGN §2: existing verifiers know
    it), and the warning would fire on every signature."""

    class QuietRegistry(JWSRegistry):
        def get_alg(self, name: str) -> Any:
            if not self.allowed or name not in self.allowed or name not in self.algorithms:
                raise UnsupportedAlgorithmError(f"Algorithm of '{name}' is not allowed")
            return self.algorithms[name]

    return QuietRegistry(algorithms=[alg])


def vc_jwt_header(alg: str, kid: str) -> dict[str, str]:
    # keys in JCS (sorted) order: joserfc's compact JSON then equals RFC 8785 bytes
    return {"alg": alg, "cty": "vc", "kid": kid, "typ": "vc+jwt"}


def sign_vc_jwt(credential: Mapping[str, Any], key: PrivateKey, kid: str) -> str:
    """Compact JWS `vc+jwt`: header {alg, typ: vc+jwt, cty: vc, kid}, payload = JCS(credential).

    Refuses a credential that is not VC 2.0, has no validFrom, or whose issuer is not
    the DID of `kid`; for did:key / did:jwk also checks that `kid` names this key.
    """
    try:
        issuer_id, _ = check_credential_shape(dict(credential))
    except CheckError as exc:
        raise InputError(Message("sign.cannot", message=exc)) from None
    if parse_datetime(credential.get("validFrom")) is None:
        raise InputError(Message("sign.no_valid_from"))
    if not isinstance(kid, str) or not kid.isascii() or "#" not in kid:
        raise InputError(Message("sign.kid_not_did_url", kid=repr(kid)))
    if did_of(kid) != issuer_id:
        raise InputError(Message("sign.issuer_mismatch", issuer_id=issuer_id, kid=kid, value=did_of(kid)))
    if kid.startswith(("did:key:", "did:jwk:")):
        try:
            method, _ = DidResolver().resolve_assertion_key(kid, issuer_id)
        except (DidResolutionError, InputError) as exc:
            raise InputError(Message("sign.cannot", message=exc)) from None
        if method.public_key.jwk != key.public.jwk:
            raise InputError(Message("sign.other_key", kid=kid))
    try:
        payload = jcs.dumps(dict(credential))
    except jcs.CanonicalizationError as exc:
        raise InputError(Message("sign.not_exact_json", exc=str(exc))) from None
    header = vc_jwt_header(key.alg.value, kid)

    registry = _signing_registry(header["alg"])
    token = joserfc_jws.serialize_compact(header, payload, key.joserfc_key(), registry=registry)
    if not token.startswith(b64url_encode(jcs.dumps(header)) + "."):  # pragma: no cover - ASCII kid checked
        raise AssertionError("joserfc serialized the protected header differently from RFC 8785")
    return token
