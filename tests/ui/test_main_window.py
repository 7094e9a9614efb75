"""The main window: pages, navigation, shortcuts, status bar, geometry, lazy start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from sello.core.keys import profiles
from sello.ui import dialogs, preferences
from sello.ui.context import AppContext
from sello.ui.main_window import MainWindow
from sello.ui.pages import PAGES, PageSpec
from sello.ui.pages.settings_page import SettingsPage
from tests.ui.fixtures import add_key, app_context, language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot

PAGE_KEYS = ["shipments", "documents", "inbox", "keys", "verify", "trust", "settings"]


class RecordingPage(QLabel):
    """A page plugged in through the registry, to show that a factory string is all it takes."""

    created: list[RecordingPage] = []

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("recording page", parent)
        self.context = context
        self.shown_count = 0
        RecordingPage.created.append(self)

    def page_shown(self) -> None:
        self.shown_count += 1


@pytest.fixture
def window(qtbot, app_context: AppContext) -> MainWindow:
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_opens_on_first_page_with_all_pages_listed(window: MainWindow) -> None:
    nav = window.navigation
    assert [nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(nav.count())] == PAGE_KEYS
    assert [nav.item(r).text() for r in range(nav.count())] == [
        "Shipments",
        "Documents",
        "Inbox",
        "Keys",
        "Verify",
        "Trust",
        "Settings",
    ]
    assert all(not nav.item(r).icon().isNull() for r in range(nav.count()))
    assert window.current_page_key() == "shipments"
    assert window.windowTitle() == "Sello"
    page = window.stack.currentWidget()
    assert page.objectName() == "page_shipments" and page.title_label.text() == "Shipments"
    # pages are created on first show only
    assert [key for key in PAGE_KEYS if window.page_widget(key) is not None] == ["shipments"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


def test_navigation_list_switches_pages(qtbot, window: MainWindow) -> None:
    nav = window.navigation
    for row, key in enumerate(PAGE_KEYS):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.page_widget(key)
    assert isinstance(window.page_widget("settings"), SettingsPage)
    assert window.page_widget("keys").title_label.text() == "Keys"


def test_ctrl_number_shortcuts_switch_pages(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    for number in (3, 5, 1, 4, 2):
        qtbot.keyClick(window.navigation, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == PAGE_KEYS[number - 1]
        assert window.navigation.currentRow() == number - 1
        assert window._view_actions[PAGE_KEYS[number - 1]].isChecked()


def test_quit_shortcut_and_menu_shortcuts_are_standard(window: MainWindow) -> None:
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert [window._view_actions[k].shortcut().toString() for k in PAGE_KEYS] == [f"Ctrl+{n}" for n in range(1, 8)]
    window.quit_action.trigger()
    assert not window.isVisible()


def test_geometry_and_last_page_are_restored_by_a_second_window(qtbot, app_context: AppContext) -> None:
    first = MainWindow(app_context)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(40, 30, 730, 520))  # inside the 800x600 offscreen screen
    first.show_page("keys")
    qtbot.waitUntil(lambda: first.size().width() == 730)
    first.close()
    assert preferences.open_settings().value(preferences.WINDOW_GEOMETRY_KEY) is not None

    second = MainWindow(app_context)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (730, 520)
    assert (second.geometry().x(), second.geometry().y()) == (40, 30)
    assert second.current_page_key() == "keys"


def test_status_bar_shows_profile_and_key_and_switches_profile(qtbot, app_context: AppContext) -> None:
    acme = profiles.create_profile(app_context.db, "Aceros del Norte, S.A. de C.V.", rfc="ADN980312AB1")
    other = profiles.create_profile(app_context.db, "Laminados del Golfo")
    add_key(app_context.db, acme.id, "k" * 43, alg="ES384", label="Firma 2026", store="keyring")
    add_key(app_context.db, other.id, "e" * 43, alg="EdDSA", label="", store="file")
    app_context.refresh_profiles()
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.show()
    status = win.status_widget

    assert status.profile_combo.isVisible() and not status.profile_label.isVisible()
    assert [status.profile_combo.itemText(i) for i in range(status.profile_combo.count())] == [
        "Aceros del Norte, S.A. de C.V.",
        "Laminados del Golfo",
    ]
    assert status.profile_combo.currentText() == "Aceros del Norte, S.A. de C.V."
    assert status.key_label.text() == "Firma 2026 · ES384 · OS keyring"
    assert win.windowTitle() == "Sello — Aceros del Norte, S.A. de C.V."

    with qtbot.waitSignal(app_context.profile_changed) as changed:
        status.profile_combo.setCurrentIndex(1)
        status.profile_combo.activated.emit(1)
    assert changed.args == [other.id]
    assert status.key_label.text() == "eeeeeeee · Ed25519 · encrypted file"
    assert win.windowTitle() == "Sello — Laminados del Golfo"
    assert profiles.default_profile_id(app_context.db) == other.id  # shared with the CLI


def test_status_bar_without_profile_says_so(window: MainWindow) -> None:
    status = window.status_widget
    assert not status.profile_combo.isVisible()
    assert status.profile_label.text() == "none set up yet"
    assert status.key_label.text() == "none — create one in Keys"


def test_a_page_plugs_in_by_its_factory_string(qtbot, app_context: AppContext) -> None:
    pages = (*PAGES[:2], PageSpec("keys", PAGES[2].title, "keys", f"{__name__}:RecordingPage"), *PAGES[3:])
    RecordingPage.created.clear()
    win = MainWindow(app_context, pages=pages)
    qtbot.addWidget(win)
    assert RecordingPage.created == []  # not created before it is shown
    win.show_page("keys")
    win.show_page("verify")
    win.show_page("keys")
    [page] = RecordingPage.created
    assert win.stack.currentWidget() is page and page.context is app_context
    assert page.shown_count == 2


def test_a_broken_page_shows_the_crash_dialog_not_a_dead_window(qtbot, app_context: AppContext) -> None:
    pages = (PAGES[0], PageSpec("keys", PAGES[2].title, "keys", "sello.ui.pages.no_such_module:Page"))
    win = MainWindow(app_context, pages=pages)
    qtbot.addWidget(win)
    win.show_page("keys")
    assert isinstance(win.stack.currentWidget(), QLabel)
    assert [r.kind for r in dialogs.history] == ["crash"]
    assert "ModuleNotFoundError" in dialogs.history[0].text


def test_about_names_the_version(window: MainWindow) -> None:
    from sello import __version__

    dialogs.set_next_answer(dialogs.Answer.OK)
    window.about_action.trigger()
    assert dialogs.history[-1].title == "About Sello"
    assert dialogs.history[-1].text == f"Sello {__version__}"


def test_about_shows_the_build_information(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The About dialog shows what `sello --about` prints: the bundle's build-info.json."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sello.core import buildinfo

    info = tmp_path / "build-info.json"
    info.write_text(
        json.dumps(
            {"version": "9.8.7", "commit": "ab" * 20, "build_date": "2026-01-02T03:04:05Z", "sbom_sha256": "cd" * 32}
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(buildinfo, "build_info_path", lambda: info)
    with language("es"):
        window.about_action.trigger()
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        text = box.informativeText()
        box.accept()
    assert "Versión: 9.8.7" in text and f"Revisión (commit): {'ab' * 20}" in text
    assert "Fecha de compilación: 2026-01-02T03:04:05Z" in text and f"SHA-256 del SBOM: {'cd' * 32}" in text


def test_main_window_and_settings_screenshots(qtbot, app_context: AppContext, tmp_path: Path) -> None:
    acme = profiles.create_profile(app_context.db, "Aceros del Norte, S.A. de C.V.", rfc="ADN980312AB1")
    add_key(app_context.db, acme.id, "Q3x9" * 10 + "abc", label="Firma 2026")
    app_context.refresh_profiles()
    win = MainWindow(app_context)
    qtbot.addWidget(win)
    win.resize(1120, 720)
    win.show()
    qtbot.waitExposed(win)
    for lang, expected in (("es", "Envíos"), ("en", "Shipments")):
        with language(lang):
            win.show_page("shipments")
            assert win.navigation.item(0).text() == expected
            save_screenshot(win, "main_window", lang, tmp_path)
            settings = win.show_page("settings")
            qtbot.waitUntil(lambda: settings.storage_value.text() != "\u2026")  # looked up off the GUI thread
            save_screenshot(win, "settings_page", lang, tmp_path)
    win.resize(800, 560)  # the smallest sensible size still shows everything
    with language("es"):
        save_screenshot(win, "settings_page_small", "es", tmp_path)


def test_start_up_imports_no_heavy_module(tmp_path: Path) -> None:
    """The first window must not pay for reportlab, pypdfium2, QtMultimedia, PyLD or keyring."""
    script = textwrap.dedent("""
        import json, sys
        from PySide6.QtWidgets import QApplication
        from sello.ui.app import configure_application
        from sello.ui.context import AppContext
        from sello.ui.main_window import MainWindow
        app = QApplication([])
        configure_application(app)
        window = MainWindow(AppContext.open())
        window.show()
        app.processEvents()
        heavy = ["reportlab", "pypdfium2", "PySide6.QtMultimedia", "pyld", "keyring"]
        print(json.dumps([m for m in heavy if m in sys.modules]))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SELLO_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


class TextPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QLineEdit, QVBoxLayout

        super().__init__(parent)
        self.field = QLineEdit("MTR-2026-0142")
        QVBoxLayout(self).addWidget(self.field)


def test_edit_menu_acts_on_the_focused_field(qtbot, app_context: AppContext) -> None:
    from PySide6.QtGui import QGuiApplication

    win = MainWindow(app_context, pages=(PageSpec("text", PAGES[0].title, "shipments", f"{__name__}:TextPage"),))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    field = win.page_widget("text").field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    win._edit_actions["selectAll"].trigger()
    win._edit_actions["copy"].trigger()
    assert QGuiApplication.clipboard().text() == "MTR-2026-0142"
    win._edit_actions["cut"].trigger()
    assert field.text() == ""
    win._edit_actions["undo"].trigger()
    assert field.text() == "MTR-2026-0142"


def test_run_starts_the_app_on_the_given_data_folder(tmp_path: Path) -> None:
    """`sello --home DIR` end to end: the window comes up, and the data and preferences land in DIR."""
    home = tmp_path / "elsewhere"
    env = {k: v for k, v in os.environ.items() if k != "SELLO_HOME"}
    env.update(QT_QPA_PLATFORM="offscreen", SELLO_STARTUP_PROBE="1")
    result = subprocess.run(
        [sys.executable, "-m", "sello.ui.app", "--home", str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("sello-startup-ready ")
    assert (home / "sello.db").exists() and (home / "logs" / "sello.log").exists()
    assert "last_page=shipments" in (home / "settings.ini").read_text()
