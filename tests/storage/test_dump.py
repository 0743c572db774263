"""The package's record dump gives what peewee's own conversions give, also for values the app never writes."""

from __future__ import annotations

from peewee import ForeignKeyField

from dangjian_desktop.services.container import Services
from dangjian_desktop.storage.models import Record
from dangjian_desktop.storage.repos import records


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
