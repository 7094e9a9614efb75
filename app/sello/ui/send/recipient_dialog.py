"""Add a recipient to the address book: the partner's did:web and the OAuth client it gave
us. The client secret goes to the key store (OS keyring or the encrypted file), never to
the database; the field shows dots."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sello.core.exchange.recipients import DEFAULT_SCOPES, Recipient
from sello.ui.errors import error_handler
from sello.ui.send import work
from sello.ui.tasks import run_task, serial_pool


class RecipientDialog(QDialog):
    saved = Signal(object)  # Recipient

    def __init__(self, key_manager: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key_manager = key_manager
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.did_edit = QLineEdit()
        self.did_edit.setPlaceholderText("did:web:api.broker.example")
        self.client_id_edit = QLineEdit()
        self.token_endpoint_edit = QLineEdit()
        self.token_endpoint_edit.setPlaceholderText("https://api.broker.example/oauth/token")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.audience_edit = QLineEdit()
        self.scopes_edit = QLineEdit(" ".join(DEFAULT_SCOPES))
        self.form = QFormLayout()
        self._rows = (
            self.name_edit,
            self.did_edit,
            self.client_id_edit,
            self.token_endpoint_edit,
            self.secret_edit,
            self.audience_edit,
            self.scopes_edit,
        )
        self._labels = [QLabel() for _ in self._rows]
        for label, edit in zip(self._labels, self._rows, strict=True):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslateUi()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "did": self.did_edit.text(),
            "client_id": self.client_id_edit.text(),
            "token_endpoint": self.token_endpoint_edit.text(),
            "secret": self.secret_edit.text(),
            "audience": self.audience_edit.text(),
            "scopes": tuple(self.scopes_edit.text().replace(",", " ").split()) or DEFAULT_SCOPES,
        }

    def save(self) -> None:
        self.buttons.setEnabled(False)
        run_task(
            work.save_recipient,
            self._key_manager,
            self.values(),
            on_done=self._saved,
            on_error=self._failed,
            pool=serial_pool(),
            context=self,
        )

    def _saved(self, recipient: Recipient) -> None:
        self.secret_edit.clear()
        self.saved.emit(recipient)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        error_handler(self)(exc)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New recipient"))
        self.intro.setText(
            self.tr(
                "A partner that receives documents over the Traceability API gives you its DID and an OAuth "
                "client. The client secret is kept in your key store, never in Sello's database."
            )
        )
        labels = (
            self.tr("Name"),
            self.tr("Partner DID (did:web)"),
            self.tr("OAuth client id"),
            self.tr("Token endpoint"),
            self.tr("Client secret"),
            self.tr("Audience (optional)"),
            self.tr("Scopes"),
        )
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
