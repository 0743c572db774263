"""The meeting list (filter, count, every sortable column, paging) and the meetings' text search with its index
(SQLite's FTS5 ``meeting_search``; PostgreSQL's counterparts in meetings_pg.py)."""

from __future__ import annotations

import datetime as dt

from peewee import SQL, fn

from dangjian_desktop.domain.meetings import MeetingFilter, MeetingStatus, MeetingSummary, MeetingType, types_from_mask
from dangjian_desktop.domain.search import IndexQuery, contains, index_query, search_tokens
from dangjian_desktop.storage.models import PartyGroupRow
from dangjian_desktop.storage.models_meetings import FTS_ID_MASK, HEAD_COLUMNS, SHOWN_TITLE_SQL, MeetingRow, fts_key
from dangjian_desktop.storage.repos import meetings_pg


def _types(text: str) -> list[MeetingType]:
    out = []
    for part in (text or "").split("|"):
        try:
            out.append(MeetingType(part))
        except ValueError:
            continue
    return out


def _year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)


def _filtered(q, flt: MeetingFilter, page: bool = False):  # noqa: ANN001, ANN202 - a peewee query over MeetingRow
    if flt.year:
        start, end = _year_range(flt.year)
        q = q.where((MeetingRow.date >= start) & (MeetingRow.date < end))
    if flt.type is not None:
        q = q.where(MeetingRow.type_mask.bin_and(flt.type.bit) != 0)
    if flt.group_uuid:
        gid = PartyGroupRow.select(PartyGroupRow.id).where(PartyGroupRow.uuid == flt.group_uuid)
        q = q.where(MeetingRow.group.in_(gid))
    text = (flt.text or "").strip()
    if text:
        q = q.where(meetings_pg.head_condition(text, page) if _on_postgresql() else _text_condition(text, flt.year))
    return q


def _haystack():  # noqa: ANN202 - the list's filter columns as one text (models_meetings.HEAD_COLUMNS)
    out = getattr(MeetingRow, HEAD_COLUMNS[0])
    for c in HEAD_COLUMNS[1:]:
        out = out.concat("\n").concat(getattr(MeetingRow, c))
    return out


def _text_condition(text: str, year: int | None = None):  # noqa: ANN202
    """The list's text filter: ``text`` in any of its columns, ignoring case. From schema 6 the index answers it
    (meeting_search.head_*): a meeting whose key is still queued is looked at itself, a stale index row of a
    queued key is left out; a text that is not one run of letters and digits is confirmed with instr()."""
    haystack = fn.lower(_haystack())
    found_in = fn.instr(haystack, text.lower()) > 0
    if _schema_version() < 6:
        return fn.instr(_haystack(), text) > 0  # instr, not LIKE: no wildcard surprises with "%" or "_"
    query = index_query([text])
    if not query.parts:
        return found_in
    plain = " || char(10) || ".join(f'"{c}"' for c in HEAD_COLUMNS)
    lo, hi = _key_range(year)  # a year is a range of the index's keys: the set holds that year's matches only
    ids = SQL(f"(SELECT rowid & {FTS_ID_MASK} FROM meeting_search WHERE meeting_search MATCH ? "
              f"AND rowid >= {lo:d} AND rowid < {hi:d} AND rowid NOT IN (SELECT key FROM meeting_index_queue) "
              f"UNION ALL SELECT id FROM meeting WHERE id IN (SELECT key & {FTS_ID_MASK} FROM meeting_index_queue) "
              f"AND instr(lower({plain}), ?) > 0)", [_match(query, head=True), text.lower()])
    # "id + 0": the matching ids are a set to look in while the list is read along its date (or sort) index, or
    # counted along a covering index; never 100,000 row lookups driven by the set (the rows hold the minutes)
    cond = (MeetingRow.id + 0).in_(ids)
    return cond if query.exact else cond & found_in


# the meeting list's sortable columns (ui/models/meetings_model.py); ties by date, in the sort's direction
SORT_KEYS = ("date", "types", "title", "group", "host", "attendance", "attachments", "status")


def _sort_key(key: str) -> list:  # noqa: ANN202
    return {
        "date": [],
        "types": [MeetingRow.types],
        "title": [SQL(SHOWN_TITLE_SQL)],  # the expression of the index meeting_shown_title
        "group": [MeetingRow.group_name],
        "host": [MeetingRow.host],
        "attendance": [MeetingRow.present_count, MeetingRow.expected_count],
        "attachments": [MeetingRow.attachment_count],
        "status": [MeetingRow.status],
    }[key]


def list_meetings(flt: MeetingFilter, offset: int = 0, limit: int | None = None, sort: str = "date",
                  descending: bool = True) -> list[MeetingSummary]:
    """Meetings matching ``flt``, newest first (or by ``sort``, one of ``SORT_KEYS``), ``limit`` rows from
    ``offset`` (all when no limit is given here or in the filter)."""
    q = (MeetingRow.select(MeetingRow.uuid, MeetingRow.date, MeetingRow.type_mask, MeetingRow.title,
                           MeetingRow.lecture_topic, MeetingRow.group_name, MeetingRow.host,
                           MeetingRow.expected_count, MeetingRow.present_count, MeetingRow.status,
                           MeetingRow.attachment_count, MeetingRow.types))
    fast = _index_alone(flt)
    if fast is not None and sort == "date":
        # the index's keys are in date order: it drives the page and only the page's rows are read
        match, lo, hi = fast
        limit = limit if limit is not None else flt.limit
        sql = (f"SELECT {_LIST_COLUMNS} FROM meeting_search AS f CROSS JOIN meeting AS m "
               f"ON m.id = (f.rowid & {FTS_ID_MASK}) WHERE meeting_search MATCH ? AND f.rowid >= ? AND f.rowid < ? "
               f"ORDER BY f.rowid {'DESC' if descending else 'ASC'} LIMIT ? OFFSET ?")
        rows = MeetingRow._meta.database.execute_sql(sql, (match, lo, hi, limit or -1, offset or 0)).fetchall()
        day = MeetingRow.date.python_value
        return _summaries([(r[0], day(r[1]), *r[2:]) for r in rows])
    q = _filtered(q, flt, page=True)
    if sort == "date":
        order = [MeetingRow.date.desc(), MeetingRow.id.desc()] if descending else [MeetingRow.date, MeetingRow.id]
    else:  # ties by date in the same direction: the page is read along the column's (column, date) index
        if descending:
            order = [k.desc() for k in _sort_key(sort)] + [MeetingRow.date.desc(), MeetingRow.id.desc()]
        else:
            order = [k.asc() for k in _sort_key(sort)] + [MeetingRow.date.asc(), MeetingRow.id.asc()]
    q = q.order_by(*order)
    limit = limit if limit is not None else flt.limit
    if limit:
        q = q.limit(limit)
    if offset:  # SQLite wants a LIMIT before an OFFSET (-1: none); PostgreSQL refuses a negative one
        q = q.offset(offset) if limit or _on_postgresql() else q.limit(-1).offset(offset)
    return _summaries(q.tuples())


_LIST_COLUMNS = ("m.uuid, m.date, m.type_mask, m.title, m.lecture_topic, m.group_name, m.host, m.expected_count, "
                 "m.present_count, m.status, m.attachment_count, m.types")


def _summaries(rows) -> list[MeetingSummary]:  # noqa: ANN001 - tuples of _LIST_COLUMNS
    out = []
    for uuid, date, mask, title, topic, group_name, host, exp, pres, status, natt, types in rows:
        ts = _types(types) or types_from_mask(mask)
        shown = title or (f"党课：{topic}" if topic else "")
        out.append(MeetingSummary(uuid, date, tuple(ts), shown, group_name, host, exp, pres, MeetingStatus(status),
                                  natt))
    return out


def count_meetings(flt: MeetingFilter) -> int:
    """How many meetings match ``flt`` (its limit is ignored)."""
    if _on_postgresql():
        return meetings_pg.count(flt)
    fast = _index_alone(flt)
    if fast is not None:  # counted in the index: no meeting row is read
        match, lo, hi = fast
        return MeetingRow._meta.database.execute_sql(
            "SELECT count(*) FROM meeting_search WHERE meeting_search MATCH ? AND rowid >= ? AND rowid < ?",
            (match, lo, hi)).fetchone()[0]
    return _filtered(MeetingRow.select(fn.COUNT(MeetingRow.id)), flt).scalar() or 0


def _julian_day(day: dt.date) -> int:
    """CAST(julianday(day) AS INTEGER), as the index keys are made (models_meetings.fts_key)."""
    return day.toordinal() + 1721424


def _index_alone(flt: MeetingFilter) -> tuple[str, int, int] | None:
    """(MATCH expression, lowest key, key past the end) when the index alone answers ``flt``: a text filter the
    index answers exactly, no type or 党小组 filter (the year is a range of keys), nothing waiting in the queue."""
    text = (flt.text or "").strip()
    if not text or flt.type is not None or flt.group_uuid or _schema_version() < 6:
        return None
    query = index_query([text])
    if not query.exact:
        return None
    db = MeetingRow._meta.database
    if db.execute_sql("SELECT 1 FROM meeting_index_queue LIMIT 1").fetchone():
        return None
    return (_match(query, head=True), *_key_range(flt.year))


def _key_range(year: int | None) -> tuple[int, int]:
    """The index keys of the meetings of ``year`` (all keys without one), from the first to past the last."""
    if not year:
        return 0, 2**62
    start, end = _year_range(year)
    return _julian_day(start) << 32, _julian_day(end) << 32


def resolve_prefix(prefix: str) -> list[str]:
    prefix = (prefix or "").strip().lower()
    if not prefix:
        return []
    q = MeetingRow.select(MeetingRow.uuid).where(fn.substr(MeetingRow.uuid, 1, len(prefix)) == prefix).limit(5)
    return [r[0] for r in q.tuples()]


def years() -> list[int]:
    """Years with meetings, newest first: one index seek per year (a scan of every meeting took 300 ms at
    headquarters, 250,000 meetings)."""
    db = MeetingRow._meta.database
    out: list[int] = []
    day = db.execute_sql('SELECT max("date") FROM "meeting"').fetchone()[0]
    while day:
        text = str(day)
        if not text[:4].isdigit():  # not an ISO date: count as the database does
            q = MeetingRow.select(fn.DISTINCT(fn.strftime("%Y", MeetingRow.date))).tuples()
            return sorted((int(y) for (y,) in q if y), reverse=True)
        out.append(int(text[:4]))
        day = db.execute_sql('SELECT max("date") FROM "meeting" WHERE "date" < ?', (f"{text[:4]}-01-01",)).fetchone()[0]
    return out


def _on_postgresql() -> bool:
    """A headquarters store on PostgreSQL (issue 22): no FTS5 index ``meeting_search`` there."""
    return getattr(MeetingRow._meta.database, "engine", "sqlite") == "postgresql"


def _schema_version() -> int:
    """The SQLite file's schema version (the FTS5 index exists from 6). On PostgreSQL: 0, no FTS5 index (the
    list's text filter reads the rows; the text search has its own table: meetings_pg.py)."""
    if _on_postgresql():
        return 0
    return MeetingRow._meta.database.execute_sql("PRAGMA user_version").fetchone()[0]


def _legacy_search(terms: list[str], limit: int, version: int) -> list[tuple[str, dt.date, str, str, str]]:
    """Search of a store older than schema 6 opened read-only (not migrated): its trigram ``meeting_fts`` for
    terms of 3+ characters, instr() on the rows for shorter ones (what the program of that time did)."""
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    db = MeetingRow._meta.database
    cols = "m.uuid, m.date, m.types, m.title, m.search_text"
    short_sql = "".join(" AND instr(lower(m.search_text), ?) > 0" for _ in short_terms)
    short_args = [t.lower() for t in short_terms]
    if not long_terms:
        sql = f"SELECT {cols} FROM meeting AS m WHERE 1{short_sql} ORDER BY m.date DESC, m.id DESC LIMIT ?"
        args = [*short_args, limit]
    else:
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        if version >= 2:  # keyed by (date, id): the index drives the loop newest first
            sql = (f"SELECT {cols} FROM meeting_fts AS f CROSS JOIN meeting AS m ON m.id = (f.rowid & {FTS_ID_MASK}) "
                   f"WHERE meeting_fts MATCH ?{short_sql} ORDER BY f.rowid DESC LIMIT ?")
        else:
            sql = (f"SELECT {cols} FROM meeting AS m WHERE m.id IN "
                   f"(SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ?){short_sql} "
                   "ORDER BY m.date DESC, m.id DESC LIMIT ?")
        args = [match, *short_args, limit]
    date_field = MeetingRow.date
    return [(u, date_field.python_value(d), ty, ti, text) for u, d, ty, ti, text in db.execute_sql(sql, args)]


def _match(query: IndexQuery, head: bool = False) -> str:
    """The FTS5 MATCH expression of ``query`` over the full text (or, ``head``, the list's filter columns). The
    parts are runs of letters and digits (domain/search.runs): nothing in them needs quoting."""
    if head:
        return " AND ".join(f'{"head_uni" if kind == "unigrams" else "head_bi"} : "{_head_mark(text)}"'
                            for kind, text in query.parts)
    col = {"unigrams": "uni", "bigrams": "bi"}
    return " AND ".join(f'{col[kind]} : "{text}"' for kind, text in query.parts)


HEAD_MARK = "h"


def _head_mark(tokens: str) -> str:
    """The filter columns' tokens carry a mark ("党" is "h党" there): FTS5 keeps one list per token over all
    columns, so the list's filter reads the short lists of the titles, not those of every minute's text."""
    return " ".join(HEAD_MARK + t for t in tokens.split(" ")) if tokens else ""


def search(terms: list[str], limit: int = 200) -> list[tuple[str, dt.date, str, str, str]]:
    """(uuid, date, types, title, search_text) of the newest ``limit`` meetings containing every term (ignoring
    case), newest first (ties: the later recorded first).

    One index lookup for any length: a one-character run is one unigram token, a longer run the phrase of its
    bigrams (domain/search.py); the index is keyed by (date, id), so it is read newest first and the loop stops
    after ``limit`` confirmed hits. Every hit is confirmed against the text (no false hits). Meetings still in
    the index queue (``index_pending``) are not found until indexed."""
    if _on_postgresql():
        return meetings_pg.search(terms, limit)
    version = _schema_version()
    if version < 6:
        return _legacy_search(terms, limit, version)
    db = MeetingRow._meta.database
    query = index_query(terms)
    cols = "m.uuid, m.date, m.types, m.title, m.search_text"
    if query.parts:
        sql = (f"SELECT {cols} FROM meeting_search AS f CROSS JOIN meeting AS m ON m.id = (f.rowid & {FTS_ID_MASK}) "
               "WHERE meeting_search MATCH ? ORDER BY f.rowid DESC")
        cursor = db.execute_sql(sql, (_match(query),))
    else:  # nothing the index knows (only punctuation): read the texts, newest first
        cursor = db.execute_sql(f"SELECT {cols} FROM meeting AS m ORDER BY m.date DESC, m.id DESC")
    date_field = MeetingRow.date
    out = []
    for u, d, ty, ti, text in cursor:
        if contains(text, terms):
            out.append((u, date_field.python_value(d), ty, ti, text))
            if len(out) >= limit:
                break
    cursor.close()
    return out


# -- the search index: brought up to date from its queue -----------------------------------------------------------


def index_pending() -> int:
    """How many index keys wait in the queue (0: the index is complete). 0 for a store older than schema 6."""
    if not _on_postgresql() and _schema_version() < 6:
        return 0
    return MeetingRow._meta.database.execute_sql("SELECT count(*) FROM meeting_index_queue").fetchone()[0]


def index_bulk_wanted() -> bool:
    """Whether the queue is indexed faster by rebuilding the whole index (``index_bulk``): PostgreSQL after
    hq-migrate or a headquarters' first imports; never on SQLite (nothing read there)."""
    return _on_postgresql() and meetings_pg.bulk_wanted(index_pending())


def index_bulk(should_stop=lambda: False) -> int:  # noqa: ANN001
    """Rebuild the whole index in the caller's transaction (PostgreSQL, meetings_pg.index_bulk); the keys taken."""
    return meetings_pg.index_bulk(should_stop)


def _head_text(row: tuple) -> str:
    return "\n".join(str(v or "") for v in row)


def index_queued(batch: int = 500, only_ids: list[int] | None = None) -> int:
    """Index one batch of queued keys, newest first (``only_ids``: just the keys of those meetings), in the
    caller's transaction; returns how many keys were taken from the queue (0: nothing left to do).

    The first statement takes the keys out of the queue (a write: it waits for the write lock, so two indexers
    never take the same keys); each old index row is deleted by giving its tokens again (contentless FTS5), and
    the meeting now holding the key, if any, is indexed with its current texts. Killed midway, the transaction
    rolls back and the keys stay queued: the next catch-up does them."""
    db = MeetingRow._meta.database
    if _on_postgresql():
        return meetings_pg.index_queued(batch, only_ids)
    if only_ids is not None:
        if not only_ids:
            return 0
        marks = ", ".join("?" for _ in only_ids)
        taken = db.execute_sql(f"DELETE FROM meeting_index_queue WHERE (key & {FTS_ID_MASK}) IN ({marks}) "
                               "RETURNING key, old_text, old_head", only_ids).fetchall()
    else:
        taken = db.execute_sql("DELETE FROM meeting_index_queue WHERE key IN (SELECT key FROM meeting_index_queue "
                               "ORDER BY key DESC LIMIT ?) RETURNING key, old_text, old_head", (batch,)).fetchall()
    if not taken:
        return 0
    removals = []
    for key, old_text, old_head in taken:
        if old_text is not None:
            t, h = search_tokens(old_text), search_tokens(old_head or "")
            removals.append(("delete", key, t.unigrams, t.bigrams, _head_mark(h.unigrams), _head_mark(h.bigrams)))
    if removals:
        db.cursor().executemany("INSERT INTO meeting_search(meeting_search, rowid, uni, bi, head_uni, head_bi) "
                                "VALUES (?, ?, ?, ?, ?, ?)", removals)
    keys = {key for key, _, _ in taken}
    ids = sorted({key & FTS_ID_MASK for key in keys})
    head_cols = ", ".join(f'"{c}"' for c in HEAD_COLUMNS)
    rows = []
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ", ".join("?" for _ in part)
        rows += db.execute_sql(f"SELECT {fts_key('date', 'id')}, search_text, {head_cols} FROM meeting "
                               f"WHERE id IN ({marks})", part).fetchall()
    inserts = []
    for key, text, *head in sorted(rows, key=lambda r: r[0]):
        if key in keys:  # else the meeting moved to another key, queued on its own
            t, h = search_tokens(text), search_tokens(_head_text(head))
            inserts.append((key, t.unigrams, t.bigrams, _head_mark(h.unigrams), _head_mark(h.bigrams)))
    if inserts:
        db.cursor().executemany("INSERT INTO meeting_search(rowid, uni, bi, head_uni, head_bi) "
                                "VALUES (?, ?, ?, ?, ?)", inserts)
    return len(taken)

