"""A table model over verification records (`sello.core.verification.history`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sello.core.verification.history import VerificationRecord
from sello.ui import i18n, theme
from sello.ui.verifier import current_language

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    COLUMNS = ("at", "verdict", "title", "doctype", "issuer", "source")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[VerificationRecord] = []

    def set_records(self, records: list[VerificationRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> VerificationRecord:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "at": self.tr("Time"),
            "verdict": self.tr("Verdict"),
            "title": self.tr("Document"),
            "doctype": self.tr("Type"),
            "issuer": self.tr("Issuer"),
            "source": self.tr("Read from"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("verdict", "title"):
                # the history keeps the English summary (searchable, exported); other languages show the verdict
                return record.summary if i18n.current_language() == "en" else self._display(record, "verdict")
            return record.issuer if column == "issuer" else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "verdict":
            return (
                QColor(theme.VERDICT_COLOURS[record.verdict].border)
                if record.verdict in theme.VERDICT_COLOURS
                else None
            )
        return None

    def _display(self, record: VerificationRecord, column: str) -> str:
        if column == "at":
            return i18n.format_datetime(record.at)
        if column == "verdict":
            return {
                "green": "● " + self.tr("Genuine"),
                "amber": "● " + self.tr("Genuine, with notes"),
                "blue": "? " + self.tr("Cannot confirm"),
                "red": "● " + self.tr("Do not accept"),
            }.get(record.verdict, record.verdict)
        if column == "title":
            return record.title or record.document_id
        if column == "doctype":
            return _doctype_title(record.doctype)
        if column == "issuer":
            return record.issuer_name or record.issuer
        if column == "source":
            return {
                "camera": self.tr("Camera"),
                "scanner": self.tr("Handheld scanner"),
                "file": self.tr("File"),
                "cli": self.tr("Command line"),
            }.get(record.source, record.source)
        return ""

    def refresh_language(self) -> None:
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)


def _doctype_title(doctype_id: str) -> str:
    from sello.core.documents.doctypes import load_doctypes

    doctype = load_doctypes().get(doctype_id)
    return doctype.title[current_language()] if doctype is not None else doctype_id
