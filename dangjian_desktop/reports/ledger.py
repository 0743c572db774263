"""年度党建工作台账: cover, contents, then every chapter the services collected, in the house style."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from dangjian_desktop.domain.charts import BarChart, Progress
from dangjian_desktop.domain.progress import Progress as ProgressCallback
from dangjian_desktop.domain.ledger import Fields, Ledger, LedgerSection, Signatures, Text, chapter_number
from dangjian_desktop.domain.ledger import PageBreak as PageBreakBlock
from dangjian_desktop.domain.ledger import Table as TableBlock
from dangjian_desktop.reports.charts import bar_drawing, progress_drawing
from dangjian_desktop.reports.styles import (
    DeferredParagraph,
    FormalDocument,
    Marked,
    Styles,
    closing_block,
    end_with,
    data_table,
    fmt_date,
    form_table,
    signature_block,
)


def build_ledger_pdf(path: Path | str, ledger: Ledger, *, progress: ProgressCallback | None = None) -> Path:
    branch = ledger.branch
    doc = FormalDocument(path, title=f"{branch.name}{ledger.year}年度党建工作台账", branch_name=branch.name,
                         subject="年度党建工作台账", cover_pages=1)
    s = doc.styles
    width = doc.frame_width
    pages: dict[int, int] = {}  # chapter -> printed page, noted while the chapters are drawn
    story: list = _cover(s, ledger, doc.frame_height)
    story += _contents(s, ledger, pages, width)
    for i, section in enumerate(ledger.sections, start=1):
        part = _section(s, section, i, width, pages, last=i == len(ledger.sections))
        if part and getattr(part[-1], "closing", False) and not section.new_page:
            story += part[:-1]
            end_with(story, part[-1])  # the end of the chapter before goes over with the sign-off
        else:
            story += part
    if not any(getattr(f, "closing", False) or getattr(getattr(f, "closing", None), "closing", False)
               for f in story[-1:]):
        story.append(closing_block(s))
    count = len(ledger.sections)

    def figures(page: int) -> tuple[int, int, str]:
        done = len(pages)
        return done, count, f"正在排版：第 {max(1, done)} / {count} 章（第 {page} 页）"

    return doc.build(story, progress=progress, figures=figures)


def _cover(s: Styles, ledger: Ledger, height: float) -> list:
    b = ledger.branch
    lines = [("党组织名称", b.name), ("党支部书记", b.secretary_name or "（未填写）"),
             ("上级党组织", b.parent_committee or "（未填写）"), ("编制日期", fmt_date(ledger.made_on))]
    rows = [[s.p(label + "：", s.cover_line), s.p(value, s.cover_line)] for label, value in lines]
    t = Table(rows, colWidths=[42 * mm, 100 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, "#333333"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return [
        Spacer(1, height * 0.12),
        s.p(b.name, s.subtitle),
        Spacer(1, 6 * mm),
        s.p(f"{ledger.year}年度", s.cover_title),
        s.p("党建工作台账", s.cover_title),
        Spacer(1, height * 0.22),
        t,
        PageBreak(),
    ]


def _contents(s: Styles, ledger: Ledger, pages: dict[int, int], width: float) -> list:
    """目录 with the page of each chapter (filled in when the document is saved: laid out once)."""
    out: list = [s.p("目　录", s.title)]
    line = ParagraphStyle("toc", parent=s.body_flush, fontSize=14, leading=30)
    number = ParagraphStyle("toc_page", parent=line, alignment=TA_RIGHT)
    rows = []
    for i, section in enumerate(ledger.sections, start=1):
        page = DeferredParagraph(lambda text: s.p(text, number), lambda i=i: str(pages.get(i, "")), "000")
        rows.append([s.p(f"{chapter_number(i)}、{section.title}", line), page])
    t = Table(rows, colWidths=[width * 0.7, width * 0.12], hAlign="CENTER")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, "#BBBBBB"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    out += [t, PageBreak()]
    return out


def _section(s: Styles, section: LedgerSection, number: int, width: float, pages: dict[int, int], *,
             last: bool = False) -> list:
    """The chapter's flowables; its heading notes its page for the contents. The last chapter's signature lines
    end the document as every document ends (``closing_block``: with the 本表由…生成 note, kept on one page)."""
    heading = ParagraphStyle("chapter", parent=s.h1, keepWithNext=1)
    sub = ParagraphStyle("sub", parent=s.h2, keepWithNext=1)
    # keepWithNext before a long table moves heading and table whole to the next page when the table fits on one
    # page, leaving most of a page empty; before a table, make sure the heading and a few rows fit instead, and let
    # the table flow (its header row repeats on the next page)
    heading_before_table = ParagraphStyle("chapter_table", parent=heading, keepWithNext=0)
    sub_before_table = ParagraphStyle("sub_table", parent=sub, keepWithNext=0)
    blocks = list(section.blocks)

    def table_next(i: int) -> bool:
        return i + 1 < len(blocks) and isinstance(blocks[i + 1], TableBlock) and bool(blocks[i + 1].rows)

    out: list = []
    if number > 1 and not (last and not section.new_page):
        # (the last chapter, the sign-off, is one closing block that takes the end of the chapter before with it)
        out.append(PageBreak() if section.new_page else CondPageBreak(60 * mm))
    title = s.p(f"{chapter_number(number)}、{section.title}", heading_before_table if table_next(-1) else heading)
    out.append(Marked(title, pages, number))
    for i, block in enumerate(blocks):
        if isinstance(block, Text) and block.style == "heading" and table_next(i):
            out.append(CondPageBreak(45 * mm))
            out.append(s.p(block.text, sub_before_table))
        elif isinstance(block, Text):
            style = {"heading": sub, "flush": s.body_flush, "note": s.small}.get(block.style, s.body)
            out.append(s.p(block.text, style))
        elif isinstance(block, TableBlock):
            out.append(_table(s, block, width))
            out.append(Spacer(1, 2 * mm))
        elif isinstance(block, Fields):
            out.append(_fields(s, block, width))
            out.append(Spacer(1, 2 * mm))
        elif isinstance(block, BarChart):
            out.append(KeepTogether([Spacer(1, 2 * mm), bar_drawing(block, width), Spacer(1, 2 * mm)]))
        elif isinstance(block, Progress):
            out.append(progress_drawing(block, width))
        elif isinstance(block, Signatures):
            # one signature per line: two to a line would wrap “党支部书记（签字）：”
            lines = [signature_block(s, [label], width, with_date=j == len(block.labels) - 1)
                     for j, label in enumerate(block.labels)]
            if last and i == len(blocks) - 1:
                # the sign-off chapter is one closing block, heading and text included: its heading can then
                # never stay behind at the foot of a page while the signature lines go over alone
                start = 1 if number > 1 and section.new_page else 0  # after the page break opening the chapter
                body = out[start:]
                del out[start:]
                out.append(closing_block(s, *body, *lines))
            else:
                out.extend(lines)
        elif isinstance(block, PageBreakBlock):
            out.append(PageBreak())
    return out


def _table(s: Styles, t: TableBlock, width: float):  # noqa: ANN202
    if not t.rows:
        return s.p(t.empty_text, s.body_flush)
    weights = list(t.widths) or [1.0] * len(t.headers)
    total = sum(weights)
    widths = [width * w / total for w in weights]
    align = list(t.align) or ["left"] * len(t.headers)
    return data_table(s, t.headers, [["" if v is None else v for v in row] for row in t.rows], widths, align=align)


def _fields(s: Styles, f: Fields, width: float):  # noqa: ANN202
    per = max(1, f.per_row)
    rows = []
    for i in range(0, len(f.pairs), per):
        row: list = []
        for label, value in f.pairs[i:i + per]:
            row += [label, value]
        while len(row) < per * 2:
            row += ["", ""]
        rows.append(row)
    label_w = 28 * mm
    value_w = (width - label_w * per) / per
    return form_table(s, rows, [label_w, value_w] * per, label_columns=tuple(range(0, per * 2, 2)))
