"""Which of a camera's formats to ask for (no Qt: tests feed it plain records).

A printed TD1 code (version ~20 at 0.5 mm per module) needs about 3 px per module
to decode, which 1080p gives at a comfortable distance and 720p barely does, so:
the most pixels up to 1920x1080, at 15 frames/s or more (more than 30 buys
nothing), and among equals the format that is cheapest to read (planar YUV, whose
luma plane the pipeline copies as is, then packed YUV, then MJPEG, then the rest).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MAX_WIDTH, MAX_HEIGHT = 1920, 1080
MIN_FPS = 15.0
ENOUGH_FPS = 30.0

_FORMAT_RANK = {
    "Format_NV12": 0,
    "Format_NV21": 0,
    "Format_YUV420P": 0,
    "Format_YV12": 0,
    "Format_YUV422P": 0,
    "Format_Y8": 0,
    "Format_YUYV": 1,
    "Format_UYVY": 1,
    "Format_Jpeg": 2,
}
_OTHER_RANK = 3


@dataclass(frozen=True)
class CameraFormatInfo:
    width: int
    height: int
    max_fps: float
    pixel_format: str  # QVideoFrameFormat.PixelFormat name, e.g. "Format_NV12"


def pick_camera_format(formats: Sequence[CameraFormatInfo]) -> int | None:
    """Index of the format to use, or None to leave the camera's default."""
    if not formats:
        return None

    def fits(f: CameraFormatInfo) -> bool:
        return f.width <= MAX_WIDTH and f.height <= MAX_HEIGHT

    def score(index: int) -> tuple[float, ...]:
        f = formats[index]
        return (
            1.0 if fits(f) and f.max_fps >= MIN_FPS else 0.0,  # usable at all
            1.0 if fits(f) else 0.0,
            float(f.width * f.height) if fits(f) else -float(f.width * f.height),  # oversize: smallest
            min(f.max_fps, ENOUGH_FPS),
            -float(_FORMAT_RANK.get(f.pixel_format, _OTHER_RANK)),
            f.max_fps,
        )

    return max(range(len(formats)), key=score)
