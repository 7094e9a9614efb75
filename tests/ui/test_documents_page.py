"""The Documents page: search and filters, revoke through the UI, exports, reprint,
each document's activity, and screenshots in both languages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sello.core.documents.issuance import DocumentIssuer, IssuedDocument
from sello.ui import dialogs
from sello.ui.context import AppContext
from sello.ui.documents.filter_proxy import STATUS_REVOKED, STATUS_VALID, DocumentFilter, matches
from sello.ui.documents.records import load_documents
from sello.ui.documents.table_model import Column
from sello.ui.pages.documents_page import DocumentsPage
from tests.e2e.conftest import company, example  # noqa: F401
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot

UTC = UTC
PAGE_SIZE = (948, 676)  # the page area of the main window at its default size (1120 x 720)


@pytest.fixture
def issued(company) -> list[IssuedDocument]:
    """Three documents, two customers, three dates in March and April 2026."""
    issuer = DocumentIssuer(company.db, company)
    invoice = example("commercial-invoice")
    invoice["buyer"]["name"] = "Aceros Ibéricos de Texas LLC"
    return [
        issuer.issue("mill-test-report", example("mill-test-report"), now=datetime(2026, 3, 2, 12, tzinfo=UTC)),
        issuer.issue("commercial-invoice", invoice, now=datetime(2026, 3, 10, 12, tzinfo=UTC)),
        issuer.issue("packing-list", example("packing-list"), now=datetime(2026, 4, 1, 12, tzinfo=UTC)),
    ]


@pytest.fixture
def page(qtbot, company, issued, app_context: AppContext) -> DocumentsPage:
    app_context.refresh_profiles()
    app_context.use_key_store(company.store)
    widget = DocumentsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(*PAGE_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.chain_result is not None)
    return widget


def shown_numbers(page: DocumentsPage) -> list[str]:
    return sorted(page.proxy.index(row, Column.NUMBER).data() for row in range(page.proxy.rowCount()))


def select(page: DocumentsPage, document_id: str) -> None:
    assert page.select_document(document_id)
    assert page.details.record is not None and page.details.record.id == document_id


def test_lists_every_issued_document_with_locale_dates(page: DocumentsPage, issued) -> None:
    assert shown_numbers(page) == ["FEX-2024-0912", "MTR-2024-031187", "PL-2024-0912"]
    first = page.proxy.index(0, 0)  # newest first
    assert page.proxy.index(0, Column.NUMBER).data() == "PL-2024-0912"
    assert first.data() == "Packing list"
    assert page.proxy.index(0, Column.STATUS).data() == "Valid"
    assert page.proxy.index(0, Column.ISSUED).data() == "4/1/26"  # en_US short format, local date
    assert page.count_label.text() == "Showing 3 of 3 documents"
    with language("es"):
        assert page.proxy.index(0, 0).data() == "Lista de empaque"
        assert page.proxy.index(0, Column.ISSUED).data() == "01/04/26"  # es_MX
        assert page.count_label.text() == "Mostrando 3 de 3 documentos"


def test_search_and_filters_narrow_the_table(qtbot, page: DocumentsPage) -> None:
    bar = page.filter_bar
    qtbot.keyClicks(bar.search_edit, "fex 0912")
    assert shown_numbers(page) == ["FEX-2024-0912"]
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, "empaque")  # the type's Spanish name, while the UI is in English
    assert shown_numbers(page) == ["PL-2024-0912"]
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, "ibericos")  # accents ignored
    assert shown_numbers(page) == ["FEX-2024-0912"]
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, "24  24  3420  4001234")  # a pedimento, spaced as on paper
    assert sorted(shown_numbers(page)) == ["FEX-2024-0912", "PL-2024-0912"]
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, "242434204009999")  # another pedimento
    assert shown_numbers(page) == []
    bar.search_edit.clear()
    assert len(shown_numbers(page)) == 3

    bar.type_combo.setCurrentIndex(bar.type_combo.findData("mill-test-report"))
    assert shown_numbers(page) == ["MTR-2024-031187"]
    bar.type_combo.setCurrentIndex(0)

    assert [bar.counterparty_combo.itemText(i) for i in range(bar.counterparty_combo.count())] == [
        "All customers",
        "Aceros Ibéricos de Texas LLC",
        "Lone Star Steel Fabricators LLC",
        "Lone Star Steel Fabricators LLC — Yard 2",
    ]
    bar.counterparty_combo.setCurrentIndex(bar.counterparty_combo.findData("Lone Star Steel Fabricators LLC"))
    assert shown_numbers(page) == ["MTR-2024-031187"]
    bar.counterparty_combo.setCurrentIndex(0)

    bar.set_date_range(date(2026, 3, 1), date(2026, 3, 15))
    assert shown_numbers(page) == ["FEX-2024-0912", "MTR-2024-031187"]
    bar.dates_check.setChecked(False)

    bar.status_combo.setCurrentIndex(bar.status_combo.findData(STATUS_REVOKED))
    assert shown_numbers(page) == []
    assert page.count_label.text() == "Showing 0 of 3 documents"
    assert page.details.record is None
    bar.status_combo.setCurrentIndex(bar.status_combo.findData(STATUS_VALID))
    assert len(shown_numbers(page)) == 3


def test_revoke_through_the_ui_then_publish(qtbot, page: DocumentsPage, issued, company, tmp_path: Path) -> None:
    mtr = issued[0]
    select(page, mtr.id)
    qtbot.mouseClick(page.details.revoke_button, Qt.MouseButton.LeftButton)
    dialog = page.revoke_dialog
    assert dialog is not None and dialog.isVisible()
    # STYLE 11: the verb on the button, Cancel the default, what is affected listed
    assert dialog.revoke_button.text() == "&Revoke 1 document"
    assert dialog.cancel_button.isDefault() and not dialog.revoke_button.isDefault()
    assert dialog.buttons.buttonRole(dialog.revoke_button) == QDialogButtonBox.ButtonRole.DestructiveRole
    assert dialog.affected_lines() == ["MTR-2024-031187 — Mill Test Report — Lone Star Steel Fabricators LLC (3/2/26)"]
    assert not dialog.revoke_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.revoke_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Wrong heat number")

    kit = tmp_path / "kit"
    kit.mkdir()
    dialogs.set_next_answer(dialogs.Answer.CONFIRM, kit, dialogs.Answer.OK)  # publish now, here, OK
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (kit / "LEEME-README.txt").exists())
    qtbot.waitUntil(lambda: bool(dialogs.history) and dialogs.history[-1].kind == "info")

    row = company.db.query_one("SELECT revoked_at, revoke_reason FROM documents WHERE id = ?", (mtr.id,))
    assert row["revoked_at"] and row["revoke_reason"] == "Wrong heat number"
    assert [e.action for e in company.db.audit_entries(subject=mtr.id)] == ["issue", "revoke"]
    assert company.db.verify_audit_chain() == (True, "audit chain intact")
    others = [d.id for d in issued[1:]]
    assert all(company.db.query_one("SELECT revoked_at FROM documents WHERE id = ?", (i,))[0] is None for i in others)

    # the table and the details say the same
    assert page.details.record is not None and page.details.record.revoked
    assert page.details.status_value.text().startswith("Revoked on ")
    assert page.details.reason_value.text() == "Wrong heat number" and page.details.reason_value.isVisibleTo(page)
    assert not page.details.revoke_button.isEnabled()
    page.filter_bar.status_combo.setCurrentIndex(page.filter_bar.status_combo.findData(STATUS_REVOKED))
    assert shown_numbers(page) == ["MTR-2024-031187"]
    assert page.proxy.index(0, Column.STATUS).data() == "Revoked"
    qtbot.waitUntil(lambda: page.chain_result is not None)
    assert [row[1:] for row in page.details.audit_view.entries_shown()] == [
        ("Issued", f"Signed with key {company.default_key().id[:8]}"),
        ("Revoked", "Reason: Wrong heat number"),
    ]
    assert page.details.audit_view.chain_label.text().startswith("✓ Activity log verified")

    asked = [r for r in dialogs.history if r.kind == "confirm"]
    assert asked[0].title == "Publish the revocation" and asked[0].text.startswith("1 document revoked.")
    assert (kit / ".well-known" / "did.json").is_file() and (kit / ".well-known" / "status" / "1").is_file()


def test_cancelling_the_revoke_dialog_changes_nothing(qtbot, page: DocumentsPage, issued, company) -> None:
    select(page, issued[1].id)
    page.revoke_selected()
    dialog = page.revoke_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_edit, "typo")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert company.db.query_one("SELECT COUNT(*) FROM documents WHERE revoked_at IS NOT NULL")[0] == 0
    assert [e.action for e in company.db.audit_entries(subject=issued[1].id)] == ["issue"]


def test_revoking_several_documents_at_once(qtbot, page: DocumentsPage, issued, company) -> None:
    page.table.selectAll()
    assert page.details.revoke_button.text() == "&Revoke 3 documents…"
    page.revoke_selected()
    dialog = page.revoke_dialog
    assert len(dialog.affected_lines()) == 3 and dialog.revoke_button.text() == "&Revoke 3 documents"
    qtbot.keyClicks(dialog.reason_edit, "Shipment cancelled")
    dialogs.set_next_answer(dialogs.Answer.CANCEL)  # not publishing now
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.history) and dialogs.history[-1].answer is dialogs.Answer.CANCEL)
    assert all(
        r.revoked and r.revoke_reason == "Shipment cancelled" for r in load_documents(company.db, company.profile_id)
    )


def test_export_jwt_writes_the_exact_token(qtbot, page: DocumentsPage, issued, company, tmp_path: Path) -> None:
    invoice = issued[1]
    select(page, invoice.id)
    target = tmp_path / "out" / "invoice"  # no suffix: .jwt is added
    dialogs.set_next_answer(target)
    qtbot.mouseClick(page.details.export_jwt_button, Qt.MouseButton.LeftButton)
    written = target.with_name("invoice.jwt")
    qtbot.waitUntil(lambda: page.details.notice.text() == f"Saved {written}")
    assert written.read_bytes() == invoice.vc_jwt.encode("ascii")
    assert dialogs.history[-1].kind == "save-file" and dialogs.history[-1].title == "Export the signed document"
    entries = company.db.audit_entries(subject=invoice.id)
    assert [e.action for e in entries] == ["issue", "export"] and entries[-1].detail == {
        "format": "jwt",
        "file": "invoice.jwt",
    }


def test_reprint_renders_a_missing_pdf_again_and_pdf_copy(
    qtbot, page: DocumentsPage, issued, company, tmp_path: Path
) -> None:
    packing = issued[2]
    opened: list[Path] = []
    page.open_file = lambda path: opened.append(path) or True
    select(page, packing.id)
    qtbot.mouseClick(page.details.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened == [packing.pdf_path]
    original = packing.pdf_path.read_bytes()

    packing.pdf_path.unlink()
    qtbot.mouseClick(page.details.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened[1] == packing.pdf_path and packing.pdf_path.read_bytes().startswith(b"%PDF-")
    assert len(packing.pdf_path.read_bytes()) > len(original) // 2
    assert page.details.notice.text().startswith("The PDF file was missing; it was made again")
    prints = [e for e in company.db.audit_entries(subject=packing.id) if e.action == "print"]
    assert [e.detail["rendered_again"] for e in prints] == [False, True]

    copy = tmp_path / "copy.pdf"
    dialogs.set_next_answer(copy)
    qtbot.mouseClick(page.details.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: copy.exists())
    assert copy.read_bytes() == packing.pdf_path.read_bytes()
    qtbot.waitUntil(
        lambda: [r[1] for r in page.details.audit_view.entries_shown()] == ["Issued", "Printed", "Printed", "Exported"]
    )


def test_filter_rules_without_widgets(issued, company) -> None:
    records = {r.title: r for r in load_documents(company.db, company.profile_id)}
    mtr = records["MTR-2024-031187"]
    assert matches(mtr, DocumentFilter(text="MILL test"))
    assert matches(mtr, DocumentFilter(text=mtr.id[9:17]))  # part of the id
    assert not matches(mtr, DocumentFilter(text="mill invoice"))  # every word must match
    assert matches(mtr, DocumentFilter(issued_from=date(2026, 3, 2), issued_to=date(2026, 3, 2)))
    assert not matches(mtr, DocumentFilter(issued_from=date(2026, 3, 3)))
    assert DocumentFilter().is_empty and not DocumentFilter(status=STATUS_VALID).is_empty


@pytest.mark.parametrize("lang", ["en", "es"])
def test_screenshots(qtbot, page: DocumentsPage, issued, company, lang: str, tmp_path: Path) -> None:
    from sello.core.trust.statuslist import revoke

    revoke(company.db, issued[1].id, "Precio equivocado / wrong price")
    page.refresh()
    with language(lang):
        select(page, issued[1].id)
        qtbot.waitUntil(lambda: page.chain_result is not None)
        page_shot = save_screenshot(page, "documents_page", lang, tmp_path)
        select(page, issued[0].id)
        page.revoke_selected()
        dialog = page.revoke_dialog
        dialog.reason_edit.setText("Número de colada equivocado" if lang == "es" else "Wrong heat number")
        qtbot.waitExposed(dialog)
        dialog_shot = save_screenshot(dialog, "documents_revoke_dialog", lang, tmp_path)
        texts = [dialog.heading.text(), dialog.revoke_button.text(), page.details.activity_caption.text()]
        dialog.reject()
    assert page_shot.stat().st_size > 10_000 and dialog_shot.stat().st_size > 5_000
    if lang == "es":
        assert texts == ["¿Revocar 1 documento? No se puede deshacer.", "&Revocar 1 documento", "Actividad"]


def test_no_documents_yet(qtbot, app_context: AppContext) -> None:
    widget = DocumentsPage(app_context)  # no company profile at all
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 0 and widget.details.record is None
    assert widget.count_label.text() == "No documents issued yet. Documents you issue appear here."
    assert widget.details.empty_label.isVisibleTo(widget)
    qtbot.waitUntil(lambda: widget.chain_result == (True, "audit chain intact"))
