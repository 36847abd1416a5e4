"""Switching companies on the dashboard: the cards stay, and every card shows the company
now chosen — nothing left over from the one before (the cards are filled in place)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QProgressBar

from desktop import star3_actions
from desktop.core.targets import TARGET_LABELS
from tests.support.gui import choose_in_combo
from tests.ui.test_journeys import go_to


def shown_texts(widget) -> list[str]:
    """The texts of the labels a person can see in WIDGET."""
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]


def test_switching_companies_refills_the_cards_and_leaves_nothing_of_the_last(qtbot, make_window, store, company):
    store.set_guide(company.id, {"asked": ["scs3"], "facts": {}}, ["scs3"])
    star3_actions.record_pledge(store, company.id, "佐藤", dt.date.today() - dt.timedelta(days=400))
    store.add_learner(company.id, "山田")
    store.set_answer(company.id, 1, "yes")
    other = store.create_profile("有限会社ほか商店", employees=3)
    window = make_window()
    go_to(qtbot, window, "dashboard")
    dashboard = window.views["dashboard"]
    choose_in_combo(qtbot, window.profile_combo, company.name)
    qtbot.waitUntil(lambda: window.session.profile.id == company.id)
    first_card, first_page = dashboard.next_card, dashboard.widget()
    assert list(dashboard.target_rows) == ["scs3"]
    assert dashboard.star3_card is not None and dashboard.star3_card.isVisible()
    assert [bar.format() for bar in dashboard.findChildren(QProgressBar) if bar.isVisible()] == [
        f"山田: 0 / {len(window.session.content.lessons)}"]
    assert dashboard.all_button.isVisible()

    choose_in_combo(qtbot, window.profile_combo, other.name)
    qtbot.waitUntil(lambda: window.session.profile.id == other.id)
    assert dashboard.widget() is first_page and dashboard.next_card is first_card  # filled, not rebuilt
    assert list(dashboard.target_rows) == ["sa1", "sa2", "scs3", "scs4", "jama"]
    assert dashboard.star3_card is None
    texts = shown_texts(dashboard.widget())
    assert "1 年以上" not in " ".join(texts)  # the other company's reminder is gone
    assert "★3 の見直し" not in texts
    assert any(text.startswith("まだ目標が決まっていません") for text in texts)
    assert "「学ぶ」で受講者を追加すると、ここに進み具合が出ます。" in texts
    assert not [bar for bar in dashboard.findChildren(QProgressBar) if bar.isVisible()]
    assert not dashboard.all_button.isVisible()
    assert any(text.startswith("目標がまだ決まっていないので") for text in shown_texts(dashboard.next_card))
    assert "回答 0 / " in " ".join(texts)

    choose_in_combo(qtbot, window.profile_combo, company.name)
    qtbot.waitUntil(lambda: window.session.profile.id == company.id)
    assert list(dashboard.target_rows) == ["scs3"]
    names = [label.text() for label in dashboard.first_rows.findChildren(QLabel) if label.isVisible()]
    assert names == [TARGET_LABELS["scs3"].ja, "達成 0 / 81・一部 0"]  # the other company's five rows are gone
    assert dashboard.star3_card is not None and dashboard.star3_card.isVisible()
    assert "回答 1 / " in " ".join(shown_texts(dashboard.widget()))
    assert [text for text in shown_texts(dashboard.widget()) if text.startswith("まだ目標が決まっていません")] == []
