"""The scanning pipeline: frames in, accepted codes out (STYLE 7-8).

    source (camera | video file | still images)
        -> QVideoSink  (or feed_image for QImages)
        -> ConvertedFrame: grayscale copy + small colour preview      [GUI thread, ~1 ms]
        -> LatestFrameDecoder: zxing on a worker, newest frame only   [worker thread]
        -> CodeAcceptor: two agreeing reads, multi-part collection    [GUI thread]
        -> signals for the verifier window

Signals:
    code_accepted(str)          a whole code text, read twice identically (or reassembled)
    parts_progress(int, int)    multi-part code: parts read, parts in total
    code_outline(QPolygonF)     the code's corners in frame coordinates; empty when gone
    guidance(str)               advice ("Move closer: ..."), "" when there is none
    frame_ready(QImage)         live preview; its deviceIndependentSize() is the frame size
    camera_error(str)           the source failed (no permission, unplugged...)
    frame_scanned(object)       every decoded frame's FrameScan (diagnostics, benchmarks)

QtMultimedia is only imported when a video sink is asked for, so the app starts
without it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMetaMethod, QObject, QPointF, Signal
from PySide6.QtGui import QImage, QPolygonF

from sello.ui.camera.acceptance import STARTED_OVER, Accepted, CodeAcceptor, Notice, PartsProgress
from sello.ui.camera.decoder import DecodeFunction, FrameScan, LatestFrameDecoder, decode_gray_frame
from sello.ui.camera.frames import ConvertedFrame, convert_qimage
from sello.ui.i18n import current_language

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PipelineStats:
    received: int  # frames that reached the pipeline
    decoded: int  # frames the worker finished
    dropped: int  # frames replaced by a newer one before the worker got to them


class ScanPipeline(QObject):
    code_accepted = Signal(str)
    parts_progress = Signal(int, int)
    code_outline = Signal(QPolygonF)
    guidance = Signal(str)
    frame_ready = Signal(QImage)
    camera_error = Signal(str)
    frame_scanned = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        decode: DecodeFunction = decode_gray_frame,
        reads_to_accept: int = 2,
    ) -> None:
        super().__init__(parent)
        self._decoder = LatestFrameDecoder(decode, self)
        self._decoder.scanned.connect(self._on_scanned)
        self._decoder.failed.connect(self._on_decode_failed)
        self._acceptor = CodeAcceptor(reads_to_accept)
        self._sink: Any = None
        self._received = 0
        self._paused = False
        self._outline_shown = False
        self._advice = ""
        self.frame_size: tuple[int, int] | None = None

    # -- inputs -------------------------------------------------------------------------

    def video_sink(self) -> Any:
        """The QVideoSink every frame source feeds (created on first use)."""
        if self._sink is None:
            from PySide6.QtMultimedia import QVideoSink

            self.attach_sink(QVideoSink(self))
        return self._sink

    def attach_sink(self, sink: Any) -> None:
        """Take frames from an existing sink instead (for example a QVideoWidget's)."""
        if self._sink is not None:
            self._sink.videoFrameChanged.disconnect(self._on_video_frame)
        self._sink = sink
        sink.videoFrameChanged.connect(self._on_video_frame)

    def feed_image(self, image: QImage) -> None:
        """A still frame (a photo, a test image): same path as a camera frame."""
        self._take(convert_qimage(image, preview=self._preview_wanted()))

    # -- control ------------------------------------------------------------------------

    def reset(self) -> None:
        """Start a new scan: forget reads, parts, outline and advice."""
        self._acceptor.reset()
        self._decoder.clear_waiting()
        self._set_outline(None)
        self._set_advice("")

    def set_paused(self, paused: bool) -> None:
        """While paused, frames still reach the preview but are not decoded."""
        self._paused = paused
        if paused:
            self._decoder.clear_waiting()

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def stats(self) -> PipelineStats:
        return PipelineStats(self._received, self._decoder.decoded, self._decoder.dropped)

    def report_camera_error(self, message: str) -> None:
        """Frame sources report their failures here, so the window listens in one place."""
        self.camera_error.emit(message)

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Block until the decoder thread is idle (shutdown and tests)."""
        return self._decoder.wait_idle(msecs)

    # -- internals ----------------------------------------------------------------------

    def _on_video_frame(self, frame: Any) -> None:
        from sello.ui.camera.frames import convert_video_frame

        try:
            converted = convert_video_frame(frame, preview=self._preview_wanted())
        except (ValueError, OSError) as exc:  # a malformed frame: skip it, keep going
            log.warning("skipped an unreadable video frame: %s", exc)
            return
        self._take(converted)

    def _take(self, converted: ConvertedFrame | None) -> None:
        if converted is None:
            return
        self._received += 1
        self.frame_size = converted.size
        if converted.preview is not None:
            self.frame_ready.emit(converted.preview)
        if not self._paused:
            self._decoder.submit(converted.gray, self._received)

    def _preview_wanted(self) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(self.frame_ready))

    def _on_scanned(self, scan: FrameScan) -> None:
        self.frame_scanned.emit(scan)
        if self._paused:
            return
        decoded = [r for r in scan.results if r.decoded]
        shown = decoded or scan.results
        self._set_outline(max(shown, key=lambda r: r.bounding_box[2] * r.bounding_box[3]).corners if shown else None)
        self._set_advice(scan.advice or "")
        for event in self._acceptor.feed(scan.texts):
            if isinstance(event, Accepted):
                self.code_accepted.emit(event.text)
            elif isinstance(event, PartsProgress):
                self.parts_progress.emit(event.have, event.total)
            elif isinstance(event, Notice):
                self._set_advice(self._notice_text(event))

    def _notice_text(self, notice: Notice) -> str:
        if notice.message == STARTED_OVER:
            return self.tr("Started over: this part belongs to another document.")
        if isinstance(notice.message, str):
            return notice.message
        return notice.message.text(current_language())

    def _on_decode_failed(self, message: str) -> None:
        log.error("frame decoder failed: %s", message)

    def _set_outline(self, corners: Any) -> None:
        if corners is None:
            if self._outline_shown:
                self._outline_shown = False
                self.code_outline.emit(QPolygonF())
            return
        self._outline_shown = True
        self.code_outline.emit(QPolygonF([QPointF(x, y) for x, y in corners]))

    def _set_advice(self, advice: str) -> None:
        if advice != self._advice:
            self._advice = advice
            self.guidance.emit(advice)
