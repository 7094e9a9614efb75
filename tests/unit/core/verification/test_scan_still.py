"""Still-image retries for marks and light on the paper (issue 19): each reads a code that
plain zxing-cpp and Sello's other retries cannot."""

from __future__ import annotations

import random

import zxingcpp
from PIL import Image

from sello.core.verification import scan_decode
from sello.core.verification.scan import scan_image
from sello.core.verification.scan_still import dark_ink_only
from tests.benchmarks.harsh_prints import CodeBox, stamp_and_signature
from tests.videos import render_qr, td1_like_text

TEXT = td1_like_text(1200)  # a version 23 code, ECC M, like a long document's


def code_on_page(box_size: int = 6, margin: int = 100) -> tuple[Image.Image, CodeBox]:
    qr = render_qr(TEXT, box_size=box_size)
    page = Image.new("L", (qr.width + 2 * margin, qr.height + 2 * margin), 250)
    page.paste(qr, (margin, margin))
    quiet = 4 * box_size
    return page, CodeBox(margin + quiet, margin + quiet, qr.width - 2 * quiet)


def reads(image: Image.Image | None, **options: object) -> bool:
    return image is not None and any(b.valid and b.text == TEXT for b in zxingcpp.read_barcodes(image, **options))


def test_a_stamp_and_a_signature_across_the_code_read_only_with_the_dark_ink_retry() -> None:
    page, box = code_on_page()
    image = stamp_and_signature(page, box, random.Random(3))
    assert not reads(image)  # plain zxing-cpp
    others = [variant(image) for variant in scan_decode._RETRIES if variant is not dark_ink_only]
    assert not any(reads(prepared, **options) for prepared, _, options in others)
    prepared, _, options = dark_ink_only(image)
    assert reads(prepared, **options)
    assert [r.text for r in scan_image(image, deblur=False)] == [TEXT]
