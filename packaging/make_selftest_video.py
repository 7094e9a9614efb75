"""Make `resources/selftest/qr-scan.mp4`, the short video `sello --selftest` plays into
the camera pipeline (developer tool; needs the ffmpeg program, the app does not).

A printed page with a QR code of `sello.selftest.VIDEO_TEXT` is held up in front of
a desk, moving and tilting (the same synthetic camera as tests/videos.py). The codec
is MPEG-4 Part 2 in an MP4 file: a decoder every build of Qt's FFmpeg media backend
has (Windows, macOS, Linux), small (a few tens of KB) and royalty-free to decode.

Run from the repository root:  .venv/bin/python packaging/make_selftest_video.py
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "app")]

from sello.selftest import VIDEO_RESOURCE, VIDEO_TEXT  # noqa: E402
from tests.videos import DESK, FFMPEG, document_page, handheld_frames, render_qr  # noqa: E402

SIZE = (640, 480)
FPS = 15
BLANK_FRAMES = 4
CODE_FRAMES = 20


def frames() -> Iterator[Image.Image]:
    desk = Image.new("RGB", SIZE, DESK)
    for _ in range(BLANK_FRAMES):
        yield desk
    qr = render_qr(VIDEO_TEXT, box_size=6)
    page = document_page(qr, size=(qr.width + 300, qr.height + 120))
    scale = min(SIZE[0] * 0.85 / page.width, SIZE[1] * 0.85 / page.height, 1.0)
    yield from handheld_frames(page, SIZE, CODE_FRAMES, scale=scale, seed=5)


def main() -> int:
    target = ROOT / "resources" / Path(*VIDEO_RESOURCE)
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [
        FFMPEG,
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-s",
        f"{SIZE[0]}x{SIZE[1]}",
        "-r",
        str(FPS),
        "-i",
        "-",
        "-c:v",
        "mpeg4",
        "-q:v",
        "10",
        "-g",
        "100",
        "-pix_fmt",
        "yuv420p",
        "-movflags",
        "+faststart",
        "-map_metadata",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        str(target),
    ]
    with subprocess.Popen(command, stdin=subprocess.PIPE) as process:
        assert process.stdin is not None
        for frame in frames():
            process.stdin.write(frame.tobytes())
        process.stdin.close()
    if process.returncode != 0:
        print(f"ffmpeg failed with status {process.returncode}", file=sys.stderr)
        return 1
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes, {BLANK_FRAMES + CODE_FRAMES} frames")
    return 0


if __name__ == "__main__":
    sys.exit(main())
