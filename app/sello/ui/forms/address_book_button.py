"""Pick a party (customer, consignee...) or a product saved from earlier documents, from a
button in the section's header or by typing its name (suggestions under the name box)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QMenu, QPushButton, QWidget

from sello.core.documents.doctypes import Section
from sello.core.documents.drafts import (
    AddressBook,
    Party,
    Product,
    is_party_section,
    is_product_section,
    party_values,
    product_values,
)
from sello.ui import dialogs
from sello.ui.errors import error_handler
from sello.ui.forms.sections import SectionBody
from sello.ui.tasks import TaskHandle, run_task, serial_pool

MENU_ENTRIES = 15


class AddressBookButton(QPushButton):
    """ "Address book ▾": saved entries to fill the section with, and "Save this one"."""

    def __init__(
        self,
        book: AddressBook,
        section: Section,
        body: SectionBody,
        on_filled: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.section = section
        self.body = body
        self.on_filled = on_filled
        self.kind = "party" if is_party_section(section) else "product"
        self.setObjectName(f"addressBook:{section.id}")
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill_menu)
        self.setMenu(self.menu_)
        self._entries: dict[str, Party | Product] = {}
        self._completer_model = QStringListModel(self)
        self._attach_completer()
        self.retranslateUi()

    # -- the name box's suggestions ---------------------------------------------------------
    def _name_editor(self) -> QLineEdit | None:
        row = self.body.rows.get("name" if self.kind == "party" else "description")
        widget = row.editor.input if row is not None else None
        return widget if isinstance(widget, QLineEdit) else None

    def _attach_completer(self) -> None:
        line = self._name_editor()
        if line is None:
            return
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._completed)
        line.setCompleter(completer)
        self.refresh()

    def entries(self) -> list[Party | Product]:
        return list(self.book.parties() if self.kind == "party" else self.book.products())

    def refresh(self) -> None:
        entries = self.entries()
        self._entries = {e.name: e for e in entries}
        self._completer_model.setStringList(list(self._entries))

    def _completed(self, name: str) -> None:
        entry = self._entries.get(name)
        if entry is not None:
            self.fill(entry)

    # -- the menu --------------------------------------------------------------------------------
    def _fill_menu(self) -> None:
        self.menu_.clear()
        entries = self.entries()
        if not entries:
            empty = self.menu_.addAction(self.tr("Nothing saved yet: entries are added when you issue a document"))
            empty.setEnabled(False)
        for entry in entries[:MENU_ENTRIES]:
            action = self.menu_.addAction(entry.one_line())
            action.triggered.connect(lambda _checked=False, e=entry: self.fill(e))
        self.menu_.addSeparator()
        save = self.menu_.addAction(self.tr("Save what is typed here in the address book"))
        save.triggered.connect(self.save_current)

    def fill(self, entry: Party | Product) -> None:
        """Put the entry's values into the fields this section has."""
        for field_id, value in entry.data.items():
            row = self.body.rows.get(field_id)
            if row is not None:
                row.set_value(value)
        self.on_filled()

    def save_current(self) -> TaskHandle | None:
        """Save the section's values (on the database thread); None when there is no name."""
        data = self.body.data()
        book, role = self.book, self.section.id
        if self.kind == "party":
            values = party_values(self.section, data)
            if not values.get("name"):
                self._nothing_to_save()
                return None
            work: Callable[[], object] = lambda: book.save_party(role, values)  # noqa: E731
        else:
            values = product_values(self.section, data)
            if not values.get("description"):
                self._nothing_to_save()
                return None
            work = lambda: book.save_product(values)  # noqa: E731
        return run_task(
            work, on_done=lambda _saved: self.refresh(), on_error=error_handler(self), pool=serial_pool(), context=self
        )

    def _nothing_to_save(self) -> None:
        what = self.tr("a company name") if self.kind == "party" else self.tr("a product description")
        dialogs.show_info(self, self.tr("Type {what} first, then save it in the address book.").format(what=what))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        # a product section's button holds products, not addresses: it says so
        self.setText(self.tr("Address book") if self.kind == "party" else self.tr("Saved products"))
        if self.kind == "party":
            self.setToolTip(self.tr("Fill in this company from the ones used in earlier documents"))
        else:
            self.setToolTip(self.tr("Fill in this product from the ones used in earlier documents"))


def address_book_tools(book: AddressBook | None, on_filled: Callable[[], None]):
    """A `ToolsFactory` that adds the address-book button to party and product sections."""

    def tools(section: Section, body: SectionBody) -> QWidget | None:
        if book is None or not (is_party_section(section) or is_product_section(section)):
            return None
        return AddressBookButton(book, section, body, on_filled)

    return tools
