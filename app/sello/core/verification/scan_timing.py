"""Module positions along a re-sampled code, read from its timing patterns (issue 19).

A QR code's row 6 and column 6 alternate dark and light modules between the finder patterns.
In a code re-sampled so that its rows are straight (`scan_rectify`), following that pattern
tells where each module column (and row) really is when the pitch varies across the code:
the flanks of a curl are squeezed, the halves of a fold are foreshortened differently.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

MODULE_PX = 5  # pixels per module in the re-sampled code
QUIET = 4  # modules of white around it (the QR quiet zone)
FINDER_EDGE = 2.5  # modules: a dark run at least this long along a timing line is a finder pattern's edge


def timing_map(straight: Image.Image, n: int, *, vertical: bool, at: float) -> Callable[[float], float] | None:
    """`_timing_at` the nominal place of the timing pattern and up to 1.5 modules either side
    of it (the outline is traced to within a module or so): the place where the pattern is
    followed with the fewest modules missing."""
    best: tuple[int, Callable[[float], float]] | None = None
    for offset in sorted((step / 5 for step in range(-7, 8)), key=abs):
        found = _timing_at(straight, n, vertical=vertical, at=at + offset)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
            if found[0] == 0:
                break
    return best[1] if best else None


def _timing_at(
    straight: Image.Image, n: int, *, vertical: bool, at: float
) -> tuple[int, Callable[[float], float]] | None:
    """Where each module boundary of the code is along one axis of `straight` (pixels, as a
    function of the module coordinate, quiet zone included), read from the timing pattern:
    along row 6 (column 6 when `vertical`), the first finder pattern's dark edge ends where
    module 7 (light) starts, dark and light alternate (module m dark when m is even), and
    the other finder's dark edge starts at module n - 7. With the number of boundaries that
    had to be guessed; None when the pattern cannot be followed from one finder to the other."""
    k, q = MODULE_PX, QUIET * MODULE_PX
    start, stop = q + k, q + (n + 2) * k
    across = round(at * k)
    pixels = straight.load()
    assert pixels is not None
    profile = []
    for along in range(start, stop):
        points = [(across + d, along) if vertical else (along, across + d) for d in (-1, 0, 1)]
        profile.append(sum(pixels[p] for p in points) / 3)  # type: ignore[misc]
    dark = _dark(profile, 3 * k)
    runs: list[tuple[float, int, bool]] = []  # (first pixel, length, dark)
    for i, flag in enumerate(dark):
        if runs and runs[-1][2] == flag:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1, flag)
        else:
            runs.append((start + i, 1, flag))
    finders = [(first, length) for first, length, flag in runs if flag and length >= FINDER_EDGE * k]
    if len(finders) < 2 or finders[0][0] > start + 3 * k:
        return None
    separator, finder = finders[0][0] + finders[0][1], finders[-1][0]
    pitch = (finder - separator) / (n - 14)
    if not 0.5 * k < pitch < 2 * k:
        return None
    changes = [(float(first), flag) for first, _, flag in runs if separator < first < finder]
    tracked = _tracked(changes, float(separator), float(finder), pitch, n)
    if tracked is None:
        return None
    missing, boundaries = tracked
    knots = [(0.0, 0.0), *((float(QUIET + m), at) for m, at in boundaries)]
    knots.append((float(2 * QUIET + n), boundaries[-1][1] + (QUIET + 7) * k))

    def placed(module: float) -> float:
        for (m0, p0), (m1, p1) in zip(knots, knots[1:], strict=False):
            if module <= m1:
                return p0 + (module - m0) * (p1 - p0) / (m1 - m0)
        return knots[-1][1] + (module - knots[-1][0]) * k

    return missing, placed


def _dark(profile: list[float], half: int) -> list[bool]:
    """Each pixel of a profile dark or light: against the middle of the darkest and lightest
    within `half` pixels, or of the whole profile inside a long run (a finder's edge) where
    there is no contrast nearby."""
    low, high = min(profile), max(profile)
    dark = []
    for i, value in enumerate(profile):
        window = profile[max(0, i - half) : i + half + 1]
        near_low, near_high = min(window), max(window)
        middle = (near_low + near_high) / 2 if near_high - near_low >= 0.3 * (high - low) else (low + high) / 2
        dark.append(value < middle)
    return dark


def _tracked(
    changes: list[tuple[float, bool]], separator: float, finder: float, average: float, n: int
) -> tuple[int, list[tuple[int, float]]] | None:
    """The start of each module m from 7 (the separator) to n - 7 (the finder) along a timing
    pattern: each expected a pitch after the last (the pitch following the pattern as it
    changes, within 30 % of the average), taken from the nearest transition of the right kind
    (into dark when m is even), or put where it was expected when a crack or a speck hides it.
    None when too many are missing or the count does not arrive at the finder."""
    boundaries = [(7, separator)]
    missing, pitch = 0, average
    for m in range(8, n - 7):
        last = boundaries[-1][1]
        expected = last + pitch
        candidates = [at for at, into_dark in changes if into_dark == (m % 2 == 0) and abs(at - expected) <= pitch / 2]
        if candidates:
            at = min(candidates, key=lambda c: abs(c - expected))
            pitch = min(1.3 * average, max(0.7 * average, 0.7 * pitch + 0.3 * (at - last)))
        else:
            at, missing = expected, missing + 1
        boundaries.append((m, at))
    if missing > n // 10 or abs(boundaries[-1][1] + pitch - finder) > 0.6 * pitch:
        return None
    boundaries.append((n - 7, finder))
    return missing, boundaries
