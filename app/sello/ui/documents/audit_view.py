"""The activity of one document (issued, printed, exported, revoked) with times, and
whether the activity log's hash chain is intact.

The log is append-only and hash-chained (`Database.verify_audit_chain`): the
indicator says "verified" only when every link of the whole chain recomputes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sello.core.storage.db import AuditEntry
from sello.ui import i18n, theme
from sello.ui.forms.language import local

CONTEXT = "DocumentAuditView"


def action_name(action: str) -> str:
    names = {
        "issue": QCoreApplication.translate("DocumentAuditView", "Issued"),
        "print": QCoreApplication.translate("DocumentAuditView", "Printed"),
        "export": QCoreApplication.translate("DocumentAuditView", "Exported"),
        "revoke": QCoreApplication.translate("DocumentAuditView", "Revoked"),
        "confirm-out-of-grade": QCoreApplication.translate("DocumentAuditView", "Out-of-grade values confirmed"),
        "send.queue": QCoreApplication.translate("DocumentAuditView", "Sent"),
        "send.deliver": QCoreApplication.translate("DocumentAuditView", "Accepted by recipient"),
        "send.fail": QCoreApplication.translate("DocumentAuditView", "Delivery failed"),
    }
    return names.get(action, action)


def action_detail(entry: AuditEntry) -> str:
    detail = entry.detail
    if entry.action == "issue":
        return QCoreApplication.translate("DocumentAuditView", "Signed with key {key}").format(
            key=str(detail.get("key", ""))[:8]
        )
    if entry.action == "print":
        if detail.get("rendered_again"):
            return QCoreApplication.translate("DocumentAuditView", "PDF rendered again: {file}").format(
                file=detail.get("pdf", "")
            )
        return str(detail.get("pdf", ""))
    if entry.action == "export":
        if detail.get("format") == "jwt":
            return QCoreApplication.translate("DocumentAuditView", "Signed token (.jwt): {file}").format(
                file=detail.get("file", "")
            )
        return QCoreApplication.translate("DocumentAuditView", "PDF copy: {file}").format(file=detail.get("file", ""))
    if entry.action == "revoke":
        return QCoreApplication.translate("DocumentAuditView", "Reason: {reason}").format(
            reason=detail.get("reason", "")
        )
    if entry.action == "confirm-out-of-grade":
        spanish = i18n.manager().language == "es"
        deviations = (detail.get("deviations_es") if spanish else None) or detail.get("deviations") or []
        return QCoreApplication.translate("DocumentAuditView", "{spec}: {values}").format(
            spec=detail.get("matched") or detail.get("standard", ""), values="; ".join(str(d) for d in deviations)
        )
    if entry.action.startswith("send."):
        return send_detail(entry)
    return ", ".join(f"{k}: {v}" for k, v in sorted(detail.items()))


def send_detail(entry: AuditEntry) -> str:
    """Where a document was sent (sello.core.exchange.outbox writes these entries)."""
    recipient = str(entry.detail.get("recipient", ""))
    if entry.action == "send.queue":
        return QCoreApplication.translate("DocumentAuditView", "To {recipient} (Traceability API)").format(
            recipient=recipient
        )
    if entry.action == "send.deliver":
        return QCoreApplication.translate("DocumentAuditView", "{recipient} accepted it (HTTP {status})").format(
            recipient=recipient, status=entry.detail.get("status", "")
        )
    reason = entry.detail.get("reason", "")
    return QCoreApplication.translate("DocumentAuditView", "To {recipient}: {reason}").format(
        recipient=recipient, reason=local(reason) if isinstance(reason, dict) else reason
    )


class DocumentAuditView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self._chain: tuple[bool, str] | None = None
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.chain_label.setObjectName("auditChain")
        # room for the sentence wrapped on two lines (Spanish), so the details panel asks for it
        self.chain_label.setMinimumHeight(2 * self.chain_label.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chain_label)
        self.retranslateUi()

    def show_entries(self, entries: Sequence[AuditEntry]) -> None:
        self._entries = list(entries)
        self._fill()

    def show_chain(self, verified: tuple[bool, str] | None) -> None:
        """(ok, reason) of `verify_audit_chain`, or None while it is being checked."""
        self._chain = verified
        self._show_chain()

    def entries_shown(self) -> list[tuple[str, str, str]]:
        """(time, action, detail) as displayed (tests and accessibility)."""
        return [
            tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
            for i in range(self.tree.topLevelItemCount())
        ]

    def _fill(self) -> None:
        self.tree.clear()
        for entry in self._entries:
            item = QTreeWidgetItem([i18n.format_datetime(entry.at), action_name(entry.action), action_detail(entry)])
            item.setToolTip(2, action_detail(entry))
            item.setData(0, Qt.ItemDataRole.UserRole, entry.seq)
            self.tree.addTopLevelItem(item)

    def _show_chain(self) -> None:
        if self._chain is None:
            self.chain_label.setText(self.tr("Checking the activity log\u2026"))
            self.chain_label.setStyleSheet("")
            return
        ok, reason = self._chain
        colours = theme.VERDICT_COLOURS["green" if ok else "red"]
        self.chain_label.setStyleSheet(f"color: {colours.foreground}; font-weight: 600;")
        if ok:
            self.chain_label.setText(self.tr("\u2713 Activity log verified: no entry was altered or removed."))
            self.chain_label.setToolTip("")
        else:
            self.chain_label.setText(
                self.tr("\u2717 The activity log was tampered with: {reason}").format(reason=reason)
            )
            self.chain_label.setToolTip(reason)

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Action"), self.tr("Details")])
        self.tree.setAccessibleName(self.tr("Activity of this document"))
        self._fill()
        self._show_chain()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
