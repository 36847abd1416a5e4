"""The lesson reader of 学ぶ: the lesson's text and its quiz on two tabs, and the buttons
under them (previous, next, text size, mark as complete)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.flow import FlowLayout
from desktop.ui.lesson_html import lesson_page
from desktop.ui.quiz_widget import QuizWidget

# The reader's words belong to the 学ぶ screen and are translated in its context
# ("LearnView"), named in each call so that lupdate files them there.


class LessonReader(QWidget):
    """Shows one lesson (show_lesson). The screen connects the buttons: what previous,
    next and complete do depends on the list and the learner."""

    openItem = Signal(str)
    openLesson = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.lesson = None
        self.zoom = 0
        reader_layout = QVBoxLayout(self)
        reader_layout.setContentsMargins(8, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(QCoreApplication.translate("LearnView", "レッスン"))
        self.tabs.tabBar().setAccessibleName(QCoreApplication.translate("LearnView", "本文と確認テストの切り替え"))
        self.browser = QTextBrowser(self.tabs)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setAccessibleName(QCoreApplication.translate("LearnView", "レッスンの本文"))
        self.quiz = QuizWidget(self.tabs)
        self.quiz.setAccessibleName(QCoreApplication.translate("LearnView", "確認テスト"))
        self.tabs.addTab(self.browser, QCoreApplication.translate("LearnView", "本文"))
        self.tabs.addTab(self.quiz, QCoreApplication.translate("LearnView", "確認テスト"))
        reader_layout.addWidget(self.tabs, 1)
        nav = FlowLayout()  # wraps onto two lines on a narrow window with large text
        self.prev_button = QPushButton(QCoreApplication.translate("LearnView", "← 前へ"), self)
        self.prev_button.setToolTip(QCoreApplication.translate("LearnView", "前のレッスン"))
        self.next_button = QPushButton(QCoreApplication.translate("LearnView", "次へ →"), self)
        self.next_button.setToolTip(QCoreApplication.translate("LearnView", "次のレッスン"))
        self.zoom_out_button = QPushButton(QCoreApplication.translate("LearnView", "文字を小さく"), self)
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom - 1))
        self.zoom_in_button = QPushButton(QCoreApplication.translate("LearnView", "文字を大きく"), self)
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom + 1))
        self.complete_button = QPushButton(QCoreApplication.translate("LearnView", "完了にする"), self)
        self.complete_button.setObjectName("Primary")
        self.complete_button.setToolTip(
            QCoreApplication.translate("LearnView", "選んだ受講者について、このレッスンを修了として記録します"))
        for widget in (self.prev_button, self.next_button, self.zoom_out_button, self.zoom_in_button):
            nav.add_widget(widget)
        nav.add_widget(self.complete_button, right=True)
        reader_layout.addLayout(nav)

    def show_lesson(self, lesson) -> None:
        """Show LESSON's text on the first tab and its quiz, not yet answered, on the second."""
        self.lesson = lesson
        text = lesson.text(self.session.lang)
        self.browser.setSearchPaths([str(lesson.pack_root)])
        self.browser.setHtml(lesson_page(lesson, self.session))
        self.quiz.set_questions(text.quiz)
        self.tabs.setTabText(1, QCoreApplication.translate("LearnView", "確認テスト（{0}問）").format(len(text.quiz)))
        self.tabs.setCurrentIndex(0)

    def refresh_page(self) -> None:
        """Show the lesson again in the current text size."""
        if self.lesson is not None:
            self.browser.setHtml(lesson_page(self.lesson, self.session))

    def set_zoom(self, zoom: int) -> None:
        zoom = max(-3, min(8, zoom))
        self.browser.zoomIn(zoom - self.zoom)
        self.zoom = zoom

    def quiz_pending(self) -> bool:
        """Whether the lesson has a quiz that is not finished yet."""
        return self.lesson is not None and bool(self.quiz.questions) and not self.quiz.done

    def update_buttons(self, completed: bool) -> None:
        """Enable the buttons for the lesson shown; COMPLETED: the learner has finished it."""
        has_lesson = self.lesson is not None
        quiz_pending = self.quiz_pending()
        self.complete_button.setEnabled(has_lesson and self.session.profile is not None and not quiz_pending)
        if quiz_pending:
            self.complete_button.setToolTip(
                QCoreApplication.translate("LearnView", "「確認テスト」のすべての問題に答えると、修了として記録できます"))
        else:
            self.complete_button.setToolTip(
                QCoreApplication.translate("LearnView", "選んだ受講者について、このレッスンを修了として記録します"))
        if completed:
            self.complete_button.setText(QCoreApplication.translate("LearnView", "修了済み（もう一度記録）"))
        else:
            self.complete_button.setText(QCoreApplication.translate("LearnView", "完了にする"))
        self.prev_button.setEnabled(has_lesson)
        self.next_button.setEnabled(has_lesson)

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        target = url.toString()[len(scheme) + 1:]
        if scheme == "item":
            self.openItem.emit(target)
        elif scheme == "lesson":
            self.openLesson.emit(target)
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
