"""Drop-downs for coded fields (countries, ports, Incoterms, units, currencies) with
type-ahead: typing "mex", "Méx" or "MX" offers México, accent-insensitive, codes first
(`sello.core.documents.refdata.search`)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from sello.core.documents import refdata
from sello.core.documents.fieldtype_display import SEPARATOR as SEPARATOR  # the editors' too
from sello.core.documents.fieldtypes import REGISTRY, field_type

CODE_TYPES = frozenset(name for name, kind in REGISTRY.items() if kind.codes is not None)
MAX_SUGGESTIONS = 40


@functools.cache
def code_items(kind: str, lang: str) -> tuple[tuple[str, str], ...]:
    """``(code, "MX — México")`` pairs for a coded field type, in drop-down order."""
    codes = field_type(kind).codes if kind in CODE_TYPES else None
    if codes is None:
        raise ValueError(kind)
    return codes(lang)


_MODELS: dict[tuple[str, str], QStandardItemModel] = {}


def code_model(kind: str, lang: str) -> QStandardItemModel:
    """One shared model per list and language (a form has dozens of country boxes)."""
    key = (kind, lang)
    model = _MODELS.get(key)
    if model is None:
        model = QStandardItemModel(QCoreApplication.instance())
        for code, label in code_items(kind, lang):
            item = QStandardItem(label)
            item.setData(code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        _MODELS[key] = model
    return model


class TypeAhead:
    """Accent-insensitive suggestions for an editable combo box, filtered as the user types."""

    def __init__(self, combo: QComboBox, kind: str, lang: str) -> None:
        self.combo = combo
        self.kind = kind
        self.lang = lang
        self.model = QStringListModel(combo)
        self.completer = QCompleter(self.model, combo)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        combo.setCompleter(self.completer)
        self.completer.activated[str].connect(self._chosen)
        line = combo.lineEdit()
        assert line is not None
        line.textEdited.connect(self._filter)

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def suggestions(self, text: str) -> list[str]:
        items = list(code_items(self.kind, self.lang))
        return [label for _code, label in refdata.search(items, text)[:MAX_SUGGESTIONS]]

    def _filter(self, text: str) -> None:
        if not text.strip():
            self.completer.popup().hide()
            return
        self.model.setStringList(self.suggestions(text))
        self.completer.complete()

    def _chosen(self, label: str) -> None:
        index = self.combo.findText(label, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.combo.setCurrentIndex(index)
