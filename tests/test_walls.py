"""The two walls: domain and storage never load Qt; widgets never run SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def test_core_and_storage_load_no_qt_in_a_fresh_interpreter():
    code = (
        "import sys, pkgutil, importlib, desktop.core, desktop.storage, desktop.actions\n"
        "for pkg in (desktop.core, desktop.storage):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "loaded = sorted(n for n in sys.modules if n.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _connection_uses(path: Path) -> list[str]:
    """Every `x.db` attribute (the store's connection) and `sqlite3` name in PATH's code,
    as `line: text`; strings and comments do not count."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "db":
            found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.Name) and node.id in ("sqlite3", "sqlite_utils"):
            found.append(f"{node.lineno}: {node.id}")
    return sorted(found)


def test_ui_modules_never_touch_sqlite_directly():
    for path in (PACKAGE / "ui").glob("*.py"):
        imported = _imports(path)
        assert not any(name.startswith(("sqlite3", "sqlite_utils")) for name in imported), path.name
        assert _connection_uses(path) == [], path.name


def test_the_connection_check_sees_what_it_is_meant_to(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""uses suppliers.db"""\nrows = self.session.store.db.execute("SELECT 1")\n'
                      "kind = sqlite3.Error\n", encoding="utf-8")
    assert _connection_uses(sample) == ["2: self.session.store.db", "3: sqlite3"]


def test_domain_modules_import_no_qt_even_lazily():
    for folder in ("core", "storage"):
        for path in [*(PACKAGE / folder).glob("*.py"), PACKAGE / "actions.py"]:
            assert not any(name.startswith("PySide6") for name in _imports(path)), path
