"""The search index of a headquarters store on PostgreSQL rebuilt in one pass (issue 22: the catch-up after
hq-migrate or a headquarters' first imports): the same rows and the same hits as the batch indexer gives, the
indexes under their names, nothing lost when it is stopped, and other programs' batch indexers keep off meanwhile."""

from __future__ import annotations

import contextlib
import random

import psycopg
import pytest

from dangjian_desktop.domain.search import runs
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import pg
from dangjian_desktop.storage.repos import meetings as repo
from dangjian_desktop.storage.repos import meetings_pg
from tests.pg.test_pg_hq import packages  # noqa: F401 - the demo branch's packages (a fixture)
from tests.pg.test_pg_meetings import _make_hq


def _rows(s: Services) -> list[tuple]:
    return [tuple(r) for r in s.store.database.execute_sql(
        "SELECT meeting_id, date, grams FROM meeting_ngram ORDER BY meeting_id").fetchall()]


def _indexes(s: Services) -> dict[str, str]:
    return {name: sql for name, sql in s.store.database.execute_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'meeting_ngram'").fetchall()}


def _queued(s: Services) -> int:
    return s.store.database.execute_sql("SELECT count(*) FROM meeting_index_queue").fetchone()[0]


@pytest.fixture
def hq(packages, pg_url, tmp_path, capsys):  # noqa: ANN001, ANN201, F811
    s = _make_hq(tmp_path / "pg", packages, pg_url)  # imported by the CLI: a short queue, indexed batch by batch
    capsys.readouterr()
    yield s
    s.close()


def test_rebuild_gives_the_rows_and_hits_of_the_batch_indexer(hq, monkeypatch):  # noqa: ANN001
    s = hq
    db = s.store.database
    before, indexes, meetings = _rows(s), _indexes(s), s.meetings.count()
    assert len(before) == meetings >= 10 and _queued(s) == 0
    hits = {q: [h.uuid for h in s.meetings.search(q)] for q in ("党", "党员", "学习", "主题党日", "没有这样")}
    assert any(hits.values())
    # every meeting queued again (what hq-migrate leaves), and one meeting's text changed since it was indexed
    with s.store.atomic():
        pg.queue_all_meetings(db)
        victim, uuid = db.execute_sql("SELECT id, uuid FROM meeting ORDER BY id LIMIT 1").fetchone()
        db.execute_sql("UPDATE meeting SET search_text = search_text || ' 龘靐新词' WHERE id = ?", [victim])
    assert _queued(s) == meetings
    assert not repo.index_bulk_wanted(), "a short queue stays with the batch indexer"
    monkeypatch.setattr(meetings_pg, "BULK_MIN", 1)
    assert repo.index_bulk_wanted()
    assert not meetings_pg.bulk_wanted(meetings // 2 - 1), "less than half the store queued: batch by batch"
    assert meetings_pg.bulk_wanted((meetings + 1) // 2)
    oid = db.execute_sql("SELECT 'meeting_ngram'::regclass::oid").fetchone()[0]
    progress: list[int] = []
    assert s.search_index.catch_up(progress=progress.append) == meetings
    assert progress == [meetings]
    assert db.execute_sql("SELECT 'meeting_ngram'::regclass::oid").fetchone()[0] != oid, "a new table took its place"
    assert _queued(s) == 0
    assert _indexes(s) == indexes, "the same indexes under the same names"
    after = _rows(s)
    assert [r for r in after if r[0] != victim] == [r for r in before if r[0] != victim]
    changed = next(r for r in after if r[0] == victim)
    assert {"龘", "龘靐", "靐新词", "龘靐新词"} <= set(changed[2])
    assert {q: [h.uuid for h in s.meetings.search(q)] for q in hits} == hits
    assert [h.uuid for h in s.meetings.search("龘靐新词")] == [uuid]
    # the planner knows the new table (the search picks its plan from the estimates)
    assert db.execute_sql("SELECT reltuples FROM pg_class WHERE relname = 'meeting_ngram'").fetchone()[0] == meetings


def test_a_stopped_rebuild_leaves_the_index_and_the_queue(hq, monkeypatch):  # noqa: ANN001
    s = hq
    db = s.store.database
    before = _rows(s)
    with s.store.atomic():
        pg.queue_all_meetings(db)
    monkeypatch.setattr(meetings_pg, "BULK_MIN", 1)
    monkeypatch.setattr(meetings_pg, "BULK_CHUNK", 3)
    calls = iter(range(100))
    assert s.search_index.catch_up(should_stop=lambda: next(calls) >= 2) == 0  # stopped after two chunks
    assert _queued(s) == s.meetings.count() and _rows(s) == before
    assert pg.exists(db, "meeting_ngram_grams") and not pg.exists(db, "meeting_ngram_bulk")
    assert s.search_index.catch_up() == s.meetings.count() and _queued(s) == 0 and _rows(s) == before


def test_batch_indexers_keep_off_while_the_index_is_rebuilt(hq, pg_url):  # noqa: ANN001
    """Another program's rebuild holds the index lock: a batch (the window's worker, a search's short catch-up)
    takes nothing from the queue and does not wait; once the lock is free it does its work."""
    from dangjian_desktop.storage.engine import parse_target

    s = hq
    db = s.store.database
    with s.store.atomic():
        db.execute_sql("UPDATE meeting SET search_text = search_text WHERE id IN (SELECT id FROM meeting ORDER BY id LIMIT 2)")
    assert _queued(s) == 2
    target = parse_target(pg_url)
    with contextlib.closing(psycopg.connect(**target.connect_params(), dbname=target.dbname)) as other:
        other.execute("SELECT pg_advisory_xact_lock(%s)", (pg.lock_key(meetings_pg.INDEX_LOCK),))
        assert s.search_index.catch_up() == 0 and _queued(s) == 2
        other.rollback()
    assert s.search_index.catch_up() == 2 and _queued(s) == 0


def test_index_keys_split_runs_as_the_domain_does():
    """The regular expression of meetings_pg splits a text into the runs domain/search.runs gives (letters and
    digits of any script, lowercased), on random texts of many scripts, marks and punctuation."""
    rng = random.Random(22)
    alphabet = ("aZ09_ -,.\t\n党员安全生产会议龘０１２①ⅫİßΣσ̇é\u3000、。（）Ⅳ٣ǅ\U0001d7d8\U00020000" + "ﬁ")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        expected = {run[i:i + k] for run in runs(text) for k in range(1, 5) for i in range(len(run) - k + 1)}
        assert meetings_pg.grams(text) == sorted(expected), text
