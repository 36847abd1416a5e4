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
from desktop.ui.charts import ShareBar, TrendChart
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

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
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
        grid = QGridLayout()
        grid.addWidget(self._schemes_card(holder, statuses), 0, 0)
        grid.addWidget(self._selfcheck_card(holder, answers), 0, 1)
        grid.addWidget(self._actions_card(holder, statuses, profile), 1, 0)
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

    def _schemes_card(self, holder, statuses) -> QFrame:
        frame, layout = card(holder, self.tr("制度ごとの達成状況"))
        content = self.session.content
        rows: list[tuple[str, scoring.SchemeReadiness]] = []
        levels = scoring.scs_levels(content, statuses)
        if "scs-star3" in levels:
            rows.append((self.tr("SCS評価制度 ★3"), levels["scs-star3"]))
            rows.append((self.tr("SCS評価制度 ★4"), levels["scs-star4"]))
        for scheme_id, label in (("5kajo", self.tr("情報セキュリティ5か条")),):
            if scheme_id in content.schemes:
                rows.append((label, scoring.scheme_readiness(content, statuses, scheme_id)))
        grid = QGridLayout()
        for row, (label, readiness) in enumerate(rows):
            met, partial, total = readiness.count("met") + readiness.count("na"), readiness.count("partial"), readiness.total
            bar = ShareBar(frame)
            bar.set_counts(met, partial, total)
            grid.addWidget(QLabel(label, frame), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(QLabel(self.tr("達成 {0} / {1}・一部 {2}").format(met, total, partial), frame), row, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        answers = self.session.store.answers(self.session.profile.id)
        sa_levels = {str(level.get("id")): level for level in content.schemes["security-action"].data.get("levels", [])} \
            if "security-action" in content.schemes else {}
        for level in scoring.security_action(content, statuses, answers):
            state = self.tr("条件を満たしています") if level.met else self.tr("あと {0} つ").format(len(level.missing))
            title = level.title
            if self.session.lang == "en":
                title = str(sa_levels.get(level.id, {}).get("title_en") or title)
            layout.addWidget(QLabel(f"SECURITY ACTION {title}: {state}", frame))
        legend = QLabel(self.tr("緑 = 達成（該当しないを含む）、黄 = 一部達成、灰 = 未達成・未回答"), frame)
        legend.setObjectName("Hint")
        layout.addWidget(legend)
        button = QPushButton(self.tr("チェックリストを開く"), frame)
        button.clicked.connect(lambda: self.navigate.emit("checklists"))
        layout.addWidget(button)
        return frame

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

    def _actions_card(self, holder, statuses, profile) -> QFrame:
        frame, layout = card(holder, self.tr("次にやること（おすすめ 3 つ）"))
        lang = self.session.lang
        actions = scoring.next_actions(self.session.content, statuses, profile.requested)
        if not actions:
            layout.addWidget(QLabel(self.tr("すべての項目に取り組みました。"), frame))
        for item_id in actions:
            item = self.session.content.items[item_id]
            button = QPushButton(item.text(lang).title, frame)
            button.setStyleSheet("text-align: left;")
            button.setToolTip(self.tr("この項目を開きます"))
            button.clicked.connect(lambda _c=False, i=item_id: self.openItem.emit(i))
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
