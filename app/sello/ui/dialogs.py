"""The only module that shows message boxes and file dialogs (STYLE 10).

Every function here is non-blocking: the dialog is shown with ``open()`` and the
caller's callback runs when the user answers. Nothing here calls ``exec()``.

Tests pre-answer dialogs instead of clicking them (like KeePassXC's
``MessageBox::setNextAnswer``)::

    dialogs.set_next_answer(dialogs.Answer.CONFIRM)       # the next question is confirmed
    dialogs.set_next_answer(tmp_path / "out.pdf")          # the next file dialog picks this file
    dialogs.set_next_answer(dialogs.Answer.CANCEL)         # ...or is cancelled

A pre-answered dialog is never shown; its callback runs at once, synchronously.
Every dialog, shown or pre-answered, is appended to `history` so tests can
assert what the user was told or asked.

Destructive confirmations (STYLE 11): the button names the verb ("Delete 3
documents"), Cancel is the default and the Escape button, what will be affected is
listed, and a private key gets a second, separate warning (``second_warning``).
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from sello.ui.crash_dialog import CrashDialog

APP_TITLE = "Sello"  # window title of plain messages (a name: not translated)
MAX_LISTED = 12  # affected items listed by name; the rest are counted


class Answer(enum.Enum):
    OK = "ok"  # acknowledge an information / error message
    CONFIRM = "confirm"  # press the verb button of a question
    CANCEL = "cancel"  # cancel a question or a file dialog


@dataclass
class DialogRecord:
    kind: str  # "error", "info", "confirm", "open-file", "save-file", "directory", "print", "crash"
    title: str
    text: str
    affected: tuple[str, ...]
    answer: object  # Answer, Path, or None while a shown dialog is still open


history: list[DialogRecord] = []
_next_answers: deque[Answer | Path] = deque()
_open_dialogs: set[QDialog] = set()  # keeps parentless dialogs alive until they close


# -- test hooks ---------------------------------------------------------------------
def set_next_answer(*answers: Answer | Path | str) -> None:
    """Queue answers for the next dialogs, in order (tests only)."""
    for answer in answers:
        _next_answers.append(Path(answer) if isinstance(answer, str) else answer)


def pending_answers() -> int:
    return len(_next_answers)


def reset() -> None:
    """Forget queued answers and history; close dialogs still open (tests)."""
    _next_answers.clear()
    history.clear()
    for dialog in list(_open_dialogs):
        if shiboken6.isValid(dialog):
            dialog.blockSignals(True)  # closing is not the user's answer: no callbacks
            dialog.close()
    _open_dialogs.clear()


def open_dialogs() -> list[QDialog]:
    """Dialogs shown by this module that are still open."""
    return [d for d in _open_dialogs if shiboken6.isValid(d) and d.isVisible()]


def _take_answer(kind: str, allowed: tuple[type, ...], allowed_answers: tuple[Answer, ...]) -> Answer | Path | None:
    if not _next_answers:
        return None
    answer = _next_answers.popleft()
    ok = answer in allowed_answers if isinstance(answer, Answer) else isinstance(answer, allowed)
    if not ok:
        raise AssertionError(f"pre-set answer {answer!r} does not fit a {kind} dialog")
    return answer


def _record(kind: str, title: str, text: str, affected: tuple[str, ...]) -> DialogRecord:
    record = DialogRecord(kind, title, text, affected, None)
    history.append(record)
    return record


def _track(dialog: QDialog) -> None:
    _open_dialogs.add(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))


# -- messages -----------------------------------------------------------------------
def show_error(
    parent: QWidget | None, message: str, *, title: str | None = None, on_closed: Callable[[], None] | None = None
) -> QMessageBox | None:
    """Tell the user something failed, in one sentence they can act on."""
    return _show_message("error", QMessageBox.Icon.Warning, parent, message, title or APP_TITLE, on_closed)


def show_info(
    parent: QWidget | None,
    message: str,
    *,
    title: str | None = None,
    informative: str = "",
    on_closed: Callable[[], None] | None = None,
) -> QMessageBox | None:
    return _show_message(
        "info", QMessageBox.Icon.Information, parent, message, title or APP_TITLE, on_closed, informative
    )


def _show_message(
    kind: str,
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    message: str,
    title: str,
    on_closed: Callable[[], None] | None,
    informative: str = "",
) -> QMessageBox | None:
    answer = _take_answer(kind, (), (Answer.OK,))
    if answer is not None:
        _record(kind, title, message, ()).answer = answer
        if on_closed:
            on_closed()
        return None
    record = _record(kind, title, message, ())
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    ok = box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    _track(box)

    def closed(_result: int) -> None:
        record.answer = Answer.OK
        if on_closed:
            on_closed()

    box.finished.connect(closed)
    box.open()
    return box


# -- questions ------------------------------------------------------------------------
def _affected_text(affected: Sequence[str]) -> str:
    if not affected:
        return ""
    shown = [f"• {item}" for item in affected[:MAX_LISTED]]
    rest = len(affected) - MAX_LISTED
    if rest > 0:
        shown.append(QCoreApplication.translate("Dialogs", "…and %n more", "", rest))
    return "\n".join(shown)


def confirm(
    parent: QWidget | None,
    *,
    title: str,
    message: str,
    verb: str,
    on_confirmed: Callable[[], None],
    on_cancelled: Callable[[], None] | None = None,
    affected: Sequence[str] = (),
    destructive: bool = False,
    second_warning: str | None = None,
) -> QMessageBox | None:
    """Ask before doing something. ``verb`` is the button text ("Revoke document").

    ``destructive``: warning icon, Cancel is the default button.
    ``second_warning``: after a first yes, ask again with this text (private keys).
    """

    def after_first() -> None:
        if second_warning is None:
            on_confirmed()
        else:
            _ask("confirm", parent, title, second_warning, verb, on_confirmed, on_cancelled, (), True)

    return _ask("confirm", parent, title, message, verb, after_first, on_cancelled, tuple(affected), destructive)


def confirm_destructive(
    parent: QWidget | None,
    *,
    title: str,
    message: str,
    verb: str,
    affected: Sequence[str],
    on_confirmed: Callable[[], None],
    on_cancelled: Callable[[], None] | None = None,
    second_warning: str | None = None,
) -> QMessageBox | None:
    """`confirm` for an action that cannot be undone (delete, revoke, rotate a key)."""
    return confirm(
        parent,
        title=title,
        message=message,
        verb=verb,
        on_confirmed=on_confirmed,
        on_cancelled=on_cancelled,
        affected=affected,
        destructive=True,
        second_warning=second_warning,
    )


def _ask(
    kind: str,
    parent: QWidget | None,
    title: str,
    message: str,
    verb: str,
    on_confirmed: Callable[[], None],
    on_cancelled: Callable[[], None] | None,
    affected: tuple[str, ...],
    destructive: bool,
) -> QMessageBox | None:
    answer = _take_answer(kind, (), (Answer.CONFIRM, Answer.CANCEL))
    if answer is not None:
        _record(kind, title, message, affected).answer = answer
        _dispatch(answer is Answer.CONFIRM, on_confirmed, on_cancelled)
        return None
    record = _record(kind, title, message, affected)
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(_affected_text(affected))
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    yes = box.addButton(verb, role)
    cancel = box.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if destructive else yes)
    box.setEscapeButton(cancel)
    _track(box)

    def finished(_result: int) -> None:
        confirmed = box.clickedButton() is yes
        record.answer = Answer.CONFIRM if confirmed else Answer.CANCEL
        _dispatch(confirmed, on_confirmed, on_cancelled)

    box.finished.connect(finished)
    box.open()
    return box


def _dispatch(confirmed: bool, on_confirmed: Callable[[], None], on_cancelled: Callable[[], None] | None) -> None:
    if confirmed:
        on_confirmed()
    elif on_cancelled:
        on_cancelled()


# -- files ---------------------------------------------------------------------------
def choose_open_file(
    parent: QWidget | None,
    *,
    title: str,
    name_filters: Sequence[str],
    on_chosen: Callable[[Path], None],
    directory: Path | None = None,
) -> QFileDialog | None:
    """Pick one existing file. ``name_filters`` like ``"PDF documents (*.pdf)"``."""
    return _file_dialog(
        "open-file",
        parent,
        title,
        name_filters,
        on_chosen,
        directory,
        QFileDialog.AcceptMode.AcceptOpen,
        QFileDialog.FileMode.ExistingFile,
    )


def choose_save_file(
    parent: QWidget | None,
    *,
    title: str,
    name_filters: Sequence[str],
    on_chosen: Callable[[Path], None],
    suggested: Path | None = None,
) -> QFileDialog | None:
    """Pick where to save; ``suggested`` pre-fills folder and file name."""
    return _file_dialog(
        "save-file",
        parent,
        title,
        name_filters,
        on_chosen,
        suggested,
        QFileDialog.AcceptMode.AcceptSave,
        QFileDialog.FileMode.AnyFile,
    )


def choose_directory(
    parent: QWidget | None, *, title: str, on_chosen: Callable[[Path], None], directory: Path | None = None
) -> QFileDialog | None:
    return _file_dialog(
        "directory",
        parent,
        title,
        (),
        on_chosen,
        directory,
        QFileDialog.AcceptMode.AcceptOpen,
        QFileDialog.FileMode.Directory,
    )


def _file_dialog(
    kind: str,
    parent: QWidget | None,
    title: str,
    name_filters: Sequence[str],
    on_chosen: Callable[[Path], None],
    start: Path | None,
    accept_mode: QFileDialog.AcceptMode,
    file_mode: QFileDialog.FileMode,
) -> QFileDialog | None:
    answer = _take_answer(kind, (Path,), (Answer.CANCEL,))
    if answer is not None:
        _record(kind, title, "", ()).answer = answer
        if isinstance(answer, Path):
            on_chosen(answer)
        return None
    record = _record(kind, title, "", ())
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(accept_mode)
    dialog.setFileMode(file_mode)
    if file_mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if name_filters:
        dialog.setNameFilters(list(name_filters))
    if start is not None:
        if start.is_dir() or file_mode == QFileDialog.FileMode.Directory:
            dialog.setDirectory(str(start))
        else:
            dialog.setDirectory(str(start.parent))
            dialog.selectFile(start.name)
    _track(dialog)

    def finished(result: int) -> None:
        files = dialog.selectedFiles()
        chosen = Path(files[0]) if result == QDialog.DialogCode.Accepted and files else None
        record.answer = chosen if chosen is not None else Answer.CANCEL
        if chosen is not None:
            on_chosen(chosen)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


# -- printing ------------------------------------------------------------------------
def choose_printer(
    parent: QWidget | None, printer: Any, *, title: str, on_accepted: Callable[[Any], None]
) -> QDialog | None:
    """The platform's print dialog for ``printer`` (a QPrinter set up by the caller).

    Pre-answer with a Path to "print" into that PDF file (tests), ``Answer.CONFIRM`` to
    accept the printer as set up, or ``Answer.CANCEL``.
    """
    answer = _take_answer("print", (Path,), (Answer.CONFIRM, Answer.CANCEL))
    if answer is not None:
        _record("print", title, "", ()).answer = answer
        if isinstance(answer, Path):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(answer))
        if answer is not Answer.CANCEL:
            on_accepted(printer)
        return None

    record = _record("print", title, "", ())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    _track(dialog)

    def finished(result: int) -> None:
        accepted = result == QDialog.DialogCode.Accepted
        record.answer = Answer.CONFIRM if accepted else Answer.CANCEL
        if accepted:
            on_accepted(printer)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


# -- crash ---------------------------------------------------------------------------
def show_crash(parent: QWidget | None, summary: str, details: str, on_closed: Callable[[], None] | None = None) -> Any:
    """Show the crash dialog (STYLE 9's last tier). Never consumes pre-set answers."""

    record = _record("crash", CrashDialog.window_title(), summary, ())
    dialog = CrashDialog(summary, details, parent)
    _track(dialog)

    def finished(_result: int) -> None:
        record.answer = Answer.OK
        if on_closed:
            on_closed()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
