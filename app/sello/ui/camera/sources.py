"""Frame sources for the ScanPipeline: a camera, a video file, or still images (STYLE 8).

All three end in the pipeline's one QVideoSink (or `feed_image`), so tests and
benchmarks drive the pipeline with real decoded video exactly as a camera would.
This module imports QtMultimedia: import it only when a source is needed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCameraPermission, QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
)

from sello.ui.camera.format_choice import CameraFormatInfo, pick_camera_format
from sello.ui.camera.pipeline import ScanPipeline

log = logging.getLogger(__name__)

NO_CAMERA = "No camera found — you can still scan with a handheld scanner or open a file."
CAMERA_DENIED = (
    "Sello is not allowed to use the camera. Allow it in your system's privacy settings "
    "(Camera), or scan with a handheld scanner or open a file."
)


def available_cameras() -> list[QCameraDevice]:
    """The cameras to offer in a chooser, the system default first."""
    devices = list(QMediaDevices.videoInputs())
    return sorted(devices, key=lambda d: not d.isDefault())


def no_camera_reason() -> str | None:
    """Why the camera cannot be used, as a sentence for the window; None if it can."""
    if not QMediaDevices.videoInputs():
        return NO_CAMERA
    app = QCoreApplication.instance()
    if app is not None and app.checkPermission(QCameraPermission()) == Qt.PermissionStatus.Denied:
        return CAMERA_DENIED
    return None


def best_format(device: QCameraDevice) -> QCameraFormat | None:
    """The device's format closest to 1080p at >= 15 frames/s (see format_choice)."""
    formats = list(device.videoFormats())
    infos = [
        CameraFormatInfo(f.resolution().width(), f.resolution().height(), f.maxFrameRate(), f.pixelFormat().name)
        for f in formats
    ]
    index = pick_camera_format(infos)
    return None if index is None else formats[index]


class CameraSource(QObject):
    """A camera feeding the pipeline; asks for permission first where the platform needs it."""

    started = Signal()
    cameras_changed = Signal()  # a camera was plugged in or out: refresh the chooser

    def __init__(self, pipeline: ScanPipeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self._session = QMediaCaptureSession(self)
        self._camera: QCamera | None = None
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self.cameras_changed)
        self.reason: str | None = None  # why the camera is not running, for the window

    @property
    def camera(self) -> QCamera | None:
        return self._camera

    def start(self, device: QCameraDevice | None = None) -> bool:
        """Start `device` (default: the system's default camera).

        False, with `reason` set and `camera_error` emitted, when there is no camera
        or permission was refused. With permission still to be asked, returns True
        and starts once the user answers.
        """
        self.stop()
        if not QMediaDevices.videoInputs():
            return self._fail(NO_CAMERA)
        chosen = device if device is not None and not device.isNull() else QMediaDevices.defaultVideoInput()
        app = QCoreApplication.instance()
        status = app.checkPermission(QCameraPermission())
        if status == Qt.PermissionStatus.Denied:
            return self._fail(CAMERA_DENIED)
        if status == Qt.PermissionStatus.Undetermined:
            app.requestPermission(QCameraPermission(), self, lambda permission: self._answered(permission, chosen))
            return True
        self._open(chosen)
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._camera = None

    def _answered(self, permission: object, device: QCameraDevice) -> None:
        if getattr(permission, "status", lambda: None)() == Qt.PermissionStatus.Granted:
            self._open(device)
        else:
            self._fail(CAMERA_DENIED)

    def _open(self, device: QCameraDevice) -> None:
        camera = QCamera(device, self)
        chosen = best_format(device)
        if chosen is not None:
            camera.setCameraFormat(chosen)
            log.info(
                "camera %s: %dx%d at up to %.0f fps (%s)",
                device.description(),
                chosen.resolution().width(),
                chosen.resolution().height(),
                chosen.maxFrameRate(),
                chosen.pixelFormat().name,
            )
        camera.errorOccurred.connect(self._on_camera_error)
        camera.activeChanged.connect(lambda active: active and self.started.emit())
        self._camera = camera
        self.reason = None
        self._session.setCamera(camera)
        self._session.setVideoSink(self._pipeline.video_sink())
        camera.start()

    def _on_camera_error(self, _error: QCamera.Error, message: str) -> None:
        self._fail(f"The camera stopped working: {message or 'unknown error'}.")

    def _fail(self, reason: str) -> bool:
        self.reason = reason
        self._pipeline.report_camera_error(reason)
        return False


class VideoFileSource(QObject):
    """A video file played into the pipeline's sink (tests, benchmarks, recorded scans)."""

    finished = Signal()

    def __init__(self, pipeline: ScanPipeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self.player = QMediaPlayer(self)
        self.player.setVideoOutput(pipeline.video_sink())
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.errorOccurred.connect(self._on_error)
        self._name = ""

    def play(self, path: str | Path) -> None:
        path = Path(path).resolve()
        self._name = path.name
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.play()

    def stop(self) -> None:
        self.player.stop()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.finished.emit()

    def _on_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self._pipeline.report_camera_error(f"The video {self._name} cannot be played: {message}.")


class StillImageSource(QObject):
    """Feeds QImages to the pipeline one per `interval_ms`, like a very slow camera."""

    finished = Signal()

    def __init__(self, pipeline: ScanPipeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pipeline = pipeline
        self._queue: list[QImage] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._next)

    def play(self, images: Sequence[QImage], interval_ms: int = 33) -> None:
        self._queue = list(images)
        self._timer.start(interval_ms)
        self._next()

    def stop(self) -> None:
        self._timer.stop()
        self._queue = []

    def _next(self) -> None:
        if not self._queue:
            self._timer.stop()
            self.finished.emit()
            return
        self._pipeline.feed_image(self._queue.pop(0))
