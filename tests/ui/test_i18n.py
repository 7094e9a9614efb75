"""Languages: complete Spanish translations, live switching, OS-locale choice, locale formats."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidget, QWidget

from sello.core.qr.payload import encode_td1
from sello.core.resources import resource_path
from sello.ui import i18n, preferences
from sello.ui.context import AppContext
from sello.ui.crash_dialog import CrashDialog
from sello.ui.issue.batch_dialog import BatchDialog
from sello.ui.keys.key_dialogs import NewKeyDialog, RenameKeyDialog
from sello.ui.keys.passphrase_dialogs import AskPassphraseDialog
from sello.ui.main_window import MainWindow
from sello.ui.pages import PAGES
from sello.ui.pages.shipments_page import ShipmentsPage
from sello.ui.setup_wizard import SetupWizard
from sello.ui.verifier_window import VerifierWindow
from tests.language_checks import is_english
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.shipment_helpers import company_context, make_page, new_document  # noqa: F401
from tests.ui.visible_texts import all_texts, plain
from tests.unit.core.vc_helpers import issue

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = {lang: resource_path("translations", f"sello_{lang}.ts") for lang in ("es", "en")}


def ts_messages(path: Path) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type attribute) for every message of a .ts file."""
    messages = []
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            forms = (
                [f.text or "" for f in translation.findall("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            messages.append((name, message.findtext("source", ""), forms, translation.get("type")))
    return messages


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_string_has_a_finished_translation(lang: str) -> None:
    messages = ts_messages(TS_FILES[lang])
    assert len(messages) > 50
    problems = [
        f"{ctx}: {src!r}"
        for ctx, src, forms, kind in messages
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms)
    ]
    assert problems == [], f"untranslated in sello_{lang}.ts:\n" + "\n".join(problems)


def test_spanish_keeps_placeholders_and_accelerators() -> None:
    for ctx, source, forms, _kind in ts_messages(TS_FILES["es"]):
        for placeholder in (
            "{version}",
            "{path}",
            "{language}",
            "{qt}",
            "{python}",
            "{name}",
            "%n",
            "{fingerprint}",
            "{did}",
        ):
            if placeholder in source:
                assert all(placeholder in f for f in forms), (ctx, source, forms)
        if "&" in source.replace("&&", ""):
            assert all("&" in f for f in forms), (ctx, source, forms)


def test_translation_sources_match_the_code(tmp_path: Path) -> None:
    """Every string marked in app/sello/ui is in the .ts (run tools/update_translations.py)."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS_FILES["es"], fresh)
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    update_translations.run_lupdate(fresh, "es_MX")
    in_code = {(ctx, src) for ctx, src, _forms, kind in ts_messages(fresh) if kind != "vanished"}
    committed = {(ctx, src) for ctx, src, _forms, _kind in ts_messages(TS_FILES["es"])}
    assert in_code - committed == set(), "new strings: run tools/update_translations.py and translate them"
    assert committed - in_code == set(), "strings no longer in the code: run tools/update_translations.py"


def visible_texts(root: QWidget) -> list[str]:
    return [text for _where, text in all_texts(root)]


def test_language_switch_retranslates_the_visible_window(qtbot, app_context: AppContext) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    for key in ("settings", "keys", "shipments"):
        window.show_page(key)

    def snapshot() -> dict[str, object]:
        nav = window.navigation
        return {
            "nav": [nav.item(r).text() for r in range(nav.count())],
            "menus": [a.text() for a in window.menuBar().actions()],
            "quit": window.quit_action.text(),
            "page": window.page_widget("shipments").title_label.text(),
            "settings": window.page_widget("settings").title_label.text(),
            "company": window.status_widget.profile_caption.text(),
        }

    english = {
        "nav": ["Shipments", "Documents", "Inbox", "Keys", "Verify", "Trust", "Settings"],
        "menus": ["&File", "&Edit", "&View", "&Help"],
        "quit": "&Quit",
        "page": "Shipments",
        "settings": "Settings",
        "company": "Company:",
    }
    assert snapshot() == english
    i18n.manager().set_preference("es")
    assert snapshot() == {
        "nav": ["Envíos", "Documentos", "Recibidos", "Llaves", "Verificar", "Confianza", "Configuración"],
        "menus": ["&Archivo", "&Editar", "&Ver", "A&yuda"],
        "quit": "&Salir",
        "page": "Envíos",
        "settings": "Configuración",
        "company": "Empresa:",
    }
    assert preferences.read(preferences.LANGUAGE) == "es"
    i18n.manager().set_preference("en")
    assert snapshot() == english


def english_on_screen(root: QWidget, english_only: set[str]) -> list[str]:
    """Every text of `root` (labels, buttons, tooltips, placeholders, headers, combo items,
    menus...) that is an English sentence, or exactly an English source Spanish translates."""
    return sorted({f"{where}: {text}" for where, text in all_texts(root) if is_english(text) or text in english_only})


def english_sources() -> set[str]:
    return {plain(src) for _ctx, src, forms, _k in ts_messages(TS_FILES["es"]) if forms[0] != src}


def every_window(context: AppContext) -> list[QWidget]:
    """The main window with every page, the verifier window, the setup wizard and the dialogs."""
    window = MainWindow(context)
    window.show()
    for spec in PAGES:
        window.show_page(spec.key)
    verifier = VerifierWindow(context, online=False)
    wizard = SetupWizard(context)
    dialogs_ = [
        BatchDialog(context),
        NewKeyDialog(store_description="GNOME Keyring"),
        RenameKeyDialog("Firma 2026"),
        AskPassphraseDialog(
            title="Respaldo", message="Contraseña del respaldo", verb="Abrir"
        ),  # callers pass tr() texts
        CrashDialog("ValueError: x", "Traceback (most recent call last): ..."),
    ]
    return [window, verifier, wizard, *dialogs_]


def test_no_english_left_on_screen_in_spanish(qtbot, app_context: AppContext) -> None:
    """Every text of every window, page and dialog, switched to Spanish, is Spanish."""
    windows = every_window(app_context)
    for widget in windows:
        qtbot.addWidget(widget)
    english_only = english_sources()
    with language("es"):
        shown = [text for widget in windows for _where, text in all_texts(widget)]
        left = [line for widget in windows for line in english_on_screen(widget, english_only)]
    assert len(shown) > 300  # it did read the windows' texts
    assert left == [], "\n".join(left)


def test_windows_made_in_spanish_show_no_english(qtbot, app_context: AppContext) -> None:
    """The same, for windows created while the UI is already Spanish (the app's start)."""
    english_only = english_sources()
    with language("es"):
        windows = every_window(app_context)
        for widget in windows:
            qtbot.addWidget(widget)
        left = [line for widget in windows for line in english_on_screen(widget, english_only)]
    assert left == [], "\n".join(left)


@pytest.mark.parametrize("where", ["label", "tooltip", "placeholder", "header", "combo", "menu"])
def test_a_planted_english_text_is_caught(qtbot, app_context: AppContext, where: str) -> None:
    """Control: the check above fails on a hard-coded English text wherever it sits."""
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    planted = "Check for updates every week"
    if where == "label":
        page.layout().addWidget(QLabel(planted))
    elif where == "tooltip":
        page.title_label.setToolTip(planted)
    elif where == "placeholder":
        edit = QLineEdit()
        edit.setPlaceholderText(planted)
        page.layout().addWidget(edit)
    elif where == "header":
        table = QTableWidget(1, 2)
        table.setHorizontalHeaderLabels(["RFC", planted])
        page.layout().addWidget(table)
    elif where == "combo":
        combo = QComboBox()
        combo.addItems(["Diario", planted])
        page.layout().addWidget(combo)
    else:
        window.menuBar().actions()[0].menu().addAction(planted)
    with language("es"):
        left = english_on_screen(window, english_sources())
    assert [line for line in left if planted in line] != [], left


def test_settings_combo_switches_language_at_once(qtbot, app_context: AppContext) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    combo = page.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "es", "en"]
    assert combo.itemText(1) == "Español" and combo.itemText(2) == "English"
    combo.setCurrentIndex(1)
    assert window.navigation.item(0).text() == "Envíos"
    assert page.title_label.text() == "Configuración"
    assert combo.currentIndex() == 1 and combo.itemText(0).startswith("El mismo que la computadora")
    combo.setCurrentIndex(0)  # "same as the computer": English here
    assert window.navigation.item(0).text() == "Shipments"
    assert preferences.read(preferences.LANGUAGE) == "system"


@pytest.mark.parametrize(
    ("env_locale", "expected"),
    [("es_MX.UTF-8", "es"), ("es_ES.UTF-8", "es"), ("en_US.UTF-8", "en"), ("fr_FR.UTF-8", "en")],
)
def test_system_language_follows_the_os_locale(env_locale: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(LANG=env_locale, LC_ALL=env_locale, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", "from sello.ui import i18n; print(i18n.system_language())"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=True,
    )
    assert result.stdout.strip() == expected


def test_numbers_and_dates_follow_the_ui_locale(sello_app) -> None:
    with language("es"):
        assert i18n.format_number(1234567.5, 2) == "1,234,567.50"  # es_MX: comma groups, point decimals
        assert i18n.format_date("2026-03-31") == "31/03/26"
        assert i18n.format_date(date(2026, 1, 5)) == "05/01/26"
    assert i18n.format_number(1234567.5, 2) == "1,234,567.50"
    assert i18n.format_date("2026-03-31") == "3/31/26"
    assert i18n.format_number(42) == "42"
    assert "2026" in i18n.format_datetime("2026-03-31T17:05:00Z") or "26" in i18n.format_datetime(
        "2026-03-31T17:05:00Z"
    )


def test_missing_qm_is_compiled_from_the_ts_into_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sello_app
) -> None:
    source = tmp_path / "translations"
    source.mkdir()
    shutil.copy(TS_FILES["es"], source / "sello_es.ts")
    cache = tmp_path / "cache"
    monkeypatch.setattr(i18n, "translations_dir", lambda: source)
    monkeypatch.setattr(i18n, "_cache_dir", lambda: cache)
    qm = i18n.qm_file_for("es")
    assert qm is not None and qm.parent == cache and qm.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(qm.name, str(qm.parent))
    assert translator.translate("Navigation", "Shipments") == "Envíos"
    assert i18n.qm_file_for("es") == qm  # compiled once, then reused
    assert i18n.qm_file_for("de") is None


def test_unknown_saved_language_falls_back_to_system(sello_app) -> None:
    preferences.open_settings().setValue(preferences.LANGUAGE.key, "klingon")
    assert preferences.read(preferences.LANGUAGE) == "system"
    assert i18n.resolve_language("klingon") == i18n.system_language()
    assert QCoreApplication.translate("Navigation", "Shipments") == "Shipments"


def test_a_working_company_shows_no_english_in_spanish(qtbot, company_context: AppContext) -> None:
    """With a key, every document form (checked, so its errors show), and verdicts on screen."""
    english_only = english_sources()
    left: list[str] = []
    with language("es"):
        window = MainWindow(company_context)
        qtbot.addWidget(window)
        window.show()
        for spec in PAGES:
            window.show_page(spec.key)
        left += english_on_screen(window, english_only)
        for doctype in ShipmentsPage(company_context).start.buttons:
            page = make_page(qtbot, company_context)
            form = new_document(qtbot, page, doctype)
            form.check()
            left += english_on_screen(page, english_only)
        verifier = VerifierWindow(company_context, online=False)
        qtbot.addWidget(verifier)
        verifier.show()
        issued = issue()
        header, payload, signature = issued.token.split(".")
        tampered = f"{header}.{payload[:-4]}AAAA.{signature}"
        for text, signal in (
            (encode_td1(issued.token), verifier.view.controller.verified),
            (tampered, verifier.view.controller.verified),
            ("TD1:6BF", verifier.view.controller.failed),
        ):
            with qtbot.waitSignal(signal, timeout=10_000):
                verifier.view.controller.verify_code(text, "scanner")
            left += english_on_screen(verifier, english_only)
    assert left == [], "\n".join(left)
