"""「うちに必要なのは？」: one screen of plain questions that sets the company's targets.

The answers decide the recommendation (desktop.core.targets.recommend); the user can
untick a recommended target before saving. Answers and targets are stored with the company.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.targets import (
    ASKED,
    FACT_ANSWERS,
    FACTS,
    GuideAnswers,
    answers_from_dict,
    recommend,
)
from desktop.ui.dialog_buttons import confirm_buttons
from desktop.ui.review_date import ReviewDateBox


class GuideDialog(QDialog):
    """Ask what customers want and the facts that decide it; save the chosen targets."""

    def __init__(self, session, profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.profile = profile
        self.saved = None  # the CompanyGuide once saved
        self.setWindowTitle(self.tr("うちに必要なのは？"))
        self.setObjectName("GuideDialog")
        self.setMinimumSize(640, 480)
        # Large readable text: one point above the app's text size, through the style sheet
        # (a font set with setFont is overridden by the app's style sheet for some widgets,
        # and wrapped labels then get the height of the smaller font).
        points = self.font().pointSize() + 1
        self.setStyleSheet(f"#GuideDialog QLabel, #GuideDialog QCheckBox, #GuideDialog QRadioButton,"
                           f" #GuideDialog QGroupBox {{ font-size: {points}pt; }}")
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("うちに必要なのは？の質問"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        intro = QLabel(self.tr(
            "<h2>うちに必要なのは？</h2>"
            "<p>2分ほどで答えられる質問です。答えから、取り組む制度と段階（目標）をおすすめします。"
            "目標を決めると、ダッシュボード、チェックリスト、報告書がその目標に合わせて表示されます。"
            "答えはあとから変えられます。</p>"), body)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        asked_box = QGroupBox(self.tr("1. 取引先から、何を求められていますか（いくつでも）"), body)
        asked_layout = QVBoxLayout(asked_box)
        self.asked_boxes: dict[str, QCheckBox] = {}
        for key in ASKED:
            title, help_text = self._asked_text(key)
            box = QCheckBox(title, asked_box)
            box.setAccessibleDescription(help_text)
            box.toggled.connect(self._update)
            self.asked_boxes[key] = box
            asked_layout.addWidget(box)
            hint = QLabel(help_text, asked_box)
            hint.setObjectName("Hint")
            hint.setWordWrap(True)
            asked_layout.addWidget(_indented(hint, asked_box, 6))
        layout.addWidget(asked_box)

        facts_box = QGroupBox(self.tr("2. 会社のことを教えてください"), body)
        grid = QGridLayout(facts_box)
        grid.setColumnStretch(0, 1)
        self.fact_groups: dict[str, QButtonGroup] = {}
        self.fact_buttons: dict[str, dict[str, QRadioButton]] = {}
        labels = {"yes": self.tr("はい"), "no": self.tr("いいえ"), "unsure": self.tr("わからない")}
        for row, key in enumerate(FACTS):
            question = QLabel(self._fact_text(key), facts_box)
            question.setWordWrap(True)
            grid.addWidget(question, row, 0)
            group = QButtonGroup(self)
            buttons = {}
            holder = QWidget(facts_box)
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            for answer in FACT_ANSWERS:
                button = QRadioButton(labels[answer], holder)
                button.setAccessibleName(f"{labels[answer]}: {self._fact_text(key)}")
                group.addButton(button)
                buttons[answer] = button
                line.addWidget(button)
                button.toggled.connect(self._update)
            grid.addWidget(holder, row, 1)
            self.fact_groups[key] = group
            self.fact_buttons[key] = buttons
        layout.addWidget(facts_box)

        self.result_box = QGroupBox(self.tr("3. おすすめの目標（外したいものはチェックを外せます）"), body)
        self.result_layout = QVBoxLayout(self.result_box)
        layout.addWidget(self.result_box)
        self.lessons_label = QLabel("", body)
        self.lessons_label.setWordWrap(True)
        layout.addWidget(self.lessons_label)
        saved = session.store.guide(profile.id)
        last = session.store.last_selfcheck(profile.id)
        self.review_box = ReviewDateBox(self.tr("4. 次の見直し（ダッシュボードに表示します）"),
                                        saved.next_review if saved else None,
                                        last.astimezone().date() if last else None, body)
        layout.addWidget(self.review_box)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error_label = QLabel("", self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()  # an empty line above the buttons would take room from the questions
        outer.addWidget(self.error_label)
        button_box = confirm_buttons(self, self.tr("この目標にする"), self.tr("キャンセル"), self.save)
        self.ok_button = button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("Primary")
        outer.addWidget(button_box)
        self.target_boxes: dict[str, QCheckBox] = {}
        self.unticked: set[str] = set()
        self._fill(session.store.guide(profile.id))
        self._update()
        fit_to_screen(self, parent)

    # -- texts ---------------------------------------------------------------------------
    def _asked_text(self, key: str) -> tuple[str, str]:
        texts = {
            "sa1": (self.tr("SECURITY ACTION の★一つ星"),
                    self.tr("IPA（情報処理推進機構）の制度です。基本の5つの対策（5か条）に取り組むと、自分で宣言します。")),
            "sa2": (self.tr("SECURITY ACTION の★★二つ星"),
                    self.tr("自社診断（25問の点検）で今の状態を確かめ、会社の方針を書いて公開し、宣言します。")),
            "scs3": (self.tr("SCS評価制度の★3"),
                     self.tr("経済産業省とIPAの、取引先に対策の水準を示す新しい制度です。★3は自分で評価し、専門家が確かめます。")),
            "scs4": (self.tr("SCS評価制度の★4"),
                     self.tr("同じ制度の上の段階で、外部の評価機関が評価します。")),
            "jama": (self.tr("自工会／部工会のガイドライン"),
                     self.tr("自動車の業界団体（日本自動車工業会と日本自動車部品工業会）がまとめた対策の一覧です。")),
            "own": (self.tr("取引先が独自に作った質問票"),
                    self.tr("取引先から届いた、対策についてのアンケートやチェックシートです。")),
            "unsure": (self.tr("まだわからない・特に求められていない"),
                       self.tr("下の質問の答えから、始めるとよい目標をおすすめします。")),
        }
        return texts[key]

    def _fact_text(self, key: str) -> str:
        return {
            "confidential": self.tr("取引先から預かった大切な秘密の情報（図面や顧客の名簿など）を、"
                                    "自社のパソコンやクラウド（インターネット上の保存場所）に置いていますか。"),
            "standstill": self.tr("自社の仕事が止まると、取引先の仕事が止まったり、大きく遅れたりしますか。"),
            "connected": self.tr("自社のパソコンや機器が、取引先の社内のシステムにつながっていますか"
                                 "（取引先の受発注の仕組みに直接つなぐ、など）。"),
            "automotive": self.tr("自動車の部品や材料、サービスを、自動車や部品のメーカーに納めていますか。"),
            "iot": self.tr("ネットにつながる製品（カメラ、ルータ、家電、機械など）を作って売っていますか。"),
            "software": self.tr("ソフトウェアやアプリを作って、お客様に渡したり売ったりしていますか。"),
            "personal": self.tr("お客様や従業員の個人情報（名前、住所、電話番号など）を持っていますか。"),
        }[key]

    # -- state ---------------------------------------------------------------------------
    def _fill(self, guide) -> None:
        if guide is not None and guide.answers:
            answers = answers_from_dict(guide.answers)
            asked = answers.asked
            facts = answers.facts
        else:
            asked = frozenset(k for k in self.profile.requested if k in ASKED)
            facts = {}
        for key, box in self.asked_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in asked)
            box.blockSignals(False)
        for key, answer in facts.items():
            button = self.fact_buttons[key][answer]
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        if guide is not None:
            current = set(guide.targets)
            recommended = set(recommend(self.answers()).keys)
            self.unticked = recommended - current

    def answers(self) -> GuideAnswers:
        """The answers as the widgets show them now."""
        asked = frozenset(key for key, box in self.asked_boxes.items() if box.isChecked())
        facts = {}
        for key, buttons in self.fact_buttons.items():
            for answer, button in buttons.items():
                if button.isChecked():
                    facts[key] = answer
        return GuideAnswers(asked, facts)

    def chosen_targets(self) -> list[str]:
        return [key for key, box in self.target_boxes.items() if box.isChecked()]

    def _update(self, *_args) -> None:
        for key, box in self.target_boxes.items():
            if not box.isChecked():
                self.unticked.add(key)
            else:
                self.unticked.discard(key)
        while self.result_layout.count():
            child = self.result_layout.takeAt(0).widget()
            if child is not None:
                child.hide()
                child.deleteLater()
        self.target_boxes = {}
        lang = self.session.lang
        content = self.session.content
        result = recommend(self.answers(), set(content.lessons))
        for target in result.targets:
            box = QCheckBox(target.label(lang), self.result_box)
            box.setChecked(target.key not in self.unticked)
            font = box.font()
            font.setBold(True)
            box.setFont(font)
            self.result_layout.addWidget(box)
            why = self.tr("（取引先の要請）") if target.asked else self.tr("（おすすめ）")
            reason = QLabel(f"{why} {target.reason.get(lang)}", self.result_box)
            reason.setWordWrap(True)
            box.setAccessibleDescription(reason.text())
            self.result_layout.addWidget(_indented(reason, self.result_box, 8))
            self.target_boxes[target.key] = box
        titles = [content.lessons[lid].text(lang).title for lid in result.lessons if lid in content.lessons]
        if titles:
            heading = self.tr("はじめに読むレッスン")
            self.lessons_label.setText(f"<b>{heading}</b><br>" + "<br>".join(f"・{title}" for title in titles))
        else:
            self.lessons_label.setText("")

    def save(self) -> None:
        try:
            self.saved = self.session.store.set_guide(
                self.profile.id, self.answers().as_dict(), self.chosen_targets(), by=self.session.by)
        except (ValueError, KeyError) as error:
            self.error_label.setText(self.tr("保存できませんでした（何も変わっていません）: {0}").format(error))
            self.error_label.show()
            return
        if self.review_box.changed():
            try:
                self.saved = self.session.store.set_next_review(self.profile.id, self.review_box.chosen(),
                                                                by=self.session.by)
            except (ValueError, KeyError) as error:
                self.session.changed("guide")
                self.error_label.setText(self.tr("目標は保存しましたが、見直しの日は保存できませんでした: {0}").format(error))
                self.error_label.show()
                return
        self.session.changed("guide", self.tr("目標を保存しました"))
        self.accept()


def _indented(label: QLabel, parent: QWidget, below: int) -> QWidget:
    """LABEL under its check box, indented. A wrapped QLabel with its own contents margins
    gets the height of fewer lines than it shows, so the indent is a layout margin."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(28, 0, 0, below)
    label.setParent(holder)
    row.addWidget(label)
    return holder


SCREEN_SHARE = 0.9  # how much of the screen the guide may take


def fit_to_screen(dialog: QDialog, parent: QWidget | None) -> None:
    """Open as large as the questions need, up to most of the screen: Qt's default (two
    thirds of a small screen) leaves a 1024×600 laptop a window of a few lines."""
    screen = parent.screen() if parent is not None else dialog.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    hint = dialog.sizeHint()
    minimum = dialog.minimumSize()
    width = max(minimum.width(), min(hint.width(), int(room.width() * SCREEN_SHARE)))
    height = max(minimum.height(), min(hint.height(), int(room.height() * SCREEN_SHARE)))
    dialog.resize(min(width, room.width()), min(height, room.height()))
