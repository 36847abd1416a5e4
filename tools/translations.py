"""The English UI translation: mamori_en.ts is its one source, mamori_en.qm is built from it.

Japanese is the source language of every UI string. resources/translations/mamori_en.ts
holds the English for each one; edit it in Qt Linguist, by hand, or with --set. The app
loads mamori_en.qm, which this script builds from the .ts.

    .venv/bin/python tools/translations.py                       bring the .ts up to date with
        the code (new strings come in unfinished, removed ones go), build the .qm and list the
        strings still untranslated
    .venv/bin/python tools/translations.py --set 日本語 English   the same, and give a string
        its English (repeat --set for more; write a new line as \\n)
    .venv/bin/python tools/translations.py --check               change nothing; exit 1 while
        a string is untranslated, a placeholder is lost, or the .qm is not what the .ts builds to

Translations already in the .ts are kept as they are: pyside6-lupdate only adds strings the
code gained and drops the ones it lost (-no-obsolete; git keeps their history).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS_NAME = "mamori_en.ts"
QM_NAME = "mamori_en.qm"
PLACEHOLDER = re.compile(r"\{\d+\}")
GONE = ("obsolete", "vanished")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[Path]:
    return [ROOT / "desktop" / "app.py", *sorted((ROOT / "desktop" / "ui").glob("*.py"))]


def run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def lupdate(ts: Path) -> None:
    """Merge the code's strings into TS: translations stay, new strings come in unfinished."""
    run([tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete",
         "-source-language", "ja", "-target-language", "en", "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> None:
    run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)])


def messages(ts: Path) -> list[ET.Element]:
    """The messages of TS the code still uses (not obsolete or vanished)."""
    found = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in GONE:
            found.append(message)
    return found


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(source, suggested English) of every unfinished or empty message; lupdate suggests the
    English of the same or a similar string when it has one."""
    found = []
    for message in messages(ts):
        translation = message.find("translation")
        text = "" if translation is None else translation.text or ""
        if translation is None or translation.get("type") == "unfinished" or not text:
            found.append((message.findtext("source") or "", text))
    return found


def placeholder_problems(ts: Path) -> list[str]:
    """Finished messages whose English lacks a {0}-style placeholder of the Japanese, or adds one."""
    problems = []
    for message in messages(ts):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {shown(source)} → {shown(text)}")
    return problems


def shown(text: str) -> str:
    return text.replace("\n", "\\n")


def set_translations(ts: Path, pairs: list[tuple[str, str]]) -> list[str]:
    """Give each Japanese source its English, in every context that uses it, and mark it
    finished. Writes nothing and returns the problems when a source is not in TS or a
    placeholder would be lost."""
    tree = ET.parse(ts)
    live = [message for message in tree.iter("message")
            if message.find("translation") is None or message.find("translation").get("type") not in GONE]
    problems = []
    for source, english in pairs:
        if not english.strip():
            problems.append(f"no English given for {shown(source)}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
            problems.append(f"placeholders differ: {shown(source)} → {shown(english)}")
        elif not any(message.findtext("source") == source for message in live):
            problems.append(f"not a string of the code: {shown(source)}")
    if problems:
        return problems
    for source, english in pairs:
        for message in live:
            if message.findtext("source") == source:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = english
                translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return []


def update(folder: Path, pairs: list[tuple[str, str]]) -> list[str]:
    """Bring FOLDER's .ts up to date with the code, apply PAIRS (none of them when one is
    wrong: the problems are returned), build the .qm."""
    ts = folder / TS_NAME
    lupdate(ts)
    problems = set_translations(ts, pairs) if pairs else []
    if pairs and not problems:
        lupdate(ts)  # back to lupdate's own layout, the one Qt Linguist also writes
    lrelease(ts, folder / QM_NAME)
    return problems


def untranslated_in_code(ts: Path) -> list[tuple[str, str]]:
    """What untranslated() gives once TS is brought up to date with the code, leaving TS as it is:
    a string of the code that TS lacks counts too."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / TS_NAME
        shutil.copyfile(ts, copy)
        lupdate(copy)
        return untranslated(copy)


def qm_is_fresh(folder: Path) -> bool:
    """Whether FOLDER's .qm is, byte for byte, what its .ts builds to."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / QM_NAME
        lrelease(folder / TS_NAME, fresh)
        qm = folder / QM_NAME
        return qm.exists() and qm.read_bytes() == fresh.read_bytes()


def check(folder: Path) -> list[str]:
    """What is wrong with FOLDER's translation, changing nothing: untranslated strings of the
    code, lost placeholders, a .qm that is not built from the .ts."""
    ts = folder / TS_NAME
    problems = [f"untranslated: {shown(source)}" for source, _ in untranslated_in_code(ts)]
    problems += placeholder_problems(ts)
    if not qm_is_fresh(folder):
        problems.append(f"{QM_NAME} is not what {TS_NAME} builds to: run tools/translations.py")
    return problems


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Update the English UI translation (.ts) and build the .qm.")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 while something is untranslated or the .qm is stale")
    parser.add_argument("--set", nargs=2, action="append", default=[], metavar=("JAPANESE", "ENGLISH"),
                        help="give a UI string its English (\\n for a new line); may be repeated")
    parser.add_argument("--folder", type=Path, default=FOLDER,
                        help=f"the folder with {TS_NAME} and {QM_NAME} (default: resources/translations)")
    args = parser.parse_args(argv)
    if args.check and args.set:
        parser.error("--check changes nothing; run --set without it")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.check:
        problems = check(args.folder)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    pairs = [(source.replace("\\n", "\n"), english.replace("\\n", "\n")) for source, english in args.set]
    problems = update(args.folder, pairs)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    ts = args.folder / TS_NAME
    for source, suggestion in untranslated(ts):
        print(f"untranslated: {shown(source)}" + (f"   (suggested: {shown(suggestion)})" if suggestion else ""))
    for problem in placeholder_problems(ts):
        print(problem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
