"""Issuing from the Shipments page: a Mill Test Report typed in by hand, checked, previewed,
signed, printed at 100 %, saved and exported; and many documents from a CSV file."""

from __future__ import annotations

import base64
import csv
import io
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from sello.core.documents.batch import csv_template
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.drafts import AddressBook, DraftStore
from sello.core.qr.payload import decode_td1
from sello.core.verification.inputs import verifier_context, verify_path
from sello.core.verification.scan import scan_image
from sello.ui import dialogs
from sello.ui.issue.batch_dialog import BatchDialog, csv_column
from sello.ui.issue.issue_dialog import IssueDialog
from tests.e2e.conftest import example
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.layout_checks import clipped_widgets
from tests.ui.shipment_helpers import (  # noqa: F401
    company_context,
    fill_mtr,
    keyring_company_context,
    make_page,
    new_document,
    page,
    shot,
    type_into,
)


def open_preview(qtbot, page) -> IssueDialog:
    qtbot.mouseClick(page.editor.issue_button, Qt.MouseButton.LeftButton)
    dialog = page.issue_dialog
    assert isinstance(dialog, IssueDialog)
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=10_000)
    return dialog


def sign(qtbot, dialog: IssueDialog):
    with qtbot.waitSignal(dialog.issued, timeout=20_000) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    return issued.args[0]


def test_a_mill_test_report_typed_by_hand_is_issued_and_its_qr_verifies(qtbot, keyring_company_context) -> None:
    context = keyring_company_context
    page = make_page(qtbot, context)
    form = new_document(qtbot, page)
    fill_mtr(qtbot, form)
    # a slip of the finger: 140 % carbon is explained at once, then corrected
    type_into(qtbot, form, "heats[1].chemistry.c", "140", replace=True)
    row = form.field_row("heats[1].chemistry.c")
    assert row.error_label.isVisibleTo(row) and row.error_label.text() == "must be between 0 and 100 %"
    qtbot.mouseClick(page.editor.issue_button, Qt.MouseButton.LeftButton)
    assert page.issue_dialog is None
    assert [form.summary.list.item(i).text() for i in range(form.summary.list.count())] == [
        "Heat 2 › C: must be between 0 and 100 %"
    ]
    type_into(qtbot, form, "heats[1].chemistry.c", "0.17", replace=True)
    assert not row.error_label.isVisibleTo(row)

    dialog = open_preview(qtbot, page)
    assert dialog._image is not None and dialog._image.width() > 500  # page 1, rendered off the GUI thread
    document = sign(qtbot, dialog)

    assert document.pdf_path.is_file()
    verdict = verify_path(document.pdf_path, context=verifier_context(context.db))
    assert verdict.check("signature").outcome == "passed"
    assert verdict.check("issuer_key").outcome == "passed"
    assert verdict.color in ("green", "amber")
    header, payload = (json.loads(base64.urlsafe_b64decode(part + "==")) for part in document.vc_jwt.split(".")[:2])
    assert header["alg"] == "EdDSA"  # the key in the OS keyring is Ed25519
    credential = payload
    heats = credential["credentialSubject"]["items"]
    assert [h["product"]["heatNumber"] for h in heats] == ["B25-00311", "B25-00312"]
    assert credential["credentialSubject"]["product"]["commodity"]["commodityCode"] == "7208.51.0060"

    # the draft became a document; the customer went into the address book
    qtbot.waitUntil(lambda: page.editor is None)
    assert DraftStore(context.db, context.profile_id).list() == []
    book = AddressBook(context.db, context.profile_id)
    assert [p.name for p in book.parties()] == ["Lone Star Steel Fabricators LLC"]
    assert page.list.selected() == ("issued", document.id)


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_print_is_at_100_percent_and_the_printed_qr_still_decodes(qtbot, page, company_context, tmp_path: Path) -> None:
    form = new_document(qtbot, page)
    form.set_data(example("mill-test-report"))
    document = sign(qtbot, open_preview(qtbot, page))
    dialog = page.issue_dialog

    printed = tmp_path / "printed.pdf"
    dialogs.set_next_answer(printed)
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as pages:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    original = pdfium.PdfDocument(document.pdf_path)
    copy = pdfium.PdfDocument(printed)
    try:
        assert pages.args[0] == len(original) == len(copy)
        for i in range(len(original)):  # same paper, same size: nothing was shrunk to fit
            assert copy.get_page_size(i) == pytest.approx(original.get_page_size(i), abs=1.0)
        image = copy[0].render(scale=300 / 72).to_pil()
    finally:
        original.close()
        copy.close()
    texts = [r.text for r in scan_image(image) if r.text]
    assert decode_td1(texts[0]) == document.vc_jwt
    assert [e.action for e in company_context.db.audit_entries(subject=document.id)] == ["issue", "print"]

    target = tmp_path / "copia.pdf"
    dialogs.set_next_answer(target)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_pdf_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == document.pdf_path.read_bytes()
    token = tmp_path / "credencial.jwt"
    dialogs.set_next_answer(token)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert token.read_text() == document.vc_jwt

    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [document.pdf_path.parent]


def test_going_back_from_the_preview_signs_nothing(qtbot, page, company_context) -> None:
    form = new_document(qtbot, page, "packing-list")
    form.set_data(example("packing-list"))
    dialog = open_preview(qtbot, page)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert company_context.db.query_one("SELECT COUNT(*) FROM documents")[0] == 0
    assert company_context.db.query_one("SELECT COUNT(*) FROM status_allocations")[0] == 0
    assert page.editor is not None  # back to the form, draft kept


def test_screenshots_of_the_preview(qtbot, page, tmp_path: Path) -> None:
    form = new_document(qtbot, page)
    form.set_data(example("mill-test-report"))
    headings = {}
    for lang in ("en", "es"):
        with language(lang):
            dialog = open_preview(qtbot, page)
            path = shot(dialog, "issue_preview", lang, tmp_path)
            # the preview shows a rendered page, nothing cut, and speaks the chosen language
            pixmap = dialog.image_label.pixmap()
            assert not pixmap.isNull() and pixmap.width() > 300, lang
            assert clipped_widgets(dialog) == [], lang
            headings[lang] = dialog.heading.text()
            assert path.stat().st_size > 10_000
            dialog.reject()
    assert headings["en"] and headings["es"] and headings["en"] != headings["es"]


# -- batch ------------------------------------------------------------------------------------------------


def mtr_csv(rows: int, *, bad: dict[int, dict[str, str]] | None = None) -> str:
    """A CSV of ``rows`` Mill Test Reports from the example (two heats each); ``bad`` changes cells."""
    doctype = get_doctype("mill-test-report")
    columns = csv_template(doctype, rows=2).strip().split(",")
    data = example("mill-test-report")
    data["heats"] = data["heats"][:2]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for n in range(1, rows + 1):
        values = []
        for column in columns:
            node = data
            for part in column.split("."):
                node = (
                    node[int(part) - 1]
                    if part.isdigit() and isinstance(node, list) and int(part) <= len(node)
                    else (node.get(part) if isinstance(node, dict) else None)
                )
                if node is None:
                    break
            values.append("" if node is None or isinstance(node, (dict, list)) else str(node))
        row = dict(zip(columns, values, strict=False))
        row["certificate.number"] = f"MTR-B-{n:03d}"
        row.update((bad or {}).get(n, {}))
        writer.writerow([row[c] for c in columns])
    return out.getvalue()


def open_batch(qtbot, page, csv_text: str, tmp_path: Path) -> BatchDialog:
    path = tmp_path / "lote.csv"
    path.write_text(csv_text, encoding="utf-8")
    page.open_batch()
    dialog = page.batch_dialog
    assert isinstance(dialog, BatchDialog)
    dialog.workers = 1  # (in-process rendering: the test stays fast; the app uses two processes)
    dialogs.set_next_answer(path)
    with qtbot.waitSignal(dialog.records_loaded, timeout=5000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return dialog


def test_batch_issues_good_lines_and_names_the_bad_ones(qtbot, page, company_context, tmp_path: Path) -> None:
    text = mtr_csv(4, bad={2: {"heats.1.chemistry.c": "140"}, 4: {"heats.2.heat_number": ""}})
    dialog = open_batch(qtbot, page, text, tmp_path)
    assert dialog.start_button.text() == "Issue 4 documents"
    progress: list[tuple[int, int]] = []
    dialog.progress_changed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(dialog.finished_batch, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert len(result.issued) == 2
    assert progress[-1] == (4, 4) and dialog.progress.value() == 4
    assert dialog.line_results() == {1: "issued", 2: "bad", 3: "issued", 4: "bad"}
    bad = {
        int(dialog.results.topLevelItem(i).text(0)): dialog.results.topLevelItem(i)
        for i in range(dialog.results.topLevelItemCount())
    }
    assert bad[2].text(2) == "heats.1.chemistry.c — Heat 1 › C: must be between 0 and 100 %"
    assert bad[4].text(2) == "heats.2.heat_number — Heat 2 › Heat number: is required"
    assert bad[1].text(2).startswith("MTR-B-001 — MTR-B-001-")  # no doubled "MTR-MTR-" prefix
    assert dialog.summary.text() == "Done: 2 documents issued. Not issued, lines: 2, 4."
    with language("es"):  # the results are rebuilt in the new language
        line_2 = dialog.results.topLevelItem(1)
        assert line_2.text(1) == "No emitido: 1 problema"
        assert line_2.text(2) == "heats.1.chemistry.c — Colada 1 › C: debe estar entre 0 y 100 %"
    report = tmp_path / "problemas.csv"
    dialogs.set_next_answer(report)
    dialog.save_report()
    qtbot.waitUntil(report.exists)
    assert "heats[0].chemistry.c" in report.read_text()
    for document in result.issued:
        assert (
            verify_path(document.pdf_path, context=verifier_context(company_context.db)).check("signature").outcome
            == "passed"
        )


def test_batch_lists_the_first_problems_of_a_line_then_counts_the_rest(qtbot, page, tmp_path: Path) -> None:
    dialog = open_batch(qtbot, page, mtr_csv(1), tmp_path)
    dialog._add_bad_line(7, [("heats.1.chemistry.c", "must be between 0 and 100 %")] * 45)
    line = dialog.results.topLevelItem(dialog.results.topLevelItemCount() - 1)
    assert line.text(1) == "Not issued: 45 problems"
    assert line.childCount() == 21  # problems_per_record, then one line counting the rest
    assert line.child(20).text(2) == "… and 25 more problem(s) in this record."


def test_batch_can_be_stopped_and_keeps_what_was_issued(qtbot, page, company_context, tmp_path: Path) -> None:
    dialog = open_batch(qtbot, page, mtr_csv(20), tmp_path)
    dialog.progress_changed.connect(lambda done, _total: dialog.stop() if done == 1 else None)
    with qtbot.waitSignal(dialog.finished_batch, timeout=60_000) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.stop_button.isVisible)
    result = finished.args[0]
    assert result.cancelled
    assert 1 <= len(result.issued) < 20
    outcomes = dialog.line_results()
    assert list(outcomes.values()).count("issued") == len(result.issued)
    assert "" in outcomes.values()  # lines never reached say so
    assert dialog.summary.text().startswith("Stopped: ")
    stored = company_context.db.query_one("SELECT COUNT(*) FROM documents")[0]
    assert stored == len(result.issued)


def test_screenshots_of_the_batch_dialog(qtbot, page, tmp_path: Path) -> None:
    dialog = open_batch(
        qtbot, page, mtr_csv(3, bad={2: {"heats.1.chemistry.c": "140", "heats.1.net_weight": "-5"}}), tmp_path
    )
    with qtbot.waitSignal(dialog.finished_batch, timeout=30_000):
        dialog.start()
    assert dialog.result is not None
    assert dialog.results.topLevelItemCount() >= 3  # two issued, the bad row with its reasons
    texts = {}
    for lang in ("en", "es"):
        with language(lang):
            shot(dialog, "batch_dialog", lang, tmp_path)
            assert clipped_widgets(dialog) == [], lang
            texts[lang] = (dialog.heading.text(), dialog.summary.text())
    assert all(texts["en"]) and all(texts["es"])
    assert texts["en"][0] != texts["es"][0]


def test_csv_columns_are_named_as_in_the_file() -> None:
    assert csv_column("heats[0].chemistry.c") == "heats.1.chemistry.c"
    assert csv_column("certificate.number") == "certificate.number"
