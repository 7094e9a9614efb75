"""Discovery and identity: health, the company's did.json with its `TraceabilityAPI`
service, DID resolution (`/identifiers/{did}`), the token endpoint and its JWKS."""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sello import __version__
from sello.core.errors import UserFacingError
from sello.core.keys.did import DidResolutionError, did_web_url
from sello.core.trust.statuslist import sign_status_list
from sello.server.errors import INVALID_DID, ApiError
from sello.server.oauth import oauth_error
from sello.server.state import blocking, caller, read_body, state_of

_DID = re.compile(r"^did:[a-z0-9]+:[A-Za-z0-9._:%-]+(?:[#?/].*)?$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


async def health(request: Request) -> Response:
    return JSONResponse({"status": "ok", "version": __version__})


def company_did_document(state: Any) -> dict[str, Any]:
    document = dict(state.key_manager.did_document(state.did))
    document["service"] = [
        {"id": f"{state.did}#traceability-api", "type": ["TraceabilityAPI"], "serviceEndpoint": state.base_url}
    ]
    return document


async def did_json(request: Request) -> Response:
    return JSONResponse(
        await blocking(company_did_document, state_of(request)),
        media_type="application/did+json" if request.url.path.endswith("ld") else None,
    )


def _status_list(state: Any, number: str) -> str:

    if not state.did.startswith("did:web:") or not number.isdigit() or len(number) > 6:
        raise ApiError(404, "no such status list")
    list_id = did_web_url(state.did).rsplit("/", 1)[0] + f"/status/{int(number)}"
    try:
        return str(sign_status_list(state.db, list_id, state.key_manager))
    except UserFacingError:
        raise ApiError(404, "no such status list") from None


async def status_list(request: Request) -> Response:
    """The company's status lists (public, like did.json): a `vc+jwt` signed now."""
    token = await blocking(_status_list, state_of(request), request.path_params["number"])
    return Response(token, media_type="application/vc+jwt", headers={"Cache-Control": "max-age=300"})


async def jwks(request: Request) -> Response:
    return JSONResponse(state_of(request).tokens.jwks())


def _resolve(state: Any, did: str) -> dict[str, Any]:
    if did == state.did:
        return company_did_document(state)
    return dict(state.verifier.resolver.resolve(did).document)


async def identifiers(request: Request) -> Response:
    caller(request, "resolve:dids")
    did = _raw_tail(request, "/identifiers/")
    if not _DID.match(did):
        if _URI.match(did):
            raise ApiError(404, "not a DID this server can resolve")
        raise ApiError(400, ["the identifier is not a DID"], message=INVALID_DID)
    try:
        document = await blocking(_resolve, state_of(request), did)
    except (DidResolutionError, UserFacingError) as exc:
        raise ApiError(404, exc.message) from None
    return JSONResponse(
        {
            "didDocument": document,
            "didResolutionMetadata": {"contentType": "application/did+json"},
            "didDocumentMetadata": {},
        }
    )


def _raw_tail(request: Request, prefix: str) -> str:
    """The identifier as sent: did:web keeps its own percent-encoding (did:web:host%3A8443);
    a DID sent wholly percent-encoded (did%3Aweb%3A...) is decoded once."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    text = raw.decode("utf-8", "replace").split("?", 1)[0]
    tail = text[text.find(prefix) + len(prefix) :] if prefix in text else request.path_params.get("did", "")
    return tail if tail.startswith("did:") else urllib.parse.unquote(tail)


async def token(request: Request) -> Response:
    """RFC 6749 §4.4 client credentials; client authentication in the body or HTTP Basic."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise oauth_error(400, "invalid_request", "Send the token request as application/x-www-form-urlencoded.")
    try:
        form = urllib.parse.parse_qs(
            (await read_body(request)).decode("ascii"), keep_blank_values=True, max_num_fields=20, strict_parsing=False
        )
    except (UnicodeDecodeError, ValueError):
        raise oauth_error(400, "invalid_request", "The token request is not readable form data.") from None
    field = {k: v[0] for k, v in form.items() if v}
    client_id, secret = field.get("client_id", ""), field.get("client_secret", "")
    basic = request.headers.get("authorization", "")
    if basic.lower().startswith("basic "):
        try:
            pair = base64.b64decode(basic[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise oauth_error(401, "invalid_client", "The client credentials are not readable.") from None
        client_id, _, secret = (urllib.parse.unquote(p) for p in pair.partition(":"))
    if field.get("grant_type") != "client_credentials":
        raise oauth_error(400, "unsupported_grant_type", "Only the client_credentials grant is offered.")
    state = state_of(request)
    client = await blocking(state.clients.authenticate, client_id, secret)
    if client is None:
        raise oauth_error(401, "invalid_client", "Unknown client or wrong secret.")
    request.scope.setdefault("state", {})["client_id"] = client.client_id
    answer = state.tokens.issue(client, field.get("scope", ""), field.get("audience"))
    return JSONResponse(answer, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})
