"""学时: the counted meetings each member attended (with their times) and the study entered per member."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from dangjian_desktop.domain.meetings import MeetingType, types_mask
from dangjian_desktop.domain.study_hours import Attended, Training, meeting_minutes
from dangjian_desktop.storage.models import MemberRow
from dangjian_desktop.storage.models_meetings import AttendanceRow, MeetingRow
from dangjian_desktop.storage.models_study import StudyRecordRow
from dangjian_desktop.storage.repos.rows import by_uuid, delete_row, row_for


def _time(text: str) -> dt.time | None:
    try:
        h, _, m = (text or "").partition(":")
        return dt.time(int(h), int(m or 0)) if text else None
    except ValueError:
        return None


def attended(start: dt.date, end: dt.date, types: tuple[MeetingType, ...]) -> list[Attended]:
    """Each present attendee (linked to the roster) of a meeting of ``types`` dated ``start``..``end``."""
    mask = types_mask(list(types))
    if not mask:
        return []
    q = (AttendanceRow.select(MemberRow.uuid, MeetingRow.uuid, MeetingRow.date, MeetingRow.title, MeetingRow.types,
                              MeetingRow.start_time, MeetingRow.end_time)
         .join(MeetingRow, on=(AttendanceRow.meeting == MeetingRow.id))
         .switch(AttendanceRow).join(MemberRow, on=(AttendanceRow.member == MemberRow.id))
         .where((AttendanceRow.present == True) & (MeetingRow.date >= start) & (MeetingRow.date <= end)  # noqa: E712
                & (MeetingRow.type_mask.bin_and(mask) != 0)))
    return [Attended(mu, mt, d, title or types.split("|")[0], meeting_minutes(_time(s), _time(e)))
            for mu, mt, d, title, types, s, e in q.tuples()]


def trainings(start: dt.date | None = None, end: dt.date | None = None,
              member_uuid: str | None = None) -> list[Training]:
    q = (StudyRecordRow.select(StudyRecordRow, MemberRow.uuid.alias("member_uuid"))
         .join(MemberRow, JOIN.LEFT_OUTER, on=(StudyRecordRow.member == MemberRow.id)))
    if start:
        q = q.where(StudyRecordRow.on >= start)
    if end:
        q = q.where(StudyRecordRow.on <= end)
    if member_uuid:
        q = q.where(MemberRow.uuid == member_uuid)
    q = q.order_by(StudyRecordRow.on, StudyRecordRow.id)
    return [Training(r.member_uuid, r.name, r.on, r.title, r.tenths, r.kind, r.organiser, r.note, r.uuid)
            for r in q.objects()]


def save_training(t: Training) -> str:
    row = row_for(StudyRecordRow, t.uuid)
    row.member = by_uuid(MemberRow, t.member_uuid)
    row.name = t.member_name
    row.on, row.title, row.kind, row.organiser, row.tenths, row.note = (t.on, t.title, t.kind, t.organiser, t.tenths,
                                                                          t.note)
    row.save()
    return row.uuid


def delete_training(uuid: str) -> None:
    delete_row(StudyRecordRow, uuid, missing="找不到该学习记录。")
