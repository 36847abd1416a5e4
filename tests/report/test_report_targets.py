"""The summary follows the company's targets: `mamori export` defaults, --schemes, old summaries."""

from __future__ import annotations

import json

import jsonschema
import pytest

from desktop.__main__ import main
from desktop.core.summary import verify_summary, with_digest
from desktop.core.targets import scope_items
from tests.support.summary_support import COMPANY, SCHEMA_PATH, fill_store, mixed_plan

OTHER = "目標なし商店"


@pytest.fixture(scope="module")
def data_dir(model, data_folder):
    """Two companies: one whose guide set SECURITY ACTION ★ and SCS ★3, one without a guide."""
    def fill(store):
        profile = fill_store(store, model, mixed_plan(model))
        store.set_guide(profile.id, {"asked": ["sa1", "scs3"], "facts": {"personal": "yes"}},
                        ["sa1", "scs3", "privacy"])
        fill_store(store, model, mixed_plan(model), name=OTHER)

    return data_folder("targets-data", fill)


def export(data_dir, tmp_path, capsys, *extra: str, company: str = COMPANY) -> tuple[int, dict | None, str]:
    out = tmp_path / "summary.json"
    code = main(["--data-dir", str(data_dir), "export", "--profile", company, "--format", "json",
                 "-o", str(out), *extra])
    captured = capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return code, data, captured.out + captured.err


def test_export_covers_the_company_targets_by_default(data_dir, tmp_path, capsys, model):
    code, summary, output = export(data_dir, tmp_path, capsys)
    assert code == 0 and "(schemes: sa1, scs3)" in output
    assert summary["targets"] == {
        "company": ["sa1", "scs3", "privacy"],
        "labels": ["SECURITY ACTION ★一つ星", "SCS評価制度 ★3", "個人情報保護法（漏えい時の報告）"],
        "schemes": ["sa1", "scs3"],
        "all_schemes": False,
    }
    assert list(summary["schemes"]) == ["scs-star3"]
    assert [level["level"] for level in summary["security_action"]] == ["star1"]
    assert "jama" not in summary
    assert {r["lowest_star"] for r in summary["requirements"]} == {3}
    in_scope = scope_items(model, ["sa1", "scs3"])
    assert summary["plan"] and all(entry["item"] in in_scope for entry in summary["plan"])
    jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))).validate(summary)


def test_schemes_all_overrides_the_targets(data_dir, tmp_path, capsys):
    code, summary, output = export(data_dir, tmp_path, capsys, "--schemes", "all")
    assert code == 0 and "(schemes: all)" in output
    assert summary["targets"]["all_schemes"] and summary["targets"]["company"] == ["sa1", "scs3", "privacy"]
    assert list(summary["schemes"]) == ["scs-star3", "scs-star4"] and "jama" in summary
    assert len(summary["security_action"]) == 2


def test_a_comma_list_chooses_the_schemes(data_dir, tmp_path, capsys):
    code, summary, _ = export(data_dir, tmp_path, capsys, "--schemes", "scs4,jama")
    assert code == 0
    assert summary["targets"]["schemes"] == ["scs4", "jama"]
    assert list(summary["schemes"]) == ["scs-star4"] and "jama" in summary
    assert summary["security_action"] == []


def test_a_company_without_targets_gets_every_scheme(data_dir, tmp_path, capsys):
    code, summary, _ = export(data_dir, tmp_path, capsys, company=OTHER)
    assert code == 0
    assert summary["targets"] == {"company": [], "labels": [], "schemes": ["sa1", "sa2", "scs3", "scs4", "jama"],
                                  "all_schemes": True}
    assert list(summary["schemes"]) == ["scs-star3", "scs-star4"]


@pytest.mark.parametrize("value", ["scs5", "", "jc-star", "sa1,,nope"])
def test_an_unknown_scheme_key_is_one_sentence_and_writes_nothing(data_dir, tmp_path, capsys, value):
    code, summary, output = export(data_dir, tmp_path, capsys, "--schemes", value)
    assert code == 1 and summary is None
    assert "--schemes" in output and "Traceback" not in output


def test_verify_still_accepts_a_summary_from_before_the_targets(data_dir, tmp_path, capsys):
    _, summary, _ = export(data_dir, tmp_path, capsys, "--schemes", "all")
    body = {k: v for k, v in summary.items() if k not in ("digest", "targets")}
    old = with_digest(body)
    assert verify_summary(old).ok
    jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))).validate(old)


def test_html_and_csv_of_a_star3_only_summary(data_dir, tmp_path, capsys):
    from desktop.report.html import summary_html
    from desktop.report.tabular import summary_csv

    _, summary, _ = export(data_dir, tmp_path, capsys)
    page = summary_html(summary)
    assert "目標（うちに必要なもの）" in page and "SCS評価制度 ★3、" in page
    assert "対応が必要な評価基準と計画" in page and "目標とした制度だけ" in page
    assert "SCS ★4" not in page and "自工会" not in page
    assert summary_csv(summary).count("\r\n") == 1 + 81
