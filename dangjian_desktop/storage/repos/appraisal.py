"""组织生活会 cycles with their opinions, problem lists, criticisms, appraisal entries and ballots, as domain
objects. Every child list is saved by syncing (repos/children.py): identity kept by UUID, deletions tombstoned."""

from __future__ import annotations

import json
from collections.abc import Iterable

from dangjian_desktop.domain.appraisal import GRADES, AppraisalEntry, Ballot, FollowUp, Grade
from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.domain.life_meeting import Criticism, LifeMeeting, MeetingLink, Opinion, Problem
from dangjian_desktop.domain.room import RectStatus
from dangjian_desktop.storage.models import MemberRow, Tombstone
from dangjian_desktop.storage.models_appraisal import (
    AppraisalEntryRow,
    BallotRow,
    LifeCriticismRow,
    LifeMeetingRow,
    LifeOpinionRow,
    LifeProblemRow,
)
from dangjian_desktop.storage.models_meetings import MeetingRow
from dangjian_desktop.storage.repos import children
from dangjian_desktop.storage.repos.rows import by_uuid, existing, row_for

VOTE_COLUMNS = {Grade.EXCELLENT: "votes_excellent", Grade.QUALIFIED: "votes_qualified", Grade.BASIC: "votes_basic",
                Grade.UNQUALIFIED: "votes_unqualified"}


def _member_ids(uuids: Iterable[str | None]) -> dict[str, int]:
    wanted = [u for u in set(uuids) if u]
    if not wanted:
        return {}
    return dict(MemberRow.select(MemberRow.uuid, MemberRow.id).where(MemberRow.uuid.in_(wanted)).tuples())


def _member_uuids(ids: Iterable[int | None]) -> dict[int, str]:
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    return dict(MemberRow.select(MemberRow.id, MemberRow.uuid).where(MemberRow.id.in_(wanted)).tuples())


def _grade(text: str) -> Grade | None:
    return Grade(text) if text in Grade._value2member_map_ else None


def _follow_up(text: str) -> FollowUp | None:
    return FollowUp(text) if text in FollowUp._value2member_map_ else None


def _status(text: str) -> RectStatus:
    return RectStatus(text) if text in RectStatus._value2member_map_ else RectStatus.PENDING


# -- reading ---------------------------------------------------------------------------------------------------


def cycle_row(uuid: str) -> LifeMeetingRow:
    return existing(LifeMeetingRow, uuid, "找不到该年度的组织生活会记录。")


def _header(row: LifeMeetingRow, meeting_uuid: str | None) -> LifeMeeting:
    return LifeMeeting(
        year=row.year, topic=row.topic, meeting_uuid=meeting_uuid, planned_on=row.planned_on,
        reported_on=row.reported_on, higher_attendee=row.higher_attendee,
        appraisal_with_meeting=bool(row.appraisal_with_meeting), appraisal_on=row.appraisal_on,
        ballots_issued=row.ballots_issued, ballots_returned=row.ballots_returned, report_sent_on=row.report_sent_on,
        summary=row.summary, note=row.note, uuid=row.uuid)


def _meeting_uuid(row: LifeMeetingRow) -> str | None:
    if row.meeting_id is None:
        return None
    found = MeetingRow.select(MeetingRow.uuid).where(MeetingRow.id == row.meeting_id).tuples().first()
    return found[0] if found else None


def get_cycle(uuid: str) -> LifeMeeting:
    return _full(cycle_row(uuid))


def find_cycle(year: int) -> LifeMeeting | None:
    """The cycle of a 年度 (a branch store keeps one per year; the earliest made wins should there be two)."""
    row = LifeMeetingRow.select().where(LifeMeetingRow.year == year).order_by(LifeMeetingRow.id).first()
    return _full(row) if row else None


def cycle_years() -> list[int]:
    return sorted({y for (y,) in LifeMeetingRow.select(LifeMeetingRow.year).tuples()}, reverse=True)


def linked_meetings() -> dict[str, int]:
    """Meeting uuid -> the year of the cycle that extends it."""
    q = (LifeMeetingRow.select(MeetingRow.uuid, LifeMeetingRow.year).join(MeetingRow)
         .where(LifeMeetingRow.meeting.is_null(False)).tuples())
    return dict(q)


def _full(row: LifeMeetingRow) -> LifeMeeting:
    c = _header(row, _meeting_uuid(row))
    c.opinions = [Opinion(content=r.content, source=r.source, category=r.category, target=r.target,
                          received_on=r.received_on, response=r.response, uuid=r.uuid)
                  for r in row.opinions.order_by(LifeOpinionRow.sort_order, LifeOpinionRow.id)]
    problems = list(row.problems.order_by(LifeProblemRow.sort_order, LifeProblemRow.id))
    criticisms = list(row.criticisms.order_by(LifeCriticismRow.sort_order, LifeCriticismRow.id))
    entries = list(row.entries.order_by(AppraisalEntryRow.sort_order, AppraisalEntryRow.id))
    people = _member_uuids([p.owner_id for p in problems] + [x.critic_id for x in criticisms]
                           + [x.target_id for x in criticisms] + [e.member_id for e in entries])
    c.problems = [Problem(problem=r.problem, owner=r.owner_name, owner_uuid=people.get(r.owner_id),
                          manifestation=r.manifestation, cause=r.cause, measure=r.measure, responsible=r.responsible,
                          deadline=r.deadline, completed_on=r.completed_on, status=_status(r.status),
                          progress=r.progress, uuid=r.uuid) for r in problems]
    c.criticisms = [Criticism(critic=r.critic_name, target=r.target_name, points=r.points,
                              critic_uuid=people.get(r.critic_id), target_uuid=people.get(r.target_id),
                              response=r.response, uuid=r.uuid) for r in criticisms]
    c.entries = [AppraisalEntry(
        member_name=r.member_name, member_uuid=people.get(r.member_id), group_name=r.group_name,
        probationary=bool(r.probationary), exempt_reason=r.exempt_reason, self_assessment=r.self_assessment,
        votes={g: getattr(r, VOTE_COLUMNS[g]) for g in GRADES}, grade=_grade(r.grade),
        follow_up=_follow_up(r.follow_up), follow_up_note=r.follow_up_note, follow_up_on=r.follow_up_on,
        notified_on=r.notified_on, note=r.note, uuid=r.uuid) for r in entries]
    c.ballots = [Ballot(number=r.number, marks=_marks(r.marks), uuid=r.uuid)
                 for r in row.ballots.order_by(BallotRow.number)]
    return c


def recent_cycles(years: list[int]) -> dict[int, LifeMeeting]:
    """The cycles of ``years`` for 首页 in three queries: the cycle with its meeting's date and counts, the problem
    lists, the appraisal entries (no opinions, criticism or ballots; members by name only). The meeting's id is
    selected too: peewee sets ``meeting_id`` from the joined instance, which would otherwise have none."""
    from peewee import JOIN

    rows = list(LifeMeetingRow.select(LifeMeetingRow, MeetingRow.id, MeetingRow.uuid, MeetingRow.date, MeetingRow.title,
                                      MeetingRow.expected_count, MeetingRow.present_count, MeetingRow.status,
                                      MeetingRow.host, MeetingRow.place)
                .join(MeetingRow, JOIN.LEFT_OUTER).where(LifeMeetingRow.year.in_(years)).order_by(LifeMeetingRow.id))
    out: dict[int, LifeMeeting] = {}
    by_id: dict[int, LifeMeeting] = {}
    for row in rows:
        if row.year in out:
            continue  # the earliest made wins, as find_cycle
        m = row.meeting if row.meeting_id is not None else None
        c = _header(row, m.uuid if m else None)
        if m is not None:
            c.meeting = MeetingLink(m.uuid, m.date, m.title or "组织生活会", m.expected_count, m.present_count,
                                    (), m.host, m.place, m.status == "定稿")
        out[row.year] = by_id[row.id] = c
    if not by_id:
        return out
    for r in LifeProblemRow.select().where(LifeProblemRow.cycle.in_(list(by_id))).order_by(LifeProblemRow.sort_order,
                                                                                  LifeProblemRow.id):
        by_id[r.cycle_id].problems.append(Problem(
            problem=r.problem, owner=r.owner_name, manifestation=r.manifestation, cause=r.cause, measure=r.measure,
            responsible=r.responsible, deadline=r.deadline, completed_on=r.completed_on, status=_status(r.status),
            progress=r.progress, uuid=r.uuid))
    for r in AppraisalEntryRow.select().where(AppraisalEntryRow.cycle.in_(list(by_id))).order_by(
            AppraisalEntryRow.sort_order, AppraisalEntryRow.id):
        by_id[r.cycle_id].entries.append(AppraisalEntry(
            member_name=r.member_name, group_name=r.group_name, probationary=bool(r.probationary),
            exempt_reason=r.exempt_reason, votes={g: getattr(r, VOTE_COLUMNS[g]) for g in GRADES},
            grade=_grade(r.grade), follow_up=_follow_up(r.follow_up), follow_up_on=r.follow_up_on,
            notified_on=r.notified_on, uuid=r.uuid))
    return out


def _marks(text: str) -> dict[str, Grade]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): Grade(v) for k, v in data.items() if isinstance(v, str) and v in Grade._value2member_map_}


# -- writing ---------------------------------------------------------------------------------------------------


def save_header(c: LifeMeeting) -> LifeMeetingRow:
    row = row_for(LifeMeetingRow, c.uuid)
    meeting = by_uuid(MeetingRow, c.meeting_uuid)
    if c.meeting_uuid and meeting is None:
        raise NotFoundError("找不到要关联的会议记录。")
    row.year, row.topic, row.meeting = c.year, c.topic, meeting
    row.planned_on, row.reported_on, row.higher_attendee = c.planned_on, c.reported_on, c.higher_attendee
    row.appraisal_with_meeting, row.appraisal_on = c.appraisal_with_meeting, c.appraisal_on
    row.ballots_issued, row.ballots_returned = c.ballots_issued, c.ballots_returned
    row.report_sent_on, row.summary, row.note = c.report_sent_on, c.summary, c.note
    row.save()
    c.uuid = row.uuid
    return row


def sync_opinions(row: LifeMeetingRow, opinions: list[Opinion]) -> None:
    uuids = children.sync(LifeOpinionRow, LifeOpinionRow.cycle, row.id, [
        {"uuid": o.uuid, "source": o.source, "category": o.category, "target": o.target, "content": o.content,
         "received_on": o.received_on, "response": o.response, "sort_order": i} for i, o in enumerate(opinions)])
    for o, u in zip(opinions, uuids, strict=True):
        o.uuid = u


def sync_problems(row: LifeMeetingRow, problems: list[Problem]) -> None:
    ids = _member_ids(p.owner_uuid for p in problems)
    uuids = children.sync(LifeProblemRow, LifeProblemRow.cycle, row.id, [
        {"uuid": p.uuid, "owner_name": p.owner, "owner": ids.get(p.owner_uuid or ""), "problem": p.problem,
         "manifestation": p.manifestation, "cause": p.cause, "measure": p.measure, "responsible": p.responsible,
         "deadline": p.deadline, "completed_on": p.completed_on, "status": p.status.value, "progress": p.progress,
         "sort_order": i} for i, p in enumerate(problems)])
    for p, u in zip(problems, uuids, strict=True):
        p.uuid = u


def sync_criticisms(row: LifeMeetingRow, criticisms: list[Criticism]) -> None:
    ids = _member_ids([x.critic_uuid for x in criticisms] + [x.target_uuid for x in criticisms])
    uuids = children.sync(LifeCriticismRow, LifeCriticismRow.cycle, row.id, [
        {"uuid": x.uuid, "critic_name": x.critic, "critic": ids.get(x.critic_uuid or ""), "target_name": x.target,
         "target": ids.get(x.target_uuid or ""), "points": x.points, "response": x.response, "sort_order": i}
        for i, x in enumerate(criticisms)])
    for x, u in zip(criticisms, uuids, strict=True):
        x.uuid = u


def sync_entries(row: LifeMeetingRow, entries: list[AppraisalEntry]) -> None:
    ids = _member_ids(e.member_uuid for e in entries)
    uuids = children.sync(AppraisalEntryRow, AppraisalEntryRow.cycle, row.id, [
        {"uuid": e.uuid, "member": ids.get(e.member_uuid or ""), "member_name": e.member_name,
         "group_name": e.group_name, "probationary": e.probationary, "exempt_reason": e.exempt_reason,
         "self_assessment": e.self_assessment, **{VOTE_COLUMNS[g]: e.votes_for(g) for g in GRADES},
         "grade": e.grade.value if e.grade else "", "follow_up": e.follow_up.value if e.follow_up else "",
         "follow_up_note": e.follow_up_note, "follow_up_on": e.follow_up_on, "notified_on": e.notified_on,
         "note": e.note, "sort_order": i} for i, e in enumerate(entries)],
        key=lambda r: ("member", r["member"]) if r["member"] else ("name", r["member_name"]))
    for e, u in zip(entries, uuids, strict=True):
        e.uuid = u


def sync_ballots(row: LifeMeetingRow, ballots: list[Ballot]) -> None:
    uuids = children.sync(BallotRow, BallotRow.cycle, row.id, [
        {"uuid": b.uuid, "number": b.number,
         "marks": json.dumps({k: g.value for k, g in sorted(b.marks.items())}, ensure_ascii=False)}
        for b in ballots], key=lambda r: r["number"])
    for b, u in zip(ballots, uuids, strict=True):
        b.uuid = u


def delete_cycle(uuid: str) -> None:
    row = LifeMeetingRow.get_or_none(LifeMeetingRow.uuid == uuid)
    if row is None:
        return
    for model in (LifeOpinionRow, LifeProblemRow, LifeCriticismRow, AppraisalEntryRow, BallotRow):
        gone = [u for (u,) in model.select(model.uuid).where(model.cycle == row.id).tuples()]
        if gone:
            Tombstone.insert_many([{"table": model._meta.table_name, "uuid": u} for u in gone]).execute()
    Tombstone.create(table="life_meeting", uuid=row.uuid)
    row.delete_instance(recursive=True)
