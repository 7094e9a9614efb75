"""Verifiable presentations: a holder's signed envelope around one or more credentials.

A `vp+jwt` (VC-JOSE-COSE, or the 2023 traceability profile's `vp+ld+json+jwt`) or a
JSON presentation with a Data Integrity proof (proof purpose "authentication"). Its
`verifiableCredential` holds `EnvelopedVerifiableCredential` entries whose id is a
`data:application/vc+jwt,<token>` URL, embedded credentials with their own proof, or
(older systems) bare vc+jwt strings.

The holder's signature is checked like a credential's, against a key under the
holder's `authentication`; every credential then goes through the same pipeline and
gets its own verdict; the presentation's colour is the worst of the holder's checks
and of every credential's verdict. A credential that is not secured by itself is red:
the holder's signature vouches only that the holder sent it.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any, cast

from sello.core.credentials.checks import (
    StatusChecker,
    TrustChecker,
    _run,
    verify_data_integrity,
    verify_vc_jwt,
)
from sello.core.credentials.credential import VC1, issuer_of
from sello.core.credentials.jsonld import VC2, OfflineDocumentLoader
from sello.core.credentials.jws import looks_like_compact_jws, parse_compact_jws, parse_json_strict
from sello.core.credentials.securing import parse_data_integrity, parse_jose
from sello.core.credentials.verdict import (
    CHECK_NAMES,
    Check,
    CheckError,
    Color,
    Verdict,
    make_check,
)
from sello.core.i18n import register
from sello.core.keys.did import DidResolver, did_of

VP_TYPE = "VerifiablePresentation"
ENVELOPED = "EnvelopedVerifiableCredential"
ENVELOPE_MEDIA_TYPES = ("application/vc+jwt", "application/vc+ld+json+jwt")
MAX_CREDENTIALS = 50

# "cannot confirm" (blue) ranks between amber and red: it never hides a red, nor hides under amber.
_RANK: dict[str, int] = {"green": 0, "amber": 1, "blue": 2, "red": 3}


def worst_color(colors: list[str]) -> Color:
    return cast(Color, max(colors, key=lambda c: _RANK.get(c, 3)))


# -- recognising a presentation ------------------------------------------------------------
def is_presentation_jws(token: str) -> bool:
    """A compact JWS whose header says vp (typ / cty) or whose payload is a presentation."""
    try:
        jws = parse_compact_jws(token)
    except CheckError:
        return False
    marks = {str(jws.header.get(k, "")).lower().removeprefix("application/") for k in ("typ", "cty")}
    if marks & {"vp+jwt", "vp+ld+json+jwt", "vp", "vp+ld+json"}:
        return True
    try:
        payload = parse_json_strict(jws.payload, "payload")
    except CheckError:
        return False
    return is_presentation(payload)


def is_presentation(document: Any) -> bool:
    if not isinstance(document, dict):
        return False
    types = document.get("type")
    return VP_TYPE in ([types] if isinstance(types, str) else types if isinstance(types, list) else [])


def presentation_shape(document: Any, kid: Any = None) -> tuple[str, str | None]:
    """(holder id, holder name); the holder is the signing key's DID when not named."""
    if not is_presentation(document):
        raise CheckError("format", "format.vp_not_presentation")
    contexts = document.get("@context")
    first = contexts[0] if isinstance(contexts, list) and contexts else contexts
    if first not in (VC2, VC1):  # (VC 1.1 presentations: the 2023 traceability profile)
        raise CheckError("format", "format.not_vc2")
    entries = document.get("verifiableCredential")
    if not entries:
        raise CheckError("format", "format.vp_empty")
    if isinstance(entries, list) and len(entries) > MAX_CREDENTIALS:
        raise CheckError("format", "format.vp_too_many", count=len(entries), limit=MAX_CREDENTIALS)
    holder = document.get("holder")
    if holder is None:  # not named: the signing key's DID is the holder
        if isinstance(kid, str) and kid.startswith("did:"):
            return did_of(kid), None
        raise CheckError("format", "format.vp_no_holder")
    holder_id, name = issuer_of({"issuer": holder})
    if not holder_id:  # named, but not as an identifier (a number, an object without id...)
        raise CheckError("format", "format.vp_no_holder")
    return holder_id, name


# -- verifying ---------------------------------------------------------------------------------
def verify_presentation_jwt(
    token: str,
    *,
    resolver: DidResolver,
    now: datetime | None = None,
    status: StatusChecker | None = None,
    trust: TrustChecker | None = None,
    loader: OfflineDocumentLoader | None = None,
    input_kind: str = "vp+jwt",
) -> Verdict:
    return _with_documents(
        verify_holder_jwt(token, resolver=resolver, now=now, input_kind=input_kind),
        resolver=resolver,
        now=now,
        status=status,
        trust=trust,
        loader=loader,
    )


def verify_holder_jwt(
    token: str, *, resolver: DidResolver, now: datetime | None = None, input_kind: str = "vp+jwt"
) -> Verdict:
    """The holder's part of a `vp+jwt` alone: its signature, key, dates and shape, worded of a
    presenter and coloured by them; no carried credential is checked (the API's intake
    checks each credential on its own, `sello.core.exchange.presentations`)."""

    def parse() -> Any:
        kid = parse_compact_jws(token).header.get("kid")
        return parse_jose(token, "vp", shape=lambda vp: presentation_shape(vp, kid))

    return _holder_part(
        _run(parse, resolver=resolver, now=now, status=None, trust=None, input_kind=input_kind, vc_jwt=token)
    )


def verify_presentation_di(
    document: dict[str, Any],
    *,
    resolver: DidResolver,
    now: datetime | None = None,
    status: StatusChecker | None = None,
    trust: TrustChecker | None = None,
    loader: OfflineDocumentLoader | None = None,
) -> Verdict:
    def parse() -> Any:
        proof = document.get("proof")
        kid = proof.get("verificationMethod") if isinstance(proof, dict) else None
        return parse_data_integrity(document, loader, "vp", shape=lambda vp: presentation_shape(vp, kid))

    holder = _run(parse, resolver=resolver, now=now, status=None, trust=None, input_kind="presentation", vc_jwt=None)
    return _with_documents(_holder_part(holder), resolver=resolver, now=now, status=status, trust=trust, loader=loader)


def _with_documents(
    holder: Verdict,
    *,
    resolver: DidResolver,
    now: datetime | None,
    status: StatusChecker | None,
    trust: TrustChecker | None,
    loader: OfflineDocumentLoader | None,
) -> Verdict:
    """The holder's verdict (`_holder_part`) with every carried credential's verdict; the colour
    is the worst."""
    documents: list[Verdict] = []
    entries = holder.credential.get("verifiableCredential") if holder.credential else None
    if holder.credential is not None and entries:
        for entry in entries if isinstance(entries, list) else [entries]:
            documents.append(
                _verify_entry(entry, resolver=resolver, now=now, status=status, trust=trust, loader=loader)
            )
    color = worst_color([holder.color, *[d.color for d in documents]])
    return dataclasses.replace(holder, color=color, documents=tuple(documents))


def _holder_part(holder: Verdict) -> Verdict:
    """The holder's checks worded of a presenter, coloured by them alone."""
    checks = [_holder_wording(c) for c in holder.checks]
    color: Color = (
        "red"
        if any(c.outcome == "failed" for c in checks)
        else "blue"
        if any(c.outcome == "unavailable" for c in checks)  # the holder's key could not be had
        else ("green" if all(c.outcome == "passed" for c in checks) else "amber")
    )
    return dataclasses.replace(holder, checks=checks, color=color)


def _holder_wording(check: Check) -> Check:
    """The holder's passed checks said of the presenter, not of an issuer."""
    if check.outcome != "passed" and check.name not in ("status", "trust"):
        return check
    if check.name in ("status", "trust"):
        return check if check.outcome == "failed" else make_check(check.name, "passed", "not_applicable.presentation")
    if check.name == "signature":
        return make_check(
            "signature",
            "passed",
            "presentation.signature_valid",
            check.evidence,
            alg=str(check.evidence.get("alg", "?")),
        )
    if check.name == "issuer_key":
        return make_check("issuer_key", "passed", "presentation.holder_key", check.evidence)
    return check


def _verify_entry(entry: Any, **common: Any) -> Verdict:
    loader = common.pop("loader")
    if isinstance(entry, dict) and ENVELOPED in _types(entry):
        token = _enveloped_token(entry.get("id"))
        if token is not None:
            return verify_vc_jwt(token, input_kind="enveloped", **common)
    elif isinstance(entry, str) and looks_like_compact_jws(entry.strip()):
        return verify_vc_jwt(entry.strip(), input_kind="enveloped", **common)
    elif isinstance(entry, dict) and "proof" in entry:
        return verify_data_integrity(entry, loader=loader, **common)
    code = "format.vp_entry_unsecured" if isinstance(entry, dict) else "format.vp_entry_unreadable"
    checks = [make_check("format", "failed", code)] + [
        make_check(n, "skipped", "not_checked.unreadable") for n in CHECK_NAMES[1:]
    ]
    credential = entry if isinstance(entry, dict) else None
    issuer, name = issuer_of(credential) if credential else (None, None)
    return Verdict.from_checks(
        checks, credential=credential, issuer=issuer, issuer_name=name, vc_jwt=None, input_kind="embedded"
    )


def _types(entry: dict[str, Any]) -> set[str]:
    types = entry.get("type")
    return (
        {types}
        if isinstance(types, str)
        else {t for t in types if isinstance(t, str)}
        if isinstance(types, list)
        else set()
    )


def _enveloped_token(data_url: Any) -> str | None:
    """The token of `data:application/vc+jwt,<token>` (RFC 2397, no base64, no parameters)."""
    if not isinstance(data_url, str) or not data_url.startswith("data:"):
        return None
    media, sep, token = data_url[5:].partition(",")
    if not sep or media.lower() not in ENVELOPE_MEDIA_TYPES:
        return None
    token = token.strip()
    return token if looks_like_compact_jws(token) else None


register(
    {
        "format.vp_not_presentation": {
            "en": "The document's type does not include VerifiablePresentation.",
            "es": "El tipo del documento no incluye VerifiablePresentation.",
        },
        "format.vp_empty": {
            "en": "The presentation carries no credential.",
            "es": "La presentación no lleva ninguna credencial.",
        },
        "format.vp_too_many": {
            "en": "The presentation carries {count} credentials; at most {limit} are accepted.",
            "es": "La presentación lleva {count} credenciales; se aceptan {limit} como máximo.",
        },
        "format.vp_no_holder": {
            "en": "The presentation does not name its holder by an identifier (a DID).",
            "es": "La presentación no indica con un identificador (un DID) quién la presenta.",
        },
        "format.vp_entry_unsecured": {
            "en": "This credential in the presentation carries no signature of its own; the holder's signature "
            "does not show who issued it.",
            "es": "Esta credencial de la presentación no lleva firma propia; la firma de quien presenta no demuestra "
            "quién la emitió.",
        },
        "format.vp_entry_unreadable": {
            "en": "This entry of the presentation is not a credential Sello can read.",
            "es": "Esta entrada de la presentación no es una credencial que Sello pueda leer.",
        },
        "issuer_key.not_authentication": {
            "en": "The key {kid} is not one {issuer} may sign presentations with (it is not under authentication).",
            "es": "La clave {kid} no es una con la que {issuer} pueda firmar presentaciones (no está en "
            "authentication).",
        },
        "presentation.signature_valid": {
            "en": "The presentation's signature is valid ({alg}): the presenter's key signed exactly this.",
            "es": "La firma de la presentación es válida ({alg}): la clave de quien presenta firmó exactamente esto.",
        },
        "presentation.holder_key": {
            "en": "The presenter's key was found and may sign presentations (key details below).",
            "es": "Se encontró la clave de quien presenta y puede firmar presentaciones (detalles abajo).",
        },
        "not_applicable.presentation": {
            "en": "Not applicable to the presentation itself: each document below has its own.",
            "es": "No aplica a la presentación en sí: cada documento de abajo tiene el suyo.",
        },
        "dates.presentation": {
            "en": "The presentation's own signature is current.",
            "es": "La firma de la presentación está vigente.",
        },
    }
)
