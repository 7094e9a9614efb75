"""Step 3: how the signing key is identified (did:web or did:key), its algorithm under
"Advanced", and where its private part will be kept (the keyring check runs in the
background from the moment the wizard opens)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from sello.ui.keys.key_options import KeyOptionsWidget
from sello.ui.wizard import flow
from sello.ui.wizard.base import SetupPage
from sello.ui.wizard.flow import SetupChoices


class SigningKeyPage(SetupPage):
    step_id = flow.SIGNING_KEY

    def __init__(self, choices: SetupChoices, parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        self.options = KeyOptionsWidget(algorithm=choices.algorithm)
        self.options.changed.connect(self.completeChanged)
        self.storage_label = self.text_label()
        self.storage_label.setObjectName("storageLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.options)
        layout.addWidget(self.storage_label)
        layout.addStretch(1)
        self.retranslateUi()

    def initializePage(self) -> None:
        self.options.set_domain(self.choices.web_domain)

    def storage_known(self) -> None:
        """The keyring check finished (the wizard calls this)."""
        self._show_storage()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.choices.storage is not None and self.options.is_complete()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        chosen = self.options.options()
        self.choices.algorithm = chosen.alg
        self.choices.did_method = chosen.did_method
        if chosen.did_method == "web":
            self.choices.web_domain = chosen.domain
        return True

    def _show_storage(self) -> None:
        label: QLabel = self.storage_label
        if self.choices.storage is None:
            label.setText(self.tr("Checking where this computer can keep the private key\u2026"))
        elif self.choices.storage == flow.KEYRING:
            label.setText(
                self.tr(
                    "The private key will be kept in this computer\u2019s keyring ({name}). It never leaves "
                    "it, except in the protected backup you make next."
                ).format(name=self.choices.storage_description)
            )
        else:
            label.setText(
                self.tr(
                    "This computer has no keyring Sello can use; the next step offers a file protected by a "
                    "passphrase instead."
                )
            )

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your signing key"))
        self.setSubTitle(
            self.tr("Sello signs every document with this key. Verifiers use its public part to check the signature.")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create key"))
        self._show_storage()
