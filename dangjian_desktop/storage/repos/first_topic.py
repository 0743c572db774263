"""第一议题: the study items of the meetings (meeting_agenda_item with ``first_topic``) as ledger rows, how many
meetings opened with one, and the ledger fields of one item written on their own (补登 on a finalised record)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import JOIN, fn

from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.domain.first_topic import FirstTopicEntry, Study
from dangjian_desktop.domain.meetings import MeetingType, types_mask
from dangjian_desktop.storage.models import utcnow
from dangjian_desktop.storage.models_meetings import AgendaItemRow, MeetingRow
from dangjian_desktop.storage.repos.meetings import study_columns, study_of
from dangjian_desktop.storage.repos.rows import existing


def _label(types: str, title: str, group: str) -> str:
    first = types.split("|")[0] if types else ""
    short = {"支部党员大会": "党员大会", "支部委员会": "支委会"}.get(first, first)
    name = title or short
    if group and group not in name:
        name += f"（{group}）"
    return f"{short}：{name}" if short and short not in name else name


def entries(start: dt.date, end: dt.date) -> list[FirstTopicEntry]:
    """Every 第一议题 study item of the meetings dated ``start``..``end``, in date order."""
    q = (AgendaItemRow.select(AgendaItemRow, MeetingRow.uuid.alias("m_uuid"), MeetingRow.date.alias("m_date"),
                              MeetingRow.types.alias("m_types"), MeetingRow.title.alias("m_title"),
                              MeetingRow.group_name.alias("m_group"), MeetingRow.host.alias("m_host"),
                              MeetingRow.present_count.alias("m_present"),
                              MeetingRow.expected_count.alias("m_expected"))
         .join(MeetingRow, on=(AgendaItemRow.meeting == MeetingRow.id))
         .where((AgendaItemRow.first_topic == True) & (MeetingRow.date >= start)  # noqa: E712
                & (MeetingRow.date <= end))
         .order_by(MeetingRow.date, MeetingRow.start_time, MeetingRow.id, AgendaItemRow.position))
    out = []
    seen: set[str] = set()
    for r in q.objects():
        if r.m_uuid in seen:  # one study per meeting (the rules allow one 第一议题)
            continue
        seen.add(r.m_uuid)
        out.append(FirstTopicEntry(r.m_uuid, r.m_date, _label(r.m_types, r.m_title, r.m_group), r.title, r.note,
                                   study_of(r) or Study(), r.m_host, r.m_present, r.m_expected,
                                   opened_with_it=r.position == 0))
    return out


def opening_counts(start: dt.date, end: dt.date, types: tuple[MeetingType, ...]) -> tuple[int, int]:
    """(meetings of ``types`` dated ``start``..``end``, those whose first agenda item is a 第一议题)."""
    mask = types_mask(list(types))
    first = AgendaItemRow.alias()
    q = (MeetingRow.select(fn.COUNT(MeetingRow.id), fn.COUNT(first.id))
         .join(first, JOIN.LEFT_OUTER, on=((first.meeting == MeetingRow.id) & (first.position == 0)
                                          & (first.first_topic == True)))  # noqa: E712
         .where((MeetingRow.date >= start) & (MeetingRow.date <= end) & (MeetingRow.type_mask.bin_and(mask) != 0)))
    total, opened = q.tuples().first() or (0, 0)
    return int(total or 0), int(opened or 0)


def item_of(meeting_uuid: str) -> tuple[str, bool]:
    """(uuid of the meeting's 第一议题 item, whether the meeting is finalised)."""
    row = (AgendaItemRow.select(AgendaItemRow.uuid, MeetingRow.status)
           .join(MeetingRow, on=(AgendaItemRow.meeting == MeetingRow.id))
           .where((MeetingRow.uuid == meeting_uuid) & (AgendaItemRow.first_topic == True))  # noqa: E712
           .order_by(AgendaItemRow.position).tuples().first())
    if row is None:
        raise NotFoundError("这次会议没有“第一议题”议题：请先在会议记录中把学习议题标为第一议题。")
    return row[0], row[1] == "定稿"


def set_study(item_uuid: str, study: Study | None) -> dict[str, Any]:
    """Write one item's ledger fields; returns the previous values (for the audit trail)."""
    row = existing(AgendaItemRow, item_uuid, "找不到该议题。")
    before = study_columns(study_of(row))
    AgendaItemRow.update(**study_columns(study), updated_at=utcnow()).where(AgendaItemRow.id == row.id).execute()
    return before


def set_search_text(meeting_uuid: str, text: str) -> None:
    """The meeting's searchable text after its study fields changed (the full-text index follows by trigger)."""
    MeetingRow.update(search_text=text, updated_at=utcnow()).where(MeetingRow.uuid == meeting_uuid).execute()
