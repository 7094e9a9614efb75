"""The PDF's fonts: DejaVu Sans Condensed (regular, bold) and DejaVu Sans Mono, bundled.

Why not reportlab's built-in Helvetica: the standard 14 fonts only cover WinAnsi, and
documents carry ≤, ≥, ±, µ and CJK-free but non-Latin-1 names now and then. DejaVu
covers them, its licence (Bitstream Vera + public domain, resources/fonts/LICENSE-
DejaVu.txt) allows bundling, and the condensed cut fits chemistry tables. Fonts are
parsed once per process (`register_fonts` is cached); reportlab embeds a subset of the
glyphs each document uses, with a ToUnicode map, so the text layer stays searchable.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sello.core.resources import resource_path


@dataclass(frozen=True)
class FontSet:
    """reportlab font names for the three faces the document uses."""

    sans: str
    bold: str
    mono: str


_FILES = {
    "SelloSans": "DejaVuSansCondensed.ttf",
    "SelloSans-Bold": "DejaVuSansCondensed-Bold.ttf",
    "SelloMono": "DejaVuSansMono.ttf",
}


@functools.cache
def register_fonts() -> FontSet:
    """Register the bundled fonts with reportlab once; returns their names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        "SelloSans", normal="SelloSans", bold="SelloSans-Bold", italic="SelloSans", boldItalic="SelloSans-Bold"
    )
    return FontSet(sans="SelloSans", bold="SelloSans-Bold", mono="SelloMono")
