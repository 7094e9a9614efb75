"""Presentations: receive (`POST /presentations`, stored in the inbox), prove (sign as
holder) and verify (the spec's `presentations.yml`, `presentation-*.yml`)."""

from __future__ import annotations

import secrets
import urllib.parse
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sello.core.credentials.credential import new_credential_id
from sello.core.errors import InputError
from sello.core.exchange.inbox import (
    DuplicatePresentation,
    InboxCredential,
    ReceivedPresentation,
)
from sello.core.exchange.presentations import (
    PresentationVerdict,
    parse_traceable_presentation,
    sign_presentation,
    verify_presentation,
)
from sello.core.exchange.results import verification_result
from sello.server.errors import ApiError
from sello.server.state import blocking, caller, dumps, read_json, state_of
from sello.server.validation import check_prove_request


def _credentials(result: PresentationVerdict) -> list[dict[str, Any]]:
    out = []
    for position, (_, verdict, error) in enumerate(result.credentials):
        if verdict is None:
            out.append({"position": position, "verified": False, "error": error})
        else:
            out.append(
                {"position": position, "id": (verdict.credential or {}).get("id"), **verification_result(verdict)}
            )
    return out


def _received(result: PresentationVerdict, client_id: str) -> ReceivedPresentation:
    parsed = result.parsed
    items = []
    for position, (text, verdict, _) in enumerate(result.credentials):
        cred = (verdict.credential if verdict else None) or {}
        types = cred.get("type", [])
        items.append(
            InboxCredential(
                position,
                str(cred.get("id", "")),
                str(verdict.issuer or "") if verdict else "",
                str(verdict.issuer_name or "") if verdict else "",
                tuple(types if isinstance(types, list) else [types]),
                verdict.color if verdict else "red",
                text,
            )
        )
    return ReceivedPresentation(
        parsed.presentation_id,
        client_id,
        parsed.holder,
        parsed.workflow_definition,
        parsed.workflow_instance,
        result.color,
        dumps(result.summary()),
        parsed.raw,
        items,
    )


def _receive(state: Any, body: Any, client_id: str) -> dict[str, Any]:
    try:
        parsed = parse_traceable_presentation(body)
    except InputError as exc:
        raise ApiError(400, [exc.message]) from None
    if state.inbox.exists(parsed.presentation_id):
        raise ApiError(409, f"presentation {parsed.presentation_id} was already received")
    result = verify_presentation(parsed, state.verifier)
    try:
        entry = state.inbox.receive(_received(result, client_id))  # committed before we answer
    except DuplicatePresentation as exc:
        raise ApiError(409, exc.message) from None
    return {
        "id": entry.id,
        "received": entry.received_at,
        "verified": result.color in ("green", "amber"),
        "verdict": result.color,
        "summary": result.summary(),
        "holderProof": result.holder_proof.message,
        "workflow": {"definition": list(entry.workflow_definition), "instance": list(entry.workflow_instance)},
        "credentials": _credentials(result),
    }


async def submit(request: Request) -> Response:
    who = caller(request, "submit:presentations")
    body = await read_json(request)
    return JSONResponse(await blocking(_receive, state_of(request), body, who.client_id))


def _verify(state: Any, body: Any) -> dict[str, Any]:
    if isinstance(body, dict) and "verifiablePresentation" in body:
        body = body["verifiablePresentation"]
    try:
        parsed = parse_traceable_presentation(body, require_id=False)
    except InputError as exc:
        raise ApiError(400, [exc.message]) from None
    result = verify_presentation(parsed, state.verifier)
    holder_ok = result.holder_proof.outcome == "passed"
    verified = result.color in ("green", "amber") and all(c.get("verified") for c in _credentials(result))
    return {
        "verified": verified,
        "verdict": result.color,
        "summary": result.summary(),
        "verifications": [
            {
                "title": "Proof",
                "status": "good" if holder_ok else "bad",
                "description": result.holder_proof.message["en"],
            }
        ],
        "credentials": _credentials(result),
    }


async def verify(request: Request) -> Response:
    caller(request, "verify:presentations")
    body = await read_json(request)
    return JSONResponse(await blocking(_verify, state_of(request), body))


async def available(request: Request) -> Response:
    """Start an exchange (`presentation-available.yml`, the tutorial's "Initiate Exchange"):
    a `domain` and a fresh `challenge` for the holder to bind its presentation to."""
    caller(request, "submit:presentations")

    await read_json(request)  # the query is accepted as is: any credential may be presented
    domain = urllib.parse.urlsplit(state_of(request).base_url).netloc
    return JSONResponse({"domain": domain, "challenge": secrets.token_urlsafe(24)})


def _prove(state: Any, presentation: dict[str, Any], options: dict[str, Any]) -> str:
    key = state.key_manager.default_key()
    if key is None or key.retired_at or key.deleted_at:
        raise ApiError(400, ["the company has no active signing key"])
    presentation = dict(presentation)
    presentation.setdefault("id", new_credential_id())
    for option, claim in (("domain", "aud"), ("challenge", "nonce")):  # binds the VP to one exchange
        if isinstance(options.get(option), str):
            presentation[claim] = options[option]
    try:
        return sign_presentation(presentation, state.key_manager.load_private(key.id), key.kid)
    except InputError as exc:
        raise ApiError(400, [exc.message]) from None


async def prove(request: Request) -> Response:
    caller(request, "prove:presentations")
    presentation, options = check_prove_request(await read_json(request))
    return JSONResponse(await blocking(_prove, state_of(request), presentation, options), status_code=201)
