"""Oracle diagnosis for the motion-blur retry (see motion_blur_oracle): the estimated smear
against the true one, and which restorations decode (estimated and true smear, each checkpoint,
read as is and at twice the size)."""

from __future__ import annotations

import time

from PIL import Image

from sello.core.verification import scan_deblur, scan_smear


def _reads(image: Image.Image, jwt: str, context) -> str:
    from sello.core.verification.scan_decode import _read
    from tests.benchmarks.bench_verify_decode import verified

    marks = ""
    for prepared in (image, image.resize((image.width * 2, image.height * 2), Image.Resampling.BICUBIC)):
        texts = [r.text for r in _read(prepared, scale=1.0) if r.decoded and r.text]
        marks += "+" if texts and verified(texts, jwt, context) else "."
    return marks


def _restore(small: Image.Image, turn: float, length: float):
    turned = small.rotate(turn, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    inside = scan_deblur._inside(small.size, turn, length)
    for restored in scan_deblur._restorations(turned, length, inside, scan_deblur._white(small)):
        back = restored.rotate(-turn, Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        left, top = (back.width - small.width) // 2, (back.height - small.height) // 2
        yield back.crop((left, top, left + small.width, top + small.height))


def diagnose(items) -> None:
    from sello.core.verification.inputs import verifier_context

    context = verifier_context(None)
    for image, jwt, (length, direction, _scale) in items:
        factor = min(1.0, scan_deblur.WORK_SIDE_PX / max(image.size))
        small = image if factor == 1 else image.resize((round(image.width * factor), round(image.height * factor)))
        started = time.perf_counter()
        turn = scan_smear.smear_turn(small)
        if turn is None:
            print(f"true {length:5.1f}px {direction:5.1f}°: no smear found")
            continue
        turned = small.rotate(turn, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        measured = scan_smear.smear_length(turned)
        spent = time.perf_counter() - started
        error = (turn - direction + 90) % 180 - 90
        line = f"true {length:5.1f}px {direction:5.1f}°: turn err {error:+.1f} length {measured} [{spent:.1f}s]"
        if measured is not None:
            line += " estimated " + " ".join(_reads(r, jwt, context) for r in _restore(small, turn, measured))
        line += " true " + " ".join(_reads(r, jwt, context) for r in _restore(small, direction, length * factor))
        print(line, flush=True)
