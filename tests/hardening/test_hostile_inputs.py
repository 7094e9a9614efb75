"""Issue 14's hostile inputs against the real command line, one process each.

Each case is generated here (nothing big is committed), run as `python -m sello ...` in
a child process, and held to: exit status 2 (unusable input, never 70), exactly one
line on standard error that reads as a sentence, and a peak resident memory of the
child under 200 MB, read from `os.wait4` (the child's own `ru_maxrss`). The elapsed
time is printed, not asserted (STYLE: no timed assertions); a child still running
after 60 s fails as a hang.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sello.core.limits import value
from tests.hardening import hostile
from tests.hardening.fuzz_support import assert_clear_message

PEAK_CAP_MB = 200
HANG_SECONDS = 60
APP = Path(__file__).resolve().parents[2] / "app"


# The child's peak comes from os.wait4 in a small launcher: Linux carries the peak RSS of a
# process image across exec, so a child forked straight from pytest (hundreds of MB) would
# report pytest's size; the launcher is small when it forks the real `sello` process.
_LAUNCHER = """
import os, sys, time
started = time.perf_counter()
pid = os.posix_spawn(sys.executable, [sys.executable, "-m", "sello", *sys.argv[1:]], os.environ)
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss, time.perf_counter() - started)
"""


def run_sello(home: Path, *args: str) -> tuple[int, str, float, float]:
    """(exit status, standard error, peak RSS in MB, seconds) of one `sello` process."""
    env = {**os.environ, "SELLO_HOME": str(home), "PYTHONPATH": str(APP), "QT_QPA_PLATFORM": "offscreen"}
    try:
        launched = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, *args],
            capture_output=True,
            env=env,
            cwd=home.parent,
            timeout=HANG_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"sello {' '.join(args)} still running after {HANG_SECONDS} s")
    code, maxrss, seconds = launched.stdout.split()
    peak_mb = int(maxrss) / (1048576 if sys.platform == "darwin" else 1024)
    return int(code), launched.stderr.decode("utf-8", errors="replace"), peak_mb, float(seconds)


def _attachment_bomb(tmp: Path) -> list[str]:
    return ["verify", str(hostile.pdf_with_attachment_bomb(tmp / "attached-bomb.pdf"))]


def _attachment_as_image(tmp: Path) -> list[str]:
    pdf = hostile.pdf_with_attachment_bomb(tmp / "image-bomb.pdf", disguise=b"/Subtype /Image /Width 9 /Height 9 ")
    return ["verify", str(pdf)]


def _attachment_under_image_cap(tmp: Path) -> list[str]:
    size = value("pdf_image_bytes") - (1 << 20)
    pdf = hostile.pdf_with_attachment_bomb(tmp / "image-31.pdf", size, disguise=b"/Subtype /Image ")
    return ["verify", str(pdf)]


def _content_bomb(tmp: Path) -> list[str]:
    return ["verify", str(hostile.pdf_with_content_bomb(tmp / "content-bomb.pdf"))]


def _empty_records(tmp: Path) -> list[str]:
    data = hostile.json_array_of_empty_records(tmp / "records.json")
    return ["issue", "--type", "packing-list", "--data", str(data), "--out", str(tmp / "out")]


def _group_columns(tmp: Path) -> list[str]:
    data = hostile.csv_with_group_columns(tmp / "columns.csv")
    return ["issue", "--type", "packing-list", "--data", str(data), "--out", str(tmp / "out")]


def _nested_bundle(tmp: Path) -> list[str]:
    return ["bundle", "import", str(hostile.nested_json_file(tmp / "nested.json"))]


def _nested_manifest(tmp: Path) -> list[str]:
    return ["bundle", "import", str(hostile.bundle_with_nested_manifest(tmp / "manifest.json"))]


CASES: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "pdf attachment inflating to 1 GiB": (_attachment_bomb, "inflates to more than"),
    "pdf content stream inflating to 1 GiB": (_content_bomb, "inflates to more than"),
    "pdf attachment claiming to be an image, 1 GiB": (_attachment_as_image, "image that inflates to more than"),
    "pdf attachment claiming to be an image, 1 MiB under its cap": (_attachment_under_image_cap, "credential"),
    "20 MB JSON array of empty records": (_empty_records, "JSON values"),
    "CSV header of 100,000 group columns": (_group_columns, "columns"),
    "JSON nested 100,000 deep as a bundle": (_nested_bundle, "nested more than"),
    "bundle whose manifest payload nests 100,000 deep": (_nested_manifest, "nested more than"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_input_is_refused_in_one_line_with_bounded_memory(case: str, tmp_path: Path) -> None:
    build, expected = CASES[case]
    home = tmp_path / "home"
    home.mkdir()
    args = build(tmp_path)
    code, stderr, peak_mb, seconds = run_sello(home, *args)
    print(f"\n{case}: exit {code}, {seconds:.2f} s, peak {peak_mb:.0f} MB, {stderr.strip()!r}")
    lines = stderr.splitlines()
    assert code == 2, f"exit {code}: {stderr[-2000:]}"
    assert len(lines) == 1, f"{len(lines)} lines on standard error: {stderr[:2000]!r}"
    assert lines[0].startswith("sello: ") and expected in lines[0], lines[0]
    assert_clear_message(lines[0], where=case)
    assert peak_mb < PEAK_CAP_MB, f"{case}: peak {peak_mb:.0f} MB"
