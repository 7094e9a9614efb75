"""The three error tiers of the desktop app (STYLE 9).

1. `UserFacingError` (from `sello.core.errors`): its own sentence in a message box.
2. Cancellation (``concurrent.futures.CancelledError``, asyncio's, or the user
   pressing Ctrl+C in the terminal): silent.
3. Anything else is a bug: logged with its traceback, and shown in the crash dialog
   with the details to copy -- never as the message itself.

Use::

    run_task(work, on_done=..., on_error=error_handler(self))   # slow work
    try: ... except Exception as exc: report_error(exc, self)    # rare, synchronous code

`install_excepthook()` routes uncaught exceptions (slots, virtual methods, tasks
without ``on_error``, other threads) to `report_error`.
"""

from __future__ import annotations

import concurrent.futures
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from sello import __version__
from sello.core.errors import UserFacingError
from sello.ui import dialogs
from sello.ui.i18n import error_text

log = logging.getLogger("sello.ui.errors")

MAX_CRASH_DIALOGS = 1  # one at a time; later ones while it is open are only logged


def is_cancellation(exc: BaseException) -> bool:
    if isinstance(exc, (concurrent.futures.CancelledError, KeyboardInterrupt)):
        return True
    asyncio = sys.modules.get("asyncio")  # only if something already imported it
    return asyncio is not None and isinstance(exc, asyncio.CancelledError)


def crash_details(exc: BaseException) -> str:
    """Versions, time and the traceback: what a developer needs, safe to paste in an e-mail."""

    lines = [
        f"Sello {__version__}",
        f"Python {platform.python_version()} · PySide6 {pyside_version} · {platform.platform()}",
        f"Time (UTC): {datetime.now(UTC).replace(microsecond=0).isoformat()}",
        f"Thread: {threading.current_thread().name}",
        "",
    ]
    lines += traceback.format_exception(type(exc), exc, exc.__traceback__)
    return "\n".join(line.rstrip("\n") for line in lines)


def _summary(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class _ErrorReporter(QObject):
    """Lives in the GUI thread; other threads hand it errors by a queued signal."""

    reported = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.reported.connect(self._show)

    @Slot(object, object)
    def _show(self, exc: BaseException, parent: QWidget | None) -> None:
        _show_in_gui_thread(exc, parent)


_reporter: _ErrorReporter | None = None


def report_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Show ``exc`` by its tier. Safe to call from any thread."""
    if is_cancellation(exc):
        log.debug("cancelled: %r", exc)
        return
    app = QCoreApplication.instance()
    if app is None:  # no GUI (yet): the log is all we have
        log.error("error before the app started", exc_info=(type(exc), exc, exc.__traceback__))
        return
    if QThread.currentThread() is not app.thread():
        if _reporter is None:
            raise RuntimeError("install_excepthook() must run in the GUI thread first")
        _reporter.reported.emit(exc, None)  # parent widgets must not cross threads
        return
    _show_in_gui_thread(exc, parent)


def _show_in_gui_thread(exc: BaseException, parent: QWidget | None) -> None:
    if parent is None:
        parent = QApplication.activeWindow()
    if isinstance(exc, UserFacingError):
        log.info("user-facing error: %s", exc)
        dialogs.show_error(parent, error_text(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    open_crashes = [d for d in dialogs.open_dialogs() if type(d).__name__ == "CrashDialog"]
    if len(open_crashes) >= MAX_CRASH_DIALOGS:
        return
    dialogs.show_crash(parent, _summary(exc), crash_details(exc))


def error_handler(parent: QWidget | None = None) -> Callable[[BaseException], None]:
    """An ``on_error`` callback for `run_task` that reports in ``parent``'s window."""

    def handle(exc: BaseException) -> None:
        report_error(exc, parent)

    return handle


# -- uncaught exceptions ---------------------------------------------------------------
def excepthook(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
    if exc is None:
        exc = exc_type()
    if tb is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if isinstance(exc, KeyboardInterrupt):
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()
        return
    try:
        report_error(exc)
    except Exception:  # the reporter itself failed: at least keep the original in the log
        log.critical("could not report an error", exc_info=(exc_type, exc, tb))
        sys.__excepthook__(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    """Route uncaught exceptions of every thread to `report_error` (call from the GUI thread)."""
    global _reporter
    if _reporter is None:
        _reporter = _ErrorReporter()
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
