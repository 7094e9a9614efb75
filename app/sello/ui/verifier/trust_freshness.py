""" "Trust data as of …" on the verify screen, and the background refresh behind it.

When the desk is online and follows an operator's bundle URL (`sello bundle subscribe`),
the bundles are fetched and imported at start and every few hours on the database's
single-thread pool; the label shows the newest bundle's date in the officer's locale
and time zone, or says that no trust bundle was imported yet.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from sello.core.trust.bundle import import_bundle
from sello.core.trust.bundle_sources import trust_data_as_of
from sello.core.trust.subscriptions import bundle_fetcher, refresh_due, refresh_subscriptions
from sello.ui import dialogs, i18n
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task, serial_pool

log = logging.getLogger(__name__)

REFRESH_INTERVAL_MS = 4 * 60 * 60 * 1000  # every four hours (and once at start)


class TrustFreshness(QLabel):
    refreshed = Signal()  # a background refresh finished (imported or not)

    def __init__(self, db: Any, *, online: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageIntro")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._db = db
        self._online = online
        self._as_of: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh_in_background)
        self.reload()
        if online:
            self._timer.start()
            QTimer.singleShot(0, self.refresh_in_background)

    @property
    def as_of(self) -> str | None:
        return self._as_of

    def reload(self) -> None:

        self._as_of = trust_data_as_of(self._db)
        self.retranslateUi()

    def refresh_in_background(self) -> None:

        db = self._db

        def work() -> int:
            if not refresh_due(db, datetime.now(UTC)):
                return 0
            return len(refresh_subscriptions(db, bundle_fetcher()))

        def done(_count: object) -> None:
            self.reload()
            self.refreshed.emit()

        def failed(exc: BaseException) -> None:  # a refresh problem is recorded per URL; never a dialog
            log.warning("trust bundle refresh failed: %s", exc)
            self.refreshed.emit()

        run_task(work, on_done=done, on_error=failed, pool=serial_pool(), context=self)

    def import_bundle(self) -> None:
        """ "Trust → Import bundle…": a bundle from a USB stick (its operator must be trusted)."""

        db = self._db

        def imported(report: Any) -> None:
            self.reload()
            dialogs.show_info(
                self.window(),
                self.tr("Trust bundle of {date} from {operator} imported.").format(
                    date=i18n.format_datetime(report.created), operator=report.operator_name
                ),
            )
            self.refreshed.emit()

        def chosen(path: Path) -> None:
            run_task(
                import_bundle,
                db,
                path,
                on_done=imported,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

        dialogs.choose_open_file(
            self.window(),
            title=self.tr("Import a trust bundle"),
            name_filters=[self.tr("Sello trust bundles (*.sello-bundle)"), self.tr("All files (*)")],
            on_chosen=chosen,
        )

    def retranslateUi(self) -> None:
        if self._as_of:
            self.setText(self.tr("Trust data as of {date}.").format(date=i18n.format_datetime(self._as_of)))
        else:
            self.setText(
                self.tr(
                    "No trust bundle imported yet: issuers' keys come from their websites and the copies saved here."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
