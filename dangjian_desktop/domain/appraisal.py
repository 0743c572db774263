"""民主评议党员: 个人自评 → 党员互评 → 民主测评 (ballots) → 组织评定, and the follow-up of weak grades.

Rules (《关于党员民主评议的意见》 and common local practice; the numbers are settings, :class:`AppraisalRules`):

* grades are 优秀, 合格, 基本合格, 不合格;
* 优秀 is at most a share of those appraised (one third by default), rounded down: 9 appraised → 3, 10 → 3,
  2 → 0 (:func:`allowed_excellent`);
* 预备党员 take part in appraising the others but are not graded themselves (a setting); a member excused from the
  appraisal (long illness, posted abroad…) is neither graded nor counted;
* a 测评票 that marks more 优秀 than allowed is void (a setting), as is a blank one;
* a member graded 基本合格 or 不合格 gets a decision (教育帮助, 限期改正; for 不合格 also 劝其退党 or 除名) with
  its date; every member is told the result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from dangjian_desktop.domain.checks import Issue, Severity


class Grade(StrEnum):
    EXCELLENT = "优秀"
    QUALIFIED = "合格"
    BASIC = "基本合格"
    UNQUALIFIED = "不合格"


GRADES: tuple[Grade, ...] = tuple(Grade)
WEAK_GRADES = (Grade.BASIC, Grade.UNQUALIFIED)


class FollowUp(StrEnum):
    """处理意见 for a member graded 基本合格 or 不合格."""

    HELP = "教育帮助"
    CORRECT = "限期改正"
    PERSUADE = "劝其退党"
    REMOVE = "除名"


# which decisions fit which grade: 劝退 and 除名 (组织处置) only for 不合格
FOLLOW_UPS: dict[Grade, tuple[FollowUp, ...]] = {
    Grade.BASIC: (FollowUp.HELP, FollowUp.CORRECT),
    Grade.UNQUALIFIED: (FollowUp.CORRECT, FollowUp.HELP, FollowUp.PERSUADE, FollowUp.REMOVE),
}


@dataclass(frozen=True)
class AppraisalRules:
    """The appraisal's numbers, as data: localities differ. Stored in settings, edited in 设置."""

    excellent_numerator: int = 1  # 优秀 at most numerator/denominator of those appraised, rounded down
    excellent_denominator: int = 3
    probationary_graded: bool = False  # 预备党员 are graded too (default: they take part but are not graded)
    void_over_quota_ballots: bool = True  # a ballot with more 优秀 than allowed is void

    def to_dict(self) -> dict:
        return {"excellent_numerator": self.excellent_numerator, "excellent_denominator": self.excellent_denominator,
                "probationary_graded": self.probationary_graded,
                "void_over_quota_ballots": self.void_over_quota_ballots}

    @classmethod
    def from_dict(cls, d: object) -> AppraisalRules:
        """Rules from stored data; anything damaged or out of range falls back to the default."""
        base = cls()
        if not isinstance(d, dict):
            return base
        num, den = d.get("excellent_numerator"), d.get("excellent_denominator")
        ok = (isinstance(num, int) and isinstance(den, int) and not isinstance(num, bool)
              and not isinstance(den, bool) and 0 < den <= 100 and 0 <= num <= den)
        return cls(
            excellent_numerator=num if ok else base.excellent_numerator,  # type: ignore[arg-type]
            excellent_denominator=den if ok else base.excellent_denominator,  # type: ignore[arg-type]
            probationary_graded=d.get("probationary_graded") is True,
            void_over_quota_ballots=d.get("void_over_quota_ballots", True) is not False,
        )

    @property
    def share_text(self) -> str:
        """“三分之一”, “30%”…: how the share is said in messages and on the ballot."""
        num, den = self.excellent_numerator, self.excellent_denominator
        if num == den:
            return "不限比例"
        names = {2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十"}
        if num == 1 and den in names:
            return f"{names[den]}分之一"
        return f"{num * 100 / den:g}%"


def validate_rules(rules: AppraisalRules) -> list[tuple[str, str]]:
    p = []
    if not 0 < rules.excellent_denominator <= 100:
        p.append(("excellent_denominator", "优秀比例的分母应在1到100之间"))
    elif not 0 <= rules.excellent_numerator <= rules.excellent_denominator:
        p.append(("excellent_numerator", "优秀比例应在0到100%之间"))
    return p


def allowed_excellent(appraised: int, rules: AppraisalRules) -> int:
    """How many of ``appraised`` members may be graded 优秀: the share, rounded down (integers only, no floats:
    10 × 1/3 is 3, 9 × 1/3 is exactly 3)."""
    if appraised <= 0:
        return 0
    return appraised * rules.excellent_numerator // rules.excellent_denominator


@dataclass
class AppraisalEntry:
    """One member in the year's appraisal: self-assessment, the tally of the 测评票, the branch's grade."""

    member_name: str
    member_uuid: str | None = None
    group_name: str = ""
    probationary: bool = False  # 预备党员 at the time of the appraisal
    exempt_reason: str = ""  # 不参加评议 (e.g. 长期病休): not graded, not counted
    self_assessment: str = ""  # 个人自评
    votes: dict[Grade, int] = field(default_factory=dict)  # 测评票 per grade
    grade: Grade | None = None  # 组织评定
    follow_up: FollowUp | None = None  # for 基本合格 / 不合格
    follow_up_note: str = ""  # the decision in words (what, by when, who helps)
    follow_up_on: dt.date | None = None  # date of the decision
    notified_on: dt.date | None = None  # the member was told the result
    note: str = ""
    uuid: str | None = None

    def votes_for(self, g: Grade) -> int:
        return int(self.votes.get(g, 0))

    @property
    def votes_total(self) -> int:
        return sum(self.votes_for(g) for g in GRADES)

    def is_appraised(self, rules: AppraisalRules) -> bool:
        """Graded by the branch: not excused, and not a 预备党员 unless the rules grade them."""
        return not self.exempt_reason.strip() and (rules.probationary_graded or not self.probationary)

    def status_text(self, rules: AppraisalRules) -> str:
        if self.exempt_reason.strip():
            return f"不参加评议（{self.exempt_reason.strip()}）"
        if self.probationary and not rules.probationary_graded:
            return "预备党员（参加评议，不评定等次）"
        return "参加评议"


def appraised(entries: list[AppraisalEntry], rules: AppraisalRules) -> list[AppraisalEntry]:
    return [e for e in entries if e.is_appraised(rules)]


def grade_counts(entries: list[AppraisalEntry], rules: AppraisalRules) -> dict[Grade, int]:
    """The final grades of the appraised members (every grade present, 0 when none)."""
    out = dict.fromkeys(GRADES, 0)
    for e in appraised(entries, rules):
        if e.grade is not None:
            out[e.grade] += 1
    return out


def is_complete(entries: list[AppraisalEntry], rules: AppraisalRules) -> bool:
    """Every appraised member has a grade (and there is at least one)."""
    members = appraised(entries, rules)
    return bool(members) and all(e.grade is not None for e in members)


# -- ballots ------------------------------------------------------------------------------------------------------


@dataclass
class Ballot:
    """One 测评票 as counted: the grade marked for each member (by the entry's uuid); unmarked members are absent."""

    number: int
    marks: dict[str, Grade] = field(default_factory=dict)
    uuid: str | None = None


@dataclass(frozen=True)
class Tally:
    """The ballots counted: per entry uuid the votes per grade; which ballots were void and why."""

    votes: dict[str, dict[Grade, int]]
    valid: int
    void: tuple[tuple[int, str], ...]  # (ballot number, reason)

    @property
    def returned(self) -> int:
        return self.valid + len(self.void)


def ballot_void_reason(ballot: Ballot, graded_uuids: set[str], rules: AppraisalRules) -> str:
    """Why a ballot does not count ("" when it does): blank, or more 优秀 than the share allows."""
    marks = {k: g for k, g in ballot.marks.items() if k in graded_uuids}
    if not marks:
        return "空白票"
    limit = allowed_excellent(len(graded_uuids), rules)
    excellent = sum(1 for g in marks.values() if g is Grade.EXCELLENT)
    if rules.void_over_quota_ballots and excellent > limit:
        return f"评为优秀{excellent}名，超过规定的{limit}名"
    return ""


def tally(entries: list[AppraisalEntry], ballots: list[Ballot], rules: AppraisalRules) -> Tally:
    """Count the ballots for the appraised members; marks for anyone else (预备党员, excused) are ignored."""
    graded = {e.uuid for e in appraised(entries, rules) if e.uuid}
    votes = {u: dict.fromkeys(GRADES, 0) for u in graded}
    void: list[tuple[int, str]] = []
    valid = 0
    for b in sorted(ballots, key=lambda b: b.number):
        reason = ballot_void_reason(b, graded, rules)
        if reason:
            void.append((b.number, reason))
            continue
        valid += 1
        for key, g in b.marks.items():
            if key in votes:
                votes[key][g] += 1
    return Tally(votes, valid, tuple(void))


# -- checks shown while typing and applied when saving -------------------------------------------------------------


def check_entries(entries: list[AppraisalEntry], rules: AppraisalRules, *, ballots_returned: int = 0,
                  ballots_issued: int = 0, appraisal_on: dt.date | None = None,
                  today: dt.date | None = None) -> list[Issue]:
    """Every rule of the appraisal as it stands. Errors are refused on saving; warnings are reminders."""
    err, warn = Severity.ERROR, Severity.WARNING
    out: list[Issue] = []
    members = appraised(entries, rules)
    limit = allowed_excellent(len(members), rules)
    excellent = [e for e in members if e.grade is Grade.EXCELLENT]
    if len(excellent) > limit:
        out.append(Issue(err, "grade", f"评为优秀的有{len(excellent)}名，超过了参评党员{len(members)}名的"
                                       f"{rules.share_text}（最多{limit}名）。请调整评定等次后再保存。"))
    seen: dict[str, int] = {}
    for e in entries:
        key = e.member_uuid or f"name:{e.member_name}"
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            out.append(Issue(err, "member", f"{e.member_name}在评议名单中出现了两次"))
        if e.grade is not None and not e.is_appraised(rules):
            why = "不参加评议" if e.exempt_reason.strip() else "是预备党员，参加评议但不评定等次"
            out.append(Issue(err, "grade", f"{e.member_name}{why}，不能评定为“{e.grade}”"))
        if any(e.votes_for(g) < 0 for g in GRADES):
            out.append(Issue(err, "votes", f"{e.member_name}的票数不能为负数"))
        elif ballots_returned and e.votes_total > ballots_returned:
            out.append(Issue(err, "votes", f"{e.member_name}的得票合计{e.votes_total}张，超过了收回的测评票"
                                           f"{ballots_returned}张"))
        if e.follow_up is not None:
            if e.grade not in WEAK_GRADES:
                out.append(Issue(err, "follow_up", f"{e.member_name}未被评为基本合格或不合格，不需要登记处理意见"))
            elif e.follow_up not in FOLLOW_UPS[e.grade]:
                out.append(Issue(err, "follow_up", f"“{e.follow_up}”只适用于评为不合格的党员（{e.member_name}）"))
        elif e.grade in WEAK_GRADES:
            out.append(Issue(warn, "follow_up", f"{e.member_name}评为{e.grade}，请登记处理意见（"
                                                f"{'、'.join(FOLLOW_UPS[e.grade])}）及日期"))
        if e.follow_up is not None and e.follow_up_on is None:
            out.append(Issue(warn, "follow_up_on", f"请填写对{e.member_name}作出处理决定的日期"))
        for what, d in (("处理决定", e.follow_up_on), ("告知", e.notified_on)):
            if d is None:
                continue
            if today and d > today:
                out.append(Issue(err, "date", f"{e.member_name}的{what}日期不能晚于今天"))
            if appraisal_on and d < appraisal_on:
                out.append(Issue(err, "date", f"{e.member_name}的{what}日期早于评议日期{appraisal_on:%Y-%m-%d}"))
        if e.notified_on is not None and e.grade is None and e.is_appraised(rules):
            out.append(Issue(err, "notified_on", f"{e.member_name}还没有评定等次，不能登记已告知结果"))
    if ballots_issued and ballots_returned > ballots_issued:
        out.append(Issue(err, "ballots", f"收回测评票{ballots_returned}张，多于发出的{ballots_issued}张"))
    return out


def quota_text(entries: list[AppraisalEntry], rules: AppraisalRules) -> tuple[str, bool]:
    """One line for the window while grades are typed: (text, over the share?)."""
    members = appraised(entries, rules)
    limit = allowed_excellent(len(members), rules)
    counts = grade_counts(entries, rules)
    not_graded = sum(1 for e in members if e.grade is None)
    probationary = sum(1 for e in entries if e.probationary and not e.exempt_reason.strip()
                       and not rules.probationary_graded)
    text = (f"参评党员{len(members)}名，优秀最多{limit}名（{rules.share_text}）。已评定：" +
            "，".join(f"{g}{counts[g]}名" for g in GRADES) + (f"；未评定{not_graded}名" if not_graded else "") +
            (f"。预备党员{probationary}名参加评议、不评定等次" if probationary else "") + "。")
    over = counts[Grade.EXCELLENT] > limit
    if over:
        text = f"优秀{counts[Grade.EXCELLENT]}名，超过了最多{limit}名的规定！" + text
    return text, over


def suggest_grades(entries: list[AppraisalEntry], rules: AppraisalRules) -> dict[str, Grade]:
    """A starting point for 组织评定 from the ballots (the branch decides): by uuid, each appraised member's
    most-voted grade (ties go to the better grade), with 优秀 kept to the share — those with the most 优秀 votes
    first; a tie at the limit is not broken (all tied get 合格, the branch chooses). Members without votes get
    no suggestion."""
    members = [e for e in appraised(entries, rules) if e.uuid and e.votes_total > 0]
    out: dict[str, Grade] = {}
    for e in members:
        out[e.uuid or ""] = max(GRADES, key=lambda g: (e.votes_for(g), -GRADES.index(g)))
    limit = allowed_excellent(len(appraised(entries, rules)), rules)
    wanting = sorted((e for e in members if out[e.uuid or ""] is Grade.EXCELLENT),
                     key=lambda e: -e.votes_for(Grade.EXCELLENT))
    if len(wanting) > limit:
        cut = wanting[limit].votes_for(Grade.EXCELLENT) if limit < len(wanting) else -1
        for e in wanting:
            if e.votes_for(Grade.EXCELLENT) <= cut:
                out[e.uuid or ""] = Grade.QUALIFIED
    return out
