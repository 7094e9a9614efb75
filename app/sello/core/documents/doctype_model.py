"""The records a document-type definition becomes (``resources/doctypes/*.json``).

``sello.core.documents.doctypes`` loads and serves them; ``doctype_loader`` reads and checks the
files. Everything here is immutable and free of I/O.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from sello.core.documents.fieldtypes import FIELD_TYPE_NAMES, NUMERIC_TYPE_NAMES
from sello.core.documents.subject_paths import EMPTY_PATH, NodeSpec, SubjectPath

FIELD_TYPES = FIELD_TYPE_NAMES  # every type is defined once, in sello.core.documents.fieldtypes
NUMERIC_TYPES = NUMERIC_TYPE_NAMES
RULE_KINDS = frozenset({"date_order", "max_period", "sum_equals", "not_less_than", "required_with"})


class DocTypeError(RuntimeError):
    """A document-type file is malformed. This is a packaging bug, not user input."""


# -- records ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A text in both UI languages."""

    es: str
    en: str

    def __getitem__(self, lang: str) -> str:
        return self.es if lang == "es" else self.en

    def get(self, lang: str, default: str | None = None) -> str | None:
        return self[lang] if lang in ("es", "en") else default

    def as_dict(self) -> dict[str, str]:
        return {"es": self.es, "en": self.en}


@dataclass(frozen=True)
class EnumOption:
    value: str
    label: Text


@dataclass(frozen=True)
class Validation:
    min: Decimal | None = None
    max: Decimal | None = None
    min_exclusive: Decimal | None = None
    max_decimals: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    pattern_message: Text | None = None
    digits: tuple[int, ...] = ()
    options: tuple[EnumOption, ...] = ()


@dataclass(frozen=True)
class FieldDef:
    id: str
    label: Text
    type: str
    jsonld: str
    path: SubjectPath
    required: bool = False
    help: Text | None = None
    unit: str | None = None
    validation: Validation = field(default_factory=Validation)
    emphasize: bool = False
    default: str | int | None = None
    note: str | None = None

    def option(self, value: str) -> EnumOption | None:
        return next((o for o in self.validation.options if o.value == value), None)


@dataclass(frozen=True)
class Section:
    id: str
    label: Text
    fields: tuple[FieldDef, ...]
    sections: tuple[Section, ...] = ()
    repeatable: bool = False
    min_rows: int = 0
    max_rows: int | None = None
    row_label: Text | None = None
    jsonld: str | None = None
    path: SubjectPath = EMPTY_PATH
    note: str | None = None
    compact: bool = False  # a layout hint: the form puts many short fields to a line, help as tooltips

    def field(self, field_id: str) -> FieldDef:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)


@dataclass(frozen=True)
class Rule:
    """A cross-field rule. ``target`` receives the error; paths use ``[]`` for rows."""

    kind: str
    target: str
    sources: tuple[str, ...]
    tolerance: Decimal | None = None
    months: int | None = None
    label: Text | None = None


@dataclass(frozen=True)
class Summary:
    title: str
    counterparty: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class PdfTable:
    id: str
    source: str
    title: Text
    columns: tuple[str, ...]


@dataclass(frozen=True)
class PdfLayout:
    orientation: str
    header: tuple[str, ...]
    tables: tuple[PdfTable, ...]


@dataclass(frozen=True)
class Td1Block:
    code: int
    terms: tuple[str, ...]


@dataclass(frozen=True)
class FieldRef:
    """A field reached from the top of a document: ``pattern`` like "heats[].chemistry.c",
    ``sections`` the chain of sections that contain it (outermost first)."""

    pattern: str
    field: FieldDef
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class DocType:
    id: str
    credential_type: str
    subject_types: tuple[str, ...]
    title: Text
    short_code: str
    sections: tuple[Section, ...]
    rules: tuple[Rule, ...]
    summary: Summary
    pdf: PdfLayout
    td1: Td1Block
    statement: Text | None = None
    statement_jsonld: str | None = None
    notes: tuple[str, ...] = ()
    source: str = ""
    menu_order: int = 1000  # where lists and menus show this type (smaller first; then by id)

    @property
    def subject_type(self) -> str | list[str]:
        """The ``type`` value of the credential subject, as written in JSON."""
        return self.subject_types[0] if len(self.subject_types) == 1 else list(self.subject_types)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def fields(self) -> Iterator[FieldRef]:
        """Every field, depth first, in form order."""
        yield from _walk_fields(self.sections, "", ())

    @functools.cached_property
    def _by_pattern(self) -> dict[str, FieldRef]:
        return {ref.pattern: ref for ref in self.fields()}

    def field_ref(self, pattern: str) -> FieldRef:
        """The field at ``pattern`` ("customer.name", "heats[].chemistry.c")."""
        try:
            return self._by_pattern[pattern]
        except KeyError:
            raise KeyError(f"{self.id} has no field {pattern!r}") from None

    def section_at(self, pattern: str) -> Section:
        """The section at ``pattern`` ("heats", "heats[].chemistry")."""
        parts = pattern.replace("[]", "").split(".")
        section = self.section(parts[0])
        for part in parts[1:]:
            section = section.section(part)
        return section


def _walk_fields(sections: tuple[Section, ...], prefix: str, chain: tuple[Section, ...]) -> Iterator[FieldRef]:
    for section in sections:
        base = f"{prefix}{section.id}{'[]' if section.repeatable else ''}"
        inner = chain + (section,)
        for f in section.fields:
            yield FieldRef(f"{base}.{f.id}", f, inner)
        yield from _walk_fields(section.sections, base + ".", inner)


# -- public API --------------------------------------------------------------------------


def static_terms(doctype: DocType) -> list[str]:
    """Every JSON key, ``type`` value and fixed string the mapping can write for this
    type, in definition order (what ``td1.terms`` must contain)."""
    terms: list[str] = []

    def add(term: str) -> None:
        if term not in terms:
            terms.append(term)

    def add_node(node: NodeSpec | None) -> None:
        if node:
            for t in node.types:
                add(t)
            for key, value in node.consts:
                add(key)
                add(value)

    add("type")
    for t in doctype.subject_types:
        add(t)
    if doctype.statement_jsonld and doctype.statement:
        add(doctype.statement_jsonld)
        add(doctype.statement.en)

    def add_path(path: SubjectPath) -> None:
        for seg in path.segments:
            add(seg.key)
            if seg.selector:
                add(seg.selector.key)
                add_node(seg.selector.node)
            add_node(seg.node)

    def walk(sections: tuple[Section, ...]) -> None:
        for section in sections:
            add_path(section.path)
            for f in section.fields:
                add_path(f.path)
                for option in f.validation.options:
                    add(option.value)
            walk(section.sections)

    walk(doctype.sections)
    return terms


# -- loading and checking -----------------------------------------------------------------
