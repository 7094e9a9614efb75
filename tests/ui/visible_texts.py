"""Every text a person can read in a window: labels, buttons, titles, tooltips, placeholders,
table and tree headers, combo and list items, tabs, menus and actions, wizard pages.

`tests/ui/test_i18n.py` reads them under the Spanish UI and fails on English sentences
(`tests.language_checks.is_english`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
    QWizard,
    QWizardPage,
)

_TAG = re.compile(r"<[^>]+>")
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def plain(text: str) -> str:
    """Rich text without its tags and entities, accelerator marks removed."""
    text = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(re.sub(r"&(?=\w)", "", text).split())


def _header_texts(model: QAbstractItemModel | None, orientation: Qt.Orientation, count: int) -> Iterator[str]:
    if model is None:
        return
    for section in range(count):
        for role in _ROLES:
            value = model.headerData(section, orientation, role)
            if isinstance(value, str):
                yield value


def _action_texts(actions: list[QAction], seen: set[int]) -> Iterator[tuple[str, str]]:
    for action in actions:
        if id(action) in seen:
            continue
        seen.add(id(action))
        name = f"action {action.objectName() or action.text()!r}"
        yield name, action.text()
        yield name + " tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        yield name + " status tip", action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield name + " menu", menu.title()
            yield from _action_texts(menu.actions(), seen)


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for one widget's own texts."""
    kind = type(widget).__name__
    if widget.isWindow():
        yield f"{kind} window title", widget.windowTitle()
    yield f"{kind} tooltip", widget.toolTip()
    yield f"{kind} status tip", widget.statusTip()
    yield f"{kind} what's this", widget.whatsThis()
    yield f"{kind} accessible name", widget.accessibleName()
    yield f"{kind} accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield f"{kind} text", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield f"{kind} text", widget.text()
    if isinstance(widget, QGroupBox):
        yield f"{kind} title", widget.title()
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield f"{kind} placeholder", widget.placeholderText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():  # text shown, not typed
        for line in widget.toPlainText().splitlines():
            yield f"{kind} line", line
    if isinstance(widget, QAbstractSpinBox):
        yield f"{kind} special value", widget.specialValueText()
        for attribute in ("prefix", "suffix"):
            if hasattr(widget, attribute):
                yield f"{kind} {attribute}", getattr(widget, attribute)()
    if isinstance(widget, QProgressBar) and widget.isTextVisible():
        yield f"{kind} format", widget.format()
    if isinstance(widget, QComboBox):
        yield f"{kind} placeholder", widget.placeholderText()
        for index in range(widget.count()):
            yield f"{kind} item", widget.itemText(index)
            tip = widget.itemData(index, Qt.ItemDataRole.ToolTipRole)
            yield f"{kind} item tooltip", tip if isinstance(tip, str) else ""
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"{kind} tab", widget.tabText(index)
            yield f"{kind} tab tooltip", widget.tabToolTip(index)
    if isinstance(widget, QHeaderView):
        yield from ((f"{kind} header", t) for t in _header_texts(widget.model(), widget.orientation(), widget.count()))
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(widget.columnCount()):
            yield f"{kind} header", header.text(column)
            yield f"{kind} header tooltip", header.toolTip(column)
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield f"{kind} item", widget.item(row).text()
            yield f"{kind} item tooltip", widget.item(row).toolTip()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QTreeWidget):
        model = widget.model()
        if model is not None and model.columnCount() and model.rowCount() <= 50:
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
                    yield f"{kind} cell tooltip", tip if isinstance(tip, str) else ""
    if isinstance(widget, QWizardPage):
        yield f"{kind} title", widget.title()
        yield f"{kind} subtitle", widget.subTitle()
    if isinstance(widget, QWizard):
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            yield f"{kind} button", widget.buttonText(which)


def all_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every non-empty text of `root`, its children, their actions and menus."""
    found: list[tuple[str, str]] = []
    seen_actions: set[int] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        found += list(widget_texts(widget))
        found += list(_action_texts(widget.actions(), seen_actions))
        if isinstance(widget, QMenu):
            found.append(("QMenu title", widget.title()))
    return [(where, plain(text)) for where, text in found if text and plain(text)]
