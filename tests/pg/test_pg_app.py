"""The window on a headquarters store on PostgreSQL (issue 22): ``dangjian-desktop --database URL``."""

from __future__ import annotations

from PySide6.QtGui import QImage

from dangjian_desktop import app, cli


def test_window_opens_a_headquarters_store_on_postgresql(qapp, pg_url, tmp_path, capsys):
    data = tmp_path / "pc"
    assert cli.main(["--data-dir", str(data), "--database", pg_url, "hq-init", "--name", "示范能源公司党委"]) == 0
    out = tmp_path / "exchange.png"
    assert app.main(["--data-dir", str(data), "--database", pg_url, "--screenshot", str(out),
                     "--page", "exchange"]) == 0
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1280, 800)
    assert len({img.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}) > 10


def test_window_refuses_a_postgresql_database_that_is_not_headquarters(qapp, pg_url, tmp_path, capsys):
    code = app.main(["--data-dir", str(tmp_path / "pc"), "--database", pg_url, "--screenshot",
                     str(tmp_path / "x.png")])
    assert code == 2
    assert "还不是上级党委数据" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
