"""Document types as data: ``resources/doctypes/<id>.json`` (format: docs/doctypes.md).

Forms, validation, credential building, the QR codec's term tables and the PDF all
read the definitions served here. Loading checks every file completely
(``doctype_loader``) and raises ``DocTypeError`` naming the file and the problem, so a
broken definition stops the app at start-up instead of producing a credential that
loses data. The records themselves live in ``doctype_model`` and are re-exported here.
"""

from __future__ import annotations

import functools
from typing import Any

from sello.core.documents.doctype_loader import load_doctype_file, load_file
from sello.core.documents.doctype_model import (
    FIELD_TYPES,
    NUMERIC_TYPES,
    RULE_KINDS,
    DocType,
    DocTypeError,
    EnumOption,
    FieldDef,
    FieldRef,
    PdfLayout,
    PdfTable,
    Rule,
    Section,
    Summary,
    Td1Block,
    Text,
    Validation,
    static_terms,
)
from sello.core.documents.vocabulary import traceability_vocabulary
from sello.core.errors import NotFoundError
from sello.core.i18n import Message
from sello.core.resources import resource_path

__all__ = [
    "FIELD_TYPES",
    "NUMERIC_TYPES",
    "RULE_KINDS",
    "DocType",
    "DocTypeError",
    "EnumOption",
    "FieldDef",
    "FieldRef",
    "PdfLayout",
    "PdfTable",
    "Rule",
    "Section",
    "Summary",
    "Td1Block",
    "Text",
    "Validation",
    "doctype_for_credential",
    "get_doctype",
    "load_doctype_file",
    "load_doctypes",
    "ordered_doctypes",
    "static_terms",
]


@functools.cache
def load_doctypes() -> dict[str, DocType]:
    """All document types keyed by id, checked; cached for the process."""
    folder = resource_path("doctypes")
    files = sorted(p for p in folder.glob("*.json"))
    if not files:
        raise DocTypeError(f"No document types found in {folder}.")
    vocab = traceability_vocabulary()
    result: dict[str, DocType] = {}
    codes: dict[int, str] = {}
    for path in files:
        doctype = load_file(path, vocab)
        if doctype.id in result:
            raise DocTypeError(f"{path.name}: id {doctype.id!r} is used twice.")
        if doctype.td1.code in codes:
            raise DocTypeError(
                f"{path.name}: td1.code {doctype.td1.code} is already used by {codes[doctype.td1.code]}."
            )
        codes[doctype.td1.code] = doctype.id
        result[doctype.id] = doctype
    credential_types = [d.credential_type for d in result.values()]
    if len(set(credential_types)) != len(credential_types):
        raise DocTypeError("Two document types declare the same credential_type.")
    return result


def get_doctype(id_or_credential_type: str) -> DocType:
    """A document type by id ("mill-test-report") or credential type
    ("MillTestReportCredential")."""
    doctypes = load_doctypes()
    if id_or_credential_type in doctypes:
        return doctypes[id_or_credential_type]
    for doctype in doctypes.values():
        if doctype.credential_type == id_or_credential_type:
            return doctype
    raise NotFoundError(Message("doctype.unknown", id_or_credential_type=id_or_credential_type))


def doctype_for_credential(credential: dict[str, Any]) -> DocType | None:
    """The document type whose credential type appears in ``credential["type"]``."""
    types = credential.get("type") if isinstance(credential, dict) else None
    if isinstance(types, str):
        types = [types]
    if not isinstance(types, list):
        return None
    for doctype in load_doctypes().values():
        if doctype.credential_type in types:
            return doctype
    return None


def ordered_doctypes() -> list[DocType]:
    """The installed document types in the order lists and menus show them (`menu_order`)."""
    return sorted(load_doctypes().values(), key=lambda d: (d.menu_order, d.id))
