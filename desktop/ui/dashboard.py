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


class ProgressRows(QWidget):
    """Rows of name, share bar and counts, one per target; rows are reused across companies."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLabel, ShareBar, QLabel]] = []

    def show_rows(self, keys, progress, lang: str) -> dict[str, QLabel]:
        """One row per key of KEYS from PROGRESS (key -> targets.Progress); the name labels by key."""
        while len(self.rows) < len(keys):
            row = len(self.rows)
            name, bar, counts = QLabel(self), ShareBar(self), QLabel(self)
            name.setWordWrap(True)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(counts, row, 2)
            self.rows.append((name, bar, counts))
        names: dict[str, QLabel] = {}
        for index, (name, bar, counts) in enumerate(self.rows):
            shown = index < len(keys)
            for widget in (name, bar, counts):
                widget.setVisible(shown)
            if not shown:
                name.setText("")
                counts.setText("")
                continue
            key = keys[index]
            done = progress[key]
            bar.set_counts(done.met, done.partial, done.total)
            name.setText(goals.TARGET_LABELS[key].get(lang))
            counts.setText(self.tr("達成 {0} / {1}・一部 {2}").format(done.met, done.total, done.partial))
            names[key] = name
        return names


class DashboardView(RefreshWhenShown, QScrollArea):
    """The cards are built once (for a company, or the welcome text without one); each
    refresh reads the company once (desktop.dashboard_data) and fills them in place."""

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
        self._mode = ""  # "welcome" or "company": which page is built
        self.star3_card = None  # the ★3 reminder card while it has something to say
        self.watch(session)

    def refresh(self) -> None:
        """Fill the page from the store (one read of each table, a few sums)."""
        self._stale = False
        profile = self.session.profile
        if profile is None:
            if self._mode != "welcome":
                self._build_welcome()
            return
        if self._mode != "company":
            self._build_company()
        from desktop.dashboard_data import company_view

        view = company_view(self.session.store, self.session.content, profile.id)
        self._star3.set_reminders(view.reminders)
        self.star3_card = self._star3 if view.reminders else None
        self._fill_schemes(view)
        self._fill_selfcheck(view)
        self.next_card.show_steps(self.session, view.steps, view.review, bool(view.targets))
        self._fill_training(view)
        self.trend_chart.set_points(view.trend, self.tr("項目の状態を記録していくと、ここに推移が表示されます"))

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        title = QLabel(self.tr("ダッシュボード"), holder)
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        return holder, layout

    def _build_welcome(self) -> None:
        holder, layout = self._page()
        text = QLabel(self.tr("まだ会社が登録されていません。上の「新しい会社」から登録すると、"
                              "自社診断やチェックリストを始められます。"), holder)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
        self.star3_card = None
        self._mode = "welcome"
        self.setWidget(holder)

    def _build_company(self) -> None:
        from desktop.ui.star3_card import Star3ReminderCard

        holder, layout = self._page()
        self._star3 = Star3ReminderCard(self.session, (), holder)
        layout.addWidget(self._star3)
        grid = QGridLayout()
        grid.addWidget(self._schemes_card(holder), 0, 0)
        grid.addWidget(self._selfcheck_card(holder), 0, 1)
        self.next_card = NextStepsCard(holder)
        self.next_card.openItem.connect(self.openItem.emit)
        grid.addWidget(self.next_card, 1, 0)
        grid.addWidget(self._training_card(holder), 1, 1)
        grid.addWidget(self._trend_card(holder), 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._mode = "company"
        self.setWidget(holder)

    def _schemes_card(self, holder) -> QFrame:
        frame, layout = card(holder, self.tr("目標と達成状況"))
        self.target_prompt = QLabel(self.tr("まだ目標が決まっていません。「うちに必要なのは？」の質問に答えると、"
                                            "取り組む制度と段階だけを表示できます。"), frame)
        self.target_prompt.setWordWrap(True)
        layout.addWidget(self.target_prompt)
        self.guide_button = QPushButton(frame)
        self.guide_button.clicked.connect(self.openGuide.emit)
        layout.addWidget(self.guide_button)
        self.target_rows: dict[str, QWidget] = {}
        self.first_rows = ProgressRows(frame)
        layout.addWidget(self.first_rows)
        self.all_button = QPushButton(frame)
        self.all_button.setToolTip(self.tr("目標にしていない制度の達成状況も表示します"))
        self.all_button.clicked.connect(self._toggle_all)
        layout.addWidget(self.all_button)
        self.other_rows = ProgressRows(frame)
        layout.addWidget(self.other_rows)
        legend = QLabel(self.tr("緑 = 達成（該当しないを含む）、黄 = 一部達成、灰 = 未達成・未回答"), frame)
        legend.setObjectName("Hint")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        button = QPushButton(self.tr("チェックリストを開く"), frame)
        button.clicked.connect(lambda: self.navigate.emit("checklists"))
        layout.addWidget(button)
        return frame

    def _fill_schemes(self, view) -> None:
        chosen, others, lang = list(view.targets), list(view.others), self.session.lang
        self.target_prompt.setVisible(not chosen)
        self.guide_button.setText(self.tr("うちに必要なのは？（目標を決める）") if not chosen
                                  else self.tr("目標を変える"))
        self.target_rows = dict(self.first_rows.show_rows(chosen or others, view.progress, lang))
        self.all_button.setVisible(bool(chosen and others))
        self.all_button.setText(self.tr("目標以外の制度を隠す") if self.show_all else self.tr("すべて表示"))
        more = others if chosen and others and self.show_all else []
        self.target_rows.update(self.other_rows.show_rows(more, view.progress, lang))
        self.other_rows.setVisible(bool(more))

    def _toggle_all(self) -> None:
        self.show_all = not self.show_all
        self.refresh()

    def _selfcheck_card(self, holder) -> QFrame:
        frame, layout = card(holder, self.tr("自社診断"))
        self.score_number = QLabel(frame)
        self.score_number.setObjectName("BigNumber")
        layout.addWidget(self.score_number)
        self.score_band = QLabel(frame)
        layout.addWidget(self.score_band)
        self.score_unknown = QLabel(frame)
        layout.addWidget(self.score_unknown)
        button = QPushButton(self.tr("自社診断を開く"), frame)
        button.clicked.connect(lambda: self.navigate.emit("selfcheck"))
        layout.addWidget(button)
        self.selfcheck_frame = frame
        return frame

    def _fill_selfcheck(self, view) -> None:
        score = view.selfcheck
        for label in (self.score_number, self.score_band, self.score_unknown):
            label.setVisible(score is not None)
        if score is None:  # no self-check in the library: the card keeps only its title and button
            for label in (self.score_number, self.score_band, self.score_unknown):
                label.setText("")
            return
        self.score_number.setText(self.tr("{0} / {1} 点").format(score.score, score.max))
        if score.band is not None:
            self.score_band.setText(score.band.label.get(self.session.lang))
        else:
            self.score_band.setText(self.tr("回答 {0} / {1}").format(score.answered, score.questions))
        self.score_unknown.setText(self.tr("「わからない」: {0} 問").format(score.unknown) if score.unknown else "")
        self.score_unknown.setVisible(bool(score.unknown))

    def _training_card(self, holder) -> QFrame:
        frame, self.training_layout = card(holder, self.tr("受講の状況"))
        self.no_learners = QLabel(self.tr("「学ぶ」で受講者を追加すると、ここに進み具合が出ます。"), frame)
        self.training_layout.addWidget(self.no_learners)
        self.training_frame = frame
        self.learner_bars: list[QProgressBar] = []
        return frame

    def _fill_training(self, view) -> None:
        self.no_learners.setVisible(not view.learners)
        while len(self.learner_bars) < len(view.learners):
            bar = QProgressBar(self.training_frame)
            self.training_layout.addWidget(bar)
            self.learner_bars.append(bar)
        for index, bar in enumerate(self.learner_bars):
            if index >= len(view.learners):
                bar.setVisible(False)
                continue
            learner = view.learners[index]
            bar.setRange(0, max(view.lessons, 1))
            bar.setValue(learner.done)
            bar.setFormat(f"{learner.name}: {learner.done} / {view.lessons}")
            bar.setVisible(True)

    def _trend_card(self, holder) -> QFrame:
        frame, layout = card(holder, self.tr("進み具合の推移（実施済みの項目数）"))
        self.trend_chart = TrendChart(frame)
        layout.addWidget(self.trend_chart)
        return frame
