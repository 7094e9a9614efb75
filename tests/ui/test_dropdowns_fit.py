"""Nothing is cut in a drop-down at 1366 x 768, in Spanish or English: the chosen text
fits the closed box (the EN 10204 type was shown as "3.1 — Certificado de inspecci"),
and the open list is as wide as its widest choice. Every document form is checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

from sello.ui.main_window import MainWindow
from sello.ui.pages.shipments_page import ShipmentsPage
from tests.e2e.conftest import DOCTYPES, example
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot
from tests.ui.test_layout_fit import company, settle_layouts, window  # noqa: F401

LIST_MARGIN = 8  # the list's frame and item padding


def cut_drop_downs(root: QWidget) -> list[str]:
    problems = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisible():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        shown = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        metrics = combo.fontMetrics()
        name = combo.objectName() or combo.parentWidget().objectName()
        if metrics.horizontalAdvance(combo.currentText()) > shown.width():
            problems.append(f"{name}: “{combo.currentText()}” is cut ({shown.width()} px shown)")
        widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
        opened = max(combo.view().minimumWidth(), combo.width())
        if widest + LIST_MARGIN > opened:
            problems.append(f"{name}: its list ({opened} px) cuts a choice {widest} px wide")
    return problems


def test_no_drop_down_is_cut_on_a_laptop_screen(qtbot, window: MainWindow, tmp_path: Path) -> None:
    page = window.show_page("shipments")
    assert isinstance(page, ShipmentsPage) and page.store is not None
    problems: list[str] = []
    for doctype in DOCTYPES:
        page.open_draft(page.store.create(doctype, example(doctype)).id)
        for lang in ("es", "en"):
            with language(lang):
                window.resize(1366, 768)
                settle_layouts()
                if doctype == "mill-test-report" and lang == "es":
                    save_screenshot(window, "specs_mtr_form_1366x768", lang, tmp_path)
                problems += [f"{lang} {doctype}: {p}" for p in cut_drop_downs(page)]
    assert not problems, "\n".join(problems)
