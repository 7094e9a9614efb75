"""Undo the straight smear of a hand that moved while the camera exposed (motion blur).

A still image where nothing was read is checked for a smear (`scan_smear`: its direction
from the structure tensor, its length from the derivative's self-correlation). The image is
turned so the smear runs along rows, where it is a box of that length, and the sharp image
is recovered by projected gradient descent with Nesterov momentum (FISTA) on the squared
error, each step clipped between black and the paper's grey: a printed code is two-tone,
and that bound is the prior that makes the ill-posed inversion settle on the modules. Only pixels whose whole
smear lies inside the photo enter the error (the photo's edges were smeared with what lies
beyond them), so the edges do not ring into the code.

Pillow only: the box along rows is `ImageFilter.BoxBlur((r, 0))` on 8-bit copies (exact to
half a grey level, far below the sensor's noise), the arithmetic `ImageMath` on float images.

Costly (about a second for a 1,000-pixel image, three at most), so it is the last retry for
still images and never runs on camera frames (the next frame is their retry). The restored
image is offered after each of `CHECKPOINTS` steps; the caller (scan_decode) decodes each,
stops at the first read, and gives up after two looks that show no code at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from PIL import Image, ImageFilter, ImageMath

from sello.core.verification.scan_smear import smear_length, smear_turn

WORK_SIDE_PX = 1000  # images are reduced to this first: the smear is a few modules, not pixels
CHECKPOINTS = (25, 50, 100)  # gradient steps after which the restored image is offered
WHITE_QUANTILE = 0.01  # the brightest 1 % of the photo is paper (see _white)
STEP = 1.0  # the box's norm is 1: FISTA's step is 1 / norm²
_RESIDUAL_SCALE = 0.5  # residuals (±255) are box-blurred as 8-bit pixels at this scale around 128
_EDGE_PX = 2  # beyond half the smear, so interpolation at the photo's edge stays out too


def deblurred(gray: Image.Image) -> Iterator[tuple[Image.Image, float]]:
    """Restored copies of the image (and the scale each was reduced by), better with each;
    none when the image shows no smear worth undoing."""
    factor = min(1.0, WORK_SIDE_PX / max(gray.size))
    small = gray if factor == 1.0 else gray.resize((round(gray.width * factor), round(gray.height * factor)))
    turn = smear_turn(small)
    if turn is None:
        return
    turned = small.rotate(turn, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    length = smear_length(turned)
    if length is None:
        return
    inside = _inside(small.size, turn, length)
    for restored in _restorations(turned, length, inside, _white(small)):
        back = restored.rotate(-turn, Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        left, top = (back.width - small.width) // 2, (back.height - small.height) // 2
        yield back.crop((left, top, left + small.width, top + small.height)), factor


def _inside(size: tuple[int, int], turn: float, length: float) -> Image.Image:
    """1.0 where the photo, turned like the image, holds the pixel and all of its smear; else 0."""
    photo = Image.new("L", size, 255).rotate(turn, Image.Resampling.NEAREST, expand=True, fillcolor=0)
    whole = photo.filter(ImageFilter.BoxBlur((length / 2 + _EDGE_PX, 0)))
    return whole.point(lambda v: 1 if v >= 254 else 0).convert("F")


def _smeared(image: Image.Image, radius: float, *, offset: float = 0.0, scale: float = 1.0) -> Image.Image:
    """A float image smeared along rows by a box of width 2 * radius + 1, through 8 bits:
    image * scale + offset must lie in 0..255."""
    if offset or scale != 1.0:
        image = ImageMath.lambda_eval(lambda a: a["i"] * scale + offset, i=image)
    smeared = image.convert("L").filter(ImageFilter.BoxBlur((radius, 0))).convert("F")
    if offset or scale != 1.0:
        smeared = ImageMath.lambda_eval(lambda a: (a["s"] - offset) / scale, s=smeared)
    return smeared


def _white(gray: Image.Image) -> float:
    """The paper's grey level: what only the brightest 1 % of the photo exceeds. A dim photo's
    paper is far from 255, and the tighter bound restores its modules better (a code at 40..180
    grey, smeared 4-5 modules: 3 of 5 read, against 1 of 5 with 255)."""
    histogram = gray.histogram()
    limit = sum(histogram) * WHITE_QUANTILE
    return float(next(level for level in range(255, -1, -1) if sum(histogram[level:]) > limit))


def _restorations(turned: Image.Image, length: float, inside: Image.Image, white: float) -> Iterator[Image.Image]:
    """FISTA for min |inside * (box * x - observed)|² with 0 <= x <= white, yielding x at each checkpoint."""
    radius = max(0.0, (length - 1) / 2)
    observed = turned.convert("F")
    estimate = previous = observed
    for step in range(1, max(CHECKPOINTS) + 1):
        momentum = (step - 1) / (step + 2)
        ahead = ImageMath.lambda_eval(lambda a: a["x"] + (a["x"] - a["p"]) * a["k"], x=estimate, p=previous, k=momentum)
        residual = ImageMath.lambda_eval(
            lambda a: (a["o"] - a["s"]) * a["m"], o=observed, s=_smeared(ahead, radius), m=inside
        )
        gradient = _smeared(residual, radius, offset=128.0, scale=_RESIDUAL_SCALE)
        previous = estimate
        estimate = ImageMath.lambda_eval(
            lambda a: a["min"](a["max"](a["z"] + a["g"] * STEP, 0.0), a["w"]), z=ahead, g=gradient, w=white
        )
        if step in CHECKPOINTS:
            yield estimate.convert("L")
