"""Read QR codes from still images and PDF pages, and advise the person holding the paper.

Decoding is zxing-cpp's. An image is tried as it is first; only when nothing is
read do a few cheap retries run (another binarizer, a resized copy, a smoothed
copy). `scan_frame` is the single fast pass the camera pipeline uses per frame.

`guidance` turns what was *seen but not read* into one short piece of advice
("Move closer", "Hold still", glare, tilt), from the code's corners and two
cheap measures of its region (`measure_code_region`).

No Qt here: the camera pipeline hands frames in as grayscale PIL images.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import zxingcpp
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.limits import read_bounded
from sello.core.verification.pdf_guard import check_pdf_streams

Point = tuple[float, float]
Corners = tuple[Point, Point, Point, Point]

# Only QR Model 2 (every QR printer today); keeps Micro QR false finds out of the results.
_QR = zxingcpp.BarcodeFormat.QRCodeModel2
_PDF_MAGIC = b"%PDF-"
_MAX_PIXELS = 120_000_000  # a 300 dpi A0 poster; beyond that is not a document photo
_MAX_SIDE_PX = 65_535  # zxing-cpp's limit for either side
_MAX_PDF_PAGES = 100
# A page's size is the file's word (up to 200 x 200 inches): pages larger than a 300 dpi
# A3 sheet are rendered at a lower resolution instead of as a bitmap of gigabytes.
_MAX_PAGE_PIXELS = 20_000_000
_MAX_PAGE_SIDE_PX = 20_000
_RETRY_DPI = 300

# Advice shown over the camera preview (English: the verifier desk's language; the
# UI may translate these by key).
MOVE_CLOSER = "Move closer: the code is too small to read."
TOO_MUCH_GLARE = "Too much glare on the code: tilt the page away from the light."
TILT_LESS = "Tilt less: hold the page flat, facing the camera."
HOLD_STILL = "Hold still: the code is blurred."
KEEP_IN_FRAME = "Move the page so the whole code is inside the picture."

# Thresholds for the advice (tuned on synthetic frames in tests/unit/core/test_scan.py).
MIN_MODULE_PX = 2.5  # below this camera frames rarely decode
MAX_GLARE = 0.08  # share of 3x3-module cells washed out to white
MAX_SIDE_RATIO = 1.3  # longest / shortest of two opposite sides
MAX_CORNER_SKEW_DEG = 20.0  # corner angle away from 90 degrees
MIN_SHARPNESS = 0.015  # normalised Laplacian energy of the rectified code

_SATURATED = 240
_RECTIFIED_MODULE_PX = 4
_GLARE_CELL_MODULES = 3
_UNKNOWN_VERSION_MODULES = 57  # when zxing could not read the version: a mid-size symbol


@dataclass(frozen=True)
class ScanResult:
    """One QR symbol found in an image: its text (when read) and where it is.

    `corners` are the symbol's outer corners in image pixels, in the symbol's own
    order: top-left, top-right, bottom-right, bottom-left (so they also say how
    the code is rotated). `error` is None for a decoded code and zxing's reason
    for a code that was seen but not read (those only come back when asked for).
    """

    text: str
    corners: Corners
    symbol_version: int | None
    ec_level: str | None
    module_size_px: float
    error_correction_used: float | None = None  # share of the EC capacity spent (1.0 = at the limit)
    page: int | None = None  # PDF page index, from 0
    error: str | None = None

    @property
    def decoded(self) -> bool:
        return self.error is None

    @property
    def bounding_box(self) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the axis-aligned box around the corners."""
        xs = [x for x, _ in self.corners]
        ys = [y for _, y in self.corners]
        return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    @property
    def modules(self) -> int | None:
        """Modules per side (21 for version 1 ... 177 for version 40)."""
        return None if self.symbol_version is None else 17 + 4 * self.symbol_version


@dataclass(frozen=True)
class RegionQuality:
    """Two cheap measures of a code's region, for `guidance`.

    sharpness: variance of the Laplacian of the code rectified to 4 px per module,
    divided by the squared contrast: 0.1-0.7 for a crisp print, about 0.01 where
    blur starts to defeat the decoder, whatever the module size.
    glare: share of 3x3-module cells that are entirely saturated white (a printed
    QR almost never has one).
    """

    sharpness: float
    glare: float


# -- decoding ---------------------------------------------------------------------------


def scan_image(image: Image.Image | Any, *, include_unreadable: bool = False) -> list[ScanResult]:
    """Every QR code in a still image (PIL image, or an array with __array_interface__).

    Tries the image as is, then cheap variants until something is read. With
    include_unreadable, codes that were located but not decoded come back too
    (with `error` set), for `guidance`.
    """
    gray = _to_gray(image)
    seen: list[ScanResult] = []
    for variant in _RETRIES:
        prepared, scale, options = variant(gray)
        if prepared is None:
            continue
        results = _read(prepared, scale=scale, **options)
        decoded = [r for r in results if r.decoded]
        if decoded:
            return _unique(decoded + ([r for r in results if not r.decoded] if include_unreadable else []))
        if not seen:
            seen = results
    return _unique(seen) if include_unreadable else []


def scan_frame(gray: Image.Image) -> list[ScanResult]:
    """One fast pass over a grayscale camera frame, unreadable finds included.

    No retries: the next frame is the retry. zxing releases the GIL while it works.
    """
    return _unique(_read(gray, scale=1.0))


def scan_pdf(source: str | Path | bytes, dpi: int = 200) -> list[ScanResult]:
    """Every QR code on every page of a PDF, with `page` set; corners in pixels at `dpi`.

    If no page gives a code at `dpi`, the pages are rendered once more at 300 dpi
    (corners scaled back to `dpi`): small prints that 200 dpi blurs together.
    """
    import pypdfium2 as pdfium

    name = _display_name(source)
    try:
        data = source if isinstance(source, bytes) else read_bounded(Path(source))
        check_pdf_streams(data, name)  # every stream measured through capped decoders first
        document = pdfium.PdfDocument(data)
    except FileNotFoundError as exc:
        raise InputError(Message("scan.no_file", name=name)) from exc
    except OSError as exc:
        raise InputError(Message("scan.unreadable", name=name, value=exc.strerror or exc)) from exc
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(Message("scan.password", name=name)) from exc
        raise InputError(Message("scan.bad_pdf", name=name, value=str(exc).rstrip("."))) from exc
    try:
        if len(document) > _MAX_PDF_PAGES:
            raise InputError(
                Message("scan.too_many_pages", name=name, count=len(document), max_pdf_pages=_MAX_PDF_PAGES)
            )
        found = _scan_pages(document, dpi, name)
        if not found and dpi < _RETRY_DPI:
            found = [_scaled(r, dpi / _RETRY_DPI) for r in _scan_pages(document, _RETRY_DPI, name)]
        return found
    finally:
        document.close()


def _scan_pages(document: Any, dpi: int, name: str) -> list[ScanResult]:
    import pypdfium2 as pdfium

    found: list[ScanResult] = []
    for index in range(len(document)):
        try:
            page = document[index]
        except pdfium.PdfiumError as exc:
            raise InputError(Message("scan.damaged_page", name=name, value=index + 1)) from exc
        try:
            image, scale = _render(page, dpi)
        finally:
            page.close()
        factor = dpi / 72 / scale  # 1 unless the page was too large to render at `dpi`
        found.extend(replace(_scaled(r, factor), page=index) for r in scan_image(image))
    return found


def scan_file(path: str | Path) -> list[ScanResult]:
    """Every QR code in an image file (PNG, JPEG, TIFF, BMP, WebP...) or a PDF."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError as exc:
        raise InputError(Message("scan.no_file", name=path.name)) from exc
    except IsADirectoryError as exc:
        raise InputError(Message("scan.is_folder", name=path.name)) from exc
    except OSError as exc:
        raise InputError(Message("scan.unreadable", name=path.name, value=exc.strerror or str(exc))) from exc
    if _PDF_MAGIC in head:
        return scan_pdf(path)
    return scan_image(open_image(path))


def open_image(source: str | Path | bytes, *, name: str | None = None) -> Image.Image:
    """Load an image (a file, or a file's bytes) fully, upright (EXIF orientation applied),
    or raise InputError. The pixel count is checked before any pixel is decoded."""
    name = name or ("The file" if isinstance(source, bytes) else Path(source).name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # damaged metadata (EXIF, TIFF tags): the pixels count
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(source) if isinstance(source, bytes) else Path(source)) as opened:
                if opened.width * opened.height > _MAX_PIXELS or max(opened.size) > _MAX_SIDE_PX:
                    raise InputError(Message("scan.too_large", name=name))
                opened.load()
                return ImageOps.exif_transpose(opened)
    except InputError:
        raise
    except FileNotFoundError as exc:
        raise InputError(Message("scan.no_file", name=name)) from exc
    except UnidentifiedImageError as exc:
        raise InputError(Message("scan.not_image", name=name)) from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(Message("scan.too_large", name=name)) from exc
    except (OSError, SyntaxError, ValueError) as exc:  # truncated or corrupt image data
        raise InputError(Message("scan.damaged_image", name=name, exc=str(exc))) from exc


# -- guidance ---------------------------------------------------------------------------


def measure_code_region(gray: Image.Image, result: ScanResult) -> RegionQuality:
    """Sharpness and glare of one code's region (see RegionQuality)."""
    modules = result.modules or _UNKNOWN_VERSION_MODULES
    side = modules * _RECTIFIED_MODULE_PX
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = result.corners
    # PIL's QUAD maps the output square from the source corners: upper-left, lower-left,
    # lower-right, upper-right.
    rectified = _as_l(gray).transform(
        (side, side), Image.Transform.QUAD, (tlx, tly, blx, bly, brx, bry, trx, try_), Image.Resampling.BILINEAR
    )
    histogram = rectified.histogram()
    contrast = _percentile(histogram, 0.95) - _percentile(histogram, 0.05)
    if contrast < 16:
        sharpness = 0.0
    else:
        laplacian = rectified.filter(ImageFilter.Kernel((3, 3), (0, 1, 0, 1, -4, 1, 0, 1, 0), scale=8, offset=128))
        inner = laplacian.crop((1, 1, side - 1, side - 1))
        sharpness = _variance(inner.histogram()) * 64 / (contrast * contrast)
    saturated = rectified.point(lambda v: 255 if v >= _SATURATED else 0)
    cells = saturated.reduce(_GLARE_CELL_MODULES * _RECTIFIED_MODULE_PX)
    cell_histogram = cells.histogram()
    glare = cell_histogram[255] / max(1, cells.width * cells.height)
    return RegionQuality(sharpness=sharpness, glare=glare)


def guidance(
    results: Sequence[ScanResult],
    image_size: tuple[int, int],
    quality: RegionQuality | None = None,
) -> str | None:
    """One piece of advice for a code that was seen but not read, or None.

    None when something was decoded or nothing was seen. `quality` is the
    `measure_code_region` of the largest unread code (without it, only the
    geometric rules apply). Rules, first match wins: too small -> MOVE_CLOSER;
    touching the picture's edge (no quiet zone) -> KEEP_IN_FRAME; washed out ->
    TOO_MUCH_GLARE; strong perspective -> TILT_LESS; blurred -> HOLD_STILL.
    """
    if not results or any(r.decoded for r in results):
        return None
    largest = max(results, key=lambda r: _area(r.corners))
    if largest.module_size_px < MIN_MODULE_PX:
        return MOVE_CLOSER
    margin = 2 * largest.module_size_px
    width, height = image_size
    if any(x < margin or y < margin or x > width - margin or y > height - margin for x, y in largest.corners):
        return KEEP_IN_FRAME
    if quality is not None and quality.glare > MAX_GLARE:
        return TOO_MUCH_GLARE
    side_ratio, skew = perspective_of(largest.corners)
    if side_ratio > MAX_SIDE_RATIO or skew > MAX_CORNER_SKEW_DEG:
        return TILT_LESS
    if quality is not None and quality.sharpness < MIN_SHARPNESS:
        return HOLD_STILL
    return None


def advice_for(gray: Image.Image, results: Sequence[ScanResult]) -> str | None:
    """`guidance` for an image's scan results, measuring the largest unread code's region."""
    if not results or any(r.decoded for r in results):
        return None
    largest = max(results, key=lambda r: _area(r.corners))
    return guidance(results, gray.size, measure_code_region(gray, largest))


def perspective_of(corners: Corners) -> tuple[float, float]:
    """(longest/shortest of opposite sides, worst corner angle away from 90 degrees)."""
    sides = [_distance(corners[i], corners[(i + 1) % 4]) for i in range(4)]
    ratios = []
    for a, b in ((sides[0], sides[2]), (sides[1], sides[3])):
        ratios.append(max(a, b) / max(1e-6, min(a, b)))
    skew = 0.0
    for i in range(4):
        previous, here, following = corners[i - 1], corners[i], corners[(i + 1) % 4]
        v1 = (previous[0] - here[0], previous[1] - here[1])
        v2 = (following[0] - here[0], following[1] - here[1])
        norm = math.hypot(*v1) * math.hypot(*v2)
        if norm == 0:
            return (math.inf, 90.0)
        cosine = max(-1.0, min(1.0, (v1[0] * v2[0] + v1[1] * v2[1]) / norm))
        skew = max(skew, abs(math.degrees(math.acos(cosine)) - 90.0))
    return (max(ratios), skew)


# -- internals --------------------------------------------------------------------------

_Variant = Callable[[Image.Image], tuple[Image.Image | None, float, dict[str, Any]]]


def _as_is(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    return gray, 1.0, {}


def _global_histogram(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    return gray, 1.0, {"binarizer": zxingcpp.Binarizer.GlobalHistogram}


def _downscaled(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Huge scans: zxing's own pyramid starts from the full size; give it a 1600 px copy."""
    longest = max(gray.size)
    if longest <= 2000:
        return None, 1.0, {}
    factor = 1600 / longest
    size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
    return gray.resize(size, Image.Resampling.BOX), factor, {}


def _upscaled(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Small images with tiny modules read better at twice the size."""
    if max(gray.size) > 1200:
        return None, 1.0, {}
    return gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.BICUBIC), 2.0, {}


def _smoothed(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Halftone dots, dithering and JPEG ringing: a light blur merges them back into modules."""
    return gray.filter(ImageFilter.BoxBlur(1)), 1.0, {}


def _fixed_threshold(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    return ImageOps.autocontrast(gray, cutoff=1), 1.0, {"binarizer": zxingcpp.Binarizer.FixedThreshold}


def _sharpened(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Out-of-focus photos and soft scans (blur up to about half a module): an unsharp mask
    restores the module edges (bench_verify_decode: 47 % -> 100 % of 300 dpi pages at σ 3 px).
    Large scans are halved first, which keeps it cheap (~40 ms for a 300 dpi Letter page)."""
    scale = 0.5 if max(gray.size) > 2000 else 1.0
    if scale != 1.0:
        gray = gray.resize(
            (max(1, round(gray.width * scale)), max(1, round(gray.height * scale))), Image.Resampling.BOX
        )
    return gray.filter(ImageFilter.UnsharpMask(radius=2, percent=250, threshold=0)), scale, {}


_RETRIES: tuple[_Variant, ...] = (
    _as_is,
    _global_histogram,
    _downscaled,
    _upscaled,
    _smoothed,
    _fixed_threshold,
    _sharpened,
)


def _read(gray: Image.Image, *, scale: float, **options: Any) -> list[ScanResult]:
    # zxing-cpp takes one format where its stubs ask for a set of them
    barcodes = zxingcpp.read_barcodes(gray, formats=_QR, return_errors=True, **options)  # type: ignore[arg-type]
    return [_result_from(barcode, scale) for barcode in barcodes]


def _result_from(barcode: Any, scale: float) -> ScanResult:
    position = barcode.position
    corners: Corners = tuple(  # type: ignore[assignment]
        (point.x / scale, point.y / scale)
        for point in (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    )
    extra = barcode.extra if isinstance(barcode.extra, dict) else {}
    version = _int_or_none(extra.get("Version"))
    modules = 17 + 4 * version if version else _UNKNOWN_VERSION_MODULES
    side = sum(_distance(corners[i], corners[(i + 1) % 4]) for i in range(4)) / 4
    used = extra.get("UEC")
    error = None if barcode.valid else (str(barcode.error) if barcode.error else "unreadable")
    return ScanResult(
        text=barcode.text if barcode.valid else "",
        corners=corners,
        symbol_version=version,
        ec_level=(barcode.ec_level or extra.get("ECLevel") or None),
        module_size_px=side / modules,
        error_correction_used=float(used) if isinstance(used, (int, float)) else None,
        error=error,
    )


def _scaled(result: ScanResult, factor: float) -> ScanResult:
    corners: Corners = tuple((x * factor, y * factor) for x, y in result.corners)  # type: ignore[assignment]
    return replace(result, corners=corners, module_size_px=result.module_size_px * factor)


def _unique(results: list[ScanResult]) -> list[ScanResult]:
    """zxing can report one symbol more than once (several detector passes, or read and
    unreadable both): keep one per place, a decoded one first."""
    kept: list[ScanResult] = []
    for result in sorted(results, key=lambda r: not r.decoded):
        centre = _centre(result.corners)
        if any(
            (k.text == result.text or not result.decoded)
            and _distance(centre, _centre(k.corners)) < 2 * max(k.module_size_px, result.module_size_px)
            for k in kept
        ):
            continue
        kept.append(result)
    return kept


def _to_gray(image: Image.Image | Any) -> Image.Image:
    if not isinstance(image, Image.Image):
        if not hasattr(image, "__array_interface__"):
            raise InputError(Message("scan.not_scannable"))
        image = Image.fromarray(image)
    return _as_l(image)


def _as_l(image: Image.Image) -> Image.Image:
    if image.mode == "L":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flattened = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flattened.alpha_composite(rgba)
        return flattened.convert("L")
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        return _wide_to_l(image)
    return image.convert("L")


def _wide_to_l(image: Image.Image) -> Image.Image:
    """16-bit and float scans: stretch their real range onto 0..255 instead of clipping."""
    as_float = image.convert("F")
    low, high = cast("tuple[float, float]", as_float.getextrema())
    if high <= low:
        return Image.new("L", image.size, 255)
    return as_float.point(lambda v: (v - low) * 255.0 / (high - low)).convert("L")


def _render(page: Any, dpi: int) -> tuple[Image.Image, float]:
    """The page as a grayscale image and the scale used (pixels per point): `dpi / 72`,
    or less for a page too large to hold at `dpi` (see _MAX_PAGE_PIXELS)."""
    width, height = (max(1.0, abs(side)) for side in page.get_size())
    scale = min(dpi / 72, math.sqrt(_MAX_PAGE_PIXELS / (width * height)), _MAX_PAGE_SIDE_PX / max(width, height))
    return page.render(scale=scale, grayscale=True, may_draw_forms=True).to_pil(), scale


def _display_name(source: str | Path | bytes) -> str:
    return "This PDF" if isinstance(source, bytes) else Path(source).name


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _percentile(histogram: list[int], fraction: float) -> int:
    total = sum(histogram)
    target = fraction * total
    running = 0
    for value, count in enumerate(histogram):
        running += count
        if running >= target:
            return value
    return len(histogram) - 1


def _variance(histogram: list[int]) -> float:
    total = sum(histogram)
    if not total:
        return 0.0
    mean = sum(v * c for v, c in enumerate(histogram)) / total
    return sum(c * (v - mean) ** 2 for v, c in enumerate(histogram)) / total


def _distance(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _centre(corners: Corners) -> Point:
    return (sum(x for x, _ in corners) / 4, sum(y for _, y in corners) / 4)


def _area(corners: Corners) -> float:
    total = 0.0
    for i in range(4):
        (x1, y1), (x2, y2) = corners[i], corners[(i + 1) % 4]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


__all__ = [
    "HOLD_STILL",
    "KEEP_IN_FRAME",
    "MOVE_CLOSER",
    "TILT_LESS",
    "TOO_MUCH_GLARE",
    "RegionQuality",
    "advice_for",
    "ScanResult",
    "guidance",
    "measure_code_region",
    "open_image",
    "perspective_of",
    "scan_file",
    "scan_frame",
    "scan_image",
    "scan_pdf",
]
