"""No module in desktop/ grows past 400 lines: a long file is split by what it does (as
the loader is, by kind of content) before it becomes the place nobody dares to change."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
LIMIT = 400

def line_counts(package: Path) -> dict[str, int]:
    return {path.relative_to(package).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
            for path in sorted(package.rglob("*.py"))}


def over_the_limit(counts: dict[str, int]) -> list[str]:
    return [f"{name}: {count} lines" for name, count in counts.items() if count > LIMIT]


def test_no_module_in_desktop_is_over_400_lines():
    assert over_the_limit(line_counts(PACKAGE)) == []


def test_a_long_new_module_is_found(tmp_path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "short.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")
    (tmp_path / "core" / "long.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    assert over_the_limit(line_counts(tmp_path)) == ["core/long.py: 401 lines"]
