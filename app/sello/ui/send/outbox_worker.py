"""Delivers what the outbox holds while the app runs: shortly after start (what was left
when the app last closed, or crashed) and then every minute, each delivery when its
back-off is over. One round at a time, on the global pool; `delivered` tells the pages."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from sello.core.exchange.outbox import Outbox
from sello.ui.context import AppContext
from sello.ui.tasks import run_task

FIRST_ROUND_MS = 3_000
INTERVAL_MS = 60_000


class OutboxWorker(QObject):
    delivered = Signal(object)  # list of DeliveryOutcome

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.deliver_due)
        self.timer.start()
        QTimer.singleShot(FIRST_ROUND_MS, self, self.deliver_due)

    def deliver_due(self) -> None:
        profile_id = self._context.profile_id
        if self._busy or profile_id is None or not Outbox(self._context.db, profile_id).due():
            return  # nothing due: no key store is opened, no network touched
        manager = self._context.key_manager
        if manager is None:
            return
        from sello.ui.send import work  # httpx and the signing code: loaded when something is due, not at start

        self._busy = True
        run_task(work.deliver_due, manager, on_done=self._done, on_error=self._failed, context=self)

    def _done(self, outcomes: list[object]) -> None:
        self._busy = False
        self.delivered.emit(outcomes)

    def _failed(self, _exc: BaseException) -> None:  # e.g. a locked keyring: the next round tries again
        self._busy = False
