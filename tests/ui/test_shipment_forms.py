"""The Shipments page's forms, typed into like a clerk would: inline validation, the error
summary, repeatable rows, type-ahead lists, the address book, copies, CFDI import,
reopening where the user left, both languages; and screenshots to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sello.core.documents.doctypes import get_doctype
from sello.core.documents.drafts import AddressBook, DraftStore
from sello.core.documents.validation import normalize_data
from sello.ui import dialogs
from sello.ui.forms.address_book_button import AddressBookButton
from sello.ui.forms.field_row import FieldRow
from sello.ui.forms.form_view import FormView
from tests.cartaporte_builder import build_carta_porte
from tests.cfdi_builder import build_cfdi
from tests.e2e.conftest import DOCTYPES, example
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.shipment_helpers import (  # noqa: F401
    company_context,
    fill_mtr,
    make_page,
    new_document,
    page,
    shot,
    type_into,
)


def visible_error(row: FieldRow | None) -> str:
    assert row is not None
    return row.error_label.text() if row.error_label.isVisibleTo(row) else ""


def test_an_impossible_value_is_explained_under_the_field_as_it_is_typed(qtbot, page) -> None:
    form = new_document(qtbot, page)
    type_into(qtbot, form, "heats[0].chemistry.c", "140")
    row = form.field_row("heats[0].chemistry.c")
    assert visible_error(row) == "must be between 0 and 100 %"
    assert row.editor.input.property("invalid") is True

    type_into(qtbot, form, "heats[0].chemistry.c", "0.18", replace=True)
    assert visible_error(row) == ""
    type_into(qtbot, form, "heats[0].net_weight", "12,5a")
    assert "must be a number" in visible_error(form.field_row("heats[0].net_weight"))
    # a required field says so only once the user has left it empty
    assert visible_error(form.field_row("certificate.number")) == ""
    type_into(qtbot, form, "certificate.number", "X")
    type_into(qtbot, form, "certificate.number", "", replace=True)
    form.focus_field("certificate.purchase_order")
    assert visible_error(form.field_row("certificate.number")) == "is required"


def test_messages_and_labels_follow_the_ui_language(qtbot, page) -> None:
    form = new_document(qtbot, page)
    type_into(qtbot, form, "heats[0].chemistry.c", "140")
    with language("es"):
        assert visible_error(form.field_row("heats[0].chemistry.c")) == "debe estar entre 0 y 100 %"
        assert form.field_row("certificate.number").label.text() == "Número de certificado *"
        assert form.sections["heats"].title() == "Coladas"
        assert form.repeatable("heats").rows[0].title.text() == "Colada 1"
        assert page.editor.issue_button.text() == "Emitir…"
    assert form.field_row("certificate.number").label.text() == "Certificate number *"


def test_the_summary_lists_every_problem_and_takes_the_user_to_the_field(qtbot, page) -> None:
    form = new_document(qtbot, page)
    qtbot.mouseClick(page.editor.issue_button, Qt.MouseButton.LeftButton)
    assert page.issue_dialog is None  # nothing to sign yet
    summary = form.summary
    assert summary.isVisible()
    texts = [summary.list.item(i).text() for i in range(summary.list.count())]
    assert "Certificate › Certificate number: is required" in texts
    assert "Heat 1 › C: is required" in texts
    assert summary.heading.text() == f"{len(texts)} problems to fix before issuing"

    target = next(i for i in range(summary.list.count()) if summary.list.item(i).text().startswith("Heat 1 › C:"))
    item = summary.list.item(target)
    qtbot.mouseClick(summary.list.viewport(), Qt.MouseButton.LeftButton, pos=summary.list.visualItemRect(item).center())
    assert QApplication.focusWidget() is form.field_row("heats[0].chemistry.c").editor.input
    assert form.focused_path() == "heats[0].chemistry.c"

    # fixing a field updates the summary by itself
    type_into(qtbot, form, "heats[0].chemistry.c", "0.2")
    qtbot.waitUntil(lambda: summary.list.count() == len(texts) - 1)


def test_rows_are_added_duplicated_moved_and_deleted(qtbot, page) -> None:
    form = new_document(qtbot, page)
    heats = form.repeatable("heats")
    assert len(heats.rows) == 1 and not heats.rows[0].delete_button.isEnabled()  # at least one heat
    type_into(qtbot, form, "heats[0].heat_number", "H-1")
    type_into(qtbot, form, "heats[0].chemistry.c", "0.18")
    qtbot.mouseClick(heats.rows[0].duplicate_button, Qt.MouseButton.LeftButton)
    assert [r.body.data().get("heat_number") for r in heats.rows] == ["H-1", "H-1"]
    assert heats.rows[1].body.data()["chemistry"] == {"c": "0.18"}
    type_into(qtbot, form, "heats[1].heat_number", "H-2", replace=True)
    qtbot.mouseClick(heats.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, form, "heats[2].heat_number", "H-3")
    assert heats.rows[2].title.text() == "Heat 3 — H-3"

    qtbot.mouseClick(heats.rows[2].up_button, Qt.MouseButton.LeftButton)
    assert [h["heat_number"] for h in form.data()["heats"]] == ["H-1", "H-3", "H-2"]
    assert form.field_row("heats[1].heat_number").value() == "H-3"  # paths follow the move
    assert heats.rows[1].title.text() == "Heat 2 — H-3"
    assert not heats.rows[0].up_button.isEnabled() and not heats.rows[2].down_button.isEnabled()

    dialogs.set_next_answer(dialogs.Answer.CONFIRM)
    qtbot.mouseClick(heats.rows[0].delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.history[-1].kind == "confirm" and dialogs.history[-1].affected == ("Heat 1 — H-1",)
    assert [h["heat_number"] for h in form.data()["heats"]] == ["H-3", "H-2"]
    dialogs.set_next_answer(dialogs.Answer.CANCEL)
    qtbot.mouseClick(heats.rows[0].delete_button, Qt.MouseButton.LeftButton)
    assert len(heats.rows) == 2


def test_country_lists_suggest_as_the_user_types_without_accents(qtbot, page) -> None:
    form = new_document(qtbot, page)
    with language("es"):
        type_into(qtbot, form, "customer.country", "mexi")
        editor = form.field_row("customer.country").editor
        suggestions = editor.type_ahead.model.stringList()
        assert suggestions[0] == "MX — México"
        assert editor.type_ahead.completer.popup().isVisible()
        editor.type_ahead.completer.activated[str].emit(suggestions[0])
        assert editor.combo.currentText() == "MX — México"
        assert form.data()["customer"]["country"] == "MX"
    # a typed code is accepted as it is, and shown with its name once the user moves on
    type_into(qtbot, form, "heats[0].country_of_manufacture", "us", replace=True)
    form.focus_field("heats[0].heat_number")
    assert form.field_row("heats[0].country_of_manufacture").editor.combo.currentText() == "US — United States"
    assert form.data()["heats"][0]["country_of_manufacture"] == "US"


def test_a_party_comes_from_the_address_book(qtbot, page, company_context) -> None:
    AddressBook(company_context.db, company_context.profile_id).remember_document(
        "mill-test-report", example("mill-test-report")
    )
    form = new_document(qtbot, page)
    box = form.sections["customer"]
    button = box.findChild(AddressBookButton, "addressBook:customer")
    assert button is not None
    button.menu_.aboutToShow.emit()
    entries = [a.text() for a in button.menu_.actions() if a.isEnabled() and a.text()]
    assert entries[0] == "Lone Star Steel Fabricators LLC — Houston, US"
    with qtbot.waitSignal(form.changed):
        button.menu_.actions()[0].trigger()
    customer = form.data()["customer"]
    assert customer["name"] == "Lone Star Steel Fabricators LLC"
    assert customer["country"] == "US" and customer["postal_code"] == "77029"
    # products too, from the name box's suggestions
    product_button = form.sections["product"].findChild(AddressBookButton, "addressBook:product")
    assert (button.text(), product_button.text()) == ("Address book", "Saved products")  # a product is no address
    with language("es"):
        assert product_button.text() == "Productos guardados"
    product_button._completed("Placa de acero al carbono laminada en caliente")
    assert form.data()["product"]["hs_code"] == "7208.51.0060"


def test_new_from_this_one_copies_a_draft_without_its_number(qtbot, page, company_context) -> None:
    store = DraftStore(company_context.db, company_context.profile_id)
    source = store.create("mill-test-report", example("mill-test-report"))
    page.refresh_list()
    assert page.list.select("draft", source.id)
    with qtbot.waitSignal(page.draft_opened, timeout=5000) as opened:
        qtbot.mouseClick(page.list.copy_button, Qt.MouseButton.LeftButton)
    assert opened.args[0] != source.id
    form = page.editor.form
    assert form.field_row("certificate.number").value() == ""
    assert form.field_row("heats[2].heat_number").value() == "A24-11880"
    assert "Copied from “MTR-2024-031187”" in page.editor.notes_label.text()
    assert page.editor.notes_frame.isVisible()


def test_a_cfdi_invoice_starts_a_prefilled_commercial_invoice(qtbot, page, tmp_path: Path) -> None:
    xml = tmp_path / "factura.xml"
    xml.write_bytes(build_cfdi())
    dialogs.set_next_answer(xml)
    with qtbot.waitSignal(page.draft_opened, timeout=5000):
        page.start.cfdi_actions["commercial-invoice"].trigger()
    editor = page.editor
    assert editor.doctype.id == "commercial-invoice"
    data = editor.form.data()
    assert data["buyer"]["name"] and data["items"]
    assert "Data taken from the CFDI factura.xml" in editor.notes_label.text()
    # a file that is not a CFDI: a clear sentence, in the UI language
    bad = tmp_path / "otro.xml"
    bad.write_bytes(b"<nota>hola</nota>")
    dialogs.set_next_answer(bad, dialogs.Answer.OK)
    with language("es"):
        page.start.cfdi_actions["commercial-invoice"].trigger()
        qtbot.waitUntil(lambda: dialogs.history[-1].kind == "error")
        assert "CFDI" in dialogs.history[-1].text


def test_a_carta_porte_starts_a_prefilled_bill_of_lading(qtbot, page, tmp_path: Path) -> None:
    xml = tmp_path / "carta-porte.xml"
    xml.write_bytes(build_carta_porte())
    dialogs.set_next_answer(xml)
    with qtbot.waitSignal(page.draft_opened, timeout=5000):
        page.start.cfdi_actions["bill-of-lading"].trigger()
    editor = page.editor
    assert editor.doctype.id == "bill-of-lading"
    assert editor.form.field_row("mx_export.carta_porte_id").value() == "CCCB7C2A-0A4E-4B5D-9E26-2C35D3F1A9B0"
    assert editor.form.field_row("cargo[0].pedimento").value() == "24  24  3420  4001234"  # spaced, as on paper
    assert "Border crossing USLRD taken from the pedimento's aduana" in editor.notes_label.text()


def test_the_page_reopens_the_draft_and_field_the_user_left(qtbot, page, company_context) -> None:
    form = new_document(qtbot, page)
    type_into(qtbot, form, "certificate.number", "MTR-7")
    type_into(qtbot, form, "heats[0].chemistry.mn", "1.1")
    draft_id = page.editor.draft_id
    with qtbot.waitSignal(page.editor.autosaver.saved, timeout=5000):
        page.editor.autosaver.flush()
    page.close()

    again = make_page(qtbot, company_context)
    assert again.editor is not None and again.editor.draft_id == draft_id
    qtbot.waitUntil(lambda: again.editor.form.focused_path() == "heats[0].chemistry.mn")
    assert again.editor.form.field_row("certificate.number").value() == "MTR-7"
    assert QApplication.focusWidget() is again.editor.form.field_row("heats[0].chemistry.mn").editor.input

    # closing the form on purpose means the next start shows the list, not the form
    qtbot.mouseClick(again.editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: DraftStore(company_context.db, company_context.profile_id).last_opened() is None)
    assert make_page(qtbot, company_context).editor is None


def test_deleting_a_draft_asks_first(qtbot, page, company_context) -> None:
    new_document(qtbot, page)
    draft_id = page.editor.draft_id
    page.list.select("draft", draft_id)
    dialogs.set_next_answer(dialogs.Answer.CONFIRM)
    with qtbot.waitSignal(page.list_refreshed, timeout=5000):
        qtbot.mouseClick(page.list.delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.history[-1].kind == "confirm"
    assert page.editor is None
    qtbot.waitUntil(lambda: DraftStore(company_context.db, company_context.profile_id).list() == [])


def test_screenshots_of_the_shipments_page(qtbot, page, tmp_path: Path) -> None:
    for lang in ("en", "es"):
        with language(lang):
            shot(page, "shipments_empty", lang, tmp_path)
    form = new_document(qtbot, page)
    fill_mtr(qtbot, form)
    type_into(qtbot, form, "certificate.remarks", "Material libre de contaminación radiactiva.")
    form.focus_field("certificate.number")
    for lang in ("en", "es"):
        with language(lang):
            shot(page, "shipments_filled", lang, tmp_path)
    type_into(qtbot, form, "heats[0].chemistry.c", "140", replace=True)
    type_into(qtbot, form, "certificate.purchase_order", "", replace=True)
    page.editor.check()
    form.go_to_section("heats")
    for lang in ("en", "es"):
        with language(lang):
            path = shot(page, "shipments_errors", lang, tmp_path)
    assert path.stat().st_size > 10_000


@pytest.mark.parametrize("doctype", DOCTYPES)
def test_every_document_type_round_trips_through_its_form(qtbot, doctype: str) -> None:
    """Shown in the generated form and read back, each example is the same document."""
    kind = get_doctype(doctype)
    form = FormView(kind)
    qtbot.addWidget(form)
    form.set_data(example(doctype))
    assert normalize_data(kind, form.data()) == normalize_data(kind, example(doctype))
    assert form.check() == []
    rows = {ref.pattern.split("[]")[0] for ref in kind.fields() if "[]" in ref.pattern}
    for section_id in rows:  # every repeatable section became rows, one per item
        assert len(form.repeatable(section_id).rows) == len(example(doctype)[section_id])
