"""设置 › 数据库 in the window (issue 22): a headquarters PC fills in the server, tests the connection, saves it;
the next start of the window opens that PostgreSQL store, the password from the credential store or asked; and
改回使用本机数据文件 brings the local file back. Screenshots: DANGJIAN_SHOTS=folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from dangjian_desktop import app
from dangjian_desktop.services import database_settings as dbs
from dangjian_desktop.services.container import Services
from tests.pg.conftest import PASSWORD, PASSWORD_USER


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def _shot(tab, name: str) -> None:
    folder = os.environ.get("DANGJIAN_SHOTS")
    if folder:
        tab.resize(1366, 728)
        tab.grab().save(str(Path(folder) / name))


def _tab(qtbot, services):  # noqa: ANN001, ANN202
    from dangjian_desktop.ui.database_settings import DatabaseSettingsTab

    tab = DatabaseSettingsTab(services)
    qtbot.addWidget(tab)
    tab.resize(1366, 728)
    tab.show()
    return tab


def _fill(tab, url: str, password: str) -> None:  # noqa: ANN001
    conn = dbs.Connection.from_url(url)
    tab.ui.hostEdit.setText(conn.host)
    tab.ui.portSpin.setValue(conn.port)
    tab.ui.databaseEdit.setText(conn.database)
    tab.ui.userEdit.setText(conn.user)
    tab.ui.passwordEdit.setText(password)


def test_connect_a_headquarters_pc_to_the_server_and_back(qtbot, hq_url, tmp_path, no_keyring, monkeypatch,
                                                          quiet_boxes):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("DANGJIAN_DATABASE", raising=False)
    folder = tmp_path / "pc"
    with Services.open(folder) as s:  # this PC's headquarters store so far: the local file
        s.branch.init_headquarters("本机上级党委")
        tab = _tab(qtbot, s)
        assert "本机数据文件" in tab.ui.currentLabel.text()
        assert not tab.ui.rememberCheck.isEnabled() and "没有可用的系统凭据管理器" in tab.ui.keyringLabel.text()
        assert not tab.ui.localButton.isEnabled()
        # a field missing: said in the tab, nothing tried
        tab.ui.hostEdit.setText("127.0.0.1")
        tab.save()
        assert "请填写数据库名、用户名" in tab.ui.statusLabel.text() and not tab.busy
        # wrong password: said, nothing saved
        _fill(tab, hq_url, "wrong")
        tab.test_connection()
        qtbot.waitUntil(lambda: not tab.busy, timeout=20000)
        assert "用户名或密码不对" in tab.ui.statusLabel.text()
        _shot(tab, "database_settings_error.png")
        _fill(tab, hq_url, PASSWORD)
        tab.test_connection()
        qtbot.waitUntil(lambda: not tab.busy, timeout=20000)
        assert "连接成功" in tab.ui.statusLabel.text() and "示范能源公司党委" in tab.ui.statusLabel.text()
        assert dbs.saved_url(folder) is None  # testing saves nothing
        tab.save()
        qtbot.waitUntil(lambda: not tab.busy, timeout=20000)
        assert "已保存" in tab.ui.statusLabel.text() and "启动时会询问密码" in tab.ui.statusLabel.text()
        assert dbs.saved_url(folder) == hq_url and tab.ui.passwordEdit.text() == ""
        assert f"下次启动时使用：PostgreSQL 数据库 {hq_url}" in tab.ui.currentLabel.text()
        assert tab.ui.localButton.isEnabled()
        _shot(tab, "database_settings_saved.png")
    assert not [p for p in folder.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()]

    # the next start without --database opens the server's store; the password is asked (no credential store)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, mode: asked.append(label) or (PASSWORD, True)))
    opened: list[str] = []
    real_open = Services.open

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        opened.append(kwargs.get("database") or "sqlite")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(Services, "open", spy)
    assert app.main(["--data-dir", str(folder), "--exit-after-show"]) == 0
    assert opened[-1] == hq_url and len(asked) == 1

    # the server is down: the reason is said, then the local file is offered for this time (and taken)
    down = dbs.settings_file(folder)
    from tests.pg.conftest import _free_port

    down.write_text(down.read_text(encoding="utf-8").replace(str(dbs.Connection.from_url(hq_url).port),
                                                             str(_free_port())), encoding="utf-8")
    offers: list[str] = []
    monkeypatch.setattr("dangjian_desktop.ui.messages.confirm",
                        lambda parent, text, *a, **k: offers.append(text) or True)
    assert app.main(["--data-dir", str(folder), "--exit-after-show"]) == 0
    assert any("无法连接数据库" in t for t in quiet_boxes) and offers and "打开本机的数据文件" in offers[0]
    assert opened[-1] == "sqlite"
    assert dbs.saved_url(folder) is not None  # the saved connection is kept

    # 改回使用本机数据文件
    with real_open(folder) as s:
        tab = _tab(qtbot, s)
        assert tab.use_local_file(confirmed=True)
        assert dbs.saved_url(folder) is None and "本机的数据文件" in tab.ui.statusLabel.text()
        assert s.branch.hq_name() == "本机上级党委"  # the local store is as it was


def test_remembered_password_opens_without_asking(qtbot, hq_url, tmp_path, memory_keyring, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("DANGJIAN_DATABASE", raising=False)
    folder = tmp_path / "pc"
    with Services.open(folder) as s:
        s.branch.init_headquarters("本机上级党委")
        tab = _tab(qtbot, s)
        assert tab.ui.rememberCheck.isEnabled() and not tab.ui.keyringLabel.isVisible()
        _fill(tab, hq_url, PASSWORD)
        tab.ui.rememberCheck.setChecked(True)
        _shot(tab, "database_settings_keyring.png")
        tab.save()
        qtbot.waitUntil(lambda: not tab.busy, timeout=20000)
        assert "密码已保存在系统凭据管理器中" in tab.ui.statusLabel.text()
    assert list(memory_keyring.items.values()) == [PASSWORD]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: pytest.fail("asked for the password")))
    assert app.main(["--data-dir", str(folder), "--exit-after-show"]) == 0
    # the password changed on the server: asked once, and the credential store follows
    import psycopg

    with psycopg.connect(hq_url, password=PASSWORD, autocommit=True) as con:
        con.execute(f"ALTER ROLE {PASSWORD_USER} PASSWORD 'new-口令'")
    try:
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("new-口令", True)))
        assert app.main(["--data-dir", str(folder), "--exit-after-show"]) == 0
        assert list(memory_keyring.items.values()) == ["new-口令"]
    finally:
        with psycopg.connect(hq_url, password="new-口令", autocommit=True) as con:
            con.execute(f"ALTER ROLE {PASSWORD_USER} PASSWORD '{PASSWORD}'")


def test_a_branch_store_has_nothing_to_set(qtbot, services):
    tab = _tab(qtbot, services)
    assert "只用于上级党委" in tab.ui.hintLabel.text()
    assert not tab.ui.saveButton.isEnabled() and not tab.ui.hostEdit.isEnabled()

