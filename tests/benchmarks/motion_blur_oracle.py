"""Diagnose and score the motion-blur category of the harsh corpus (issue 19), without Qt.

Run: PYTHONPATH=app:. .venv/bin/python -m tests.benchmarks.motion_blur_oracle [score|dev|oracle] [variants] [--pixel-stepped]

The five sample documents are issued once and their 300 dpi pages and expected vc+jwt cached in
a temp folder (reused by later runs). `score` reads the category's images (the same generator and
seeds as bench_verify_decode's harsh_table) with Sello's scan_image and reports tuning and held-out
apart, with the time of the deblur retry. `oracle` also knows each image's true smear (replayed
from the same random draws) and reports how often the estimator finds it, and whether restoration
with the true smear decodes. --pixel-stepped: the generator as it was before issue 19's fix
(whole-pixel shifts, the unshifted copy counted twice, 8-bit truncation at each of ~20 blends),
kept here to compare.
"""

from __future__ import annotations

import json
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops

from tests.benchmarks.harsh_prints import HELD_OUT, MODULE_PX_300, TUNING, CodeBox, code_box, motion_blur, seeds

CATEGORY = "motion blur 3-6 modules"
CACHE = Path(tempfile.gettempdir()) / "sello-motion-blur-cache"


def pixel_stepped_motion_blur(page: Image.Image, box: CodeBox, rng: random.Random) -> Image.Image:
    """harsh_prints.motion_blur before its fix (same random draws)."""
    from tests.benchmarks.harsh_prints import _crop_around, _jpeg, _noise, _scale

    scale = rng.uniform(0.75, 0.9)
    image = _scale(_crop_around(page, box, 0.5, rng), scale)
    length = rng.uniform(3, 6) * MODULE_PX_300 * scale
    direction = rng.uniform(0, math.pi)
    steps = max(2, round(length))
    blurred = image
    for i in range(1, steps + 1):
        t = i / steps - 0.5
        shifted = ImageChops.offset(
            image, round(t * length * math.cos(direction)), round(t * length * math.sin(direction))
        )
        blurred = Image.blend(blurred, shifted, 1 / (i + 1))
    return _jpeg(_noise(blurred, 5), 85)


def cached_samples() -> list[tuple[Image.Image, CodeBox, str]]:
    index = CACHE / "samples.json"
    if not index.exists():
        from tests.benchmarks.bench_verify_decode import issue_samples

        CACHE.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory() as folder:
            samples = issue_samples(Path(folder))
        entries = []
        for number, sample in enumerate(samples):
            sample.page_300.save(CACHE / f"page{number}.png")
            box = code_box(sample.page_300)
            entries.append({"jwt": sample.vc_jwt, "box": [box.left, box.top, box.side]})
        index.write_text(json.dumps(entries))
    entries = json.loads(index.read_text())
    return [
        (Image.open(CACHE / f"page{n}.png").convert("L"), CodeBox(*e["box"]), e["jwt"]) for n, e in enumerate(entries)
    ]


def true_smear(box: CodeBox, rng: random.Random) -> tuple[float, float, float]:
    """Replays motion_blur's draws: (smear length px, direction degrees in image coords, scale)."""
    scale = rng.uniform(0.75, 0.9)
    rng.uniform(-0.2, 0.2), rng.uniform(-0.2, 0.2)  # _crop_around's offsets
    length = rng.uniform(3, 6) * MODULE_PX_300 * scale
    direction = rng.uniform(0, math.pi)
    return length, math.degrees(direction), scale


def images(
    part: str, variants: int, pixel_stepped: bool = False
) -> list[tuple[Image.Image, str, tuple[float, float, float]]]:
    generate = pixel_stepped_motion_blur if pixel_stepped else motion_blur
    samples = cached_samples()
    rng = seeds(CATEGORY, part)
    out = []
    for _ in range(variants):
        for page, box, jwt in samples:
            state = rng.getstate()
            truth = true_smear(box, rng)
            rng.setstate(state)
            out.append((generate(page, box, rng), jwt, truth))
    return out


def score(variants: int, pixel_stepped: bool, parts: tuple[str, ...] = (TUNING, HELD_OUT)) -> None:
    """Sello's reads per seed part, and the deblur retry's own time: scan_image with it less
    scan_image without it, for the images where the retry ran."""
    from sello.core.verification.inputs import verifier_context
    from sello.core.verification.scan import scan_image
    from tests.benchmarks.bench_verify_decode import verified

    context = verifier_context(None)
    retry: list[float] = []
    for part in parts:
        ok = 0
        marks = []
        for image, jwt, truth in images(part, variants, pixel_stepped):
            started = time.perf_counter()
            without = scan_image(image, deblur=False)
            middle = time.perf_counter()
            texts = [r.text for r in (without or scan_image(image)) if r.text]
            if not without:
                retry.append(time.perf_counter() - middle - (middle - started))
            good = verified(texts, jwt, context)
            ok += good
            marks.append(f"{'+' if good else '.'}{truth[0]:.0f}px@{truth[1]:.0f}°")
        print(f"{part:<9} {ok}/{len(marks)} = {100 * ok / len(marks):.0f} %   " + " ".join(marks), flush=True)
    if retry:
        print(f"deblur retry ({len(retry)} images): median {statistics.median(retry):.2f} s, max {max(retry):.2f} s")


def main(argv: list[str]) -> None:
    pixel_stepped = "--pixel-stepped" in argv
    argv = [a for a in argv if a != "--pixel-stepped"]
    mode = argv[0] if argv else "score"
    variants = int(argv[1]) if len(argv) > 1 else 3
    if mode == "score":
        score(variants, pixel_stepped)
    elif mode == "dev":  # seeds of neither part, to look for failures without touching held-out
        score(variants, pixel_stepped, ("dev",))
    else:
        from tests.benchmarks.motion_blur_diagnose import diagnose

        diagnose(images(TUNING, variants, pixel_stepped))


if __name__ == "__main__":
    main(sys.argv[1:])
