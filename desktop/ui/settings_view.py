"""設定: language, text size, data folder, backups, hand-over files, about."""

from __future__ import annotations

import sys

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.ui.errors import show_error, show_write_error
from desktop.ui.flow import FlowLayout
from desktop.ui.operations import is_running, run_in_background


def path_field(path, name: str, parent) -> QLineEdit:
    field = QLineEdit(str(path), parent)
    field.setReadOnly(True)
    field.setAccessibleName(name)
    field.setCursorPosition(0)
    return field


class SettingsView(QScrollArea):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("設定"))
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        title = QLabel(self.tr("設定"), holder)
        title.setObjectName("PageTitle")
        layout.addWidget(title)

        display = QGroupBox(self.tr("表示"), holder)
        form = QFormLayout(display)
        self.language_combo = QComboBox(display)
        self.language_combo.addItem("日本語", "ja")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(session.lang), 0))
        self.language_combo.activated.connect(self._on_language)
        self.language_combo.setAccessibleName(self.tr("言語 / Language"))
        self.size_combo = QComboBox(display)
        for key, label in (("normal", self.tr("標準")), ("large", self.tr("大きい")), ("larger", self.tr("とても大きい"))):
            self.size_combo.addItem(label, key)
        self.size_combo.setCurrentIndex(max(self.size_combo.findData(session.settings.value("ui/text_size", "large")), 0))
        self.size_combo.activated.connect(self._on_text_size)
        self.size_combo.setAccessibleName(self.tr("文字の大きさ"))
        form.addRow(self.tr("言語 / Language"), self.language_combo)
        form.addRow(self.tr("文字の大きさ"), self.size_combo)
        self.restart_hint = QLabel("", display)
        self.restart_hint.setObjectName("Hint")
        form.addRow("", self.restart_hint)
        layout.addWidget(display)

        data = QGroupBox(self.tr("データの保存場所"), holder)
        data_layout = QVBoxLayout(data)
        where = QLabel(self.tr("データはこのパソコンの中だけに保存され、外部には送られません。"), data)
        where.setWordWrap(True)
        # Paths in read-only fields: selectable and copyable, and a long path scrolls in its
        # field instead of making the screen wider than a small window.
        self.folder_label = path_field(session.dirs.data, self.tr("データのフォルダ"), data)
        open_button = QPushButton(self.tr("フォルダを開く"), data)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(session.dirs.data))))
        data_layout.addWidget(where)
        data_layout.addWidget(self.folder_label)
        data_layout.addWidget(open_button)
        layout.addWidget(data)

        packs = QGroupBox(self.tr("教材パック（支援者や業界団体の教材）"), holder)
        packs_layout = QVBoxLayout(packs)
        packs_text = QLabel(self.tr("教材パック（フォルダまたは .zip）をこのフォルダに入れて Mamori を起動し直すと、"
                                    "「学ぶ」と「チェックリスト」に加わります。同梱の教材と同じ検査を通ったものだけが表示されます。"), packs)
        packs_text.setWordWrap(True)
        packs_folder = path_field(session.dirs.packs, self.tr("教材パックのフォルダ"), packs)
        open_packs = QPushButton(self.tr("教材パックのフォルダを開く"), packs)
        open_packs.clicked.connect(self.open_packs_folder)
        packs_layout.addWidget(packs_text)
        packs_layout.addWidget(packs_folder)
        packs_layout.addWidget(open_packs)
        layout.addWidget(packs)

        backups = QGroupBox(self.tr("バックアップ"), holder)
        backup_layout = QVBoxLayout(backups)
        explain = QLabel(self.tr("毎日はじめて起動したときと、データの形式を更新する前に、自動でバックアップを取ります。"), backups)
        explain.setWordWrap(True)
        self.backup_list = QListWidget(backups)
        self.backup_list.setMinimumHeight(100)
        self.backup_list.setAccessibleName(self.tr("バックアップの一覧"))
        self.backup_list.setMaximumHeight(180)
        row = QHBoxLayout()
        self.backup_button = backup_now = QPushButton(self.tr("今すぐバックアップ"), backups)
        backup_now.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("選んだバックアップに戻す…"), backups)
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(backup_now)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        backup_layout.addWidget(explain)
        backup_layout.addWidget(self.backup_list)
        backup_layout.addLayout(row)
        layout.addWidget(backups)

        from desktop.ui.consult_actions import ConsultantBox

        self.consultant_box = ConsultantBox(session, holder)
        layout.addWidget(self.consultant_box)

        handover = QGroupBox(self.tr("引き継ぎファイル（別のパソコンへ移す）"), holder)
        handover_layout = FlowLayout(handover)  # the buttons wrap on a narrow window
        self.export_button = export_button = QPushButton(self.tr("この会社を書き出す…"), handover)
        export_button.clicked.connect(self.export_handover)
        hand_over_button = QPushButton(self.tr("渡して、このパソコンから削除…"), handover)
        hand_over_button.setToolTip(self.tr("パスワード付きの引き継ぎファイルを書き出して確かめてから、この会社を削除します"))
        hand_over_button.clicked.connect(self.hand_over)
        import_button = QPushButton(self.tr("読み込む…"), handover)
        import_button.clicked.connect(self.import_handover)
        self.with_files_box = QCheckBox(self.tr("★3 の証跡ファイルも含める"), handover)
        self.with_files_box.setToolTip(self.tr("含めないときは、ファイルの名前とハッシュ値だけを書き出します"
                                               "（引き継ぎファイルは 20 MB まで）"))
        for widget in (export_button, self.with_files_box, hand_over_button, import_button):
            handover_layout.add_widget(widget)
        layout.addWidget(handover)

        about = QGroupBox(self.tr("Mamori について"), holder)
        about_layout = QVBoxLayout(about)
        scs = session.content.schemes.get("scs")
        versions = self.tr("Mamori {0}・Python {1}・Qt {2}").format(__version__, sys.version.split()[0], qVersion())
        about_text = QLabel(versions + "<br>" + self.tr("SCS評価制度 要求事項: {0} 版").format(scs.version.ja if scs else "-")
                            + "<br>" + self.tr("日本語フォント: Noto Sans JP（SIL Open Font License 1.1）"), about)
        about_text.setWordWrap(True)
        about_layout.addWidget(about_text)
        self.licence_text = QLabel(self._licences(), about)
        self.licence_text.setWordWrap(True)
        about_layout.addWidget(self.licence_text)
        self.licence_button = QPushButton(self.tr("ライセンス文書を開く"), about)
        self.licence_button.clicked.connect(self.open_licences)
        about_layout.addWidget(self.licence_button)
        layout.addWidget(about)
        layout.addStretch(1)
        self.setWidget(holder)
        self.refresh_backups()

    def _licences(self) -> str:
        """Whose code Mamori ships and under which licence (the bundle's list when built)."""
        from desktop.paths import notices_dir

        lines = [self.tr("Mamori のプログラムは Apache License 2.0、教材とチェックリストは CC BY 4.0 で公開しています。")]
        folder = notices_dir()
        if folder is None:
            lines.append(self.tr("Qt と PySide6 は LGPL-3.0、Python は PSF ライセンスで使用しています。"
                                 "ほかのライブラリのライセンスは、それぞれと一緒にインストールされています。"))
        else:
            rows = [line.split("\t") for line in (folder / "third-party.tsv").read_text(encoding="utf-8").splitlines()]
            listed = "、".join(f"{row[0]} {row[1]}（{row[2]}）".replace(" （", "（") for row in rows if len(row) == 3)
            lines.append(self.tr("同梱のソフトウェア: {0}").format(listed))
        return "<br>".join(lines)

    def open_licences(self) -> None:
        from desktop.paths import licence_folder

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(licence_folder())))

    def open_packs_folder(self) -> None:
        self.session.dirs.packs.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.session.dirs.packs)))

    def _on_language(self, index: int) -> None:
        lang = self.language_combo.itemData(index)
        self.session.settings.setValue("ui/language", lang)
        self.restart_hint.setText(self.tr("言語は次に起動したときに切り替わります。 / The language changes at the next start."))
        self.session.status.emit(self.tr("言語の設定を保存しました"))

    def _on_text_size(self, index: int) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop.ui.theme import apply_theme

        key = self.size_combo.itemData(index)
        self.session.settings.setValue("ui/text_size", key)
        apply_theme(QApplication.instance(), key)
        # Documents drawn with their own sizes (the report preview, lessons) follow too.
        self.session.changed("textsize", self.tr("文字の大きさを変更しました"))

    # -- backups ------------------------------------------------------------------------------
    def refresh_backups(self) -> None:
        from desktop.storage.backup import list_backups

        self.backup_list.clear()
        for info in list_backups(self.session.dirs.backup):
            entry = QListWidgetItem(f"{info.created_at.astimezone():%Y-%m-%d %H:%M}  ({info.size // 1024} KB)")
            entry.setData(256, str(info.path))
            self.backup_list.addItem(entry)
        self.restore_button.setEnabled(self.backup_list.count() > 0)

    def backup_now(self) -> None:
        """A verified backup made off the GUI thread through a connection of its own."""
        from desktop.storage.backup import backup_database
        from desktop.storage.integrity import DatabaseDamaged, DatabaseUnwritable

        database, folder = self.session.dirs.database, self.session.dirs.backup

        def done(path) -> None:
            self.refresh_backups()
            self.session.status.emit(self.tr("バックアップを保存しました: {0}").format(path.name))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError | DatabaseUnwritable | DatabaseDamaged):
                raise exc
            show_write_error(self, self.tr("バックアップできませんでした"),
                             self.tr("バックアップは作られていません。記録そのものは、これまでどおり保存されています。"), exc)

        run_in_background(self, "backup", self.tr("バックアップしています…"), lambda: backup_database(database, folder),
                          on_success=done, on_failure=failed, disable=(self.backup_button, self.restore_button))

    def restore_selected(self) -> None:
        entry = self.backup_list.currentItem()
        if entry is None:
            self.session.status.emit(self.tr("戻したいバックアップを一覧から選んでください"))
            return
        if is_running(self, "backup"):
            return
        answer = QMessageBox.question(
            self, self.tr("バックアップに戻す"),
            self.tr("今のデータを脇に保存してから、{0} の状態に戻します。Mamori は終了します。よろしいですか？").format(entry.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from PySide6.QtWidgets import QApplication

        from desktop.storage.integrity import DatabaseDamaged, DatabaseUnwritable
        from desktop.storage.restore import restore_closed

        database, backup = self.session.dirs.database, entry.data(256)

        def done(_kept) -> None:
            QMessageBox.information(self, self.tr("バックアップに戻しました"),
                                    self.tr("戻しました。もう一度 Mamori を起動してください。"))
            QApplication.instance().quit()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError | DatabaseUnwritable | DatabaseDamaged):
                raise exc
            show_write_error(self, self.tr("バックアップに戻せませんでした"),
                             self.tr("今の記録はそのまま残っています。Mamori を終了するので、もう一度起動してください。"), exc)
            QApplication.instance().quit()

        # The store closes first, on its own thread; the app quits either way. The busy
        # dialog shows at once, so nothing in the window reaches the closed store meanwhile.
        self.session.store.close()
        run_in_background(self, "backup", self.tr("バックアップに戻しています…"), lambda: restore_closed(database, backup),
                          on_success=done, on_failure=failed, disable=(self.backup_button, self.restore_button),
                          show_after_ms=0)

    # -- hand-over files --------------------------------------------------------------------------
    def export_handover(self) -> None:
        """The package is read from the store here; writing (and sealing) it runs off the GUI thread."""
        from desktop.storage.exchange import HandoverTooLarge, export_handover, write_handover

        profile = self.session.profile
        if profile is None or is_running(self, "handover-export"):
            return
        from desktop.ui.file_dialogs import ask_save_path

        path, _ = ask_save_path(self, self.session.settings, "handover", self.tr("引き継ぎファイルを書き出す"),
                                f"{profile.name}.mamori.json", self.tr("引き継ぎファイル (*.json)"))
        if not path:
            return
        data = export_handover(self.session.store, profile.id, with_files=self.with_files_box.isChecked())

        def done(_none) -> None:
            self.session.status.emit(self.tr("書き出しました: {0}").format(path))
            from desktop.ui.file_dialogs import offer_to_open

            offer_to_open(self, path, self.tr("引き継ぎファイル"))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, HandoverTooLarge):
                show_error(self, self.tr("書き出せませんでした"),
                           self.tr("引き継ぎファイルが 20 MB を超えるため、保存していません: {0}").format(path),
                           self.tr("「★3 の証跡ファイルも含める」を外して書き出し、ファイルは別に渡してください。"))
            elif isinstance(exc, OSError):
                show_write_error(self, self.tr("書き出せませんでした"),
                                 self.tr("引き継ぎファイルは保存されていません: {0}").format(path), exc)
            else:
                raise exc

        run_in_background(self, "handover-export", self.tr("引き継ぎファイルを書き出しています…"),
                          lambda: write_handover(data, path), on_success=done, on_failure=failed,
                          disable=(self.export_button,))

    def hand_over(self) -> None:
        from desktop.ui.handover_ui import hand_over_company

        hand_over_company(self, self.session)

    def import_handover(self) -> None:
        from desktop.ui.handover_ui import import_handover

        import_handover(self, self.session)
