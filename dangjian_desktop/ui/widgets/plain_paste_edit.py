"""A plain-text editor for long minutes: text pasted from Word keeps its paragraphs, loses its formatting."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QPlainTextEdit


def normalize_paragraphs(text: str) -> str:
    """Word and WPS separate paragraphs with \\r\\n, U+2029 or U+2028, and soft breaks with \\v: all become \\n."""
    for sep in ("\r\n", "\r", "\u2029", "\u2028", "\x0b"):
        text = text.replace(sep, "\n")
    return text.replace("\xa0", " ")


class PlainPasteEdit(QPlainTextEdit):
    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        if source.hasText():
            text = source.text()
        elif source.hasHtml():
            text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
        else:
            return
        self.insertPlainText(normalize_paragraphs(text))
