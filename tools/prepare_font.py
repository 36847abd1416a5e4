"""Regenerate resources/fonts/NotoSansJP-Regular.otf from the original Noto Sans JP.

Qt's PDF writer maps some kanji (山, 日, 田 ...) to look-alike Kangxi radical code points
when the font's cmap also lists those radicals, so copy, search and text extraction of an
exported PDF go wrong. Dropping U+2E80–U+2FDF from the cmap fixes it; nothing in Japanese
business text needs those radical characters. A few punctuation look-alikes (SHADOWS) are
dropped for the same reason.

Usage: python tools/prepare_font.py [SOURCE.otf]
(default source: the NotoSansJP-Regular.otf of the `pylopdf-fonts-jp` package,
`pip install .[font]`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont

RADICALS = range(0x2E80, 0x2FE0)
# Other code points that share a glyph with a character Japanese text uses, and would be
# written to the PDF instead of it (Qt picks the lowest code point of a glyph):
# ‧ U+2027 for ・ U+30FB, em space U+2003 for the ideographic space U+3000, 〈〉 U+2329/232A
# for U+3008/3009, ∕ U+2215 for ／ U+FF0F, ‵ U+2035 for ｀ U+FF40, ʻ U+02BB for ‘ U+2018.
SHADOWS = frozenset({0x2027, 0x2003, 0x2329, 0x232A, 0x2215, 0x2035, 0x02BB})
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "NotoSansJP-Regular.otf"


def default_source() -> Path:
    import pylopdf_fonts_jp

    return Path(pylopdf_fonts_jp.__file__).parent / "NotoSansJP-Regular.otf"


def strip_radicals(source: Path, target: Path) -> int:
    """Copy the font without the radical code points; return how many mappings went."""
    font = TTFont(source)
    removed = 0
    for table in font["cmap"].tables:
        for code in [c for c in table.cmap if c in RADICALS or c in SHADOWS]:
            del table.cmap[code]
            removed += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    return removed


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else default_source()
    count = strip_radicals(src, TARGET)
    print(f"{TARGET}: removed {count} radical mappings")
