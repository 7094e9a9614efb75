"""The camera pipeline with real frames: H.264 videos played by QMediaPlayer into its
QVideoSink, and still QImages. Waits on signals only."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QColor, QImage

from sello.core.verification.scan import ScanResult
from sello.ui.camera import CameraPreview, ScanPipeline
from sello.ui.camera.acceptance import Accepted, CodeAcceptor, Notice, PartsProgress
from sello.ui.camera.decoder import decode_gray_frame
from sello.ui.camera.format_choice import CameraFormatInfo, pick_camera_format
from tests.videos import ScanVideo, make_scan_video, render_qr, td1_like_text

SINGLE_TEXT = td1_like_text(950, seed=21)
WHOLE_TEXT = td1_like_text(2400, seed=5)
VIDEO_TIMEOUT_MS = 20_000  # generous: the machine may be busy; the videos last 1-2 s


@pytest.fixture(scope="module")
def single_code_video(tmp_path_factory: pytest.TempPathFactory) -> ScanVideo:
    path = tmp_path_factory.mktemp("videos") / "single.mp4"
    return make_scan_video(path, [SINGLE_TEXT], size=(960, 540), blank_frames=6, frames_per_code=16)


@pytest.fixture(scope="module")
def multipart() -> list[str]:
    from sello.core.qr.parts import split_td1

    parts = split_td1(WHOLE_TEXT, 850)
    assert len(parts) == 3
    return parts


@pytest.fixture(scope="module")
def multipart_video(tmp_path_factory: pytest.TempPathFactory, multipart: list[str]) -> ScanVideo:
    path = tmp_path_factory.mktemp("videos") / "three-parts.mp4"
    return make_scan_video(path, multipart, size=(960, 540), blank_frames=6, frames_per_code=12)


@pytest.fixture
def pipeline(qtbot) -> Iterator[ScanPipeline]:
    created = ScanPipeline()
    yield created
    created.set_paused(True)
    assert created.wait_idle(5000)
    created.deleteLater()


def play(pipeline: ScanPipeline, video: ScanVideo):
    from sello.ui.camera.sources import VideoFileSource

    source = VideoFileSource(pipeline, pipeline)
    errors: list[str] = []
    pipeline.camera_error.connect(errors.append)
    source.play(video.path)
    return source, errors


def qimage_of(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    return QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def code_frame(text: str, box: int = 4) -> QImage:
    qr = render_qr(text, box_size=box)
    page = Image.new("L", (qr.width + 200, qr.height + 100), 240)
    page.paste(qr, (100, 50))
    return qimage_of(page)


# -- real video ------------------------------------------------------------------------


def test_video_code_is_accepted_exactly_and_decoded_off_the_gui_thread(qtbot, single_code_video: ScanVideo) -> None:
    gui_thread = threading.get_ident()
    worker_calls: list[tuple[int, bool]] = []

    def decode_recording_thread(gray: Image.Image) -> tuple[list[ScanResult], str | None]:
        worker_calls.append((threading.get_ident(), QThread.currentThread() is QCoreApplication.instance().thread()))
        return decode_gray_frame(gray)

    pipeline = ScanPipeline(decode=decode_recording_thread)
    outlines = []
    pipeline.code_outline.connect(lambda polygon: outlines.append([(p.x(), p.y()) for p in polygon]))
    previews: list[QImage] = []
    pipeline.frame_ready.connect(previews.append)
    try:
        with qtbot.waitSignal(pipeline.code_accepted, timeout=VIDEO_TIMEOUT_MS) as accepted:
            source, errors = play(pipeline, single_code_video)
        source.stop()
    finally:
        pipeline.set_paused(True)
        pipeline.wait_idle()

    assert accepted.args == [SINGLE_TEXT]
    assert errors == []
    assert worker_calls and all(ident != gui_thread and not on_gui for ident, on_gui in worker_calls)
    width, height = single_code_video.size
    found = [o for o in outlines if o]
    assert found and all(len(o) == 4 and all(0 <= x <= width and 0 <= y <= height for x, y in o) for o in found)
    assert previews and previews[-1].deviceIndependentSize().toSize().width() == width
    stats = pipeline.stats
    assert stats.received >= single_code_video.first_frame_showing(SINGLE_TEXT) + 2
    assert stats.decoded + stats.dropped <= stats.received


def test_multipart_video_reports_progress_and_the_assembled_text(
    qtbot, pipeline: ScanPipeline, multipart_video: ScanVideo, multipart: list[str]
) -> None:
    progress: list[tuple[int, int]] = []
    pipeline.parts_progress.connect(lambda have, total: progress.append((have, total)))
    accepted: list[str] = []
    pipeline.code_accepted.connect(accepted.append)
    with qtbot.waitSignal(pipeline.code_accepted, timeout=VIDEO_TIMEOUT_MS) as whole:
        source, errors = play(pipeline, multipart_video)
    source.stop()

    assert whole.args == [WHOLE_TEXT]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert accepted == [WHOLE_TEXT]  # the parts themselves are never announced as codes
    assert errors == []


# -- still frames ----------------------------------------------------------------------


def test_still_images_need_two_agreeing_reads(qtbot, pipeline: ScanPipeline) -> None:
    frame = code_frame("TD1:STILL FRAME")
    scanned: list = []
    pipeline.frame_scanned.connect(scanned.append)
    with qtbot.waitSignal(pipeline.frame_scanned):
        pipeline.feed_image(frame)
    assert scanned[0].texts == ["TD1:STILL FRAME"]
    with qtbot.waitSignal(pipeline.code_accepted) as accepted:
        pipeline.feed_image(frame)
    assert accepted.args == ["TD1:STILL FRAME"]


def test_keeps_only_the_newest_frame_while_the_decoder_is_busy(qtbot) -> None:
    release = threading.Event()
    decoded_texts: list[list[str]] = []

    def slow_decode(gray: Image.Image) -> tuple[list[ScanResult], str | None]:
        release.wait(10)  # the first frame holds the worker until every frame is in
        return decode_gray_frame(gray)

    pipeline = ScanPipeline(decode=slow_decode)
    pipeline.frame_scanned.connect(lambda scan: decoded_texts.append(scan.texts))
    frames = [code_frame(f"FRAME {n}", box=3) for n in range(1, 11)]
    try:
        for frame in frames:  # far faster than the decoder
            pipeline.feed_image(frame)
        assert pipeline.stats.dropped == 8  # frames 2..9 replaced, 10 waiting
        release.set()
        qtbot.waitUntil(lambda: len(decoded_texts) == 2, timeout=10_000)
    finally:
        release.set()
        pipeline.wait_idle()
    assert decoded_texts == [["FRAME 1"], ["FRAME 10"]]
    assert pipeline.stats.received == 10 and pipeline.stats.decoded == 2


def test_preview_paints_the_frame_and_outlines_the_code(qtbot, pipeline: ScanPipeline) -> None:
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(640, 480)
    preview.attach(pipeline)
    frame = code_frame("TD1:PREVIEW", box=8)
    with qtbot.waitSignal(pipeline.code_outline):
        pipeline.feed_image(frame)
    shot = preview.grab().toImage()
    target = preview.frame_rect()
    assert target.width() == pytest.approx(640) or target.height() == pytest.approx(480)
    # the outline is drawn around the symbol: green pixels where its top-left corner maps
    scale = target.width() / frame.width()
    corner_x, corner_y = target.x() + (100 + 32) * scale, target.y() + (50 + 32) * scale
    greens = [shot.pixelColor(int(corner_x) + dx, int(corner_y) + dy) for dx in range(-3, 4) for dy in range(-3, 4)]
    assert any(c.green() > 150 and c.red() < 120 and c.blue() < 150 for c in greens)
    assert shot.pixelColor(2, 2) == QColor(0, 0, 0)  # letterbox


# -- frame formats -----------------------------------------------------------------------


def video_frame_of(gray: Image.Image, pixel_format: str):
    """A QVideoFrame in `pixel_format` whose luma is `gray` (neutral chroma)."""
    from PySide6.QtCore import QSize
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

    width, height = gray.size
    fmt = QVideoFrameFormat(QSize(width, height), getattr(QVideoFrameFormat.PixelFormat, pixel_format))
    frame = QVideoFrame(fmt)
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    rows = [gray.tobytes()[y * width : (y + 1) * width] for y in range(height)]
    per_pixel = {
        "Format_YUYV": lambda row: bytes(b for v in row for b in (v, 128)),
        "Format_UYVY": lambda row: bytes(b for v in row for b in (128, v)),
        "Format_BGRA8888": lambda row: bytes(b for v in row for b in (v, v, v, 255)),
        "Format_RGBX8888": lambda row: bytes(b for v in row for b in (v, v, v, 255)),
    }
    plane0 = per_pixel.get(pixel_format, lambda row: row)
    for plane in range(frame.planeCount()):
        bits, stride = frame.bits(plane), frame.bytesPerLine(plane)
        if plane == 0:
            for y, row in enumerate(rows):
                data = plane0(row)
                bits[y * stride : y * stride + len(data)] = data
        else:
            bits[:] = b"\x80" * len(bits)
    frame.unmap()
    return frame


@pytest.mark.parametrize(
    "pixel_format",
    [
        "Format_YUV420P",
        "Format_YV12",
        "Format_NV12",
        "Format_NV21",
        "Format_YUYV",
        "Format_UYVY",
        "Format_BGRA8888",
        "Format_RGBX8888",
    ],
)
def test_every_camera_pixel_format_gives_the_exact_luma(qapp, pixel_format: str) -> None:
    from sello.ui.camera.frames import convert_video_frame

    qr = render_qr("TD1:FORMAT " + pixel_format.upper().replace("_", " "), box_size=4)
    gray = Image.new("L", (qr.width + 60, qr.height + 40), 230)
    gray.paste(qr, (30, 20))
    converted = convert_video_frame(video_frame_of(gray, pixel_format), preview=True)
    assert converted is not None and converted.size == gray.size
    assert max(abs(a - b) for a, b in zip(converted.gray.tobytes(), gray.tobytes(), strict=False)) <= 1
    assert [r.text for r in decode_gray_frame(converted.gray)[0]] == [
        "TD1:FORMAT " + pixel_format.upper().replace("_", " ")
    ]
    preview = converted.preview
    assert preview is not None and not preview.isNull()
    assert preview.deviceIndependentSize().toSize().width() == gray.width
    middle = preview.pixelColor(preview.width() // 2, 2)  # page margin: light and neutral grey
    assert middle.red() > 200 and abs(middle.red() - middle.blue()) < 12


def test_frame_rotation_and_mirroring_are_applied(qapp) -> None:
    from PySide6.QtMultimedia import QtVideo

    from sello.ui.camera.frames import convert_video_frame

    gray = Image.new("L", (80, 40), 255)
    gray.paste(0, (0, 0, 10, 10))  # a dark mark at the top-left
    frame = video_frame_of(gray, "Format_NV12")
    frame.setRotation(QtVideo.Rotation.Clockwise90)
    turned = convert_video_frame(frame, preview=False)
    assert turned is not None and turned.size == (40, 80) and turned.preview is None
    assert turned.gray.getpixel((35, 5)) < 50  # top-left turned clockwise lands top-right
    mirrored = video_frame_of(gray, "Format_NV12")
    mirrored.setMirrored(True)
    flipped = convert_video_frame(mirrored, preview=False)
    assert flipped is not None and flipped.gray.getpixel((75, 5)) < 50


# -- acceptance rules (no Qt) -----------------------------------------------------------


def test_acceptor_needs_two_reads_and_announces_once() -> None:
    acceptor = CodeAcceptor()
    assert acceptor.feed(["TD1:A"]) == []
    assert acceptor.feed(["TD1:A", "TD1:A"]) == [Accepted("TD1:A")]  # one vote per frame
    assert acceptor.feed(["TD1:A"]) == []
    acceptor.reset()
    assert acceptor.feed(["TD1:A"]) == [] and acceptor.feed(["TD1:A"]) == [Accepted("TD1:A")]


def test_acceptor_collects_parts_in_any_order(multipart: list[str]) -> None:
    acceptor = CodeAcceptor()
    events = []
    for part in (multipart[2], multipart[0], multipart[1]):
        events += acceptor.feed([part]) + acceptor.feed([part])
    assert events == [PartsProgress(1, 3), PartsProgress(2, 3), PartsProgress(3, 3), Accepted(WHOLE_TEXT)]


def test_acceptor_starts_over_for_another_documents_part(multipart: list[str]) -> None:
    from sello.core.qr.parts import split_td1

    other = split_td1(td1_like_text(2400, seed=99), 850)
    acceptor = CodeAcceptor()
    acceptor.feed([multipart[0]])
    assert acceptor.feed([multipart[0]]) == [PartsProgress(1, 3)]
    acceptor.feed([other[1]])
    events = acceptor.feed([other[1]])
    assert isinstance(events[0], Notice) and events[1:] == [PartsProgress(1, 3)]


# -- camera ----------------------------------------------------------------------------


def test_importing_the_camera_package_leaves_qtmultimedia_unloaded() -> None:
    import subprocess
    import sys

    code = "import sys, sello.ui.camera; sys.exit('PySide6.QtMultimedia' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_no_camera_gives_a_reason(qtbot, pipeline: ScanPipeline) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    from sello.ui.camera.sources import NO_CAMERA, CameraSource, available_cameras, no_camera_reason

    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    assert available_cameras() == []
    assert no_camera_reason() == NO_CAMERA
    camera = CameraSource(pipeline, pipeline)
    with qtbot.waitSignal(pipeline.camera_error) as error:
        assert camera.start() is False
    assert error.args == [NO_CAMERA] and camera.reason == NO_CAMERA
    assert "handheld scanner" in NO_CAMERA and camera.camera is None


def test_picks_the_best_format_up_to_1080p() -> None:
    formats = [
        CameraFormatInfo(3840, 2160, 30, "Format_Jpeg"),
        CameraFormatInfo(1920, 1080, 5, "Format_YUYV"),
        CameraFormatInfo(1920, 1080, 30, "Format_Jpeg"),
        CameraFormatInfo(1920, 1080, 30, "Format_NV12"),
        CameraFormatInfo(1280, 720, 60, "Format_NV12"),
        CameraFormatInfo(640, 480, 30, "Format_YUYV"),
    ]
    assert pick_camera_format(formats) == 3  # 1080p, 30 fps, planar YUV
    assert pick_camera_format(formats[:3]) == 2  # 1080p30 MJPEG beats 1080p5 and 4K
    assert pick_camera_format([formats[0], formats[5]]) == 1  # never above 1080p when something fits
    assert pick_camera_format([formats[0]]) == 0  # only 4K: take it
    assert pick_camera_format([]) is None
