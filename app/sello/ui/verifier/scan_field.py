"""The field a handheld "keyboard-wedge" scanner types into.

A wedge scanner types the whole code in a few milliseconds, then Enter. Some are
set to send CR/LF, or break long codes into lines, so an Enter *inside* the text
must not cut it: Enter only marks the input as finished, and the text is submitted
once no key has arrived for `QUIET_MS` (a scanner types its next character within a
millisecond or two; a person pressing Enter waits far longer than this). Line
breaks are never inserted; pasted text keeps its own and `sello.core.verification.wedge` removes them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

QUIET_MS = 150
_LINE_BREAK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanField(QPlainTextEdit):
    submitted = Signal(str)  # the raw text, as typed or pasted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        metrics = self.fontMetrics()
        self.setFixedHeight(metrics.lineSpacing() * 3 + 2 * self.frameWidth() + 10)
        self._enter_pending = False
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._quiet_elapsed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setPlaceholderText(
            self.tr(
                "Click here, then scan the QR code with a handheld scanner (or paste the code's text and press Enter)."
            )
        )
        self.setAccessibleName(self.tr("Scanner input"))

    def submit(self) -> None:
        """Submit what is in the field now (the Verify button)."""
        self._quiet.stop()
        self._enter_pending = False
        text = self.toPlainText()
        if text.strip():
            self.clear()
            self.submitted.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _LINE_BREAK_KEYS or event.text() in ("\r", "\n"):
            self._enter_pending = True
            self._quiet.start()
            event.accept()
            return
        super().keyPressEvent(event)
        if self._quiet.isActive():  # a key right after Enter: that Enter was inside the code
            self._quiet.start()

    def _quiet_elapsed(self) -> None:
        if self._enter_pending:
            self.submit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
