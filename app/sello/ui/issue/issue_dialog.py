"""Issue one document: look at its first page, confirm, sign and record it, then print,
save or export it.

    dialog = IssueDialog(context, doctype, data, parent=page, after_issue=forget_draft)
    dialog.issued.connect(page.document_issued)
    dialog.open()

1. Preview: the PDF is made without signing (`preview_pdf`) and page 1 rendered with
   pypdfium2, off the GUI thread, marked PREVIEW.
2. "Sign and issue": `DocumentIssuer` loads the key, signs, renders and records, on the
   database thread (`serial_pool`); ``after_issue(document)`` runs there too.
3. Issued: Print… (100 % scale), Save PDF as…, Export .jwt…, Open folder.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sello.core.documents.doctypes import DocType
from sello.core.documents.issuance import DocumentIssuer, IssuedDocument, issuer_block
from sello.core.errors import InputError
from sello.core.keys.logo import read_logo
from sello.core.paths import atomic_write
from sello.ui import dialogs, theme
from sello.ui.context import AppContext
from sello.ui.errors import report_error
from sello.ui.forms.language import local, ui_language
from sello.ui.issue.page_images import mark_as_preview, render_page, scaled_to_width
from sello.ui.issue.preview_pdf import preview_pdf
from sello.ui.issue.printing import print_pdf, printer_for
from sello.ui.issue.spec_panel import SpecPanel, spec_report_of
from sello.ui.tasks import TaskHandle, run_task, serial_pool

PREVIEW_DPI = 110
PREVIEW_WIDTH = 620


def _render_preview(
    doctype: DocType, data: dict[str, Any], issuer: Any, did: str, kid: str, alg: str, mark: str
) -> QImage:
    pdf = preview_pdf(doctype, data, issuer=issuer, issuer_did=did, kid=kid, alg=alg)
    return mark_as_preview(render_page(pdf, 0, dpi=PREVIEW_DPI), mark)


def _sign_and_record(
    db: Any,
    manager: Any,
    data_dir: Path,
    doctype: DocType,
    data: dict[str, Any],
    after_issue: Callable[[IssuedDocument], None] | None,
    confirm_out_of_grade: bool = False,
) -> tuple[IssuedDocument, QImage]:
    issuer = DocumentIssuer(db, manager, data_dir=data_dir)  # loads the private key (keyring / file)
    signed = issuer.sign(doctype, data, confirm_out_of_grade=confirm_out_of_grade)
    document = issuer.record(signed, issuer.render(signed))
    if after_issue is not None:
        after_issue(document)
    return document, render_page(document.pdf_path, 0, dpi=PREVIEW_DPI)


class IssueDialog(QDialog):
    issued = Signal(object)  # IssuedDocument
    preview_ready = Signal()
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # where a copy (PDF or .jwt) was written

    def __init__(
        self,
        context: AppContext,
        doctype: DocType,
        data: dict[str, Any],
        *,
        after_issue: Callable[[IssuedDocument], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueDialog")
        self.context = context
        self.doctype = doctype
        self.data = copy.deepcopy(data)
        self.after_issue = after_issue
        self.document: IssuedDocument | None = None
        self._tasks: list[TaskHandle] = []
        self._image: QImage | None = None
        self._state = "preview"
        self._company = ""  # the issuing company and its key, shown beside the page
        self._key_text = ""
        self._preview_shown = False
        self.resize(1040, 760)

        # page image (left)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setMinimumWidth(PREVIEW_WIDTH)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setMinimumWidth(PREVIEW_WIDTH + 24)

        # right column: one page per state
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.details = QFormLayout()
        self.details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.detail_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("type", "number", "counterparty", "company", "key", "file"):
            caption, value = QLabel(), QLabel()
            caption.setObjectName("pageIntro")  # (the theme's calm grey)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = (caption, value)
            self.details.addRow(caption, value)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.spec_panel = SpecPanel(spec_report_of(doctype, self.data))
        self.spec_panel.confirmation_changed.connect(lambda _checked: self._enable_issue())

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.reject)
        self.issue_button = QPushButton()
        self.issue_button.setDefault(True)
        self.issue_button.setEnabled(False)
        self.issue_button.clicked.connect(self.confirm)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.save_pdf_button = QPushButton()
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_jwt)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)

        preview_buttons = QHBoxLayout()
        preview_buttons.addWidget(self.back_button)
        preview_buttons.addStretch(1)
        preview_buttons.addWidget(self.issue_button)
        preview_page = QWidget()
        QVBoxLayout(preview_page).addLayout(preview_buttons)
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        for button in (self.print_button, self.save_pdf_button, self.export_button, self.folder_button):
            done_layout.addWidget(button)
        done_layout.addSpacing(8)
        done_layout.addWidget(self.close_button)
        self.actions = QStackedWidget()
        self.actions.addWidget(preview_page)
        self.actions.addWidget(QWidget())  # while signing: no buttons
        self.actions.addWidget(done_page)

        side = QVBoxLayout()
        side.setSpacing(theme.SPACING)
        side.addWidget(self.heading)
        side.addWidget(self.explanation)
        side.addLayout(self.details)
        side.addWidget(self.spec_panel)
        side.addWidget(self.busy)
        side.addWidget(self.status_label)
        side.addStretch(1)
        side.addWidget(self.actions)
        layout = QHBoxLayout(self)
        layout.addWidget(self.image_scroll, 3)
        layout.addLayout(side, 2)

        self.retranslateUi()
        self._start_preview()

    # -- 1. preview --------------------------------------------------------------------------
    def _start_preview(self) -> None:
        profile = self.context.active_profile()
        manager = self.context.key_manager
        key = manager.default_key() if manager is not None else None
        if profile is None or key is None:
            self.busy.hide()
            self.status_label.setText(self.tr("This company has no signing key yet: create one on the Keys page."))
            return
        self._key_text = f"{'Ed25519' if key.alg.value == 'EdDSA' else key.alg.value} · {key.short_id}"
        self._company = profile.legal_name
        mark = self.tr("PREVIEW — NOT SIGNED")
        self._tasks.append(
            run_task(
                _render_preview,
                self.doctype,
                copy.deepcopy(self.data),
                issuer_block(profile, key, logo=read_logo(self.context.data_dir, profile.id)),
                key.did,
                key.kid,
                key.alg.value,
                mark,
                on_done=self._preview_done,
                on_error=self._preview_failed,
                context=self,
            )
        )
        self._fill_details()

    def _preview_done(self, image: QImage) -> None:
        self._show_image(image)
        self.busy.hide()
        self.status_label.setText("")
        self._preview_shown = True
        self._enable_issue()
        (self.issue_button if self.issue_button.isEnabled() else self.spec_panel.confirm).setFocus()
        self.preview_ready.emit()

    def _enable_issue(self) -> None:
        """Sign only after the preview, and after out-of-grade values are confirmed."""
        self.issue_button.setEnabled(self._preview_shown and self.spec_panel.confirmed)

    def _preview_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.status_label.setText(self.tr("The preview could not be made."))
        report_error(exc, self)

    def _show_image(self, image: QImage) -> None:
        self._image = image
        shown = scaled_to_width(image, min(PREVIEW_WIDTH, image.width()))
        self.image_label.setPixmap(QPixmap.fromImage(shown))

    # -- 2. sign and record --------------------------------------------------------------------
    def confirm(self) -> None:
        if self._state != "preview" or not self.issue_button.isEnabled():
            return
        manager = self.context.key_manager  # (made here: workers only use it)
        if manager is None:
            report_error(InputError(self.tr("Choose a company profile first.")), self)
            return
        self._set_state("signing")
        self._tasks.append(
            run_task(
                _sign_and_record,
                self.context.db,
                manager,
                self.context.data_dir,
                self.doctype,
                copy.deepcopy(self.data),
                self.after_issue,
                self.spec_panel.needs_confirmation and self.spec_panel.confirmed,
                on_done=self._issued,
                on_error=self._issue_failed,
                pool=serial_pool(),
                context=self,
            )
        )

    def _issued(self, result: tuple[IssuedDocument, QImage]) -> None:
        document, image = result
        self.document = document
        self._show_image(image)
        self._set_state("done")
        self._fill_details()
        self.issued.emit(document)

    def _issue_failed(self, exc: BaseException) -> None:
        self._set_state("preview")
        report_error(exc, self)

    def _set_state(self, state: str) -> None:
        self._state = state
        self.actions.setCurrentIndex({"preview": 0, "signing": 1, "done": 2}[state])
        self.spec_panel.confirm.setEnabled(state == "preview")
        self.busy.setVisible(state == "signing")
        self.retranslateUi()
        if state == "done":
            self.print_button.setFocus()

    # -- 3. what to do with it ------------------------------------------------------------------
    def print_document(self) -> None:
        if self.document is None:
            return

        printer = printer_for(self.document.pdf_path, self.document.pdf_path.stem)
        dialogs.choose_printer(
            self, printer, title=self.tr("Print {name}").format(name=self.document.title), on_accepted=self._print_on
        )

    def _print_on(self, printer: Any) -> None:

        assert self.document is not None
        document = self.document
        self.status_label.setText(self.tr("Sending to the printer…"))
        self._printer = printer  # kept alive while the job runs

        def audit(pages: int) -> int:
            self.context.db.audit(
                "print", document.id, {"pages": pages, "scale": "100%"}, profile_id=self.context.profile_id
            )
            return pages

        def printed(pages: int) -> None:
            self.status_label.setText(self.tr("Sent to the printer at 100 % scale (%n page(s)).", "", pages))
            run_task(audit, pages, pool=serial_pool(), on_error=lambda exc: None)
            self.printed.emit(pages)

        self._tasks.append(
            run_task(
                print_pdf,
                document.pdf_path,
                printer,
                on_done=printed,
                on_error=lambda exc: report_error(exc, self),
                context=self,
            )
        )

    def save_pdf(self) -> None:
        if self.document is None:
            return
        source = self.document.pdf_path
        dialogs.choose_save_file(
            self,
            title=self.tr("Save a copy of the PDF"),
            name_filters=[self.tr("PDF documents (*.pdf)")],
            suggested=Path.home() / source.name,
            on_chosen=lambda target: self._write_copy(target, source.read_bytes),
        )

    def export_jwt(self) -> None:
        if self.document is None:
            return
        token = self.document.vc_jwt
        dialogs.choose_save_file(
            self,
            title=self.tr("Export the signed credential"),
            name_filters=[self.tr("Signed credentials (*.jwt)")],
            suggested=Path.home() / (self.document.pdf_path.stem + ".jwt"),
            on_chosen=lambda target: self._write_copy(target, lambda: token.encode("ascii")),
        )

    def _write_copy(self, target: Path, content: Callable[[], bytes]) -> None:
        def write() -> str:
            return str(atomic_write(target, content()))

        def done(path: str) -> None:
            self.status_label.setText(self.tr("Saved as {path}").format(path=path))
            self.saved.emit(path)

        self._tasks.append(run_task(write, on_done=done, on_error=lambda exc: report_error(exc, self), context=self))

    def open_folder(self) -> None:
        if self.document is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.document.pdf_path.parent)))

    # -- texts -----------------------------------------------------------------------------------
    def _fill_details(self) -> None:
        lang = ui_language()
        from sello.core.documents.mapping import summary_of

        summary = summary_of(self.doctype, self.data)
        values = {
            "type": local(self.doctype.title, lang),
            "number": (self.document.title if self.document else summary.title) or "—",
            "counterparty": (self.document.counterparty if self.document else summary.counterparty) or "—",
            "company": self._company,
            "key": self._key_text,
            "file": str(self.document.pdf_path) if self.document else "",
        }
        for key, (caption, value) in self.detail_labels.items():
            value.setText(values[key])
            visible = bool(values[key])
            caption.setVisible(visible)
            value.setVisible(visible)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Issue {document}").format(document=local(self.doctype.title)))
        captions = {
            "type": self.tr("Document"),
            "number": self.tr("Number"),
            "counterparty": self.tr("For"),
            "company": self.tr("Issued by"),
            "key": self.tr("Signing key"),
            "file": self.tr("Saved in"),
        }
        for key, (caption, _value) in self.detail_labels.items():
            caption.setText(captions[key])
        if self._state == "preview":
            self.heading.setText(self.tr("Check the document before signing"))
            self.explanation.setText(
                self.tr(
                    "This is the first page as it will be printed. Once signed, the document cannot be changed: "
                    "a correction is a new document. The QR code in the preview is only a placeholder."
                )
            )
        elif self._state == "signing":
            self.heading.setText(self.tr("Signing…"))
            self.explanation.setText(self.tr("Signing the document with the company's key and saving its PDF."))
        else:
            self.heading.setText(self.tr("Document issued"))
            self.explanation.setText(
                self.tr("The signed PDF is saved. Print it at 100 % scale so that its QR code scans reliably.")
            )
        self.back_button.setText(self.tr("Back to editing"))
        self.issue_button.setText(self.tr("Sign and issue"))
        self.print_button.setText(self.tr("Print…"))
        self.save_pdf_button.setText(self.tr("Save PDF as…"))
        self.export_button.setText(self.tr("Export signed credential (.jwt)…"))
        self.folder_button.setText(self.tr("Open folder"))
        self.close_button.setText(self.tr("Close"))
        if self._state == "preview" and self._image is None and not self.status_label.text():
            self.status_label.setText(self.tr("Preparing the preview…"))
        elif self._state != "preview":
            self.status_label.setText("")
        self._fill_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        if self._state == "signing":  # never leave while the document is being recorded
            return
        for handle in self._tasks:
            if not handle.finished:
                handle.cancel()
        super().done(result)
