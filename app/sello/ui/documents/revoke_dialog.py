"""Ask why, then revoke (STYLE 11): the button names the verb and the number of
documents, Cancel is the default, and the documents affected are listed.

Shown with ``open()`` (never ``exec()``); `revoke_confirmed(reason)` is emitted when
the user presses the verb button with a reason written. Revocation cannot be undone,
and the dialog says so and says when verifiers will see it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sello.ui import i18n
from sello.ui.documents.records import DocumentRecord
from sello.ui.documents.table_model import doctype_title

MAX_REASON = 300
MAX_LISTED_LINES = 8  # then the list scrolls


def affected_line(record: DocumentRecord) -> str:
    parts = [record.title or record.short_id, doctype_title(record.doctype)]
    if record.counterparty:
        parts.append(record.counterparty)
    return " \u2014 ".join(parts) + f" ({i18n.format_date(record.issued_at)})"


class RevokeDialog(QDialog):
    revoke_confirmed = Signal(str)  # the reason

    def __init__(self, documents: Sequence[DocumentRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = list(documents)
        self.setObjectName("revokeDialog")
        self.setMinimumWidth(520)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.affected_caption = QLabel()
        self.affected_label = QLabel("\n".join(f"\u2022 {affected_line(r)}" for r in self.documents))
        self.affected_label.setWordWrap(True)
        self.affected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.affected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.affected_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.affected_area: QWidget = self.affected_label
        if len(self.documents) > MAX_LISTED_LINES:  # a long selection scrolls instead of growing the dialog
            area = QScrollArea()
            area.setWidget(self.affected_label)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setFixedHeight(self.affected_label.fontMetrics().lineSpacing() * MAX_LISTED_LINES + 4)
            self.affected_area = area
        self.reason_caption = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_caption.setBuddy(self.reason_edit)
        self.reason_note = QLabel()
        self.reason_note.setObjectName("pageIntro")
        self.reason_note.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setDefault(True)  # STYLE 11: Cancel is the default
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._reason_changed)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.warning)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.affected_caption)
        layout.addWidget(self.affected_area)
        layout.addWidget(self.reason_caption)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.reason_note)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.reason_edit.setFocus()

    def affected_lines(self) -> list[str]:
        return [line.removeprefix("\u2022 ") for line in self.affected_label.text().splitlines()]

    @property
    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def _reason_changed(self, _text: str) -> None:
        self.revoke_button.setEnabled(bool(self.reason))

    def _confirm(self) -> None:
        if not self.reason:
            return
        self.revoke_confirmed.emit(self.reason)
        self.accept()

    def retranslateUi(self) -> None:
        count = len(self.documents)
        self.setWindowTitle(self.tr("Revoke document(s)", "", count))
        self.heading.setText(self.tr("Revoke %n document(s)? This cannot be undone.", "", count))
        self.warning.setText(
            self.tr(
                "Verifiers will reject the revoked documents once your updated status list is published "
                "(on your website, or in a trust bundle). The documents stay in your records."
            )
        )
        self.affected_caption.setText(self.tr("Documents affected:"))
        self.reason_caption.setText(self.tr("Rea&son (required):"))
        self.reason_edit.setPlaceholderText(self.tr("For example: wrong heat number; replaced by a new certificate"))
        self.reason_note.setText(self.tr("The reason is kept in the activity log; verifiers do not see it."))
        self.revoke_button.setText(self.tr("&Revoke %n document(s)", "", count))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
