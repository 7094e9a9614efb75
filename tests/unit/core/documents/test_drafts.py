"""Drafts and the address book in SQLite: saving, listing, copying, where the user left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sello.core.documents.doctypes import get_doctype
from sello.core.documents.drafts import (
    AddressBook,
    DraftStore,
    DraftUiState,
    document_data,
    fill_section,
    party_sections,
    product_sections,
    without_number,
)
from sello.core.documents.issuance import DocumentIssuer
from sello.core.documents.validation import normalize_data
from sello.core.errors import NotFoundError
from sello.core.storage.db import Database
from tests.e2e.conftest import company, example  # noqa: F401


@pytest.fixture
def db(sello_home: Path) -> Database:
    database = Database.in_folder(sello_home)
    for profile_id in ("mill", "other"):
        database.execute(
            "INSERT INTO profiles (id, legal_name, created_at) VALUES (?, ?, '2024-01-01T00:00:00Z')",
            (profile_id, profile_id.title()),
        )
    yield database
    database.close()


def test_new_draft_has_the_type_defaults_and_survives_reopening(db: Database, sello_home: Path) -> None:
    store = DraftStore(db, "mill")
    draft = store.create("mill-test-report")
    assert draft.data["certificate"]["en10204_type"] == "3.1"
    assert draft.data["heats"] == [{"country_of_manufacture": "MX", "country_of_melt_and_pour": "MX"}]
    data = example("mill-test-report")
    state = DraftUiState(
        focus="heats[1].chemistry.c", section="heats", scroll=420, notes=({"es": "nota", "en": "note"},)
    )
    store.save(draft.id, data, state)
    db.close()

    reopened = DraftStore(Database.in_folder(sello_home), "mill").get(draft.id)
    assert reopened.data == data
    assert reopened.ui_state == state
    assert reopened.doctype == "mill-test-report"


def test_list_is_newest_first_with_titles_and_other_profiles_are_invisible(db: Database) -> None:
    store = DraftStore(db, "mill")
    first = store.create("mill-test-report", example("mill-test-report"))
    second = store.create("commercial-invoice")
    DraftStore(db, "other").create("packing-list")
    db.execute("UPDATE drafts SET updated_at = '2020-01-01T00:00:00Z' WHERE id = ?", (first.id,))
    listed = store.list()
    assert [d.id for d in listed] == [second.id, first.id]
    assert listed[1].title == "MTR-2024-031187" and listed[1].counterparty == "Lone Star Steel Fabricators LLC"
    with pytest.raises(NotFoundError):
        DraftStore(db, "other").get(first.id)


def test_saving_a_deleted_draft_says_so(db: Database) -> None:
    store = DraftStore(db, "mill")
    draft = store.create("bill-of-lading")
    store.set_last_opened(draft.id)
    assert store.last_opened() == draft.id
    store.delete(draft.id)
    assert store.last_opened() is None
    with pytest.raises(NotFoundError):
        store.save(draft.id, {})


def test_ui_state_tolerates_damaged_json() -> None:
    assert DraftUiState.from_json("not json") == DraftUiState()
    assert DraftUiState.from_json('{"focus": 3, "scroll": "x", "notes": [1, {"es": "a"}]}') == DraftUiState(
        focus="3", notes=({"es": "a", "en": ""},)
    )


def test_copy_of_a_draft_keeps_everything_but_the_document_number(db: Database) -> None:
    store = DraftStore(db, "mill")
    source = store.create("mill-test-report", example("mill-test-report"))
    copy = store.copy_draft(source.id)
    assert copy.id != source.id
    assert "number" not in copy.data["certificate"]
    assert copy.data["heats"] == source.data["heats"]
    assert store.get(source.id).data["certificate"]["number"] == "MTR-2024-031187"  # the source is untouched


def test_copy_of_an_issued_document_reads_its_signed_data_back(company) -> None:
    doc = DocumentIssuer(company.db, company).issue("packing-list", example("packing-list"))
    store = DraftStore(company.db, company.profile_id)
    copy = store.copy_document(doc.id)
    kind = get_doctype("packing-list")
    expected = without_number(kind, normalize_data(kind, example("packing-list")))
    assert copy.data == expected
    assert document_data(kind, doc.vc_jwt)["packing"]["number"] == example("packing-list")["packing"]["number"]
    assert [d.id for d in store.recent_documents()] == [doc.id]
    with pytest.raises(NotFoundError):
        store.copy_document("urn:uuid:00000000-0000-4000-8000-000000000000")


def test_party_and_product_sections_come_from_the_definitions() -> None:
    assert [s.id for s in party_sections(get_doctype("mill-test-report"))] == ["customer"]
    assert [s.id for s in party_sections(get_doctype("commercial-invoice"))] == ["seller", "buyer", "consignee"]
    assert [s.id for s in party_sections(get_doctype("usmca-certification"))] == [
        "certifier",
        "exporter",
        "producer",
        "importer",
    ]
    assert [s.id for s in product_sections(get_doctype("mill-test-report"))] == ["product"]
    assert [s.id for s in product_sections(get_doctype("commercial-invoice"))] == ["items"]


def test_address_book_remembers_an_issued_documents_parties_and_products(db: Database) -> None:
    book = AddressBook(db, "mill")
    assert book.remember_document("commercial-invoice", example("commercial-invoice")) == (3, 3)
    assert len(book.products()) == 1  # three lines of the same plate: one product
    parties = {p.name: p for p in book.parties()}
    invoice = example("commercial-invoice")
    buyer = invoice["buyer"]
    assert parties[buyer["name"]].role == "buyer"
    assert parties[buyer["name"]].data["country"] == buyer["country"]
    assert set(parties[buyer["name"]].data) <= {
        "name",
        "tax_id",
        "street",
        "city",
        "region",
        "postal_code",
        "country",
        "phone",
        "email",
    }
    products = {p.name: p for p in book.products()}
    first_item = invoice["items"][0]
    assert products[first_item["description"]].data["hs_code"] == first_item["hs_code"]
    assert "quantity" not in products[first_item["description"]].data  # a product, not one shipment of it

    # the same company again, with a new phone: updated, not duplicated
    book.save_party("customer", {**parties[buyer["name"]].data, "phone": "+1 713 555 0100"})
    again = [p for p in book.parties() if p.name == buyer["name"]]
    assert len(again) == 1 and again[0].data["phone"] == "+1 713 555 0100"
    found = [p.name for p in book.parties(buyer["name"][:9].lower())]
    assert buyer["name"] in found and invoice["seller"]["name"] not in found
    assert AddressBook(db, "other").parties() == []


def test_address_book_search_treats_wildcards_as_text(db: Database) -> None:
    book = AddressBook(db, "mill")
    book.save_party("customer", {"name": "100% Steel_Co", "country": "US"})
    book.save_party("customer", {"name": "Plain Steel", "country": "US"})
    assert [p.name for p in book.parties("100%")] == ["100% Steel_Co"]
    assert [p.name for p in book.parties("_")] == ["100% Steel_Co"]


def test_a_saved_party_fills_only_the_fields_the_section_has() -> None:
    invoice = get_doctype("commercial-invoice")
    values = {"name": "Lone Star", "country": "US", "tax_id": "74-2987651", "unknown": "x"}
    assert fill_section(invoice.section("buyer"), {"street": "8100 Clinton Dr"}, values) == {
        "street": "8100 Clinton Dr",
        "name": "Lone Star",
        "country": "US",
        "tax_id": "74-2987651",
    }


def test_drafts_are_plain_json(db: Database) -> None:
    store = DraftStore(db, "mill")
    draft = store.create("mill-test-report", {"certificate": {"number": "Año ñ"}})
    row = db.query_one("SELECT data_json FROM drafts WHERE id = ?", (draft.id,))
    assert json.loads(row["data_json"]) == {"certificate": {"number": "Año ñ"}}
