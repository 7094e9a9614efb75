"""Credentials: issue, verify, update status, read (the spec's `credential-*.yml`)."""

from __future__ import annotations

import urllib.parse
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sello.core.errors import InputError, NotFoundError, UserFacingError
from sello.core.exchange import api_issue
from sello.core.exchange.results import unreadable_result, verification_result
from sello.core.verification.inputs import verify_text
from sello.server.errors import ApiError
from sello.server.state import blocking, caller, dumps, read_json, state_of
from sello.server.validation import (
    check_issue_request,
    check_status_request,
    check_verify_request,
)


async def issue(request: Request) -> Response:
    caller(request, "issue:credentials")
    credential, options = check_issue_request(await read_json(request))
    state = state_of(request)
    try:
        issued = await blocking(api_issue.issue_api_credential, state.db, state.key_manager, credential, options)
    except api_issue.AlreadyIssued as exc:
        raise ApiError(409, exc.message) from None
    except InputError as exc:
        raise ApiError(400, [exc.message]) from None
    return JSONResponse(issued.body, status_code=201)


def credential_text(vc: Any) -> str:
    """What the pipeline verifies: a vc+jwt as is; Sello's JSON answer by its `proof.jws`;
    any other JSON credential (Data Integrity) as JSON text."""
    if isinstance(vc, str):
        return vc
    proof = vc.get("proof") if isinstance(vc, dict) else None
    if isinstance(proof, dict) and proof.get("type") == "jwt_vc" and isinstance(proof.get("jws"), str):
        return proof["jws"]
    return dumps(vc)


def _verify(state: Any, vc: Any) -> dict[str, Any]:
    try:
        verdict = verify_text(credential_text(vc), context=state.verifier)
    except UserFacingError as exc:
        return unreadable_result(exc.message)
    result = verification_result(verdict)
    if isinstance(vc, dict) and isinstance(vc.get("proof"), dict) and vc["proof"].get("type") == "jwt_vc":
        claims = {k: v for k, v in vc.items() if k not in ("proof", "issuanceDate", "expirationDate")}
        if verdict.credential is not None and claims != verdict.credential:
            result["verified"] = False
            result["verifications"].append(
                {
                    "title": "Proof",
                    "status": "bad",
                    "description": "The JSON differs from the credential its vc+jwt signs.",
                }
            )
    return result


async def verify(request: Request) -> Response:
    caller(request, "verify:credentials")
    vc = check_verify_request(await read_json(request))
    return JSONResponse(await blocking(_verify, state_of(request), vc))


async def update_status(request: Request) -> Response:
    who = caller(request, "update:credentials")
    credential_id, entries = check_status_request(await read_json(request))
    state = state_of(request)
    try:
        change = await blocking(
            api_issue.update_status, state.db, state.profile_id, credential_id, entries, actor=who.client_id
        )
    except NotFoundError as exc:
        raise ApiError(404, exc.message) from None
    except InputError as exc:
        raise ApiError(400, [exc.message]) from None
    return JSONResponse(
        {
            "credentialId": change.credential_id,
            "statusPurpose": change.purpose,
            "status": change.set,
            "changed": change.changed,
        }
    )


async def read(request: Request) -> Response:
    caller(request, "read:credentials")
    credential_id = urllib.parse.unquote(request.path_params["credential_id"])
    state = state_of(request)
    try:
        token = await blocking(api_issue.issued_credential, state.db, state.profile_id, credential_id)
    except NotFoundError as exc:
        raise ApiError(404, exc.message) from None
    return JSONResponse(api_issue.response_body(token))
