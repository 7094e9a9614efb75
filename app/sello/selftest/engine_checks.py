"""Self-test checks of the engine: resources, keyring, signing, Data Integrity, PDF, batch."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QIcon, QImage

from sello.core.credentials.checks import verify_data_integrity, verify_vc_jwt
from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.credentials.dataintegrity import sign_data_integrity
from sello.core.errors import UserFacingError
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.resources import load_json_resource, resource_path, resource_root
from sello.selftest.workspace import (
    EXAMPLE_DOCTYPE,
    KEYRING_SERVICE,
    LANGUAGES,
    VIDEO_RESOURCE,
    CheckFailed,
    Workspace,
)


# -- resources --------------------------------------------------------------------------
def check_resources(ws: Workspace) -> str:
    from sello.core.documents.doctypes import load_doctypes

    contexts = _check_context_hashes(resource_path("contexts"))
    doctypes = load_doctypes()  # every definition checked completely
    examples = sorted(resource_path("examples").glob("*.json"))
    for example in examples:
        if example.stem not in doctypes:
            raise CheckFailed(f"example {example.name} has no document type")
        json.loads(example.read_text(encoding="utf-8"))
    data_files = sorted(resource_path("data").glob("*.json"))
    for data_file in data_files:
        json.loads(data_file.read_text(encoding="utf-8"))
    if not data_files:
        raise CheckFailed(f"no reference data in {resource_path('data')}")
    translations = _check_translations(ws)
    icons = _check_icons(ws)
    fonts = _check_fonts()
    if not resource_path(*VIDEO_RESOURCE).is_file():
        raise CheckFailed(f"the self-test video {'/'.join(VIDEO_RESOURCE)} is missing")
    return (
        f"{contexts} contexts, {len(doctypes)} document types, {len(examples)} examples, "
        f"{len(data_files)} data files, {translations}, {icons}, {fonts} fonts in {resource_root()}"
    )


def _check_context_hashes(folder: Path) -> int:
    sums = folder / "SHA256SUMS"
    if not sums.is_file():
        raise CheckFailed(f"{sums} is missing")
    count = 0
    for line in sums.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, name = line.split(maxsplit=1)
        path = folder / name.strip().lstrip("*")
        if not path.is_file():
            raise CheckFailed(f"context {path.name} is missing")
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise CheckFailed(f"context {path.name} does not match its SHA-256 in SHA256SUMS")
        json.loads(path.read_text(encoding="utf-8"))
        count += 1
    if count == 0:
        raise CheckFailed("SHA256SUMS lists no context")
    return count


def _check_translations(ws: Workspace) -> str:

    ws.app()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in LANGUAGES:
        own = resource_path("translations", f"sello_{language}.qm")
        translator = QTranslator()
        if not own.is_file() or not translator.load(str(own)):
            raise CheckFailed(f"the compiled translation {own.name} is missing or unreadable")
        if translator.isEmpty() or translator.language().split("_")[0] != language:
            raise CheckFailed(f"{own.name} is empty or not in language {language!r} ({translator.language()!r})")
    qt_base = QTranslator()
    if not qt_base.load("qtbase_es.qm", qt_folder):
        raise CheckFailed(f"Qt's own Spanish translation qtbase_es.qm is missing from {qt_folder}")
    return "translations es+en (+ qtbase_es)"


def _check_icons(ws: Workspace) -> str:

    ws.app()
    icons = resource_path("icons")
    pngs = sorted(icons.glob("sello-*.png"))
    if not pngs:
        raise CheckFailed(f"no application icon PNGs in {icons}")
    for path in [*pngs, icons / "sello.ico"]:
        if QImage(str(path)).isNull():  # .ico needs Qt's imageformats/qico plugin
            raise CheckFailed(f"Qt cannot read the icon {path.name} (image format plugin missing?)")
    if not (icons / "sello.icns").is_file():
        raise CheckFailed("sello.icns is missing")
    svgs = sorted((icons / "nav").glob("*.svg"))
    for path in svgs:
        if QIcon(str(path)).pixmap(24, 24).isNull():  # needs QtSvg and the svg icon engine
            raise CheckFailed(f"Qt cannot draw the SVG icon {path.name} (QtSvg plugins missing?)")
    return f"{len(pngs) + 2 + len(svgs)} icons"


def _check_fonts() -> int:
    from reportlab.pdfbase import pdfmetrics

    from sello.core.documents.pdf.fonts import register_fonts

    fonts = register_fonts()
    names = (fonts.sans, fonts.bold, fonts.mono)
    for name in names:
        if pdfmetrics.getFont(name).stringWidth("Acero ≤ 0.25 %", 10) <= 0:
            raise CheckFailed(f"font {name} has no glyph widths")
    return len(names)


# -- keyring ----------------------------------------------------------------------------
def check_keyring(ws: Workspace) -> str:
    from sello.core.keys.store import probe_keyring

    return f"store, read back and delete in {probe_keyring(KEYRING_SERVICE)}"


# -- signatures -------------------------------------------------------------------------
def _test_credential(did: str) -> dict[str, Any]:
    from sello.core.documents.doctypes import get_doctype
    from sello.core.documents.mapping import build_subject, credential_types
    from sello.core.documents.validation import normalize_data

    doctype = get_doctype(EXAMPLE_DOCTYPE)
    data = normalize_data(doctype, load_json_resource("examples", f"{EXAMPLE_DOCTYPE}.json"))
    return build_credential(
        types=credential_types(doctype),
        subject=build_subject(doctype, data),
        issuer={"id": did, "name": "Aceros Selftest S.A. de C.V."},
    )


def _require_passed(verdict: Any, names: Sequence[str], what: str) -> None:
    for name in names:
        check = verdict.check(name)
        if check.outcome != "passed":
            raise CheckFailed(f"{what}: check {name} {check.outcome} ({check.message.get('en', check.code)})")


def _altered(token: str) -> str:
    """The token with one bit of its signature flipped."""
    head, _, signature = token.rpartition(".")
    flipped = "A" if signature[10] != "A" else "B"
    return f"{head}.{signature[:10]}{flipped}{signature[11:]}"


def _sign_and_verify(alg: str) -> str:

    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, "key")
    token = sign_vc_jwt(_test_credential(did), key, kid)
    resolver = DidResolver()
    verdict = verify_vc_jwt(token, resolver=resolver)
    _require_passed(verdict, ("format", "signature", "issuer_key", "dates"), f"a fresh {alg} vc+jwt")
    if verify_vc_jwt(_altered(token), resolver=resolver).check("signature").outcome != "failed":
        raise CheckFailed(f"an altered {alg} signature was not rejected")
    return f"{alg} vc+jwt of {len(token)} characters signed and verified (did:key); an altered copy is rejected"


def check_sign_es384(ws: Workspace) -> str:
    return _sign_and_verify("ES384")


def check_sign_eddsa(ws: Workspace) -> str:
    return _sign_and_verify("EdDSA")


def check_data_integrity(ws: Workspace) -> str:

    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "key")
    # a small credential: RDF canonicalization of a whole Mill Test Report takes PyLD minutes
    credential = build_credential(
        types=["MillTestReportCredential"],
        issuer={"id": did, "name": "Aceros Selftest S.A. de C.V."},
        subject={"type": ["MillTestReport"], "certificateNumber": "MTR-SELFTEST-1", "heatNumber": "H00-0001"},
    )
    signed = sign_data_integrity(credential, key, kid)  # eddsa-rdfc-2022: PyLD canonicalization
    verdict = verify_data_integrity(signed, resolver=DidResolver())
    _require_passed(verdict, ("format", "signature", "issuer_key"), "an eddsa-rdfc-2022 proof")
    signed["credentialSubject"]["heatNumber"] = "H00-0002"
    try:
        altered = verify_data_integrity(signed, resolver=DidResolver())
    except UserFacingError:
        altered = None
    if altered is not None and altered.ok:
        raise CheckFailed("an altered Data Integrity credential was accepted")
    return f"{signed['proof']['cryptosuite']} proof signed and verified (PyLD, offline contexts)"


# -- PDF --------------------------------------------------------------------------------
def check_pdf(ws: Workspace) -> str:
    from sello.core.qr.payload import decode_td1
    from sello.core.verification.pipeline import verify_input
    from sello.core.verification.scan import scan_pdf

    issuer = ws.issuer()
    signed = issuer.sign(EXAMPLE_DOCTYPE, load_json_resource("examples", f"{EXAMPLE_DOCTYPE}.json"))
    pdf = issuer.render(signed)
    found = [r for r in scan_pdf(pdf) if r.decoded]  # pypdfium2 renders each page, zxing-cpp reads
    if not found:
        raise CheckFailed("no QR code could be read from the rendered PDF")
    texts = {r.text for r in found}
    if texts != {signed.td1}:
        raise CheckFailed(f"the PDF's QR code reads {len(texts)} text(s) that differ from the TD1 printed")
    token = decode_td1(found[0].text)
    if token != signed.vc_jwt:
        raise CheckFailed("the QR code's TD1 text does not rebuild the identical vc+jwt")
    verdict = verify_input(found[0].text, resolver=DidResolver())
    _require_passed(verdict, ("format", "signature", "issuer_key", "dates"), "the scanned PDF")
    return (
        f"{signed.doctype.id} PDF of {len(pdf) // 1024} KB, QR read back at 200 dpi "
        f"({len(signed.td1)} TD1 characters) -> identical vc+jwt, signature valid"
    )


def check_batch(ws: Workspace) -> str:
    from sello.core.documents.batch import BatchRecord, issue_batch

    data = load_json_resource("examples", f"{EXAMPLE_DOCTYPE}.json")
    records = [BatchRecord(row, data) for row in range(1, 5)]
    result = issue_batch(ws.issuer(), EXAMPLE_DOCTYPE, records, workers=2)
    if result.problems:
        raise CheckFailed(f"the batch reported problems: {result.problems[0].text()}")
    if len(result.issued) != len(records):
        raise CheckFailed(f"the batch issued {len(result.issued)} of {len(records)} documents")
    for document in result.issued:
        if not document.pdf_path.read_bytes().startswith(b"%PDF-"):
            raise CheckFailed(f"{document.pdf_path.name} is not a PDF")
    return f"{len(result.issued)} PDFs rendered by 2 worker processes"
