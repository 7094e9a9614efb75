"""Document-type definitions: every file loads, the loader rejects broken files with a
clear sentence, the QR term tables cover what the mapping writes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from sello.core.documents import doctypes
from sello.core.documents.doctypes import (
    DocTypeError,
    doctype_for_credential,
    get_doctype,
    load_doctype_file,
    load_doctypes,
    static_terms,
)
from sello.core.documents.mapping import build_subject, derive_td1_terms, subject_terms
from sello.core.documents.td1 import td1_schemas
from sello.core.errors import NotFoundError
from sello.core.qr.payload import Td1Schema
from sello.core.resources import load_json_resource, resource_path

EXPECTED = {
    "mill-test-report": ("MillTestReportCredential", "MTR", 1),
    "commercial-invoice": ("CommercialInvoiceCredential", "CI", 2),
    "usmca-certification": ("USMCACertificationOfOrigin", "USMCA", 3),
    "packing-list": ("PackingListCredential", "PL", 4),
    "bill-of-lading": ("MultiModalBillOfLadingCredential", "BOL", 5),
}


def example(doc_id: str) -> dict[str, Any]:
    return load_json_resource("examples", f"{doc_id}.json")


def test_every_definition_file_loads_with_the_expected_types() -> None:
    loaded = load_doctypes()
    assert set(loaded) == set(EXPECTED)
    for doc_id, (credential_type, short_code, code) in EXPECTED.items():
        d = loaded[doc_id]
        assert (d.credential_type, d.short_code, d.td1.code) == (credential_type, short_code, code)
        assert d.title.es and d.title.en
    assert load_doctypes() is loaded  # cached


def test_every_example_file_has_a_definition() -> None:
    names = {p.stem for p in resource_path("examples").glob("*.json")}
    assert names == set(EXPECTED)


def test_get_doctype_by_id_or_credential_type() -> None:
    assert get_doctype("mill-test-report") is get_doctype("MillTestReportCredential")
    with pytest.raises(NotFoundError, match="NoSuchCredential"):
        get_doctype("NoSuchCredential")


def test_doctype_for_credential_reads_the_type_array() -> None:
    credential = {"type": ["VerifiableCredential", "PackingListCredential"]}
    assert doctype_for_credential(credential).id == "packing-list"  # type: ignore[union-attr]
    assert doctype_for_credential({"type": ["VerifiableCredential"]}) is None
    assert doctype_for_credential({"type": "CommercialInvoiceCredential"}).id == "commercial-invoice"  # type: ignore[union-attr]
    assert doctype_for_credential({}) is None


def test_td1_schemas_are_the_frozen_term_lists() -> None:
    schemas = td1_schemas()
    assert [s.code for s in schemas] == [1, 2, 3, 4, 5]
    assert all(isinstance(s, Td1Schema) for s in schemas)
    mtr = schemas[0]
    assert mtr.credential_type == "MillTestReportCredential"
    assert mtr.terms == get_doctype("mill-test-report").td1.terms
    assert "heatNumber" in mtr.terms and "originalCountryOfMeltAndPour" in mtr.terms


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_td1_terms_cover_every_term_the_mapping_writes(doc_id: str) -> None:
    d = get_doctype(doc_id)
    subject = build_subject(d, example(doc_id))
    produced = set(subject_terms(d, subject))
    # every key, every type and every fixed value of the built subject ...
    keys_and_types: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                keys_and_types.add(key)
                if key == "type":
                    keys_and_types.update([value] if isinstance(value, str) else value)
                walk(value)

    walk(subject)
    assert keys_and_types <= set(d.td1.terms)
    assert produced <= set(d.td1.terms)
    # ... and everything the definition could write for other data.
    assert set(static_terms(d)) <= set(d.td1.terms)


def test_frozen_td1_lists_match_what_the_generator_would_keep() -> None:
    # Regenerating with the frozen list as "existing" must append nothing.
    for doc_id in EXPECTED:
        d = get_doctype(doc_id)
        assert derive_td1_terms(d, [example(doc_id)], d.td1.terms) == list(d.td1.terms)


def test_most_frequent_terms_come_first_in_the_mill_test_report() -> None:
    terms = get_doctype("mill-test-report").td1.terms
    assert terms[0] == "type"
    assert terms.index("value") < terms.index("heatNumber")


def test_border_fields_are_emphasized() -> None:
    mtr = get_doctype("mill-test-report")
    emphasized = {ref.pattern for ref in mtr.fields() if ref.field.emphasize}
    assert {
        "heats[].heat_number",
        "heats[].country_of_melt_and_pour",
        "heats[].net_weight",
        "product.hs_code",
    } <= emphasized
    ci = get_doctype("commercial-invoice")
    assert ci.field_ref("items[].hs_code").field.emphasize


def test_field_tree_gives_patterns_labels_and_units() -> None:
    mtr = get_doctype("mill-test-report")
    ref = mtr.field_ref("heats[].chemistry.c")
    assert ref.field.type == "percent" and ref.field.unit == "P1" and ref.field.required
    assert [s.id for s in ref.sections] == ["heats", "chemistry"]
    heats = mtr.section("heats")
    assert heats.repeatable and heats.min_rows == 1 and heats.row_label.es == "Colada"  # type: ignore[union-attr]
    assert mtr.section_at("heats[].mechanical").field("yield_strength").unit == "MPA"
    optional = {f.id for f in heats.section("chemistry").fields if not f.required}
    assert optional == {"al", "cu", "ni", "cr", "mo", "v", "nb", "ti", "b", "n"}
    with pytest.raises(KeyError):
        mtr.field_ref("heats[].chemistry.pb")


def test_pdf_and_summary_hints() -> None:
    mtr = get_doctype("mill-test-report")
    assert mtr.pdf.orientation == "landscape"
    assert [t.id for t in mtr.pdf.tables] == ["heats", "chemistry", "mechanical"]
    assert mtr.summary.title == "certificate.number"
    usmca = get_doctype("usmca-certification")
    assert usmca.statement is not None and usmca.statement.es.startswith("Certifico que")


# -- the loader rejects broken definitions --------------------------------------------


@pytest.fixture
def packing_list_raw() -> dict[str, Any]:
    return json.loads(resource_path("doctypes", "packing-list.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, raw: dict[str, Any], name: str = "packing-list") -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_a_copy_of_a_good_file_loads(tmp_path: Path, packing_list_raw: dict) -> None:
    d = load_doctype_file(write(tmp_path, packing_list_raw))
    assert d.id == "packing-list"


def _first_field(raw: dict) -> dict:
    return raw["sections"][0]["fields"][0]


def _section(raw: dict, section_id: str) -> dict:
    return next(s for s in raw["sections"] if s["id"] == section_id)


BROKEN = [
    (
        "undefined key",
        lambda r: _first_field(r).__setitem__("jsonld", "packingListNumber"),
        "key 'packingListNumber' is not defined by the traceability context for an object of type ['PackingList']",
    ),
    (
        "key of another type",
        lambda r: _first_field(r).__setitem__("jsonld", "heatNumber"),
        "key 'heatNumber' is not defined",
    ),
    (
        "unknown class",
        lambda r: _section(r, "packages").__setitem__("jsonld", "items[]{SteelPackage}"),
        "type 'SteelPackage' is not defined by the traceability context",
    ),
    ("unknown field type", lambda r: _first_field(r).__setitem__("type", "money"), "unknown field type 'money'"),
    (
        "two fields, one place",
        lambda r: r["sections"][0]["fields"][1].__setitem__("jsonld", "identifier"),
        "maps to the same place as",
    ),
    ("bad path", lambda r: _first_field(r).__setitem__("jsonld", "identifier{"), "expected a type name"),
    ("missing td1 term", lambda r: r["td1"]["terms"].remove("heatNumber"), "td1.terms: lacks ['heatNumber']"),
    (
        "label in one language",
        lambda r: _first_field(r).__setitem__("label", {"es": "Número"}),
        'expected {"es": ..., "en": ...}',
    ),
    (
        "rule on a missing field",
        lambda r: r["rules"][0].__setitem__("target", "totals.packages"),
        "no field 'totals.packages'",
    ),
    (
        "unit disagreeing with the path",
        lambda r: _section(r, "packages")["fields"][6].__setitem__("unit", "LBR"),
        "unit 'LBR' disagrees with unitCode=KGM",
    ),
]


@pytest.mark.parametrize(("what", "breaks", "expected"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_definitions_are_rejected_with_file_and_problem(
    tmp_path: Path, packing_list_raw: dict, what: str, breaks: Any, expected: str
) -> None:
    raw = copy.deepcopy(packing_list_raw)
    breaks(raw)
    with pytest.raises(DocTypeError) as info:
        load_doctype_file(write(tmp_path, raw))
    message = str(info.value)
    assert message.startswith("packing-list.json: ")
    assert expected in message


def test_type_clash_between_two_fields_is_named(tmp_path: Path, packing_list_raw: dict) -> None:
    raw = copy.deepcopy(packing_list_raw)
    fields = _section(raw, "packages")["fields"]
    fields[2]["jsonld"] = "product{Product}.batchNumber"  # heat number
    fields.append(
        {"id": "extra", "label": {"es": "x", "en": "x"}, "type": "text", "jsonld": "product{SteelProduct}.heatNumber"}
    )
    with pytest.raises(DocTypeError, match=r"declared as \{Product\} elsewhere and \{SteelProduct\} here"):
        load_doctype_file(write(tmp_path, raw))


def test_file_name_must_match_the_id(tmp_path: Path, packing_list_raw: dict) -> None:
    with pytest.raises(DocTypeError, match="must be kebab-case and match the file name"):
        load_doctype_file(write(tmp_path, packing_list_raw, name="other"))


def test_duplicate_td1_codes_are_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "doctypes"
    folder.mkdir()
    for name in ("packing-list", "bill-of-lading"):
        raw = json.loads(resource_path("doctypes", f"{name}.json").read_text(encoding="utf-8"))
        raw["td1"]["code"] = 9
        (folder / f"{name}.json").write_text(json.dumps(raw), encoding="utf-8")
    monkeypatch.setattr(doctypes, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    load_doctypes.cache_clear()
    try:
        with pytest.raises(DocTypeError, match="td1.code 9 is already used by bill-of-lading"):
            load_doctypes()
    finally:
        load_doctypes.cache_clear()
