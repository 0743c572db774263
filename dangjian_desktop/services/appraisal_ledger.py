"""The 组织生活会 cycle on paper and in overviews: 首页's figures and reminders, the 年度台账 chapter, the four
documents (民主测评票, 结果汇总表, 情况报告, 整改清单), the figures headquarters sees, and the CLI's summary.

Which 年度: a document or figure asked for this year before April is about last year's 年度 when this year's
has no record yet (the meeting of a 年度 is held in its fourth quarter or the next January; see
``domain.life_meeting.review_year``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop import clock
from dangjian_desktop.domain.appraisal import GRADES, WEAK_GRADES, Grade, allowed_excellent, appraised, grade_counts
from dangjian_desktop.domain.charts import Progress
from dangjian_desktop.domain.dashboard import Glance, Stat
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.life_meeting import LifeMeeting, review_year, year_problem
from dangjian_desktop.domain.reminders import Reminder, Urgency
from dangjian_desktop.domain.room import RectStatus

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services


def cycle_for(services: Services, year: int | None, today: dt.date) -> LifeMeeting | None:
    """The cycle of ``year``; this year's before April falls back to last year's 年度 when it has none."""
    year = year or today.year
    if year_problem(year, today):
        raise ValidationError(year_problem(year, today))
    found = services.appraisal.cycle(year)
    if found is None and year == today.year and review_year(today) != year:
        found = services.appraisal.cycle(review_year(today))
    return found


def _require(services: Services, year: int | None, today: dt.date) -> LifeMeeting:
    c = cycle_for(services, year, today)
    if c is None:
        raise NotFoundError(f"{year or today.year}年度还没有组织生活会和民主评议党员的记录。")
    return c


def _d(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


# -- the CLI's summary (`dangjian appraisal --year Y --json`) --------------------------------------------------------


def appraisal_summary(services: Services, year: int, today: dt.date | None = None) -> dict[str, Any]:
    today = today or clock.today()
    if year_problem(year, today):
        raise ValidationError(year_problem(year, today))
    c = services.appraisal.cycle(year)
    rules = services.appraisal.rules()
    if c is None:
        return {"held_on": None, "grades": {g.value: 0 for g in GRADES}, "members": []}
    held = c.appraisal_date(today)
    return {
        "held_on": held.isoformat() if held else None,
        "grades": {g.value: n for g, n in grade_counts(c.entries, rules).items()},
        "members": [{"name": e.member_name, "grade": e.grade.value if e.grade else None,
                     "votes": {g.value: e.votes_for(g) for g in GRADES}} for e in c.entries],
    }


# -- documents (features/appraisal.py) ----------------------------------------------------------------------------


def make_ballot(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    """民主测评票: a blank ballot listing the members to be graded, to print and hand out."""
    from dangjian_desktop.reports.appraisal import build_ballot_pdf

    today = clock.today()
    year = year or today.year
    svc = services.appraisal
    c = cycle_for(services, year, today) or LifeMeeting(year=year)
    rules = svc.rules()
    entries = [e for e in c.entries if e.is_appraised(rules)] if c.entries else \
        [e for e in svc.roster_entries(c, today) if e.is_appraised(rules)]
    if not entries:
        raise NotFoundError("名册中没有可以参加评议的党员，无法生成测评票。")
    return build_ballot_pdf(out, services.branch.require_profile(), c.year, entries, rules)


def make_results(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    """民主评议党员结果汇总表."""
    from dangjian_desktop.reports.appraisal import build_results_pdf

    today = clock.today()
    c = _require(services, year, today)
    if not c.entries:
        raise NotFoundError(f"{c.year}年度还没有评议名单，请先在“组织生活会”页面生成评议名单。")
    return build_results_pdf(out, services.branch.require_profile(), c, services.appraisal.rules(), today)


def make_report(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    """组织生活会情况报告 for the higher committee."""
    from dangjian_desktop.reports.appraisal import build_report_pdf

    today = clock.today()
    c = _require(services, year, today)
    prep = services.appraisal.preparation(c, today)
    return build_report_pdf(out, services.branch.require_profile(), c, services.appraisal.rules(), prep,
                            services.appraisal.opinion_categories(), today)


def make_rectifications(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    """整改清单 for display."""
    from dangjian_desktop.reports.appraisal import build_rectifications_pdf

    today = clock.today()
    c = _require(services, year, today)
    if not c.problems:
        raise NotFoundError(f"{c.year}年度还没有问题清单和整改措施。")
    return build_rectifications_pdf(out, services.branch.require_profile(), c, today)


# -- 首页 -----------------------------------------------------------------------------------------------------------


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    recent = services.appraisal.recent(today)
    c = recent.get(year) or (recent.get(review_year(today)) if year == today.year else None)
    if c is None:
        return g
    held = c.held_on(today)
    planned = c.meeting.date if c.meeting else c.planned_on
    done = sum(1 for p in c.problems if p.status is RectStatus.DONE)
    g.stats.append(Stat(f"{c.year}年度组织生活会", f"{held:%m月%d日}召开" if held else "尚未召开",
                        f"计划{planned:%Y年%m月%d日}" if not held and planned else
                        f"查摆问题{len(c.problems)}条，已整改{done}条"))
    rules = services.appraisal.rules()
    counts = grade_counts(c.entries, rules)
    if any(counts.values()):
        over = counts[Grade.EXCELLENT] > allowed_excellent(len(appraised(c.entries, rules)), rules)
        g.stats.append(Stat("民主评议党员", "，".join(f"{k}{n}" for k, n in counts.items() if n),
                            "优秀超过规定比例" if over else "优秀未超过规定比例", warn=over))
    if c.problems:
        g.charts.append(Progress(f"{c.year}年度组织生活会整改", float(done), float(len(c.problems)), unit="项",
                                 key="life_rectified"))
    return g


def reminders(services: Services, today: dt.date) -> list[Reminder]:
    """Rectifications overdue or due soon; weak grades without a decision; the report not yet sent upward; the
    higher committee not yet told of a meeting coming within a month."""
    if services.branch.profile() is None:
        return []
    out: list[Reminder] = []
    for _year, c in sorted(services.appraisal.recent(today).items()):
        uuid = c.uuid or ""
        day = c.meeting.date if c.meeting else c.planned_on
        if day and today <= day <= today + dt.timedelta(days=30) and c.reported_on is None:
            out.append(Reminder("life_meeting_report_before", f"{c.year}年度组织生活会：请先向上级党委报告",
                                f"计划于{day:%Y年%m月%d日}召开，会前应向上级党委报告，上级党委可派人参加。",
                                day, Urgency.SOON, page="appraisal", record_kind="cycle", record_uuid=uuid))
        held = c.held_on(today)
        if held and c.report_sent_on is None and (today - held).days >= 7:
            out.append(Reminder("life_meeting_report_after", f"{c.year}年度组织生活会情况报告尚未报送上级党委",
                                f"会议于{held:%Y年%m月%d日}召开。可在“组织生活会”页面打印情况报告，报送后登记报送日期。",
                                held + dt.timedelta(days=7), Urgency.SOON, page="appraisal", record_kind="cycle",
                                record_uuid=uuid))
        for e in c.entries:
            if e.grade in WEAK_GRADES and e.follow_up is None:
                out.append(Reminder("appraisal_follow_up", f"{e.member_name}评为{e.grade}，尚未登记处理意见",
                                    f"{c.year}年度民主评议：评为基本合格、不合格的党员，应作出限期改正、教育帮助等处理并登记日期。",
                                    None, Urgency.SOON, page="appraisal", record_kind="entry", record_uuid=uuid))
        for r in c.rectifications():
            who = f"，责任人{r.responsible}" if r.responsible else ""
            if r.is_overdue(today) and r.deadline:
                out.append(Reminder("life_rectification_overdue",
                                    f"组织生活会整改已逾期{(today - r.deadline).days}天：{r.item_text}",
                                    f"{c.year}年度组织生活会查摆的问题（{r.room}），整改期限{r.deadline:%Y年%m月%d日}{who}。"
                                    "请督促完成并登记完成日期。", r.deadline, Urgency.OVERDUE, page="appraisal",
                                    record_kind="rectification", record_uuid=r.uuid or ""))
            elif r.is_due_soon(today) and r.deadline:
                out.append(Reminder("life_rectification_due", f"组织生活会整改即将到期：{r.item_text}",
                                    f"{c.year}年度组织生活会查摆的问题（{r.room}），整改期限{r.deadline:%Y年%m月%d日}{who}。",
                                    r.deadline, Urgency.SOON, page="appraisal", record_kind="rectification",
                                    record_uuid=r.uuid or ""))
    return out


# -- 年度台账 ---------------------------------------------------------------------------------------------------------


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text

    c = services.appraisal.cycle(year)
    title = "组织生活会和民主评议党员"
    if c is None:
        return [LedgerSection("appraisal", title, 55, [Text(f"{year}年度尚无组织生活会和民主评议党员的记录。")])]
    rules = services.appraisal.rules()
    held = c.held_on(today)
    counts = grade_counts(c.entries, rules)
    blocks: list = [Text(
        (f"{c.year}年度组织生活会于{held:%Y年%m月%d日}召开" if held else f"{c.year}年度组织生活会尚未召开")
        + (f"（计入{c.year}年度，“会议”一章的年度要求按此统计）" if held and held.year != c.year else "")
        + (f"，主题为“{c.topic}”" if c.topic else "") + "。"
        + (f"会前征求意见{len(c.opinions)}条；" if c.opinions else "")
        + f"查摆问题{len(c.problems)}条，已完成整改{sum(1 for p in c.problems if p.status is RectStatus.DONE)}条。"
        + ("民主评议党员结果：" + "，".join(f"{g}{counts[g]}名" for g in GRADES) + "。" if any(counts.values())
           else ""))]
    blocks.append(Text("问题清单和整改情况", "heading"))
    blocks.append(Table(("对象", "问题", "整改措施", "责任人", "时限", "完成情况"),
                        tuple((p.owner, p.problem, p.measure, p.responsible, _d(p.deadline),
                               f"{p.status.value}\n{_d(p.completed_on)}".strip()) for p in c.problems),
                        (1.0, 2.4, 2.5, 0.9, 1.4, 1.4), ("center", "left", "left", "center", "center", "center"),
                        empty_text="（无）"))
    if c.entries:
        blocks.append(Text("民主评议党员结果", "heading"))
        blocks.append(Table(("姓名", "党小组", "优秀票", "合格票", "基本合格票", "不合格票", "评定等次", "处理意见"),
                            tuple((e.member_name, e.group_name, *(e.votes_for(g) for g in GRADES),
                                   e.grade.value if e.grade else e.status_text(rules).split("（")[0],
                                   (e.follow_up.value if e.follow_up else "")) for e in c.entries),
                            (1.0, 1.6, 0.8, 0.8, 0.9, 0.8, 1.2, 1.2),
                            ("center", "center", "center", "center", "center", "center", "center", "center")))
    return [LedgerSection("appraisal", title, 55, blocks)]


# -- headquarters ---------------------------------------------------------------------------------------------------


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    """The 年度 under review (last year's until the end of March) as the branch's rules count it."""
    y = review_year(today) if year == today.year else year
    c = services.appraisal.cycle(y)
    rules = services.appraisal.rules()
    held = c.held_on(today) if c else None
    counts = grade_counts(c.entries, rules) if c else dict.fromkeys(GRADES, 0)
    from dangjian_desktop.domain.appraisal import is_complete

    return {
        "appraisal_year": y,
        "life_meeting_held": 1 if held else 0,
        "life_meeting_month": held.year * 100 + held.month if held else None,
        "appraisal_done": 1 if c and c.appraisal_date(today) and is_complete(c.entries, rules) else 0,
        "grade_excellent": counts[Grade.EXCELLENT],
        "grade_qualified": counts[Grade.QUALIFIED],
        "grade_basic": counts[Grade.BASIC],
        "grade_unqualified": counts[Grade.UNQUALIFIED],
    }
