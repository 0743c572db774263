"""Is a database file's schema exactly what this app creates? A backup is a file from outside: a trigger or a view
added to it would run inside the store after a restore (one edit could blank every ID number), so a restore refuses
any difference in tables, indexes, triggers or views.

The expected schema of the current ``SCHEMA_VERSION`` is built here from the models, in a private in-memory
database (the shared ``db`` proxy is not touched, so this is safe while the store is in use). Older versions are
frozen in ``known_schemas.py`` (``python -m dangjian_desktop.storage.schema_check --dump FILE`` prints the
fingerprint of a store; add the one of the outgoing version there before raising SCHEMA_VERSION).

Tables and indexes are compared by structure (columns with type, NOT NULL, default and key; foreign keys; index
columns and uniqueness), so a different peewee version's spelling of the same DDL does not matter; triggers, views
and virtual tables by their SQL text with case, quotes and spacing normalised.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import threading
from pathlib import Path

from dangjian_desktop.storage.database import SCHEMA_VERSION

_KIND_LABELS = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}
_expected_lock = threading.Lock()
_expected: dict[str, str] | None = None


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


def expected_current() -> dict[str, str]:
    """The fingerprint of a store this build creates at SCHEMA_VERSION (built once, in memory)."""
    global _expected
    with _expected_lock:
        if _expected is None:
            _expected = _build_current()
        return dict(_expected)


def _build_current() -> dict[str, str]:
    import peewee

    from dangjian_desktop.storage.schema import ALL_MODELS, EXTRA_DDL

    mem = peewee.SqliteDatabase(":memory:")
    mem.connect()
    try:
        for model in ALL_MODELS:  # each model's own schema manager, bound to the private database
            manager = type(model._schema)(model, mem, **model._schema.context_options)
            manager.create_all(safe=True)
        for ddl in EXTRA_DDL:
            mem.execute_sql(ddl)
        return fingerprint(mem.connection())
    finally:
        mem.close()


def expected_for(version: int) -> dict[str, str] | None:
    if version == SCHEMA_VERSION:
        return expected_current()
    from dangjian_desktop.storage.known_schemas import KNOWN_SCHEMAS

    known = KNOWN_SCHEMAS.get(version)
    return dict(known) if known is not None else None


def _label(key: str) -> str:
    kind, _, name = key.partition(":")
    return f"{_KIND_LABELS.get(kind, kind)}“{name[:60]}”"


def differences(path: Path) -> list[str]:
    """What differs between the schema of the database file ``path`` and the one this app creates for the file's
    schema version, in Chinese (empty: none). Opens the file read-only and immutable."""
    con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        actual = fingerprint(con)
    finally:
        con.close()
    expected = expected_for(version)
    if expected is None:
        return [f"本程序不认识数据版本 {version} 的结构"]
    problems = [f"多出了{_label(k)}" for k in sorted(actual.keys() - expected.keys())]
    problems += [f"缺少{_label(k)}" for k in sorted(expected.keys() - actual.keys())]
    problems += [f"{_label(k)}与本程序创建的不同" for k in sorted(actual.keys() & expected.keys())
                 if actual[k] != expected[k]]
    return problems


def _dump(path: str) -> None:
    con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        fp = fingerprint(con)
    finally:
        con.close()
    print(f"    {version}: {{")
    for key in sorted(fp):
        print(f"        {key!r}:\n            {fp[key]!r},")
    print("    },")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        _dump(sys.argv[2])
    else:
        print("usage: python -m dangjian_desktop.storage.schema_check --dump STORE.sqlite3", file=sys.stderr)
        raise SystemExit(2)
