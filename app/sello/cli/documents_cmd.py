"""`sello issue`, `sello demo`, `sello revoke`, `sello documents`, `sello import-cfdi`."""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

from sello.cli.context import CliContext, read_input_bytes
from sello.core.errors import InputError
from sello.core.keys.profiles import create_profile, set_default_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.limits import value
from sello.core.paths import atomic_write
from sello.core.resources import resource_path
from sello.core.storage.db import Database
from sello.core.storage.documents import ids_with_export_reference, list_documents
from sello.core.storage.lookup import resolve_id_prefix
from sello.core.trust.statuslist import revoke


def add_parsers(sub: argparse._SubParsersAction) -> None:
    issue = sub.add_parser(
        "issue",
        help="issue documents (one per record) from a JSON or CSV file",
        description="Validate, sign and print one document per record. A CSV with bad rows issues the good "
        "rows and writes batch-report.csv naming each bad row, column and reason (exit 1). Mill Test Report "
        "values are checked against the named specification: an impossible value is an error; a value outside "
        "the grade stops that record unless --confirm-out-of-grade (the confirmation is kept in the audit log).",
    )
    issue.add_argument(
        "--type", required=True, dest="doctype", metavar="TYPE", help="document type: " + ", ".join(_doctype_ids())
    )
    issue.add_argument("--data", required=True, metavar="FILE", help="FILE.json or FILE.csv, or - for standard input")
    issue.add_argument("--key", metavar="ID", help="signing key (default: the company's default key)")
    issue.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    issue.add_argument("--workers", type=int, default=None, help="PDF rendering processes (default: 2)")
    issue.add_argument(
        "--confirm-out-of-grade",
        action="store_true",
        help="issue records whose values lie outside their named grade (each confirmation is audited)",
    )
    issue.set_defaults(func=cmd_issue)

    template = sub.add_parser("csv-template", help="print the CSV header for a document type")
    template.add_argument("--type", required=True, dest="doctype", metavar="TYPE")
    template.add_argument("--rows", type=int, default=3, help="rows for repeatable groups (heats, items)")
    template.set_defaults(func=cmd_csv_template)

    demo = sub.add_parser("demo", help="issue one sample document of every type with a throwaway key")
    demo.add_argument("out", metavar="DIR", help="folder for the sample PDFs")
    demo.set_defaults(func=cmd_demo)

    revoke = sub.add_parser("revoke", help="revoke an issued document")
    revoke.add_argument("document_id", metavar="ID", help="document id (urn:uuid:… or its first characters)")
    revoke.add_argument("--reason", required=True, help="why (kept in the audit log)")
    revoke.set_defaults(func=cmd_revoke)

    docs = sub.add_parser("documents", help="list issued documents")
    docs.add_argument(
        "--pedimento",
        metavar="REF",
        help="only documents carrying this pedimento (any spacing), CFDI folio fiscal or Carta Porte IdCCP",
    )
    docs.set_defaults(func=cmd_documents)

    cfdi = sub.add_parser(
        "import-cfdi", help="prefill a document from a CFDI 4.0 export invoice or Carta Porte 3.1 (XML)"
    )
    cfdi.add_argument("file", metavar="FILE.xml", help="CFDI XML, or - for standard input")
    cfdi.add_argument(
        "--type",
        dest="doctype",
        default="commercial-invoice",
        help="commercial-invoice (default), packing-list, usmca-certification (a CFDI with Comercio Exterior) or bill-of-lading (a CFDI with Carta Porte 3.1)",
    )
    cfdi.add_argument(
        "--usd",
        action="store_true",
        help="take customs quantities and USD values from the Comercio Exterior complement",
    )
    cfdi.add_argument("--out", metavar="FILE.json", help="write the form data here (default: standard output)")
    cfdi.set_defaults(func=cmd_import_cfdi)


def _doctype_ids() -> list[str]:
    from sello.core.documents.doctypes import load_doctypes

    return sorted(load_doctypes())


def cmd_issue(ctx: CliContext) -> int:
    from sello.core.documents.batch import capped_problems, issue_batch, read_records
    from sello.core.documents.doctypes import get_doctype
    from sello.core.documents.issuance import DocumentIssuer

    try:
        doctype = get_doctype(ctx.args.doctype)
    except KeyError:
        raise InputError(
            f"Unknown document type {ctx.args.doctype!r}: use one of {', '.join(_doctype_ids())}."
        ) from None
    records, problems = read_records(read_input_bytes(ctx.args.data), doctype, name=ctx.args.data)
    manager = ctx.key_manager(key_hint=ctx.args.key)
    issuer = DocumentIssuer(ctx.db, manager, key_id=ctx.args.key, out_dir=ctx.args.out)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = issue_batch(
        issuer,
        doctype,
        records,
        workers=ctx.args.workers,
        progress=progress,
        confirm_out_of_grade=ctx.args.confirm_out_of_grade,
    )
    result.problems[:0] = problems
    for doc in result.issued:
        print(f"{doc.id}\t{doc.title}\t{doc.pdf_path}")
    if result.problems:
        report = Path(ctx.args.out) / "batch-report.csv"
        atomic_write(report, result.report_csv().encode("utf-8"))
        shown, rest = capped_problems(result.problems, value("screen_problems"))
        for problem in shown:
            print(f"sello: {problem.text()}", file=sys.stderr)
        if rest:
            print(f"sello: {rest} (batch-report.csv lists the first {value('report_rows'):,}.)", file=sys.stderr)
        print(
            f"sello: {len(result.issued)} issued, {len(result.bad_rows)} bad row(s); report: {report}", file=sys.stderr
        )
        return 1
    return 0


def cmd_csv_template(ctx: CliContext) -> int:
    from sello.core.documents.batch import csv_template
    from sello.core.documents.doctypes import get_doctype

    sys.stdout.write(csv_template(get_doctype(ctx.args.doctype), rows=ctx.args.rows))
    return 0


def cmd_demo(ctx: CliContext) -> int:
    """A throwaway data folder and key; sample data from resources/examples."""
    from sello.core.documents.issuance import DocumentIssuer
    from sello.core.keys.manager import KeyManager
    from sello.core.keys.store import EncryptedFileStore

    out = Path(ctx.args.out)
    home = Path(tempfile.mkdtemp(prefix="sello-demo-"))
    try:
        with Database.in_folder(home) as db:
            profile = create_profile(
                db,
                "Aceros del Norte S.A. de C.V. (DEMO)",
                rfc="ADN0501014T3",
                web_domain="demo.acerosdelnorte.example",
                address={
                    "street": "Av. Industria Pesada 1200",
                    "city": "Monterrey",
                    "region": "N.L.",
                    "postal_code": "64000",
                    "country": "MX",
                },
            )
            set_default_profile(db, profile.id)
            store = EncryptedFileStore(
                home / "demo-keys.sello-store", secrets.token_urlsafe(24), kdf=KdfParams.interactive()
            )
            manager = KeyManager(db, profile.id, store)
            # did:key: the demo PDFs verify anywhere, offline, with no website to publish
            manager.create_key("ES384", "key", label="DEMO")
            issuer = DocumentIssuer(db, manager, out_dir=out)
            for example in sorted(resource_path("examples").glob("*.json")):
                doc = issuer.issue(example.stem, json.loads(example.read_text(encoding="utf-8")))
                print(f"{example.stem:22} {doc.pdf_path}")
    finally:
        shutil.rmtree(home, ignore_errors=True)  # the demo key dies with the folder
    print(f"Sample PDFs are in {out.resolve()} (signed with a throwaway demo key).", file=sys.stderr)
    return 0


def _find_document(ctx: CliContext, text: str) -> str:
    return resolve_id_prefix(ctx.db, "documents", text, what={"en": "issued document", "es": "documento emitido"})


def cmd_revoke(ctx: CliContext) -> int:

    revocation = revoke(ctx.db, _find_document(ctx, ctx.args.document_id), ctx.args.reason)
    print(f"{revocation.document_id}\trevoked {revocation.revoked_at}\t{revocation.list_id}#{revocation.index}")
    print("Publish the updated status list so verifiers see it (sello publish).", file=sys.stderr)
    return 0


def cmd_documents(ctx: CliContext) -> int:
    records = list_documents(ctx.db, newest_first=False)
    if ctx.args.pedimento:
        wanted = set(ids_with_export_reference(ctx.db, ctx.args.pedimento))
        records = [r for r in records if r.id in wanted]
    for record in records:
        state = f"revoked {record.revoked_at}" if record.revoked_at else "valid"
        fields = [record.id, record.doctype, record.title, record.counterparty, record.issued_at, state]
        print("\t".join([*fields, str(record.pdf_path or "")]))
    return 0


def cmd_import_cfdi(ctx: CliContext) -> int:
    from sello.core.documents.cfdi import import_cfdi

    imported = import_cfdi(read_input_bytes(ctx.args.file), doctype=ctx.args.doctype, in_usd=ctx.args.usd)
    text = json.dumps(imported.data, indent=2, ensure_ascii=False) + "\n"
    if ctx.args.out:
        atomic_write(ctx.args.out, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    for note in imported.notes:
        print(f"note: {note['en']}", file=sys.stderr)
    return 0
