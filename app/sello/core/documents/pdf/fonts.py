"""The PDF's fonts: DejaVu Sans Condensed (regular, bold) and DejaVu Sans Mono, bundled.

Why not reportlab's built-in Helvetica: the standard 14 fonts only cover WinAnsi, and
documents carry ≤, ≥, ±, µ and CJK-free but non-Latin-1 names now and then. DejaVu
covers them, its licence (Bitstream Vera + public domain, resources/fonts/LICENSE-
DejaVu.txt) allows bundling, and the condensed cut fits chemistry tables. Fonts are
parsed once per process (`register_fonts` is cached); reportlab embeds a subset of the
glyphs each document uses, with a ToUnicode map, so the text layer stays searchable.

Subsets are made once per process, not once per document (issue 19: subsetting and
compressing three fonts took about 2.5 ms of every PDF). Each document's subsets start
with the same repertoire (`seed_subsets`: printable ASCII and the Spanish letters and
signs the documents use, in a fixed order), so two documents of a batch usually need
byte-identical subsets; `_cache_subsets` keeps the compressed font programs of the last
few. A document that uses other characters gets them appended after the repertoire, as
before, and its own subset made.
"""

from __future__ import annotations

import functools
import zlib
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont

from sello.core.documents.pdf.memo import remember
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
        font = TTFont(name, str(resource_path("fonts", filename)))
        _cache_subsets(font.face)
        _cache_widths(font)
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        "SelloSans", normal="SelloSans", bold="SelloSans-Bold", italic="SelloSans", boldItalic="SelloSans-Bold"
    )
    return FontSet(sans="SelloSans", bold="SelloSans-Bold", mono="SelloMono")


# Printable ASCII, then the letters and signs of Spanish and of the documents' units and notes.
_REPERTOIRE = "".join(map(chr, range(32, 127))) + "ÁÉÍÓÚÜÑáéíóúüñ¿¡°·–—…“”‘’«»±≤≥µ×§ª º"
_REPERTOIRE_SET = frozenset(_REPERTOIRE)
_CACHED_SUBSETS = 24  # per face: a few document types' worth


def seed_subsets(doc: Any) -> None:
    """Give `doc` (a reportlab PDFDocument) the same first glyphs in every face, so its
    subsets usually equal an earlier document's and come from the cache, and a text made
    only of the repertoire's characters has the same glyph codes in every seeded document
    (`is_seeded`, `in_repertoire`)."""
    for name in _FILES:
        pdfmetrics.getFont(name).splitString(_REPERTOIRE, doc)
    doc._sello_seeded = True


def is_seeded(doc: Any) -> bool:
    return getattr(doc, "_sello_seeded", False)


def in_repertoire(text: str) -> bool:
    return _REPERTOIRE_SET.issuperset(text)


def _cache_subsets(face: Any) -> None:
    """Make `face` (a reportlab TTFontFace) embed subsets from a cache of compressed font
    programs: the same PDF objects reportlab's `addSubsetObjects` writes, the font program
    compressed once per distinct subset."""
    make_subset = face.makeSubset
    programs: dict[tuple[int, ...], tuple[bytes, int]] = {}

    def add_subset_objects(doc: Any, fontname: str, subset: list[int]) -> Any:
        key = tuple(subset)
        program = programs.get(key)
        if program is None:
            raw = make_subset(subset)
            program = remember(programs, _CACHED_SUBSETS, key, (zlib.compress(raw), len(raw)))
        font_file = pdfdoc.PDFStream(content=program[0])
        font_file.dictionary["Length1"] = program[1]
        font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({fontname})")
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": font_file_ref,
                "MissingWidth": face.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)

    face.addSubsetObjects = add_subset_objects


class _FormattedArray(pdfdoc.PDFArray):
    """A PDF array of numbers formatted once: the same bytes `PDFArray` writes."""

    def __init__(self, sequence: list[Any], formatted: bytes) -> None:
        super().__init__(sequence)
        self._formatted = formatted

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:
        return self._formatted


_WIDTHS: dict[tuple[Any, ...], _FormattedArray] = {}


def _cache_widths(font: TTFont) -> None:
    """Make `font` write each subset's glyph widths (the `Widths` array: a few hundred numbers
    formatted one by one, half of what saving a PDF cost) from a cache of formatted arrays."""
    add_objects = font.addObjects

    def add_objects_cached(doc: Any) -> None:
        state = font.state.get(doc)
        names = [font.getSubsetInternalName(n, doc)[1:] for n in range(len(state.subsets))] if state else []
        add_objects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name in names:
            widths = fonts[name].Widths
            key = tuple(widths.sequence)
            cached = _WIDTHS.get(key)
            if cached is None:
                cached = remember(
                    _WIDTHS, 3 * _CACHED_SUBSETS, key, _FormattedArray(widths.sequence, widths.format(doc))
                )
            fonts[name].Widths = cached

    font.addObjects = add_objects_cached
