"""Decode frames on a worker thread, keeping only the newest frame while it is busy.

`submit()` is called from the GUI thread for every frame. If the worker is idle
the frame goes straight to it; otherwise it waits in a one-frame slot, and a newer
frame replaces it (the replaced one is counted in `dropped`). When the worker
finishes, its `FrameScan` comes back by signal and the waiting frame, if any, goes
next. So the decoder always works on the most recent picture and never queues up
seconds of stale ones (Electrum's fix for camera freezes).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PIL import Image
from PySide6.QtCore import QObject, Signal

from sello.core.verification.scan import ScanResult, advice_for, scan_frame
from sello.ui.tasks import TaskHandle, run_task, single_thread_pool


@dataclass(frozen=True)
class FrameScan:
    """What the decoder found in one frame."""

    sequence: int  # the frame's number in arrival order (from 1)
    frame_size: tuple[int, int]
    results: list[ScanResult]
    advice: str | None  # `sello.core.verification.scan.guidance` for what was seen but not read
    decode_ms: float
    thread_id: int = field(default=0)  # the worker thread's ident (the GUI thread never decodes)

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.results if r.decoded]


DecodeFunction = Callable[[Image.Image], tuple[list[ScanResult], str | None]]


def decode_gray_frame(gray: Image.Image) -> tuple[list[ScanResult], str | None]:
    """The default decode step: one zxing pass, then advice if a code was seen but not read."""
    results = scan_frame(gray)
    return results, advice_for(gray, results)


class LatestFrameDecoder(QObject):
    """One frame in flight, one waiting; see the module docstring."""

    scanned = Signal(object)  # FrameScan, in the GUI thread
    failed = Signal(str)  # the decode function raised (a bug, logged by the pipeline)

    def __init__(self, decode: DecodeFunction = decode_gray_frame, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._decode = decode
        self._pool = single_thread_pool("sello-frame-decoder", self)
        self._running: TaskHandle | None = None
        self._waiting: tuple[Image.Image, int] | None = None
        self.submitted = 0
        self.decoded = 0
        self.dropped = 0

    @property
    def busy(self) -> bool:
        return self._running is not None

    def submit(self, gray: Image.Image, sequence: int) -> None:
        """Decode this frame now if idle, else keep it as the one waiting (dropping an older one)."""
        self.submitted += 1
        if self._running is None:
            self._start(gray, sequence)
            return
        if self._waiting is not None:
            self.dropped += 1
        self._waiting = (gray, sequence)

    def clear_waiting(self) -> None:
        """Forget the waiting frame (for example after a code was accepted)."""
        if self._waiting is not None:
            self.dropped += 1
            self._waiting = None

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Block until the worker thread is idle (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)

    def _start(self, gray: Image.Image, sequence: int) -> None:
        decode = self._decode

        def work() -> FrameScan:
            started = time.perf_counter()
            results, advice = decode(gray)
            elapsed = (time.perf_counter() - started) * 1000
            return FrameScan(sequence, gray.size, results, advice, elapsed, threading.get_ident())

        self._running = run_task(work, on_done=self._finished, on_error=self._crashed, pool=self._pool, context=self)

    def _finished(self, scan: FrameScan) -> None:
        self._running = None
        self.decoded += 1
        self._next()
        self.scanned.emit(scan)

    def _crashed(self, exc: BaseException) -> None:
        self._running = None
        self._next()
        self.failed.emit(f"{type(exc).__name__}: {exc}")

    def _next(self) -> None:
        if self._waiting is not None:
            gray, sequence = self._waiting
            self._waiting = None
            self._start(gray, sequence)
