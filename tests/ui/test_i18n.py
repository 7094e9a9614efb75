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
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from sello.core.resources import resource_path
from sello.ui import i18n, preferences
from sello.ui.context import AppContext
from sello.ui.main_window import MainWindow
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401

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
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [t for t in texts if t]


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


def test_no_english_left_on_screen_in_spanish(qtbot, app_context: AppContext) -> None:
    """Any text still equal to an English source that Spanish translates differently is a bug."""
    english_only = {src for _ctx, src, forms, _k in ts_messages(TS_FILES["es"]) if forms[0] != src}
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    with language("es"):
        for spec_key in ("shipments", "documents", "keys", "verify", "trust", "settings"):
            window.show_page(spec_key)
        shown = set(visible_texts(window))
        left = sorted(shown & english_only)
    assert len(shown) > 25  # it did look at the pages' texts
    assert left == []


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
