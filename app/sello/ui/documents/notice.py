"""A one-line message under a panel ("Saved …", "Imported …") that stays in the UI
language: it keeps how to word itself and words itself again when the language changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class NoticeLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: Callable[[], str] | None = None
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_notice(self, make: Callable[[], str]) -> None:
        """`make` returns the text in the current language (it is called again after a switch)."""
        self._make = make
        self.setText(make())

    def clear(self) -> None:
        self._make = None
        super().clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._make is not None:
            self.setText(self._make())
        super().changeEvent(event)
