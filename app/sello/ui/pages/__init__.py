"""The main window's pages, declared as data.

Each `PageSpec` names its navigation title, icon and factory. The factory is a
``"module:attribute"`` string, imported only when the page is first shown, so a
page that needs reportlab, pypdfium2 or QtMultimedia costs nothing at start-up.
To plug in a real page, change its factory string -- one line::

    PageSpec("keys", ..., factory="sello.ui.pages.keys_page:KeysPage"),

A factory is any callable ``factory(context: AppContext, parent: QWidget | None) -> QWidget``
(a QWidget subclass with that constructor is the usual one). The page reacts to
``QEvent.LanguageChange`` in ``changeEvent`` by calling its ``retranslateUi()``,
and to ``context.profile_changed`` / ``context.keys_changed``. Optionally it may
define ``page_shown()``, called each time the user navigates to it.

The order here is the order in the navigation list and of the Ctrl+1..7 shortcuts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from sello.ui.context import AppContext

PageFactory = Callable[["AppContext", "QWidget | None"], "QWidget"]

TRANSLATION_CONTEXT = "Navigation"


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable id: saved as the last page, used by tests and show_page()
    title: str  # English source text; shown through translated_title()
    icon: str  # resources/icons/nav/<icon>.svg
    factory: str  # "package.module:callable"

    def translated_title(self) -> str:
        return QCoreApplication.translate(TRANSLATION_CONTEXT, self.title)

    def load_factory(self) -> PageFactory:
        module_name, _, attribute = self.factory.partition(":")
        return getattr(importlib.import_module(module_name), attribute)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "shipments",
        QT_TRANSLATE_NOOP("Navigation", "Shipments"),
        "shipments",
        "sello.ui.pages.shipments_page:ShipmentsPage",
    ),
    PageSpec(
        "documents",
        QT_TRANSLATE_NOOP("Navigation", "Documents"),
        "documents",
        "sello.ui.pages.documents_page:DocumentsPage",
    ),
    PageSpec("inbox", QT_TRANSLATE_NOOP("Navigation", "Inbox"), "inbox", "sello.ui.pages.inbox_page:InboxPage"),
    PageSpec("keys", QT_TRANSLATE_NOOP("Navigation", "Keys"), "keys", "sello.ui.pages.keys_page:KeysPage"),
    PageSpec("verify", QT_TRANSLATE_NOOP("Navigation", "Verify"), "verify", "sello.ui.pages.verify_page:VerifyPage"),
    PageSpec("trust", QT_TRANSLATE_NOOP("Navigation", "Trust"), "trust", "sello.ui.pages.trust_page:TrustPage"),
    PageSpec(
        "settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings", "sello.ui.pages.settings_page:SettingsPage"
    ),
)


def page_spec(key: str, pages: tuple[PageSpec, ...] = PAGES) -> PageSpec:
    for spec in pages:
        if spec.key == key:
            return spec
    raise KeyError(key)
