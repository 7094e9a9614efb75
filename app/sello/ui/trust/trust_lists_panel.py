"""Trust lists imported on this computer (who is on them, until when) and the list
operators the user trusts. A list is accepted only from a trusted operator, so the
operators come first: trust one (its DID document is pinned), then import its lists."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sello.core.trust.lists import ImportedTrustList, distrust_operator, imported_trust_lists, remove_trust_list
from sello.core.trust.operators import TrustedOperator, trust_operator, trusted_operators
from sello.core.verification.context import verification_sources
from sello.ui import dialogs, i18n, theme
from sello.ui.context import AppContext
from sello.ui.documents.notice import NoticeLabel
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task, serial_pool
from sello.ui.trust.actions import import_trust_list_file
from sello.ui.trust.roles import roles_text

LIST_ID_ROLE = Qt.ItemDataRole.UserRole


def _tree(columns: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setColumnCount(columns)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


def _note() -> QLabel:
    label = QLabel()
    label.setObjectName("pageIntro")
    label.setWordWrap(True)
    return label


def _add_operator(db: object, did: str, name: str) -> TrustedOperator:
    resolver, _status, _trust = verification_sources(db, online=True)  # did:web is fetched over HTTPS
    return trust_operator(db, did, name, resolver)


class TrustListsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lists: list[ImportedTrustList] = []
        self._operators: list[TrustedOperator] = []

        # imported lists
        self.lists_box = QGroupBox()
        self.lists_note = _note()
        self.lists_tree = _tree(5)
        self.lists_tree.setObjectName("importedTrustLists")
        self.issuers_caption = QLabel()
        self.issuers_tree = _tree(4)
        self.import_button = QPushButton()
        self.remove_list_button = QPushButton()
        self.import_button.clicked.connect(self.import_list)
        self.remove_list_button.clicked.connect(self.remove_selected_list)
        self.lists_tree.itemSelectionChanged.connect(self._list_selected)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.import_button)
        list_buttons.addWidget(self.remove_list_button)
        list_buttons.addStretch(1)
        lists_layout = QVBoxLayout(self.lists_box)
        lists_layout.addWidget(self.lists_note)
        lists_layout.addWidget(self.lists_tree, 2)
        lists_layout.addLayout(list_buttons)
        lists_layout.addWidget(self.issuers_caption)
        lists_layout.addWidget(self.issuers_tree, 3)

        # operators
        self.operators_box = QGroupBox()
        self.operators_note = _note()
        self.operators_tree = _tree(3)
        self.operators_tree.setObjectName("trustedOperators")
        self.operator_did_edit = QLineEdit()
        self.operator_name_edit = QLineEdit()
        self.add_operator_button = QPushButton()
        self.remove_operator_button = QPushButton()
        self.add_operator_button.clicked.connect(self.add_operator)
        self.remove_operator_button.clicked.connect(self.remove_selected_operator)
        self.operators_tree.itemSelectionChanged.connect(self._update_buttons)
        for edit in (self.operator_did_edit, self.operator_name_edit):
            edit.textChanged.connect(self._update_buttons)
            edit.returnPressed.connect(self.add_operator)
        add_row = QHBoxLayout()
        add_row.addWidget(self.operator_did_edit, 3)
        add_row.addWidget(self.operator_name_edit, 2)
        add_row.addWidget(self.add_operator_button)
        operator_buttons = QHBoxLayout()
        operator_buttons.addWidget(self.remove_operator_button)
        operator_buttons.addStretch(1)
        operators_layout = QVBoxLayout(self.operators_box)
        operators_layout.addWidget(self.operators_note)
        operators_layout.addWidget(self.operators_tree, 1)
        operators_layout.addLayout(add_row)
        operators_layout.addLayout(operator_buttons)

        self.notice = NoticeLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.lists_box)
        splitter.addWidget(self.operators_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        self.retranslateUi()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self._context.db
        self._lists = imported_trust_lists(db)
        self._operators = trusted_operators(db)
        self._fill_lists()
        self._fill_operators()

    def _fill_lists(self) -> None:
        selected = self.selected_list()
        keep = selected.trust_list.id if selected else None
        now = datetime.now(UTC)
        self.lists_tree.clear()
        for imported in self._lists:
            current = imported.current_at(now)
            item = QTreeWidgetItem(
                [
                    imported.trust_list.name,
                    imported.operator_name,
                    i18n.format_number(imported.trust_list.version),
                    i18n.format_number(len(imported.trust_list.issuers)),
                    (i18n.format_date(imported.valid_until) if imported.valid_until else "\u2014")
                    + ("" if current else " \u2014 " + self.tr("expired")),
                ]
            )
            item.setData(0, LIST_ID_ROLE, imported.trust_list.id)
            item.setToolTip(0, imported.trust_list.id)
            item.setToolTip(1, imported.operator)
            if not current:
                item.setForeground(4, QBrush(QColor(theme.VERDICT_COLOURS["red"].border)))
            self.lists_tree.addTopLevelItem(item)
            if imported.trust_list.id == keep:
                item.setSelected(True)
        if self.lists_tree.topLevelItemCount() and not self.lists_tree.selectedItems():
            self.lists_tree.topLevelItem(0).setSelected(True)
        self._list_selected()

    def _fill_operators(self) -> None:
        self.operators_tree.clear()
        for operator in self._operators:
            item = QTreeWidgetItem([operator.name, operator.did, i18n.format_datetime(operator.added_at)])
            item.setData(0, LIST_ID_ROLE, operator.did)
            item.setToolTip(1, operator.did)
            self.operators_tree.addTopLevelItem(item)
        self._update_buttons()

    def selected_list(self) -> ImportedTrustList | None:
        items = self.lists_tree.selectedItems()
        wanted = items[0].data(0, LIST_ID_ROLE) if items else None
        return next((lst for lst in self._lists if lst.trust_list.id == wanted), None)

    def selected_operator(self) -> TrustedOperator | None:
        items = self.operators_tree.selectedItems()
        wanted = items[0].data(0, LIST_ID_ROLE) if items else None
        return next((op for op in self._operators if op.did == wanted), None)

    def _list_selected(self) -> None:
        imported = self.selected_list()
        self.issuers_tree.clear()
        if imported is not None:
            for entry in imported.trust_list.issuers:
                item = QTreeWidgetItem([entry.legal_name, entry.rfc or "\u2014", roles_text(entry.roles), entry.did])
                item.setToolTip(3, entry.did)
                self.issuers_tree.addTopLevelItem(item)
            self.issuers_caption.setText(
                self.tr("Issuers on “{name}” (valid from {start}):").format(
                    name=imported.trust_list.name, start=i18n.format_date(imported.valid_from)
                )
            )
        else:
            self.issuers_caption.setText(self.tr("Issuers on the selected list:"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_list_button.setEnabled(self.selected_list() is not None)
        self.remove_operator_button.setEnabled(self.selected_operator() is not None)
        self.add_operator_button.setEnabled(
            bool(self.operator_did_edit.text().strip()) and bool(self.operator_name_edit.text().strip())
        )

    # -- actions -------------------------------------------------------------------------
    def import_list(self) -> None:
        def chosen(path: Path) -> None:
            run_task(
                import_trust_list_file,
                self._context.db,
                path,
                on_done=self._imported,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

        dialogs.choose_open_file(
            self,
            title=self.tr("Import a signed trust list"),
            name_filters=[self.tr("Signed trust lists (*.jwt *.txt)"), self.tr("All files (*)")],
            on_chosen=chosen,
        )

    def _imported(self, imported: ImportedTrustList) -> None:
        self.refresh()
        count = len(imported.trust_list.issuers)
        self.notice.show_notice(
            lambda: self.tr("Imported “{name}” (version {version}, %n issuer(s)) from {operator}.", "", count).format(
                name=imported.trust_list.name, version=imported.trust_list.version, operator=imported.operator_name
            )
        )

    def remove_selected_list(self) -> None:
        imported = self.selected_list()
        if imported is None:
            return
        dialogs.confirm_destructive(
            self,
            title=self.tr("Remove trust list"),
            message=self.tr(
                "Remove “{name}”? Documents from the issuers on it will no longer show as trusted on this computer."
            ).format(name=imported.trust_list.name),
            verb=self.tr("Remove list"),
            affected=[f"{e.legal_name} ({e.did})" for e in imported.trust_list.issuers],
            on_confirmed=lambda: run_task(
                remove_trust_list,
                self._context.db,
                imported.trust_list.id,
                on_done=lambda _none: self._removed(imported.trust_list.name),
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            ),
        )

    def _removed(self, name: str) -> None:
        self.refresh()
        self.notice.show_notice(lambda: self.tr("Removed “{name}”.").format(name=name))

    def add_operator(self) -> None:
        did = self.operator_did_edit.text().strip()
        name = self.operator_name_edit.text().strip()
        if not did or not name:
            return
        self.add_operator_button.setEnabled(False)
        run_task(
            _add_operator,
            self._context.db,
            did,
            name,
            on_done=self._operator_added,
            on_error=self._operator_failed,
            pool=serial_pool(),
            context=self,
        )

    def _operator_added(self, operator: TrustedOperator) -> None:
        self.operator_did_edit.clear()
        self.operator_name_edit.clear()
        self.refresh()
        self.notice.show_notice(lambda: self.tr("You now trust lists signed by {name}.").format(name=operator.name))

    def _operator_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        error_handler(self)(exc)

    def remove_selected_operator(self) -> None:
        operator = self.selected_operator()
        if operator is None:
            return
        their_lists = [lst.trust_list.name for lst in self._lists if lst.operator == operator.did]
        dialogs.confirm_destructive(
            self,
            title=self.tr("Stop trusting an operator"),
            message=self.tr("Stop trusting {name}? Its trust lists are removed from this computer too.").format(
                name=operator.name
            ),
            verb=self.tr("Stop trusting"),
            affected=[operator.did, *their_lists],
            on_confirmed=lambda: run_task(
                distrust_operator,
                self._context.db,
                operator.did,
                on_done=lambda _count: self._removed(operator.name),
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            ),
        )

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.lists_box.setTitle(self.tr("Trust lists on this computer"))
        self.lists_note.setText(
            self.tr(
                "A trust list names the mills and brokers an operator (a chamber of commerce, an authority) vouches "
                "for. Verifying a document from an issuer on a current list shows who it is, in green."
            )
        )
        self.lists_tree.setHeaderLabels(
            [self.tr("List"), self.tr("Operator"), self.tr("Version"), self.tr("Issuers"), self.tr("Valid until")]
        )
        self.issuers_tree.setHeaderLabels(
            [self.tr("Legal name"), self.tr("RFC"), self.tr("Roles"), self.tr("Identifier (DID)")]
        )
        self.import_button.setText(self.tr("&Import list\u2026"))
        self.remove_list_button.setText(self.tr("&Remove list\u2026"))
        self.operators_box.setTitle(self.tr("Operators you trust"))
        self.operators_note.setText(
            self.tr(
                "Lists are accepted only from operators you trust. Add one by its identifier (DID), as the "
                "operator published it."
            )
        )
        self.operators_tree.setHeaderLabels(
            [self.tr("Operator"), self.tr("Identifier (DID)"), self.tr("Trusted since")]
        )
        self.operator_did_edit.setPlaceholderText(self.tr("Operator's DID (did:web:…, did:key:…)"))
        self.operator_name_edit.setPlaceholderText(self.tr("Operator's name"))
        self.add_operator_button.setText(self.tr("&Trust operator"))
        self.remove_operator_button.setText(self.tr("&Stop trusting\u2026"))
        self._fill_lists()
        self._fill_operators()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
