"""The selected document: what it is, its state, the actions on it and its activity."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sello.ui import i18n, theme
from sello.ui.detail_panels import VerticalScrollArea
from sello.ui.documents.audit_view import DocumentAuditView
from sello.ui.documents.notice import NoticeLabel
from sello.ui.documents.records import DocumentRecord
from sello.ui.documents.table_model import doctype_title


def _value_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class DocumentDetailsPanel(QWidget):
    reprint_requested = Signal()
    export_jwt_requested = Signal()
    export_pdf_requested = Signal()
    revoke_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: DocumentRecord | None = None
        self._selected = 0
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageIntro")
        self.subtitle.setWordWrap(True)

        self.counterparty_caption, self.counterparty_value = QLabel(), _value_label()
        self.issued_caption, self.issued_value = QLabel(), _value_label()
        self.status_caption, self.status_value = QLabel(), _value_label()
        self.reason_caption, self.reason_value = QLabel(), _value_label()
        self.key_caption, self.key_value = QLabel(), _value_label()
        self.id_caption, self.id_value = QLabel(), _value_label()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_value.setFont(mono)
        self.id_value.setFont(mono)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # by a value's 1st line
        for caption, value in (
            (self.counterparty_caption, self.counterparty_value),
            (self.issued_caption, self.issued_value),
            (self.status_caption, self.status_value),
            (self.reason_caption, self.reason_value),
            (self.key_caption, self.key_value),
            (self.id_caption, self.id_value),
        ):
            self.form.addRow(caption, value)

        self.reprint_button = QPushButton()
        self.export_jwt_button = QPushButton()
        self.export_pdf_button = QPushButton()
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revokeDocumentButton")
        self.reprint_button.clicked.connect(self.reprint_requested)
        self.export_jwt_button.clicked.connect(self.export_jwt_requested)
        self.export_pdf_button.clicked.connect(self.export_pdf_requested)
        self.revoke_button.clicked.connect(self.revoke_requested)
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.export_jwt_button, self.export_pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)  # apart from the harmless ones

        self.notice = NoticeLabel()
        self.notice.setObjectName("pageIntro")
        self.activity_caption = QLabel()
        caption_font = self.activity_caption.font()
        caption_font.setBold(True)
        self.activity_caption.setFont(caption_font)
        self.audit_view = DocumentAuditView()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("pageIntro")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # what it is on the left; what to do with it and what happened to it on the right
        # (the facts scroll when the window is short, rather than losing a wrapped line)
        self.content = QWidget()
        facts = QWidget()
        facts.setObjectName("documentFacts")
        info = QVBoxLayout(facts)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(theme.SPACING // 2)
        info.addWidget(self.heading)
        info.addWidget(self.subtitle)
        info.addLayout(self.form)
        info.addWidget(self.notice)
        info.addStretch(1)
        activity = QVBoxLayout()
        activity.setSpacing(theme.SPACING // 2)
        activity.addLayout(buttons)
        activity.addWidget(self.activity_caption)
        activity.addWidget(self.audit_view, 1)
        columns = QHBoxLayout(self.content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(theme.SPACING * 2)
        columns.addWidget(VerticalScrollArea(facts), 4)
        columns.addLayout(activity, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACING // 2, 0, 0)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.empty_label, 1)
        self.retranslateUi()
        self.show_document(None)

    @property
    def record(self) -> DocumentRecord | None:
        return self._record

    def show_document(self, record: DocumentRecord | None, selected: int = 1) -> None:
        """Show one document (None: nothing selected); `selected` counts the table's selection."""
        if record is None or self._record is None or record.id != self._record.id:
            self.notice.clear()
        self._record = record
        self._selected = selected if record is not None else 0
        self.content.setVisible(record is not None)
        self.empty_label.setVisible(record is None)
        self._fill()

    def show_notice(self, make: Callable[[], str]) -> None:
        """A message about the last action; `make` words it in the current language."""
        self.notice.show_notice(make)

    def _fill(self) -> None:
        record = self._record
        if record is None:
            return
        self.heading.setText(record.title or record.short_id)
        self.subtitle.setText(doctype_title(record.doctype))
        self.counterparty_value.setText(record.counterparty or "\u2014")
        self.issued_value.setText(i18n.format_datetime(record.issued_at))
        if record.revoked and record.revoked_at:
            self.status_value.setText(self.tr("Revoked on {date}").format(date=i18n.format_datetime(record.revoked_at)))
            self.reason_value.setText(record.revoke_reason or "")
            self.status_value.setStyleSheet(f"color: {theme.VERDICT_COLOURS['red'].foreground}; font-weight: 600;")
        else:
            self.status_value.setText(self.tr("Valid (not revoked)"))
            self.reason_value.clear()
            self.status_value.setStyleSheet(f"color: {theme.VERDICT_COLOURS['green'].foreground};")
        self.form.setRowVisible(self.reason_value, record.revoked)
        self.key_value.setText(" ".join(record.key_id[i : i + 4] for i in range(0, 16, 4)) + " \u2026")
        self.key_value.setToolTip(record.key_id)
        self.id_value.setText(record.id.removeprefix("urn:uuid:"))  # the CLI takes it (or its start) too
        self.id_value.setToolTip(record.id)
        revocable = self._selected > 1 or not record.revoked
        self.revoke_button.setEnabled(revocable)
        self.revoke_button.setText(
            self.tr("&Revoke %n document(s)\u2026", "", max(self._selected, 1))
            if self._selected > 1
            else self.tr("&Revoke\u2026")
        )

    def retranslateUi(self) -> None:
        self.counterparty_caption.setText(self.tr("Customer:"))
        self.issued_caption.setText(self.tr("Issued:"))
        self.status_caption.setText(self.tr("Status:"))
        self.reason_caption.setText(self.tr("Reason:"))
        self.key_caption.setText(self.tr("Signing key:"))
        self.id_caption.setText(self.tr("Document id:"))
        self.reprint_button.setText(self.tr("&Print again"))
        self.reprint_button.setToolTip(
            self.tr(
                "Open the document's PDF to print it (it is rendered again from the "
                "signed document if its file is missing)."
            )
        )
        self.export_jwt_button.setText(self.tr("Export .&jwt\u2026"))
        self.export_jwt_button.setToolTip(
            self.tr("Save the signed credential exactly as issued (vc+jwt), for systems that verify credentials.")
        )
        self.export_pdf_button.setText(self.tr("Save P&DF copy\u2026"))
        self.activity_caption.setText(self.tr("Activity"))
        self.empty_label.setText(self.tr("Select a document to see its details and activity."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
