"""sello.core.verification.scan: QR codes from real rendered images, JPEGs and PDFs; advice from geometry."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter

from sello.core.errors import InputError
from sello.core.verification.scan import (
    HOLD_STILL,
    KEEP_IN_FRAME,
    MOVE_CLOSER,
    TILT_LESS,
    TOO_MUCH_GLARE,
    RegionQuality,
    ScanResult,
    advice_for,
    guidance,
    measure_code_region,
    perspective_of,
    scan_file,
    scan_frame,
    scan_image,
    scan_pdf,
)
from tests.videos import qr_version, render_qr, td1_like_text

TEXT = td1_like_text(950)


def on_page(qr: Image.Image, size: tuple[int, int] = (1200, 900), at: tuple[int, int] = (300, 120)) -> Image.Image:
    page = Image.new("L", size, 235)
    page.paste(qr, at)
    return page


@pytest.fixture(scope="module")
def qr4() -> Image.Image:
    """The code at 4 px per module (quiet zone included)."""
    return render_qr(TEXT, box_size=4)


def test_the_sample_is_a_version_20_code() -> None:
    assert len(TEXT) == 950 and TEXT.startswith("TD1:")
    assert qr_version(TEXT) == 20


def test_decodes_a_rendered_code_with_its_geometry(qr4: Image.Image) -> None:
    [result] = scan_image(on_page(qr4))
    assert result.text == TEXT
    assert result.decoded and result.error is None
    assert result.symbol_version == 20 and result.modules == 97
    assert result.ec_level == "M"
    assert result.module_size_px == pytest.approx(4.0, abs=0.05)
    quiet = 4 * 4
    expected = (
        (300 + quiet, 120 + quiet),
        (300 + quiet + 388, 120 + quiet),
        (300 + quiet + 388, 120 + quiet + 388),
        (300 + quiet, 120 + quiet + 388),
    )
    for (x, y), (ex, ey) in zip(result.corners, expected, strict=False):
        assert abs(x - ex) <= 2 and abs(y - ey) <= 2
    left, top, width, height = result.bounding_box
    assert (
        (left, top) == pytest.approx(expected[0], abs=2)
        and width == pytest.approx(388, abs=3)
        and height == pytest.approx(388, abs=3)
    )


def test_decodes_a_rotated_code_and_reports_its_turn(qr4: Image.Image) -> None:
    page = on_page(qr4).rotate(33, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    [result] = scan_image(page)
    assert result.text == TEXT
    side_ratio, skew = perspective_of(result.corners)
    assert side_ratio < 1.05 and skew < 3  # a turn is not a tilt
    (tlx, tly), (trx, try_) = result.corners[0], result.corners[1]
    assert math.degrees(math.atan2(try_ - tly, trx - tlx)) == pytest.approx(-33, abs=2)


def test_decodes_a_jpeg_compressed_photo_from_a_file(qr4: Image.Image, tmp_path: Path) -> None:
    photo = (
        on_page(qr4).rotate(4, resample=Image.Resampling.BICUBIC, fillcolor=235).filter(ImageFilter.GaussianBlur(0.8))
    )
    path = tmp_path / "photo.jpg"
    photo.convert("RGB").save(path, "JPEG", quality=35)
    assert [r.text for r in scan_file(path)] == [TEXT]


def test_decodes_a_degraded_150_dpi_scan() -> None:
    """0.508 mm modules at 150 dpi are 3 px: blurred, tilted, JPEG'd, on a grey page."""
    qr = render_qr(TEXT, box_size=3)
    scan = on_page(qr, size=(900, 700), at=(200, 100)).rotate(-6, resample=Image.Resampling.BICUBIC, fillcolor=225)
    buffer = io.BytesIO()
    scan.filter(ImageFilter.GaussianBlur(0.7)).save(buffer, "JPEG", quality=50)
    assert [r.text for r in scan_image(Image.open(buffer))] == [TEXT]


def test_reads_a_code_on_a_transparent_background() -> None:
    qr = render_qr("TD1:HELLO WORLD", box_size=6)
    rgba = Image.new("RGBA", qr.size, (0, 0, 0, 0))
    rgba.putalpha(qr.point(lambda v: 255 - v))  # black modules opaque, the rest transparent
    assert [r.text for r in scan_image(rgba)] == ["TD1:HELLO WORLD"]


def test_accepts_an_array_interface() -> None:
    gray = on_page(render_qr("TD1:ARRAY", box_size=5), size=(400, 300), at=(100, 50))

    class GrayArray(bytearray):  # what numpy offers, without numpy
        @property
        def __array_interface__(self) -> dict:
            return {"shape": (gray.height, gray.width), "typestr": "|u1", "version": 3}

    assert [r.text for r in scan_image(GrayArray(gray.tobytes()))] == ["TD1:ARRAY"]


def test_an_image_without_a_code_gives_nothing() -> None:
    blank = Image.new("L", (800, 600), 200)
    ImageDraw.Draw(blank).rectangle((100, 100, 300, 300), fill=20)
    assert scan_image(blank) == []
    assert scan_image(blank, include_unreadable=True) == []


def test_scans_the_right_page_of_a_pdf(tmp_path: Path) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    path = tmp_path / "document.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 770, "Mill Test Report - page 1 has no code")
    pdf.showPage()
    widget = QrCodeWidget(TEXT, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    side = (97 + 8) * 0.508 * mm  # 0.508 mm modules, the print rule
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, pdf, 120 * mm, 40 * mm)  # vectors, like Sello's own PDFs
    pdf.drawString(72, 770, "page 2")
    pdf.save()

    [result] = scan_pdf(path, dpi=200)
    assert result.text == TEXT and result.page == 1
    assert result.module_size_px == pytest.approx(0.508 / 25.4 * 200, rel=0.05)  # 4 px at 200 dpi
    assert [r.text for r in scan_file(path)] == [TEXT]  # found by its %PDF- header


@pytest.mark.parametrize(
    ("name", "content", "phrase"),
    [
        ("notes.png", b"this is not a picture", "not an image or a PDF"),
        ("cut.png", None, "damaged"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj garbage", "not a PDF that Sello can read"),
    ],
)
def test_unreadable_files_raise_input_errors(tmp_path: Path, name: str, content: bytes | None, phrase: str) -> None:
    path = tmp_path / name
    if content is None:  # a PNG cut off in the middle of its pixel data
        buffer = io.BytesIO()
        render_qr("TD1:CUT", box_size=8).save(buffer, "PNG")
        content = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        scan_file(path)
    assert phrase in caught.value.message and name in caught.value.message


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        scan_file(tmp_path / "nowhere.png")


# -- guidance --------------------------------------------------------------------------


def unread(corners: tuple, version: int = 20) -> ScanResult:
    side = math.dist(corners[0], corners[1])
    return ScanResult("", corners, version, "M", side / (17 + 4 * version), error="ChecksumError")


def test_a_crisp_code_measures_sharp_and_glare_free(qr4: Image.Image) -> None:
    page = on_page(qr4)
    [result] = scan_image(page)
    quality = measure_code_region(page, result)
    assert quality.sharpness > 0.1 and quality.glare < 0.01
    assert guidance([result], page.size, quality) is None  # it was read: no advice


def test_a_code_too_small_asks_to_move_closer() -> None:
    page = on_page(render_qr(TEXT, box_size=6), size=(1400, 1000), at=(200, 100))
    small = page.resize((page.width // 5, page.height // 5), Image.Resampling.BILINEAR)  # 1.2 px per module
    results = scan_frame(small)
    assert results and not any(r.decoded for r in results)
    assert advice_for(small, results) == MOVE_CLOSER


def test_a_blurred_code_asks_to_hold_still(qr4: Image.Image) -> None:
    blurred = on_page(qr4).filter(ImageFilter.GaussianBlur(2))
    results = scan_frame(blurred)
    assert results and not any(r.decoded for r in results)
    assert measure_code_region(blurred, results[0]).sharpness < 0.015
    assert advice_for(blurred, results) == HOLD_STILL


def test_a_washed_out_patch_is_glare() -> None:
    page = on_page(render_qr(TEXT, box_size=6), size=(1280, 720), at=(200, 30))
    ImageDraw.Draw(page).ellipse((300, 150, 550, 400), fill=255)
    shot = page.filter(ImageFilter.GaussianBlur(2))
    results = scan_frame(shot)
    assert results and not any(r.decoded for r in results)
    assert measure_code_region(shot, results[0]).glare > 0.08
    assert advice_for(shot, results) == TOO_MUCH_GLARE


def test_strong_perspective_asks_to_tilt_less() -> None:
    trapezoid = ((100.0, 100.0), (500.0, 160.0), (500.0, 340.0), (100.0, 400.0))  # right edge 40 % shorter
    assert guidance([unread(trapezoid)], (640, 480), RegionQuality(0.2, 0.0)) == TILT_LESS
    sheared = ((100.0, 100.0), (400.0, 100.0), (550.0, 400.0), (250.0, 400.0))  # corners ~27 degrees off square
    assert guidance([unread(sheared)], (640, 480), None) == TILT_LESS


def test_a_turned_but_flat_code_gets_no_advice() -> None:
    c, s = math.cos(math.radians(30)), math.sin(math.radians(30))
    square = tuple(
        (320 + x * c - y * s, 240 + x * s + y * c) for x, y in ((-150, -150), (150, -150), (150, 150), (-150, 150))
    )
    assert guidance([unread(square)], (640, 480), RegionQuality(0.2, 0.0)) is None


def test_rule_order_and_empty_input() -> None:
    tiny = unread(((10.0, 10.0), (200.0, 40.0), (200.0, 80.0), (10.0, 110.0)))  # small AND tilted
    assert guidance([tiny], (640, 480), RegionQuality(0.001, 0.5)) == MOVE_CLOSER
    square = ((100.0, 100.0), (400.0, 100.0), (400.0, 400.0), (100.0, 400.0))
    assert guidance([unread(square)], (640, 480), RegionQuality(0.001, 0.5)) == TOO_MUCH_GLARE
    assert guidance([unread(square)], (640, 480), RegionQuality(0.001, 0.0)) == HOLD_STILL
    assert guidance([unread(square)], (404, 480), RegionQuality(0.2, 0.0)) == KEEP_IN_FRAME  # 4 px to the right edge
    assert guidance([], (640, 480), None) is None
