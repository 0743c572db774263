"""A faster way to write the app's paragraphs into the PDF: the same page content, byte for byte.

ReportLab writes each line of text of a TrueType font by walking it character by character twice: once to find
each character's code in the font subset (``TTFont.splitString``, which also assigns codes to characters met for
the first time) and once to escape the bytes of each run for the PDF string (``escapePDF``). That was the largest
single part of printing a minutes book. :class:`FastParagraph` draws with a text object that keeps, per document
and font, each character's subset and escaped code once it is known, and writes a line as runs of them.

Codes are still assigned by ``splitString`` itself, on the whole line, whenever a line holds a character the
document has not met yet, so characters get the same codes in the same order as before and the output is the
same string ReportLab's ``PDFTextObject._formatText`` makes (tests/reports/test_fonts_fast_paths.py compares
them). Shaped text and fonts that are not TrueType subsets go the stock way.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen import textobject
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph

_stock_format = PDFTextObject._formatText  # noqa: SLF001


class _Codes:
    """Of one font in one document: each character's subset and escaped code, each subset's PDF name."""

    def __init__(self) -> None:
        self.subset: dict[str, int] = {}
        self.code: dict[str, str] = {}
        self.names: dict[int, str] = {}


def _codes(font, doc) -> _Codes:  # noqa: ANN001
    state = font.state.get(doc)
    if state is None:
        font.splitString("", doc)  # makes the font's state for this document, as the stock path does
        state = font.state[doc]
    codes = getattr(state, "_dj_codes", None)
    if codes is None:
        codes = state._dj_codes = _Codes()  # noqa: SLF001 - lives and dies with the document's font state
    return codes


def _learn(font, doc, text: str, codes: _Codes) -> None:  # noqa: ANN001
    """Assign codes to the characters of ``text`` the document has not met (as ``splitString`` would, in the
    order of the text) and note every character's subset and escaped byte."""
    font.splitString(text, doc)
    assignments = font.state[doc].assignments
    for ch in set(text).difference(codes.subset):
        code = ord(ch)
        if code == 0xA0:
            code = 32  # splitString maps a no-break space to the space
        n = assignments.get(code, 0)  # a character the font lacks is code 0 (.notdef), never assigned
        codes.subset[ch] = n >> 8
        codes.code[ch] = escapePDF(bytes((n & 0xFF,)))


class _FastText(PDFTextObject):
    def _formatText(self, text):  # noqa: ANN001, ANN202, N802 - ReportLab API
        font = getFont(self._fontname)
        if not font._dynamicFont or (font.shapable and isinstance(text, ShapedStr)) or not isinstance(text, str):  # noqa: SLF001
            return _stock_format(self, text)
        doc = self._canvas._doc  # noqa: SLF001
        codes = _codes(font, doc)
        subset_of, code_of = codes.subset, codes.code
        if not subset_of.keys() >= set(text):
            _learn(font, doc, text, codes)
        out = []
        names = codes.names
        tmpl = None
        cur = self._curSubset
        for subset, run in groupby(text, subset_of.__getitem__):
            if subset != cur:
                if tmpl is None:
                    fp_str = textobject.fp_str
                    tmpl = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
                name = names.get(subset)
                if name is None:
                    name = names[subset] = font.getSubsetInternalName(subset, doc)
                out.append(f"{name} {tmpl}")
                cur = subset
            out.append(f"({''.join(map(code_of.__getitem__, run))}) Tj")
        self._curSubset = cur
        return " ".join(out)


class FastParagraph(Paragraph):
    """A Paragraph whose lines are written by :class:`_FastText` (the same PDF content, made faster)."""

    def beginText(self, x, y):  # noqa: ANN001, ANN201, N802 - ReportLab API
        return _FastText(self.canv, x, y)
