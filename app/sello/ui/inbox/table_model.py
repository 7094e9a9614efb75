"""Received presentations as table rows: when, from whom, which shipment, how many documents,
the verdict (in colour, with a mark and a word, never colour alone)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sello.core.exchange.inbox import InboxEntry
from sello.ui import i18n, theme


class Column(IntEnum):
    RECEIVED = 0
    SENDER = 1
    SHIPMENT = 2
    DOCUMENTS = 3
    VERDICT = 4


def verdict_text(verdict: str) -> str:
    texts = {
        "green": QCoreApplication.translate("InboxTableModel", "\u2713 Valid"),
        "amber": QCoreApplication.translate("InboxTableModel", "! Valid, with caveats"),
        "red": QCoreApplication.translate("InboxTableModel", "\u2717 Invalid"),
    }
    return texts.get(verdict, verdict)


class InboxTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[InboxEntry] = []
        self._senders: dict[str, str] = {}

    def set_entries(self, entries: Sequence[InboxEntry], senders: dict[str, str]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._senders = dict(senders)
        self.endResetModel()

    def entry_at(self, row: int) -> InboxEntry:
        return self._entries[row]

    def sender_name(self, entry: InboxEntry) -> str:
        return self._senders.get(entry.sender_client, entry.sender_client)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.RECEIVED:
                return i18n.format_datetime(entry.received_at)
            if column == Column.SENDER:
                return self.sender_name(entry) if role == Qt.ItemDataRole.DisplayRole else entry.holder
            if column == Column.SHIPMENT:
                return ", ".join(entry.workflow_instance)
            if column == Column.DOCUMENTS:
                return i18n.format_number(len(entry.credentials))
            return verdict_text(entry.verdict)
        if role == Qt.ItemDataRole.FontRole and entry.unread:
            font = QFont()
            font.setBold(True)
            return font
        if column == Column.VERDICT and entry.verdict in theme.VERDICT_COLOURS:
            colours = theme.VERDICT_COLOURS[entry.verdict]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(colours.background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(colours.foreground))
        if role == Qt.ItemDataRole.UserRole:
            return entry.received_at if column == Column.RECEIVED else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            Column.RECEIVED: QCoreApplication.translate("InboxTableModel", "Received"),
            Column.SENDER: QCoreApplication.translate("InboxTableModel", "From"),
            Column.SHIPMENT: QCoreApplication.translate("InboxTableModel", "Shipment"),
            Column.DOCUMENTS: QCoreApplication.translate("InboxTableModel", "Documents"),
            Column.VERDICT: QCoreApplication.translate("InboxTableModel", "Verdict"),
        }
        return names.get(Column(section))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(Column) - 1))
