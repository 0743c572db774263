"""第一议题 in the year: the 年度台账 chapter, 首页's share, the 第一议题学习台账 document and headquarters' figure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.charts import Progress
from dangjian_desktop.domain.dashboard import Glance, Stat

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text

    svc = services.first_topic
    share = svc.share(year, today)
    entries = svc.entries(year, today)
    blocks: list = [Text(f"{year}年召开支委会、党员大会和党小组会共{share.meetings}次，其中以“第一议题”学习开篇的"
                         f"{share.opened}次" + (f"（{share.percent}%）。" if share.meetings else "。")
                         + f"全年第一议题学习共{len(entries)}次，详见《第一议题学习台账》。")]
    if share.meetings:
        blocks.append(Progress("以第一议题开篇的会议", float(share.opened), float(share.meetings), unit="次",
                               key="first_topic"))
    blocks.append(Table(("序号", "日期", "会议", "学习内容", "领学人", "学习形式"),
                        tuple((i, f"{e.date.month}月{e.date.day}日", e.meeting, e.title, e.led_by, e.form)
                              for i, e in enumerate(entries, start=1)),
                        (0.6, 1.3, 2.2, 3.4, 0.9, 1.3), ("center", "center", "left", "left", "center", "left"),
                        empty_text="（本年度尚无第一议题学习记录）"))
    return [LedgerSection("first_topic", "第一议题学习情况", 47, blocks)]


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    share = services.first_topic.share(year, today)
    if share.meetings:
        missing = share.meetings - share.opened
        g.stats.append(Stat("第一议题", share.text, "支委会、党员大会、党小组会以第一议题开篇"
                            + (f"，{missing}次没有" if missing else ""), warn=missing > 0))
    return g


def make_ledger(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    from dangjian_desktop import clock

    return services.first_topic.ledger_pdf(year or clock.today().year, out)


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    return {"first_topic_share": services.first_topic.share(year, today).percent}
