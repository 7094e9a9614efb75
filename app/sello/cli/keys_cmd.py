"""`sello keys ...`: create, list, show, import and back up signing keys."""

from __future__ import annotations

import argparse
import json
import sys

from sello.cli.context import CliContext, prompt_passphrase, read_input_bytes, read_secret_line
from sello.core.errors import InputError
from sello.core.keys.directory import KeyDirectory
from sello.core.keys.profiles import default_profile_id
from sello.core.paths import atomic_write


def add_parser(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help="manage signing keys", description="Manage the company's signing keys.")
    ksub = keys.add_subparsers(dest="keys_command", metavar="COMMAND", required=True)

    new = ksub.add_parser("new", help="create a signing key")
    new.add_argument("--alg", default="ES384", help="ES384 (default, CBP traceability profile) or EdDSA")
    new.add_argument(
        "--did",
        default="key",
        metavar="key|jwk|web:DOMAIN",
        help="identifier method: did:key (default), did:jwk, or did:web for a website domain",
    )
    new.add_argument("--label", default="", help="a name for the key")
    new.set_defaults(func=cmd_new)

    lst = ksub.add_parser("list", help="list keys, one per line starting with the key id")
    lst.set_defaults(func=cmd_list)

    show = ksub.add_parser("show", help="print a key's DID and DID document")
    show.add_argument("key_id", metavar="ID", help="key id (a unique prefix is enough)")
    show.set_defaults(func=cmd_show)

    imp = ksub.add_parser("import-jwk", help="import a private JWK (P-384 or Ed25519)")
    imp.add_argument("file", metavar="FILE", help="JWK file, or - for standard input")
    imp.add_argument("--did", default="key", metavar="key|jwk|web:DOMAIN")
    imp.add_argument("--label", default="")
    imp.set_defaults(func=cmd_import_jwk)

    exp = ksub.add_parser("export-backup", help="write an encrypted backup of a key")
    exp.add_argument("key_id", metavar="ID")
    exp.add_argument("file", metavar="FILE", help="backup file to write, or - for standard output")
    exp.add_argument("--passphrase-file", metavar="FILE", help="read the backup passphrase from FILE")
    exp.set_defaults(func=cmd_export_backup)

    res = ksub.add_parser("import-backup", help="restore a key from an encrypted backup")
    res.add_argument("file", metavar="FILE", help="backup file, or - for standard input")
    res.add_argument("--passphrase-file", metavar="FILE", help="read the backup passphrase from FILE")
    res.set_defaults(func=cmd_import_backup)

    rot = ksub.add_parser("rotate", help="replace a key: the new key signs from now on, the old one still verifies")
    rot.add_argument("key_id", metavar="ID")
    rot.set_defaults(func=cmd_rotate)


def _split_did_option(value: str) -> tuple[str, str | None]:
    if value.startswith("web:"):
        return "web", value[4:]
    if value in ("key", "jwk", "web"):
        return value, None
    raise InputError(f"--did {value!r}: use key, jwk or web:DOMAIN (for example web:acerosdelnorte.mx).")


def _print_key_line(record) -> None:
    flags = []
    if record.is_default:
        flags.append("default")
    if record.retired_at:
        flags.append("retired")
    print("\t".join([record.id, record.alg.value, record.did, record.label or "-", ",".join(flags) or "active"]))


def cmd_new(ctx: CliContext) -> int:
    method, domain = _split_did_option(ctx.args.did)
    manager = ctx.key_manager(create_profile=True)
    record = manager.create_key(ctx.args.alg, method, domain, ctx.args.label)
    _print_key_line(record)
    print(f"Private key stored in {manager.store.describe()}.", file=sys.stderr)
    return 0


def cmd_list(ctx: CliContext) -> int:

    profile_id = ctx.args.profile or default_profile_id(ctx.db)
    if not profile_id:
        return 0
    # listing needs no private key: read metadata without opening a store
    for record in KeyDirectory(ctx.db, profile_id).list_keys():
        _print_key_line(record)
    return 0


def cmd_show(ctx: CliContext) -> int:

    manager = KeyDirectory(ctx.db, ctx.profile_id())
    record = manager.get(ctx.args.key_id)
    print(record.did)
    print(json.dumps(manager.did_document(record.did), indent=2))
    return 0


def cmd_import_jwk(ctx: CliContext) -> int:
    method, domain = _split_did_option(ctx.args.did)
    data = read_input_bytes(ctx.args.file)
    record = ctx.key_manager(create_profile=True).import_private_jwk(
        data, did_method=method, domain=domain, label=ctx.args.label
    )
    _print_key_line(record)
    return 0


def _backup_passphrase(ctx: CliContext, *, confirm: bool) -> str:
    if ctx.args.passphrase_file:
        return read_secret_line(ctx.args.passphrase_file)
    return prompt_passphrase("Backup passphrase: ", confirm=confirm)


def cmd_export_backup(ctx: CliContext) -> int:
    manager = ctx.key_manager(key_hint=ctx.args.key_id)
    passphrase = _backup_passphrase(ctx, confirm=True)
    blob = manager.export_backup(ctx.args.key_id, passphrase)
    if ctx.args.file == "-":
        sys.stdout.buffer.write(blob)
    else:
        atomic_write(ctx.args.file, blob, mode=0o600)
        print(f"Encrypted backup written to {ctx.args.file}", file=sys.stderr)
    return 0


def cmd_import_backup(ctx: CliContext) -> int:
    blob = read_input_bytes(ctx.args.file)
    passphrase = _backup_passphrase(ctx, confirm=False)
    record = ctx.key_manager(create_profile=True).import_backup(blob, passphrase)
    _print_key_line(record)
    return 0


def cmd_rotate(ctx: CliContext) -> int:
    record = ctx.key_manager(key_hint=ctx.args.key_id).rotate(ctx.args.key_id)
    _print_key_line(record)
    return 0
