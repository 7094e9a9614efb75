"""The outbox on the Documents page: "Send…" for the selected documents, how many deliveries
are delivered, waiting or failed, and each delivery that needs attention with its reason
and a Retry button."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sello.core.exchange.outbox import Outbox, OutboxEntry
from sello.core.exchange.sender import DeliveryOutcome
from sello.ui import dialogs, i18n, theme
from sello.ui.context import AppContext
from sello.ui.errors import error_handler
from sello.ui.forms.language import ui_language
from sello.ui.send import work
from sello.ui.send.send_dialog import SendDialog
from sello.ui.tasks import run_task

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_VISIBLE_PROBLEMS = 2  # more scroll: the documents table and details keep the room


class OutboxPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        selected: Callable[[], Sequence[tuple[str, str]]],
        parent: QWidget | None = None,
        *,
        leading: QWidget | None = None,
    ) -> None:
        """`selected()` gives (document id, title) of the documents selected on the page;
        `leading` (the page's document count) shares the panel's first line."""
        super().__init__(parent)
        self._context = context
        self._selected = selected
        self._problems: list[OutboxEntry] = []
        self.send_dialog: SendDialog | None = None
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendDocumentsButton")
        self.send_button.clicked.connect(self.open_send_dialog)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("pageIntro")
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry_selected)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        if leading is not None:
            top.addWidget(leading)
        top.addStretch(1)
        top.addWidget(self.counts_label)
        top.addWidget(self.retry_button)
        top.addWidget(self.send_button)
        self.problems = QTreeWidget()
        self.problems.setObjectName("outboxProblems")
        self.problems.setRootIsDecorated(False)
        self.problems.setColumnCount(4)
        self.problems.setHeaderHidden(True)  # when, to whom, state (coloured), reason: the words say which is which
        self.problems.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.problems.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problems.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problems)
        self.retranslateUi()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        profile_id = self._context.profile_id
        outbox = Outbox(self._context.db, profile_id) if profile_id else None
        self._counts = outbox.counts() if outbox else {"pending": 0, "delivered": 0, "failed": 0}
        self._problems = outbox.problems() if outbox else []
        self._fill()

    def update_selection(self) -> None:
        self._update_buttons()

    def _fill(self) -> None:
        keep = self.selected_entry_id()
        self.problems.clear()
        lang = ui_language()
        for entry in self._problems:
            failed = entry.state == "failed"
            state = self.tr("Failed") if failed else self.tr("Waiting to retry")
            item = QTreeWidgetItem(
                [i18n.format_datetime(entry.created_at), entry.recipient_name, state, entry.error_text(lang)]
            )
            item.setData(0, ID_ROLE, entry.id)
            item.setToolTip(3, entry.error_text(lang))
            colours = theme.VERDICT_COLOURS["red" if failed else "amber"]
            item.setForeground(2, QBrush(QColor(colours.foreground)))
            item.setBackground(2, QBrush(QColor(colours.background)))
            self.problems.addTopLevelItem(item)
            if entry.id == keep or (keep is None and self.problems.topLevelItemCount() == 1):
                item.setSelected(True)
        self.problems.setVisible(bool(self._problems))
        rows = min(MAX_VISIBLE_PROBLEMS, max(1, len(self._problems)))
        row_height = self.problems.sizeHintForRow(0) if self._problems else self.fontMetrics().height()
        self.problems.setFixedHeight(rows * row_height + 2 * self.problems.frameWidth() + 2)
        c = self._counts
        self.counts_label.setText(
            self.tr("Outbox: {delivered} delivered, {pending} waiting, {failed} failed").format(
                delivered=i18n.format_number(c["delivered"]),
                pending=i18n.format_number(c["pending"]),
                failed=i18n.format_number(c["failed"]),
            )
        )
        self._update_buttons()

    def selected_entry_id(self) -> str | None:
        items = self.problems.selectedItems()
        return items[0].data(0, ID_ROLE) if items else None

    def _update_buttons(self) -> None:
        self.send_button.setEnabled(bool(self._selected()) and self._context.key_manager is not None)
        self.retry_button.setVisible(bool(self._problems))
        self.retry_button.setEnabled(self.selected_entry_id() is not None)

    # -- actions -------------------------------------------------------------------------
    def open_send_dialog(self) -> None:
        documents = list(self._selected())
        manager = self._context.key_manager
        if not documents or manager is None:
            return
        dialog = SendDialog(manager, documents, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(self._delivered)
        dialog.destroyed.connect(self._send_dialog_closed)
        self.send_dialog = dialog
        dialog.open()

    def _send_dialog_closed(self) -> None:
        self.send_dialog = None

    def retry_selected(self) -> None:
        entry_id = self.selected_entry_id()
        manager = self._context.key_manager
        if entry_id is None or manager is None:
            return
        self.retry_button.setEnabled(False)
        run_task(work.retry, manager, entry_id, on_done=self._retried, on_error=error_handler(self), context=self)

    def _retried(self, outcome: DeliveryOutcome) -> None:
        self._delivered(outcome)
        if outcome.outcome in ("delivered", "duplicate"):
            dialogs.show_info(self, self.tr("Delivered to {name}.").format(name=outcome.entry.recipient_name))

    def _delivered(self, _outcome: DeliveryOutcome | None = None) -> None:
        self.refresh()
        self.changed.emit()

    def retranslateUi(self) -> None:
        self.send_button.setText(self.tr("Send\u2026"))
        self.send_button.setToolTip(self.tr("Send the selected documents to a partner's system"))
        self.retry_button.setText(self.tr("Retry"))
        self.problems.setHeaderLabels([self.tr("Queued"), self.tr("To"), self.tr("State"), self.tr("Reason")])
        if hasattr(self, "_counts"):
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
