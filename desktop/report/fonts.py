"""The bundled Japanese font, registered with Qt once (QtGui only: no widgets needed)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desktop.paths import FONT_FILE, BundleIncomplete, resource

_family: str | None = None
_loaded = False


def load_bundled_font(*, required: bool = False) -> str:
    """Register the bundled Noto Sans JP once; return its family name.

    Without the font the screens fall back to a system font (the start-up check reports the
    broken installation); with `required` (PDF export) it raises BundleIncomplete instead,
    because a PDF in a system font may carry look-alike radicals instead of kanji.
    """
    global _family, _loaded
    if _family is None:
        path = resource(*FONT_FILE)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _loaded = bool(families)
        _family = families[0] if families else QFont().defaultFamily()
    if required and not _loaded:
        path = resource(*FONT_FILE)
        reason = "cannot be loaded" if path.is_file() and path.stat().st_size else (
            "is empty" if path.is_file() else "is missing")
        raise BundleIncomplete([f"{path}: the bundled Japanese font {reason}"])
    return _family
