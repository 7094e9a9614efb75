"""What the exporter journey test does with its hands: press the wizard's forward button,
type a whole Mill Test Report from the example file key by key, read a printed QR code
back, and look inside a vc+jwt. Nothing here sets a widget's value directly."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QWidget, QWizard

from sello.core.qr.parts import PartCollector, is_td1_part
from sello.core.qr.payload import decode_td1
from sello.core.verification.scan import scan_image
from sello.ui.forms.draft_list import ID_ROLE, DraftList
from sello.ui.forms.editors import EnumFieldEditor
from sello.ui.forms.form_view import FormView
from sello.ui.main_window import MainWindow
from sello.ui.setup_wizard import SetupWizard
from tests.ui.screenshots import save_screenshot
from tests.ui.shipment_helpers import settle, type_into

QR_DPI = 200


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_cell(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click a row of a list, tree or table where it is drawn."""
    assert index.isValid()
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def go_to(qtbot, window: MainWindow, key: str) -> QWidget:
    """Click the page's entry in the navigation list; the page's widget."""
    nav = window.navigation
    row = next(r for r in range(nav.count()) if nav.item(r).data(Qt.ItemDataRole.UserRole) == key)
    click_cell(qtbot, nav, nav.indexFromItem(nav.item(row)))
    assert window.current_page_key() == key
    page = window.page_widget(key)
    assert page is not None and page.isVisible()
    return page


def click_issued(qtbot, drafts: DraftList, document_id: str) -> None:
    """Click an issued document in the Shipments page's list ("Emitidos recientemente")."""
    root = drafts.issued_root
    item = next(root.child(i) for i in range(root.childCount()) if root.child(i).data(0, ID_ROLE) == document_id)
    click_cell(qtbot, drafts.tree, drafts.tree.indexFromItem(item))
    assert drafts.selected() == ("issued", document_id)


# -- the setup wizard ---------------------------------------------------------------------------
def wizard_forward(qtbot, wizard: SetupWizard, expected_step: str) -> None:
    """Press the visible forward button (Next, Create key, Skip), once it is enabled."""
    candidates = (wizard.button(QWizard.WizardButton.NextButton), wizard.button(QWizard.WizardButton.CommitButton))
    forward = next(b for b in candidates if b.isVisible())
    qtbot.waitUntil(forward.isEnabled)
    click(qtbot, forward)
    assert wizard.current_step() == expected_step


# -- typing a form ------------------------------------------------------------------------------
def leaf_fields(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """("heats[1].chemistry.c", "0.17") for every value of a document's data, in form order."""
    out: list[tuple[str, Any]] = []
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.extend(leaf_fields(value, path))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                out.extend(leaf_fields(item, f"{path}[{i}]"))
        else:
            out.append((path, value))
    return out


def choose_with_keyboard(qtbot, combo: QComboBox, value: str) -> None:
    """A fixed drop-down: focus it and press Down/Up until it shows ``value``."""
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0, value
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def type_document(qtbot, form: FormView, data: dict[str, Any]) -> int:
    """Type ``data`` into the form field by field, adding repeated rows (heats) with the
    section's Add button as a clerk would. Fields that already show the value (defaults
    such as country MX) are left alone. Returns how many fields were typed or chosen."""
    typed = 0
    for section_id, rows in data.items():
        if isinstance(rows, list):
            section = form.repeatable(section_id)
            while len(section.rows) < len(rows):
                click(qtbot, section.add_button)
                added = section.rows[-1]
                qtbot.waitUntil(added.isVisible)  # (Qt shows a widget added to a layout on the next loop turn)
    for path, value in leaf_fields(data):
        row = form.field_row(path)
        assert row is not None, f"the form has no field {path}"
        assert row.isVisible(), f"{path} is not on screen: nobody could type into it"
        wanted = str(value)
        if str(row.value()).upper() == wanted.upper():
            continue
        if isinstance(row.editor, EnumFieldEditor):
            form.focus_field(path)
            choose_with_keyboard(qtbot, row.editor.combo, wanted)
        else:
            type_into(qtbot, form, path, wanted, replace=not row.is_empty())
        typed += 1
    return typed


# -- reading what was printed -------------------------------------------------------------------
def qr_texts(pdf_path: Path, dpi: int = QR_DPI) -> list[str]:
    """Rasterize page 1 of the PDF and decode every QR code on it."""
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    return [r.text for r in scan_image(image) if r.text]


def token_from_qr(pdf_path: Path) -> str:
    """The vc+jwt rebuilt from the PDF's printed QR code (one code, or all parts of one)."""
    texts = qr_texts(pdf_path)
    parts = [t for t in texts if is_td1_part(t)]
    if parts:
        collector = PartCollector()
        for part in parts:
            collector.add(part)
        assert collector.complete, collector.progress
        return decode_td1(collector.assemble())
    assert len(texts) == 1, texts
    return decode_td1(texts[0])


def jwt_part(token: str, index: int) -> dict[str, Any]:
    """The JOSE header (0) or the payload (1) of a compact JWS."""
    part = token.split(".")[index]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


# -- looking at the window ----------------------------------------------------------------------
def shoot(widget: QWidget, name: str, lang: str, folder: Path) -> Path:
    settle()
    path = save_screenshot(widget, name, lang, folder)
    assert path.stat().st_size > 10_000, f"{path} looks blank"
    return path
