"""Make real test videos of a printed QR code held in front of a camera.

A QR (qrcode, ECC M) is printed on a white page with some text lines; frames show
the page over a grey desk, moving, turning a few degrees and tilting (a true
perspective warp), after some frames of desk only. ffmpeg encodes them (H.264 in
MP4, what QtMultimedia's FFmpeg backend plays everywhere), reading raw RGB frames
from a pipe. Everything is deterministic (seeded), so a failing test replays.
"""

from __future__ import annotations

import math
import random
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import qrcode
import qrcode.constants
from PIL import Image, ImageDraw

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
BASE45_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
DESK = (118, 112, 104)


@dataclass(frozen=True)
class ScanVideo:
    path: Path
    fps: int
    size: tuple[int, int]
    frame_count: int
    segments: list[tuple[str, int, int]]  # (text shown, first frame, last frame), frames from 0

    def first_frame_showing(self, text: str) -> int:
        return next(first for shown, first, _ in self.segments if shown == text)

    def seconds(self, frame: int) -> float:
        return frame / self.fps


def td1_like_text(chars: int = 900, seed: int = 7) -> str:
    """'TD1:' + pseudo-random base45 characters: QR alphanumeric mode, like a real TD1 code."""
    rng = random.Random(seed)
    return "TD1:" + "".join(rng.choice(BASE45_ALPHABET) for _ in range(chars - 4))


def render_qr(text: str, box_size: int = 4, error: int = qrcode.constants.ERROR_CORRECT_M) -> Image.Image:
    """The QR symbol with its 4-module quiet zone, black on white, mode L."""
    code = qrcode.QRCode(error_correction=error, box_size=box_size, border=4)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image().get_image().convert("L")


def qr_version(text: str) -> int:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return int(code.version)


def document_page(qr: Image.Image, size: tuple[int, int] = (1000, 760), seed: int = 1) -> Image.Image:
    """The part of a printed page the camera sees: text lines on the left, the QR on the right."""
    page = Image.new("RGB", size, (250, 250, 246))
    draw = ImageDraw.Draw(page)
    rng = random.Random(seed)
    margin = 40
    text_right = size[0] - qr.width - 2 * margin
    for y in range(margin, size[1] - margin, 26):
        draw.rectangle(
            (margin, y, margin + rng.randint(text_right // 3, text_right - margin), y + 9), fill=(70, 70, 70)
        )
    page.paste(qr.convert("RGB"), (size[0] - qr.width - margin, (size[1] - qr.height) // 2))
    return page


def perspective_coefficients(frame_quad: Sequence[tuple[float, float]], source_size: tuple[int, int]) -> list[float]:
    """Pillow PERSPECTIVE data mapping frame pixels back onto the source image.

    frame_quad: where the source's corners land in the frame (TL, TR, BR, BL).
    """
    w, h = source_size
    source = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    rows, rhs = [], []
    for (x, y), (u, v) in zip(frame_quad, source, strict=False):
        rows.append([x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y])
        rhs.append(v)
    return _solve(rows, rhs)


def place_page(page: Image.Image, frame_size: tuple[int, int], quad: Sequence[tuple[float, float]]) -> Image.Image:
    """The page warped onto `quad` over a grey desk."""
    coefficients = perspective_coefficients(quad, page.size)
    return page.transform(
        frame_size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC, fillcolor=DESK
    )


def page_quad(
    frame_size: tuple[int, int],
    page_size: tuple[int, int],
    *,
    scale: float,
    angle_deg: float,
    tilt: float,
    offset: tuple[float, float] = (0.0, 0.0),
) -> list[tuple[float, float]]:
    """Corners of the page in the frame: scaled, turned by `angle_deg`, its right edge
    `tilt` (0.1 = 10 %) shorter than its left, centred plus `offset`."""
    w, h = page_size[0] * scale, page_size[1] * scale
    corners = [(-w / 2, -h / 2), (w / 2, -h / 2 * (1 - tilt)), (w / 2, h / 2 * (1 - tilt)), (-w / 2, h / 2)]
    a = math.radians(angle_deg)
    cx, cy = frame_size[0] / 2 + offset[0], frame_size[1] / 2 + offset[1]
    return [(cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)) for x, y in corners]


def handheld_frames(
    page: Image.Image, frame_size: tuple[int, int], count: int, *, scale: float, seed: int = 3
) -> Iterator[Image.Image]:
    """`count` frames of the page held by hand: drifting, turning ±4 degrees, tilting up to 12 %."""
    rng = random.Random(seed)
    phase = rng.uniform(0, math.tau)
    for i in range(count):
        t = phase + i / 9
        quad = page_quad(
            frame_size,
            page.size,
            scale=scale * (1 + 0.03 * math.sin(t * 0.7)),
            angle_deg=4 * math.sin(t),
            tilt=0.06 + 0.06 * math.sin(t * 1.3),
            offset=(frame_size[0] * 0.03 * math.sin(t * 0.8), frame_size[1] * 0.03 * math.cos(t * 1.1)),
        )
        yield place_page(page, frame_size, quad)


def write_video(frames: Iterator[Image.Image], path: Path, size: tuple[int, int], fps: int = 30) -> int:
    """Encode RGB frames as H.264 (yuv420p) MP4 through ffmpeg's stdin; returns the frame count."""
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
        f"{size[0]}x{size[1]}",
        "-r",
        str(fps),
        "-i",
        "-",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-crf",
        "20",
        "-g",
        str(fps),
        "-pix_fmt",
        "yuv420p",
        "-movflags",
        "+faststart",
        str(path),
    ]
    count = 0
    with subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdin is not None and process.stderr is not None
        try:
            for frame in frames:
                if frame.size != size or frame.mode != "RGB":
                    raise ValueError(f"frame {count} is {frame.mode} {frame.size}, expected RGB {size}")
                process.stdin.write(frame.tobytes())
                count += 1
        finally:
            process.stdin.close()
            errors = process.stderr.read()
            process.wait(timeout=60)
    if process.returncode != 0:
        raise RuntimeError(f"ffmpeg failed ({process.returncode}): {errors.decode(errors='replace')}")
    return count


def make_scan_video(
    path: Path,
    texts: Sequence[str],
    *,
    size: tuple[int, int] = (1280, 720),
    fps: int = 30,
    blank_frames: int = 8,
    frames_per_code: int = 20,
    box_size: int | None = None,
) -> ScanVideo:
    """A video of desk-only frames, then each text's code held up in turn."""
    box = box_size or max(3, round(size[1] / 240))  # ~3 px per module at 720p, ~4.5 at 1080p
    segments: list[tuple[str, int, int]] = []

    def frames() -> Iterator[Image.Image]:
        desk = Image.new("RGB", size, DESK)
        for _ in range(blank_frames):
            yield desk
        start = blank_frames
        for index, text in enumerate(texts):
            qr = render_qr(text, box_size=box)
            page = document_page(qr, size=(qr.width + 520, qr.height + 160), seed=index)
            scale = min(size[0] * 0.9 / page.width, size[1] * 0.9 / page.height, 1.0)
            segments.append((text, start, start + frames_per_code - 1))
            yield from handheld_frames(page, size, frames_per_code, scale=scale, seed=index + 11)
            start += frames_per_code

    count = write_video(frames(), path, size, fps)
    return ScanVideo(path=path, fps=fps, size=size, frame_count=count, segments=segments)


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8x8 here; no numpy needed)."""
    n = len(rhs)
    a = [row[:] + [value] for row, value in zip(matrix, rhs, strict=False)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            raise ValueError("degenerate quadrilateral")
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col:
                factor = a[r][col] / a[col][col]
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    return [a[i][n] / a[i][i] for i in range(n)]
