"""`dangjian-desktop --screenshot`: the window with the data in D, one page, written as a PNG, exit 0."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage

from dangjian_desktop import app
from dangjian_desktop.services import demo
from dangjian_desktop.services.container import Services


@pytest.fixture
def demo_dir(data_dir):
    with Services.open(data_dir) as s:
        demo.populate(s)
    return data_dir


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.main installs its own


@pytest.mark.parametrize("page", ["members", "settings", "home"])
def test_screenshot_of_a_page(qapp, demo_dir, tmp_path, page, capsys):
    out = tmp_path / f"{page}.png"
    assert app.main(["--data-dir", str(demo_dir), "--screenshot", str(out), "--page", page]) == 0
    img = QImage(str(out))
    assert not img.isNull()
    assert (img.width(), img.height()) == (1280, 800)
    # not a blank picture: the page has text and the red navigation item
    colours = {img.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 10


def test_screenshot_of_an_empty_store_without_page(qapp, data_dir, tmp_path):
    out = tmp_path / "s.png"
    assert app.main(["--data-dir", str(data_dir), "--screenshot", str(out)]) == 0
    assert not QImage(str(out)).isNull()


def test_unknown_page_is_a_user_error(qapp, data_dir, tmp_path, capsys):
    assert app.main(["--data-dir", str(data_dir), "--screenshot", str(tmp_path / "x.png"), "--page", "nope"]) == 2
    assert "没有名为 nope 的页面" in capsys.readouterr().err
