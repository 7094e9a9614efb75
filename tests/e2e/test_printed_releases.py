"""Paper outlives software: documents printed by every released Sello still read and verify.

`tests/data/releases/<version>/` holds what `sello demo` printed with that release (made by
running the release's own code; see the README there): the PDFs, and in `manifest.json`
each document's QR text and its signed vc+jwt. Every later version must rasterize each
PDF, read its QR code back to the identical TD1 text, decode that to the identical
vc+jwt, and verify it (the demo signs with did:key, so no network is needed).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sello.core.credentials.credential import parse_datetime
from sello.core.qr.payload import decode_td1
from sello.core.verification.inputs import pdf_attachment_tokens, verifier_context, verify_path, verify_text
from sello.core.verification.scan import scan_pdf

RELEASES = Path(__file__).resolve().parents[1] / "data" / "releases"


def _documents() -> list[tuple[str, dict[str, str]]]:
    out = []
    for manifest_path in sorted(RELEASES.glob("*/manifest.json")):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        out += [(manifest["release"], doc) for doc in manifest["documents"]]
    return out


DOCUMENTS = _documents()


def _ids() -> list[str]:
    return [f"{release}-{doc['pdf'].split('-')[0]}" for release, doc in DOCUMENTS]


def _moment_inside(doc: dict[str, str]) -> datetime:
    return parse_datetime(doc["valid_from"]) + timedelta(days=1)


def test_every_release_has_fixtures_of_all_five_document_types() -> None:
    releases = {release for release, _ in DOCUMENTS}
    assert "0.1.0" in releases
    for release in releases:
        prefixes = {doc["pdf"].split("-")[0] for r, doc in DOCUMENTS if r == release}
        assert prefixes == {"MTR", "CI", "PL", "BOL", "USMCA"}, release


@pytest.mark.parametrize(("release", "doc"), DOCUMENTS, ids=_ids())
def test_printed_qr_reads_back_to_the_identical_credential(release: str, doc: dict[str, str]) -> None:
    pdf = RELEASES / release / doc["pdf"]
    texts = [r.text for r in scan_pdf(pdf.read_bytes()) if r.text]
    assert texts == [doc["td1"]]
    assert decode_td1(texts[0]) == doc["vc_jwt"]
    assert pdf_attachment_tokens(pdf.read_bytes()) == [doc["vc_jwt"]]


@pytest.mark.parametrize(("release", "doc"), DOCUMENTS, ids=_ids())
def test_printed_document_verifies(release: str, doc: dict[str, str]) -> None:
    context = verifier_context(None)
    for verdict in (
        verify_text(doc["td1"], context=context, now=_moment_inside(doc)),
        verify_path(RELEASES / release / doc["pdf"], context=context, now=_moment_inside(doc)),
    ):
        assert verdict.vc_jwt == doc["vc_jwt"]
        assert verdict.color != "red", verdict.summary()
        assert verdict.check("signature").outcome == "passed"
        assert verdict.check("format").outcome == "passed"


@pytest.mark.parametrize(("release", "doc"), DOCUMENTS[:1], ids=_ids()[:1])
def test_a_changed_character_in_a_printed_code_is_not_accepted(release: str, doc: dict[str, str]) -> None:
    """Control: the fixtures are checked for real (one altered character is refused or red)."""
    text = doc["td1"]
    position = len(text) // 2
    altered = text[:position] + ("A" if text[position] != "A" else "B") + text[position + 1 :]
    try:
        verdict = verify_text(altered, context=verifier_context(None), now=_moment_inside(doc))
    except Exception as error:  # a refused code is a pass for this control
        assert "TD1" in str(error) or "code" in str(error).lower()
    else:
        assert verdict.color == "red"
