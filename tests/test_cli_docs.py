"""Every `mamori` command and option is described in docs/cli.md, read from the parser
itself, so a command added anywhere fails here until it is documented."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from desktop.cli import build_parser

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
_HEADING = re.compile(r"^#{2,4} `(mamori[^`]*)`\s*$", re.MULTILINE)


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ("mamori",)):
    """(command path, its option strings and positional names, and the old names it still
    answers to) for the parser and every sub-command below it; help options are left out.
    An alias (argparse's `aliases=`, the same sub-parser under a second name) is not a
    command of its own: it has to be named in its command's section."""
    own: list[str] = []
    subcommands = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names: dict[int, list[str]] = {}
            for name, sub in action.choices.items():  # the real name comes before its aliases
                names.setdefault(id(sub), []).append(name)
            subcommands += [(found[0], action.choices[found[0]], found[1:]) for found in names.values()]
        elif isinstance(action, argparse._HelpAction):
            continue
        elif action.option_strings:
            own += action.option_strings
        else:
            own.append(action.dest)
    yield " ".join(path), own
    for name, sub, aliases in subcommands:
        own_aliases = [" ".join((*path, alias)) for alias in aliases]
        for command, options in commands(sub, (*path, name)):
            if command == " ".join((*path, name)):
                options = options + own_aliases
            yield command, options


def sections(text: str) -> dict[str, str]:
    """The text under each `## `mamori …`` heading, up to the next such heading."""
    found = list(_HEADING.finditer(text))
    return {match[1]: text[match.end():following.start() if following else len(text)]
            for match, following in zip(found, [*found[1:], None], strict=True)}


def missing_from(text: str, parser: argparse.ArgumentParser) -> list[str]:
    documented = sections(text)
    missing = []
    for command, options in commands(parser):
        if command not in documented:
            missing.append(f"{command}: no section")
            continue
        missing += [f"{command}: {option}" for option in options if f"`{option}" not in documented[command]]
    return missing


def test_every_command_and_option_is_in_the_docs():
    assert missing_from(DOCS.read_text(encoding="utf-8"), build_parser()) == []


def test_a_new_command_or_option_is_noticed():
    parser = build_parser()
    text = DOCS.read_text(encoding="utf-8")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    new = sub.add_parser("tidy")
    new.add_argument("--dry-run", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    assert missing_from(text, parser) == ["mamori: --quiet", "mamori tidy: no section"]
    assert missing_from(text + "\n## `mamori tidy`\n\n- `--dry-run`: only say what would go.\n"
                        "- `--quiet`: fewer lines.\n", parser) == ["mamori: --quiet"]



def test_an_alias_is_named_in_its_command_section_not_a_section_of_its_own():
    parser = build_parser()
    text = DOCS.read_text(encoding="utf-8")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sub.add_parser("tidy", aliases=["clean"])
    assert missing_from(text, parser) == ["mamori tidy: no section"]
    assert missing_from(text + "\n## `mamori tidy`\n\nTidies.\n", parser) == ["mamori tidy: mamori clean"]
    assert missing_from(text + "\n## `mamori tidy`\n\n`mamori clean` is its old name.\n", parser) == []
