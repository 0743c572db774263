"""Headquarters oversight: what every imported branch holds, read in a few grouped passes over the whole store
(never one query per branch: 500 branches, a quarter of a million meetings)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from peewee import fn

from dangjian_desktop.domain.compliance import HeldMeeting
from dangjian_desktop.domain.enums import CommitteeRole, MemberStatus
from dangjian_desktop.storage.models import BranchRow, CommitteeSeatRow, MemberRow, PartyGroupRow
from dangjian_desktop.storage.models_exchange import ExchangeOriginRow
from dangjian_desktop.storage.repos.meetings import _types


def _db():  # noqa: ANN202
    return BranchRow._meta.database


def branches() -> list[tuple[int, str, str, str, dt.date | None, dt.date | None, int]]:
    """(id, uuid, name, parent_committee, founded_on, election_date, term_years) of every branch that came from
    a package, by name."""
    q = (BranchRow.select(BranchRow.id, BranchRow.uuid, BranchRow.name, BranchRow.parent_committee,
                          BranchRow.founded_on, BranchRow.election_date, BranchRow.term_years)
         .join(ExchangeOriginRow, on=(ExchangeOriginRow.uuid == BranchRow.uuid))
         .order_by(BranchRow.name))
    return list(q.tuples())


def secretaries() -> dict[int, str]:
    """branch id -> the 书记's name (the first seat, as the branch's profile reads it)."""
    out: dict[int, str] = {}
    q = (CommitteeSeatRow.select(CommitteeSeatRow.branch, CommitteeSeatRow.name)
         .where(CommitteeSeatRow.role == CommitteeRole.SECRETARY.value)
         .order_by(CommitteeSeatRow.sort_order, CommitteeSeatRow.id))
    for branch_id, name in q.tuples():
        out.setdefault(branch_id, name)
    return out


def groups() -> dict[int, list[tuple[str, str]]]:
    """branch id -> [(uuid, name)] of its 党小组, in the branch's own order."""
    out: dict[int, list[tuple[str, str]]] = defaultdict(list)
    q = (PartyGroupRow.select(PartyGroupRow.branch, PartyGroupRow.uuid, PartyGroupRow.name)
         .order_by(PartyGroupRow.sort_order, PartyGroupRow.name))
    for branch_id, uuid, name in q.tuples():
        out[branch_id].append((uuid, name))
    return out


def members() -> dict[int, int]:
    """branch id -> members on the roster (active)."""
    q = (MemberRow.select(MemberRow.branch, fn.COUNT(MemberRow.id))
         .where(MemberRow.status == str(MemberStatus.ACTIVE)).group_by(MemberRow.branch))
    return dict(q.tuples())


def held_meetings(start: dt.date, end: dt.date, also: list[str] | tuple[str, ...] = ()) -> dict[int, list[HeldMeeting]]:
    """branch id -> the meetings held between ``start`` and ``end``, and those named in ``also`` wherever dated
    (drafts too, as the branch's 会议 page and ``dangjian compliance`` count them), in one pass with the SQL
    written out (peewee's row building would be most of the time for 250,000 rows)."""
    cols = ('SELECT m."branch_id", m."uuid", m."date", m."types", g."uuid", m."lecturer" FROM "meeting" AS m '
            'LEFT OUTER JOIN "party_group" AS g ON g."id" = m."group_id" WHERE m."branch_id" IS NOT NULL AND ')
    out: dict[int, list[HeldMeeting]] = defaultdict(list)
    types_cache: dict[str, tuple] = {}
    fromiso = dt.date.fromisoformat
    seen: set[str] = set()

    def read(where: str, params: list) -> None:
        for branch_id, uuid, day, types, group_uuid, lecturer in _db().execute_sql(cols + where, params):
            if uuid in seen:
                continue
            ts = types_cache.get(types)
            if ts is None:
                ts = types_cache[types] = tuple(_types(types))
            out[branch_id].append(HeldMeeting(uuid, fromiso(day) if isinstance(day, str) else day, ts,
                                              group_uuid, lecturer or ""))

    read('m."date" >= ? AND m."date" <= ?', [start.isoformat(), end.isoformat()])
    if also:
        seen.update(h.uuid for hs in out.values() for h in hs)
    also = list(also)
    for i in range(0, len(also), 400):
        part = also[i : i + 400]
        read(f'm."uuid" IN ({", ".join("?" for _ in part)})', part)
    return out


def rectifications_overdue(today: dt.date) -> dict[str, int]:
    """branch uuid -> rectifications past their deadline and not completed (by the rows' origin)."""
    sql = ('SELECT o."branch_uuid", COUNT(*) FROM "room_rectification" AS r '
           'JOIN "exchange_origin" AS o ON o."uuid" = r."uuid" '
           "WHERE r.\"deadline\" < ? AND r.\"status\" != '已完成' "
           'GROUP BY o."branch_uuid"')
    return {b: n for b, n in _db().execute_sql(sql, (today.isoformat(),))}


def pledges(year: int) -> dict[int, tuple[int, int]]:
    """branch id -> (members who pledged in ``year``'s campaign, members with a pledge approved by the branch)."""
    sql = ('SELECT m."branch_id", COUNT(DISTINCT s."member_id"), '
           "COUNT(DISTINCT CASE WHEN i.\"status\" = '已亮诺' THEN s.\"member_id\" END) "
           'FROM "pledge_item" AS i JOIN "pledge_sheet" AS s ON s."id" = i."sheet_id" '
           'JOIN "pledge_campaign" AS c ON c."id" = s."campaign_id" '
           'JOIN "member" AS m ON m."id" = s."member_id" '
           'WHERE c."year" = ? GROUP BY m."branch_id"')
    return {b: (made, reviewed) for b, made, reviewed in _db().execute_sql(sql, (year,))}


def meeting_lines(uuids: list[str]) -> dict[str, tuple[str, str, str]]:
    """meeting uuid -> (title, types, status) of the meetings behind a cell of the matrix."""
    out: dict[str, tuple[str, str, str]] = {}
    for i in range(0, len(uuids), 400):
        part = uuids[i : i + 400]
        marks = ", ".join("?" for _ in part)
        for u, title, types, status in _db().execute_sql(
                f'SELECT "uuid", "title", "types", "status" FROM "meeting" WHERE "uuid" IN ({marks})', part):
            out[u] = (title or "", (types or "").replace("|", "、"), status or "")
    return out


def pending_elections() -> dict[int, tuple[dt.date | None, dt.date | None]]:
    """branch id -> (request_on, delay_until) of its newest 换届 not yet approved (the elections kind's rows)."""
    sql = ('SELECT "branch_id", "request_on", "delay_until" FROM "election" '
           'WHERE "approved_on" IS NULL AND "applied_at" IS NULL AND "branch_id" IS NOT NULL '
           'ORDER BY "created_at", "id"')
    rows = _db().execute_sql(sql).fetchall()

    def day(v: object) -> dt.date | None:
        return dt.date.fromisoformat(v) if isinstance(v, str) and v else v if isinstance(v, dt.date) else None

    return {b: (day(req), day(delay)) for b, req, delay in rows}  # the newest wins


def last_inspections() -> dict[str, dt.date]:
    """branch uuid -> the day of its latest activity-room inspection (by the rows' origin)."""
    # CROSS JOIN keeps SQLite from walking the whole origin table (4 million rows at headquarters) by its index;
    # its condition in WHERE, as PostgreSQL takes no ON after CROSS JOIN
    sql = ('SELECT o."branch_uuid", MAX(i."inspected_on") FROM "room_inspection" AS i '
           'CROSS JOIN "exchange_origin" AS o WHERE o."uuid" = i."uuid" GROUP BY o."branch_uuid"')  # WHERE: PostgreSQL
    out = {}
    for b, day in _db().execute_sql(sql):
        if isinstance(day, str):
            out[b] = dt.date.fromisoformat(day[:10])
        elif isinstance(day, dt.date):
            out[b] = day
    return out
