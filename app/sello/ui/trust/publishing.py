"""Write the did:web publishing kit into a folder the user chooses, off the GUI thread.

One function serves every button that publishes: the Trust page, the offer after a
revocation on the Documents page, and (if wanted) the Keys page:

    publish_kit_interactively(parent, context, on_published=lambda files: ...)

The folder chosen last time is offered again (the web server's folder, or a synced one).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sello.core.trust.publish import README_NAME, publish_kit
from sello.ui import dialogs, preferences
from sello.ui.context import AppContext
from sello.ui.documents.files import user_documents_folder
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task, serial_pool


def last_publish_folder() -> Path:
    remembered = preferences.read(preferences.PUBLISH_FOLDER)
    folder = Path(remembered) if remembered else None
    return folder if folder is not None and folder.is_dir() else user_documents_folder()


def publish_kit_interactively(
    parent: QWidget, context: AppContext, *, on_published: Callable[[Path, list[Path]], None] | None = None
) -> None:
    """Ask for a folder, write the kit there (serial pool: it signs with the company key), report."""
    manager = context.key_manager
    if manager is None:
        dialogs.show_error(
            parent, QCoreApplication.translate("Publishing", "Set up your company and its signing key first.")
        )
        return

    def chosen(folder: Path) -> None:
        run_task(
            publish_kit,
            context.db,
            manager.profile_id,
            manager,
            folder,
            on_done=lambda files: written(folder, files),
            on_error=error_handler(parent),
            pool=serial_pool(),
            context=parent,
        )

    def written(folder: Path, files: list[Path]) -> None:
        preferences.write(preferences.PUBLISH_FOLDER, str(folder))
        if on_published is not None:
            on_published(folder, files)
        dialogs.show_info(
            parent,
            QCoreApplication.translate("Publishing", "The publishing kit is in {folder}.").format(folder=folder),
            title=QCoreApplication.translate("Publishing", "Publishing kit written"),
            informative=QCoreApplication.translate(
                "Publishing",
                "Upload everything in it, including the hidden “.well-known” folder, to the root of "
                "your website, without renaming anything. {readme} explains it for your webmaster, in Spanish and "
                "English.",
            ).format(readme=README_NAME),
        )

    dialogs.choose_directory(
        parent,
        title=QCoreApplication.translate("Publishing", "Choose the folder for the publishing kit"),
        on_chosen=chosen,
        directory=last_publish_folder(),
    )
