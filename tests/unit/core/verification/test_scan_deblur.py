"""Motion blur undone (issue 19): a code smeared by a moving hand reads after `scan_deblur`,
whose smear measure (`scan_smear`) finds the smear's direction and length."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator

import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageDraw, ImageMath

from sello.core.verification import scan_decode
from sello.core.verification.scan import scan_image
from sello.core.verification.scan_deblur import deblurred
from sello.core.verification.scan_smear import smear_length, smear_turn
from tests.videos import render_qr, td1_like_text

TEXT = td1_like_text(300)


def smeared(image: Image.Image, length: float, degrees: float) -> Image.Image:
    """A straight smear of `length` pixels (as harsh_prints.motion_blur): the mean of copies
    moved sub-pixel at half-pixel steps along the line, with a little sensor noise."""
    steps = round(2 * length)
    source = image.convert("F")
    total = Image.new("F", image.size, 0.0)
    for i in range(steps):
        t = (i + 0.5) / steps - 0.5
        dx, dy = t * length * math.cos(math.radians(degrees)), t * length * math.sin(math.radians(degrees))
        moved = source.transform(
            image.size, Image.Transform.AFFINE, (1, 0, -dx, 0, 1, -dy), Image.Resampling.BILINEAR, fillcolor=250
        )
        total = ImageMath.lambda_eval(lambda a: a["t"] + a["m"], t=total, m=moved)
    blurred = ImageMath.lambda_eval(lambda a: a["t"] / steps, t=total).convert("L")
    return ImageChops.add(blurred, Image.effect_noise(image.size, 3), scale=1.0, offset=-128)


def code_on_page() -> Image.Image:
    qr = render_qr(TEXT, box_size=5)
    page = Image.new("L", (qr.width + 160, qr.height + 160), 250)
    page.paste(qr, (80, 80))
    return page


@pytest.mark.parametrize(("length", "degrees"), [(18, 100), (24, 35)])
def test_a_smeared_code_reads_only_after_deblurring(length: float, degrees: float) -> None:
    image = smeared(code_on_page(), length, degrees)  # 3.6 and 4.8 modules
    assert not [b for b in zxingcpp.read_barcodes(image) if b.valid]  # the plain decoder gives up
    assert [r.text for r in scan_image(image, deblur=False)] == []
    assert [r.text for r in scan_image(image)] == [TEXT]


def test_the_smear_is_measured_within_a_degree_and_half_a_pixel() -> None:
    image = smeared(code_on_page(), 21.5, 62)
    turn = smear_turn(image)
    assert turn is not None and abs(turn - 62) < 1.0
    length = smear_length(image.rotate(turn, Image.Resampling.BICUBIC, expand=True, fillcolor=250))
    assert length is not None and abs(length - 21.5) < 0.5


def test_a_sharp_image_is_not_deblurred() -> None:
    page = Image.new("L", (400, 300), 240)
    page.paste(0, (50, 50, 350, 60))
    page.paste(0, (50, 100, 60, 250))
    assert list(deblurred(page)) == []
    assert list(deblurred(code_on_page())) == []  # a sharp code has no preferred direction
    assert scan_image(page) == []


def test_a_smeared_image_without_a_code_is_given_up_after_two_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    page = Image.new("L", (500, 400), 245)
    draw = ImageDraw.Draw(page)
    for _ in range(300):  # blots of ink, no finder patterns
        x, y = rng.randrange(20, 470), rng.randrange(20, 370)
        draw.rectangle((x, y, x + rng.randrange(4, 20), y + rng.randrange(4, 20)), fill=20)
    looks: list[int] = []

    def counted(gray: Image.Image) -> Iterator[tuple[Image.Image, float]]:
        for restored in deblurred(gray):
            looks.append(1)
            yield restored

    monkeypatch.setattr(scan_decode, "deblurred", counted)
    assert scan_image(smeared(page, 20, 80)) == []
    assert len(looks) == 2  # the third look (100 steps) only when zxing saw a code it could not read
