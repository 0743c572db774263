"""Database targets and the SQL translation for PostgreSQL (no server needed)."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.storage.engine import is_database_url, parse_target, resolve_target
from dangjian_desktop.storage.pg import lock_key, qmark_to_format


def test_a_url_names_user_host_port_and_database():
    t = parse_target("postgresql://hq_staff@10.1.2.3:6543/dangjian_hq")
    assert (t.user, t.host, t.port, t.dbname, t.password) == ("hq_staff", "10.1.2.3", 6543, "dangjian_hq", None)
    assert t.display() == "postgresql://hq_staff@10.1.2.3:6543/dangjian_hq"
    assert parse_target("postgres://u@db.example/x").port == 5432  # the default port


def test_the_password_is_used_but_never_shown(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    t = parse_target("postgresql://u:s%40cret@h:5432/d")
    assert t.password == "s@cret" and t.connect_params()["password"] == "s@cret"
    assert "cret" not in t.display()
    monkeypatch.setenv("PGPASSWORD", "from-env")
    assert parse_target("postgresql://u@h/d").connect_params()["password"] == "from-env"
    with pytest.raises(ValidationError) as info:
        parse_target("postgresql://u:topsecret@h:5432")  # no database name
    assert "topsecret" not in str(info.value) and "数据库名" in str(info.value)


def test_incomplete_or_foreign_urls_are_refused_in_chinese():
    for text, missing in (("postgresql://h:5432/d", "用户名"), ("postgresql://u@h:5432/", "数据库名"),
                          ("mysql://u@h/d", "无法识别"), ("postgresql://u@h:99999/d", "端口")):
        with pytest.raises(ValidationError, match=missing):
            parse_target(text)


def test_nothing_given_is_the_folders_sqlite_file(monkeypatch):
    monkeypatch.delenv("DANGJIAN_DATABASE", raising=False)
    assert parse_target(None) is None and parse_target("  ") is None and resolve_target(None) is None
    monkeypatch.setenv("DANGJIAN_DATABASE", "postgresql://u@h:1/d")
    assert resolve_target(None).port == 1
    assert resolve_target("postgresql://u@h:2/d").port == 2  # the command line wins
    assert is_database_url("PostgreSQL://u@h/d") and not is_database_url("/home/u/data")


def test_qmark_placeholders_become_format_ones_outside_quotes():
    assert qmark_to_format('SELECT "a?" FROM t WHERE x = ? AND y LIKE \'%?%\' AND z = ?') == (
        'SELECT "a?" FROM t WHERE x = %s AND y LIKE \'%%?%%\' AND z = %s')
    assert qmark_to_format("SELECT 1 WHERE a = %s") == "SELECT 1 WHERE a = %s"  # peewee's own SQL untouched


def test_lock_keys_are_signed_64_bit_and_differ_by_branch():
    keys = {lock_key(f"branch:{i}") for i in range(1000)}
    assert len(keys) == 1000
    assert all(-(2**63) <= k < 2**63 for k in keys)
