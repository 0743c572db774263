"""Headquarters oversight (上级党委督导): for every branch held, what its own rules required and what it did, and
the reasons it needs a call — in words, newest and most serious first. No score, no ranking: the view answers
"who needs help with what".

Pure: the figures of one branch come from :func:`domain.compliance.compliance_report` with that branch's own
rules (the rules its package carried), so headquarters and the branch count alike ("one rule, two places").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dangjian_desktop.domain.compliance import (
    CellStatus,
    ComplianceReport,
    ComplianceRules,
    HeldMeeting,
    compliance_report,
    counting_since,
    month_end,
)

# -- thresholds as data (设置 › 督导提醒) ------------------------------------------------------------------------


@dataclass
class OversightRules:
    package_age_days: int = 45  # a package older than this: 「数据包已 N 天未更新」
    term_warning_months: int = 3  # a term ending within this many months is named

    def to_dict(self) -> dict[str, Any]:
        return {"package_age_days": self.package_age_days, "term_warning_months": self.term_warning_months}

    @classmethod
    def from_dict(cls, data: object) -> OversightRules:
        base = cls()
        if not isinstance(data, dict):
            return base
        return cls(package_age_days=_bounded(data.get("package_age_days"), base.package_age_days, 1, 730),
                   term_warning_months=_bounded(data.get("term_warning_months"), base.term_warning_months, 0, 24))


def _bounded(value: object, default: int, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        return default
    return min(high, max(low, value))


MAX_PER_PERIOD = 31


def rules_from_package(data: object) -> ComplianceRules:
    """The compliance rules a branch's package carried; anything unreadable (an old package without them, a
    hostile one) gives the 支部工作条例 defaults rather than an error."""
    if not isinstance(data, dict):
        return ComplianceRules.from_dict(None)
    try:
        rules = ComplianceRules.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError):
        return ComplianceRules.from_dict(None)
    for r in rules.rules:  # a branch's 设置 offers at most a few a period; a package saying more is not believed
        r.count = min(r.count, MAX_PER_PERIOD)
    rules.secretary_lectures_per_year = min(rules.secretary_lectures_per_year, 12)
    return rules


# -- what headquarters holds of one branch ----------------------------------------------------------------------


@dataclass
class BranchFacts:
    """Everything of one branch the overview needs, read in grouped passes over the whole store."""

    uuid: str
    name: str
    parent_committee: str = ""
    last_package: dt.date | None = None
    members: int = 0
    founded_on: dt.date | None = None
    election_date: dt.date | None = None
    term_years: int = 5
    secretary_name: str = ""
    election_requested: dt.date | None = None  # the 换届 under way: its 请示 date (None: none filed)
    election_pending: bool = False  # a 换届 record not yet approved exists
    term_delay_until: dt.date | None = None  # an approved delay of the 换届
    groups: list[tuple[str, str]] = field(default_factory=list)  # (uuid, name) of its 党小组, in its order
    held: list[HeldMeeting] = field(default_factory=list)  # the meetings that count for the year
    rules: ComplianceRules | None = None
    rectifications_overdue: int = 0
    last_inspection: dt.date | None = None  # the latest 活动室 inspection
    pledges_made: int = 0
    pledges_reviewed: int = 0
    figures: dict[str, int | None] = field(default_factory=dict)  # the record kinds' declared figures

    @property
    def term_end(self) -> dt.date | None:
        if self.election_date is None:
            return None
        d = self.election_date
        years = max(1, self.term_years or 5)
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 February
            return d.replace(year=d.year + years, day=28)

    @property
    def term_deadline(self) -> dt.date | None:
        """When the 换届 is due: the term's end, or an approved delay beyond it (as the elections kind counts)."""
        end = self.term_end
        if end is not None and self.term_delay_until is not None and self.term_delay_until > end:
            return self.term_delay_until
        return end


@dataclass(frozen=True)
class Tally:
    held: int
    required: int

    def as_dict(self) -> dict[str, int]:
        return {"held": self.held, "required": self.required}

    @property
    def short(self) -> int:
        return self.required - self.held


@dataclass(frozen=True)
class Reason:
    text: str  # Chinese, as shown
    severity: int  # 3 most serious … 1
    since: dt.date | None = None  # when the gap arose (newest first within a severity)


@dataclass(frozen=True)
class Attention:
    """A declared figure that needs a call when it is above zero: ``template`` holds ``{n}``."""

    key: str
    template: str
    severity: int = 1


@dataclass
class BranchOverview:
    uuid: str
    name: str
    parent_committee: str
    last_package: dt.date | None
    members: int
    meetings: dict[str, Tally]
    term_end: dt.date | None
    rectifications_overdue: int
    last_inspection: dt.date | None
    pledges: dict[str, int]
    figures: dict[str, int | None]
    reasons: list[Reason]
    summary: ComplianceReport  # the calendar's periods without month cells: what the figures and reasons read
    facts: BranchFacts | None = field(default=None, repr=False, compare=False)
    _report: ComplianceReport | None = field(default=None, repr=False, compare=False)

    @property
    def report(self) -> ComplianceReport:
        """The branch's whole calendar, month cells with the meetings in them (the drill-down), computed when first
        asked for: the overview of 500 branches needs only the periods."""
        if self._report is None:
            self._report = (branch_report(self.facts, self.summary.year, self.summary.today) if self.facts
                            else self.summary)
        return self._report

    @property
    def attention(self) -> list[str]:
        return [r.text for r in self.reasons]

    @property
    def severity(self) -> int:
        return max((r.severity for r in self.reasons), default=0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "last_package": self.last_package.isoformat() if self.last_package else None,
            "members": self.members,
            "meetings": {k: t.as_dict() for k, t in self.meetings.items()},
            "term_end": self.term_end.isoformat() if self.term_end else None,
            "rectifications_overdue": self.rectifications_overdue,
            "pledges": dict(self.pledges),
            "attention": self.attention,
        }


# -- the figures ------------------------------------------------------------------------------------------------

_COUNTED = (CellStatus.HELD, CellStatus.MISSING)


def span_of(year: int, quarter: int | None = None, month: int | None = None) -> tuple[dt.date, dt.date] | None:
    """The part of the year asked for (a quarter or a month), or None for the whole year."""
    if month:
        return dt.date(year, month, 1), month_end(year, month)
    if quarter:
        return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)
    return None


def span_label(quarter: int | None = None, month: int | None = None) -> str:
    if month:
        return f"{month}月"
    if quarter:
        return ("第一季度", "第二季度", "第三季度", "第四季度")[quarter - 1]
    return "全年"


def meeting_tallies(report: ComplianceReport, span: tuple[dt.date, dt.date] | None = None) -> dict[str, Tally]:
    """Per kind of meeting (the calendar's row label without the 党小组's name: every group's rows add up under
    「党小组会」): ``required`` = meetings the rules asked for in the periods that have ended or are already
    satisfied, ``held`` = how many of those were met (a period's surplus does not make up for another's gap).
    A period still running and not yet satisfied (待开) is in neither; one before the records begin neither.
    ``span`` (a quarter or a month): only the periods that end within it (a quarter's 党员大会 counts in the
    quarter and in its last month; the year's 组织生活会 in the fourth quarter and December)."""
    out: dict[str, tuple[int, int]] = {}
    for row in report.rows:
        key = row.label.split("·", 1)[0]
        held, required = _row_tally(row.periods, span)
        before = out.get(key)
        out[key] = (held, required) if before is None else (before[0] + held, before[1] + required)
    return {k: Tally(h, r) for k, (h, r) in out.items()}


# id(periods) -> (periods, span, (held, required)): 500 branches share a few hundred rows of periods (the calendar
# shares them); the tuple is held, so its id is not reused while it is here
_TALLIES: dict[int, tuple[tuple, object, tuple[int, int]]] = {}


def _row_tally(periods: tuple, span: tuple[dt.date, dt.date] | None) -> tuple[int, int]:
    found = _TALLIES.get(id(periods))
    if found is not None and found[0] is periods and found[1] == span:
        return found[2]
    counted = [p for p in periods if p.status in _COUNTED and (span is None or span[0] <= p.end <= span[1])]
    tally = (sum(min(p.held, p.required) for p in counted), sum(p.required for p in counted))
    if len(_TALLIES) > 20_000:
        _TALLIES.clear()
    _TALLIES[id(periods)] = (periods, span, tally)
    return tally


def branch_report(facts: BranchFacts, year: int, today: dt.date, *, months: bool = True) -> ComplianceReport:
    """The branch's compliance calendar, exactly as ``dangjian compliance`` computes it at the branch
    (``months=False``: its periods only)."""
    rules = facts.rules or ComplianceRules.from_dict(None)
    since = counting_since(facts.founded_on, rules.records_since)
    return compliance_report(year, rules, facts.held, facts.groups, today, facts.secretary_name, since,
                             months=months)


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _gap_text(labels: list[str], what: str) -> str:
    if len(labels) <= 3:
        return f"{'、'.join(labels)}未开{what}"
    return f"{'、'.join(labels[:2])}等{len(labels)}期未开{what}"


def reasons(facts: BranchFacts, report: ComplianceReport, rules: OversightRules, today: dt.date,
            attention: list[Attention] | None = None) -> list[Reason]:
    """Why this branch needs a call, most serious first, then newest first."""
    out: list[Reason] = []
    if facts.last_package is None:
        out.append(Reason("尚未收到数据包", 3))
    else:
        age = (today - facts.last_package).days
        if age > rules.package_age_days:
            out.append(Reason(f"数据包已 {age} 天未更新", 2, facts.last_package))
    end = facts.term_deadline
    if end is not None:
        delayed = "（已批准延期）" if end != facts.term_end else ""
        if end < today:
            state = "换届尚未完成" if facts.election_pending else "尚未换届"
            out.append(Reason(f"支委会任期已于 {end:%Y-%m} 届满{delayed}，{state}，应换尽换", 3, end))
        elif _months_between(today, end) <= rules.term_warning_months:
            if facts.election_requested is not None:
                out.append(Reason(f"支委会任期 {end:%Y-%m} 届满{delayed}，已于 {facts.election_requested:%Y-%m-%d} "
                                  "请示换届", 1, end))
            else:
                out.append(Reason(f"支委会任期 {end:%Y-%m} 届满{delayed}，尚未请示换届", 2, end))
    for row in report.rows:
        missing = row.missing
        if missing:
            kind, _, group = row.label.partition("·")
            out.append(Reason(group + _gap_text([p.label for p in missing], kind), 2, missing[-1].end))
    if facts.rectifications_overdue:
        out.append(Reason(f"整改 {facts.rectifications_overdue} 项逾期", 2))
    if facts.members and facts.pledges_made < facts.members and report.year <= today.year:
        out.append(Reason(f"{facts.members - facts.pledges_made} 名党员尚未作出承诺", 1))
    for a in attention or []:
        n = facts.figures.get(a.key)
        if isinstance(n, int) and n > 0:
            out.append(Reason(a.template.format(n=n), a.severity))
    out.sort(key=lambda r: (-r.severity, -(r.since or dt.date.min).toordinal()))
    return out


def overview(facts: BranchFacts, year: int, today: dt.date, rules: OversightRules,
             attention: list[Attention] | None = None,
             span: tuple[dt.date, dt.date] | None = None) -> BranchOverview:
    """One branch's row. ``span`` narrows the meeting figures to a quarter or a month; the reasons are always the
    year's as of today (who needs a call now)."""
    # what headquarters knows is what the last package held: a period that ended after the package was made is
    # not known to be missed (the package's age is a reason of its own), as the branch's calendar said that day
    as_of = min(today, facts.last_package) if facts.last_package else today
    report = branch_report(facts, year, as_of, months=False)
    return BranchOverview(
        uuid=facts.uuid, name=facts.name, parent_committee=facts.parent_committee,
        last_package=facts.last_package, members=facts.members, meetings=meeting_tallies(report, span),
        term_end=facts.term_end, rectifications_overdue=facts.rectifications_overdue,
        last_inspection=facts.last_inspection,
        pledges={"made": facts.pledges_made, "reviewed": facts.pledges_reviewed, "members": facts.members},
        figures=dict(facts.figures), reasons=reasons(facts, report, rules, today, attention), summary=report,
        facts=facts)


def needing_attention(rows: list[BranchOverview]) -> list[BranchOverview]:
    """The branches with a reason, most serious first, then the newest gap, then by name (no score shown)."""
    def key(b: BranchOverview) -> tuple[int, int, str]:
        newest = max(((r.since or dt.date.min).toordinal() for r in b.reasons if r.severity == b.severity),
                     default=0)
        return (-b.severity, -newest, b.name)

    return sorted((b for b in rows if b.reasons), key=key)
