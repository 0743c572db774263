"""Migrations: a store made at every historical version migrates to the newest; what the steps build is what the
models describe; a column-adding step works on fresh and on old stores (core and record-kind steps alike)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import CharField

from dangjian_desktop import features
from dangjian_desktop.features import Feature, Table
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION, SchemaTooNewError, Store, migrations
from dangjian_desktop.storage.models import Record
from dangjian_desktop.storage.schema import all_models
from tests.storage.historical import old_store_with_a_branch, store_at


def _schema(con: sqlite3.Connection) -> dict[str, tuple]:
    """Every table's columns (name, declared type, not null, pk), every index's columns and uniqueness, every
    trigger's text: what two stores must agree on (creation order and the SQL's spacing may differ)."""
    out: dict[str, tuple] = {}
    for kind, name, tbl in con.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE sql IS NOT NULL "
                                       "AND name NOT LIKE 'sqlite_%'"):  # sqlite_stat1: PRAGMA optimize
        if kind == "table":
            # by name: a column added by ALTER TABLE comes last, one in the model may sit anywhere; SQL defaults
            # are left out (ALTER TABLE needs one for NOT NULL, the models give theirs in Python)
            out[name] = tuple(sorted((c[1], c[2].upper(), c[3], c[5])
                                     for c in con.execute(f'PRAGMA table_info("{name}")')))
        elif kind == "index":
            cols = tuple(c[2] for c in con.execute(f'PRAGMA index_info("{name}")'))
            unique = next(r[2] for r in con.execute(f'PRAGMA index_list("{tbl}")') if r[1] == name)
            out[name] = (tbl, cols, unique)
        elif kind == "trigger":
            sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
            out[name] = (" ".join(sql.split()),)
    return out




def _connect(data_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(data_dir / "dangjian.sqlite3")


def test_fresh_store_has_exactly_the_schema_the_models_describe(data_dir: Path):
    Store.open(data_dir).close()
    built = _schema(_connect(data_dir))
    scratch = sqlite3.connect(":memory:")
    for sql in migrations.model_ddl(all_models()):
        scratch.execute(sql)
    from dangjian_desktop.storage.models_meetings import MEETING_TRIGGERS

    for sql in MEETING_TRIGGERS:
        scratch.execute(sql)
    described = _schema(scratch)
    bookkeeping = {"schema_feature"}  # the steps' own table, not a model
    assert {k: v for k, v in built.items() if k not in bookkeeping} == described


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_historical_version_migrates_to_the_newest(data_dir: Path, version: int):
    old_store_with_a_branch(data_dir, version)
    with Services.open(data_dir) as s:
        assert s.store.schema_version == SCHEMA_VERSION
        assert s.branch.profile().name == "老支部"  # the old store's data kept
    assert list((data_dir / "backups").glob(f"before-migration-v{version}-*.sqlite3"))
    fresh = data_dir.parent / "fresh"
    Store.open(fresh).close()
    assert _schema(_connect(data_dir)) == _schema(_connect(fresh))


def test_a_store_newer_than_the_program_is_refused_untouched(data_dir: Path):
    Store.open(data_dir).close()
    con = _connect(data_dir)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = (data_dir / "dangjian.sqlite3").read_bytes()
    with pytest.raises(SchemaTooNewError):
        Store.open(data_dir)
    assert (data_dir / "dangjian.sqlite3").read_bytes() == before


# -- a column-adding step: core ------------------------------------------------------------------------------------


def _add_nickname(database) -> None:  # noqa: ANN001
    database.execute_sql('ALTER TABLE "member" ADD COLUMN "nickname" VARCHAR(40) NOT NULL DEFAULT \'\'')


def _columns(data_dir: Path, table: str) -> list[str]:
    return [c[1] for c in _connect(data_dir).execute(f'PRAGMA table_info("{table}")')]


@pytest.mark.parametrize("start", ["fresh", 1, 2])
def test_a_core_step_adding_a_column_works_on_fresh_and_old_stores(data_dir: Path, monkeypatch, start):
    if start != "fresh":
        store_at(data_dir / "dangjian.sqlite3", start)
    monkeypatch.setattr(migrations, "CORE_STEPS", [*migrations.CORE_STEPS, (SCHEMA_VERSION + 1, _add_nickname)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    from dangjian_desktop.storage import database

    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(data_dir) as store:
        assert store.schema_version == SCHEMA_VERSION + 1
    assert "nickname" in _columns(data_dir, "member")


# -- a column-adding step: a record kind's own --------------------------------------------------------------------


class NoteRow(Record):
    """A throw-away record kind's table (schema version 2 adds ``mood``)."""

    text = CharField(max_length=200, default="")
    mood = CharField(max_length=20, default="")

    class Meta:
        table_name = "test_note"


def _note_v1(database) -> None:  # noqa: ANN001
    database.execute_sql('CREATE TABLE "test_note" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
                         '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
                         '"text" VARCHAR(200) NOT NULL)')
    database.execute_sql('CREATE UNIQUE INDEX "test_note_uuid" ON "test_note" ("uuid")')
    database.execute_sql('CREATE INDEX "test_note_updated_at" ON "test_note" ("updated_at")')


def _note_v2(database) -> None:  # noqa: ANN001
    database.execute_sql('ALTER TABLE "test_note" ADD COLUMN "mood" VARCHAR(20) NOT NULL DEFAULT \'\'')


STEPS_V1 = [(1, _note_v1)]
STEPS_V2 = [(1, _note_v1), (2, _note_v2)]


def _note_kind(steps: str) -> Feature:
    return Feature(key="test_notes", title="测试便笺",
                   tables=(Table("test_note", f"{__name__}:NoteRow", "便笺"),), migrations=f"{__name__}:{steps}")


def _kind_version(data_dir: Path) -> int | None:
    row = _connect(data_dir).execute("SELECT version FROM schema_feature WHERE feature = 'test_notes'").fetchone()
    return row[0] if row else None


def test_a_record_kind_brings_its_tables_and_adds_a_column_later(data_dir: Path, tmp_path: Path):
    # an older program knew the kind at version 1: its store has the table without the column
    with features.registered(_note_kind("STEPS_V1")):
        Store.open(data_dir).close()
    assert _kind_version(data_dir) == 1 and "mood" not in _columns(data_dir, "test_note")
    # the newer program adds the column to that old store, and to a store made today
    fresh = tmp_path / "fresh"
    with features.registered(_note_kind("STEPS_V2")):
        for d in (data_dir, fresh):
            with Store.open(d) as store:
                store.database.execute_sql("INSERT INTO test_note (uuid, created_at, updated_at, text, mood) "
                                           "VALUES ('n1', '2027-01-01', '2027-01-01', '记下', '好')")
            assert _kind_version(d) == 2 and "mood" in _columns(d, "test_note")
    assert list((data_dir / "backups").glob("before-migration-*.sqlite3"))


def test_a_store_with_a_newer_record_kind_is_refused(data_dir: Path):
    with features.registered(_note_kind("STEPS_V2")):
        Store.open(data_dir).close()
    with features.registered(_note_kind("STEPS_V1")), pytest.raises(SchemaTooNewError, match="测试|test_notes"):
        Store.open(data_dir)
    # and a kind this build does not have at all
    with pytest.raises(SchemaTooNewError):
        Store.open(data_dir)


def test_every_kind_declares_the_number_of_its_schema_steps():
    """Opening a store compares the declared numbers, so a step added without raising the number would never run."""
    declared = {f.key: f.schema_version for f in features.features() if f.migrations}
    assert declared and all(declared.values()), declared  # every kind of this build declares it
    assert declared == {key: len(steps) for key, steps in migrations.feature_steps()}


def test_a_kind_whose_declared_version_is_wrong_is_said_when_its_steps_are_loaded():
    wrong = _note_kind("STEPS_V2")._replace(schema_version=3)
    with features.registered(wrong), pytest.raises(RuntimeError, match="schema_version=3"):
        migrations.feature_steps()


def test_opening_an_up_to_date_store_imports_no_record_kinds_steps(data_dir: Path):
    import subprocess
    import sys

    Store.open(data_dir).close()
    probe = ("import sys\nfrom dangjian_desktop.storage import Store\n"
             f"Store.open({str(data_dir)!r}).close()\nprint('\\n'.join(sorted(sys.modules)))")
    loaded = set(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                                cwd=Path(__file__).resolve().parents[2]).stdout.split())
    steps = {f.migrations.partition(":")[0] for f in features.features() if f.migrations}
    assert "dangjian_desktop.storage.database" in loaded
    assert not loaded & steps, sorted(loaded & steps)
