"""Composition root: QApplication, the store, the content, the window."""

from __future__ import annotations

import logging
import sys
import time

from desktop.paths import content_dir, user_dirs


def install_translator(app, lang: str):
    """Qt's own dialogs (Yes/No, file dialogs, print preview) in the chosen language, and the
    app's strings: Japanese is their source language, English comes from the bundled file."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from desktop.paths import resource

    # Month and weekday names (the calendar popup), number and date formats follow the
    # language of the UI, not the computer's locale.
    QLocale.setDefault(QLocale("en_GB" if lang == "en" else "ja_JP"))
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    if lang == "ja":
        from desktop.ui.qt_language import QtJapaneseGaps

        app.installTranslator(QtJapaneseGaps(app))  # what qtbase_ja misses (the file dialog)
    if lang != "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource("translations", "mamori_en.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def open_store_or_explain(dirs, parent=None, *, interactive: bool = True):
    """Open the database; for a damaged file, offer the newest backup; for a file from a
    newer Mamori, an intact file that cannot be written, a full disk or a file another
    program holds, say so plainly and change nothing. None: do not start.

    Not INTERACTIVE (--smoke, build checks): one line on stderr instead of any dialog."""
    import sqlite3

    from desktop.storage.db import DatabaseDamaged, DatabaseUnwritable, open_store

    try:
        return open_store(dirs.database, dirs.backup)
    except (DatabaseDamaged, DatabaseUnwritable) as problem:
        if not interactive:
            from desktop.storage.integrity import explain_database_problem

            print(f"mamori: {explain_database_problem(problem)}", file=sys.stderr, flush=True)
            return None
        if isinstance(problem, DatabaseUnwritable):
            from desktop.ui.recovery import explain_unusable_folder

            explain_unusable_folder(problem.path, problem, parent)
            return None
        from desktop.ui.recovery import recover_damaged_database

        return recover_damaged_database(problem, dirs, parent)
    except (OSError, sqlite3.Error) as error:
        if not interactive:
            from desktop.core.safe_files import describe_read_problem

            print(f"mamori: {describe_read_problem(error, dirs.database)}", file=sys.stderr, flush=True)
            return None
        from desktop.ui.recovery import explain_unusable_folder

        explain_unusable_folder(dirs.database, error, parent)
        return None


def daily_backup(store, dirs, window=None) -> None:
    """The daily backup; a backup that cannot be made is logged and shown in the status
    bar (the records themselves are not affected), never an error dialog on a timer."""
    import sqlite3

    from desktop.storage.backup import backup_if_due
    from desktop.storage.db import DatabaseDamaged, DatabaseUnwritable

    try:
        backup_if_due(store.db, dirs.backup)
    except (OSError, sqlite3.Error, DatabaseDamaged, DatabaseUnwritable) as error:
        logging.getLogger("mamori").warning("daily backup not made: %s", error)
        if window is not None:
            from PySide6.QtCore import QCoreApplication

            window.statusBar().showMessage(QCoreApplication.translate(
                "app", "今日のバックアップを作れませんでした（ディスクの空きと書き込みの権限を確かめてください）。記録そのものは保存されています。"))


def settings_problem(dirs) -> OSError | None:
    """Why settings.ini cannot be saved (a read-only file or folder, a full disk), or None.

    QSettings drops a failed write without a word; this asks the file system first."""
    from desktop.core.safe_files import probe_writable

    try:
        probe_writable(dirs.config)
        if dirs.settings_file.exists():
            dirs.settings_file.open("r+b").close()
    except OSError as error:
        return error
    return None


def run_gui(data_dir: str | None = None, smoke: bool = False) -> int:
    """Start the window; with `smoke`, show it once and exit 0 (for build checks)."""
    started = time.perf_counter()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME
    from desktop.core.packs import load_library
    from desktop.ui.errors import install_excepthook, setup_logging
    from desktop.ui.theme import apply_theme

    dirs = user_dirs(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    set_identity(app)
    try:
        dirs.ensure()
    except OSError as error:
        if smoke:
            from desktop.core.safe_files import describe_read_problem

            print(f"mamori: the data folder cannot be used: {describe_read_problem(error, error.filename)}",
                  file=sys.stderr, flush=True)
            return 1
        from desktop.ui.recovery import explain_unusable_folder

        apply_theme(app)
        explain_unusable_folder(dirs.data, error, None)
        return 1
    settings = QSettings(str(dirs.settings_file), QSettings.Format.IniFormat)
    lang = str(settings.value("ui/language", "ja"))
    install_translator(app, lang)
    apply_theme(app, str(settings.value("ui/text_size", "large")))
    from desktop.ui.instance import acquire_instance_lock, already_open_message

    instance_lock = acquire_instance_lock(dirs.data)
    if instance_lock is None:
        title, text = already_open_message()
        if smoke:
            print(f"smoke FAILED: {text}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, title, text)
        return 1
    log_file = setup_logging(dirs.log)
    if not smoke:
        install_excepthook(log_file)
        from desktop.ui.qt_binding import binding_problem

        if problem := binding_problem(app):
            logging.getLogger("mamori").error(problem)
            print(problem, file=sys.stderr)

    if settings_error := settings_problem(dirs):
        logging.getLogger("mamori").warning("settings cannot be saved: %s", settings_error)
        print(f"mamori: warning: settings cannot be saved ({settings_error.strerror or settings_error}); changes to them "
              "last until Mamori is closed", file=sys.stderr, flush=True)
    store = open_store_or_explain(dirs, interactive=not smoke)
    if store is None:
        return 1
    result = load_library(content_dir(), dirs.packs, cache_dir=dirs.cache)
    if problems := incomplete_installation(result.model):
        explain_incomplete_installation(problems, quiet=smoke)
        return 1
    window = build_window(store, result, settings, dirs, lang, welcome=not smoke)
    window.instance_lock = instance_lock  # held as long as the window lives
    window.show()
    if not smoke:
        # The daily backup runs once the window is up, so it never delays the start.
        QTimer.singleShot(1500, window, lambda: daily_backup(store, dirs, window))
    if settings_error and not smoke:
        from PySide6.QtCore import QCoreApplication

        QTimer.singleShot(0, window, lambda: window.statusBar().showMessage(QCoreApplication.translate(
            "app", "設定を保存できません（書き込みの権限かディスクの空きがありません）。変えた設定は、Mamori を閉じると元に戻ります。")))
    if damaged_text := store.undecodable_text:
        logging.getLogger("mamori").warning("%d damaged text value(s) in %s", damaged_text, dirs.database)
        if smoke:
            print(f"mamori: warning: {damaged_text} damaged text value(s) in {dirs.database}, shown with \ufffd",
                  file=sys.stderr, flush=True)
        else:
            from desktop.ui.recovery import report_damaged_text

            QTimer.singleShot(0, window, lambda: report_damaged_text(window, damaged_text))
    if result.problems:
        from desktop.ui.recovery import report_content_problems

        QTimer.singleShot(0, lambda: report_content_problems(window, result.problems, quiet=smoke))
    if smoke:
        return smoke_check(app, window, result, store, started)
    return app.exec()


def set_identity(app) -> None:
    """Window icon and desktop file name, so task bars and docks show Mamori's own icon."""
    from PySide6.QtGui import QIcon

    from desktop import DESKTOP_ID
    from desktop.paths import resource

    app.setDesktopFileName(DESKTOP_ID)
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource("icons", f"mamori-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


def incomplete_installation(model) -> list[str]:
    """What is missing from the bundled lessons, schemes and font (empty: nothing)."""
    from desktop.paths import BundleIncomplete, bundled_problems
    from desktop.report.fonts import load_bundled_font

    problems = bundled_problems(model)
    if not problems:
        try:
            load_bundled_font(required=True)
        except BundleIncomplete as missing:
            problems = missing.problems
    return problems


def explain_incomplete_installation(problems: list[str], *, quiet: bool) -> None:
    """A broken installation never opens an empty window: say so on stderr, in the log and,
    unless `quiet` (--smoke), in a dialog."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.paths import BundleIncomplete

    message = f"mamori: {BundleIncomplete(problems)}"
    logging.getLogger("mamori").error(message)
    print(message, file=sys.stderr, flush=True)
    if not quiet:
        QMessageBox.critical(None, QCoreApplication.translate("install", "Mamori を起動できません"),
                             QCoreApplication.translate(
                                 "install", "Mamori の教材またはフォントが見つかりません。"
                                 "インストールが不完全です。Mamori をインストールし直してください。")
                             + "\n\n" + "\n".join(problems))


def smoke_check(app, window, result, store, started: float) -> int:
    """Show the window, then every screen once; exit 1 if anything raised on the way."""
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: errors.append(f"{kind.__name__}: {exc}")
    try:
        app.processEvents()
        elapsed = time.perf_counter() - started
        shown_at = time.time()
        from desktop.ui.main_window import PAGES
        from desktop.ui.qt_binding import binding_problem

        if problem := binding_problem(app):
            errors.append(problem)

        for key in PAGES:
            window.show_page(key)
            app.processEvents()
        window.show_page("dashboard")
        app.processEvents()
    finally:
        sys.excepthook = previous_hook
    window.close()
    if errors:
        print("smoke FAILED:\n" + "\n".join(errors), file=sys.stderr, flush=True)
        return 1
    print(f"smoke ok: {len(result.model.lessons)} lessons, {len(result.model.items)} items, "
          f"{len(store.list_profiles())} companies, every screen built; window shown in {elapsed:.2f} s "
          f"(shown_at={shown_at:.4f})", flush=True)
    return 0


def build_window(store, result, settings, dirs, lang: str, *, welcome: bool = True):
    """The session and the main window; asks for the first company when there is none."""
    from PySide6.QtCore import QTimer

    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session

    session = Session(store, result.model, settings, dirs, lang)
    window = MainWindow(session)
    session.restore_profile()
    if welcome and session.profile is None and not settings.value("session/welcomed", False, type=bool):
        QTimer.singleShot(0, lambda: _welcome(window, session))
    return window


def _welcome(window, session) -> None:
    from desktop.ui.profile_dialog import ProfileDialog

    session.settings.setValue("session/welcomed", True)
    dialog = ProfileDialog(session, None, window, welcome=True)
    accepted = dialog.exec()
    if dialog.import_requested:
        from desktop.ui.handover_ui import import_handover

        import_handover(window, session, on_imported=lambda: window.show_page("dashboard"))
        return
    if accepted and dialog.profile is not None:
        session.select_profile(dialog.profile.id)
        if dialog.guide_box is not None and dialog.guide_box.isChecked() and window.open_guide():
            window.show_page("dashboard")
            return
        suggest_where_to_start(window, dialog.profile)


def suggest_where_to_start(window, profile) -> None:
    """After the first company: say where to begin, from what the customer asked for."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if {"scs3", "scs4", "jama"} & set(profile.requested):
        text = QCoreApplication.translate(
            "welcome", "まず「自社診断」の25問に答えて今の状態をつかみ、次に「学ぶ」の「取引先に説明できる会社へ（★3）」を読みながら、チェックリストに取り組みましょう。")
    else:
        text = QCoreApplication.translate(
            "welcome", "まず「自社診断」の25問に答えて今の状態をつかみましょう。従業員の皆さんには「学ぶ」の「はじめの一歩」から読んでもらうのがおすすめです。")
    QMessageBox.information(window, QCoreApplication.translate("welcome", "どこから始めるか"), text)
    window.show_page("selfcheck")
