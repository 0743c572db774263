"""换届选举: elections with their people, rounds, votes and 分工, and the history of terms (callers wrap writes in
``Store.atomic()``). Child rows are synced by UUID (repos/children.py), never deleted and re-inserted."""

from __future__ import annotations

import json
from typing import Any

from peewee import JOIN

from dangjian_desktop.domain.elections import (
    CandidateVotes,
    Election,
    Person,
    PersonRole,
    Round,
    RoundKind,
    Seat,
    Term,
    TermMember,
)
from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.storage.models import BranchRow, MemberRow, Tombstone, new_uuid
from dangjian_desktop.storage.models_elections import (
    CommitteeTermRow,
    ElectionPersonRow,
    ElectionRoundRow,
    ElectionRow,
    ElectionSeatRow,
    ElectionVoteRow,
)
from dangjian_desktop.storage.models_meetings import MeetingRow
from dangjian_desktop.storage.repos import children
from dangjian_desktop.storage.repos.rows import by_uuid, existing

_FIELDS = ("term_years", "request_on", "request_no", "request_text", "reply_on", "reply_no", "seats", "reduced_to",
           "direct_officers", "delay_until", "delay_no", "voters_due", "voters_present", "due_note", "officers_on",
           "report_on", "approved_on", "approval_no", "applied_at", "note")


def _role(text: str) -> CommitteeRole:
    try:
        return CommitteeRole(text)
    except ValueError:
        return CommitteeRole.MEMBER


def _kind(text: str) -> RoundKind:
    try:
        return RoundKind(text)
    except ValueError:
        return RoundKind.FORMAL


def _member_ids(uuids: list[str | None]) -> dict[str, int]:
    wanted = [u for u in uuids if u]
    if not wanted:
        return {}
    return dict(MemberRow.select(MemberRow.uuid, MemberRow.id).where(MemberRow.uuid.in_(wanted)).tuples())


# -- writing ------------------------------------------------------------------------------------------------------


def save_election(e: Election, branch_uuid: str | None) -> str:
    row = by_uuid(ElectionRow, e.uuid)
    if row is None:
        row = ElectionRow(uuid=e.uuid or new_uuid())
        row.branch = by_uuid(BranchRow, branch_uuid)
    meeting = by_uuid(MeetingRow, e.meeting_uuid)
    row.meeting = meeting
    row.held_on = meeting.date if meeting else None
    for f in _FIELDS:
        setattr(row, f, getattr(e, f))
    row.save()
    people = [(PersonRole.CANDIDATE, p) for p in e.candidates] + [(PersonRole.SCRUTINEER, p) for p in e.scrutineers] \
        + [(PersonRole.TELLER, p) for p in e.tellers]
    ids = _member_ids([p.member_uuid for _, p in people] + [s.member_uuid for s in e.committee]
                      + [v.member_uuid for r in e.rounds for v in r.votes])
    uuids = children.sync(ElectionPersonRow, ElectionPersonRow.election, row.id, [
        {"uuid": p.uuid, "role": role.value, "member": ids.get(p.member_uuid or ""), "name": p.name, "sort_order": i}
        for i, (role, p) in enumerate(people)], key=lambda r: (r["role"], r["name"]))
    for (_, p), u in zip(people, uuids, strict=True):
        p.uuid = u
    uuids = children.sync(ElectionRoundRow, ElectionRoundRow.election, row.id, [
        {"uuid": r.uuid, "number": r.number, "kind": r.kind.value, "seats": r.seats,
         "ballots_issued": r.ballots_issued, "ballots_returned": r.ballots_returned, "ballots_valid": r.ballots_valid,
         "ballots_void": r.ballots_void} for r in e.rounds], key=lambda r: r["number"])
    round_ids = dict(ElectionRoundRow.select(ElectionRoundRow.uuid, ElectionRoundRow.id)
                     .where(ElectionRoundRow.election == row.id).tuples())
    for r, u in zip(e.rounds, uuids, strict=True):
        r.uuid = u
        vuuids = children.sync(ElectionVoteRow, ElectionVoteRow.ballot_round, round_ids[u], [
            {"uuid": v.uuid, "member": ids.get(v.member_uuid or ""), "name": v.name, "write_in": v.write_in,
             "yes": v.yes, "no": v.no, "abstain": v.abstain, "sort_order": i} for i, v in enumerate(r.votes)],
            key=lambda x: x["name"])
        for v, vu in zip(r.votes, vuuids, strict=True):
            v.uuid = vu
    uuids = children.sync(ElectionSeatRow, ElectionSeatRow.election, row.id, [
        {"uuid": s.uuid, "role": s.role.value, "duty": s.duty, "member": ids.get(s.member_uuid or ""),
         "name": s.name, "sort_order": i} for i, s in enumerate(e.committee)], key=lambda r: r["name"])
    for s, u in zip(e.committee, uuids, strict=True):
        s.uuid = u
    return row.uuid


def delete_election(uuid: str) -> None:
    row = _row(uuid)
    Tombstone.create(table="election", uuid=row.uuid)
    row.delete_instance(recursive=False)


# -- reading ------------------------------------------------------------------------------------------------------


def _row(uuid: str) -> ElectionRow:
    return existing(ElectionRow, uuid, "找不到该换届选举记录。")


def get_election(uuid: str) -> Election:
    """The whole record in four queries (the row with its meeting, people, rounds with their votes, seats)."""
    e = _election(ElectionRow.uuid == uuid)
    if e is None:
        raise NotFoundError("找不到该换届选举记录。")
    return e


def pending() -> Election | None:
    """The newest election not yet approved."""
    return _election(ElectionRow.approved_on.is_null() & ElectionRow.applied_at.is_null())


def _election(where: Any) -> Election | None:
    row = (ElectionRow.select(ElectionRow, MeetingRow.uuid.alias("meeting_uuid"))
           .join(MeetingRow, JOIN.LEFT_OUTER, on=(ElectionRow.meeting == MeetingRow.id))
           .where(where).order_by(ElectionRow.held_on.desc(nulls="FIRST"), ElectionRow.created_at.desc())
           .objects().first())
    if row is None:
        return None
    e = Election(meeting_uuid=row.meeting_uuid, held_on=row.held_on, uuid=row.uuid, created_at=row.created_at,
                 updated_at=row.updated_at)
    for f in _FIELDS:
        setattr(e, f, getattr(row, f))
    e.direct_officers = bool(row.direct_officers)
    lists = {PersonRole.CANDIDATE.value: e.candidates, PersonRole.SCRUTINEER.value: e.scrutineers,
             PersonRole.TELLER.value: e.tellers}
    for role, name, member_uuid, puuid in (
            ElectionPersonRow.select(ElectionPersonRow.role, ElectionPersonRow.name, MemberRow.uuid,
                                     ElectionPersonRow.uuid)
            .join(MemberRow, JOIN.LEFT_OUTER, on=(ElectionPersonRow.member == MemberRow.id))
            .where(ElectionPersonRow.election == row.id)
            .order_by(ElectionPersonRow.sort_order, ElectionPersonRow.id).tuples()):
        target = lists.get(role)
        if target is not None:
            target.append(Person(name, member_uuid, puuid))
    V = ElectionVoteRow
    q = (ElectionRoundRow.select(ElectionRoundRow.id, ElectionRoundRow.number, ElectionRoundRow.kind,
                                 ElectionRoundRow.seats, ElectionRoundRow.ballots_issued,
                                 ElectionRoundRow.ballots_returned, ElectionRoundRow.ballots_valid,
                                 ElectionRoundRow.ballots_void, ElectionRoundRow.uuid, V.name, MemberRow.uuid, V.yes,
                                 V.no, V.abstain, V.write_in, V.uuid)
         .join(V, JOIN.LEFT_OUTER, on=(V.ballot_round == ElectionRoundRow.id))
         .join(MemberRow, JOIN.LEFT_OUTER, on=(V.member == MemberRow.id))
         .where(ElectionRoundRow.election == row.id)
         .order_by(ElectionRoundRow.number, ElectionRoundRow.id, V.sort_order, V.id))
    rounds: dict[int, Round] = {}
    for rid, number, kind, seats, issued, returned, valid, void, ruuid, name, muuid, yes, no, abst, wi, vuuid in q.tuples():
        r = rounds.get(rid)
        if r is None:
            r = rounds[rid] = Round(number, _kind(kind), seats, issued, returned, valid, void, [], ruuid)
            e.rounds.append(r)
        if vuuid is not None:
            r.votes.append(CandidateVotes(name, muuid, yes, no, abst, bool(wi), vuuid))
    for role, name, member_uuid, duty, suuid in (
            ElectionSeatRow.select(ElectionSeatRow.role, ElectionSeatRow.name, MemberRow.uuid, ElectionSeatRow.duty,
                                   ElectionSeatRow.uuid)
            .join(MemberRow, JOIN.LEFT_OUTER, on=(ElectionSeatRow.member == MemberRow.id))
            .where(ElectionSeatRow.election == row.id)
            .order_by(ElectionSeatRow.sort_order, ElectionSeatRow.id).tuples()):
        e.committee.append(Seat(_role(role), name, member_uuid, duty, suuid))
    return e


def election_uuids() -> list[str]:
    """Every election, newest first (by the meeting's date; those without a meeting yet first)."""
    rows = ElectionRow.select(ElectionRow.uuid).order_by(ElectionRow.held_on.desc(nulls="FIRST"),
                                                         ElectionRow.created_at.desc())
    return [u for (u,) in rows.tuples()]


def election_for_meeting(meeting_uuid: str) -> str | None:
    row = (ElectionRow.select(ElectionRow.uuid).join(MeetingRow, on=(ElectionRow.meeting == MeetingRow.id))
           .where(MeetingRow.uuid == meeting_uuid).first())
    return row.uuid if row else None


# -- terms ----------------------------------------------------------------------------------------------------------


def _term_members(text: str) -> tuple[TermMember, ...]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    out = []
    for d in data if isinstance(data, list) else []:
        if isinstance(d, dict) and isinstance(d.get("name"), str):
            out.append(TermMember(_role(str(d.get("role", ""))), d["name"], str(d.get("duty", "")),
                                  d.get("member_uuid") if isinstance(d.get("member_uuid"), str) else None))
    return tuple(out)


def list_terms(branch_uuid: str) -> list[Term]:
    """The branch's terms, newest first."""
    rows = list(CommitteeTermRow.select().join(BranchRow, on=(CommitteeTermRow.branch == BranchRow.id))
                .where(BranchRow.uuid == branch_uuid)
                .order_by(CommitteeTermRow.elected_on.desc(nulls="LAST"), CommitteeTermRow.id.desc()))
    ids = [r.election_id for r in rows if r.election_id]
    elections = dict(ElectionRow.select(ElectionRow.id, ElectionRow.uuid).where(ElectionRow.id.in_(ids)).tuples()) \
        if ids else {}
    return [Term(r.elected_on, r.term_years, _term_members(r.members), r.ended_on, elections.get(r.election_id),
                 r.source, r.uuid) for r in rows]


def add_term(branch_uuid: str, term: Term) -> str:
    branch = BranchRow.get(BranchRow.uuid == branch_uuid)
    election = by_uuid(ElectionRow, term.election_uuid)
    members = [{"role": m.role.value, "name": m.name, "duty": m.duty, "member_uuid": m.member_uuid}
               for m in term.members]
    row = CommitteeTermRow.create(branch=branch, elected_on=term.elected_on, term_years=term.term_years,
                                  ended_on=term.ended_on, election=election,
                                  members=json.dumps(members, ensure_ascii=False), source=term.source)
    return row.uuid


def end_term(term_uuid: str, ended_on: Any) -> None:
    row = CommitteeTermRow.get(CommitteeTermRow.uuid == term_uuid)
    row.ended_on = ended_on
    row.save()
