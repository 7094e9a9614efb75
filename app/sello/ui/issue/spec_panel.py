"""What the specification check found, beside the preview of a Mill Test Report: a calm
note when every heat is within its grade (or when Sello has no table for it), or the
values outside the grade with a check box the clerk must tick to issue anyway (the
confirmation is recorded in the audit log by `DocumentIssuer.record`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from sello.core.documents.doctypes import DocType
from sello.core.documents.spec_checks import SpecReport, check_spec
from sello.core.documents.validation import InvalidDocumentError, normalize_data
from sello.ui.forms.language import ui_language

WARNING_STYLE = (
    'QFrame#specPanel[deviating="true"] { background: #fff7e6; border: 1px solid #d99a2b; border-radius: 6px; }'
    ' QFrame#specPanel[deviating="false"] { background: #eef4fb; border: 1px solid #9bbbe0; border-radius: 6px; }'
)


def spec_report_of(doctype: DocType, data: dict[str, Any]) -> SpecReport | None:
    """The comparison with the named grade, or None (no heats, or the form is not valid yet)."""
    try:
        return check_spec(doctype, normalize_data(doctype, data))
    except InvalidDocumentError:
        return None


class SpecPanel(QFrame):
    confirmation_changed = Signal(bool)

    def __init__(self, report: SpecReport | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("specPanel")
        self.report = report
        self.setProperty("deviating", bool(report and report.deviations))
        self.setStyleSheet(WARNING_STYLE)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmOutOfGrade")
        self.confirm.toggled.connect(self.confirmation_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.confirm)
        self.confirm.setVisible(self.needs_confirmation)
        self.setVisible(report is not None)
        self.retranslateUi()

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.report and self.report.deviations)

    @property
    def confirmed(self) -> bool:
        return not self.needs_confirmation or self.confirm.isChecked()

    def retranslateUi(self) -> None:
        if self.report is None:
            return
        lang = ui_language()
        if self.report.deviations:
            self.heading.setText(self.tr("Values outside %s") % self.report.name)
            lines = [f"• {d.text(lang)}" for d in self.report.deviations]
            advice = self.tr(
                "Compare them with the laboratory's results. If they are right, confirm below: "
                "the confirmation is kept in the audit log."
            )
            self.body.setText("\n".join([*lines, "", advice]))
            self.confirm.setText(self.tr("They are right: issue anyway"))
        else:
            self.heading.setText(self.tr("Product specification"))
            conformity = self.report.conformity()
            text = self.report.notice()[lang]
            if conformity:
                text += "\n" + self.tr("The PDF will say: %s") % conformity[lang]
            self.body.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
