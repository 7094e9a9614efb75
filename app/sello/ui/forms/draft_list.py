"""The Shipments page's list: drafts being filled, and documents issued recently (to
start a new one from)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sello.core.documents.doctypes import get_doctype
from sello.core.documents.drafts import DraftSummary, IssuedSummary
from sello.core.errors import NotFoundError
from sello.ui import i18n, theme
from sello.ui.forms.language import local

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def doctype_name(doctype_id: str) -> str:
    try:
        return local(get_doctype(doctype_id).title)
    except NotFoundError:
        return doctype_id


class DraftList(QWidget):
    open_draft = Signal(int)
    copy_draft = Signal(int)
    copy_document = Signal(str)
    delete_draft = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[DraftSummary] = []
        self._issued: list[IssuedSummary] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("draftTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.drafts_root = QTreeWidgetItem(self.tree)
        self.issued_root = QTreeWidgetItem(self.tree)
        for root in (self.drafts_root, self.issued_root):
            root.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = root.font(0)
            font.setBold(True)
            root.setFont(0, font)
            root.setExpanded(True)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("pageIntro")
        self.empty_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._copy_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_selected)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.open_button, 0, 0)
        buttons.addWidget(self.delete_button, 0, 1)
        buttons.addWidget(self.copy_button, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.retranslateUi()

    def set_entries(self, drafts: list[DraftSummary], issued: list[IssuedSummary]) -> None:
        selected = self.selected()
        self._drafts, self._issued = drafts, issued
        self._fill()
        if selected is not None:
            self.select(*selected)

    def _fill(self) -> None:
        for root in (self.drafts_root, self.issued_root):
            root.takeChildren()
        for draft in self._drafts:
            item = QTreeWidgetItem(self.drafts_root)
            title = draft.title or self.tr("(no number yet)")
            when = i18n.format_datetime(draft.updated_at)
            text = f"{title}\n{doctype_name(draft.doctype)} · {draft.counterparty or '—'} · {when}"
            item.setText(0, text)
            hint = self.tr("Double-click to continue this draft")
            item.setToolTip(0, f"{text}\n\n{hint}")  # (the whole text, should the list cut it)
            item.setData(0, KIND_ROLE, "draft")
            item.setData(0, ID_ROLE, draft.id)
        for document in self._issued:
            item = QTreeWidgetItem(self.issued_root)
            when = i18n.format_datetime(document.issued_at)
            details = f"{doctype_name(document.doctype)} · {document.counterparty or '—'} · {when}"
            if document.revoked_at:  # first on its line: a narrow list cuts the end, never this
                details = self.tr("REVOKED · {details}").format(details=details)
                item.setForeground(0, QBrush(QColor(theme.VERDICT_COLOURS["red"].border)))  # as on the Documents page
            text = f"{document.title}\n{details}"
            item.setText(0, text)
            hint = self.tr("Double-click to start a new document from this one")
            if document.revoked_at:
                revoked = self.tr("Revoked on {date}: verifiers reject it.").format(
                    date=i18n.format_datetime(document.revoked_at)
                )
                hint = f"{revoked}\n{hint}"
            item.setToolTip(0, f"{text}\n\n{hint}")
            item.setData(0, KIND_ROLE, "issued")
            item.setData(0, ID_ROLE, document.id)
        self.drafts_root.setText(0, self.tr("Drafts (%n)", "", len(self._drafts)))
        self.issued_root.setText(0, self.tr("Issued recently (%n)", "", len(self._issued)))
        self.empty_label.setVisible(not self._drafts and not self._issued)
        self._update_buttons()

    def selected(self) -> tuple[str, object] | None:
        items = self.tree.selectedItems()
        if not items or items[0].data(0, KIND_ROLE) is None:
            return None
        return items[0].data(0, KIND_ROLE), items[0].data(0, ID_ROLE)

    def select(self, kind: str, key: object) -> bool:
        root = self.drafts_root if kind == "draft" else self.issued_root
        for i in range(root.childCount()):
            item = root.child(i)
            if item.data(0, ID_ROLE) == key:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected()
        kind = chosen[0] if chosen else None
        self.open_button.setEnabled(kind == "draft")
        self.copy_button.setEnabled(kind is not None)
        self.delete_button.setEnabled(kind == "draft")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, key = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind == "draft":
            self.open_draft.emit(int(key))
        elif kind == "issued":
            self.copy_document.emit(str(key))

    def _open_selected(self) -> None:
        chosen = self.selected()
        if chosen and chosen[0] == "draft":
            self.open_draft.emit(int(chosen[1]))

    def _copy_selected(self) -> None:
        chosen = self.selected()
        if chosen and chosen[0] == "draft":
            self.copy_draft.emit(int(chosen[1]))
        elif chosen:
            self.copy_document.emit(str(chosen[1]))

    def _delete_selected(self) -> None:
        chosen = self.selected()
        if chosen and chosen[0] == "draft":
            self.delete_draft.emit(int(chosen[1]))

    def retranslateUi(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Continue filling the selected draft"))
        self.copy_button.setText(self.tr("New from this one"))
        self.copy_button.setToolTip(self.tr("Start a new document with the same data (you type a new number)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected draft"))
        self.empty_label.setText(self.tr("Your drafts and issued documents will be listed here."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
