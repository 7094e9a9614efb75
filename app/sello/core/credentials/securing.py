"""Reading a secured document before any key is looked up: a `vc+jwt` / `vp+jwt` in one
of the JOSE profiles Sello recognises, or a JSON document with a Data Integrity proof.

Each reader returns a `ParsedDocument`: the JSON, who must have signed it, the key it
names, a `verify(public_key)` for the signature, and the format check with its evidence
(which profile or cryptosuite was recognised, which JSON-LD contexts Sello does not carry).
The checks (`checks.py`) do the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sello.core.credentials.credential import VC1, check_credential_shape
from sello.core.credentials.dataintegrity import (
    ContextNotCarried,
    read_proof,
    verify_proof_signature,
)
from sello.core.credentials.jsonld import OfflineDocumentLoader, uncarried_contexts
from sello.core.credentials.jws import (
    TRACEABILITY_2023,
    check_alg_allowed,
    check_vc_jwt_header,
    parse_compact_jws,
    parse_json_strict,
    part_name,
)
from sello.core.credentials.verdict import Check, CheckError, make_check
from sello.core.i18n import register
from sello.core.keys.did import ASSERTION_METHOD, AUTHENTICATION
from sello.core.keys.keypair import PublicKey

# (credential dates) for each data model: VC 2.0 validFrom/validUntil, VC 1.1 issuanceDate/expirationDate
VC2_DATES = ("validFrom", "validUntil")
VC1_DATES = ("issuanceDate", "expirationDate")


@dataclass
class ParsedDocument:
    """What a securing format yields once it has been read, before any key is looked up."""

    credential: dict[str, Any]  # the credential, or the presentation
    issuer: str  # the issuer of a credential; the holder of a presentation
    issuer_name: str | None
    kid: Any
    format_check: Check
    verify: Callable[[PublicKey], bool]  # may raise CheckError("signature", ...)
    alg_label: str
    signature_error: CheckError | None = None  # known bad before any key is needed (alg: none...)
    iss_claims: list[Any] = field(default_factory=list)  # `iss` of the payload and of the header
    relationship: str = ASSERTION_METHOD
    date_fields: tuple[str, str] | None = VC2_DATES  # None: a presentation (its dates are optional)
    # further limits: (code if exceeded, field name, moment or None when unreadable)
    extra_dates: list[tuple[str, str, datetime | None]] = field(default_factory=list)


_PROFILE_NAMES = {
    "vc-jose-cose": {"en": "VC-JOSE-COSE", "es": "VC-JOSE-COSE"},
    TRACEABILITY_2023: {"en": "2023 traceability profile", "es": "perfil de trazabilidad de 2023"},
}
_WHAT = {
    "vc": {"en": "vc+jwt credential", "es": "Credencial vc+jwt"},
    "vp": {"en": "vp+jwt presentation", "es": "Presentación vp+jwt"},
}


def _model(document: dict[str, Any]) -> str:
    contexts = document.get("@context")
    first = contexts[0] if isinstance(contexts, list) and contexts else contexts
    return "VC 1.1" if first == VC1 else "VC 2.0"


# -- JOSE ------------------------------------------------------------------------------
def parse_jose(
    token: str, kind: str = "vc", *, shape: Callable[[Any], tuple[str, str | None]] | None = None
) -> ParsedDocument:
    """A compact JWS credential ("vc") or presentation ("vp"; `shape` reads its holder)."""
    jws = parse_compact_jws(token)
    profile = check_vc_jwt_header(jws.header, kind)
    payload = parse_json_strict(jws.payload, "payload")
    if not isinstance(payload, dict):
        raise CheckError("format", "format.not_object", part=part_name("payload"))
    if shape is not None:
        issuer, issuer_name = shape(payload)
    else:
        issuer, issuer_name = check_credential_shape(payload, allow_vc1=profile == TRACEABILITY_2023)
    signature_error = None
    try:
        alg = check_alg_allowed(jws.header["alg"])
    except CheckError as exc:
        signature_error, alg = exc, str(jws.header["alg"])[:40]

    def verify(public: PublicKey) -> bool:
        if alg not in public.allowed_algs:
            raise CheckError("signature", "signature.alg_key_mismatch", alg=alg, curve=public.curve)
        return public.verify(alg, jws.signing_input, jws.signature)

    missing = uncarried_contexts(payload.get("@context"))
    evidence = {
        "profile": profile,
        "typ": jws.header.get("typ"),
        "cty": jws.header.get("cty"),
        "alg": alg,
        "kid": jws.header.get("kid"),
        "iss": jws.header.get("iss"),
        "contexts_not_carried": missing,
    }
    model = _model(payload)
    if missing:
        code = "format.jose_context_missing"
    elif kind == "vc" and profile == "vc-jose-cose" and model == "VC 2.0":
        code = "format.vc_jwt"
    else:
        code = "format.jose_profile"
    parsed = ParsedDocument(
        credential=payload,
        issuer=issuer,
        issuer_name=issuer_name,
        kid=jws.header.get("kid"),
        format_check=make_check(
            "format",
            "passed",
            code,
            {k: v for k, v in evidence.items() if v is not None},
            alg=alg,
            profile=_PROFILE_NAMES[profile],
            what=_WHAT[kind],
            model=model,
            contexts=", ".join(missing)[:300],
        ),
        verify=verify,
        alg_label=alg,
        signature_error=signature_error,
        iss_claims=[part["iss"] for part in (payload, jws.header) if "iss" in part],
        relationship=AUTHENTICATION if kind == "vp" else ASSERTION_METHOD,
        date_fields=None if kind == "vp" else (VC1_DATES if model == "VC 1.1" else VC2_DATES),
    )
    for claim, code in (("exp", "dates.expired"), ("nbf", "dates.not_yet_valid")):
        if claim in payload:
            value = payload[claim]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 253402300800:
                parsed.extra_dates.append((code, claim, None))
            else:
                parsed.extra_dates.append((code, claim, datetime.fromtimestamp(value, UTC)))
    return parsed


# -- Data Integrity ----------------------------------------------------------------------
def parse_data_integrity(
    document: Any,
    loader: OfflineDocumentLoader | None,
    kind: str = "vc",
    *,
    shape: Callable[[Any], tuple[str, str | None]] | None = None,
) -> ParsedDocument:
    """A JSON credential ("vc") or presentation ("vp") secured with one Data Integrity proof.

    A proof whose canonical form needs a context Sello does not carry raises
    `ContextNotCarried` with the document and issuer attached (never red: "cannot confirm").
    """
    if not isinstance(document, dict):
        raise CheckError("format", "format.not_object", part=part_name("document"))
    issuer, issuer_name = shape(document) if shape is not None else check_credential_shape(document)
    try:
        proof = read_proof(document, loader)
    except ContextNotCarried as exc:
        exc.document, exc.issuer, exc.issuer_name = document, issuer, issuer_name
        raise
    relationship = AUTHENTICATION if kind == "vp" else ASSERTION_METHOD
    missing = uncarried_contexts(document.get("@context"), loader)
    evidence = {**proof.evidence(), "contexts_not_carried": missing}
    code = (
        "format.di_context_missing"
        if missing
        else ("format.data_integrity" if kind == "vc" else "format.di_presentation")
    )
    parsed = ParsedDocument(
        credential=document,
        issuer=issuer,
        issuer_name=issuer_name,
        kid=proof.verification_method,
        format_check=make_check(
            "format", "passed", code, evidence, suite=proof.cryptosuite, contexts=", ".join(missing)[:300]
        ),
        verify=lambda public: verify_proof_signature(proof, public, relationship),
        alg_label=proof.cryptosuite,
        relationship=relationship,
        date_fields=None if kind == "vp" else VC2_DATES,
    )
    if proof.expires is not None:
        parsed.extra_dates.append(("dates.proof_expired", "proof.expires", proof.expires))
    return parsed


register(
    {
        "format.jose_profile": {
            "en": "Readable {what} ({profile}, {model}, {alg}).",
            "es": "{what} legible ({profile}, {model}, {alg}).",
        },
        "format.jose_context_missing": {
            "en": "Readable {what} ({profile}, {model}, {alg}). Sello does not carry the JSON-LD context(s) {contexts}: "
            "the signature covers the text exactly as shown, but the meaning of its terms is not checked.",
            "es": "{what} legible ({profile}, {model}, {alg}). Sello no incluye el o los contextos JSON-LD {contexts}: la "
            "firma cubre el texto tal como se muestra, pero no se comprueba el significado de sus términos.",
        },
        "format.di_presentation": {
            "en": "Readable presentation with a Data Integrity proof ({suite}).",
            "es": "Presentación legible con prueba Data Integrity ({suite}).",
        },
        "format.di_context_missing": {
            "en": "Readable document with a Data Integrity proof ({suite}). Sello does not carry the JSON-LD context(s) "
            "{contexts}: the signature covers the text exactly as shown, but the meaning of its terms is not "
            "checked.",
            "es": "Documento legible con prueba Data Integrity ({suite}). Sello no incluye el o los contextos JSON-LD "
            "{contexts}: la firma cubre el texto tal como se muestra, pero no se comprueba el significado de sus "
            "términos.",
        },
        "cannot_confirm.context_not_carried": {
            "en": "The proof cannot be checked here: it needs the JSON-LD context {context}, which Sello does not "
            "carry and never fetches. Nothing shows the document is altered; ask the sender for a vc+jwt or "
            "for a Sello update that carries this context.",
            "es": "La prueba no se puede comprobar aquí: necesita el contexto JSON-LD {context}, que Sello no incluye "
            "y nunca descarga. Nada indica que el documento esté alterado; pida al remitente un vc+jwt o una "
            "actualización de Sello que incluya este contexto.",
        },
        "signature.valid_refused_key": {
            "en": "The signature holds for the key {kid}, but that key is not the issuer's (see below).",
            "es": "La firma es válida para la clave {kid}, pero esa clave no es del emisor (vea abajo).",
        },
        "not_checked.cannot_confirm": {
            "en": "Not checked: the signature could not be checked.",
            "es": "No se comprobó: la firma no se pudo comprobar.",
        },
    }
)
