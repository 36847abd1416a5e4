"""GUI fixtures: settings, a window on the shared store and the bundled content."""

from __future__ import annotations

from contextlib import contextmanager

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
        from desktop.ui.qt_language import QtJapaneseGaps

        gaps = QtJapaneseGaps(QApplication.instance())
        QApplication.instance().installTranslator(gaps)
        QLocale.setDefault(QLocale("ja_JP"))
        _QT_JA.extend((translator, gaps))


@pytest.fixture
def make_window(qtbot, store, settings, dirs):
    """Build the main window as the app does (no welcome dialog), shown and exposed."""
    from desktop.app import build_window

    def make(lang: str = "ja"):
        _japanese_qt_dialogs()  # loaded once; english_ui() sets them aside for English
        if lang == "ja":
            from PySide6.QtCore import QLocale

            QLocale.setDefault(QLocale("ja_JP"))
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


@contextmanager
def english_ui():
    """The English UI as the app starts it (its translation, Qt's own dialogs and the locale
    in English) for the length of a block; the Japanese of the other tests comes back after.
    Every translator on the application is set aside (earlier tests may have started the
    Japanese UI more than once), and put back in its order."""
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator

    app = QApplication.instance()
    _japanese_qt_dialogs()
    aside = app.findChildren(QTranslator)
    for translator in aside:
        app.removeTranslator(translator)
    translator = install_translator(app, "en")
    assert translator is not None, "the English translation file did not load"
    try:
        yield
    finally:
        for english in app.findChildren(QTranslator):
            if english not in aside:
                app.removeTranslator(english)
                english.setParent(None)  # gone, so the next english_ui() does not put it back
        for japanese in aside:
            if japanese.language() != "en":  # an English one left by an earlier test stays out
                app.installTranslator(japanese)
        QLocale.setDefault(QLocale("ja_JP"))
