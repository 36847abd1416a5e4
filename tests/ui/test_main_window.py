"""The main window as a user meets it: pages, lessons list, companies, state remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.main_window import PAGES
from tests.support.content import bundled_content


def test_window_opens_in_japanese_with_the_six_pages(make_window):
    window = make_window()
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["ダッシュボード", "学ぶ", "チェックリスト", "自社診断", "報告書", "設定", "取引先の状況"]
    assert window.stack.count() == len(PAGES)


def test_learn_page_lists_every_bundled_lesson(make_window):
    window = make_window()
    tree = window.views["learn"].tree
    shown = []
    for t in range(tree.topLevelItemCount()):
        node = tree.topLevelItem(t)
        shown += [node.child(c).data(0, Qt.ItemDataRole.UserRole) for c in range(node.childCount())]
    assert sorted(shown) == sorted(bundled_content().model.lessons)


def test_keyboard_shortcut_switches_page(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.views["selfcheck"]


def test_the_side_navigation_takes_keyboard_focus_and_the_company_bar_is_on_top(make_window):
    window = make_window()
    assert window.nav.focusPolicy() == Qt.FocusPolicy.StrongFocus
    bar = window.profile_combo.parentWidget().parentWidget()
    assert window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea


def test_menu_shortcuts_include_every_key_the_platform_binds(make_window):
    from PySide6.QtGui import QKeySequence

    window = make_window()
    actions = {a.text(): a for a in window.findChildren(type(window.undo_action))}
    assert window.undo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert actions["報告書を書き出す(&E)…"].shortcut() == QKeySequence("Ctrl+E")


def test_company_switcher_follows_the_store(make_window, store, company):
    other = store.create_profile("有限会社べつの会社")
    window = make_window()
    combo = window.profile_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [p.name for p in store.list_profiles()]
    assert sorted(names) == sorted(["株式会社テスト工業", "有限会社べつの会社"])
    index = combo.findData(other.id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.session.profile.id == other.id
    assert "有限会社べつの会社" in window.windowTitle()


def test_delete_company_asks_first_and_removes_it(make_window, store, company, monkeypatch):
    from desktop.storage.backup import backup_database, list_backups
    from desktop.ui.profile_dialog import DeleteConfirmed

    window = make_window()
    old_backup = backup_database(store.db, window.session.dirs.backup)
    answers = iter([None, DeleteConfirmed(purge_backups=True)])
    monkeypatch.setattr("desktop.ui.profile_dialog.confirm_delete_profile", lambda parent, name: next(answers))
    window.delete_profile()
    assert [p.name for p in store.list_profiles()] == ["株式会社テスト工業"]
    window.delete_profile()
    assert store.list_profiles() == []
    assert window.session.profile is None
    backups = list_backups(window.session.dirs.backup)
    assert old_backup not in [b.path for b in backups] and len(backups) == 1
    assert "株式会社テスト工業".encode() not in backups[0].path.read_bytes()


def test_window_size_position_and_page_are_remembered(make_window, settings):
    window = make_window()
    window.resize(760, 540)  # the offscreen screen is only 800×600
    window.show_page("report")
    window.close()
    again = make_window()
    assert (again.size().width(), again.size().height()) == (760, 540)
    assert again.stack.currentWidget() is again.views["report"]


def test_smoke_check_builds_every_screen_and_fails_when_one_breaks(make_window, store, monkeypatch, capsys):
    from PySide6.QtWidgets import QApplication

    from desktop.app import smoke_check

    window = make_window()
    assert smoke_check(QApplication.instance(), window, bundled_content(), store, 0.0) == 0
    assert set(window.views.built) == set(PAGES)

    broken = make_window()
    from desktop.ui import pages

    monkeypatch.setitem(pages.VIEW_CLASSES, "report", ("desktop.ui.no_such_screen", "ReportView"))
    assert smoke_check(QApplication.instance(), broken, bundled_content(), store, 0.0) == 1
    assert "no_such_screen" in capsys.readouterr().err


def test_a_pack_in_the_data_folder_shows_up_in_learn(qtbot, store, settings, dirs):
    from desktop.app import build_window
    from desktop.core.packs import load_library
    from desktop.paths import content_dir

    source = (content_dir() / "lessons" / "hajime" / "update.ja.md").read_text(encoding="utf-8")
    pack_lesson = dirs.packs / "kumiai" / "lessons" / "x" / "a.ja.md"
    pack_lesson.parent.mkdir(parents=True)
    pack_lesson.write_text(source.replace("id: hajime-update", "id: kumiai-update")
                           .replace("title: ", "title: 組合版 ", 1), encoding="utf-8")
    result = load_library(content_dir(), dirs.packs, cache_dir=dirs.cache)
    window = build_window(store, result, settings, dirs, "ja", welcome=False)
    qtbot.addWidget(window)
    window.show()
    window.open_lesson("kumiai-update")
    assert window.views["learn"].lesson.id == "kumiai-update"
    titles = [window.views["learn"].tree.topLevelItem(0).child(i).text(0) for i in
              range(window.views["learn"].tree.topLevelItem(0).childCount())]
    assert any("組合版" in title for title in titles)
