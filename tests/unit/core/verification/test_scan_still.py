"""Still-image retries for marks on the paper and bent paper (issue 19): each reads a code that
plain zxing-cpp and Sello's other retries cannot."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image

from sello.core.verification import scan_decode
from sello.core.verification.scan import scan_image
from sello.core.verification.scan_rectify import read_rectified
from sello.core.verification.scan_result import ScanResult, result_from
from sello.core.verification.scan_still import dark_ink_only, local_contrast
from sello.core.verification.scan_timing import MODULE_PX, QUIET, timing_map
from tests.benchmarks.harsh_prints import CodeBox, curved_paper, glare, stamp_and_signature, steep_perspective
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


@pytest.mark.parametrize(
    ("damage", "seed", "retry"),
    [(stamp_and_signature, 3, dark_ink_only), (glare, 15, local_contrast)],
    ids=["a stamp and a signature: dark ink only", "glare: local contrast"],
)
def test_damage_across_the_code_reads_only_with_its_retry(damage, seed: int, retry) -> None:
    page, box = code_on_page()
    image = damage(page, box, random.Random(seed))
    assert not reads(image)  # plain zxing-cpp
    others = [variant(image) for variant in scan_decode._RETRIES if variant is not retry]
    assert not any(reads(prepared, **options) for prepared, _, options in others)
    prepared, _, options = retry(image)
    assert reads(prepared, **options)
    assert [r.text for r in scan_image(image, deblur=False)] == [TEXT]


def test_a_code_on_curled_paper_reads_only_once_rectified() -> None:
    page, box = code_on_page()
    image = curved_paper(page, box, random.Random(89))
    assert not reads(image)  # plain zxing-cpp
    located = []
    for variant in scan_decode._RETRIES:
        prepared, scale, options = variant(image)
        if prepared is None:
            continue
        assert not reads(prepared, **options)  # no cheap retry reads it either
        found = zxingcpp.read_barcodes(prepared, return_errors=True, **options)  # type: ignore[arg-type]
        located += [result_from(b, scale) for b in found]
    assert any(not r.decoded and r.modules for r in located)  # seen, its size known, not read
    read = read_rectified(image, located, lambda flat: [result_from(b, 1.0) for b in zxingcpp.read_barcodes(flat)])
    assert [r.text for r in read] == [TEXT]
    assert [r.text for r in scan_image(image, deblur=False)] == [TEXT]


def test_the_far_side_of_a_steeply_tilted_page_reads_only_doubled_and_sharpened() -> None:
    page, box = code_on_page()
    image = steep_perspective(page, box, random.Random(0))
    assert not reads(image)
    readers = [v.__name__ for v in scan_decode._RETRIES if reads(v(image)[0], **v(image)[2])]
    assert readers == ["_upscaled_sharpened"]


def test_a_curl_too_squeezed_to_locate_reads_in_a_stretched_copy() -> None:
    page, box = code_on_page()
    image = curved_paper(page, box, random.Random(93))
    located = []
    for variant in scan_decode._RETRIES:
        prepared, scale, options = variant(image)
        if prepared is not None:
            assert not reads(prepared, **options)
            found = zxingcpp.read_barcodes(prepared, return_errors=True, **options)  # type: ignore[arg-type]
            located += [result_from(b, scale) for b in found]
    assert (
        read_rectified(image, located, lambda flat: [result_from(b, 1.0) for b in zxingcpp.read_barcodes(flat)]) == []
    )
    assert [r.text for r in scan_image(image, deblur=False)] == [TEXT]  # through a copy stretched along one axis


def squeezed(qr: Image.Image, strength: float) -> tuple[Image.Image, Callable[[float], float]]:
    """`qr` with its columns moved by a smooth, uneven stretch (a curl's flanks squeezed); and
    where a column x of the original lands."""
    w = qr.width

    def moved(x: float) -> float:
        return x + strength * w * math.sin(math.pi * x / w) * (x / w - 0.5)

    strips, mesh = 64, []
    for i in range(strips):
        u0, u1 = w * i / strips, w * (i + 1) / strips
        x0, x1 = (_inverse(moved, u, w) for u in (u0, u1))
        mesh.append(((round(u0), 0, round(u1), qr.height), (x0, 0, x0, qr.height, x1, qr.height, x1, 0)))
    return qr.transform(qr.size, Image.Transform.MESH, mesh, Image.Resampling.BICUBIC, fillcolor=255), moved


def _inverse(f: Callable[[float], float], u: float, w: float) -> float:
    low, high = -w, 2 * w
    for _ in range(50):
        middle = (low + high) / 2
        low, high = (middle, high) if f(middle) < u else (low, middle)
    return (low + high) / 2


def test_the_timing_pattern_tells_where_each_squeezed_column_is() -> None:
    qr = render_qr(TEXT, box_size=MODULE_PX)  # border of QUIET modules, as `rectified` lays a code out
    n = qr.width // MODULE_PX - 2 * QUIET
    image, moved = squeezed(qr, 0.12)
    columns = timing_map(image, n, vertical=False, at=QUIET + 6.5)
    assert columns is not None
    errors = [abs(columns(QUIET + m) - moved((QUIET + m) * MODULE_PX)) / MODULE_PX for m in range(7, n - 6)]
    assert max(errors) < 0.35  # every module boundary within a third of a module
    unspaced = [abs((QUIET + m) * MODULE_PX - moved((QUIET + m) * MODULE_PX)) / MODULE_PX for m in range(7, n - 6)]
    assert max(unspaced) > 1.5  # where a uniform grid would have put them: off by more than a module


def test_every_located_code_is_rectified_once_and_keeps_its_place() -> None:
    """The parts of a multi-part code each get their try; two estimates of one code only one."""

    def unread(left: float, top: float) -> ScanResult:
        side = 25 * 4.0  # version 2: 25 modules of 4 px
        corners = ((left, top), (left + side, top), (left + side, top + side), (left, top + side))
        return ScanResult("", corners, 2, "M", 4.0, error="ChecksumError")

    first, again, second = unread(40, 40), unread(41, 40.5), unread(300, 40)
    calls: list[Image.Image] = []

    def read(flat: Image.Image) -> list[ScanResult]:
        calls.append(flat)
        return [replace(first, text=f"part {len(calls)}", error=None)]

    found = read_rectified(Image.new("L", (500, 200), 255), [first, again, second], read)
    assert [(r.text, r.corners) for r in found] == [("part 1", first.corners), ("part 2", second.corners)]
    assert len(calls) == 2
