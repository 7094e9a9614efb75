"""The camera side of the verifier: the live picture with the found code outlined and the
advice of the scanner, a camera chooser when there are several, "2 of 3 parts read",
and, when there is no camera (or no permission), the reason in its place.

It only displays; `VerifierView` starts and stops the camera. Messages coming from
the core and the camera sources are in English; they are translated here by their
known texts, and anything unknown is shown as it came.
"""

from __future__ import annotations

from sys import modules
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sello.core.verification import scan
from sello.ui.camera import CameraPreview, ScanPipeline


class CameraPanel(QWidget):
    camera_chosen = Signal(object)  # QCameraDevice

    def __init__(self, pipeline: ScanPipeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reason = ""  # English, as the camera source said it
        self._advice = ""
        self._progress: tuple[int, int] = (0, 0)
        self._devices: list[Any] = []

        self.chooser_label = QLabel()
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._chosen)
        chooser_row = QHBoxLayout()
        chooser_row.addWidget(self.chooser_label)
        chooser_row.addWidget(self.chooser, 1)
        self.chooser_row = QWidget()
        self.chooser_row.setLayout(chooser_row)
        chooser_row.setContentsMargins(0, 0, 0, 0)
        self.chooser_row.hide()

        self.preview = CameraPreview()
        self.preview.setMinimumSize(320, 200)
        self.unavailable = QLabel()
        self.unavailable.setObjectName("cameraUnavailable")
        self.unavailable.setWordWrap(True)
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable.setMargin(24)
        self.unavailable.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.unavailable.setStyleSheet(
            "QLabel#cameraUnavailable { border: 2px dashed palette(mid); border-radius: 8px; }"
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.preview)
        self.stack.addWidget(self.unavailable)

        self.progress_label = QLabel()
        self.progress_label.setObjectName("partsProgress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress_bar, 1)
        self.progress_row = QWidget()
        self.progress_row.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_row.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.progress_row)

        pipeline.frame_ready.connect(self._frame)
        pipeline.code_outline.connect(self.preview.set_outline)
        pipeline.guidance.connect(self._set_advice)
        pipeline.camera_error.connect(self.show_unavailable)
        pipeline.parts_progress.connect(self.show_progress)
        self.retranslateUi()

    # -- what the view tells it -------------------------------------------------------------

    def set_cameras(self, devices: list[Any], current: Any = None) -> None:
        """The cameras to choose from (the chooser shows only when there are two or more)."""
        self._devices = list(devices)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for device in self._devices:
            self.chooser.addItem(device.description())
        if current is not None:
            for index, device in enumerate(self._devices):
                if device.id() == current.id():
                    self.chooser.setCurrentIndex(index)
        self.chooser.blockSignals(False)
        self.chooser_row.setVisible(len(self._devices) > 1)

    def selected_camera(self) -> Any:
        index = self.chooser.currentIndex()
        return self._devices[index] if 0 <= index < len(self._devices) else None

    def show_unavailable(self, reason: str) -> None:
        """No camera picture: say why (the English text of the camera source)."""
        self._reason = reason
        self.unavailable.setText(self._unavailable_text())
        self.stack.setCurrentWidget(self.unavailable)

    @property
    def camera_available(self) -> bool:
        return self.stack.currentWidget() is self.preview

    def show_progress(self, have: int, total: int) -> None:
        self._progress = (have, total)
        self.progress_row.setVisible(total > 1)
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(have)
        self.progress_label.setText(self._progress_text())

    def clear_progress(self) -> None:
        self._progress = (0, 0)
        self.progress_row.hide()

    @property
    def progress_text(self) -> str:
        return self.progress_label.text() if self.progress_row.isVisibleTo(self) else ""

    # -- internals ------------------------------------------------------------------------

    def _frame(self, frame: QImage) -> None:
        if self.stack.currentWidget() is not self.preview:
            self.stack.setCurrentWidget(self.preview)  # frames arrive (a camera, or a video): show them
        self.preview.set_frame(frame)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._devices):
            self.camera_chosen.emit(self._devices[index])

    def _set_advice(self, advice: str) -> None:
        self._advice = advice
        self.preview.set_message(self.translate_message(advice))

    def _progress_text(self) -> str:
        have, total = self._progress
        if have >= total:
            return self.tr("All {total} parts read").format(total=total)
        return self.tr("{have} of {total} parts read: show the next code").format(have=have, total=total)

    def _unavailable_text(self) -> str:
        return self.translate_message(self._reason)

    def translate_message(self, text: str) -> str:
        """The scanner's advice and the camera's reasons in the UI language."""
        if not text:
            return ""
        known = {
            scan.MOVE_CLOSER: self.tr("Move closer: the code is too small to read."),
            scan.TOO_MUCH_GLARE: self.tr("Too much glare on the code: tilt the page away from the light."),
            scan.TILT_LESS: self.tr("Tilt less: hold the page flat, facing the camera."),
            scan.HOLD_STILL: self.tr("Hold still: the code is blurred."),
            scan.KEEP_IN_FRAME: self.tr("Move the page so the whole code is inside the picture."),
            "Started over: this part belongs to another document.": self.tr(
                "Started over: this part belongs to another document."
            ),
        }

        sources = modules.get("sello.ui.camera.sources")
        if sources is not None:
            known[sources.NO_CAMERA] = self.tr(
                "No camera found — you can still scan with a handheld scanner or open a file."
            )
            known[sources.CAMERA_DENIED] = self.tr(
                "Sello is not allowed to use the camera. Allow it in your system's privacy settings (Camera), "
                "or scan with a handheld scanner or open a file."
            )
        if text in known:
            return known[text]
        prefix = "The camera stopped working: "
        if text.startswith(prefix):
            return self.tr("The camera stopped working: {reason}").format(reason=text[len(prefix) :])
        return text

    def retranslateUi(self) -> None:
        self.chooser_label.setText(self.tr("Camera:"))
        self.unavailable.setText(self._unavailable_text())
        self.preview.set_message(self.translate_message(self._advice))
        if self._progress[1]:
            self.progress_label.setText(self._progress_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
