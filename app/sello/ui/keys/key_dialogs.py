"""Dialogs of the Keys page that describe a key: a new key, and a new name."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from sello.ui.keys.form_dialog import FormDialog
from sello.ui.keys.key_options import KeyOptions, KeyOptionsWidget
from sello.ui.keys.passphrase_fields import hint_note

MAX_LABEL_LENGTH = 100  # sello.core.keys.manager refuses longer labels


class NewKeyDialog(FormDialog):
    """Name, identifier (did:web / did:key) and, under Advanced, the algorithm of a new key."""

    preferred_width = 580

    def __init__(
        self, parent: QWidget | None = None, *, domain: str = "", algorithm: str = "ES384", store_description: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newKeyDialog")
        self.store_description = store_description
        self.label_caption = QLabel()
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("labelEdit")
        self.label_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.label_caption.setBuddy(self.label_edit)
        self.options = KeyOptionsWidget(domain=domain, algorithm=algorithm)
        self.options.changed.connect(self.update_buttons)
        self.options.advanced_button.toggled.connect(lambda _shown: self.fit_height())
        self.store_note = hint_note(QLabel())
        form = QFormLayout()
        form.addRow(self.label_caption, self.label_edit)
        self.body.addLayout(form)
        self.body.addWidget(self.options)
        self.body.addWidget(self.store_note)
        self.retranslateUi()
        self.update_buttons()

    def can_submit(self) -> bool:
        return self.options.is_complete()

    def label(self) -> str:
        return " ".join(self.label_edit.text().split())

    def key_options(self) -> KeyOptions:
        return self.options.options()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("New signing key"))
        self.label_caption.setText(self.tr("&Name:"))
        self.label_edit.setPlaceholderText(self.tr("Signing key {year}").format(year=date.today().year))
        self.accept_button.setText(self.tr("&Create key"))
        self.store_note.setText(
            self.tr("Where the private key will be kept: {store}.").format(store=self.store_description)
            if self.store_description
            else ""
        )
        self.store_note.setVisible(bool(self.store_description))


class RenameKeyDialog(FormDialog):
    preferred_width = 440

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renameKeyDialog")
        self.label_caption = QLabel()
        self.label_edit = QLineEdit(current)
        self.label_edit.setObjectName("labelEdit")
        self.label_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.label_edit.selectAll()
        self.label_caption.setBuddy(self.label_edit)
        self.note = hint_note(QLabel())
        form = QFormLayout()
        form.addRow(self.label_caption, self.label_edit)
        self.body.addLayout(form)
        self.body.addWidget(self.note)
        self.retranslateUi()

    def label(self) -> str:
        return " ".join(self.label_edit.text().split())

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Rename key"))
        self.label_caption.setText(self.tr("&Name:"))
        self.note.setText(self.tr("The name is only for you; it is not part of the signature."))
        self.accept_button.setText(self.tr("&Rename"))
