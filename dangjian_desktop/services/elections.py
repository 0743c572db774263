"""换届选举: prepare (请示, 批复, candidates), record (the 选举大会's figures, rounds and votes), settle (分工) and
apply (the higher committee's approval updates the branch profile and keeps the history of terms).

Rule failures never stop a draft from being saved (the secretary fills the record in over weeks); they are listed
while typing and they stop the approval. Only a record that cannot be stored as typed (negative counts,
duplicates, a meeting that is not a 支部党员大会) is refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain import election_texts as texts
from dangjian_desktop.domain.election_checks import (
    Context,
    ElectionOutcome,
    Level,
    RuleCheck,
    approval_problems,
    check_election,
    check_numbers,
    election_outcome,
    new_round,
)
from dangjian_desktop.domain.elections import (
    Election,
    ElectionRules,
    ElectionSummary,
    Round,
    Stage,
    Term,
    TermMember,
)
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.errors import NotFoundError, ReadOnlyError, ValidationError, or_none
from dangjian_desktop.domain.meetings import AgendaItem, Meeting, MeetingType, had_vote_on
from dangjian_desktop.domain.roster import CommitteeSeat, MemberFilter
from dangjian_desktop.domain.validation import clean_fields, clean_text
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.services.rules_setting import MeetingBackedKind
from dangjian_desktop.storage.repos import elections as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

RULES_KEY = "elections.rules"
LOCKED = "该换届选举已经上级党委批准并更新了支部信息，不能再修改。"


class ElectionService(MeetingBackedKind[ElectionRules], key=RULES_KEY):
    # -- rules -----------------------------------------------------------------------------------------------------
    def save_rules(self, rules: ElectionRules) -> ElectionRules:
        if not 0 <= rules.margin_percent <= 100:
            raise ValidationError("差额比例应在0%到100%之间")
        if not 0 < rules.quorum_numerator < rules.quorum_denominator <= 100:
            raise ValidationError("到会比例应是小于1的分数，例如4/5")
        if not 1 <= rules.max_delay_months <= 24:
            raise ValidationError("延期期限应在1到24个月之间")
        return self._put_rules(rules)

    def check_numbers(self, seats: int, candidates: int, voters_due: int, present: int) -> list[RuleCheck]:
        """差额 and the 4/5 quorum for bare numbers (CLI ``election check``, training)."""
        return check_numbers(seats, candidates, voters_due, present, self.rules())

    # -- reading ---------------------------------------------------------------------------------------------------
    def list(self) -> list[ElectionSummary]:
        out = []
        for uuid in repo.election_uuids():
            e = repo.get_election(uuid)
            elected = tuple(s.name for s in e.committee) or tuple(self.outcome(e).elected_names)
            out.append(ElectionSummary(uuid, e.held_on, e.seats, len(e.candidates), e.stage(), elected,
                                       e.meeting_uuid, e.request_on))
        return out

    def get(self, uuid: str) -> Election:
        return repo.get_election(uuid)

    def for_meeting(self, meeting_uuid: str) -> Election | None:
        uuid = repo.election_for_meeting(meeting_uuid)
        return repo.get_election(uuid) if uuid else None

    def resolve(self, meeting_id: str) -> Election:
        """The election held at the meeting ``meeting_id`` (its id or a unique prefix: CLI ``--meeting``)."""
        e = self.for_meeting(self.meetings.resolve(meeting_id))
        if e is None:
            raise NotFoundError(f"编号为“{meeting_id}”的会议没有换届选举记录。")
        return e

    @snapshot_cached
    def pending(self) -> Election | None:
        """The election under way (not yet approved), if any."""
        return repo.pending()

    @snapshot_cached
    def last_held(self) -> Election | None:
        """The newest election whose result was approved."""
        for uuid in repo.election_uuids():
            e = repo.get_election(uuid)
            if e.stage() is Stage.APPROVED:
                return e
        return None

    def terms(self) -> list[Term]:
        """历届支委会, newest first. Before the first 换届 recorded here, the committee of the branch profile
        stands for the current term (not stored)."""
        b = self.branches.profile()
        if b is None or b.uuid is None:
            return []
        stored = repo.list_terms(b.uuid)
        if not any(t.ended_on is None for t in stored) and (b.committee or b.election_date):
            stored.insert(0, _profile_term(b))
        return stored

    # -- a new record ------------------------------------------------------------------------------------------------
    def new(self, today: dt.date | None = None) -> Election:
        """A blank election for the coming 换届: the seats and term of the current committee, a 请示 drafted from
        the template; not saved."""
        today = today or clock.today()
        b = self.branches.require_profile()
        seats = len(b.committee) or (5 if self._full_count(today) >= 7 else 1)
        e = Election(term_years=b.term_years, seats=seats, request_on=today)
        e.request_text = self.request_template(e, today)
        return e

    def request_template(self, e: Election, today: dt.date | None = None) -> str:
        today = today or clock.today()
        b = self.branches.require_profile()
        members = self.roster.members_on(today)
        full = sum(1 for m in members if m.category is MemberCategory.FULL)
        planned = e.held_on
        if planned is None and e.meeting_uuid:
            planned = self.meetings.get(e.meeting_uuid).date
        return texts.request_template(
            branch_name=b.name, parent=b.parent_committee, elected_on=b.election_date, term_years=b.term_years,
            term_ends_on=b.term_ends_on, planned_on=planned, total=len(members), full=full, seats=e.seats,
            candidates=e.candidate_names, new_term_years=e.term_years, direct_officers=e.direct_officers,
            rules=self.rules())

    def _full_count(self, day: dt.date) -> int:
        return sum(1 for m in self.roster.members_on(day) if had_vote_on(m.category is MemberCategory.FULL,
                                                                         m.full_member_on, day))

    # -- checks ------------------------------------------------------------------------------------------------------
    def context(self, e: Election, today: dt.date | None = None) -> Context:
        today = today or clock.today()
        b = self.branches.profile()
        meeting: Meeting | None = None
        if e.meeting_uuid:
            meeting = or_none(self.meetings.get, e.meeting_uuid)
        day = meeting.date if meeting else today
        members = self.roster.members(MemberFilter(include_inactive=True))
        voting = frozenset(m.uuid for m in members if m.uuid and m.on_roster_at(day)
                           and had_vote_on(m.category is MemberCategory.FULL, m.full_member_on, day))
        term_end = b.term_ends_on if b else None
        if b and e.stage() is Stage.APPROVED and e.applied_at is not None:
            term_end = None  # the term it replaced is history
        return Context(
            today=today, term_ends_on=term_end, voting_members=voting,
            known_members=frozenset(m.uuid for m in members if m.uuid), full_members=len(voting),
            meeting_is_assembly=(MeetingType.ASSEMBLY in meeting.types) if meeting else None,
            meeting_voting_expected=meeting.voting_expected if meeting and meeting.attendees else None,
            meeting_voting_present=meeting.voting_present if meeting and meeting.attendees else None)

    def check(self, e: Election, today: dt.date | None = None) -> list[RuleCheck]:
        return check_election(e, self.rules(), self.context(e, today))

    def outcome(self, e: Election) -> ElectionOutcome:
        return election_outcome(e, self.rules())

    def next_round(self, e: Election) -> Round:
        """The round to record next, prefilled from the last one's outcome (tie or shortfall)."""
        return new_round(e, self.outcome(e))

    def figures_from_meeting(self, e: Election, today: dt.date | None = None) -> Election:
        """应到/实到 voters from the linked meeting's attendance (the 4/5 rule counts those with a vote); a meeting
        still ahead has nobody present yet."""
        today = today or clock.today()
        if e.meeting_uuid:
            m = self.meetings.get(e.meeting_uuid)
            e.voters_due = m.voting_expected
            e.voters_present = m.voting_present if m.date <= today else 0
            e.held_on = m.date
        return e

    # -- writing -----------------------------------------------------------------------------------------------------
    def _clean(self, e: Election) -> Election:
        clean_fields(e, request_no=100, reply_no=100, delay_no=100, approval_no=100, request_text=20_000, due_note=2000,
                     note=20_000)
        for people in (e.candidates, e.scrutineers, e.tellers):
            people[:] = [p for p in people if clean_text(p.name, 50)]
            for p in people:
                p.name = clean_text(p.name, 50)
        for r in e.rounds:
            for v in r.votes:
                v.name = clean_text(v.name, 50)
        for s in e.committee:
            clean_fields(s, name=50, duty=100)
        if not 1 <= e.term_years <= 10:
            raise ValidationError("任期应在1到10年之间（一般为3年或5年）")
        return e

    def save(self, e: Election, today: dt.date | None = None) -> Election:
        """Save the record as it stands. Refused only when it cannot be stored as typed; rule failures are
        listed by :meth:`check` and stop :meth:`approve`."""
        today = today or clock.today()
        e = self._clean(e)
        with self.store.atomic():
            if e.uuid:
                current = or_none(repo.get_election, e.uuid)
                if current is not None and current.applied_at is not None:
                    raise ReadOnlyError(LOCKED)
            if e.meeting_uuid:
                other = repo.election_for_meeting(e.meeting_uuid)
                if other and other != e.uuid:
                    raise ValidationError("这次会议已经有一条换届选举记录。")
                e.held_on = self.meetings.get(e.meeting_uuid).date
            else:
                e.held_on = None
            invalid = [c for c in self.check(e, today) if c.level is Level.INVALID]
            if invalid:
                raise ValidationError("", [(c.field, c.message) for c in invalid])
            e.applied_at = None
            branch = self.branches.profile()
            uuid = repo.save_election(e, branch.uuid if branch else None)
            return repo.get_election(uuid)

    def plan_meeting(self, e: Election, day: dt.date, start: dt.time | None = None,
                     today: dt.date | None = None) -> Election:
        """Arrange the 选举大会: a planned 支部党员大会 on ``day`` with the election's agenda, linked to the record
        (saved too)."""
        today = today or clock.today()
        if e.meeting_uuid:
            raise ValidationError("已经关联了选举大会。")
        with self.store.atomic():
            m = self.meetings.new_meeting([MeetingType.ASSEMBLY], day)
            m.title = f"{day.year}年换届选举支部党员大会"
            m.start_time = start or dt.time(9, 0)
            # a 党员大会 opens with the 第一议题 study, the election's own steps follow
            m.agenda = [AgendaItem("第一议题：学习习近平总书记最新重要讲话精神", True),
                        *(AgendaItem(t) for t in texts.minutes_agenda(e))]
            b = self.branches.profile()
            m.host = b.secretary_name if b else ""
            saved = self.meetings.save(m, today)
            e.meeting_uuid = saved.uuid
            e = self.figures_from_meeting(e, today)
            return self.save(e, today)

    def delete(self, uuid: str) -> None:
        with self.store.atomic():
            e = repo.get_election(uuid)
            if e.applied_at is not None:
                raise ReadOnlyError("已批准的换届选举记录不能删除。")
            repo.delete_election(uuid)

    def approval_problems(self, e: Election, today: dt.date | None = None) -> list[str]:
        return approval_problems(e, self.rules(), self.context(e, today))

    def approve(self, uuid: str, approved_on: dt.date, approval_no: str = "",
                today: dt.date | None = None) -> Election:
        """The higher committee approved the result: the branch profile takes the new committee, term and
        election date; the committee it replaces is kept in the history of terms. One transaction."""
        today = today or clock.today()
        with self.store.atomic():
            e = repo.get_election(uuid)
            if e.applied_at is not None:
                return e
            e.approved_on = approved_on
            e.approval_no = clean_text(approval_no, 100) or e.approval_no
            problems = self.approval_problems(e, today)
            if problems:
                raise ValidationError("还不能批准：" + "；".join(problems), [("approve", p) for p in problems])
            b = self.branches.require_profile()
            assert b.uuid and e.held_on
            stored = repo.list_terms(b.uuid)
            current = next((t for t in stored if t.ended_on is None), None)
            if current is not None and current.uuid:
                repo.end_term(current.uuid, e.held_on)
            elif b.committee or b.election_date:
                repo.add_term(b.uuid, _profile_term(b, ended_on=e.held_on))
            repo.add_term(b.uuid, Term(e.held_on, e.term_years, tuple(
                TermMember(s.role, s.name, s.duty, s.member_uuid) for s in e.committee), election_uuid=e.uuid))
            old = {s.member_uuid: s.uuid for s in b.committee if s.member_uuid}
            b.election_date = e.held_on
            b.term_years = e.term_years
            b.committee = [CommitteeSeat(s.role, s.member_uuid, s.name, s.duty, old.get(s.member_uuid))
                           for s in e.committee]
            self.branches.save_profile(b)
            e.applied_at = clock.utcnow()
            repo.save_election(e, b.uuid)
            self.audit.record("election", uuid, "approve",
                              f"{e.held_on:%Y-%m-%d} 换届选举结果经上级党委批准，支部信息已更新：" + "、".join(
                                  f"{s.role.value}{s.name}" for s in e.committee))
            return repo.get_election(uuid)

    # -- printing ----------------------------------------------------------------------------------------------------
    def _print_parts(self, uuid: str):  # noqa: ANN202
        b = self.branches.require_profile()
        e = repo.get_election(uuid)
        meeting = self.meetings.get(e.meeting_uuid) if e.meeting_uuid else None
        return b, e, meeting

    def request_pdf(self, uuid: str, out: Path | str) -> Path:
        from dangjian_desktop.reports.elections import build_request_pdf

        b, e, _ = self._print_parts(uuid)
        return build_request_pdf(out, b, e, e.request_text or self.request_template(e))

    def ballot_pdf(self, uuid: str, out: Path | str, round_number: int | None = None, copies: int | None = None) -> Path:
        from dangjian_desktop.reports.election_papers import build_ballot_pdf

        b, e, _ = self._print_parts(uuid)
        r = self._round(e, round_number)
        return build_ballot_pdf(out, b, e, r, copies or max(1, e.voters_present or e.voters_due or 1))

    def tally_pdf(self, uuid: str, out: Path | str, round_number: int | None = None) -> Path:
        from dangjian_desktop.reports.election_papers import build_tally_pdf

        b, e, _ = self._print_parts(uuid)
        return build_tally_pdf(out, b, e, self._round(e, round_number), self.outcome(e), self.rules())

    def report_pdf(self, uuid: str, out: Path | str) -> Path:
        from dangjian_desktop.reports.elections import build_report_pdf

        b, e, _ = self._print_parts(uuid)
        if not e.rounds:
            raise ValidationError("还没有登记投票结果，无法生成选举结果报告。")
        return build_report_pdf(out, b, e, self.outcome(e), self.rules())

    def minutes_pdf(self, uuid: str, out: Path | str) -> Path:
        from dangjian_desktop.reports.elections import build_election_minutes_pdf

        b, e, meeting = self._print_parts(uuid)
        if meeting is None:
            raise ValidationError("还没有关联选举大会（支部党员大会），无法生成会议记录。")
        return build_election_minutes_pdf(out, b, e, meeting, self.outcome(e), self.rules())

    def _round(self, e: Election, number: int | None) -> Round:
        """The round to print: ``number``, else the next one to hold (the ballot is printed before the vote)."""
        if number is not None:
            found = next((r for r in e.rounds if r.number == number), None)
            if found is None:
                raise NotFoundError(f"没有第{number}轮投票。")
            return found
        outcome = self.outcome(e)
        if e.rounds and outcome.next_round is None:
            return e.rounds[-1]
        if not e.candidates:
            raise ValidationError("还没有填写候选人，无法打印选票。")
        return new_round(e, outcome)


def _profile_term(b, ended_on: dt.date | None = None) -> Term:  # noqa: ANN001 - domain.roster.Branch
    return Term(b.election_date, b.term_years, tuple(TermMember(s.role, s.name, s.duty, s.member_uuid)
                                                     for s in b.committee), ended_on, None, "支部信息")


def build(services: Services) -> ElectionService:
    return ElectionService(services.store, services.branch, services.roster, services.meetings, services.audit)
