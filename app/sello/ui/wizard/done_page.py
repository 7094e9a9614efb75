"""Step 6: what was set up, and the one thing left to do (publish did.json for did:web)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from sello.core.keys.did import did_web_for, did_web_url
from sello.ui.wizard import flow
from sello.ui.wizard.base import SetupPage
from sello.ui.wizard.flow import SetupChoices


class DonePage(SetupPage):
    step_id = flow.DONE

    def __init__(self, choices: SetupChoices, parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        self.summary_label = self.text_label(selectable=True)
        self.summary_label.setObjectName("doneSummary")
        self.next_label = self.text_label(selectable=True)
        self.next_label.setObjectName("doneNext")
        self.backup_label = self.text_label()
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.backup_label)
        layout.addStretch(1)
        self.retranslateUi()

    def initializePage(self) -> None:
        self.retranslateUi()

    def retranslateUi(self) -> None:
        choices = self.choices
        self.setTitle(self.tr("Sello is ready"))
        self.setSubTitle(self.tr("You can now prepare and sign your export documents."))
        self.summary_label.setText(
            self.tr("{company} signs its documents with the key created just now.").format(company=choices.legal_name)
        )
        if choices.did_method == "web":
            self.next_label.setText(
                self.tr(
                    "One thing left: publish your key on your website, so verifiers can find it. In Keys, choose "
                    "\u201cExport did.json\u201d and place the file at {url} (your web provider can do it)."
                ).format(url=did_web_url(did_web_for(choices.web_domain)))
            )
        else:
            self.next_label.setText(
                self.tr(
                    "Nothing to publish: the key is inside your identifier. When your company has a website, "
                    "create a did:web key in Keys; CBP-style verifiers expect it."
                )
            )
        if choices.backup_path is None:
            self.backup_label.setObjectName("warningText")
            self.backup_label.setText(
                self.tr("You have no backup of the key yet. Make one soon in Keys \u2192 \u201cBack up\u201d.")
            )
        else:
            self.backup_label.setObjectName("")
            self.backup_label.setText(
                self.tr("Your backup is at {path}. Keep it safe.").format(path=choices.backup_path)
            )
        self.backup_label.style().unpolish(self.backup_label)
        self.backup_label.style().polish(self.backup_label)
