"""The 相談結果シート: what a visiting company takes home from a 30-minute consultation.

Built from content + progress only (no Qt, no SQL): the self-check score and band, the
five weakest answers with one next step each (the first open checklist item mapped to the
question, and a lesson for it), the targets and where they stand, the three next actions
with the lesson to read, where to get help, and free IPA material by name. Every text on
the sheet comes from the content files or from HELP / IPA_MATERIAL below, which follow
the project's fact sheet (where to get help in an incident; IPA's free publications).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop.core import scoring
from desktop.core.content import ContentModel
from desktop.core.targets import TARGET_LABELS, target_progress

WEAKEST = 5
NEXT_ACTIONS = 3
# Lower is weaker; a question left unanswered sits between 実施していない and 一部実施している.
_WEAKNESS = {"unknown": 0, "no": 1, None: 2, "partial": 3}
ANSWER_LABELS = {"yes": "実施している", "partial": "一部実施している", "no": "実施していない",
                 "unknown": "わからない", None: "未回答"}

HELP: tuple[tuple[str, str], ...] = (
    ("IPA 企業組織向けサイバーセキュリティ相談窓口",
     "被害にあったかもしれないとき。初めの対応を助言し、相談先を紹介（ipa.go.jp/security/support/soudan.html）"),
    ("JPCERT/CC", "攻撃元への対応依頼（無料）、ランサムウェアなどの相談（jpcert.or.jp/form/）"),
    ("警察", "都道府県のサイバー犯罪相談窓口（npa.go.jp/bureau/cyber/soudan.html）。緊急時は 110"),
    ("個人情報保護委員会", "個人データが漏れた（おそれがある）とき。報告が要る場合、速報はおよそ3〜5日以内"),
)
IPA_MATERIAL: tuple[str, ...] = (
    "「中小企業の情報セキュリティ対策ガイドライン」第3.1版（基本方針のサンプルなどの付録つき）",
    "「5分でできる！情報セキュリティ自社診断」（解説編つき）",
    "「情報セキュリティ5か条」",
    "「情報セキュリティ10大脅威」（毎年1月ごろ発表）",
)


@dataclass(frozen=True)
class Weakness:
    question: int
    title: str
    answer: str  # Japanese label of the answer given
    step: str  # one plain next step: the first open item mapped to the question
    lesson: str  # title of a lesson for that step ("" when none)


@dataclass(frozen=True)
class TargetLine:
    label: str
    text: str  # "基準 81 のうち達成 12・一部 5"


@dataclass(frozen=True)
class Action:
    title: str
    lesson: str


@dataclass
class Sheet:
    company: str
    date: dt.date
    consultant: tuple[str, str, str]  # name, organisation, contact
    score: int
    max_score: int
    answered: int
    questions: int
    band: str  # label of the band, or how many questions are still open
    band_meaning: str
    weaknesses: list[Weakness] = field(default_factory=list)
    targets: list[TargetLine] = field(default_factory=list)
    targets_chosen: bool = True
    actions: list[Action] = field(default_factory=list)
    help: tuple[tuple[str, str], ...] = HELP
    material: tuple[str, ...] = IPA_MATERIAL


def _lesson_for(model: ContentModel, item_id: str) -> str:
    lessons = sorted(model.lessons_for_item(item_id), key=lambda lesson: (lesson.order, lesson.id))
    return lessons[0].text().title if lessons else ""


def _step_for(model: ContentModel, statuses: Mapping[str, str], question: int) -> tuple[str, str]:
    items = model.items_for("selfcheck", str(question))
    open_items = [i for i in items if statuses.get(i.id, "unanswered") in scoring.OPEN_ITEM_STATUSES] or items
    if not open_items:
        return "", ""
    first = open_items[0]
    return first.text().title, _lesson_for(model, first.id)


def weakest_answers(model: ContentModel, answers: Mapping[int, str], statuses: Mapping[str, str],
                    limit: int = WEAKEST) -> list[Weakness]:
    """The weakest self-check answers (わからない, 実施していない, unanswered, 一部), at most LIMIT."""
    scheme = model.schemes["selfcheck"]
    ranked = []
    for key, requirement in scheme.requirements.items():
        number = int(key)
        answer = answers.get(number)
        if answer not in _WEAKNESS:
            continue  # 実施している
        ranked.append((_WEAKNESS[answer], number, requirement.title.ja, answer))
    result = []
    for _, number, title, answer in sorted(ranked)[:limit]:
        step, lesson = _step_for(model, statuses, number)
        result.append(Weakness(number, title, ANSWER_LABELS[answer], step, lesson))
    return result


def _target_lines(model: ContentModel, statuses: Mapping[str, str], answers: Mapping[int, str],
                  targets: Sequence[str]) -> list[TargetLine]:
    lines = []
    for key in targets:
        if key not in TARGET_LABELS:
            continue
        progress = target_progress(model, statuses, answers, key)
        unit = "評価基準" if key in ("scs3", "scs4") else "条件" if key == "sa2" else "項目"
        if progress.total:
            text = f"{unit} {progress.total} のうち 達成 {progress.met}・一部 {progress.partial}"
        else:
            text = "この版の教材では数えられません"
        lines.append(TargetLine(TARGET_LABELS[key].ja, text))
    return lines


def build_sheet(model: ContentModel, *, company: str, answers: Mapping[int, str], statuses: Mapping[str, str],
                targets: Sequence[str], requested: Sequence[str] = (), consultant: tuple[str, str, str] = ("", "", ""),
                today: dt.date | None = None) -> Sheet:
    """Everything the sheet shows, in the order it shows it."""
    score = scoring.selfcheck_score(answers, model.schemes["selfcheck"])
    if score.band is not None:
        band, meaning = score.band.label.ja, score.band.meaning.ja
    else:
        band = f"未回答が {score.questions - score.answered} 問あります"
        meaning = "すべて答えると、点数の目安（4段階）がわかります。"
    chosen = bool(targets)
    shown = list(targets) if chosen else [k for k in ("sa1", "sa2") if k in TARGET_LABELS]
    actions = [Action(model.items[i].text().title, _lesson_for(model, i))
               for i in scoring.next_actions(model, statuses, requested or targets, limit=NEXT_ACTIONS)]
    return Sheet(
        company=company, date=today or dt.date.today(), consultant=consultant,
        score=score.score, max_score=score.max, answered=score.answered, questions=score.questions,
        band=band, band_meaning=meaning,
        weaknesses=weakest_answers(model, answers, statuses),
        targets=_target_lines(model, statuses, answers, shown), targets_chosen=chosen,
        actions=actions,
    )
