"""Which rules apply to a company: the 「うちに必要なのは？」 guide, as plain data (no Qt, no SQL).

`recommend` turns the guide's answers into targets (a scheme and level, each with a
one-sentence reason in Japanese and English and the fact it rests on). `scope_items`
says which checklist items count for a set of targets, so every screen can follow them.

Every rule below rests on a checked fact in the project's facts sheet (frameworks.md);
the `fact` of each target names the section, and tests/core/test_targets.py has one row
per rule.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.localized import Text

if TYPE_CHECKING:
    from desktop.core.content import ContentModel

# What a customer asked for, as the guide offers it ("own" = the customer's own questionnaire).
ASKED: tuple[str, ...] = ("sa1", "sa2", "scs3", "scs4", "jama", "own", "unsure")
# The yes / no / don't-know facts the guide asks about the company.
FACTS: tuple[str, ...] = (
    "confidential",  # keeps a customer's important confidential data on its own PCs or cloud
    "standstill",  # its standstill would stop (unacceptably delay) a customer's business
    "connected",  # its systems are connected to (can reach) a customer's internal network
    "automotive",  # it is in the automotive supply chain
    "iot",  # it makes networked (IoT) products
    "software",  # it ships software
    "personal",  # it holds personal data
)
FACT_ANSWERS: tuple[str, ...] = ("yes", "no", "unsure")
SCS4_QUESTIONS: tuple[str, ...] = ("confidential", "standstill", "connected")

# Target keys, in the order screens list them. The first five have readiness in the
# summary and can be chosen with `mamori export --schemes`.
TARGET_KEYS: tuple[str, ...] = ("sa1", "sa2", "scs3", "scs4", "jama", "jc-star", "software", "privacy")
REPORT_SCHEMES: tuple[str, ...] = ("sa1", "sa2", "scs3", "scs4", "jama")
TARGET_LABELS: dict[str, Text] = {
    "sa1": Text("SECURITY ACTION ★一つ星", "SECURITY ACTION one star"),
    "sa2": Text("SECURITY ACTION ★★二つ星", "SECURITY ACTION two stars"),
    "scs3": Text("SCS評価制度 ★3", "SCS Star 3"),
    "scs4": Text("SCS評価制度 ★4", "SCS Star 4"),
    "jama": Text("自工会／部工会ガイドライン レベル1", "JAMA/JAPIA guidelines, Level 1"),
    "jc-star": Text("JC-STAR ★1（IoT製品のラベル）", "JC-STAR Star 1 (IoT product label)"),
    "software": Text("ソフトウェアの管理（SBOM・SSDF・OSSライセンス）", "Software supply chain (SBOM, SSDF, OSS licences)"),
    "privacy": Text("個人情報保護法（漏えい時の報告）", "Personal data law (breach reporting)"),
}
_SCHEME_LEVEL: dict[str, tuple[str, str | None]] = {
    "sa1": ("security-action", "star1"),
    "sa2": ("security-action", "star2"),
    "scs3": ("scs", "star3"),
    "scs4": ("scs", "star4"),
    "jama": ("jama", "lv1"),
    "jc-star": ("jc-star", "star1"),
    "software": ("software", None),
    "privacy": ("privacy", None),
}
# Lessons to read first, per target, best first. Ids missing from the loaded library
# (a lesson still being written, a trimmed pack) are dropped by `recommend`.
FIRST_LESSONS: dict[str, tuple[str, ...]] = {
    "sa1": ("sa-declare", "hajime-update"),
    "sa2": ("sa-selfcheck-run", "sa-policy", "sa-declare"),
    "scs3": ("topic-which-scheme", "scs3-intro"),
    "scs4": ("topic-which-scheme", "scs4-important-data"),
    "jama": ("topic-which-scheme", "topic-supply-chain-attacks"),
    "jc-star": ("topic-jc-star",),
    "software": ("topic-sbom-oss",),
    "privacy": ("topic-personal-data-breach", "topic-incident-contacts"),
}
# Topic targets have no scheme in the content: their items are those of these lessons.
_TOPIC_LESSONS: dict[str, tuple[str, ...]] = {
    "jc-star": ("topic-jc-star",),
    "software": ("topic-sbom-oss",),
    "privacy": ("topic-personal-data-breach",),
}
TOPIC_TARGETS: tuple[str, ...] = tuple(_TOPIC_LESSONS)


@dataclass(frozen=True)
class GuideAnswers:
    """What the guide asked: what customers asked for, and the facts that decide it."""

    asked: frozenset[str] = frozenset()
    facts: Mapping[str, str] = field(default_factory=dict)  # FACTS key -> yes / no / unsure

    def says(self, fact: str, answer: str = "yes") -> bool:
        return self.facts.get(fact) == answer

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form, as the store and the hand-over file keep it."""
        return {
            "asked": [key for key in ASKED if key in self.asked],
            "facts": {key: self.facts[key] for key in FACTS if key in self.facts},
        }


def answers_from_dict(data: object) -> GuideAnswers:
    """The inverse of GuideAnswers.as_dict; ValueError naming the bad field otherwise."""
    if not isinstance(data, Mapping):
        raise ValueError("guide answers are not an object")
    unknown = sorted(set(data) - {"asked", "facts"})
    if unknown:
        raise ValueError(f"guide answers: {unknown[0]!r} is not a field")
    asked = data.get("asked", [])
    if not isinstance(asked, list) or any(a not in ASKED for a in asked):
        raise ValueError(f"guide answers: asked must list values of {', '.join(ASKED)}")
    facts = data.get("facts", {})
    if not isinstance(facts, Mapping):
        raise ValueError("guide answers: facts is not an object")
    for key, value in facts.items():
        if key not in FACTS:
            raise ValueError(f"guide answers: {key!r} is not one of {', '.join(FACTS)}")
        if value not in FACT_ANSWERS:
            raise ValueError(f"guide answers: facts.{key} must be one of {', '.join(FACT_ANSWERS)}")
    return GuideAnswers(frozenset(asked), dict(facts))


@dataclass(frozen=True)
class Target:
    """One recommended target: a scheme and level, why, and where the reason comes from."""

    key: str
    asked: bool  # True: a customer asked for it; False: the guide suggests it
    reason: Text  # one sentence
    fact: str  # the section of the facts sheet the reason rests on
    lessons: tuple[str, ...] = ()

    @property
    def scheme(self) -> str:
        return _SCHEME_LEVEL[self.key][0]

    @property
    def level(self) -> str | None:
        return _SCHEME_LEVEL[self.key][1]

    def label(self, lang: str = "ja") -> str:
        return TARGET_LABELS[self.key].get(lang)


@dataclass(frozen=True)
class Recommendation:
    targets: tuple[Target, ...]
    lessons: tuple[str, ...]  # lessons to read first, over all targets, in order

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.targets)


_QUESTION_WORDS = {
    "confidential": ("取引先の重要な機密情報を自社のパソコンやクラウドで扱う",
                     "you handle a customer's important confidential data on your own PCs or cloud"),
    "standstill": ("自社が止まると取引先の事業に許されない遅れが出る",
                   "your standstill would delay a customer's business unacceptably"),
    "connected": ("自社の環境から取引先の社内システムにつながる",
                  "your systems can reach a customer's internal systems"),
}


_ASKED_FOR = (  # (target, why in Japanese, in English, the fact it rests on), in this order
    ("sa1", "取引先に求められています。★一つ星は「情報セキュリティ5か条」に取り組むと自分で宣言する段階です。",
     "A customer asked for it; one star is a self-declaration that you work on the Five Security Basics.",
     "frameworks.md §3 SECURITY ACTION"),
    ("sa2", "取引先に求められています。★★二つ星は、自社診断で状態を確かめ、情報セキュリティ基本方針を定めて公開し、宣言する段階です。",
     "A customer asked for it; two stars means assessing yourself with the self-check, writing and publishing a security policy, and declaring.",
     "frameworks.md §3 SECURITY ACTION"),
    ("scs4", "取引先に求められています。★4は、IPAが指定した評価機関による第三者の評価と技術検証を受けます。",
     "A customer asked for it; Star 4 is a third-party evaluation by an IPA-designated body with technical verification.",
     "frameworks.md §1 Levels"),
    ("scs3", "取引先に求められています。★3は、自己評価を専門家が確かめて助言し、経営層が適合を宣誓します。",
     "A customer asked for it; Star 3 is a self-assessment confirmed by a security expert, with a pledge by management.",
     "frameworks.md §1 Levels"),
)


def recommend(answers: GuideAnswers, lesson_ids: Collection[str] | None = None) -> Recommendation:
    """The targets the guide recommends for ANSWERS, each with its reason.

    LESSON_IDS, when given, is the loaded library: lessons not in it are not named.
    """
    asked = answers.asked
    found: dict[str, Target] = {}

    def add(key: str, was_asked: bool, ja: str, en: str, fact: str) -> None:
        if key not in found:
            found[key] = Target(key, was_asked, Text(ja, en), fact)

    for key, ja, en, fact in _ASKED_FOR:
        if key in asked:
            add(key, True, ja, en, fact)
    yes = [q for q in SCS4_QUESTIONS if answers.says(q)]
    if yes and "scs4" not in found:
        ja, en = _QUESTION_WORDS[yes[0]]
        add("scs4", False,
            f"「{ja}」に「はい」と答えました。SCS評価制度の中間取りまとめでは、三つの問いのどれかが「はい」なら★4が目安です。",
            f"You answered yes to \"{en}\"; the SCS interim report points to Star 4 when any of its three questions is yes.",
            "frameworks.md §1 Buyer side (interim report)")
    all_no = all(answers.says(q, "no") for q in SCS4_QUESTIONS)
    if all_no and not {"scs3", "scs4"} & set(found) and asked & {"unsure", "own"}:
        add("scs3", False,
            "SCS評価制度の中間取りまとめの三つの問いがすべて「いいえ」なので、★3が始めの目安です。",
            "All three questions of the SCS interim report are no, which points to Star 3 as the starting level.",
            "frameworks.md §1 Buyer side (interim report)")
    if "jama" in asked or answers.says("automotive"):
        why = "取引先に求められています。" if "jama" in asked else "自動車の部品やサービスの取引の中にある会社です。"
        why_en = "A customer asked for it" if "jama" in asked else "You are in the automotive supply chain"
        add("jama", "jama" in asked,
            why + "自工会／部工会ガイドラインのレベル1は、対象のすべての会社に求められ、チェックシートで年に一度ほど報告します。",
            why_en + "; Level 1 of the JAMA/JAPIA guidelines is expected of every company in scope, reported about once a year with the check sheet.",
            "frameworks.md §5 JAMA/JAPIA")
    if not {"sa1", "sa2", "scs3", "scs4", "jama"} & set(found):
        add("sa1", False,
            "まだ求められている制度がないので、5か条に取り組むSECURITY ACTIONの★一つ星から始めるのが順序です。",
            "Nothing is asked of you yet: the usual ladder starts with the Five Security Basics and SECURITY ACTION one star.",
            "frameworks.md §10 Simple ladder; §4 実践編")
    if answers.says("iot"):
        add("jc-star", False,
            "ネットにつながる製品（IoT製品）を作っています。製品のラベル制度JC-STARの★1は、メーカーが16の要件に合うかを自分で確かめて宣言する、すべての製品に共通の最低限です。",
            "You make IoT products; JC-STAR Star 1 is the common minimum for all of them, a maker's self-assessment and declaration against 16 requirements.",
            "frameworks.md §8 JC-STAR")
    if answers.says("software"):
        add("software", False,
            "ソフトウェアを出荷しています。経済産業省の手引がソフトの部品表（SBOM）の使い方を、米国NISTの指針（SSDF）が安全な作り方を示し、GPLという条件のソフトを配るときはソースコードを渡す義務があります。",
            "You ship software; METI's SBOM guide and NIST's SSDF show how to manage it, and distributing GPL software obliges you to provide its source code.",
            "frameworks.md §9 SBOM/SSDF; §9b GPL")
    if answers.says("personal"):
        add("privacy", False,
            "個人データを持っています。漏えいのおそれがあり四つの場合に当たるときは、個人情報保護委員会への報告と本人への通知が義務で、速報は3〜5日ほどが期限です。",
            "You hold personal data; when a leak may have happened in one of four cases, reporting to the PPC and telling the people concerned is mandatory, the first report within about 3-5 days.",
            "frameworks.md §7 PPC breach reporting")
    ordered = [found[key] for key in TARGET_KEYS if key in found]
    known = None if lesson_ids is None else set(lesson_ids)
    targets = []
    reading: list[str] = []
    for target in ordered:
        lessons = tuple(lid for lid in FIRST_LESSONS[target.key] if known is None or lid in known)
        targets.append(Target(target.key, target.asked, target.reason, target.fact, lessons))
        reading.extend(lid for lid in lessons if lid not in reading)
    return Recommendation(tuple(targets), tuple(reading))


def clean_targets(keys: Iterable[str]) -> tuple[str, ...]:
    """Target keys deduplicated in TARGET_KEYS order; ValueError for an unknown one."""
    chosen = list(keys)
    for key in chosen:
        if key not in TARGET_KEYS:
            raise ValueError(f"{key!r} is not a target (one of {', '.join(TARGET_KEYS)})")
    return tuple(key for key in TARGET_KEYS if key in chosen)


def parse_schemes(text: str) -> tuple[str, ...] | None:
    """`--schemes` of `mamori export`: "all" (None: every scheme) or a comma list of
    REPORT_SCHEMES keys; ValueError naming a wrong key."""
    text = text.strip()
    if text == "all":
        return None
    keys = [part.strip() for part in text.split(",") if part.strip()]
    if not keys:
        raise ValueError("--schemes needs 'all' or a comma list of " + ", ".join(REPORT_SCHEMES))
    for key in keys:
        if key not in REPORT_SCHEMES:
            raise ValueError(f"--schemes: {key!r} is not one of all, {', '.join(REPORT_SCHEMES)}")
    return tuple(key for key in REPORT_SCHEMES if key in keys)


def scope_items(model: ContentModel, keys: Iterable[str]) -> set[str]:
    """The checklist items that count for the targets KEYS."""
    keys = set(keys)
    scs = model.schemes.get("scs")
    criteria = scs.requirements if scs else {}
    wanted: set[str] = set()
    topic_items = {
        item_id
        for key in keys & set(_TOPIC_LESSONS)
        for lesson_id in _TOPIC_LESSONS[key]
        if lesson_id in model.lessons
        for item_id in model.lessons[lesson_id].items
    }
    for item in model.items.values():
        refs = [criteria[c] for c in item.refs("scs") if c in criteria]
        sa = item.refs("security-action")
        if (
            ("sa1" in keys and (item.refs("5kajo") or "sa1-5kajo" in sa))
            or ("sa2" in keys and (item.refs("selfcheck") or any(r.startswith("sa2-") for r in sa)))
            or ("scs3" in keys and any(r.get("star") == 3 for r in refs))
            or ("scs4" in keys and refs)
            or ("jama" in keys and any(ref.endswith(":LV1") for r in refs for ref in r.get("jama", ())))
            or item.id in topic_items
        ):
            wanted.add(item.id)
    return wanted


@dataclass(frozen=True)
class Progress:
    """How far a company is towards one target: met (or not applicable), partly, of total."""

    key: str
    met: int
    partial: int
    total: int


def target_progress(model: ContentModel, statuses: Mapping[str, str], answers: Mapping[int, str],
                    key: str) -> Progress:
    """Progress towards target KEY: requirements for the schemes (the 5か条 for one star,
    SECURITY ACTION's conditions for two stars, SCS criteria, 自工会/部工会 Level 1 items derived from SCS), items for
    the topic targets."""
    from desktop.core import scoring

    if key == "sa1" and "5kajo" in model.schemes:  # one star: working on the 5か条
        five = scoring.scheme_readiness(model, statuses, "5kajo")
        return Progress(key, five.count("met") + five.count("na"), five.count("partial"), five.total)
    if key in ("sa1", "sa2"):
        level_id = "star1" if key == "sa1" else "star2"
        scheme = model.schemes.get("security-action")
        levels = {level.id: level for level in scoring.security_action(model, statuses, answers)}
        needs: list[str] = next((lv.get("requires", []) for lv in (scheme.data.get("levels", []) if scheme else [])
                      if str(lv.get("id")) == level_id), [])
        level = levels.get(level_id)
        missing = len(level.missing) if level else len(needs)
        return Progress(key, len(needs) - missing, 0, len(needs))
    if key in ("scs3", "scs4"):
        readiness = scoring.scs_levels(model, statuses).get("scs-star3" if key == "scs3" else "scs-star4")
        if readiness is None:
            return Progress(key, 0, 0, 0)
        return Progress(key, readiness.count("met") + readiness.count("na"), readiness.count("partial"),
                        readiness.total)
    if key == "jama":
        readiness = scoring.scs_levels(model, statuses).get("scs-star4")
        if readiness is None:
            return Progress(key, 0, 0, 0)
        rows = [row for row in scoring.jama_derived(model, readiness) if row[1] == "LV1"]
        return Progress(key, sum(1 for r in rows if r[2] in ("met", "na")),
                        sum(1 for r in rows if r[2] == "partial"), len(rows))
    items = scope_items(model, [key])
    return Progress(key, sum(1 for i in items if statuses.get(i) in ("done", "na")),
                    sum(1 for i in items if statuses.get(i) == "partial"), len(items))
