"""Issue many documents from a CSV file (one per line), with progress, a Stop button,
and a result for every line: issued (its number) or not (which column, and why).

Reading and issuing use `sello.core.documents.batch`; signing and recording run on the database
thread, PDF rendering in worker processes. A bad line never stops the others.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sello.core.documents.batch import BatchRecord, BatchResult, RowProblem, csv_template, issue_batch, read_batch_file
from sello.core.documents.doctypes import DocType, get_doctype, ordered_doctypes
from sello.core.documents.issuance import DocumentIssuer, documents_folder
from sello.core.documents.spec_checks import BINDINGS, check_spec
from sello.core.documents.validation import check
from sello.core.errors import InputError
from sello.core.limits import refuse, value
from sello.core.paths import atomic_write
from sello.ui import dialogs, theme
from sello.ui.context import AppContext
from sello.ui.errors import report_error
from sello.ui.forms.language import local, ui_language
from sello.ui.tasks import TaskHandle, run_task, serial_pool

BAD_COLOUR = "#b3261e"
GOOD_COLOUR = "#14532d"


def csv_column(path: str) -> str:
    """A validation path as the CSV's column: "heats[0].chemistry.c" -> "heats.1.chemistry.c"."""
    out = []
    for part in path.split("."):
        if part.endswith("]") and "[" in part:
            name, _, index = part[:-1].partition("[")
            out += [name, str(int(index) + 1)]
        else:
            out.append(part)
    return ".".join(out)


class _Progress(QObject):
    """Carries the batch's progress from the worker thread to the dialog (queued)."""

    advanced = Signal(int, int)


def _run_batch(
    db: Any,
    manager: Any,
    data_dir: Path,
    doctype_id: str,
    records: list[BatchRecord],
    workers: int | None,
    progress: _Progress,
    stop: threading.Event,
    confirm_out_of_grade: bool = False,
) -> BatchResult:
    issuer = DocumentIssuer(db, manager, data_dir=data_dir)  # the key is loaded once for the batch
    return issue_batch(
        issuer,
        doctype_id,
        records,
        workers=workers,
        progress=lambda done, total: progress.advanced.emit(done, total),
        cancelled=stop.is_set,
        confirm_out_of_grade=confirm_out_of_grade,
    )


class BatchDialog(QDialog):
    records_loaded = Signal(int)  # how many records the chosen file holds
    progress_changed = Signal(int, int)  # done, total
    finished_batch = Signal(object)  # BatchResult

    def __init__(
        self,
        context: AppContext,
        doctype_id: str = "mill-test-report",
        *,
        workers: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.context = context
        self.workers = workers
        self.path: Path | None = None
        self.records: list[BatchRecord] = []
        self.read_problems: list[RowProblem] = []
        self.result: BatchResult | None = None
        self._stop = threading.Event()
        self._running = False
        self._task: TaskHandle | None = None
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._advanced)
        self.resize(860, 620)

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.intro = theme.page_intro()
        self.type_caption = QLabel()
        self.type_combo = QComboBox()
        for doctype in ordered_doctypes():
            self.type_combo.addItem("", doctype.id)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(doctype_id)))
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.type_caption.setBuddy(self.type_combo)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.save_template)
        self.file_caption = QLabel()
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_combo, 1)
        type_row.addWidget(self.template_button)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.type_caption, type_row)
        form.addRow(self.file_caption, file_row)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.results = QTreeWidget()
        self.results.setObjectName("batchResults")
        self.results.setColumnCount(3)
        self.results.setRootIsDecorated(True)
        self.results.setAlternatingRowColors(True)
        self.results.setColumnWidth(0, 70)
        self.results.setColumnWidth(1, 190)

        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.save_report)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.confirm_box = QCheckBox()  # Mill Test Reports: values outside the named grade
        self.confirm_box.setObjectName("confirmOutOfGrade")
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        for button in (self.stop_button, self.start_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.retranslateUi()
        self._update_buttons()

    @property
    def doctype(self) -> DocType:
        return get_doctype(self.type_combo.currentData())

    # -- choosing ---------------------------------------------------------------------------------
    def save_template(self) -> None:
        doctype = self.doctype
        dialogs.choose_save_file(
            self,
            title=self.tr("Save an empty CSV template"),
            name_filters=[self.tr("CSV files (*.csv)")],
            suggested=Path.home() / f"{doctype.short_code}-template.csv",
            on_chosen=lambda target: run_task(
                atomic_write,
                target,
                csv_template(doctype, rows=2).encode("utf-8"),
                on_error=lambda exc: report_error(exc, self),
                context=self,
            ),
        )

    def choose_file(self) -> None:
        dialogs.choose_open_file(
            self,
            title=self.tr("Choose the CSV file"),
            name_filters=[self.tr("CSV files (*.csv)"), self.tr("All files (*)")],
            on_chosen=self.load_file,
        )

    def load_file(self, path: Path) -> None:
        """Read the file (off the GUI thread) and show how many documents it holds."""
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.records, self.read_problems, self.result = [], [], None
        self.results.clear()
        self.summary.setText(self.tr("Reading {name}…").format(name=self.path.name))
        self._update_buttons()
        run_task(
            read_batch_file, self.path, self.doctype.id, on_done=self._loaded, on_error=self._load_failed, context=self
        )

    def _loaded(self, found: tuple[list[BatchRecord], list[RowProblem]]) -> None:
        self.records, self.read_problems = found
        self.progress.setRange(0, max(1, len(self.records)))
        self.progress.setValue(0)
        for problem in self.read_problems:
            self._add_bad_line(problem.row, [(problem.column, problem.reason_in(ui_language()))])
        self._show_summary()
        self._update_buttons()
        self.records_loaded.emit(len(self.records))

    def _load_failed(self, exc: BaseException) -> None:
        self.path = None
        self.summary.setText("")
        self._update_buttons()
        report_error(exc, self)

    def _type_changed(self) -> None:
        if self.path is not None and not self._running:
            self.load_file(self.path)

    # -- issuing ---------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._running or not self.records or self.result is not None:
            return
        if self.context.signing_key() is None:
            dialogs.show_error(self, self.tr("This company has no signing key yet: create one on the Keys page."))
            return
        manager = self.context.key_manager  # (made here: the worker only uses it)
        if manager is None:
            report_error(InputError(self.tr("Choose a company profile first.")), self)
            return
        self._running = True
        self._stop.clear()
        self.result = None
        self.results.clear()
        for problem in self.read_problems:
            self._add_bad_line(problem.row, [(problem.column, problem.reason_in(ui_language()))])
        self.progress.setRange(0, len(self.records))
        self.progress.setValue(0)
        self._update_buttons()
        self._show_summary()
        self._task = run_task(
            _run_batch,
            self.context.db,
            manager,
            self.context.data_dir,
            self.doctype.id,
            list(self.records),
            self.workers,
            self._progress,
            self._stop,
            self.confirm_box.isChecked(),
            pool=serial_pool(),
            on_done=self._finished,
            on_error=self._failed,
            context=self,
        )

    def stop(self) -> None:
        """Stop after the document being signed now; what is done stays issued."""
        if self._running:
            self._stop.set()
            self.stop_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the current document…"))

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if not self._stop.is_set():
            self.summary.setText(self.tr("Issuing… {done} of {total}").format(done=done, total=total))
        self.progress_changed.emit(done, total)

    def _finished(self, result: BatchResult) -> None:
        self._running = False
        self.result = result
        self._show_results(result)
        self._show_summary()
        self._update_buttons()
        self.finished_batch.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._show_summary()
        self._update_buttons()
        report_error(exc, self)

    # -- results ---------------------------------------------------------------------------------------
    def _show_results(self, result: BatchResult) -> None:
        self.results.clear()
        lang = ui_language()
        doctype = self.doctype
        by_row: dict[int, list[RowProblem]] = {}
        for problem in [*self.read_problems, *result.problems]:
            by_row.setdefault(problem.row, []).append(problem)
        issued = iter(result.issued)
        rows = sorted({r.row for r in self.records} | set(by_row))
        records = {r.row: r for r in self.records}
        for row in rows:
            if row in by_row:
                record = records.get(row)
                canonical, errors = check(doctype, record.data) if record is not None else ({}, [])
                spec = check_spec(doctype, canonical) if record is not None and not errors else None
                if errors:
                    reasons = [(csv_column(e.path), f"{e.label[lang]}: {e.message[lang]}") for e in errors]
                elif spec is not None and spec.deviations:  # out of grade, not confirmed: in the UI's language
                    reasons = [(csv_column(d.path), d.text(lang)) for d in spec.deviations]
                else:
                    reasons = [(p.column, p.reason_in(lang)) for p in by_row[row]]
                self._add_bad_line(row, reasons)
                continue
            document = next(issued, None)
            item = QTreeWidgetItem(self.results)
            item.setText(0, str(row))
            if document is None:
                item.setText(1, self.tr("Not issued (stopped)"))
                continue
            item.setText(1, self.tr("Issued"))
            item.setText(2, f"{document.title} — {document.pdf_path.name}")
            item.setForeground(1, QBrush(QColor(GOOD_COLOUR)))
            item.setData(0, Qt.ItemDataRole.UserRole, "issued")

    def _add_bad_line(self, row: int, reasons: list[tuple[str, str]]) -> None:
        item = QTreeWidgetItem(self.results)
        item.setText(0, str(row))
        item.setText(1, self.tr("Not issued: %n problem(s)", "", len(reasons)))
        item.setForeground(1, QBrush(QColor(BAD_COLOUR)))
        item.setData(0, Qt.ItemDataRole.UserRole, "bad")
        first = reasons[0] if reasons else ("", "")
        item.setText(2, f"{first[0]} — {first[1]}" if first[0] else first[1])
        shown = value("problems_per_record")  # the first problems say which file is wrong; then a count
        for column, reason in reasons[:shown]:
            child = QTreeWidgetItem(item)
            child.setText(1, column or self.tr("(whole line)"))
            child.setText(2, reason)
            child.setToolTip(2, reason)
        if len(reasons) > shown:
            child = QTreeWidgetItem(item)
            child.setText(2, refuse("problems_per_record", more=f"{len(reasons) - shown:,}").texts[ui_language()])
        item.setExpanded(len(reasons) > 1)

    def line_results(self) -> dict[int, str]:
        """Each line's outcome: "issued", "bad" or "" (not reached)."""
        out = {}
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            out[int(item.text(0))] = item.data(0, Qt.ItemDataRole.UserRole) or ""
        return out

    def _show_summary(self) -> None:
        if self._running:
            self.summary.setText(
                self.tr("Issuing… {done} of {total}").format(done=self.progress.value(), total=len(self.records))
            )
            return
        if self.result is not None:
            issued = len(self.result.issued)
            bad = sorted({p.row for p in [*self.read_problems, *self.result.problems]})
            text = (
                self.tr("Stopped: %n document(s) issued.", "", issued)
                if self.result.cancelled
                else self.tr("Done: %n document(s) issued.", "", issued)
            )
            if bad:
                text += " " + self.tr("Not issued, lines: {lines}.").format(lines=", ".join(map(str, bad)))
            self.summary.setText(text)
            return
        if self.path is None:
            self.summary.setText(self.tr("Choose a CSV file. Start from the template so the columns are right."))
            return
        text = self.tr("%n document(s) found in the file.", "", len(self.records))
        if self.read_problems:
            text += " " + self.tr("Lines that cannot be read: {lines}.").format(
                lines=", ".join(str(p.row) for p in self.read_problems)
            )
        self.summary.setText(text)

    def save_report(self) -> None:
        if self.result is None:
            return
        report = BatchResult(
            self.result.issued, [*self.read_problems, *self.result.problems], self.result.cancelled
        ).report_csv()
        dialogs.choose_save_file(
            self,
            title=self.tr("Save the list of problems"),
            name_filters=[self.tr("CSV files (*.csv)")],
            suggested=Path.home() / "batch-problems.csv",
            on_chosen=lambda target: run_task(
                atomic_write, target, report.encode("utf-8"), on_error=lambda exc: report_error(exc, self), context=self
            ),
        )

    def open_folder(self) -> None:
        if self.context.profile_id:
            folder = documents_folder(self.context.data_dir, self.context.profile_id)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _update_buttons(self) -> None:
        running = self._running
        # once a file is issued, issuing it again would make duplicates: choose a file again for that
        self.start_button.setEnabled(not running and bool(self.records) and self.result is None)
        self.confirm_box.setVisible(self.doctype.id in BINDINGS)  # only documents checked against a grade
        self.confirm_box.setEnabled(not running and self.result is None)
        self.start_button.setDefault(self.result is None)
        self.close_button.setDefault(self.result is not None)
        self.start_button.setText(
            self.tr("Issue %n document(s)", "", len(self.records)) if self.records else self.tr("Issue documents")
        )
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running and not self._stop.is_set())
        self.choose_button.setEnabled(not running)
        self.type_combo.setEnabled(not running)
        self.close_button.setEnabled(not running)
        self.report_button.setEnabled(
            not running and self.result is not None and bool(self.read_problems or self.result.problems)
        )
        self.folder_button.setEnabled(not running and self.result is not None and bool(self.result.issued))

    # -- texts -----------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        lang = ui_language()
        self.setWindowTitle(self.tr("Issue many documents"))
        self.heading.setText(self.tr("Issue many documents from a CSV file"))
        self.intro.setText(
            self.tr(
                "Each line of the file becomes one signed document with its PDF. The columns are the form's "
                "fields, such as certificate.number or heats.1.heat_number: save the template, fill it in a "
                "spreadsheet and save it as CSV. Lines with problems are skipped and listed below."
            )
        )
        self.type_caption.setText(self.tr("Document type:"))
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, local(get_doctype(self.type_combo.itemData(i)).title, lang))
        self.template_button.setText(self.tr("Save empty template…"))
        self.file_caption.setText(self.tr("File:"))
        self.file_label.setText(str(self.path) if self.path else self.tr("none chosen"))
        self.choose_button.setText(self.tr("Choose CSV file…"))
        self.results.setHeaderLabels([self.tr("Line"), self.tr("Result"), self.tr("Details")])
        self.report_button.setText(self.tr("Save list of problems…"))
        self.confirm_box.setText(
            self.tr("Also issue lines with values outside their grade (each confirmation is kept in the audit log)")
        )
        self.folder_button.setText(self.tr("Open folder"))
        self.stop_button.setText(self.tr("Stop"))
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
        self._show_summary()
        if self.result is not None:
            self._show_results(self.result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def reject(self) -> None:
        if self._running:  # closing would hide a batch still writing documents
            self.stop()
            return
        super().reject()
