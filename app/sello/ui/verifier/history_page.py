"""Past verifications: search, filter by verdict, export as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sello.core.storage.db import Database
from sello.core.verification.history import count_verifications, export_history_csv, search_verifications
from sello.ui import dialogs, theme
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task
from sello.ui.verifier.history_model import HistoryModel

SEARCH_DELAY_MS = 200
SHOWN_LIMIT = 1000


class HistoryPage(QWidget):
    exported = Signal(Path, int)  # where the CSV went, how many records

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.verdict_filter = QComboBox()
        self.verdict_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_csv)
        self.count_label = QLabel()
        self.count_label.setObjectName("pageIntro")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.verdict_filter)
        top.addWidget(self.export_button)

        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.COLUMNS.index("issuer"), QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACING, 0, 0)
        layout.setSpacing(theme.SPACING)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.verdict_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.retranslateUi()
        self.refresh()

    @property
    def verdict(self) -> str | None:
        value = self.verdict_filter.currentData()
        return value or None

    def refresh(self) -> None:
        """Reload from the database (a few hundred rows of SQLite: quick enough for the GUI thread)."""
        text, verdict = self.search.text(), self.verdict
        self.model.set_records(search_verifications(self.db, text, verdict=verdict, limit=SHOWN_LIMIT))
        self._total = count_verifications(self.db, text, verdict=verdict)
        self._update_count()

    def export_csv(self) -> None:
        text, verdict, db = self.search.text(), self.verdict, self.db

        def chosen(path: Path) -> None:
            run_task(
                lambda: export_history_csv(db, path, text, verdict=verdict),
                context=self,
                on_done=lambda count: self.exported.emit(path, count),
                on_error=error_handler(self),
            )

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialogs.choose_save_file(
            self,
            title=self.tr("Export the verification history"),
            name_filters=[self.tr("CSV files (*.csv)")],
            on_chosen=chosen,
            suggested=Path(folder or Path.home()) / "sello-verifications.csv",
        )

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self._total > shown:
            self.count_label.setText(
                self.tr("Showing the newest {shown} of {total} verifications.").format(shown=shown, total=self._total)
            )
        else:
            self.count_label.setText(self.tr("%n verification(s)", "", self._total))

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by document number, issuer or type…"))
        self.export_button.setText(self.tr("Export CSV…"))
        current = self.verdict_filter.currentIndex()
        self.verdict_filter.blockSignals(True)
        self.verdict_filter.clear()
        for text, value in (
            (self.tr("All verdicts"), ""),
            (self.tr("Genuine"), "green"),
            (self.tr("Genuine, with notes"), "amber"),
            (self.tr("Cannot confirm"), "blue"),
            (self.tr("Do not accept"), "red"),
        ):
            self.verdict_filter.addItem(text, value)
        self.verdict_filter.setCurrentIndex(max(0, current))
        self.verdict_filter.blockSignals(False)
        self.model.refresh_language()
        if hasattr(self, "_total"):
            self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
