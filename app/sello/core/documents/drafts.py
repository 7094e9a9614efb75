"""Shipment drafts and the address book, kept in the profile's SQLite tables.

A draft is a document being filled: its document type, the raw form data (what the
user typed, as ``validation`` expects it) and where the user left off (``DraftUiState``:
the section and field that had the focus, the scroll position, notes shown above the
form). The Shipments page saves it about a second after the last change, so a crash
loses at most a couple of seconds of typing.

The address book remembers the parties (customer, consignee, seller...) and products
of documents already issued, so the next document picks them instead of retyping.
Which sections hold a party or a product is read from the document-type definitions:
a party section has the address fields below (``PARTY_FIELDS``); a product section has
a description and an HS code.
"""

from __future__ import annotations

import builtins
import copy
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sello.core.credentials.jws import parse_compact_jws
from sello.core.documents.doctypes import DocType, Section, get_doctype
from sello.core.documents.mapping import new_form_data, subject_to_data, summary_of
from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.storage import documents as documents_table
from sello.core.storage.db import Database, utc_now
from sello.core.storage.lookup import like_contains
from sello.core.storage.settings import delete_setting, get_setting, set_setting

# Fields every party section shares (an organisation and its address).
PARTY_FIELDS = ("name", "tax_id", "street", "city", "region", "postal_code", "country", "phone", "email")
# Fields that describe a product rather than one shipment of it.
PRODUCT_FIELDS = (
    "description",
    "hs_code",
    "standard",
    "grade",
    "heat_treatment",
    "country_of_origin",
    "quantity_unit",
    "origin_criterion",
)
LAST_DRAFT_SETTING = "shipments.last_draft.{profile}"
MAX_BOOK_ENTRIES = 200  # what a search returns at most


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftUiState:
    """Where the user left a draft: the focused field's path ("heats[1].chemistry.c"),
    its section, the form's scroll position, and notes shown above the form
    (``{"es": ..., "en": ...}`` each, e.g. what a CFDI import assumed)."""

    focus: str = ""
    section: str = ""
    scroll: int = 0
    notes: tuple[dict[str, str], ...] = ()

    def to_json(self) -> str:
        value = asdict(self)
        value["notes"] = [dict(n) for n in self.notes]
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> DraftUiState:
        try:
            raw = json.loads(text or "{}")
        except ValueError:
            return cls()
        if not isinstance(raw, dict):
            return cls()
        notes = raw.get("notes")
        return cls(
            focus=str(raw.get("focus") or ""),
            section=str(raw.get("section") or ""),
            scroll=int(raw["scroll"]) if isinstance(raw.get("scroll"), int) else 0,
            notes=tuple({"es": str(n.get("es", "")), "en": str(n.get("en", ""))} for n in notes if isinstance(n, dict))
            if isinstance(notes, list)
            else (),
        )


@dataclass(frozen=True)
class ShipmentDraft:
    id: int
    profile_id: str
    doctype: str
    data: dict[str, Any]
    ui_state: DraftUiState
    updated_at: str


@dataclass(frozen=True)
class DraftSummary:
    """A line of the drafts list."""

    id: int
    doctype: str
    title: str
    counterparty: str
    updated_at: str


@dataclass(frozen=True)
class IssuedSummary:
    """A line of the recently issued list (the Documents page shows them all)."""

    id: str
    doctype: str
    title: str
    counterparty: str
    issued_at: str
    pdf_path: str
    revoked_at: str | None = None  # shown wherever the document is listed


@dataclass(frozen=True)
class Party:
    id: int
    role: str  # the section it was saved from: customer, consignee, seller...
    name: str
    data: dict[str, str] = field(default_factory=dict)
    updated_at: str = ""

    def one_line(self) -> str:
        """ "Lone Star Steel LLC — Houston, US" (what a picker shows)."""
        place = ", ".join(v for v in (self.data.get("city"), self.data.get("country")) if v)
        return f"{self.name} — {place}" if place else self.name


@dataclass(frozen=True)
class Product:
    id: int
    name: str
    data: dict[str, str] = field(default_factory=dict)
    updated_at: str = ""

    def one_line(self) -> str:
        code = self.data.get("hs_code")
        return f"{self.name} — {code}" if code else self.name


# -- which sections hold what -------------------------------------------------------------------


def is_party_section(section: Section) -> bool:
    ids = {f.id for f in section.fields}
    return not section.repeatable and {"name", "country"} <= ids and len(ids & set(PARTY_FIELDS)) >= 4


def is_product_section(section: Section) -> bool:
    ids = {f.id for f in section.fields}
    types = {f.type for f in section.fields}
    return "description" in ids and "hs_code" in types


def party_sections(doctype: DocType) -> list[Section]:
    return [s for s in doctype.sections if is_party_section(s)]


def product_sections(doctype: DocType) -> list[Section]:
    return [s for s in doctype.sections if is_product_section(s)]


def party_values(section: Section, data: dict[str, Any]) -> dict[str, str]:
    """The address-book part of one filled party section."""
    ids = {f.id for f in section.fields}
    return {
        k: str(data[k]).strip()
        for k in PARTY_FIELDS
        if k in ids and data.get(k) not in (None, "") and str(data[k]).strip()
    }


def product_values(section: Section, data: dict[str, Any]) -> dict[str, str]:
    ids = {f.id for f in section.fields}
    return {
        k: str(data[k]).strip()
        for k in PRODUCT_FIELDS
        if k in ids and data.get(k) not in (None, "") and str(data[k]).strip()
    }


def fill_section(section: Section, target: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    """``target`` (one section's data) with the address-book ``values`` its fields accept."""
    ids = {f.id for f in section.fields}
    out = dict(target)
    out.update({k: v for k, v in values.items() if k in ids})
    return out


# -- drafts --------------------------------------------------------------------------------------


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _load(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class DraftStore:
    """One company profile's drafts. Every method is one short SQLite transaction."""

    def __init__(self, db: Database, profile_id: str) -> None:
        self.db = db
        self.profile_id = profile_id

    def create(
        self, doctype: str, data: dict[str, Any] | None = None, ui_state: DraftUiState | None = None
    ) -> ShipmentDraft:
        """A new draft; without ``data``, an empty form with the type's defaults."""
        kind = get_doctype(doctype)
        content = copy.deepcopy(data) if data is not None else new_form_data(kind)
        state = ui_state or DraftUiState()
        now = utc_now()
        cursor = self.db.execute(
            "INSERT INTO drafts (profile_id, doctype, data_json, ui_state, updated_at) VALUES (?, ?, ?, ?, ?)",
            (self.profile_id, kind.id, _dump(content), state.to_json(), now),
        )
        return ShipmentDraft(int(cursor.lastrowid or 0), self.profile_id, kind.id, content, state, now)

    def save(self, draft_id: int, data: dict[str, Any], ui_state: DraftUiState | None = None) -> str:
        """Store the form's current content (the autosave); returns the time saved."""
        now = utc_now()
        if ui_state is None:
            cursor = self.db.execute(
                "UPDATE drafts SET data_json = ?, updated_at = ? WHERE id = ? AND profile_id = ?",
                (_dump(data), now, draft_id, self.profile_id),
            )
        else:
            cursor = self.db.execute(
                "UPDATE drafts SET data_json = ?, ui_state = ?, updated_at = ? WHERE id = ? AND profile_id = ?",
                (_dump(data), ui_state.to_json(), now, draft_id, self.profile_id),
            )
        if cursor.rowcount != 1:
            raise NotFoundError(Message("drafts.gone", draft_id=draft_id))
        return now

    def get(self, draft_id: int) -> ShipmentDraft:
        row = self.db.query_one("SELECT * FROM drafts WHERE id = ? AND profile_id = ?", (draft_id, self.profile_id))
        if row is None:
            raise NotFoundError(Message("drafts.gone", draft_id=draft_id))
        return ShipmentDraft(
            row["id"],
            row["profile_id"],
            row["doctype"],
            _load(row["data_json"]),
            DraftUiState.from_json(row["ui_state"]),
            row["updated_at"],
        )

    def list(self) -> list[DraftSummary]:
        """Every draft of the profile, the most recently changed first."""
        rows = self.db.query(
            "SELECT id, doctype, data_json, updated_at FROM drafts WHERE profile_id = ?"
            " ORDER BY updated_at DESC, id DESC",
            (self.profile_id,),
        )
        out = []
        for row in rows:
            title, counterparty = "", ""
            try:
                summary = summary_of(get_doctype(row["doctype"]), _load(row["data_json"]))
                title, counterparty = summary.title, summary.counterparty or ""
            except NotFoundError:  # a type this version no longer ships: still listed, can be deleted
                pass
            out.append(DraftSummary(row["id"], row["doctype"], title, counterparty, row["updated_at"]))
        return out

    def delete(self, draft_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE id = ? AND profile_id = ?", (draft_id, self.profile_id))
            if self.last_opened() == draft_id:
                self.set_last_opened(None)

    # -- copies ---------------------------------------------------------------------------------
    def copy_draft(self, draft_id: int) -> ShipmentDraft:
        """ "New shipment from this one": the draft's data without its document number."""
        source = self.get(draft_id)
        kind = get_doctype(source.doctype)
        return self.create(kind.id, without_number(kind, source.data))

    def copy_document(self, document_id: str) -> ShipmentDraft:
        """A draft holding an issued document's data (read back from its signed credential)."""
        document = documents_table.find_document(self.db, document_id)
        if document is None or document.profile_id != self.profile_id:
            raise NotFoundError(Message("drafts.document_not_found", document_id=document_id))
        kind = get_doctype(document.doctype)
        data = document_data(kind, documents_table.document_token(self.db, document_id))
        return self.create(kind.id, without_number(kind, data))

    # -- where the user left --------------------------------------------------------------------
    def _setting(self) -> str:
        return LAST_DRAFT_SETTING.format(profile=self.profile_id)

    def set_last_opened(self, draft_id: int | None) -> None:
        if draft_id is None:
            delete_setting(self.db, self._setting())
        else:
            set_setting(self.db, self._setting(), str(draft_id))

    def last_opened(self) -> int | None:
        """The draft that was open when the app last closed (or crashed), if it still exists."""
        value = get_setting(self.db, self._setting())
        if value is None or not value.isdigit():
            return None
        draft_id = int(value)
        exists = self.db.query_one("SELECT 1 FROM drafts WHERE id = ? AND profile_id = ?", (draft_id, self.profile_id))
        return draft_id if exists else None

    def recent_documents(self, limit: int = 30) -> builtins.list[IssuedSummary]:
        return [
            IssuedSummary(d.id, d.doctype, d.title, d.counterparty, d.issued_at, str(d.pdf_path or ""), d.revoked_at)
            for d in documents_table.recent_documents(self.db, self.profile_id, limit)
        ]


def without_number(doctype: DocType, data: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``data`` without the document's own number (its summary title field):
    a new document needs a new number."""
    out = copy.deepcopy(data)
    section_id, _, field_id = doctype.summary.title.partition(".")
    section = out.get(section_id)
    if isinstance(section, dict):
        section.pop(field_id, None)
    return out


def document_data(doctype: DocType, vc_jwt: str) -> dict[str, Any]:
    """Form data read back from a signed document (no verification: it is our own record)."""

    try:
        payload = json.loads(parse_compact_jws(vc_jwt).payload)
    except Exception as exc:  # a damaged record: say so instead of crashing
        raise InputError(Message("drafts.unreadable")) from exc
    subject = payload.get("credentialSubject") if isinstance(payload, dict) else None
    if isinstance(subject, list):
        subject = subject[0] if subject else None
    if not isinstance(subject, dict):
        raise InputError(Message("drafts.no_content"))
    return subject_to_data(doctype, subject)


# -- address book -----------------------------------------------------------------------------


class AddressBook:
    """Parties and products saved from earlier documents, most recently used first."""

    def __init__(self, db: Database, profile_id: str) -> None:
        self.db = db
        self.profile_id = profile_id

    def parties(self, search: str = "") -> list[Party]:
        rows = self.db.query(
            "SELECT * FROM parties WHERE profile_id = ? AND name LIKE ? ESCAPE '\\'"
            " ORDER BY updated_at DESC, id DESC LIMIT ?",
            (self.profile_id, like_contains(search.strip()), MAX_BOOK_ENTRIES),
        )
        return [Party(r["id"], r["role"], r["name"], _strings(_load(r["data_json"])), r["updated_at"]) for r in rows]

    def products(self, search: str = "") -> list[Product]:
        rows = self.db.query(
            "SELECT * FROM products WHERE profile_id = ? AND name LIKE ? ESCAPE '\\'"
            " ORDER BY updated_at DESC, id DESC LIMIT ?",
            (self.profile_id, like_contains(search.strip()), MAX_BOOK_ENTRIES),
        )
        return [Product(r["id"], r["name"], _strings(_load(r["data_json"])), r["updated_at"]) for r in rows]

    def save_party(self, role: str, values: dict[str, str]) -> Party:
        """Add a party, or update the one with the same name (case-insensitive)."""
        name = (values.get("name") or "").strip()
        if not name:
            raise InputError(Message("drafts.party_needs_name"))
        now = utc_now()
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM parties WHERE profile_id = ? AND lower(name) = lower(?)", (self.profile_id, name)
            ).fetchone()
            if row:
                conn.execute(
                    "UPDATE parties SET role = ?, name = ?, data_json = ?, updated_at = ? WHERE id = ?",
                    (role, name, _dump(values), now, row["id"]),
                )
                party_id = int(row["id"])
            else:
                cursor = conn.execute(
                    "INSERT INTO parties (profile_id, role, name, data_json, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (self.profile_id, role, name, _dump(values), now),
                )
                party_id = int(cursor.lastrowid or 0)
        return Party(party_id, role, name, dict(values), now)

    def save_product(self, values: dict[str, str]) -> Product:
        """Add a product, or update the one with the same description (case-insensitive)."""
        name = (values.get("description") or "").strip()
        if not name:
            raise InputError(Message("drafts.product_needs_description"))
        now = utc_now()
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT id, data_json FROM products WHERE profile_id = ? AND lower(name) = lower(?)",
                (self.profile_id, name),
            ).fetchone()
            if row:
                merged = {**_strings(_load(row["data_json"])), **values}  # an invoice line keeps the MTR's grade
                conn.execute(
                    "UPDATE products SET name = ?, data_json = ?, updated_at = ? WHERE id = ?",
                    (name, _dump(merged), now, row["id"]),
                )
                return Product(int(row["id"]), name, merged, now)
            cursor = conn.execute(
                "INSERT INTO products (profile_id, name, data_json, updated_at) VALUES (?, ?, ?, ?)",
                (self.profile_id, name, _dump(values), now),
            )
        return Product(int(cursor.lastrowid or 0), name, dict(values), now)

    def delete_party(self, party_id: int) -> None:
        self.db.execute("DELETE FROM parties WHERE id = ? AND profile_id = ?", (party_id, self.profile_id))

    def delete_product(self, product_id: int) -> None:
        self.db.execute("DELETE FROM products WHERE id = ? AND profile_id = ?", (product_id, self.profile_id))

    def remember_document(self, doctype: DocType | str, data: dict[str, Any]) -> tuple[int, int]:
        """Save every named party and described product of an issued document.
        Returns (parties, products) saved."""
        kind = get_doctype(doctype) if isinstance(doctype, str) else doctype
        parties = products = 0
        with self.db.transaction():
            for section in party_sections(kind):
                values = party_values(section, data.get(section.id) or {})
                if values.get("name"):
                    self.save_party(section.id, values)
                    parties += 1
            for section in product_sections(kind):
                rows = data.get(section.id) or ([] if section.repeatable else {})
                for row in rows if section.repeatable else [rows]:
                    values = product_values(section, row if isinstance(row, dict) else {})
                    if values.get("description"):
                        self.save_product(values)
                        products += 1
        return parties, products


def _strings(data: dict[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
