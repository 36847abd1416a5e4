"""ダッシュボード: where the company stands per scheme, the self-check, training, next steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import scoring
from desktop.core import targets as goals
from desktop.ui.charts import ShareBar, TrendChart
from desktop.ui.next_steps import NextStepsCard
from desktop.ui.refresh import RefreshWhenShown


def card(parent, title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    heading = QLabel(f"<b>{title}</b>", frame)
    layout.addWidget(heading)
    return frame, layout


class DashboardView(RefreshWhenShown, QScrollArea):
    navigate = Signal(str)
    openItem = Signal(str)
    openGuide = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("ダッシュボード"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.show_all = False  # 「すべて表示」: the schemes that are not targets too
        self.watch(session)

    def refresh(self) -> None:
        """Rebuild the page from the store (a few queries and sums)."""
        self._stale = False
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        title = QLabel(self.tr("ダッシュボード"), holder)
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        profile = self.session.profile
        if profile is None:
            self._welcome(holder, layout)
            self.setWidget(holder)
            return
        store, content = self.session.store, self.session.content
        statuses = {i: s.status for i, s in store.item_states(profile.id).items()}
        answers = store.answers(profile.id)
        from desktop.ui.star3_card import reminder_card

        self.star3_card = reminder_card(self.session, holder)
        if self.star3_card is not None:
            layout.addWidget(self.star3_card)
        grid = QGridLayout()
        grid.addWidget(self._schemes_card(holder, statuses, answers), 0, 0)
        grid.addWidget(self._selfcheck_card(holder, answers), 0, 1)
        self.next_card = NextStepsCard(self.session, holder)
        self.next_card.openItem.connect(self.openItem.emit)
        grid.addWidget(self.next_card, 1, 0)
        grid.addWidget(self._training_card(holder, profile), 1, 1)
        grid.addWidget(self._trend_card(holder, profile), 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(holder)
        del content

    def _welcome(self, holder, layout) -> None:
        text = QLabel(self.tr("まだ会社が登録されていません。上の「新しい会社」から登録すると、"
                              "自社診断やチェックリストを始められます。"), holder)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)

    def _schemes_card(self, holder, statuses, answers) -> QFrame:
        frame, layout = card(holder, self.tr("目標と達成状況"))
        content, lang = self.session.content, self.session.lang
        guide = self.session.store.guide(self.session.profile.id)
        chosen = list(guide.targets) if guide else []
        others = [key for key in goals.REPORT_SCHEMES if key not in chosen]
        if not chosen:
            prompt = QLabel(self.tr("まだ目標が決まっていません。「うちに必要なのは？」の質問に答えると、"
                                    "取り組む制度と段階だけを表示できます。"), frame)
            prompt.setWordWrap(True)
            layout.addWidget(prompt)
        guide_button = QPushButton(self.tr("うちに必要なのは？（目標を決める）") if not chosen
                                   else self.tr("目標を変える"), frame)
        guide_button.clicked.connect(self.openGuide.emit)
        layout.addWidget(guide_button)
        self.target_rows: dict[str, QWidget] = {}
        layout.addWidget(self._progress_rows(frame, chosen or others, statuses, answers, lang))
        if chosen and others:
            self.all_button = QPushButton(self.tr("目標以外の制度を隠す") if self.show_all
                                          else self.tr("すべて表示"), frame)
            self.all_button.setToolTip(self.tr("目標にしていない制度の達成状況も表示します"))
            self.all_button.clicked.connect(self._toggle_all)
            layout.addWidget(self.all_button)
            if self.show_all:
                layout.addWidget(self._progress_rows(frame, others, statuses, answers, lang))
        del content
        legend = QLabel(self.tr("緑 = 達成（該当しないを含む）、黄 = 一部達成、灰 = 未達成・未回答"), frame)
        legend.setObjectName("Hint")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        button = QPushButton(self.tr("チェックリストを開く"), frame)
        button.clicked.connect(lambda: self.navigate.emit("checklists"))
        layout.addWidget(button)
        return frame

    def _progress_rows(self, parent, keys, statuses, answers, lang) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, key in enumerate(keys):
            progress = goals.target_progress(self.session.content, statuses, answers, key)
            bar = ShareBar(box)
            bar.set_counts(progress.met, progress.partial, progress.total)
            name = QLabel(goals.TARGET_LABELS[key][1 if lang == "en" else 0], box)
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(QLabel(self.tr("達成 {0} / {1}・一部 {2}").format(
                progress.met, progress.total, progress.partial), box), row, 2)
            self.target_rows[key] = name
        grid.setColumnStretch(1, 1)
        return box

    def _toggle_all(self) -> None:
        self.show_all = not self.show_all
        self.refresh()

    def _selfcheck_card(self, holder, answers) -> QFrame:
        frame, layout = card(holder, self.tr("自社診断"))
        scheme = self.session.content.schemes.get("selfcheck")
        if scheme is None:
            return frame
        score = scoring.selfcheck_score(answers, scheme)
        number = QLabel(self.tr("{0} / {1} 点").format(score.score, score.max), frame)
        number.setObjectName("BigNumber")
        layout.addWidget(number)
        if score.band is not None:
            label = score.band.label_en if self.session.lang == "en" and score.band.label_en else score.band.label
            layout.addWidget(QLabel(label, frame))
        else:
            layout.addWidget(QLabel(self.tr("回答 {0} / {1}").format(score.answered, score.questions), frame))
        if score.unknown:
            layout.addWidget(QLabel(self.tr("「わからない」: {0} 問").format(score.unknown), frame))
        button = QPushButton(self.tr("自社診断を開く"), frame)
        button.clicked.connect(lambda: self.navigate.emit("selfcheck"))
        layout.addWidget(button)
        return frame

    def _training_card(self, holder, profile) -> QFrame:
        frame, layout = card(holder, self.tr("受講の状況"))
        total = len(self.session.content.lessons)
        results = self.session.store.lesson_results(profile.id)
        learners = self.session.store.list_learners(profile.id)
        if not learners:
            layout.addWidget(QLabel(self.tr("「学ぶ」で受講者を追加すると、ここに進み具合が出ます。"), frame))
        for learner in learners:
            done = len([lid for lid in results.get(learner.id, {}) if lid in self.session.content.lessons])
            bar = QProgressBar(frame)
            bar.setRange(0, max(total, 1))
            bar.setValue(done)
            bar.setFormat(f"{learner.name}: {done} / {total}")
            layout.addWidget(bar)
        return frame

    def _trend_card(self, holder, profile) -> QFrame:
        frame, layout = card(holder, self.tr("進み具合の推移（実施済みの項目数）"))
        chart = TrendChart(frame)
        chart.set_points(self.session.store.status_trend(profile.id),
                         self.tr("項目の状態を記録していくと、ここに推移が表示されます"))
        layout.addWidget(chart)
        return frame
