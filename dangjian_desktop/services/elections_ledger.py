"""换届选举 in the year: the 年度台账 chapter, 首页's reminders and figure, the documents of one election, and the
figures headquarters sees (term due / overdue, the last election)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.dashboard import Glance, Stat
from dangjian_desktop.domain.elections import Election, Stage
from dangjian_desktop.domain.reminders import Reminder, Urgency

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services

TERM_DUE_DAYS = 183  # the higher committee reminds about six months before the term ends


def _d(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else "—"


# -- 年度台账 ---------------------------------------------------------------------------------------------------


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text

    svc = services.elections
    blocks: list = []
    held = [svc.get(s.uuid) for s in svc.list()]
    in_year = [e for e in held if (e.held_on and e.held_on.year == year)
               or (e.held_on is None and e.request_on and e.request_on.year == year)]
    if not in_year:
        blocks.append(Text(f"{year}年没有进行换届选举。", "flush"))
    for e in sorted(in_year, key=lambda e: e.held_on or e.request_on or today):
        outcome = svc.outcome(e)
        blocks.append(Text(f"{_d(e.held_on)}换届选举（{e.stage().value}）" if e.held_on else
                           f"换届选举筹备（{e.stage().value}）", "heading"))
        steps = [
            ("向上级党委请示", _d(e.request_on), e.request_no),
            ("上级党委批复", _d(e.reply_on), e.reply_no),
            ("召开支部党员大会选举", _d(e.held_on), _meeting_note(e, today)),
            ("选举结果报上级党委", _d(e.report_on), ""),
            ("上级党委批准", _d(e.approved_on), e.approval_no),
        ]
        blocks.append(Table(("环节", "日期", "文号/说明"), tuple(steps), (2.6, 1.6, 2.8), ("left", "center", "left")))
        rows = []
        for r, o in zip(e.rounds, outcome.rounds, strict=True):
            elected = {x.name for x in o.elected}
            for v in sorted(r.votes, key=lambda v: -v.yes):
                rows.append((f"第{r.number}轮", v.name, v.yes, v.no, v.abstain,
                             "当选" if v.name in elected else "—"))
        if rows:
            blocks.append(Text(f"应选{e.seats}名，候选人{len(e.candidates)}名；监票人："
                               f"{'、'.join(p.name for p in e.scrutineers) or '—'}；计票人："
                               f"{'、'.join(p.name for p in e.tellers) or '—'}。"))
            blocks.append(Table(("轮次", "被选举人", "赞成", "不赞成", "弃权", "结果"), tuple(rows),
                                (1, 1.4, 0.8, 0.8, 0.8, 1), ("center",) * 6))
        if e.committee:
            blocks.append(Table(("职务", "姓名", "分工"), tuple((s.role.value, s.name, s.duty) for s in e.committee),
                                (1, 1.2, 3), ("center", "center", "left")))
    terms = svc.terms()
    blocks.append(Text("历届支部委员会", "heading"))
    blocks.append(Table(("选举日期", "任期", "书记", "委员", "来源"),
                        tuple((_d(t.elected_on), f"{t.term_years}年" + (f"（至{_d(t.ended_on)}）" if t.ended_on else
                                                                        "（本届）"),
                               t.secretary, "、".join(m.name for m in t.members), t.source) for t in terms),
                        (1.5, 2.2, 1, 3.2, 1), ("center", "center", "center", "left", "center"),
                        empty_text="（尚无记录）"))
    return [LedgerSection("elections", "换届选举", 91, blocks, new_page=False)]


def _meeting_note(e: Election, today: dt.date) -> str:
    """应到/实到 of a meeting held; a meeting still to come is said to be planned (no 实到 yet)."""
    if e.held_on and e.held_on > today:
        return f"计划召开（应到{e.voters_due}人）" if e.voters_due else "计划召开"
    return f"应到{e.voters_due}人，实到{e.voters_present}人" if e.voters_due else ""


# -- 首页 ---------------------------------------------------------------------------------------------------------------


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    if year != today.year or services.branch.profile() is None:
        return g
    e = services.elections.pending()
    if e is not None:
        g.stats.append(Stat("换届选举", e.stage().value, f"{e.held_on.month}月{e.held_on.day}日召开选举大会"
                            if e.held_on else f"应选{e.seats}名，候选人{len(e.candidates)}名"))
    return g


def reminders(services: Services, today: dt.date) -> list[Reminder]:
    """The steps of an election under way that wait for the secretary."""
    out: list[Reminder] = []
    branch = services.branch.profile()
    if branch is None:
        return out
    e = services.elections.pending()
    if e is None:
        return out

    def rem(title: str, detail: str, due: dt.date | None, urgency: Urgency) -> Reminder:
        return Reminder("election_step", title, detail, due, urgency, page="elections", record_kind="election",
                        record_uuid=e.uuid or "")

    stage = e.stage()
    if stage is Stage.PREPARING and e.request_on:
        out.append(rem("换届选举请示尚未得到上级党委批复", f"请示已于{_d(e.request_on)}报送。收到批复后请登记批复日期、"
                                                  "文号和批准的名额、候选人。", None, Urgency.INFO))
    if stage is Stage.AUTHORISED and not e.meeting_uuid:
        out.append(rem("上级党委已批复换届请示，请安排选举大会", f"批复日期{_d(e.reply_on)}。请在“换届”页选定日期、安排选举大会"
                                                   "（将在“会议”中建立一次支部党员大会）。", None, Urgency.SOON))
    if e.held_on and e.held_on >= today and not e.rounds:
        out.append(rem(f"换届选举大会定于{_d(e.held_on)}召开", "请提前在“换届”页打印选票（按实到人数）和计票单，会后登记投票结果。",
                       e.held_on, Urgency.SOON if (e.held_on - today).days <= 14 else Urgency.INFO))
    if e.held_on and e.held_on < today and not e.rounds:
        out.append(rem(f"{_d(e.held_on)}的选举大会还没有登记投票结果", "请在“换届”页登记发出、收回的选票和每名候选人的得票。",
                       e.held_on, Urgency.SOON))
    if not e.rounds:  # nothing voted yet: the outcome (and the rules it reads) can wait
        if e.delay_until and e.delay_until >= today and not e.held_on:
            out.append(rem(f"经批准延期换届至{_d(e.delay_until)}", "请在延期届满前完成换届选举。", e.delay_until,
                           Urgency.SOON if (e.delay_until - today).days <= 60 else Urgency.INFO))
        return out
    outcome = services.elections.outcome(e)
    if outcome.next_round is not None:
        out.append(rem("换届选举需要再次投票或另行选举", outcome.next_round.why + "。", e.held_on, Urgency.SOON))
    if outcome.complete and e.report_on is None:
        out.append(rem("换届选举结果尚未报上级党委", "请打印《选举结果报告》报上级党委，书记、副书记人选须经上级党委批准。",
                       e.held_on, Urgency.SOON))
    elif stage is Stage.REPORTED:
        out.append(rem("等待上级党委批准选举结果", f"选举结果已于{_d(e.report_on)}上报。批准后请在“换届”页登记批准日期，"
                                                "支部信息中的支委会和选举日期将随之更新。", None, Urgency.INFO))
    if e.delay_until and e.delay_until >= today and not e.held_on:
        out.append(rem(f"经批准延期换届至{_d(e.delay_until)}", "请在延期届满前完成换届选举。", e.delay_until,
                       Urgency.SOON if (e.delay_until - today).days <= 60 else Urgency.INFO))
    return out


# -- documents ------------------------------------------------------------------------------------------------------


def make_report(services: Services, out: Path, year: int | None, *, meeting: str, **_: Any) -> Path:
    """选举结果报告 of the election held at ``meeting``."""
    return services.elections.report_pdf(_uuid(services, meeting), out)


def make_request(services: Services, out: Path, year: int | None, *, meeting: str, **_: Any) -> Path:
    return services.elections.request_pdf(_uuid(services, meeting), out)


def make_ballot(services: Services, out: Path, year: int | None, *, meeting: str, round_number: str | None = None,
                copies: str | None = None, **_: Any) -> Path:
    return services.elections.ballot_pdf(_uuid(services, meeting), out, _int(round_number, "轮次"),
                                         _int(copies, "份数"))


def make_tally(services: Services, out: Path, year: int | None, *, meeting: str, round_number: str | None = None,
               **_: Any) -> Path:
    return services.elections.tally_pdf(_uuid(services, meeting), out, _int(round_number, "轮次"))


def make_minutes(services: Services, out: Path, year: int | None, *, meeting: str, **_: Any) -> Path:
    return services.elections.minutes_pdf(_uuid(services, meeting), out)


def _uuid(services: Services, meeting: str) -> str:
    return services.elections.resolve(meeting).uuid or ""


def _int(text: str | None, label: str) -> int | None:
    from dangjian_desktop.domain.errors import ValidationError

    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise ValidationError(f"{label}应是正整数（填写的是“{text}”）") from None
    if not 1 <= value <= 1000:
        raise ValidationError(f"{label}应在1到1000之间")
    return value


# -- headquarters -------------------------------------------------------------------------------------------------


def term_state(services: Services, today: dt.date) -> tuple[bool, bool]:
    """(due, overdue): the term ends within six months / has ended (an approved delay counts as the end)."""
    b = services.branch.profile()
    if b is None or b.term_ends_on is None:
        return False, False
    end = b.term_ends_on
    pending: Election | None = services.elections.pending()
    if pending is not None and pending.delay_until and pending.delay_until > end:
        end = pending.delay_until
    days = (end - today).days
    return 0 <= days <= TERM_DUE_DAYS, days < 0


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    b = services.branch.profile()
    due, overdue = term_state(services, today)
    last = b.election_date if b else None
    return {"term_due": int(due), "term_overdue": int(overdue),
            "last_election": last.year * 100 + last.month if last else None}
