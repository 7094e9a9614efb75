"""Self-test checks that need Qt: the camera pipeline fed by a video, the main window."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtGui import QGuiApplication

from sello.core.resources import resource_path
from sello.selftest.workspace import (
    VIDEO_RESOURCE,
    VIDEO_TEXT,
    VIDEO_TIMEOUT_MS,
    WINDOW_TIMEOUT_MS,
    CheckFailed,
    Workspace,
)
from sello.ui.app import open_window
from sello.ui.context import AppContext
from sello.ui.tasks import wait_for_tasks


# -- Qt: camera pipeline and main window ------------------------------------------------
def _wait(done: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the Qt event loop until `done()` or the timeout; returns `done()`."""

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: done() and loop.quit())
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    if not done():
        poll.start()
        deadline.start(timeout_ms)
        loop.exec()
        poll.stop()
        deadline.stop()
    return done()


def check_video(ws: Workspace) -> str:
    from PySide6.QtMultimedia import QMediaPlayer

    from sello.ui.camera import ScanPipeline
    from sello.ui.camera.sources import VideoFileSource

    ws.app()
    path = resource_path(*VIDEO_RESOURCE)
    probe = QMediaPlayer()
    available = probe.isAvailable()
    probe.deleteLater()
    if not available:
        raise CheckFailed(
            "QtMultimedia has no media backend: the FFmpeg plugin (plugins/multimedia) "
            "is missing or cannot load (run with QT_DEBUG_PLUGINS=1 to see why)"
        )
    pipeline = ScanPipeline()
    source = VideoFileSource(pipeline, pipeline)
    accepted: list[str] = []
    errors: list[str] = []
    ended: list[bool] = []
    pipeline.code_accepted.connect(accepted.append)
    pipeline.camera_error.connect(errors.append)
    source.finished.connect(lambda: ended.append(True))
    try:
        source.play(path)
        _wait(lambda: bool(accepted or errors or ended), VIDEO_TIMEOUT_MS)
        source.stop()
        if not accepted and pipeline.wait_idle(5000):  # the last frames may still be decoding
            _wait(lambda: bool(accepted), 500)
        stats = pipeline.stats
    finally:
        source.stop()
        source.player.setSource(QUrl())  # release the file and the decoder
        pipeline.wait_idle(5000)
        pipeline.deleteLater()
    if errors:
        raise CheckFailed(errors[0])
    if not accepted:
        raise CheckFailed(
            f"no code was accepted from {path.name} ({stats.received} frames received, "
            f"{stats.decoded} decoded){'' if ended else ' before the time limit'}"
        )
    if accepted[0] != VIDEO_TEXT:
        raise CheckFailed(f"the video's code read {accepted[0][:40]!r}, expected {VIDEO_TEXT!r}")
    return f"read {VIDEO_TEXT!r} from {path.name} after {stats.received} frames ({stats.decoded} decoded)"


def check_main_window(ws: Workspace) -> str:

    ws.app()
    started = time.perf_counter()
    context = AppContext.open()
    try:
        window = open_window("main", context)
        window.show()

        def exposed() -> bool:
            handle = window.windowHandle()
            return handle is not None and handle.isExposed()

        shown = _wait(exposed, WINDOW_TIMEOUT_MS)
        elapsed = time.perf_counter() - started
        title, size = window.windowTitle(), window.size()
        window.close()
        window.deleteLater()
        wait_for_tasks(5000)
    finally:
        context.close()
    if not shown:
        raise CheckFailed(f"the main window was not shown within {WINDOW_TIMEOUT_MS / 1000:.0f} s")
    return (
        f"{title!r} shown at {size.width()}x{size.height()} in {elapsed * 1000:.0f} ms "
        f"(Qt platform {QGuiApplication.platformName()})"
    )
