"""Form data <-> ``credentialSubject`` (W3C CCG traceability JSON-LD), driven by the
document-type definitions.

Each field's ``jsonld`` path (grammar in ``subject_paths``) says where its value
goes; repeatable sections become JSON lists. ``subject_to_data`` walks the same
paths backwards, so ``subject_to_data(d, build_subject(d, data))`` gives back the
canonical form of ``data``. Decimal values travel as JSON strings ("0.180") so the
printed precision survives signing and the QR round trip; integers as numbers.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sello.core.documents.doctypes import (
    DocType,
    FieldDef,
    Section,
    load_doctype_file,
    load_doctypes,
    static_terms,
)
from sello.core.documents.fieldtypes import type_of
from sello.core.documents.subject_paths import EMPTY_PATH, Segment, SelectorIndex, SubjectPath
from sello.core.documents.validation import normalize_data, normalize_value
from sello.core.documents.vocabulary import traceability_vocabulary
from sello.core.paths import atomic_write

BASE_CREDENTIAL_TYPE = "VerifiableCredential"


def credential_types(doctype: DocType) -> list[str]:
    """The credential's ``type`` array, e.g. ["VerifiableCredential", "MillTestReportCredential"]."""
    return [BASE_CREDENTIAL_TYPE, doctype.credential_type]


# -- data -> subject ------------------------------------------------------------------------


def build_subject(doctype: DocType, data: dict) -> dict:
    """The ``credentialSubject`` for form data; raises InvalidDocumentError if invalid."""
    return fill_subject(doctype, normalize_data(doctype, data))


def fill_subject(doctype: DocType, canonical: dict) -> dict:
    """The ``credentialSubject`` for data already in canonical form, without validating.

    The QR decoder rebuilds signed subjects with this: a later, stricter validation rule
    must not stop an already printed document from being read (the signature decides).
    """
    subject: dict[str, Any] = {"type": doctype.subject_type}
    if doctype.statement and doctype.statement_jsonld:
        subject[doctype.statement_jsonld] = doctype.statement.en
    _fill_sections(doctype.sections, canonical, subject, EMPTY_PATH, SelectorIndex())
    return subject


def _fill_sections(
    sections: tuple[Section, ...], data: dict, root: dict, prefix: SubjectPath, index: SelectorIndex
) -> None:
    for section in sections:
        value = data.get(section.id)
        if value is None:
            continue
        if section.repeatable:
            full = prefix + section.path
            parent = root
            for seg in full.segments[:-1]:
                parent = _child_for_write(parent, seg, index)
            last = full.segments[-1]
            assert last.node is not None
            elements = []
            for row in value:
                element = last.node.new_node()
                _fill_body(section, row, element, EMPTY_PATH, index)
                elements.append(element)
            parent[last.key] = elements
        else:
            _fill_body(section, value, root, prefix + section.path, index)


def _fill_body(section: Section, data: dict, root: dict, prefix: SubjectPath, index: SelectorIndex) -> None:
    for f in section.fields:
        if f.id in data:
            segments = (prefix + f.path).segments
            node = root
            for seg in segments[:-1]:
                node = _child_for_write(node, seg, index)
            node[segments[-1].key] = _to_json(f, data[f.id])
    _fill_sections(section.sections, data, root, prefix, index)


def _child_for_write(node: dict, seg: Segment, index: SelectorIndex) -> dict:
    if seg.selector is not None:
        assert seg.node is not None
        elements = node.setdefault(seg.key, [])
        found = index.find(elements, seg.selector)
        if found is not None:
            return found
        element = seg.node.new_node()
        element[seg.selector.key] = seg.selector.node.new_node()
        elements.append(element)
        index.added(elements, element)
        return element
    child = node.get(seg.key)
    if child is None:
        child = seg.node.new_node() if seg.node else {}
        node[seg.key] = child
    return child


def _to_json(field: FieldDef, value: Any) -> Any:
    return type_of(field).to_json(value)


# -- subject -> data ------------------------------------------------------------------------


def subject_to_data(doctype: DocType, subject: dict) -> dict:
    """Form data (canonical) read back from a credential subject.

    Lenient with credentials from elsewhere: a single object where a list is
    expected counts as a one-element list, unknown members are ignored, and a value
    that does not pass the field's checks is kept as text so it can still be shown.
    """
    if not isinstance(subject, dict):
        return {}
    return _read_sections(doctype.sections, subject, EMPTY_PATH, SelectorIndex())


def _read_sections(sections: tuple[Section, ...], root: dict, prefix: SubjectPath, index: SelectorIndex) -> dict:
    out: dict[str, Any] = {}
    for section in sections:
        if section.repeatable:
            full = prefix + section.path
            parent: Any = root
            for seg in full.segments[:-1]:
                parent = _child_for_read(parent, seg, index)
            items = parent.get(full.segments[-1].key) if isinstance(parent, dict) else None
            if isinstance(items, dict):
                items = [items]
            if isinstance(items, list):
                rows = [_read_body(section, e, EMPTY_PATH, index) for e in items if isinstance(e, dict)]
                if rows:
                    out[section.id] = rows
        else:
            body = _read_body(section, root, prefix + section.path, index)
            if body:
                out[section.id] = body
    return out


def _read_body(section: Section, root: dict, prefix: SubjectPath, index: SelectorIndex) -> dict:
    out: dict[str, Any] = {}
    for f in section.fields:
        segments = (prefix + f.path).segments
        node: Any = root
        for seg in segments[:-1]:
            node = _child_for_read(node, seg, index)
        if not isinstance(node, dict):
            continue
        value = _from_json(f, node.get(segments[-1].key))
        if value is not None:
            out[f.id] = value
    out.update(_read_sections(section.sections, root, prefix, index))
    return out


def _child_for_read(node: Any, seg: Segment, index: SelectorIndex) -> Any:
    if not isinstance(node, dict):
        return None
    value = node.get(seg.key)
    if seg.selector is not None:
        if isinstance(value, dict):
            return value if seg.selector.matches(value) else None
        if not isinstance(value, list):
            return None
        return index.find(value, seg.selector)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, dict) else None


def _from_json(field: FieldDef, value: Any) -> Any:
    if value is None or isinstance(value, (dict, list)):
        return None
    try:
        return normalize_value(field, value)
    except ValueError:
        return value if isinstance(value, str) else str(value)


# -- helpers for lists, the QR codec and the tests ---------------------------------------------


@dataclass(frozen=True)
class DocSummary:
    """What a list of documents shows: its number/title, the other party, a date."""

    title: str
    counterparty: str | None
    date: str | None


def summary_of(doctype: DocType, data: dict) -> DocSummary:
    def value_at(pattern: str | None) -> str | None:
        if not pattern:
            return None
        node: Any = data
        for part in pattern.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        return None if node is None else str(node)

    return DocSummary(
        value_at(doctype.summary.title) or "", value_at(doctype.summary.counterparty), value_at(doctype.summary.date)
    )


def undefined_terms(subject: dict) -> list[str]:
    """Keys or types in a subject that the traceability context does not define for
    the object they sit in (empty: JSON-LD processing keeps every member)."""
    return traceability_vocabulary().undefined_terms(subject)


def subject_terms(doctype: DocType, subject: Any) -> Counter[str]:
    """How often each JSON key, and each string value that is one of the type's fixed
    terms, occurs in a subject."""
    fixed = set(static_terms(doctype))
    counts: Counter[str] = Counter()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                counts[key] += 1
                walk(value)
        elif isinstance(node, str) and node in fixed:
            counts[node] += 1

    walk(subject)
    return counts


def derive_td1_terms(doctype: DocType, samples: Iterable[dict], existing: Iterable[str] = ()) -> list[str]:
    """The td1 term list: ``existing`` unchanged (the list is append-only), then every
    fixed term the mapping can write, most frequent in ``samples`` (form data) first."""
    counts: Counter[str] = Counter()
    for data in samples:
        counts.update(subject_terms(doctype, build_subject(doctype, data)))
    kept = list(existing)
    order = {term: i for i, term in enumerate(static_terms(doctype))}
    new = [t for t in order if t not in kept]
    new.sort(key=lambda t: (-counts[t], order[t]))
    return kept + new


def new_form_data(doctype: DocType) -> dict:
    """An empty form: field defaults filled in, each repeatable section with its minimum rows."""

    def body(section: Section) -> dict:
        out: dict[str, Any] = {f.id: f.default for f in section.fields if f.default is not None}
        out.update(sections(section.sections))
        return out

    def sections(items: tuple[Section, ...]) -> dict:
        out: dict[str, Any] = {}
        for s in items:
            if s.repeatable:
                out[s.id] = [body(s) for _ in range(max(s.min_rows, 0))]
            else:
                content = body(s)
                if content:
                    out[s.id] = content
        return out

    return sections(doctype.sections)


def update_td1_file(path: Path, samples: Iterable[dict]) -> list[str]:
    """Maintainer tool: append the terms a definition file lacks to its ``td1.terms``
    (existing terms keep their positions: QR codes already printed depend on them).
    Returns the appended terms. Usage, after adding a field:

        python -c "import json, pathlib; from sello.core.documents.mapping import update_td1_file; \
print(update_td1_file(pathlib.Path('resources/doctypes/X.json'), \
[json.load(open('resources/examples/X.json'))]))"
    """
    doctype = load_doctype_file(path, check_td1=False)
    raw = json.loads(path.read_text(encoding="utf-8"))
    existing = list(raw["td1"]["terms"])
    terms = derive_td1_terms(doctype, samples, existing)
    raw["td1"]["terms"] = terms
    atomic_write(path, (json.dumps(raw, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    load_doctypes.cache_clear()
    return terms[len(existing) :]
