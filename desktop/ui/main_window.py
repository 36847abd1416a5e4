"""The main window: company switcher, side navigation, the six screens, menus."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

from desktop.ui.pages import PAGES, LazyPages
from desktop.ui.session import Session


def _ui(name: str):
    """The module desktop.ui.NAME, imported on first use."""
    return importlib.import_module(f"desktop.ui.{name}")


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._picked = False  # True while a company chosen in the switcher is being selected
        self.setWindowTitle(self.tr("Mamori（守り）— 情報セキュリティの準備"))
        self.setMinimumSize(640, 480)
        self._build_toolbar()
        self._build_pages()
        self._build_menus()
        self.statusBar().showMessage(self.tr("準備ができました"), 4000)
        session.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        session.profileChanged.connect(self._on_profile_changed)
        session.progressChanged.connect(self._on_progress)
        self._restore_window_state()

    # -- layout ----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("会社"), self)
        bar.setObjectName("ProfileBar")
        bar.setMovable(False)
        from desktop.ui.flow import WrappingBar

        self.company_bar = holder = WrappingBar(bar)  # two lines on a narrow window, nothing squeezed
        row = holder.flow
        row.setContentsMargins(8, 4, 8, 4)
        label = QLabel(self.tr("会社(&C):"), holder)
        self.profile_combo = QComboBox(holder)
        self.profile_combo.setAccessibleName(self.tr("作業する会社"))
        self.profile_combo.setMinimumWidth(220)
        self.profile_combo.setToolTip(self.tr("作業する会社を選びます"))
        label.setBuddy(self.profile_combo)
        # currentIndexChanged: a choice made by keyboard or a screen reader switches too.
        self.profile_combo.currentIndexChanged.connect(self._on_profile_picked)
        self.new_profile_button = QPushButton(self.tr("新しい会社"), holder)
        self.new_profile_button.setToolTip(self.tr("会社を追加します（Ctrl+N）"))
        self.new_profile_button.clicked.connect(self.create_profile)
        self.edit_profile_button = QPushButton(self.tr("会社情報を編集"), holder)
        self.edit_profile_button.clicked.connect(self.edit_profile)
        self.guide_button = QPushButton(self.tr("うちに必要なのは？"), holder)
        self.guide_button.setToolTip(self.tr("質問に答えて、取り組む制度と段階（目標）を決めます"))
        self.guide_button.clicked.connect(self.open_guide)
        self.companies_button = QPushButton(self.tr("会社の一覧"), holder)
        self.companies_button.setToolTip(self.tr("このパソコンのすべての会社を見る・探す・書き出す・まとめて削除する（Ctrl+L）"))
        self.companies_button.clicked.connect(self.show_companies)
        self.delete_profile_button = QPushButton(self.tr("会社を削除"), holder)
        self.delete_profile_button.setToolTip(self.tr("この会社の記録をすべて削除します（確認があります）"))
        self.delete_profile_button.clicked.connect(self.delete_profile)
        for widget in (label, self.profile_combo, self.new_profile_button, self.companies_button,
                       self.edit_profile_button, self.guide_button, self.delete_profile_button):
            row.add_widget(widget)
        bar.addWidget(holder)
        self.addToolBar(bar)  # the top area

    def _build_pages(self) -> None:
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("SideNav")
        self.nav.setAccessibleName(self.tr("画面の切り替え"))
        from desktop.ui.page_stack import scrolling_stack

        scroller, self.stack = scrolling_stack(central)
        self.views = LazyPages(self)
        titles = {
            "dashboard": self.tr("ダッシュボード"),
            "learn": self.tr("学ぶ"),
            "checklists": self.tr("チェックリスト"),
            "selfcheck": self.tr("自社診断"),
            "report": self.tr("報告書"),
            "settings": self.tr("設定"),
            "suppliers": self.tr("取引先の状況"),
        }
        for number, key in enumerate(PAGES, start=1):
            entry = QListWidgetItem(titles[key])
            entry.setToolTip(self.tr("{0}（Ctrl+{1}）").format(titles[key], number))
            self.nav.addItem(entry)
            self.stack.addWidget(QWidget(self.stack))  # replaced by the real page when first shown
        # As wide as the longest entry needs at the chosen text size (never a sideways
        # scroll bar; its height would push the last entry out of sight on a small screen).
        widest = max(self.nav.fontMetrics().horizontalAdvance(title) for title in titles.values())
        self.nav.setFixedWidth(max(200, widest + 64))
        self.nav.setProperty("horizontalScrollBarPolicy", 1)  # Qt.ScrollBarAlwaysOff, by value: see page_stack.py
        self.nav.currentRowChanged.connect(self._on_nav)
        # A screen reader selects an entry without making it current: switch all the same.
        self.nav.itemSelectionChanged.connect(self._on_nav_selection)
        row.addWidget(self.nav)
        row.addWidget(scroller, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("ファイル(&F)"))
        self._action(menu_file, self.tr("新しい会社(&N)…"), QKeySequence.StandardKey.New, self.create_profile)
        self._action(menu_file, self.tr("会社の一覧(&L)…"), "Ctrl+L", self.show_companies)
        self._action(menu_file, self.tr("報告書を書き出す(&E)…"), "Ctrl+E", lambda: self._report("export"))
        self._action(menu_file, self.tr("報告書を印刷(&P)…"), QKeySequence.StandardKey.Print, lambda: self._report("print"))
        # The sheet and hand-over modules are imported when their entry is chosen: they are not
        # needed for the first screen (tests/ui/test_start_path.py).
        self._action(menu_file, self.tr("相談結果シートを書き出す(&S)…"), None,
                     lambda: _ui("consult_actions").export_sheet(self, self.session))
        self._action(menu_file, self.tr("相談結果シートを印刷…"), None,
                     lambda: _ui("consult_actions").print_sheet(self, self.session))
        menu_file.addSeparator()
        self._action(menu_file, self.tr("引き継ぎファイルを書き出す…"), None, lambda: self.views["settings"].export_handover())
        self._action(menu_file, self.tr("引き継ぎファイルを渡して、このパソコンから削除…"), None,
                     lambda: _ui("handover_ui").hand_over_company(self, self.session))
        self._action(menu_file, self.tr("引き継ぎファイルを読み込む…"), None, lambda: self.views["settings"].import_handover())
        menu_file.addSeparator()
        self._action(menu_file, self.tr("終了(&Q)"), QKeySequence.StandardKey.Quit, self.close)
        menu_edit = self.menuBar().addMenu(self.tr("編集(&E)"))
        self.undo_action = self._action(menu_edit, self.tr("元に戻す(&U)"), QKeySequence.StandardKey.Undo,
                                        lambda: self.views["checklists"].undo())
        self._action(menu_edit, self.tr("検索(&F)"), QKeySequence.StandardKey.Find, self._search)
        menu_view = self.menuBar().addMenu(self.tr("表示(&V)"))
        for number, key in enumerate(PAGES, start=1):
            self._action(menu_view, self.nav.item(number - 1).text(), f"Ctrl+{number}",
                         lambda checked=False, k=key: self.show_page(k))
        menu_view.addSeparator()
        self._action(menu_view, self.tr("★3 の確認（専門家の確認と宣誓）…"), None, self.open_review)
        menu_help = self.menuBar().addMenu(self.tr("ヘルプ(&H)"))
        self._action(menu_help, self.tr("使い方ガイド(&G)"), QKeySequence.StandardKey.HelpContents, self.show_help)
        self._action(menu_help, self.tr("Mamori について(&A)"), None, lambda: self.show_page("settings"))

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every key the platform binds to it
        elif shortcut is not None:
            # setShortcuts, not setShortcut: resolving setShortcut's overloads builds all
            # of Qt's enums on first use, about 40 ms of the start.
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def connect_view(self, key: str, view: Any) -> None:
        """Wire a page's links to the window once the page exists."""
        if key == "dashboard":
            view.navigate.connect(self.show_page)
            view.openItem.connect(self.open_item)
            view.openGuide.connect(self.open_guide)
        elif key in ("selfcheck", "checklists"):
            view.openLesson.connect(self.open_lesson)
        elif key == "learn":
            view.openItem.connect(self.open_item)

    # -- navigation -------------------------------------------------------------------
    def _on_nav(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            view = self.views[PAGES[row]]
            self.stack.setCurrentWidget(view)

    def _on_nav_selection(self) -> None:
        selected = self.nav.selectedItems()
        if selected:
            row = self.nav.row(selected[0])
            if row != self.nav.currentRow():
                self.nav.setCurrentRow(row)
            else:
                self._on_nav(row)

    def show_page(self, key: str) -> None:
        if self.nav.currentRow() == PAGES.index(key):
            self._on_nav(PAGES.index(key))
        else:
            self.nav.setCurrentRow(PAGES.index(key))

    def open_lesson(self, lesson_id: str) -> None:
        self.show_page("learn")
        self.views["learn"].open_lesson(lesson_id)

    def open_item(self, item_id: str) -> None:
        self.show_page("checklists")
        self.views["checklists"].select_item(item_id)

    def open_review(self) -> None:
        from desktop.ui.review_view import open_review_window

        open_review_window(self, self.session)

    def _search(self) -> None:
        self.show_page("checklists")
        self.views["checklists"].focus_search()

    def _report(self, what: str) -> None:
        self.show_page("report")
        view = self.views["report"]
        view.export_dialog() if what == "export" else view.print_preview()

    # -- companies --------------------------------------------------------------------
    def refresh_profiles(self) -> None:
        current = self.session.profile.id if self.session.profile else None
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in self.session.store.list_profiles():
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.profile_combo.blockSignals(False)
        has_profile = self.profile_combo.count() > 0
        self.edit_profile_button.setEnabled(has_profile)
        self.guide_button.setEnabled(has_profile)
        self.delete_profile_button.setEnabled(has_profile)

    def _on_profile_picked(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        if profile_id and (self.session.profile is None or profile_id != self.session.profile.id):
            self._picked = True  # chosen in the switcher: the list itself has not changed
            try:
                self.session.select_profile(profile_id)
            finally:
                self._picked = False

    def _on_profile_changed(self, profile) -> None:
        index = self.profile_combo.findData(profile.id) if profile and self._picked else -1
        if index >= 0 and self.profile_combo.itemText(index) == profile.name:
            # Picked in the switcher: the list is as it was, so it is not read again (with
            # hundreds of companies that read is most of a switch). Every other change of
            # company (created, imported, removed, opened from 会社の一覧) reloads the list.
            self.profile_combo.blockSignals(True)
            self.profile_combo.setCurrentIndex(index)
            self.profile_combo.blockSignals(False)
        else:
            self.refresh_profiles()
        name = profile.name if profile else self.tr("会社が未登録です")
        self.setWindowTitle(self.tr("Mamori（守り）— {0}").format(name))

    def _on_progress(self, kind: str) -> None:
        if kind == "profile":
            self.refresh_profiles()

    def create_profile(self) -> bool:
        from desktop.ui.profile_dialog import ProfileDialog  # built when first needed

        dialog = ProfileDialog(self.session, None, self)
        if dialog.exec() and dialog.profile is not None:
            self.session.select_profile(dialog.profile.id)
            self.session.status.emit(self.tr("「{0}」を作成しました").format(dialog.profile.name))
            self.show_page("dashboard")
            return True
        return False

    def show_companies(self) -> None:
        from desktop.ui.companies_view import show_companies

        show_companies(self, self.session)

    def edit_profile(self) -> None:
        if self.session.profile is None:
            return
        from desktop.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.session, self.session.profile, self)
        if dialog.exec():
            self.session.reload_profile()
            self.session.status.emit(self.tr("会社情報を保存しました"))

    def open_guide(self) -> bool:
        """The 「うちに必要なのは？」 guide for the current company; True when saved."""
        if self.session.profile is None:
            return False
        from desktop.ui.guide_dialog import GuideDialog

        dialog = GuideDialog(self.session, self.session.profile, self)
        return bool(dialog.exec()) and dialog.saved is not None

    def delete_profile(self) -> None:
        profile = self.session.profile
        if profile is None:
            return
        from desktop.ui.profile_dialog import confirm_delete_profile

        choice = confirm_delete_profile(self, profile.name)
        if choice is None:
            return
        from desktop.actions import delete_company

        deleted = delete_company(self.session.store, self.session.dirs.backup, profile.id,
                                 purge_backups=choice.purge_backups)
        if deleted.purge_failed is not None:
            from desktop.ui.errors import show_write_error

            show_write_error(self, self.tr("古いバックアップを消せませんでした"),
                             self.tr("会社は削除しましたが、古いバックアップは消えていません（その会社の記録が残っています）。"),
                             deleted.purge_failed)
        remaining = self.session.store.list_profiles()
        self.session.select_profile(remaining[0].id if remaining else None)
        self.session.status.emit(self.tr("「{0}」を削除しました").format(profile.name))

    # -- window state -------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        settings = self.session.settings
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray | bytes) and geometry and self.restoreGeometry(QByteArray(geometry))):
            self.fit_to_screen()
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        page = settings.value("window/page", "dashboard")
        self.show_page(page if page in PAGES else "dashboard")

    def fit_to_screen(self) -> None:
        """The first start: as large as 1280×800 at most, never larger than the screen's
        free area (a 1366×768 laptop keeps its task bar; a 1024×600 netbook fits)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(1280, free.width() - frame.width())
        height = min(800, free.height() - frame.height())
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        self.move(free.x() + (free.width() - self.frameGeometry().width()) // 2,
                  free.y() + (free.height() - self.frameGeometry().height()) // 2)

    def show_help(self) -> None:
        from desktop.ui.help_dialog import HelpDialog

        HelpDialog(self.session, self).exec()

    def save_window_state(self) -> None:
        settings = self.session.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", PAGES[max(self.nav.currentRow(), 0)])
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_window_state()
        super().closeEvent(event)

    def ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes
