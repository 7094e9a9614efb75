"""Rewrite import paths from Sello 0.1.0's flat `sello.core` to its subpackages.

    python tools/rename_imports.py FILE...      rewrite these files in place
    python tools/rename_imports.py --check FILE... exit 1 if a file still uses an old path

The 0.1.0 engine was 54 modules side by side in `app/sello/core/`; the architecture
change (see docs/architecture.md) moved each into the subpackage of its concern. This
script is the map of that move, kept so that branches started before it (and notes,
scripts, patches) can be brought up to date mechanically.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# old module under sello.core -> new dotted path under sello.core
MOVES: dict[str, str] = {
    # the TD1 codec
    "base45": "qr.base45",
    "qrpayload": "qr.payload",
    "qrpayload_tables": "qr.tables",
    "qrtemplate": "qr.template",
    "qrparts": "qr.parts",
    "qrsymbol": "qr.symbol",
    # document types, forms, issuing, printing
    "doctypes": "documents.doctypes",
    "doctype_model": "documents.doctype_model",
    "doctype_loader": "documents.doctype_loader",
    "subject_paths": "documents.subject_paths",
    "vocabulary": "documents.vocabulary",
    "mapping": "documents.mapping",
    "validation": "documents.validation",
    "refdata": "documents.refdata",
    "issuance": "documents.issuance",
    "batch": "documents.batch",
    "document_files": "documents.files",
    "drafts": "documents.drafts",
    "cfdi": "documents.cfdi",
    "cfdi_reader": "documents.cfdi_reader",
    "pdf": "documents.pdf",
    # one credential: build, sign, check
    "credentials": "credentials.credential",
    "jws": "credentials.jws",
    "dataintegrity": "credentials.dataintegrity",
    "jsonld": "credentials.jsonld",
    "signedcredential": "credentials.side_files",
    "verify": "credentials.checks",
    "verdict": "credentials.verdict",
    # any input to a verdict
    "verifier": "verification.inputs",
    "verdict_view": "verification.view",
    "verdict_report": "verification.report",
    "history": "verification.history",
    "scan": "verification.scan",
    # keys, their stores, DIDs, company profiles
    "keys": "keys.keypair",
    "keystore": "keys.store",
    "keymanager": "keys.manager",
    "sealedbox": "keys.sealedbox",
    "did": "keys.did",
    "profiles": "keys.profiles",
    # status lists, trust lists, bundles, publishing, did:web over HTTPS
    "trust": "trust.checkers",
    "trustlist": "trust.lists",
    "bundle": "trust.bundle",
    "statuslist": "trust.statuslist",
    "publish": "trust.publish",
    "webresolve": "trust.webresolve",
    # the database
    "db": "storage.db",
    "schema": "storage.schema",
    "pending": "storage.pending",
}

# names that moved from one new module to another after the move (module, name) -> module
MOVED_NAMES: dict[tuple[str, str], str] = {
    ("credentials.checks", "verify_input"): "verification.pipeline",
    ("qr.payload", "split_td1"): "qr.parts",
    ("qr.payload", "is_td1_part"): "qr.parts",
    ("qr.payload", "PartCollector"): "qr.parts",
}

_DOTTED = re.compile(r"\bsello\.core\.(" + "|".join(sorted(MOVES, key=len, reverse=True)) + r")\b(?!\.py)")
_FROM_CORE = re.compile(r"^(\s*)from sello\.core import ([^()\n#]+?)(\s*#.*)?$", re.MULTILINE)


def _rewrite_from_core(match: re.Match[str]) -> str:
    indent, names, comment = match.group(1), match.group(2), match.group(3) or ""
    lines: dict[str, list[str]] = {}
    for item in (n.strip() for n in names.split(",")):
        if not item:
            continue
        name, _, alias = item.partition(" as ")
        name, alias = name.strip(), alias.strip()
        if name in MOVES:
            package, _, module = MOVES[name].rpartition(".")
            target = f"sello.core.{package}"
            shown_as = alias or name
            entry = module if module == shown_as else f"{module} as {shown_as}"
        else:
            target, entry = "sello.core", item
        lines.setdefault(target, []).append(entry)
    out = [f"{indent}from {target} import {', '.join(entries)}" for target, entries in lines.items()]
    out[0] += comment
    return "\n".join(out)


# old modules whose name is now a package: `sello.core.keys.did` is already new
_NEW_SUBMODULES: dict[str, set[str]] = {}
for _new in MOVES.values():
    _package, _, _module = _new.partition(".")
    if _package in MOVES:
        _NEW_SUBMODULES.setdefault(_package, set()).add(_module.partition(".")[0])
_NEW_SUBMODULES["credentials"] |= {"presentations", "profiles"}
_NEW_SUBMODULES["trust"] |= {"cache", "did_cache"}
_IMPORTED = re.compile(r" import \(?\s*([A-Za-z_][\w ,]*)")


def _already_new(name: str, rest: str) -> bool:
    """Whether `sello.core.<name>` followed by `rest` names the new package, not the old module."""
    submodules = _NEW_SUBMODULES.get(name)
    if not submodules:
        return False
    attribute = re.match(r"\.(\w+)", rest)
    if attribute:
        return attribute.group(1) in submodules
    imported = _IMPORTED.match(rest)
    if imported:
        names = {n.strip().partition(" as ")[0].strip() for n in imported.group(1).split(",") if n.strip()}
        return bool(names) and names <= submodules
    return False


def _rewrite_dotted(match: re.Match[str]) -> str:
    name = match.group(1)
    if _already_new(name, match.string[match.end() : match.end() + 200]):
        return match.group(0)
    return "sello.core." + MOVES[name]


def rewrite(text: str) -> str:
    text = _DOTTED.sub(_rewrite_dotted, text)
    text = _FROM_CORE.sub(_rewrite_from_core, text)
    for (module, name), target in MOVED_NAMES.items():
        text = re.sub(
            rf"^(\s*)from sello\.core\.{re.escape(module)} import {name}$",
            rf"\1from sello.core.{target} import {name}",
            text,
            flags=re.MULTILINE,
        )
    return text


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = 0
    for name in (a for a in argv if a != "--check"):
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        new = rewrite(text)
        if new != text:
            stale += 1
            if check:
                print(f"{path}: uses 0.1.0 import paths")
            else:
                path.write_text(new, encoding="utf-8")
                print(f"rewrote {path}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
