"""The keys of the active company profile as a table (Kleopatra's key list).

Columns are declared once in `COLUMNS`; the fingerprint is shown grouped and
monospaced (its first groups, like a key id; the whole in the tooltip and the
details panel). `RECORD_ROLE` gives the `KeyRecord` of a row.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from sello.core.keys.manager import KeyRecord
from sello.ui import i18n
from sello.ui.keys.texts import (
    algorithm_name,
    key_title,
    monospace_font,
    status_explanation,
    status_name,
    store_name,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_GROUPS = 4  # groups of the fingerprint shown in the table (16 characters, like a key id)
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    ALGORITHM = 1
    IDENTIFIER = 2
    FINGERPRINT = 3
    CREATED = 4
    STORED = 5
    STATUS = 6


def column_title(column: Column) -> str:
    titles = {
        Column.NAME: QCoreApplication.translate("KeyTableModel", "Name"),
        Column.ALGORITHM: QCoreApplication.translate("KeyTableModel", "Algorithm"),
        Column.IDENTIFIER: QCoreApplication.translate("KeyTableModel", "Identifier (DID)"),
        Column.FINGERPRINT: QCoreApplication.translate("KeyTableModel", "Fingerprint"),
        Column.CREATED: QCoreApplication.translate("KeyTableModel", "Created"),
        Column.STORED: QCoreApplication.translate("KeyTableModel", "Kept in"),
        Column.STATUS: QCoreApplication.translate("KeyTableModel", "Status"),
    }
    return titles[column]


def short_fingerprint(record: KeyRecord) -> str:
    return " ".join(record.fingerprint_groups[:SHORT_GROUPS]) + " \u2026"


class KeyTableModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._records: list[KeyRecord] = []
        self._mono = monospace_font()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content -------------------------------------------------------------------------
    def set_keys(self, records: Sequence[KeyRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> KeyRecord:
        return self._records[row]

    def records(self) -> list[KeyRecord]:
        return list(self._records)

    def row_of(self, key_id: str) -> int:
        return next((row for row, r in enumerate(self._records) if r.id == key_id), -1)

    def retranslate(self) -> None:
        """The UI language changed: every header and cell text may differ."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(Column) - 1))

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return column_title(Column(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = Column(index.column())
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.FontRole:
            if column == Column.FINGERPRINT:
                return self._mono
            if column == Column.NAME and record.is_default:
                return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and (record.retired_at or record.deleted_at):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.FINGERPRINT:
            return record.fingerprint
        return None

    @staticmethod
    def _display(record: KeyRecord, column: Column) -> str:
        if column == Column.NAME:
            return key_title(record)
        if column == Column.ALGORITHM:
            return algorithm_name(record.alg)
        if column == Column.IDENTIFIER:
            return record.did
        if column == Column.FINGERPRINT:
            return short_fingerprint(record)
        if column == Column.CREATED:
            return i18n.format_date(record.created_at)
        if column == Column.STORED:
            return store_name(record.store)
        return status_name(record)

    @staticmethod
    def _tooltip(record: KeyRecord, column: Column) -> str | None:
        if column == Column.FINGERPRINT:
            return record.fingerprint
        if column == Column.IDENTIFIER:
            return record.did
        if column == Column.STATUS:
            return status_explanation(record)
        if column == Column.CREATED:
            return i18n.format_datetime(record.created_at)
        return None
