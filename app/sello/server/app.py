"""The ASGI application: routes, error answers and the hygiene middleware."""

from __future__ import annotations

import logging
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sello.server import routes_credentials as credentials
from sello.server import routes_discovery as discovery
from sello.server import routes_presentations as presentations
from sello.server.errors import ApiError, error_response
from sello.server.middleware import HygieneMiddleware, RateLimiter
from sello.server.state import ServerState

log = logging.getLogger("sello.server")

ROUTES = [
    Route("/health", discovery.health, methods=["GET"]),
    Route("/did.json", discovery.did_json, methods=["GET"]),
    Route("/.well-known/did.json", discovery.did_json, methods=["GET"]),
    Route("/.well-known/status/{number}", discovery.status_list, methods=["GET"]),
    Route("/status/{number}", discovery.status_list, methods=["GET"]),
    Route("/.well-known/jwks.json", discovery.jwks, methods=["GET"]),
    Route("/oauth/token", discovery.token, methods=["POST"]),
    Route("/identifiers/{did:path}", discovery.identifiers, methods=["GET"]),
    Route("/credentials/issue", credentials.issue, methods=["POST"]),
    Route("/credentials/verify", credentials.verify, methods=["POST"]),
    Route("/credentials/status", credentials.update_status, methods=["POST"]),
    Route("/credentials/{credential_id:path}", credentials.read, methods=["GET"]),
    Route("/presentations", presentations.submit, methods=["POST"]),
    Route("/presentations/submissions", presentations.submit, methods=["POST"]),  # the tutorial's name for it
    Route("/presentations/available", presentations.available, methods=["POST"]),
    Route("/presentations/prove", presentations.prove, methods=["POST"]),
    Route("/presentations/verify", presentations.verify, methods=["POST"]),
]


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    status = exc.status_code if exc.status_code in (404, 405) else 400
    return error_response(ApiError(status, exc.detail if status == 400 else None))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("internal error on %s %s: %s", request.method, request.url.path[:200], type(exc).__name__, exc_info=exc)
    return error_response(ApiError(500, "the error was logged on the server"))


def build_app(state: ServerState, *, address_limiter: RateLimiter | None = None) -> Any:
    """The ASGI app for one company profile (wrapped in the hygiene middleware)."""
    app = Starlette(
        routes=ROUTES, exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _unexpected}
    )
    app.state.sello = state
    limiter = address_limiter or RateLimiter(50.0, 200)
    return HygieneMiddleware(app, max_body=state.max_body, limiter=limiter)
