"""The short quiz at the end of a lesson, with an explanation right after each answer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.content import QuizQuestion


class QuestionBox(QGroupBox):
    answered = Signal(bool)

    def __init__(self, number: int, question: QuizQuestion, parent=None):
        super().__init__(parent)
        self.question = question
        self.correct: bool | None = None
        self.setTitle(self.tr("問 {0}").format(number))
        layout = QVBoxLayout(self)
        text = QLabel(question.question, self)
        text.setWordWrap(True)
        self.setAccessibleName(self.tr("問 {0}: {1}").format(number, question.question))
        layout.addWidget(text)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for index, choice in enumerate(question.choices, start=1):
            button = QRadioButton(f"{index}. {choice}", self)
            button.setAccessibleDescription(self.tr("問 {0} の選択肢").format(number))
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        self.check_button = QPushButton(self.tr("答え合わせ"), self)
        self.check_button.setAccessibleName(self.tr("問 {0} の答え合わせ").format(number))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        # idToggled, not idClicked: a choice made by keyboard or a screen reader counts too.
        self.group.idToggled.connect(lambda _id, on: on and self.check_button.setEnabled(self.correct is None))
        layout.addWidget(self.check_button)
        self.feedback = QLabel("", self)
        self.feedback.setWordWrap(True)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)

    def choose(self, choice: int) -> None:
        """Select a choice (1-based), as a click would."""
        self.buttons[choice - 1].setChecked(True)
        self.check_button.setEnabled(self.correct is None)

    def check(self) -> None:
        choice = self.group.checkedId()
        if choice < 1 or self.correct is not None:
            return
        self.correct = self.question.is_correct(choice)
        verdict = self.tr("○ 正解です。") if self.correct else self.tr("× 正解は {0} です。").format(self.question.answer)
        self.feedback.setText(f"<b>{verdict}</b> {self.question.explanation}")
        self.feedback.setStyleSheet("color: #1c6b3a;" if self.correct else "color: #a12a1f;")
        self.feedback.setVisible(True)
        for button in self.buttons:
            button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.answered.emit(self.correct)


class QuizWidget(QScrollArea):
    """All questions of one lesson; `finished` carries (correct, total) once all are checked."""

    finished = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.boxes: list[QuestionBox] = []
        self.set_questions(())

    def set_questions(self, questions) -> None:
        """Take a lesson's questions; the widgets are built when the quiz is first shown."""
        self.questions = tuple(questions)
        self.boxes = []
        self._built = False
        if self.isVisible():
            self._build()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._ensure_built()
        super().showEvent(event)

    def _ensure_built(self) -> None:
        if not self._built:
            self._build()

    def _build(self) -> None:
        self._built = True
        questions = self.questions
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        self.boxes = []
        if not questions:
            layout.addWidget(QLabel(self.tr("このレッスンには確認テストがありません。"), holder))
        for number, question in enumerate(questions, start=1):
            box = QuestionBox(number, question, holder)
            box.answered.connect(self._on_answered)
            self.boxes.append(box)
            layout.addWidget(box)
        self.result = QLabel("", holder)
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setWidget(holder)

    @property
    def score(self) -> tuple[int, int]:
        self._ensure_built()
        return sum(1 for b in self.boxes if b.correct), len(self.boxes)

    @property
    def done(self) -> bool:
        """Every question checked (a quiz never shown has no answers yet)."""
        if not self._built:
            return not self.questions
        return all(b.correct is not None for b in self.boxes)

    def question_boxes(self) -> list[QuestionBox]:
        """The question widgets (built now if the quiz was not shown yet)."""
        self._ensure_built()
        return self.boxes

    def _on_answered(self, _correct: bool) -> None:
        if self.done:
            correct, total = self.score
            self.result.setText(self.tr("<b>{0} 問中 {1} 問正解でした。</b> 「完了にする」で記録できます。").format(total, correct))
            self.finished.emit(correct, total)
