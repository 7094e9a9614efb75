"""PDF file attachments: embedded files in the document's `EmbeddedFiles` name tree.

reportlab has no API for document-level attachments, so the objects are written with
its `pdfdoc` classes (ISO 32000-1 §7.11.4 embedded file streams, §7.7.4 name
dictionary): one `Filespec` per file with `F`/`UF`, a description and
`AFRelationship /Data`, pointing at a FlateDecode `EmbeddedFile` stream that carries
its MIME type as `Subtype` and its size in `Params`. Any PDF reader's attachment panel
lists them (pypdfium2: `count_attachments` / `get_attachment`).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas


class _FastFlate:
    """Flate at level 1, for the streams Sello writes itself (page contents, attachments).

    A page's content is mostly the QR code's rectangles (about 35 KB of operators): level 1
    takes 0.3 ms where reportlab's default level 6 takes 1.3-1.6 ms, for about 2.5 KB more
    (issue 19); attachments gain a little less."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf-8") if isinstance(text, str) else text, 1)


FAST_FLATE = _FastFlate()


@dataclass(frozen=True)
class Attachment:
    """A file to embed: its name in the PDF, bytes, MIME type and a short description."""

    name: str
    data: bytes
    mime_type: str
    description: str


def embed_attachments(canvas: Canvas, attachments: list[Attachment]) -> None:
    """Add `attachments` to the document's name tree; call before `canvas.save()`."""
    if not attachments:
        return
    names = [attachment.name for attachment in attachments]
    if len(set(names)) != len(names):
        raise ValueError(f"attachment names must be unique: {names}")
    document = canvas._doc  # the reportlab PDFDocument behind the canvas
    entries: list[tuple[str, object]] = []
    for attachment in attachments:
        stream = PDFStream(
            PDFDictionary(
                {
                    "Type": PDFName("EmbeddedFile"),
                    "Subtype": PDFName(attachment.mime_type),
                    "Params": PDFDictionary({"Size": len(attachment.data)}),
                }
            ),
            attachment.data,
            filters=[FAST_FLATE],
        )
        stream_ref = document.Reference(stream)
        spec = PDFDictionary(
            {
                "Type": PDFName("Filespec"),
                "F": PDFString(attachment.name),
                "UF": PDFString(attachment.name),
                "Desc": PDFString(attachment.description),
                "AFRelationship": PDFName("Data"),
                "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
            }
        )
        entries.append((attachment.name, document.Reference(spec)))
    entries.sort(key=lambda entry: entry[0].encode("utf-16-be"))  # a name tree's keys are sorted
    flat: list[object] = []
    for name, reference in entries:
        flat.extend([PDFString(name), reference])
    document.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(flat)})})
