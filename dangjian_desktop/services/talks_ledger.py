"""谈心谈话 in overviews and on paper: 首页's figure, the 年度台账 chapter, the 登记册 and the record of one talk,
the CLI's summary and the figures headquarters sees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop import clock
from dangjian_desktop.domain.charts import Progress
from dangjian_desktop.domain.dashboard import Glance, Stat
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.talks import TalkType

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services


def talks_summary(services: Services, year: int, today: dt.date | None = None) -> dict[str, Any]:
    """`dangjian talks --year Y --json`: the year's talks and the expected pairs without one."""
    cov = services.talks.coverage(year, today or clock.today())
    return {"talks": cov.talks, "missing_pairs": [[p.a.name, p.b.name] for p in cov.missing]}


def make_register(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    return services.talks.register_pdf(year or clock.today().year, out)


def make_talk(services: Services, out: Path, year: int | None, *, talk: str | None = None, **_: Any) -> Path:
    if not talk:
        raise ValidationError("请用 --talk 指定谈话记录编号（可只写前几位）。")
    return services.talks.talk_pdf(talk, out)


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    cov = services.talks.coverage(year, today)
    if not cov.expected and not cov.talks:
        return g
    g.stats.append(Stat("谈心谈话", f"{cov.talks}次", f"应谈{len(cov.expected)}对，已谈{cov.done}对",
                        warn=bool(cov.missing) and today.month >= services.talks.rules().remind_from_month))
    if cov.expected:
        g.charts.append(Progress("谈心谈话覆盖", float(cov.done), float(len(cov.expected)), unit="对", key="talks"))
    return g


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text

    cov = services.talks.coverage(year, today)
    talks = list(reversed(services.talks.talks(year)))
    by_kind = {k: sum(1 for t in talks if t.kind is k) for k in TalkType}
    blocks: list = [Text(
        f"{year}年开展谈心谈话{cov.talks}次（" + "，".join(f"{k}{n}次" for k, n in by_kind.items() if n) + "）。"
        if talks else f"{year}年没有谈心谈话记录。")]
    if cov.expected:
        blocks.append(Progress("谈心谈话覆盖", float(cov.done), float(len(cov.expected)), unit="对", key="talks"))
        blocks.append(Text(f"按规定应谈{len(cov.expected)}对，已谈{cov.done}对"
                           + (f"，未谈{len(cov.missing)}对。" if cov.missing else "，全部谈到。")))
    blocks.append(Text("谈话登记", "heading"))
    blocks.append(Table(("日期", "谈话人", "谈话对象", "类型", "主要内容"),
                        tuple((t.on.isoformat(), t.a_name, t.b_name, str(t.kind), t.content) for t in talks),
                        (1.2, 1.0, 1.0, 1.1, 4.2), ("center", "center", "center", "center", "left"),
                        empty_text="（无）"))
    if cov.missing:
        blocks.append(Text("尚未谈话", "heading"))
        blocks.append(Table(("应谈话的两人", "依据"), tuple((f"{p.a.name}—{p.b.name}", p.why) for p in cov.missing),
                            (2.0, 3.0), ("center", "center")))
    return [LedgerSection("talks", "谈心谈话", 57, blocks)]


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    cov = services.talks.coverage(year, today)
    return {"talks": cov.talks, "talks_missing_pairs": len(cov.missing)}
