"""Measure the straight smear of a hand that moved while the camera exposed: its direction
and its length in pixels (for `scan_deblur`).

Direction: a smear wipes out the image's gradients along its path and keeps those across
it, so the grey-level structure tensor (the mean of ∇I ∇Iᵀ) has its smallest eigenvector
along the smear. A sharp print's modules and letters have no preferred direction, so the
ratio of the two eigenvalues (near 1 when sharp, 5-10 for a smear of 3-6 modules) says
whether there is a smear at all. Length: along the smear, the derivative of a box-smeared
image is most anti-correlated with itself at a lag of the smear's length; the lag is
refined between pixels by a parabola through the minimum and its two neighbours.

Pillow only: derivatives and products are `ImageMath` on float images, means are a
resize to one pixel.
"""

from __future__ import annotations

import math

from PIL import Image, ImageMath

MIN_ANISOTROPY = 2.5  # eigenvalue ratio of the structure tensor; sharp prints are near 1
MIN_LENGTH_PX, MAX_LENGTH_PX = 4, 60
MAX_CORRELATION = -0.05  # the derivative's self-correlation at the smear length is below this


def smear_turn(gray: Image.Image) -> float | None:
    """The rotation that makes the smear horizontal, or None when gradients have no strongly
    preferred direction (no smear)."""
    image = gray.convert("F")
    width, height = image.size
    margin = min(width, height) // 8  # the page edge and whatever lies beyond it are not the code
    dx = _across(
        ImageMath.lambda_eval(lambda a: a["r"] - a["l"], r=_shifted(image, -1, 0), l=_shifted(image, 1, 0)), 0, 1
    )
    dy = _across(
        ImageMath.lambda_eval(lambda a: a["d"] - a["u"], d=_shifted(image, 0, -1), u=_shifted(image, 0, 1)), 1, 0
    )
    box = (margin, margin, width - margin, height - margin)
    dx, dy = dx.crop(box), dy.crop(box)
    xx = _mean(ImageMath.lambda_eval(lambda a: a["x"] * a["x"], x=dx))
    yy = _mean(ImageMath.lambda_eval(lambda a: a["y"] * a["y"], y=dy))
    xy = _mean(ImageMath.lambda_eval(lambda a: a["x"] * a["y"], x=dx, y=dy))
    half_trace = (xx + yy) / 2
    spread = math.sqrt(max(0.0, half_trace * half_trace - (xx * yy - xy * xy)))
    if half_trace - spread <= 0 or (half_trace + spread) / (half_trace - spread) < MIN_ANISOTROPY:
        return None
    strongest = math.degrees(0.5 * math.atan2(2 * xy, xx - yy))  # image axes, y down
    return (strongest + 90.0) % 180.0  # the smear runs across the strongest gradients


def smear_length(turned: Image.Image) -> float | None:
    """The length in pixels of a horizontal smear, or None when no lag stands out."""
    side = min(turned.size) * 6 // 10
    left, top = (turned.width - side) // 2, (turned.height - side) // 2
    centre = turned.crop((left, top, left + side, top + side)).convert("F")
    derivative = ImageMath.lambda_eval(lambda a: a["a"] - a["b"], a=centre, b=_shifted(centre, 1, 0))
    energy = _mean(ImageMath.lambda_eval(lambda a: a["d"] * a["d"], d=derivative))
    longest = min(MAX_LENGTH_PX, side // 3)
    if energy <= 0 or longest <= MIN_LENGTH_PX:
        return None
    correlation = {lag: _self_correlation(derivative, lag) / energy for lag in range(MIN_LENGTH_PX - 1, longest + 1)}
    best = min(range(MIN_LENGTH_PX, longest), key=correlation.__getitem__)
    if correlation[best] > MAX_CORRELATION:
        return None
    before, at, after = correlation[best - 1], correlation[best], correlation[best + 1]
    curvature = before - 2 * at + after
    return best + (0.5 * (before - after) / curvature if curvature > 0 else 0.0)


def _across(derivative: Image.Image, dx: int, dy: int) -> Image.Image:
    """A derivative smoothed 1:8:1 across its direction. The plain central difference turns
    the measured direction up to ~2° one way and Sobel's 1:2:1 the other way; 1:8:1 keeps it
    within ~1° (3-6 module smears, any direction)."""
    return ImageMath.lambda_eval(
        lambda a: (a["b"] + a["c"] * 8 + a["a"]) / 10,
        b=_shifted(derivative, dx, dy),
        c=derivative,
        a=_shifted(derivative, -dx, -dy),
    )


def _self_correlation(image: Image.Image, lag: int) -> float:
    """Mean of the image times itself moved `lag` pixels along rows (the overlap only)."""
    width, height = image.size
    return _mean(
        ImageMath.lambda_eval(
            lambda a: a["a"] * a["b"], a=image.crop((lag, 0, width, height)), b=image.crop((0, 0, width - lag, height))
        )
    )


def _shifted(image: Image.Image, dx: float, dy: float) -> Image.Image:
    """The image moved by (dx, dy) pixels (bilinear between pixels)."""
    return image.transform(image.size, Image.Transform.AFFINE, (1, 0, -dx, 0, 1, -dy), Image.Resampling.BILINEAR)


def _mean(image: Image.Image) -> float:
    return float(image.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0)))  # type: ignore[arg-type]
