"""Motion blur undone (issue 19): a code smeared by a moving hand reads after `scan_deblur`."""

from __future__ import annotations

import math

import zxingcpp
from PIL import Image, ImageChops

from sello.core.verification.scan import scan_image
from sello.core.verification.scan_deblur import deblurred
from tests.videos import render_qr, td1_like_text

TEXT = td1_like_text(300)


def smeared(image: Image.Image, length: float, degrees: float) -> Image.Image:
    """A straight smear of `length` pixels: the average of shifted copies (as in harsh_prints)."""
    steps = round(length)
    blurred = image
    for i in range(1, steps + 1):
        t = i / steps - 0.5
        dx, dy = t * length * math.cos(math.radians(degrees)), t * length * math.sin(math.radians(degrees))
        blurred = Image.blend(blurred, ImageChops.offset(image, round(dx), round(dy)), 1 / (i + 1))
    return blurred


def code_on_page() -> Image.Image:
    qr = render_qr(TEXT, box_size=5)
    page = Image.new("L", (qr.width + 160, qr.height + 160), 250)
    page.paste(qr, (80, 80))
    return page


def test_a_code_smeared_over_three_and_a_half_modules_reads_only_after_deblurring() -> None:
    image = smeared(code_on_page(), 18, 100)
    assert not [b for b in zxingcpp.read_barcodes(image) if b.valid]  # the plain decoder gives up
    assert [r.text for r in scan_image(image, deblur=False)] == []
    assert [r.text for r in scan_image(image)] == [TEXT]


def test_a_sharp_image_without_a_code_is_not_deblurred() -> None:
    page = Image.new("L", (400, 300), 240)
    page.paste(0, (50, 50, 350, 60))
    page.paste(0, (50, 100, 60, 250))
    assert list(deblurred(page)) == []
    assert scan_image(page) == []
