"""Start the API server: open the company profile, build the app, run uvicorn over TLS.

uvicorn handles SIGINT/SIGTERM: it stops accepting, lets requests in flight finish
(up to `GRACEFUL_SECONDS`) and exits; every answered request was committed before its
answer, so nothing answered is lost.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Any

from sello.core.errors import InputError
from sello.core.verification.context import verifier_context
from sello.server.middleware import RateLimiter
from sello.server.oauth import TokenService
from sello.server.state import DEFAULT_MAX_BODY, ServerState

GRACEFUL_SECONDS = 10


@dataclass
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8443
    cert: str | None = None
    key: str | None = None
    public_url: str | None = None  # as partners reach it (behind a proxy); default https://host:port
    proxy_headers: bool = False
    forwarded_allow_ips: str = "127.0.0.1"
    audience: str | None = None
    token_ttl: int = 3600
    max_body: int = DEFAULT_MAX_BODY
    rate: float = 20.0  # requests per second per client (burst 5x)
    external_jwks_url: str | None = None
    external_audience: str | None = None
    allow_http: bool = False
    offline: bool = False  # never fetch DID documents or status lists (own DIDs, did:key/did:jwk, saved copies)


def make_state(db: Any, key_manager: Any, options: ServeOptions) -> ServerState:

    key = key_manager.default_key()
    if key is None:
        raise InputError("The company has no signing key yet: create one first (sello keys new --did web:DOMAIN).")
    scheme = "http" if options.allow_http and not options.cert else "https"
    base_url = (options.public_url or f"{scheme}://{options.host}:{options.port}").rstrip("/")
    tokens = TokenService(
        base_url,
        options.audience or base_url,
        ttl=options.token_ttl,
        external_jwks_url=options.external_jwks_url,
        external_audience=options.external_audience,
    )
    return ServerState(
        db,
        key_manager.profile_id,
        key_manager,
        verifier_context(db, online=not options.offline),  # the same context as the window and the CLI
        tokens,
        base_url,
        key.did,
        options.max_body,
        RateLimiter(options.rate, max(1, int(options.rate * 5))),
    )


def serve_from_args(args: Any, db: Any, key_manager: Any) -> int:
    """`sello serve`: the command line's parsed options to a running server (until stopped)."""
    options = ServeOptions(
        host=args.host,
        port=args.port,
        cert=args.cert,
        key=args.key,
        public_url=args.public_url,
        proxy_headers=args.proxy_headers,
        forwarded_allow_ips=args.forwarded_allow_ips,
        audience=args.audience,
        token_ttl=args.token_ttl,
        max_body=args.max_body,
        rate=args.rate,
        external_jwks_url=args.jwks_url,
        external_audience=args.jwks_audience,
        allow_http=args.allow_http,
        offline=args.offline,
    )
    serve(make_state(db, key_manager, options), options)
    return 0


def serve(state: ServerState, options: ServeOptions) -> None:
    import uvicorn

    from sello.server.app import build_app

    if not (options.cert and options.key) and not options.allow_http:
        raise SystemExit(
            "sello serve: give --cert and --key (HTTPS); plain HTTP only with --allow-http behind a "
            "TLS-terminating proxy. / Indique --cert y --key (HTTPS); HTTP sin cifrar solo con "
            "--allow-http detrás de un proxy que termine TLS."
        )
    _access_log_to_stderr()
    per_address = RateLimiter(max(50.0, options.rate * 5), max(200, int(options.rate * 25)))  # many clients per proxy
    config = uvicorn.Config(
        build_app(state, address_limiter=per_address),
        host=options.host,
        port=options.port,
        ssl_certfile=options.cert,
        ssl_keyfile=options.key,
        proxy_headers=options.proxy_headers,
        forwarded_allow_ips=options.forwarded_allow_ips,
        access_log=False,
        log_level="warning",
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
        server_header=False,
        date_header=True,
        limit_concurrency=200,
    )
    server = uvicorn.Server(config)
    print(
        f"sello: serving the Traceability API for {state.did} at {state.base_url} (Ctrl+C stops) / "
        f"sirviendo la API de trazabilidad para {state.did} en {state.base_url} (Ctrl+C detiene)",
        file=sys.stderr,
        flush=True,
    )
    server.run()


def _access_log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    for name in ("sello.server.access", "sello.server"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.propagate = False
