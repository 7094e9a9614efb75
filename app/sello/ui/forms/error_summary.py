"""Every problem of a form in one list, shown before issuing; a click on a line takes
the user to the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sello.core.documents.validation import FieldError
from sello.ui.forms.field_row import ERROR_COLOUR
from sello.ui.forms.language import ui_language

MAX_VISIBLE_LINES = 6


class ErrorSummary(QFrame):
    field_chosen = Signal(str)  # the path of the field to go to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self.setStyleSheet(
            f"QFrame#errorSummary {{ border: 1px solid {ERROR_COLOUR}; border-radius: 6px;"
            f" background: #fdeceb; }} QFrame#errorSummary QLabel {{ color: #7f1d1d; }}"
        )
        self.errors: list[FieldError] = []
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("errorList")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setStyleSheet("QListWidget#errorList { background: transparent; color: #7f1d1d; }")
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        self.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        self._fill()
        self.setVisible(bool(errors))

    def clear(self) -> None:
        self.show_errors([])

    def _fill(self) -> None:
        lang = ui_language()
        self.list.clear()
        for error in self.errors:
            item = QListWidgetItem(error.text(lang))
            item.setData(Qt.ItemDataRole.UserRole, error.path)
            item.setToolTip(self.tr("Go to this field"))
            self.list.addItem(item)
        rows = min(len(self.errors), MAX_VISIBLE_LINES)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 6 if rows else 0)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("%n problem(s) to fix before issuing", "", len(self.errors)))
        self.hint.setText(self.tr("Click a line to go to the field."))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.field_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
