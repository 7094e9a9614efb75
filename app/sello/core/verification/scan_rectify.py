"""Re-sample a located but unreadable code flat (issue 19: curled and creased paper).

zxing-cpp reports where it saw a code it could not read (its four outer corners). A code on
curled or folded paper is not a flat quadrilateral: its rows bow, or kink at the fold, and
its module pitch changes across it. Here

1. the corners give a first, flat estimate (a homography);
2. in that flat view the code's true outline is traced: along lines across each side, from
   inside the code outward, the last dark pixel before the white quiet zone (text printed
   beyond the quiet zone is never reached), the outermost within a few modules along the
   side (a light module on the edge does not dent it);
3. the code is re-sampled through a Coons patch spanned by the four traced sides, so the
   outline becomes a square and the rows straight;
4. the timing patterns (`scan_timing`) then tell where each module row and column really
   is, and the code is re-sampled once more with modules of equal size, for zxing to read.

Pillow and the standard library only; 50-150 ms per located code (at most `MAX_TRIES`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PIL import Image, ImageFilter

from sello.core.verification.scan_result import ScanResult, centre, distance
from sello.core.verification.scan_timing import MODULE_PX, QUIET, timing_map

INSIDE, OUTSIDE = 6.0, 3.5  # modules inside and outside the flat estimate where the outline is looked for
QUIET_RUN = 2.5  # modules of light that mark the quiet zone
ENVELOPE = 3  # modules either side: a dark module within them marks the outline
MESH_CELLS = 24
MAX_TRIES = 4  # located codes (distinct places or corner estimates) re-sampled at most


def read_rectified(
    gray: Image.Image, located: list[ScanResult], read: Callable[[Image.Image], list[ScanResult]]
) -> list[ScanResult]:
    """Codes that were located but not read, each re-sampled flat and read again with `read`
    (every part of a multi-part code); a decoded one keeps where it was found in `gray`."""
    tried: list[ScanResult] = []
    decoded: list[ScanResult] = []
    for found in located:
        if found.decoded or found.modules is None or len(tried) >= MAX_TRIES:
            continue
        if any(_same_estimate(found, other) for other in tried) or any(_same_place(found, d) for d in decoded):
            continue
        tried.append(found)
        for flat in rectified(gray, found):
            read_flat = [r for r in read(flat) if r.decoded]
            if read_flat:
                used = read_flat[0].error_correction_used
                decoded.append(replace(found, text=read_flat[0].text, error=None, error_correction_used=used))
                break
    return decoded


def _same_place(a: ScanResult, b: ScanResult) -> bool:
    return distance(centre(a.corners), centre(b.corners)) < 2 * max(a.module_size_px, b.module_size_px)


def _same_estimate(a: ScanResult, b: ScanResult) -> bool:
    """Two finds of one code whose corners agree to within a module."""
    return a.modules == b.modules and all(
        distance(p, q) < max(a.module_size_px, b.module_size_px) for p, q in zip(a.corners, b.corners, strict=True)
    )


def rectified(gray: Image.Image, found: ScanResult) -> list[Image.Image]:
    """The code `found` in `gray`, re-sampled flat with its quiet zone: spaced by its timing
    patterns, then only straightened (in case the patterns misled); none when its size in
    modules is unknown."""
    n = found.modules
    if n is None:
        return []
    side = (n + 2 * QUIET) * MODULE_PX
    to_source = _homography_from_unit(found.corners)
    flat = _warp(gray, side, lambda s, t: to_source(_unit(s, n), _unit(t, n)))
    top, bottom, left, right = _outline(flat, n)
    q, far = QUIET * MODULE_PX, (QUIET + n) * MODULE_PX
    # the traced corners, each the meeting of two sides
    p00 = (q + left(0), q + top(0))
    p10 = (far - right(0), q + top(1))
    p01 = (q + left(1), far - bottom(0))
    p11 = (far - right(1), far - bottom(1))

    def coons(s: float, t: float) -> tuple[float, float]:
        """The code's point (s, t), 0..1 across it, in the flat view (pixels)."""
        top_x, bottom_x = p00[0] + s * (p10[0] - p00[0]), p01[0] + s * (p11[0] - p01[0])
        left_y, right_y = p00[1] + t * (p01[1] - p00[1]), p10[1] + t * (p11[1] - p10[1])
        sides_x = (1 - t) * top_x + t * bottom_x + (1 - s) * (q + left(t)) + s * (far - right(t))
        sides_y = (1 - t) * (q + top(s)) + t * (far - bottom(s)) + (1 - s) * left_y + s * right_y
        corner_x = (1 - s) * (1 - t) * p00[0] + s * (1 - t) * p10[0] + (1 - s) * t * p01[0] + s * t * p11[0]
        corner_y = (1 - s) * (1 - t) * p00[1] + s * (1 - t) * p10[1] + (1 - s) * t * p01[1] + s * t * p11[1]
        return sides_x - corner_x, sides_y - corner_y

    def source(x: float, y: float) -> tuple[float, float]:
        fx, fy = coons(_unit(x, n), _unit(y, n))
        return to_source(_unit(fx / MODULE_PX, n), _unit(fy / MODULE_PX, n))

    straight = _warp(gray, side, source)
    rows = timing_map(straight, n, vertical=True, at=QUIET + 6.5)
    columns = timing_map(straight, n, vertical=False, at=rows(QUIET + 6.5) / MODULE_PX if rows else QUIET + 6.5)
    if rows is None and columns is None:
        return [straight]

    def spaced(x: float, y: float) -> tuple[float, float]:
        """The module (x, y) where the timing patterns put it in `straight`, then back to `gray`."""
        sx = columns(x) / MODULE_PX if columns else x
        sy = rows(y) / MODULE_PX if rows else y
        return source(sx, sy)

    return [_warp(gray, side, spaced), straight]


def _unit(value: float, n: int) -> float:
    """Module coordinate in the re-sampled image (quiet zone included) -> 0..1 across the code."""
    return (value - QUIET) / n


def _warp(gray: Image.Image, side: int, source: Callable[[float, float], tuple[float, float]]) -> Image.Image:
    """A side x side image whose point (x, y), in modules, shows `gray` at `source(x, y)`."""
    cells, step = MESH_CELLS, side / MESH_CELLS
    mesh = []
    for i in range(cells):
        for j in range(cells):
            x0, x1, y0, y1 = i * step, (i + 1) * step, j * step, (j + 1) * step
            corners = [source(x / MODULE_PX, y / MODULE_PX) for x, y in ((x0, y0), (x0, y1), (x1, y1), (x1, y0))]
            mesh.append(((round(x0), round(y0), round(x1), round(y1)), tuple(c for point in corners for c in point)))
    return gray.transform((side, side), Image.Transform.MESH, mesh, Image.Resampling.BICUBIC, fillcolor=255)


def _outline(flat: Image.Image, n: int) -> list[Callable[[float], float]]:
    """The code's four sides in the flat view, as the inward offset (pixels) from the flat
    estimate at each fraction 0..1 along the side: top, bottom, left, right."""
    smooth = flat.filter(ImageFilter.BoxBlur(1))
    background = flat.filter(ImageFilter.BoxBlur(MODULE_PX * 4))
    pixels, paper = smooth.load(), background.load()
    assert pixels is not None and paper is not None
    q, span = QUIET * MODULE_PX, n * MODULE_PX
    inside, outside = round(INSIDE * MODULE_PX), round(OUTSIDE * MODULE_PX)
    samples = 2 * n

    def edge(along: float, inward: Callable[[float, int], tuple[int, int]]) -> float | None:
        """From inside the code outward, the last dark pixel before the quiet zone (a light run
        of QUIET_RUN modules): text printed beyond the quiet zone is never reached. None
        when the line starts in a light patch."""
        last_dark: float | None = None
        light = 0
        for depth in range(inside, -outside - 1, -1):
            x, y = inward(along, depth)
            if pixels[x, y] < 0.75 * paper[x, y]:  # type: ignore[operator]
                last_dark, light = float(depth), 0
            else:
                light += 1
                if light >= QUIET_RUN * MODULE_PX:
                    break
        return last_dark

    last = q + span - 1
    sides: list[Callable[[float, int], tuple[int, int]]] = [
        lambda a, d: (round(q + a * span), q + d),
        lambda a, d: (round(q + a * span), last - d),
        lambda a, d: (q + d, round(q + a * span)),
        lambda a, d: (last - d, round(q + a * span)),
    ]
    curves = []
    for inward in sides:
        raw = [edge((i + 0.5) / (samples + 1), inward) for i in range(samples + 1)]
        window = ENVELOPE * 2  # samples are half a module apart
        envelope = []
        for i in range(len(raw)):
            near = sorted(v for v in raw[max(0, i - window) : i + window + 1] if v is not None)
            envelope.append(near[0] if near else 0.0)  # the outer quarter: a stray line does not count
        curves.append(_interpolated(_median(envelope, 2)))
    return curves


def _median(values: list[float], half: int) -> list[float]:
    return [
        sorted(values[max(0, i - half) : i + half + 1])[len(values[max(0, i - half) : i + half + 1]) // 2]
        for i in range(len(values))
    ]


def _interpolated(values: list[float]) -> Callable[[float], float]:
    last = len(values) - 1

    def at(u: float) -> float:
        position = min(max(u, 0.0), 1.0) * last
        i = min(int(position), last - 1)
        return values[i] + (position - i) * (values[i + 1] - values[i])

    return at


def _homography_from_unit(corners: tuple[tuple[float, float], ...]) -> Callable[[float, float], tuple[float, float]]:
    """The projective map taking the unit square's corners (0,0) (1,0) (1,1) (0,1) to `corners`."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = corners
    dx1, dx2, dx3 = x1 - x2, x3 - x2, x0 - x1 + x2 - x3
    dy1, dy2, dy3 = y1 - y2, y3 - y2, y0 - y1 + y2 - y3
    det = dx1 * dy2 - dx2 * dy1
    g = (dx3 * dy2 - dx2 * dy3) / det if det else 0.0
    h = (dx1 * dy3 - dx3 * dy1) / det if det else 0.0
    a, b, c = x1 - x0 + g * x1, x3 - x0 + h * x3, x0
    d, e, f = y1 - y0 + g * y1, y3 - y0 + h * y3, y0

    def apply(s: float, t: float) -> tuple[float, float]:
        w = g * s + h * t + 1
        return ((a * s + b * t + c) / w, (d * s + e * t + f) / w)

    return apply
