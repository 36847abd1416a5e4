"""「次にやること」 on screen: the dashboard card and the checklist's filter of that name.

The order comes from desktop.core.next_steps; this module only shows it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout

from desktop.core import next_steps as steps_core
from desktop.core import targets as goals
from desktop.core.item_filter import ItemFilter
from desktop.core.localized import Text
from desktop.ui.flow import WrappingButton

CARD_ROWS = 5  # how many steps the dashboard shows
TREE_REASON_INDENT = "→ "  # in front of the reason on a next step's second line in the checklist


def company_steps(session, today: date | None = None) -> list[steps_core.NextStep]:
    """The current company's next steps, from its item states and targets."""
    profile = session.profile
    if profile is None:
        return []
    states = session.store.item_states(profile.id)
    guide = session.store.guide(profile.id)
    return steps_core.next_steps(session.content, {i: s.status for i, s in states.items()},
                                 {i: s.due for i, s in states.items()}, guide.targets if guide else (),
                                 today or date.today())


def mark(step: steps_core.NextStep) -> str:
    """The words in front of an item's title: 【期限切れ】, 【期限まで14日以内】 or nothing."""
    if step.urgency == steps_core.OVERDUE:
        return QCoreApplication.translate("NextSteps", "【期限切れ】")
    if step.urgency == steps_core.DUE_SOON:
        return QCoreApplication.translate("NextSteps", "【期限まで14日以内】")
    return ""


def requirement_name(content, requirement: str, lang: str) -> str:
    """A requirement as people read it: 「SCS評価制度 4-1-3-2」, 「自工会／部工会 No.9」."""
    scheme_id, _, rid = requirement.partition(":")
    if scheme_id == "topic":
        return goals.TARGET_LABELS[rid].get(lang)
    if scheme_id == "jama":
        return QCoreApplication.translate("NextSteps", "自工会／部工会ガイドライン No.{0}").format(rid)
    scheme = content.schemes.get(scheme_id)
    if scheme is None:
        return requirement
    found = scheme.requirements.get(rid)
    if scheme_id == "security-action" and found is not None:
        return Text("{0}「{1}」", "{0}: {1}").get(lang).format(scheme.title.get(lang), found.title.get(lang))
    return f"{scheme.title.get(lang)} {rid}"


def why(step: steps_core.NextStep, content, lang: str) -> str:
    """One sentence on why the step comes where it does."""
    name = requirement_name(content, step.requirement, lang)
    if step.remaining == 1:
        text = QCoreApplication.translate("NextSteps", "この項目を終えると「{0}」を満たします。").format(name)
    else:
        text = QCoreApplication.translate("NextSteps", "「{0}」は、あと {1} 項目で満たせます。").format(name, step.remaining)
    if step.due is not None:
        text += QCoreApplication.translate("NextSteps", "（期限: {0}）").format(step.due.isoformat())
    return text


class NextStepsCard(QFrame):
    """The dashboard card: the first few steps (each opens its item) and the next review.

    Built once; `show_steps` fills it for the company shown (switching companies changes
    texts, not widgets)."""

    openItem = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>{}</b>".format(QCoreApplication.translate("NextSteps", "次にやること")), self))
        self.done_label = QLabel(QCoreApplication.translate("NextSteps", "目標の項目にはすべて取り組みました。"), self)
        layout.addWidget(self.done_label)
        self.hint = QLabel(self)
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons: dict[str, QPushButton] = {}  # the steps shown, in their order
        self.reasons: dict[str, QLabel] = {}  # the sentence under each step shown: why it comes here
        self._rows: list[QPushButton] = []
        self._said: list[QLabel] = []
        self._ids: list[str] = []
        for index in range(CARD_ROWS):
            button = WrappingButton("", self)  # a long title wraps, the card stays narrow
            button.clicked.connect(lambda _c=False, n=index: self.openItem.emit(self._ids[n]))
            layout.addWidget(button)
            self._rows.append(button)
            said = QLabel(self)
            said.setObjectName("Hint")
            said.setWordWrap(True)
            said.setContentsMargins(12, 0, 0, 4)
            layout.addWidget(said)
            self._said.append(said)
        self.more = QLabel(self)
        self.more.setObjectName("Hint")
        self.more.setWordWrap(True)
        layout.addWidget(self.more)
        self.review_label = QLabel(self)
        self.review_label.setWordWrap(True)
        layout.addWidget(self.review_label)
        self._review_style = ""

    def show_steps(self, session, found: list[steps_core.NextStep], review: steps_core.Review | None,
                   has_targets: bool) -> None:
        """Show FOUND (the company's next steps in order) and its next REVIEW."""
        lang, items = session.lang, session.content.items
        self.done_label.setVisible(not found)
        if has_targets:
            text = QCoreApplication.translate("NextSteps", "目標に早く届く順です（残りの少ない要求事項から。期限切れ、期限の近いものが先）。")
        else:
            text = QCoreApplication.translate("NextSteps", "目標がまだ決まっていないので、すべての制度について、"
                                              "達成に早く届く順に並べています。")
        self.hint.setText(text if found else "")
        self.hint.setVisible(bool(found))
        shown = found[:CARD_ROWS]
        self._ids = [step.item_id for step in shown]
        self.buttons = {}
        self.reasons = {}
        for index, (button, said) in enumerate(zip(self._rows, self._said, strict=True)):
            if index >= len(shown):
                button.setText("")
                button.setToolTip("")
                button.setAccessibleDescription("")
                button.setVisible(False)
                said.setText("")
                said.setVisible(False)
                continue
            step = shown[index]
            reason = why(step, session.content, lang)
            button.setText(mark(step) + items[step.item_id].text(lang).title)
            button.setToolTip(reason + "\n" + QCoreApplication.translate("NextSteps", "クリックするとチェックリストでこの項目を開きます"))
            button.setAccessibleDescription(reason)
            button.setVisible(True)
            self.buttons[step.item_id] = button
            said.setText(reason)
            said.setVisible(True)
            self.reasons[step.item_id] = said
        more = len(found) - CARD_ROWS
        self.more.setText(QCoreApplication.translate("NextSteps", "ほかに {0} 項目あります。チェックリストの「次にやること」ですべて見られます。").format(
            more) if more > 0 else "")
        self.more.setVisible(more > 0)
        self.review_label.setText(review_text(review))
        style = "color: #b00020; font-weight: bold;" if review is not None and review.past else ""
        if style != self._review_style:  # a style sheet change re-polishes the label: only when it changes
            self.review_label.setStyleSheet(style)
            self._review_style = style


def review_text(review: steps_core.Review | None) -> str:
    """The card's line on the next review."""
    if review is None:
        return QCoreApplication.translate("NextSteps", "次の見直し: 自社診断に答えると、その1年後が見直しの目安になります。")
    if review.past:
        return QCoreApplication.translate("NextSteps", "【見直しの時期を過ぎています】次の見直し: {0}").format(review.day.isoformat())
    if review.chosen:
        return QCoreApplication.translate("NextSteps", "次の見直し: {0}").format(review.day.isoformat())
    return QCoreApplication.translate("NextSteps", "次の見直し: {0}（最後の自社診断から1年）").format(review.day.isoformat())


def fill_tree(view, states: dict, shown_filter: ItemFilter, selected: str | None):
    """Fill the checklist's list with the next steps in their order, under one heading,
    those of the status and words SHOWN_FILTER asks for; returns (number shown, the row of
    SELECTED or None)."""
    # Imported here, not above: the dashboard is on the first screen, and Qt's enums
    # (which the checklist's role constant builds) cost the start about 40 ms.
    from PySide6.QtCore import Qt

    ITEM_ROLE = Qt.ItemDataRole.UserRole  # the checklist's item role (checklist_view.ITEM_ROLE)

    content = view.session.content
    lang = view.session.lang
    every_scheme = replace(shown_filter, scheme="all")
    node = None
    shown, reselect = 0, None
    for step in company_steps(view.session):
        item = content.items[step.item_id]
        state = states.get(step.item_id)
        status = state.status if state else "unanswered"
        if not every_scheme.shows(item, status, content, lang):
            continue
        if node is None:
            node = QTreeWidgetItem(view.tree, [QCoreApplication.translate("NextSteps", "目標に早く届く順"), ""])
            node.setExpanded(True)
        label = view._status_label(status)
        reason = why(step, view.session.content, lang)
        # The reason on a second line of the row (the column wraps), not only in the tooltip.
        child = QTreeWidgetItem(node, [f"{mark(step)}{item.text(lang).title}\n{TREE_REASON_INDENT}{reason}", label])
        child.setToolTip(0, reason)
        child.setData(0, ITEM_ROLE, step.item_id)
        view.rows[step.item_id] = child
        shown += 1
        if step.item_id == selected:
            reselect = child
    return shown, reselect
