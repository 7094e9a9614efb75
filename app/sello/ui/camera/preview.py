"""CameraPreview: the latest frame, scaled to fit, with the found code outlined and a message."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from sello.ui.camera.pipeline import ScanPipeline

_OUTLINE = QColor(46, 204, 113)


class CameraPreview(QWidget):
    """Paints frames from `ScanPipeline.frame_ready`; outline and message come by signal too.

    Frames carry a devicePixelRatio so that their logical size is the camera frame's
    size: the outline (in frame coordinates) maps onto them without knowing the
    preview's own resolution.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame = QImage()
        self._outline = QPolygonF()
        self._message = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def attach(self, pipeline: ScanPipeline) -> None:
        pipeline.frame_ready.connect(self.set_frame)
        pipeline.code_outline.connect(self.set_outline)
        pipeline.guidance.connect(self.set_message)
        pipeline.camera_error.connect(self.set_message)

    def set_frame(self, frame: QImage) -> None:
        self._frame = frame
        self.update()

    def set_outline(self, outline: QPolygonF) -> None:
        self._outline = QPolygonF(outline)
        self.update()

    def set_message(self, message: str) -> None:
        """A line shown over the bottom of the picture ("" hides it)."""
        self._message = message
        self.update()

    @property
    def message(self) -> str:
        return self._message

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def frame_rect(self) -> QRectF:
        """Where the frame is drawn inside the widget (aspect kept, centred)."""
        if self._frame.isNull():
            return QRectF()
        size = self._frame.deviceIndependentSize()
        scale = min(self.width() / size.width(), self.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        target = self.frame_rect()
        if not target.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._frame)
            if not self._outline.isEmpty():
                scale = target.width() / self._frame.deviceIndependentSize().width()
                shown = QPolygonF(
                    [QPointF(target.x() + p.x() * scale, target.y() + p.y() * scale) for p in self._outline]
                )
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(_OUTLINE, 3))
                painter.drawPolygon(shown)
        if self._message:
            band = QRectF(0, self.height() - 36, self.width(), 36)
            painter.fillRect(band, QColor(0, 0, 0, 170))
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(
                band.adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._message
            )
        painter.end()
