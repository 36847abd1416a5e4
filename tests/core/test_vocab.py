"""Words shared by the screens and exports."""

from desktop.core.vocab import in_brackets


def test_brackets_follow_the_language():
    assert "SCS 1-1-1" + in_brackets("★3", "ja") == "SCS 1-1-1（★3）"
    assert "First steps" + in_brackets("4/12", "en") == "First steps (4/12)"


def test_the_glossary_the_vocabulary_points_to_has_every_status_and_answer():
    import re
    from pathlib import Path

    from desktop.core import vocab

    named = re.search(r"docs/glossary\.md", vocab.__doc__ or "")
    assert named, "desktop/core/vocab.py names its glossary"
    glossary = (Path(__file__).resolve().parents[2] / named[0]).read_text(encoding="utf-8")
    for status, label in vocab.ITEM_STATUS_LABELS.items():
        assert f"`{status}`" in glossary and label.ja in glossary, status
    for answer in vocab.SELFCHECK_ANSWERS:
        assert f"`{answer}`" in glossary, answer
