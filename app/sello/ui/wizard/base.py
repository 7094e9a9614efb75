"""What every setup-wizard page shares: the flow step it renders, the user's
choices, and live re-translation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from sello.ui.wizard.flow import SetupChoices


class SetupPage(QWizardPage):
    step_id = ""

    def __init__(self, choices: SetupChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.setObjectName(f"setupPage_{self.step_id}")

    @staticmethod
    def text_label(selectable: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def retranslateUi(self) -> None:  # each page sets its texts here
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
