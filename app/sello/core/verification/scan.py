"""Read QR codes from still images and PDF pages, and advise the person holding the paper.

The scanning engine, in modules of one job each:

- `scan_result`: `ScanResult`, what a scan finds, and the geometry of its corners;
- `scan_images`: `open_image` (files opened safely, upright) and grey conversion;
- `scan_decode`: `scan_image` (zxing-cpp, then cheap retries) and `scan_frame` (the
  camera's single fast pass);
- `scan_pdf_pages`: `scan_pdf`, every page of a PDF;
- `scan_guidance`: `guidance` and `advice_for` from what was seen but not read.

This module is the one entry point the rest of Sello imports; `scan_file` picks image
or PDF by the file's first bytes. No Qt here: the camera pipeline hands frames in as
grayscale PIL images.
"""

from __future__ import annotations

from pathlib import Path

from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.verification.scan_decode import scan_frame, scan_image
from sello.core.verification.scan_guidance import (
    HOLD_STILL,
    KEEP_IN_FRAME,
    MAX_CORNER_SKEW_DEG,
    MAX_GLARE,
    MAX_SIDE_RATIO,
    MIN_MODULE_PX,
    MIN_SHARPNESS,
    MOVE_CLOSER,
    TILT_LESS,
    TOO_MUCH_GLARE,
    RegionQuality,
    advice_for,
    guidance,
    measure_code_region,
    perspective_of,
)
from sello.core.verification.scan_images import open_image
from sello.core.verification.scan_pdf_pages import scan_pdf
from sello.core.verification.scan_result import Corners, Point, ScanResult

_PDF_MAGIC = b"%PDF-"


def scan_file(path: str | Path) -> list[ScanResult]:
    """Every QR code in an image file (PNG, JPEG, TIFF, BMP, WebP...) or a PDF."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError as exc:
        raise InputError(Message("scan.no_file", name=path.name)) from exc
    except IsADirectoryError as exc:
        raise InputError(Message("scan.is_folder", name=path.name)) from exc
    except OSError as exc:
        raise InputError(Message("scan.unreadable", name=path.name, value=exc.strerror or str(exc))) from exc
    if _PDF_MAGIC in head:
        return scan_pdf(path)
    return scan_image(open_image(path))


__all__ = [
    "HOLD_STILL",
    "KEEP_IN_FRAME",
    "MAX_CORNER_SKEW_DEG",
    "MAX_GLARE",
    "MAX_SIDE_RATIO",
    "MIN_MODULE_PX",
    "MIN_SHARPNESS",
    "MOVE_CLOSER",
    "TILT_LESS",
    "TOO_MUCH_GLARE",
    "Corners",
    "Point",
    "RegionQuality",
    "ScanResult",
    "advice_for",
    "guidance",
    "measure_code_region",
    "open_image",
    "perspective_of",
    "scan_file",
    "scan_frame",
    "scan_image",
    "scan_pdf",
]
