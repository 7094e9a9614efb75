"""A one-line text flowable: the fast path for the many short labels and values of a form.

reportlab's `Paragraph` parses markup and breaks lines for every piece of text, which
dominates render time when a page has a hundred small boxes. `TextLine` draws text
made of a few styled segments with `drawString` when it fits the width it is given,
and only otherwise falls back to a wrapping `Paragraph` with the same look.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from sello.core.documents.pdf.fonts import in_repertoire, is_seeded
from sello.core.documents.pdf.memo import remember
from sello.core.documents.pdf.styles import esc


@dataclass(frozen=True)
class Segment:
    text: str
    font: str
    color: Color | None


def _hex(color: Color) -> str:
    return "#" + color.hexval()[2:]


class TextLine(Flowable):
    """Styled segments on one line, or a wrapping paragraph when they do not fit.

    `style` gives size, leading and alignment (and the paragraph's defaults)."""

    _DESCENT = 0.24  # DejaVu's descender as a fraction of the font size

    def __init__(self, segments: list[Segment], style: ParagraphStyle) -> None:
        super().__init__()
        self.segments = [segment for segment in segments if segment.text]
        self.style = style
        self._size = style.fontSize
        self._text_width = sum(stringWidth(s.text, s.font, self._size) for s in self.segments)
        self._paragraph: Paragraph | None = None

    @classmethod
    def plain(cls, text: str, style: ParagraphStyle) -> TextLine:
        return cls([Segment(text, style.fontName, style.textColor)], style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._text_width <= available_width + 0.01:
            self._paragraph = None
            self.width, self.height = available_width, self.style.leading
            return self.width, self.height
        if self._paragraph is None:
            markup = "".join(
                f"<font name='{s.font}' color='{_hex(s.color)}'>{esc(s.text)}</font>" for s in self.segments
            )
            self._paragraph = paragraph(markup, self.style)
        self.width, self.height = self._paragraph.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return [] if self._paragraph is None else self._paragraph.split(available_width, available_height)

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        x = 0.0
        if self.style.alignment == TA_RIGHT:
            x = self.width - self._text_width
        elif self.style.alignment == TA_CENTER:
            x = (self.width - self._text_width) / 2
        y = (self.style.leading - self._size) / 2 + self._DESCENT * self._size
        self.canv.addLiteral(text_operators(self.canv, self.segments, self._size, x, y))


def text_operators(canvas: Canvas, segments: list[Segment], size: float, x: float, y: float) -> str:
    """One PDF text object showing `segments` from (x, y): what reportlab's text object
    writes for them (subset font, fill colour, escaped glyph codes), without building one —
    a page shows a hundred short texts and the text object's bookkeeping was a tenth of
    the render time (issue 19). Callers draw inside a saved graphics state (a flowable's
    `drawOn`), so the fill colour set here ends with it."""
    doc = canvas._doc
    seeded = is_seeded(doc)
    size_text = fp_str(size)
    operators = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
    for segment in segments:
        font = getFont(segment.font)
        if segment.color is not None:  # None: the fill colour already set
            operators.append(f"{fp_str(*segment.color.rgb())} rg")
        pieces = _CODES.get((segment.font, segment.text)) if seeded else None
        if pieces is None:
            pieces = [(subset, canvas._escape(codes)) for subset, codes in font.splitString(segment.text, doc)]
            if seeded and in_repertoire(segment.text):  # the same codes in every seeded document
                remember(_CODES, _CODES_LIMIT, (segment.font, segment.text), pieces)
        for subset, escaped in pieces:
            operators.append(f"{font.getSubsetInternalName(subset, doc)} {size_text} Tf ({escaped}) Tj")
    operators.append("ET")
    return " ".join(operators)


# (font, text) -> [(subset, escaped glyph codes)] for texts of the seeded repertoire only
_CODES: dict[tuple[str, str], list[tuple[int, str]]] = {}
_CODES_LIMIT = 8192


_PARSED: dict[tuple[str, int], tuple[ParagraphStyle, str, ParagraphStyle, list[Any]]] = {}
_PARSED_LIMIT = 1024


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """reportlab's `Paragraph`, its markup parsed once per process for the same style object.

    Parsing (an HTML parser per paragraph) took about 60 µs, and a batch prints the same
    column headings and statements on every document. The parsed fragments are only read
    by line breaking and drawing, so paragraphs share them; styles are made once
    (`styles.derived`), so the style object names the look."""
    key = (markup, id(style))
    found = _PARSED.get(key)
    if found is not None and found[0] is style:
        made = Paragraph(markup, found[2], frags=found[3])
        made.text = found[1]
        return made
    made = Paragraph(markup, style)
    # the entry keeps `style` alive, so its id stays its own
    remember(_PARSED, _PARSED_LIMIT, key, (style, made.text, made.style, made.frags))
    return made
