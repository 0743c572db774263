"""The database password: from PGPASSWORD, the URL, or asked by the window; never written anywhere (issue 22)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from dangjian_desktop import app, cli
from tests.pg.conftest import PASSWORD


def _written_anywhere(folder: Path, secret: str) -> list[str]:
    needles = (secret.encode(), quote(secret).encode())
    return [str(p) for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def test_password_from_the_environment_or_the_url(pg_password_url, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "pc"
    where = ["--data-dir", str(folder), "--database", pg_password_url]
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert cli.main([*where, "hq-init", "--name", "党委"]) == cli.EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert "无法连接数据库" in err and "PGPASSWORD" in err
    monkeypatch.setenv("PGPASSWORD", "wrong")
    assert cli.main([*where, "hq-init", "--name", "党委"]) == cli.EXIT_USER_ERROR
    assert "无法连接数据库" in capsys.readouterr().err
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert cli.main([*where, "hq-init", "--name", "党委"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    in_url = pg_password_url.replace("dangjian_pw@", f"dangjian_pw:{quote(PASSWORD)}@", 1)
    assert cli.main(["--data-dir", str(folder), "--database", in_url, "info"]) == 0
    out = capsys.readouterr().out
    assert "上级党委: 党委" in out and PASSWORD not in out and quote(PASSWORD) not in out
    assert _written_anywhere(folder, PASSWORD) == []


def test_the_window_asks_for_the_password(qapp, pg_password_url, tmp_path, capsys, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    folder = tmp_path / "pc"
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert cli.main(["--data-dir", str(folder), "--database", pg_password_url, "hq-init", "--name", "党委"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    asked: list[str] = []
    answers = iter([("wrong", True), (PASSWORD, True)])

    def get_text(parent, title, label, mode):  # noqa: ANN001, ANN202
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    assert app.main(["--data-dir", str(folder), "--database", pg_password_url, "--exit-after-show"]) == 0
    assert len(asked) == 2 and "密码" in asked[0] and "密码不对" in asked[1]
    assert _written_anywhere(folder, PASSWORD) == []
    # cancelled: nothing opens
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("", False)))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", staticmethod(lambda *a: None))
    assert app.main(["--data-dir", str(folder), "--database", pg_password_url, "--exit-after-show"]) == 2
