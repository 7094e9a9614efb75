"""Shared machinery of the decoder fuzz tests: example budgets, the per-decoder case
registry, time and memory measurement, and what counts as a clear rejection.

`SELLO_FUZZ_EXAMPLES` sets how many hypothesis examples a decoder gets (default 300:
the CI size); a test may take a share of it (slow decoders) or a multiple (cheap
ones). `SELLO_FUZZ_DEADLINE_MS` bounds one example's time (default 2000 ms).
`SELLO_FUZZ_REPORT=path.json` also writes the table as JSON. docs/fuzzing.md says
how to run a longer campaign.
"""

from __future__ import annotations

import faulthandler
import json
import os
import re
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal, TypeVar

from hypothesis import HealthCheck, settings

from sello.core.credentials.verdict import Verdict
from sello.core.errors import UserFacingError

FUZZ_EXAMPLES = int(os.environ.get("SELLO_FUZZ_EXAMPLES", "300"))
DEADLINE_MS = int(os.environ.get("SELLO_FUZZ_DEADLINE_MS", "2000"))
PYTHON_MEMORY_CAP = 64 * 1024 * 1024  # tracemalloc peak of one example (Python-level allocations)
NATIVE_MEMORY_CAP = 256 * 1024 * 1024  # peak RSS growth of one example (pdfium, Pillow, zxing)
MAX_MESSAGE_CHARS = 1000
HANG_SECONDS = 60  # a case still running after this is a hang: dump every thread's stack and stop

# What a rejection's sentence must never show: Python internals instead of words.
_INTERNALS = re.compile(r"Traceback|object at 0x|<class '|<function |<module |<built-in|File \"|(?<!\.)\.\.$")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")

Memory = Literal["python", "native", None]
T = TypeVar("T")


def fuzz_settings(share: float = 1.0) -> settings:
    """Hypothesis settings for one decoder: `share` of the example budget, the deadline."""
    return settings(
        max_examples=max(5, round(FUZZ_EXAMPLES * share)),
        deadline=timedelta(milliseconds=DEADLINE_MS),
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.function_scoped_fixture,
        ],
        print_blob=True,
    )


# -- the registry --------------------------------------------------------------------
@dataclass
class DecoderStats:
    cases: int = 0
    accepted: int = 0  # decoded, or a verdict that is not red
    rejected: int = 0  # a documented error with a clear sentence
    red: int = 0  # a red verdict
    peak_bytes: int = 0  # the largest per-example memory peak measured
    slowest_ms: float = 0.0


REGISTRY: dict[str, DecoderStats] = {}


def stats(decoder: str) -> DecoderStats:
    return REGISTRY.setdefault(decoder, DecoderStats())


def summary_lines() -> list[str]:
    """The table printed at the end of the session (and copied into docs/fuzzing.md)."""
    if not REGISTRY:
        return []
    width = max(len(name) for name in REGISTRY)
    head = (
        f"{'decoder':<{width}}  {'cases':>7}  {'accepted':>8}  {'rejected':>8}  {'red':>6}  {'peak MB':>7}  "
        f"{'max ms':>7}"
    )
    lines = [f"decoder fuzzing (SELLO_FUZZ_EXAMPLES={FUZZ_EXAMPLES}, deadline {DEADLINE_MS} ms)", head, "-" * len(head)]
    total = 0
    for name, item in sorted(REGISTRY.items()):
        total += item.cases
        lines.append(
            f"{name:<{width}}  {item.cases:>7}  {item.accepted:>8}  {item.rejected:>8}  {item.red:>6}  "
            f"{item.peak_bytes / 1048576:>7.1f}  {item.slowest_ms:>7.0f}"
        )
    lines.append(f"{'total':<{width}}  {total:>7}")
    return lines


def write_report(path: str | Path) -> None:
    payload = {
        "examples": FUZZ_EXAMPLES,
        "deadline_ms": DEADLINE_MS,
        "decoders": {name: asdict(item) for name, item in sorted(REGISTRY.items())},
    }
    Path(path).write_text(json.dumps(payload, indent=1), encoding="utf-8")


# -- messages ------------------------------------------------------------------------
def assert_clear_message(text: Any, *, where: str = "") -> None:
    """One non-empty line of words: no traceback, no repr of a Python object."""
    assert isinstance(text, str) and text.strip(), f"{where}: empty message"
    assert "\n" not in text and "\r" not in text, f"{where}: message spans lines: {text!r}"
    assert not _CONTROL.search(text), f"{where}: message has control characters: {text!r}"
    assert not _INTERNALS.search(text), f"{where}: message shows internals: {text!r}"
    assert len(text) <= MAX_MESSAGE_CHARS, f"{where}: message is {len(text)} characters: {text[:200]!r}…"


def assert_clear_verdict(verdict: Verdict, *, where: str = "") -> None:
    assert verdict.color in ("green", "amber", "red")
    for check in verdict.checks:
        for lang in ("en", "es"):
            assert_clear_message(check.message.get(lang), where=f"{where} {check.name}/{lang}")
    assert_clear_message(verdict.summary("en"), where=f"{where} summary")


# -- measuring one example -----------------------------------------------------------
def _rss_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM := VmRSS
        return True
    except OSError:
        return False


@contextmanager
def measured(decoder: str, memory: Memory) -> Iterator[None]:
    """Time and memory of one example, folded into the decoder's stats and checked."""
    item = stats(decoder)
    started_tracing = False
    native_base = None
    if memory == "python":
        if not tracemalloc.is_tracing():
            tracemalloc.start()
            started_tracing = True
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
    elif memory == "native" and _reset_peak_rss():
        native_base = _rss_kib("VmRSS")
    start = time.perf_counter()
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)  # CI fails loudly instead of hanging
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        elapsed = (time.perf_counter() - start) * 1000
        peak = 0
        if memory == "python":
            peak = tracemalloc.get_traced_memory()[1] - base
            if started_tracing:
                tracemalloc.stop()
        elif native_base is not None:
            high = _rss_kib("VmHWM")
            peak = max(0, (high or 0) - native_base) * 1024
        item.slowest_ms = max(item.slowest_ms, elapsed)
        item.peak_bytes = max(item.peak_bytes, peak)
        cap = PYTHON_MEMORY_CAP if memory == "python" else NATIVE_MEMORY_CAP
        if peak >= cap:  # checked for rejections too: a refused bomb must be refused cheaply
            raise AssertionError(f"{decoder}: one example used {peak / 1048576:.1f} MB (cap {cap / 1048576:.0f} MB)")


def exercise(
    decoder: str,
    call: Callable[[], T],
    *,
    allowed: tuple[type[BaseException], ...] = (UserFacingError,),
    memory: Memory = "python",
) -> T | None:
    """Run one fuzz case: the decoder may return or raise one of `allowed` with a clear
    sentence; anything else fails the test. Returns the result, or None if rejected.

    A returned `Verdict` has its messages checked and is counted as red or accepted.
    """
    item = stats(decoder)
    item.cases += 1
    try:
        with measured(decoder, memory):
            result = call()
    except allowed as exc:
        item.rejected += 1
        assert_clear_message(str(exc), where=f"{decoder} ({type(exc).__name__})")
        return None
    if isinstance(result, Verdict):
        assert_clear_verdict(result, where=decoder)
        if result.color == "red":
            item.red += 1
            return result
    item.accepted += 1
    return result
