"""Advice for the person holding the paper, from a code that was seen but not read.

`guidance` turns the code's corners and two cheap measures of its region
(`measure_code_region`: sharpness and glare) into one short piece of advice
("Move closer", "Hold still", glare, tilt).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageFilter

from sello.core.verification.scan_images import as_l
from sello.core.verification.scan_result import UNKNOWN_VERSION_MODULES, Corners, ScanResult, area, distance

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


def measure_code_region(gray: Image.Image, result: ScanResult) -> RegionQuality:
    """Sharpness and glare of one code's region (see RegionQuality)."""
    modules = result.modules or UNKNOWN_VERSION_MODULES
    side = modules * _RECTIFIED_MODULE_PX
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = result.corners
    # PIL's QUAD maps the output square from the source corners: upper-left, lower-left,
    # lower-right, upper-right.
    rectified = as_l(gray).transform(
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
    largest = max(results, key=lambda r: area(r.corners))
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
    largest = max(results, key=lambda r: area(r.corners))
    return guidance(results, gray.size, measure_code_region(gray, largest))


def perspective_of(corners: Corners) -> tuple[float, float]:
    """(longest/shortest of opposite sides, worst corner angle away from 90 degrees)."""
    sides = [distance(corners[i], corners[(i + 1) % 4]) for i in range(4)]
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
