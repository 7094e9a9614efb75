"""Issuing, looking up and revoking credentials for the Traceability API.

`POST /credentials/issue` sends a credential in the VC Data Model 1.1 shape the
specification uses (`issuanceDate`). Sello signs VC 2.0 only (DESIGN §2), so the request
is carried over: the VC 1.1 context becomes the VC 2.0 one, `issuanceDate` becomes
`validFrom` (`expirationDate`, `validUntil`), the issuer stays as written (a DID string
or an object with `id`; it must be one of the company's DIDs), and a
`BitstringStatusListEntry` for revocation and one for suspension are added from the
issuer's status lists. The
credential is signed as a `vc+jwt` and recorded among the company's documents, so the
desktop lists it and `sello revoke` / `POST /credentials/status` can revoke it.

The answer is the signed credential as JSON with the spec's VC 1.1 names restated
(`issuanceDate`) and its `vc+jwt` in `proof.jws` (`proof.type` "jwt_vc", one of the
proof types the specification lists); the vc+jwt is the authoritative form.

Status: every status type the suite or a partner may name (`StatusList2021Entry`,
`RevocationList2020Status`, `BitstringStatusListEntry`) maps onto those entries, by
`statusPurpose` (default "revocation"): revocation "1" revokes (permanently; "0" is accepted
only while not revoked); suspension "1"/"0" sets or lifts the suspension.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sello.core.credentials.credential import (
    VC1,
    format_datetime,
    new_credential_id,
    now_utc,
    parse_datetime,
    sign_vc_jwt,
)
from sello.core.credentials.jsonld import VC2
from sello.core.documents import issuance
from sello.core.encoding import b64url_decode
from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.storage.db import Database
from sello.core.trust import statuslist

STATUS_TYPES = (
    "StatusList2021Entry",
    "StatusList2021Credential",
    "RevocationList2020Status",
    "BitstringStatusListEntry",
    "BitstringStatusListCredential",
)
_DROPPED = ("@context", "issuanceDate", "expirationDate", "proof", "credentialStatus")


class UnknownIssuer(InputError):
    """The credential names an issuer that is not this company."""


class AlreadyIssued(InputError):
    """A credential with this id was issued before."""


@dataclass(frozen=True)
class ApiIssued:
    credential_id: str
    vc_jwt: str
    body: dict[str, Any]  # the 201 answer


def _issuer_id(issuer: Any) -> str:
    return issuer.get("id", "") if isinstance(issuer, Mapping) else str(issuer or "")


def response_body(vc_jwt: str) -> dict[str, Any]:
    """The JSON answer for a credential Sello signed: its claims, `issuanceDate`, and `proof.jws`."""
    payload = _payload(vc_jwt)
    header = _part(vc_jwt, 0)
    body = copy.deepcopy(payload)
    body["issuanceDate"] = payload.get("validFrom")
    if "validUntil" in payload:
        body["expirationDate"] = payload["validUntil"]
    body["proof"] = {
        "type": "jwt_vc",
        "created": payload.get("validFrom"),
        "proofPurpose": "assertionMethod",
        "verificationMethod": header.get("kid"),
        "jws": vc_jwt,
    }
    return body


def _part(token: str, index: int) -> dict[str, Any]:

    value = json.loads(b64url_decode(token.split(".")[index]))
    return value if isinstance(value, dict) else {}


def _payload(vc_jwt: str) -> dict[str, Any]:
    return _part(vc_jwt, 1)


def issue_api_credential(
    db: Database, key_manager: Any, credential: Mapping[str, Any], options: Mapping[str, Any] | None = None
) -> ApiIssued:
    """Sign `credential` (already checked against the API schema) with the company's default key."""
    key = key_manager.default_key()
    if key is None or key.retired_at or key.deleted_at:
        raise InputError(Message("api.no_key"))
    own_dids = {k.did for k in key_manager.list_keys(include_retired=False) if not k.deleted_at}
    issuer = credential.get("issuer")
    if _issuer_id(issuer) not in own_dids:
        raise UnknownIssuer(Message("api.wrong_issuer", value=_issuer_id(issuer)[:200], did=key.did))
    signer = statuslist.signing_key_for(key_manager, _issuer_id(issuer))
    valid_from = parse_datetime(credential.get("issuanceDate")) or now_utc()
    signed: dict[str, Any] = {
        "@context": [VC2, *[c for c in credential.get("@context", []) if c not in (VC1, VC2)]],
        "id": credential.get("id") or new_credential_id(),
    }
    signed.update({k: copy.deepcopy(v) for k, v in credential.items() if k not in _DROPPED and k != "id"})
    signed["validFrom"] = credential.get("issuanceDate") or format_datetime(valid_from)
    if credential.get("expirationDate"):
        signed["validUntil"] = credential["expirationDate"]
    credential_id = str(signed["id"])
    if issuance.is_issued(db, credential_id):
        raise AlreadyIssued(Message("api.already_issued", credential_id=credential_id))
    allocation = statuslist.allocate_status(db, key_manager.profile_id, signer.did, credential_id)
    suspension = statuslist.allocate_status(
        db, key_manager.profile_id, signer.did, credential_id, statuslist.PURPOSE_SUSPENSION
    )
    signed["credentialStatus"] = [allocation.entry, suspension.entry]
    token = sign_vc_jwt(signed, key_manager.load_private(signer.id), signer.kid)
    types = [t for t in signed.get("type", []) if t != "VerifiableCredential"]
    recorded = issuance.record_unprinted(
        db,
        credential_id=credential_id,
        profile_id=key_manager.profile_id,
        doctype="api:" + (types[-1] if types else "VerifiableCredential"),
        key_id=signer.id,
        title=str(types[-1] if types else ""),
        vc_jwt=token,
        status_list=allocation.list_id,
        status_index=allocation.index,
        detail={
            "source": "api",
            "key": signer.id,
            "options": {k: v for k, v in (options or {}).items() if k == "type"},
        },
    )
    if not recorded:
        raise AlreadyIssued(Message("api.already_issued", credential_id=credential_id))
    return ApiIssued(credential_id, token, response_body(token))


def issued_credential(db: Database, profile_id: str, credential_id: str) -> str:
    """The vc+jwt of a credential this company issued (any way), or `NotFoundError`."""
    record = issuance.issued_record(db, profile_id, credential_id)
    if record is None:
        raise NotFoundError(Message("api.not_issued_here", credential_id=credential_id))
    return record[0]


@dataclass(frozen=True)
class StatusChange:
    credential_id: str
    purpose: str
    set: bool  # the bit's value now (revoked / suspended)
    changed: bool


def _suspension_entry(vc_jwt: str) -> tuple[str, int]:
    status = _payload(vc_jwt).get("credentialStatus")
    for entry in status if isinstance(status, list) else [status]:
        if isinstance(entry, dict) and entry.get("statusPurpose") == statuslist.PURPOSE_SUSPENSION:
            try:
                return str(entry["statusListCredential"]), int(entry["statusListIndex"])
            except (KeyError, TypeError, ValueError):
                break
    raise InputError(Message("api.no_suspension_entry"))


def update_status(
    db: Database, profile_id: str, credential_id: str, entries: list[Mapping[str, Any]], *, actor: str
) -> StatusChange:
    """Apply `credentialStatus: [{type, status, statusPurpose?}]` to an issued credential."""
    vc_jwt = issued_credential(db, profile_id, credential_id)
    wanted: dict[str, bool] = {}
    for entry in entries:
        purpose = str(entry.get("statusPurpose", statuslist.PURPOSE_REVOCATION))
        if (
            purpose not in (statuslist.PURPOSE_REVOCATION, statuslist.PURPOSE_SUSPENSION)
            or entry.get("type", "StatusList2021Entry") not in STATUS_TYPES
        ):
            raise InputError(Message("api.unknown_status", value=str(entry.get("type"))[:80], purpose=purpose[:40]))
        value = str(entry.get("status", "")).strip().lower()
        if value not in ("0", "1", "true", "false"):
            raise InputError(Message("api.bad_status_value"))
        wanted[purpose] = value in ("1", "true")
    if not wanted:
        raise InputError(Message("api.no_status_entry"))
    change = StatusChange(credential_id, "", False, False)
    if statuslist.PURPOSE_SUSPENSION in wanted:
        list_id, index = _suspension_entry(vc_jwt)
        suspend = wanted[statuslist.PURPOSE_SUSPENSION]
        changed = statuslist.set_suspended(
            db, list_id, index, suspend, subject=credential_id, reason=f"over the Traceability API by {actor}"
        )
        change = StatusChange(credential_id, statuslist.PURPOSE_SUSPENSION, suspend, changed)
    if statuslist.PURPOSE_REVOCATION in wanted:
        record = issuance.issued_record(db, profile_id, credential_id)
        already = bool(record and record[1])
        if wanted[statuslist.PURPOSE_REVOCATION] and not already:
            statuslist.revoke(db, credential_id, f"revoked over the Traceability API by {actor}")
            return StatusChange(credential_id, statuslist.PURPOSE_REVOCATION, True, True)
        if not wanted[statuslist.PURPOSE_REVOCATION] and already:
            raise InputError(Message("api.revocation_final", credential_id=credential_id))
        change = StatusChange(credential_id, statuslist.PURPOSE_REVOCATION, already, False)
    return change
