"""Save a draft about a second after the last change, and at least every two seconds
while the user keeps typing, so a crash loses at most a couple of seconds of work.

The form's content is copied on the GUI thread (it is a fresh dict of strings) and
written by the database thread (`serial_pool`), in order. `flush()` queues the last
changes at once (when the draft is closed, another one opened, or the app quits).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sello.core.documents.drafts import DraftStore, DraftUiState
from sello.ui.tasks import run_task, serial_pool

DEBOUNCE_MS = 1000  # quiet time after the last change
MAX_WAIT_MS = 2000  # longest a change waits while the user keeps typing

Snapshot = Callable[[], tuple[dict[str, Any], DraftUiState]]


class DraftAutosaver(QObject):
    saved = Signal(int, str)  # draft id, when (UTC, ISO 8601)
    saving = Signal(int)  # a save was queued for this draft
    failed = Signal(int, object)  # draft id, the exception

    def __init__(self, store: DraftStore, snapshot: Snapshot, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.snapshot = snapshot
        self.draft_id: int | None = None
        self.dirty = False
        self.in_flight = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)

    def start(self, draft_id: int) -> None:
        """Follow ``draft_id`` (after saving what is pending for the previous one)."""
        if self.draft_id is not None and self.draft_id != draft_id:
            self.flush()
        self.draft_id = draft_id
        self.dirty = False

    def stop(self) -> None:
        """Save what is pending, then follow no draft."""
        self.flush()
        self.draft_id = None

    def schedule(self) -> None:
        """Something changed: save soon."""
        if self.draft_id is None:
            return
        self.dirty = True
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()

    @property
    def pending(self) -> bool:
        return self.dirty or self.in_flight > 0

    def flush(self) -> None:
        """Queue the current content for saving now, if anything changed."""
        self._debounce.stop()
        self._deadline.stop()
        if self.draft_id is None or not self.dirty:
            return
        self.dirty = False
        draft_id = self.draft_id
        data, state = self.snapshot()
        store = self.store
        self.in_flight += 1
        self.saving.emit(draft_id)
        run_task(
            store.save,
            draft_id,
            data,
            state,
            pool=serial_pool(),
            on_done=lambda when: self._done(draft_id, when),
            on_error=lambda exc: self._failed(draft_id, exc),
            context=self,
        )

    def _done(self, draft_id: int, when: str) -> None:
        self.in_flight -= 1
        self.saved.emit(draft_id, when)

    def _failed(self, draft_id: int, exc: BaseException) -> None:
        self.in_flight -= 1
        if draft_id == self.draft_id:
            self.dirty = True  # try again with the next change
        self.failed.emit(draft_id, exc)
