"""The package's record dump gives what peewee's own conversions give, also for values the app never writes."""

from __future__ import annotations

import json

import pytest
from peewee import ForeignKeyField

from dangjian_desktop.services.container import Services
from dangjian_desktop.storage.models import Record
from dangjian_desktop.storage.repos import records, records_dump


def _reference_dump() -> dict:
    out = {}
    for model in records.exportable_models():
        fields = records.travelling_fields(model)
        rows = []
        for values in model.select(*fields).order_by(model.id).tuples():
            row = {}
            for f, v in zip(fields, values, strict=True):
                if isinstance(f, ForeignKeyField) and issubclass(f.rel_model, Record):
                    row[f.name] = None if v is None else f.rel_model.get_or_none(f.rel_model.id == v).uuid
                else:
                    row[f.name] = records._to_json(f, v)  # noqa: SLF001
            rows.append(row)
        out[records.table_of(model)] = rows
    return out


def test_dump_matches_peewee_conversions(demo_services: Services):
    db = demo_services.store.database
    db.execute_sql("UPDATE meeting SET created_at = '2026-01-05T03:04:05.5' WHERE id = 1")
    db.execute_sql("UPDATE meeting SET updated_at = '2026-01-05' WHERE id = 2")
    db.execute_sql("UPDATE meeting SET date = '2026-1-5' WHERE id = 3")
    db.execute_sql("UPDATE meeting SET title = 12345 WHERE id = 4")  # TEXT affinity: stored as text '12345'
    db.execute_sql("UPDATE meeting SET place = x'e4bc9a' WHERE id = 5")  # a blob in a text column
    got = records.dump()
    assert got == _reference_dump()
    assert sum(map(len, got.values())) > 100


def test_dump_of_odd_values_column_by_column(demo_services: Services):
    """Each kind of column read in one go still gives peewee's conversion for a value the app never writes, in
    any row of the column, and the plain values beside it unchanged."""
    db = demo_services.store.database
    db.execute_sql("UPDATE meeting SET expected_count = 'x7' WHERE id = 2")  # text in an INTEGER column
    db.execute_sql("UPDATE meeting SET expected_count = 2.5 WHERE id = 3")  # a real in an INTEGER column
    db.execute_sql("UPDATE meeting_attendance SET present = 2 WHERE id = 1")  # a boolean neither 0 nor 1
    db.execute_sql("UPDATE meeting_attendance SET created_at = '2026-01-05 03:04' WHERE id = 2")
    db.execute_sql("UPDATE meeting SET date = '2026-1-5' WHERE id = 6")
    db.execute_sql("UPDATE meeting SET finalized_at = NULL WHERE id = 7")
    db.execute_sql("UPDATE meeting SET finalized_at = '2026-02-03 04:05:06' WHERE id = 8")
    got = records.dump()
    assert got == _reference_dump()
    meetings = {r["uuid"]: r for r in got["meeting"]}
    by_id = dict(db.execute_sql("SELECT id, uuid FROM meeting").fetchall())
    assert meetings[by_id[2]]["expected_count"] == "x7" and meetings[by_id[3]]["expected_count"] == 2
    assert meetings[by_id[6]]["date"] == "2026-01-05" and meetings[by_id[7]]["finalized_at"] is None
    assert meetings[by_id[8]]["finalized_at"] == "2026-02-03T04:05:06"
    attendance = {r["uuid"]: r for r in got["meeting_attendance"]}
    a_ids = dict(db.execute_sql("SELECT id, uuid FROM meeting_attendance").fetchall())
    assert attendance[a_ids[1]]["present"] is True and attendance[a_ids[2]]["created_at"] == "2026-01-05T03:04:00"
    assert all(type(r["present"]) is bool for r in got["meeting_attendance"])
    assert all(r["created_at"][10] == "T" for r in got["meeting"])


def _as_text(rows) -> str:  # noqa: ANN001
    if isinstance(rows, records.RowsJson):
        return rows.text.decode()
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _both_ways(monkeypatch) -> tuple:  # noqa: ANN001
    with monkeypatch.context() as m:
        m.setattr(records_dump, "_json_rows", lambda model: None)  # every table the Python way
        python = records.dump_for_package(False)
    return records.dump_for_package(False), python


def test_rows_json_made_by_sqlite_is_the_python_json(demo_services: Services, monkeypatch):
    """The package rows whose JSON SQLite makes are byte for byte what json.dumps gives for the Python dump, with
    the same revisions and state; hostile text and odd stored values included."""
    db = demo_services.store.database
    hostile = "".join(chr(i) for i in range(1, 128)) + '\\"\u2028\u2029\ufeff党\U0001f600\x85'
    db.execute_sql("UPDATE meeting SET minutes = ? WHERE id = 1", (hostile,))
    db.execute_sql("UPDATE meeting SET place = ? WHERE id = 2", ('{"sha256": "' + "ab" * 32 + '"}',))
    db.execute_sql("UPDATE meeting SET created_at = '2026-01-05 03:04:05.000100' WHERE id = 3")
    fast, python = _both_ways(monkeypatch)
    assert isinstance(fast.records["meeting"], records.RowsJson)
    assert isinstance(fast.records["meeting_attendance"], records.RowsJson)
    assert list(fast.records) == list(python.records)
    for table, rows in fast.records.items():
        assert _as_text(rows) == _as_text(python.records[table]), table
    assert (fast.state, fast.revisions, fast.present) == (python.state, python.revisions, python.present)
    assert json.loads(_as_text(fast.records["meeting"]))[0]["minutes"] == hostile
    records.save_revisions(fast.revisions)  # the next export: revisions known, nothing changed
    db.execute_sql("UPDATE meeting SET title = 'x', updated_at = '2026-02-01 00:00:00' WHERE id = 4")
    fast, python = _both_ways(monkeypatch)
    assert (fast.state, fast.revisions) == (python.state, python.revisions)
    assert [u[2] for u in fast.revisions] == [2]  # the one changed row, its second revision
    for table, rows in fast.records.items():
        assert _as_text(rows) == _as_text(python.records[table]), table


@pytest.mark.parametrize("odd", [
    "UPDATE meeting SET expected_count = 2.5 WHERE id = 3",
    "UPDATE meeting SET place = x'e4bc9a' WHERE id = 5",
    "UPDATE meeting SET created_at = '2026-01-05T03:04:05.5' WHERE id = 1",
    "UPDATE meeting SET created_at = '2026-02-30 03:04:05' WHERE id = 1",
    "UPDATE meeting SET created_at = '2026-01-05 03:04:05.000000' WHERE id = 1",
    "UPDATE meeting SET created_at = '2026-01-05 03:04:05.1' WHERE id = 1",
    "UPDATE meeting SET finalized_at = '2026-01-05 03:04' WHERE id = 1",
    "UPDATE meeting SET created_at = '2026-01-05 24:04:05' WHERE id = 1",
    "UPDATE meeting SET created_at = ' 2026-01-05 03:04:05.123456' WHERE id = 1",
    "UPDATE meeting SET date = '2026-1-5' WHERE id = 3",
    "UPDATE meeting_attendance SET present = 2 WHERE id = 1",
    "UPDATE meeting_attendance SET sort_order = 'x' WHERE id = 1",  # the same both ways: SQLite may make it
])
def test_an_odd_value_sends_its_table_the_python_way(demo_services: Services, monkeypatch, odd):
    demo_services.store.database.execute_sql(odd)
    table = odd.split()[1]
    try:
        fast, python = _both_ways(monkeypatch)
    except ValueError:  # '2026-02-30': peewee's conversion refuses it, both ways alike
        assert "02-30" in odd or "24:04" in odd or "' 2026" in odd
        return
    assert isinstance(fast.records[table], list) or "'x'" in odd
    assert _as_text(fast.records[table]) == _as_text(python.records[table])
    assert fast.state == python.state
