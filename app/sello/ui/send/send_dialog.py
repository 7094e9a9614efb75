"""Enviar… / Send…: the chosen documents, signed into one presentation with the company key,
go to a recipient's Traceability API. Queued first (it survives a crash or a closed
laptop), then delivered; the dialog says what happened in words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sello.core.exchange.outbox import OutboxEntry
from sello.core.exchange.recipients import Recipient
from sello.core.exchange.sender import DeliveryOutcome
from sello.ui import theme
from sello.ui.errors import error_handler
from sello.ui.forms.language import ui_language
from sello.ui.send import work
from sello.ui.send.recipient_dialog import RecipientDialog
from sello.ui.tasks import run_task, serial_pool


class SendDialog(QDialog):
    sent = Signal(object)  # DeliveryOutcome

    def __init__(self, key_manager: Any, documents: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`documents`: (document id, title) of what to send."""
        super().__init__(parent)
        self._key_manager = key_manager
        self._document_ids = [d for d, _ in documents]
        self._outcome: DeliveryOutcome | None = None
        self.recipient_dialog: RecipientDialog | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.documents_list = QListWidget()
        self.documents_list.addItems([title or document_id for document_id, title in documents])
        self.documents_list.setMaximumHeight(110)
        self.recipient_combo = QComboBox()
        self.recipient_combo.currentIndexChanged.connect(self._show_recipient)
        self.new_recipient_button = QPushButton()
        self.new_recipient_button.clicked.connect(self.add_recipient)
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.recipient_combo, 1)
        recipient_row.addWidget(self.new_recipient_button)
        self.recipient_label = QLabel()
        self.recipient_label.setObjectName("pageIntro")
        self.recipient_label.setWordWrap(True)
        self.instance_edit = QLineEdit()
        self.form = QFormLayout()
        self.documents_caption, self.recipient_caption, self.instance_caption = QLabel(), QLabel(), QLabel()
        self.recipient_caption.setBuddy(self.recipient_combo)
        self.instance_caption.setBuddy(self.instance_edit)
        self.form.addRow(self.documents_caption, self.documents_list)
        self.form.addRow(self.recipient_caption, recipient_row)
        self.form.addRow("", self.recipient_label)
        self.form.addRow(self.instance_caption, self.instance_edit)
        self.status_label = QLabel()
        self.status_label.setObjectName("sendStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.load_recipients()
        self.retranslateUi()

    # -- recipients ----------------------------------------------------------------------
    def load_recipients(self, select: str | None = None) -> None:
        recipients = work.recipient_book(self._key_manager).list()
        self.recipient_combo.clear()
        for r in recipients:
            self.recipient_combo.addItem(r.name, r)
        if select:
            self.recipient_combo.setCurrentIndex(max(0, self.recipient_combo.findText(select)))
        self._show_recipient()

    def recipient(self) -> Recipient | None:
        data = self.recipient_combo.currentData()
        return data if isinstance(data, Recipient) else None

    def _show_recipient(self, *_args: object) -> None:
        r = self.recipient()
        self.send_button.setEnabled(r is not None and self._outcome is None)
        self.recipient_label.setText(
            self.tr("{did} \u2022 client {client}").format(did=r.did, client=r.client_id)
            if r
            else self.tr("No recipient yet: add the partner that will receive the documents.")
        )

    def add_recipient(self) -> None:
        dialog = RecipientDialog(self._key_manager, self)
        dialog.saved.connect(lambda r: self.load_recipients(select=r.name))
        self.recipient_dialog = dialog
        dialog.open()

    # -- sending -------------------------------------------------------------------------
    def send(self) -> None:
        recipient = self.recipient()
        if recipient is None:
            return
        self.send_button.setEnabled(False)
        self._show_status("amber", self.tr("Signing and sending to {name}\u2026").format(name=recipient.name))
        run_task(
            work.queue,
            self._key_manager,
            recipient.id,
            self._document_ids,
            self.instance_edit.text().strip(),
            on_done=self._queued,
            on_error=self._failed,
            pool=serial_pool(),
            context=self,
        )

    def _queued(self, entry: OutboxEntry) -> None:
        run_task(
            work.deliver, self._key_manager, entry.id, on_done=self.show_outcome, on_error=self._failed, context=self
        )

    def _failed(self, exc: BaseException) -> None:
        self._show_recipient()
        self.status_label.hide()
        error_handler(self)(exc)

    def show_outcome(self, outcome: DeliveryOutcome) -> None:
        self._outcome = outcome
        entry = outcome.entry
        reason = entry.error_text(ui_language())
        if outcome.outcome in ("delivered", "duplicate"):
            self._show_status(
                "green",
                self.tr("\u2713 Delivered to {name}: its system accepted the presentation.").format(
                    name=entry.recipient_name
                ),
            )
        elif outcome.outcome == "retry":
            self._show_status(
                "amber",
                self.tr("Not delivered yet: {reason} It waits in the outbox.").format(reason=reason),
            )
        else:
            self._show_status(
                "red",
                self.tr("\u2717 Not delivered: {reason} Fix it, then use Retry on the Documents page.").format(
                    reason=reason
                ),
            )
        self.send_button.setEnabled(False)
        self.sent.emit(outcome)

    def _show_status(self, level: str, text: str) -> None:
        colours = theme.VERDICT_COLOURS[level]
        self.status_label.setStyleSheet(
            f"QLabel#sendStatus {{ background: {colours.background}; color: {colours.foreground};"
            f" border: 1px solid {colours.border}; border-radius: 4px; padding: 8px; }}"
        )
        self.status_label.setText(text)
        self.status_label.show()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Send documents"))
        self.intro.setText(
            self.tr(
                "Sello signs the chosen documents into one presentation with your company key and sends it to "
                "the partner's system over its Traceability API. If the partner cannot be reached, it waits in "
                "the outbox and is sent later."
            )
        )
        self.send_button.setText(self.tr("Send"))
        self.new_recipient_button.setText(self.tr("New recipient\u2026"))
        self.instance_edit.setPlaceholderText(self.tr("e.g. shipment or order number (optional)"))
        self.documents_caption.setText(self.tr("Documents"))
        self.recipient_caption.setText(self.tr("Recipient"))
        self.instance_caption.setText(self.tr("Shipment reference"))
        self._show_recipient()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
