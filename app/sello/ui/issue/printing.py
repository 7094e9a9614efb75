"""Print a document's PDF at 100 % scale.

The QR code's modules are sized for a 300 dpi printer (0.508 mm, six dots): shrinking
the page to fit the printer's margins would make them smaller and the code harder to
scan, so the page is never scaled. The printer is set to the PDF's paper size and
orientation, with full-page coordinates (0, 0 = the paper's corner), and each page is
drawn at its physical size whatever paper the user picks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from sello.core.errors import UserFacingError
from sello.ui.issue.page_images import POINTS_PER_INCH, page_sizes, render_page

PRINT_DPI = 300


class PrintError(UserFacingError):
    """The printer refused the job."""


def printer_for(pdf_path: Path, document_name: str = "") -> QPrinter:
    """A printer set up for this PDF: its paper size and orientation, no margins, 100 %."""
    sizes = page_sizes(pdf_path)
    width, height = sizes[0] if sizes else (612.0, 792.0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name or pdf_path.stem)
    printer.setFullPage(True)
    portrait = QSizeF(min(width, height), max(width, height))
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    return printer


def print_pdf(pdf_path: Path, printer: QPrinter, *, dpi: int = PRINT_DPI) -> int:
    """Print every page of the PDF at its physical size; returns the number of pages.
    Safe in a worker thread (QPainter on a QPrinter is)."""
    sizes = page_sizes(pdf_path)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The printer could not start the job. Check that it is connected and try again."
            )
        )
    try:
        resolution = printer.resolution()
        for index, (width, height) in enumerate(sizes):
            if index:
                printer.newPage()
            image = render_page(pdf_path, index, dpi=dpi, crisp_paths=True)
            target = QRectF(0, 0, width / POINTS_PER_INCH * resolution, height / POINTS_PER_INCH * resolution)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(sizes)
