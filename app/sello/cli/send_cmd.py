"""`sello recipients ...`, `sello send` and `sello outbox ...`: send documents to a partner's
Traceability API (sello.core.exchange.sender) and watch the outbox."""

from __future__ import annotations

import argparse
import json
import ssl
from typing import Any

from sello.cli.context import CliContext, read_secret_line
from sello.core.exchange.outbox import Outbox


def add_parsers(sub: argparse._SubParsersAction) -> None:
    rec = sub.add_parser("recipients", help="partners to send documents to over their Traceability API")
    rsub = rec.add_subparsers(dest="recipients_command", metavar="COMMAND", required=True)
    add = rsub.add_parser("add", help="add or update a recipient; its client secret goes to the key store")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--did", required=True, help="the partner's did:web")
    add.add_argument("--client-id", required=True, help="the OAuth client id the partner gave you")
    add.add_argument("--token-endpoint", required=True, metavar="URL", help="the partner's OAuth token URL (https)")
    add.add_argument(
        "--secret-file", required=True, metavar="FILE", help="file whose first line is the client secret ('-': stdin)"
    )
    add.add_argument("--audience", default="", help="token audience, when the partner asks for one")
    add.add_argument("--scopes", default="submit:presentations", help="space separated (default submit:presentations)")
    add.set_defaults(func=cmd_recipients_add)
    lst = rsub.add_parser("list", help="list the recipients")
    lst.set_defaults(func=cmd_recipients_list)

    send = sub.add_parser("send", help="sign documents into a presentation and send it to a recipient")
    send.add_argument("documents", nargs="+", metavar="DOCUMENT_ID", help="ids of issued documents (urn:uuid:...)")
    send.add_argument("--to", required=True, metavar="RECIPIENT", help="recipient name or id")
    send.add_argument("--workflow", metavar="IRI", help="workflow definition (default: a steel shipment)")
    send.add_argument("--instance", metavar="ID", help="workflow instance id, e.g. the shipment (default: new)")
    send.add_argument("--queue-only", action="store_true", help="only queue it; 'sello outbox deliver' sends")
    _add_tls(send)
    send.set_defaults(func=cmd_send)

    out = sub.add_parser("outbox", help="what is being sent: list, deliver what is due, retry a failed delivery")
    osub = out.add_subparsers(dest="outbox_command", metavar="COMMAND", required=True)
    olist = osub.add_parser("list", help="deliveries, newest first")
    olist.add_argument("--json", action="store_true")
    olist.set_defaults(func=cmd_outbox_list)
    deliver = osub.add_parser("deliver", help="send everything that is due now")
    _add_tls(deliver)
    deliver.set_defaults(func=cmd_outbox_deliver)
    retry = osub.add_parser("retry", help="put a failed delivery back in the queue and send it")
    retry.add_argument("id", metavar="PRESENTATION_ID")
    _add_tls(retry)
    retry.set_defaults(func=cmd_outbox_retry)


def _add_tls(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ca-file", metavar="PEM", help="also trust this certificate authority (a test or private CA)")


def _book(ctx: CliContext) -> Any:
    from sello.core.exchange.recipients import RecipientBook

    profile_id = ctx.profile_id()
    return RecipientBook(ctx.db, profile_id, ctx.store(profile_id))


def _sender(ctx: CliContext) -> Any:
    from sello.core.exchange.sender import OutboxSender

    context = ssl.create_default_context()
    if getattr(ctx.args, "ca_file", None):
        context.load_verify_locations(cafile=ctx.args.ca_file)
    return OutboxSender(ctx.db, ctx.profile_id(), _book(ctx), ssl_context=context)


def cmd_recipients_add(ctx: CliContext) -> int:
    a = ctx.args
    recipient = _book(ctx).save(
        a.name,
        a.did,
        a.client_id,
        a.token_endpoint,
        secret=read_secret_line(a.secret_file),
        audience=a.audience,
        scopes=tuple(a.scopes.replace(",", " ").split()),
    )
    print(f"{recipient.id}  {recipient.name}  {recipient.did}")
    return 0


def cmd_recipients_list(ctx: CliContext) -> int:
    for r in _book(ctx).list():
        print(f"{r.id}  {r.name}  {r.did}  client {r.client_id}  [{' '.join(r.scopes)}]")
    return 0


def _report(outcomes: list[Any]) -> int:
    failed = 0
    for o in outcomes:
        entry = o.entry
        line = f"{o.outcome}  {entry.id}  -> {entry.recipient_name}"
        if o.outcome in ("retry", "failed"):
            failed += 1
            line += f"  {entry.error_text('en')} / {entry.error_text('es')}"
        print(line)
    return 1 if failed else 0


def cmd_send(ctx: CliContext) -> int:
    from sello.core.exchange.sender import DEFAULT_WORKFLOW, queue_documents

    a = ctx.args
    recipient = _book(ctx).get(a.to)
    entry = queue_documents(
        ctx.db,
        ctx.key_manager(),
        recipient,
        a.documents,
        workflow_definition=(a.workflow or DEFAULT_WORKFLOW,),
        workflow_instance=(a.instance,) if a.instance else (),
    )
    print(f"queued  {entry.id}  -> {recipient.name}")
    if a.queue_only:
        return 0
    with _sender(ctx) as sender:
        return _report([sender.deliver(entry)])


def cmd_outbox_list(ctx: CliContext) -> int:

    entries = Outbox(ctx.db, ctx.profile_id()).list()
    if ctx.args.json:
        rows = [
            {
                "id": e.id,
                "recipient": e.recipient_name,
                "state": e.state,
                "attempts": e.attempts,
                "documents": list(e.document_ids),
                "last_status": e.last_status,
                "last_error": dict(e.last_error),
                "created_at": e.created_at,
                "delivered_at": e.delivered_at,
            }
            for e in entries
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        print(f"{e.state:9}  {e.id}  -> {e.recipient_name}  ({len(e.document_ids)} doc.)  {e.error_text('en')}")
    return 0


def cmd_outbox_deliver(ctx: CliContext) -> int:
    with _sender(ctx) as sender:
        return _report(sender.deliver_due())


def cmd_outbox_retry(ctx: CliContext) -> int:

    entry = Outbox(ctx.db, ctx.profile_id()).retry(ctx.args.id)
    with _sender(ctx) as sender:
        return _report([sender.deliver(entry)])
