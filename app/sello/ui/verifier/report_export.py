"""Copy or save a verdict: JSON to the clipboard or a file, or the one-page PDF report.

Rendering and writing run on a worker (`run_task`); files are written atomically.
`ReportExporter.exported(Path)` tells the panel (and tests) where a file went.
"""

from __future__ import annotations

import json
import platform
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from sello import __version__
from sello.core.credentials.verdict import TypeNamer
from sello.core.paths import atomic_write
from sello.core.verification.report import ReportInput, render_verdict_report, verdict_json
from sello.ui import dialogs
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task
from sello.ui.verifier.controller import VerificationOutcome


def verdict_json_text(outcome: VerificationOutcome) -> str:
    data = verdict_json(outcome.verdict, source=outcome.source, verified_at=outcome.verified_at)
    return json.dumps(data, ensure_ascii=False, indent=2)


def suggested_name(outcome: VerificationOutcome, suffix: str) -> str:
    """verification-<id start>-<UTC time>.<suffix>"""
    credential_id = str((outcome.verdict.credential or {}).get("id", ""))
    stem = credential_id.rsplit(":", 1)[-1][:8] or "document"
    return f"verification-{stem}-{outcome.verified_at.strftime('%Y%m%d-%H%M%S')}.{suffix}"


def _default_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class ReportExporter(QObject):
    exported = Signal(Path)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget

    def copy_json(self, outcome: VerificationOutcome) -> None:
        QGuiApplication.clipboard().setText(verdict_json_text(outcome))

    def save_json(self, outcome: VerificationOutcome) -> None:
        def chosen(path: Path) -> None:
            text = verdict_json_text(outcome)
            run_task(
                lambda: atomic_write(path, text.encode("utf-8")),
                context=self,
                on_done=lambda _r: self.exported.emit(path),
                on_error=error_handler(self._widget),
            )

        dialogs.choose_save_file(
            self._widget,
            title=self.tr("Save the verdict as JSON"),
            name_filters=[self.tr("JSON files (*.json)")],
            on_chosen=chosen,
            suggested=_default_folder() / suggested_name(outcome, "json"),
        )

    def save_pdf(self, outcome: VerificationOutcome, lang: str, type_namer: TypeNamer | None = None) -> None:
        info = ReportInput(
            outcome.source,
            outcome.source_detail,
            outcome.verified_at,
            f"Sello {__version__} · {platform.node() or 'this computer'}",
        )

        def write(path: Path) -> Path:
            pdf = render_verdict_report(outcome.verdict, lang=lang, info=info, type_name=type_namer)
            atomic_write(path, pdf)
            return path

        def chosen(path: Path) -> None:
            run_task(write, path, context=self, on_done=self.exported.emit, on_error=error_handler(self._widget))

        dialogs.choose_save_file(
            self._widget,
            title=self.tr("Save the verification report (PDF)"),
            name_filters=[self.tr("PDF documents (*.pdf)")],
            on_chosen=chosen,
            suggested=_default_folder() / suggested_name(outcome, "pdf"),
        )
