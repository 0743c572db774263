"""The fast paths of printing give the very output of the slow ones."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from dangjian_desktop.reports import styles as _styles  # noqa: F401 - installs the width table
from dangjian_desktop.reports.fonts import font_set


def _slow_markup(text: str, preferred: str) -> str:
    fs = font_set()
    parts = []
    for alias, run in fs.runs(text, preferred):
        esc = escape(run).replace("\r\n", "\n").replace("\n", "<br/>")
        parts.append(esc if alias == preferred else f'<font name="{alias}">{esc}</font>')
    return "".join(parts)


def test_markup_of_covered_text_is_the_escaped_text():
    fs = font_set()
    for text in ["", "会议记录　第一议题：学习<二十大>精神 & “安全生产”", "两行\r\n文字\n第三行"]:
        assert fs.markup(text) == _slow_markup(text, fs.body)
        assert fs.markup(text, fs.title) == _slow_markup(text, fs.title)


def test_markup_still_falls_back_glyph_by_glyph():
    """With the shipped fonts (AR PL UMing body, WenQuanYi Zen Hei titles): ™ (U+2122) is only in Zen Hei, and
    𠮷 (U+20BB7, CJK Ext-B) is in neither."""
    fs = font_set()
    assert (fs.body, fs.title) == ("DJ-UMingCN", "DJ-ZenHei")
    assert "™" not in fs.covered(fs.body) and "™" in fs.covered(fs.title)
    text = "甲™乙"
    assert fs.markup(text) == _slow_markup(text, fs.body) == '甲<font name="DJ-ZenHei">™</font>乙'
    assert fs.missing_chars(text) == []
    assert fs.missing_chars("会议𠮷记录") == ["𠮷"]


def test_character_widths_match_reportlab():
    fs = font_set()
    word = "党支部ABC，。12３会议记录𠮷"
    for font in (fs.body, fs.title):
        for size in (10.5, 12, 14):
            assert textsplit.getCharWidths(word, font, size) == [stringWidth(c, font, size) for c in word]


def test_plain_paragraphs_have_the_parsers_fragments():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    s = _styles.Styles()
    own = ParagraphStyle("own", parent=s.body, fontName=s.fonts.font_for("kai"), leftIndent=24)
    texts = ["x", "会议记录", "  前后空格　全角　 ", "第一议题：学习“二十大”精神，（一）ABC 123 ％", "　　　　年　　月　　日",
             "a & b", "<b>不是标签</b>", "两行\n文字", "\t", "—"]
    for style in (s.body, s.title, s.cell_center, s.head, s.small, own):
        for text in texts:
            fast = s.p(text, style)
            kept = text.replace("\u3000", s._ideographic_space(style.fontName))  # noqa: SLF001
            slow = Paragraph(s.fonts.markup(kept, style.fontName), style)
            assert fast.text == slow.text
            assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in slow.frags], (text, style.name)
            assert fast.wrap(200, 1000) == slow.wrap(200, 1000)
    a, b = s.p("甲", s.body).frags[0], s.p("乙", s.body).frags[0]
    assert a.link is not b.link and a.us_lines is not b.us_lines  # nothing shared between paragraphs


def test_number_text_is_reportlabs():
    import random

    from reportlab.lib import rl_accel

    from dangjian_desktop.reports import _speed

    slow = rl_accel._py_funcs.get("fp_str") or rl_accel.fp_str
    rng = random.Random(1)
    values = [0, 1, -1, 0.5, 1e-8, -1e-8, 2e-7, 123456.789, 0.1234567, 1e7, True, 12, 10.5, 79.37007874015748]
    values += [rng.uniform(-1000, 1000) for _ in range(2000)] + [rng.uniform(-1, 1) for _ in range(500)]
    for v in values:
        assert _speed.fp_str(v) == slow(v) == _speed.fp_str(v)
    assert _speed.fp_str(1, 2.5, -3) == slow(1, 2.5, -3)
    assert _speed.fp_str([0.1, 0.2]) == slow([0.1, 0.2]) == _speed.fp_str((0.1, 0.2))


def test_ideographic_spaces_keep_their_width():
    """ReportLab folds whitespace runs into one space: the blanks of a date line to fill in by hand must stay."""
    s = _styles.Styles()
    for style in (s.body, s.title):
        blanks = s.p("　　　　年　　月　　日", style)
        blanks.wrap(400, 100)
        plain = s.p("年月日", style)
        plain.wrap(400, 100)
        used = 400 - blanks.blPara.lines[0][0]
        used_plain = 400 - plain.blPara.lines[0][0]
        em = style.fontSize
        assert used - used_plain >= 8 * em * 0.85  # eight ideographic spaces, each within 15% of an em
