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


from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen import textobject
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import Paragraph, paragraph

_stock_format = PDFTextObject._formatText  # noqa: SLF001


class _Codes:
    """Of one font in one document: each character's subset and escaped code, each subset's PDF name, and per
    font size and leading the text that ends a run and switches to a subset (``) Tj /F1+0 12 Tf 21 TL (``)."""

    def __init__(self) -> None:
        self.subset: dict[str, int] = {}
        self.code: dict[str, str] = {}
        self.info: dict[str, tuple[int, str]] = {}  # character -> (subset, escaped code)
        self.names: dict[int, str] = {}
        self.switch: dict[tuple[float, float], _Switches] = {}


class _Switches(dict):
    """subset -> ``) Tj /F1+n size Tf leading TL (`` for one font size and leading, made when first needed (the
    subset's PDF name is asked of the font then, as the stock path asks it)."""

    def __init__(self, font, doc, codes: _Codes, size: float, leading: float) -> None:  # noqa: ANN001
        super().__init__()
        self._font, self._doc, self._names = font, doc, codes.names
        fp_str = textobject.fp_str
        self._tmpl = f"{fp_str(size)} Tf {fp_str(leading)} TL ("

    def __missing__(self, subset: int) -> str:
        name = self._names.get(subset)
        if name is None:
            name = self._names[subset] = self._font.getSubsetInternalName(subset, self._doc)
        text = self[subset] = f") Tj {name} {self._tmpl}"
        return text


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
        codes.info[ch] = (n >> 8, codes.code[ch])


def _format(font, doc, text: str, size: float, leading: float, cur: int) -> tuple[str, int]:  # noqa: ANN001
    """``PDFTextObject._formatText`` of ``text`` in a TrueType subset font: the text and the subset now current."""
    if not text:
        return "", cur
    codes = _codes(font, doc)
    switches = codes.switch.get((size, leading))
    if switches is None:
        switches = codes.switch[(size, leading)] = _Switches(font, doc, codes, size, leading)
    try:
        return _runs(codes.info, switches, text, cur)
    except KeyError:  # a character the document has not met yet: codes assigned on the whole line, then again
        _learn(font, doc, text, codes)
        return _runs(codes.info, switches, text, cur)


def _runs(info: dict[str, tuple[int, str]], switches: _Switches, text: str, cur: int) -> tuple[str, int]:
    """The text of ``_format``: each run of characters of one subset as ``(codes) Tj``, after the switch to its
    subset (``/F1+n size Tf leading TL``) when that is not the current one — the operators ReportLab joins with
    spaces. One step per character (a look-up and an append) instead of a few Python objects per run: lines
    switch subsets every two or three characters once a document has met more than 256 characters."""
    first = cur
    out: list[str] = []
    append = out.append
    for ch in text:
        subset, code = info[ch]
        if subset != cur:
            append(switches[subset])
            cur = subset
        append(code)
    joined = "".join(out)
    if info[text[0]][0] == first:  # the line starts in the current subset: no switch before its first run
        return f"({joined}) Tj", cur
    return f"{joined[5:]}) Tj", cur  # without the ") Tj " that ends no run


def _plain(font, text) -> bool:  # noqa: ANN001
    return font._dynamicFont and isinstance(text, str) and not (font.shapable and isinstance(text, ShapedStr))  # noqa: SLF001


class _FastText(PDFTextObject):
    def _formatText(self, text):  # noqa: ANN001, ANN202, N802 - ReportLab API
        font = getFont(self._fontname)
        if not _plain(font, text):
            return _stock_format(self, text)
        out, self._curSubset = _format(font, self._canvas._doc, text, self._fontsize, self._leading,  # noqa: SLF001
                                       self._curSubset)
        return out


def _move(code: list[str], dx: float) -> None:
    """``PDFTextObject.setXPos``: a horizontal move, merged with a move just before it (the same arithmetic)."""
    if not (dx > 1e-6 or dx < -1e-6):
        return
    dy = 0
    if code and code[-1].endswith(" Td"):
        parts = code[-1].split()
        if len(parts) == 3:
            del code[-1]
        else:
            code[-1] = "".join(parts[:-4])
        dx += float(parts[-3])
        dy -= float(parts[-2])
    code.append(f"{textobject.fp_str(dx, -dy)} Td")


_ALIGNS = {TA_LEFT: 0.0, TA_CENTER: 0.5, TA_RIGHT: 1.0}


def _fill_code(canvas, color) -> str | None:  # noqa: ANN001
    """The operator ``canvas.setFillColor(color)`` writes, when that is all it does (an RGB colour, no colour space
    enforced, its alpha already the current one so no graphics state is set), else None."""
    if (type(color) is not Color or getattr(canvas, "_enforceColorSpace", True)
            or getattr(canvas, "_extgstate", None) is None or "_code" not in canvas.__dict__):
        return None
    alpha = color.alpha
    if alpha is not None:
        if not (isinstance(alpha, (float, int)) and 0 <= alpha <= 1) or canvas._extgstate.getValue("ca") != alpha:  # noqa: SLF001
            return None
        canvas._doc.ensureMinPdfVersion("transparency")  # noqa: SLF001 - as setFillAlpha does
    return f"{textobject.fp_str((color.red, color.green, color.blue))} rg"


class FastParagraph(Paragraph):
    """A Paragraph whose lines are written by :class:`_FastText` (the same PDF content, made faster).

    A plain paragraph (one run of text in one TrueType font, aligned left, centred or right, no bullet, border,
    background, underline or link, no line that overflows its width) is drawn by :meth:`drawOn` itself: the same
    canvas calls and the same text operators ``Flowable.drawOn`` → ``Paragraph.drawPara`` →
    ``_leftDrawParaLine`` … make, without the layers between them."""

    def beginText(self, x, y):  # noqa: ANN001, ANN201, N802 - ReportLab API
        return _FastText(self.canv, x, y)

    def _plain_lines(self):  # noqa: ANN202
        """(blPara, shift per unit of extra space) when this paragraph can be drawn the short way, else None."""
        bl = getattr(self, "blPara", None)
        style = self.style
        if (bl is None or bl.kind != 0 or self.debug or self.bulletText or style.backColor or style.wordWrap != "CJK"
                or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
                or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) in ("max", "min")
                or getattr(bl, "us_lines", None) or getattr(bl, "link", None) or getattr(self, "_showBoundary", False)):
            return None
        shift = _ALIGNS.get(style.alignment)
        if shift is None or not _plain(getFont(bl.fontName), ""):
            return None
        for extra, _words in bl.lines:
            if not extra > -1e-8:  # a line wider than the paragraph: word spacing, the stock way
                return None
        return bl, shift

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: ANN001, ANN201, N802 - ReportLab API
        plain = self._plain_lines()
        if plain is None:
            return super().drawOn(canvas, x, y, _sW)
        bl, shift = plain
        x = self._hAlignAdjust(x, _sW)
        fill = _fill_code(canvas, bl.textColor)
        if fill is None:
            return self._draw_lines(canvas, x, y, bl, shift)
        # what saveState, translate, saveState, setFillColor, restoreState, restoreState write, without the state
        # they save and restore (nothing between them reads it, and Q gives it back unchanged)
        code = canvas._code  # noqa: SLF001
        code.append("q")
        code.append(f"{textobject.fp_str(1, 0, 0, 1, x, y)} cm")
        if bl.lines:
            code.append("q")
            code.append(fill)
            code.append(self._text_block(canvas, bl, shift))
            code.append("Q")
        code.append("Q")
        return None

    def _draw_lines(self, canvas, x, y, bl, shift):  # noqa: ANN001, ANN202
        canvas.saveState()
        canvas.translate(x, y)
        lines = bl.lines
        if lines:
            canvas.saveState()
            canvas.setFillColor(bl.textColor)
            canvas._code.append(self._text_block(canvas, bl, shift))  # noqa: SLF001 - Canvas.drawText
            canvas.restoreState()
        canvas.restoreState()

    def _text_block(self, canvas, bl, shift: float) -> str:  # noqa: ANN001
        """The BT … ET block of the paragraph's lines, as ``drawPara`` → ``_leftDrawParaLine`` write it."""
        style = self.style
        lines = bl.lines
        n = len(lines)
        offsets = getattr(self, "_offsets", [0])
        offsets += (n - len(offsets)) * [offsets[-1]]  # as drawPara does (it keeps the list on the paragraph)
        cur_y = self.height - (bl.fontSize if paragraph.paraFontSizeHeightOffset
                               else getattr(bl, "ascent", bl.fontSize))
        fp_str = textobject.fp_str
        code = ["BT", f"1 0 0 {'1' if canvas.bottomup else '-1'} {fp_str(style.leftIndent, cur_y)} Tm"]
        font, doc = getFont(bl.fontName), canvas._doc  # noqa: SLF001
        size, leading, cur = bl.fontSize, style.leading, -1
        first = style.firstLineIndent + offsets[0]
        for i, (extra, words) in enumerate(lines):
            m = (first if i == 0 else offsets[i]) + shift * extra
            _move(code, m)
            text, cur = _format(font, doc, " ".join(words), size, leading, cur)
            code.append(text + " T*")
            _move(code, -m)
        code.append("ET")
        return " ".join(code)
