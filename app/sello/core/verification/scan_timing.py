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
    along row 6 (column 6 when `vertical`), past the finder pattern's dark edge, module 7 is
    light, then dark and light alternate (module m dark when m is even) up to module n - 7,
    the other finder's dark edge. With the number of boundaries that had to be guessed; None
    when the pattern cannot be followed to that finder."""
    k, q = MODULE_PX, QUIET * MODULE_PX
    start, stop = q + 5 * k, q + (n - 2) * k
    across = round(at * k)
    pixels = straight.load()
    assert pixels is not None
    profile = []
    for along in range(start, stop):
        points = [(across + d, along) if vertical else (along, across + d) for d in (-1, 0, 1)]
        profile.append(sum(pixels[p] for p in points) / 3)  # type: ignore[misc]
    half = 2 * k
    dark = []
    for i, value in enumerate(profile):
        window = profile[max(0, i - half) : i + half + 1]
        dark.append(value < sum(window) / len(window))
    # transitions: (pixel position, True when into dark)
    changes = [(start + i + 0.5, dark[i + 1]) for i in range(len(dark) - 1) if dark[i + 1] != dark[i]]
    separator = next((at for at, into_dark in changes if not into_dark), None)
    if separator is None or separator > start + 4 * k:
        return None
    tracked = _tracked(changes, separator, float(k), n)
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


def _tracked(
    changes: list[tuple[float, bool]], separator: float, pitch: float, n: int
) -> tuple[int, list[tuple[int, float]]] | None:
    """The start of each module m from 7 to n - 7 along a timing pattern: each expected a
    pitch after the last (the pitch following the pattern as it changes), taken from the
    nearest transition of the right kind (into dark when m is even), or put where it was
    expected when a crack or a speck hides it. None when too many are missing, or when the
    last is not followed by the finder's dark edge."""
    boundaries = [(7, separator)]
    missing = 0
    for m in range(8, n - 6):
        last = boundaries[-1][1]
        expected = last + pitch
        candidates = [at for at, into_dark in changes if into_dark == (m % 2 == 0) and abs(at - expected) <= pitch / 2]
        if candidates:
            at = min(candidates, key=lambda c: abs(c - expected))
            pitch = 0.7 * pitch + 0.3 * (at - last)
        else:
            at, missing = expected, missing + 1
        boundaries.append((m, at))
    if missing > n // 10:
        return None
    end = boundaries[-1][1]
    if any(not into_dark and end < at < end + 2.5 * pitch for at, into_dark in changes):
        return None  # no finder edge there: the pattern was lost
    return missing, boundaries
