"""Line breaking of Chinese text without hanging punctuation.

ReportLab's CJK wrapping (``textsplit.dumbSplit`` for one-font paragraphs, ``paragraph.cjkFragSplit`` for mixed
fonts) keeps a "，" or "。" that may not start a line at the end of the line before and lets it hang past the
right edge: in a table cell it then stands across the cell's border (承诺书, 公示表). And a line may end with an
opening bracket, so “已逾期（” stood on one line and “整改中）” on the next.

:func:`install` rewrites the one place of both functions where a line ends (their source, as shipped with
ReportLab 4): a character that may not start a line takes the character before it down to the next line with it,
and an opening bracket that would end a line goes down too. If a future ReportLab changes that code, nothing is
patched and the old (hanging) behaviour stays; tests/reports/test_page_layout.py then fails.
"""

from __future__ import annotations

import inspect
import logging
import textwrap
from bisect import bisect_right
from itertools import accumulate

from reportlab.lib import textsplit
from reportlab.platypus import paragraph
from reportlab.rl_config import _FUZZ

log = logging.getLogger(__name__)


def _line_end_patch(indent: int, char: str, width_at: str, text: str) -> tuple[str, str]:
    """The block of ``dumbSplit``/``cjkFragSplit`` where a line ends, as shipped (old) and rewritten (new); the two
    functions differ only in indentation and names: ``char`` the character being placed, ``width_at`` the width
    of the character at index ``i``, ``text`` the sequence of characters."""
    old = f"""if {char} not in ALL_CANNOT_START and i>lineStartPos+1:
    #otherwise we need to push the character back
    #the i>lineStart+1 condition ensures progress
    i -= 1
    extraSpace += w
"""
    new = f"""if {char} not in ALL_CANNOT_START and i>lineStartPos+1:
    i -= 1
    extraSpace += w
elif {char} in ALL_CANNOT_START and i>lineStartPos+2:
    i -= 2
    extraSpace += w + {width_at}
while i>lineStartPos+1 and {text}[i-1] in ALL_CANNOT_END:
    i -= 1
    extraSpace += {width_at}
"""
    return textwrap.indent(old, " " * indent), textwrap.indent(new, " " * indent)


_DUMB_OLD, _DUMB_NEW = _line_end_patch(12, "c", "widths[i]", "word")
_CJK_OLD, _CJK_NEW = _line_end_patch(16, "u", "U[i].width", "U")

# ReportLab's kinsoku list lacks the full-width Chinese punctuation, so a line could start with "，" or "。”".
CHINESE_CANNOT_START = "，。、；：？！”’》〉）】」』…—·％"

_installed = False
_extended = False


def _extend_cannot_start() -> None:
    global _extended
    if _extended:
        return
    paragraph.ALL_CANNOT_START = paragraph.ALL_CANNOT_START + CHINESE_CANNOT_START
    # single-font paragraphs are wrapped by textsplit.wordSplit, which reads its own copy of the list
    textsplit.ALL_CANNOT_START = textsplit.ALL_CANNOT_START + CHINESE_CANNOT_START
    _extended = True


def _rewrite(module, name: str, old: str, new: str) -> bool:  # noqa: ANN001
    func = getattr(module, name)
    try:
        source = textwrap.dedent(inspect.getsource(func))
    except (OSError, TypeError):
        return False
    if old not in source:
        log.warning("ReportLab's %s changed: Chinese punctuation may hang past the line end", name)
        return False
    code = compile(source.replace(old, new), inspect.getsourcefile(func) or name, "exec")
    # defined in the module's own namespace: it reads the module's (extended) ALL_CANNOT_START as the original did,
    # and the module's callers find it under its old name
    exec(code, module.__dict__)  # noqa: S102 - ReportLab's own function, with one block replaced
    return getattr(module, name) is not func


def dumb_split(word: str, widths: list[float], max_widths) -> list:  # noqa: ANN001
    """``textsplit.dumbSplit`` as rewritten by :func:`install` (the same lines, the same extra space to the
    last bit), finding each line's end by summing the widths in C (``itertools.accumulate``, the same sequential
    sums as ReportLab's loop) and bisecting, instead of a Python step per character. A line that overflows on a
    character before U+3000 (Latin inside Chinese: ReportLab looks back for a space) is left to ReportLab's own
    function, for the whole text."""
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    cannot_start, cannot_end = textsplit.ALL_CANNOT_START, textsplit.ALL_CANNOT_END
    lines: list = []
    n = len(word)
    start = 0
    max_width = max_widths[0]
    span = 64
    while start < n:
        limit = max_width + _FUZZ
        limit = limit if limit > 0 else 0  # ReportLab's test is widthUsed > maxWidth + _FUZZ and widthUsed > 0
        while True:
            sums = list(accumulate(widths[start:start + span]))  # widthUsed after each character of the line
            k = bisect_right(sums, limit)  # the first character that overflows (the sums never decrease)
            if k < len(sums) or start + span >= n:
                break
            span *= 4
        if k == len(sums):  # the rest fits
            if sums[-1] > 0:
                lines.append([max_width - sums[-1], word[start:]])
            break
        i = start + k + 1
        c, w = word[i - 1], widths[i - 1]
        if ord(c) < 0x3000:
            return textsplit.dumbSplit(word, widths, max_widths)
        extra = max_width - sums[k]
        if c not in cannot_start and i > start + 1:
            i -= 1
            extra += w
        elif c in cannot_start and i > start + 2:
            i -= 2
            extra += w + widths[i]
        while i > start + 1 and word[i - 1] in cannot_end:
            i -= 1
            extra += widths[i]
        lines.append([extra, word[start:i].strip()])
        max_width = max_widths[len(lines)] if len(lines) < len(max_widths) else max_widths[-1]
        start = i
    return lines


def word_split(word, max_widths, font_name, font_size, encoding="utf8"):  # noqa: ANN001, ANN201
    """``textsplit.wordSplit`` (a one-font paragraph's CJK wrapping) through :func:`dumb_split`."""
    if not isinstance(word, str):
        return _stock_word_split(word, max_widths, font_name, font_size, encoding)
    return dumb_split(word, textsplit.getCharWidths(word, font_name, font_size), max_widths)


_stock_word_split = textsplit.wordSplit


def install() -> bool:
    """Apply once; True when both functions were rewritten."""
    global _installed
    _extend_cannot_start()
    if _installed:
        return True
    for module in (textsplit, paragraph):
        if not hasattr(module, "ALL_CANNOT_END"):
            module.ALL_CANNOT_END = textsplit.ALL_CANNOT_END
    ok = _rewrite(textsplit, "dumbSplit", _DUMB_OLD, _DUMB_NEW)
    ok = _rewrite(paragraph, "cjkFragSplit", _CJK_OLD, _CJK_NEW) and ok
    if ok and getattr(paragraph, "wordSplit", None) is _stock_word_split:
        paragraph.wordSplit = word_split  # the rewritten rule, line ends found without a step per character
    _installed = ok
    return ok
