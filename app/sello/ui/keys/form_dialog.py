"""A small form dialog with a verb button and Cancel, opened with ``open()`` (never
``exec()``, STYLE 10), re-translated live and deleted when closed.

While the caller works on the answer (``set_busy(True)``) its buttons are disabled;
`show_error` puts a sentence in the dialog itself, so the user can correct a
passphrase without starting over.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class FormDialog(QDialog):
    preferred_width = 520

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.body = QVBoxLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("warningText")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.accept_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("acceptButton")
        self.cancel_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self._busy = False

    # -- subclasses ----------------------------------------------------------------------
    def can_submit(self) -> bool:
        return True

    def submit(self) -> None:
        """The verb button: by default, close with Accepted."""
        if self.can_submit() and not self._busy:
            self.accept()

    def retranslateUi(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def open(self) -> None:
        self.setMinimumWidth(self.preferred_width)
        self.fit_height()
        super().open()

    def fit_height(self) -> None:
        """Grow to show every wrapped line (top-level windows do not follow heightForWidth by themselves)."""
        self.layout().activate()
        self.adjustSize()

    # -- state ---------------------------------------------------------------------------
    def update_buttons(self) -> None:
        self.accept_button.setEnabled(self.can_submit() and not self._busy)
        self.cancel_button.setEnabled(not self._busy)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        if busy:
            self.error_label.setVisible(False)
        self.update_buttons()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        self.fit_height()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
