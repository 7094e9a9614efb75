"""PDF pages as images (pypdfium2), for the preview and for printing.

PDFium is not thread-safe, so every use here holds one lock; call these from worker
threads (`run_task`), never the GUI thread: a page at print resolution takes a while.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

PDFIUM_LOCK = threading.Lock()
POINTS_PER_INCH = 72.0


def _open(pdf: bytes | Path):  # -> pypdfium2.PdfDocument
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))


def page_sizes(pdf: bytes | Path) -> list[tuple[float, float]]:
    """Each page's (width, height) in points (1/72 inch)."""
    with PDFIUM_LOCK:
        document = _open(pdf)
        try:
            return [document.get_page_size(i) for i in range(len(document))]
        finally:
            document.close()


def render_page(pdf: bytes | Path, index: int = 0, *, dpi: float, crisp_paths: bool = False) -> QImage:
    """Page ``index`` at ``dpi`` as an RGB QImage (owning its pixels). ``crisp_paths``
    turns off anti-aliasing of vector shapes, so QR modules print with sharp edges."""
    with PDFIUM_LOCK:
        document = _open(pdf)
        try:
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, no_smoothpath=crisp_paths)
            pil = bitmap.to_pil().convert("RGB")
            page.close()
        finally:
            document.close()
    data = pil.tobytes("raw", "RGB")
    image = QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888).copy()
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image


def mark_as_preview(image: QImage, text: str) -> QImage:
    """Write ``text`` across the page, large and faint: a preview must never pass for
    the signed document."""
    marked = image.convertToFormat(QImage.Format.Format_ARGB32)
    painter = QPainter(marked)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(12, marked.width() // 16))
    painter.setFont(font)
    width = painter.fontMetrics().horizontalAdvance(text)
    room = 0.8 * min(marked.width(), marked.height()) * (1.25 if marked.height() > marked.width() else 1.1)
    if width > room:  # a longer translation: smaller letters, still inside the page
        font.setPixelSize(max(12, int(font.pixelSize() * room / width)))
        painter.setFont(font)
    painter.setPen(QColor(192, 57, 43, 70))
    painter.translate(QPointF(marked.width() / 2, marked.height() / 2))
    painter.rotate(-28 if marked.height() > marked.width() else -18)
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text)
    painter.drawText(QPointF(-width / 2, metrics.ascent() / 2), text)
    painter.end()
    return marked


def scaled_to_width(image: QImage, width: int) -> QImage:
    return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
