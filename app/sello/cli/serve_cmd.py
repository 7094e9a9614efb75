"""`sello serve` (the Traceability API over HTTPS) and `sello api-clients ...` (who may call it).

The CLI only parses options and opens the profile; the server lives in `sello.server`.
"""

from __future__ import annotations

import argparse
import json

from sello.cli.context import CliContext
from sello.core.errors import UserFacingError
from sello.core.exchange.api_clients import ApiClientRepository


def add_parsers(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser(
        "serve",
        help="run the Traceability API (HTTPS, OAuth 2.0) for the company profile",
        description="Serve the W3C CCG Traceability Interoperability API for one company "
        "profile: did.json, credentials, presentations (received ones go to the "
        "inbox). Register callers with 'sello api-clients add'.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8443, help="port (default 8443)")
    serve.add_argument("--cert", metavar="PEM", help="TLS certificate chain (PEM)")
    serve.add_argument("--key", metavar="PEM", help="TLS private key (PEM)")
    serve.add_argument("--public-url", metavar="URL", help="the URL partners use (default https://HOST:PORT)")
    serve.add_argument(
        "--proxy-headers",
        action="store_true",
        help="trust X-Forwarded-For/-Proto from the reverse proxy at --forwarded-allow-ips",
    )
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="IPS")
    serve.add_argument(
        "--allow-http", action="store_true", help="serve plain HTTP (only behind a TLS-terminating reverse proxy)"
    )
    serve.add_argument("--audience", metavar="AUD", help="access-token audience (default: the public URL)")
    serve.add_argument("--token-ttl", type=int, default=3600, metavar="SECONDS", help="access-token lifetime")
    serve.add_argument("--max-body", type=int, default=1024 * 1024, metavar="BYTES", help="largest request body")
    serve.add_argument(
        "--rate",
        type=float,
        default=20.0,
        metavar="PER_SECOND",
        help="requests per second allowed per client (bursts of 5x)",
    )
    serve.add_argument(
        "--jwks-url",
        metavar="URL",
        help="also accept tokens of an external authorization server whose keys are at this HTTPS URL",
    )
    serve.add_argument("--jwks-audience", metavar="AUD", help="audience of the external server's tokens")
    serve.add_argument(
        "--offline",
        action="store_true",
        help="never fetch other parties' DID documents or status "
        "lists (use this company's own, did:key/did:jwk and saved copies only)",
    )
    serve.set_defaults(func=cmd_serve)

    clients = sub.add_parser("api-clients", help="register and revoke the API's OAuth 2.0 clients")
    csub = clients.add_subparsers(dest="clients_command", metavar="COMMAND", required=True)
    add = csub.add_parser("add", help="register a client; its secret is shown once")
    add.add_argument("name", metavar="NAME", help="who the client is (e.g. 'Broker Laredo')")
    add.add_argument(
        "--scopes", required=True, help="space or comma separated, e.g. 'submit:presentations verify:credentials'"
    )
    add.add_argument("--json", action="store_true", help="print client_id and client_secret as JSON")
    add.set_defaults(func=cmd_clients_add)
    lst = csub.add_parser("list", help="list the active clients")
    lst.add_argument("--all", action="store_true", help="include revoked clients")
    lst.set_defaults(func=cmd_clients_list)
    rev = csub.add_parser("revoke", help="revoke a client (its tokens stop working when they expire)")
    rev.add_argument("client_id", metavar="CLIENT_ID")
    rev.set_defaults(func=cmd_clients_revoke)


def cmd_serve(ctx: CliContext) -> int:
    """Run the Traceability API server (sello.server), handed over by the entry point."""
    if ctx.start_server is None:
        raise UserFacingError("This program was started without its API server part, so it cannot serve.")
    return int(ctx.start_server(ctx.args, ctx.db, ctx.key_manager()))


def _clients(ctx: CliContext):  # type: ignore[no-untyped-def]

    return ApiClientRepository(ctx.db, ctx.profile_id())


def cmd_clients_add(ctx: CliContext) -> int:
    new = _clients(ctx).add(ctx.args.name, ctx.args.scopes)
    if ctx.args.json:
        print(
            json.dumps(
                {
                    "client_id": new.client.client_id,
                    "client_secret": new.client_secret,
                    "scopes": list(new.client.scopes),
                }
            )
        )
        return 0
    print(f"client_id:     {new.client.client_id}")
    print(f"client_secret: {new.client_secret}")
    print(f"scopes:        {' '.join(new.client.scopes)}")
    print(
        "Keep the secret now: Sello stores only its hash and cannot show it again. / Guarde el secreto ahora: "
        "Sello solo guarda su hash y no puede mostrarlo de nuevo."
    )
    return 0


def cmd_clients_list(ctx: CliContext) -> int:
    for c in _clients(ctx).list(include_revoked=ctx.args.all):
        state = f"revoked {c.revoked_at}" if c.revoked_at else f"last used {c.last_used_at or 'never'}"
        print(f"{c.client_id}  {c.name}  [{' '.join(c.scopes)}]  {state}")
    return 0


def cmd_clients_revoke(ctx: CliContext) -> int:
    client = _clients(ctx).revoke(ctx.args.client_id)
    print(f"revoked {client.client_id} ({client.name})")
    return 0
