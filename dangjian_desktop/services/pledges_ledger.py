"""The pledges' year: the 年度台账 chapter, 首页's figures, the documents of 报表 and the package, and the figure
headquarters sees — all read from PledgeService."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.charts import BarChart, Progress, Series
from dangjian_desktop.domain.dashboard import Glance

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services


def _campaign(services: Services, year: int):  # noqa: ANN202
    return services.pledges.campaign_for_year(year)


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    campaign = _campaign(services, year)
    if campaign is None:
        return [LedgerSection("pledges", "党员承诺践诺评诺情况", 60, [
            Text(f"{year}年度未开展党员承诺（程序中没有该年度的承诺记录）。", "flush")], new_page=False)]
    p = services.pledges
    as_of = min(today, dt.date(year, 12, 31))
    s = p.summary(campaign.uuid, as_of=as_of)  # 在册 as the ledger's 党员队伍 chapter counts them: at the year's end
    blocks: list = [
        Text(f"{campaign.title}：在册党员{s.members_total}名，{s.members_pledged}名作出承诺，共{s.items_total}项"
             f"（审核通过亮诺{s.items_approved}项），践诺记录{s.progress_entries}条，已评诺{s.evaluated}名。"
             + (f"公示日期：{campaign.announced_on:%Y年%m月%d日}。" if campaign.announced_on else "")),
        Progress("作出承诺的党员", float(s.members_pledged), float(s.members_total), unit="名", key="pledged"),
        Progress("完成评诺的党员", float(s.evaluated), float(s.members_pledged), unit="名", key="evaluated"),
    ]
    cats = [(k, v) for k, v in s.by_category.items() if v]
    if cats:
        blocks.append(BarChart("承诺事项类别", tuple(k for k, _ in cats), (Series("事项数", tuple(float(v) for _, v in cats)),),
                               unit="项", key="pledge_categories"))
    rows = []
    for i, r in enumerate(p.overview(campaign.uuid), start=1):
        sh = r.sheet
        if sh is None:
            rows.append((i, r.member.name, r.member.group_name, 0, "", "", "未承诺"))
            continue
        outcome: dict[str, int] = {}
        for it in sh.approved_items:
            key = it.final_status.value or "未评定"
            outcome[key] = outcome.get(key, 0) + 1
        rows.append((i, sh.member_name or r.member.name, sh.group_name or r.member.group_name, len(sh.items),
                     sh.progress_count, "、".join(f"{k}{v}项" for k, v in outcome.items()), sh.grade or sh.stage))
    blocks.append(Text("党员承诺及评诺一览", "heading"))
    blocks.append(Table(("序号", "姓名", "党小组", "承诺事项", "践诺记录", "兑现情况", "评定/进度"), tuple(rows),
                        (0.6, 1.1, 2.2, 0.9, 0.9, 2, 1.2),
                        ("center", "center", "left", "center", "center", "left", "center")))
    grades = [(k, v) for k, v in s.by_grade.items() if v]
    if grades:
        blocks.append(Text("评定结果：" + "，".join(f"{k}{v}名" for k, v in grades) + "。", "flush"))
    pairs = p.pairs(campaign.uuid)
    blocks.append(Text("“一带二”结对情况", "heading"))
    blocks.append(Table(("帮带人", "帮带对象", "帮带目标", "成效", "结果"),
                        tuple((x.mentor_name, "、".join(x.mentees), x.goal, x.result, x.outcome.value or "进行中")
                              for x in pairs), (1, 1.6, 2.4, 2.4, 1),
                        ("center", "left", "left", "left", "center"), empty_text="（本年度无结对记录）"))
    return [LedgerSection("pledges", "党员承诺践诺评诺情况", 60, blocks)]


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    campaign = _campaign(services, year)
    if campaign is None:
        return g
    total, pledged, evaluated = services.pledges.glance_counts(campaign.uuid)
    g.charts.append(Progress("党员亮诺", float(pledged), float(total), unit="名", key="pledged"))
    g.charts.append(Progress("承诺评诺", float(evaluated), float(pledged), unit="名", key="evaluated"))
    return g


# -- documents (features/pledges.py) and headquarters' figure --------------------------------------------------------


def make_notice(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    """党员承诺公示表 of a year."""
    from dangjian_desktop import clock

    return services.pledges.notice_pdf(year or clock.today().year, out)


def make_summary(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    """践诺评诺情况汇总 of a year."""
    from dangjian_desktop import clock

    return services.pledges.summary_pdf(year or clock.today().year, out)


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    """The year's pledge items (0 when the branch ran no campaign that year)."""
    campaign = _campaign(services, year)
    return {"pledges": int(services.pledges.summary(campaign.uuid).items_total) if campaign else 0}
