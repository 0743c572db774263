"""设置 › 数据库 without Qt (issue 22): test the connection, save the URL without its password, remember the
password in the OS's credential store (a fake in-memory keyring here), go back to the local file; against the real
server of tests/pg/conftest.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.services import database_settings as dbs
from tests.pg.conftest import PASSWORD, PASSWORD_USER


def _parts(url: str) -> tuple[str, int, str]:
    host_port, _, db = url.split("@", 1)[1].partition("/")
    host, _, port = host_port.partition(":")
    return host, int(port), db


def _files_holding(folder: Path, secret: str) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_connection_fields_are_checked_in_chinese():
    assert dbs.connection("192.168.1.20", "5432", "dangjian_hq", "zuzhibu").url == \
        "postgresql://zuzhibu@192.168.1.20:5432/dangjian_hq"
    # a user name with @ and a database name with / and a space travel quoted, and read back the same
    odd = dbs.connection("db.example", 6543, "党委 数据/2027", "li@hq")
    assert dbs.Connection.from_url(odd.url) == odd
    for fields, words in ((("", 5432, "db", "u"), "服务器地址"), (("h", 5432, "", ""), "数据库名、用户名"),
                          (("h", "五四三二", "db", "u"), "不是数字"), (("h", 70000, "db", "u"), "65535"),
                          (("my host", 5432, "db", "u"), "服务器地址“my host”不对")):
        with pytest.raises(ValidationError, match=words):
            dbs.connection(*fields)


def test_check_connection_says_what_is_wrong(hq_url, pg_url, pg_server, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    host, port, db = _parts(hq_url)
    url = dbs.connection(host, port, db, PASSWORD_USER).url
    found = dbs.check_connection(url, PASSWORD)
    assert found.hq_name == "示范能源公司党委" and PASSWORD not in found.url
    with pytest.raises(DomainError, match="用户名或密码不对") as wrong:
        dbs.check_connection(url, "wrong")
    assert wrong.value.needs_password
    with pytest.raises(DomainError, match="需要密码"):
        dbs.check_connection(url, None)
    # server down (a port nobody listens on)
    from tests.pg.conftest import _free_port

    with pytest.raises(DomainError, match="无法连接数据库.*服务器是否已启动"):
        dbs.check_connection(dbs.connection("127.0.0.1", _free_port(), db, PASSWORD_USER).url, PASSWORD)
    # an empty database: hq-init first; a database of something else; a branch store is never on PostgreSQL
    with pytest.raises(ValidationError, match="还是空的.*hq-init"):
        dbs.check_connection(pg_url, None)
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(ValidationError, match="不属于本程序"):
        dbs.check_connection(pg_url, None)


def test_save_keeps_the_url_without_password_and_a_refused_check_keeps_what_was_saved(hq_url, pg_url, tmp_path,
                                                                                      no_keyring, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    folder = tmp_path / "pc"
    assert dbs.saved_url(folder) is None and not dbs.keyring_available()
    saved = dbs.save(folder, hq_url, PASSWORD, remember=False)
    assert saved.url == hq_url and saved.hq_name == "示范能源公司党委" and not saved.password_remembered
    assert dbs.saved_url(folder) == hq_url
    assert json.loads((folder / "database.json").read_text(encoding="utf-8"))["url"] == hq_url
    # no credential store: remembering is refused in words, the URL is saved all the same
    again = dbs.save(folder, hq_url, PASSWORD, remember=True)
    assert not again.password_remembered and "凭据管理器" in again.keyring_problem
    assert _files_holding(tmp_path, PASSWORD) == []
    # a wrong password or an empty database: nothing saved changes
    with pytest.raises(DomainError, match="密码不对"):
        dbs.save(folder, hq_url, "wrong")
    with pytest.raises(ValidationError, match="hq-init"):
        dbs.save(folder, pg_url, None)
    assert dbs.saved_url(folder) == hq_url
    dbs.use_local_file(folder)
    assert dbs.saved_url(folder) is None and not (folder / "database.json").exists()


def test_remembered_password_lives_in_the_credential_store_only(hq_url, tmp_path, memory_keyring, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    folder = tmp_path / "pc"
    assert dbs.keyring_available()
    saved = dbs.save(folder, hq_url, PASSWORD, remember=True)
    assert saved.password_remembered
    assert list(memory_keyring.items.values()) == [PASSWORD]
    assert dbs.stored_password(hq_url) == PASSWORD
    assert _files_holding(tmp_path, PASSWORD) == []
    # saving without 记住密码 forgets it; remembering again, then going back to the local file forgets it too
    dbs.save(folder, hq_url, PASSWORD, remember=False)
    assert memory_keyring.items == {}
    dbs.save(folder, hq_url, PASSWORD, remember=True)
    dbs.use_local_file(folder)
    assert memory_keyring.items == {} and dbs.saved_url(folder) is None
    # a credential store that refuses: the URL is saved, the reason said
    memory_keyring.refuse = True
    refused = dbs.save(folder, hq_url, PASSWORD, remember=True)
    assert not refused.password_remembered and "没有保存密码" in refused.keyring_problem
    assert dbs.saved_url(folder) == hq_url


@pytest.mark.parametrize("content", [b"", b"{", b"[1]", b'{"url": 5}', b'{"url": "sqlite:///x"}',
                                     b'{"url": "postgresql://nobody"}', "\ufeff{}".encode(), b"\x00" * 70000])
def test_a_damaged_settings_file_means_the_local_file(tmp_path, content):
    (tmp_path / "database.json").write_bytes(content)
    assert dbs.saved_url(tmp_path) is None
