"""Every problem of a form in one list, shown before issuing; a click on a line takes
the user to the field. Once a check has run the panel stays: green with "all correct"
(and what the specification check found) when nothing is wrong, so "Check" always
answers; and it never gets shorter while shown, so the form does not jump under the
cursor as problems are fixed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sello.core.documents.validation import FieldError
from sello.ui.forms.field_row import ERROR_COLOUR
from sello.ui.forms.language import ui_language

MAX_VISIBLE_LINES = 6
OK_STYLE = (
    "QFrame#errorSummary { border: 1px solid #2f855a; border-radius: 6px; background: #e9f7ef; }"
    " QFrame#errorSummary QLabel { color: #1c4532; }"
    " QListWidget#errorList { background: transparent; color: #1c4532; }"
)


class ErrorSummary(QFrame):
    field_chosen = Signal(str)  # the path of the field to go to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self._error_style = (
            f"QFrame#errorSummary {{ border: 1px solid {ERROR_COLOUR}; border-radius: 6px;"
            f" background: #fdeceb; }} QFrame#errorSummary QLabel {{ color: #7f1d1d; }}"
            " QListWidget#errorList { background: transparent; color: #7f1d1d; }"
        )
        self.setStyleSheet(self._error_style)
        self.errors: list[FieldError] = []
        self.notes: list[dict[str, str]] = []  # shown when nothing is wrong (the specification check)
        self._list_height = 0  # never shrinks while the panel is shown
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("errorList")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        self.hide()

    @property
    def all_correct(self) -> bool:
        return self.isVisibleTo(self.parentWidget()) and not self.errors

    def show_errors(self, errors: list[FieldError], notes: list[dict[str, str]] | None = None) -> None:
        """The result of a check: the problems, or (none) "all correct" with `notes`."""
        self.errors = list(errors)
        self.notes = list(notes or [])
        self._fill()
        self.show()

    def clear(self) -> None:
        self.errors, self.notes, self._list_height = [], [], 0
        self.hide()

    def _fill(self) -> None:
        lang = ui_language()
        self.list.clear()
        for error in self.errors:
            item = QListWidgetItem(error.text(lang))
            item.setData(Qt.ItemDataRole.UserRole, error.path)
            item.setToolTip(self.tr("Go to this field"))
            self.list.addItem(item)
        if not self.errors:
            for note in self.notes:
                item = QListWidgetItem(note.get(lang) or note["en"])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(item)
        self.setStyleSheet(self._error_style if self.errors else OK_STYLE)
        rows = min(self.list.count(), MAX_VISIBLE_LINES)
        wanted = self.list.sizeHintForRow(0) * rows + 6 if rows else 0
        self._list_height = max(self._list_height, wanted) if self.isVisible() else wanted
        self.list.setFixedHeight(self._list_height)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        if self.errors:
            self.heading.setText(self.tr("%n problem(s) to fix before issuing", "", len(self.errors)))
            self.hint.setText(self.tr("Click a line to go to the field."))
        else:
            self.heading.setText(self.tr("All correct: nothing is missing or wrong."))
            self.hint.setText(self.tr("The document is ready to issue."))

    def _chosen(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.field_chosen.emit(path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
