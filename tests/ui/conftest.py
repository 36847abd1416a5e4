"""GUI fixtures: a store in the test's temporary data folder, the bundled content, a window."""

from __future__ import annotations

import pytest

from desktop.core.loader import load_content
from desktop.paths import content_dir, user_dirs

_CONTENT = {}


def bundled_content():
    """Load the bundled content once per test run (it is read-only)."""
    if "result" not in _CONTENT:
        _CONTENT["result"] = load_content(content_dir())
    return _CONTENT["result"]


@pytest.fixture(autouse=True)
def _no_dialog_handler_outlives_its_test():
    yield
    from tests.support.gui import forget_pending_dialog_handlers

    forget_pending_dialog_handlers()


@pytest.fixture
def dirs(isolated_user_folders):
    return user_dirs(isolated_user_folders).ensure()


@pytest.fixture
def store(dirs):
    from desktop.storage.db import open_store

    opened = open_store(dirs.database, dirs.backup)
    yield opened
    opened.close()


@pytest.fixture
def settings(dirs):
    from PySide6.QtCore import QSettings

    return QSettings(str(dirs.settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, store, settings, dirs):
    """Build the main window as the app does (no welcome dialog), shown and exposed."""
    from desktop.app import build_window

    def make(lang: str = "ja"):
        from PySide6.QtWidgets import QApplication

        from desktop.app import install_translator

        install_translator(QApplication.instance(), lang)  # Qt's own dialogs, as the app does
        window = build_window(store, bundled_content(), settings, dirs, lang, welcome=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Active, as the window a person works in is: focus moves (Tab, a click into a
        # field) and the saves they trigger happen only in the active window.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def company(store):
    return store.create_profile("株式会社テスト工業", industry="製造業", employees=12, requested=["scs3"])
