"""What a QR scan finds: `ScanResult`, built from zxing-cpp's barcodes, and the plane
geometry of its corners (distances, centres, areas) that decoding and guidance share."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

Point = tuple[float, float]
Corners = tuple[Point, Point, Point, Point]

UNKNOWN_VERSION_MODULES = 57  # when zxing could not read the version: a mid-size symbol


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


def result_from(barcode: Any, scale: float) -> ScanResult:
    """A zxing-cpp barcode found in an image resized by `scale`, in the original's pixels."""
    position = barcode.position
    corners: Corners = tuple(  # type: ignore[assignment]
        (point.x / scale, point.y / scale)
        for point in (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    )
    extra = barcode.extra if isinstance(barcode.extra, dict) else {}
    version = _int_or_none(extra.get("Version"))
    modules = 17 + 4 * version if version else UNKNOWN_VERSION_MODULES
    side = sum(distance(corners[i], corners[(i + 1) % 4]) for i in range(4)) / 4
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


def scaled(result: ScanResult, factor: float) -> ScanResult:
    """`result` with its corners and module size multiplied by `factor`."""
    corners: Corners = tuple((x * factor, y * factor) for x, y in result.corners)  # type: ignore[assignment]
    return replace(result, corners=corners, module_size_px=result.module_size_px * factor)


def unstretched(result: ScanResult, fx: float, fy: float) -> ScanResult:
    """`result` found in an image resized by `fx` across and `fy` down, in the original's pixels."""
    corners: Corners = tuple((x / fx, y / fy) for x, y in result.corners)  # type: ignore[assignment]
    return replace(result, corners=corners, module_size_px=result.module_size_px / math.sqrt(fx * fy))


def unique(results: list[ScanResult]) -> list[ScanResult]:
    """zxing can report one symbol more than once (several detector passes, or read and
    unreadable both): keep one per place, a decoded one first."""
    kept: list[ScanResult] = []
    for result in sorted(results, key=lambda r: not r.decoded):
        here = centre(result.corners)
        if any(
            (k.text == result.text or not result.decoded)
            and distance(here, centre(k.corners)) < 2 * max(k.module_size_px, result.module_size_px)
            for k in kept
        ):
            continue
        kept.append(result)
    return kept


def distance(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def centre(corners: Corners) -> Point:
    return (sum(x for x, _ in corners) / 4, sum(y for _, y in corners) / 4)


def area(corners: Corners) -> float:
    total = 0.0
    for i in range(4):
        (x1, y1), (x2, y2) = corners[i], corners[(i + 1) % 4]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
