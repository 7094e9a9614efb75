"""Run verifications off the GUI thread and keep the history.

Every input (a camera code, a scanner's text, a file) goes through the core's one
verifier front door (`sello.core.verification.inputs`) on a worker thread; the verdict comes
back by signal, and is recorded in the history through the serial database pool.
A newer input supersedes one still being verified (its result is dropped), so the
window always shows the verdict of the last thing the officer scanned.

Parts of a multi-part code typed by a scanner are collected here (the camera
pipeline collects its own) with the same `PartCollector`.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from sello.core.credentials.verdict import Verdict
from sello.core.errors import UserFacingError
from sello.core.qr import parts as qrparts
from sello.core.verification.history import record_verification
from sello.ui.errors import report_error
from sello.ui.i18n import error_text
from sello.ui.tasks import TaskHandle, run_task, serial_pool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerificationOutcome:
    verdict: Verdict
    source: str  # camera, scanner, file
    source_detail: str  # the file's name, for a file
    verified_at: datetime
    elapsed_ms: float  # from the input's arrival to the verdict (decoding, checks, thread hops)


class VerificationController(QObject):
    busy = Signal(str)  # a verification started; its source
    verified = Signal(object)  # VerificationOutcome
    failed = Signal(str, str)  # (sentence for the officer, source): the input could not be verified
    parts_progress = Signal(int, int)  # scanner parts read, parts in total
    history_changed = Signal()

    def __init__(self, db: Any, *, online: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._online = online
        self._context: Any = None
        self._running: TaskHandle | None = None
        self._collector: Any = None

    @property
    def running(self) -> bool:
        return self._running is not None and not self._running.finished

    def verifier_context(self) -> Any:
        if self._context is None:
            from sello.core.verification.inputs import verifier_context

            self._context = verifier_context(self._db, online=self._online)
        return self._context

    # -- inputs ---------------------------------------------------------------------------

    def verify_code(self, text: str, source: str = "camera") -> None:
        """A whole code text (TD1, vc+jwt or JSON) read by the camera or typed by a scanner."""
        from sello.core.verification.inputs import verify_text

        context = self.verifier_context()
        self._start(lambda: verify_text(text, context=context), source, "")

    def verify_scanned(self, text: str) -> None:
        """A scanner's (already repaired) text: a whole code, or one part of a multi-part code."""

        if not qrparts.is_td1_part(text):
            self.verify_code(text, "scanner")
            return
        if self._collector is None:
            self._collector = qrparts.PartCollector()
        try:
            self._collector.add(text)
        except UserFacingError as exc:
            if getattr(exc, "reason", "") != "part_mismatch":
                self.failed.emit(error_text(exc), "scanner")
                return
            self._collector.reset()  # a part of another document: that one is scanned now
            self._collector.add(text)
        have, total = self._collector.progress
        self.parts_progress.emit(have, total)
        if self._collector.complete:
            try:
                whole = self._collector.assemble()
            except UserFacingError as exc:
                self.failed.emit(error_text(exc), "scanner")
                return
            finally:
                self._collector.reset()
            self.verify_code(whole, "scanner")

    def verify_file(self, path: str | Path) -> None:
        from sello.core.verification.inputs import verify_path

        path = Path(path)
        context = self.verifier_context()
        self._start(lambda: verify_path(path, context=context), "file", path.name)

    def reset_parts(self) -> None:
        if self._collector is not None:
            self._collector.reset()

    # -- internals ------------------------------------------------------------------------

    def _start(self, work: Any, source: str, detail: str) -> None:
        if self._running is not None:
            self._running.cancel()
        started = time.perf_counter()
        self.busy.emit(source)

        def done(verdict: Verdict) -> None:
            self._running = None
            outcome = VerificationOutcome(
                verdict, source, detail, datetime.now(UTC), (time.perf_counter() - started) * 1000
            )
            self.verified.emit(outcome)
            self._record(outcome)

        def failed(exc: BaseException) -> None:
            self._running = None
            if isinstance(exc, UserFacingError):
                self.failed.emit(error_text(exc), source)
            else:
                self.failed.emit("", source)
                report_error(exc)

        self._running = run_task(work, on_done=done, on_error=failed, context=self)

    def _record(self, outcome: VerificationOutcome) -> None:

        db, verdict, source = self._db, outcome.verdict, outcome.source
        run_task(
            lambda: record_verification(db, verdict, source=source),
            pool=serial_pool(),
            context=self,
            on_done=lambda _record: self.history_changed.emit(),
            on_error=report_error,
        )
