"""Turn a video frame or a QImage into what the pipeline needs: a grayscale copy to decode
and, when someone is watching, a small colour preview.

The decoder only needs luma, and every camera and video format Qt hands us is
YUV with luma in its own plane (or interleaved, YUYV/UYVY): copying that plane
costs about 0.3 ms for 1080p, where `QVideoFrame.toImage()` takes about 5 ms and
then a grayscale conversion more. The preview is built at ≤ 960 px wide from the
same planes with Pillow's YCbCr conversion (about 2.5 ms for 1080p). RGB and JPEG
frames are handled too; only exotic formats (10-bit, AYUV) fall back to toImage().

Both images are copies: nothing here refers to the frame's memory afterwards, so
the camera's buffers go back to it at once and the copies may cross threads.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from PIL import Image
from PySide6.QtGui import QImage

PREVIEW_MAX_WIDTH = 960

# Limited-range ("video") YCbCr to full range, for Pillow's JFIF YCbCr conversion.
_LUMA_TO_FULL = [min(255, max(0, round((v - 16) * 255 / 219))) for v in range(256)]
_CHROMA_TO_FULL = [min(255, max(0, round((v - 128) * 255 / 224 + 128))) for v in range(256)]

_RGB_RAW_MODES = {  # QVideoFrameFormat.PixelFormat name -> Pillow (mode, raw mode)
    "Format_ARGB8888": ("RGBA", "ARGB"),
    "Format_ARGB8888_Premultiplied": ("RGBA", "ARGB"),
    "Format_XRGB8888": ("RGBX", "XRGB"),
    "Format_BGRA8888": ("RGBA", "BGRA"),
    "Format_BGRA8888_Premultiplied": ("RGBA", "BGRA"),
    "Format_BGRX8888": ("RGBX", "BGRX"),
    "Format_ABGR8888": ("RGBA", "ABGR"),
    "Format_XBGR8888": ("RGBX", "XBGR"),
    "Format_RGBA8888": ("RGBA", "RGBA"),
    "Format_RGBX8888": ("RGBX", "RGBX"),
}
_PLANAR = {  # luma plane 0; chroma planes (Cb, Cr) and their subsampling (x, y)
    "Format_YUV420P": ((1, 2), (2, 2)),
    "Format_YV12": ((2, 1), (2, 2)),
    "Format_YUV422P": ((1, 2), (2, 1)),
    "Format_IMC1": (None, None),
    "Format_IMC2": (None, None),
    "Format_IMC3": (None, None),
    "Format_IMC4": (None, None),
    "Format_Y8": (None, None),
}
_SEMI_PLANAR = {"Format_NV12": False, "Format_NV21": True}  # value: Cr comes first
_PACKED_422 = {"Format_YUYV": True, "Format_UYVY": False}  # value: luma comes first


@dataclass(frozen=True)
class ConvertedFrame:
    """gray: the whole frame, upright, 8-bit luma (decoder input, frame coordinates).
    preview: a colour copy at most PREVIEW_MAX_WIDTH wide whose devicePixelRatio makes
    its logical size equal the frame's, or None when no preview was asked for."""

    gray: Image.Image
    preview: QImage | None

    @property
    def size(self) -> tuple[int, int]:
        return self.gray.size


def convert_video_frame(frame: Any, *, preview: bool) -> ConvertedFrame | None:
    """A `QVideoFrame` as a ConvertedFrame; None for an empty or unreadable frame."""
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

    if not frame.isValid() or frame.width() <= 0 or frame.height() <= 0:
        return None
    frame = QVideoFrame(frame)  # our own handle: mapping it does not disturb other users
    name = frame.pixelFormat().name
    surface = frame.surfaceFormat()
    full_range = surface.colorRange() == QVideoFrameFormat.ColorRange.ColorRange_Full
    if (
        name in _PLANAR
        or name in _SEMI_PLANAR
        or name in _PACKED_422
        or name in _RGB_RAW_MODES
        or name == "Format_Jpeg"
    ):
        if not frame.map(QVideoFrame.MapMode.ReadOnly):
            return None
        try:
            gray, color = _from_mapped(frame, name, full_range, preview)
        finally:
            frame.unmap()
    else:
        image = frame.toImage()  # 10-bit, AYUV...: let Qt convert
        if image.isNull():
            return None
        rgb = _qimage_to_pil_rgb(image)
        gray, color = rgb.convert("L"), (_fit(rgb) if preview else None)
    gray, color = _upright(frame, surface, gray, color)
    return ConvertedFrame(gray=gray, preview=_to_qimage(color, gray.size) if color is not None else None)


def convert_qimage(image: QImage, *, preview: bool) -> ConvertedFrame | None:
    """A still QImage as a ConvertedFrame (copies; None for a null image)."""
    if image.isNull():
        return None
    gray_q = image.convertToFormat(QImage.Format.Format_Grayscale8)
    gray = Image.frombuffer(
        "L", (gray_q.width(), gray_q.height()), bytes(gray_q.constBits()), "raw", "L", gray_q.bytesPerLine(), 1
    )
    shown = None
    if preview:
        shown = image.copy() if image.width() <= PREVIEW_MAX_WIDTH else image.scaledToWidth(PREVIEW_MAX_WIDTH)
        shown.setDevicePixelRatio(image.width() / shown.width())
    return ConvertedFrame(gray=gray, preview=shown)


# -- internals --------------------------------------------------------------------------


def _plane(frame: Any, index: int, size: tuple[int, int], mode: str = "L", bytes_per_pixel: int = 1) -> Image.Image:
    stride = frame.bytesPerLine(index)
    data = bytes(frame.bits(index))[: stride * size[1]]
    if len(data) < stride * size[1] or stride < size[0] * bytes_per_pixel:
        raise ValueError("frame plane smaller than its size says")
    return Image.frombuffer(mode, size, data, "raw", mode, stride, 1)


def _from_mapped(frame: Any, name: str, full_range: bool, preview: bool) -> tuple[Image.Image, Image.Image | None]:
    width, height = frame.width(), frame.height()
    half = ((width + 1) // 2, (height + 1) // 2)
    if name in _PLANAR:
        gray = _plane(frame, 0, (width, height))
        planes, (sx, sy) = _PLANAR[name]
        if not preview:
            return gray, None
        if planes is None or frame.planeCount() < 3:
            return gray, _fit(gray).convert("RGB")
        size = ((width + sx - 1) // sx, (height + sy - 1) // sy)
        cb, cr = (_plane(frame, planes[0], size), _plane(frame, planes[1], size))
        return gray, _ycbcr_preview(gray, cb, cr, full_range)
    if name in _SEMI_PLANAR:
        gray = _plane(frame, 0, (width, height))
        if not preview:
            return gray, None
        chroma = _plane(frame, 1, half, "LA", 2)
        first, second = chroma.getchannel(0), chroma.getchannel(1)
        cb, cr = (second, first) if _SEMI_PLANAR[name] else (first, second)
        return gray, _ycbcr_preview(gray, cb, cr, full_range)
    if name in _PACKED_422:
        pairs = _plane(frame, 0, (width, height), "LA", 2)  # (Y, C) or (C, Y) per pixel
        luma_first = _PACKED_422[name]
        gray = pairs.getchannel(0 if luma_first else 1)
        if not preview:
            return gray, None
        chroma_line = pairs.getchannel(1 if luma_first else 0)  # Cb Cr Cb Cr ... per row
        chroma = Image.frombuffer("LA", (width // 2, height), chroma_line.tobytes(), "raw", "LA", 0, 1)
        return gray, _ycbcr_preview(gray, chroma.getchannel(0), chroma.getchannel(1), full_range)
    if name == "Format_Jpeg":
        rgb = Image.open(io.BytesIO(bytes(frame.bits(0))[: frame.mappedBytes(0)])).convert("RGB")
        return rgb.convert("L"), (_fit(rgb) if preview else None)
    mode, raw_mode = _RGB_RAW_MODES[name]
    stride = frame.bytesPerLine(0)
    data = bytes(frame.bits(0))[: stride * height]
    rgb = Image.frombuffer(mode, (width, height), data, "raw", raw_mode, stride, 1).convert("RGB")
    return rgb.convert("L"), (_fit(rgb) if preview else None)


def _ycbcr_preview(gray: Image.Image, cb: Image.Image, cr: Image.Image, full_range: bool) -> Image.Image:
    size = _preview_size(gray.size)
    y = gray.resize(size, Image.Resampling.NEAREST)
    cb, cr = (c.resize(size, Image.Resampling.NEAREST) for c in (cb, cr))
    if not full_range:
        y, cb, cr = y.point(_LUMA_TO_FULL), cb.point(_CHROMA_TO_FULL), cr.point(_CHROMA_TO_FULL)
    return Image.merge("YCbCr", (y, cb, cr)).convert("RGB")


def _preview_size(size: tuple[int, int]) -> tuple[int, int]:
    width, height = size
    if width <= PREVIEW_MAX_WIDTH:
        return size
    return (PREVIEW_MAX_WIDTH, max(1, round(height * PREVIEW_MAX_WIDTH / width)))


def _fit(image: Image.Image) -> Image.Image:
    size = _preview_size(image.size)
    return image if size == image.size else image.resize(size, Image.Resampling.BILINEAR)


def _upright(
    frame: Any, surface: Any, gray: Image.Image, color: Image.Image | None
) -> tuple[Image.Image, Image.Image | None]:
    """Apply the frame's rotation / mirroring / bottom-up scan lines, so frame coordinates
    are what a person sees."""
    from PySide6.QtMultimedia import QVideoFrameFormat

    steps: list[Image.Transpose] = []
    if surface.scanLineDirection() == QVideoFrameFormat.Direction.BottomToTop:
        steps.append(Image.Transpose.FLIP_TOP_BOTTOM)
    if frame.mirrored():
        steps.append(Image.Transpose.FLIP_LEFT_RIGHT)
    clockwise = int(frame.rotation().value) % 360
    # Pillow's ROTATE_n turns counter-clockwise.
    steps += {
        90: [Image.Transpose.ROTATE_270],
        180: [Image.Transpose.ROTATE_180],
        270: [Image.Transpose.ROTATE_90],
    }.get(clockwise, [])
    for step in steps:
        gray = gray.transpose(step)
        color = color.transpose(step) if color is not None else None
    return gray, color


def _to_qimage(color: Image.Image, frame_size: tuple[int, int]) -> QImage:
    rgb = color if color.mode == "RGB" else color.convert("RGB")
    image = QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()
    image.setDevicePixelRatio(frame_size[0] / rgb.width)
    return image


def _qimage_to_pil_rgb(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer(
        "RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB", rgb.bytesPerLine(), 1
    )
