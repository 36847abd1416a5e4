"""自社診断: the 25 questions, four answers each, the score and band as you go."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.localized import as_text
from desktop.core.scoring import selfcheck_score
from desktop.core.vocab import SELFCHECK_ANSWERS


class QuestionRow(QFrame):
    answered = Signal(int, str)
    openLesson = Signal(str)

    def __init__(self, number: int, requirement, answer_labels: dict[str, str], lesson, lang: str, parent=None):
        super().__init__(parent)
        self.number = number
        self.lesson = lesson
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{number}. {requirement.title.get(lang)}</b>", self)
        title.setWordWrap(True)
        question = QLabel(as_text(requirement.get("text", "")).get(lang), self)
        question.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(question)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for index, answer in enumerate(SELFCHECK_ANSWERS):
            button = QRadioButton(answer_labels[answer], self)
            self.buttons[answer] = button
            self.group.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pointer = QPushButton("", self)
        self.pointer.setVisible(False)
        self.pointer.clicked.connect(lambda: self.lesson and self.openLesson.emit(self.lesson.id))
        layout.addWidget(self.pointer)
        self.lesson_title = lesson.text(lang).title if lesson else ""
        self._showing = False
        # idToggled, not idClicked: an answer chosen with the keyboard or through a screen
        # reader (which checks the button without a click) is saved just the same.
        self.group.idToggled.connect(self._on_toggled)
        name = self.tr("質問 {0}: {1}").format(number, requirement.title.get(lang))
        self.setAccessibleName(name)
        for button in self.buttons.values():
            button.setAccessibleDescription(name)
        self.pointer.setAccessibleDescription(self.tr("この質問に関係するレッスンを開きます"))
        self.pointer.setAutoDefault(False)

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked and not self._showing:
            self.answered.emit(self.number, SELFCHECK_ANSWERS[index])

    def set_answer(self, answer: str | None) -> None:
        self._showing = True
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == answer)
        self.group.setExclusive(True)
        self._showing = False
        needs_help = answer in ("no", "unknown") and self.lesson is not None
        self.pointer.setVisible(needs_help)
        if needs_help:
            self.pointer.setText(self.tr("→ 学ぶ: {0}").format(self.lesson_title))


class SelfCheckView(QWidget):
    openLesson = Signal(str)
    scroll: QScrollArea  # type: ignore[assignment]  # the answers' scroll area, in place of QWidget.scroll()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.scheme = session.content.schemes.get("selfcheck")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("自社診断（5分でできる！情報セキュリティ自社診断）"), self)
        title.setObjectName("PageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        hint = QLabel(self.tr("25の質問に、実際の様子をいちばんよく知っている人が答えます。"
                              "「わからない」は −1 点です。あとで必ず確かめましょう。"), self)
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        score_card = QFrame(self)
        score_card.setObjectName("Card")
        score_layout = QGridLayout(score_card)
        self.score_label = QLabel("", score_card)
        self.score_label.setObjectName("BigNumber")
        self.band_label = QLabel("", score_card)
        self.band_label.setWordWrap(True)
        score_layout.addWidget(self.score_label, 0, 0)
        score_layout.addWidget(self.band_label, 0, 1)
        score_layout.setColumnStretch(1, 1)
        layout.addWidget(score_card)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("自社診断の25の質問"))
        layout.addWidget(self.scroll, 1)
        self.rows: dict[int, QuestionRow] = {}
        self._build_questions()
        session.profileChanged.connect(lambda _p: self.refresh())
        session.progressChanged.connect(lambda kind: kind == "answers" and self.refresh())
        self.refresh()

    def _lesson_for(self, number: int):
        content = self.session.content
        for item in content.items_for("selfcheck", str(number)):
            lessons = content.lessons_for_item(item.id)
            if lessons:
                return sorted(lessons, key=lambda lesson: (content.tracks[lesson.track].order, lesson.order))[0]
        return None

    def _build_questions(self) -> None:
        holder = QWidget(self.scroll)
        layout = QVBoxLayout(holder)
        if self.scheme is None:
            layout.addWidget(QLabel(self.tr("自社診断のデータが読み込めませんでした。"), holder))
            self.scroll.setWidget(holder)
            return
        lang = self.session.lang
        labels = {str(a["id"]): as_text(a.get("label", a["id"])).get(lang)
                  for a in self.scheme.data.get("answers", [])}
        parts = {int(p["id"]): p for p in self.scheme.data.get("parts", [])}
        groups: dict[int, QVBoxLayout] = {}
        for rid, requirement in self.scheme.requirements.items():
            part = int(requirement.get("part", 1))
            if part not in groups:
                info = parts.get(part, {})
                title = as_text(info.get("title", part)).get(lang)
                box = QGroupBox(title, holder)
                groups[part] = QVBoxLayout(box)
                layout.addWidget(box)
            row = QuestionRow(int(rid), requirement, labels, self._lesson_for(int(rid)), lang, holder)
            row.answered.connect(self.answer)
            row.openLesson.connect(self.openLesson)
            groups[part].addWidget(row)
            self.rows[int(rid)] = row
        layout.addStretch(1)
        self.scroll.setWidget(holder)

    def answer(self, number: int, answer: str | None) -> None:
        """Save one answer (what a click on its button does)."""
        if self.session.profile is None:
            return
        self.session.store.set_answer(self.session.profile.id, number, answer, by=self.session.by)
        self.rows[number].set_answer(answer)
        self._show_score()
        self.session.changed("answers", self.tr("自社診断の回答を保存しました（質問 {0}）").format(number))

    def refresh(self) -> None:
        answers = self._answers()
        enabled = self.session.profile is not None
        for number, row in self.rows.items():
            row.set_answer(answers.get(number))
            row.setEnabled(enabled)
        self._show_score()

    def _answers(self) -> dict[int, str]:
        profile = self.session.profile
        return self.session.store.answers(profile.id) if profile else {}

    def _show_score(self) -> None:
        if self.scheme is None:
            return
        score = selfcheck_score(self._answers(), self.scheme)
        self.score_label.setText(self.tr("{0} / {1} 点").format(score.score, score.max))
        if score.band is not None:
            label = score.band.label.get(self.session.lang)
            meaning = score.band.meaning.get(self.session.lang)
            text = f"<b>{label}</b><br>{meaning}"
        else:
            text = self.tr("回答 {0} / {1}。すべて答えると、点数の意味が表示されます。").format(score.answered, score.questions)
        if score.unknown:
            text += "<br>" + self.tr("「わからない」が {0} 問あります。担当者に確かめましょう。").format(score.unknown)
        self.band_label.setText(text)
