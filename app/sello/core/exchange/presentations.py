"""Traceable presentations: read one as it arrives, check it with Sello's one pipeline,
and sign one as the holder (`vp+jwt`).

A `TraceablePresentation` (traceability-interop `schemas/TraceablePresentation.yml`) is a
Verifiable Presentation with an `id`, an optional `holder` and a `workflow`
(`definition`: the workflow's IRIs, `instance`: this shipment's ids). It arrives as JSON
(bare, or wrapped as `{"verifiablePresentation": ...}`) or as a compact `vp+jwt` signed by
its holder. Each credential in it goes through `sello.core.verification.inputs` exactly as a
scanned one would; the holder's signature is checked when there is one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from joserfc import jws as joserfc_jws

from sello.core import jcs
from sello.core.credentials.credential import _signing_registry
from sello.core.credentials.jws import parse_compact_jws, parse_json_strict
from sello.core.credentials.verdict import CheckError, Verdict
from sello.core.errors import InputError, UserFacingError
from sello.core.i18n import Message, message, register
from sello.core.keys.did import did_of
from sello.core.keys.keypair import PrivateKey
from sello.core.verification.inputs import VerifierContext, verify_text
from sello.core.verification.presentation import ENVELOPED, verify_holder_jwt

VP_JWT_TYP = "vp+jwt"
_DATA_URL_PREFIXES = ("data:application/vc+jwt,", "data:application/vc-ld+jwt,", "data:application/jwt,")
MAX_CREDENTIALS = 100


@dataclass(frozen=True)
class ParsedPresentation:
    presentation: dict[str, Any]
    presentation_id: str
    holder: str
    workflow_definition: tuple[str, ...]
    workflow_instance: tuple[str, ...]
    credentials: tuple[str, ...]  # each as text: a vc+jwt, or a JSON credential
    raw: str  # exactly what arrived
    vp_jwt: str | None = None


@dataclass(frozen=True)
class HolderProof:
    outcome: str  # passed | failed | warning
    code: str
    message: Mapping[str, str]


@dataclass
class PresentationVerdict:
    parsed: ParsedPresentation
    holder_proof: HolderProof
    credentials: list[tuple[str, Verdict | None, str | None]] = field(default_factory=list)  # (text, verdict, error)

    @property
    def color(self) -> str:
        colors = [v.color if v is not None else "red" for _, v, _ in self.credentials]
        if self.holder_proof.outcome == "failed" or "red" in colors:
            return "red"
        if "blue" in colors:  # a credential that cannot be confirmed: never hidden under amber or green
            return "blue"
        if self.holder_proof.outcome != "passed" or "amber" in colors or not colors:
            return "amber"
        return "green"

    def summary(self) -> dict[str, str]:
        counts = {
            c: sum(1 for _, v, _ in self.credentials if (v.color if v else "red") == c)
            for c in ("green", "amber", "red")
        }
        return message(
            "presentation.summary",
            total=len(self.credentials),
            green=counts["green"],
            amber=counts["amber"],
            red=counts["red"],
            holder=self.holder_proof.message,  # localised with the summary (tr() reads {lang: text} params)
        )


def _strings(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
        raise InputError(Message("presentation.bad_texts", name=name))
    return tuple(items)


def _credential_text(item: Any, position: int) -> str:
    if isinstance(item, str):
        return item.strip()
    if isinstance(item, dict):
        types = item.get("type")
        types = [types] if isinstance(types, str) else types or []
        ident = item.get("id")
        if ENVELOPED in types and isinstance(ident, str):
            for prefix in _DATA_URL_PREFIXES:
                if ident.startswith(prefix):
                    return ident[len(prefix) :].strip()
            raise InputError(Message("presentation.data_url", value=position + 1))
        proof = item.get("proof")
        if isinstance(proof, dict) and proof.get("type") == "jwt_vc" and isinstance(proof.get("jws"), str):
            return proof["jws"].strip()  # Sello's JSON answer: the vc+jwt it carries is what is checked and kept
        return json.dumps(item, ensure_ascii=False, separators=(",", ":"))
    raise InputError(Message("presentation.bad_credential", value=position + 1))


def parse_traceable_presentation(body: Any, *, require_id: bool = True) -> ParsedPresentation:
    """Read a presentation as received; `InputError` names the first thing that makes it unusable.
    An id is required for presentations that are stored (`require_id`), not for ones only verified."""
    raw = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    vp_jwt = None
    if isinstance(body, dict):
        for wrapper in ("verifiablePresentation", "presentation"):
            if wrapper in body and len(body) == 1:
                body = body[wrapper]
    if isinstance(body, str):
        vp_jwt = body.strip()
        try:
            jws = parse_compact_jws(vp_jwt)
            body = parse_json_strict(jws.payload, "payload")
        except CheckError as exc:
            raise InputError(Message("presentation.not_vp_jwt", message=exc)) from None
    if not isinstance(body, dict):
        raise InputError(Message("presentation.not_object"))
    types = _strings(body.get("type"), "type")
    if "VerifiablePresentation" not in types:
        raise InputError(Message("presentation.bad_type"))
    presentation_id = body.get("id", "" if not require_id else None)
    if (
        not isinstance(presentation_id, str)
        or (require_id and not presentation_id.strip())
        or len(presentation_id) > 500
    ):
        raise InputError(Message("presentation.needs_id"))
    holder = body.get("holder", "")
    holder = holder.get("id", "") if isinstance(holder, dict) else holder
    if not isinstance(holder, str):
        raise InputError(Message("presentation.bad_holder"))
    workflow = body.get("workflow") or {}
    if not isinstance(workflow, dict):
        raise InputError(Message("presentation.bad_workflow"))
    items = body.get("verifiableCredential", [])
    items = items if isinstance(items, list) else [items]
    if len(items) > MAX_CREDENTIALS:
        raise InputError(Message("presentation.too_many", max_credentials=MAX_CREDENTIALS, count=len(items)))
    credentials = tuple(_credential_text(item, i) for i, item in enumerate(items))
    return ParsedPresentation(
        body,
        presentation_id.strip(),
        holder,
        _strings(workflow.get("definition"), "workflow definition"),
        _strings(workflow.get("instance"), "workflow instance"),
        credentials,
        raw,
        vp_jwt,
    )


def _holder_proof(parsed: ParsedPresentation, context: VerifierContext, now: datetime | None) -> HolderProof:
    """The holder's signature, checked by the verification pipeline's presentation checks
    (`verify_holder_jwt`: signature, the key under the holder's DID, dates, holder = signer)."""
    if parsed.vp_jwt is None:
        code = "presentation.proof_not_checked" if "proof" in parsed.presentation else "presentation.unsigned"
        return HolderProof("warning", code, message(code))
    verdict = verify_holder_jwt(parsed.vp_jwt, resolver=context.resolver, now=now)
    if verdict.color == "red":
        failed = next(c for c in verdict.checks if c.outcome == "failed")
        return HolderProof("failed", failed.code, failed.message)
    if verdict.color == "blue":
        unavailable = next(c for c in verdict.checks if c.outcome == "unavailable")
        code = "presentation.holder_unresolved"
        return HolderProof("warning", code, message(code, reason=unavailable.message))
    if verdict.color == "amber":
        caveat = next(c for c in verdict.checks if c.outcome != "passed")
        return HolderProof("warning", caveat.code, caveat.message)
    signer = verdict.issuer or parsed.holder
    return HolderProof("passed", "presentation.holder_signed", message("presentation.holder_signed", did=signer))


def verify_presentation(
    parsed: ParsedPresentation, context: VerifierContext, *, now: datetime | None = None
) -> PresentationVerdict:
    """The holder's signature and every credential, each through the one pipeline."""
    result = PresentationVerdict(parsed, _holder_proof(parsed, context, now))
    for text in parsed.credentials:
        try:
            result.credentials.append((text, verify_text(text, context=context, now=now), None))
        except UserFacingError as exc:
            result.credentials.append((text, None, exc.message))
    return result


def sign_presentation(presentation: Mapping[str, Any], key: PrivateKey, kid: str) -> str:
    """Compact `vp+jwt` signed by the holder: header {alg, typ: vp+jwt, cty: vp, kid}, payload JCS."""

    body = dict(presentation)
    holder = body.get("holder")
    holder_id = holder.get("id") if isinstance(holder, dict) else holder
    if holder_id not in (None, did_of(kid)):
        raise InputError(Message("presentation.wrong_holder", holder_id=holder_id, value=did_of(kid)))
    body.setdefault("holder", did_of(kid))
    header = {"alg": key.alg.value, "cty": "vp", "kid": kid, "typ": VP_JWT_TYP}

    return joserfc_jws.serialize_compact(
        header, jcs.dumps(body), key.joserfc_key(), registry=_signing_registry(header["alg"])
    )


register(
    {
        "presentation.summary": {
            "en": "{total} credential(s): {green} valid, {amber} with caveats, {red} invalid. {holder}",
            "es": "{total} credencial(es): {green} válidas, {amber} con salvedades, {red} inválidas. {holder}",
        },
        "presentation.unsigned": {
            "en": "The presentation is not signed by its holder (each credential is checked on its own).",
            "es": "La presentación no está firmada por su titular (cada credencial se verifica por separado).",
        },
        "presentation.proof_not_checked": {
            "en": "The presentation's own proof is of a kind Sello does not check; each credential is checked.",
            "es": "La prueba propia de la presentación es de un tipo que Sello no verifica; cada credencial sí.",
        },
        "presentation.holder_unresolved": {
            "en": "The holder's key could not be obtained, so its signature is not confirmed ({reason}).",
            "es": "No se pudo obtener la llave del titular; su firma no se confirma ({reason}).",
        },
        "presentation.holder_signed": {"en": "Signed by its holder {did}.", "es": "Firmada por su titular {did}."},
    }
)
