"""Words shared by the screens and exports."""

from desktop.core.vocab import in_brackets


def test_brackets_follow_the_language():
    assert "SCS 1-1-1" + in_brackets("★3", "ja") == "SCS 1-1-1（★3）"
    assert "First steps" + in_brackets("4/12", "en") == "First steps (4/12)"
