"""QR codes on the pages of a PDF: each page rendered in grey by pdfium, then scanned."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image

from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.limits import read_bounded
from sello.core.verification.pdf_guard import check_pdf_streams
from sello.core.verification.scan_decode import scan_image
from sello.core.verification.scan_result import ScanResult, scaled

_MAX_PDF_PAGES = 100
# A page's size is the file's word (up to 200 x 200 inches): pages larger than a 300 dpi
# A3 sheet are rendered at a lower resolution instead of as a bitmap of gigabytes.
_MAX_PAGE_PIXELS = 20_000_000
_MAX_PAGE_SIDE_PX = 20_000
_RETRY_DPI = 300


def scan_pdf(source: str | Path | bytes, dpi: int = 200) -> list[ScanResult]:
    """Every QR code on every page of a PDF, with `page` set; corners in pixels at `dpi`.

    If no page gives a code at `dpi`, the pages are rendered once more at 300 dpi
    (corners scaled back to `dpi`): small prints that 200 dpi blurs together.
    """
    import pypdfium2 as pdfium

    name = _display_name(source)
    try:
        data = source if isinstance(source, bytes) else read_bounded(Path(source))
        check_pdf_streams(data, name)  # every stream measured through capped decoders first
        document = pdfium.PdfDocument(data)
    except FileNotFoundError as exc:
        raise InputError(Message("scan.no_file", name=name)) from exc
    except OSError as exc:
        raise InputError(Message("scan.unreadable", name=name, value=exc.strerror or exc)) from exc
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(Message("scan.password", name=name)) from exc
        raise InputError(Message("scan.bad_pdf", name=name, value=str(exc).rstrip("."))) from exc
    try:
        if len(document) > _MAX_PDF_PAGES:
            raise InputError(
                Message("scan.too_many_pages", name=name, count=len(document), max_pdf_pages=_MAX_PDF_PAGES)
            )
        found = _scan_pages(document, dpi, name)
        if not found and dpi < _RETRY_DPI:
            found = [scaled(r, dpi / _RETRY_DPI) for r in _scan_pages(document, _RETRY_DPI, name)]
        return found
    finally:
        document.close()


def _scan_pages(document: Any, dpi: int, name: str) -> list[ScanResult]:
    import pypdfium2 as pdfium

    found: list[ScanResult] = []
    for index in range(len(document)):
        try:
            page = document[index]
        except pdfium.PdfiumError as exc:
            raise InputError(Message("scan.damaged_page", name=name, value=index + 1)) from exc
        try:
            image, scale = _render(page, dpi)
        finally:
            page.close()
        factor = dpi / 72 / scale  # 1 unless the page was too large to render at `dpi`
        found.extend(replace(scaled(r, factor), page=index) for r in scan_image(image, deblur=False))
    return found


def _render(page: Any, dpi: int) -> tuple[Image.Image, float]:
    """The page as a grayscale image and the scale used (pixels per point): `dpi / 72`,
    or less for a page too large to hold at `dpi` (see _MAX_PAGE_PIXELS)."""
    width, height = (max(1.0, abs(side)) for side in page.get_size())
    scale = min(dpi / 72, math.sqrt(_MAX_PAGE_PIXELS / (width * height)), _MAX_PAGE_SIDE_PX / max(width, height))
    return page.render(scale=scale, grayscale=True, may_draw_forms=True).to_pil(), scale


def _display_name(source: str | Path | bytes) -> str:
    return "This PDF" if isinstance(source, bytes) else Path(source).name
