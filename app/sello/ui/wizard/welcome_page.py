"""Step 1: what Sello does, in two lines, and what the next steps are."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from sello.ui.wizard import flow
from sello.ui.wizard.base import SetupPage
from sello.ui.wizard.flow import SetupChoices


class WelcomePage(SetupPage):
    step_id = flow.WELCOME

    def __init__(self, choices: SetupChoices, parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        self.what_label = self.text_label()
        self.what_label.setObjectName("welcomeWhat")
        self.steps_label = self.text_label()
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.what_label)
        layout.addWidget(self.steps_label)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Welcome to Sello"))
        self.setSubTitle(self.tr("Let\u2019s prepare Sello for your company. It takes about two minutes."))
        self.what_label.setText(
            self.tr(
                "Sello signs your export documents, so anyone can check that they come from your company and "
                "were not changed.\nIt prints them with a QR code that U.S. border staff can verify, even offline."
            )
        )
        self.steps_label.setText(
            self.tr(
                "Next you will:\n"
                "1. enter your company\u2019s details,\n"
                "2. create its signing key, kept safe on this computer,\n"
                "3. save a protected backup copy of that key."
            )
        )
