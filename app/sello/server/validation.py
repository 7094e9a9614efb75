"""Request bodies checked against the specification's schemas (the parts the server relies
on), with one sentence per problem in `details`. Hand-written rather than a JSON Schema
engine: the rules are few, and the messages say what to fix."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sello.server.errors import ApiError

_XSD_DATETIME = re.compile(r"^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
ISSUE_PROOF_TYPES = ("Ed25519Signature2018", "JsonWebSignature2020")
VERIFY_PROOF_TYPES = ("Ed25519Signature2018", "JsonWebSignature2020", "jwt_vc", "DataIntegrityProof")
STATUS_ENTRY_TYPES = ("RevocationList2020Status", "StatusList2021Entry", "BitstringStatusListEntry")


def _bad(detail: str) -> ApiError:
    return ApiError(400, [detail])


def _need(
    obj: dict[str, Any], key: str, where: str, check: Callable[[Any], bool], what: str, *, required: bool = True
) -> Any:
    if key not in obj:
        if required:
            raise _bad(f"{where}.{key} is required")
        return None
    if not check(obj[key]):
        raise _bad(f"{where}.{key} must be {what}")
    return obj[key]


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(i, str) for i in v)


def _is_obj(v: Any) -> bool:
    return isinstance(v, dict)


def _datetime(v: Any) -> bool:
    return isinstance(v, str) and bool(_XSD_DATETIME.match(v))


def check_credential(cred: Any, where: str = "credential") -> dict[str, Any]:
    """The VC 1.1 `Credential.yml` shape (also accepts VC 2.0's `validFrom`)."""
    if not isinstance(cred, dict):
        raise _bad(f"{where} must be an object")
    _need(cred, "@context", where, _str_list, "an array of strings")
    _need(cred, "id", where, _is_str, "a string", required=False)
    _need(cred, "type", where, _str_list, "an array of strings")
    issuer = cred.get("issuer")
    if "issuer" not in cred:
        raise _bad(f"{where}.issuer is required")
    if isinstance(issuer, dict):
        _need(issuer, "id", where + ".issuer", _is_str, "a string")
        if not _URI.match(issuer["id"]):
            raise _bad(f"{where}.issuer.id must be a URI")
    elif not isinstance(issuer, str) or not _URI.match(issuer):
        raise _bad(f"{where}.issuer must be a URI or an object with an id")
    if "issuanceDate" in cred or "validFrom" not in cred:
        _need(cred, "issuanceDate", where, _datetime, "an XML date-time string")
    _need(cred, "expirationDate", where, _datetime, "an XML date-time string", required=False)
    subject = _need(cred, "credentialSubject", where, _is_obj, "an object")
    _need(subject, "id", where + ".credentialSubject", _is_str, "a string", required=False)
    return cred


def check_issue_request(body: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    if not isinstance(body, dict):
        raise _bad("the body must be an object with credential and options")
    if "credential" not in body:
        raise _bad("credential is required")
    cred = check_credential(body["credential"], "credential")
    options = _need(body, "options", "body", _is_obj, "an object")
    _need(options, "type", "options", lambda v: v in ISSUE_PROOF_TYPES, "one of " + ", ".join(ISSUE_PROOF_TYPES))
    _need(options, "created", "options", _is_str, "a string", required=False)
    status = _need(options, "credentialStatus", "options", _is_obj, "an object", required=False)
    if status is not None:
        _need(
            status,
            "type",
            "options.credentialStatus",
            lambda v: v in STATUS_ENTRY_TYPES,
            "one of " + ", ".join(STATUS_ENTRY_TYPES),
            required=False,
        )
    return cred, options


def check_verify_request(body: Any) -> Any:
    """`{"verifiableCredential": <VC with proof> | "<vc+jwt>"}`; returns the credential."""
    if not isinstance(body, dict) or "verifiableCredential" not in body:
        raise _bad("verifiableCredential is required")
    vc = body["verifiableCredential"]
    if isinstance(vc, str) and vc.count(".") == 2:
        return vc  # a vc+jwt (VC-JOSE): Sello's own format
    cred = check_credential(vc, "verifiableCredential")
    proof = _need(cred, "proof", "verifiableCredential", _is_obj, "an object")
    _need(
        proof,
        "type",
        "verifiableCredential.proof",
        lambda v: v in VERIFY_PROOF_TYPES,
        "one of " + ", ".join(VERIFY_PROOF_TYPES),
    )
    for key in ("created", "verificationMethod"):
        _need(proof, key, "verifiableCredential.proof", _is_str, "a string")
    _need(
        proof,
        "proofPurpose",
        "verifiableCredential.proof",
        lambda v: v == "assertionMethod",
        'the string "assertionMethod"',
    )
    if not isinstance(proof.get("jws"), str) and not isinstance(proof.get("proofValue"), str):
        raise _bad("verifiableCredential.proof.jws must be a string")
    return cred


def check_status_request(body: Any) -> tuple[str, list[dict[str, Any]]]:
    if not isinstance(body, dict):
        raise _bad("the body must be an object with credentialId and credentialStatus")
    credential_id = _need(body, "credentialId", "body", lambda v: isinstance(v, str) and bool(v), "a string")
    entries = _need(
        body,
        "credentialStatus",
        "body",
        lambda v: isinstance(v, list) and bool(v) and all(isinstance(i, dict) for i in v),
        "a non-empty array of objects",
    )
    for entry in entries:
        _need(entry, "type", "credentialStatus[]", _is_str, "a string", required=False)
        _need(entry, "status", "credentialStatus[]", lambda v: isinstance(v, (str, int, bool)), "a string")
    return credential_id, entries


def check_prove_request(body: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    if not isinstance(body, dict):
        raise _bad("the body must be an object with presentation and options")
    presentation = _need(body, "presentation", "body", _is_obj, "an object")
    _need(presentation, "@context", "presentation", _str_list, "an array of strings")
    _need(
        presentation,
        "type",
        "presentation",
        lambda v: _str_list(v) and "VerifiablePresentation" in v,
        "an array of strings including VerifiablePresentation",
    )
    options = _need(body, "options", "body", _is_obj, "an object", required=False) or {}
    return presentation, options
