"""What a camera and a sheet of paper do to a printed code, for the harsh corpus (issue 19):
depth of field across a tilted page, a webcam lens's barrel distortion, a bent sheet seen
through a pinhole (one column of the flat page at a time), Lambertian shading and a
specular highlight. Pillow only (no numpy): warps are `Image.transform` meshes, varying
blur is a blend of a few uniformly blurred copies.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PIL import Image, ImageChops, ImageFilter

# x on the flat sheet -> (x on the screen, magnification f / depth at that column)
ColumnProjection = Callable[[float], tuple[float, float]]


def graded_blur(image: Image.Image, sigma_at: Callable[[float], float], vertical: bool, levels: int = 6) -> Image.Image:
    """A blur whose radius changes along one axis: `sigma_at(t)`, t from 0 to 1 along x (or y
    when `vertical`), as depth of field does across a page seen at an angle (the blur circle
    grows with |1/depth - 1/focus depth|, which is linear across the image of a plane)."""
    length = image.height if vertical else image.width
    sigmas = [max(0.0, sigma_at(i / max(1, length - 1))) for i in range(length)]
    top = max(sigmas)
    if top < 0.2:
        return image
    steps = [top * k / (levels - 1) for k in range(levels)]
    copies = [image if s < 0.2 else image.filter(ImageFilter.GaussianBlur(s)) for s in steps]
    result = copies[0]
    for k in range(1, levels):
        # weight of copy k over the copies below it: how far sigma has climbed past step k-1
        ramp = [min(1.0, max(0.0, (s - steps[k - 1]) / (steps[k] - steps[k - 1]))) for s in sigmas]
        profile = Image.new("L", (1, length) if vertical else (length, 1))
        profile.putdata([round(255 * r) for r in ramp])
        mask = profile.resize(image.size, Image.Resampling.NEAREST)
        result = Image.composite(copies[k], result, mask)
    return result


def barrel(image: Image.Image, k1: float, fill: int, cells: int = 16) -> Image.Image:
    """A wide-angle webcam lens: a point at normalised radius r (1 = the half diagonal) is seen
    at r (1 - k1 r^2), so straight lines bow outward. Typical webcams: k1 0.05-0.2."""
    w, h = image.size
    cx, cy, half = w / 2, h / 2, math.hypot(w, h) / 2

    def source(x: float, y: float) -> tuple[float, float]:
        # invert r_d = r_u (1 - k1 r_u^2) by fixed-point iteration
        rd = math.hypot(x - cx, y - cy) / half
        ru = rd
        for _ in range(8):
            ru = rd / max(0.2, 1 - k1 * ru * ru)
        ratio = ru / rd if rd > 1e-9 else 1.0
        return (cx + (x - cx) * ratio, cy + (y - cy) * ratio)

    mesh = []
    for i in range(cells):
        for j in range(cells):
            x0, x1 = w * i / cells, w * (i + 1) / cells
            y0, y1 = h * j / cells, h * (j + 1) / cells
            quad = (*source(x0, y0), *source(x0, y1), *source(x1, y1), *source(x1, y0))
            mesh.append(((round(x0), round(y0), round(x1), round(y1)), quad))
    return image.transform((w, h), Image.Transform.MESH, mesh, Image.Resampling.BICUBIC, fillcolor=fill)


def column_warp(image: Image.Image, project: ColumnProjection, fill: int, strips: int = 96) -> Image.Image:
    """A sheet bent about vertical lines (a curl, a fold) seen through a pinhole above it: the
    flat column x lands at screen column u with magnification m, and a point at height y at
    cy + (y - cy) m. `project` must be monotonic in x."""
    w, h = image.size
    cy = h / 2
    table = [(x, *project(x)) for x in _frange(-0.5 * w, 1.5 * w, w / 400)]
    us = [u for _, u, _ in table]
    increasing = us[-1] > us[0]

    def flat_at(u: float) -> tuple[float, float]:
        """The flat column x (and its magnification) seen at screen column u."""
        for (x0, u0, m0), (x1, u1, m1) in zip(table, table[1:], strict=False):
            if (u0 <= u <= u1) if increasing else (u1 <= u <= u0):
                t = 0.0 if u1 == u0 else (u - u0) / (u1 - u0)
                return x0 + t * (x1 - x0), m0 + t * (m1 - m0)
        return (-w, 1.0) if (u < min(us)) == increasing else (2 * w, 1.0)

    mesh = []
    for i in range(strips):
        u0, u1 = w * i / strips, w * (i + 1) / strips
        (x0, m0), (x1, m1) = flat_at(u0), flat_at(u1)
        quad = (x0, cy - cy / m0, x0, cy + (h - cy) / m0, x1, cy + (h - cy) / m1, x1, cy - cy / m1)
        mesh.append(((round(u0), 0, round(u1), h), quad))
    return image.transform((w, h), Image.Transform.MESH, mesh, Image.Resampling.BICUBIC, fillcolor=fill)


def column_shading(image: Image.Image, brightness_at: Callable[[float], float]) -> Image.Image:
    """Multiply each column by `brightness_at(t)` (t from 0 to 1 across), e.g. Lambertian shading."""
    profile = Image.new("L", (image.width, 1))
    profile.putdata(
        [round(255 * min(1.0, max(0.0, brightness_at(i / max(1, image.width - 1))))) for i in range(image.width)]
    )
    return ImageChops.multiply(image, profile.resize(image.size, Image.Resampling.NEAREST))


def specular(
    size: tuple[int, int], centre: tuple[float, float], sigma: float, stretch: float, angle: float
) -> Image.Image:
    """A specular lobe exp(-r^2 / 2 sigma^2), stretched `stretch` times along `angle` (radians):
    the reflection of a lamp or a window on glossy paper. Returned as an 8-bit intensity map."""
    w, h = size
    side = 256
    lobe = Image.new("L", (side, side))
    c, s = math.cos(angle), math.sin(angle)
    values = []
    for y in range(side):
        for x in range(side):
            dx, dy = (x + 0.5) * w / side - centre[0], (y + 0.5) * h / side - centre[1]
            along, across = dx * c + dy * s, -dx * s + dy * c
            r2 = (along / stretch) ** 2 + across**2
            values.append(round(255 * math.exp(-r2 / (2 * sigma * sigma))))
    lobe.putdata(values)
    return lobe.resize(size, Image.Resampling.BILINEAR)


def _frange(start: float, stop: float, step: float) -> list[float]:
    count = int((stop - start) / step) + 1
    return [start + i * step for i in range(count)]
