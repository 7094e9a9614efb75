"""Shared by the Shipments-page tests: a company with a signing key, the page, and typing
into form fields the way a clerk does (key by key into the real widgets)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from sello.core.keys.profiles import create_profile, set_default_profile
from sello.core.keys.store import EncryptedFileStore, KeyringStore
from sello.ui.context import AppContext
from sello.ui.forms.form_view import FormView
from sello.ui.pages.shipments_page import ShipmentsPage
from tests.ui.key_helpers import TEST_KDF, type_text
from tests.ui.screenshots import save_screenshot

PAGE_SIZE = (1180, 820)


def add_company(context: AppContext, store: object, alg: str = "ES384") -> None:
    """The mill's profile with a did:web signing key in ``store``, made the active profile."""
    profile = create_profile(
        context.db,
        "Aceros del Norte S.A. de C.V.",
        rfc="ADN0501014T3",
        web_domain="acerosdelnorte.mx",
        address={
            "street": "Av. Industria Pesada 1200",
            "city": "Monterrey",
            "region": "N.L.",
            "postal_code": "64000",
            "country": "MX",
        },
    )
    set_default_profile(context.db, profile.id)
    context.use_key_store(store)
    context.set_profile(profile.id)
    manager = context.key_manager
    assert manager is not None
    manager.create_key(alg, "web")
    context.notify_keys_changed()


@pytest.fixture
def company_context(app_context: AppContext) -> AppContext:
    """A company whose key is in the encrypted-file store (ES384)."""
    add_company(
        app_context, EncryptedFileStore(app_context.data_dir / "keys.sello-store", "test passphrase", kdf=TEST_KDF)
    )
    return app_context


@pytest.fixture
def keyring_company_context(app_context: AppContext, secret_service: str) -> AppContext:
    """A company whose key is in the real OS keyring (Secret Service), Ed25519."""
    add_company(app_context, KeyringStore(secret_service), alg="EdDSA")
    return app_context


@pytest.fixture
def page(qtbot, company_context: AppContext) -> Iterator[ShipmentsPage]:
    yield make_page(qtbot, company_context)


def make_page(qtbot, context: AppContext) -> ShipmentsPage:
    widget = ShipmentsPage(context)
    qtbot.addWidget(widget)
    widget.resize(*PAGE_SIZE)
    with qtbot.waitActive(widget):  # focus events (leaving a field) need an active window
        widget.show()
        widget.activateWindow()
    return widget


def settle() -> None:
    """Let nested layouts finish (each level posts its own layout request)."""
    for _ in range(6):
        QApplication.processEvents()


def shot(widget: QWidget, name: str, lang: str, folder: Path) -> Path:
    settle()
    return save_screenshot(widget, name, lang, folder)


def new_document(qtbot, page: ShipmentsPage, doctype: str = "mill-test-report") -> FormView:
    with qtbot.waitSignal(page.draft_opened, timeout=5000):
        page.start.buttons[doctype].click()
    assert page.editor is not None
    return page.editor.form


def input_widget(form: FormView, path: str) -> QWidget:
    row = form.field_row(path)
    assert row is not None, path
    widget = row.editor.input
    if isinstance(widget, QComboBox) and widget.isEditable():
        line = widget.lineEdit()
        assert line is not None
        return line
    return widget


def type_into(qtbot, form: FormView, path: str, text: str, *, replace: bool = False) -> None:
    """Click into the field and type, key by key (as a person would)."""
    form.focus_field(path)
    widget = input_widget(form, path)
    widget.setFocus()
    if replace:
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        elif isinstance(widget, QPlainTextEdit):
            widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def choose_option(form: FormView, path: str, value: str) -> None:
    row = form.field_row(path)
    assert row is not None
    combo = row.editor.input
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


# What a clerk types for a Mill Test Report with two heats (only what the form requires, plus a few extras).
MTR_FIELDS = {
    "certificate.number": "MTR-2025-000417",
    "certificate.purchase_order": "LSF-PO-60110",
    "customer.name": "Lone Star Steel Fabricators LLC",
    "customer.city": "Houston",
    "customer.country": "us",
    "product.standard": "ASTM A572/A572M-21",
    "product.grade": "50",
    "product.description": "Placa de acero al carbono laminada en caliente",
    "product.hs_code": "7208510060",
}
HEAT_FIELDS = [
    {
        "heat_number": "B25-00311",
        "net_weight": "29633",
        "gross_weight": "29678",
        "chemistry.c": "0.18",
        "chemistry.mn": "1.15",
        "chemistry.p": "0.012",
        "chemistry.s": "0.005",
        "chemistry.si": "0.22",
        "mechanical.yield_strength": "381",
        "mechanical.tensile_strength": "523",
        "mechanical.elongation": "24",
    },
    {
        "heat_number": "B25-00312",
        "net_weight": "26670",
        "gross_weight": "26715",
        "chemistry.c": "0.17",
        "chemistry.mn": "1.18",
        "chemistry.p": "0.011",
        "chemistry.s": "0.004",
        "chemistry.si": "0.24",
        "mechanical.yield_strength": "376",
        "mechanical.tensile_strength": "517",
        "mechanical.elongation": "25",
    },
]


def fill_mtr(qtbot, form: FormView, heats: list[dict[str, str]] = HEAT_FIELDS) -> None:
    for path, text in MTR_FIELDS.items():
        type_into(qtbot, form, path, text)
    section = form.repeatable("heats")
    while len(section.rows) < len(heats):
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    for i, heat in enumerate(heats):
        for field, text in heat.items():
            type_into(qtbot, form, f"heats[{i}].{field}", text)
