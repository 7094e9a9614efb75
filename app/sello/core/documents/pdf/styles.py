"""Colours, paragraph styles and text helpers shared by the PDF builders."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from sello.core.documents.pdf.fonts import FontSet, register_fonts

INK = HexColor("#1b1f24")
ACCENT = HexColor("#17365d")  # title bars, section headings
MUTED = HexColor("#5b6670")  # English half of labels, small print
RULE = HexColor("#9aa4ae")  # box borders
HAIRLINE = HexColor("#c9d0d6")  # inner grid lines
TINT = HexColor("#e9eef4")  # label and header backgrounds
ZEBRA = HexColor("#f5f7f9")
WHITE: Color = white


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    label: ParagraphStyle  # small bilingual label above a value
    value: ParagraphStyle
    value_big: ParagraphStyle
    value_mono: ParagraphStyle
    heading: ParagraphStyle  # section heading in a tinted bar
    title_es: ParagraphStyle
    title_en: ParagraphStyle
    number_label: ParagraphStyle
    number: ParagraphStyle
    issuer_name: ParagraphStyle
    body: ParagraphStyle
    statement: ParagraphStyle
    statement_en: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    print_note: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The paragraph styles (built once per process, after the fonts are registered)."""
    fonts = register_fonts()

    def style(name: str, font: str, size: float, leading: float, color: Color = INK, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading,
            textColor=color,
            alignment=extra.pop("alignment", TA_LEFT),
            **extra,
        )

    return Styles(
        fonts=fonts,
        label=style("label", fonts.sans, 6.5, 7.8, MUTED),
        value=style("value", fonts.sans, 8.6, 10.4),
        value_big=style("value_big", fonts.bold, 10.5, 12.5),
        value_mono=style("value_mono", fonts.mono, 7.6, 9.4),
        heading=style("heading", fonts.bold, 8.4, 10, ACCENT),
        title_es=style("title_es", fonts.bold, 15, 17.5, WHITE),
        title_en=style("title_en", fonts.sans, 10, 12, HexColor("#d5deea")),
        number_label=style("number_label", fonts.sans, 7, 8.5, HexColor("#d5deea"), alignment=TA_RIGHT),
        number=style("number", fonts.bold, 13, 15.5, WHITE, alignment=TA_RIGHT),
        issuer_name=style("issuer_name", fonts.bold, 11.5, 13.5),
        body=style("body", fonts.sans, 8.4, 10.6),
        statement=style("statement", fonts.sans, 7.9, 9.6),
        statement_en=style("statement_en", fonts.sans, 7.9, 9.6, MUTED),
        small=style("small", fonts.sans, 6.8, 8.2, MUTED),
        small_center=style("small_center", fonts.sans, 6.8, 8.2, MUTED, alignment=TA_CENTER),
        print_note=style("print_note", fonts.bold, 7, 8.4, INK, alignment=TA_CENTER),
        cell=style("cell", fonts.sans, 7.8, 9.2),
        cell_head=style("cell_head", fonts.bold, 7, 8.2),
    )


def esc(text: str) -> str:
    """Text made safe for reportlab's paragraph markup."""
    return escape(text)


_DERIVED: dict[tuple[int, str, tuple[tuple[str, object], ...]], tuple[ParagraphStyle, ParagraphStyle]] = {}


def derived(base: ParagraphStyle, name: str, **changes: object) -> ParagraphStyle:
    """`base.clone(name, **changes)`, one object per process for the same base and changes:
    a parsed paragraph is reused for the same text and style object (`text.paragraph`)."""
    key = (id(base), name, tuple(sorted(changes.items())))
    found = _DERIVED.get(key)
    if found is not None and found[0] is base:
        return found[1]
    style = base.clone(name, **changes)
    _DERIVED[key] = (base, style)  # keeps `base` alive, so its id is not reused
    return style
