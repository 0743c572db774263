"""The n-gram search index: every query length finds exactly the meetings holding the text (none more), the list's
text filter agrees with it, and the index catches up after the writes — also after a crash midway."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType
from dangjian_desktop.services import search_index
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION
from dangjian_desktop.storage.repos import meetings_search as repo
from tests.storage.historical import store_at

TEXTS = {
    "A": "学习贯彻党的二十大精神，安全生产月动员。",
    "B": "讨论DangJian软件的使用，第3次会议。",
    "C": "安全，生产",  # 安全生产 and 全生 are not in it: a comma stands between
    "D": "党员大会",
}


def _add(s: Services, day: dt.date, minutes: str, title: str = "例会") -> str:
    m = s.meetings.new_meeting([MeetingType.COMMITTEE], day)
    m.title, m.place, m.host, m.recorder, m.minutes = title, "会议室", "张三", "李四", minutes
    return s.meetings.save(m, today=dt.date(2030, 1, 1)).uuid


@pytest.fixture
def four(services: Services) -> tuple[Services, dict[str, str]]:
    days = {"A": dt.date(2024, 3, 1), "B": dt.date(2024, 5, 1), "C": dt.date(2023, 1, 1), "D": dt.date(2022, 6, 1)}
    return services, {k: _add(services, days[k], TEXTS[k]) for k in TEXTS}


# expected hits worked out by reading TEXTS, newest first (B 2024-05, A 2024-03, C 2023, D 2022)
CASES = [
    ("党", "AD"), ("安", "AC"), ("蓝", ""),  # one character
    ("生产", "AC"), ("全生", "A"), ("党委", ""), ("大会", "D"),  # two
    ("安全生", "A"), ("员大会", "D"), ("十大精", "A"),  # three
    ("二十大精神", "A"), ("安全生产月", "A"), ("二十大精华", ""),  # five
    ("j", "B"), ("ng", "B"), ("jian", "B"), ("DANGJIAN", "B"), ("dangjiang", ""),  # latin, any case
    ("3次", "B"), ("第3次会议", "B"), ("a党", ""),  # mixed
    ("安全 党", "A"), ("，", "ABC"), ("，生产", "C"),  # several terms; punctuation
]


@pytest.mark.parametrize("query, expected", CASES)
def test_every_length_finds_exactly_the_meetings_holding_it(four, query: str, expected: str):
    s, uuids = four
    assert [h.uuid for h in s.meetings.search(query)] == [uuids[k] for k in "BACD" if k in expected]


@pytest.mark.parametrize("text, expected", [("例", "ABCD"), ("张三", "ABCD"), ("会议室", "ABCD"), ("特别", ""),
                                            ("委员会", "ABCD"), ("会议 室", "")])
def test_the_list_filter_finds_its_columns_through_the_index(four, text: str, expected: str):
    s, uuids = four
    rows = s.meetings.list(MeetingFilter(text=text))
    assert {r.uuid for r in rows} == {uuids[k] for k in expected}
    assert s.meetings.count_matching(MeetingFilter(text=text)) == len(expected)


def test_an_edited_or_deleted_meeting_leaves_no_trace_in_the_index(four):
    s, uuids = four
    m = s.meetings.get(uuids["D"])
    m.minutes = "换届选举筹备"
    s.meetings.save(m, today=dt.date(2030, 1, 1))
    assert s.meetings.search("党员大会") == []
    assert [h.uuid for h in s.meetings.search("换届")] == [uuids["D"]]
    s.meetings.delete(uuids["D"])  # a draft may be deleted
    assert s.meetings.search("换届") == []
    db = s.store.database
    db.execute_sql("INSERT INTO meeting_search(meeting_search) VALUES ('integrity-check')")  # raises when broken
    # nothing the index still holds refers to a meeting that is gone or holds other words now
    assert db.execute_sql("SELECT count(*) FROM meeting_search WHERE meeting_search MATCH 'bi : \"换届\"'"
                          ).fetchone()[0] == 0


def _bulk_write(s: Services, n: int) -> list[str]:
    """What a headquarters import does: rows written without indexing (the triggers only queue them)."""
    db = s.store.database
    branch = db.execute_sql("SELECT id FROM branch LIMIT 1").fetchone()
    branch_id = branch[0] if branch else None
    uuids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(n)]
    with s.store.atomic():
        for i, u in enumerate(uuids):
            db.execute_sql(
                "INSERT INTO meeting (uuid, created_at, updated_at, branch_id, date, type_mask, types, title, "
                "start_time, end_time, place, host, recorder, lecturer, lecture_topic, scope, group_name, observers, "
                "minutes, resolutions, status, expected_count, present_count, attachment_count, search_text) VALUES "
                "(?, '2024-01-01', '2024-01-01', ?, ?, 1, '支部委员会', '导入的会议', '', '', '', '', '', '', '', "
                "'全体党员', '', '', '', '', '定稿', 0, 0, 0, ?)",
                (u, branch_id, (dt.date(2021, 1, 1) + dt.timedelta(days=i)).isoformat(), f"导入的会议纪要第{i}号"))
    return uuids


def test_a_long_queue_is_said_and_caught_up_and_a_crash_midway_loses_nothing(four, monkeypatch):
    s, _ = four
    monkeypatch.setattr(search_index, "SHORT_QUEUE", 3)  # the worker's case, without writing thousands of rows
    imported = _bulk_write(s, 12)
    assert s.meetings.search_index_pending()
    assert s.search_index.pending() == 12

    # a catch-up killed midway: batches of 4, the third one dies before it commits
    calls = {"n": 0}
    real = repo.search_tokens

    def dying(text: str):  # noqa: ANN202
        calls["n"] += 1
        if calls["n"] > 2 * 4 * 2:  # two tokenisations (text, head) a meeting; the first two batches pass
            raise KeyboardInterrupt("killed")
        return real(text)

    monkeypatch.setattr(repo, "search_tokens", dying)
    with pytest.raises(KeyboardInterrupt):
        s.search_index.catch_up(batch=4)
    monkeypatch.setattr(repo, "search_tokens", real)
    assert s.search_index.pending() == 4  # the two committed batches stay done, the third is queued again
    # newest first: the 8 newest imported are found, the 4 oldest not yet (read from the index as it stands:
    # the service's search would hand the long queue to the worker)
    assert {u for u, *_ in repo.search(["纪要"], 50)} == set(imported[4:])

    s.close()
    with Services.open(s.store.paths.root) as again:  # the next open: the worker finishes the queue
        assert again.meetings.search_index_pending()
        assert again.search_index.start_background()
        again.search_index._thread.join(30)
        assert not again.meetings.search_index_pending()
        assert {h.uuid for h in again.meetings.search("纪要", limit=50)} == set(imported)
        assert [h.uuid for h in again.meetings.search("第11号")] == [imported[11]]
        again.store.database.execute_sql("INSERT INTO meeting_search(meeting_search) VALUES ('integrity-check')")


def test_a_short_queue_is_indexed_by_the_search_itself(four):
    s, _ = four
    imported = _bulk_write(s, 3)
    assert [h.uuid for h in s.meetings.search("纪要")] == list(reversed(imported))
    assert not s.meetings.search_index_pending()




def test_a_version_5_store_is_migrated_to_the_ngram_index(data_dir: Path):
    data_dir.mkdir(parents=True, exist_ok=True)
    store_at(data_dir / "dangjian.sqlite3", 5)
    con = sqlite3.connect(data_dir / "dangjian.sqlite3")
    con.execute("INSERT INTO branch (uuid, created_at, updated_at, name, kind, parent_committee, is_own, term_years) "
                "VALUES ('b-1', '2024-01-01', '2024-01-01', '老支部', '党支部', '', 1, 5)")
    con.execute("INSERT INTO meeting (uuid, created_at, updated_at, branch_id, date, type_mask, types, title, "
                "start_time, end_time, place, host, recorder, lecturer, lecture_topic, scope, group_name, observers, "
                "minutes, resolutions, status, expected_count, present_count, attachment_count, search_text) VALUES "
                "('m-1', '2024-01-01', '2024-01-01', 1, '2024-02-02', 1, '支部委员会', '老会议', '', '', '', '', '', "
                "'', '', '全体党员', '', '', '', '', '定稿', 0, 0, 0, '研究廉政建设')")
    con.commit()
    assert con.execute("SELECT count(*) FROM meeting_fts WHERE meeting_fts MATCH '廉政建设'").fetchone()[0] == 1
    con.close()
    with Services.open(data_dir) as s:
        assert s.store.schema_version == SCHEMA_VERSION >= 6
        assert [h.uuid for h in s.meetings.search("廉")] == ["m-1"]  # one character, from the new index
        assert [h.uuid for h in s.meetings.search("廉政建设")] == ["m-1"]
        assert s.meetings.search("建设廉政") == []
        names = {r[0] for r in s.store.database.execute_sql("SELECT name FROM sqlite_master")}
        assert "meeting_fts" not in names and "meeting_fts_ai" not in names
        assert {"meeting_search", "meeting_index_queue", "meeting_search_ai", "meeting_shown_title"} <= names


def test_the_cli_search_answers_json_with_the_pending_flag(four, capsys, monkeypatch):
    import json

    from dangjian_desktop.cli import main

    s, uuids = four
    root = s.store.paths.root
    monkeypatch.setattr(search_index, "SHORT_QUEUE", 0)
    _bulk_write(s, 2)  # queued, not indexed: the read-only CLI search says so
    s.close()
    capsys.readouterr()
    assert main(["--data-dir", str(root), "meetings", "search", "安", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["index_pending"] is True
    assert [h["id"] for h in answer["hits"]] == [uuids["A"], uuids["C"]]
    assert "安全生产" in answer["hits"][0]["snippets"][0]
    with Services.open(root) as again:
        again.search_index.catch_up()
    assert main(["--data-dir", str(root), "meetings", "search", "纪要"]) == 0
    out = capsys.readouterr().out
    assert "仍在建立检索索引" not in out and "共 2 条" in out


def test_the_filter_by_year_and_text_and_its_pages_agree_with_the_rows(four):
    s, uuids = four
    flt = MeetingFilter(text="例会", year=2024)  # read and counted in the index alone (a range of its keys)
    assert [r.uuid for r in s.meetings.page(flt, 0, 10)] == [uuids["B"], uuids["A"]]
    assert [r.uuid for r in s.meetings.page(flt, 0, 10, "date", False)] == [uuids["A"], uuids["B"]]
    assert [r.uuid for r in s.meetings.page(flt, 1, 10)] == [uuids["A"]]
    assert s.meetings.count_matching(flt) == 2
    assert s.meetings.count_matching(MeetingFilter(text="例会", year=2023)) == 1
    # with the type as well: the year's matches as a set, the rows read along the date index
    typed = MeetingFilter(text="例会", year=2024, type=MeetingType.COMMITTEE)
    assert [r.uuid for r in s.meetings.page(typed, 0, 10)] == [uuids["B"], uuids["A"]]
    assert s.meetings.count_matching(typed) == 2
    assert s.meetings.count_matching(MeetingFilter(text="例会", year=2024, type=MeetingType.LECTURE)) == 0
    _bulk_write(s, 1)  # queued: the same answers through the rows
    assert s.meetings.count_matching(MeetingFilter(text="例会", year=2024)) == 2
    assert s.meetings.count_matching(MeetingFilter(text="导入")) == 1
