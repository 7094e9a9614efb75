"""From a document type and its signed credential to what the page shows (`DocumentView`).

Everything printed comes from the signed credential, read back into form data with
`sello.core.documents.mapping.subject_to_data`, and is placed by the definition's `pdf` hints:

- the title bar carries the type's title and the `summary.title` field (the number);
- `pdf.header` fields form the "Datos del documento" grid;
- sections that describe a party (a `name` plus address fields) become side-by-side
  boxes with the address joined into one value;
- other single sections (route, certificate, period, signature) become field grids,
  before or after the tables as the definition orders them; long free text goes to
  "Observaciones / Remarks" at the end;
- `pdf.tables` become tables, and row values no table column prints get one more
  table per section (nothing signed is left off the paper); a `sum_equals` rule whose sources are all columns of a
  table prints its target (a total field) in that table's last row; the other fields of
  a `totals` section form a "Totales" grid;
- the type's certification `statement` is printed in both languages, followed by the
  fields of a section with id "signature" (who certifies, and when).

Nothing is computed that the credential does not say: totals are the signed fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sello.core.credentials.credential import parse_datetime
from sello.core.documents import refdata
from sello.core.documents.doctypes import DocType, FieldDef, PdfTable, Section, Text
from sello.core.documents.fieldtype_display import group_thousands  # noqa: F401  (re-exported)
from sello.core.documents.fieldtypes import type_of
from sello.core.documents.mapping import subject_to_data
from sello.core.documents.pdf.model import Bilingual, BlockView, ColumnView, DocumentView, FieldView, TableView
from sello.core.documents.spec_checks import check_spec

ADDRESS_FIELDS = ("street", "city", "region", "postal_code", "country")
_ADDRESS_LABEL = Bilingual("Domicilio", "Address")
_TOTAL = "Total"
_COMPACT_COLUMNS = 10  # tables with more columns print in the compact size
SIGNATURE_SECTION = "signature"  # a section of this id is printed with the statement


def bilingual(text: Text) -> Bilingual:
    return Bilingual(text.es, text.en)


# -- values ---------------------------------------------------------------------------------


def format_value(field: FieldDef, value: Any, *, in_table: bool = False) -> str:
    """A field's value as printed; codes stay visible next to their names."""
    if value is None or value == "":
        return ""
    return type_of(field).display(field, str(value), None, in_table)


def _unit_of(field: FieldDef) -> str:
    return refdata.unit_symbol(field.unit) if field.unit else ""


def field_view(field: FieldDef, value: Any, label: Bilingual | None = None) -> FieldView:
    text = format_value(field, value)
    unit = _unit_of(field)
    if text and unit:
        text = f"{text} {unit}"
    return FieldView(label or bilingual(field.label), text, emphasize=field.emphasize and len(text) <= 24)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def header_label(section: Section, field: FieldDef) -> Bilingual:
    """A header field's label with its section's name when the label alone is vague:
    a "name" field is the section itself ("Transportista / Carrier"); a label of one or
    two words gets the section as prefix ("Periodo general: desde / Blanket period: from")."""
    if field.id == "name":
        return bilingual(section.label)
    if len(field.label.es.split()) <= 2:
        return Bilingual(
            f"{section.label.es}: {_lower_first(field.label.es)}", f"{section.label.en}: {_lower_first(field.label.en)}"
        )
    return bilingual(field.label)


def _value_at(data: Mapping[str, Any], pattern: str) -> Any:
    node: Any = data
    for part in pattern.replace("[]", "").split("."):
        node = node.get(part) if isinstance(node, Mapping) else None
    return node


# -- sections --------------------------------------------------------------------------------


def is_party(section: Section) -> bool:
    ids = {field.id for field in section.fields}
    return not section.repeatable and "name" in ids and bool(ids & set(ADDRESS_FIELDS))


def _address(section: Section, values: Mapping[str, Any]) -> str:
    parts = []
    street = values.get("street")
    if street:
        parts.append(str(street))
    city_line = " ".join(str(values[key]) for key in ("postal_code", "city") if values.get(key))
    if city_line:
        parts.append(city_line)
    if values.get("region"):
        parts.append(str(values["region"]))
    if values.get("country"):
        country = section.field("country")
        parts.append(format_value(country, values["country"]))
    return ", ".join(parts)


def party_block(section: Section, values: Mapping[str, Any]) -> BlockView | None:
    fields: list[FieldView] = []
    address_done = False
    for field in section.fields:
        if field.id in ADDRESS_FIELDS:
            if not address_done:
                address = _address(section, values)
                if address:
                    fields.append(FieldView(_ADDRESS_LABEL, address))
                address_done = True
            continue
        if values.get(field.id) not in (None, ""):
            fields.append(field_view(field, values[field.id]))
    return BlockView(bilingual(section.label), tuple(fields)) if fields else None


# -- tables ----------------------------------------------------------------------------------


def _row_prefix(table: PdfTable) -> str:
    return table.source if table.source.endswith("[]") else table.source + "[]"


def table_view(
    doctype: DocType, table: PdfTable, rows: list[Mapping[str, Any]], data: Mapping[str, Any]
) -> tuple[TableView, set[str]]:
    """The table, and the total fields it printed in its last row."""
    prefix = _row_prefix(table)
    refs = [doctype.field_ref(f"{prefix}.{column}").field for column in table.columns]
    units = {_unit_of(field) for field in refs if type_of(field).numeric}
    shared_unit = units.pop() if len(units) == 1 else None
    unit_in_title = bool(shared_unit) and f"({shared_unit})" in table.title.es
    columns = tuple(
        ColumnView(
            bilingual(field.label),
            "" if unit_in_title else _unit_of(field),
            type_of(field).align,
        )
        for field in refs
    )
    body = tuple(
        tuple(
            format_value(field, _value_at(row, column), in_table=True)
            for field, column in zip(refs, table.columns, strict=False)
        )
        for row in rows
    )
    totals, used = _totals_row(doctype, table, data, refs)
    view = TableView(bilingual(table.title), columns, body, totals, compact=len(columns) >= _COMPACT_COLUMNS)
    return view, used


def _totals_row(
    doctype: DocType, table: PdfTable, data: Mapping[str, Any], refs: list[FieldDef]
) -> tuple[tuple[str, ...] | None, set[str]]:
    prefix = _row_prefix(table)
    patterns = [f"{prefix}.{column}" for column in table.columns]
    cells = [""] * len(patterns)
    used: set[str] = set()
    for rule in doctype.rules:
        if rule.kind != "sum_equals" or "[]" in rule.target:
            continue
        if len(rule.sources) != 1 or rule.sources[0] not in patterns:
            continue  # a total that adds more than one column (freight...) is not a column sum
        value = _value_at(data, rule.target)
        if value in (None, ""):
            continue
        index = patterns.index(rule.sources[0])
        cells[index] = format_value(doctype.field_ref(rule.target).field, value)
        used.add(rule.target)
    if not used:
        return None, used
    if not cells[0]:
        cells[0] = _TOTAL
    return tuple(cells), used


def row_fields(section: Section, prefix: str = "") -> list[tuple[str, FieldDef]]:
    """(pattern relative to a row, field) of every field in one row of a repeatable
    section, nested single sections included ("chemistry.c")."""
    found = [(prefix + field.id, field) for field in section.fields]
    for sub in section.sections:
        if not sub.repeatable:
            found += row_fields(sub, f"{prefix}{sub.id}.")
    return found


def leftover_table(doctype: DocType, section: Section, rows: list[Mapping[str, Any]]) -> TableView | None:
    """The values of a repeatable section that no `pdf.tables` column prints, as one more
    table (keyed by the first column of the section's first table), so that nothing
    signed is left off the paper; None when every value is printed."""
    tables = [table for table in doctype.pdf.tables if table.source.removesuffix("[]") == section.id]
    printed = {column for table in tables for column in table.columns}
    missing = [
        (pattern, field)
        for pattern, field in row_fields(section)
        if pattern not in printed and any(_value_at(row, pattern) not in (None, "") for row in rows)
    ]
    if not missing:
        return None
    key = [tables[0].columns[0]] if tables else []
    columns = [*[(pattern, doctype.field_ref(f"{section.id}[].{pattern}").field) for pattern in key], *missing]
    view = TableView(
        Bilingual(f"{section.label.es}: otros datos", f"{section.label.en}: other details")
        if tables
        else bilingual(section.label),
        tuple(ColumnView(bilingual(field.label), _unit_of(field), type_of(field).align) for _, field in columns),
        tuple(
            tuple(format_value(field, _value_at(row, pattern), in_table=True) for pattern, field in columns)
            for row in rows
        ),
        compact=len(columns) >= _COMPACT_COLUMNS,
    )
    return view


# -- the whole document ------------------------------------------------------------------------


def _issue_date(credential: Mapping[str, Any]) -> str:
    moment = parse_datetime(credential.get("validFrom"))
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else str(credential.get("validFrom", ""))


def _valid_until(credential: Mapping[str, Any]) -> str | None:
    moment = parse_datetime(credential.get("validUntil"))
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else None


def _grid_fields(section: Section, values: Mapping[str, Any], skip: set[str], prefix: str) -> list[FieldView]:
    """The section's short fields not shown elsewhere, nested single sections included."""
    fields = [
        field_view(field, values[field.id])
        for field in section.fields
        if f"{prefix}{field.id}" not in skip and values.get(field.id) not in (None, "") and not type_of(field).block
    ]
    for sub in section.sections:
        if not sub.repeatable and isinstance(values.get(sub.id), Mapping):
            fields += _grid_fields(sub, values[sub.id], skip, f"{prefix}{sub.id}.")
    return fields


def _long_texts(section: Section, values: Mapping[str, Any]) -> list[FieldView]:
    """Multi-line free text (remarks), printed at the end."""
    found = [
        field_view(field, values[field.id]) for field in section.fields if type_of(field).block and values.get(field.id)
    ]
    for sub in section.sections:
        if not sub.repeatable and isinstance(values.get(sub.id), Mapping):
            found += _long_texts(sub, values[sub.id])
    return found


def document_view(doctype: DocType, credential: Mapping[str, Any]) -> DocumentView:
    """What the printed page of `credential` shows, laid out by `doctype`'s hints."""
    subject = credential.get("credentialSubject")
    if isinstance(subject, list):
        subject = subject[0] if subject else {}
    data = subject_to_data(doctype, subject if isinstance(subject, dict) else {})

    number_ref = doctype.field_ref(doctype.summary.title)
    number = format_value(number_ref.field, _value_at(data, doctype.summary.title))
    header_patterns = [p for p in doctype.pdf.header if p != doctype.summary.title]
    party_ids = {section.id for section in doctype.sections if is_party(section)}

    number_section = doctype.summary.title.split(".")[0]
    header = []
    for pattern in header_patterns:
        if pattern.split(".")[0] in party_ids:
            continue  # shown in full in the party's box
        value = _value_at(data, pattern)
        if value in (None, ""):
            continue
        ref = doctype.field_ref(pattern)
        section = ref.sections[-1]
        label = bilingual(ref.field.label) if section.id == number_section else header_label(section, ref.field)
        header.append(field_view(ref.field, value, label))

    tables: list[TableView] = []
    used_totals: set[str] = set()
    for table in doctype.pdf.tables:
        rows = data.get(table.source.removesuffix("[]")) or []
        if rows:
            view, used = table_view(doctype, table, rows, data)
            tables.append(view)
            used_totals |= used
    for section in doctype.sections:
        if section.repeatable:
            extra = leftover_table(doctype, section, data.get(section.id) or [])
            if extra:
                tables.append(extra)

    blocks: list[BlockView] = []
    before: list[tuple[Bilingual, list[FieldView]]] = []
    after: list[tuple[Bilingual, list[FieldView]]] = []
    notes: list[FieldView] = []
    signature: list[FieldView] = []
    seen_table = False
    shown = {doctype.summary.title, *header_patterns, *used_totals}
    for section in doctype.sections:
        values = data.get(section.id)
        if section.repeatable:
            seen_table = True
            continue
        if not isinstance(values, Mapping):
            continue
        if section.id in party_ids:
            block = party_block(section, values)
            if block:
                blocks.append(block)
            continue
        notes += _long_texts(section, values)
        fields = _grid_fields(section, values, shown, f"{section.id}.")
        if section.id == SIGNATURE_SECTION:
            signature += fields  # printed under the certification statement, as on the paper form
        elif fields:
            (after if seen_table or section.id == "totals" else before).append((bilingual(section.label), fields))

    return DocumentView(
        title=bilingual(doctype.title),
        number_label=bilingual(number_ref.field.label),
        number=number,
        issue_date=_issue_date(credential),
        credential_id=str(credential.get("id", "")),
        header=tuple(header),
        blocks=tuple(blocks),
        groups_before=tuple((title, tuple(fields)) for title, fields in before),
        tables=tuple(tables),
        groups_after=tuple((title, tuple(fields)) for title, fields in after),
        statement=bilingual(doctype.statement) if doctype.statement else None,
        signature=tuple(signature),
        valid_until=_valid_until(credential),
        orientation="landscape" if doctype.pdf.orientation == "landscape" else "portrait",
        notes=tuple(notes),
        conformity=_conformity(doctype, data),
    )


def _conformity(doctype: DocType, data: Mapping[str, Any]) -> Bilingual | None:
    """ "Conforme a / Conforms to …" when the signed values were checked, every heat in full,
    against a cited grade table and all are within it (`spec_checks.SpecReport.conformity`)."""
    report = check_spec(doctype, data)
    line = report.conformity() if report else None
    return Bilingual(line["es"], line["en"]) if line else None
