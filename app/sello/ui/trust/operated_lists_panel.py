"""Trust lists this company operates: create one, add or edit its issuers, and sign
it with the company's key for verifiers to import (the version goes up by itself
when the issuers changed since the last signing)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sello.core.credentials.credential import format_datetime
from sello.core.trust.lists import ROLES, TrustedIssuer, TrustList, operated_lists
from sello.ui import dialogs, i18n, theme
from sello.ui.context import AppContext
from sello.ui.documents.files import user_documents_folder, with_suffix
from sello.ui.documents.filter_bar import localize_date_edit
from sello.ui.documents.notice import NoticeLabel
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task, serial_pool
from sello.ui.trust.actions import SignedListFile, create_operated_list, drop_issuer, put_issuer, sign_list_to_file
from sello.ui.trust.roles import role_name, roles_text

DID_ROLE = Qt.ItemDataRole.UserRole


class OperatedListsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lists: list[TrustList] = []
        self._current: TrustList | None = None

        self.note = QLabel()
        self.note.setObjectName("pageIntro")
        self.note.setWordWrap(True)
        self.list_caption = QLabel()
        self.list_combo = QComboBox()
        self.list_combo.setMinimumContentsLength(24)
        self.list_caption.setBuddy(self.list_combo)
        self.new_name_edit = QLineEdit()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_list)
        self.new_name_edit.returnPressed.connect(self.create_list)
        self.new_name_edit.textChanged.connect(self._update_buttons)
        self.list_combo.currentIndexChanged.connect(self._list_chosen)

        self.issuers_box = QGroupBox()
        self.issuers_tree = QTreeWidget()
        self.issuers_tree.setObjectName("operatedIssuers")
        self.issuers_tree.setRootIsDecorated(False)
        self.issuers_tree.setColumnCount(6)
        self.issuers_tree.setAlternatingRowColors(True)
        self.issuers_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.issuers_tree.header().setStretchLastSection(True)
        self.issuers_tree.itemSelectionChanged.connect(self._issuer_selected)

        self.did_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.rfc_edit = QLineEdit()
        self.country_edit = QLineEdit("MX")
        self.country_edit.setMaxLength(2)
        self.country_edit.setMaximumWidth(self.country_edit.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.role_checks = {role: QCheckBox() for role in ROLES}
        self.role_checks["mill"].setChecked(True)
        self.until_check = QCheckBox()
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDate(QDate.currentDate().addYears(1))
        self.until_edit.setEnabled(False)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        roles_row = QHBoxLayout()
        for check in self.role_checks.values():
            roles_row.addWidget(check)
        roles_row.addStretch(1)
        country_row = QHBoxLayout()
        country_row.addWidget(self.country_edit)
        country_row.addStretch(1)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_check)
        until_row.addWidget(self.until_edit)
        until_row.addStretch(1)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self.form_labels,
            (self.did_edit, self.name_edit, self.rfc_edit, country_row, roles_row, until_row),
            strict=False,
        ):
            self.form.addRow(label, field)
        for label, buddy in zip(
            self.form_labels, (self.did_edit, self.name_edit, self.rfc_edit, self.country_edit), strict=False
        ):
            label.setBuddy(buddy)
        self.put_button = QPushButton()
        self.remove_button = QPushButton()
        self.put_button.clicked.connect(self.put_issuer)
        self.remove_button.clicked.connect(self.remove_issuer)
        for edit in (self.did_edit, self.name_edit):
            edit.textChanged.connect(self._update_buttons)
        entry_buttons = QHBoxLayout()
        entry_buttons.addWidget(self.put_button)
        entry_buttons.addWidget(self.remove_button)
        entry_buttons.addStretch(1)
        issuers_layout = QVBoxLayout(self.issuers_box)
        issuers_layout.addWidget(self.issuers_tree, 1)
        issuers_layout.addLayout(self.form)
        issuers_layout.addLayout(entry_buttons)

        self.months_caption = QLabel()
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 60)
        self.months_spin.setValue(12)
        self.months_caption.setBuddy(self.months_spin)
        self.sign_button = QPushButton()
        self.sign_button.clicked.connect(self.sign)
        self.notice = NoticeLabel()

        top = QHBoxLayout()
        top.addWidget(self.list_caption)
        top.addWidget(self.list_combo, 2)
        top.addSpacing(theme.SPACING)
        top.addWidget(self.new_name_edit, 2)
        top.addWidget(self.create_button)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.months_caption)
        sign_row.addWidget(self.months_spin)
        sign_row.addWidget(self.sign_button)
        sign_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.issuers_box, 1)
        layout.addLayout(sign_row)
        layout.addWidget(self.notice)
        self.retranslateUi()

    # -- data ------------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        profile_id = self._context.profile_id
        self._lists = operated_lists(self._context.db, profile_id) if profile_id else []
        wanted = select_id or (self._current.id if self._current else None)
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        for trust_list in self._lists:
            self.list_combo.addItem(trust_list.name, trust_list.id)
        index = self.list_combo.findData(wanted) if wanted else -1
        self.list_combo.setCurrentIndex(index if index >= 0 else self.list_combo.count() - 1)
        self.list_combo.blockSignals(False)
        self._list_chosen()

    def current_list(self) -> TrustList | None:
        return self._current

    def _list_chosen(self, *_args: object) -> None:
        wanted = self.list_combo.currentData()
        self._current = next((lst for lst in self._lists if lst.id == wanted), None)
        self._fill_issuers()
        self._update_buttons()

    def _fill_issuers(self) -> None:
        self.issuers_tree.clear()
        if self._current is None:
            self.issuers_box.setTitle(self.tr("Issuers"))
            return
        self.issuers_box.setTitle(
            self.tr("Issuers on “{name}” (version {version})").format(
                name=self._current.name, version=self._current.version
            )
        )
        for entry in self._current.issuers:
            until = i18n.format_date(entry.valid_until) if entry.valid_until else "\u2014"
            item = QTreeWidgetItem(
                [entry.legal_name, entry.rfc or "\u2014", entry.country, roles_text(entry.roles), until, entry.did]
            )
            item.setData(0, DID_ROLE, entry.did)
            item.setToolTip(5, entry.did)
            self.issuers_tree.addTopLevelItem(item)

    def _selected_entry(self) -> TrustedIssuer | None:
        items = self.issuers_tree.selectedItems()
        if not items or self._current is None:
            return None
        return self._current.entry_for(items[0].data(0, DID_ROLE))

    def _issuer_selected(self) -> None:
        entry = self._selected_entry()
        if entry is not None:  # edit it: the form shows the entry
            self.did_edit.setText(entry.did)
            self.name_edit.setText(entry.legal_name)
            self.rfc_edit.setText(entry.rfc)
            self.country_edit.setText(entry.country)
            for role, check in self.role_checks.items():
                check.setChecked(role in entry.roles)
            self.until_check.setChecked(entry.valid_until is not None)
            if entry.valid_until:
                until = date.fromisoformat(entry.valid_until[:10])
                self.until_edit.setDate(QDate(until.year, until.month, until.day))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        has_list = self._current is not None
        self.create_button.setEnabled(bool(self.new_name_edit.text().strip()))
        filled = bool(self.did_edit.text().strip()) and bool(self.name_edit.text().strip())
        self.put_button.setEnabled(has_list and filled)
        self.remove_button.setEnabled(self._selected_entry() is not None)
        self.sign_button.setEnabled(has_list and bool(self._current and self._current.issuers))
        self.issuers_box.setEnabled(has_list)

    def entry_from_form(self) -> TrustedIssuer:
        until = None
        if self.until_check.isChecked():
            day = self.until_edit.date()
            end = datetime.combine(date(day.year(), day.month(), day.day()), time(23, 59, 59), UTC)
            until = format_datetime(end)
        return TrustedIssuer(
            self.did_edit.text().strip(),
            self.name_edit.text(),
            self.rfc_edit.text(),
            self.country_edit.text(),
            tuple(r for r, c in self.role_checks.items() if c.isChecked()),
            valid_until=until,
        )

    # -- actions ---------------------------------------------------------------------------
    def create_list(self) -> None:
        name = self.new_name_edit.text().strip()
        profile_id = self._context.profile_id
        if not name or not profile_id:
            return
        run_task(
            create_operated_list,
            self._context.db,
            profile_id,
            name,
            on_done=self._created,
            on_error=error_handler(self),
            pool=serial_pool(),
            context=self,
        )

    def _created(self, trust_list: TrustList) -> None:
        self.new_name_edit.clear()
        self.refresh(select_id=trust_list.id)
        self.notice.show_notice(
            lambda: self.tr("Created “{name}”. Add the issuers it vouches for, then sign it.").format(
                name=trust_list.name
            )
        )

    def put_issuer(self) -> None:
        if self._current is None or self._context.profile_id is None:
            return
        run_task(
            put_issuer,
            self._context.db,
            self._context.profile_id,
            self._current.id,
            self.entry_from_form(),
            on_done=self._changed,
            on_error=error_handler(self),
            pool=serial_pool(),
            context=self,
        )

    def remove_issuer(self) -> None:
        entry = self._selected_entry()
        if entry is None or self._current is None or self._context.profile_id is None:
            return
        list_id, profile_id = self._current.id, self._context.profile_id
        dialogs.confirm_destructive(
            self,
            title=self.tr("Remove issuer"),
            message=self.tr(
                "Remove {name} from “{list}”? Verifiers see the change when you sign and hand out the list again."
            ).format(name=entry.legal_name, list=self._current.name),
            verb=self.tr("Remove issuer"),
            affected=[f"{entry.legal_name} ({entry.did})"],
            on_confirmed=lambda: run_task(
                drop_issuer,
                self._context.db,
                profile_id,
                list_id,
                entry.did,
                on_done=self._changed,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            ),
        )

    def _changed(self, trust_list: TrustList) -> None:
        self.refresh(select_id=trust_list.id)
        self.notice.show_notice(lambda: self.tr("Saved. Sign the list again to hand out the change."))

    def sign(self) -> None:
        manager = self._context.key_manager
        if self._current is None or manager is None:
            return
        list_id, months = self._current.id, self.months_spin.value()
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in self._current.name).strip("-")[:60]

        def chosen(path: Path) -> None:
            run_task(
                sign_list_to_file,
                self._context.db,
                manager,
                list_id,
                months,
                with_suffix(path, ".jwt"),
                on_done=self._signed,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

        dialogs.choose_save_file(
            self,
            title=self.tr("Save the signed trust list"),
            name_filters=[self.tr("Signed trust lists (*.jwt)")],
            on_chosen=chosen,
            suggested=user_documents_folder() / f"{safe or 'trust-list'}.jwt",
        )

    def _signed(self, signed: SignedListFile) -> None:
        self.refresh(select_id=signed.trust_list.id)
        self.notice.show_notice(
            lambda: self.tr("Signed version {version}, valid until {date}, and saved to {path}.").format(
                version=signed.trust_list.version, date=i18n.format_date(signed.valid_until), path=signed.path
            )
        )

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.note.setText(
            self.tr(
                "If you run a trust list (for example, a chamber vouching for its member mills), create it here, "
                "add the issuers and sign it with your company's key. Verifiers who trust you import the signed file."
            )
        )
        self.list_caption.setText(self.tr("Lis&t:"))
        self.new_name_edit.setPlaceholderText(self.tr("Name of a new list"))
        self.create_button.setText(self.tr("&Create list"))
        labels = [
            self.tr("Identifier (DID):"),
            self.tr("Legal name:"),
            self.tr("Tax id (RFC):"),
            self.tr("Country:"),
            self.tr("Roles:"),
            self.tr("Listed until:"),
        ]
        for label, text in zip(self.form_labels, labels, strict=False):
            label.setText(text)
        self.did_edit.setPlaceholderText("did:web:acerosdelnorte.mx")
        for role, check in self.role_checks.items():
            check.setText(role_name(role))
        self.until_check.setText(self.tr("Limit to"))
        localize_date_edit(self.until_edit)
        self.put_button.setText(self.tr("&Add or update issuer"))
        self.remove_button.setText(self.tr("&Remove issuer\u2026"))
        self.issuers_tree.setHeaderLabels(
            [
                self.tr("Legal name"),
                self.tr("RFC"),
                self.tr("Country"),
                self.tr("Roles"),
                self.tr("Listed until"),
                self.tr("Identifier (DID)"),
            ]
        )
        self.months_caption.setText(self.tr("Vali&d for (months):"))
        self.sign_button.setText(self.tr("&Sign and save\u2026"))
        self._fill_issuers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
