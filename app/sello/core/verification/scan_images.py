"""Images as the scanner reads them: files opened safely and upright, any mode turned grey.

`open_image` checks the pixel count before any pixel is decoded; `to_gray` flattens
transparency onto white and stretches 16-bit and float scans onto 0..255.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any, cast

from PIL import Image, ImageOps, UnidentifiedImageError

from sello.core.errors import InputError
from sello.core.i18n import Message

_MAX_PIXELS = 120_000_000  # a 300 dpi A0 poster; beyond that is not a document photo
_MAX_SIDE_PX = 65_535  # zxing-cpp's limit for either side


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


def to_gray(image: Image.Image | Any) -> Image.Image:
    if not isinstance(image, Image.Image):
        if not hasattr(image, "__array_interface__"):
            raise InputError(Message("scan.not_scannable"))
        image = Image.fromarray(image)
    return as_l(image)


def as_l(image: Image.Image) -> Image.Image:
    if image.mode == "L":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flattened = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flattened.alpha_composite(rgba)
        return flattened.convert("L")
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        return wide_to_l(image)
    return image.convert("L")


def wide_to_l(image: Image.Image) -> Image.Image:
    """16-bit and float scans: stretch their real range onto 0..255 instead of clipping."""
    as_float = image.convert("F")
    low, high = cast("tuple[float, float]", as_float.getextrema())
    if high <= low:
        return Image.new("L", image.size, 255)
    return as_float.point(lambda v: (v - low) * 255.0 / (high - low)).convert("L")
