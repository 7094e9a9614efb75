"""Small file helpers the Documents and Trust pages share: where to suggest saving,
file-name suffixes, and opening a file with the system's viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices


def user_documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (save dialogs do not always add it)."""
    return path if path.name.lower().endswith(suffix.lower()) else path.with_name(path.name + suffix)


def open_with_system(path: Path) -> bool:
    """Open a file in the application the system uses for it (the PDF viewer prints it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
