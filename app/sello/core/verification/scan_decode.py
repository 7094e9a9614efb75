"""Decode QR codes in grey images with zxing-cpp: one fast pass per camera frame, and for
still images a short list of cheap retries tried only while nothing is read (another
binarizer, a resized copy, a smoothed copy, a sharpened copy), then codes seen but
not read re-sampled flat (`scan_rectify`: curled and creased paper), and last the motion
blur undone (`scan_deblur`).

zxing releases the GIL while it works, so decoding runs well on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import zxingcpp
from PIL import Image, ImageFilter, ImageOps

from sello.core.verification.scan_deblur import deblurred
from sello.core.verification.scan_images import to_gray
from sello.core.verification.scan_rectify import read_rectified
from sello.core.verification.scan_result import ScanResult, result_from, unique, unstretched
from sello.core.verification.scan_still import dark_ink_only, local_contrast

# Only QR Model 2 (every QR printer today); keeps Micro QR false finds out of the results.
_QR = zxingcpp.BarcodeFormat.QRCodeModel2


def scan_image(image: Image.Image | Any, *, include_unreadable: bool = False, deblur: bool = True) -> list[ScanResult]:
    """Every QR code in a still image (PIL image, or an array with __array_interface__).

    Tries the image as is, then cheap variants until something is read. With
    include_unreadable, codes that were located but not decoded come back too
    (with `error` set), for `guidance`. `deblur` False skips the motion-blur retry (rendered
    PDF pages are never smeared).
    """
    gray = to_gray(image)
    seen: list[ScanResult] = []
    located: list[ScanResult] = []
    for variant in _RETRIES:
        prepared, scale, options = variant(gray)
        if prepared is None:
            continue
        results = _read(prepared, scale=scale, **options)
        decoded = [r for r in results if r.decoded]
        if decoded:
            return unique(decoded + ([r for r in results if not r.decoded] if include_unreadable else []))
        if not seen:
            seen = results
        located += results
    read_flat = _read_bent(gray, located)
    if read_flat:
        return unique(read_flat)
    for look, (restored, scale) in enumerate(deblurred(gray) if deblur else ()):  # last resort: a smeared photo
        found = _read_restored(restored, scale)
        decoded = [r for r in found if r.decoded]
        if decoded:
            return unique(decoded)
        if look >= 1 and not found:  # two looks and not even a finder pattern: no code to restore
            break
    return unique(seen) if include_unreadable else []


def _read_bent(gray: Image.Image, located: list[ScanResult]) -> list[ScanResult]:
    """Curled or creased paper: a located code re-sampled flat (`scan_rectify`); else the image
    stretched along one axis, whose squeezed finder patterns zxing may then find, read or
    re-sampled flat. Corners in `gray`'s pixels."""
    read = read_rectified(gray, located, lambda flat: _read(flat, scale=1.0))
    if read:
        return read
    factor = min(1.0, STRETCH_SIDE_PX / max(gray.size))
    for fx, fy in _STRETCHES:
        size = (round(gray.width * factor * fx), round(gray.height * factor * fy))
        stretched = gray.resize(size, Image.Resampling.BICUBIC)
        results = _read(stretched, scale=1.0)
        found = [r for r in results if r.decoded]
        found = found or read_rectified(stretched, results, lambda flat: _read(flat, scale=1.0))
        if found:
            return [unstretched(r, factor * fx, factor * fy) for r in found]
    return []


def scan_frame(gray: Image.Image) -> list[ScanResult]:
    """One fast pass over a grayscale camera frame, unreadable finds included.

    No retries: the next frame is the retry. zxing releases the GIL while it works.
    """
    return unique(_read(gray, scale=1.0))


_Variant = Callable[[Image.Image], tuple[Image.Image | None, float, dict[str, Any]]]


def _as_is(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    return gray, 1.0, {}


def _global_histogram(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    return gray, 1.0, {"binarizer": zxingcpp.Binarizer.GlobalHistogram}


def _downscaled(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Huge scans: zxing's own pyramid starts from the full size; give it a 1600 px copy."""
    longest = max(gray.size)
    if longest <= 2000:
        return None, 1.0, {}
    factor = 1600 / longest
    size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
    return gray.resize(size, Image.Resampling.BOX), factor, {}


def _upscaled(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Small images with tiny modules read better at twice the size."""
    if max(gray.size) > 1200:
        return None, 1.0, {}
    return gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.BICUBIC), 2.0, {}


def _smoothed(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Halftone dots, dithering and JPEG ringing: a light blur merges them back into modules."""
    return gray.filter(ImageFilter.BoxBlur(1)), 1.0, {}


def _fixed_threshold(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    return ImageOps.autocontrast(gray, cutoff=1), 1.0, {"binarizer": zxingcpp.Binarizer.FixedThreshold}


def _sharpened(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """Out-of-focus photos and soft scans (blur up to about half a module): an unsharp mask
    restores the module edges (bench_verify_decode: 47 % -> 100 % of 300 dpi pages at σ 3 px).
    Large scans are halved first, which keeps it cheap (~40 ms for a 300 dpi Letter page)."""
    scale = 0.5 if max(gray.size) > 2000 else 1.0
    if scale != 1.0:
        gray = gray.resize(
            (max(1, round(gray.width * scale)), max(1, round(gray.height * scale))), Image.Resampling.BOX
        )
    return gray.filter(ImageFilter.UnsharpMask(radius=2, percent=250, threshold=0)), scale, {}


def _upscaled_sharpened(gray: Image.Image) -> tuple[Image.Image | None, float, dict[str, Any]]:
    """A page seen at a steep angle: its far side has two or three pixels per module and is out
    of focus. Twice the size, then an unsharp mask, gives zxing modules it can sample."""
    if max(gray.size) > 1200:
        return None, 1.0, {}
    larger = gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.BICUBIC)
    return larger.filter(ImageFilter.UnsharpMask(radius=2, percent=200, threshold=0)), 2.0, {}


STRETCH_SIDE_PX = 1600  # larger images are reduced to this before being stretched
_STRETCHES = ((2.0, 1.0), (1.0, 2.0))  # a curl squeezes one axis only

_RETRIES: tuple[_Variant, ...] = (
    _as_is,
    _global_histogram,
    _downscaled,
    _upscaled,
    _smoothed,
    _fixed_threshold,
    _sharpened,
    _upscaled_sharpened,
    dark_ink_only,
    local_contrast,
)


def _read_restored(restored: Image.Image, scale: float) -> list[ScanResult]:
    """A deblurred image's codes, unreadable finds included: as is, then at twice the size (the
    restored module edges are ragged by a pixel or two; zxing's sampling grid fits them better
    when larger)."""
    found = _read(restored, scale=scale)
    if any(r.decoded for r in found):
        return found
    larger = restored.resize((restored.width * 2, restored.height * 2), Image.Resampling.BICUBIC)
    return found + _read(larger, scale=scale * 2)


def _read(gray: Image.Image, *, scale: float, **options: Any) -> list[ScanResult]:
    # zxing-cpp takes one format where its stubs ask for a set of them
    barcodes = zxingcpp.read_barcodes(gray, formats=_QR, return_errors=True, **options)  # type: ignore[arg-type]
    return [result_from(barcode, scale) for barcode in barcodes]
