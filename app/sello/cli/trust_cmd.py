"""`sello publish`, `sello check-website`, `sello bundle`, `sello trust-list`, `sello trust-operator`.

Thin over the core (`publish`, `bundle`, `trustlist`): each command parses, calls one
core function and prints one line per result, tab-separated where a script may cut it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sello.cli.context import CliContext, read_input_bytes
from sello.core.errors import InputError
from sello.core.keys.directory import KeyDirectory
from sello.core.keys.profiles import default_profile_id
from sello.core.paths import atomic_write
from sello.core.storage.lookup import resolve_id_prefix
from sello.core.trust.bundle import import_bundle, make_company_bundle, write_bundle
from sello.core.trust.bundle_sources import sources, subscribe
from sello.core.trust.lists import (
    TrustedIssuer,
    distrust_operator,
    import_trust_list,
    imported_trust_lists,
    new_trust_list,
    operated_list,
    operated_lists,
    remove_trust_list,
    save_operated_list,
    sign_operated_list,
    with_issuer,
    without_issuer,
)
from sello.core.trust.operator_refresh import refresh_listed_issuers
from sello.core.trust.operators import trust_operator, trusted_operators
from sello.core.trust.pinning import operator_fingerprint, pin_operator_from_document, read_did_document
from sello.core.trust.publish import check_website, publish_kit
from sello.core.trust.subscriptions import bundle_fetcher, refresh_subscriptions
from sello.core.trust.webresolve import HttpsFetcher
from sello.core.verification.context import verification_sources


def add_parsers(sub: argparse._SubParsersAction) -> None:
    publish = sub.add_parser(
        "publish",
        help="write the did:web publishing kit (did.json, status lists, README) into a folder",
        description="Write, for each did:web identifier of the company, the files to upload to its website: "
        ".well-known/did.json, the signed status list(s) beside it, and LEEME-README.txt with the "
        "instructions for the webmaster in Spanish and English. Run it again after revoking a "
        "document or changing a key.",
    )
    publish.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    publish.set_defaults(func=cmd_publish)

    check = sub.add_parser(
        "check-website",
        help="compare the website's did.json and status lists with this computer's",
        description="Fetch the live did.json and status lists over HTTPS and print every difference "
        "(exit 1 when there is any, 0 when the website matches).",
    )
    check.set_defaults(func=cmd_check_website)

    bundle = sub.add_parser(
        "bundle",
        help="make or import an offline trust bundle",
        description="A trust bundle is one signed file with trust lists, DID documents and "
        "status lists, for verifiers that work offline.",
    )
    bundle_sub = bundle.add_subparsers(
        dest="bundle_command", metavar="ACTION", required=True, parser_class=sub._parser_class
    )
    make = bundle_sub.add_parser(
        "make",
        help="sign a bundle of this computer's trust data and the company's own",
        description="Bundle the trust lists, DID documents and status lists on this computer plus the company's "
        "own DID documents and freshly signed status lists, signed by the company's key.",
    )
    make.add_argument("--out", required=True, metavar="FILE", help="bundle file (.sello-bundle is added)")
    make.add_argument("--operator-key", metavar="ID", help="key that signs it (default: the company's default key)")
    make.add_argument(
        "--refresh-issuers",
        action="store_true",
        help="first fetch the DID document and status lists of every issuer on the lists you operate",
    )
    make.set_defaults(func=cmd_bundle_make)
    bundle_import = bundle_sub.add_parser(
        "import",
        help="verify a bundle and load what it carries",
        description="Import a trust bundle signed by an operator you trust (see sello trust-operator).",
    )
    bundle_import.add_argument("file", metavar="FILE", help="the .sello-bundle file")
    bundle_import.set_defaults(func=cmd_bundle_import)
    subscribe = bundle_sub.add_parser(
        "subscribe",
        help="follow an operator's bundle URL (refreshed when online)",
        description="Follow a trust-list operator's bundle at an https:// address; "
        "sello bundle refresh (and the verifier window, at start and every few hours) fetches it.",
    )
    subscribe.add_argument("url", metavar="URL")
    subscribe.set_defaults(func=cmd_bundle_subscribe)
    refresh = bundle_sub.add_parser(
        "refresh",
        help="fetch and import every subscribed bundle now",
        description="Fetch every subscribed bundle over HTTPS and import it (exit 1 if one failed).",
    )
    refresh.set_defaults(func=cmd_bundle_refresh)
    show = bundle_sub.add_parser(
        "sources", help="show subscribed and imported bundles", description="Bundle sources, dates and errors."
    )
    show.set_defaults(func=cmd_bundle_sources)

    _add_trust_list_parsers(sub)
    _add_operator_parsers(sub)


def _add_trust_list_parsers(sub: argparse._SubParsersAction) -> None:
    lists = sub.add_parser(
        "trust-list",
        help="operate trust lists (new, add, sign) and manage imported ones (import, list, remove)",
        description="A trust list is a signed list of trusted issuers (mills, brokers, carriers). An operator "
        "creates one (new), adds issuers (add) and signs it (sign); a verifier imports it (import).",
    )
    lists_sub = lists.add_subparsers(
        dest="list_command", metavar="ACTION", required=True, parser_class=sub._parser_class
    )
    new = lists_sub.add_parser(
        "new",
        help="create a trust list this company operates",
        description="Create an empty trust list this company operates; prints its id.",
    )
    new.add_argument("name", metavar="NAME", help="its name, like “Acero mexicano confiable 2026”")
    new.set_defaults(func=cmd_list_new)

    add = lists_sub.add_parser(
        "add",
        help="add an issuer to a list you operate (or update it)",
        description="Add an issuer to a trust list this company operates, or replace the entry with the same DID.",
    )
    add.add_argument("list_id", metavar="LIST", help="list id (urn:uuid:… or its first characters)")
    add.add_argument("--did", required=True, help="the issuer's DID (did:web, did:key or did:jwk)")
    add.add_argument("--name", required=True, help="the issuer's legal name")
    add.add_argument("--rfc", default="", help="tax id (RFC for Mexican companies)")
    add.add_argument("--country", default="MX", help="ISO 3166-1 alpha-2 country code (default MX)")
    add.add_argument(
        "--role",
        dest="roles",
        action="append",
        choices=("mill", "broker", "carrier"),
        help="role; repeat for several (default: mill)",
    )
    add.add_argument("--valid-from", metavar="DATETIME", help="listed from (ISO 8601 with a time zone)")
    add.add_argument("--valid-until", metavar="DATETIME", help="listed until (ISO 8601 with a time zone)")
    add.set_defaults(func=cmd_list_add)

    sign = lists_sub.add_parser(
        "sign",
        help="sign a list you operate and write it to a file",
        description="Sign a trust list this company operates (vc+jwt) and write it; the "
        "version goes up when its issuers changed since the last signing.",
    )
    sign.add_argument("list_id", metavar="LIST", help="list id (or its first characters)")
    sign.add_argument("--out", required=True, metavar="FILE", help="where to write the signed list (.jwt)")
    sign.add_argument("--valid-days", type=int, default=365, metavar="N", help="validity in days (default 365)")
    sign.add_argument("--key", metavar="ID", help="signing key (default: the company's default key)")
    sign.set_defaults(func=cmd_list_sign)

    imp = lists_sub.add_parser(
        "import",
        help="import a signed trust list from an operator you trust",
        description="Verify a signed trust list against the operators you trust and keep "
        "it; a newer version replaces an older one.",
    )
    imp.add_argument("file", metavar="FILE", help="the signed list (.jwt), or - for standard input")
    imp.set_defaults(func=cmd_list_import)

    show = lists_sub.add_parser(
        "list",
        help="show imported lists and the lists you operate",
        description="Imported lists (with their issuers) and the lists this company operates.",
    )
    show.set_defaults(func=cmd_list_list)

    remove = lists_sub.add_parser(
        "remove",
        help="remove an imported list, or an issuer from a list you operate",
        description="Without --issuer: remove an imported trust list from this "
        "computer. With --issuer DID: remove that issuer from a list this "
        "company operates (sign it again to hand out the change).",
    )
    remove.add_argument("list_id", metavar="LIST", help="list id (or its first characters)")
    remove.add_argument("--issuer", metavar="DID", help="remove this issuer from a list you operate")
    remove.set_defaults(func=cmd_list_remove)


def _add_operator_parsers(sub: argparse._SubParsersAction) -> None:
    operators = sub.add_parser(
        "trust-operator",
        help="choose whose trust lists and bundles this computer accepts",
        description="Trust lists and bundles are accepted only from operators you trust; "
        "an operator's DID document is pinned when you add it.",
    )
    ops_sub = operators.add_subparsers(
        dest="operator_command", metavar="ACTION", required=True, parser_class=sub._parser_class
    )
    add = ops_sub.add_parser(
        "add",
        help="trust an operator (its DID document is resolved and pinned)",
        description="Trust a list operator by DID. A did:web document is fetched over HTTPS "
        "now and pinned; did:key and did:jwk need no network. Offline: --from-file DID.json "
        "--fingerprint FP pins the document from a file once its fingerprint matches the one the "
        "operator reads to you.",
    )
    add.add_argument("did", metavar="DID")
    add.add_argument("--name", required=True, help="who it is, like “CANACERO”")
    add.add_argument(
        "--from-file", metavar="DID.json", help="offline: the operator's DID document from a file (needs --fingerprint)"
    )
    add.add_argument(
        "--fingerprint", metavar="XXXX-XXXX-XXXX-XXXX-XXXX", help="the fingerprint the operator read to you by phone"
    )
    add.set_defaults(func=cmd_operator_add)
    fingerprint = ops_sub.add_parser(
        "fingerprint",
        help="print the short fingerprint of a DID document file (to read it over the phone)",
        description="The fingerprint an operator reads to a desk that pins it from a file.",
    )
    fingerprint.add_argument("file", metavar="DID.json")
    fingerprint.set_defaults(func=cmd_operator_fingerprint)
    remove = ops_sub.add_parser(
        "remove",
        help="stop trusting an operator (its imported lists are removed)",
        description="Stop trusting an operator; the trust lists imported from it are removed too.",
    )
    remove.add_argument("did", metavar="DID")
    remove.set_defaults(func=cmd_operator_remove)
    show = ops_sub.add_parser(
        "list", help="show the operators you trust", description="The trusted operators: DID, name, since when."
    )
    show.set_defaults(func=cmd_operator_list)


# -- publishing ------------------------------------------------------------------------
def cmd_publish(ctx: CliContext) -> int:

    manager = ctx.key_manager()
    out = Path(ctx.args.out)
    for path in publish_kit(ctx.db, manager.profile_id, manager, out):
        print(path)
    print(
        f"Upload everything in {out} (including the hidden .well-known folder) to the website's root.", file=sys.stderr
    )
    return 0


def _key_directory(ctx: CliContext) -> Any:
    """The company's public keys only: no key store is opened."""

    return KeyDirectory(ctx.db, ctx.profile_id())


def cmd_check_website(ctx: CliContext) -> int:

    differences = check_website(ctx.db, ctx.profile_id(), _key_directory(ctx))
    for difference in differences:
        print(difference)
    if differences:
        print(
            f"sello: {len(differences)} difference(s); run 'sello publish --out DIR' and upload the folder.",
            file=sys.stderr,
        )
        return 1
    print("The website serves exactly what this computer has.")
    return 0


# -- bundles -----------------------------------------------------------------------------
def cmd_bundle_make(ctx: CliContext) -> int:

    manager = ctx.key_manager(key_hint=ctx.args.operator_key)
    failed = 0
    if ctx.args.refresh_issuers:
        for result in refresh_listed_issuers(ctx.db, manager.profile_id, HttpsFetcher(), datetime.now(UTC)):
            lists = len(result.status_lists)
            print(f"issuer\t{result.did}\t{'DID document' if result.document else '-'}\t{lists} status list(s)")
            for problem in result.problems:
                failed += 1
                print(f"sello: {result.did}: {problem} (the copy saved before, if any, is bundled)", file=sys.stderr)
    data = make_company_bundle(ctx.db, manager, key_id=ctx.args.operator_key)
    print(write_bundle(ctx.args.out, data))
    return 1 if failed else 0


def cmd_bundle_subscribe(ctx: CliContext) -> int:

    item = subscribe(ctx.db, ctx.args.url)
    print(f"{item.url}\tsubscribed")
    return 0


def cmd_bundle_refresh(ctx: CliContext) -> int:

    results = refresh_subscriptions(ctx.db, bundle_fetcher())
    for result in results:
        if result.imported is not None:
            print(f"{result.url}\tbundle of {result.imported.created}\t{result.imported.operator_name}")
        else:
            print(f"sello: {result.url}: {result.error}", file=sys.stderr)
    return 1 if any(r.imported is None for r in results) else 0


def cmd_bundle_sources(ctx: CliContext) -> int:

    for item in sources(ctx.db):
        print("\t".join([item.url, item.bundle_created or "-", item.last_success or "never", item.last_error]))
    return 0


def cmd_bundle_import(ctx: CliContext) -> int:

    report = import_bundle(ctx.db, ctx.args.file)
    print(f"bundle of {report.created} signed by {report.operator_name} ({report.operator})")
    for name in report.trust_lists:
        print(f"trust list\t{name}")
    for did in report.did_documents:
        print(f"DID document\t{did}")
    for url in report.status_lists:
        print(f"status list\t{url}")
    for member, reason in report.refused:
        print(f"sello: not imported: {member}: {reason}", file=sys.stderr)
    return 1 if report.refused else 0


# -- trust lists ---------------------------------------------------------------------------
def cmd_list_new(ctx: CliContext) -> int:

    trust_list = new_trust_list(ctx.args.name)
    save_operated_list(ctx.db, ctx.profile_id(), trust_list)
    print(f"{trust_list.id}\t{trust_list.name}")
    return 0


def cmd_list_add(ctx: CliContext) -> int:

    profile_id = ctx.profile_id()
    trust_list, _ = operated_list(ctx.db, profile_id, ctx.args.list_id)
    entry = TrustedIssuer(
        ctx.args.did,
        ctx.args.name,
        ctx.args.rfc,
        ctx.args.country,
        tuple(ctx.args.roles or ("mill",)),
        ctx.args.valid_from,
        ctx.args.valid_until,
    )
    updated = with_issuer(trust_list, entry)
    save_operated_list(ctx.db, profile_id, updated)
    print(f"{updated.id}\t{len(updated.issuers)} issuer(s)")
    return 0


def cmd_list_sign(ctx: CliContext) -> int:

    if not 1 <= ctx.args.valid_days <= 5 * 366:
        raise InputError("--valid-days must be from 1 to 1830.")
    manager = ctx.key_manager(key_hint=ctx.args.key)
    key = manager.get(ctx.args.key) if ctx.args.key else manager.default_key()
    if key is None or key.retired_at or key.deleted_at:
        raise InputError("The company has no current signing key to sign the list with.")
    now = datetime.now(UTC).replace(microsecond=0)
    trust_list, token = sign_operated_list(
        ctx.db,
        manager.profile_id,
        ctx.args.list_id,
        manager.load_private(key.id),
        key.kid,
        operator_name=manager.profile.legal_name,
        valid_from=now,
        valid_until=now + timedelta(days=ctx.args.valid_days),
    )
    path = atomic_write(ctx.args.out, token.encode("ascii"))
    print(f"{path}\tversion {trust_list.version}\t{len(trust_list.issuers)} issuer(s)")
    return 0


def cmd_list_import(ctx: CliContext) -> int:

    text = read_input_bytes(ctx.args.file).decode("utf-8", errors="replace").strip()
    imported = import_trust_list(ctx.db, text)
    print(
        f"{imported.trust_list.id}\t{imported.trust_list.name}\tversion {imported.trust_list.version}\t"
        f"{len(imported.trust_list.issuers)} issuer(s)\tfrom {imported.operator_name}\t"
        f"valid until {imported.valid_until}"
    )
    return 0


def cmd_list_list(ctx: CliContext) -> int:

    for imported in imported_trust_lists(ctx.db):
        print(
            "\t".join(
                [
                    "imported",
                    imported.trust_list.id,
                    imported.trust_list.name,
                    f"version {imported.trust_list.version}",
                    imported.operator_name,
                    f"valid until {imported.valid_until}",
                ]
            )
        )
        for entry in imported.trust_list.issuers:
            print("\t".join(["", entry.did, entry.legal_name, entry.rfc, entry.country, ",".join(entry.roles)]))
    profile_id = getattr(ctx.args, "profile", None) or default_profile_id(ctx.db)
    for trust_list in operated_lists(ctx.db, profile_id) if profile_id else []:
        print(
            "\t".join(
                [
                    "operated",
                    trust_list.id,
                    trust_list.name,
                    f"version {trust_list.version}",
                    f"{len(trust_list.issuers)} issuer(s)",
                ]
            )
        )
    return 0


def _imported_list_id(ctx: CliContext, text: str) -> str:
    return resolve_id_prefix(
        ctx.db, "trust_lists", text, what={"en": "imported trust list", "es": "lista de confianza importada"}
    )


def cmd_list_remove(ctx: CliContext) -> int:

    if ctx.args.issuer:
        profile_id = ctx.profile_id()
        trust_list, _ = operated_list(ctx.db, profile_id, ctx.args.list_id)
        updated = without_issuer(trust_list, ctx.args.issuer)
        save_operated_list(ctx.db, profile_id, updated)
        print(f"{updated.id}\t{len(updated.issuers)} issuer(s)")
        return 0
    list_id = _imported_list_id(ctx, ctx.args.list_id)
    remove_trust_list(ctx.db, list_id)
    print(f"{list_id}\tremoved")
    return 0


# -- operators --------------------------------------------------------------------------------
def cmd_operator_add(ctx: CliContext) -> int:

    if ctx.args.from_file:
        if not ctx.args.fingerprint:
            raise InputError(
                "Pinning from a file needs --fingerprint: ask the operator to read theirs to you by phone "
                "(sello trust-operator fingerprint FILE shows the file's)."
            )
        document = read_did_document(ctx.args.from_file)
        operator = pin_operator_from_document(ctx.db, document, ctx.args.name, ctx.args.fingerprint, ctx.args.did)
    else:
        resolver, _status, _trust = verification_sources(ctx.db, online=True)
        operator = trust_operator(ctx.db, ctx.args.did, ctx.args.name, resolver)
    print(f"{operator.did}\t{operator.name}\ttrusted")
    return 0


def cmd_operator_fingerprint(ctx: CliContext) -> int:

    document = read_did_document(ctx.args.file)
    print(f"{document['id']}\t{operator_fingerprint(document)}")
    return 0


def cmd_operator_remove(ctx: CliContext) -> int:

    removed = distrust_operator(ctx.db, ctx.args.did)
    print(f"{ctx.args.did}\tno longer trusted\t{removed} trust list(s) removed")
    return 0


def cmd_operator_list(ctx: CliContext) -> int:

    for operator in trusted_operators(ctx.db):
        print(f"{operator.did}\t{operator.name}\t{operator.added_at}")
    return 0
