"""Every word the exported report prints, in Japanese and English (no Qt).

The report's language is chosen at export (`--lang ja|en`, or the choice on the report
screen), independently of the UI language, so these labels do not go through Qt's
translator. Titles of items, criteria and schemes come from the content's own texts.
"""

from __future__ import annotations

from desktop.core.localized import Text
from desktop.core.scoring import REQUIREMENT_STATUS_LABELS
from desktop.core.summary_types import Summary
from desktop.core.vocab import ITEM_STATUS_LABELS

LABELS: dict[str, Text] = {
    "title": Text("情報セキュリティ対策 状況報告書", "Information security readiness report"),
    "date": Text("作成日", "Date"),
    "company": Text("会社名", "Company"),
    "industry": Text("業種", "Industry"),
    "employees": Text("従業員数", "Employees"),
    "employees_n": Text("{0} 人", "{0}"),
    "scope": Text("対象範囲", "Scope"),
    "requested": Text("取引先からの要請", "Asked for by customers"),
    "targets": Text("目標（うちに必要なもの）", "Targets (what the company needs)"),
    "at_a_glance": Text("ひと目でわかる状況", "At a glance"),
    "scheme_line": Text("{total} 基準のうち {met} 達成、{partial} 一部達成、{open} 未達成・不明、{unanswered} 未回答",
                    "{met} of {total} criteria met, {partial} partly, {open} open, {unanswered} not answered"),
    "na_part": Text("（ほかに {0} 基準が該当しない）", " (and {0} not applicable)"),
    "plan_by": Text("。{0} までに対応する計画", "; plan to close by {0}"),
    "no_plan": Text("。対応の期限はまだ決めていません", "; no dates planned yet"),
    "unplanned": Text("（うち期限を決めていない基準 {0}）", " ({0} criteria have no date yet)"),
    "scs3": Text("SCS ★3", "SCS ★3"),
    "scs4": Text("SCS ★4", "SCS ★4"),
    "selfcheck": Text("自社診断（5分でできる！情報セキュリティ自社診断）", "Self-check (IPA 5-minute self-check)"),
    "selfcheck_line": Text("{score} / {max} 点　{band}", "{score} of {max} points, {band}"),
    "selfcheck_open": Text("未完了（{0} / {1} 問回答）", "not finished ({0} of {1} questions answered)"),
    "security_action": Text("SECURITY ACTION（自己宣言）", "SECURITY ACTION (self-declaration)"),
    "sa_met": Text("{0}: 条件を満たしている", "{0}: conditions met"),
    "sa_missing": Text("{0}: あと {1} 件（{2}）", "{0}: {1} still missing ({2})"),
    "training": Text("従業員教育", "Staff training"),
    "training_line": Text("受講者 {0} 人、修了したレッスン 延べ {1}", "{0} learners, {1} lessons completed in all"),
    "quiz_line": Text("、確認テスト {0} / {1} 問正解（{2}%）", "; quizzes: {0} of {1} answers right ({2}%)"),
    "no_learners": Text("受講者の記録はまだありません", "no learners recorded yet"),
    "open_items": Text("未完了の項目", "Open items"),
    "open_items_line": Text("{0} 件（うち担当者か期限を決めたもの {1} 件）", "{0} (of which {1} have an owner or a due date)"),
    "next_review": Text("次の見直し", "Next review"),
    "not_set": Text("未定", "not set"),
    "jama": Text("自工会／部工会ガイドライン v2.3（参考・派生）", "JAMA/JAPIA guidelines v2.3 (derived, for reference)"),
    "jama_line": Text("{level}: {total} 項目のうち {met} 達成、{partial} 一部、{open} 未達成・不明、{unanswered} 未回答",
                  "{level}: {met} of {total} items met, {partial} partly, {open} open, {unanswered} not answered"),
    "jama_how": Text("SCS評価制度の各評価基準には、対応する自工会／部工会の項目番号とレベルが書かれています。"
                 "その番号をたどり、対応する評価基準の状態をまとめて項目の状態としました（参考値）。",
                 "Each SCS criterion names the JAMA/JAPIA item numbers and levels it matches; an item's status "
                 "here combines the statuses of the SCS criteria that name it (a reference value)."),
    "declaration": Text("宣言", "Declaration"),
    "declaration_text": Text("上記の内容は、当社の現状を自ら確認した結果であることを宣言します。",
                         "We declare that the above is the result of our own review of our current state."),
    "declared_on": Text("宣言日", "Date"),
    "declared_by": Text("役職・氏名", "Name and title"),
    "signature": Text("署名", "Signature"),
    "seal": Text("印", "Seal"),
    "self_assessed": Text("この報告書は Mamori で作成した自己評価の結果です。第三者による認証や評価ではありません。",
                      "This report is a self-assessment made with Mamori. It is not a certification or an "
                      "evaluation by a third party."),
    "what_matters": Text("対応が必要な評価基準と計画", "Criteria that need work, and the plan"),
    "marks": Text("記号: ● 達成　◐ 一部達成　○ 未達成　？ 不明　－ 該当しない　・ 未回答",
              "Marks: ● met  ◐ partly met  ○ not met  ? unknown  – not applicable  · not answered"),
    "criterion": Text("評価基準", "Criterion"),
    "star": Text("段階", "Star"),
    "items_hint": Text("右の欄は、その基準に対応する未完了のチェックリスト項目と、決めてある担当者・期限です。",
                   "The right-hand column lists the open checklist items behind each criterion, with the owner "
                   "and due date where they are set."),
    "content": Text("内容（要約）", "What it asks (gist)"),
    "status": Text("状況", "Status"),
    "open_items_plan": Text("未完了の項目と計画", "Open items and their plan"),
    "owner": Text("担当", "Owner"),
    "due": Text("期限", "Due"),
    "overdue": Text("期限超過", "overdue"),
    "no_open": Text("未達成・一部達成の評価基準はありません。", "No criterion is partly met or not met."),
    "met_count": Text("達成（または該当しない）の評価基準: {0} 件。", "Criteria met (or not applicable): {0}."),
    "met_list_hint": Text("一覧は「要求事項ごと＋社内メモ」の詳しさで載せています。",
                      "They are listed one by one at the \"with notes\" detail level."),
    "met_list": Text("達成・該当しない評価基準の一覧", "Criteria met or not applicable"),
    "unanswered": Text("未回答の評価基準（要求事項ごと）", "Criteria not answered yet (by requirement)"),
    "unanswered_count": Text("まだ回答していない評価基準が {0} 件あります。", "{0} criteria are not answered yet."),
    "requirement": Text("要求事項", "Requirement"),
    "name": Text("名称", "Name"),
    "criteria_list": Text("評価基準", "Criteria"),
    "level": Text("レベル", "Level"),
    "items": Text("項目数", "Items"),
    "plan": Text("改善計画", "Improvement plan"),
    "plan_intro": Text("未完了の項目は全部で {0} 件です。そのうち担当者か期限を決めた {1} 件を載せます。",
                   "There are {0} open items; the {1} with an owner or a due date are listed."),
    "no_plan_rows": Text("担当者や期限が決まっている未完了の項目はまだありません。",
                     "No open item has an owner or a due date yet."),
    "measure": Text("対策", "Measure"),
    "current": Text("現在の状態", "Current state"),
    "note": Text("メモ", "Note"),
    "evidence": Text("証跡", "Evidence"),
    "training_detail": Text("従業員教育の状況", "Staff training in detail"),
    "learner": Text("受講者", "Learner"),
    "completed": Text("修了レッスン", "Lessons completed"),
    "quiz": Text("確認テスト", "Quizzes"),
    "main_lessons": Text("修了した主なレッスン", "Main lessons completed"),
    "about": Text("この報告書について", "About this report"),
    "versions": Text("使用した基準の版", "Scheme editions used"),
    "tool": Text("作成ツール", "Made with"),
    "tool_line": Text("Mamori {0}（教材 {1}）", "Mamori {0} (content {1})"),
    "only_targets": Text("この報告書は、会社の目標とした制度だけを載せています。",
                     "This report covers only the schemes the company has set as its targets."),
    "digest_note": Text("JSON 版に付いている SHA-256 の値で、書き出した後に内容が変えられていないかを確かめられます"
                    "（だれが作ったかの証明にはなりません）。",
                    "The SHA-256 value in the JSON version shows whether the content was changed after export "
                    "(it does not prove who made it)."),
    "to_sign": Text("（下の署名欄に記入）", "(to be written in the signature block)"),
    "page": Text("{0} / {1} ページ", "page {0} of {1}"),
    "subject": Text("取引先向けの情報セキュリティ対策の自己評価", "Self-assessment of information security for customers"),
    "keywords": Text("情報セキュリティ, SCS評価制度, SECURITY ACTION, 自己評価",
                 "information security, SCS, SECURITY ACTION, self-assessment"),
    "met_short": Text("達成", "Met"),
    "partial_short": Text("一部達成", "Partly"),
    "open_short": Text("未達成・不明", "Open"),
    "unanswered_short": Text("未回答", "Not answered"),
    "none": Text("—", "—"),
}
SCHEME_NAMES: dict[str, Text] = {
    "scs": Text("SCS評価制度 要求事項", "SCS requirements"), "selfcheck": Text("自社診断", "Self-check"),
    "5kajo": Text("情報セキュリティ5か条", "Five security basics"), "security-action": Text("SECURITY ACTION", "SECURITY ACTION"),
}
# between an item's state, owner and due date in a table cell (in brackets after its title)
DETAIL_SEPARATOR = Text("／", " / ")
STATUS_MARKS = {"met": "●", "partial": "◐", "not_met": "○", "unknown": "？", "na": "－", "unanswered": "・"}


def label(lang: str, key: str, *args, **kwargs) -> str:
    text = LABELS[key].get(lang)
    return text.format(*args, **kwargs) if args or kwargs else text


def status_label(lang: str, status: str) -> str:
    return REQUIREMENT_STATUS_LABELS.get(status, Text(status)).get(lang)


def item_status_label(lang: str, status: str) -> str:
    return ITEM_STATUS_LABELS.get(status, Text(status)).get(lang)


def scheme_name(lang: str, key: str) -> str:
    return SCHEME_NAMES.get(key, Text(key)).get(lang)


def lang_of(summary: Summary) -> str:
    return "en" if summary.get("lang") == "en" else "ja"
