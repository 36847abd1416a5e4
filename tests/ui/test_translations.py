"""Every UI string has its English translation in the .ts, the shipped .qm is built from it,
and tools/translations.py keeps what a translator wrote."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools import translations

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SCRIPT = ROOT / "tools" / "translations.py"


def run_script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def scratch_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    shutil.copytree(FOLDER, folder)
    return folder


def english_from_qm(qm: Path, context: str, source: str) -> str:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    return translator.translate(context, source)


def edit_ts(ts: Path, source: str, english: str | None, *, comment: str | None = None, unfinished: bool = False):
    """Change one message the way Qt Linguist does: its English, a translator comment, its state."""
    tree = ET.parse(ts)
    message = next(message for message in tree.iter("message") if message.findtext("source") == source)
    translation = message.find("translation")
    translation.text = english
    if unfinished:
        translation.set("type", "unfinished")
    if comment:
        note = ET.Element("translatorcomment")
        note.text = comment
        message.insert(list(message).index(translation), note)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def test_every_ui_string_is_translated():
    # The check runs lupdate on a scratch copy: a string of the code missing from the .ts counts too.
    untranslated = [source for source, _ in translations.untranslated_in_code(FOLDER / "mamori_en.ts")]
    assert untranslated == [], "run tools/translations.py and translate them (CONTRIBUTING.md, Translations)"


def test_the_shipped_qm_is_what_the_ts_builds_to():
    assert translations.qm_is_fresh(FOLDER), "run tools/translations.py"


def test_placeholders_survive_translation():
    assert translations.placeholder_problems(FOLDER / "mamori_en.ts") == []


def test_an_edit_made_in_qt_linguist_survives_the_script(tmp_path):
    folder = scratch_folder(tmp_path)
    edit_ts(folder / "mamori_en.ts", "チェックリスト", "Checklist pages", comment="shorter on the side bar")

    done = run_script("--folder", str(folder))

    assert done.returncode == 0, done.stderr
    message = next(message for message in ET.parse(folder / "mamori_en.ts").iter("message")
                   if message.findtext("source") == "チェックリスト")
    assert message.findtext("translation") == "Checklist pages"
    assert message.find("translation").get("type") is None
    assert message.findtext("translatorcomment") == "shorter on the side bar"
    assert english_from_qm(folder / "mamori_en.qm", "ChecklistView", "チェックリスト") == "Checklist pages"
    assert translations.qm_is_fresh(folder)


def test_check_names_an_untranslated_string_and_a_stale_qm(tmp_path):
    folder = scratch_folder(tmp_path)
    edit_ts(folder / "mamori_en.ts", "チェックリスト", None, unfinished=True)

    done = run_script("--check", "--folder", str(folder))

    assert done.returncode == 1
    assert "untranslated: チェックリスト" in done.stdout
    assert "mamori_en.qm is not what mamori_en.ts builds to" in done.stdout
    assert ET.parse(folder / "mamori_en.ts").find(".//message[source='チェックリスト']/translation").get("type") == "unfinished"


def test_set_gives_a_string_its_english_without_qt_linguist(tmp_path):
    folder = scratch_folder(tmp_path)
    source = next(message.findtext("source") for message in ET.parse(folder / "mamori_en.ts").iter("message")
                  if translations.PLACEHOLDER.findall(message.findtext("source")) == ["{0}"])
    edit_ts(folder / "mamori_en.ts", source, None, unfinished=True)  # a new string as lupdate adds it
    assert "untranslated: " + translations.shown(source) in run_script("--folder", str(folder)).stdout

    wrong = run_script("--folder", str(folder), "--set", source, "no placeholder", "--set", "コードにない文字列", "x")
    assert wrong.returncode == 1
    assert "placeholders differ" in wrong.stderr and "not a string of the code: コードにない文字列" in wrong.stderr

    done = run_script("--folder", str(folder), "--set", source, "Set by hand: {0}")

    assert done.returncode == 0, done.stderr
    assert source not in [untranslated for untranslated, _ in translations.untranslated(folder / "mamori_en.ts")]
    assert translations.qm_is_fresh(folder)
    contexts = [context.findtext("name") for context in ET.parse(folder / "mamori_en.ts").iter("context")
                for message in context.iter("message") if message.findtext("source") == source]
    assert contexts and all(english_from_qm(folder / "mamori_en.qm", context, source) == "Set by hand: {0}"
                            for context in contexts)
    text = (folder / "mamori_en.ts").read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'), "lupdate's own layout"


def test_no_translated_string_is_hidden_inside_an_f_string():
    """lupdate does not look inside f-strings: a tr() there stays Japanese in the English UI."""
    hidden = re.compile(r"\{(self\.tr|QCoreApplication\.translate)\(")
    root = Path(__file__).resolve().parents[2] / "desktop"
    found = [f"{path.relative_to(root)}:{number}"
             for path in sorted(root.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if hidden.search(line)]
    assert found == []
