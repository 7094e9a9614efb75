"""What every request handler needs: the company's database, keys and verifier, the
token service, and the limits. Built once by `sello.server.app.build_app`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from sello.core.credentials.jws import parse_json_strict
from sello.core.credentials.verdict import CheckError
from sello.core.exchange.api_clients import ApiClientRepository
from sello.core.exchange.inbox import InboxRepository
from sello.core.storage.db import Database
from sello.server.errors import ApiError
from sello.server.middleware import RateLimiter
from sello.server.oauth import Caller, TokenService, require

DEFAULT_MAX_BODY = 1024 * 1024  # bytes; a trade credential is far smaller (DESIGN: 1 MiB input cap)
_JSON_TYPES = ("application/json", "application/ld+json", "application/vc+ld+json", "application/vp+ld+json")


@dataclass
class ServerState:
    db: Database
    profile_id: str
    key_manager: Any  # sello.core.keys.manager.KeyManager
    verifier: Any  # sello.core.verification.inputs.VerifierContext
    tokens: TokenService
    base_url: str
    did: str
    max_body: int = DEFAULT_MAX_BODY
    client_limiter: RateLimiter = field(default_factory=lambda: RateLimiter(20.0, 100))

    @property
    def clients(self) -> ApiClientRepository:
        return ApiClientRepository(self.db, self.profile_id)

    @property
    def inbox(self) -> InboxRepository:
        return InboxRepository(self.db, self.profile_id)


def state_of(request: Request) -> ServerState:
    return request.app.state.sello  # type: ignore[no-any-return]


def caller(request: Request, scope: str) -> Caller:
    """Authenticate the request's bearer token, check `scope`, apply the client's rate limit."""
    state = state_of(request)
    who = state.tokens.authenticate(request.headers.get("authorization"))
    request.scope.setdefault("state", {})["client_id"] = who.client_id
    require(who, scope)
    wait = state.client_limiter.check("client:" + who.client_id)
    if wait > 0:
        raise ApiError(429, "too many requests from this client", headers={"Retry-After": str(max(1, round(wait)))})
    return who


async def read_body(request: Request) -> bytes:
    limit = state_of(request).max_body
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the body may be at most {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_json(request: Request) -> Any:
    """The JSON body (strict: no duplicate keys, no NaN); 415 for another media type."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in _JSON_TYPES and not kind.endswith("+json"):
        raise ApiError(415, f"the body is {kind[:60]}, not application/json")
    raw = await read_body(request)
    if not raw.strip():
        raise ApiError(400, ["the request has no JSON body"])
    try:
        return parse_json_strict(raw, "document", entry_point="api-body")
    except CheckError as exc:
        raise ApiError(400, [f"the body is not valid JSON: {exc.message}"]) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiError(400, ["the body is not valid UTF-8 JSON"]) from None


async def blocking(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run signing, verification and database work off the event loop."""
    return await run_in_threadpool(fn, *args, **kwargs)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
