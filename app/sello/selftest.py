"""`sello --selftest`: prove that this installation of Sello works, one line per check.

Every installer build runs it on the frozen bundle (packaging/build.sh, the CI
workflow), and support can ask a customer to run it (on Windows, through
``sello-debug.exe``, which has a console). It needs no display: on Linux without
one, Qt runs offscreen. It works in a throwaway data folder and never touches the
user's data, keys or preferences.

Checks, in order (names for ``--skip`` / ``--only``):

  resources     JSON-LD contexts (against SHA256SUMS), document types, examples,
                reference data, compiled translations (Sello's and Qt's), icons
                (through Qt's image plugins, incl. SVG and ICO) and the PDF fonts
  keyring       store, read back and delete a value in the OS keyring (Credential
                Manager, Keychain, Secret Service)
  sign-es384    sign a vc+jwt with a new P-384 key, verify it; a altered copy fails
  sign-eddsa    the same with Ed25519
  data-integrity  an eddsa-rdfc-2022 proof (RDF canonicalization with PyLD, offline)
  pdf           issue a Mill Test Report: sign, render the PDF (reportlab), rasterize
                it (pypdfium2), read its QR (zxing-cpp), TD1 back to the identical
                vc+jwt, verify
  batch         four PDFs rendered by two worker processes (multiprocessing, frozen)
  video         play resources/selftest/qr-scan.mp4 through QtMultimedia (FFmpeg)
                into the camera ScanPipeline and accept the code it shows
  main-window   open the main window, wait until it is on screen, close it

The video is shipped (made once by packaging/make_selftest_video.py with ffmpeg)
rather than recorded at run time: it tests exactly the decoder the camera path
uses, on every platform, without depending on which encoders a Qt build has.

Exit status: 0 when every check that ran passed, 1 when one failed, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from sello.core.errors import UserFacingError

VIDEO_RESOURCE = ("selftest", "qr-scan.mp4")
VIDEO_TEXT = "SELLO SELFTEST VIDEO 1"
EXAMPLE_DOCTYPE = "mill-test-report"
LANGUAGES = ("es", "en")
KEYRING_SERVICE = "sello-selftest"
VIDEO_TIMEOUT_MS = 30_000
WINDOW_TIMEOUT_MS = 10_000

PASS, FAIL, SKIP = "PASS", "FAIL", "SKIP"


class CheckFailed(Exception):
    """What a check found wrong, as one sentence."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str  # PASS, FAIL or SKIP
    detail: str
    seconds: float
    trace: str = ""  # the traceback of an unexpected exception (printed after the summary)

    def line(self) -> str:
        return f"{self.status} {self.name:<15} {self.detail} ({self.seconds:.2f} s)"


@dataclass
class Workspace:
    """What the checks share: a scratch folder, the QApplication, one issuer."""

    folder: Path
    _app: Any = None
    _issuer: Any = None
    _db: Any = None
    closers: list[Callable[[], None]] = field(default_factory=list)

    def app(self) -> Any:
        """The QApplication, created like the desktop app creates it (theme, translations)."""
        if self._app is None:
            from sello.ui.app import create_application

            self._app = create_application()
        return self._app

    def issuer(self) -> Any:
        """A DocumentIssuer for a demo company with a did:key ES384 key in an encrypted file."""
        if self._issuer is None:
            from sello.core.documents.issuance import DocumentIssuer
            from sello.core.keys.manager import KeyManager
            from sello.core.keys.profiles import create_profile, set_default_profile
            from sello.core.keys.sealedbox import KdfParams
            from sello.core.keys.store import EncryptedFileStore
            from sello.core.storage.db import Database

            home = self.folder / "issuer"
            self._db = Database.in_folder(home)
            self.closers.append(self._db.close)
            profile = create_profile(
                self._db,
                "Aceros Selftest S.A. de C.V.",
                rfc="AST0501014T3",
                address={"city": "Monterrey", "region": "N.L.", "country": "MX"},
            )
            set_default_profile(self._db, profile.id)
            store = EncryptedFileStore(home / "keys.sello-store", "selftest passphrase", kdf=KdfParams.minimum())
            manager = KeyManager(self._db, profile.id, store)
            manager.create_key("ES384", "key", label="selftest")
            self._issuer = DocumentIssuer(self._db, manager, out_dir=home / "pdf")
        return self._issuer

    def close(self) -> None:
        for close in reversed(self.closers):
            try:
                close()
            except Exception:
                pass
        self.closers.clear()


Check = Callable[[Workspace], str]


# -- resources --------------------------------------------------------------------------
def check_resources(ws: Workspace) -> str:
    from sello.core.documents.doctypes import load_doctypes
    from sello.core.resources import resource_path, resource_root

    contexts = _check_context_hashes(resource_path("contexts"))
    doctypes = load_doctypes()  # every definition checked completely
    examples = sorted(resource_path("examples").glob("*.json"))
    for example in examples:
        if example.stem not in doctypes:
            raise CheckFailed(f"example {example.name} has no document type")
        json.loads(example.read_text(encoding="utf-8"))
    data_files = sorted(resource_path("data").glob("*.json"))
    for data_file in data_files:
        json.loads(data_file.read_text(encoding="utf-8"))
    if not data_files:
        raise CheckFailed(f"no reference data in {resource_path('data')}")
    translations = _check_translations(ws)
    icons = _check_icons(ws)
    fonts = _check_fonts()
    if not resource_path(*VIDEO_RESOURCE).is_file():
        raise CheckFailed(f"the self-test video {'/'.join(VIDEO_RESOURCE)} is missing")
    return (
        f"{contexts} contexts, {len(doctypes)} document types, {len(examples)} examples, "
        f"{len(data_files)} data files, {translations}, {icons}, {fonts} fonts in {resource_root()}"
    )


def _check_context_hashes(folder: Path) -> int:
    sums = folder / "SHA256SUMS"
    if not sums.is_file():
        raise CheckFailed(f"{sums} is missing")
    count = 0
    for line in sums.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, name = line.split(maxsplit=1)
        path = folder / name.strip().lstrip("*")
        if not path.is_file():
            raise CheckFailed(f"context {path.name} is missing")
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise CheckFailed(f"context {path.name} does not match its SHA-256 in SHA256SUMS")
        json.loads(path.read_text(encoding="utf-8"))
        count += 1
    if count == 0:
        raise CheckFailed("SHA256SUMS lists no context")
    return count


def _check_translations(ws: Workspace) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from sello.core.resources import resource_path

    ws.app()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in LANGUAGES:
        own = resource_path("translations", f"sello_{language}.qm")
        translator = QTranslator()
        if not own.is_file() or not translator.load(str(own)):
            raise CheckFailed(f"the compiled translation {own.name} is missing or unreadable")
        if translator.isEmpty() or translator.language().split("_")[0] != language:
            raise CheckFailed(f"{own.name} is empty or not in language {language!r} ({translator.language()!r})")
    qt_base = QTranslator()
    if not qt_base.load("qtbase_es.qm", qt_folder):
        raise CheckFailed(f"Qt's own Spanish translation qtbase_es.qm is missing from {qt_folder}")
    return "translations es+en (+ qtbase_es)"


def _check_icons(ws: Workspace) -> str:
    from PySide6.QtGui import QIcon, QImage

    from sello.core.resources import resource_path

    ws.app()
    icons = resource_path("icons")
    pngs = sorted(icons.glob("sello-*.png"))
    if not pngs:
        raise CheckFailed(f"no application icon PNGs in {icons}")
    for path in [*pngs, icons / "sello.ico"]:
        if QImage(str(path)).isNull():  # .ico needs Qt's imageformats/qico plugin
            raise CheckFailed(f"Qt cannot read the icon {path.name} (image format plugin missing?)")
    if not (icons / "sello.icns").is_file():
        raise CheckFailed("sello.icns is missing")
    svgs = sorted((icons / "nav").glob("*.svg"))
    for path in svgs:
        if QIcon(str(path)).pixmap(24, 24).isNull():  # needs QtSvg and the svg icon engine
            raise CheckFailed(f"Qt cannot draw the SVG icon {path.name} (QtSvg plugins missing?)")
    return f"{len(pngs) + 2 + len(svgs)} icons"


def _check_fonts() -> int:
    from reportlab.pdfbase import pdfmetrics

    from sello.core.documents.pdf.fonts import register_fonts

    fonts = register_fonts()
    names = (fonts.sans, fonts.bold, fonts.mono)
    for name in names:
        if pdfmetrics.getFont(name).stringWidth("Acero ≤ 0.25 %", 10) <= 0:
            raise CheckFailed(f"font {name} has no glyph widths")
    return len(names)


# -- keyring ----------------------------------------------------------------------------
def check_keyring(ws: Workspace) -> str:
    from sello.core.keys.store import probe_keyring

    return f"store, read back and delete in {probe_keyring(KEYRING_SERVICE)}"


# -- signatures -------------------------------------------------------------------------
def _test_credential(did: str) -> dict[str, Any]:
    from sello.core.credentials.credential import build_credential
    from sello.core.documents.doctypes import get_doctype
    from sello.core.documents.mapping import build_subject, credential_types
    from sello.core.documents.validation import normalize_data
    from sello.core.resources import load_json_resource

    doctype = get_doctype(EXAMPLE_DOCTYPE)
    data = normalize_data(doctype, load_json_resource("examples", f"{EXAMPLE_DOCTYPE}.json"))
    return build_credential(
        types=credential_types(doctype),
        subject=build_subject(doctype, data),
        issuer={"id": did, "name": "Aceros Selftest S.A. de C.V."},
    )


def _require_passed(verdict: Any, names: Sequence[str], what: str) -> None:
    for name in names:
        check = verdict.check(name)
        if check.outcome != "passed":
            raise CheckFailed(f"{what}: check {name} {check.outcome} ({check.message.get('en', check.code)})")


def _altered(token: str) -> str:
    """The token with one bit of its signature flipped."""
    head, _, signature = token.rpartition(".")
    flipped = "A" if signature[10] != "A" else "B"
    return f"{head}.{signature[:10]}{flipped}{signature[11:]}"


def _sign_and_verify(alg: str) -> str:
    from sello.core.credentials.checks import verify_vc_jwt
    from sello.core.credentials.credential import sign_vc_jwt
    from sello.core.keys.did import DidResolver, identifiers_for_key
    from sello.core.keys.keypair import generate_key

    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, "key")
    token = sign_vc_jwt(_test_credential(did), key, kid)
    resolver = DidResolver()
    verdict = verify_vc_jwt(token, resolver=resolver)
    _require_passed(verdict, ("format", "signature", "issuer_key", "dates"), f"a fresh {alg} vc+jwt")
    if verify_vc_jwt(_altered(token), resolver=resolver).check("signature").outcome != "failed":
        raise CheckFailed(f"an altered {alg} signature was not rejected")
    return f"{alg} vc+jwt of {len(token)} characters signed and verified (did:key); an altered copy is rejected"


def check_sign_es384(ws: Workspace) -> str:
    return _sign_and_verify("ES384")


def check_sign_eddsa(ws: Workspace) -> str:
    return _sign_and_verify("EdDSA")


def check_data_integrity(ws: Workspace) -> str:
    from sello.core.credentials.checks import verify_data_integrity
    from sello.core.credentials.credential import build_credential
    from sello.core.credentials.dataintegrity import sign_data_integrity
    from sello.core.keys.did import DidResolver, identifiers_for_key
    from sello.core.keys.keypair import generate_key

    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "key")
    # a small credential: RDF canonicalization of a whole Mill Test Report takes PyLD minutes
    credential = build_credential(
        types=["MillTestReportCredential"],
        issuer={"id": did, "name": "Aceros Selftest S.A. de C.V."},
        subject={"type": ["MillTestReport"], "certificateNumber": "MTR-SELFTEST-1", "heatNumber": "H00-0001"},
    )
    signed = sign_data_integrity(credential, key, kid)  # eddsa-rdfc-2022: PyLD canonicalization
    verdict = verify_data_integrity(signed, resolver=DidResolver())
    _require_passed(verdict, ("format", "signature", "issuer_key"), "an eddsa-rdfc-2022 proof")
    signed["credentialSubject"]["heatNumber"] = "H00-0002"
    try:
        altered = verify_data_integrity(signed, resolver=DidResolver())
    except UserFacingError:
        altered = None
    if altered is not None and altered.ok:
        raise CheckFailed("an altered Data Integrity credential was accepted")
    return f"{signed['proof']['cryptosuite']} proof signed and verified (PyLD, offline contexts)"


# -- PDF --------------------------------------------------------------------------------
def check_pdf(ws: Workspace) -> str:
    from sello.core.keys.did import DidResolver
    from sello.core.qr.payload import decode_td1
    from sello.core.resources import load_json_resource
    from sello.core.verification.pipeline import verify_input
    from sello.core.verification.scan import scan_pdf

    issuer = ws.issuer()
    signed = issuer.sign(EXAMPLE_DOCTYPE, load_json_resource("examples", f"{EXAMPLE_DOCTYPE}.json"))
    pdf = issuer.render(signed)
    found = [r for r in scan_pdf(pdf) if r.decoded]  # pypdfium2 renders each page, zxing-cpp reads
    if not found:
        raise CheckFailed("no QR code could be read from the rendered PDF")
    texts = {r.text for r in found}
    if texts != {signed.td1}:
        raise CheckFailed(f"the PDF's QR code reads {len(texts)} text(s) that differ from the TD1 printed")
    token = decode_td1(found[0].text)
    if token != signed.vc_jwt:
        raise CheckFailed("the QR code's TD1 text does not rebuild the identical vc+jwt")
    verdict = verify_input(found[0].text, resolver=DidResolver())
    _require_passed(verdict, ("format", "signature", "issuer_key", "dates"), "the scanned PDF")
    return (
        f"{signed.doctype.id} PDF of {len(pdf) // 1024} KB, QR read back at 200 dpi "
        f"({len(signed.td1)} TD1 characters) -> identical vc+jwt, signature valid"
    )


def check_batch(ws: Workspace) -> str:
    from sello.core.documents.batch import BatchRecord, issue_batch
    from sello.core.resources import load_json_resource

    data = load_json_resource("examples", f"{EXAMPLE_DOCTYPE}.json")
    records = [BatchRecord(row, data) for row in range(1, 5)]
    result = issue_batch(ws.issuer(), EXAMPLE_DOCTYPE, records, workers=2)
    if result.problems:
        raise CheckFailed(f"the batch reported problems: {result.problems[0].text()}")
    if len(result.issued) != len(records):
        raise CheckFailed(f"the batch issued {len(result.issued)} of {len(records)} documents")
    for document in result.issued:
        if not document.pdf_path.read_bytes().startswith(b"%PDF-"):
            raise CheckFailed(f"{document.pdf_path.name} is not a PDF")
    return f"{len(result.issued)} PDFs rendered by 2 worker processes"


# -- Qt: camera pipeline and main window ------------------------------------------------
def _wait(done: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the Qt event loop until `done()` or the timeout; returns `done()`."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: done() and loop.quit())
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    if not done():
        poll.start()
        deadline.start(timeout_ms)
        loop.exec()
        poll.stop()
        deadline.stop()
    return done()


def check_video(ws: Workspace) -> str:
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer

    from sello.core.resources import resource_path
    from sello.ui.camera import ScanPipeline
    from sello.ui.camera.sources import VideoFileSource

    ws.app()
    path = resource_path(*VIDEO_RESOURCE)
    probe = QMediaPlayer()
    available = probe.isAvailable()
    probe.deleteLater()
    if not available:
        raise CheckFailed(
            "QtMultimedia has no media backend: the FFmpeg plugin (plugins/multimedia) "
            "is missing or cannot load (run with QT_DEBUG_PLUGINS=1 to see why)"
        )
    pipeline = ScanPipeline()
    source = VideoFileSource(pipeline, pipeline)
    accepted: list[str] = []
    errors: list[str] = []
    ended: list[bool] = []
    pipeline.code_accepted.connect(accepted.append)
    pipeline.camera_error.connect(errors.append)
    source.finished.connect(lambda: ended.append(True))
    try:
        source.play(path)
        _wait(lambda: bool(accepted or errors or ended), VIDEO_TIMEOUT_MS)
        source.stop()
        if not accepted and pipeline.wait_idle(5000):  # the last frames may still be decoding
            _wait(lambda: bool(accepted), 500)
        stats = pipeline.stats
    finally:
        source.stop()
        source.player.setSource(QUrl())  # release the file and the decoder
        pipeline.wait_idle(5000)
        pipeline.deleteLater()
    if errors:
        raise CheckFailed(errors[0])
    if not accepted:
        raise CheckFailed(
            f"no code was accepted from {path.name} ({stats.received} frames received, "
            f"{stats.decoded} decoded){'' if ended else ' before the time limit'}"
        )
    if accepted[0] != VIDEO_TEXT:
        raise CheckFailed(f"the video's code read {accepted[0][:40]!r}, expected {VIDEO_TEXT!r}")
    return f"read {VIDEO_TEXT!r} from {path.name} after {stats.received} frames ({stats.decoded} decoded)"


def check_main_window(ws: Workspace) -> str:
    from PySide6.QtGui import QGuiApplication

    from sello.ui.app import open_window
    from sello.ui.context import AppContext
    from sello.ui.tasks import wait_for_tasks

    ws.app()
    started = time.perf_counter()
    context = AppContext.open()
    try:
        window = open_window("main", context)
        window.show()

        def exposed() -> bool:
            handle = window.windowHandle()
            return handle is not None and handle.isExposed()

        shown = _wait(exposed, WINDOW_TIMEOUT_MS)
        elapsed = time.perf_counter() - started
        title, size = window.windowTitle(), window.size()
        window.close()
        window.deleteLater()
        wait_for_tasks(5000)
    finally:
        context.close()
    if not shown:
        raise CheckFailed(f"the main window was not shown within {WINDOW_TIMEOUT_MS / 1000:.0f} s")
    return (
        f"{title!r} shown at {size.width()}x{size.height()} in {elapsed * 1000:.0f} ms "
        f"(Qt platform {QGuiApplication.platformName()})"
    )


CHECKS: dict[str, Check] = {
    "resources": check_resources,
    "keyring": check_keyring,
    "sign-es384": check_sign_es384,
    "sign-eddsa": check_sign_eddsa,
    "data-integrity": check_data_integrity,
    "pdf": check_pdf,
    "batch": check_batch,
    "video": check_video,
    "main-window": check_main_window,
}


# -- running ----------------------------------------------------------------------------
def run_check(name: str, check: Check, ws: Workspace) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = check(ws)
    except (CheckFailed, UserFacingError) as exc:
        return CheckResult(name, FAIL, _one_line(str(exc)), time.perf_counter() - started)
    except Exception as exc:
        return CheckResult(
            name,
            FAIL,
            _one_line(f"{type(exc).__name__}: {exc}"),
            time.perf_counter() - started,
            trace=traceback.format_exc(),
        )
    return CheckResult(name, PASS, _one_line(detail), time.perf_counter() - started)


def run_checks(
    checks: dict[str, Check],
    skip: Sequence[str] = (),
    *,
    out: Callable[[str], None] = print,
    folder: Path | None = None,
) -> list[CheckResult]:
    """Run `checks` in order, printing each result's line as it finishes."""
    own = folder is None
    scratch = Path(tempfile.mkdtemp(prefix="sello-selftest-")) if own else folder
    ws = Workspace(scratch)
    results = []
    try:
        for name, check in checks.items():
            if name in skip:
                result = CheckResult(name, SKIP, "skipped on request", 0.0)
            else:
                result = run_check(name, check, ws)
            results.append(result)
            out(result.line())
    finally:
        ws.close()
        if own:
            shutil.rmtree(scratch, ignore_errors=True)
    return results


def summary(results: Sequence[CheckResult], seconds: float) -> str:
    counts = {status: sum(r.status == status for r in results) for status in (PASS, FAIL, SKIP)}
    verdict = "FAILED" if counts[FAIL] else "OK"
    return (
        f"selftest {verdict}: {counts[PASS]} passed, {counts[FAIL]} failed, {counts[SKIP]} skipped in {seconds:.1f} s"
    )


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def prepare_environment() -> None:
    """Headless where there is no display (Linux without X11/Wayland)."""
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sello --selftest", description="Check that this installation of Sello works (headless)."
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="CHECK",
        choices=list(CHECKS),
        help="leave a check out (repeatable)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="CHECK",
        choices=list(CHECKS),
        help="run only this check (repeatable)",
    )
    parser.add_argument(
        "--report", metavar="FILE", help="also write the report to FILE (Windows' windowed sello.exe has no console)"
    )
    parser.add_argument("--list", action="store_true", help="list the checks and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.list:
        for name in CHECKS:
            print(name)
        return 0
    report: TextIO | None = open(args.report, "w", encoding="utf-8") if args.report else None
    console = sys.stdout  # None in a windowed Windows app

    def out(line: str) -> None:
        for stream in (console, report):
            if stream is not None:
                stream.write(line + "\n")
                stream.flush()

    from sello import __version__

    prepare_environment()
    saved_home = os.environ.get("SELLO_HOME")
    home = tempfile.mkdtemp(prefix="sello-selftest-home-")
    os.environ["SELLO_HOME"] = home  # never the user's data, keys or preferences
    started = time.perf_counter()
    try:
        out(
            f"Sello {__version__} selftest ({'frozen' if getattr(sys, 'frozen', False) else 'from source'}, "
            f"Python {sys.version.split()[0]}, {sys.platform})"
        )
        chosen = {n: c for n, c in CHECKS.items() if not args.only or n in args.only}
        results = run_checks(chosen, args.skip, out=out)
        out(summary(results, time.perf_counter() - started))
        for result in results:
            if result.trace:
                out(f"--- {result.name} ---\n{result.trace.rstrip()}")
    finally:
        if saved_home is None:
            os.environ.pop("SELLO_HOME", None)
        else:
            os.environ["SELLO_HOME"] = saved_home
        shutil.rmtree(home, ignore_errors=True)
        if report is not None:
            report.close()
    return 1 if any(r.status == FAIL for r in results) else 0
