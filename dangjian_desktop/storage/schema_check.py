"""Is a database file's schema exactly what this app creates? A backup is a file from outside: a trigger or a view
added to it would run inside the store after a restore (one edit could blank every ID number), so a restore refuses
any difference in tables, indexes, triggers or views.

What "this app creates" means for a file at core version ``v`` whose record kinds are at their versions ``k``: the
frozen migration steps (storage/migrations.py: core steps 1..v, then each kind's steps 1..k) run in a private
in-memory database. They are frozen SQL taking a database, so this touches neither the store nor the shared ``db``
proxy, and any historical version is rebuilt exactly as a store of that version was made.

Tables and indexes are compared by structure (columns with type, NOT NULL, default and key; foreign keys; index
columns and uniqueness), so the spelling of the same DDL does not matter; triggers, views and virtual tables by their
SQL text with case, quotes and spacing normalised.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from pathlib import Path

from dangjian_desktop.storage.database import SCHEMA_VERSION

_KIND_LABELS = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}
_expected_lock = threading.Lock()
_expected: dict[tuple, dict[str, str]] = {}


def _norm_sql(sql: str | None) -> str:
    text = (sql or "").lower()
    text = re.sub(r'["`\[\]]', "", text)
    text = re.sub(r"\bif not exists\b", " ", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s*([(),;=<>+*/-])\s*", r"\1", text)
    return text.strip()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def fingerprint(con: sqlite3.Connection) -> dict[str, str]:
    """{"<type>:<name>": canonical description} of every schema object but SQLite's own (sqlite_*)."""
    out: dict[str, str] = {}
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").fetchall()
    for kind, name, table, sql in rows:
        desc: dict[str, object]
        if kind == "table" and (sql or "").lstrip().upper().startswith("CREATE VIRTUAL TABLE"):
            desc = {"virtual": _norm_sql(sql)}
        elif kind == "table":
            cols = con.execute(f"PRAGMA table_xinfo({_quote(name)})").fetchall()
            fks = con.execute(f"PRAGMA foreign_key_list({_quote(name)})").fetchall()
            desc = {"columns": sorted([str(c[1]).lower(), str(c[2]).upper(), c[3], str(c[4]), c[5], c[6]]
                                      for c in cols),
                    "foreign_keys": sorted([str(f[2]).lower(), str(f[3]).lower(), str(f[4]).lower(), f[5], f[6]]
                                           for f in fks),
                    "without_rowid": "without rowid" in _norm_sql(sql)}
        elif kind == "index":
            listed = {r[1]: r for r in con.execute(f"PRAGMA index_list({_quote(table)})").fetchall()}
            entry = listed.get(name)
            keys = [[r[2], r[3], r[4]] for r in con.execute(f"PRAGMA index_xinfo({_quote(name)})").fetchall()
                    if r[5]]
            partial = bool(entry[4]) if entry is not None and len(entry) > 4 else False
            desc = {"table": str(table).lower(), "columns": [[str(k[0]).lower() if k[0] else None, k[1], k[2]]
                                                             for k in keys],
                    "unique": bool(entry[2]) if entry is not None else None,
                    "where": _norm_sql(sql).partition(" where ")[2] if partial else ""}
        else:  # trigger, view
            desc = {"table": str(table).lower(), "sql": _norm_sql(sql)}
        out[f"{kind}:{str(name).lower()}"] = json.dumps(desc, sort_keys=True, ensure_ascii=False)
    return out


def kind_versions(con: sqlite3.Connection, version: int) -> dict[str, int]:
    """The record kinds' versions a file declares (``schema_feature``, from core version 3); {} before."""
    from dangjian_desktop.storage.migrations import FEATURE_VERSIONS_FROM

    if version < FEATURE_VERSIONS_FROM:
        return {}
    try:
        rows = con.execute('SELECT "feature", "version" FROM "schema_feature"').fetchall()
    except sqlite3.DatabaseError:
        return {"": -1}  # missing or unreadable: no kinds this build could have made
    out: dict[str, int] = {}
    for key, v in rows[:1000]:
        if not isinstance(key, str) or type(v) is not int:
            return {"": -1}
        out[key] = v
    return out


def expected_for(version: int, kinds: dict[str, int]) -> dict[str, str] | None:
    """The fingerprint of a store this build makes at core ``version`` with record kinds at ``kinds`` (None: a
    version or kind this build does not know). Built once per versions and per set of declared kinds."""
    from dangjian_desktop.storage import migrations

    known = dict(migrations.feature_steps())
    key = (version, tuple(sorted(kinds.items())), tuple((k, tuple(steps)) for k, steps in sorted(known.items())))
    with _expected_lock:
        hit = _expected.get(key)
    if hit is not None:
        return dict(hit)
    built = _build(version, kinds, known)
    if built is not None:
        with _expected_lock:
            _expected[key] = built
    return dict(built) if built is not None else None


def _build(version: int, kinds: dict[str, int], known: dict[str, list]) -> dict[str, str] | None:
    from dangjian_desktop.storage import migrations

    if not 1 <= version <= SCHEMA_VERSION:
        return None
    if any(k not in known or not 1 <= v <= len(known[k]) for k, v in kinds.items()):
        return None
    con = sqlite3.connect(":memory:")
    try:
        database = _Executor(con)
        for v, step in migrations.CORE_STEPS:
            if v <= version:
                step(database)
        for k, steps in known.items():
            for v, step in steps:
                if v <= kinds.get(k, 0):
                    step(database)
        return fingerprint(con)
    finally:
        con.close()


class _Executor:
    """What a migration step needs of a database (``execute_sql``), over a private sqlite3 connection."""

    def __init__(self, con: sqlite3.Connection):
        self._con = con

    def execute_sql(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        return self._con.execute(sql, params)


def _label(key: str) -> str:
    kind, _, name = key.partition(":")
    return f"{_KIND_LABELS.get(kind, kind)}“{name[:60]}”"


def differences(path: Path) -> list[str]:
    """What differs between the schema of the database file ``path`` and the one this app creates for the file's
    versions, in Chinese (empty: none). Opens the file read-only and immutable."""
    con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        kinds = kind_versions(con, version)
        actual = fingerprint(con)
    finally:
        con.close()
    expected = expected_for(version, kinds)
    if expected is None:
        return [f"本程序不认识这个数据版本的结构（数据版本 {version}）"]
    problems = [f"多出了{_label(k)}" for k in sorted(actual.keys() - expected.keys())]
    problems += [f"缺少{_label(k)}" for k in sorted(expected.keys() - actual.keys())]
    problems += [f"{_label(k)}与本程序创建的不同" for k in sorted(actual.keys() & expected.keys())
                 if actual[k] != expected[k]]
    return problems
