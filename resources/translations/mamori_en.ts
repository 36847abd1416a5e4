<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="38"/>
        <source>チェックリスト</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="43"/>
        <source>すべての項目</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="43"/>
        <source>SCS ★3</source>
        <translation>SCS ★3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="43"/>
        <source>SCS ★4</source>
        <translation>SCS ★4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="43"/>
        <source>目標の項目</source>
        <translation>Items of your targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="43"/>
        <source>次にやること</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="44"/>
        <source>自社診断</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="44"/>
        <source>5か条</source>
        <translation>Five Security Basics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="44"/>
        <source>SECURITY ACTION</source>
        <translation>SECURITY ACTION</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="46"/>
        <source>制度で絞り込みます</source>
        <translation>Filter by scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="47"/>
        <source>制度で絞り込む</source>
        <translation>Filter by scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="49"/>
        <source>状態で絞り込む</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="50"/>
        <source>すべての状態</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="54"/>
        <source>検索（Ctrl+F）: 項目名・説明</source>
        <translation>Search (Ctrl+F): item name, description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="76"/>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="76"/>
        <location filename="../../desktop/ui/checklist_view.py" line="86"/>
        <location filename="../../desktop/ui/item_editor.py" line="109"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="91"/>
        <source>チェックリストの項目一覧</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="73"/>
        <source>選んだ項目の説明と記録</source>
        <translation>Explanation and record of the chosen item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="76"/>
        <source>左の一覧から項目を選んでください。</source>
        <translation>Choose an item from the list on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="83"/>
        <source>項目の説明</source>
        <translation>Item explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="123"/>
        <source>「該当しない」の理由</source>
        <translation>Reason for &quot;not applicable&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="127"/>
        <source>例: 総務 山田</source>
        <translation>e.g. Yamada, General Affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="128"/>
        <source>担当者</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="131"/>
        <location filename="../../desktop/ui/item_editor.py" line="137"/>
        <source>期限あり</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="136"/>
        <source>期限の日付</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="144"/>
        <source>社内用のメモ（報告書には「メモを含める」を選んだときだけ載ります）</source>
        <translation>Internal notes (appear in the report only if you choose to include notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="149"/>
        <source>証跡（対策をしたことを示す記録）</source>
        <translation>Evidence (records that show the measure is in place)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="154"/>
        <source>状態(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="155"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="156"/>
        <source>担当者(&amp;O)</source>
        <translation>&amp;Person in charge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="157"/>
        <source>期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="146"/>
        <location filename="../../desktop/ui/item_editor.py" line="158"/>
        <source>メモ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="56"/>
        <source>項目を検索</source>
        <translation>Search items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="62"/>
        <source>制度(&amp;K):</source>
        <translation>Sche&amp;me:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="64"/>
        <source>状態(&amp;T):</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="159"/>
        <source>証跡(&amp;V)</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="91"/>
        <source>元に戻す（Ctrl+Z）</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_view.py" line="178"/>
        <source>{0} 件</source>
        <translation>{0} shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_html.py" line="35"/>
        <source>証跡の例</source>
        <translation>Examples of evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_html.py" line="36"/>
        <source>満たす要求事項</source>
        <translation>Requirements it meets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_html.py" line="37"/>
        <source>学ぶ</source>
        <translation>Learn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="124"/>
        <location filename="../../desktop/ui/item_editor.py" line="246"/>
        <source>該当しない理由</source>
        <translation>Reason it does not apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="247"/>
        <source>この項目が自社に当てはまらない理由を書いてください:</source>
        <translation>Write why this item does not apply to your company:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="262"/>
        <source>保存しました: {0} → {1}</source>
        <translation>Saved: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="289"/>
        <source>保存しました</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_editor.py" line="302"/>
        <source>元に戻しました</source>
        <translation>Undone</translation>
    </message>
</context>
<context>
    <name>CompaniesDialog</name>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="47"/>
        <location filename="../../desktop/ui/companies_view.py" line="169"/>
        <source>会社の一覧</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="51"/>
        <source>新しい会社で自社診断を始める…</source>
        <translation>New company, start the self-check…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="54"/>
        <location filename="../../desktop/ui/companies_view.py" line="55"/>
        <source>会社名で絞り込む</source>
        <translation>Filter by company name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="62"/>
        <source>会社</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="62"/>
        <source>最後の作業</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="62"/>
        <source>自社診断</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="63"/>
        <source>目標</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="63"/>
        <source>進み具合</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="81"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="83"/>
        <source>CSV に書き出す…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="85"/>
        <source>選んだ会社を削除…</source>
        <translation>Delete selected companies…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="87"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="104"/>
        <source>未回答</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="104"/>
        <source>{0} 点（{1}/25 問）</source>
        <translation>{0} points ({1}/25 answered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="110"/>
        <source>未設定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="111"/>
        <source>{0}%（{1}/{2}）</source>
        <translation>{0}% ({1}/{2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="128"/>
        <source>{0} 社を表示（このパソコンに {1} 社）</source>
        <translation>Showing {0} (of {1} companies on this PC)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="154"/>
        <source>「{0}」を作成しました</source>
        <translation>Created &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="162"/>
        <source>会社の一覧を書き出す</source>
        <translation>Save the company list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="163"/>
        <source>会社の一覧.csv</source>
        <translation>companies.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="163"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="170"/>
        <source>書き出せませんでした</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="171"/>
        <source>会社の一覧は保存されていません: {0}</source>
        <translation>The company list was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="169"/>
        <source>書き出しました: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="167"/>
        <source>会社の一覧を書き出しています…</source>
        <translation>Exporting the list of companies…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="181"/>
        <source>会社を削除</source>
        <translation>Delete company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="182"/>
        <source>{0} 社の記録をすべて削除しますか？</source>
        <translation>Delete all records of {0} companies?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="183"/>
        <source> ほか {0} 社</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="184"/>
        <source>{0}

このパソコンから完全に消え、元に戻せません。引き継ぎファイルを渡し終えたか、確かめてから削除してください。</source>
        <translation>{0}

They are removed from this PC for good and cannot be restored. Make sure their hand-over files were given to them before deleting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="186"/>
        <source>古いバックアップからも消す（ほかの会社の記録は新しいバックアップに残ります）</source>
        <translation>Also remove it from older backups (the other companies stay in a new backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="189"/>
        <source>削除する</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="190"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="206"/>
        <source>削除を終えられませんでした</source>
        <translation>The removal did not finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="207"/>
        <source>{0} 社のうち {1} 社を削除しました。古いバックアップは消えていないことがあります。</source>
        <translation>{1} of {0} companies were deleted. Older backups may still hold them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/companies_view.py" line="213"/>
        <source>{0} 社を削除しました</source>
        <translation>{0} companies deleted</translation>
    </message>
</context>
<context>
    <name>ConsultantBox</name>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="46"/>
        <source>相談員の情報（相談結果シートに印刷されます）</source>
        <translation>Consultant (printed on every consultation result sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="48"/>
        <source>このパソコンを使う相談員（専門家）の情報です。会社ごとではなく、このパソコンに一度だけ入れます。</source>
        <translation>The consultant (adviser) who uses this PC. Enter this once for the PC, not for each company.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="54"/>
        <source>例: 山田 花子</source>
        <translation>e.g. Hanako Yamada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="55"/>
        <source>例: ○○県よろず支援拠点</source>
        <translation>e.g. Prefectural SME support centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="56"/>
        <source>例: 03-0000-0000 / soudan@example.jp</source>
        <translation>e.g. 03-0000-0000 / soudan@example.jp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="61"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="61"/>
        <source>相談員の氏名</source>
        <translation>Consultant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="62"/>
        <source>所属</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="62"/>
        <source>相談員の所属</source>
        <translation>Consultant&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="63"/>
        <source>連絡先</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="63"/>
        <source>相談員の連絡先</source>
        <translation>Consultant&apos;s contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="67"/>
        <source>相談員の情報を保存</source>
        <translation>Save consultant details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="85"/>
        <source>相談員の情報を保存できませんでした</source>
        <translation>The consultant details could not be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="86"/>
        <source>相談員の情報は保存されていません。</source>
        <translation>The consultant details were not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="88"/>
        <source>相談員の情報を保存しました</source>
        <translation>Consultant details saved</translation>
    </message>
</context>
<context>
    <name>CriterionPanel</name>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="54"/>
        <source>項目の回答から判定する</source>
        <translation>Decided by the items&apos; answers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="54"/>
        <source>達成（同等の対策など）</source>
        <translation>Met (e.g. an equivalent measure)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="55"/>
        <source>一部達成</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="55"/>
        <source>未達成</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="55"/>
        <source>該当しない</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="57"/>
        <source>項目がこの会社に合わないとき（同等の別の対策をしているなど）に、会社としての判断と理由を記録します</source>
        <translation>When the items do not fit this company (e.g. it takes an equivalent measure), record the company&apos;s own judgement and the reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="60"/>
        <source>判断の理由（例: 入館カードで同等に管理している）</source>
        <translation>Reason for the judgement (e.g. entry cards give the same control)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="61"/>
        <source>判断を保存</source>
        <translation>Save judgement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="65"/>
        <source>会社の判断:</source>
        <translation>Company&apos;s judgement:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="67"/>
        <source>理由:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="73"/>
        <source>根拠（証跡）:</source>
        <translation>Basis (evidence):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="75"/>
        <source>根拠（証跡）の一覧</source>
        <translation>List of evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="81"/>
        <source>何が根拠か（例: 情報セキュリティ規程 第3版）</source>
        <translation>What the evidence is (e.g. security policy, 3rd edition)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="83"/>
        <location filename="../../desktop/ui/review_detail.py" line="84"/>
        <source>有効になった日 YYYY-MM-DD</source>
        <translation>In effect from YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="86"/>
        <location filename="../../desktop/ui/review_detail.py" line="87"/>
        <source>期限 YYYY-MM-DD（なければ空欄）</source>
        <translation>Expires YYYY-MM-DD (blank if never)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="88"/>
        <source>根拠を追加</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="90"/>
        <source>選んだ根拠を更新</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="91"/>
        <source>一覧で選んだ根拠の説明・有効になった日・期限を、上の欄の内容に書き換えます</source>
        <translation>Replaces the description, start date and expiry of the evidence chosen in the list with what is in the fields above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="95"/>
        <source>有効:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="95"/>
        <source>期限:</source>
        <translation>Expires:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="105"/>
        <source>ファイルを添付…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="106"/>
        <source>選んだ根拠にファイル（20 MB まで）を添付します。ファイルは Mamori のデータフォルダに写して保管します</source>
        <translation>Attach a file (up to 20 MB) to the selected evidence. Mamori keeps a copy in its data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="109"/>
        <location filename="../../desktop/ui/review_detail.py" line="265"/>
        <source>ファイルを開く</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="111"/>
        <source>根拠を削除</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="131"/>
        <source>一覧から評価基準を選んでください。</source>
        <translation>Choose a criterion in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="138"/>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="141"/>
        <source>項目の回答から: {0}（対応する項目 {1} 件）</source>
        <translation>From the items&apos; answers: {0} ({1} items mapped)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="147"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="148"/>
        <source>{0}（{1} 〜 {2}）</source>
        <translation>{0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="149"/>
        <source>&#x3000;添付: {0}</source>
        <translation> attached: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="154"/>
        <source>第{0}版 {1} {2}（{3}）</source>
        <translation>Version {0} {1} {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="156"/>
        <source>{0}・{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="157"/>
        <source>社外</source>
        <translation>external</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="157"/>
        <source>社内</source>
        <translation>in-house</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="157"/>
        <source>：{0}</source>
        <translation>: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="159"/>
        <source>専門家の確認の記録:</source>
        <translation>Expert confirmations:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="159"/>
        <source> まだありません</source>
        <translation> none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="193"/>
        <source>保存できませんでした</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="193"/>
        <source>会社の判断には理由が必要です。</source>
        <translation>A company judgement needs a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="194"/>
        <source>理由を書いてから、もう一度「判断を保存」を押してください。</source>
        <translation>Write the reason, then press &quot;Save judgement&quot; again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="196"/>
        <source>{0} の判断を保存しました</source>
        <translation>Judgement for {0} saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="199"/>
        <location filename="../../desktop/ui/review_detail.py" line="207"/>
        <source>追加できませんでした</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="219"/>
        <source>日付は 2026-04-01 のように書いてください。</source>
        <translation>Write dates like 2026-04-01.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="199"/>
        <location filename="../../desktop/ui/review_detail.py" line="208"/>
        <source>根拠はまだ追加されていません。</source>
        <translation>The evidence has not been added.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="207"/>
        <location filename="../../desktop/ui/review_detail.py" line="234"/>
        <source>何が根拠かを書いてください。</source>
        <translation>Write what the evidence is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="212"/>
        <source>{0} に根拠を追加しました</source>
        <translation>Evidence added to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="226"/>
        <source>根拠はまだ変更されていません。</source>
        <translation>The evidence has not been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="227"/>
        <location filename="../../desktop/ui/review_detail.py" line="234"/>
        <source>更新できませんでした</source>
        <translation>Could not update</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="238"/>
        <source>{0} の根拠を更新しました</source>
        <translation>Evidence of {0} updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="246"/>
        <source>根拠として添付するファイル</source>
        <translation>File to attach as evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="247"/>
        <source>すべてのファイル (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="253"/>
        <source>添付できませんでした</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="253"/>
        <source>ファイルは添付されていません。</source>
        <translation>The file has not been attached.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="254"/>
        <source>20 MB より大きいファイルは添付できません。読めるファイルか、容量を確かめてください。</source>
        <translation>Files larger than 20 MB cannot be attached. Check that the file can be read and its size.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="257"/>
        <source>ファイルを添付しました</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="266"/>
        <source>このファイルはこのパソコンにありません（引き継ぎファイルに含めずに移した記録です）。</source>
        <translation>This file is not on this computer (the record was handed over without its files).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="277"/>
        <source>ファイルを開けませんでした</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="277"/>
        <source>一時フォルダに写せませんでした。</source>
        <translation>It could not be copied to a temporary folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="278"/>
        <source>空き容量を確かめてください。</source>
        <translation>Check the free disk space.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_detail.py" line="287"/>
        <source>根拠を削除しました</source>
        <translation>Evidence removed</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="82"/>
        <location filename="../../desktop/ui/dashboard.py" line="113"/>
        <source>ダッシュボード</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="120"/>
        <source>まだ会社が登録されていません。上の「新しい会社」から登録すると、自社診断やチェックリストを始められます。</source>
        <translation>No company has been added yet. Add one with &quot;New company&quot; above to start the Self-check and the Checklists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="151"/>
        <source>目標と達成状況</source>
        <translation>Targets and progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="152"/>
        <source>まだ目標が決まっていません。「うちに必要なのは？」の質問に答えると、取り組む制度と段階だけを表示できます。</source>
        <translation>No targets yet. Answer the questions of &quot;What do we need?&quot; to see only the schemes and levels you work towards.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="180"/>
        <source>うちに必要なのは？（目標を決める）</source>
        <translation>What do we need? (set targets)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="181"/>
        <source>目標を変える</source>
        <translation>Change targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="184"/>
        <source>目標以外の制度を隠す</source>
        <translation>Hide schemes that are not targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="184"/>
        <source>すべて表示</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="163"/>
        <source>目標にしていない制度の達成状況も表示します</source>
        <translation>Also show progress on the schemes that are not your targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="168"/>
        <source>緑 = 達成（該当しないを含む）、黄 = 一部達成、灰 = 未達成・未回答</source>
        <translation>Green = met (including not applicable), yellow = partly met, grey = not met or not answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="172"/>
        <source>チェックリストを開く</source>
        <translation>Open Checklists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="194"/>
        <source>自社診断</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="216"/>
        <source>{0} / {1} 点</source>
        <translation>{0} / {1} points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="220"/>
        <source>回答 {0} / {1}</source>
        <translation>Answered {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="221"/>
        <source>「わからない」: {0} 問</source>
        <translation>&quot;Don&apos;t know&quot;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="202"/>
        <source>自社診断を開く</source>
        <translation>Open Self-check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="225"/>
        <source>受講の状況</source>
        <translation>Learning progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="226"/>
        <source>「学ぶ」で受講者を追加すると、ここに進み具合が出ます。</source>
        <translation>Add learners in &quot;Learn&quot; to see their progress here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="249"/>
        <source>進み具合の推移（実施済みの項目数）</source>
        <translation>Progress over time (items done)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="108"/>
        <source>項目の状態を記録していくと、ここに推移が表示されます</source>
        <translation>As you record item statuses, their progress over time appears here</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="45"/>
        <source>うちに必要なのは？</source>
        <translation>What do we need?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="57"/>
        <source>うちに必要なのは？の質問</source>
        <translation>Questions of What do we need?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="62"/>
        <source>&lt;h2&gt;うちに必要なのは？&lt;/h2&gt;&lt;p&gt;2分ほどで答えられる質問です。答えから、取り組む制度と段階（目標）をおすすめします。目標を決めると、ダッシュボード、チェックリスト、報告書がその目標に合わせて表示されます。答えはあとから変えられます。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;What do we need?&lt;/h2&gt;&lt;p&gt;These questions take about two minutes. From your answers we recommend the schemes and levels to work towards (your targets). Once set, the dashboard, checklist and report follow your targets. You can change the answers later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="69"/>
        <source>1. 取引先から、何を求められていますか（いくつでも）</source>
        <translation>1. What have your customers asked for? (tick all that apply)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="85"/>
        <source>2. 会社のことを教えてください</source>
        <translation>2. Tell us about your company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="90"/>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="90"/>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="90"/>
        <source>わからない</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="112"/>
        <source>3. おすすめの目標（外したいものはチェックを外せます）</source>
        <translation>3. Recommended targets (untick any you do not want)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="120"/>
        <source>4. 次の見直し（ダッシュボードに表示します）</source>
        <translation>4. Next review (shown on the dashboard)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="132"/>
        <source>この目標にする</source>
        <translation>Use these targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="132"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="145"/>
        <source>SECURITY ACTION の★一つ星</source>
        <translation>SECURITY ACTION one star</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="146"/>
        <source>IPA（情報処理推進機構）の制度です。基本の5つの対策（5か条）に取り組むと、自分で宣言します。</source>
        <translation>A scheme of IPA (Information-technology Promotion Agency): you declare yourself that you work on the Five Security Basics.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="147"/>
        <source>SECURITY ACTION の★★二つ星</source>
        <translation>SECURITY ACTION two stars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="148"/>
        <source>自社診断（25問の点検）で今の状態を確かめ、会社の方針を書いて公開し、宣言します。</source>
        <translation>You check where you stand with the self-check (25 questions), write and publish a company policy, and declare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="149"/>
        <source>SCS評価制度の★3</source>
        <translation>SCS Star 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="150"/>
        <source>経済産業省とIPAの、取引先に対策の水準を示す新しい制度です。★3は自分で評価し、専門家が確かめます。</source>
        <translation>A new scheme of METI and IPA that shows customers the level of your measures. At Star 3 you assess yourself and an expert confirms it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="151"/>
        <source>SCS評価制度の★4</source>
        <translation>SCS Star 4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="152"/>
        <source>同じ制度の上の段階で、外部の評価機関が評価します。</source>
        <translation>The higher level of the same scheme, evaluated by an outside evaluation body.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="153"/>
        <source>自工会／部工会のガイドライン</source>
        <translation>JAMA/JAPIA guidelines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="154"/>
        <source>自動車の業界団体（日本自動車工業会と日本自動車部品工業会）がまとめた対策の一覧です。</source>
        <translation>The list of measures compiled by the automotive industry associations (JAMA and JAPIA).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="155"/>
        <source>取引先が独自に作った質問票</source>
        <translation>A customer&apos;s own questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="156"/>
        <source>取引先から届いた、対策についてのアンケートやチェックシートです。</source>
        <translation>A survey or check sheet about your security measures sent by a customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="157"/>
        <source>まだわからない・特に求められていない</source>
        <translation>Not sure yet / nothing asked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="158"/>
        <source>下の質問の答えから、始めるとよい目標をおすすめします。</source>
        <translation>We recommend a good first target from your answers below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="164"/>
        <source>取引先から預かった大切な秘密の情報（図面や顧客の名簿など）を、自社のパソコンやクラウド（インターネット上の保存場所）に置いていますか。</source>
        <translation>Do you keep a customer&apos;s important confidential information (drawings, customer lists and the like) on your own PCs or in the cloud (storage on the internet)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="166"/>
        <source>自社の仕事が止まると、取引先の仕事が止まったり、大きく遅れたりしますか。</source>
        <translation>If your work stopped, would a customer&apos;s business stop or be badly delayed?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="167"/>
        <source>自社のパソコンや機器が、取引先の社内のシステムにつながっていますか（取引先の受発注の仕組みに直接つなぐ、など）。</source>
        <translation>Are your PCs or devices connected to a customer&apos;s internal systems (for example directly to its ordering system)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="169"/>
        <source>自動車の部品や材料、サービスを、自動車や部品のメーカーに納めていますか。</source>
        <translation>Do you supply parts, materials or services to car or car-parts makers?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="170"/>
        <source>ネットにつながる製品（カメラ、ルータ、家電、機械など）を作って売っていますか。</source>
        <translation>Do you make and sell products that connect to a network (cameras, routers, appliances, machines and the like)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="171"/>
        <source>ソフトウェアやアプリを作って、お客様に渡したり売ったりしていますか。</source>
        <translation>Do you make software or apps and deliver or sell them to customers?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="172"/>
        <source>お客様や従業員の個人情報（名前、住所、電話番号など）を持っていますか。</source>
        <translation>Do you hold personal information of customers or staff (names, addresses, phone numbers and the like)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="233"/>
        <source>（取引先の要請）</source>
        <translation>(asked by a customer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="233"/>
        <source>（おすすめ）</source>
        <translation>(recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="241"/>
        <source>はじめに読むレッスン</source>
        <translation>Lessons to read first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="251"/>
        <source>保存できませんでした（何も変わっていません）: {0}</source>
        <translation>Could not save (nothing was changed): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="260"/>
        <source>目標は保存しましたが、見直しの日は保存できませんでした: {0}</source>
        <translation>The targets were saved, but the review date was not: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide_dialog.py" line="263"/>
        <source>目標を保存しました</source>
        <translation>Targets saved</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="34"/>
        <source>引き継ぎファイルを渡す</source>
        <translation>Hand over the company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="37"/>
        <source>「{0}」の記録を引き継ぎファイルに書き出します。会社のパソコンの Mamori で「引き継ぎファイルを読み込む」を選ぶと、続きから使えます。</source>
        <translation>The records of &quot;{0}&quot; are written to a hand-over file. On the company&apos;s own PC, choose &quot;Import a hand-over file&quot; in Mamori to continue from there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="41"/>
        <source>パスワードをかける（おすすめ。パスワードがないと中身を読めません）</source>
        <translation>Protect with a password (recommended: without it nobody can read the file)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="47"/>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="50"/>
        <source>パスワード（確認）</source>
        <translation>Password (again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="51"/>
        <source>パスワード（{0}文字以上）</source>
        <translation>Password ({0} characters or more)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="52"/>
        <source>もう一度</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="56"/>
        <source>★3 の証跡ファイルも含める</source>
        <translation>Include the ★3 evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="57"/>
        <source>含めないときは、ファイルの名前とハッシュ値だけを書き出します（引き継ぎファイルは 20 MB まで）</source>
        <translation>Without them, only the files&apos; names and hashes are written (a hand-over file may be up to 20 MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="60"/>
        <source>書き出して確かめたあと、この会社をこのパソコンから削除する（古いバックアップからも消す）</source>
        <translation>After the file is written and checked, remove this company from this PC (also from older backups)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="67"/>
        <source>保存先を選ぶ…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="67"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="77"/>
        <source>パスワードは{0}文字以上にしてください。</source>
        <translation>The password needs at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="81"/>
        <source>2つのパスワードが違います。同じものを入れてください。</source>
        <translation>The two passwords differ. Enter the same one twice.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="34"/>
        <source>Mamori の使い方</source>
        <translation>How to use Mamori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="37"/>
        <source>使い方ガイド</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="42"/>
        <source>使い方ガイドを読み込めませんでした: {0}</source>
        <translation>The user guide could not be read: {0}</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="62"/>
        <source>学ぶ</source>
        <translation>Learn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="66"/>
        <source>受講者(&amp;W):</source>
        <translation>&amp;Learner:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="69"/>
        <source>だれが学んでいるかを選ぶと、その人の進み具合が記録されます</source>
        <translation>Choose who is learning, and their progress will be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="71"/>
        <source>受講者</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="75"/>
        <location filename="../../desktop/ui/learn_view.py" line="164"/>
        <source>受講者を追加</source>
        <translation>Add learner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="77"/>
        <source>名前を変更…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="78"/>
        <source>選んでいる受講者の名前を変えます</source>
        <translation>Change the name of the selected learner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="80"/>
        <source>受講者を削除…</source>
        <translation>Remove learner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="81"/>
        <source>選んでいる受講者と、その人の修了記録を削除します（確認があります）</source>
        <translation>Removes the selected learner and their completed lessons (you will be asked first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="91"/>
        <source>目標に合わせて、はじめに読むとよいコースとレッスンを上に並べ、「おすすめ」と書いています。</source>
        <translation>The courses and lessons to read first for your targets are at the top, marked &quot;recommended&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="99"/>
        <source>コースとレッスン</source>
        <translation>Tracks and lessons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="99"/>
        <source>分</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="109"/>
        <source>コースとレッスンの一覧</source>
        <translation>Tracks and lessons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="38"/>
        <source>レッスンの本文</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="41"/>
        <source>本文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="40"/>
        <location filename="../../desktop/ui/lesson_reader.py" line="42"/>
        <source>確認テスト</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="33"/>
        <source>レッスン</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="34"/>
        <source>本文と確認テストの切り替え</source>
        <translation>Switch between lesson text and quiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="45"/>
        <source>← 前へ</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="46"/>
        <source>前のレッスン</source>
        <translation>Previous lesson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="47"/>
        <source>次へ →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="48"/>
        <source>次のレッスン</source>
        <translation>Next lesson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="49"/>
        <source>文字を小さく</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="51"/>
        <source>文字を大きく</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="53"/>
        <location filename="../../desktop/ui/lesson_reader.py" line="100"/>
        <source>完了にする</source>
        <translation>Mark as complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="56"/>
        <location filename="../../desktop/ui/lesson_reader.py" line="96"/>
        <source>選んだ受講者について、このレッスンを修了として記録します</source>
        <translation>Records this lesson as completed for the selected learner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="140"/>
        <source>（選んでください）</source>
        <translation>(Please choose)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="164"/>
        <source>受講する人の名前:</source>
        <translation>Name of the learner:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="182"/>
        <source>名前を変更</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="182"/>
        <source>新しい名前:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="189"/>
        <source>「{0}」さんの名前を「{1}」に変えました</source>
        <translation>Renamed &quot;{0}&quot; to &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="196"/>
        <source>受講者を削除</source>
        <translation>Remove learner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="197"/>
        <source>「{0}」さんを受講者から削除しますか？</source>
        <translation>Remove &quot;{0}&quot; from the learners?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="199"/>
        <source>この人の修了記録と確認テストの結果も削除されます。これまでの変更履歴には名前が残ります。元に戻すことはできません。</source>
        <translation>Their completed lessons and quiz results are removed too. Their name stays in the change history. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="207"/>
        <source>「{0}」さんを削除しました</source>
        <translation>Removed &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="227"/>
        <source>おすすめ</source>
        <translation>recommended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="253"/>
        <source>受講者を選ぶと、修了したレッスンと確認テストの結果が記録されます。</source>
        <translation>Choose a learner to record completed lessons and quiz results.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="175"/>
        <source>受講者「{0}」を追加しました</source>
        <translation>Learner &quot;{0}&quot; added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="255"/>
        <source>{0} さん: {1} / {2} レッスン修了</source>
        <translation>{0}: {1} / {2} lessons completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="258"/>
        <source>・確認テスト {0} 問中 {1} 問正解</source>
        <translation> · quizzes: {1} of {0} correct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="69"/>
        <source>確認テスト（{0}問）</source>
        <translation>Quiz ({0} questions)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="93"/>
        <source>「確認テスト」のすべての問題に答えると、修了として記録できます</source>
        <translation>Answer every question of the quiz to record the lesson as complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_reader.py" line="98"/>
        <source>修了済み（もう一度記録）</source>
        <translation>Completed (record again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="334"/>
        <source>確認テスト: {0} 問中 {1} 問正解</source>
        <translation>Quiz: {1} of {0} correct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="340"/>
        <source>先に「受講者」を選ぶか追加してください。</source>
        <translation>Please choose or add a learner first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learn_view.py" line="348"/>
        <source>「{0}」を修了として記録しました</source>
        <translation>Recorded &quot;{0}&quot; as completed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="37"/>
        <source>Mamori（守り）— 情報セキュリティの準備</source>
        <translation>Mamori — Information security readiness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42"/>
        <source>準備ができました</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="50"/>
        <source>会社</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>会社(&amp;C):</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="60"/>
        <source>作業する会社</source>
        <translation>Company you are working on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62"/>
        <source>作業する会社を選びます</source>
        <translation>Choose the company to work on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="66"/>
        <source>新しい会社</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <source>会社を追加します（Ctrl+N）</source>
        <translation>Add a company (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>会社情報を編集</source>
        <translation>Edit company details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>うちに必要なのは？</source>
        <translation>What do we need?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72"/>
        <source>質問に答えて、取り組む制度と段階（目標）を決めます</source>
        <translation>Answer a few questions to set the schemes and levels you work towards (targets)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="74"/>
        <source>会社の一覧</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>このパソコンのすべての会社を見る・探す・書き出す・まとめて削除する（Ctrl+L）</source>
        <translation>See, search, export and delete all companies on this PC (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="77"/>
        <source>会社を削除</source>
        <translation>Delete company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78"/>
        <source>この会社の記録をすべて削除します（確認があります）</source>
        <translation>Deletes all records of this company (you will be asked to confirm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93"/>
        <source>画面の切り替え</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99"/>
        <source>ダッシュボード</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <source>学ぶ</source>
        <translation>Learn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <source>チェックリスト</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>自社診断</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103"/>
        <source>報告書</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>取引先の状況</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109"/>
        <source>{0}（Ctrl+{1}）</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>新しい会社(&amp;N)…</source>
        <translation>&amp;New company…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>会社の一覧(&amp;L)…</source>
        <translation>Company &amp;list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128"/>
        <source>報告書を書き出す(&amp;E)…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129"/>
        <source>報告書を印刷(&amp;P)…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>相談結果シートを書き出す(&amp;S)…</source>
        <translation>Save consultation result &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>相談結果シートを印刷…</source>
        <translation>Print consultation result sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>引き継ぎファイルを書き出す…</source>
        <translation>Export hand-over file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138"/>
        <source>引き継ぎファイルを渡して、このパソコンから削除…</source>
        <translation>Hand over and remove from this PC…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>引き継ぎファイルを読み込む…</source>
        <translation>Import hand-over file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>終了(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144"/>
        <source>元に戻す(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>検索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>★3 の確認（専門家の確認と宣誓）…</source>
        <translation>★3 review (expert confirmation and pledge)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>使い方ガイド(&amp;G)</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Mamori について(&amp;A)</source>
        <translation>&amp;About Mamori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>会社が未登録です</source>
        <translation>No company yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259"/>
        <source>Mamori（守り）— {0}</source>
        <translation>Mamori — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>「{0}」を作成しました</source>
        <translation>Created &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="289"/>
        <source>会社情報を保存しました</source>
        <translation>Company details saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316"/>
        <source>古いバックアップを消せませんでした</source>
        <translation>Older backups could not be removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="317"/>
        <source>会社は削除しましたが、古いバックアップは消えていません（その会社の記録が残っています）。</source>
        <translation>The company was deleted, but the older backups were not removed (they still hold its records).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="321"/>
        <source>「{0}」を削除しました</source>
        <translation>Deleted &quot;{0}&quot;</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="39"/>
        <source>【期限切れ】</source>
        <translation>[Overdue] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="41"/>
        <source>【期限まで14日以内】</source>
        <translation>[Due within 14 days] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="51"/>
        <source>自工会／部工会ガイドライン No.{0}</source>
        <translation>JAMA/JAPIA guidelines No.{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="65"/>
        <source>この項目を終えると「{0}」を満たします。</source>
        <translation>Finishing this item meets &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="67"/>
        <source>「{0}」は、あと {1} 項目で満たせます。</source>
        <translation>&quot;{0}&quot; is met after {1} more items.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="69"/>
        <source>（期限: {0}）</source>
        <translation> Due {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="85"/>
        <source>次にやること</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="86"/>
        <source>目標の項目にはすべて取り組みました。</source>
        <translation>Every item of your targets has been dealt with.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="123"/>
        <source>目標に早く届く順です（残りの少ない要求事項から。期限切れ、期限の近いものが先）。</source>
        <translation>In the order that reaches your targets soonest (requirements with the fewest items left first; overdue and soon-due items first among them).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="125"/>
        <source>目標がまだ決まっていないので、すべての制度について、達成に早く届く順に並べています。</source>
        <translation>No targets yet: these are for every scheme, in the order that meets requirements soonest.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="145"/>
        <source>クリックするとチェックリストでこの項目を開きます</source>
        <translation>Click to open this item in the checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="153"/>
        <source>ほかに {0} 項目あります。チェックリストの「次にやること」ですべて見られます。</source>
        <translation>{0} more items: see them all with &quot;Next steps&quot; in the checklist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="166"/>
        <source>次の見直し: 自社診断に答えると、その1年後が見直しの目安になります。</source>
        <translation>Next review: once you answer the self-check, a year after it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="168"/>
        <source>【見直しの時期を過ぎています】次の見直し: {0}</source>
        <translation>[Review overdue] Next review: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="170"/>
        <source>次の見直し: {0}</source>
        <translation>Next review: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="171"/>
        <source>次の見直し: {0}（最後の自社診断から1年）</source>
        <translation>Next review: {0} (a year after the last self-check)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/next_steps.py" line="196"/>
        <source>目標に早く届く順</source>
        <translation>In the order that reaches your targets soonest</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="157"/>
        <source>パスワードを入れてください</source>
        <translation>Enter the password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="164"/>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="166"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="166"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="28"/>
        <source>署名された宣誓を記録</source>
        <translation>Record the signed pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="30"/>
        <source>印刷した宣誓書に代表者が署名・押印したら、その氏名と日付を記録します。署名した用紙は社内で保管してください。</source>
        <translation>Once the representative has signed and sealed the printed pledge, record the name and date. Keep the signed page in the company.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="36"/>
        <source>例: 代表取締役 山田太郎</source>
        <translation>e.g. Taro Yamada, President</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="40"/>
        <source>署名した代表者:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="41"/>
        <source>宣誓書の日付:</source>
        <translation>Date on the pledge:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="43"/>
        <source>記録する</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="43"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="51"/>
        <source>記録できませんでした</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="51"/>
        <source>署名した代表者の氏名を書いてください。</source>
        <translation>Write the name of the representative who signed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pledge_dialog.py" line="52"/>
        <source>宣誓はまだ記録されていません。</source>
        <translation>The pledge has not been recorded.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="35"/>
        <source>会社情報</source>
        <translation>Company details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="35"/>
        <source>新しい会社</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="40"/>
        <source>&lt;h2&gt;Mamori へようこそ&lt;/h2&gt;&lt;p&gt;Mamori は、会社の情報セキュリティの準備を、学ぶ → 取り組む → 取引先に説明する、の順にお手伝いします。データはこのパソコンの中だけに保存され、インターネットには送られません。&lt;/p&gt;&lt;p&gt;はじめに、あなたの会社について教えてください。あとから変更できます。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Mamori&lt;/h2&gt;&lt;p&gt;Mamori helps your company get ready for information security, step by step: learn → take action → explain it to your customers. Your data is stored only on this computer and is never sent over the internet.&lt;/p&gt;&lt;p&gt;First, tell us about your company. You can change this later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="48"/>
        <source>例: 株式会社みどり精工</source>
        <translation>e.g. Midori Seiko Co., Ltd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="52"/>
        <source>製造業</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="52"/>
        <source>卸売・小売業</source>
        <translation>Wholesale and retail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="52"/>
        <source>建設業</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="52"/>
        <source>運輸業</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="53"/>
        <source>情報通信業</source>
        <translation>Information and communications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="53"/>
        <source>医療・福祉</source>
        <translation>Healthcare and welfare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="53"/>
        <source>サービス業</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="53"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="57"/>
        <source>未入力</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="58"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="60"/>
        <source>例: 本社と第二工場（全社）</source>
        <translation>e.g. Head office and Plant 2 (whole company)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="61"/>
        <source>会社名(&amp;N)</source>
        <translation>Company &amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="61"/>
        <source>業種(&amp;I)</source>
        <translation>&amp;Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="62"/>
        <source>従業員数(&amp;E)</source>
        <translation>Number of &amp;employees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="62"/>
        <source>対象範囲(&amp;S)</source>
        <translation>&amp;Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="66"/>
        <source>取引先から求められていること（いくつでも）</source>
        <translation>What your customers are asking for (choose any)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="76"/>
        <source>保存したあと「うちに必要なのは？」の質問（2分ほど）で、取り組む目標を決める</source>
        <translation>After saving, set your targets with the &quot;What do we need?&quot; questions (about two minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="82"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="82"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="86"/>
        <source>引き継ぎファイルを読み込む…</source>
        <translation>Import hand-over file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="115"/>
        <source>会社名を入力してください。</source>
        <translation>Please enter the company name.</translation>
    </message>
</context>
<context>
    <name>ProgressRows</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="65"/>
        <source>達成 {0} / {1}・一部 {2}</source>
        <translation>Met {0} / {1} · partly {2}</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="27"/>
        <source>問 {0}</source>
        <translation>Question {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="31"/>
        <source>問 {0}: {1}</source>
        <translation>Question {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="37"/>
        <source>問 {0} の選択肢</source>
        <translation>Choice for question {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="41"/>
        <source>答え合わせ</source>
        <translation>Check answers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="42"/>
        <source>問 {0} の答え合わせ</source>
        <translation>Check question {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="63"/>
        <source>○ 正解です。</source>
        <translation>○ Correct!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="63"/>
        <source>× 正解は {0} です。</source>
        <translation>× The correct answer is {0}.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="60"/>
        <source>質問 {0}: {1}</source>
        <translation>Question {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="64"/>
        <source>この質問に関係するレッスンを開きます</source>
        <translation>Opens the lesson about this question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="81"/>
        <source>→ 学ぶ: {0}</source>
        <translation>→ Learn: {0}</translation>
    </message>
</context>
<context>
    <name>QuizWidget</name>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="107"/>
        <source>このレッスンには確認テストがありません。</source>
        <translation>This lesson has no quiz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quiz_widget.py" line="139"/>
        <source>&lt;b&gt;{0} 問中 {1} 問正解でした。&lt;/b&gt; 「完了にする」で記録できます。</source>
        <translation>&lt;b&gt;{1} of {0} correct.&lt;/b&gt; Click &quot;Mark as complete&quot; to record it.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="57"/>
        <source>報告書（取引先への状況報告）</source>
        <translation>Report (status report for customers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="60"/>
        <source>取引先に「セキュリティ対策の状況は？」と聞かれたときに渡す報告書です。内容を確かめてから、PDF で印刷するか、Excel・CSV・JSON で渡します。英語でも作れます。</source>
        <translation>The report for a customer who asks about your security. Check it, then print it as a PDF or send it as Excel, CSV or JSON, in Japanese or English.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="66"/>
        <source>概要のみ</source>
        <translation>Summary only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="67"/>
        <source>要求事項ごと</source>
        <translation>By requirement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="68"/>
        <source>要求事項ごと＋社内メモ</source>
        <translation>By requirement + internal notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="70"/>
        <source>詳しさ</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="71"/>
        <source>社内メモは社内向けのことが多いので、ふつうは含めません</source>
        <translation>Internal notes are usually meant for your company only, so they are normally left out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="74"/>
        <source>日本語</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="75"/>
        <source>英語（English）</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="77"/>
        <source>報告書の言葉です。海外の取引先には英語で渡せます</source>
        <translation>The language of the report. For a customer abroad, export it in English.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="80"/>
        <source>宣言者の役職・氏名（例: 代表取締役 山田太郎）</source>
        <translation>Job title and name of the person declaring (e.g. Taro Yamada, CEO)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="82"/>
        <source>宣言者（役職・氏名）</source>
        <translation>Declared by (title and name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="83"/>
        <source>書き出す…（Ctrl+E）</source>
        <translation>Export… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="86"/>
        <source>印刷…（Ctrl+P）</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="88"/>
        <source>詳しさ(&amp;D):</source>
        <translation>&amp;Detail:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="90"/>
        <source>言語(&amp;L):</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="92"/>
        <source>報告書の言語</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="110"/>
        <source>宣言者(&amp;B):</source>
        <translation>Declared &amp;by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="93"/>
        <source>★3 の確認と宣誓…</source>
        <translation>★3 review and pledge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="94"/>
        <source>専門家が評価基準ごとに確認し、経営層が宣誓する画面を開きます</source>
        <translation>Opens the screen where an expert confirms each criterion and management records the pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="123"/>
        <source>載せる制度:</source>
        <translation>Schemes in the report:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="127"/>
        <source>目標の制度には最初からチェックが付いています。ほかの制度も載せられます</source>
        <translation>Your target schemes are ticked; you can add others</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="116"/>
        <source>報告書の見本</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="133"/>
        <source>載せる制度</source>
        <translation>Schemes in the report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="177"/>
        <source>&lt;p&gt;会社を登録すると、ここに報告書の見本が表示されます。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Once you add a company, a preview of the report appears here.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="199"/>
        <source>報告書を書き出す</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="215"/>
        <source>報告書を書き出しています…</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="218"/>
        <source>書き出せませんでした</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="219"/>
        <source>報告書は保存されていません: {0}</source>
        <translation>The report was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="217"/>
        <source>報告書を書き出しました: {0}</source>
        <translation>Report exported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="217"/>
        <source>報告書</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="236"/>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_view.py" line="237"/>
        <source>この環境では印刷を使えません。PDF に書き出して印刷してください。</source>
        <translation>Printing isn&apos;t available here. Export to PDF and print that instead.</translation>
    </message>
</context>
<context>
    <name>ReviewDateBox</name>
    <message>
        <location filename="../../desktop/ui/review_date.py" line="26"/>
        <source>決めないときは、自社診断に答えた日の1年後が見直しの目安になります（まだ答えていません）。</source>
        <translation>If you do not set one, the review is due a year after you answer the self-check (not answered yet).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_date.py" line="28"/>
        <source>決めないときは、最後の自社診断の1年後（{0}）が見直しの目安です。</source>
        <translation>If you do not set one, the review is due a year after the last self-check ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_date.py" line="34"/>
        <source>見直しの日を自分で決める</source>
        <translation>Set the review date myself</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_date.py" line="38"/>
        <source>次の見直しの日</source>
        <translation>Next review date</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="42"/>
        <source>★3 の確認（専門家の確認と経営層の宣誓）</source>
        <translation>★3 review (expert confirmation and management&apos;s pledge)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="45"/>
        <source>★3 は、会社の自己評価を社内外の専門家が確認して助言し、経営層が宣誓するしくみです。専門家は評価基準ごとに回答・範囲・根拠を確かめ、確認済みにします。確認の後で回答や根拠が変わると「確認後に変更あり」になり、もう一度見てもらいます。Mamori は記録するだけで、どこにも登録や届出をしません。</source>
        <translation>At ★3 the company assesses itself, an in-house or external expert checks it and gives advice, and management makes a pledge. The expert checks the answer, scope and evidence of each criterion and marks it confirmed. If the answer or evidence changes afterwards, it shows &quot;Changed since confirmation&quot; and needs another look. Mamori only keeps the record; it registers or reports nothing anywhere.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="53"/>
        <source>表示:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="55"/>
        <source>すべて</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="55"/>
        <location filename="../../desktop/ui/review_view.py" line="58"/>
        <source>未確認</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="56"/>
        <source>確認後に変更あり</source>
        <translation>Changed since confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="56"/>
        <source>未達</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="58"/>
        <source>確認後に変更あり（見直しが必要）</source>
        <translation>Changed since confirmation (needs another look)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="59"/>
        <source>確認済み</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="64"/>
        <source>表示中をすべて選ぶ</source>
        <translation>Select all shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="70"/>
        <source>★3 の評価基準</source>
        <translation>★3 criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="72"/>
        <source>評価基準</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="72"/>
        <source>内容</source>
        <translation>What it asks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="72"/>
        <source>自己評価</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="72"/>
        <source>根拠</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="73"/>
        <location filename="../../desktop/ui/review_view.py" line="96"/>
        <source>専門家の確認</source>
        <translation>Expert confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="100"/>
        <source>確認した人の氏名</source>
        <translation>Name of the person confirming</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="102"/>
        <source>所属（会社名・事務所名など）</source>
        <translation>Organisation (company, office)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="103"/>
        <source>社外の専門家</source>
        <translation>External expert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="111"/>
        <source>助言（足りない点、次にすること、根拠の例）</source>
        <translation>Advice (gaps, next steps, examples of evidence)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="113"/>
        <source>回答・範囲・根拠を確認しました</source>
        <translation>I have checked the answer, scope and evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="115"/>
        <source>選んだ評価基準を確認済みにする</source>
        <translation>Mark the selected criteria as confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="124"/>
        <source>経営層の宣誓</source>
        <translation>Management&apos;s pledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="128"/>
        <source>宣誓書を書き出す（PDF）…</source>
        <translation>Write the pledge page (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="130"/>
        <source>署名された宣誓を記録…</source>
        <translation>Record the signed pledge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="146"/>
        <source>宣誓: {0}（{1}）</source>
        <translation>Pledge: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="147"/>
        <source>宣誓はまだ記録されていません。宣誓書を印刷し、署名・押印してから記録します。</source>
        <translation>No pledge recorded yet. Print the pledge page, have it signed and sealed, then record it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="159"/>
        <source>（会社の判断）</source>
        <translation> (company&apos;s judgement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="172"/>
        <source>{0} 件表示（★3 の {1} 基準のうち 確認済み {2}、変更あり {3}、未確認 {4}）</source>
        <translation>{0} shown (of the {1} ★3 criteria: {2} confirmed, {3} changed, {4} not confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="205"/>
        <source>確認を記録できませんでした</source>
        <translation>The confirmation was not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="205"/>
        <source>何も記録されていません。</source>
        <translation>Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="209"/>
        <source>{0} 件の評価基準を確認済みにしました</source>
        <translation>{0} criteria marked as confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="221"/>
        <source>宣誓書を書き出す</source>
        <translation>Write the pledge page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="228"/>
        <source>書き出せませんでした</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="228"/>
        <source>宣誓書は保存されていません: {0}</source>
        <translation>The pledge page was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="230"/>
        <source>宣誓書を書き出しました: {0}</source>
        <translation>Pledge page written: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="231"/>
        <source>宣誓書</source>
        <translation>Pledge page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="239"/>
        <source>宣誓を記録しました</source>
        <translation>Pledge recorded</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="247"/>
        <source>★3 の確認</source>
        <translation>★3 review</translation>
    </message>
</context>
<context>
    <name>SelfCheckView</name>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="93"/>
        <source>自社診断（5分でできる！情報セキュリティ自社診断）</source>
        <translation>Self-check (5-Minute Information Security Self-Check)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="97"/>
        <source>25の質問に、実際の様子をいちばんよく知っている人が答えます。「わからない」は −1 点です。あとで必ず確かめましょう。</source>
        <translation>The person who knows best how things are really done should answer the 25 questions. &quot;Don&apos;t know&quot; scores −1 point, so be sure to check those later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="115"/>
        <source>自社診断の25の質問</source>
        <translation>The 25 self-check questions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="135"/>
        <source>自社診断のデータが読み込めませんでした。</source>
        <translation>The Self-check data could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="166"/>
        <source>自社診断の回答を保存しました（質問 {0}）</source>
        <translation>Self-check answer saved (question {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="184"/>
        <source>{0} / {1} 点</source>
        <translation>{0} / {1} points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="190"/>
        <source>回答 {0} / {1}。すべて答えると、点数の意味が表示されます。</source>
        <translation>Answered {0} / {1}. Answer all questions to see what the score means.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selfcheck_view.py" line="192"/>
        <source>「わからない」が {0} 問あります。担当者に確かめましょう。</source>
        <translation>&quot;Don&apos;t know&quot; answers: {0}. Check them with the person in charge.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="45"/>
        <location filename="../../desktop/ui/settings_view.py" line="48"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="52"/>
        <source>表示</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="61"/>
        <source>標準</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="61"/>
        <source>大きい</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="61"/>
        <source>とても大きい</source>
        <translation>Very large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="59"/>
        <location filename="../../desktop/ui/settings_view.py" line="66"/>
        <source>言語 / Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="65"/>
        <location filename="../../desktop/ui/settings_view.py" line="67"/>
        <source>文字の大きさ</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="73"/>
        <source>データの保存場所</source>
        <translation>Where your data is stored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="75"/>
        <source>データはこのパソコンの中だけに保存され、外部には送られません。</source>
        <translation>Your data is stored only on this computer and is never sent anywhere else.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="79"/>
        <source>データのフォルダ</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="80"/>
        <source>フォルダを開く</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="87"/>
        <source>教材パック（支援者や業界団体の教材）</source>
        <translation>Content packs (lessons from consultants and industry groups)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="89"/>
        <source>教材パック（フォルダまたは .zip）をこのフォルダに入れて Mamori を起動し直すと、「学ぶ」と「チェックリスト」に加わります。同梱の教材と同じ検査を通ったものだけが表示されます。</source>
        <translation>Put a content pack (a folder or a .zip) into this folder and restart Mamori: it is added to Learn and Checklists. Only material that passes the same checks as the bundled lessons is shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="92"/>
        <source>教材パックのフォルダ</source>
        <translation>Content packs folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="93"/>
        <source>教材パックのフォルダを開く</source>
        <translation>Open the content packs folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="100"/>
        <source>バックアップ</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="102"/>
        <source>毎日はじめて起動したときと、データの形式を更新する前に、自動でバックアップを取ります。</source>
        <translation>A backup is made automatically the first time you start Mamori each day, and before the data format is updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="106"/>
        <source>バックアップの一覧</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="109"/>
        <source>今すぐバックアップ</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="111"/>
        <source>選んだバックアップに戻す…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="126"/>
        <source>引き継ぎファイル（別のパソコンへ移す）</source>
        <translation>Hand-over file (move to another computer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="128"/>
        <source>この会社を書き出す…</source>
        <translation>Export this company…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="130"/>
        <source>渡して、このパソコンから削除…</source>
        <translation>Hand over and remove from this PC…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="131"/>
        <source>パスワード付きの引き継ぎファイルを書き出して確かめてから、この会社を削除します</source>
        <translation>Writes a password-protected hand-over file, checks it, then removes this company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="133"/>
        <source>読み込む…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="135"/>
        <source>★3 の証跡ファイルも含める</source>
        <translation>Include the ★3 evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="136"/>
        <source>含めないときは、ファイルの名前とハッシュ値だけを書き出します（引き継ぎファイルは 20 MB まで）</source>
        <translation>Without them, only the files&apos; names and hashes are written (a hand-over file may be up to 20 MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="142"/>
        <source>Mamori について</source>
        <translation>About Mamori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="145"/>
        <source>Mamori {0}・Python {1}・Qt {2}</source>
        <translation>Mamori {0} · Python {1} · Qt {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="146"/>
        <source>SCS評価制度 要求事項: {0} 版</source>
        <translation>SCS scheme requirements: version {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="147"/>
        <source>日本語フォント: Noto Sans JP（SIL Open Font License 1.1）</source>
        <translation>Japanese font: Noto Sans JP (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="153"/>
        <source>ライセンス文書を開く</source>
        <translation>Open the licence texts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="165"/>
        <source>Mamori のプログラムは Apache License 2.0、教材とチェックリストは CC BY 4.0 で公開しています。</source>
        <translation>Mamori&apos;s program is published under the Apache License 2.0, its lessons and checklists under CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="168"/>
        <source>Qt と PySide6 は LGPL-3.0、Python は PSF ライセンスで使用しています。ほかのライブラリのライセンスは、それぞれと一緒にインストールされています。</source>
        <translation>Qt and PySide6 are used under the LGPL-3.0, Python under the PSF licence. The other libraries&apos; licences are installed with each of them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="173"/>
        <source>同梱のソフトウェア: {0}</source>
        <translation>Software included: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="188"/>
        <source>言語は次に起動したときに切り替わります。 / The language changes at the next start.</source>
        <translation>The language changes at the next start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="189"/>
        <source>言語の設定を保存しました</source>
        <translation>Language setting saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="200"/>
        <source>文字の大きさを変更しました</source>
        <translation>Text size changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="227"/>
        <source>バックアップできませんでした</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="228"/>
        <source>バックアップは作られていません。記録そのものは、これまでどおり保存されています。</source>
        <translation>No backup was made. Your records themselves are saved as before.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="305"/>
        <source>引き継ぎファイルを書き出しています…</source>
        <translation>Exporting the hand-over file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="222"/>
        <source>バックアップを保存しました: {0}</source>
        <translation>Backup saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="236"/>
        <source>戻したいバックアップを一覧から選んでください</source>
        <translation>Choose a backup to restore from the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="241"/>
        <source>バックアップに戻す</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="242"/>
        <source>今のデータを脇に保存してから、{0} の状態に戻します。Mamori は終了します。よろしいですか？</source>
        <translation>Mamori will first set your current data aside, then go back to the state of {0}. Mamori will then close. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="261"/>
        <source>バックアップに戻せませんでした</source>
        <translation>Could not go back to the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="262"/>
        <source>今の記録はそのまま残っています。Mamori を終了するので、もう一度起動してください。</source>
        <translation>Your current records are left as they were. Mamori will now close; please start it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="254"/>
        <source>バックアップに戻しました</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="230"/>
        <source>バックアップしています…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="255"/>
        <source>戻しました。もう一度 Mamori を起動してください。</source>
        <translation>Restored. Please start Mamori again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="268"/>
        <source>バックアップに戻しています…</source>
        <translation>Going back to the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="282"/>
        <source>引き継ぎファイルを書き出す</source>
        <translation>Export hand-over file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="283"/>
        <source>引き継ぎファイル (*.json)</source>
        <translation>Hand-over file (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="296"/>
        <location filename="../../desktop/ui/settings_view.py" line="300"/>
        <source>書き出せませんでした</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="297"/>
        <source>引き継ぎファイルが 20 MB を超えるため、保存していません: {0}</source>
        <translation>The hand-over file would be larger than 20 MB, so it was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="298"/>
        <source>「★3 の証跡ファイルも含める」を外して書き出し、ファイルは別に渡してください。</source>
        <translation>Untick &quot;Include the ★3 evidence files&quot;, write it again and hand the files over separately.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="301"/>
        <source>引き継ぎファイルは保存されていません: {0}</source>
        <translation>The hand-over file was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="289"/>
        <source>書き出しました: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_view.py" line="292"/>
        <source>引き継ぎファイル</source>
        <translation>hand-over file</translation>
    </message>
</context>
<context>
    <name>Star3ReminderCard</name>
    <message>
        <location filename="../../desktop/ui/star3_card.py" line="18"/>
        <source>★3 の見直し</source>
        <translation>★3: time for another look</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/star3_card.py" line="22"/>
        <source>★3 の確認を開く</source>
        <translation>Open the ★3 review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/star3_card.py" line="45"/>
        <source>経営層の宣誓（{0}）から 1 年以上たちました。内容を見直して、あらためて宣誓しましょう。</source>
        <translation>More than a year has passed since management&apos;s pledge ({0}). Review it and make the pledge again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/star3_card.py" line="48"/>
        <source>専門家の確認から 1 年以上たった評価基準が {0} 件あります。もう一度見てもらいましょう。</source>
        <translation>{0} criteria were confirmed by an expert more than a year ago. Ask for another look.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/star3_card.py" line="50"/>
        <source>期限が過ぎた根拠（証跡）がある評価基準が {0} 件あります: {1}</source>
        <translation>{0} criteria rest on evidence that has expired: {1}</translation>
    </message>
</context>
<context>
    <name>SuppliersView</name>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="57"/>
        <source>取引先の状況</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="60"/>
        <source>取引先から受け取った報告書（JSON）をフォルダにまとめて選ぶと、改ざんがないかを確かめてから一覧にします。内容は各社の自己申告です。</source>
        <translation>Put the reports (JSON) you received from your suppliers in one folder and choose it: each file is checked for changes, then listed here. What they say is each company&apos;s own statement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="67"/>
        <source>フォルダを選んで読み込む…</source>
        <translation>Choose a folder and read it…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="71"/>
        <source>SCS評価制度 ★3</source>
        <translation>SCS scheme ★3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="71"/>
        <source>SCS評価制度 ★4</source>
        <translation>SCS scheme ★4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="72"/>
        <source>SECURITY ACTION ★一つ星</source>
        <translation>SECURITY ACTION ★ (one star)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="73"/>
        <source>SECURITY ACTION ★★二つ星</source>
        <translation>SECURITY ACTION ★★ (two stars)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="76"/>
        <source>制度</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="78"/>
        <source>すべて</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="79"/>
        <location filename="../../desktop/ui/suppliers_view.py" line="97"/>
        <location filename="../../desktop/ui/suppliers_view.py" line="130"/>
        <source>達成</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="80"/>
        <location filename="../../desktop/ui/suppliers_view.py" line="130"/>
        <source>未達成</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="83"/>
        <source>報告書を開く</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="85"/>
        <source>CSV に書き出す…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="87"/>
        <source>制度:</source>
        <translation>Scheme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="89"/>
        <source>状況:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="97"/>
        <source>会社名</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="97"/>
        <source>業種</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="97"/>
        <source>従業員数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="97"/>
        <source>報告日</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="98"/>
        <source>該当しない</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="98"/>
        <source>基準数</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="82"/>
        <location filename="../../desktop/ui/suppliers_view.py" line="98"/>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="98"/>
        <source>自社診断の点数</source>
        <translation>Self-check score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="99"/>
        <source>期限切れの改善計画</source>
        <translation>Overdue plan entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="102"/>
        <source>取引先の一覧</source>
        <translation>List of suppliers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="116"/>
        <source>読み込めなかったファイル</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="143"/>
        <source>{0} 社</source>
        <translation>{0} companies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="150"/>
        <source>読み込めなかったファイル（{0} 件）:</source>
        <translation>Files that could not be read ({0}):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="161"/>
        <source>取引先の報告書があるフォルダを選ぶ</source>
        <translation>Choose the folder with your suppliers&apos; reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="164"/>
        <source>報告書を確かめています…</source>
        <translation>Checking the reports…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="175"/>
        <source>読み込めませんでした</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="176"/>
        <source>取引先の一覧を保存できませんでした: {0}</source>
        <translation>The supplier list could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="177"/>
        <source>データフォルダに書き込めるか、空き容量があるかを確かめてください。</source>
        <translation>Check that the data folder can be written to and that there is free space.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="181"/>
        <source>{0} 件のファイルを確かめました（新しい取引先 {1} 社、更新 {2} 社、読み込めなかったもの {3} 件）</source>
        <translation>Checked {0} files ({1} new suppliers, {2} updated, {3} could not be read)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="192"/>
        <source>報告書を開けませんでした</source>
        <translation>The report could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="192"/>
        <source>この取引先の報告書を開けませんでした。</source>
        <translation>This supplier&apos;s report could not be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="193"/>
        <source>フォルダをもう一度読み込んでください。</source>
        <translation>Read the folder again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="199"/>
        <source>{0} の報告書</source>
        <translation>Report of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="214"/>
        <source>取引先の一覧を書き出す</source>
        <translation>Export the supplier list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="221"/>
        <source>書き出せませんでした</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="221"/>
        <source>ファイルを保存できませんでした: {0}</source>
        <translation>Could not save the file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="222"/>
        <source>保存先のフォルダや、同じ名前のファイルが開いたままでないかを確かめてください。</source>
        <translation>Check the destination folder, and make sure no file with the same name is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suppliers_view.py" line="224"/>
        <source>取引先の一覧を書き出しました: {0}（{1} バイト）</source>
        <translation>Supplier list exported: {0} ({1} bytes)</translation>
    </message>
</context>
<context>
    <name>TakeOverPanel</name>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="32"/>
        <source>この答えを使う</source>
        <translation>Use this answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="50"/>
        <source>問{0}「{1}」</source>
        <translation>question {0} &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="51"/>
        <source>問{0}</source>
        <translation>question {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="66"/>
        <source>問{0}では『{1}』</source>
        <translation>question {0}: &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="67"/>
        <source>自社診断の{0}と答えています。答えが分かれているので、この項目の状態はご自分で選んでください。</source>
        <translation>In the self-check you answered {0}. The answers differ, so choose this item&apos;s status yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="77"/>
        <source>この状態『{0}』は、自社診断の{1}の答えから取り込みました（履歴に残っています）。</source>
        <translation>This status, &quot;{0}&quot;, was taken over from the self-check, {1} (recorded in the history).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="80"/>
        <source>自社診断の{0}でも『{1}』と答えています。この項目の状態と同じです。</source>
        <translation>In the self-check, {0}, you also answered &quot;{1}&quot;: the same as this item&apos;s status.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="84"/>
        <source>自社診断の{0}では『{1}』と答えています。この項目にも当てはまるなら使えます。</source>
        <translation>In the self-check, {0}, you answered &quot;{1}&quot;. Use it if it holds for this item too.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="87"/>
        <source>自社診断の{0}では『{1}』と答えています（いまの状態は『{2}』）。この項目にも当てはまるなら使えます。</source>
        <translation>In the self-check, {0}, you answered &quot;{1}&quot; (the status now is &quot;{2}&quot;). Use it if it holds for this item too.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/takeover_panel.py" line="90"/>
        <source>この項目の状態を自社診断の答えに合わせます。履歴には自社診断から取り込んだことが残ります。</source>
        <translation>Sets this item&apos;s status to match the self-check answer. The history records that it came from the self-check.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>今日のバックアップを作れませんでした（ディスクの空きと書き込みの権限を確かめてください）。記録そのものは保存されています。</source>
        <translation>Today&apos;s backup could not be made (check free disk space and write permission). Your records themselves are saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="185"/>
        <source>設定を保存できません（書き込みの権限かディスクの空きがありません）。変えた設定は、Mamori を閉じると元に戻ります。</source>
        <translation>Settings cannot be saved (no permission to write, or the disk is full). Changes to them last until Mamori is closed.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="79"/>
        <source>ディスクの空きがありません。</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="80"/>
        <source>いらないファイルを消して空きを作ってから、もう一度試してください。</source>
        <translation>Delete files you no longer need to make space, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="82"/>
        <source>この場所には書き込めません（読み取り専用か、書き込みの権限がありません）。</source>
        <translation>This place cannot be written to (it is read-only, or you have no permission to write there).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="83"/>
        <source>別のフォルダーを選ぶか、書き込みの権限をもらってください。</source>
        <translation>Choose another folder, or ask for permission to write there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="85"/>
        <source>保存先のフォルダーがありません。</source>
        <translation>The folder to save in does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86"/>
        <source>フォルダーを作るか、別のフォルダーを選んでください。</source>
        <translation>Create the folder, or choose another one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="88"/>
        <source>保存先の途中に、フォルダーではなくファイルがあります。</source>
        <translation>Part of the path is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="89"/>
        <source>別の場所を選んでください。</source>
        <translation>Please choose another place.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="91"/>
        <source>ほかのプログラムがこのファイルを使っています。</source>
        <translation>Another program is using this file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="92"/>
        <source>そのプログラムを閉じてから、もう一度試してください。</source>
        <translation>Close that program, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="93"/>
        <source>書き込みに失敗しました。</source>
        <translation>Writing failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="94"/>
        <source>保存先とディスクの状態を確かめて、もう一度試してください。</source>
        <translation>Check the place you save to and the disk, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="111"/>
        <source>記録ファイルに書けないため、詳しい記録は残せませんでした。</source>
        <translation>The log file cannot be written, so no details could be kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="115"/>
        <source>保存できませんでした</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="116"/>
        <source>{0}
直前の操作は保存されていません。それより前に保存した記録はそのまま残っています。</source>
        <translation>{0}
Your last action was not saved. Everything saved before it is still there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="121"/>
        <source>予期しないエラー</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="122"/>
        <source>予期しないエラーが起きました。直前の操作は保存されていない可能性があります。それより前に保存した記録はそのまま残っています。</source>
        <translation>An unexpected error occurred. Your last action may not have been saved. Everything saved before it is still there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="110"/>
        <source>詳しい記録をこのファイルに残しました。サポートに送ってください:
{0}</source>
        <translation>A detailed log was saved to this file. Please send it to support:
{0}</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="68"/>
        <source>保存しました</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="69"/>
        <source>{0}を保存しました。</source>
        <translation>The {0} has been saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="72"/>
        <source>ファイルを開く</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="73"/>
        <source>フォルダを開く</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="74"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>install</name>
    <message>
        <location filename="../../desktop/app.py" line="248"/>
        <source>Mamori を起動できません</source>
        <translation>Mamori cannot start</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="249"/>
        <source>Mamori の教材またはフォントが見つかりません。インストールが不完全です。Mamori をインストールし直してください。</source>
        <translation>Mamori&apos;s lessons or font cannot be found: the installation is incomplete. Please reinstall Mamori.</translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <location filename="../../desktop/ui/instance.py" line="27"/>
        <source>Mamori はすでに開いています</source>
        <translation>Mamori is already open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/instance.py" line="28"/>
        <source>このデータのフォルダは、別の Mamori のウィンドウで開かれています。タスクバーから、開いている Mamori のウィンドウに切り替えてください。</source>
        <translation>This data folder is already open in another Mamori window. Switch to that window from the task bar.</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <location filename="../../desktop/ui/lesson_html.py" line="31"/>
        <source>このレッスンに対応するチェックリスト項目</source>
        <translation>Checklist items for this lesson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_html.py" line="36"/>
        <source>出典</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lesson_html.py" line="38"/>
        <source>約{0}分 ・ 対象: {1}</source>
        <translation>About {0} min · For: {1}</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="55"/>
        <source>お待ちください</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="138"/>
        <source>会社を削除</source>
        <translation>Delete company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="139"/>
        <source>「{0}」の記録をすべて削除しますか？</source>
        <translation>Delete all records of &quot;{0}&quot;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="141"/>
        <source>学習の記録、チェックリスト、自社診断の回答、変更の履歴がこのパソコンから完全に消え、元に戻せません。残しておきたい場合は、先に「引き継ぎファイルを書き出す」で保存してください。</source>
        <translation>Learning records, checklists, Self-check answers and the change history will be permanently removed from this computer and cannot be recovered. To keep them, first save them with &quot;Export hand-over file&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="143"/>
        <source>古いバックアップからも消す（ほかの会社の記録は新しいバックアップに残ります）</source>
        <translation>Also remove it from older backups (the other companies stay in a new backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="146"/>
        <source>削除する</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialog.py" line="147"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="34"/>
        <source>相談員の情報を読めませんでした</source>
        <translation>The consultant details could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="35"/>
        <source>相談員の情報のファイルが壊れています。</source>
        <translation>The file with the consultant details is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="36"/>
        <source>「設定」の「相談員の情報」を入れ直して保存してください。</source>
        <translation>Enter the consultant details again under Settings and save them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="178"/>
        <source>引き継ぎファイルを読み込む</source>
        <translation>Import hand-over file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="178"/>
        <source>引き継ぎファイル (*.mamori *.json)</source>
        <translation>Hand-over files (*.mamori *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="181"/>
        <source>このファイルにはパスワードがかかっています。書き出した人から聞いたパスワードを入れてください。</source>
        <translation>This file is protected with a password. Enter the password you were given by the person who wrote it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="204"/>
        <source>パスワードが違うか、ファイルが書き出したあとで変わっています。もう一度入れてください。</source>
        <translation>The password is wrong, or the file was changed after it was written. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="207"/>
        <source>読み込みをやめました。データは何も変わっていません。</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="213"/>
        <location filename="../../desktop/ui/handover_ui.py" line="223"/>
        <source>読み込めませんでした</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="214"/>
        <source>ファイルを開けませんでした。データは何も変わっていません: {0}</source>
        <translation>The file could not be opened. Nothing was changed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="196"/>
        <source>読み込みました</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="197"/>
        <source>「{0}」を読み込みました。</source>
        <translation>&quot;{0}&quot; was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="218"/>
        <source>引き継ぎファイルを読み込んでいます…</source>
        <translation>Reading the hand-over file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="224"/>
        <source>このファイルは引き継ぎファイルとして読み込めませんでした。データは何も変わっていません。</source>
        <translation>This file could not be read as a hand-over file. Nothing in your data has changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="225"/>
        <source>書き出した人に、もう一度書き出してもらってください。</source>
        <translation>Please ask the person who exported the file to export it again.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="25"/>
        <source>新しい版の Mamori の記録です</source>
        <translation>Records from a newer Mamori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="26"/>
        <source>この記録は、これより新しい版の Mamori で作られたため、この版では開けません。記録はそのまま残してあります。
{0}</source>
        <translation>These records were made by a newer version of Mamori, so this version cannot open them. They have been left as they are.
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="27"/>
        <source>新しい版の Mamori を入れてから起動してください。</source>
        <translation>Install the newer version of Mamori, then start it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="30"/>
        <location filename="../../desktop/ui/recovery.py" line="52"/>
        <source>データファイルが読み込めません</source>
        <translation>The data file can&apos;t be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="31"/>
        <source>記録のファイルが壊れているか、読めない状態です。どれを選んでも、このファイルは消さずに別の名前にして残します。
{0}</source>
        <translation>The records file is damaged or cannot be read. Whatever you choose, the file is kept under another name, never deleted.
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="36"/>
        <source>いちばん新しいバックアップ（{0:%Y-%m-%d %H:%M}）から戻しますか？</source>
        <translation>Restore from the most recent backup ({0:%Y-%m-%d %H:%M})?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="37"/>
        <source>バックアップから戻す</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="39"/>
        <source>バックアップがありません。新しい空の記録で始めることができます。</source>
        <translation>There are no backups. You can start with a new, empty record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="40"/>
        <source>空の記録で始める</source>
        <translation>Start with an empty record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="41"/>
        <source>終了する</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="52"/>
        <source>バックアップも読み込めませんでした。</source>
        <translation>The backup could not be read either.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="53"/>
        <source>サポートに連絡してください。ファイルは残してあります。</source>
        <translation>Please contact support. The file has been kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="59"/>
        <source>記録を開きました</source>
        <translation>Records opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="60"/>
        <source>読めなかった元のファイルは、次の名前で残してあります:
{0}</source>
        <translation>The original file that could not be read is kept as:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="70"/>
        <source>書き込みの権限がないか、ディスクに空きがないか、ほかのプログラムが使っています。</source>
        <translation>There is no permission to write, the disk is full, or another program is using the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="71"/>
        <source>書き込みの権限があるか、ディスクに空きがあるかを確かめてください。</source>
        <translation>Check that you may write there and that the disk has free space.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="74"/>
        <source>記録を保存する場所が使えません</source>
        <translation>Mamori cannot use its data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="75"/>
        <source>次の場所に記録を保存できません。記録のファイルは変えずに、そのまま残してあります:
{0}</source>
        <translation>Your records cannot be saved in this place. The records file has been left unchanged:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="76"/>
        <source>別の場所を使うときは、--data-dir で保存場所を指定して起動します。</source>
        <translation>To use another place, start Mamori with --data-dir and the folder to use.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="85"/>
        <source>記録の一部の文字が壊れています</source>
        <translation>Some characters in your records are damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="86"/>
        <source>記録のファイルの中に、読めない文字が {0} か所ありました。その文字は「�」で表示しています。ほかの記録はふつうに使えます。</source>
        <translation>The records file had unreadable characters in {0} places. They are shown as &quot;�&quot;. All your other records work as usual.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="96"/>
        <source>一部の教材を読み込めませんでした</source>
        <translation>Some learning material could not be loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="97"/>
        <source>{0} 件の問題があったため、該当する教材を飛ばしました。ほかの教材はふつうに使えます。</source>
        <translation>Some learning material was skipped because of problems ({0}). All other material works as usual.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="99"/>
        <source>教材を作った人に「詳細」の内容を伝えてください。</source>
        <translation>Please send the &quot;Details&quot; to the people who made the learning material.</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <location filename="../../desktop/app.py" line="327"/>
        <source>まず「自社診断」の25問に答えて今の状態をつかみ、次に「学ぶ」の「取引先に説明できる会社へ（★3）」を読みながら、チェックリストに取り組みましょう。</source>
        <translation>Start by answering the 25 questions of the Self-check to see where you stand. Then work through the checklists while reading the &quot;Ready to explain to customers (SCS ★3)&quot; track in Learn.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="330"/>
        <source>まず「自社診断」の25問に答えて今の状態をつかみましょう。従業員の皆さんには「学ぶ」の「はじめの一歩」から読んでもらうのがおすすめです。</source>
        <translation>Start by answering the 25 questions of the Self-check to see where you stand. For your staff, the &quot;First steps&quot; track in Learn is the best place to begin.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="332"/>
        <source>どこから始めるか</source>
        <translation>Where to start</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="95"/>
        <location filename="../../desktop/ui/consult_actions.py" line="124"/>
        <source>相談結果シート</source>
        <translation>Consultation result sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="95"/>
        <source>先に会社を選んでください。</source>
        <translation>Choose a company first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="115"/>
        <source>相談結果シートを書き出す</source>
        <translation>Save consultation result sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="116"/>
        <source>{0}-相談結果シート.pdf</source>
        <translation>{0}-consultation-sheet.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="116"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="125"/>
        <source>書き出せませんでした</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="126"/>
        <source>相談結果シートは保存されていません: {0}</source>
        <translation>The consultation result sheet was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="124"/>
        <source>書き出しました: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="122"/>
        <source>相談結果シートを書き出しています…</source>
        <translation>Saving the consultation result sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="145"/>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="146"/>
        <source>この環境では印刷を使えません。PDF に書き出して印刷してください。</source>
        <translation>Printing isn&apos;t available here. Export to PDF and print that instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="148"/>
        <source>印刷できませんでした</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consult_actions.py" line="148"/>
        <source>相談結果シートは印刷されていません。</source>
        <translation>The consultation result sheet was not printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="103"/>
        <source>引き継ぎ-{0}.mamori</source>
        <translation>handover-{0}.mamori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="105"/>
        <source>引き継ぎファイルの保存先</source>
        <translation>Where to save the hand-over file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="106"/>
        <source>引き継ぎファイル (*.mamori *.json)</source>
        <translation>Hand-over files (*.mamori *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="128"/>
        <source>引き継ぎファイルを保存できませんでした</source>
        <translation>The hand-over file could not be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="129"/>
        <source>ファイルを書き出せなかったか、読み直すと中身が違いました。会社はこのパソコンに残っています。</source>
        <translation>The file could not be written, or it did not read back the same. The company is still on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="130"/>
        <source>別の保存先（USBメモリなど）を選んで、もう一度試してください。</source>
        <translation>Choose another place (a USB stick, for example) and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="118"/>
        <source>削除を終えられませんでした</source>
        <translation>The removal did not finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="119"/>
        <source>引き継ぎファイルは保存して確かめました: {0}
会社の削除は終わっていません。「会社を削除」でもう一度削除してください。</source>
        <translation>The hand-over file was saved and checked: {0}
The company was not fully removed. Remove it again with &quot;Delete company&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="132"/>
        <source>引き継ぎファイルを書き出して確かめています…</source>
        <translation>Exporting and checking the hand-over file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="141"/>
        <source>引き継ぎファイルを保存して確かめ、「{0}」をこのパソコンから削除しました。</source>
        <translation>The hand-over file was saved and checked, and &quot;{0}&quot; was removed from this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="143"/>
        <source>引き継ぎファイルを保存して確かめました。</source>
        <translation>The hand-over file was saved and checked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="144"/>
        <source>引き継ぎファイルを保存しました</source>
        <translation>Hand-over file saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="147"/>
        <source>保存先: {0}</source>
        <translation>Saved to: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="148"/>
        <source>パスワードは、ファイルとは別の方法（口頭や電話など）で伝えてください。</source>
        <translation>Give the password separately from the file (in person or by phone).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover_ui.py" line="150"/>
        <source>保存しました: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
</TS>
