"""The minutes book's fast paths (reports/_fastdraw.py, _speed.py, _tail.py) write the very page content of
ReportLab's own code: each is compared with the stock path on the same input."""

from __future__ import annotations

import io
import random

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn

from dangjian_desktop.reports import styles
from dangjian_desktop.reports._fastdraw import FastParagraph, _FastText
from dangjian_desktop.reports._tail import KeepWithTail

# common characters, Latin, punctuation, a no-break space, a character no font has (𠮷): enough distinct
# characters that a document's font subsets run past 256 codes, so lines switch subsets
_HANZI = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 700))
_ALPHABET = _HANZI[:80] + "党支部会议记录，。、；：？！“”（）《》ABCxyz 0123\xa0&<>()\\%—…𠮷"


def _random_texts(rng: random.Random, n: int) -> list[str]:
    out = []
    for i in range(n):
        pool = _HANZI if i % 3 == 0 else _ALPHABET
        out.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 90))))
    return out


def _two_canvases() -> tuple[Canvas, Canvas]:
    fonts = styles.Styles().fonts
    pair = []
    for _ in range(2):
        c = Canvas(io.BytesIO(), initialFontName=fonts.body, initialFontSize=10.5)
        pair.append(c)
    return pair[0], pair[1]



def _fast_and_stock(s, text: str, style: ParagraphStyle) -> tuple[FastParagraph, Paragraph]:  # noqa: ANN001
    """The app's paragraph of ``text`` and ReportLab's own of the same text and fragments."""
    made = s.p(text, style)
    assert isinstance(made, FastParagraph)
    stock = Paragraph(made.text, style, frags=made.frags) if len(made.frags) == 1 else Paragraph(made.text, style)
    return made, stock


def _wrap_and_draw(made: FastParagraph, stock: Paragraph, width: float, canvases: tuple[Canvas, Canvas],
                   x: float) -> None:
    """Both paragraphs wrap alike at ``width``; each is drawn on its own canvas (fast, stock) at ``x``."""
    assert made.wrap(width, 1000) == stock.wrap(width, 1000)
    made.drawOn(canvases[0], x, 400)
    stock.drawOn(canvases[1], x, 400)

def test_text_object_writes_reportlabs_text_operators():
    fonts = styles.Styles().fonts
    stock_canvas, fast_canvas = _two_canvases()
    rng = random.Random(7)
    for font in (fonts.body, fonts.title):
        stock, fast = PDFTextObject(stock_canvas, 10, 20), _FastText(fast_canvas, 10, 20)
        for tx in (stock, fast):
            tx.setFont(font, 12, 21)
        for text in [""] + _random_texts(rng, 400):
            assert fast._formatText(text) == stock._formatText(text), text  # noqa: SLF001
        assert fast.getCode() == stock.getCode()
    # the characters got the same codes in the same subsets
    for font in (fonts.body, fonts.title):
        from reportlab.pdfbase.pdfmetrics import getFont

        f = getFont(font)
        a, b = f.state[stock_canvas._doc], f.state[fast_canvas._doc]  # noqa: SLF001
        assert a.assignments == b.assignments and a.subsets == b.subsets
        assert len(a.subsets) > 1


def test_fast_paragraph_draws_what_paragraph_draws():
    s = styles.Styles()
    rng = random.Random(3)
    indented = ParagraphStyle("indented", parent=s.body, leftIndent=24, firstLineIndent=-24)
    styles_ = [s.body, s.body_flush, s.title, s.cell_center, s.cell_right, s.head, s.small, indented,
               ParagraphStyle("j", parent=s.body, alignment=TA_JUSTIFY),
               ParagraphStyle("bg", parent=s.cell, backColor="#EEEEEE"),
               ParagraphStyle("c", parent=s.body, alignment=TA_CENTER, firstLineIndent=12),
               ParagraphStyle("r", parent=s.body, alignment=TA_RIGHT), ParagraphStyle("l", parent=s.body,
                                                                                      alignment=TA_LEFT)]
    texts = _random_texts(rng, 60) + ["ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ" * 3, "两行\n文字",
                                      "　　　　年　　月　　日", "甲™乙"]
    stock_canvas, fast_canvas = _two_canvases()
    for i, text in enumerate(texts):
        style = styles_[i % len(styles_)]
        made, stock = _fast_and_stock(s, text, style)
        width = rng.choice([60, 150, 420])
        _wrap_and_draw(made, stock, width, (fast_canvas, stock_canvas), 30)
        assert fast_canvas._code == stock_canvas._code, (text, style.name)  # noqa: SLF001
        # split parts (a paragraph running over a page) draw alike too
        for a, b in zip(made.split(width, 40), stock.split(width, 40), strict=True):
            a.wrap(width, 1000)
            b.wrap(width, 1000)
            b.drawOn(stock_canvas, 30, 200)
            a.drawOn(fast_canvas, 30, 200)
        assert fast_canvas._code == stock_canvas._code, (text, style.name)  # noqa: SLF001


def test_keep_with_tail_heights_are_reportlabs_sums():
    s = styles.Styles()
    canv = Canvas(io.BytesIO())
    rng = random.Random(5)
    table = Table([[s.p("甲", s.cell), s.p("乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙", s.cell)]], colWidths=[40, 80])
    for _ in range(30):
        content = [rng.choice([s.p(t, rng.choice([s.body, s.h2, s.small])) for t in _random_texts(rng, 3)]
                          + [Spacer(1, rng.choice([0, 5, 20])), table]) for _ in range(rng.randint(0, 8))]
        closing = KeepTogether([Spacer(1, 8), s.p("主持人（签字）：", s.signature)])
        kwt = KeepWithTail(content, closing)
        kwt.canv = canv
        flat = content + closing._content  # noqa: SLF001
        expected = (_listWrapOn(content, 400, canv)[1] if content else 0.0, _listWrapOn(flat, 400, canv)[1])
        assert kwt._heights(content, [closing], 400) == expected  # noqa: SLF001
        assert kwt._heights(content, [closing], 400) == expected  # noqa: SLF001 - measured again from the memo


def test_table_layout_kept_only_while_it_holds():
    s = styles.Styles()
    rows = [[s.p(str(i), s.cell), s.p("会议记录" * (i % 5 + 1), s.cell)] for i in range(12)]

    def fresh() -> Table:
        t = Table([list(r) for r in rows], colWidths=[30, 60])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        return t

    kept = fresh()
    for width, height in [(90, 10_000), (90, 10_000), (90, 50), (90, 10_000), (120, 10_000), (90, 300), (90, 300)]:
        ref = fresh()
        assert kept.wrap(width, height) == ref.wrap(width, height)
        assert kept._rowHeights == ref._rowHeights and kept._rowpositions == ref._rowpositions  # noqa: SLF001
        assert kept._hmax == ref._hmax  # noqa: SLF001
    kept.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 9)]))
    ref = fresh()
    ref.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 9)]))
    assert kept.wrap(90, 10_000) == ref.wrap(90, 10_000)


def test_number_text_of_whole_calls():
    from reportlab.lib import rl_accel

    from dangjian_desktop.reports import _speed

    slow = rl_accel._py_funcs.get("fp_str")  # noqa: SLF001
    if slow is None:  # the C accelerator is installed: nothing of ours runs
        return
    rng = random.Random(2)
    for _ in range(3000):
        args = tuple(rng.choice([0, 1, 12, 0.5, -3.25, rng.uniform(-500, 500)]) for _ in range(rng.randint(1, 6)))
        assert _speed.fp_str(*args) == slow(*args)
        assert _speed.fp_str(*args) == slow(*args)  # again, from the memo
        assert _speed.fp_str(args) == slow(args)
        assert _speed.fp_str(list(args)) == slow(list(args))


def _state(canvas: Canvas) -> tuple:
    return (tuple(canvas.__dict__[k] for k in Canvas.STATE_ATTRIBUTES if k != "_extgstate"),
            dict(canvas._extgstate._d), len(canvas.state_stack), canvas._doc._pdfVersion)  # noqa: SLF001


def test_fast_paragraph_without_saved_state_leaves_the_canvas_as_paragraph_does():
    """The short way writes q/cm/rg/Q itself instead of saving and restoring the canvas state: the same operators
    and, after it, the same canvas state (colour, matrix, graphics state, PDF version) as ReportLab's drawOn — for
    coloured text, text with an alpha, and a canvas whose fill alpha or colour was changed before."""
    from reportlab.lib.colors import Color, CMYKColor, black

    s = styles.Styles()
    rng = random.Random(11)
    colours = [black, Color(0.2, 0.4, 0.6), Color(0.5, 0.5, 0.5, alpha=0.5), Color(1, 0, 0),
               CMYKColor(0, 0, 0, 1), "#336699"]
    stock_canvas, fast_canvas = _two_canvases()
    texts = _random_texts(rng, 48)
    for i, text in enumerate(texts):
        if i % 7 == 3:  # the canvas's own state changed between paragraphs: fill colour, alpha, a transform
            alpha = rng.choice([1, 0.5])
            for c in (stock_canvas, fast_canvas):
                c.setFillColor(Color(0.1, 0.2, 0.3))
                c.setFillAlpha(alpha)
                c.translate(3, 4)
        style = ParagraphStyle(f"c{i}", parent=s.body, textColor=colours[i % len(colours)],
                               alignment=rng.choice([TA_LEFT, TA_CENTER, TA_RIGHT]))
        made, stock = _fast_and_stock(s, text, style)
        _wrap_and_draw(made, stock, rng.choice([80, 200, 420]), (fast_canvas, stock_canvas), 30.5)
        assert fast_canvas._code == stock_canvas._code, (text, style.textColor)  # noqa: SLF001
        assert _state(fast_canvas) == _state(stock_canvas)


def test_fast_paragraphs_in_a_table_draw_what_paragraphs_draw():
    s = styles.Styles()
    rng = random.Random(5)
    rows = [_random_texts(rng, 3) for _ in range(12)]
    stock_canvas, fast_canvas = _two_canvases()
    for canvas, make in ((stock_canvas, lambda t: Paragraph(s.p(t, s.cell).text, s.cell, frags=s.p(t, s.cell).frags)),
                         (fast_canvas, lambda t: s.p(t, s.cell))):
        t = Table([[make(x) for x in row] for row in rows], colWidths=[60, 120, 200])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#888888"), ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"),
                               ("TEXTCOLOR", (0, 0), (-1, -1), "#333333")]))
        t.wrapOn(canvas, 380, 2000)
        t.drawOn(canvas, 40, 30)
    assert fast_canvas._code == stock_canvas._code  # noqa: SLF001
    assert _state(fast_canvas) == _state(stock_canvas)


def _form_pair(s: styles.Styles, rng: random.Random) -> tuple[object, object]:
    """A header form as minutes.py makes it, drawn by GridForm and by Table (the same recipe, random text)."""
    from reportlab.lib import colors

    from dangjian_desktop.reports._grid import GridForm

    lw = 24 * 2.8346
    vw = (rng.uniform(300, 480) - 2 * lw) / 2
    widths = [lw, vw, lw, vw]
    rows = [[rng.choice(["会议类型", "起止时间", "主持人"]), *_random_texts(rng, 3)] for _ in range(rng.randint(1, 6))]
    spans = []
    for _ in range(rng.randint(0, 4)):
        rows.insert(rng.randint(0, len(rows)), ["缺席人员\n及原因", _random_texts(rng, 1)[0] * rng.randint(1, 4), "", ""])
    spans = [((1, r), (3, r)) for r, row in enumerate(rows) if row[2] == ""]
    merged = [r for (_c, r), _end in spans]

    def as_table() -> Table:
        t = styles.form_table(s, rows, widths, label_columns=(0, 2), spans=spans)
        t.setStyle(TableStyle([("BACKGROUND", (1, r), (3, r), colors.white) for r in merged]))
        return t

    cells = [[s.p(v, s.label if c in (0, 2) else s.cell) for c, v in enumerate(row)] for row in rows]
    fills = [(c, c, r, styles.HEAD_FILL) for r in range(len(rows)) for c in (0, 2) if not (c == 2 and r in merged)]
    fills += [(1, 3, r, colors.white) for r in merged]
    table = as_table()
    grid = GridForm(cells, widths, make_table=as_table, spans=merged, padding=(6, 6, 4, 4), valign="MIDDLE", backgrounds=fills,
                    lines=[("GRID", 0.6, styles.GRID)])
    return table, grid


def test_grid_form_lays_out_and_draws_what_table_does():
    """Random header forms (merged rows anywhere, up to four of them, wrapped text), signature lines and the
    continuation header: the same size, row heights and page content as ReportLab's Table."""
    from reportlab.lib import colors

    from dangjian_desktop.reports._grid import GridForm

    s = styles.Styles()
    rng = random.Random(11)
    stock_canvas, fast_canvas = _two_canvases()
    for _ in range(25):
        table, grid = _form_pair(s, rng)
        width = rng.uniform(400, 520)
        assert grid.wrapOn(fast_canvas, width, 2000) == table.wrapOn(stock_canvas, width, 2000)
        assert grid.row_heights == table._rowHeights  # noqa: SLF001
        sw = width - grid.width
        table.drawOn(stock_canvas, 40, 30, _sW=sw)
        grid.drawOn(fast_canvas, 40, 30, _sW=sw)
        assert fast_canvas._code == stock_canvas._code  # noqa: SLF001
    for labels in (["主持人", "记录人"], ["记录人"]):  # signature lines: a fixed row height, lines under cells 1, 3
        cells, widths = [], []
        for label in labels:
            cells += [s.p(f"{label}（签字）：", s.signature), ""]
            widths += [80, 150]
        table = Table([cells], colWidths=widths, rowHeights=[36.85])
        lines = [("LINEBELOW", i, i, 0, 0.6, colors.black) for i in range(1, len(cells), 2)]
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
                                  + [(op, (c0, r), (c1, r), w, col) for op, c0, c1, r, w, col in lines]))
        grid = GridForm([cells], widths, make_table=lambda: None, row_heights=[36.85], padding=(0, 6, 3, 3),
                        valign="BOTTOM", lines=lines)
        assert grid.wrapOn(fast_canvas, 460, 900) == table.wrapOn(stock_canvas, 460, 900)
        table.drawOn(stock_canvas, 40, 30, _sW=4)
        grid.drawOn(fast_canvas, 40, 30, _sW=4)
        assert fast_canvas._code == stock_canvas._code  # noqa: SLF001
    for text in _random_texts(rng, 6):  # the continuation header: one boxed cell on a grey ground
        cell = s.p(text + "（续）", s.small)
        table = Table([[cell]], colWidths=[430])
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, styles.GRID),
                                   ("BACKGROUND", (0, 0), (-1, -1), "#F3F3F3"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        grid = GridForm([[cell]], [430], make_table=lambda: None, padding=(6, 6, 2, 3),
                        backgrounds=[(0, 0, 0, colors.toColor("#F3F3F3"))], lines=[("BOX", 0.6, styles.GRID)])
        assert grid.wrapOn(fast_canvas, 430, 110) == table.wrapOn(stock_canvas, 430, 110)
        table.drawOn(stock_canvas, 50, 700)
        grid.drawOn(fast_canvas, 50, 700)
        assert fast_canvas._code == stock_canvas._code  # noqa: SLF001


def test_grid_forms_break_across_pages_where_tables_do(tmp_path):
    """Forms taller than the room left split (by handing over to the Table) at the same rows: same pages, same
    page content, same pixels at 20 dpi."""
    import shutil
    import subprocess

    from pypdf import PdfReader
    from reportlab.platypus import SimpleDocTemplate

    s = styles.Styles()
    out = {}
    for kind in ("table", "grid"):
        rng = random.Random(19)
        story = []
        for _ in range(12):
            table, grid = _form_pair(s, rng)
            story += [Spacer(1, rng.uniform(0, 250)), table if kind == "table" else grid]
        path = tmp_path / f"{kind}.pdf"
        SimpleDocTemplate(str(path), pagesize=(560, 420), leftMargin=20, rightMargin=20, topMargin=20,
                          bottomMargin=20, invariant=1).build(story)
        out[kind] = path
    a, b = PdfReader(out["table"]), PdfReader(out["grid"])
    assert len(a.pages) == len(b.pages) > 12  # some forms did not fit in the room left and were split
    for pa, pb in zip(a.pages, b.pages, strict=True):
        assert pa.get_contents().get_data() == pb.get_contents().get_data()
    if shutil.which("pdftoppm"):
        for kind, path in out.items():
            subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / kind)], check=True)
        pngs = sorted(tmp_path.glob("table-*.png"))
        assert pngs and all(p.read_bytes() == (tmp_path / p.name.replace("table", "grid")).read_bytes() for p in pngs)


def test_cjk_line_breaker_breaks_where_reportlabs_rewritten_loop_does():
    """``_kinsoku.dumb_split`` (C sums and bisection) against ``textsplit.dumbSplit`` as _kinsoku rewrites it (a
    Python step per character): the same lines and extra space on random text full of characters that may not
    start or end a line, Latin runs (ReportLab's look-back for a space), spaces, at random widths."""
    from reportlab.lib import textsplit

    from dangjian_desktop.reports import _kinsoku

    assert _kinsoku.install() and textsplit.dumbSplit.__module__ == textsplit.__name__
    fonts = styles.Styles().fonts
    rng = random.Random(11)
    pool = _HANZI[:60] + "，。、；：？！”’》）】…—·％“‘《（【[{$ABCxyz 019\xa0" + _kinsoku.CHINESE_CANNOT_START
    cases = 0
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 160)))
        font, size = rng.choice([(fonts.body, 12), (fonts.title, 10.5), (fonts.body, 9)])
        widths = textsplit.getCharWidths(text, font, size)
        max_widths = rng.choice([rng.uniform(5, 500), [rng.uniform(-5, 60), rng.uniform(20, 300)],
                                 rng.choice([12, 24.0, 36, 100.5]), sum(widths[: rng.randint(0, len(text))])])
        expected = textsplit.dumbSplit(text, list(widths), max_widths)
        assert _kinsoku.dumb_split(text, list(widths), max_widths) == expected, (text, max_widths)
        assert _kinsoku.word_split(text, max_widths, font, size) == expected
        cases += len(expected) > 1
    assert cases > 1000  # most texts ran over several lines


def test_plain_text_paths_of_styles_p_give_the_parsers_paragraph():
    """Styles.p's one-pass test (a compiled character class), its no-text shortcut and its kept parses (texts
    with markup or line breaks, asked twice) make the fragments ReportLab's parser makes of the same markup."""
    from reportlab.platypus import paragraph as rl_paragraph

    s = styles.Styles()
    rng = random.Random(5)
    # every character ReportLab counts as white space is below U+3001 (styles._NOT_PLAIN relies on it)
    assert all(styles._has_space(chr(c)) is None or chr(c) in styles._NOT_PLAIN  # noqa: SLF001
               for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    spaces = "".join(chr(c) for c in range(0x3001) if styles._has_space(chr(c)))  # noqa: SLF001
    pool = _HANZI[:50] + "，。“”（）ABC&<>\n\r™𠮷" + spaces
    own = ParagraphStyle("own", parent=s.body, fontName=s.fonts.font_for("kai"), leftIndent=24)
    for i in range(1500):
        text = "".join(rng.choice(pool) for _ in range(rng.choice([0, 0, 1, 3, 12, 40])))
        if i % 7 == 0:
            text = rng.choice(["缺席人员\n及原因", "原：甲\n更正为：乙", "a & b", ""])  # texts met again and again
        style = rng.choice([s.body, s.title, s.cell, s.label, s.small, own])
        fast = s.p(text, style)
        kept = text.replace("\u3000", s._ideographic_space(style.fontName))  # noqa: SLF001
        slow = Paragraph(s.fonts.markup(kept, style.fontName), style)
        assert isinstance(fast, FastParagraph)
        assert fast.text == slow.text, text
        assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in slow.frags], (text, style.name)
        assert [type(f) for f in fast.frags] == [type(f) for f in slow.frags]
        width = rng.choice([30, 120, 400])
        assert fast.wrap(width, 1000) == slow.wrap(width, 1000)
    # a kept parse hands out fragments of its own each time
    a, b = s.p("两行\n文字", s.label), s.p("两行\n文字", s.label)
    assert a.frags[0] is not b.frags[0] and a.frags[0].link is not b.frags[0].link
    assert rl_paragraph.Paragraph("", s.body).frags == s.p("", s.body).frags == []


def test_collector_paused_while_documents_are_made_and_back_after_the_last():
    import gc
    import threading

    from dangjian_desktop.reports import _speed

    assert gc.isenabled()
    entered, release = threading.Event(), threading.Event()

    def other_document() -> None:
        with _speed.gc_paused():
            entered.set()
            release.wait(5)

    t = threading.Thread(target=other_document)
    with _speed.gc_paused():
        assert not gc.isenabled()
        t.start()
        entered.wait(5)
        with _speed.gc_paused():
            assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's document is still being made
    release.set()
    t.join(5)
    assert gc.isenabled()
    try:  # a collector switched off by someone else stays off
        gc.disable()
        with _speed.gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    # an error inside still brings it back
    try:
        with _speed.gc_paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


def test_minutes_book_is_made_with_the_collector_paused(demo_services, tmp_path, monkeypatch):  # noqa: ANN001
    import gc

    from dangjian_desktop.reports import minutes
    from tests.conftest import demo_year

    seen = []
    real_build = styles.FormalDocument.build

    def build(self, story, **kw):  # noqa: ANN001, ANN003, ANN202
        seen.append(gc.isenabled())
        return real_build(self, story, **kw)

    monkeypatch.setattr(styles.FormalDocument, "build", build)
    made = []
    real_story = minutes.record_story
    monkeypatch.setattr(minutes, "record_story", lambda *a, **kw: made.append(gc.isenabled()) or real_story(*a, **kw))
    demo_services.meetings.minutes_book_pdf(demo_year(), tmp_path / "book.pdf")
    assert seen == [False] and made and not any(made)  # the story and its layout
    assert gc.isenabled()
