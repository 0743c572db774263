"""党员名册: the members roster as a formal landscape table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from dangjian_desktop import clock
from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.reports import styles

HEADERS = ["序号", "姓名", "性别", "民族", "出生年月", "学历", "入党时间", "转正时间", "党员类别", "党小组",
           "岗位/职务", "联系电话", "身份证号"]
# sized so that two-character cells (性别, 民族, 正式), four-character headers (出生年月, 入党时间) and
# 18-character ID numbers do not wrap at 9.5 pt
WIDTHS_MM = [10, 17, 10.5, 12.5, 18, 16.5, 18, 18, 12, 32, 22, 23, 34]


def _ym(d: dt.date | None) -> str:
    return f"{d.year}.{d.month:02d}" if d else ""


def build_roster_pdf(path: Path | str, branch: Branch, members: Sequence[Member], *, show_ids: bool = False,
                     as_of: dt.date | None = None) -> Path:
    as_of = as_of or clock.today()
    doc = styles.FormalDocument(path, title=f"{branch.name}党员名册", branch_name=branch.name, landscape_mode=True,
                                subject="党员名册")
    s = doc.styles
    full = sum(1 for m in members if m.category is MemberCategory.FULL)
    prob = len(members) - full
    story = [
        s.p(f"{branch.name}党员名册", s.title),
        s.p(f"截至{styles.fmt_date(as_of)}　在册党员{len(members)}名（正式党员{full}名，预备党员{prob}名）", s.subtitle),
    ]
    # a compact table style: 9.5 pt fits one member per line on landscape A4 (about twice as many per page)
    s.cell = ParagraphStyle("roster_cell", parent=s.cell, fontSize=9.5, leading=12)
    s.cell_center = ParagraphStyle("roster_cell_center", parent=s.cell, alignment=TA_CENTER)
    s.head = ParagraphStyle("roster_head", parent=s.head, fontSize=9.5, leading=12)
    rows = []
    for i, m in enumerate(members, start=1):
        rows.append([
            str(i), m.name, m.gender, m.ethnicity, _ym(m.birth_date), m.education, _ym(m.joined_party_on),
            _ym(m.full_member_on), "预备" if m.category is MemberCategory.PROBATIONARY else "正式", m.group_name,
            m.position, m.phone, m.id_number if show_ids else idcard.mask(m.id_number),
        ])
    widths = styles.scaled_widths(WIDTHS_MM, doc.frame_width)
    align = ["center", "center", "center", "center", "center", "center", "center", "center", "center", "left",
             "left", "center", "center"]
    if rows:
        story.append(styles.data_table(s, HEADERS, rows, widths, align=align))
    else:
        story.append(s.p("（名册中暂无在册党员）", s.body_flush))
    styles.end_with(story, styles.closing_block(s, styles.signature_block(s, ["制表人", "党支部书记"], doc.frame_width)))
    return doc.build(story)
