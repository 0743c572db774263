"""会议记录 (one meeting), 会议记录本 (a year) and 签到表, laid out like the printed 三会一课记录本.

A record starts with a ruled header form (type, date, time, place, host, recorder, 应到/实到/缺席 with names and
reasons, 列席), then the agenda, the minutes, resolutions and votes, amendments, and the 主持人/记录人 signature
lines. Long minutes flow onto further pages; each continuation page repeats a compact header of the record at the
top, so a loose page still says which meeting it belongs to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from dangjian_desktop.domain.first_topic import Study
from dangjian_desktop.domain.meetings import (
    WEEKDAYS,
    Meeting,
    MeetingType,
    Scope,
    SigninRow,
    motion_passes,
    quorum_met,
)
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.domain.progress import Progress
from dangjian_desktop.reports import _speed
from dangjian_desktop.reports._grid import GridForm
from dangjian_desktop.reports.styles import (
    GRID,
    HEAD_FILL,
    MARGINS,
    DeferredParagraph,
    FormalDocument,
    Styles,
    KeepWithTail,
    closing_block,
    end_with,
    printed_page,
    data_table,
    fmt_date,
    form_table,
)


RUNNING_SIZE = 9.5
_RUNNING_FILL = colors.toColor("#F3F3F3")


def _date_text(d: dt.date) -> str:
    return f"{fmt_date(d)}（星期{WEEKDAYS[d.weekday()]}）"


def _names(names: Sequence[str]) -> str:
    return "、".join(names) if names else "无"


class _RecordMark(Flowable):
    """Zero-size marker: at the start of a record it remembers the record's running header (and its page, for the
    contents); at the end it clears it, so the next record's first page gets no continuation header."""

    def __init__(self, header: str | None, pages: dict[int, int] | None = None, index: int = -1):
        super().__init__()
        self.header = header
        self.pages = pages
        self.index = index
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        page = canv.getPageNumber()
        canv._dj_record = (self.header, page) if self.header else None
        if self.pages is not None and self.index >= 0:
            self.pages[self.index] = printed_page(canv)  # the number printed in the footer (the cover has none)


def _continuation_header(styles: Styles, frame_width: float):  # noqa: ANN202
    style = ParagraphStyle("running", parent=styles.small, fontSize=RUNNING_SIZE, leading=13)
    made: dict[str, GridForm] = {}  # the header of the record being printed, laid out once for all its pages

    def on_page(canv, doc) -> None:  # noqa: ANN001
        rec = getattr(canv, "_dj_record", None)
        if not rec:
            return
        header, first_page = rec
        if canv.getPageNumber() <= first_page:
            return
        w, h = doc.pagesize
        t = made.get(header)
        if t is None:
            made.clear()
            # a boxed grey line, drawn without Table (reports/_grid.py); it is never split
            t = made[header] = GridForm([[styles.p(header + "（续）", style)]], [frame_width], make_table=lambda: None,
                                        padding=(6, 6, 2, 3), backgrounds=[(0, 0, 0, _RUNNING_FILL)],
                                        lines=[("BOX", 0.6, GRID)])
            t.wrapOn(canv, frame_width, 40 * mm)
        t.drawOn(canv, MARGINS["left"], h - MARGINS["top"] + 4 * mm)

    return on_page


def running_header(m: Meeting, fits=None) -> str:  # noqa: ANN001
    """The line over a record's later pages. Long type names (组织生活会、民主评议党员) would make it wrap: the
    time, then 主持人/记录人 are left out until it fits on one line (``fits(text) -> bool``)."""
    parts = [f"会议记录　{m.types_text}　{fmt_date(m.date)}", m.time_text,
             f"主持人：{m.host or '—'}　记录人：{m.recorder or '—'}"]
    candidates = ["　".join(p for p in parts if p), "　".join(p for p in (parts[0], parts[2]) if p), parts[0]]
    for text in candidates:
        if fits is None or fits(text + "（续）"):
            return text
    return candidates[-1]


def _header_form(s: Styles, m: Meeting, width: float) -> GridForm:
    lw = 24 * mm
    vw = (width - 2 * lw) / 2
    scope = f"党小组：{m.group_name}" if m.scope is Scope.GROUP and m.group_name else str(m.scope)
    voting = m.voting_expected
    expected = f"{m.expected}人" + (f"（其中正式党员{voting}人）" if voting != m.expected else "")
    absent = [f"{a.name}（{a.absence_text}）" for a in m.absent]
    rows: list[list[object]] = [
        ["会议类型", m.types_text, "会议日期", _date_text(m.date)],
        ["起止时间", m.time_text or "", "会议地点", m.place],
        ["主持人", m.host, "记录人", m.recorder],
    ]
    if MeetingType.LECTURE in m.types:
        rows.append(["讲课人", m.lecturer, "党课课题", m.lecture_topic])
    rows += [
        ["参加范围", scope, "应到人数", expected],
        ["实到人数", f"{len(m.present)}人", "缺席人数", f"{len(m.absent)}人"],
    ]
    spans = []
    for label, value in (("缺席人员\n及原因", _names(absent)), ("列席人员", m.observers or "无"),
                         ("实到人员", _names([a.name for a in m.present]))):
        rows.append([label, value, "", ""])
        spans.append(((1, len(rows) - 1), (3, len(rows) - 1)))
    if MeetingType.ASSEMBLY in m.types:
        ok = quorum_met(m.voting_present, voting)
        text = (f"应到会有表决权的正式党员{voting}人，实到{m.voting_present}人，"
                + ("超过半数，会议有效。" if ok else "未超过半数，不能进行表决。"))
        rows.append(["到会情况", text, "", ""])
        spans.append(((1, len(rows) - 1), (3, len(rows) - 1)))
    widths = [lw, vw, lw, vw]

    def as_table() -> Table:
        t = form_table(s, rows, widths, label_columns=(0, 2), spans=spans)
        t.setStyle(TableStyle([("BACKGROUND", (1, r), (3, r), colors.white) for (_c, r), _end in spans]))
        return t

    # the same form drawn without Table (reports/_grid.py): the same page content, a fraction of the work
    merged = [r for (_c, r), _end in spans]
    cells = [[v if hasattr(v, "wrapOn") else s.p(v, s.label if c in (0, 2) else s.cell) for c, v in enumerate(row)]
             for row in rows]
    fills = [(c, c, r, HEAD_FILL) for r in range(len(rows)) for c in (0, 2) if not (c == 2 and r in merged)]
    fills += [(1, 3, r, colors.white) for r in merged]
    return GridForm(cells, widths, make_table=as_table, spans=merged, padding=(6, 6, 4, 4), valign="MIDDLE",
                    backgrounds=fills, lines=[("GRID", 0.6, GRID)])


def _signatures(s: Styles, labels: Sequence[str], width: float, with_date: bool = True) -> KeepTogether:
    """主持人（签字）：＿＿＿＿  记录人（签字）：＿＿＿＿ with the label sized to its text, then a date line."""
    style = s.signature
    cells: list = []
    widths: list[float] = []
    col = width / len(labels)
    for label in labels:
        text = f"{label}（签字）："
        lw = stringWidth(text, style.fontName, style.fontSize) + 8
        cells += [s.p(text, style), ""]
        widths += [lw, col - lw]

    def as_table() -> Table:
        t = Table([cells], colWidths=widths, rowHeights=[13 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
                              + [("LINEBELOW", (i, 0), (i, 0), 0.6, colors.black) for i in range(1, len(cells), 2)]))
        return t

    # the same lines drawn without Table (reports/_grid.py)
    grid = GridForm([cells], widths, make_table=as_table, row_heights=[13 * mm], padding=(0, 6, 3, 3),
                    valign="BOTTOM", lines=[("LINEBELOW", i, i, 0, 0.6, colors.black) for i in range(1, len(cells), 2)])
    parts: list = [Spacer(1, 8 * mm), grid]
    if with_date:
        parts += [Spacer(1, 6 * mm), s.p("　　　　年　　月　　日", _record_styles(s)[2])]
    return KeepTogether(parts)


def study_text(st: Study) -> str:
    """The 第一议题学习台账's fields as lines under the study item."""
    lines = []
    if st.title:
        lines.append(f"学习篇目：{st.title}" + (f"（{st.source_text}）" if st.source_text else ""))
    elif st.source_text:
        lines.append(f"出处：{st.source_text}")
    lead = "；".join(x for x in (f"领学人：{st.led_by}" if st.led_by else "", f"学习形式：{st.form}" if st.form else "")
                    if x)
    if lead:
        lines.append(lead)
    if st.follow_up:
        lines.append(f"贯彻落实措施：{st.follow_up}")
    return "\n".join(lines)


def _paragraphs(s: Styles, text: str, style: ParagraphStyle) -> list:
    return [s.p(line.strip(), style) for line in (text or "").splitlines() if line.strip()]


def _record_styles(s: Styles) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The agenda note, agenda item and date line styles of every record: made once per document (a style made
    afresh for each record costs its paragraphs the look-up of their fragment by the style's attributes)."""
    got = s.__dict__.get("_dj_record_styles")
    if got is None:
        got = s.__dict__["_dj_record_styles"] = (
            ParagraphStyle("agenda_note", parent=s.body_flush, fontSize=10.5, leading=17, leftIndent=24,
                           fontName=s.fonts.font_for("kai")),
            ParagraphStyle("agenda_item", parent=s.body_flush, leftIndent=24, firstLineIndent=-24),
            ParagraphStyle("date_line", parent=s.signature, alignment=TA_RIGHT),
        )
    return got


def record_story(s: Styles, branch: Branch, m: Meeting, width: float, *, pages: dict[int, int] | None = None,
                 index: int = -1) -> list:
    title_suffix = "" if m.is_final else "（草稿）"
    story: list = [
        _RecordMark(running_header(m, lambda text: stringWidth(text, s.fonts.body, RUNNING_SIZE) <= width - 8),
                    pages, index),
        s.p(f"会 议 记 录{title_suffix}", s.title),
        s.p(f"{branch.name}　{m.display_title}", s.subtitle),
        _header_form(s, m, width),
    ]
    note_style, item_style, _date_style = _record_styles(s)
    story.append(s.p("会议议题", s.h2))
    if m.agenda:
        for i, item in enumerate(m.agenda, start=1):
            title = item.title
            if item.first_topic:
                title = "【第一议题】" + title.removeprefix("第一议题").lstrip("：:　 ")
            story.append(s.p(f"{i}．{title}", item_style))
            story += _paragraphs(s, item.note, note_style)
            if item.first_topic and item.study is not None:
                story += _paragraphs(s, study_text(item.study), note_style)
    else:
        story.append(s.p("（未填写）", s.body_flush))
    story.append(s.p("会议记录", s.h2))
    story += _paragraphs(s, m.minutes, s.body) or [s.p("（未填写）", s.body_flush)]
    if m.resolutions.strip():
        story.append(s.p("会议决议", s.h2))
        story += _paragraphs(s, m.resolutions, s.body)
    if m.votes:
        story.append(CondPageBreak(30 * mm))
        story.append(s.p("表决情况", s.h2))
        ve = m.voting_expected
        rows = [[v.subject, str(ve), str(m.voting_present), str(v.yes), str(v.no), str(v.abstain),
                 "通过" if motion_passes(v.yes, ve) else "未通过"] for v in m.votes]
        widths = [width - 6 * 17 * mm] + [17 * mm] * 6
        story.append(data_table(s, ["表决事项", "应到有表决权", "实到有表决权", "赞成", "反对", "弃权", "结果"], rows,
                                widths, align=["left"] + ["center"] * 6))
        story.append(s.p("注：赞成票超过应到会有表决权党员的半数为通过。", s.small))
    if m.amendments:
        story.append(CondPageBreak(30 * mm))
        story.append(s.p("更正记录", s.h2))
        rows = [[fmt_date(a.made_on), a.field, f"原：{a.old_value}\n更正为：{a.new_value}", a.reason, a.who]
                for a in m.amendments]
        story.append(data_table(s, ["日期", "项目", "更正内容", "原因", "登记人"], rows,
                                [28 * mm, 20 * mm, width - 96 * mm, 30 * mm, 18 * mm],
                                align=["center", "center", "left", "left", "center"]))
    end_with(story, _signatures(s, ["主持人", "记录人"], width))  # never the signature lines alone on a page
    story.append(_RecordMark(None))
    return story


def build_minutes_pdf(path: Path | str, branch: Branch, meetings: Sequence[Meeting]) -> Path:
    """会议记录 of one or more meetings, each starting on a new page."""
    first = meetings[0]
    doc = FormalDocument(path, title=f"会议记录 {first.types_text} {first.date:%Y-%m-%d}", branch_name=branch.name,
                         subject="会议记录")
    s = doc.styles
    story: list = []
    for i, m in enumerate(meetings):
        if i:
            story.append(PageBreak())
        story += record_story(s, branch, m, doc.frame_width)
    return doc.build(story, on_page=_continuation_header(s, doc.frame_width))


def build_minutes_book_pdf(path: Path | str, branch: Branch, year: int, meetings: Sequence[Meeting], *,
                           drafts_left_out: int = 0, progress: Progress | None = None) -> Path:
    """会议记录本: cover (年度, 党支部名称, 党支部书记), contents with page numbers, then every record.

    Laid out once: each record's first page is noted while the records are drawn, and the contents' page-number
    cells (the room of four digits each) are filled in when the document is saved. The story is made with the
    cyclic garbage collector paused, as the layout is (``_speed.gc_paused``)."""
    with _speed.gc_paused():
        return _minutes_book(path, branch, year, meetings, drafts_left_out=drafts_left_out, progress=progress)


def _minutes_book(path: Path | str, branch: Branch, year: int, meetings: Sequence[Meeting], *,
                  drafts_left_out: int, progress: Progress | None) -> Path:
    path = Path(path)
    pages: dict[int, int] = {}
    doc = FormalDocument(path, title=f"{branch.name}{year}年度三会一课记录本", branch_name=branch.name,
                         subject="会议记录本", cover_pages=1)
    s = doc.styles
    w = doc.frame_width
    cover_line = ParagraphStyle("cover_field", parent=s.cover_line, leftIndent=14 * mm)
    story: list = [
        Spacer(1, 40 * mm),
        s.p("三会一课记录本", s.cover_title),
        Spacer(1, 8 * mm),
        s.p(f"（{year}年度）", s.subtitle),
        Spacer(1, 50 * mm),
        s.p(f"党支部名称：{branch.name}", cover_line),
        s.p(f"党支部书记：{branch.secretary_name or '　' * 6}", cover_line),
        s.p(f"上级党组织：{branch.parent_committee or '　' * 6}", cover_line),
        s.p(f"记录起止：{fmt_date(meetings[0].date)} 至 {fmt_date(meetings[-1].date)}", cover_line),
        s.p(f"会议记录：共{len(meetings)}次", cover_line),
        PageBreak(),
        s.p("目　录", s.title),
    ]
    rows = []
    for i, m in enumerate(meetings):
        page = DeferredParagraph(lambda text: s.p(text, s.cell_center), lambda i=i: str(pages.get(i, "")))
        rows.append([str(i + 1), m.date.strftime("%Y-%m-%d"), m.types_text, m.display_title, page])
    story.append(data_table(s, ["序号", "日期", "会议类型", "会议名称／主题", "页码"], rows,
                            [12 * mm, 24 * mm, 36 * mm, w - 86 * mm, 14 * mm],
                            align=["center", "center", "left", "left", "center"]))
    if drafts_left_out:
        story.append(s.p(f"注：本册收入定稿的会议记录{len(meetings)}次；另有{drafts_left_out}次会议记录尚未定稿，"
                         "未收入本册（定稿后重新生成即可收入）。", s.small))
    for i, m in enumerate(meetings):
        story.append(PageBreak())
        story += record_story(s, branch, m, w, pages=pages, index=i)
    if meetings and isinstance(story[-1], _RecordMark):  # the note goes with the last record's signature lines
        last = story[-2]
        if isinstance(last, KeepWithTail):
            last.closing = closing_block(s, last.closing)
        else:
            story[-2] = closing_block(s, last)
    else:
        story.append(closing_block(s))
    count = len(meetings)

    def figures(page: int) -> tuple[int, int, str]:
        done = len(pages)
        return done, count, f"第 {max(1, done)} / {count} 次会议记录（第 {page} 页）"

    return doc.build(story, on_page=_continuation_header(s, w), progress=progress, figures=figures)


def build_signin_pdf(path: Path | str, branch: Branch, m: Meeting, people: Sequence[SigninRow]) -> Path:
    """签到表: the 应到 list with an empty signature column, printed before the meeting."""
    doc = FormalDocument(path, title=f"签到表 {m.types_text} {m.date:%Y-%m-%d}", branch_name=branch.name,
                         subject="签到表")
    s = doc.styles
    w = doc.frame_width
    lw = 22 * mm
    vw = (w - 2 * lw) / 2
    scope = f"党小组：{m.group_name}" if m.scope is Scope.GROUP and m.group_name else str(m.scope)
    story: list = [
        s.p("签　到　表", s.title),
        s.p(f"{branch.name}", s.subtitle),
        form_table(s, [
            ["会议名称", m.display_title, "", ""],
            ["会议类型", m.types_text, "会议日期", _date_text(m.date)],
            ["时间", m.time_text, "地点", m.place],
            ["主持人", m.host, "参加范围", scope],
        ], [lw, vw, lw, vw], label_columns=(0, 2), spans=[((1, 0), (3, 0))]),
        Spacer(1, 4 * mm),
    ]
    rows = [[str(i), p.name, p.group_name, p.category, Spacer(1, 8 * mm), ""] for i, p in enumerate(people, start=1)]
    if rows:
        story.append(data_table(s, ["序号", "姓名", "党小组", "党员类别", "本人签名", "备注"], rows,
                                [12 * mm, 24 * mm, 40 * mm, 20 * mm, 38 * mm, w - 134 * mm],
                                align=["center", "center", "left", "center", "center", "left"]))
    else:
        story.append(s.p("（应到名单为空：请先在名册中登记党员）", s.body_flush))
    story.append(Spacer(1, 5 * mm))
    story.append(s.p(f"应到{len(people)}人，实到＿＿＿＿人。列席人员：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", s.body_flush))
    story.append(_signatures(s, ["记录人"], w * 0.55, with_date=False))
    return doc.build(story)
