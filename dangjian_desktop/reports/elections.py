"""换届选举 papers addressed to the higher committee: the 请示 (the body the secretary edited), the 选举结果报告, and
the 选举大会's minutes in the minutes style of reports/minutes.py (the recorded minutes with the election's
figures and result added). The 选票 and 计票单 are in reports/election_papers.py."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from dangjian_desktop.domain import election_texts as texts
from dangjian_desktop.domain.election_checks import ElectionOutcome
from dangjian_desktop.domain.elections import Election, ElectionRules
from dangjian_desktop.domain.meetings import AgendaItem, Meeting
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.reports.styles import FormalDocument, Styles, closing_block, data_table, end_with, fmt_date


def _signed(s: Styles, branch: Branch, day) -> list:  # noqa: ANN001 - date or None
    right = ParagraphStyle("signed", parent=s.body_flush, alignment=TA_RIGHT)
    return [Spacer(1, 10 * mm), s.p(f"{texts.signer(branch.name)}（盖章）", right),
            s.p(fmt_date(day) if day else "　　　　年　　月　　日", right)]


def _number_line(s: Styles, number: str) -> list:
    if not number:
        return []
    return [s.p(number, ParagraphStyle("doc_no", parent=s.body_flush, alignment=TA_CENTER)), Spacer(1, 3 * mm)]


def _body(s: Styles, text: str) -> list:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out = []
    for i, line in enumerate(lines):
        flush = i == 0 and line.endswith(("：", ":"))  # the salutation
        out.append(s.p(line, s.body_flush if flush else s.body))
    return out


def build_request_pdf(path: Path | str, branch: Branch, e: Election, body: str) -> Path:
    """请示: 文号, title, the edited body, the branch committee's signature and date."""
    doc = FormalDocument(path, title=texts.request_title(branch.name), branch_name=branch.name, subject="换届选举请示")
    s = doc.styles
    story: list = [*_number_line(s, e.request_no), s.p(texts.request_title(branch.name), s.title), *_body(s, body)]
    end_with(story, closing_block(s, *_signed(s, branch, e.request_on)))  # the last lines go with the signature
    return doc.build(story)


def _staff(e: Election, scrutineers: str, tellers: str) -> list[str]:
    """The 监票人 and the 计票人 named in the wording given (``{}`` stands for the names), those recorded only."""
    return [wording.format("、".join(p.name for p in people))
            for wording, people in ((scrutineers, e.scrutineers), (tellers, e.tellers)) if people]


def _votes_table(s: Styles, e: Election, outcome: ElectionOutcome, width: float) -> list:
    out: list = []
    for r, o in zip(e.rounds, outcome.rounds, strict=True):
        elected = {x.name for x in o.elected}
        tied = {x.name for x in o.tied}
        rows = []
        for v in sorted(r.votes, key=lambda v: -v.yes):
            result = "当选" if v.name in elected else "票数相等，再次投票" if v.name in tied else "未当选"
            if not o.stands:
                result = "本轮无效"
            rows.append([v.name + ("（另选）" if v.write_in else ""), v.yes, v.no, v.abstain, result])
        out.append(s.p(f"第{r.number}轮（{r.kind.value}，应选{r.seats}名）", s.h2))
        out.append(data_table(s, ["被选举人", "赞成", "不赞成", "弃权", "结果"], rows,
                              [width * 0.28, width * 0.13, width * 0.13, width * 0.13, width * 0.33],
                              align=["center", "center", "center", "center", "center"]))
    return out


def _committee_table(s: Styles, e: Election, width: float):  # noqa: ANN202
    return data_table(s, ["职务", "姓名", "分工"], [[x.role.value, x.name, x.duty] for x in e.committee],
                      [width * 0.2, width * 0.25, width * 0.55], align=["center", "center", "left"])


def build_report_pdf(path: Path | str, branch: Branch, e: Election, outcome: ElectionOutcome,
                     rules: ElectionRules) -> Path:
    """选举结果报告: how the meeting went, the votes, the new committee and its 分工, and the request to approve
    the 书记 and 副书记."""
    title = f"关于{branch.name}换届选举结果的报告"
    doc = FormalDocument(path, title=title, branch_name=branch.name, subject="换届选举结果报告")
    s = doc.styles
    w = doc.frame_width
    reply = f"按照上级党委批复（{e.reply_no}）要求，" if e.reply_no else ("按照上级党委批复要求，" if e.reply_on else "")
    story: list = [s.p(title, s.title), s.p(f"{branch.parent_committee or '上级党委'}：", s.body_flush),
                   s.p(f"{reply}{branch.name}于{fmt_date(e.held_on)}召开支部党员大会，采用无记名投票、差额选举的方式，"
                       "选举产生了新一届支部委员会。现将选举结果报告如下：")]
    story.append(s.p("一、选举大会基本情况", s.h2))
    lines = texts.outcome_lines(e, outcome, rules)
    story.append(s.p(lines[0]))
    if staff := _staff(e, "监票人：{}", "计票人：{}"):
        story.append(s.p("；".join(staff) + "（均不是候选人，经全体党员通过）。"))
    story.append(s.p(f"应选委员{e.seats}名，正式候选人{len(e.candidates)}名（{'、'.join(e.candidate_names)}），"
                     f"差额{len(e.candidates) - e.seats}名。"))
    story.append(s.p("二、投票和计票情况", s.h2))
    story += [s.p(line) for line in lines[1:]]
    story += _votes_table(s, e, outcome, w)
    story.append(s.p(rules.elected_basis.cited, s.small))
    last: list = [s.p("三、新一届支部委员会组成及分工", s.h2),
                  s.p(f"新一届支部委员会由{'、'.join(outcome.elected_names)}{len(outcome.elected)}名同志组成"
                      f"（任期{e.term_years}年）。{texts.committee_line(e)}")]
    if e.committee:
        last.append(_committee_table(s, e, w))
    last.append(s.p("以上选举结果及书记、副书记人选，请予审批。", s.body))
    # the committee, the request and the signature stay on one page
    story.append(closing_block(s, *last, *_signed(s, branch, e.report_on)))
    return doc.build(story)


def election_meeting(e: Election, meeting: Meeting, outcome: ElectionOutcome, rules: ElectionRules) -> Meeting:
    """The meeting as its minutes print: the recorded minutes with the election's figures and result after them
    (and the standard agenda when none was recorded)."""
    lines = texts.outcome_lines(e, outcome, rules)
    parts = [meeting.minutes.strip()] if meeting.minutes.strip() else []
    parts.append("选举情况：" + lines[0])
    if staff := _staff(e, "经全体党员举手通过，{}为监票人", "{}为计票人"):
        parts.append("，".join(staff) + "。")
    parts.append(f"本次选举应选支部委员会委员{e.seats}名，正式候选人{len(e.candidates)}名："
                 f"{'、'.join(e.candidate_names)}。")
    parts += lines[1:]
    if outcome.elected:
        parts.append(f"监票人、计票人核对无误后，主持人宣布：{'、'.join(outcome.elected_names)}当选为新一届支部委员会委员。")
    if e.direct_officers and texts.committee_line(e):
        parts.append(texts.committee_line(e))
    resolutions = meeting.resolutions.strip()
    if outcome.elected and "当选" not in resolutions:
        resolutions = "\n".join(x for x in (resolutions, f"选举{'、'.join(outcome.elected_names)}为新一届支部委员会委员，"
                                                          "选举结果报上级党委审批。") if x)
    agenda = meeting.agenda or [AgendaItem(t) for t in texts.minutes_agenda(e)]
    return replace(meeting, minutes="\n".join(parts), resolutions=resolutions, agenda=agenda, votes=[])


def build_election_minutes_pdf(path: Path | str, branch: Branch, e: Election, meeting: Meeting,
                               outcome: ElectionOutcome, rules: ElectionRules) -> Path:
    from dangjian_desktop.reports.minutes import build_minutes_pdf

    return build_minutes_pdf(path, branch, [election_meeting(e, meeting, outcome, rules)])
