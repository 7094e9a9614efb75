"""The shipped document types as the TD1 codec sees them: term tables and templates.

`install()` hands them to `sello.core.qr.installed` (called when `sello.core.documents`
is imported), so the codec knows the document types without importing them: the
dependency points from documents to the codec, never back.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

from sello.core import jcs
from sello.core.documents import mapping
from sello.core.documents.doctype_loader import load_file
from sello.core.documents.doctypes import DocType, DocTypeError, load_doctypes
from sello.core.documents.fieldtypes import type_of
from sello.core.documents.vocabulary import traceability_vocabulary
from sello.core.qr import installed
from sello.core.qr.schema import Td1Schema
from sello.core.qr.template import (
    FINGERPRINT_BYTES,
    FINGERPRINT_LABEL,
    Td1Template,
    TemplateField,
    TemplateSection,
)
from sello.core.resources import resource_path


def td1_schemas() -> list[Td1Schema]:
    """The QR codec's per-type term tables, ordered by code."""
    return [
        Td1Schema(code=d.td1.code, credential_type=d.credential_type, terms=d.td1.terms)
        for d in sorted(load_doctypes().values(), key=lambda d: d.td1.code)
    ]


def template_for_doctype(doctype: DocType) -> Td1Template:
    """The template of a document type; its subject is rebuilt with `sello.core.documents.mapping`."""

    def section(raw: Any) -> TemplateSection:
        fields = tuple(
            TemplateField(
                f.id,
                type_of(f).td1_kind,
                bool(f.required),
                tuple(o.value for o in f.validation.options) if type_of(f).options else (),
            )
            for f in raw.fields
        )
        return TemplateSection(raw.id, bool(raw.repeatable), fields, tuple(section(s) for s in raw.sections))

    return Td1Template(
        code=doctype.td1.code,
        credential_type=doctype.credential_type,
        title=doctype.title.en,
        fingerprint=doctype_fingerprint(doctype),
        sections=tuple(section(s) for s in doctype.sections),
        build_subject=lambda data: mapping.fill_subject(doctype, data),
        subject_to_data=lambda subject: mapping.subject_to_data(doctype, subject),
    )


def doctype_fingerprint(doctype: DocType) -> bytes:
    """First 4 bytes of SHA-256 over the RFC 8785 JSON of what the rebuild depends on:
    the credential and subject types, the statement, and every section and field in
    order with its id, type, requiredness, JSON-LD path and enum options."""

    def section(raw: Any) -> list[Any]:
        fields = [
            [f.id, f.type, bool(f.required), f.jsonld, [o.value for o in f.validation.options]] for f in raw.fields
        ]
        return [raw.id, bool(raw.repeatable), raw.jsonld, fields, [section(s) for s in raw.sections]]

    statement = doctype.statement.en if doctype.statement else None
    description = [
        FINGERPRINT_LABEL,
        doctype.credential_type,
        list(doctype.subject_types),
        doctype.statement_jsonld,
        statement,
        [section(s) for s in doctype.sections],
    ]
    return hashlib.sha256(jcs.dumps(description)).digest()[:FINGERPRINT_BYTES]


_templates_by_doctype: dict[int, tuple[Any, Td1Template]] = {}


def installed_templates() -> dict[int, Td1Template]:
    """The shipped document types' templates by code (built once per loaded definition)."""
    out: dict[int, Td1Template] = {}
    for doctype in load_doctypes().values():  # a broken definition raises: a packaging bug
        cached = _templates_by_doctype.get(id(doctype))
        if cached is None or cached[0] is not doctype:
            cached = (doctype, template_for_doctype(doctype))
            _templates_by_doctype[id(doctype)] = cached
        out[cached[1].code] = cached[1]
    return out


RELEASED_FOLDER = ("doctypes", "released")


@functools.cache
def released_doctypes() -> tuple[tuple[bytes, DocType], ...]:
    """Every kept definition printed by a release (docs/td1-format.md §5)."""
    return load_released_doctypes(resource_path(*RELEASED_FOLDER))


def load_released_doctypes(folder: Path) -> tuple[tuple[bytes, DocType], ...]:
    """The definitions in ``folder/<fingerprint>/<id>.json``. A kept file whose fingerprint
    differs from its folder's name was altered: a packaging bug, raises DocTypeError."""
    vocab = traceability_vocabulary()
    out: list[tuple[bytes, DocType]] = []
    for path in sorted(folder.glob("*/*.json")):
        doctype = load_file(path, vocab)
        fingerprint = doctype_fingerprint(doctype)
        if fingerprint.hex() != path.parent.name:
            raise DocTypeError(
                f"released/{path.parent.name}/{path.name}: its fingerprint is {fingerprint.hex()}; "
                "a kept definition must never change"
            )
        out.append((fingerprint, doctype))
    return tuple(out)


@functools.cache
def released_templates() -> tuple[Td1Template, ...]:
    """Templates of the kept definitions that differ from today's (decoding only)."""
    current = {(t.code, t.fingerprint) for t in installed_templates().values()}
    templates = (template_for_doctype(d) for _, d in released_doctypes())
    return tuple(t for t in templates if (t.code, t.fingerprint) not in current)


def install() -> None:
    """Make the shipped document types the TD1 codec's defaults, and the kept earlier
    definitions its readers of older codes."""
    installed.install(
        schemas=td1_schemas, templates=lambda: list(installed_templates().values()), released=released_templates
    )
