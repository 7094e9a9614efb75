"""The verdict: a coloured banner with one sentence, then each check with its evidence and
the signed document field by field, and the buttons to copy or save it.

States: idle (nothing scanned yet), busy, a verdict (green / amber / blue "cannot
confirm" / red, each with its own colour and mark), or a problem (the input could not
be read at all: not a verdict, the banner stays grey).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sello.core.credentials.verdict import Verdict
from sello.core.verification.presentation_view import document_title, documents_heading, holder_heading
from sello.core.verification.view import check_views, document_content
from sello.ui import theme
from sello.ui.verifier import current_language
from sello.ui.verifier.controller import VerificationOutcome
from sello.ui.verifier.details_html import DetailsHeadings, details_html, presentation_html, tips_html
from sello.ui.verifier.report_export import ReportExporter

VERDICT_MARKS = {"green": "✔", "amber": "!", "blue": "?", "red": "✘"}
_NEUTRAL_STYLE = (
    "QFrame#verdict { border: 2px dashed palette(mid); border-radius: 8px; }"
    " QFrame#verdict QLabel { background: transparent; }"
)


class VerdictPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "idle"  # idle, busy, verdict, problem
        self.outcome: VerificationOutcome | None = None
        self._problem = ""
        self._busy_source = ""
        self.exporter = ReportExporter(self)

        self.banner = QFrame()
        self.banner.setObjectName("verdict")
        self.headline = QLabel()
        self.headline.setObjectName("verdictHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("verdictSummary")
        self.summary.setWordWrap(True)
        summary_font = QFont(self.summary.font())
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.15)
        self.summary.setFont(summary_font)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(16, 12, 16, 14)
        banner_layout.setSpacing(4)
        self.mark = QLabel()  # each verdict's own sign beside its colour (not colour alone)
        self.mark.setObjectName("verdictMark")
        self.mark.setFont(font)
        headline_row = QHBoxLayout()
        headline_row.setSpacing(10)
        headline_row.addWidget(self.mark)
        headline_row.addWidget(self.headline, 1)
        banner_layout.addLayout(headline_row)
        banner_layout.addWidget(self.summary)

        self.details = QTextBrowser()
        self.details.setObjectName("verdictDetails")
        self.details.setOpenLinks(False)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

        self.copy_button = QPushButton()
        self.save_json_button = QPushButton()
        self.save_pdf_button = QPushButton()
        self.copy_button.clicked.connect(lambda: self.outcome and self.exporter.copy_json(self.outcome))
        self.save_json_button.clicked.connect(lambda: self.outcome and self.exporter.save_json(self.outcome))
        self.save_pdf_button.clicked.connect(self.save_pdf_report)
        self.export_note = QLabel()
        self.export_note.setObjectName("pageIntro")
        self.export_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.exporter.exported.connect(self._exported)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_json_button)
        buttons.addWidget(self.save_pdf_button)
        buttons.addWidget(self.export_note, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.banner)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.retranslateUi()

    # -- states ---------------------------------------------------------------------------

    def show_idle(self) -> None:
        self.state, self.outcome = "idle", None
        self._render()

    def show_busy(self, source: str) -> None:
        self.state, self._busy_source = "busy", source
        self._render()

    def show_problem(self, message: str) -> None:
        self.state, self.outcome, self._problem = "problem", None, message
        self._render()

    def show_outcome(self, outcome: VerificationOutcome) -> None:
        self.state, self.outcome = "verdict", outcome
        self.export_note.clear()
        self._render()

    @property
    def color(self) -> str | None:
        return self.outcome.verdict.color if self.state == "verdict" and self.outcome else None

    def save_pdf_report(self) -> None:
        if self.outcome is not None:
            from sello.core.verification.inputs import document_type_namer

            self.exporter.save_pdf(self.outcome, current_language(), document_type_namer())

    # -- drawing --------------------------------------------------------------------------

    def _render(self) -> None:
        lang = current_language()
        has_verdict = self.state == "verdict" and self.outcome is not None
        for button in (self.copy_button, self.save_json_button, self.save_pdf_button):
            button.setEnabled(has_verdict)
        if has_verdict:
            assert self.outcome is not None
            self._render_verdict(self.outcome, lang)
            return
        self.banner.setStyleSheet(_NEUTRAL_STYLE)
        self.mark.clear()
        if self.state == "busy":
            self.headline.setText(self.tr("Verifying…"))
            self.summary.setText(
                self.tr(
                    "Checking the signature, the issuer's key, the dates, the revocation status and the trust lists."
                )
            )
        elif self.state == "problem":
            self.headline.setText(self.tr("This input could not be verified"))
            self.summary.setText(self._problem or self.tr("Something went wrong; the details are in the log."))
        else:
            self.headline.setText(self.tr("Ready to verify"))
            self.summary.setText(
                self.tr(
                    "Hold the document's QR code in front of the camera, scan it with a "
                    "handheld scanner, or open a photo, a PDF or a credential file."
                )
            )
        if self.state in ("idle", "problem"):
            self.details.setHtml(
                tips_html(
                    self.tr("Tips"),
                    [
                        self.tr(
                            "Hold the page flat, 15 to 30 cm from the camera, with the light behind you: the green "
                            "frame shows when the code is found."
                        ),
                        self.tr("A code printed in several parts: show each part in turn, in any order."),
                        self.tr(
                            "A handheld scanner must type with the US keyboard layout; Sello says so when it does not."
                        ),
                        self.tr(
                            "Compare the highlighted values with the paper: heat numbers, countries, weights and "
                            "HS codes."
                        ),
                    ],
                )
            )
            return
        self.details.clear()

    def _render_verdict(self, outcome: VerificationOutcome, lang: str) -> None:
        from sello.core.verification.inputs import document_type_namer

        verdict = outcome.verdict
        self.banner.setStyleSheet(theme.verdict_style_sheet(verdict.color))
        headlines = {
            "green": self.tr("Genuine"),
            "amber": self.tr("Genuine — check the notes below"),
            "blue": self.tr("Cannot confirm — this is not a rejection"),
            "red": self.tr("Do not accept"),
        }
        self.headline.setText(headlines[verdict.color])
        self.mark.setText(VERDICT_MARKS[verdict.color])
        namer = document_type_namer()
        summary = verdict.summary(lang, namer)
        if verdict.remedy(lang):
            next_step = self.tr("Next step:")
            summary = f"{summary}.\n{next_step} {verdict.remedy(lang)}"
        self.summary.setText(summary)
        checks = check_views(verdict, lang, outcome.verified_at)
        headings = DetailsHeadings(
            checks=self.tr("Checks"),
            document=self.tr("Document: {doc}"),
            emphasis_note=self.tr("Highlighted: the values to compare with the paper."),
            unconfirmed_note=self.tr(
                "Not confirmed: the signature does not vouch for these values. "
                "They are shown only to compare with the paper."
            ),
        )
        if verdict.documents:  # a presentation: the holder's checks, then each document it carries
            documents = [
                (
                    d.color,
                    headlines[d.color],
                    document_title(d, lang, namer),
                    d.summary(lang, namer),
                    self._document_html(d, outcome, headings),
                )
                for d in verdict.documents
            ]
            self.details.setHtml(
                presentation_html(
                    checks, documents, documents_heading(len(documents), lang), holder_heading(verdict, lang)
                )
            )
            return
        self.details.setHtml(self._document_html(verdict, outcome, headings))

    def _document_html(self, verdict: Verdict, outcome: VerificationOutcome, headings: DetailsHeadings) -> str:
        from sello.core.verification.inputs import document_type_namer

        lang = current_language()
        checks = check_views(verdict, lang, outcome.verified_at)
        document = document_content(verdict.credential, lang, document_type_namer()) if verdict.credential else None
        confirmed = verdict.check("signature").outcome == "passed" if verdict.checks else False
        return details_html(checks, document, headings, confirmed=confirmed)

    def _exported(self, path: object) -> None:
        self.export_note.setText(self.tr("Saved: {path}").format(path=str(path)))

    def retranslateUi(self) -> None:
        self.copy_button.setText(self.tr("Copy as JSON"))
        self.save_json_button.setText(self.tr("Save JSON…"))
        self.save_pdf_button.setText(self.tr("Save PDF report…"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
