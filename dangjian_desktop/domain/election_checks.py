"""The checks of a 换届选举, shown while typing, and the outcome of each round (who is elected, who goes to another
vote). Pure functions over :mod:`dangjian_desktop.domain.elections`; ``today`` and the roster facts come in as
arguments."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from dangjian_desktop.domain.elections import (
    CandidateVotes,
    Election,
    ElectionRules,
    Round,
    RoundKind,
    add_months,
    ballots_count,
    min_candidates,
    quorum_met,
    quorum_needed,
    votes_needed,
)
from dangjian_desktop.domain.enums import CommitteeRole


class Level(StrEnum):
    OK = "ok"  # the rule holds (listed so the secretary sees what was checked)
    WARNING = "warning"  # advice; saved and approved as it is
    ERROR = "error"  # a rule is broken: saved as a draft, but the result cannot be approved
    INVALID = "invalid"  # the record cannot be saved like this (negative counts, duplicates…)


@dataclass(frozen=True)
class RuleCheck:
    rule: str  # stable id: margin, quorum, ballots, …
    level: Level
    message: str
    field: str = ""

    @property
    def ok(self) -> bool:
        return self.level is Level.OK

    def as_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "ok": self.ok, "level": self.level.value, "message": self.message}


def _c(rule: str, ok: bool, good: str, bad: str, *, field_: str = "", level: Level = Level.ERROR) -> RuleCheck:
    return RuleCheck(rule, Level.OK if ok else level, good if ok else bad, field_)


# -- the numbers alone (CLI `election check`, the figures typed in the window) ---------------------------------------


def check_numbers(seats: int, candidates: int, voters_due: int, present: int,
                  rules: ElectionRules | None = None) -> list[RuleCheck]:
    """差额 and the 4/5 quorum for bare numbers; every check is listed, passed or failed."""
    rules = rules or ElectionRules()
    out: list[RuleCheck] = []
    bad = [(name, v) for name, v in (("应选名额", seats), ("候选人数", candidates), ("应到人数", voters_due),
                                     ("实到人数", present)) if v < 0]
    for name, v in bad:
        out.append(RuleCheck("numbers", Level.INVALID, f"{name}不能为负数（填写的是{v}）"))
    if bad:
        return out
    if seats <= 0:
        out.append(RuleCheck("seats", Level.INVALID, "应选名额至少为1名", "seats"))
    else:
        need = min_candidates(seats, rules.margin_percent)
        out.append(_c("margin", candidates >= need,
                      f"差额：应选{seats}名，候选人{candidates}名，不少于{need}名（多于应选名额{rules.margin_percent}%），"
                      "符合差额选举要求",
                      f"差额：应选{seats}名，候选人应不少于{need}名（多于应选名额{rules.margin_percent}%，小数进一），"
                      f"现有{candidates}名，还差{need - candidates}名", field_="candidates"))
    if voters_due <= 0:
        out.append(RuleCheck("quorum", Level.ERROR, "应到会有选举权的党员人数应大于0（预备党员没有选举权，不计入）",
                             "voters_due"))
    elif present > voters_due:
        out.append(RuleCheck("quorum", Level.INVALID, f"实到会有选举权的党员{present}人，多于应到的{voters_due}人，"
                                                      "请核对", "voters_present"))
    else:
        need = quorum_needed(voters_due, rules.quorum_numerator, rules.quorum_denominator)
        out.append(_c("quorum", quorum_met(present, voters_due, rules.quorum_numerator, rules.quorum_denominator),
                      f"到会：应到会有选举权的党员{voters_due}人，实到{present}人，超过{rules.quorum_text}"
                      f"（至少{need}人），可以进行选举",
                      f"到会：应到会有选举权的党员{voters_due}人，须超过{rules.quorum_text}即至少{need}人到会才能进行选举，"
                      f"实到{present}人，还差{need - present}人", field_="voters_present"))
    return out


# -- a round's outcome -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    name: str
    member_uuid: str | None
    yes: int


@dataclass(frozen=True)
class RoundOutcome:
    number: int
    kind: RoundKind
    seats: int
    base: int  # the 应到 (or 实到) voters the yes votes are measured against
    needed: int  # yes votes needed: more than half of base
    stands: bool  # ballots returned ≤ issued
    elected: tuple[Ranked, ...] = ()  # in order of votes
    tied: tuple[Ranked, ...] = ()  # equal votes at the cut: another vote among them
    tie_seats: int = 0
    short: int = 0  # seats no one passed for: 另行选举
    passing: tuple[Ranked, ...] = ()

    @property
    def settled(self) -> bool:
        return self.stands and not self.tied and not self.short


def round_outcome(r: Round, base: int) -> RoundOutcome:
    """Who a round elects: those above half of ``base``, by votes, up to its seats; a tie at the cut is voted
    again among those tied; seats no one passed for are filled by 另行选举.

    A 再次投票 among candidates tied at the cut elects by most votes (得票多的当选): they all passed the half
    already in the round that tied them."""
    needed = 1 if r.kind is RoundKind.TIE else votes_needed(base)
    stands = ballots_count(r.ballots_issued, r.ballots_returned)
    if not stands or not r.votes:
        return RoundOutcome(r.number, r.kind, r.seats, base, needed, stands)
    order = {id(v): i for i, v in enumerate(r.votes)}
    passing = sorted((v for v in r.votes if v.yes >= needed), key=lambda v: (-v.yes, order[id(v)]))
    ranked = tuple(Ranked(v.name, v.member_uuid, v.yes) for v in passing)
    if len(passing) <= r.seats:
        return RoundOutcome(r.number, r.kind, r.seats, base, needed, stands, ranked, short=r.seats - len(passing),
                            passing=ranked)
    cut = passing[r.seats - 1].yes
    above = tuple(x for x in ranked if x.yes > cut)
    at = tuple(x for x in ranked if x.yes == cut)
    left = r.seats - len(above)
    if len(at) == left:
        return RoundOutcome(r.number, r.kind, r.seats, base, needed, stands, above + at, passing=ranked)
    return RoundOutcome(r.number, r.kind, r.seats, base, needed, stands, above, tied=at, tie_seats=left,
                        passing=ranked)


@dataclass(frozen=True)
class NextRound:
    kind: RoundKind
    seats: int
    candidates: tuple[Ranked, ...]
    why: str


@dataclass(frozen=True)
class ElectionOutcome:
    rounds: tuple[RoundOutcome, ...]
    elected: tuple[Ranked, ...]  # everyone elected, in the order of the rounds
    seats: int  # seats to fill (after an approved reduction)
    next_round: NextRound | None = None
    base: int = 0
    needed: int = 0

    @property
    def open_seats(self) -> int:
        return max(0, self.seats - len(self.elected))

    @property
    def complete(self) -> bool:
        return bool(self.rounds) and self.open_seats == 0 and self.next_round is None

    @property
    def elected_names(self) -> list[str]:
        return [x.name for x in self.elected]


def basis_count(e: Election, rules: ElectionRules) -> int:
    return e.voters_due if rules.elected_basis.short == "应到" else e.voters_present


def election_outcome(e: Election, rules: ElectionRules) -> ElectionOutcome:
    base = basis_count(e, rules)
    outs = tuple(round_outcome(r, base) for r in e.rounds)
    elected: list[Ranked] = []
    seen: set[str] = set()
    for o in outs:
        for x in o.elected:
            if x.name not in seen:
                seen.add(x.name)
                elected.append(x)
    seats = e.seats_to_fill
    nxt: NextRound | None = None
    if outs and len(elected) < seats:
        last, last_round = outs[-1], e.rounds[-1]
        if not last.stands:
            nxt = NextRound(last.kind, last.seats, tuple(Ranked(v.name, v.member_uuid, 0) for v in last_round.votes
                                                         if not v.write_in),
                            f"第{last.number}轮收回的选票多于发出的选票，该轮选举无效，应重新投票")
        elif last.tied:
            nxt = NextRound(RoundKind.TIE, last.tie_seats, last.tied,
                            f"{'、'.join(x.name for x in last.tied)}得票相等（{last.tied[0].yes}票），"
                            f"应就票数相等的被选举人再次投票，选出{last.tie_seats}名")
        elif last_round.votes:
            open_ = seats - len(elected)
            rest = sorted((v for v in last_round.votes if v.name not in seen and not v.write_in),
                          key=lambda v: -v.yes)
            nxt = NextRound(RoundKind.SUPPLEMENTARY, open_, tuple(Ranked(v.name, v.member_uuid, v.yes) for v in rest),
                            f"获得赞成票超过半数的被选举人少于应选名额，不足的{open_}个名额应另行选举"
                            "（如接近应选名额，经半数以上选举人同意，也可以减少名额，不再选举）")
    return ElectionOutcome(outs, tuple(elected), seats, nxt, base, votes_needed(base))


# -- the whole record --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """Facts from outside the record: the term, the roster, the meeting."""

    today: dt.date
    term_ends_on: dt.date | None = None
    voting_members: frozenset[str] = frozenset()  # member uuids with a vote (正式党员) on the meeting's date
    known_members: frozenset[str] = frozenset()  # every member uuid on the roster
    full_members: int = 0  # 正式党员 of the branch (the committee's size depends on it)
    meeting_is_assembly: bool | None = None  # None: no meeting linked
    meeting_voting_expected: int | None = None
    meeting_voting_present: int | None = None


@dataclass
class Report:
    checks: list[RuleCheck] = field(default_factory=list)

    def add(self, rule: str, level: Level, message: str, field_: str = "") -> None:
        self.checks.append(RuleCheck(rule, level, message, field_))


def _duplicates(names: list[str]) -> list[str]:
    return [n for n, k in Counter(names).items() if k > 1 and n]


def check_election(e: Election, rules: ElectionRules, ctx: Context) -> list[RuleCheck]:
    """Every rule that applies to the record as it stands (passed ones included, as ``Level.OK``)."""
    rep = Report()
    _check_people(e, rules, ctx, rep)
    if e.rounds or e.voters_present:  # before the meeting nobody is present yet: nothing to count
        rep.checks += [c for c in check_numbers(e.seats_to_fill, len(e.candidates), e.voters_due, e.voters_present,
                                                rules) if c.rule not in ("margin", "seats")]
        _check_attendance(e, ctx, rep)
    outcome = election_outcome(e, rules)
    for r, o in zip(e.rounds, outcome.rounds, strict=True):
        _check_round(e, r, o, rep)
    _check_dates(e, rules, ctx, rep)
    if e.committee:
        _check_committee(e, outcome, rep)
    return rep.checks


def _check_people(e: Election, rules: ElectionRules, ctx: Context, rep: Report) -> None:
    if e.seats <= 0:
        rep.add("seats", Level.INVALID, "应选名额至少为1名", "seats")
        return
    if e.seats > 7:
        rep.add("seats", Level.WARNING, f"支部委员会委员一般为3至5名，最多不超过7名（现为{e.seats}名）", "seats")
    elif ctx.full_members >= 7 and e.seats < 3:
        rep.add("seats", Level.WARNING, f"正式党员{ctx.full_members}名（7名以上）的党支部设支部委员会，委员一般为3至5名", "seats")
    elif 0 < ctx.full_members < 7 and e.seats > 1:
        rep.add("seats", Level.WARNING, f"正式党员不足7名（{ctx.full_members}名）的党支部一般不设支部委员会，只选书记1名",
                "seats")
    if 0 < e.reduced_to:
        if e.reduced_to >= e.seats:
            rep.add("seats", Level.INVALID, "减少后的名额应少于应选名额", "reduced_to")
    names = e.candidate_names
    if e.candidates or e.reply_on is not None:
        need = min_candidates(e.seats, rules.margin_percent)
        rep.checks.append(_c("margin", len(names) >= need,
                             f"差额：应选{e.seats}名，候选人{len(names)}名（不少于{need}名），符合差额选举要求",
                             f"差额：应选{e.seats}名，候选人应不少于{need}名（多于应选名额{rules.margin_percent}%，"
                             f"小数进一），现有{len(names)}名", field_="candidates"))
    for n in _duplicates(names):
        rep.add("candidates", Level.INVALID, f"候选人“{n}”重复", "candidates")
    if ctx.voting_members or ctx.known_members:
        for p in e.candidates:
            if p.member_uuid and p.member_uuid in ctx.known_members and p.member_uuid not in ctx.voting_members:
                rep.add("candidates", Level.ERROR, f"{p.name}是预备党员（或当时尚未转正），没有被选举权，不能作为候选人",
                        "candidates")
    staff = [("监票人", e.scrutineers, "scrutineers"), ("计票人", e.tellers, "tellers")]
    for label, people, fld in staff:
        for n in _duplicates([p.name for p in people]):
            rep.add(fld, Level.INVALID, f"{label}“{n}”重复", fld)
        clash = [p.name for p in people if p.name in names]
        if clash:
            rep.add(fld, Level.ERROR, f"{'、'.join(clash)}是候选人，不能担任{label}（{label}应从不是候选人的党员中推选）",
                    fld)
        elif people:
            rep.add(fld, Level.OK, f"{label}：{'、'.join(p.name for p in people)}，均不是候选人", fld)
    if e.rounds and not e.scrutineers:
        rep.add("scrutineers", Level.ERROR, "选举前应由全体党员从不是候选人的党员中推选监票人", "scrutineers")
    both = {p.name for p in e.scrutineers} & {p.name for p in e.tellers}
    if both:
        rep.add("tellers", Level.WARNING, f"{'、'.join(sorted(both))}同时是监票人和计票人：计票人应在监票人监督下工作，"
                                          "一般由不同人员担任", "tellers")


def _check_attendance(e: Election, ctx: Context, rep: Report) -> None:
    if ctx.meeting_voting_expected is not None and e.voters_due != ctx.meeting_voting_expected and not e.due_note:
        rep.add("voters_due", Level.WARNING, f"应到人数{e.voters_due}人与会议出席登记中有表决权的应到人数"
                                             f"{ctx.meeting_voting_expected}人不同：如经上级党委同意不列入应到人数，"
                                             "请在“说明”中写明", "voters_due")
    if ctx.meeting_voting_present is not None and e.voters_present and e.voters_present != ctx.meeting_voting_present:
        rep.add("voters_present", Level.WARNING, f"实到人数{e.voters_present}人与会议出席登记中有表决权的实到人数"
                                                 f"{ctx.meeting_voting_present}人不同，请核对", "voters_present")


def _check_round(e: Election, r: Round, o: RoundOutcome, rep: Report) -> None:
    label = f"第{r.number}轮（{r.kind.value}）"
    fld = f"round{r.number}"
    counts = (r.ballots_issued, r.ballots_returned, r.ballots_valid, r.ballots_void)
    if min(counts) < 0 or any(min(v.yes, v.no, v.abstain) < 0 for v in r.votes):
        rep.add("ballots", Level.INVALID, f"{label}：票数不能为负数", fld)
        return
    if r.seats <= 0:
        rep.add("ballots", Level.INVALID, f"{label}：本轮应选名额至少为1名", fld)
    if e.voters_present and r.ballots_issued > e.voters_present:
        rep.add("ballots", Level.ERROR, f"{label}：发出选票{r.ballots_issued}张，多于实到会有选举权的党员"
                                        f"{e.voters_present}人", fld)
    rep.checks.append(_c("ballots", o.stands, f"{label}：收回选票{r.ballots_returned}张，不多于发出的{r.ballots_issued}张，"
                                              "选举有效",
                         f"{label}：收回选票{r.ballots_returned}张，多于发出的{r.ballots_issued}张，本轮选举无效，"
                         "应重新投票", field_=fld))
    if r.ballots_valid + r.ballots_void != r.ballots_returned:
        rep.add("ballots", Level.INVALID, f"{label}：有效票{r.ballots_valid}张与无效票{r.ballots_void}张之和应等于"
                                          f"收回的{r.ballots_returned}张", fld)
    names = [v.name for v in r.votes]
    for n in _duplicates(names):
        rep.add("votes", Level.INVALID, f"{label}：“{n}”在计票单上出现了两次", fld)
    if any(not n.strip() for n in names):
        rep.add("votes", Level.INVALID, f"{label}：计票单上有空白姓名", fld)
    candidates = set(e.candidate_names)
    for v in r.votes:
        if v.write_in:
            if v.no or v.abstain:
                rep.add("votes", Level.INVALID, f"{label}：另选他人“{v.name}”只有赞成票", fld)
        elif v.name not in candidates:
            rep.add("votes", Level.ERROR, f"{label}：“{v.name}”不在候选人名单中（另选他人请勾选“另选”）", fld)
        cast = v.yes + v.no + v.abstain
        if cast > r.ballots_valid:
            rep.add("votes", Level.ERROR, f"{label}：{v.name}的赞成、不赞成、弃权票合计{cast}张，多于有效票"
                                          f"{r.ballots_valid}张", fld)
        elif not v.write_in and r.ballots_valid and cast < r.ballots_valid and r.votes:
            rep.add("votes", Level.WARNING, f"{label}：{v.name}的票数合计{cast}张，少于有效票{r.ballots_valid}张"
                                            "（每张有效票对每名候选人都是赞成、不赞成或弃权之一）", fld)
    total_yes = sum(v.yes for v in r.votes)
    if r.ballots_valid and total_yes > r.ballots_valid * r.seats:
        rep.add("votes", Level.ERROR, f"{label}：赞成票共{total_yes}张，多于有效票{r.ballots_valid}张×应选{r.seats}名："
                                      "每张有效票所选人数不能多于应选名额（多选的为无效票）", fld)
    if r.number > 1 and r.kind is RoundKind.FORMAL:
        rep.add("rounds", Level.WARNING, f"{label}：第二轮起一般是“再次投票”（票数相等）或“另行选举”（名额不足）", fld)


def _check_dates(e: Election, rules: ElectionRules, ctx: Context, rep: Report) -> None:
    if ctx.meeting_is_assembly is False:
        rep.add("meeting", Level.INVALID, "选举应在支部党员大会上进行：所选会议不是支部党员大会", "meeting")
    steps = [("请示", e.request_on), ("批复", e.reply_on), ("选举大会", e.held_on), ("选举结果报告", e.report_on),
             ("上级党委批准", e.approved_on)]
    known = [(n, d) for n, d in steps if d is not None]
    for (n1, d1), (n2, d2) in zip(known, known[1:], strict=False):
        if d2 < d1:
            rep.add("dates", Level.WARNING, f"{n2}日期（{d2:%Y-%m-%d}）早于{n1}日期（{d1:%Y-%m-%d}），请核对", "dates")
    if e.held_on and e.reply_on is None:
        rep.add("reply", Level.ERROR, "召开选举大会前应向上级党委请示，并得到批复：请填写批复日期", "reply_on")
    end = ctx.term_ends_on
    if e.delay_until and end:
        latest = add_months(end, rules.max_delay_months)
        rep.checks.append(_c("delay", e.delay_until <= latest,
                             f"延期换届：经批准延期至{e.delay_until:%Y年%m月%d日}，未超过{rules.max_delay_months}个月",
                             f"延期换届：延长期限一般不超过{rules.max_delay_months}个月（任期{end:%Y年%m月%d日}届满，"
                             f"最迟{latest:%Y年%m月%d日}）", field_="delay_until"))
    if end and e.approved_on is None:
        day = e.held_on or ctx.today
        limit = e.delay_until or end
        if day > limit:
            what = "选举大会" if e.held_on else "今天"
            why = (f"经批准的延期已于{e.delay_until:%Y年%m月%d日}到期" if e.delay_until
                   else f"任期已于{end:%Y年%m月%d日}届满，延期换届须报上级党委批准（填写批准延期的日期和文号）")
            rep.add("term", Level.WARNING, f"{what}（{day:%Y-%m-%d}）：{why}", "delay_until")


def _check_committee(e: Election, outcome: ElectionOutcome, rep: Report) -> None:
    elected = set(outcome.elected_names)
    names = [s.name for s in e.committee]
    for n in _duplicates(names):
        rep.add("committee", Level.INVALID, f"{n}在分工表中出现了两次", "committee")
    strangers = [n for n in names if n not in elected]
    if strangers and outcome.rounds:
        rep.add("committee", Level.ERROR, f"{'、'.join(strangers)}不是本次当选的委员", "committee")
    missing = [n for n in outcome.elected_names if n not in names]
    if missing:
        rep.add("committee", Level.WARNING, f"当选委员{'、'.join(missing)}还没有分工", "committee")
    secretaries = [s for s in e.committee if s.role is CommitteeRole.SECRETARY]
    deputies = [s for s in e.committee if s.role is CommitteeRole.DEPUTY_SECRETARY]
    if len(secretaries) != 1:
        rep.add("committee", Level.ERROR, "新一届支部委员会应有且只有1名书记" + (f"（现有{len(secretaries)}名）"
                                                                               if secretaries else ""), "committee")
    if len(deputies) > 1:
        rep.add("committee", Level.WARNING, f"副书记一般设1名（现有{len(deputies)}名）", "committee")
    if len(secretaries) == 1 and not strangers and not missing:
        rep.add("committee", Level.OK, f"分工：书记{secretaries[0].name}"
                + (f"，副书记{'、'.join(s.name for s in deputies)}" if deputies else "")
                + f"，委员共{len(names)}名", "committee")


def approval_problems(e: Election, rules: ElectionRules, ctx: Context) -> list[str]:
    """Why the result cannot be approved yet (empty: it can)."""
    out = [c.message for c in check_election(e, rules, ctx) if c.level in (Level.ERROR, Level.INVALID)]
    outcome = election_outcome(e, rules)
    if e.meeting_uuid is None or e.held_on is None:
        out.append("还没有关联选举大会（支部党员大会）")
    elif e.held_on > ctx.today:
        out.append(f"选举大会日期（{e.held_on:%Y-%m-%d}）在今天之后")
    if not e.rounds:
        out.append("还没有登记投票结果")
    elif not outcome.complete:
        out.append(f"当选{len(outcome.elected)}名，应选{outcome.seats}名：" + (outcome.next_round.why if outcome.next_round
                                                                          else "名额尚未选满"))
    if not e.committee:
        out.append("还没有填写新一届支部委员会的分工（书记、副书记和委员）")
    if e.approved_on is None:
        out.append("请填写上级党委批准的日期")
    elif e.approved_on > ctx.today:
        out.append("批准日期不能晚于今天")
    return list(dict.fromkeys(out))


def new_round(e: Election, outcome: ElectionOutcome) -> Round:
    """The next round to record: the first with every candidate; later ones as the last outcome says."""
    number = len(e.rounds) + 1
    issued = e.voters_present
    if outcome.next_round is None:
        return Round(number, RoundKind.FORMAL, e.seats_to_fill, issued, votes=[
            CandidateVotes(p.name, p.member_uuid) for p in e.candidates])
    nxt = outcome.next_round
    return Round(number, nxt.kind, nxt.seats, issued, votes=[CandidateVotes(x.name, x.member_uuid)
                                                            for x in nxt.candidates])
