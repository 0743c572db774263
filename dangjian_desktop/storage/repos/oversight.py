"""Headquarters oversight: what every imported branch holds, read in a few grouped passes over the whole store
(never one query per branch: 500 branches, a quarter of a million meetings)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from dangjian_desktop.domain.compliance import HeldMeeting
from dangjian_desktop.domain.enums import CommitteeRole, MemberStatus
from dangjian_desktop.storage.models import BranchRow
from dangjian_desktop.storage.repos.meetings import _types


def _db():  # noqa: ANN202
    return BranchRow._meta.database


# the queries below are written out: peewee's row building per row would be a good part of the time at 500
# branches (3,500 rows of groups, seats and branches)


def branches() -> list[tuple[int, str, str, str, dt.date | None, dt.date | None, int]]:
    """(id, uuid, name, parent_committee, founded_on, election_date, term_years) of every branch that came from
    a package, by name."""
    sql = ('SELECT b."id", b."uuid", b."name", b."parent_committee", b."founded_on", b."election_date", '
           'b."term_years" FROM "branch" AS b JOIN "exchange_origin" AS o ON o."uuid" = b."uuid" ORDER BY b."name"')
    return [(i, u, n, p, _day(f), _day(e), t) for i, u, n, p, f, e, t in _db().execute_sql(sql)]


def secretaries() -> dict[int, str]:
    """branch id -> the 书记's name (the first seat, as the branch's profile reads it)."""
    out: dict[int, str] = {}
    sql = ('SELECT "branch_id", "name" FROM "committee_seat" WHERE "role" = ? ORDER BY "sort_order", "id"')
    for branch_id, name in _db().execute_sql(sql, (CommitteeRole.SECRETARY.value,)):
        out.setdefault(branch_id, name)
    return out


def groups() -> dict[int, list[tuple[str, str]]]:
    """branch id -> [(uuid, name)] of its 党小组, in the branch's own order."""
    out: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for branch_id, uuid, name in _db().execute_sql(
            'SELECT "branch_id", "uuid", "name" FROM "party_group" ORDER BY "sort_order", "name"'):
        out[branch_id].append((uuid, name))
    return out


def members() -> dict[int, int]:
    """branch id -> members on the roster (active)."""
    sql = 'SELECT "branch_id", COUNT(*) FROM "member" WHERE "status" = ? GROUP BY "branch_id"'
    return dict(_db().execute_sql(sql, (str(MemberStatus.ACTIVE),)).fetchall())


def held_meetings(start: dt.date, end: dt.date, moved: dict[str, int] | None = None, year: int | None = None,
                  ) -> tuple[dict[int, list[HeldMeeting]], dict[int, list[HeldMeeting]]]:
    """The meetings held between ``start`` and ``end`` (drafts too, as the branch's 会议 page and ``dangjian
    compliance`` count them), per branch id, in one pass with the SQL written out (peewee's row building would be
    most of the time for 250,000 rows): ``(by date, moved)``. ``moved`` (meeting uuid -> the 年度 a record kind
    assigns it to) takes those meetings out of the first dict into the second, with the meetings assigned to
    ``year`` wherever they are dated; the caller decides what they count for (few: a year's 组织生活会).

    The year is read from the covering index ``meeting_held_by_branch`` alone (storage/meetings_steps.py): the rows
    hold the minutes, and reading ``lecturer`` from them walks their overflow pages; the 党小组's uuid comes from a
    small map, not a join per meeting."""
    moved = moved or {}
    group_uuid = dict(_db().execute_sql('SELECT "id", "uuid" FROM "party_group"').fetchall())
    cols = ('SELECT "branch_id", "uuid", "date", "types", "group_id", "lecturer" FROM "meeting" '
            'WHERE "branch_id" IS NOT NULL AND ')
    by_date: dict[int, list[HeldMeeting]] = defaultdict(list)
    other: dict[int, list[HeldMeeting]] = defaultdict(list)
    types_cache: dict[str, tuple] = {}
    days: dict[str, dt.date] = {}
    fromiso = dt.date.fromisoformat
    seen: set[str] = set()
    new = tuple.__new__  # no Python-level constructor per meeting (HeldMeeting._make is one)

    def read(where: str, params: list) -> None:
        for branch_id, uuid, day, types, group_id, lecturer in _db().execute_sql(cols + where, params):
            if moved and uuid in moved:
                if uuid in seen:
                    continue
                seen.add(uuid)
                into = other
            else:
                into = by_date
            ts = types_cache.get(types)
            if ts is None:
                ts = types_cache[types] = tuple(_types(types))
            when = days.get(day)
            if when is None:
                when = days[day] = fromiso(day) if isinstance(day, str) else day
            into[branch_id].append(new(HeldMeeting, (uuid, when, ts, group_uuid.get(group_id), lecturer or "", None)))

    assigned = [u for u, y in moved.items() if y == year]
    for i in range(0, len(assigned), 400):  # those a kind assigns to the year, wherever dated (a few)
        part = assigned[i : i + 400]
        read(f'"uuid" IN ({", ".join("?" for _ in part)})', part)
    read('"date" >= ? AND "date" <= ?', [start.isoformat(), end.isoformat()])
    return by_date, other


def rectifications_overdue(today: dt.date) -> dict[str, int]:
    """branch uuid -> rectifications past their deadline and not completed (by the rows' origin)."""
    # Led by the few overdue rows, each owner found by the registry's key: a join let SQLite's planner walk the
    # whole registry in branch order for the GROUP BY (0.5 s at 500 branches once a meeting's child rows stopped
    # being registered and the registry became small enough to look cheap).
    sql = ('SELECT (SELECT o."branch_uuid" FROM "exchange_origin" AS o WHERE o."uuid" = r."uuid") AS b, COUNT(*) '
           'FROM "room_rectification" AS r '
           "WHERE r.\"deadline\" < ? AND r.\"status\" != '已完成' "
           'GROUP BY b')
    return {b: n for b, n in _db().execute_sql(sql, (today.isoformat(),)) if b is not None}


def pledges(year: int) -> dict[int, tuple[int, int]]:
    """branch id -> (members who pledged in ``year``'s campaign, members with a pledge approved by the branch)."""
    # per sheet, whether it has an item (from the index alone) and an approved one: not a join over every item.
    # CROSS JOIN: led by the year's campaigns (a few hundred) and their sheets, each member found by its key;
    # with plain joins SQLite walked every member of the store first (44–48 ms against 31 ms, 500 branches). The
    # conditions in WHERE, as PostgreSQL takes no ON after CROSS JOIN (it plans the joins as it likes).
    sql = ('SELECT m."branch_id", '
           'COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM "pledge_item" AS i WHERE i."sheet_id" = s."id") '
           'THEN s."member_id" END), '
           'COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM "pledge_item" AS i WHERE i."sheet_id" = s."id" '
           "AND i.\"status\" = '已亮诺') THEN s.\"member_id\" END) "
           'FROM "pledge_campaign" AS c CROSS JOIN "pledge_sheet" AS s CROSS JOIN "member" AS m '
           'WHERE s."campaign_id" = c."id" AND m."id" = s."member_id" AND c."year" = ? GROUP BY m."branch_id"')
    return {b: (made, reviewed) for b, made, reviewed in _db().execute_sql(sql, (year,)) if made or reviewed}


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


# -- the records behind a cell of the matrix (one branch: a few small queries, read when the user asks) ---------


def _day(v: object) -> dt.date | None:
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str) and v:
        try:
            return dt.date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None


def member_lines(branch_uuid: str) -> list[tuple[str, str, str, str, dt.date | None]]:
    """(name, gender, category, group name, joined the Party) of the branch's members on the roster."""
    sql = ('SELECT m."name", m."gender", m."category", COALESCE(g."name", \'\'), m."joined_party_on" '
           'FROM "member" AS m JOIN "branch" AS b ON b."id" = m."branch_id" '
           'LEFT OUTER JOIN "party_group" AS g ON g."id" = m."group_id" '
           'WHERE b."uuid" = ? AND m."status" = ? ORDER BY m."sort_key", m."id"')
    return [(n or "", gd or "", c or "", g or "", _day(j))
            for n, gd, c, g, j in _db().execute_sql(sql, (branch_uuid, str(MemberStatus.ACTIVE)))]


def election_lines(branch_uuid: str) -> list[tuple]:
    """(held_on, term_years, request_on, reply_on, delay_until, approved_on, applied) of the branch's 换届
    records, oldest first."""
    sql = ('SELECT e."held_on", e."term_years", e."request_on", e."reply_on", e."delay_until", e."approved_on", '
           'e."applied_at" FROM "election" AS e JOIN "branch" AS b ON b."id" = e."branch_id" '
           'WHERE b."uuid" = ? ORDER BY e."created_at", e."id"')
    return [(_day(h), t, _day(rq), _day(rp), _day(dl), _day(ap), applied is not None)
            for h, t, rq, rp, dl, ap, applied in _db().execute_sql(sql, (branch_uuid,))]


def inspection_lines(branch_uuid: str) -> list[tuple[dt.date | None, str, str, int, int]]:
    """(day, room, inspectors, items not up to standard, rectifications) of the branch's 活动室 inspections,
    newest first (by the rows' origin)."""
    sql = ('SELECT i."inspected_on", i."room", i."inspectors", '
           "(SELECT COUNT(*) FROM \"room_inspection_result\" AS r WHERE r.\"inspection_id\" = i.\"id\" "
           "AND r.\"result\" = '不达标'), "
           '(SELECT COUNT(*) FROM "room_rectification" AS c WHERE c."inspection_id" = i."id") '
           'FROM "room_inspection" AS i JOIN "exchange_origin" AS o ON o."uuid" = i."uuid" '
           'WHERE o."branch_uuid" = ? ORDER BY i."inspected_on" DESC, i."id" DESC')
    return [(_day(d), room or "", who or "", int(bad), int(rect))
            for d, room, who, bad, rect in _db().execute_sql(sql, (branch_uuid,))]


def rectification_lines(branch_uuid: str) -> list[tuple[str, str, dt.date | None, dt.date | None, str,
                                                        dt.date | None]]:
    """(item, responsible, deadline, completed_on, status, inspected_on) of the branch's rectifications, by
    deadline (by the rows' origin)."""
    sql = ('SELECT r."item_text", r."responsible", r."deadline", r."completed_on", r."status", i."inspected_on" '
           'FROM "room_rectification" AS r JOIN "exchange_origin" AS o ON o."uuid" = r."uuid" '
           'LEFT OUTER JOIN "room_inspection" AS i ON i."id" = r."inspection_id" '
           'WHERE o."branch_uuid" = ? ORDER BY r."deadline" IS NULL, r."deadline", r."id"')
    return [(t or "", who or "", _day(dl), _day(done), st or "", _day(day))
            for t, who, dl, done, st, day in _db().execute_sql(sql, (branch_uuid,))]


def pledge_lines(branch_uuid: str, year: int) -> tuple[list[str], list[tuple[str, str, int, int]]]:
    """The names of the branch's campaigns of ``year``, and per member — on the roster, or with a sheet in
    them — (name, roster status, items pledged, items approved by the branch (已亮诺)), by name."""
    campaigns = [n for (n,) in _db().execute_sql(
        'SELECT c."name" FROM "pledge_campaign" AS c JOIN "exchange_origin" AS o ON o."uuid" = c."uuid" '
        'WHERE o."branch_uuid" = ? AND c."year" = ? ORDER BY c."id"', (branch_uuid, year))]
    sql = ('SELECT m."name", m."status", '
           '(SELECT COUNT(*) FROM "pledge_item" AS i JOIN "pledge_sheet" AS s ON s."id" = i."sheet_id" '
           ' JOIN "pledge_campaign" AS c ON c."id" = s."campaign_id" WHERE s."member_id" = m."id" AND c."year" = ?), '
           '(SELECT COUNT(*) FROM "pledge_item" AS i JOIN "pledge_sheet" AS s ON s."id" = i."sheet_id" '
           ' JOIN "pledge_campaign" AS c ON c."id" = s."campaign_id" WHERE s."member_id" = m."id" AND c."year" = ? '
           "  AND i.\"status\" = '已亮诺') "
           'FROM "member" AS m JOIN "branch" AS b ON b."id" = m."branch_id" WHERE b."uuid" = ? '
           'ORDER BY m."sort_key", m."id"')
    active = str(MemberStatus.ACTIVE)
    lines = [(n or "", st or "", int(made), int(ok))
             for n, st, made, ok in _db().execute_sql(sql, (year, year, branch_uuid))
             if st == active or made]
    return campaigns, lines
