"""Undo the straight smear of a hand that moved while the camera exposed (motion blur).

A still image where nothing was read is checked for a smear: its edges are much weaker
along one direction than across it. If so, the smear's length is measured along that
direction (the derivative of a box-smeared image is anti-correlated with itself at the
smear's length), the image is turned so the smear is horizontal, and Richardson-Lucy
deconvolution with a horizontal box of that length restores the modules. Pillow only:
the box blur is `ImageFilter.BoxBlur((r, 0))`, the arithmetic `ImageMath` on float images.

Costly (one to three seconds for a 1,000-pixel image), so it is the last retry for still images
and never runs on camera frames (the next frame is their retry).
"""

from __future__ import annotations

from collections.abc import Iterator

from PIL import Image, ImageFilter, ImageMath

WORK_SIDE_PX = 1000  # images are reduced to this first: the smear is a few modules, not pixels
MIN_ANISOTROPY = 1.6  # edge strength across / along the smear; a sharp print is near 1
MIN_LENGTH_PX, MAX_LENGTH_PX = 4, 60
ITERATIONS = 80
LENGTH_TRIES = (0.0, -1.5)  # the measured length, then a little shorter (the measure runs long)
PRE_SMOOTH = 1.0  # box radius across the smear against sensor noise, which deconvolution amplifies
_ANGLES = range(0, 180, 10)
_RATIO_SCALE = 100.0  # the ratio image (around 1.0) is blurred as 8-bit pixels at this scale


def deblurred(gray: Image.Image) -> Iterator[tuple[Image.Image, float]]:
    """Restored copies of the image (and the scale each was reduced by), one per smear length
    tried; none when the image shows no smear worth undoing."""
    factor = min(1.0, WORK_SIDE_PX / max(gray.size))
    small = gray if factor == 1.0 else gray.resize((round(gray.width * factor), round(gray.height * factor)))
    angle = _smear_angle(small)
    if angle is None:
        return
    turned = small.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    length = _smear_length(turned)
    if length is None:
        return
    for change in LENGTH_TRIES:
        restored = _richardson_lucy(turned, length + change)
        back = restored.rotate(-angle, Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        left, top = (back.width - small.width) // 2, (back.height - small.height) // 2
        yield back.crop((left, top, left + small.width, top + small.height)), factor


def _edge_energy(gray: Image.Image, horizontal: bool) -> float:
    """Mean absolute difference between neighbouring pixels, across columns or rows."""
    kernel = (0, 0, 0, -1, 1, 0, 0, 0, 0) if horizontal else (0, -1, 0, 0, 1, 0, 0, 0, 0)
    edges = gray.filter(ImageFilter.Kernel((3, 3), kernel, scale=1, offset=128))
    histogram = edges.histogram()
    total = sum(histogram) or 1
    return sum(abs(value - 128) * count for value, count in enumerate(histogram)) / total


def _smear_angle(gray: Image.Image) -> float | None:
    """The rotation (degrees, counter-clockwise) that makes the smear horizontal, or None:
    every 10 degrees, then every 2 degrees around the best."""
    side = min(gray.size) * 7 // 10

    def anisotropy(angle: float) -> float:
        turned = gray.rotate(angle, Image.Resampling.BILINEAR)
        left, top = (turned.width - side) // 2, (turned.height - side) // 2
        centre = turned.crop((left, top, left + side, top + side))
        return _edge_energy(centre, False) / max(_edge_energy(centre, True), 1e-6)

    best = max(((float(angle), anisotropy(angle)) for angle in _ANGLES), key=lambda pair: pair[1])
    if best[1] < MIN_ANISOTROPY:
        return None
    fine = [(best[0] + step, anisotropy(best[0] + step)) for step in (-6, -4, -2, 2, 4, 6)]
    return max([best, *fine], key=lambda pair: pair[1])[0]


def _mean(image: Image.Image) -> float:
    return float(image.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0)))  # type: ignore[arg-type]


def _smear_length(gray: Image.Image) -> float | None:
    """The smear's length in pixels along rows: the lag where the row derivative is most
    anti-correlated with itself, or None when no lag stands out."""
    side = min(gray.size) * 6 // 10
    left, top = (gray.width - side) // 2, (gray.height - side) // 2
    centre = gray.crop((left, top, left + side, top + side)).convert("F")
    shifted = centre.transform(centre.size, Image.Transform.AFFINE, (1, 0, -1, 0, 1, 0))
    derivative = ImageMath.lambda_eval(lambda a: a["a"] - a["b"], a=centre, b=shifted)
    energy = _mean(ImageMath.lambda_eval(lambda a: a["d"] * a["d"], d=derivative))
    if energy <= 0:
        return None
    best: tuple[int, float] | None = None
    for lag in range(MIN_LENGTH_PX, min(MAX_LENGTH_PX, side // 3)):
        lagged = derivative.transform(derivative.size, Image.Transform.AFFINE, (1, 0, -lag, 0, 1, 0))
        correlation = _mean(ImageMath.lambda_eval(lambda a: a["d"] * a["e"], d=derivative, e=lagged)) / energy
        if best is None or correlation < best[1]:
            best = (lag, correlation)
    if best is None or best[1] > -0.05:
        return None
    return float(best[0])


def _box(image: Image.Image, radius: float, scale: float) -> Image.Image:
    """Blur a float image along rows with a box of width 2 * radius + 1 (through 8 bits)."""
    as_bytes = ImageMath.lambda_eval(lambda a: a["i"] * scale, i=image).convert("L")
    blurred = as_bytes.filter(ImageFilter.BoxBlur((radius, 0))).convert("F")
    return ImageMath.lambda_eval(lambda a: a["b"] / scale, b=blurred)


def _richardson_lucy(gray: Image.Image, length: float) -> Image.Image:
    radius = max(0.0, (length - 1) / 2)
    gray = gray.filter(ImageFilter.BoxBlur((0, PRE_SMOOTH)))
    observed = gray.convert("F")
    estimate = observed
    for _ in range(ITERATIONS):
        ratio = ImageMath.lambda_eval(lambda a: a["o"] / (a["c"] + 1.0), o=observed, c=_box(estimate, radius, 1.0))
        correction = _box(ratio, radius, _RATIO_SCALE)
        estimate = ImageMath.lambda_eval(lambda a: a["e"] * a["q"], e=estimate, q=correction)
    return estimate.convert("L")
