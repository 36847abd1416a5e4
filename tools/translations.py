"""Refresh the English UI translation: lupdate → fill from the TSV → lrelease.

Japanese is the source language of every UI string. resources/translations/mamori_en.tsv
holds the English for each Japanese source string (tab-separated, `\\n` for new lines);
translators edit that file (or the .ts in Qt Linguist). Run after changing UI strings:

    .venv/bin/python tools/translations.py          (prints strings still untranslated)
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "mamori_en.ts"
QM = FOLDER / "mamori_en.qm"
TSV = FOLDER / "mamori_en.tsv"


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[Path]:
    return [ROOT / "desktop" / "app.py", *sorted((ROOT / "desktop" / "ui").glob("*.py"))]


def read_tsv() -> dict[str, str]:
    table = {}
    if TSV.exists():
        for line in TSV.read_text(encoding="utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                source, target = line.split("\t", 1)
                table[source.replace("\\n", "\n")] = target.replace("\\n", "\n")
    return table


def fill(table: dict[str, str]) -> list[str]:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    subprocess.run([tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-source-language", "ja",
                    "-target-language", "en", "-ts", str(TS)], check=True, capture_output=True)
    missing = fill(read_tsv())
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for source in missing:
        print("untranslated:", source.replace("\n", "\\n"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
