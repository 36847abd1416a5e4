"""「自社診断では…と答えています」: the checklist editor's offer to take over a self-check answer.

Nothing is filled in by itself: the panel shows the earlier answer and the button
「この答えを使う」 sets the status the answer means, recorded with where it came from.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktop.core.localized import Text, as_text
from desktop.core.takeover import earlier_answer
from desktop.core.vocab import ITEM_STATUS_LABELS


class TakeOverPanel(QFrame):
    """Shows what the self-check said about the current item and offers to use it."""

    takeOver = Signal(str, str)  # status, source ("selfcheck:20")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.item = None
        self.offer = None  # the EarlierAnswer on show
        self.setObjectName("Card")
        row = QHBoxLayout(self)
        self.label = QLabel("", self)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("この答えを使う"), self)
        self.button.clicked.connect(self._use)
        row.addWidget(self.button)
        self.hide()
        session.progressChanged.connect(self._on_progress)

    def _answer_label(self, answer: str) -> str:
        scheme = self.session.content.schemes.get("selfcheck")
        for entry in (scheme.data.get("answers", []) if scheme else []):
            if str(entry.get("id")) == answer:
                return as_text(entry.get("label")).get(self.session.lang)
        return answer

    def _question(self, number: int, titled: bool) -> str:
        """「問2」, or 「問2「ウイルス対策ソフトを…」」 with the question's title when TITLED."""
        scheme = self.session.content.schemes.get("selfcheck")
        found = scheme.requirements.get(str(number)) if scheme else None
        if titled and found is not None:
            return self.tr("問{0}「{1}」").format(number, found.title.get(self.session.lang))
        return self.tr("問{0}").format(number)

    def show_for(self, item) -> None:
        """Show the self-check's answer for ITEM (or nothing when it has none)."""
        self.item = item
        profile = self.session.profile
        found = earlier_answer(item, self.session.store.answers(profile.id)) if item and profile else None
        self.offer = found
        if found is None:
            self.hide()
            return
        lang = self.session.lang
        numbers = Text("・", ", ").get(lang).join(self._question(q, len(found.questions) == 1) for q in found.questions)
        if found.status is None or found.answer is None:  # they disagree (both are None then)
            answers = self.session.store.answers(profile.id)
            said = Text("、", ", ").get(lang).join(self.tr("問{0}では『{1}』").format(q, self._answer_label(answers[q])) for q in found.questions)
            self.label.setText(self.tr("自社診断の{0}と答えています。答えが分かれているので、"
                                       "この項目の状態はご自分で選んでください。").format(said))
            self.button.hide()
            self.show()
            return
        state = self.session.store.item_state(profile.id, item.id)
        current = state.status if state else "unanswered"
        said = self._answer_label(found.answer)
        if current == found.status:
            if self.session.store.status_source(profile.id, item.id) is not None:
                self.label.setText(self.tr("この状態『{0}』は、自社診断の{1}の答えから取り込みました（履歴に残っています）。").format(
                    ITEM_STATUS_LABELS[current].get(lang), numbers))
            else:
                self.label.setText(self.tr("自社診断の{0}でも『{1}』と答えています。この項目の状態と同じです。").format(numbers, said))
            self.button.hide()
        else:
            if current == "unanswered":
                text = self.tr("自社診断の{0}では『{1}』と答えています。この項目にも当てはまるなら使えます。").format(numbers, said)
            else:
                status_label = ITEM_STATUS_LABELS[current].get(lang)
                text = self.tr("自社診断の{0}では『{1}』と答えています（いまの状態は『{2}』）。"
                               "この項目にも当てはまるなら使えます。").format(numbers, said, status_label)
            self.label.setText(text)
            self.button.setToolTip(self.tr("この項目の状態を自社診断の答えに合わせます。履歴には自社診断から取り込んだことが残ります。"))
            self.button.show()
        self.show()

    def _use(self) -> None:
        if self.offer is not None and self.offer.status is not None:
            self.takeOver.emit(self.offer.status, self.offer.source)

    def _on_progress(self, kind: str) -> None:
        if kind == "answers" and self.item is not None:
            self.show_for(self.item)
