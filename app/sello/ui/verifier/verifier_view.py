"""The verifier: camera, handheld-scanner field and files on the left, the verdict on the
right. Shared by the standalone window (`sello verify-window`) and the main window's
Verify page.

Inputs: the camera pipeline's accepted codes; the scanner field (repaired by
`sello.core.verification.wedge`: Caps Lock, line breaks, keyboard layout); "Open file…" and files
dropped anywhere on the view (photo, PDF, .jwt, JSON). All are verified on workers by
`VerificationController`; frames are decoded on the pipeline's own worker. The camera
runs only while the view is shown.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sello.core.verification.wedge import ScannedText, describe_characters, normalize_scan
from sello.ui import dialogs, theme
from sello.ui.camera import ScanPipeline
from sello.ui.context import AppContext
from sello.ui.verifier.camera_panel import CameraPanel
from sello.ui.verifier.controller import VerificationController, VerificationOutcome
from sello.ui.verifier.scan_field import ScanField
from sello.ui.verifier.trust_freshness import TrustFreshness
from sello.ui.verifier.verdict_panel import VerdictPanel

log = logging.getLogger(__name__)

FILE_FILTERS = ("*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.gif *.pdf *.jwt *.json *.txt",)


class VerifierView(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, online: bool = True, start_camera: bool = True
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setAcceptDrops(True)
        self._start_camera_on_show = start_camera
        self._camera: Any = None
        self._scan_notice: tuple[str, ScannedText | None] = ("", None)
        self._problem_from_scan = False  # the verdict panel shows the scan notice as its problem

        self.controller = VerificationController(context.db, online=online, parent=self)
        self.pipeline = ScanPipeline(self)
        self.camera_panel = CameraPanel(self.pipeline)
        self.verdict_panel = VerdictPanel()

        self.scanner_box = QGroupBox()
        self.scan_field = ScanField()
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.scan_field.submit)
        self.scan_notice = QLabel()
        self.scan_notice.setObjectName("warningText")
        self.scan_notice.setWordWrap(True)
        self.scan_notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.scan_notice.hide()
        scanner_row = QHBoxLayout()
        scanner_row.addWidget(self.scan_field, 1)
        scanner_row.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        scanner_layout = QVBoxLayout(self.scanner_box)
        scanner_layout.addLayout(scanner_row)
        scanner_layout.addWidget(self.scan_notice)

        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_file)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.scan_next)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("pageIntro")
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        files_row = QHBoxLayout()
        files_row.addWidget(self.open_button)
        files_row.addWidget(self.next_button)
        files_row.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(theme.SPACING)
        left_layout.addWidget(self.camera_panel, 1)
        left_layout.addWidget(self.scanner_box)
        left_layout.addLayout(files_row)
        left_layout.addWidget(self.drop_hint)
        self.trust_freshness = TrustFreshness(context.db, online=online)
        left_layout.addWidget(self.trust_freshness)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.verdict_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.pipeline.code_accepted.connect(lambda text: self.controller.verify_code(text, "camera"))
        self.scan_field.submitted.connect(self.verify_scanner_text)
        self.controller.busy.connect(self.verdict_panel.show_busy)
        self.controller.verified.connect(self._verified)
        self.controller.failed.connect(self._failed)
        self.controller.parts_progress.connect(self.camera_panel.show_progress)
        self.camera_panel.camera_chosen.connect(self._start_camera)
        self.retranslateUi()

    # -- inputs ---------------------------------------------------------------------------

    def verify_scanner_text(self, raw: str) -> None:
        scanned = normalize_scan(raw)
        self._problem_from_scan = bool(scanned.text) and not scanned.usable
        self._set_scan_notice(scanned)
        if not scanned.text:
            return
        if self._problem_from_scan:  # said once, in the verdict banner
            self.verdict_panel.show_problem(self._scan_notice[0])
            return
        self.controller.verify_scanned(scanned.text)

    def verify_file(self, path: str | Path) -> None:
        self.controller.verify_file(Path(path))

    def choose_file(self) -> None:
        filters = [
            self.tr("Photos, PDFs and credentials ({patterns})").format(patterns=FILE_FILTERS[0]),
            self.tr("All files (*)"),
        ]
        dialogs.choose_open_file(
            self, title=self.tr("Open a document to verify"), name_filters=filters, on_chosen=self.verify_file
        )

    def scan_next(self) -> None:
        """Forget the last code and parts: ready for the next document."""
        self.pipeline.reset()
        self.controller.reset_parts()
        self.camera_panel.clear_progress()
        self._scan_notice = ("", None)
        self.scan_notice.hide()
        self.verdict_panel.show_idle()
        self.scan_field.setFocus()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.verify_file(files[0])

    # -- results --------------------------------------------------------------------------

    def _verified(self, outcome: VerificationOutcome) -> None:
        self.verdict_panel.show_outcome(outcome)

    def _failed(self, message: str, source: str) -> None:
        self._problem_from_scan = False
        if message:
            self.verdict_panel.show_problem(message)
        else:
            self.verdict_panel.show_idle()

    def _set_scan_notice(self, scanned: ScannedText) -> None:
        self._scan_notice = (self._notice_text(scanned), scanned)
        self.scan_notice.setText(self._scan_notice[0])
        self.scan_notice.setVisible(bool(self._scan_notice[0]) and not self._problem_from_scan)

    def _notice_text(self, scanned: ScannedText | None) -> str:
        if scanned is None:
            return ""
        fix = self.tr(
            "To fix it for good, set the scanner to the US keyboard layout (in the scanner's "
            "setup guide: “keyboard emulation: US” or “country: USA”), or switch this computer's "
            "keyboard to English (US) while scanning."
        )
        if scanned.bad_characters:
            layout = self._layout_name(scanned.suspected_layout)
            first = self.tr(
                "The scanner typed characters that a Sello QR code never contains ({chars}): "
                "its keyboard layout does not match this computer's{layout}."
            ).format(
                chars=describe_characters(scanned.bad_characters),
                layout=self.tr(" (this computer uses a {name} layout)").format(name=layout) if layout else "",
            )
            again = self.tr("Then scan again.")
            return f"{first} {fix} {again}"
        if scanned.layout is not None:
            typed, meant = scanned.example or ("", "")
            first = self.tr(
                "The scanner typed with a {name} keyboard layout, so characters arrived changed "
                "(“{typed}” instead of “{meant}”). Sello undid this for this scan."
            ).format(name=self._layout_name(scanned.layout), typed=typed, meant=meant)
            return f"{first} {fix}"
        if scanned.upper_cased:
            return self.tr(
                "The scanner typed lower-case letters (is Caps Lock on?). Sello corrected them: "
                "a Sello code uses capitals only."
            )
        return ""

    def _layout_name(self, layout: str | None) -> str:
        return {
            "spanish": self.tr("Spanish"),
            "german": self.tr("German (QWERTZ)"),
            "french": self.tr("French (AZERTY)"),
        }.get(layout or "", "")

    # -- camera ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()  # a wedge scanner types wherever the focus is: be ready for it
        if self._start_camera_on_show and self._camera is None:
            QTimer.singleShot(0, self._start_camera)
        elif self._camera is not None and self._camera.camera is None:
            QTimer.singleShot(0, self._start_camera)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._camera is not None:
            self._camera.stop()  # the camera light goes off when the officer leaves the page

    def _start_camera(self, device: Any = None) -> None:
        if not self.isVisible():
            return
        from sello.ui.camera.sources import CameraSource, available_cameras

        if self._camera is None:
            self._camera = CameraSource(self.pipeline, self)
            self._camera.cameras_changed.connect(self._cameras_changed)
        self.camera_panel.set_cameras(available_cameras(), device)
        self._camera.start(device or self.camera_panel.selected_camera())

    def _cameras_changed(self) -> None:
        from sello.ui.camera.sources import available_cameras

        current = self.camera_panel.selected_camera()
        cameras = available_cameras()
        self.camera_panel.set_cameras(cameras, current)
        if self._camera is not None and (self._camera.camera is None or current is None):
            self._start_camera()

    def stop_camera(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    def shutdown(self) -> None:
        """Stop the camera and let the decoder finish (the window is closing)."""
        self.stop_camera()
        self.pipeline.set_paused(True)
        self.pipeline.wait_idle(3000)

    # -- language -------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.scanner_box.setTitle(self.tr("Handheld scanner"))
        self.verify_button.setText(self.tr("Verify"))
        self.open_button.setText(self.tr("Open file…"))
        self.next_button.setText(self.tr("Scan next document"))
        self.drop_hint.setText(self.tr("Or drop a photo, a PDF, a .jwt or a JSON credential anywhere here."))
        if self._scan_notice[1] is not None:
            self._set_scan_notice(self._scan_notice[1])
            if self._problem_from_scan and self.verdict_panel.state == "problem":
                self.verdict_panel.show_problem(self._scan_notice[0])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
