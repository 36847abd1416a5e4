"""GUI fixtures: settings, a window on the shared store and the bundled content."""

from __future__ import annotations

import pytest

from tests.support.content import bundled_content


@pytest.fixture(autouse=True)
def _no_dialog_handler_outlives_its_test():
    yield
    from tests.support.gui import forget_pending_dialog_handlers

    forget_pending_dialog_handlers()


@pytest.fixture
def settings(dirs):
    from PySide6.QtCore import QSettings

    return QSettings(str(dirs.settings_file), QSettings.Format.IniFormat)


_QT_JA = []


def _japanese_qt_dialogs() -> None:
    """Qt's own dialogs (file dialog, message box buttons) in Japanese, as the app installs
    them at start; once per run, since translators stay installed on the application."""
    if not _QT_JA:
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
        from PySide6.QtWidgets import QApplication

        translator = QTranslator(QApplication.instance())
        assert translator.load("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        QApplication.instance().installTranslator(translator)
        QLocale.setDefault(QLocale("ja_JP"))
        _QT_JA.append(translator)


@pytest.fixture
def make_window(qtbot, store, settings, dirs):
    """Build the main window as the app does (no welcome dialog), shown and exposed."""
    from desktop.app import build_window

    def make(lang: str = "ja"):
        if lang == "ja":
            _japanese_qt_dialogs()
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
