"""Pure-Python speed-ups for ReportLab when its optional C accelerator (``rl_accel``) is not installed, a memo
of paragraph line breaking, and character widths from a per-font table.

``fp_str`` turns every coordinate, colour and font size of a page into PDF number text; the pure-Python version
was a fifth of the time to print a minutes book. The same numbers recur on every page (margins, line positions,
colours), so each number's text is kept once it has been made — the text is exactly what ``fp_str`` returns.
"""

from __future__ import annotations

import contextvars
import sys
import zlib
from operator import attrgetter
from typing import Any

from reportlab import rl_config
from reportlab.lib import rl_accel
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.utils import isSeq
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dangjian_desktop import gcpause

_py_fp_str = rl_accel._py_funcs.get("fp_str")  # noqa: SLF001 - None when the C accelerator is installed
_MAX_CACHED = 200_000
_texts: dict[Any, str] = {}
_calls: dict[tuple, str] = {}  # whole calls: a colour's (r, g, b), a line's x1 y1 x2 y2


def fp_str(*a: Any) -> str:
    try:
        s = _calls.get(a)
    except TypeError:  # a list or a "lazy" number among the arguments
        s = None
        key = None
    else:
        key = a
        if s is not None:
            return s
    if len(a) == 1 and isSeq(a[0]):
        a = a[0]
    out = []
    for x in a:
        try:
            s = _texts.get(x)
        except TypeError:  # unhashable: a "lazy" number object
            s = None
            out.append(_py_fp_str(x))
            continue
        if s is None:
            s = _py_fp_str(x)
            if len(_texts) >= _MAX_CACHED:
                _texts.clear()
            _texts[x] = s
        out.append(s)
    s = " ".join(out)
    if key is not None:
        if len(_calls) >= _MAX_CACHED:
            _calls.clear()
        _calls[key] = s
    return s


def _memo_wrap(rl_wrap):  # noqa: ANN001, ANN202
    """``Paragraph.wrap`` that breaks a paragraph's lines once per width.

    Platypus wraps one paragraph several times at the same width (a table measures its cells, then the frame
    places the table, a keep-together block measures its content, then places it, then splits…): a minutes book
    broke every paragraph's lines 4.7 times. Line breaking depends only on the width (the height matters to
    ``split``, which makes new paragraphs), the fragments and the style, so the lines made for a width are
    kept on the paragraph and taken again — the same lines, so the pages are the same. A changed style or
    fragment list (a different object) is broken again."""

    def wrap(self, avail_width, avail_height):  # noqa: ANN001, ANN202
        key = (avail_width, id(self.style), id(self.frags), len(self.frags))
        memo = self.__dict__.get("_dj_wrap")
        if memo is not None and memo[0] == key:
            _key, self.blPara, self._wrapWidths, self.width, self.height = memo
            return self.width, self.height
        width, height = rl_wrap(self, avail_width, avail_height)
        if getattr(self, "blPara", None) is not None and avail_width >= 1e-8:
            self.__dict__["_dj_wrap"] = (key, self.blPara, self._wrapWidths, self.width, self.height)
        return width, height

    wrap._dj_memo = True  # noqa: SLF001
    return wrap


def _memo_table_wrap(rl_wrap, rl_set_style):  # noqa: ANN001, ANN202
    """``Table.wrap`` that lays a table out again only when the result could differ.

    A table's layout (``Table._calc``) depends on the width and, because ReportLab stops measuring rows once they
    overflow the height offered (its long-table optimisation), on that height. When the last layout at the same
    width measured every row and its height fits the height offered now, laying out again gives the same rows,
    positions and size: they are kept. A new style (``setStyle``) forgets the layout."""

    def wrap(self, avail_width, avail_height):  # noqa: ANN001, ANN202
        last = self.__dict__.get("_dj_wrap")
        if (last is not None and last == avail_width and self._hmax == len(self._argH)
                and self._height <= avail_height):
            self.availWidth = avail_width
            return self._width, self._height
        self.__dict__.pop("_dj_wrap", None)
        size = rl_wrap(self, avail_width, avail_height)
        self.__dict__["_dj_wrap"] = avail_width
        return size

    def set_style(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        self.__dict__.pop("_dj_wrap", None)
        return rl_set_style(self, *args, **kwargs)

    wrap._dj_memo = set_style._dj_memo = True  # noqa: SLF001
    return wrap, set_style


def _push_state_stack(names: list[str]):  # noqa: ANN202
    """``Canvas.push_state_stack`` (every ``saveState``: twice for each paragraph drawn) reading the graphics
    state's attributes in one C call instead of a Python loop; the same saved state."""
    get = attrgetter(*names)

    def push_state_stack(self) -> None:  # noqa: ANN001
        self.state_stack.append(dict(zip(names, get(self), strict=True)))
        self._extgstate = self._extgstate.pushCopy()

    push_state_stack._dj_fast = True  # noqa: SLF001
    return push_state_stack


def _fast_clone(rl_clone):  # noqa: ANN001, ANN202
    """``ABag.clone`` (each paragraph's broken lines are a clone of its fragment) without passing every attribute
    through keyword arguments: the same attributes, in the same order, on an object of the same class."""
    from reportlab.lib.abag import ABag

    bag_init = ABag.__init__

    def clone(self, **attr):  # noqa: ANN003, ANN202
        cls = self.__class__
        if cls.__init__ is not bag_init:
            return rl_clone(self, **attr)
        n = object.__new__(cls)
        n.__dict__.update(self.__dict__)
        if attr:
            n.__dict__.update(attr)
        return n

    clone._dj_fast = True  # noqa: SLF001
    return clone


class _CharWidths(dict):
    """Width of each character of one TrueType font at one size, as ReportLab's stringWidth computes it."""

    def __init__(self, face, size: float) -> None:  # noqa: ANN001
        super().__init__()
        self._get = face.charWidths.get
        self._default = face.defaultWidth
        self._scale = 0.001 * size

    def __missing__(self, ch: str) -> float:
        w = self[ch] = self._scale * self._get(ord(ch), self._default)
        return w


_char_widths: dict[tuple[str, float], _CharWidths] = {}
_rl_get_char_widths = _rl_textsplit.getCharWidths


def _get_char_widths(word: str, font_name: str, font_size: float) -> list[float]:
    """textsplit.getCharWidths (CJK wrapping measures every character of a paragraph) from a per-font table
    instead of one stringWidth call per character; same numbers."""
    table = _char_widths.get((font_name, font_size))
    if table is None:
        font = pdfmetrics.getFont(font_name)
        if not isinstance(font, TTFont):
            return _rl_get_char_widths(word, font_name, font_size)
        table = _char_widths[(font_name, font_size)] = _CharWidths(font.face, font_size)
    return list(map(table.__getitem__, word))


class _TableView:
    """A font table read in place: slicing gives the bytes of that part (``bytes`` of a slice of the font file), as
    slicing the table's own copy would, without copying the whole table first."""

    __slots__ = ("_view",)

    def __init__(self, view: memoryview) -> None:
        self._view = view

    def __getitem__(self, part: slice) -> bytes:
        return self._view[part].tobytes()

    def __len__(self) -> int:
        return len(self._view)


def glyf_in_place(face: Any) -> None:
    """``face.get_table("glyf")`` without copying the table: ReportLab's ``makeSubset`` copies a font's whole glyph
    table (15-20 MB for the CJK fonts) for every subset of 256 characters it writes into a PDF (49 subsets for
    the package's 16 documents), only to slice each glyph of the subset out of it. The same glyph bytes, so the
    same font files in the PDF."""
    get_table = face.get_table
    if getattr(get_table, "_dj_fast", False):
        return
    data = face._ttf_data  # noqa: SLF001

    def table(tag: str):  # noqa: ANN202
        if tag != "glyf" or not isinstance(data, bytes):
            return get_table(tag)
        pos, length = face.get_table_pos(tag)
        return _TableView(memoryview(data)[pos:pos + length])

    table._dj_fast = True  # noqa: SLF001
    face.get_table = table


# No cyclic garbage collection while a document is made: a minutes book holds some hundred thousand live objects
# (its paragraphs, their fragments and lines) while it is laid out and makes a million short-lived ones; the
# collector's passes over the growing heap took 10-20 % of the time to print it (measured: 0.95 s -> 0.77-0.84 s).
gc_paused = gcpause.paused


# zlib level of the PDF's streams (page contents, font subsets): zlib's default, or a faster one where the file's
# size matters less than the time to make it (``styles.work_files``: the data package's documents). Level 1 made
# the package's 16 documents' streams in 0.056 s of CPU against 0.122 s, 2.15 MB against 1.94 MB; the same
# deflate format, the same page content.
stream_level: contextvars.ContextVar[int] = contextvars.ContextVar("pdf_stream_level", default=zlib.Z_DEFAULT_COMPRESSION)
FAST_STREAM_LEVEL = 1


def _encode(self, text):  # noqa: ANN001, ANN202 - PDFStreamFilterZCompress.encode at the level asked
    if isinstance(text, str):
        text = text.encode("utf8")
    return zlib.compress(text, stream_level.get())


def install() -> None:
    """Use :func:`fp_str` in every ReportLab module that took the pure-Python one (a no-op with rl_accel); break
    each paragraph's lines once per width; measure characters from a per-font table; no ASCII85 streams."""
    from reportlab.lib.abag import ABag
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus.paragraph import Paragraph
    from reportlab.platypus.tables import Table

    # Streams zlib-compressed but not also ASCII85-encoded: 20 % smaller files, and ReportLab's pure-Python base85
    # encoder was 5 % of printing time. (Every PDF reader takes binary streams.)
    rl_config.useA85 = 0
    from reportlab.pdfbase import pdfdoc

    pdfdoc.PDFStreamFilterZCompress.encode = _encode
    _rl_textsplit.getCharWidths = _get_char_widths

    if not getattr(Paragraph.wrap, "_dj_memo", False):
        Paragraph.wrap = _memo_wrap(Paragraph.wrap)
    if not getattr(ABag.clone, "_dj_fast", False):
        ABag.clone = _fast_clone(ABag.clone)
    if not getattr(Canvas.push_state_stack, "_dj_fast", False):
        Canvas.push_state_stack = _push_state_stack(Canvas.STATE_ATTRIBUTES)
    if not getattr(Table.wrap, "_dj_memo", False):
        Table.wrap, Table.setStyle = _memo_table_wrap(Table.wrap, Table.setStyle)
    if _py_fp_str is None or rl_accel.fp_str is not _py_fp_str:
        return
    rl_accel.fp_str = fp_str
    for name, module in list(sys.modules.items()):
        if name.startswith("reportlab.") and getattr(module, "fp_str", None) is _py_fp_str:
            module.fp_str = fp_str
