"""The meeting list of a headquarters store on PostgreSQL (issue 22): its text, year and type filters and every sort
column give what they give on SQLite for the same imported packages, and what the filter means (a case-insensitive
substring of the list's columns) checked independently in Python; the 会议 page filters there without an error."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage.repos.meetings_search import SORT_KEYS
from tests.pg.test_pg_hq import HQ_NAME, packages  # noqa: F401 - the demo branch's packages (a fixture)

TEXTS = ["党", "党课", "主题党日", "支部委员会", "学习", "：", "第一议题", "ab", "AB", "%", "_", "会 议", "没有这样的会议"]


def _make_hq(folder, pkgs, database=None) -> Services:  # noqa: ANN001
    from dangjian_desktop import cli

    argv = ["--data-dir", str(folder)] + (["--database", database] if database else [])
    assert cli.main([*argv, "hq-init", "--name", HQ_NAME]) == 0
    assert cli.main([*argv, "import", *map(str, pkgs)]) == 0
    return Services.open(folder, database=database)


def _head_text(s: Services, uuid: str) -> str:
    """The list's filter columns of a meeting (models_meetings.HEAD_COLUMNS), read through the domain object."""
    m = s.meetings.get(uuid)
    return "\n".join([m.title, m.lecture_topic, m.place, m.host, m.group_name, "|".join(t.value for t in m.types)])


@pytest.fixture
def stores(packages, pg_url, tmp_path, capsys):  # noqa: ANN001, ANN201, F811
    sq = _make_hq(tmp_path / "sq", packages)
    pg = _make_hq(tmp_path / "pg", packages, pg_url)
    capsys.readouterr()
    yield sq, pg
    sq.close()
    pg.close()


def _uuids(rows) -> list[str]:  # noqa: ANN001
    return [r.uuid for r in rows]


def test_list_filters_and_sorts_equal_sqlite(stores):  # noqa: ANN001
    sq, pg = stores
    assert pg.store.engine == "postgresql" and sq.store.engine == "sqlite"
    everything = sq.meetings.list()
    assert len(everything) >= 10, "the demo branch's packages bring its meetings"
    assert _uuids(pg.meetings.list()) == _uuids(everything)
    heads = {r.uuid: _head_text(sq, r.uuid).lower() for r in everything}
    assert heads == {r.uuid: _head_text(pg, r.uuid).lower() for r in everything}
    years = sq.meetings.years()
    assert pg.meetings.years() == years
    found_any = 0
    for text in TEXTS:
        # what the filter means: the text (ignoring case) in one of the list's columns, newest first
        expected = [r.uuid for r in everything if text.lower() in heads[r.uuid]]
        found_any += bool(expected)
        for year in (None, *years):
            flt = MeetingFilter(year=year, text=text)
            want = [u for u in expected if year is None or next(r for r in everything if r.uuid == u).date.year == year]
            assert _uuids(sq.meetings.list(flt)) == want, (text, year)
            assert _uuids(pg.meetings.list(flt)) == want, (text, year)
            assert pg.meetings.count_matching(flt) == sq.meetings.count_matching(flt) == len(want)
    assert found_any >= 5  # the texts are not all misses
    with pg.store.atomic():  # the text filter can be answered by its GIN index (few rows here: forced)
        from dangjian_desktop.storage import pg as pg_storage

        pg.store.database.execute_sql("SET LOCAL enable_seqscan = off")
        plan = "\n".join(r[0] for r in pg.store.database.execute_sql(
            f"EXPLAIN SELECT count(*) FROM {pg_storage.HEAD_TABLE} WHERE dangjian_grams(head) @> "
            "dangjian_query_grams(lower('党小组'))"))
    assert f"Bitmap Index Scan on {pg_storage.HEAD_INDEX}" in plan, plan
    for t in MeetingType:
        flt = MeetingFilter(type=t)
        want = [r.uuid for r in everything if t in r.types]
        assert _uuids(pg.meetings.list(flt)) == _uuids(sq.meetings.list(flt)) == want
        flt = MeetingFilter(type=t, year=years[0], text="党")
        assert _uuids(pg.meetings.list(flt)) == _uuids(sq.meetings.list(flt))
    for key in SORT_KEYS:
        for descending in (True, False):
            for flt in (MeetingFilter(), MeetingFilter(text="党"), MeetingFilter(year=years[-1])):
                whole = _uuids(sq.meetings.page(flt, 0, 1000, key, descending))
                assert _uuids(pg.meetings.page(flt, 0, 1000, key, descending)) == whole, (key, descending, flt)
                # a page further down (offset with a limit), as the list screen fetches them
                assert _uuids(pg.meetings.page(flt, 3, 5, key, descending)) == whole[3:8]
    # offset without a limit (the repository's own path: SQLite needs LIMIT -1 there, PostgreSQL refuses it)
    from dangjian_desktop.storage.repos import meetings as repo

    with pg.store.atomic():
        assert _uuids(repo.list_meetings(MeetingFilter(), offset=4)) == _uuids(everything)[4:]
    assert not pg.meetings.search_index_pending()
    # a meeting changed after the import: the filter reads the rows, so it finds it by its new title at once
    victim = everything[-1]
    old_title = pg.meetings.get(victim.uuid).title
    assert old_title
    with pg.store.atomic():
        pg.store.database.execute_sql("UPDATE meeting SET title = ? WHERE uuid = ?", ("临时改名ZQX会议", victim.uuid))
    assert _uuids(pg.meetings.list(MeetingFilter(text="zqx"))) == [victim.uuid]
    assert pg.meetings.count_matching(MeetingFilter(text="改名ZQ")) == 1
    assert victim.uuid not in _uuids(pg.meetings.list(MeetingFilter(text=old_title)))

def test_meetings_screen_filters_on_postgresql(stores, qtbot, monkeypatch):  # noqa: ANN001
    """The 会议 page on the PostgreSQL store: typing in the filter box, choosing a year and a type, sorting by each
    column: the rows are those of the SQLite store, and no error is shown (an exception in a slot fails the test)."""
    from PySide6.QtCore import QModelIndex

    from dangjian_desktop.ui import messages as ui_messages
    from dangjian_desktop.ui.models.meetings_model import SORT_KEYS as COLUMNS
    from dangjian_desktop.ui.screens.meetings_screen import make_screen

    shown: list[str] = []
    monkeypatch.setattr(ui_messages, "show_error", lambda parent, exc, title="": shown.append(str(exc)))
    sq, pg = stores
    screens = []
    for s in (sq, pg):
        w = make_screen(s, None)
        qtbot.addWidget(w)
        w.resize(1366, 728)
        w.show()
        screens.append(w)

    def rows(w) -> list[str]:  # noqa: ANN001
        m = w.model
        while m.canFetchMore():
            m.fetchMore(QModelIndex())
        return [r.uuid for r in m.rows]

    def both(action) -> None:  # noqa: ANN001
        for w in screens:
            action(w)
            w._filter_timer.timeout.emit()
        assert rows(screens[1]) == rows(screens[0])
        assert screens[1].ui.countLabel.text() == screens[0].ui.countLabel.text()

    total = pg.meetings.count()
    both(lambda w: w.ui.filterEdit.setText("党课"))
    assert 0 < screens[1].model.rowCount() < total
    assert f"/ {total} 条" in screens[1].ui.countLabel.text()
    screens[1].grab().save("/tmp/pg2/meetings_pg_filter.png")
    both(lambda w: w.ui.filterEdit.setText("没有这样的会议"))
    assert screens[1].model.rowCount() == 0 and not screens[1].ui.emptyLabel.isHidden()
    both(lambda w: w.ui.filterEdit.setText("党"))
    year = pg.meetings.years()[-1]
    both(lambda w: w.ui.yearCombo.setCurrentIndex(w.ui.yearCombo.findData(year)))
    both(lambda w: w.ui.typeCombo.setCurrentIndex(w.ui.typeCombo.findData(MeetingType.COMMITTEE.value)))
    both(lambda w: w.ui.typeCombo.setCurrentIndex(0))
    from PySide6.QtCore import Qt

    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            both(lambda w, c=column, o=order: w.model.sort(c, o))
    # the 全文搜索 tab: the same meetings found, highlighted, no error
    for w in screens:
        w.ui.searchEdit.setText("学习 党")
        w.run_search()
    texts = [w.ui.resultsBrowser.toPlainText() for w in screens]
    assert texts[1] == texts[0] and "找到" in texts[1] and "PostgreSQL" not in texts[1]
    screens[1].ui.tabs.setCurrentIndex(1)
    screens[1].grab().save("/tmp/pg2/meetings_pg_search.png")
    assert shown == []


SEARCHES = ["党", "学习", "第一议题", "主题党日", "学习 党", "二十届三中全会", "会议记录", "0", "2025", "ab", "：", "没有这样的话",
            # tsquery operators and quotes are no operators here (tokens are letters and digits only)
            "'党' & !员", "学习:*", "(党|员)", "\\党", "%_"]


def _search(where: list[str], query: str, *extra: str) -> dict:
    import json

    from dangjian_desktop import cli

    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert cli.main([*where, "meetings", "search", query, "--json", *extra]) == 0
    return json.loads(buf.getvalue())


def test_meetings_search_on_postgresql_gives_the_hits_of_sqlite(packages, pg_url, tmp_path, capsys):  # noqa: F811
    """`dangjian meetings search Q --json` on PostgreSQL (the n-gram table with its GIN index, filled after the
    import commits) gives SQLite's hits; each hit holds every term of the query (checked on the meeting's text)."""
    sq_where = ["--data-dir", str(tmp_path / "sq")]
    pg_where = ["--data-dir", str(tmp_path / "pg"), "--database", pg_url]
    _make_hq(tmp_path / "sq", packages).close()
    pg = _make_hq(tmp_path / "pg", packages, pg_url)
    capsys.readouterr()
    try:
        # the import filled the table (the CLI's catch-up after the commit): one row per meeting, queue empty
        db = pg.store.database
        assert db.execute_sql("SELECT count(*) FROM meeting_ngram").fetchone()[0] == pg.meetings.count() >= 10
        assert db.execute_sql("SELECT count(*) FROM meeting_index_queue").fetchone()[0] == 0
        with pg.store.atomic():  # the search's condition can be answered by the GIN index (few rows here: forced)
            db.execute_sql("SET LOCAL enable_seqscan = off")
            plan = "\n".join(r[0] for r in db.execute_sql(
                "EXPLAIN SELECT meeting_id FROM meeting_ngram WHERE grams @> ARRAY['党员会']"))
        assert "Bitmap Index Scan on meeting_ngram_grams" in plan, plan
        texts = {r.uuid: pg.meetings.get(r.uuid).search_text().lower() for r in pg.meetings.list()}
        found = 0
        for q in SEARCHES:
            want = _search(sq_where, q)
            got = _search(pg_where, q)
            assert got == want, q
            assert got["index_pending"] is False
            terms = q.lower().split()
            assert all(all(t in texts[h["id"]] for t in terms) for h in got["hits"]), q
            # nothing missed: every meeting holding the terms is a hit (the demo has fewer than 200)
            assert {h["id"] for h in got["hits"]} == {u for u, t in texts.items() if all(x in t for x in terms)}, q
            found += bool(got["hits"])
        assert found >= 6
        # a limit: the newest hits first, the same on both
        assert _search(pg_where, "党", "--limit", "3") == _search(sq_where, "党", "--limit", "3")
        assert len(_search(pg_where, "党", "--limit", "3")["hits"]) == 3
        # a meeting deleted at headquarters' store leaves the index through the queue (its trigger)
        victim = next(iter(texts))
        with pg.store.atomic():  # its attendance, agenda… go with it (ON DELETE CASCADE)
            db.execute_sql("DELETE FROM meeting WHERE uuid = ?", (victim,))
        assert pg.meetings.search_index_pending()
        pg.search_index.catch_up()
        assert db.execute_sql("SELECT count(*) FROM meeting_ngram").fetchone()[0] == len(texts) - 1
        assert victim not in {h.uuid for h in pg.meetings.search("党")}
    finally:
        pg.close()


def test_search_keys_are_the_short_substrings_of_each_run():
    """The PostgreSQL index keys of a text (worked by hand): every 1–4 character substring of each lowercased run
    of letters and digits; a query's run of up to 4 characters is one key, a longer one its 4-character pieces."""
    from dangjian_desktop.storage.repos import meetings_pg

    assert meetings_pg.grams("Ab党, x") == sorted(["a", "b", "党", "x", "ab", "b党", "ab党"])
    assert meetings_pg.grams("") == []
    assert meetings_pg.query_keys(["安全生产管理", "党"]) == sorted(["安全生产", "全生产管", "生产管理", "党"])
    assert meetings_pg.query_keys(["会 议"]) == ["会", "议"]
    assert meetings_pg.query_keys(["、"]) == []
