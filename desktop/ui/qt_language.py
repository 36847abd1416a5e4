"""Japanese for the few strings of Qt's own dialogs that Qt's Japanese translation misses.

Qt 6 gave two labels of its file dialog keyboard accelerators ("&Look in:", "Files of
&type:"); qtbase_ja still translates only the old texts, so the Japanese file dialog showed
English there. This translator answers exactly those strings and nothing else."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

JAPANESE_GAPS = {
    ("QFileDialog", "&Look in:"): "場所(&L):",
    ("QFileDialog", "Files of &type:"): "ファイルの種類(&T):",
}


class QtJapaneseGaps(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        # None (a null string): not ours, Qt asks the next translator. An empty string
        # would be taken as the translation and blank the text out.
        return JAPANESE_GAPS.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
