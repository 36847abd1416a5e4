"""学ぶ: tracks and lessons with progress per learner; the reader beside them is lesson_reader.py."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reading import suggested_reading
from desktop.core.vocab import in_brackets
from desktop.ui.ask import ask_text
from desktop.ui.flow import FlowLayout
from desktop.ui.lesson_reader import LessonReader
from desktop.ui.wrapping import wrap_column

LESSON_ROLE = Qt.ItemDataRole.UserRole
DONE_ROLE = Qt.ItemDataRole.UserRole + 1
DONE_COLOUR = "#2f7a4a"


def completion_icons(tree) -> tuple[QIcon, QIcon]:
    """A green check mark for a finished lesson, and an empty icon of the same size: the
    titles stay aligned, also where a long title wraps onto a second line. The tree's icon
    size is set to the height of its text."""
    side = tree.fontMetrics().height()
    tree.setIconSize(QSize(side, side))
    ratio = tree.devicePixelRatioF()
    done = QPixmap(round(side * ratio), round(side * ratio))
    done.setDevicePixelRatio(ratio)
    done.fill(Qt.GlobalColor.transparent)
    painter = QPainter(done)
    painter.setPen(QColor(DONE_COLOUR))
    font = tree.font()
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, "✓")
    painter.end()
    blank = QPixmap(done.size())
    blank.setDevicePixelRatio(ratio)
    blank.fill(Qt.GlobalColor.transparent)
    return QIcon(done), QIcon(blank)


class LearnView(QWidget):
    openItem = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("学ぶ"), self)
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        learner_row = FlowLayout()
        learner_label = QLabel(self.tr("受講者(&W):"), self)
        self.learner_combo = QComboBox(self)
        self.learner_combo.setMinimumWidth(160)
        self.learner_combo.setToolTip(self.tr("だれが学んでいるかを選ぶと、その人の進み具合が記録されます"))
        learner_label.setBuddy(self.learner_combo)
        self.learner_combo.setAccessibleName(self.tr("受講者"))
        # currentIndexChanged, not activated: a screen reader or the keyboard choosing an
        # entry changes the learner just as a click does.
        self.learner_combo.currentIndexChanged.connect(self._on_learner_picked)
        self.add_learner_button = QPushButton(self.tr("受講者を追加"), self)
        self.add_learner_button.clicked.connect(self.ask_new_learner)
        self.rename_learner_button = QPushButton(self.tr("名前を変更…"), self)
        self.rename_learner_button.setToolTip(self.tr("選んでいる受講者の名前を変えます"))
        self.rename_learner_button.clicked.connect(self.ask_rename_learner)
        self.remove_learner_button = QPushButton(self.tr("受講者を削除…"), self)
        self.remove_learner_button.setToolTip(self.tr("選んでいる受講者と、その人の修了記録を削除します（確認があります）"))
        self.remove_learner_button.clicked.connect(self.ask_remove_learner)
        self.progress_label = QLabel("", self)
        self.progress_label.setObjectName("Hint")
        self.progress_label.setWordWrap(True)
        for widget in (learner_label, self.learner_combo, self.add_learner_button, self.rename_learner_button,
                       self.remove_learner_button):
            learner_row.add_widget(widget)
        layout.addLayout(learner_row)
        layout.addWidget(self.progress_label)
        self.suggestion_label = QLabel(self.tr("目標に合わせて、はじめに読むとよいコースとレッスンを上に並べ、"
                                               "「おすすめ」と書いています。"), self)
        self.suggestion_label.setObjectName("Hint")
        self.suggestion_label.setWordWrap(True)
        layout.addWidget(self.suggestion_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setHeaderLabels([self.tr("コースとレッスン"), self.tr("分")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumWidth(260)  # titles wrap; the reader keeps the room on a small screen
        wrap_column(self.tree, 0)  # whole lesson titles, on two lines where needed
        self.tree.currentItemChanged.connect(self._on_tree_current)
        # A screen reader selects a row without making it current: open it all the same.
        self.tree.itemSelectionChanged.connect(self._on_tree_selection)
        self.tree.setAccessibleName(self.tr("コースとレッスンの一覧"))
        self.reader = LessonReader(session, splitter)
        self.reader.openItem.connect(self.openItem)
        self.reader.openLesson.connect(self.open_lesson)
        self.reader.quiz.finished.connect(self._on_quiz_finished)
        self.reader.prev_button.clicked.connect(lambda: self._step(-1))
        self.reader.next_button.clicked.connect(lambda: self._step(1))
        self.reader.complete_button.clicked.connect(self.complete_lesson)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 860])
        layout.addWidget(splitter, 1)

        session.profileChanged.connect(lambda _p: self.refresh())
        session.learnerChanged.connect(lambda _l: self.refresh_progress())
        session.progressChanged.connect(self._on_progress)
        self.refresh()

    @property
    def lesson(self):
        """The lesson the reader shows, or None."""
        return self.reader.lesson

    # -- learners -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.learner_combo.blockSignals(True)
        self.learner_combo.clear()
        profile = self.session.profile
        self.add_learner_button.setEnabled(profile is not None)
        if profile is not None:
            self.learner_combo.addItem(self.tr("（選んでください）"), None)
            for learner in self.session.store.list_learners(profile.id):
                self.learner_combo.addItem(learner.name, learner.id)
            if self.session.learner is not None:
                self.learner_combo.setCurrentIndex(max(self.learner_combo.findData(self.session.learner.id), 0))
        self.learner_combo.blockSignals(False)
        has_learner = self.session.learner is not None
        self.rename_learner_button.setEnabled(has_learner)
        self.remove_learner_button.setEnabled(has_learner)
        self.refresh_progress()

    def _on_learner_picked(self, index: int) -> None:
        learner_id = self.learner_combo.itemData(index)
        learners = self.session.store.list_learners(self.session.profile.id) if self.session.profile else []
        self.session.select_learner(next((p for p in learners if p.id == learner_id), None))
        has_learner = self.session.learner is not None
        self.rename_learner_button.setEnabled(has_learner)
        self.remove_learner_button.setEnabled(has_learner)

    @Slot()
    def ask_new_learner(self) -> None:
        """受講者を追加: ask for the name, then add the learner."""
        if self.session.profile is None:
            return
        name, ok = ask_text(self, self.tr("受講者を追加"), self.tr("受講する人の名前:"))
        if ok:
            self.add_learner(name)

    def add_learner(self, name: str) -> None:
        name = name.strip()
        if not name or self.session.profile is None:
            return
        learner = self.session.store.add_learner(self.session.profile.id, name)
        self.session.select_learner(learner)
        self.refresh()
        self.session.changed("learners", self.tr("受講者「{0}」を追加しました").format(name))

    @Slot()
    def ask_rename_learner(self) -> None:
        learner = self.session.learner
        if learner is None:
            return
        name, ok = ask_text(self, self.tr("名前を変更"), self.tr("新しい名前:"), text=learner.name)
        name = name.strip()
        if not ok or not name or name == learner.name:
            return
        renamed = self.session.store.rename_learner(learner.id, name)
        self.session.select_learner(renamed)
        self.refresh()
        self.session.changed("learners", self.tr("「{0}」さんの名前を「{1}」に変えました").format(learner.name, name))

    @Slot()
    def ask_remove_learner(self) -> None:
        learner = self.session.learner
        if learner is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("受講者を削除"),
                          self.tr("「{0}」さんを受講者から削除しますか？").format(learner.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setInformativeText(self.tr("この人の修了記録と確認テストの結果も削除されます。"
                                       "これまでの変更履歴には名前が残ります。元に戻すことはできません。"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.session.store.remove_learner(learner.id)
        self.session.select_learner(None)
        self.refresh()
        self.session.changed("learners", self.tr("「{0}」さんを削除しました").format(learner.name))

    # -- tree ---------------------------------------------------------------------------------
    def _completed(self) -> set[str]:
        learner = self.session.learner
        if learner is None or self.session.profile is None:
            return set()
        results = self.session.store.lesson_results(self.session.profile.id)
        return set(results.get(learner.id, {}))

    def refresh_progress(self) -> None:
        completed = self._completed()
        lang = self.session.lang
        current = self.lesson.id if self.lesson else None
        self.tree.blockSignals(True)
        self.tree.clear()
        total_done = total = 0
        select = None
        done_icon, blank_icon = completion_icons(self.tree)
        reading = self._reading()
        suggested = self.tr("おすすめ")
        for track in reading.tracks:
            lessons = [self.session.content.lessons[lid] for lid in reading.lessons[track.id]]
            if not lessons:
                continue
            done = sum(1 for lesson in lessons if lesson.id in completed)
            total_done += done
            total += len(lessons)
            mark = in_brackets(suggested, lang) if track.id in reading.first_tracks else ""
            node = QTreeWidgetItem(self.tree, [track.title.get(lang) + in_brackets(f"{done}/{len(lessons)}", lang) + mark, ""])
            node.setToolTip(0, track.summary.get(lang))
            for lesson in lessons:
                mark = in_brackets(suggested, lang) if lesson.id in reading.first else ""
                child = QTreeWidgetItem(node, [lesson.text(lang).title + mark, str(lesson.minutes)])
                child.setIcon(0, done_icon if lesson.id in completed else blank_icon)
                child.setData(0, DONE_ROLE, lesson.id in completed)
                child.setData(0, LESSON_ROLE, lesson.id)
                child.setToolTip(0, lesson.text(lang).summary)
                if lesson.id == current:
                    select = child
            node.setExpanded(True)
        if select is not None:
            self.tree.setCurrentItem(select)
        self.tree.blockSignals(False)
        learner = self.session.learner
        if learner is None:
            self.progress_label.setText(self.tr("受講者を選ぶと、修了したレッスンと確認テストの結果が記録されます。"))
        else:
            text = self.tr("{0} さん: {1} / {2} レッスン修了").format(learner.name, total_done, total)
            correct, asked = self._quiz_totals()
            if asked:
                text += self.tr("・確認テスト {0} 問中 {1} 問正解").format(asked, correct)
            self.progress_label.setText(text)
        self._update_buttons()

    def _reading(self):
        """Tracks in the order of the company's targets; the lessons to read first."""
        profile = self.session.profile
        guide = self.session.store.guide(profile.id) if profile else None
        reading = suggested_reading(self.session.content, guide.targets if guide else ())
        self.suggestion_label.setVisible(bool(reading.first))
        return reading

    def _quiz_totals(self) -> tuple[int, int]:
        """The selected learner's latest quiz results, added up over the lessons completed."""
        learner = self.session.learner
        if learner is None or self.session.profile is None:
            return 0, 0
        results = self.session.store.lesson_results(self.session.profile.id).get(learner.id, {})
        scored = [r for r in results.values() if r.quiz_total]
        return sum(r.quiz_score or 0 for r in scored), sum(r.quiz_total for r in scored)

    def _on_tree_current(self, item, _previous) -> None:
        lesson_id = item.data(0, LESSON_ROLE) if item is not None else None
        if lesson_id and (self.lesson is None or self.lesson.id != lesson_id):
            self.show_lesson(lesson_id)

    def _on_tree_selection(self) -> None:
        selected = self.tree.selectedItems()
        if selected:
            self._on_tree_current(selected[0], None)

    def _on_progress(self, kind: str) -> None:
        if kind in ("lessons", "learners", "guide"):
            self.refresh_progress()
        elif kind == "textsize":
            self.reader.refresh_page()

    # -- reader -----------------------------------------------------------------------------
    def open_lesson(self, lesson_id: str) -> None:
        """Show a lesson and select it in the tree (links from other screens)."""
        self.show_lesson(lesson_id)
        self._select_in_tree(lesson_id)

    def _select_in_tree(self, lesson_id: str) -> None:
        for t in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(t)
            for c in range(node.childCount()):
                child = node.child(c)
                if child.data(0, LESSON_ROLE) == lesson_id:
                    self.tree.blockSignals(True)
                    self.tree.setCurrentItem(child)
                    self.tree.blockSignals(False)
                    self.tree.scrollToItem(child)
                    return

    def show_lesson(self, lesson_id: str) -> None:
        lesson = self.session.content.lessons.get(lesson_id)
        if lesson is None:
            return
        self.reader.show_lesson(lesson)
        self._update_buttons()

    def _step(self, delta: int) -> None:
        if self.lesson is None:
            return
        reading = self._reading()
        lessons = [self.session.content.lessons[lid] for track in reading.tracks for lid in reading.lessons[track.id]]
        index = lessons.index(self.lesson) + delta
        if 0 <= index < len(lessons):
            self.open_lesson(lessons[index].id)

    def _update_buttons(self) -> None:
        self.reader.update_buttons(self.lesson is not None and self.lesson.id in self._completed())

    def _on_quiz_finished(self, correct: int, total: int) -> None:
        self._update_buttons()
        self.session.status.emit(self.tr("確認テスト: {0} 問中 {1} 問正解").format(total, correct))

    def complete_lesson(self) -> None:
        if self.lesson is None or self.session.profile is None:
            return
        if self.session.learner is None:
            self.progress_label.setText(self.tr("先に「受講者」を選ぶか追加してください。"))
            self.learner_combo.setFocus()
            return
        if self.reader.quiz_pending():
            return
        quiz = self.reader.quiz
        correct, total = quiz.score if quiz.questions else (None, None)
        self.session.store.record_lesson(self.session.learner.id, self.lesson.id, quiz_score=correct, quiz_total=total)
        self.session.changed("lessons", self.tr("「{0}」を修了として記録しました").format(self.lesson.text(self.session.lang).title))
