"""Released document-type definitions are kept by fingerprint, so old QR codes still read.

A template-mode TD1 code names its document type and the fingerprint of the definition
it was made with (docs/td1-format.md §2.3). Adding fields changes the fingerprint; the
definitions printed by each release are kept in resources/doctypes/released/ and the
codec reads an older code with its own definition.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sello.core.documents.doctypes import DocTypeError, load_doctypes
from sello.core.documents.td1 import (
    RELEASED_FOLDER,
    doctype_fingerprint,
    load_released_doctypes,
    released_doctypes,
    template_for_doctype,
)
from sello.core.qr.payload import decode_td1
from sello.core.qr.wire import Td1Error
from sello.core.resources import resource_path

RELEASES = Path(__file__).resolve().parents[3] / "data" / "releases"


def _ledger() -> dict[str, dict[str, str]]:
    raw = json.loads(resource_path(*RELEASED_FOLDER, "releases.json").read_text(encoding="utf-8"))
    return raw["releases"]


def _fixtures() -> list[tuple[str, dict[str, str]]]:
    out = []
    for manifest_path in sorted(RELEASES.glob("*/manifest.json")):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        out += [(manifest["release"], doc) for doc in manifest["documents"]]
    return out


def test_every_release_keeps_each_definition_it_printed_unchanged() -> None:
    """The test that fails when a shipped definition's fingerprint changes without its
    previous definition being kept: every (release, type, fingerprint) in the ledger has
    its file, and the file still hashes to that fingerprint (else loading raises)."""
    kept = {(d.id, fingerprint.hex()) for fingerprint, d in released_doctypes()}
    ledger = _ledger()
    assert set(ledger["0.1.0"]) == set(load_doctypes())  # 0.1.0 shipped the five types of today
    for release, entry in ledger.items():
        assert entry, release  # a release printed at least one type (later types are not in earlier entries)
        for doctype_id, fingerprint in entry.items():
            assert (doctype_id, fingerprint) in kept, f"{release}: {doctype_id} {fingerprint} is not kept"


def test_every_fixture_release_is_in_the_ledger() -> None:
    assert {release for release, _ in _fixtures()} <= set(_ledger())


@pytest.mark.parametrize(("release", "doc"), _fixtures(), ids=lambda v: v if isinstance(v, str) else v["pdf"][:4])
def test_kept_definitions_alone_rebuild_each_printed_code(release: str, doc: dict[str, str]) -> None:
    """Without today's definitions at all, the kept ones decode every printed fixture."""
    for _, doctype in released_doctypes():
        try:
            text = decode_td1(doc["td1"], templates=[template_for_doctype(doctype)])
        except Td1Error as error:  # another type's definition: refused, never misread
            assert error.reason == "schema_unknown"
            continue
        assert text == doc["vc_jwt"]
        return
    pytest.fail(f"no kept definition reads {doc['pdf']} of {release}")


def test_a_changed_definition_reads_its_old_codes_by_default() -> None:
    """The commercial invoice gained the Mexican export references after 0.1.0: its
    fingerprint changed, and the 0.1.0 code still decodes through the kept definition."""
    current = doctype_fingerprint(load_doctypes()["commercial-invoice"]).hex()
    assert current != _ledger()["0.1.0"]["commercial-invoice"]
    doc = next(d for r, d in _fixtures() if r == "0.1.0" and d["pdf"].startswith("CI-"))
    assert decode_td1(doc["td1"]) == doc["vc_jwt"]


def test_an_altered_kept_definition_is_refused(tmp_path: Path) -> None:
    source = resource_path(*RELEASED_FOLDER)
    fingerprint = _ledger()["0.1.0"]["packing-list"]
    target = tmp_path / fingerprint
    target.mkdir()
    raw = json.loads((source / fingerprint / "packing-list.json").read_text(encoding="utf-8"))
    raw["sections"][0]["fields"][0]["required"] = not raw["sections"][0]["fields"][0].get("required", False)
    (target / "packing-list.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DocTypeError, match="a kept definition must never change"):
        load_released_doctypes(tmp_path)
    shutil.copyfile(source / fingerprint / "packing-list.json", target / "packing-list.json")
    assert [fp.hex() for fp, _ in load_released_doctypes(tmp_path)] == [fingerprint]
