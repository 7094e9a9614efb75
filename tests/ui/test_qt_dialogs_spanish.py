"""Qt's own dialogs speak Mexican Spanish: the file dialog Sello opens says "archivo",
"Buscar en:" and "Archivos de tipo:", never Spain's "fichero" or English left over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton, QToolButton

from sello.ui import dialogs
from sello.ui.i18n import QT_MEXICAN, qm_file_for
from tests.ui.fixtures import language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot


def visible_texts(dialog: QFileDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    texts += [c.itemText(i) for c in dialog.findChildren(QComboBox) for i in range(c.count())]
    texts += [w.toolTip() for w in dialog.findChildren(QToolButton)]
    texts += [a.text() for a in dialog.findChildren(QAction)]
    return [t for t in texts if t]


def test_the_mexican_catalogue_compiles_and_has_no_spain_words() -> None:
    assert qm_file_for("es", QT_MEXICAN) is not None
    source = Path(__file__).parents[2] / "resources" / "translations" / "qt_es_MX.ts"
    text = source.read_text(encoding="utf-8").lower()
    assert "fichero" not in text and "mi equipo" not in text and "ordenador" not in text


def test_sellos_file_dialog_is_in_mexican_spanish(qtbot, sello_app, tmp_path: Path) -> None:
    with language("es"):
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Buscar en:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Archivos de tipo:"
        assert QCoreApplication.translate("QFileDialog", "All Files (*)") == "Todos los archivos (*)"
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Carpeta"  # the Type column
        assert QCoreApplication.translate("QFileSystemModel", "Computer") == "Computadora"
        dialog = dialogs.choose_open_file(
            None, title="Abrir", name_filters=["Documentos PDF (*.pdf)"], on_chosen=lambda _p: None, directory=tmp_path
        )
        assert isinstance(dialog, QFileDialog)
        qtbot.addWidget(dialog)
        texts = visible_texts(dialog)
        save_screenshot(dialog, "specs_file_dialog", "es", tmp_path)
        dialog.reject()
    joined = " | ".join(texts)
    assert "&Buscar en:" in texts and "Archivos de &tipo:" in texts, joined
    assert "fichero" not in joined.lower() and "Atrás" in texts and "Carpeta superior" in texts, joined
    for english in ("&Look in:", "Files of &type:", "&File name:", "File &name:", "&Open", "Cancel", "Detail View"):
        assert english not in texts, f"{english!r} left in English: {joined}"
    assert dialog.findChildren(QLineEdit)  # the widget dialog (not the desktop's own), so Qt's texts show
