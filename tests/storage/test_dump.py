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
