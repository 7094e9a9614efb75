"""`sello sign`, `sello verify`, `sello qr ...`: the credential engine from a terminal."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sello.cli.context import CliContext, is_existing_file, read_input_bytes
from sello.cli.messages import cli_language
from sello.core.credentials.credential import prepare_for_signing, sign_vc_jwt
from sello.core.credentials.jws import parse_json_strict
from sello.core.errors import InputError
from sello.core.verification.history import record_verification
from sello.core.verification.presentation_view import document_title, documents_heading


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sign = sub.add_parser(
        "sign",
        help="sign a JSON credential as vc+jwt",
        description="Sign a credential (JSON) as a vc+jwt; prints the token.",
    )
    sign.add_argument("--key", required=True, metavar="ID", help="key id (a unique prefix is enough)")
    sign.add_argument("credential", metavar="CREDENTIAL.json", help="credential file, or - for standard input")
    sign.set_defaults(func=cmd_sign)

    verify = sub.add_parser(
        "verify",
        help="verify a credential",
        description="Verify a .jwt, a JSON credential with a Data Integrity proof, a TD1: text (a handheld "
        "scanner's text with Caps Lock or a non-US layout is repaired), a PNG/JPEG photo or a PDF. "
        "Exit status: 0 genuine (green, or amber: genuine with notes), 1 NOT VALID (red: proven "
        "altered, forged, wrong key, revoked, expired or malformed), 2 unusable input, 3 CANNOT CONFIRM "
        "(the issuer's key could not be obtained - offline, DNS, TLS, timeout, nothing saved - so the "
        "signature could not be checked; connect and verify again, or import the trust bundle of the "
        "chamber that operates your trust list). --json prints the verdict with its 'state' "
        "(verified, verified_with_notes, cannot_confirm, not_valid), 'color' and every check.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("input", metavar="INPUT", help="file, TD1: text, or - for standard input")
    verify.add_argument("--json", action="store_true", help="print the verdict with every check as JSON")
    verify.add_argument(
        "--lang",
        choices=("en", "es"),
        default=argparse.SUPPRESS,  # absent: `sello --lang`, else $SELLO_LANG, else English
        help="language of the verdict and error messages",
    )
    verify.add_argument("--offline", action="store_true", help="do not use the network (cache and bundles only)")
    verify.add_argument(
        "--key-max-age",
        type=int,
        default=30,
        metavar="DAYS",
        help="a saved copy of the issuer's keys older than this is a caveat (amber); default 30",
    )
    verify.set_defaults(func=cmd_verify)

    qr = sub.add_parser("qr", help="TD1 QR payload codec")
    qsub = qr.add_subparsers(dest="qr_command", metavar="COMMAND", required=True)
    enc = qsub.add_parser("encode", help="vc+jwt -> TD1: text")
    enc.add_argument("input", metavar="IN.jwt", help="vc+jwt file, or - for standard input")
    enc.set_defaults(func=cmd_qr_encode)
    dec = qsub.add_parser("decode", help="TD1: text -> the identical vc+jwt")
    dec.add_argument("text", metavar="TEXT", help="TD1: text, or - for standard input")
    dec.set_defaults(func=cmd_qr_decode)


def _text_argument(value: str) -> str:
    """A literal text or a file name/stdin holding it."""
    if value == "-":
        raw = read_input_bytes("-")
    elif not is_existing_file(value) and (value.strip().upper().startswith("TD1") or value.count(".") == 2):
        return value.strip()  # literal TD1 text or compact JWS
    else:
        raw = read_input_bytes(value)
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise InputError("The input is not UTF-8 text.") from None


def cmd_sign(ctx: CliContext) -> int:

    credential = parse_json_strict(read_input_bytes(ctx.args.credential), "credential")
    if not isinstance(credential, dict):
        raise InputError("The credential file must contain a JSON object.")
    manager = ctx.key_manager(key_hint=ctx.args.key)
    record = manager.get(ctx.args.key)
    if record.retired_at:
        raise InputError(f"Key {record.short_id} is retired; sign with the current key.")
    private = manager.load_private(record.id)
    issuer = credential.get("issuer")
    has_name = isinstance(issuer, dict) and bool(issuer.get("name"))
    profile = manager.profile
    # the company's legal name fills a missing issuer name (not the CLI's placeholder profile)
    name = None if has_name or profile.id == "default" else profile.legal_name
    prepared = prepare_for_signing(credential, record.did, name)
    token = sign_vc_jwt(prepared, private, record.kid)
    ctx.db.audit("sign", str(prepared.get("id", "")), {"key": record.id}, profile_id=manager.profile_id)
    print(token)
    return 0


def cmd_verify(ctx: CliContext) -> int:
    from sello.cli.verify_input import verify_path_or_text
    from sello.core.verification.inputs import document_type_namer

    if ctx.args.key_max_age < 1:
        raise InputError("--key-max-age must be at least 1 day.")
    verdict = verify_path_or_text(
        ctx, ctx.args.input, online=not ctx.args.offline, key_max_age_days=ctx.args.key_max_age
    )
    record_verification(ctx.db, verdict, source="cli")  # the desk's history, same as the window's
    lang = cli_language(getattr(ctx.args, "lang", None))
    if ctx.args.json:
        print(json.dumps(verdict.to_json(), indent=2, ensure_ascii=False))
    else:
        namer = document_type_namer()
        print(f"{_LABELS[verdict.color]}: {verdict.summary(lang, namer)}")
        if verdict.remedy(lang):
            print(f"  -> {verdict.remedy(lang)}")
        for check in verdict.checks:
            print(f"  [{check.outcome}] {check.name}: {check.message[lang]}")
        _print_documents(verdict, lang, namer)
    return EXIT_CODES[verdict.color]


# what `sello verify` prints first and exits with, per verdict colour (documented in --help and README)
_LABELS = {"green": "GREEN", "amber": "AMBER", "blue": "CANNOT-CONFIRM", "red": "RED"}
EXIT_CODES = {"green": 0, "amber": 0, "red": 1, "blue": 3}


def _print_documents(verdict: Any, lang: str, namer: Any) -> None:
    """A presentation: each document it carries, with its own verdict and checks."""

    if not verdict.documents:
        return
    print(documents_heading(len(verdict.documents), lang) + ":")
    for index, document in enumerate(verdict.documents, 1):
        print(
            f"  {index}. {_LABELS[document.color]}: {document_title(document, lang, namer)}: "
            f"{document.summary(lang, namer)}"
        )
        for check in document.checks:
            print(f"       [{check.outcome}] {check.name}: {check.message[lang]}")


def cmd_qr_encode(ctx: CliContext) -> int:
    from sello.core.qr.payload import encode_td1

    print(encode_td1(_text_argument(ctx.args.input)))
    return 0


def cmd_qr_decode(ctx: CliContext) -> int:
    from sello.core.qr.payload import decode_td1

    print(decode_td1(_text_argument(ctx.args.text)))
    return 0
