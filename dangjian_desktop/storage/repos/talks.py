"""谈心谈话 records as domain objects."""

from __future__ import annotations

import datetime as dt

from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.domain.talks import Talk, TalkType
from dangjian_desktop.storage.models import MemberRow
from dangjian_desktop.storage.models_talks import TalkRow
from dangjian_desktop.storage.repos.rows import delete_row, row_for


def _kind(text: str) -> TalkType:
    return TalkType(text) if text in TalkType._value2member_map_ else TalkType.OTHER


def _talks(q) -> list[Talk]:  # noqa: ANN001
    rows = list(q)
    ids = {i for r in rows for i in (r.a_id, r.b_id) if i}
    uuids = dict(MemberRow.select(MemberRow.id, MemberRow.uuid).where(MemberRow.id.in_(list(ids))).tuples()) \
        if ids else {}
    return [Talk(on=r.on, a_name=r.a_name, b_name=r.b_name, kind=_kind(r.kind), a_uuid=uuids.get(r.a_id),
                 b_uuid=uuids.get(r.b_id), place=r.place, content=r.content, views=r.views, follow_up=r.follow_up,
                 uuid=r.uuid) for r in rows]


def list_talks(start: dt.date | None = None, end: dt.date | None = None) -> list[Talk]:
    """Talks between two dates (both included), oldest first."""
    q = TalkRow.select().order_by(TalkRow.on, TalkRow.id)
    if start:
        q = q.where(TalkRow.on >= start)
    if end:
        q = q.where(TalkRow.on <= end)
    return _talks(q)


def get_talk(uuid: str) -> Talk:
    found = _talks(TalkRow.select().where(TalkRow.uuid == uuid))
    if not found:
        raise NotFoundError("找不到该谈心谈话记录。")
    return found[0]


def uuids_with_prefix(prefix: str) -> list[str]:
    return [u for (u,) in TalkRow.select(TalkRow.uuid).where(TalkRow.uuid.startswith(prefix.lower())).tuples()]


def years() -> list[int]:
    return sorted({d.year for (d,) in TalkRow.select(TalkRow.on).distinct().tuples()}, reverse=True)


def save_talk(t: Talk) -> Talk:
    row = row_for(TalkRow, t.uuid)
    wanted = [u for u in (t.a_uuid, t.b_uuid) if u]
    ids = dict(MemberRow.select(MemberRow.uuid, MemberRow.id).where(MemberRow.uuid.in_(wanted)).tuples()) \
        if wanted else {}
    row.on, row.place, row.kind = t.on, t.place, t.kind.value
    row.a_name, row.a = t.a_name, ids.get(t.a_uuid or "")
    row.b_name, row.b = t.b_name, ids.get(t.b_uuid or "")
    row.content, row.views, row.follow_up = t.content, t.views, t.follow_up
    row.save()
    return get_talk(row.uuid)


def delete_talk(uuid: str) -> None:
    delete_row(TalkRow, uuid, missing="找不到该谈心谈话记录。")


def count_between(start: dt.date, end: dt.date) -> int:
    return TalkRow.select().where((TalkRow.on >= start) & (TalkRow.on <= end)).count()

