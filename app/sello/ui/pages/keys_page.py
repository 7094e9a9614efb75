"""Keys: the company's signing keys, Kleopatra style.

A table of keys (`KeyTableModel`), the selected key in full (`KeyDetailsPanel`,
fingerprint grouped and monospaced with a copy button), and the actions
(`KeyActions`): new, restore, rename, back up, export did.json, use for new
documents, rotate, delete. With no company yet, the page offers the setup wizard;
with keys in a locked encrypted file, it offers to unlock it.

The page reads the key list from the database (fast, GUI thread) and reloads on
``context.keys_changed`` / ``profile_changed``; every key-store write runs on the
serial pool.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sello.core.keys.manager import KeyRecord
from sello.core.keys.sealedbox import DEFAULT_KDF, KdfParams
from sello.core.keys.store import EncryptedFileStore, default_file_store_path
from sello.ui import theme
from sello.ui.context import AppContext
from sello.ui.detail_panels import DetailsSplitter, visible_rows_height
from sello.ui.keys.key_actions import KeyActions
from sello.ui.keys.key_details import KeyDetailsPanel
from sello.ui.keys.key_table_model import RECORD_ROLE, Column, KeyTableModel
from sello.ui.trust.publishing import publish_kit_interactively

MIN_TABLE_ROWS = 3  # the key list shows at least this many rows beside the details


class KeysPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        super().__init__(parent)
        self.context = context
        self._pending_selection: str | None = None
        self.setup_wizard = None  # the wizard, while open

        self.title_label = theme.page_title()
        self.intro_label = theme.page_intro()

        # no company yet
        self.setup_box = QFrame()
        self.setup_box.setObjectName("setupBox")
        self.setup_label = QLabel()
        self.setup_label.setWordWrap(True)
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("setupButton")
        self.setup_button.clicked.connect(self.open_setup_wizard)
        setup_layout = QHBoxLayout(self.setup_box)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addWidget(self.setup_label, 1)
        setup_layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableView()
        self.table.setObjectName("keysTable")
        self.model = KeyTableModel(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in Column:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == Column.IDENTIFIER
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.key_actions = KeyActions(self, context, self.selected_key, kdf=kdf)
        self.key_actions.notice.connect(self.show_notice)
        self.key_actions.select_key.connect(self._select_later)
        for action in (self.key_actions.rename, self.key_actions.delete, self.key_actions.copy_fingerprint):
            # F2, Delete and Ctrl+C act on the key list only while it has the focus
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
        for action in (self.key_actions.new_key, self.key_actions.restore, self.key_actions.unlock):
            self.addAction(action)

        # the locked encrypted key file
        self.unlock_box = QFrame()
        self.unlock_box.setObjectName("unlockBox")
        self.unlock_label = QLabel()
        self.unlock_label.setObjectName("warningText")
        self.unlock_label.setWordWrap(True)
        unlock_layout = QHBoxLayout(self.unlock_box)
        unlock_layout.setContentsMargins(0, 0, 0, 0)
        unlock_layout.addWidget(self.unlock_label, 1)
        unlock_layout.addWidget(self._tool_button(self.key_actions.unlock), 0, Qt.AlignmentFlag.AlignTop)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self._tool_button(self.key_actions.new_key))
        toolbar.addWidget(self._tool_button(self.key_actions.restore))
        toolbar.addStretch(1)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = KeyDetailsPanel()
        self.details.publish_requested.connect(self._publish_kit)
        self.key_buttons = QWidget()
        buttons = QVBoxLayout(self.key_buttons)
        buttons.setContentsMargins(0, 8, 0, 0)
        for action in (
            self.key_actions.rename,
            self.key_actions.backup,
            self.key_actions.export_did,
            self.key_actions.make_default,
            self.key_actions.rotate,
            self.key_actions.delete,
        ):
            buttons.addWidget(self._tool_button(action, expand=True))
        buttons.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("pageIntro")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.details, 1)
        bottom_layout.addWidget(self.key_buttons)
        # the selected key's details get the height they need, the table the rest
        self.splitter = DetailsSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(bottom)
        self.table.setMinimumHeight(visible_rows_height(self.table, MIN_TABLE_ROWS))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.unlock_box)
        layout.addLayout(toolbar)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)

        context.keys_changed.connect(self.reload)
        context.profile_changed.connect(self._profile_changed)
        self.retranslateUi()
        self.reload()

    @staticmethod
    def _tool_button(action: QAction, *, expand: bool = False) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(action.objectName().replace("Action", "Button"))
        if expand:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # -- content -------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.reload()

    def selected_key(self) -> KeyRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(RECORD_ROLE)
        return record if isinstance(record, KeyRecord) else None

    def reload(self) -> None:
        manager = self.context.key_manager
        records = manager.list_keys() if manager is not None else []
        keep = self._pending_selection or (self.selected_key().id if self.selected_key() else None)
        self._pending_selection = None
        self.model.set_keys(records)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and records:
            row = 0
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_state(records)
        self._selection_changed()

    def _select_later(self, key_id: str) -> None:
        """Select this key once the list reloads (the action that made it is still finishing)."""
        self._pending_selection = key_id
        row = self.model.row_of(key_id)
        if row >= 0:
            self.table.selectRow(row)

    def _profile_changed(self, _profile_id: str) -> None:
        self.notice_label.clear()
        self.reload()

    def _show_state(self, records: list[KeyRecord]) -> None:
        manager = self.context.key_manager
        has_profile = manager is not None
        self.setup_box.setVisible(not has_profile)
        file_exists = EncryptedFileStore.exists(default_file_store_path(self.context.data_dir))
        locked = (
            has_profile
            and manager.store.kind != "file"
            and file_exists
            and (self.context.wants_file_store or any(r.store == "file" for r in records))
        )
        self.unlock_box.setVisible(bool(locked))
        self.splitter.setVisible(bool(records))
        self.empty_label.setVisible(has_profile and not records)
        self.notice_label.setVisible(bool(self.notice_label.text()))

    def _selection_changed(self, *_args: object) -> None:
        record = self.selected_key()
        manager = self.context.key_manager
        if record is None or manager is None:
            self.details.show_key(None)
        else:
            in_file = manager.store.kind == "file" == record.store
            store = str(getattr(manager.store, "display_path", "")) if in_file else ""
            self.details.show_key(record, signed_count=manager.documents_signed_by(record.id), store_description=store)
        self.key_actions.update_enabled()
        self.splitter.fit_details()

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def _context_menu(self, position: QPoint) -> None:
        if self.selected_key() is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        acts = self.key_actions
        for action in (
            acts.copy_fingerprint,
            acts.copy_identifier,
            None,
            acts.rename,
            acts.backup,
            acts.export_did,
            acts.make_default,
            None,
            acts.rotate,
            acts.delete,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def open_setup_wizard(self) -> None:
        from sello.ui.setup_wizard import open_setup_wizard

        self.setup_wizard = open_setup_wizard(self.context, self.window(), on_finished=self._wizard_closed)

    def _wizard_closed(self) -> None:
        self.setup_wizard = None
        self.reload()

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.title_label.setText(self.tr("Keys"))
        self.intro_label.setText(
            self.tr(
                "Your company signs its documents with these keys. The private part of a key stays on this computer, "
                "apart from the protected backups you make; verifiers check signatures with the public part."
            )
        )
        self.setup_label.setText(
            self.tr("Sello is not set up yet: enter your company\u2019s details and create its signing key first.")
        )
        self.setup_button.setText(self.tr("&Set up Sello\u2026"))
        self.unlock_label.setText(
            self.tr(
                "Your private keys are kept in an encrypted file. Unlock it with its passphrase to sign, back up, "
                "rotate or delete keys."
            )
        )
        self.empty_label.setText(self.tr("No keys yet. Create one with \u201cNew key\u201d."))
        self.key_actions.retranslateUi()
        self.model.retranslate()
        self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _publish_kit(self) -> None:
        """did:web keys: the same publishing kit as the Trust page (did.json + status lists)."""

        publish_kit_interactively(self, self.context)
