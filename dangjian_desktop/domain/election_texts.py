"""Texts of a 换届选举: the 请示 template the secretary edits, the 选举大会's agenda, and the paragraphs of the result
report and the minutes — plain text from the record, so the window, the PDFs and the tests read the same words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dangjian_desktop.domain.election_checks import ElectionOutcome
from dangjian_desktop.domain.elections import Election, ElectionRules, RoundKind, min_candidates, quorum_needed
from dangjian_desktop.domain.enums import CommitteeRole

ELECTION_AGENDA = (
    "宣布应到会和实到会有选举权的党员人数，确认会议有效",
    "通过选举办法（草案）",
    "通过监票人、计票人名单",
    "介绍候选人情况",
    "无记名投票选举新一届支部委员会委员",
    "宣布选举结果",
)


def _d(d: dt.date | None, blank: str = "　　年　　月　　日") -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else blank


def signer(branch_name: str) -> str:
    """The issuing body of the branch's papers: 中共<党支部>委员会."""
    name = branch_name.strip()
    if name.startswith("中共"):
        name = name[2:]
    return f"中共{name}委员会" if name.endswith(("支部", "总支")) else f"中共{name}"


def request_title(branch_name: str) -> str:
    return "关于召开党员大会进行换届选举的请示"


def request_template(*, branch_name: str, parent: str, elected_on: dt.date | None, term_years: int,
                     term_ends_on: dt.date | None, planned_on: dt.date | None, total: int, full: int, seats: int,
                     candidates: Sequence[str], new_term_years: int, direct_officers: bool,
                     rules: ElectionRules | None = None) -> str:
    """The body of the 请示 (from the salutation to 妥否，请批示), to be edited by the secretary."""
    rules = rules or ElectionRules()
    need = min_candidates(seats, rules.margin_percent)
    names = "、".join(candidates) if candidates else "＿＿＿＿＿＿（按姓氏笔画为序）"
    current = (f"{branch_name}现任支部委员会于{_d(elected_on)}选举产生，任期{term_years}年，"
               f"将于{_d(term_ends_on)}届满。" if elected_on else f"{branch_name}现任支部委员会任期即将届满。")
    officers = ("书记、副书记由党员大会直接选举产生" if direct_officers else
                "新一届支部委员会召开第一次全体会议，选举产生书记、副书记")
    return "\n".join([
        f"{parent or '上级党委'}：",
        current + "根据《中国共产党章程》《中国共产党基层组织选举工作条例》和《中国共产党支部工作条例（试行）》的有关规定，"
        f"经支部委员会研究，拟于{_d(planned_on)}召开支部党员大会，进行换届选举。现将有关事项请示如下：",
        f"一、党员基本情况。支部现有党员{total}名，其中正式党员{full}名、预备党员{total - full}名。",
        f"二、新一届支部委员会组成。新一届支部委员会拟设委员{seats}名，任期{new_term_years}年。",
        f"三、候选人预备人选。按照候选人数多于应选人数{rules.margin_percent}%的差额比例（不少于{need}名），"
        f"经党员酝酿推荐、支部委员会研究，拟提名以下{len(candidates) or need}名同志为新一届支部委员会委员候选人预备人选：{names}。",
        f"四、选举办法。采用无记名投票、差额选举的方式，由支部党员大会选举产生新一届支部委员会委员，{officers}。"
        f"进行选举时，有选举权的到会人数超过应到会人数的{rules.quorum_text}，会议有效。",
        "妥否，请批示。",
    ])


def outcome_lines(e: Election, outcome: ElectionOutcome, rules: ElectionRules) -> list[str]:
    """How the vote went, round by round, in the words of a result report."""
    lines = []
    need = quorum_needed(e.voters_due, rules.quorum_numerator, rules.quorum_denominator)
    lines.append(f"应到会有选举权的党员{e.voters_due}人，实到会{e.voters_present}人"
                 + (f"（超过应到会人数的{rules.quorum_text}，即至少{need}人），会议有效。"
                    if e.voters_present >= need and e.voters_due else "。"))
    for r, o in zip(e.rounds, outcome.rounds, strict=True):
        head = f"第{r.number}轮（{r.kind.value}，应选{r.seats}名）："
        if not o.stands:
            lines.append(head + f"发出选票{r.ballots_issued}张，收回{r.ballots_returned}张，收回的选票多于发出的选票，"
                                "本轮选举无效。")
            continue
        votes = "；".join(f"{v.name}{'（另选）' if v.write_in else ''}赞成{v.yes}票" for v in
                         sorted(r.votes, key=lambda v: -v.yes))
        text = (head + f"发出选票{r.ballots_issued}张，收回{r.ballots_returned}张，其中有效票{r.ballots_valid}张、"
                f"无效票{r.ballots_void}张，选举有效。得票情况：{votes}。")
        if o.elected and r.kind is RoundKind.TIE:  # all passed the half in the round that tied them
            text += f"{'、'.join(x.name for x in o.elected)}得票多，当选。"
        elif o.elected:
            text += f"{'、'.join(x.name for x in o.elected)}获得的赞成票超过{rules.elected_basis.short}会有选举权人数的半数" \
                    f"（至少{o.needed}票），当选。"
        if o.tied:
            text += f"{'、'.join(x.name for x in o.tied)}得票相等，就票数相等的被选举人再次投票。"
        if o.short and not o.tied:
            text += f"尚有{o.short}个名额无人获得超过半数的赞成票。"
        lines.append(text)
    if 0 < e.reduced_to < e.seats:
        lines.append(f"经半数以上选举人同意，应选名额由{e.seats}名减少为{e.reduced_to}名，不再进行选举。")
    return lines


def committee_line(e: Election) -> str:
    sec = [s.name for s in e.committee if s.role is CommitteeRole.SECRETARY]
    dep = [s.name for s in e.committee if s.role is CommitteeRole.DEPUTY_SECRETARY]
    how = "党员大会直接选举" if e.direct_officers else "新一届支部委员会第一次全体会议选举"
    parts = []
    if sec:
        parts.append(f"{sec[0]}同志为书记")
    if dep:
        parts.append(f"{'、'.join(dep)}同志为副书记")
    when = f"{_d(e.officers_on)}，" if e.officers_on else ""
    return f"{when}经{how}，{'，'.join(parts)}。" if parts else ""


def minutes_agenda(e: Election) -> list[str]:
    items = list(ELECTION_AGENDA)
    if any(r.kind is not RoundKind.FORMAL for r in e.rounds):
        items.insert(5, "再次投票或另行选举")
    if e.direct_officers:
        items.append("选举书记、副书记")
    return items
