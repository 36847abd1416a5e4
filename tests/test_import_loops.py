"""No import loop among the desktop modules: each module can be read, and loaded, on its
own terms. Read from the source with ast, so a loop is found before anything runs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def _module_names(package: Path) -> dict[str, Path]:
    names = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _imported(path: Path, known: set[str], *, in_functions: bool) -> set[str]:
    """The KNOWN modules PATH imports at load time (and, with IN_FUNCTIONS, inside its
    functions as well); imports under `if TYPE_CHECKING:` are for the type checker only."""
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not in_functions:
                continue
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    visit([child])
                elif isinstance(child, ast.excepthandler):
                    visit(child.body)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return found & known


def import_loops(package: Path, *, in_functions: bool) -> list[list[str]]:
    """Every loop of imports among PACKAGE's modules, each as the chain of module names
    from one module back to itself."""
    modules = _module_names(package)
    graph = {name: sorted(_imported(path, set(modules), in_functions=in_functions) - {name})
             for name, path in modules.items()}
    loops: list[list[str]] = []
    seen_loops: set[frozenset[str]] = set()
    done: set[str] = set()

    def walk(name: str, chain: list[str]) -> None:
        for target in graph[name]:
            if target in chain:
                loop = chain[chain.index(target):] + [target]
                if frozenset(loop) not in seen_loops:
                    seen_loops.add(frozenset(loop))
                    loops.append(loop)
            elif target not in done:
                walk(target, chain + [target])
        done.add(name)

    for name in sorted(graph):
        if name not in done:
            walk(name, [name])
    return loops


@pytest.mark.parametrize("in_functions", [False, True], ids=["at-load-time", "also-inside-functions"])
def test_no_import_loop_among_desktop_modules(in_functions):
    assert import_loops(PACKAGE, in_functions=in_functions) == []


def test_a_loop_is_found_and_named(tmp_path):
    package = tmp_path / "desktop"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "core" / "__init__.py").write_text("")
    (package / "a.py").write_text("from desktop.core import b\n")
    (package / "core" / "b.py").write_text("def f():\n    from desktop import a\n")
    (package / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import desktop.a\n")
    assert import_loops(package, in_functions=False) == []
    assert import_loops(package, in_functions=True) == [["desktop.a", "desktop.core.b", "desktop.a"]]


def test_the_command_names_stay_where_other_code_imports_them():
    from desktop import cli
    from desktop.cli import errors as cli_errors

    assert cli.CommandError is cli_errors.CommandError
    assert (cli.EXIT_OK, cli.EXIT_PROBLEMS, cli.EXIT_USAGE) == (0, 1, 2)
