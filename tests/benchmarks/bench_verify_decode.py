"""Decode + verify success on degraded prints, zxing-cpp (Sello's scanner) against pyzbar,
and scan-to-verdict latency through the camera pipeline (DESIGN §7: ≥ 99 % success on
blur, tilt, perspective, JPEG, 150 dpi; ≤ 100 ms median after the first frame that shows
the code).

Run: .venv/bin/python -m tests.benchmarks.bench_verify_decode [variants] [runs] | --quick

1. Degradation set: every document type is issued (did:key, ES384 and Ed25519 in turn),
   its first page rendered at 300 dpi (and at 150 dpi), then degraded: blur, rotation,
   perspective, JPEG quality, noise, and a "phone photo" mix. Each image is read by
   (a) `sello.core.verification.scan.scan_image` (zxing-cpp, with its cheap retries) and
   (b) pyzbar (libzbar0) in one pass, on the same grayscale image; the texts are
   assembled (multi-part codes) and verified by the one verifier front door. Success:
   the verdict's signature check passed and the rebuilt vc+jwt is the issued one.
2. Scan to verdict: an H.264 video of the printed page held by hand, played by
   QMediaPlayer into the camera pipeline, whose accepted code goes to the window's
   `VerificationController`; ms from the arrival of the first frame that shows the page
   to the verdict, 720p and 1080p.

The report's figures: zxing's success rate (≥ 99 %), pyzbar's on the same images (for
comparison), and scan to verdict at 1080p (≤ 100 ms; 720p for comparison). --quick: one
variant of four degradations, one play of the 1080p video.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageChops, ImageFilter

from sello.core.qr.parts import PartCollector, is_td1_part
from sello.core.verification.inputs import verifier_context, verify_text
from tests.benchmarks.harsh_prints import HELD_OUT, TUNING, harsh_figures
from tests.benchmarks.report import Figure, at_least, at_most, comparison, emit
from tests.videos import perspective_coefficients

DOCTYPES = ["mill-test-report", "commercial-invoice", "usmca-certification", "packing-list", "bill-of-lading"]
TARGET_SUCCESS_PERCENT = 99
TARGET_VERDICT_MS = 100
QUICK_DEGRADATIONS = ("150 dpi", "blur σ 1.5 px", "perspective 15 %", "phone photo mix")


@dataclass
class Sample:
    doctype: str
    vc_jwt: str
    page_300: Image.Image
    page_150: Image.Image


# -- documents -----------------------------------------------------------------------------


def issue_samples(folder: Path) -> list[Sample]:
    import pypdfium2 as pdfium

    from sello.core.documents.issuance import DocumentIssuer
    from sello.core.keys.manager import KeyManager
    from sello.core.keys.profiles import create_profile
    from sello.core.keys.sealedbox import KdfParams
    from sello.core.keys.store import EncryptedFileStore
    from sello.core.storage.db import Database
    from tests.verifier_documents import example

    db = Database.in_folder(folder)
    profile = create_profile(db, "Aceros del Norte S.A. de C.V.", rfc="ADN0501014T3")
    manager = KeyManager(db, profile.id, EncryptedFileStore(folder / "k.store", "pw", kdf=KdfParams.minimum()))
    keys = [manager.create_key("ES384", "key"), manager.create_key("EdDSA", "key")]
    samples = []
    for index, doctype in enumerate(DOCTYPES):
        issuer = DocumentIssuer(db, manager, key_id=keys[index % 2].id, out_dir=folder / "out")
        signed = issuer.sign(doctype, example(doctype))
        document = pdfium.PdfDocument(issuer.render(signed))
        pages = [document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for dpi in (300, 150)]
        document.close()
        samples.append(Sample(doctype, signed.vc_jwt, pages[0], pages[1]))
    db.close()
    return samples


# -- degradations (each: 300 dpi page, rng -> image) ------------------------------------------


def _blur(radius: float) -> Callable[[Image.Image, random.Random], Image.Image]:
    return lambda page, rng: page.filter(ImageFilter.GaussianBlur(radius * rng.uniform(0.85, 1.15)))


def _rotate(low: float, high: float) -> Callable[[Image.Image, random.Random], Image.Image]:
    return lambda page, rng: page.rotate(
        rng.uniform(low, high) * rng.choice((-1, 1)), Image.Resampling.BICUBIC, expand=True, fillcolor=255
    )


def _right_angle(page: Image.Image, rng: random.Random) -> Image.Image:
    return page.rotate(rng.choice((90, 180, 270)), expand=True)


def _perspective(tilt: float) -> Callable[[Image.Image, random.Random], Image.Image]:
    def warp(page: Image.Image, rng: random.Random) -> Image.Image:
        w, h = page.size
        t = tilt * rng.uniform(0.8, 1.0)
        side = rng.choice(("left", "right", "top"))
        if side == "right":
            quad = [(0, 0), (w, h * t / 2), (w, h * (1 - t / 2)), (0, h)]
        elif side == "left":
            quad = [(0, h * t / 2), (w, 0), (w, h), (0, h * (1 - t / 2))]
        else:
            quad = [(w * t / 2, 0), (w * (1 - t / 2), 0), (w, h), (0, h)]
        return page.transform(
            page.size,
            Image.Transform.PERSPECTIVE,
            perspective_coefficients(quad, page.size),
            Image.Resampling.BICUBIC,
            fillcolor=255,
        )

    return warp


def _jpeg(quality: int) -> Callable[[Image.Image, random.Random], Image.Image]:
    def compress(page: Image.Image, rng: random.Random) -> Image.Image:
        import io

        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=quality)
        return Image.open(io.BytesIO(buffer.getvalue())).convert("L")

    return compress


def _noise(sigma: float) -> Callable[[Image.Image, random.Random], Image.Image]:
    def add(page: Image.Image, rng: random.Random) -> Image.Image:
        noise = Image.effect_noise(page.size, sigma)  # Gaussian around 128
        return ImageChops.add(page, noise, scale=1.0, offset=-128)

    return add


def _downscale(page: Image.Image, factor: float) -> Image.Image:
    return page.resize((round(page.width * factor), round(page.height * factor)), Image.Resampling.BOX)


def _phone_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """150 dpi equivalent, a little tilt and turn, soft focus, sensor noise, JPEG."""
    image = _downscale(page, 0.5)
    image = _perspective(0.12)(image, rng)
    image = image.rotate(rng.uniform(-6, 6), Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    image = _noise(10)(image, rng)
    return _jpeg(60)(image, rng)


DEGRADATIONS: dict[str, Callable[[Sample, random.Random], Image.Image]] = {
    "clean 300 dpi": lambda s, rng: s.page_300,
    "150 dpi": lambda s, rng: s.page_150,
    "blur σ 1.5 px": lambda s, rng: _blur(1.5)(s.page_300, rng),
    "blur σ 3 px": lambda s, rng: _blur(3.0)(s.page_300, rng),
    "150 dpi + blur σ 1": lambda s, rng: _blur(1.0)(s.page_150, rng),
    "rotation 3-15°": lambda s, rng: _rotate(3, 15)(s.page_300, rng),
    "rotation 30-45°": lambda s, rng: _rotate(30, 45)(s.page_300, rng),
    "rotation 90/180/270°": lambda s, rng: _right_angle(s.page_300, rng),
    "perspective 15 %": lambda s, rng: _perspective(0.15)(s.page_300, rng),
    "perspective 30 %": lambda s, rng: _perspective(0.30)(s.page_300, rng),
    "JPEG q 40": lambda s, rng: _jpeg(40)(s.page_300, rng),
    "JPEG q 15": lambda s, rng: _jpeg(15)(s.page_300, rng),
    "150 dpi + JPEG q 30": lambda s, rng: _jpeg(30)(s.page_150, rng),
    "noise σ 25": lambda s, rng: _noise(25)(s.page_300, rng),
    "noise σ 50": lambda s, rng: _noise(50)(s.page_300, rng),
    "phone photo mix": lambda s, rng: _phone_photo(s.page_300, rng),
}


# -- decoders --------------------------------------------------------------------------------


def zxing_texts(image: Image.Image) -> list[str]:
    """Sello's scanner: zxing-cpp with its retries."""
    from sello.core.verification.scan import scan_image

    return [r.text for r in scan_image(image) if r.text]


def plain_zxing_texts(image: Image.Image) -> list[str]:
    """zxing-cpp as anyone would call it: one read with its defaults."""
    import zxingcpp

    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [b.text for b in found if b.valid]


def pyzbar_texts(image: Image.Image) -> list[str]:
    from pyzbar.pyzbar import ZBarSymbol, decode

    return [d.data.decode("ascii", errors="replace") for d in decode(image, symbols=[ZBarSymbol.QRCODE])]


DECODERS: dict[str, Callable[[Image.Image], list[str]]] = {
    "Sello": zxing_texts,
    "zxing-cpp": plain_zxing_texts,
    "pyzbar": pyzbar_texts,
}


def verified(texts: list[str], expected: str, context) -> bool:
    parts = [t for t in dict.fromkeys(texts) if is_td1_part(t)]
    try:
        if parts:
            collector = PartCollector()
            for part in parts:
                collector.add(part)
            text = collector.assemble()
        elif texts:
            text = texts[0]
        else:
            return False
        verdict = verify_text(text, context=context)
    except Exception:
        return False
    return verdict.vc_jwt == expected and verdict.check("signature").outcome == "passed"


def score_rows(rows: dict[str, tuple[list[Image.Image], list[str]]]) -> dict[str, dict[str, int]]:
    """Decode every row's images with each of `DECODERS`, side by side in one run; print a line
    per row (success % and median ms per decoder) and return {row: {decoder: successes, "n": images}}."""
    context = verifier_context(None)
    print(f"{'degradation':<26} {'n':>3} " + " ".join(f"{name + ' ok':>11} {'ms':>5}" for name in DECODERS))
    scores: dict[str, dict[str, int]] = {}
    for name, (images, expected) in rows.items():
        line = [f"{name:<26} {len(images):>3}"]
        scores[name] = {"n": len(images)}
        for decoder_name, decode in DECODERS.items():
            ok, times = 0, []
            for image, jwt in zip(images, expected, strict=True):
                started = time.perf_counter()
                texts = decode(image)
                times.append((time.perf_counter() - started) * 1000)
                ok += verified(texts, jwt, context)
            scores[name][decoder_name] = ok
            line.append(f"{100 * ok / len(images):>10.0f}% {statistics.median(times):5.0f}")
        print(" ".join(line), flush=True)
    total = sum(s["n"] for s in scores.values())
    print(
        f"{'all':<26} {total:>3} "
        + " ".join(f"{100 * sum(s[d] for s in scores.values()) / total:>10.1f}% {'':>5}" for d in DECODERS)
    )
    return scores


def degradation_table(
    samples: list[Sample], variants: int, kinds: tuple[str, ...] | None = None
) -> dict[str, dict[str, int]]:
    rows: dict[str, tuple[list[Image.Image], list[str]]] = {}
    for name, degrade in DEGRADATIONS.items():
        if kinds is not None and name not in kinds:
            continue
        rng = random.Random(name)
        count = variants if name != "clean 300 dpi" and name != "150 dpi" else 1
        rows[name] = (
            [degrade(sample, rng) for sample in samples for _ in range(count)],
            [sample.vc_jwt for sample in samples for _ in range(count)],
        )
    return score_rows(rows)


def harsh_table(samples: list[Sample], variants: int, part: str) -> dict[str, dict[str, int]]:
    """The harsh corpus (tests/benchmarks/harsh_prints.py), `part` = tuning or held-out seeds."""
    from tests.benchmarks.harsh_prints import HARSH, code_box, seeds

    boxes = [code_box(sample.page_300) for sample in samples]
    rows: dict[str, tuple[list[Image.Image], list[str]]] = {}
    for name, generate in HARSH.items():
        rng = seeds(name, part)
        rows[name] = (
            [generate(s.page_300, box, rng) for _ in range(variants) for s, box in zip(samples, boxes, strict=True)],
            [s.vc_jwt for _ in range(variants) for s in samples],
        )
    return score_rows(rows)


def totals(scores: dict[str, dict[str, int]]) -> tuple[int, dict[str, int]]:
    return sum(s["n"] for s in scores.values()), {d: sum(s[d] for s in scores.values()) for d in DECODERS}


# -- scan to verdict ---------------------------------------------------------------------------


def scan_to_verdict(app, video, db) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtMultimedia import QVideoSink

    from sello.ui.camera import ScanPipeline
    from sello.ui.camera.sources import VideoFileSource
    from sello.ui.verifier.controller import VerificationController

    pipeline = ScanPipeline()
    controller = VerificationController(db, online=False)
    controller.verifier_context()  # built once per window, not per scan
    sink = QVideoSink(pipeline)
    first_code_frame = video.segments[0][1]
    marks: dict[str, float] = {}

    def on_frame(frame) -> None:  # connected before the pipeline: sees each frame first
        if frame.isValid() and round(frame.startTime() * video.fps / 1_000_000) >= first_code_frame:
            marks.setdefault("first", time.perf_counter())

    sink.videoFrameChanged.connect(on_frame)
    pipeline.attach_sink(sink)
    pipeline.code_accepted.connect(
        lambda text: (marks.setdefault("accepted", time.perf_counter()), controller.verify_code(text, "camera"))
    )
    outcome: list = []
    loop = QEventLoop()
    controller.verified.connect(
        lambda o: (marks.setdefault("verdict", time.perf_counter()), outcome.append(o), loop.quit())
    )
    source = VideoFileSource(pipeline, pipeline)
    source.finished.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    source.play(video.path)
    loop.exec()
    source.stop()
    pipeline.set_paused(True)
    pipeline.wait_idle()
    stats = pipeline.stats
    pipeline.deleteLater()
    controller.deleteLater()
    app.processEvents()
    if not outcome or "first" not in marks:
        raise RuntimeError(f"no verdict from the video ({stats})")
    return {
        "accept_ms": (marks["accepted"] - marks["first"]) * 1000,
        "verdict_ms": (marks["verdict"] - marks["first"]) * 1000,
        "verify_ms": (marks["verdict"] - marks["accepted"]) * 1000,
        "green_or_amber": float(outcome[0].verdict.ok),
        "decoded": stats.decoded,
        "received": stats.received,
    }


def latency_table(
    app, samples_folder: Path, runs: int, sizes: tuple[str, ...] = ("720p", "1080p")
) -> dict[str, tuple[float, float, float]]:
    """Print the table; return the median verdict ms per video size, with the fastest and slowest."""
    from sello.core.storage.db import Database
    from tests.verifier_documents import make_mill, page_image, page_video, qr_region

    mill = make_mill(samples_folder / "mill")
    region = qr_region(page_image(mill.mtr.pdf, dpi=200))
    print(
        f"{'video':<6} {'runs':>4} {'accept ms':>10} {'verdict ms':>11} {'min':>5} {'max':>5} {'verify ms':>10} "
        f"{'ok':>4}"
    )
    medians: dict[str, tuple[float, float, float]] = {}
    with Database.in_folder(samples_folder / "desk") as db:
        for name, size in (("720p", (1280, 720)), ("1080p", (1920, 1080))):
            if name not in sizes:
                continue
            scale = size[1] / 720
            page = region.resize((round(region.width * scale), round(region.height * scale)), Image.Resampling.LANCZOS)
            video = page_video(samples_folder / f"{name}.mp4", [page], size=size, blank_frames=15, frames_per_page=45)
            results = [scan_to_verdict(app, video, db) for _ in range(runs)]
            verdicts = [r["verdict_ms"] for r in results]
            print(
                f"{name:<6} {runs:>4} {statistics.median(r['accept_ms'] for r in results):10.0f} "
                f"{statistics.median(verdicts):11.0f} {min(verdicts):5.0f} {max(verdicts):5.0f} "
                f"{statistics.median(r['verify_ms'] for r in results):10.1f} "
                f"{sum(r['green_or_amber'] for r in results):>2.0f}/{runs}",
                flush=True,
            )
            medians[name] = (statistics.median(verdicts), min(verdicts), max(verdicts))
    mill.close()
    return medians


def run(variants: int, runs: int, quick: bool = False) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.bench_camera import immortal_singletons

    immortal_singletons()
    kinds = QUICK_DEGRADATIONS if quick else None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="sello-bench-verify-") as folder:
        samples = issue_samples(Path(folder) / "issuer")
        sizes = ", ".join(f"{s.doctype} {s.page_300.width}x{s.page_300.height}" for s in samples[:1])
        print(
            f"1. decode + verify on degraded pages: {len(samples)} document types, {variants} random variants "
            f"per degradation (page at 300 dpi: {sizes}), {os.cpu_count()} CPUs"
        )
        total, ok = totals(degradation_table(samples, variants, kinds))
        zxing_ok, plain_ok, pyzbar_ok = ok["Sello"], ok["zxing-cpp"], ok["pyzbar"]
        harsh_variants = 1 if quick else max(2, variants)
        print(
            f"\n1b. the harsh corpus (tests/benchmarks/harsh_prints.py), {harsh_variants} variant(s) per document "
            "type and category; tuning seeds (used while choosing Sello's retries):"
        )
        tuning = harsh_table(samples, harsh_variants, TUNING)
        print("    held-out seeds (never used for tuning):")
        held_out = harsh_table(samples, harsh_variants, HELD_OUT)
        print()
        print("2. scan to verdict: H.264 video -> QMediaPlayer -> pipeline -> verifier (medians)")
        verdict_ms = latency_table(app, Path(folder), runs, ("1080p",) if quick else ("720p", "1080p"))
    print()
    print("accept ms: first frame showing the page -> code accepted (two agreeing reads; 33 ms floor at 30 fps)")
    print("verdict ms: the same frame -> verdict on screen (decode TD1, signature, key, dates, status, trust)")
    print(
        f"target: >= 99 % decode + verify (zxing {100 * zxing_ok / total:.1f} %, pyzbar "
        f"{100 * pyzbar_ok / total:.1f} %); <= 100 ms scan to verdict"
    )
    kinds_note = f"{total} images, {len(kinds or DEGRADATIONS)} degradations, ES384 + EdDSA"
    reported = [
        at_least(
            "decode + verify on degraded prints, zxing-cpp (Sello's scanner)",
            TARGET_SUCCESS_PERCENT,
            100 * zxing_ok / total,
            "%",
            kinds_note,
        ),
        comparison(
            "decode + verify on degraded prints, plain zxing-cpp (same images)",
            100 * plain_ok / total,
            "%",
            kinds_note,
        ),
        comparison(
            "decode + verify on degraded prints, pyzbar (same images)", 100 * pyzbar_ok / total, "%", kinds_note
        ),
        *harsh_figures(tuning, held_out, list(DECODERS)),
        at_most(
            "scan to verdict, 1080p camera pipeline",
            TARGET_VERDICT_MS,
            verdict_ms["1080p"][0],
            "ms",
            f"median of {runs}, range {verdict_ms['1080p'][1]:.0f}–{verdict_ms['1080p'][2]:.0f}, after the first frame "
            "that shows the code",
        ),
    ]
    if "720p" in verdict_ms:
        reported.append(
            comparison(
                "scan to verdict, 720p camera pipeline",
                verdict_ms["720p"][0],
                "ms",
                f"median of {runs}, range {verdict_ms['720p'][1]:.0f}–{verdict_ms['720p'][2]:.0f}",
            )
        )
    return reported


def figures(quick: bool = False) -> list[Figure]:
    return run(1, 1, quick=True) if quick else run(3, 5)


def main(argv: list[str]) -> None:
    numbers = [a for a in argv if a != "--quick"]
    if numbers:
        emit(run(int(numbers[0]), int(numbers[1]) if len(numbers) > 1 else 5))
    else:
        emit(figures("--quick" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
