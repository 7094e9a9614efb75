"""Render the app icon `resources/icons/sello.svg` to the PNG, ICO and ICNS files we ship.

    .venv/bin/python tools/render_icons.py

The SVG is the source; run this after editing it and commit the results. PNGs are
rendered by Qt's own SVG renderer (what the app uses at run time), the Windows .ico
and macOS .icns are assembled from those PNGs with Pillow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_pngs(svg: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for fonts/painting)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    written: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"sello-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written[size] = target
    return written


def assemble_ico_icns(pngs: dict[int, Path]) -> None:
    from PIL import Image

    largest = Image.open(pngs[max(pngs)])
    largest.save(ICONS / "sello.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(ICONS / "sello.icns")


def main() -> int:
    pngs = render_pngs(ICONS / "sello.svg")
    assemble_ico_icns(pngs)
    for path in sorted(ICONS.glob("sello*")):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
