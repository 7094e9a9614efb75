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
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from sello import __version__
from sello.core.errors import UserFacingError
from sello.selftest.engine_checks import (
    check_batch,
    check_data_integrity,
    check_keyring,
    check_pdf,
    check_resources,
    check_sign_eddsa,
    check_sign_es384,
)
from sello.selftest.qt_checks import check_main_window, check_video
from sello.selftest.workspace import (
    FAIL,
    PASS,
    SKIP,
    VIDEO_TEXT,
    Check,
    CheckFailed,
    CheckResult,
    Workspace,
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

__all__ = [
    "CHECKS",
    "FAIL",
    "PASS",
    "SKIP",
    "VIDEO_TEXT",
    "CheckFailed",
    "CheckResult",
    "Workspace",
    "main",
    "run_checks",
    "summary",
]


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
