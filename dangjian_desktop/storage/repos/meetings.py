"""Meetings: queries and writes taking and returning domain objects (callers wrap writes in Store.atomic()).

The meeting list (filter, sort, count) and the text search with its index: meetings_search.py."""

from __future__ import annotations

import datetime as dt
import json

from peewee import JOIN, fn

from dangjian_desktop.domain.compliance import HeldMeeting
from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.domain.first_topic import Study
from dangjian_desktop.domain.meetings import (
    AbsenceReason,
    AgendaItem,
    AgendaTemplate,
    Amendment,
    Attachment,
    Attendee,
    Meeting,
    MeetingStatus,
    Scope,
    Vote,
    types_mask,
)
from dangjian_desktop.domain.participation import Participation
from dangjian_desktop.storage.models import BranchRow, MemberRow, PartyGroupRow, Tombstone, new_uuid, utcnow
from dangjian_desktop.storage.models_meetings import (
    AgendaItemRow,
    AgendaTemplateRow,
    AmendmentRow,
    AttachmentRow,
    AttendanceRow,
    MeetingRow,
    VoteRow,
)
from dangjian_desktop.storage.repos import children

# the list, its filter and sort, the text search and its index live in meetings_search.py (PostgreSQL's parts in
# meetings_pg.py); their public names stay importable from here
from dangjian_desktop.storage.repos.meetings_search import (  # noqa: F401 - re-exported for the services
    SORT_KEYS,
    _types,
    count_meetings,
    index_bulk,
    index_bulk_wanted,
    index_pending,
    index_queued,
    list_meetings,
    resolve_prefix,
    search,
    years,
)


def study_columns(study: Study | None) -> dict[str, object]:
    """The 第一议题学习台账 columns of an agenda item (blank when it has none)."""
    st = study or Study()
    return {"study_title": st.title, "study_source": st.source, "study_speech_date": st.speech_date,
            "study_led_by": st.led_by, "study_form": st.form, "study_follow_up": st.follow_up}


def study_of(row) -> Study | None:  # noqa: ANN001 - a row or named tuple with the study_* columns
    st = Study(row.study_title, row.study_source, row.study_speech_date, row.study_led_by, row.study_form,
               row.study_follow_up)
    return None if st.is_empty else st


def _t(text: str) -> dt.time | None:
    if not text:
        return None
    h, _, m = text.partition(":")
    return dt.time(int(h), int(m or 0))


# -- writing ----------------------------------------------------------------------------------------------------


def save_meeting(m: Meeting, branch_uuid: str | None) -> str:
    """Insert or replace a meeting with its attendance, agenda and votes. Amendments and attachments are kept."""
    row = MeetingRow.get_or_none(MeetingRow.uuid == m.uuid) if m.uuid else None
    if row is None:
        row = MeetingRow(uuid=m.uuid or new_uuid())
        row.branch = BranchRow.get_or_none(BranchRow.uuid == branch_uuid) if branch_uuid else None
    group = PartyGroupRow.get_or_none(PartyGroupRow.uuid == m.group_uuid) if m.group_uuid else None
    row.date = m.date
    row.type_mask = types_mask(m.types)
    row.types = "|".join(t.value for t in m.types)
    row.title = m.title
    row.start_time = m.start_time.strftime("%H:%M") if m.start_time else ""
    row.end_time = m.end_time.strftime("%H:%M") if m.end_time else ""
    row.place, row.host, row.recorder = m.place, m.host, m.recorder
    row.lecturer, row.lecture_topic = m.lecturer, m.lecture_topic
    row.scope = m.scope.value
    row.group = group
    row.group_name = group.name if group else (m.group_name if m.group_uuid else "")
    row.observers, row.minutes, row.resolutions = m.observers, m.minutes, m.resolutions
    row.status = m.status.value
    row.finalized_at = m.finalized_at
    row.expected_count = m.expected
    row.present_count = len(m.present)
    row.search_text = m.search_text()
    row.save()
    # the children keep their identity (repos/children.py): a re-saved draft sends headquarters changes and
    # tombstones, never a second copy of its attendance, agenda and votes
    member_ids = dict(
        MemberRow.select(MemberRow.uuid, MemberRow.id)
        .where(MemberRow.uuid.in_([a.member_uuid for a in m.attendees if a.member_uuid]))
        .tuples()
    ) if m.attendees else {}
    uuids = children.sync(AttendanceRow, AttendanceRow.meeting, row.id, [
        {"uuid": a.uuid, "member": member_ids.get(a.member_uuid or ""), "name": a.name, "has_vote": a.has_vote,
         "present": a.present, "reason": a.reason.value if a.reason else "", "reason_text": a.reason_text,
         "sort_order": i} for i, a in enumerate(m.attendees)],
        key=lambda r: ("member", r["member"]) if r["member"] else ("name", r["name"]))
    for a, u in zip(m.attendees, uuids, strict=True):
        a.uuid = u
    uuids = children.sync(AgendaItemRow, AgendaItemRow.meeting, row.id, [
        {"uuid": a.uuid, "position": i, "title": a.title, "first_topic": a.first_topic, "note": a.note,
         **study_columns(a.study)} for i, a in enumerate(m.agenda)], key=lambda r: r["position"])
    for a, u in zip(m.agenda, uuids, strict=True):
        a.uuid = u
    uuids = children.sync(VoteRow, VoteRow.meeting, row.id, [
        {"uuid": v.uuid, "position": i, "subject": v.subject, "yes": v.yes, "no": v.no, "abstain": v.abstain}
        for i, v in enumerate(m.votes)], key=lambda r: r["position"])
    for v, u in zip(m.votes, uuids, strict=True):
        v.uuid = u
    # the triggers queued its index keys (models_meetings.MEETING_TRIGGERS): a meeting saved in the editor is
    # found by the next search at once
    index_queued(only_ids=[row.id])
    return row.uuid


def set_status(meeting_uuid: str, status: MeetingStatus, at: dt.datetime | None) -> None:
    MeetingRow.update(status=status.value, finalized_at=at, updated_at=utcnow()).where(
        MeetingRow.uuid == meeting_uuid).execute()


def add_amendment(meeting_uuid: str, a: Amendment) -> Amendment:
    row = _row(meeting_uuid)
    r = AmendmentRow.create(meeting=row, made_on=a.made_on, field=a.field, old_value=a.old_value,
                            new_value=a.new_value, reason=a.reason, who=a.who)
    MeetingRow.update(updated_at=utcnow()).where(MeetingRow.id == row.id).execute()
    a.uuid, a.at = r.uuid, r.at
    return a


def delete_meeting(meeting_uuid: str) -> list[str]:
    """Delete a meeting; returns the SHA-256 of its attachments (the caller removes unreferenced files)."""
    row = _row(meeting_uuid)
    shas = [a.sha256 for a in AttachmentRow.select(AttachmentRow.sha256).where(AttachmentRow.meeting == row)]
    Tombstone.create(table="meeting", uuid=row.uuid)
    row.delete_instance(recursive=False)
    return shas


def add_attachment(meeting_uuid: str, att: Attachment) -> Attachment:
    row = _row(meeting_uuid)
    existing = AttachmentRow.get_or_none((AttachmentRow.meeting == row) & (AttachmentRow.sha256 == att.sha256))
    if existing is None:
        existing = AttachmentRow.create(meeting=row, sha256=att.sha256, name=att.name, size=att.size)
        _count_attachments(row)
    return Attachment(existing.sha256, existing.name, existing.size, existing.uuid, existing.created_at)


def remove_attachment(attachment_uuid: str) -> tuple[str, str]:
    """Remove the link; returns (meeting uuid, sha256)."""
    r = AttachmentRow.get_or_none(AttachmentRow.uuid == attachment_uuid)
    if r is None:
        raise NotFoundError("找不到该附件。")
    meeting = r.meeting
    sha = r.sha256
    Tombstone.create(table="meeting_attachment", uuid=r.uuid)
    r.delete_instance()
    _count_attachments(meeting)
    return meeting.uuid, sha


def _count_attachments(row: MeetingRow) -> None:
    n = AttachmentRow.select().where(AttachmentRow.meeting == row).count()
    MeetingRow.update(attachment_count=n, updated_at=utcnow()).where(MeetingRow.id == row.id).execute()


# -- reading ----------------------------------------------------------------------------------------------------


def _row(meeting_uuid: str) -> MeetingRow:
    row = MeetingRow.get_or_none(MeetingRow.uuid == meeting_uuid)
    if row is None:
        raise NotFoundError("找不到该会议记录。")
    return row


def get_meeting(meeting_uuid: str) -> Meeting:
    return get_meetings([meeting_uuid])[0]


def get_meetings(meeting_uuids: list[str]) -> list[Meeting]:
    """Whole meetings (attendance, agenda, votes, amendments, attachments) in the order of ``meeting_uuids``, read
    with one query per table for a batch (a year's minutes book reads 200 meetings: not 1,200 queries)."""
    out: dict[str, Meeting] = {}
    for i in range(0, len(meeting_uuids), 500):
        out.update(_load_meetings(meeting_uuids[i:i + 500]))
    missing = [u for u in meeting_uuids if u not in out]
    if missing:
        raise NotFoundError("找不到该会议记录。")
    return [out[u] for u in meeting_uuids]


def _by_meeting(query) -> dict[int, list]:  # noqa: ANN001
    """Rows (named tuples: no model objects) grouped by their ``meeting`` column."""
    grouped: dict[int, list] = {}
    for r in query.namedtuples():
        grouped.setdefault(r.meeting, []).append(r)
    return grouped


def _load_meetings(uuids: list[str]) -> dict[str, Meeting]:
    rows = list(MeetingRow.select().where(MeetingRow.uuid.in_(uuids)))
    if not rows:
        return {}
    ids = [r.id for r in rows]
    group_ids = {r.group_id for r in rows if r.group_id}
    groups = ({g.id: g.uuid for g in PartyGroupRow.select(PartyGroupRow.id, PartyGroupRow.uuid)
               .where(PartyGroupRow.id.in_(list(group_ids)))} if group_ids else {})
    att = _by_meeting(AttendanceRow.select(AttendanceRow.meeting, AttendanceRow.uuid, AttendanceRow.name,
                                           AttendanceRow.has_vote,
                                           AttendanceRow.present, AttendanceRow.reason, AttendanceRow.reason_text,
                                           MemberRow.uuid.alias("member_uuid"))
                      .join(MemberRow, JOIN.LEFT_OUTER, on=(AttendanceRow.member == MemberRow.id))
                      .where(AttendanceRow.meeting.in_(ids))
                      .order_by(AttendanceRow.meeting, AttendanceRow.sort_order, AttendanceRow.id))
    agenda = _by_meeting(AgendaItemRow.select().where(AgendaItemRow.meeting.in_(ids))
                         .order_by(AgendaItemRow.meeting, AgendaItemRow.position, AgendaItemRow.id))
    votes = _by_meeting(VoteRow.select().where(VoteRow.meeting.in_(ids))
                        .order_by(VoteRow.meeting, VoteRow.position, VoteRow.id))
    amendments = _by_meeting(AmendmentRow.select().where(AmendmentRow.meeting.in_(ids))
                             .order_by(AmendmentRow.meeting, AmendmentRow.at, AmendmentRow.id))
    attachments = _by_meeting(AttachmentRow.select().where(AttachmentRow.meeting.in_(ids))
                              .order_by(AttachmentRow.meeting, AttachmentRow.id))
    out = {}
    for row in rows:
        k = row.id
        attendees = [
            Attendee(name=a.name, member_uuid=a.member_uuid, has_vote=a.has_vote,
                     present=a.present, reason=AbsenceReason(a.reason) if a.reason else None,
                     reason_text=a.reason_text, uuid=a.uuid)
            for a in att.get(k, ())
        ]
        out[row.uuid] = Meeting(
            types=_types(row.types), date=row.date, title=row.title, start_time=_t(row.start_time),
            end_time=_t(row.end_time), place=row.place, host=row.host, recorder=row.recorder,
            lecturer=row.lecturer, lecture_topic=row.lecture_topic, scope=Scope(row.scope),
            group_uuid=groups.get(row.group_id) if row.group_id else None, group_name=row.group_name,
            attendees=attendees, observers=row.observers,
            agenda=[AgendaItem(a.title, a.first_topic, a.note, a.uuid, study_of(a)) for a in agenda.get(k, ())],
            minutes=row.minutes, resolutions=row.resolutions,
            votes=[Vote(v.subject, v.yes, v.no, v.abstain, v.uuid) for v in votes.get(k, ())],
            status=MeetingStatus(row.status), finalized_at=row.finalized_at,
            amendments=[Amendment(a.made_on, a.field, a.old_value, a.new_value, a.reason, a.who, a.at, a.uuid)
                        for a in amendments.get(k, ())],
            attachments=[Attachment(a.sha256, a.name, a.size, a.uuid, a.created_at)
                         for a in attachments.get(k, ())],
            uuid=row.uuid, created_at=row.created_at, updated_at=row.updated_at,
        )
    return out


def held_meetings(start: dt.date, end: dt.date, final_only: bool = False) -> list[HeldMeeting]:
    q = (MeetingRow.select(MeetingRow.uuid, MeetingRow.date, MeetingRow.types, PartyGroupRow.uuid,
                           MeetingRow.lecturer)
         .join(PartyGroupRow, JOIN.LEFT_OUTER, on=(MeetingRow.group == PartyGroupRow.id))
         .where((MeetingRow.date >= start) & (MeetingRow.date <= end)))
    if final_only:
        q = q.where(MeetingRow.status == MeetingStatus.FINAL.value)
    return [HeldMeeting(u, d, tuple(_types(t)), g, lec) for u, d, t, g, lec in q.tuples()]


def participation(start: dt.date | None = None, end: dt.date | None = None,
                  final_only: bool = False) -> list[Participation]:
    q = (AttendanceRow.select(MemberRow.uuid, MeetingRow.date, AttendanceRow.present, AttendanceRow.reason)
         .join(MeetingRow, on=(AttendanceRow.meeting == MeetingRow.id))
         .switch(AttendanceRow)
         .join(MemberRow, on=(AttendanceRow.member == MemberRow.id)))
    if final_only:
        q = q.where(MeetingRow.status == MeetingStatus.FINAL.value)
    if start:
        q = q.where(MeetingRow.date >= start)
    if end:
        q = q.where(MeetingRow.date <= end)
    return [Participation(u, d, bool(p), AbsenceReason(r) if r else None) for u, d, p, r in q.tuples()]


def first_meeting_date() -> dt.date | None:
    return MeetingRow.select(fn.MIN(MeetingRow.date)).scalar()


def drafts_with_scope(scope: str) -> list[str]:
    """UUIDs of the draft (not finalised) meetings whose 参加范围 is ``scope``."""
    q = (MeetingRow.select(MeetingRow.uuid)
         .where((MeetingRow.scope == scope) & (MeetingRow.status == MeetingStatus.DRAFT.value))
         .order_by(MeetingRow.date, MeetingRow.id))
    return [u for (u,) in q.tuples()]


def meetings_between(start: dt.date, end: dt.date, final_only: bool = False) -> list[str]:
    q = (MeetingRow.select(MeetingRow.uuid).where((MeetingRow.date >= start) & (MeetingRow.date <= end))
         .order_by(MeetingRow.date, MeetingRow.start_time, MeetingRow.id))
    if final_only:
        q = q.where(MeetingRow.status == MeetingStatus.FINAL.value)
    return [u for (u,) in q.tuples()]


def count() -> int:
    return MeetingRow.select().count()


# -- agenda templates --------------------------------------------------------------------------------------------


def list_templates() -> list[AgendaTemplate]:
    out = []
    for r in AgendaTemplateRow.select().order_by(AgendaTemplateRow.name):
        items = [AgendaItem(str(i.get("title", "")), bool(i.get("first_topic")), str(i.get("note", "")))
                 for i in json.loads(r.items or "[]")]
        out.append(AgendaTemplate(r.name, items, r.uuid))
    return out


def save_template(t: AgendaTemplate) -> AgendaTemplate:
    row = AgendaTemplateRow.get_or_none(AgendaTemplateRow.uuid == t.uuid) if t.uuid else None
    if row is None:
        row = AgendaTemplateRow.get_or_none(AgendaTemplateRow.name == t.name) or AgendaTemplateRow(uuid=new_uuid())
    row.name = t.name
    row.items = json.dumps([{"title": i.title, "first_topic": i.first_topic, "note": i.note} for i in t.items],
                           ensure_ascii=False)
    row.save()
    t.uuid = row.uuid
    return t


def delete_template(template_uuid: str) -> None:
    row = AgendaTemplateRow.get_or_none(AgendaTemplateRow.uuid == template_uuid)
    if row is not None:
        Tombstone.create(table="agenda_template", uuid=row.uuid)
        row.delete_instance()
