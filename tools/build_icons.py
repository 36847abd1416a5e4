"""Build the application icons from resources/icons/mamori.svg.

    .venv/bin/python tools/build_icons.py          (writes the files, prints what it wrote)
    .venv/bin/python tools/build_icons.py --check  (exit 1 when a committed file is out of date)

Qt's SVG renderer draws the PNGs (mamori-16.png … mamori-512.png, used for the window icon
and the Linux icon theme); Pillow packs them into mamori.ico (Windows: exe and window) and
mamori.icns (macOS app bundle). The generated files are committed, so a build needs neither.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "mamori.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"{SOURCE}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        sys.exit(f"cannot encode the {size} px icon as PNG")
    return bytes(data)


def build() -> dict[str, bytes]:
    """Every generated icon file: name → bytes."""
    from PIL import Image

    pngs = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    files = {f"mamori-{size}.png": pngs[size] for size in PNG_SIZES}
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    ico = io.BytesIO()
    # Each size drawn by the renderer itself (not scaled down by Pillow) keeps 16 px sharp.
    images[max(ICO_SIZES)].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                                append_images=[images[s] for s in ICO_SIZES])
    files["mamori.ico"] = ico.getvalue()
    icns = io.BytesIO()
    images[max(ICNS_SIZES)].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES])
    files["mamori.icns"] = icns.getvalue()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the committed icons are up to date")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = build()
    if args.check:
        stale = [name for name, data in files.items()
                 if not (ICONS / name).is_file() or (ICONS / name).read_bytes() != data]
        for name in stale:
            print(f"{ICONS / name}: out of date (run tools/build_icons.py)")
        return 1 if stale else 0
    for name, data in files.items():
        target = ICONS / name
        target.write_bytes(data)
        if target.stat().st_size != len(data):
            sys.exit(f"{target}: not written completely")
        print(f"wrote {target.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
