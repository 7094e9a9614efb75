"""The canvas that knows the page count: "Página 1 de 2 / Page 1 of 2" footers, the
running header of pages after the first, and the file attachments.

Pages are held back until `save()` (the usual reportlab recipe for "page N of M"):
each finished page's canvas state is kept, and at the end every page gets its
decorations with the total known, then the attachments are added to the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFStream
from reportlab.pdfgen.canvas import Canvas

from sello.core.documents.pdf.attachments import FAST_FLATE, Attachment, embed_attachments
from sello.core.documents.pdf.fonts import seed_subsets
from sello.core.documents.pdf.styles import ACCENT, MUTED, RULE, styles


@dataclass(frozen=True)
class PageDecor:
    """What every page carries besides the story, and where (points)."""

    running_title: str  # pages 2..n: "Título / Title — No. X"
    footer_left: str  # "Sello · <credential id>"
    margin_left: float
    margin_right: float
    footer_y: float  # baseline of the footer
    header_y: float  # baseline of the running header on pages 2..n
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)


def page_label(number: int, total: int) -> str:
    return f"Página {number} de {total} / Page {number} of {total}"


class DocumentCanvas(Canvas):
    """A reportlab canvas that decorates pages once the page count is known."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        seed_subsets(self._doc)
        self._decor = decor
        self._pending_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pending_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pending_pages)
        for state in self._pending_pages:
            self.__dict__.update(state)
            self._decorate(self._pageNumber, total)
            super().showPage()
        embed_attachments(self, list(self._decor.attachments))
        for page in self._doc.Pages.pages:  # see FAST_FLATE
            if not page.Contents and page.stream:
                page.Contents = PDFStream(content=page.stream, filters=[FAST_FLATE])
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        decor = self._decor
        fonts = styles().fonts
        width = self._pagesize[0]
        right = width - decor.margin_right
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(decor.margin_left, decor.footer_y + 9, right, decor.footer_y + 9)
        self.setFillColor(MUTED)
        self.setFont(fonts.sans, 6.8)
        self.drawString(decor.margin_left, decor.footer_y, decor.footer_left)
        self.setFont(fonts.bold, 7.2)
        self.drawRightString(right, decor.footer_y, page_label(number, total))
        if number > 1:
            self.setFillColor(ACCENT)
            self.setFont(fonts.bold, 8)
            self.drawString(decor.margin_left, decor.header_y, decor.running_title)
            self.setStrokeColor(ACCENT)
            self.setLineWidth(1)
            self.line(decor.margin_left, decor.header_y - 4, right, decor.header_y - 4)
        self.restoreState()
