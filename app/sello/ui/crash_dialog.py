"""The dialog for an unexpected error: a calm sentence, details to copy, nothing scary up front.

Shown only through `sello.ui.dialogs.show_crash` (STYLE 9/10). The technical details
(versions, traceback) stay folded away until asked for; "Copy details" puts them on
the clipboard so the clerk can paste them into an e-mail to whoever supports Sello.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = summary
        self._details_text = details

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        self.heading.setObjectName("crashHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumWidth(420)  # (an explicit minimum on the dialog would stop it growing)
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        texts = QVBoxLayout()
        texts.addWidget(self.heading)
        texts.addWidget(self.explanation)
        texts.addWidget(self.summary_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(620, 240)
        self.details.setVisible(False)

        self.toggle_button = QPushButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._show_details)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    @staticmethod
    def window_title() -> str:
        return QCoreApplication.translate("CrashDialog", "Unexpected problem")

    @property
    def details_text(self) -> str:
        return self._details_text

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"{self._summary}\n\n{self._details_text}")
        self.copy_button.setText(self.tr("Copied"))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.retranslateUi()
        self.adjustSize()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.window_title())
        self.heading.setText(self.tr("Sello ran into a problem it did not expect."))
        self.explanation.setText(
            self.tr(
                "What you were doing may not have finished; check it before going on. "
                "If this happens again, click \u201cCopy details\u201d and send them to the person "
                "who supports Sello for you."
            )
        )
        self.toggle_button.setText(self.tr("Hide details") if self.details.isVisible() else self.tr("Show details"))
        self.copy_button.setText(self.tr("Copy details"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
