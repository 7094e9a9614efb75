"""The verifier window with real inputs: H.264 videos of printed pages played by
QMediaPlayer into the camera pipeline, PDFs, photos, .jwt and JSON files, drag and
drop; the verdict panel, the exports, the history; screenshots of every state.

This machine has no camera, so the window also shows its no-camera state; the videos
go into the same QVideoSink a camera would feed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage

from sello.core.verification.history import search_verifications
from sello.ui import dialogs
from sello.ui.verifier_window import VerifierWindow
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot
from tests.verifier_documents import (
    FORGED_HEAT,
    GENUINE_HEAT,
    Mill,
    code_page,
    make_mill,
    page_image,
    page_video,
    qr_region,
    trust_the_mill,
    with_attachment_replaced,
)
from tests.videos import ScanVideo

VIDEO_TIMEOUT_MS = 20_000
VERDICT_TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mill]:
    made = make_mill(tmp_path_factory.mktemp("mill"))
    yield made
    made.close()


@pytest.fixture(scope="module")
def pages(mill: Mill) -> dict[str, object]:
    return {"genuine": qr_region(page_image(mill.mtr.pdf)), "forged": qr_region(page_image(mill.forged_mtr.pdf))}


@pytest.fixture(scope="module")
def videos(tmp_path_factory: pytest.TempPathFactory, mill: Mill, pages) -> dict[str, ScanVideo]:
    from sello.core.qr.parts import split_td1

    folder = tmp_path_factory.mktemp("videos")
    parts = split_td1(mill.mtr.td1, 320)
    assert len(parts) == 3
    return {
        "genuine": page_video(folder / "genuine.mp4", [pages["genuine"]], blank_frames=4, frames_per_page=14),
        "forged": page_video(folder / "forged.mp4", [pages["forged"]], blank_frames=4, frames_per_page=14),
        "parts": page_video(
            folder / "parts.mp4", [code_page(p) for p in parts], size=(960, 540), blank_frames=4, frames_per_page=12
        ),
    }


@pytest.fixture
def window(qtbot, app_context) -> Iterator[VerifierWindow]:
    created = VerifierWindow(app_context, online=False)
    qtbot.addWidget(created)
    created.show()
    qtbot.waitExposed(created)
    yield created
    created.view.shutdown()


def play(window: VerifierWindow, video: ScanVideo):
    from sello.ui.camera.sources import VideoFileSource

    source = VideoFileSource(window.view.pipeline, window)
    source.play(video.path)
    return source


def wait_verdict(qtbot, window: VerifierWindow, action) -> object:
    with qtbot.waitSignal(window.view.controller.verified, timeout=VIDEO_TIMEOUT_MS) as verified:
        action()
    return verified.args[0]


def qimage_of(image) -> QImage:
    rgb = image.convert("RGB")
    return QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


# -- the camera pipeline, with real video --------------------------------------------------------


def test_video_of_a_genuine_printed_page_turns_green(qtbot, window, mill, videos, app_context) -> None:
    trust_the_mill(app_context.db, mill)
    outlines = []
    window.view.pipeline.code_outline.connect(lambda polygon: outlines.append(polygon.size()))
    outcome = wait_verdict(qtbot, window, lambda: play(window, videos["genuine"]))
    verdict = outcome.verdict
    assert outcome.source == "camera" and verdict.vc_jwt == mill.mtr.vc_jwt
    assert verdict.color == "green" and [c.outcome for c in verdict.checks] == ["passed"] * 6
    assert window.view.verdict_panel.color == "green"
    assert window.view.verdict_panel.headline.text() == "Genuine"
    assert window.view.camera_panel.camera_available and 4 in outlines
    details = window.view.verdict_panel.details.toPlainText()
    assert GENUINE_HEAT in details and "Country of melt and pour" in details and "CANACERO" in details
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1)  # recorded, then the page refreshed
    assert [r.source for r in search_verifications(app_context.db)] == ["camera"]


def test_video_of_a_forged_copy_is_red_and_says_why(qtbot, window, mill, videos) -> None:
    outcome = wait_verdict(qtbot, window, lambda: play(window, videos["forged"]))
    verdict = outcome.verdict
    assert verdict.color == "red" and verdict.check("signature").outcome == "failed"
    assert verdict.check("signature").code == "signature.mismatch"
    panel = window.view.verdict_panel
    assert panel.headline.text() == "Do not accept"
    assert panel.summary.text() == "ALTERED: signature does not match"
    details = panel.details.toPlainText()
    assert FORGED_HEAT in details and "Not confirmed: the signature does not vouch for these values" in details


def test_multipart_code_is_collected_across_frames_with_progress(qtbot, window, mill, videos) -> None:
    shown: list[str] = []
    window.view.pipeline.parts_progress.connect(lambda *_: shown.append(window.view.camera_panel.progress_text))
    outcome = wait_verdict(qtbot, window, lambda: play(window, videos["parts"]))
    assert shown == [
        "1 of 3 parts read: show the next code",
        "2 of 3 parts read: show the next code",
        "All 3 parts read",
    ]
    assert outcome.verdict.vc_jwt == mill.mtr.vc_jwt and outcome.verdict.check("signature").outcome == "passed"
    assert outcome.verdict.color == "amber"  # not on this desk's trust lists


# -- no camera; files ---------------------------------------------------------------------------


def test_without_a_camera_it_says_why_and_files_still_verify(qtbot, window, mill, tmp_path) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    panel = window.view.camera_panel
    qtbot.waitUntil(lambda: not panel.camera_available)
    assert panel.unavailable.text() == ("No camera found — you can still scan with a handheld scanner or open a file.")
    with language("es"):
        assert panel.unavailable.text().startswith("No se encontró ninguna cámara")

    pdf_path = mill.mtr.issued.pdf_path
    dialogs.set_next_answer(pdf_path)
    outcome = wait_verdict(qtbot, window, window.open_action.trigger)
    assert (outcome.source, outcome.source_detail) == ("file", pdf_path.name)
    assert outcome.verdict.vc_jwt == mill.mtr.vc_jwt and outcome.verdict.color == "amber"

    photo = page_image(mill.packing_list.pdf, dpi=150)
    files = {
        "photo.png": None,
        "photo.jpg": None,
        "credential.jwt": mill.packing_list.vc_jwt.encode(),
        "credential.json": json.dumps({"vc_jwt": mill.packing_list.vc_jwt}).encode(),
    }
    for name, data in files.items():
        path = tmp_path / name
        if data is None:
            photo.save(path, quality=80) if name.endswith(".jpg") else photo.save(path)
        else:
            path.write_bytes(data)
        outcome = wait_verdict(qtbot, window, lambda p=path: window.view.verify_file(p))
        assert outcome.verdict.vc_jwt == mill.packing_list.vc_jwt, name
        assert outcome.verdict.check("signature").outcome == "passed", name
        assert outcome.verdict.check("format").evidence["alg"] == "EdDSA"


def test_a_dropped_pdf_with_a_tampered_attachment_is_red(qtbot, window, mill, tmp_path) -> None:
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(with_attachment_replaced(mill.mtr.pdf, mill.forged_mtr.vc_jwt))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tampered))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    assert QGuiApplication.sendEvent(window.view, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    outcome = wait_verdict(qtbot, window, lambda: QGuiApplication.sendEvent(window.view, drop))
    assert outcome.verdict.color == "red" and outcome.source_detail == "tampered.pdf"
    assert "differs from the one in its printed QR code" in window.view.verdict_panel.summary.text()


def test_an_unreadable_file_is_a_problem_not_a_verdict(qtbot, window, tmp_path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with qtbot.waitSignal(window.view.controller.failed, timeout=VERDICT_TIMEOUT_MS):
        window.view.verify_file(path)
    panel = window.view.verdict_panel
    assert panel.state == "problem" and panel.color is None
    assert panel.summary.text() == (
        "The input is not a credential: expected a vc+jwt, a TD1 QR text or a JSON credential."
    )
    assert not panel.save_pdf_button.isEnabled()


# -- exports and history ----------------------------------------------------------------------------


def test_verdict_copies_and_saves_as_json_and_pdf(qtbot, window, mill, tmp_path) -> None:
    wait_verdict(qtbot, window, lambda: window.view.controller.verify_code(mill.mtr.td1, "scanner"))
    panel = window.view.verdict_panel
    panel.copy_button.click()
    copied = json.loads(QGuiApplication.clipboard().text())
    assert copied["color"] == "amber" and copied["vc_jwt"] == mill.mtr.vc_jwt and copied["source"] == "scanner"

    dialogs.set_next_answer(tmp_path / "verdict.json")
    with qtbot.waitSignal(panel.exporter.exported, timeout=VERDICT_TIMEOUT_MS):
        panel.save_json_button.click()
    assert json.loads((tmp_path / "verdict.json").read_text())["checks"][1]["outcome"] == "passed"

    dialogs.set_next_answer(tmp_path / "report.pdf")
    with qtbot.waitSignal(panel.exporter.exported, timeout=VERDICT_TIMEOUT_MS):
        panel.save_pdf_button.click()
    document = pdfium.PdfDocument(tmp_path / "report.pdf")
    try:
        text = document[0].get_textpage().get_text_range()
        assert len(document) == 1 and GENUINE_HEAT in text and "GENUINE, CHECK THE NOTES" in text
    finally:
        document.close()
    assert str(tmp_path / "report.pdf") in panel.export_note.text()


def test_history_is_searchable_and_exports_csv(qtbot, window, mill, tmp_path) -> None:
    for text in (mill.mtr.td1, mill.forged_mtr.td1, mill.packing_list.td1):
        wait_verdict(qtbot, window, lambda t=text: window.view.controller.verify_code(t, "scanner"))
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 3)
    assert history.count_label.text() == "3 verifications"
    history.search.setText("mtr-2024")
    qtbot.waitUntil(lambda: history.model.rowCount() == 2)
    history.verdict_filter.setCurrentIndex(history.verdict_filter.findData("red"))
    assert history.model.rowCount() == 1
    assert history.model.index(0, 1).data() == "● Do not accept"
    assert history.model.index(0, 2).data() == "MTR-2024-031187"

    dialogs.set_next_answer(tmp_path / "history.csv")
    with qtbot.waitSignal(history.exported, timeout=VERDICT_TIMEOUT_MS) as exported:
        window.export_action.trigger()
    assert exported.args[1] == 1
    lines = (tmp_path / "history.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].split(",")[1] == "red"


# -- screenshots ------------------------------------------------------------------------------------


def test_screenshots_of_every_state_in_both_languages(qtbot, window, mill, pages, app_context, tmp_path) -> None:
    from sello.core.qr.parts import split_td1

    pipeline = window.view.pipeline
    shots: list[Path] = []

    def shoot(name: str) -> None:
        for lang in ("en", "es"):
            with language(lang):
                shots.append(save_screenshot(window, f"verifier_{name}", lang, tmp_path))

    def show_on_camera(image) -> object:
        frame = qimage_of(image)

        def feed() -> None:
            pipeline.feed_image(frame)
            pipeline.feed_image(frame)

        return wait_verdict(qtbot, window, feed)

    qtbot.waitUntil(lambda: not window.view.camera_panel.camera_available)
    shoot("no_camera")

    assert show_on_camera(pages["genuine"]).verdict.color == "amber"
    shoot("amber")

    window.view.scan_next()
    trust_the_mill(app_context.db, mill)
    assert show_on_camera(pages["genuine"]).verdict.color == "green"
    shoot("green")

    window.view.scan_next()
    assert show_on_camera(pages["forged"]).verdict.color == "red"
    shoot("red")

    window.view.scan_next()
    parts = split_td1(mill.mtr.td1, 320)
    for part in parts[:2]:
        frame = qimage_of(code_page(part))
        with qtbot.waitSignal(pipeline.parts_progress, timeout=VERDICT_TIMEOUT_MS):
            pipeline.feed_image(frame)
            pipeline.feed_image(frame)
    assert window.view.camera_panel.progress_text.startswith("2 of 3 parts read")
    shoot("multipart_progress")

    window.view.scan_next()
    window.view.verify_scanner_text("TD1Ñ6BF¿3(" + mill.mtr.td1[10:400] + "´´\r\n")  # a mangled scan
    assert window.view.verdict_panel.state == "problem"
    shoot("scanner_problem")

    window.tabs.setCurrentIndex(1)
    shoot("history")
    assert len(shots) == 14 and all(path.stat().st_size > 10_000 for path in shots)


# -- camera panel details -------------------------------------------------------------------------


class FakeCamera:
    """What the panel reads from a QCameraDevice."""

    def __init__(self, name: str) -> None:
        self._name = name

    def description(self) -> str:
        return self._name

    def id(self) -> bytes:
        return self._name.encode()


def test_camera_chooser_shows_with_several_cameras_and_messages_are_translated(qtbot, window) -> None:
    from sello.core.verification import scan
    from sello.ui.camera.sources import CAMERA_DENIED

    panel = window.view.camera_panel
    chosen: list[object] = []
    panel.camera_chosen.connect(chosen.append)
    cameras = [FakeCamera("Integrated webcam"), FakeCamera("Document camera USB")]
    panel.set_cameras(cameras[:1])
    assert not panel.chooser_row.isVisibleTo(panel)
    panel.set_cameras(cameras, current=cameras[1])
    assert panel.chooser_row.isVisibleTo(panel) and panel.selected_camera() is cameras[1] and chosen == []
    panel.chooser.setCurrentIndex(0)
    assert chosen == [cameras[0]]

    panel.show_unavailable(CAMERA_DENIED)
    window.view.pipeline.guidance.emit(scan.MOVE_CLOSER)
    assert panel.preview.message == "Move closer: the code is too small to read."
    with language("es"):
        assert panel.unavailable.text().startswith("Sello no tiene permiso para usar la cámara")
        assert panel.preview.message == "Acérquese: el código es demasiado pequeño para leerlo."
        assert window.windowTitle() == "Sello — Verificar documentos"
        assert window.view.verdict_panel.headline.text() == "Listo para verificar"


def test_the_language_menu_switches_the_window(qtbot, window) -> None:
    from sello.ui import i18n

    window.language_actions["es"].trigger()
    assert i18n.manager().language == "es" and window.tabs.tabText(1) == "Historial"
    assert window.language_actions["es"].isChecked()
    window.language_actions["en"].trigger()
    assert window.tabs.tabText(1) == "History"
