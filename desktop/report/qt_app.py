"""The Qt application that painting (PDF, print) needs, made on demand."""

from __future__ import annotations


def ensure_gui_application():
    """A QGuiApplication for painting; offscreen when there is no display (CLI, CI)."""
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app
