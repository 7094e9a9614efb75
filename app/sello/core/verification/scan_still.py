"""Still-image retries for marks and light on the paper (issue 19): what `scan_decode` tries
after its cheap variants read nothing.

- `dark_ink_only`: a rubber stamp over the code. Stamp ink is mid-grey where printed modules
  are black, so a threshold well below the stamp's grey keeps the modules and drops the stamp;
  a pen signature as dark as the modules stays and is left to the code's error correction.
"""

from __future__ import annotations

from typing import Any

import zxingcpp
from PIL import Image, ImageFilter, ImageOps

DARK_INK_SHARE = 0.3  # of the range from darkest to lightest: printed modules are below, stamp ink above
SMALL_SIDE_PX = 1200  # images up to this size are read at twice it (modules of a few pixels)


def dark_ink_only(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Only what is nearly as dark as the darkest ink, black on white, and thinned by a pixel
    (at twice the size) so that a pen stroke crossing a light module covers less of it."""
    scale = 2.0 if max(gray.size) <= SMALL_SIDE_PX else 1.0
    if scale != 1.0:
        gray = gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.BICUBIC)
    cut = round(255 * DARK_INK_SHARE)
    bilevel = ImageOps.autocontrast(gray, cutoff=1).point(lambda v: 255 if v > cut else 0)
    return bilevel.filter(ImageFilter.MaxFilter(3)), scale, {"binarizer": zxingcpp.Binarizer.FixedThreshold}
