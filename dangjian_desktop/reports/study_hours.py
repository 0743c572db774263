"""党员学习学时统计表 (landscape A4): one row per member — meetings attended and their 学时, other study, the total
against the year's target — under the rule it was counted by."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.domain.study_hours import StudyRules, YearHours
from dangjian_desktop.reports import styles

HEADERS = ["序号", "姓名", "党小组", "职务", "参加会议（次）", "会议学时", "其他学习学时", "合计学时", "年度要求", "达标",
           "备注"]
WIDTHS_MM = [11, 20, 40, 14, 20, 18, 26, 18, 18, 13, 49]


def build_study_hours_pdf(path: Path | str, branch: Branch, y: YearHours, rules: StudyRules, as_of: dt.date) -> Path:
    doc = styles.FormalDocument(path, title=f"{branch.name}{y.year}年党员学习学时统计表", branch_name=branch.name,
                                landscape_mode=True, subject="党员学习学时统计表")
    s = doc.styles
    counted = "、".join(t.short for t in rules.counted_types)
    extra = ""
    if rules.committee_hours > rules.target_hours or rules.secretary_hours > rules.target_hours:
        extra = f"；支委委员不少于{max(rules.committee_hours, rules.target_hours)}学时，书记不少于" \
                f"{max(rules.secretary_hours, rules.committee_hours, rules.target_hours)}学时"
    story: list = [
        s.p("党员学习学时统计表", s.title),
        s.p(f"{branch.name}　{y.year}年度　统计截至{styles.fmt_date(as_of)}", s.subtitle),
        s.p(f"要求：每名党员每年集中学习不少于{rules.target_hours}学时{extra}（《中国共产党党员教育管理工作条例》）。"
            f"计入学时的会议：{counted}，按实际出席和会议起止时间计算，每{rules.minutes_per_hour}分钟计1学时；"
            f"其他学习按登记的学时计。年中入党、转入或转出的党员按在册月数折算要求。", s.small),
    ]
    rows = []
    for i, r in enumerate(y.rows, start=1):
        note = r.note
        if r.below:
            note = "；".join(x for x in (f"差{r.missing}学时", note) if x)
        if r.untimed:
            note = "；".join(x for x in (note, f"{r.untimed}次会议未填起止时间") if x)
        rows.append([str(i), r.name, r.group_name, r.role, str(r.meetings), str(r.meeting_hours), str(r.training_hours),
                     str(r.hours), str(r.target), "否" if r.below else "是", note])
    widths = styles.scaled_widths(WIDTHS_MM, doc.frame_width)
    if rows:
        story.append(styles.data_table(s, HEADERS, rows, widths, align=["center", "center", "left", "center", "center",
                                                                        "center", "center", "center", "center", "center",
                                                                        "left"]))
    else:
        story.append(s.p("（本年度没有在册党员）", s.body_flush))
    below = len(y.below)
    tail = [s.p(f"在册党员{len(y.rows)}名，达到要求{len(y.rows) - below}名，未达到{below}名。", s.body_flush)]
    if y.untimed_meetings:
        tail.append(s.p(f"注：{len(y.untimed_meetings)}次会议没有填写起止时间，未计入学时（"
                        + "、".join(f"{d.month}月{d.day}日{t}" for d, t in y.untimed_meetings[:12])
                        + ("等" if len(y.untimed_meetings) > 12 else "") + "），补填后重新生成本表。", s.small))
    story += tail
    # the last rows and the totals go over with the signature lines: these never stand alone on a page
    styles.end_with(story, styles.closing_block(s, styles.signature_block(s, ["党支部书记", "组织委员"], doc.frame_width)))
    return doc.build(story)
