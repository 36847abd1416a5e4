"""The bundled Japanese font, registered with Qt once (QtGui only: no widgets needed)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desktop.paths import resource

FONT_FILE = ("fonts", "NotoSansJP-Regular.otf")
_family: str | None = None


def load_bundled_font() -> str:
    """Register the bundled Noto Sans JP once; return its family name."""
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource(*FONT_FILE)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else QFont().defaultFamily()
    return _family
