"""Recibidos / Inbox: the presentations partners sent to this company's `sello serve`, each
verified on arrival with the one pipeline. Filters (verdict, unread, text), the selected
presentation's documents with their own verdicts, "Open in Verify" for one document, and
export of what is shown as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sello.core.exchange.api_clients import ApiClientRepository
from sello.core.exchange.inbox import InboxEntry, InboxRepository
from sello.core.exchange.inbox_export import inbox_json
from sello.core.verification.inputs import document_type_namer
from sello.ui import dialogs, i18n, theme
from sello.ui.context import AppContext
from sello.ui.documents.files import user_documents_folder, with_suffix
from sello.ui.errors import error_handler
from sello.ui.forms.language import local, ui_language
from sello.ui.inbox.table_model import Column, InboxTableModel, verdict_text
from sello.ui.tasks import run_task, serial_pool

VERDICT_FILTERS = ("", "green", "amber", "red")


def _write(path: Path, text: str) -> Path:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


class InboxPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._entries: list[InboxEntry] = []
        self._type_name = (
            document_type_namer()
        )  # "Certificado de calidad (Mill Test Report)" for MillTestReportCredential
        self.title_label = theme.page_title()
        self.intro_label = theme.page_intro()
        self.verdict_filter = QComboBox()
        self.unread_only = QCheckBox()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton()
        for signal in (self.verdict_filter.currentIndexChanged, self.unread_only.toggled, self.search_edit.textChanged):
            signal.connect(self._apply_filters)
        self.export_button.clicked.connect(self.export_shown)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.verdict_filter)
        filters.addWidget(self.unread_only)
        filters.addWidget(self.export_button)

        self.model = InboxTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.SHIPMENT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._show_current)
        self.count_label = QLabel()
        self.count_label.setObjectName("pageIntro")

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.documents = QTreeWidget()
        self.documents.setObjectName("inboxDocuments")
        self.documents.setRootIsDecorated(False)
        self.documents.setColumnCount(4)
        self.documents.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.documents.itemSelectionChanged.connect(self._update_buttons)
        self.documents.itemDoubleClicked.connect(lambda *_: self.open_in_verify())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_in_verify)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.count_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.documents, 2)
        layout.addLayout(buttons)
        context.profile_changed.connect(lambda _profile: self.refresh())
        self.retranslateUi()
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        profile_id = self._context.profile_id
        if profile_id is None:
            self._entries, senders = [], {}
        else:
            self._entries = InboxRepository(self._context.db, profile_id).list(limit=1000)
            senders = {
                c.client_id: c.name
                for c in ApiClientRepository(self._context.db, profile_id).list(include_revoked=True)
            }
        self._senders = senders
        self._apply_filters()

    def shown_entries(self) -> list[InboxEntry]:
        wanted = VERDICT_FILTERS[max(0, self.verdict_filter.currentIndex())]
        text = self.search_edit.text().strip().lower()
        shown = []
        for e in self._entries:
            if wanted and e.verdict != wanted or self.unread_only.isChecked() and not e.unread:
                continue
            haystack = " ".join(
                [self._senders.get(e.sender_client, e.sender_client), e.holder, *e.workflow_instance]
                + [f"{c.issuer_name} {c.credential_id}" for c in e.credentials]
            ).lower()
            if text and text not in haystack:
                continue
            shown.append(e)
        return shown

    def _apply_filters(self, *_args: object) -> None:
        keep = self.current_entry()
        self.model.set_entries(self.shown_entries(), self._senders)
        if keep is not None:
            self.select_presentation(keep.id)
        self.count_label.setText(
            self.tr("Showing {shown} of {total} received presentations").format(
                shown=i18n.format_number(self.model.rowCount()), total=i18n.format_number(len(self._entries))
            )
            if self._entries
            else self.tr("Nothing received yet. Presentations partners send to your Sello API appear here.")
        )
        self._show_current()

    def current_entry(self) -> InboxEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.entry_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_presentation(self, presentation_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.model.entry_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id == presentation_id:
                self.table.selectRow(row)
                return True
        return False

    def _show_current(self, *_args: object) -> None:
        entry = self.current_entry()
        self.documents.clear()
        self.summary_label.setText("")
        if entry is not None:
            summary = entry.summary
            try:
                summary = local(json.loads(entry.summary))
            except ValueError:
                pass
            self.summary_label.setText(summary)
            for c in entry.credentials:
                kinds = [t for t in c.types if t != "VerifiableCredential"]
                named = self._type_name(c.types, ui_language()) if self._type_name else None
                item = QTreeWidgetItem(
                    [verdict_text(c.verdict), named or ", ".join(kinds), c.issuer_name or c.issuer, c.credential_id]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, c.position)
                colours = theme.VERDICT_COLOURS.get(c.verdict)
                if colours:
                    item.setBackground(0, QBrush(QColor(colours.background)))
                    item.setForeground(0, QBrush(QColor(colours.foreground)))
                self.documents.addTopLevelItem(item)
            if self.documents.topLevelItemCount():
                self.documents.setCurrentItem(self.documents.topLevelItem(0))
            if entry.unread:
                run_task(self._mark_read, entry.id, pool=serial_pool(), on_error=error_handler(self), context=self)
        self._update_buttons()

    def _mark_read(self, presentation_id: str) -> None:
        profile_id = self._context.profile_id
        if profile_id:
            InboxRepository(self._context.db, profile_id).mark_read(presentation_id)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.documents.selectedItems()))
        self.export_button.setEnabled(self.model.rowCount() > 0)

    # -- actions -------------------------------------------------------------------------
    def open_in_verify(self) -> None:
        entry, items = self.current_entry(), self.documents.selectedItems()
        if entry is None or not items:
            return
        position = items[0].data(0, Qt.ItemDataRole.UserRole)
        credential = next(c for c in entry.credentials if c.position == position)
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is None:
            return
        page = show_page("verify")
        page.view.controller.verify_code(credential.credential, source="inbox")

    def export_shown(self) -> None:
        entries, senders = self.shown_entries(), dict(self._senders)

        def chosen(path: Path) -> None:
            run_task(
                _write,
                with_suffix(path, ".json"),
                inbox_json(entries, senders),
                on_done=lambda p: dialogs.show_info(self, self.tr("Saved {path}").format(path=p)),
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

        dialogs.choose_save_file(
            self,
            title=self.tr("Export received presentations"),
            name_filters=[self.tr("JSON files (*.json)")],
            on_chosen=chosen,
            suggested=user_documents_folder() / "sello-inbox.json",
        )

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.title_label.setText(self.tr("Inbox"))
        self.intro_label.setText(
            self.tr(
                "Documents partners sent to your Sello API. Each one was verified when it arrived; "
                "open a document to see every check."
            )
        )
        self.search_edit.setPlaceholderText(self.tr("Search sender, shipment or issuer"))
        current = max(0, self.verdict_filter.currentIndex())
        self.verdict_filter.blockSignals(True)
        self.verdict_filter.clear()
        self.verdict_filter.addItems(
            [self.tr("All verdicts"), verdict_text("green"), verdict_text("amber"), verdict_text("red")]
        )
        self.verdict_filter.setCurrentIndex(current)
        self.verdict_filter.blockSignals(False)
        self.unread_only.setText(self.tr("Unread only"))
        self.export_button.setText(self.tr("Export\u2026"))
        self.open_button.setText(self.tr("Open in Verify"))
        self.documents.setHeaderLabels([self.tr("Verdict"), self.tr("Type"), self.tr("Issuer"), self.tr("Document id")])
        self.model.retranslate()
        if hasattr(self, "_senders"):
            self._apply_filters()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
