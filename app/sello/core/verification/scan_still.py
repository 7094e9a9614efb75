"""Still-image retries for marks and light on the paper (issue 19): what `scan_decode` tries
after its cheap variants read nothing.

- `dark_ink_only`: a rubber stamp over the code. Stamp ink is mid-grey where printed modules
  are black, so a threshold well below the stamp's grey keeps the modules and drops the stamp;
  a pen signature as dark as the modules stays and is left to the code's error correction.
- `local_contrast`: glare on glossy paper lifts the modules under it toward white, and a
  curl's shading darkens a flank. Each pixel is stretched between the darkest and the
  lightest within a module or two of it, so a module is dark or light against its
  neighbours, not against the whole picture.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import zxingcpp
from PIL import Image, ImageFilter, ImageMath, ImageOps

DARK_INK_SHARE = 0.3  # of the range from darkest to lightest: printed modules are below, stamp ink above
SMALL_SIDE_PX = 1200  # images up to this size are read at twice it (modules of a few pixels)
LARGE_SIDE_PX = 1600  # larger ones are reduced to this
CONTRAST_FLOOR = 6  # grey levels: where there is no contrast at all (paper), noise is not stretched to black


def dark_ink_only(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Only what is nearly as dark as the darkest ink, black on white, and thinned by a pixel
    (at twice the size) so that a pen stroke crossing a light module covers less of it."""
    gray, scale = _working_size(gray, 2.0)
    cut = round(255 * DARK_INK_SHARE)
    bilevel = ImageOps.autocontrast(gray, cutoff=1).point(lambda v: 255 if v > cut else 0)
    return bilevel.filter(ImageFilter.MaxFilter(3)), scale, {"binarizer": zxingcpp.Binarizer.FixedThreshold}


def local_contrast(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Each pixel between its neighbourhood's darkest and lightest (0 and 255), black on white
    at twice the size for small images."""
    gray, reduced = _working_size(gray, 1.0)
    low, high = _envelope(gray, ImageFilter.MinFilter), _envelope(gray, ImageFilter.MaxFilter)
    stretched = ImageMath.lambda_eval(
        lambda a: (a["v"] - a["low"]) * 255 / (a["high"] - a["low"] + CONTRAST_FLOOR),
        v=gray.convert("F"),
        low=low.convert("F"),
        high=high.convert("F"),
    ).convert("L")
    if reduced < 1.0:
        return stretched, reduced, {"binarizer": zxingcpp.Binarizer.FixedThreshold}
    stretched, scale = _working_size(stretched, 2.0)
    return stretched, scale, {"binarizer": zxingcpp.Binarizer.FixedThreshold}


def _working_size(gray: Image.Image, small_factor: float) -> tuple[Image.Image, float]:
    """`gray` at the size these retries work at, and the factor: small images (modules of a
    few pixels) `small_factor` times larger, large scans reduced to `LARGE_SIDE_PX` (the
    filters cost per pixel, and a 300 dpi page's modules stay three pixels wide)."""
    longest = max(gray.size)
    factor = small_factor if longest <= SMALL_SIDE_PX else min(1.0, LARGE_SIDE_PX / longest)
    if factor == 1.0:
        return gray, 1.0
    size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
    resample = Image.Resampling.BICUBIC if factor > 1 else Image.Resampling.BOX
    return gray.resize(size, resample), factor


def _envelope(gray: Image.Image, rank: Callable[[int], ImageFilter.Filter]) -> Image.Image:
    """The darkest (or lightest) within about 7 pixels, smoothed: a 3-pixel rank filter, halved,
    filtered again, and brought back to size (rank filters cost the square of their size)."""
    small = gray.filter(rank(3)).reduce(2).filter(rank(3))
    return small.resize(gray.size, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(2))
