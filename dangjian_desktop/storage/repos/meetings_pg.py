"""The meetings' text search and its index on a headquarters store on PostgreSQL (issue 22): the n-gram token
table ``meeting_ngram`` with its GIN index (storage/pg.py) in place of SQLite's FTS5 ``meeting_search``."""

from __future__ import annotations

import datetime as dt

from peewee import SQL

from dangjian_desktop.domain.search import contains, index_query, search_tokens
from dangjian_desktop.storage import pg
from dangjian_desktop.storage.models_meetings import FTS_ID_MASK, MeetingRow


def head_condition(text: str) -> SQL:
    """The meeting list's text filter on PostgreSQL: ``text`` in any of its columns, ignoring case. The GIN index
    ``meeting_head_grams`` (storage/pg.py) gives the rows holding every character and pair of characters of the
    text; strpos confirms each (a longer text's pairs may be there apart)."""
    head = pg.head_sql()  # %s: a part of a query peewee writes in PostgreSQL's parameter style
    return SQL(f"(dangjian_grams({head}) @> dangjian_grams(lower(%s)) AND strpos({head}, lower(%s)) > 0)",
               [text, text])


def search(terms: list[str], limit: int) -> list[tuple[str, dt.date, str, str, str]]:
    """``search`` on PostgreSQL: the GIN index of meeting_ngram (storage/pg.py) gives the meetings holding every
    token of the query (the AND of the unigram and bigram tokens, no positions), newest first, a page at a time;
    each is confirmed against its text as on SQLite, until ``limit`` hits."""
    db = MeetingRow._meta.database
    query = index_query(terms)
    cols = "m.uuid, m.date, m.types, m.title, m.search_text"
    tokens = " ".join(text for _kind, text in query.parts)
    if tokens:
        sql = (f"SELECT {cols} FROM meeting_ngram AS f JOIN meeting AS m ON m.id = f.meeting_id "
               "WHERE to_tsvector('simple', f.tokens) @@ plainto_tsquery('simple', ?) "
               "ORDER BY f.date DESC, f.meeting_id DESC LIMIT ? OFFSET ?")
        args: list = [tokens]
    else:  # nothing the index knows (only punctuation): read the texts, newest first
        sql = f"SELECT {cols} FROM meeting AS m ORDER BY m.date DESC, m.id DESC LIMIT ? OFFSET ?"
        args = []
    page = max(2 * limit, 200)
    out: list[tuple[str, dt.date, str, str, str]] = []
    offset = 0
    while len(out) < limit:
        rows = db.execute_sql(sql, [*args, page, offset]).fetchall()
        for u, d, ty, ti, text in rows:
            if contains(text, terms):
                out.append((u, d, ty, ti, text))
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
        inserts.append((mid, day, f"{t.unigrams} {t.bigrams}".strip()))
    if inserts:
        db.cursor().executemany("INSERT INTO meeting_ngram (meeting_id, date, tokens) VALUES (?, ?, ?)", inserts)
    return len(taken)
