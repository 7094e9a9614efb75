"""Field types are defined once (``sello.core.documents.fieldtypes``): every record has every
facet, every type a shipped document type uses is registered, and the validation, TD1,
mapping, PDF, verify-view and form-editor code keeps no per-type table of its own."""

from __future__ import annotations

import ast
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from sello.core.documents.doctypes import (
    DocTypeError,
    EnumOption,
    FieldDef,
    Text,
    Validation,
    load_doctype_file,
    load_doctypes,
)
from sello.core.documents.fieldtype_values import InvalidValue
from sello.core.documents.fieldtypes import ALIGNMENTS, EDITOR_KINDS, REGISTRY, field_type
from sello.core.documents.subject_paths import EMPTY_PATH
from sello.core.documents.td1 import doctype_fingerprint, released_doctypes
from sello.core.qr.template import KIND_DATE, KIND_DECIMAL, KIND_ENUM, KIND_INTEGER, KIND_TEXT
from sello.core.resources import resource_path

APP = Path(__file__).resolve().parents[4] / "app" / "sello"

# a valid typed value for each type, and what it becomes
SAMPLES = {
    "text": (" Acero ", "Acero"),
    "multiline": ("a  \r\nb", "a\nb"),
    "date": ("2024-03-01", "2024-03-01"),
    "integer": (" 12 ", 12),
    "decimal": ("1,250.50", "1250.50"),
    "percent": ("0,18", "0.18"),
    "country": ("mx", "MX"),
    "locode": ("us lrd", "USLRD"),
    "hs_code": ("7208510060", "7208.51.0060"),
    "incoterm": ("fca", "FCA"),
    "unit": ("kgm", "KGM"),
    "currency": ("usd", "USD"),
    "enum": ("3.1", "3.1"),
    "rfc": ("ano-850101-ab1", "ANO850101AB1"),
    "email": (" ventas@acero.mx ", "ventas@acero.mx"),
    "pedimento": ("26 24 3420 6001234", "262434206001234"),
}


def _field(kind: str) -> FieldDef:
    options = (EnumOption("3.1", Text("3.1 — Certificado", "3.1 — Certificate")),)
    rules = Validation(digits=(6, 8, 10), options=options, min=Decimal(0))
    return FieldDef("f", Text("Campo", "Field"), kind, "field", EMPTY_PATH, validation=rules)


def test_the_registry_names_sixteen_types_and_each_has_a_sample() -> None:
    assert set(REGISTRY) == set(SAMPLES)
    assert all(name == record.name for name, record in REGISTRY.items())


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_type_has_every_facet(name: str) -> None:
    kind = field_type(name)
    field = _field(name)
    typed, canonical = SAMPLES[name]
    assert kind.canonical(field, typed) == canonical
    with pytest.raises(InvalidValue) as refused:
        kind.canonical(field, ["not", "a", "value"])
    assert set(refused.value.message) == {"es", "en"} and all(refused.value.message.values())
    printed = kind.display(field, str(canonical), None, False)
    assert isinstance(printed, str) and printed
    assert kind.display(field, str(canonical), "es", True)
    assert kind.td1_kind in {KIND_TEXT, KIND_INTEGER, KIND_DECIMAL, KIND_DATE, KIND_ENUM}
    assert kind.editor in EDITOR_KINDS and kind.align in ALIGNMENTS
    assert (kind.align == "right") == kind.numeric == (kind.editor == "number")
    assert kind.to_json(canonical) == canonical  # what the credential carries is the canonical value
    assert (kind.editor == "code") == (kind.codes is not None)
    if kind.codes is not None:
        assert canonical in {code for code, _ in kind.codes("es")}
    assert kind.options == (kind.editor == "enum") == (kind.td1_kind == KIND_ENUM)
    if kind.example is not None:
        assert set(kind.example) == {"es", "en"} and kind.example["es"] != kind.example["en"]


def test_every_type_a_shipped_or_released_document_type_uses_is_registered() -> None:
    doctypes = [*load_doctypes().values(), *(d for _, d in released_doctypes())]
    used = {ref.field.type for d in doctypes for ref in d.fields()}
    assert used and used <= set(REGISTRY)


# -- no per-type table left outside the registry --------------------------------------------------

CONSULTERS = [
    "core/documents/field_values.py",
    "core/documents/td1.py",
    "core/documents/mapping.py",
    "core/documents/validation.py",
    "core/documents/validation_messages.py",
    "core/documents/pdf/layout.py",
    "core/verification/view.py",
    "ui/forms/editors.py",
    "ui/forms/choices.py",
    "ui/forms/sections.py",
    "ui/forms/field_row.py",
]


def _per_type_code(source: str) -> list[str]:
    """Comparisons with a type name (``kind == "integer"``), and literal sets or dicts naming two or more types
    (tuples are left alone: they list JSON keys such as "country" and "rfc" elsewhere)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            editor = any(isinstance(s, ast.Attribute) and s.attr == "editor" for s in sides)
            named = {c.value for s in sides for c in ast.walk(s) if isinstance(c, ast.Constant) and c.value in REGISTRY}
            if named and not editor:
                found.append(f"line {node.lineno}: compares with the type name(s) {sorted(named)}")
        if isinstance(node, (ast.Set, ast.Dict)):  # a set of types, or a table keyed by type
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            names = {i.value for i in items if isinstance(i, ast.Constant) and i.value in REGISTRY}
            if len(names) >= 2 and not names <= EDITOR_KINDS:
                found.append(f"line {node.lineno}: a table of types {sorted(names)}")
    return found


@pytest.mark.parametrize("module", CONSULTERS)
def test_the_modules_consult_the_registry_instead_of_a_table_of_their_own(module: str) -> None:
    assert _per_type_code((APP / module).read_text(encoding="utf-8")) == []


def test_the_table_finder_finds_what_it_looks_for() -> None:
    assert _per_type_code('NUMERIC = frozenset({"integer", "decimal"})')
    assert _per_type_code('if field.type == "percent":\n    pass')
    assert _per_type_code('if f.type in ("date", "enum"):\n    pass')
    assert _per_type_code('kind = field.type\nif kind in ("text", "multiline"):\n    pass')
    assert not _per_type_code('if kind.editor == "enum":\n    pass')
    assert not _per_type_code('_EDITORS = {"enum": 1, "date": 2, "code": 3}')


# -- layout hints live in the document-type files --------------------------------------------------


def _mtr_raw() -> dict[str, Any]:
    return json.loads(resource_path("doctypes", "mill-test-report.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, raw: dict[str, Any]) -> Path:
    path = tmp_path / "mill-test-report.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_the_compact_hint_comes_from_the_file_and_names_the_chemistry_of_a_heat() -> None:
    compact = [
        ref.pattern.rsplit(".", 1)[0]
        for d in load_doctypes().values()
        for ref in d.fields()
        if ref.sections[-1].compact
    ]
    assert set(compact) == {"heats[].chemistry"}


def test_the_compact_hint_is_not_part_of_the_td1_fingerprint(tmp_path: Path) -> None:
    raw = _mtr_raw()
    shipped = load_doctype_file(_write(tmp_path, raw))
    heats = next(s for s in raw["sections"] if s["id"] == "heats")
    del next(s for s in heats["sections"] if s["id"] == "chemistry")["compact"]
    plain = load_doctype_file(_write(tmp_path, raw))
    assert not plain.section_at("heats.chemistry").compact and shipped.section_at("heats.chemistry").compact
    assert doctype_fingerprint(plain) == doctype_fingerprint(shipped)


def test_a_compact_hint_that_is_not_a_boolean_is_refused(tmp_path: Path) -> None:
    raw = _mtr_raw()
    raw["sections"][0]["compact"] = "yes"
    with pytest.raises(DocTypeError, match="'compact' must be true or false"):
        load_doctype_file(_write(tmp_path, raw))


def test_an_unknown_field_type_is_refused_naming_the_known_ones(tmp_path: Path) -> None:
    raw = _mtr_raw()
    raw["sections"][0]["fields"][0]["type"] = "money"
    with pytest.raises(DocTypeError) as refused:
        load_doctype_file(_write(tmp_path, raw))
    assert "unknown field type 'money'" in str(refused.value) and "pedimento" in str(refused.value)
