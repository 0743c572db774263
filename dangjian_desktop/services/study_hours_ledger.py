"""学时 in the year: the 年度台账 chapter, 首页's figure, the 党员学习学时统计表 and headquarters' figure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.dashboard import Glance, Stat

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text

    svc = services.study_hours
    rules = svc.rules()
    y = svc.year(year, today)
    counted = "、".join(t.short for t in rules.counted_types)
    blocks: list = [Text(f"按每名党员每年集中学习不少于{rules.target_hours}学时的要求（计入学时的会议：{counted}；"
                         f"每学时{rules.minutes_per_hour}分钟），{year}年内曾在册的党员{len(y.rows)}名，"
                         + (f"截至{today.month}月{today.day}日" if year == today.year else "")
                         + f"已达到要求{len(y.rows) - len(y.below)}名，未达到{len(y.below)}名。")]
    blocks.append(Table(("序号", "姓名", "党小组", "会议学时", "其他学习", "合计", "要求", "达标"),
                        tuple((i, r.name, r.group_name, str(r.meeting_hours), str(r.training_hours), str(r.hours),
                               str(r.target), "否" if r.below else "是") for i, r in enumerate(y.rows, start=1)),
                        (0.6, 1.1, 2.3, 0.9, 0.9, 0.8, 0.8, 0.6), ("center", "center", "left") + ("center",) * 5,
                        empty_text="（无在册党员）"))
    if y.untimed_meetings:
        blocks.append(Text(f"注：有{len(y.untimed_meetings)}次会议没有填写起止时间，未计入学时："
                           + "、".join(f"{d.month}月{d.day}日{t}" for d, t in y.untimed_meetings[:10])
                           + ("等" if len(y.untimed_meetings) > 10 else "") + "。", "note"))
    return [LedgerSection("study_hours", "党员学习学时", 48, blocks)]


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    y = services.study_hours.year(year, today)
    if y.rows:
        below = len(y.below)
        g.stats.append(Stat("学时达标", f"{len(y.rows) - below}/{len(y.rows)}人",
                            f"{below}人未达{services.study_hours.rules().target_hours}学时" if below else "全部达标",
                            warn=below > 0 and today.month >= 10 and year == today.year))
    return g


def make_table(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    from dangjian_desktop import clock

    return services.study_hours.pdf(year or clock.today().year, out)


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    return {"study_below": len(services.study_hours.year(year, today).below)}
