"""The house style of every printed record: A4, GB/T 9704-like margins, 黑体 titles, 宋体 body,
“第 N 页 共 M 页” and the branch name in the footer, every font embedded (no default Helvetica)."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus import paraparser as _rl_paraparser
from reportlab.platypus import tables as _rl_tables

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import MissingGlyphsError
from dangjian_desktop.domain.progress import Progress
from dangjian_desktop.reports import _kinsoku, _speed
from dangjian_desktop.reports._fastdraw import FastParagraph
from dangjian_desktop.reports._tail import MIN_TAIL, KeepWithTail, end_with  # noqa: F401 - re-exported
from dangjian_desktop.reports.fonts import font_set, missing_glyphs_allowed

_speed.install()  # ReportLab made faster: fp_str, line breaks kept per width, width tables, no ASCII85
_kinsoku.install()  # no punctuation hanging past a cell's border, no line ending in an opening bracket

# text that needs Styles.p's markup path: entities make fragments of their own, a line break a <br/>
_MARKUP_CHARS = frozenset("&<>\n\r")
_has_space = re.compile(rf"[\s{re.escape(_rl_paragraph._wsc)}]").search  # noqa: SLF001
_ParaFrag = _rl_paraparser.ParaFrag
_PLAIN_VALUES = frozenset({str, int, float, bool, type(None), colors.Color})
# characters that keep a text off Styles.p's one-pass test: markup, and white space (the parser cleans it up;
# every character _has_space finds is below U+3001, tests/reports/test_book_fast_paths.py checks all of Unicode)
_NOT_PLAIN = frozenset(_MARKUP_CHARS | set(_rl_paragraph._wsc)  # noqa: SLF001
                       | {c for c in map(chr, range(0x3001)) if c.isspace()})

PARTY_RED = colors.HexColor("#B22222")
GRID = colors.HexColor("#333333")
HEAD_FILL = colors.HexColor("#F3F3F3")

# GB/T 9704 puts the text block at 156 x 225 mm; records use slightly smaller top/bottom margins for tables.
MARGINS = {"left": 28 * mm, "right": 26 * mm, "top": 30 * mm, "bottom": 25 * mm}


class Styles:
    """Paragraph styles bound to the registered Chinese fonts. Sizes follow Chinese 字号: 二号 22pt, 三号 16pt,
    四号 14pt, 小四 12pt, 五号 10.5pt."""

    def __init__(self) -> None:
        fs = font_set()
        self.fonts = fs
        # plain-string table cells (e.g. empty signature cells) default to Helvetica, which is never embedded
        _rl_tables.CellStyle.fontname = fs.body
        body, title, fang, kai = fs.body, fs.title, fs.font_for("fang"), fs.font_for("kai")
        common = {"wordWrap": "CJK", "allowOrphans": 0}
        self.title = ParagraphStyle("title", fontName=title, fontSize=22, leading=32, alignment=TA_CENTER,
                                    spaceAfter=6 * mm, **common)
        self.subtitle = ParagraphStyle("subtitle", fontName=kai, fontSize=14, leading=22, alignment=TA_CENTER,
                                       spaceAfter=4 * mm, **common)
        self.h1 = ParagraphStyle("h1", fontName=title, fontSize=16, leading=26, spaceBefore=4 * mm,
                                 spaceAfter=2 * mm, **common)
        self.h2 = ParagraphStyle("h2", fontName=title, fontSize=14, leading=22, spaceBefore=3 * mm,
                                 spaceAfter=1.5 * mm, **common)
        self.body = ParagraphStyle("body", fontName=body, fontSize=12, leading=21, firstLineIndent=24, **common)
        self.body_flush = ParagraphStyle("body_flush", parent=self.body, firstLineIndent=0)
        self.fang = ParagraphStyle("fang", parent=self.body, fontName=fang)
        self.small = ParagraphStyle("small", fontName=body, fontSize=9, leading=13, **common)
        self.cell = ParagraphStyle("cell", fontName=body, fontSize=10.5, leading=14.5, **common)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", fontName=title, fontSize=10.5, leading=14.5, alignment=TA_CENTER,
                                   **common)
        self.label = ParagraphStyle("label", fontName=title, fontSize=10.5, leading=14.5, alignment=TA_CENTER,
                                    **common)
        self.signature = ParagraphStyle("signature", fontName=body, fontSize=12, leading=20, alignment=TA_LEFT,
                                        **common)
        self.cover_title = ParagraphStyle("cover_title", fontName=title, fontSize=30, leading=44,
                                          alignment=TA_CENTER, **common)
        self.cover_line = ParagraphStyle("cover_line", fontName=body, fontSize=16, leading=30, alignment=TA_LEFT,
                                         **common)
        self.footer_font = body
        # characters no font has, met by p(): the document refuses to print them (FormalDocument.build)
        self.missing: dict[str, None] = {}
        self._frag_of: dict[int, tuple[ParagraphStyle, object, list[str]]] = {}
        self._frag_like: dict[tuple, tuple[ParagraphStyle, object, list[str]]] = {}
        self._ideo_space: dict[str, str] = {}
        self._parsed_of: dict[tuple[str, int], tuple[ParagraphStyle, str, list]] = {}

    def p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain text (escaped, with per-glyph font fallback)."""
        style = style or self.body
        text = "" if text is None else str(text)
        if "\u3000" in text:
            # ReportLab folds every run of whitespace into one narrow space, the ideographic space included: the
            # blanks of "　　年　　月　　日" (to write a date in by hand) or "目　录" vanished. No-break spaces are
            # kept, and as many of them as fill the width of one ideographic space in this font.
            text = text.replace("\u3000", self._ideographic_space(style.fontName))
        transform = getattr(style, "textTransform", None)
        if not text and not transform:
            return FastParagraph("", style, frags=[])  # what the parser makes of no text: no fragment
        if self.fonts.plain(style.fontName, _NOT_PLAIN).issuperset(text):
            clean = text  # in the style's font, no markup, no white space: one pass over the text tells it all
        elif (not _MARKUP_CHARS.intersection(text) and self.fonts.covered(style.fontName).issuperset(text)):
            # the parser's whitespace clean-up changes nothing in a text without white space
            clean = _rl_paragraph.cleanBlockQuotedText(text) if _has_space(text) else text
        else:
            clean = None
        if clean and not transform:
            # one run of text in the style's font: the fragment ReportLab's markup parser would make, without
            # running the parser (most of the time spent making the paragraphs of a minutes book)
            template, lists = self._plain_frag(style)
            frag = object.__new__(template.__class__)  # copy.copy, the short way (a plain attribute bag)
            frag.__dict__.update(template.__dict__)
            for k in lists:  # a list of its own, as each parsed paragraph has (links, underlines)
                setattr(frag, k, list(getattr(template, k)))
            frag.text = clean
            return FastParagraph(clean, style, frags=[frag])
        self.missing.update(dict.fromkeys(self.fonts.missing_chars(text)))
        markup = self.fonts.markup(text, style.fontName)
        if transform:
            return FastParagraph(markup, style)
        return self._parsed(markup, style)

    def _parsed(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """``FastParagraph(markup, style)``: the same fragments, the parser run once per text and style (the
        header form's 缺席人员<br/>及原因 label, cells with a line break). Each paragraph gets fragments of its
        own, copied the short way as in :meth:`p`; kept only when the fragments hold nothing but plain values
        (numbers, texts, colours, empty lists), so no object is shared that a paragraph could change."""
        key = (markup, id(style))
        got = self._parsed_of.get(key)
        if got is None:
            para = FastParagraph(markup, style)
            if all(type(f) is _ParaFrag and all(type(v) in _PLAIN_VALUES or v == [] for v in f.__dict__.values())
                   for f in para.frags):
                if len(self._parsed_of) >= 2048:
                    self._parsed_of.clear()
                self._parsed_of[key] = (style, para.text, [dict(f.__dict__) for f in para.frags])
            return para
        _style, text, templates = got
        frags = []
        for template in templates:
            frag = object.__new__(_ParaFrag)
            frag.__dict__.update(template)
            for k, v in template.items():
                if type(v) is list:
                    frag.__dict__[k] = []
            frags.append(frag)
        return FastParagraph(text, style, frags=frags)

    def _ideographic_space(self, font: str) -> str:
        got = self._ideo_space.get(font)
        if got is None:
            nbsp = pdfmetrics.stringWidth("\xa0", font, 10)
            got = self._ideo_space[font] = "\xa0" * max(1, round(pdfmetrics.stringWidth("\u3000", font, 10) / nbsp)) \
                if nbsp > 0 else "\xa0\xa0"
        return got

    def _plain_frag(self, style: ParagraphStyle) -> tuple[object, list[str]]:
        """The parser's fragment of a plain text in ``style`` and its list-valued attributes."""
        got = self._frag_of.get(id(style))
        if got is None:
            # styles made afresh for each record are alike: the fragment depends only on the style's attributes
            same = tuple(sorted((k, repr(v)) for k, v in style.__dict__.items() if k not in ("name", "parent")))
            got = self._frag_like.get(same)
            if got is None:
                frags = Paragraph("x", style).frags
                if len(frags) != 1:  # not expected: a style that adds its own fragments
                    raise RuntimeError(f"unexpected fragments for style {style.name}")
                lists = [k for k, v in frags[0].__dict__.items() if isinstance(v, list)]
                got = self._frag_like[same] = (style, frags[0], lists)
            got = self._frag_of[id(style)] = (style, got[1], got[2])  # the style is kept: its id stays its own
        return got[1], got[2]


def printed_page(canv: Canvas) -> int:
    """The page number printed in the footer of the page being drawn (a cover is not counted)."""
    return canv.getPageNumber() - getattr(canv, "cover_pages", 0)


class Marked(Flowable):
    """A heading (any unsplittable flowable) that notes in ``pages[key]`` the printed number of the page it is
    drawn on, for a contents table filled in with :class:`DeferredParagraph`. It behaves as the heading does
    (spacing, keep-with-next), so the number is that of the page the heading really lands on."""

    def __init__(self, inner: Flowable, pages: dict, key: object):
        super().__init__()
        self.inner, self.pages, self.key = inner, pages, key
        self.keepWithNext = inner.getKeepWithNext()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrapOn(self.canv, avail_width, avail_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        self.pages[self.key] = printed_page(self.canv)
        self.inner.drawOn(self.canv, 0, 0)


def fmt_date(d: dt.date | None, empty: str = "") -> str:
    if d is None:
        return empty
    return f"{d.year}年{d.month}月{d.day}日"


def fmt_date_short(d: dt.date | None, empty: str = "") -> str:
    return d.isoformat() if d else empty


class DeferredParagraph(Flowable):
    """A paragraph whose text is known only once the whole document is laid out (the page numbers of a contents
    table). It takes the room of ``placeholder`` and is drawn as a PDF form XObject that is filled in when the
    document is saved, so the document is laid out once. The text must fit the placeholder's lines."""

    def __init__(self, make: Callable[[str], Paragraph], text: Callable[[], str], placeholder: str = "0000"):
        super().__init__()
        self._make = make
        self._text = text
        self._placeholder = placeholder
        self._avail = 0.0
        self._shown: Paragraph | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        if self._shown is None:
            self._shown = self._make(self._placeholder)  # one paragraph, wrapped again at each width asked
        self.width, self.height = self._shown.wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        pending = canv._dj_deferred  # noqa: SLF001 - only documents built by FormalDocument have deferred text
        name = f"DJDeferred{len(pending)}"
        canv.doForm(name)
        pending.append((name, self))

    def draw_form(self, canv: Canvas, name: str) -> None:
        para = self._make(self._text())
        _w, h = para.wrap(self._avail, 10_000)
        canv.beginForm(name, -self.width, -h, 2 * self.width, 2 * max(h, self.height))
        para.drawOn(canv, 0, self.height - h)
        canv.endForm()


class _NumberedCanvas(Canvas):
    """Draws “第 N 页 共 M 页” after the whole document is laid out (two-pass page count), and fills in the
    :class:`DeferredParagraph` forms."""

    footer_text = ""
    footer_font = "Helvetica"
    cover_pages = 0  # the first pages (a cover) carry no page number; numbering starts after them

    def __init__(self, *args, **kwargs):  # noqa: ANN002
        # ReportLab would otherwise start every page in Helvetica, which is never embedded.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = self.footer_font
        if not kwargs.get("initialFontSize"):
            kwargs["initialFontSize"] = 10.5
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self._dj_deferred: list[tuple[str, DeferredParagraph]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for name, deferred in self._dj_deferred:
            deferred.draw_form(self, name)
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        if self._pageNumber <= self.cover_pages:
            return  # a cover is not numbered
        w, _h = self._pagesize
        self.saveState()
        self.setFont(self.footer_font, 9)
        self.setFillColor(colors.HexColor("#444444"))
        number, count = self._pageNumber - self.cover_pages, total - self.cover_pages
        self.drawCentredString(w / 2, 12 * mm, f"第 {number} 页  共 {count} 页")
        if self.footer_text:
            self.drawRightString(w - MARGINS["right"], 12 * mm, self.footer_text)
        self.restoreState()


class FormalDocument:
    """Build a PDF in the house style. ``story`` is a list of flowables made with :class:`Styles`.

    Writes to a temporary name and renames, so a failure never leaves a half PDF where the user expects one.
    """

    def __init__(self, path: Path | str, *, title: str, branch_name: str = "", landscape_mode: bool = False,
                 author: str = "党支部工作台账", subject: str = "", cover_pages: int = 0):
        self.path = Path(path)
        self.cover_pages = cover_pages
        self.title = title
        self.branch_name = branch_name
        self.pagesize = landscape(A4) if landscape_mode else A4
        self.author = author
        self.subject = subject
        self.styles = Styles()

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - MARGINS["left"] - MARGINS["right"]

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - MARGINS["top"] - MARGINS["bottom"]

    def build(self, story: list, *, on_page=None, progress: Progress | None = None,  # noqa: ANN001
              figures: Callable[[int], tuple[int, int, str]] | None = None) -> Path:
        """Lay out and write ``story``. Refuses (``MissingGlyphsError``, nothing written) when some text of the
        document has a character no font has, unless the caller allows it (``fonts.allowing_missing_glyphs``).
        ``progress`` (``domain.progress``) hears how far the layout is after every flowable: by default the share
        of the story laid out and 「已排版 n 页」, or what ``figures(page)`` says; it may raise ``Cancelled``
        (nothing is left behind: the half-written file is removed)."""
        if story and getattr(story[-1], "closing", None) is True:  # a bare closing_block: never alone on a page,
            end_with(story, story.pop())  # the end of the document goes over with it (one rule for every document)
        missing = dict(self.styles.missing)
        missing.update(dict.fromkeys(self.styles.fonts.missing_chars(self.branch_name)))  # the footer
        if missing and not missing_glyphs_allowed():
            raise MissingGlyphsError(list(missing))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".part")
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=self.pagesize,
            leftMargin=MARGINS["left"],
            rightMargin=MARGINS["right"],
            topMargin=MARGINS["top"],
            bottomMargin=MARGINS["bottom"],
            title=self.title,
            author=self.author,
            subject=self.subject,
            creator="党支部工作台账",
            lang="zh-CN",
            initialFontName=self.styles.footer_font,
            initialFontSize=10.5,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, self.frame_width, self.frame_height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or (lambda c, d: None))])
        canvas_cls = type("DocCanvas", (_NumberedCanvas,), {
            "footer_text": self.branch_name, "footer_font": self.styles.footer_font, "cover_pages": self.cover_pages,
        })
        if progress is not None:
            doc.setProgressCallBack(_layout_progress(progress, figures))
        try:
            with _speed.gc_paused():
                doc.build(story, canvasmaker=canvas_cls)
            if _synced.get():
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        finally:
            if tmp.exists():
                tmp.unlink(missing_ok=True)
        return self.path


_synced = contextvars.ContextVar("documents_synced", default=True)


@contextlib.contextmanager
def work_files() -> Iterator[None]:
    """Documents written inside are work files that something else makes durable (the data package's documents:
    the package is synced to the stick whole): not synced to disk one by one, and their streams compressed at
    zlib's fastest level (the same pages, a tenth larger)."""
    token = _synced.set(False)
    level = _speed.stream_level.set(_speed.FAST_STREAM_LEVEL)
    try:
        yield
    finally:
        _speed.stream_level.reset(level)
        _synced.reset(token)


def _layout_progress(progress: Progress, figures: Callable[[int], tuple[int, int, str]] | None):  # noqa: ANN202
    """A platypus progress callback that reports to ``progress``."""
    state = {"total": 0, "done": 0, "page": 1}

    def on(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = value
        elif kind == "PROGRESS":
            state["done"] = value
        elif kind == "PAGE":
            state["page"] = value + 1  # the page just finished: the layout is on the next one
        else:
            return
        if figures is not None:
            progress(*figures(state["page"]))
        else:
            progress(state["done"], state["total"], f"已排版 {state['page']} 页")

    return on


def data_table(
    styles: Styles,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    repeat_header: bool = True,
    zebra: bool = False,
) -> Table:
    """A ruled table with a bold header row repeated on every page; every cell wraps inside its width."""
    align = align or ["left"] * len(headers)
    cell_style = {"left": styles.cell, "center": styles.cell_center, "right": styles.cell_right}
    data = [[styles.p(h, styles.head) for h in headers]]
    for row in rows:
        data.append([v if hasattr(v, "wrapOn") else styles.p(v, cell_style[a]) for v, a in zip(row, align,
                                                                                               strict=True)])
    t = Table(data, colWidths=list(col_widths), repeatRows=1 if repeat_header else 0)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for i in range(2, len(data), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#FAFAFA")))
    t.setStyle(TableStyle(cmds))
    return t


def form_table(styles: Styles, cells: Sequence[Sequence[object]], col_widths: Sequence[float],
               label_columns: Sequence[int] = (0,), spans: Sequence[tuple] = ()) -> Table:
    """A record-book style form: label cells in 黑体 on a grey ground, values in 宋体."""
    data = []
    for row in cells:
        out = []
        for i, v in enumerate(row):
            if hasattr(v, "wrapOn"):
                out.append(v)
            elif i in label_columns:
                out.append(styles.p(v, styles.label))
            else:
                out.append(styles.p(v, styles.cell))
        data.append(out)
    t = Table(data, colWidths=list(col_widths))
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    # a value merged across a label column (会议名称 over the whole row) covers that column's cell: it stays white
    covered = {(c, r) for (c0, r0), (c1, r1) in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
               if (c, r) != (c0, r0) and c0 not in label_columns}
    for r in range(len(data)):
        for c in label_columns:
            if c < len(data[r]) and (c, r) not in covered:
                cmds.append(("BACKGROUND", (c, r), (c, r), HEAD_FILL))
    for span in spans:
        cmds.append(("SPAN", *span))
    t.setStyle(TableStyle(cmds))
    return t


def signature_block(styles: Styles, labels: Sequence[str], width: float, with_date: bool = True) -> KeepTogether:
    """Signature lines such as “主持人（签字）：________  记录人（签字）：________”, then a date line."""
    cells = [[styles.p(f"{label}（签字）：", styles.signature), ""] for label in labels]
    per_row = 2 if len(labels) > 1 else 1
    rows = []
    for i in range(0, len(cells), per_row):
        row = []
        for c in cells[i : i + per_row]:
            row.extend(c)
        while len(row) < per_row * 2:
            row.extend(["", ""])
        rows.append(row)
    col = width / per_row
    t = Table(rows, colWidths=[col * 0.45, col * 0.55] * per_row, rowHeights=[13 * mm] * len(rows))
    cmds = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for r in range(len(rows)):
        for c in range(per_row):
            cmds.append(("LINEBELOW", (c * 2 + 1, r), (c * 2 + 1, r), 0.6, colors.black))
    t.setStyle(TableStyle(cmds))
    parts = [Spacer(1, 8 * mm), t]
    if with_date:
        parts += [Spacer(1, 6 * mm), styles.p("　　　　年　　月　　日", ParagraphStyle(
            "date_line", parent=styles.signature, alignment=TA_RIGHT))]
    return KeepTogether(parts)


def generated_note(styles: Styles, when: dt.datetime | None = None) -> Paragraph:
    when = when or clock.now()
    return styles.p(f"本表由党支部工作台账于 {when:%Y-%m-%d %H:%M} 生成", styles.small)


def closing_block(styles: Styles, *last: Flowable) -> KeepTogether:
    """A document's last block (signature lines, stamp and date) with the 本表由…生成 note under it, kept on one
    page: the note alone on a page of its own looks like a stray sheet in the file."""
    parts: list[Flowable] = []
    for f in last:
        # a KeepTogether inside another reports an endless height (it forces its own split), which would push the
        # whole block onto a page of its own: its content joins this one instead
        parts.extend(f._content if isinstance(f, KeepTogether) else [f])  # noqa: SLF001
    block = KeepTogether([*parts, Spacer(1, 4 * mm), generated_note(styles)])
    block.closing = True  # documents check that they end with it (reports/ledger.py)
    return block


def heading_block(styles: Styles, text: str, style: ParagraphStyle) -> list:
    """A section heading that is never left alone at the foot of a page: it starts a new page when less than a
    few lines' room is left (keepWithNext would move a whole long table to the next page)."""
    return [CondPageBreak(45 * mm), styles.p(text, style)]


def scaled_widths(widths_mm: Sequence[float], frame_width: float) -> list[float]:
    """Column widths given in mm, scaled so the table fills the frame exactly."""
    scale = frame_width / (sum(widths_mm) * mm)
    return [w * mm * scale for w in widths_mm]
