"""Read and check one document-type file into a ``DocType`` (format: docs/doctypes.md).

Every problem raises ``DocTypeError`` naming the file and what is wrong. Besides the
file's shape it checks the JSON-LD mapping against the shipped traceability context
(every key defined for the object it lands in, shared objects typed alike, no two
fields writing the same member) and that ``td1.terms`` lists every term the mapping
can write.
"""

from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sello.core.documents import refdata
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
from sello.core.documents.subject_paths import EMPTY_PATH, NodeSpec, PathSyntaxError, SubjectPath, parse_path
from sello.core.documents.vocabulary import Vocabulary, traceability_vocabulary

_ID_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_FIELD_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class _Checker:
    """Reads one file; every problem raises DocTypeError prefixed with the file name."""

    def __init__(self, path: Path, vocab: Vocabulary) -> None:
        self.path = path
        self.vocab = vocab
        self.node_specs: dict[str, NodeSpec] = {}
        self.leaves: dict[str, str] = {}

    def fail(self, where: str, problem: str) -> DocTypeError:
        return DocTypeError(f"{self.path.name}: {where}: {problem}")

    def require(self, obj: dict, key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if key not in obj:
            raise self.fail(where, f"missing {key!r}")
        value = obj[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(where, f"{key!r} has the wrong kind of value")
        return value

    def text(self, value: Any, where: str) -> Text:
        if not isinstance(value, dict) or set(value) != {"es", "en"}:
            raise self.fail(where, 'expected {"es": ..., "en": ...}')
        if not all(isinstance(v, str) and v.strip() for v in value.values()):
            raise self.fail(where, "both es and en texts must be non-empty strings")
        return Text(value["es"], value["en"])

    def decimal(self, value: Any, where: str) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise self.fail(where, "expected a number")
        try:
            return Decimal(str(value))
        except InvalidOperation:
            raise self.fail(where, f"{value!r} is not a number") from None

    def path_of(self, text: Any, where: str) -> SubjectPath:
        if not isinstance(text, str):
            raise self.fail(where, "'jsonld' must be a string path")
        try:
            return parse_path(text)
        except PathSyntaxError as exc:
            raise self.fail(where, str(exc)) from None

    # The mapping places each value by walking the path from a "root" node (the
    # subject, or one element of a repeatable section's list). Check that every key
    # is defined for the node it lands in and that shared nodes agree on their type.
    def check_path(
        self,
        root_types: tuple[str, ...],
        root_id: str,
        path: SubjectPath,
        where: str,
        *,
        leaf: bool,
    ) -> tuple[tuple[str, ...], str]:
        types = root_types
        identity = root_id
        for index, seg in enumerate(path.segments):
            last = index == len(path.segments) - 1
            allowed = self.vocab.keys_for(types)
            if seg.key not in allowed:
                raise self.fail(
                    where,
                    f"key {seg.key!r} is not defined by the traceability context for an object "
                    f"of type {list(types) or '(none)'}",
                )
            identity = f"{identity}.{seg.identity()}"
            if seg.selector:
                sel = seg.selector
                if seg.node is None:
                    raise self.fail(where, f"list element {seg.identity()} needs a {{Type}}")
                if sel.key not in self.vocab.keys_for(seg.node.types):
                    raise self.fail(where, f"selector key {sel.key!r} is not defined for {list(seg.node.types)}")
                self.check_node(sel.node, f"{identity}.{sel.key}", where)
            if seg.rows and not (last and not leaf):
                raise self.fail(where, "'[]' may only end a repeatable section's path")
            if seg.node is not None:
                if last and leaf:
                    raise self.fail(where, "the last segment receives the value; it cannot carry a {Type}")
                self.check_node(seg.node, identity, where)
                types = seg.node.types
            elif not (last and leaf):
                if seg.rows:
                    raise self.fail(where, "a repeatable section's path must end with '[]{Type}'")
                types = ()
        if leaf:
            if identity in self.leaves:
                raise self.fail(where, f"maps to the same place as {self.leaves[identity]}")
            self.leaves[identity] = where
        return types, identity

    def check_node(self, node: NodeSpec, identity: str, where: str) -> None:
        for type_name in node.types:
            if not self.vocab.is_type(type_name):
                raise self.fail(where, f"type {type_name!r} is not defined by the traceability context")
        allowed = self.vocab.keys_for(node.types)
        for key, _ in node.consts:
            if key not in allowed:
                raise self.fail(where, f"constant key {key!r} is not defined for {list(node.types)}")
        known = self.node_specs.get(identity)
        if known is not None and known != node:
            raise self.fail(
                where, f"the object at {identity!r} is declared as {known.text()} elsewhere and {node.text()} here"
            )
        self.node_specs[identity] = node

    def field(self, raw: Any, where: str, root_types: tuple[str, ...], root_id: str, prefix: SubjectPath) -> FieldDef:
        if not isinstance(raw, dict):
            raise self.fail(where, "a field must be an object")
        fid = self.require(raw, "id", str, where)
        where = f"{where} ({fid})"
        if not _FIELD_ID_RE.match(fid):
            raise self.fail(where, "field ids are lower_snake_case")
        ftype = self.require(raw, "type", str, where)
        if ftype not in FIELD_TYPES:
            raise self.fail(where, f"unknown field type {ftype!r} (known: {', '.join(sorted(FIELD_TYPES))})")
        unit = raw.get("unit")
        if unit is not None and not refdata.is_unit(unit):
            raise self.fail(where, f"unit {unit!r} is not in resources/data/units.json")
        jsonld = self.require(raw, "jsonld", str, where)
        path = self.path_of(jsonld, where)
        if any(s.rows for s in path.segments):
            raise self.fail(where, "a field path cannot contain '[]'")
        full = prefix + path
        self.check_path(root_types, root_id, full, where, leaf=True)
        if unit is not None and len(full.segments) >= 2:
            parent = full.segments[-2].node
            declared = dict(parent.consts).get("unitCode") if parent else None
            if declared is not None and declared != unit:
                raise self.fail(where, f"unit {unit!r} disagrees with unitCode={declared} in the path")
        validation = self.validation(raw.get("validation", {}), ftype, where)
        default = raw.get("default")
        if default is not None and not isinstance(default, (str, int)):
            raise self.fail(where, "'default' must be a string or an integer")
        return FieldDef(
            id=fid,
            label=self.text(raw.get("label"), f"{where} label"),
            type=ftype,
            jsonld=jsonld,
            path=path,
            required=bool(raw.get("required", False)),
            help=self.text(raw["help"], f"{where} help") if "help" in raw else None,
            unit=unit,
            validation=validation,
            emphasize=bool(raw.get("emphasize", False)),
            default=default,
            note=raw.get("note"),
        )

    def validation(self, raw: Any, ftype: str, where: str) -> Validation:
        if not isinstance(raw, dict):
            raise self.fail(where, "'validation' must be an object")
        known = {
            "min",
            "max",
            "min_exclusive",
            "max_decimals",
            "min_length",
            "max_length",
            "pattern",
            "pattern_message",
            "digits",
            "options",
        }
        unknown = set(raw) - known
        if unknown:
            raise self.fail(where, f"unknown validation keys {sorted(unknown)}")
        options: list[EnumOption] = []
        if ftype == "enum":
            raw_options = raw.get("options")
            if not isinstance(raw_options, list) or not raw_options:
                raise self.fail(where, "an enum field needs validation.options")
            for o in raw_options:
                if not isinstance(o, dict) or not isinstance(o.get("value"), str):
                    raise self.fail(where, "each option needs a string 'value'")
                options.append(
                    EnumOption(
                        o["value"], self.text({"es": o.get("es"), "en": o.get("en")}, f"{where} option {o['value']}")
                    )
                )
        elif "options" in raw:
            raise self.fail(where, "only enum fields have options")
        digits = tuple(raw.get("digits", (6, 8, 10) if ftype == "hs_code" else ()))
        if ftype == "hs_code" and (not digits or not set(digits) <= {6, 8, 10}):
            raise self.fail(where, "hs_code digits must be chosen from 6, 8 and 10")
        pattern = raw.get("pattern")
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise self.fail(where, f"bad pattern: {exc}") from None
            if "pattern_message" not in raw:
                raise self.fail(where, "a pattern needs a pattern_message {es, en}")
        return Validation(
            min=self.decimal(raw.get("min"), where),
            max=self.decimal(raw.get("max"), where),
            min_exclusive=self.decimal(raw.get("min_exclusive"), where),
            max_decimals=raw.get("max_decimals"),
            min_length=raw.get("min_length"),
            max_length=raw.get("max_length"),
            pattern=pattern,
            pattern_message=(self.text(raw["pattern_message"], where) if "pattern_message" in raw else None),
            digits=digits,
            options=tuple(options),
        )

    def section(self, raw: Any, where: str, root_types: tuple[str, ...], root_id: str, prefix: SubjectPath) -> Section:
        if not isinstance(raw, dict):
            raise self.fail(where, "a section must be an object")
        sid = self.require(raw, "id", str, where)
        where = f"{where} {sid}"
        if not _FIELD_ID_RE.match(sid):
            raise self.fail(where, "section ids are lower_snake_case")
        repeatable = bool(raw.get("repeatable", False))
        jsonld = raw.get("jsonld")
        path = self.path_of(jsonld, where) if jsonld is not None else EMPTY_PATH
        if repeatable:
            if not path.segments or not path.segments[-1].rows or path.segments[-1].node is None:
                raise self.fail(where, "a repeatable section needs a jsonld path ending in 'key[]{Type}'")
            _, list_identity = self.check_path(root_types, root_id, prefix + path, where, leaf=False)
            child_types = path.segments[-1].node.types
            child_root, child_prefix = list_identity, EMPTY_PATH
        else:
            if path.segments and path.segments[-1].node is None:
                raise self.fail(where, "a section path must end with a {Type}")
            # Fields walk the whole prefix from the same root, which checks every key.
            child_types, child_root, child_prefix = root_types, root_id, prefix + path
        fields_raw = raw.get("fields", [])
        sections_raw = raw.get("sections", [])
        if not isinstance(fields_raw, list) or not isinstance(sections_raw, list):
            raise self.fail(where, "'fields' and 'sections' must be lists")
        if not fields_raw and not sections_raw:
            raise self.fail(where, "a section needs fields or sections")
        fields = tuple(self.field(f, f"{where} field", child_types, child_root, child_prefix) for f in fields_raw)
        sections = tuple(self.section(s, f"{where} >", child_types, child_root, child_prefix) for s in sections_raw)
        ids = [f.id for f in fields] + [s.id for s in sections]
        if len(set(ids)) != len(ids):
            raise self.fail(where, "field and section ids must be unique within a section")
        min_rows = raw.get("min", 1 if repeatable else 0)
        max_rows = raw.get("max")
        if repeatable and "row_label" not in raw:
            raise self.fail(where, "a repeatable section needs a row_label {es, en}")
        compact = raw.get("compact", False)
        if not isinstance(compact, bool):
            raise self.fail(where, "'compact' must be true or false")
        return Section(
            id=sid,
            label=self.text(raw.get("label"), f"{where} label"),
            fields=fields,
            sections=sections,
            repeatable=repeatable,
            min_rows=min_rows,
            max_rows=max_rows,
            row_label=self.text(raw["row_label"], where) if "row_label" in raw else None,
            jsonld=jsonld,
            path=path,
            note=raw.get("note"),
            compact=compact,
        )


def load_doctype_file(path: Path, *, check_td1: bool = True) -> DocType:
    """Load and check one definition file. ``check_td1=False`` is for the maintainer
    tool that appends new terms to ``td1.terms``; the app always checks."""
    return load_file(path, traceability_vocabulary(), check_td1=check_td1)


def load_file(path: Path, vocab: Vocabulary, *, check_td1: bool = True) -> DocType:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DocTypeError(f"{path.name}: cannot be read as JSON: {exc}") from None
    c = _Checker(path, vocab)
    if not isinstance(raw, dict):
        raise c.fail("top level", "expected an object")
    doc_id = c.require(raw, "id", str, "top level")
    if not _ID_RE.match(doc_id) or path.stem != doc_id:
        raise c.fail("id", f"{doc_id!r} must be kebab-case and match the file name")
    credential_type = c.require(raw, "credential_type", str, "top level")
    if not vocab.is_type(credential_type):
        raise c.fail("credential_type", f"{credential_type!r} is not defined by the traceability context")
    subject_raw = c.require(raw, "subject_type", (str, list), "top level")
    subject_types = (subject_raw,) if isinstance(subject_raw, str) else tuple(subject_raw)
    if not subject_types:
        raise c.fail("subject_type", "must name at least one type")
    for t in subject_types:
        if not isinstance(t, str) or not vocab.is_type(t):
            raise c.fail("subject_type", f"{t!r} is not defined by the traceability context")
    statement = c.text(raw["statement"], "statement") if "statement" in raw else None
    statement_jsonld = raw.get("statement_jsonld")
    if statement_jsonld is not None:
        if statement is None or statement_jsonld not in vocab.keys_for(subject_types):
            raise c.fail("statement_jsonld", "needs a statement and a key defined for the subject type")
        c.leaves[f".{statement_jsonld}"] = "statement"
    sections_raw = c.require(raw, "sections", list, "top level")
    sections = tuple(c.section(s, "section", subject_types, "", EMPTY_PATH) for s in sections_raw)
    if len({s.id for s in sections}) != len(sections):
        raise c.fail("sections", "section ids must be unique")
    notes_raw = raw.get("note", [])
    notes = (notes_raw,) if isinstance(notes_raw, str) else tuple(notes_raw)
    td1_raw = c.require(raw, "td1", dict, "top level")
    code = c.require(td1_raw, "code", int, "td1")
    terms = c.require(td1_raw, "terms", list, "td1")
    if code < 1 or not all(isinstance(t, str) and t for t in terms) or len(set(terms)) != len(terms):
        raise c.fail("td1", "code must be ≥ 1 and terms unique non-empty strings")
    doctype = DocType(
        id=doc_id,
        credential_type=credential_type,
        subject_types=subject_types,
        title=c.text(raw.get("title"), "title"),
        short_code=c.require(raw, "short_code", str, "top level"),
        sections=sections,
        rules=(),
        summary=Summary("", None, None),
        pdf=PdfLayout("portrait", (), ()),
        td1=Td1Block(code, tuple(terms)),
        statement=statement,
        statement_jsonld=statement_jsonld,
        notes=notes,
        source=str(path),
        menu_order=c.require(raw, "menu_order", int, "top level") if "menu_order" in raw else 1000,
    )
    # Parts that refer to fields are read once the field tree exists.
    rules = tuple(_rule(c, doctype, r, i) for i, r in enumerate(raw.get("rules", [])))
    summary = _summary(c, doctype, c.require(raw, "summary", dict, "top level"))
    pdf = _pdf(c, doctype, c.require(raw, "pdf", dict, "top level"))
    missing = [t for t in static_terms(doctype) if t not in doctype.td1.terms]
    if missing and check_td1:
        raise c.fail("td1.terms", f"lacks {missing}; append them (the list is append-only)")
    return dataclasses.replace(doctype, rules=rules, summary=summary, pdf=pdf)


def _field_pattern(c: _Checker, doctype: DocType, pattern: Any, where: str) -> FieldRef:
    if not isinstance(pattern, str):
        raise c.fail(where, "expected a field path such as 'customer.name'")
    try:
        return doctype.field_ref(pattern)
    except KeyError:
        raise c.fail(where, f"no field {pattern!r}") from None


def _rule(c: _Checker, doctype: DocType, raw: Any, index: int) -> Rule:
    where = f"rules[{index}]"
    if not isinstance(raw, dict):
        raise c.fail(where, "a rule must be an object")
    kind = c.require(raw, "kind", str, where)
    if kind not in RULE_KINDS:
        raise c.fail(where, f"unknown rule kind {kind!r}")
    target = _field_pattern(c, doctype, raw.get("target"), where)
    sources_raw = c.require(raw, "sources", list, where)
    sources = [_field_pattern(c, doctype, s, where) for s in sources_raw]
    if not sources:
        raise c.fail(where, "a rule needs at least one source")
    if kind in ("date_order", "max_period"):
        if target.field.type != "date" or any(s.field.type != "date" for s in sources):
            raise c.fail(where, f"{kind} works on date fields")
    if kind in ("sum_equals", "not_less_than"):
        if target.field.type not in NUMERIC_TYPES or any(s.field.type not in NUMERIC_TYPES for s in sources):
            raise c.fail(where, f"{kind} works on numeric fields")
    if kind in ("not_less_than", "required_with", "date_order", "max_period"):
        rows = {p.pattern.rpartition("[]")[0] for p in [target, *sources]}
        if len(rows) != 1:
            raise c.fail(where, f"{kind} compares fields of the same row")
    if kind == "max_period" and not isinstance(raw.get("months"), int):
        raise c.fail(where, "max_period needs 'months'")
    if kind == "sum_equals" and "label" not in raw:
        raise c.fail(where, "sum_equals needs a label {es, en} naming what is summed")
    return Rule(
        kind=kind,
        target=target.pattern,
        sources=tuple(s.pattern for s in sources),
        tolerance=c.decimal(raw.get("tolerance", "0"), where),
        months=raw.get("months"),
        label=c.text(raw["label"], where) if "label" in raw else None,
    )


def _summary(c: _Checker, doctype: DocType, raw: dict) -> Summary:
    title = _field_pattern(c, doctype, raw.get("title"), "summary.title").pattern
    counterparty = raw.get("counterparty")
    date = raw.get("date")
    for key, value in (("counterparty", counterparty), ("date", date)):
        if value is not None:
            ref = _field_pattern(c, doctype, value, f"summary.{key}")
            if "[]" in ref.pattern:
                raise c.fail(f"summary.{key}", "must be a field outside repeatable sections")
    return Summary(title, counterparty, date)


def _pdf(c: _Checker, doctype: DocType, raw: dict) -> PdfLayout:
    orientation = raw.get("orientation", "portrait")
    if orientation not in ("portrait", "landscape"):
        raise c.fail("pdf.orientation", "portrait or landscape")
    header = tuple(raw.get("header", []))
    for pattern in header:
        _field_pattern(c, doctype, pattern, "pdf.header")
    tables: list[PdfTable] = []
    for i, t in enumerate(raw.get("tables", [])):
        where = f"pdf.tables[{i}]"
        table_id = c.require(t, "id", str, where)
        source = c.require(t, "source", str, where)
        try:
            section = doctype.section_at(source)
        except KeyError:
            raise c.fail(where, f"no section {source!r}") from None
        if not section.repeatable:
            raise c.fail(where, f"{source!r} is not a repeatable section")
        columns = tuple(c.require(t, "columns", list, where))
        prefix = source if source.endswith("[]") else source + "[]"
        for column in columns:
            _field_pattern(c, doctype, f"{prefix}.{column}", where)
        tables.append(PdfTable(table_id, source, c.text(t.get("title"), where), columns))
    return PdfLayout(orientation, header, tuple(tables))
