"""The 数据交换 page and issue 15: the branch sees its key's fingerprint; headquarters sees each branch's pinned
fingerprint and last sequence, reads why a package was refused, and replaces a branch's key (pytest-qt)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from tests.exchange.conftest import PASSWORD, export, opened
from tests.ui.test_exchange_ui import _shot, hq_screen, wait_until
from tests.ui.test_exchange_ui import branch_services, fast_kdf  # noqa: F401, F811 - fixtures


def test_the_branch_page_shows_the_fingerprint_headquarters_will_show(qtbot, branch_services):  # noqa: F811
    from dangjian_desktop.ui.screens.exchange_screen import ExchangeScreen

    screen = ExchangeScreen(branch_services.exchange, branch_services.branch)
    qtbot.addWidget(screen)
    fingerprint = branch_services.info.info()["fingerprint"]
    text = screen.ui.fingerprintLabel.text()
    assert fingerprint and fingerprint in text and "电话核对" in text
    screen.resize(1000, 600)
    _shot(screen, "exchange_branch_fingerprint.png")


def test_headquarters_sees_keys_and_sequences_and_replaces_a_key(qtbot, tmp_path: Path, demo_copy):
    branch = demo_copy(tmp_path / "branch")  # the session's demo store, copied (tests/conftest.py)
    with opened(branch) as s:
        fingerprint = s.exchange.fingerprint()
    stick = tmp_path / "stick"
    stick.mkdir()
    export(branch, stick / "1.djpkg")
    # then the branch's PC is replaced: a new key (made before headquarters opens: one store open at a time)
    shutil.rmtree(branch / "keys")
    with opened(branch) as s:
        new_fp = s.exchange.fingerprint()
    export(branch, stick / "2.djpkg")
    with hq_screen(qtbot, tmp_path / "hq", 1366, 700) as (hq, screen):
        ui = screen.ui
        assert not ui.rekeyButton.isEnabled()  # no branch yet
        ui.hqPasswordEdit.setText(PASSWORD)
        screen.import_paths([stick / "1.djpkg"])
        wait_until(lambda: not screen.busy)
        [result] = screen.last_results
        cell = ui.resultsTable.item(0, 4).text()
        assert "首次收到该支部的签名数据包" in cell and fingerprint in cell  # to be compared by phone
        model = ui.branchesTable.model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert model.index(0, headers.index("签名密钥指纹")).data() == fingerprint
        assert model.index(0, headers.index("序号")).data() == "1"
        _shot(screen, "exchange_hq_keys.png")

        # the package signed by the new key is refused, the result says how to go on
        screen.import_paths([stick / "2.djpkg"])
        wait_until(lambda: not screen.busy)
        cell = ui.resultsTable.item(0, 4).text()
        assert ui.resultsTable.item(0, 0).text() == "已拒绝" and "更换密钥" in cell
        _shot(screen, "exchange_hq_refused_key.png")

        assert ui.rekeyButton.isEnabled()
        assert not screen.rekey_selected("1234")  # not a fingerprint: says why, registers nothing
        assert "16位十六进制" in ui.statusLabel.text()
        asked: list[str] = []
        screen.ask_fingerprint = lambda b: asked.append(b.name) or new_fp.lower()  # as typed from the phone
        assert screen.rekey_selected()
        assert asked == ["示范能源公司检修分公司党支部"]
        assert f"待更换为 {new_fp}" in model.index(0, headers.index("签名密钥指纹")).data()
        screen.import_paths([stick / "2.djpkg"])
        wait_until(lambda: not screen.busy)
        assert ui.resultsTable.item(0, 0).text() == "已导入"
        assert model.index(0, headers.index("签名密钥指纹")).data() == new_fp
        dlg = screen.make_branch_dialog(screen.selected_branch())
        qtbot.addWidget(dlg)
        assert new_fp in dlg.ui.infoLabel.text() and "序号 2" in dlg.ui.infoLabel.text()


def test_the_export_dialog_names_the_sequence_and_the_fingerprint(qtbot, branch_services, tmp_path: Path):  # noqa: F811
    from tests.ui.test_exchange_ui import _export_unencrypted

    stick = tmp_path / "stick"
    stick.mkdir()
    dlg = _export_unencrypted(qtbot, branch_services, stick)
    text = dlg.ui.statusLabel.text()
    assert "序号 1" in text and branch_services.exchange.fingerprint() in text and "可以安全拔出U盘" in text
