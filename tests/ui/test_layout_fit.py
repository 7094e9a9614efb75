"""Nothing is cut off at laptop window sizes: the main window at 1120 x 720 (its old fixed
first size) and on the commonest laptop screen (1366 x 768), in Spanish and English,
with a company's realistic data -- two keys (one retired), a Mill Test Report draft with
two heats and an inline error, two issued documents, one of them revoked, and the
revoked one's verdict on the Verify page.

Every page (and every tab of Trust and Verify) is shown, photographed
(``layout_<page>_<width>x<height>_<lang>.png``, see `tests.ui.screenshots`) and measured
with `tests.ui.layout_checks`: no horizontal scroll bar, no control outside the area
that shows it, no label shorter than its wrapped text.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from sello.core.documents.drafts import DraftStore
from sello.core.documents.issuance import DocumentIssuer, IssuedDocument
from sello.core.keys.profiles import create_profile, set_default_profile
from sello.core.keys.store import EncryptedFileStore, default_file_store_path
from sello.core.trust.statuslist import revoke
from sello.ui.context import AppContext
from sello.ui.forms.reflow_grid import ReflowGridLayout
from sello.ui.main_window import MainWindow, default_window_size
from sello.ui.pages import PAGES, PageSpec
from sello.ui.pages.shipments_page import ShipmentsPage
from sello.ui.pages.verify_page import VerifyPage
from tests.e2e.conftest import example
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.key_helpers import TEST_KDF
from tests.ui.layout_checks import clipped_widgets, horizontal_scroll_bars
from tests.ui.screenshots import save_screenshot
from tests.ui.shipment_helpers import settle

SIZES = ((1120, 720), (1366, 768))
LAYOUT_LEVELS = 16  # nested layouts from a form field up to the window, with room to spare
OTHER_DOCTYPES = ("commercial-invoice", "packing-list", "bill-of-lading", "usmca-certification")
LEGAL_NAME = "Aceros y Laminación del Bajío, S.A. de C.V."
DOMAIN = "aceroslaminacion.mx"
REVOKE_REASON = (
    "Número de colada equivocado en la colada 2; se reemplaza por el certificado MTR-2024-031188 "
    "con los datos corregidos"
)


def settle_layouts() -> None:
    """A change deep in the form (an error under a chemistry field) reaches the scroll area
    one layout level per pass of posted events: a dozen levels, then one paint."""
    for _ in range(LAYOUT_LEVELS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    settle()


def offline_verify_page(context: AppContext, parent: QWidget | None = None) -> VerifyPage:
    """The Verify page without network look-ups (a plug-in through `PageSpec.factory`)."""
    return VerifyPage(context, parent, online=False)


TEST_PAGES = tuple(
    PageSpec(s.key, s.title, s.icon, f"{__name__}:offline_verify_page") if s.key == "verify" else s for s in PAGES
)


@dataclass
class Company:
    revoked: IssuedDocument
    valid: IssuedDocument
    draft_id: int


@pytest.fixture
def company(app_context: AppContext) -> Company:
    """The mill of the exporter journey: two keys (the first retired), two documents (the
    first signed with the retired key and revoked), and a Mill Test Report draft with two
    heats, 140 % carbon in the second one."""
    db = app_context.db
    profile = create_profile(
        db,
        LEGAL_NAME,
        rfc="ALB980312AB1",
        web_domain=DOMAIN,
        address={
            "street": "Carretera León–Silao km 4.5",
            "city": "León",
            "region": "Guanajuato",
            "postal_code": "37490",
            "country": "MX",
        },
    )
    set_default_profile(db, profile.id)
    app_context.use_key_store(
        EncryptedFileStore(default_file_store_path(app_context.data_dir), "frase de prueba", kdf=TEST_KDF)
    )
    app_context.set_profile(profile.id)
    manager = app_context.key_manager
    assert manager is not None
    first_key = manager.create_key("ES384", "web", DOMAIN, label="Llave de firma 2026")
    data = example("mill-test-report")
    data["heats"] = data["heats"][:2]
    first = DocumentIssuer(db, manager).issue("mill-test-report", data)
    manager.rotate(first_key.id)
    second_data = copy.deepcopy(data)
    second_data["certificate"]["number"] = "MTR-2024-031188"
    second = DocumentIssuer(db, manager).issue("mill-test-report", second_data)
    revoke(db, first.id, REVOKE_REASON)

    draft = copy.deepcopy(data)
    draft["certificate"]["number"] = "MTR-2024-031189"
    draft["heats"][1]["chemistry"]["c"] = "140"
    store = DraftStore(db, profile.id)
    created = store.create("mill-test-report", draft)
    store.set_last_opened(created.id)
    app_context.notify_keys_changed()
    return Company(first, second, created.id)


@pytest.fixture
def window(qtbot, company: Company, app_context: AppContext) -> Iterator[MainWindow]:
    with language("es"):
        win = MainWindow(app_context, pages=TEST_PAGES)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        yield win
        verify = win.page_widget("verify")
        if isinstance(verify, VerifyPage):
            verify.view.shutdown()


def prepare_pages(qtbot, window: MainWindow, company: Company) -> None:
    """What each page shows while it is measured: the draft checked (its problems listed
    and shown under the fields), the revoked document selected, its verdict."""
    shipments = window.show_page("shipments")
    assert shipments.editor is not None and shipments.editor.draft_id == company.draft_id
    assert shipments.editor.check() == 1
    carbon = shipments.editor.form.field_row("heats[1].chemistry.c")
    assert carbon is not None and carbon.error_label.isVisibleTo(carbon)

    documents = window.show_page("documents")
    assert documents.select_document(company.revoked.id)
    assert documents.details.reason_value.text() == REVOKE_REASON

    keys = window.show_page("keys")
    assert keys.model.rowCount() == 2

    settings = window.show_page("settings")
    qtbot.waitUntil(lambda: settings.storage_value.text() != "\u2026")  # looked up off the GUI thread

    verify = window.show_page("verify")
    with qtbot.waitSignal(verify.view.controller.verified, timeout=10_000) as verified:
        verify.view.verify_file(company.revoked.pdf_path)
    assert verified.args[0].verdict.color == "red"


def views(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Show every page (Shipments with and without its draft), and every tab of a page made
    of tabs; yields (name, page)."""
    for spec in TEST_PAGES:
        page = window.show_page(spec.key)
        if isinstance(page, ShipmentsPage):  # what it shows with no draft open, too
            page.stack.setCurrentWidget(page.start)
            yield "shipments-start", page
            page.stack.setCurrentWidget(page.editor)
        tabs = page.findChild(QTabWidget)
        if tabs is None or tabs.parent() is not page:
            yield spec.key, page
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield (spec.key if index == 0 else f"{spec.key}-{index}"), page
        tabs.setCurrentIndex(0)


def test_every_page_fits_laptop_windows_in_both_languages(
    qtbot, window: MainWindow, company: Company, tmp_path: Path
) -> None:
    prepare_pages(qtbot, window, company)
    problems: list[str] = []
    shots: list[Path] = []
    for lang in ("es", "en"):
        with language(lang):
            for width, height in SIZES:
                window.resize(width, height)
                settle_layouts()
                assert (window.width(), window.height()) == (width, height), "the window cannot be that small"
                for name, page in views(window):
                    settle_layouts()
                    shots.append(save_screenshot(window, f"layout_{name}_{width}x{height}", lang, tmp_path))
                    found = horizontal_scroll_bars(page) + clipped_widgets(page)
                    problems += [f"{lang} {width}x{height} {name}: {p}" for p in found]
    for path in shots:
        print(f"screenshot: {path}")
    assert not problems, "\n".join(problems)


def test_every_document_form_fits_in_both_languages(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """The other document types' forms, filled from their example files: line items,
    packages, address-book buttons, dates."""
    page = window.show_page("shipments")
    assert isinstance(page, ShipmentsPage) and page.store is not None
    problems: list[str] = []
    for doctype in OTHER_DOCTYPES:
        page.open_draft(page.store.create(doctype, example(doctype)).id)
        assert page.editor is not None and page.editor.doctype.id == doctype
        for lang in ("es", "en"):
            with language(lang):
                for width, height in SIZES:
                    window.resize(width, height)
                    settle_layouts()
                    assert (window.width(), window.height()) == (width, height), "the window cannot be that small"
                    save_screenshot(window, f"layout_form-{doctype}_{width}x{height}", lang, tmp_path)
                    found = horizontal_scroll_bars(page) + clipped_widgets(page)
                    problems += [f"{lang} {width}x{height} {doctype}: {p}" for p in found]
    assert not problems, "\n".join(problems)


def fully_shown(widget: QWidget) -> bool:
    """Every pixel of ``widget`` is on screen (not cut by a scroll area, a splitter or the window)."""
    shown = widget.visibleRegion().boundingRect()
    return widget.isVisible() and (shown.width(), shown.height()) == (widget.width(), widget.height())


def whole_text(label: QLabel) -> bool:
    """A wrapped label is tall enough for all its lines, and all of it is on screen."""
    return label.heightForWidth(label.width()) <= label.height() and fully_shown(label)


def test_what_the_journey_showed_cut_is_whole_at_the_default_size(qtbot, window: MainWindow, company: Company) -> None:
    """The fingerprint's second line, the did.json address, the revocation reason, the
    document id, C's two-line error, the heat's Si column and its Delete button."""
    prepare_pages(qtbot, window, company)
    window.resize(1120, 720)
    keys = window.show_page("keys")
    settle_layouts()
    details = keys.details
    assert details.fingerprint_value.text().count("\n") == 1  # two lines of groups
    assert f"https://{DOMAIN}/.well-known/did.json" in details.publish_value.text()
    for label in (details.fingerprint_value, details.publish_value, details.stored_value):
        assert whole_text(label), label.text()
    assert fully_shown(details.publish_button) and fully_shown(details.copy_fingerprint_button)

    documents = window.show_page("documents")
    settle_layouts()
    panel = documents.details
    assert panel.reason_value.text() == REVOKE_REASON
    assert panel.id_value.text() == company.revoked.id.removeprefix("urn:uuid:")
    for label in (panel.status_value, panel.reason_value, panel.id_value):
        assert whole_text(label), label.text()

    form = window.show_page("shipments").editor.form
    for path in ("heats[1].chemistry.c", "heats[1].chemistry.si", "heats[1].chemistry.n", "heats[1].gross_weight"):
        assert form.focus_field(path)
        settle_layouts()
        row = form.field_row(path)
        assert fully_shown(row), path
    carbon = form.field_row("heats[1].chemistry.c")
    form.focus_field(carbon.path)
    settle_layouts()
    assert carbon.error_label.text() and whole_text(carbon.error_label)
    heat = form.repeatable("heats").rows[1]
    form.scroll.ensureWidgetVisible(heat.delete_button)
    settle_layouts()
    assert fully_shown(heat.delete_button)
    assert form.scroll.horizontalScrollBar().maximum() == 0


def test_the_first_window_fits_the_screen_it_opens_on() -> None:
    assert default_window_size(QSize(1920, 1040)) == QSize(1280, 800)  # room: the preferred size
    assert default_window_size(QSize(1366, 728)) == QSize(1280, 680)  # laptop with a taskbar: above it
    assert default_window_size(QSize(1024, 600)) == QSize(984, 552)


def test_fields_take_as_many_columns_as_fit(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    grid = ReflowGridLayout(holder, max_columns=3, min_column_width=100, horizontal_spacing=10, vertical_spacing=5)
    fields = [QLabel(f"field {i}") for i in range(4)]
    for label in fields[:3]:
        grid.addWidget(label)
    notes = QLabel("notes")
    grid.addWidget(notes, full_row=True)
    grid.addWidget(fields[3])
    assert [grid.columns_for(width) for width in (400, 320, 319, 210, 209, 50)] == [3, 3, 2, 2, 1, 1]
    line = fields[0].sizeHint().height()
    holder.resize(320, 400)
    grid.setGeometry(QRect(0, 0, 320, 400))
    assert [f.geometry().topLeft().toTuple() for f in fields] == [(0, 0), (110, 0), (220, 0), (0, 2 * (line + 5))]
    assert notes.geometry() == QRect(0, line + 5, 320, line)  # a line of its own, the whole width
    assert grid.heightForWidth(320) == 3 * line + 2 * 5
    grid.setGeometry(QRect(0, 0, 209, 400))  # one column: five lines
    assert [f.geometry().left() for f in fields] == [0, 0, 0, 0]
    assert grid.heightForWidth(209) == 5 * line + 4 * 5
    assert grid.minimumSize().width() == max(100, *(f.minimumSizeHint().width() for f in fields))


def test_the_checks_see_a_cut_label_and_a_sideways_scroll(qtbot) -> None:
    """The measurements above can fail: a wrapped label squeezed to one line, a button
    pushed out of its window, and a scroll area scrolling sideways are all reported."""
    window = QWidget()
    qtbot.addWidget(window)
    reason = QLabel(REVOKE_REASON, window)
    reason.setWordWrap(True)
    reason.setGeometry(0, 0, 200, reason.fontMetrics().lineSpacing())  # room for one line only
    button = QPushButton("Eliminar", window)
    button.setGeometry(250, 0, 100, 30)
    scroll = QScrollArea(window)
    wide = QWidget()
    wide.setMinimumWidth(900)
    scroll.setWidget(wide)
    scroll.setGeometry(0, 40, 300, 200)
    QVBoxLayout(wide)
    window.resize(300, 240)
    window.show()
    qtbot.waitExposed(window)
    cut = clipped_widgets(window)
    assert any("Número de colada" in line and "height" in line for line in cut), cut
    assert any("Eliminar" in line and "outside" in line for line in cut), cut
    assert len(horizontal_scroll_bars(window)) == 1
