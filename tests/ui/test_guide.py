"""「うちに必要なのは？」: answered through its widgets; then every screen follows the targets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.core.targets import scope_items
from desktop.ui.guide_dialog import GuideDialog
from desktop.ui.profile_dialog import ProfileDialog
from tests.support.content import bundled_content

LEFT = Qt.MouseButton.LeftButton


def when_modal(kind, act, seen: list) -> None:
    """Once a modal dialog of class KIND is open, call ACT(dialog) (which must close it)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the test waiting on the dialog
            raise

    QTimer.singleShot(20, poll)


def press(qtbot, button) -> None:
    """Click a check box or radio button on its indicator (a wide box's centre can lie
    beyond its text, where a click does nothing)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def answer(qtbot, dialog: GuideDialog, asked=(), **facts: str) -> None:
    """Tick what customers asked for and press one radio button per fact."""
    for key in asked:
        if not dialog.asked_boxes[key].isChecked():
            press(qtbot, dialog.asked_boxes[key])
    for key, value in facts.items():
        press(qtbot, dialog.fact_buttons[key][value])
        assert dialog.fact_buttons[key][value].isChecked()


def test_guide_from_the_toolbar_sets_the_targets_and_the_screens_follow(qtbot, make_window, store, company):
    window = make_window()
    seen: list = []

    def fill(dialog: GuideDialog) -> None:
        assert dialog.asked_boxes["scs3"].isChecked()  # what the company form already said
        answer(qtbot, dialog, confidential="yes", standstill="no", connected="no", automotive="no",
               iot="no", software="no", personal="yes")
        assert list(dialog.target_boxes) == ["scs3", "scs4", "privacy"]
        press(qtbot, dialog.target_boxes["privacy"])  # not this one
        qtbot.mouseClick(dialog.ok_button, LEFT)

    when_modal(GuideDialog, fill, seen)
    qtbot.mouseClick(window.guide_button, LEFT)
    assert seen, "the guide did not open"

    guide = store.guide(company.id)
    assert guide.targets == ("scs3", "scs4")
    assert guide.answers["asked"] == ["scs3"]
    assert guide.answers["facts"]["confidential"] == "yes" and guide.answers["facts"]["personal"] == "yes"
    assert [e.key for e in store.history(company.id) if e.what == "guide"] == ["targets", "answers"]

    window.show_page("dashboard")
    dashboard = window.views["dashboard"]
    qtbot.waitUntil(lambda: hasattr(dashboard, "target_rows"))
    assert list(dashboard.target_rows) == ["scs3", "scs4"]
    qtbot.mouseClick(dashboard.all_button, LEFT)
    assert list(dashboard.target_rows) == ["scs3", "scs4", "sa1", "sa2", "jama"]

    window.show_page("checklists")
    checklist = window.views["checklists"]
    expected = scope_items(bundled_content().model, ["scs3", "scs4"])
    assert checklist.scheme_filter.currentData() == "targets"
    assert set(checklist.rows) == expected
    assert checklist.count_label.text() == f"{len(expected)} 件"

    window.show_page("report")
    report = window.views["report"]
    assert [k for k, box in report.scheme_boxes.items() if box.isChecked()] == ["scs3", "scs4"]
    assert "jama" not in report.summary()
    press(qtbot, report.scheme_boxes["jama"])  # the user adds one
    assert "jama" in report.summary() and report.summary()["targets"]["schemes"] == ["scs3", "scs4", "jama"]


def test_answers_can_be_changed_later_and_an_untick_is_remembered(qtbot, make_window, store, company):
    store.set_guide(company.id, {"asked": ["scs3"], "facts": {"confidential": "yes", "iot": "yes"}},
                    ["scs3", "jc-star"])  # ★4 was suggested and unticked
    window = make_window()
    seen: list = []

    def change(dialog: GuideDialog) -> None:
        assert dialog.fact_buttons["confidential"]["yes"].isChecked()
        assert not dialog.target_boxes["scs4"].isChecked() and dialog.target_boxes["jc-star"].isChecked()
        answer(qtbot, dialog, iot="no", software="yes")
        assert list(dialog.target_boxes) == ["scs3", "scs4", "software"]
        assert not dialog.target_boxes["scs4"].isChecked()
        qtbot.mouseClick(dialog.ok_button, LEFT)

    when_modal(GuideDialog, change, seen)
    qtbot.mouseClick(window.guide_button, LEFT)
    assert seen
    assert store.guide(company.id).targets == ("scs3", "software")


def test_cancel_keeps_everything_as_it_was(qtbot, make_window, store, company):
    window = make_window()
    seen: list = []

    def cancel(dialog: GuideDialog) -> None:
        answer(qtbot, dialog, confidential="yes")
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "キャンセル")
        qtbot.mouseClick(button, LEFT)

    when_modal(GuideDialog, cancel, seen)
    qtbot.mouseClick(window.guide_button, LEFT)
    assert seen and store.guide(company.id) is None
    window.show_page("checklists")
    assert window.views["checklists"].scheme_filter.currentData() == "all"
    assert len(window.views["checklists"].rows) == len(bundled_content().model.items)


def test_the_welcome_offers_the_guide_after_the_first_company(qtbot, store, dirs):
    from desktop.app import build_window

    settings = QSettings(str(dirs.settings_file), QSettings.Format.IniFormat)
    seen: list = []

    def guide(dialog: GuideDialog) -> None:
        answer(qtbot, dialog, asked=["unsure"], confidential="no", standstill="no", connected="no",
               automotive="yes")
        assert list(dialog.target_boxes) == ["scs3", "jama"]
        qtbot.mouseClick(dialog.ok_button, LEFT)

    def company(dialog: ProfileDialog) -> None:
        assert dialog.guide_box is not None and dialog.guide_box.isChecked()
        dialog.name_edit.insert("株式会社みどり精工")  # keyClicks only types ASCII
        save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "保存")
        when_modal(GuideDialog, guide, seen)
        qtbot.mouseClick(save, LEFT)

    when_modal(ProfileDialog, company, seen)
    window = build_window(store, bundled_content(), settings, dirs, "ja", welcome=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    qtbot.waitUntil(lambda: store.list_profiles() and store.guide(store.list_profiles()[0].id) is not None)
    (profile,) = store.list_profiles()
    assert store.guide(profile.id).targets == ("scs3", "jama")
