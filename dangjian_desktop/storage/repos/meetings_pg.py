"""The meetings' text search and its index on a headquarters store on PostgreSQL (issue 22): the n-gram token
table ``meeting_ngram`` with its GIN index (storage/pg.py) in place of SQLite's FTS5 ``meeting_search``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from peewee import SQL

from dangjian_desktop.domain.search import contains, runs
from dangjian_desktop.storage import pg
from dangjian_desktop.domain.meetings import MeetingFilter
from dangjian_desktop.storage.models import PartyGroupRow
from dangjian_desktop.storage.models_meetings import FTS_ID_MASK, MeetingRow

def _head_where(text: str) -> tuple[str, list]:
    """The text filter on the narrow table ``meeting_head`` (storage/pg.py): its GIN index answers a text of up to
    ``pg.HEAD_GRAM`` characters exactly; a longer one by the AND of its n-grams, each row confirmed with strpos."""
    head = f'"{pg.HEAD_TABLE}"."head"'
    where = f"dangjian_grams({head}) @> dangjian_query_grams(lower(%s))"
    if len(text) <= pg.HEAD_GRAM:
        return where, [text]
    return f"{where} AND strpos({head}, lower(%s)) > 0", [text, text]


def _pending_where(text: str) -> tuple[str, list]:
    """The same filter on the rows of ``meeting_head`` still without their text (meetings imported since the search
    index last caught up, pg.pending_head_ddl): found through their partial index, each meeting's own columns
    looked at (one probe of its key a row: ``OFFSET 0`` keeps the planner from turning it into a scan of every
    meeting). The two sets are apart (a row has its text or not): their union is the filter's answer."""
    own = pg.head_sql('"m"')  # the text the row will hold, made from the meeting's columns
    return (f'"{pg.HEAD_TABLE}"."head" IS NULL AND EXISTS (SELECT 1 FROM "meeting" AS "m" WHERE "m"."id" = '
            f'"{pg.HEAD_TABLE}"."meeting_id" AND strpos({own}, lower(%s)) > 0 OFFSET 0)'), [text]


def _any_pending() -> bool:
    """Whether some filter row is still without its text (from the partial index: one probe)."""
    return MeetingRow._meta.database.execute_sql(
        f'SELECT EXISTS (SELECT 1 FROM "{pg.HEAD_TABLE}" WHERE "head" IS NULL)').fetchone()[0]


def head_condition(text: str, page: bool = False):  # noqa: ANN201 - a peewee expression
    """The meeting list's text filter on PostgreSQL: ``text`` in any of its columns, ignoring case.

    ``page``: for reading a page in the list's order. A text in many meetings is then looked for with strpos
    while the rows are read along the order's index (the page is full after a few hundred rows), a rarer one
    through the index of ``meeting_head``; while some filter rows wait for their text (after an import, until
    the catch-up), those meetings' own columns too, each set hashed once (an OR of two IN lists: a UNION of them
    was joined row by row against the list's order)."""
    if page and _common(text):
        return SQL(f"strpos({pg.head_sql()}, lower(%s)) > 0", [text])
    where, args = _head_where(text)  # %s: a part of a query peewee writes in PostgreSQL's parameter style
    indexed = MeetingRow.id.in_(SQL(f'(SELECT "meeting_id" FROM "{pg.HEAD_TABLE}" WHERE {where})', args))
    if not _any_pending():
        return indexed
    pending, more = _pending_where(text)
    return indexed | MeetingRow.id.in_(SQL(f'(SELECT "meeting_id" FROM "{pg.HEAD_TABLE}" WHERE {pending})', more))


COMMON_SHARE = 50  # a text in one meeting of this many or more is common: its page is found reading in order


def _common(text: str) -> bool:
    """Whether the planner expects ``text`` in one meeting of COMMON_SHARE or more (from the statistics of the
    n-gram index: one EXPLAIN, no row read)."""
    db = MeetingRow._meta.database
    where, args = _head_where(text)
    plan = db.execute_sql(f'EXPLAIN (FORMAT JSON) SELECT 1 FROM "{pg.HEAD_TABLE}" WHERE {where}', args).fetchone()[0]
    plan = plan[0]["Plan"] if isinstance(plan, list) else plan["Plan"]
    total = db.execute_sql("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [pg.HEAD_TABLE]).fetchone()[0]
    return total > 0 and plan["Plan Rows"] * COMMON_SHARE >= total


def count(flt: MeetingFilter) -> int:
    """``count_meetings`` on PostgreSQL: counted in the narrow table ``meeting_head`` (never the meeting rows)."""
    conds, args = ["TRUE"], []
    if flt.year:
        conds.append('"date" >= %s AND "date" < %s')
        args += [dt.date(flt.year, 1, 1), dt.date(flt.year + 1, 1, 1)]
    if flt.type is not None:
        conds.append('("type_mask" & %s) <> 0')
        args.append(flt.type.bit)
    if flt.group_uuid:
        conds.append(f'"group_id" IN (SELECT "id" FROM "{PartyGroupRow._meta.table_name}" WHERE "uuid" = %s)')
        args.append(flt.group_uuid)
    text = (flt.text or "").strip()
    sql = f'SELECT count(*) FROM "{pg.HEAD_TABLE}" WHERE {" AND ".join(conds)}'
    if text:  # the rows with their text and any without, counted apart (_pending_where)
        where, more = _head_where(text)
        if _any_pending():
            pending, most = _pending_where(text)
            sql, args = f"SELECT ({sql} AND {where}) + ({sql} AND {pending})", [*args, *more, *args, *most]
        else:
            sql, args = f"{sql} AND {where}", [*args, *more]
    return MeetingRow._meta.database.execute_sql(sql, args).fetchone()[0]


# the runs of domain/search.runs in one regular expression: ``\w`` is str.isalnum() or "_" (the bulk index calls it
# for every meeting; a loop over the characters took half of its time); tests/pg check both agree
_RUN = re.compile(r"[^\W_]+")


def grams(text: str) -> list[str]:
    """The index keys of a meeting's searchable text: every substring of one to ``pg.SEARCH_GRAM`` characters of
    each run of letters and digits of the lowercased text (domain/search.runs), each once."""
    out: set[str] = set()
    size = pg.SEARCH_GRAM
    for run in _RUN.findall((text or "").lower()):
        n = len(run)
        out.update([run[i:i + k] for k in range(1, min(size, n) + 1) for i in range(n - k + 1)])
    return sorted(out)


def query_keys(terms: list[str]) -> list[str]:
    """The keys a search asks for, all of them: a run of up to ``pg.SEARCH_GRAM`` characters is one key (exact),
    a longer one its ``pg.SEARCH_GRAM``-grams (a candidate then confirmed against the text)."""
    keys: set[str] = set()
    size = pg.SEARCH_GRAM
    for term in terms:
        for run in runs(term):
            keys.update([run] if len(run) <= size else (run[i:i + size] for i in range(len(run) - size + 1)))
    return sorted(keys)


def search(terms: list[str], limit: int) -> list[tuple[str, dt.date, str, str, str]]:
    """``search`` on PostgreSQL: the GIN index of meeting_ngram (storage/pg.py) gives the meetings holding every
    key of the query, newest first, a page at a time; each is confirmed against its text as on SQLite, until
    ``limit`` hits. The planner reads a common key's hits along the date index and a rare one's (or a miss) from
    the GIN index; never the whole table (its text arrays are out of line: a scan of it looks cheaper than it is)."""
    db = MeetingRow._meta.database
    keys = query_keys(terms)
    cols = "m.uuid, m.date, m.types, m.title, m.search_text"
    if keys:
        # a common key: its hits read along the date index, the page full after a few hundred rows; a rare one (or
        # a miss) from the GIN index, then sorted: "+ 0" keeps the planner off the date index, where a key it
        # does not know (estimated at 0.5 %, absent in fact) had it walk all 256,000 rows
        order = "f.date" if _common_keys(db, keys) else "f.date + 0"
        sql = (f"SELECT {cols} FROM meeting_ngram AS f JOIN meeting AS m ON m.id = f.meeting_id "
               f"WHERE f.grams @> ?::text[] ORDER BY {order} DESC, f.meeting_id DESC LIMIT ? OFFSET ?")
        args: list = [keys]
    else:  # nothing the index knows (only punctuation): read the texts, newest first
        sql = f"SELECT {cols} FROM meeting AS m ORDER BY m.date DESC, m.id DESC LIMIT ? OFFSET ?"
        args = []
    # a query of single runs of up to SEARCH_GRAM characters is answered exactly: a page of ``limit`` is enough
    exact = all(len(r) == 1 and len(r[0]) <= pg.SEARCH_GRAM and r[0] == t.lower() for t in terms if (r := runs(t)))
    page = limit if keys and exact else max(2 * limit, 200)
    out: list[tuple[str, dt.date, str, str, str]] = []
    offset = 0
    with db.atomic():
        before = db.execute_sql("SELECT current_setting('enable_seqscan'), "
                                "current_setting('max_parallel_workers_per_gather')").fetchone()
        if keys:  # no scan of the table; no parallel workers (starting them took 12 ms of a 1 ms miss)
            db.execute_sql("SELECT set_config('enable_seqscan', 'off', true), "
                           "set_config('max_parallel_workers_per_gather', '0', true)")
        try:
            while len(out) < limit:
                rows = db.execute_sql(sql, [*args, page, offset]).fetchall()
                for row in rows:
                    if contains(row[4], terms):
                        out.append(row)
                        if len(out) >= limit:
                            break
                if len(rows) < page:
                    break
                offset += page
        finally:
            db.execute_sql("SELECT set_config('enable_seqscan', ?, true), "
                           "set_config('max_parallel_workers_per_gather', ?, true)", list(before))
    return out


def _common_keys(db, keys: list[str]) -> bool:  # noqa: ANN001
    """Whether the planner expects the meetings holding every key to be one in COMMON_SHARE or more."""
    plan = db.execute_sql("EXPLAIN (FORMAT JSON) SELECT 1 FROM meeting_ngram WHERE grams @> %s::text[]",
                          [keys]).fetchone()[0]
    plan = plan[0]["Plan"] if isinstance(plan, list) else plan["Plan"]
    total = db.execute_sql("SELECT reltuples FROM pg_class WHERE oid = 'meeting_ngram'::regclass").fetchone()[0]
    return total > 0 and plan["Plan Rows"] * COMMON_SHARE >= total


def index_queued(batch: int, only_ids: list[int] | None) -> int:
    """``index_queued`` on PostgreSQL: the queue holds meeting ids (its trigger, storage/pg.py; a copy from SQLite
    brings keys with the day in the high bits: ``key & FTS_ID_MASK`` is the id either way). ``SKIP LOCKED``: two
    staff's indexers take different keys. A meeting's row is replaced with its current tokens, or removed."""
    db = MeetingRow._meta.database
    if only_ids is not None and not only_ids:
        return 0
    if not _shared_index_lock(db):  # the index is being rebuilt in bulk (index_bulk): its keys stay queued
        return 0
    if only_ids is not None:
        taken = db.execute_sql(f"DELETE FROM meeting_index_queue WHERE (key & {FTS_ID_MASK}) = ANY(?) "
                               "RETURNING key", [list(only_ids)]).fetchall()
    else:
        taken = db.execute_sql("DELETE FROM meeting_index_queue WHERE key IN (SELECT key FROM meeting_index_queue "
                               "ORDER BY key DESC LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING key", [batch]).fetchall()
    if not taken:
        return 0
    ids = sorted({key & FTS_ID_MASK for (key,) in taken})
    db.execute_sql(pg.fill_heads_sql('AND "h"."meeting_id" = ANY(?)'), [ids])  # the list filter's text, too
    db.execute_sql("DELETE FROM meeting_ngram WHERE meeting_id = ANY(?)", [ids])
    rows = db.execute_sql("SELECT id, date, search_text FROM meeting WHERE id = ANY(?)", [ids]).fetchall()
    inserts = [(mid, day, grams(text)) for mid, day, text in rows]
    if inserts:
        db.cursor().executemany("INSERT INTO meeting_ngram (meeting_id, date, grams) VALUES (?, ?, ?)", inserts)
    return len(taken)


# -- the index rebuilt in one pass (after hq-migrate or a headquarters' first imports) -------------------------------

BULK_MIN = 20_000  # a queue this long, and at least half the meetings, is indexed by rebuilding the whole index
BULK_CHUNK = 2_000  # meetings read (along the primary key) and copied per statement
INDEX_LOCK = "search-index"  # advisory lock: shared by the batch indexer, exclusive while the index is rebuilt


class Stopped(Exception):
    """The bulk rebuild was asked to stop (the window closing): its transaction rolls back, the keys stay queued."""


def _shared_index_lock(db) -> bool:  # noqa: ANN001
    """Take the index lock shared for this transaction, False (without waiting) while a rebuild holds it."""
    return bool(db.execute_sql("SELECT pg_try_advisory_xact_lock_shared(?)", [pg.lock_key(INDEX_LOCK)]).fetchone()[0])


def bulk_wanted(pending: int) -> bool:
    """Whether a queue of ``pending`` keys is better done by rebuilding the index (``index_bulk``): with the GIN
    index kept row by row the batches index 190–350 meetings a second; a rebuild copies every meeting's tokens into
    a bare table and makes the indexes after: 256,000 meetings in 809 s against 1,360 s batch by batch, measured
    side by side on a loaded machine (BENCHMARKS.md, issue 22)."""
    if pending < BULK_MIN:
        return False
    db = MeetingRow._meta.database
    total = db.execute_sql("SELECT count(*) FROM meeting").fetchone()[0]
    owner = db.execute_sql("SELECT tableowner = current_user FROM pg_tables WHERE schemaname = current_schema() "
                           "AND tablename = ?", [pg.SEARCH_TABLE]).fetchone()
    return 2 * pending >= total and bool(owner and owner[0])  # only the table's owner may replace it


def index_bulk(should_stop: Callable[[], bool] = lambda: False) -> int:
    """Rebuild the whole search index in the caller's transaction; returns how many queued keys it took.

    The queued keys are taken first (a writer re-queuing one of them waits for the commit, then queues it again);
    every meeting's tokens are copied (COPY, a chunk at a time along the primary key) into a new table without
    indexes; its indexes are made after (one GIN build instead of 256,000 insertions into it); then it replaces
    ``meeting_ngram`` under the table's name and is analysed. Searches read the old table until the commit (the
    swap at the end is the only moment they wait). The batch indexers of other programs skip their work while the
    rebuild holds the index lock exclusively (``index_queued``). Killed or stopped midway (``Stopped``), it all
    rolls back and the keys stay queued."""
    db = MeetingRow._meta.database
    table, bulk = pg.SEARCH_TABLE, f"{pg.SEARCH_TABLE}_bulk"
    db.execute_sql("SELECT pg_advisory_xact_lock(?)", [pg.lock_key(INDEX_LOCK)])
    taken = db.execute_sql("DELETE FROM meeting_index_queue WHERE key IN (SELECT key FROM meeting_index_queue "
                           "FOR UPDATE SKIP LOCKED) RETURNING key").fetchall()
    _fill_heads_in_bulk(db)
    db.execute_sql(f'DROP TABLE IF EXISTS "{bulk}"')
    db.execute_sql(f'CREATE TABLE "{bulk}" ("meeting_id" INTEGER NOT NULL, "date" DATE NOT NULL, '
                   '"grams" TEXT[] NOT NULL)')
    cursor = db.connection().cursor()  # psycopg's own: COPY
    last = 0
    while True:
        if should_stop():
            raise Stopped
        rows = cursor.execute("SELECT id, date, search_text FROM meeting WHERE id > %s ORDER BY id LIMIT %s",
                              (last, BULK_CHUNK)).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        # COPY's text format written here (psycopg's adaptation of 256,000 lists took longer than the tokens): the
        # tokens are letters and digits only (no tab, newline, backslash, quote or brace), each quoted ("null")
        with cursor.copy(f'COPY "{bulk}" ("meeting_id", "date", "grams") FROM STDIN') as copy:
            for mid, day, text in rows:
                keys = grams(text)
                copy.write(f'{mid}\t{day.isoformat()}\t{{"' + '","'.join(keys) + '"}\n' if keys
                           else f"{mid}\t{day.isoformat()}\t{{}}\n")
    # the GIN build's memory: at least 256 MB for this transaction (PostgreSQL's default is 64 MB)
    db.execute_sql("SELECT set_config('maintenance_work_mem', '256MB', true) "
                   "WHERE pg_size_bytes(current_setting('maintenance_work_mem')) < pg_size_bytes('256MB')")
    db.execute_sql(f'ALTER TABLE "{bulk}" ADD CONSTRAINT "{bulk}_pkey" PRIMARY KEY ("meeting_id")')
    db.execute_sql(f'CREATE INDEX "{bulk}_date" ON "{bulk}" ("date", "meeting_id")')
    db.execute_sql(f'CREATE INDEX "{bulk}_grams" ON "{bulk}" USING GIN ("grams")')
    db.execute_sql(f'DROP TABLE "{table}"')
    db.execute_sql(f'ALTER TABLE "{bulk}" RENAME TO "{table}"')
    db.execute_sql(f'ALTER TABLE "{table}" RENAME CONSTRAINT "{bulk}_pkey" TO "{table}_pkey"')
    db.execute_sql(f'ALTER INDEX "{bulk}_date" RENAME TO "{table}_date"')
    db.execute_sql(f'ALTER INDEX "{bulk}_grams" RENAME TO "{pg.SEARCH_INDEX}"')
    db.execute_sql(f'ANALYZE "{table}"')  # the search chooses its plan from the planner's estimates
    return len(taken)


def _fill_heads_in_bulk(db) -> None:  # noqa: ANN001
    """Every list-filter row still without its text gets it (pg.pending_head_ddl), in one UPDATE: the GIN index's
    new entries gathered in a pending list of up to 64 MB for this transaction (sorted and merged into the index
    a list at a time, not key by key), the list merged in before the commit so that the filter never reads a long
    pending list after it."""
    before = db.execute_sql("SELECT current_setting('gin_pending_list_limit')").fetchone()[0]
    db.execute_sql("SELECT set_config('gin_pending_list_limit', '64MB', true)")
    if db.execute_sql(pg.fill_heads_sql()).rowcount:  # merging the list in is for the index's owner only
        db.execute_sql("SELECT gin_clean_pending_list(c.oid) FROM pg_class AS c WHERE c.oid = ?::regclass "
                       "AND pg_has_role(c.relowner, 'MEMBER')", [pg.HEAD_INDEX])
    db.execute_sql("SELECT set_config('gin_pending_list_limit', ?, true)", [before])
