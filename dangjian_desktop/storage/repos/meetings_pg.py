"""The meetings' text search and its index on a headquarters store on PostgreSQL (issue 22): the n-gram token
table ``meeting_ngram`` with its GIN index (storage/pg.py) in place of SQLite's FTS5 ``meeting_search``."""

from __future__ import annotations

import datetime as dt

from peewee import SQL

from dangjian_desktop.domain.search import SEPARATOR, contains, index_query, search_tokens
from dangjian_desktop.storage import pg
from dangjian_desktop.storage.models_meetings import FTS_ID_MASK, MeetingRow

RUN_GAP = "000"


def head_condition(text: str, page: bool = False) -> SQL:
    """The meeting list's text filter on PostgreSQL: ``text`` in any of its columns, ignoring case. The GIN index
    ``meeting_head_ngrams`` (storage/pg.py) answers a text of up to ``pg.HEAD_GRAM`` characters exactly (a count
    is read from the index); a longer one by the AND of its n-grams, each row confirmed with strpos.

    ``page``: for reading a page in the list's order. A text in many meetings is then looked for with strpos alone
    while the rows are read along the order's index (the page is full after a few hundred rows; the n-gram
    expression, costly to compute, is never worked out row by row), a rarer one through the index."""
    head = pg.head_sql()  # %s: a part of a query peewee writes in PostgreSQL's parameter style
    found = SQL(f"strpos({head}, lower(%s)) > 0", [text])
    if page and _common(text):
        return found
    grams = SQL(f"dangjian_grams({head}) @> dangjian_query_grams(lower(%s))", [text])
    return grams if len(text) <= pg.HEAD_GRAM else (grams & found)


COMMON_SHARE = 50  # a text in one meeting of this many or more is common: its page is found reading in order


def _common(text: str) -> bool:
    """Whether the planner expects ``text`` in one meeting of COMMON_SHARE or more (from the statistics of the
    n-gram index: one EXPLAIN, no row read)."""
    db = MeetingRow._meta.database
    plan = db.execute_sql(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM meeting WHERE dangjian_grams({pg.head_sql()}) @> "
                          "dangjian_query_grams(lower(%s))", [text]).fetchone()[0]
    plan = plan[0]["Plan"] if isinstance(plan, list) else plan["Plan"]
    total = db.execute_sql("SELECT reltuples FROM pg_class WHERE oid = 'meeting'::regclass").fetchone()[0]
    return total > 0 and plan["Plan Rows"] * COMMON_SHARE >= total


def search(terms: list[str], limit: int) -> list[tuple[str, dt.date, str, str, str]]:
    """``search`` on PostgreSQL: the GIN index of meeting_ngram (storage/pg.py) gives the meetings holding every
    part of the query (a one-character run as its token, a longer one as the phrase of its bigrams), newest first,
    a page at a time; each is confirmed against its text as on SQLite, until ``limit`` hits. The few ``long``
    texts (past tsvector's positions) are asked for the AND of the tokens and merged in by date."""
    db = MeetingRow._meta.database
    query = index_query(terms)
    cols = "m.uuid, m.date, m.types, m.title, m.search_text, m.id"
    parts = [text for _kind, text in query.parts]
    page = max(2 * limit, 200)
    if not parts:  # nothing the index knows (only punctuation): read the texts, newest first
        rows = _confirmed(db, f"SELECT {cols} FROM meeting AS m ORDER BY m.date DESC, m.id DESC LIMIT ? OFFSET ?",
                          [], terms, limit, page)
        return [r[:5] for r in rows]
    phrase = " && ".join("phraseto_tsquery('simple', ?)" for _ in parts)
    hits = _confirmed(db, f"SELECT {cols} FROM meeting_ngram AS f JOIN meeting AS m ON m.id = f.meeting_id "
                          f"WHERE f.tsv @@ ({phrase}) ORDER BY f.date DESC, f.meeting_id DESC LIMIT ? OFFSET ?",
                      parts, terms, limit, page)
    tokens = " && ".join("plainto_tsquery('simple', ?)" for _ in parts)
    long_rows = db.execute_sql(f"SELECT {cols} FROM meeting_ngram AS f JOIN meeting AS m ON m.id = f.meeting_id "
                               f"WHERE f.long AND f.tsv @@ ({tokens})", parts).fetchall()
    if long_rows:
        seen = {h[0] for h in hits}
        hits += [r for r in long_rows if r[0] not in seen and contains(r[4], terms)]
        hits.sort(key=lambda r: (r[1], r[5]), reverse=True)
    return [r[:5] for r in hits[:limit]]


def _confirmed(db, sql: str, args: list, terms: list[str], limit: int, page: int) -> list[tuple]:  # noqa: ANN001
    """Rows of ``sql`` (paged by its LIMIT ? OFFSET ?) whose text holds every term, until ``limit`` of them."""
    out: list[tuple] = []
    offset = 0
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
    return out


def index_queued(batch: int, only_ids: list[int] | None) -> int:
    """``index_queued`` on PostgreSQL: the queue holds meeting ids (its trigger, storage/pg.py; a copy from SQLite
    brings keys with the day in the high bits: ``key & FTS_ID_MASK`` is the id either way). ``SKIP LOCKED``: two
    staff's indexers take different keys. A meeting's row is replaced with its current tokens, or removed."""
    db = MeetingRow._meta.database
    if only_ids is not None:
        if not only_ids:
            return 0
        taken = db.execute_sql(f"DELETE FROM meeting_index_queue WHERE (key & {FTS_ID_MASK}) = ANY(?) "
                               "RETURNING key", [list(only_ids)]).fetchall()
    else:
        taken = db.execute_sql("DELETE FROM meeting_index_queue WHERE key IN (SELECT key FROM meeting_index_queue "
                               "ORDER BY key DESC LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING key", [batch]).fetchall()
    if not taken:
        return 0
    ids = sorted({key & FTS_ID_MASK for (key,) in taken})
    db.execute_sql("DELETE FROM meeting_ngram WHERE meeting_id = ANY(?)", [ids])
    rows = db.execute_sql("SELECT id, date, search_text FROM meeting WHERE id = ANY(?)", [ids]).fetchall()
    inserts = []
    for mid, day, text in rows:
        t = search_tokens(text)
        # between runs "000", not SEPARATOR ("0"): one tsvector holds unigrams and bigrams, and a query for the
        # digit 0 must not find every text of two runs; no query makes a three-character token
        bigrams = [RUN_GAP if b == SEPARATOR else b for b in t.bigrams.split(" ")] if t.bigrams else []
        long = len(bigrams) > pg.LONG_TOKENS  # its later bigrams would be past tsvector's positions
        inserts.append((mid, day, f"{' '.join(bigrams)} {t.unigrams}".strip(), long))
    if inserts:
        db.cursor().executemany("INSERT INTO meeting_ngram (meeting_id, date, tsv, long) "
                                "VALUES (?, ?, to_tsvector('simple', ?), ?)", inserts)
    return len(taken)
