"""Every UI string has its English translation, and the shipped .qm is current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def test_every_source_string_is_translated_and_the_qm_is_fresh(tmp_path):
    # lupdate into a scratch copy: the committed .ts must already hold every string of the code.
    scratch = tmp_path / "mamori_en.ts"
    scratch.write_bytes((FOLDER / "mamori_en.ts").read_bytes())
    sources = [str(ROOT / "desktop" / "app.py"), *map(str, sorted((ROOT / "desktop" / "ui").glob("*.py")))]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(scratch)], check=True, capture_output=True)
    unfinished = [
        message.findtext("source")
        for message in ET.parse(scratch).iter("message")
        if message.find("translation").get("type") == "unfinished" or not (message.findtext("translation") or "")
    ]
    assert unfinished == [], "run tools/translations.py and translate: " + " | ".join(unfinished[:5])
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(FOLDER / "mamori_en.ts"), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (FOLDER / "mamori_en.qm").read_bytes(), "run tools/translations.py"


def test_placeholders_survive_translation():
    for line in (FOLDER / "mamori_en.tsv").read_text(encoding="utf-8").splitlines():
        source, target = line.split("\t")
        for placeholder in ("{0}", "{1}"):
            assert (placeholder in source) == (placeholder in target), line


def test_no_translated_string_is_hidden_inside_an_f_string():
    """lupdate does not look inside f-strings: a tr() there stays Japanese in the English UI."""
    import re

    hidden = re.compile(r"\{(self\.tr|QCoreApplication\.translate)\(")
    root = Path(__file__).resolve().parents[2] / "desktop"
    found = [f"{path.relative_to(root)}:{number}"
             for path in sorted(root.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if hidden.search(line)]
    assert found == []
