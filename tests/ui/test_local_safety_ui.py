"""The window on a read-only folder (banner), after a zero-byte data file (damage dialog, offer of the good backup,
or a fresh start when there is none), the USB backup's password dialog, restoring an encrypted backup, and a disk
fault during the deferred integrity check (said as such, not as damage)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from dangjian_desktop.domain import faults
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import database as dbmod
from dangjian_desktop.ui import integrity, messages, recovery
from dangjian_desktop.ui.backups import BackupPasswordDialog, BackupsTab
from dangjian_desktop.ui.main_window import MainWindow
from tests.conftest_local import remount_read_only, tmpfs

PASSWORD = "窗口备份口令1"


def _click(text: str):  # noqa: ANN202
    def exec_(box: QMessageBox) -> int:
        for b in box.buttons():
            if b.text() == text:
                b.click()
                return 0
        raise AssertionError(f"no button {text}: {[b.text() for b in box.buttons()]}")

    return exec_


def _branch(data_dir: Path, backup: bool = True) -> Path | None:
    with Services.open(data_dir) as s:
        s.branch.save_profile(Branch(name="窗口测试党支部"))
        for i in range(5):
            s.roster.save_member(Member(name=f"党员{i}", phone=f"1380000000{i}"))
        return s.backups.create().path if backup else None


def test_read_only_folder_window_shows_the_banner(qtbot, data_dir, monkeypatch, tmp_path):
    _branch(data_dir)
    monkeypatch.setattr(dbmod, "write_problem", lambda folder: OSError(errno.EROFS, "Read-only file system"))
    with Services.open(data_dir) as s:
        w = MainWindow(s)
        qtbot.addWidget(w)
        w.resize(1366, 728)
        w.show()
        assert not w.banner.isHidden() and "只读模式" in w.banner.text() and "不允许写入" in w.banner.text()
        assert "（只读）" in w.windowTitle()
        assert not w.ui.actionBackupNow.isEnabled()
        w.show_page("members")
        w.grab().save(str(tmp_path / "readonly.png"))
        w.grab().save("/tmp/localsafe_readonly_1366.png")
        tab = BackupsTab(s.backups, w)
        qtbot.addWidget(tab)
        assert not tab.ui.backupNowButton.isEnabled() and tab.ui.usbButton.isEnabled()
        assert not tab.ui.restoreButton.isEnabled() and not tab.ui.restoreFileButton.isEnabled()
        w.close()


def test_writable_window_has_no_banner(qtbot, demo_services):
    w = MainWindow(demo_services)
    qtbot.addWidget(w)
    w.show()
    assert w.banner.isHidden() and w.ui.actionBackupNow.isEnabled()


def test_app_on_a_really_read_only_folder(qapp, tmp_path, capsys):
    from dangjian_desktop import app

    with tmpfs("20m") as point:
        data_dir = point / "data"
        _branch(data_dir)
        remount_read_only(point)
        out = tmp_path / "ro.png"
        assert app.main(["--data-dir", str(data_dir), "--screenshot", str(out), "--page", "members"]) == 0
        assert out.is_file()
        # the window's QSettings could not write window.ini to the read-only folder and tries again when it is
        # destroyed: let that happen while the tmpfs is still mounted, not later into the bare mount point
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not (data_dir / "window.ini").exists()


def test_zero_byte_file_app_refuses_in_screenshot_mode_and_deletes_nothing(qapp, data_dir, tmp_path, capsys):
    from dangjian_desktop import app

    good = _branch(data_dir)
    DataPaths(data_dir).database.write_bytes(b"")
    assert app.main(["--data-dir", str(data_dir), "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "0 字节" in capsys.readouterr().err
    assert DataPaths(data_dir).database.stat().st_size == 0 and good.exists()


def test_zero_byte_file_dialog_offers_and_restores_the_newest_good_backup(qtbot, data_dir, monkeypatch):
    good = _branch(data_dir)
    paths = DataPaths(data_dir)
    paths.database.write_bytes(b"")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    texts = []
    real_exec = _click("从备份恢复")

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        return real_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    with pytest.raises(dbmod.EmptyDatabaseError) as err:
        Services.open(data_dir)
    assert recovery.offer_restore_after_damage(data_dir, err.value) is True
    assert "0 字节" in texts[0] and "完好的备份" in texts[0]
    with Services.open(data_dir) as s:
        assert len(s.roster.members()) == 5
    kept = list(paths.backups.glob("damaged-*/dangjian.sqlite3"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0 and good.exists()


def test_zero_byte_file_without_backups_can_start_afresh_after_asking(qtbot, data_dir, monkeypatch):
    Services.open(data_dir).close()
    paths = DataPaths(data_dir)
    paths.database.write_bytes(b"")
    with pytest.raises(dbmod.EmptyDatabaseError) as err:
        Services.open(data_dir)
    monkeypatch.setattr(QMessageBox, "exec", _click("关闭"))
    assert recovery.offer_restore_after_damage(data_dir, err.value) is False
    assert paths.database.exists() and paths.database.stat().st_size == 0  # declined: untouched
    monkeypatch.setattr(QMessageBox, "exec", _click("移开空文件，重新开始"))
    assert recovery.offer_restore_after_damage(data_dir, err.value) is True
    assert list(paths.backups.glob("damaged-*/dangjian.sqlite3"))  # kept aside, not deleted
    with Services.open(data_dir) as s:
        assert s.info.is_empty()


def test_password_dialog_new_and_plain(qtbot):
    asked = []
    dlg = BackupPasswordDialog(True, "设置密码", confirm_plain=lambda text: asked.append(text) or False)
    qtbot.addWidget(dlg)
    dlg.ui.passwordEdit.setText("abcdef1")
    dlg.ui.confirmEdit.setText("abcdef2")
    assert dlg.check() is False and "不一致" in dlg.ui.errorLabel.text()
    dlg.ui.confirmEdit.setText("abcdef1")
    assert dlg.check() is True and dlg.password == "abcdef1"
    plain = BackupPasswordDialog(True, "设置密码", confirm_plain=lambda text: asked.append(text) or False)
    qtbot.addWidget(plain)
    plain.ui.noEncryptCheck.setChecked(True)
    assert not plain.ui.warningLabel.isHidden() and not plain.ui.passwordEdit.isEnabled()
    assert plain.check() is False and "身份证号" in asked[-1]  # the warning; declined: nothing chosen
    plain._confirm_plain = lambda text: True
    assert plain.check() is True and plain.password is None
    ask = BackupPasswordDialog(False, "输入密码")
    qtbot.addWidget(ask)
    assert ask.ui.confirmEdit.isHidden() and ask.ui.noEncryptCheck.isHidden()
    assert ask.check() is False and "请输入" in ask.ui.errorLabel.text()
    ask.resize(520, 260)
    dlg.resize(520, 300)
    dlg.grab().save("/tmp/localsafe_password_new.png")
    plain.grab().save("/tmp/localsafe_password_plain.png")


def test_encrypted_usb_backup_and_restore_from_the_tab(qtbot, data_dir, tmp_path, monkeypatch):
    _branch(data_dir)
    with Services.open(data_dir) as s:
        tab = BackupsTab(s.backups)
        qtbot.addWidget(tab)
        usb = tmp_path / "usb"
        tab.backup_to_usb(usb, PASSWORD)
        qtbot.waitUntil(lambda: "可以安全拔出U盘" in tab.ui.statusLabel.text(), timeout=20_000)
        backup = next(usb.glob("*.djbak"))
        s.roster.save_member(Member(name="备份之后"))
        errors = []
        monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": errors.append((title, str(exc))))
        assert tab.restore(backup, confirmed=True, password="错误的密码") is False
        assert errors[-1][0] == "密码不正确" and len(s.roster.members()) == 6
        monkeypatch.setattr(tab, "ask_password", lambda info: None)  # the dialog cancelled
        assert tab.restore(backup, confirmed=True) is False
        assert tab.restore(backup, confirmed=True, password=PASSWORD) is True
        assert len(s.roster.members()) == 5


def test_disk_fault_during_the_deferred_check_is_not_damage(qtbot, demo_services, monkeypatch):
    demo_services.store.integrity_check_deferred = True

    def fault() -> str:
        raise faults.io_error(demo_services.store.paths.database, "disk I/O error")

    monkeypatch.setattr(demo_services.info, "check_integrity", fault)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title="": shown.append((title, text)))
    w = MainWindow(demo_services)
    qtbot.addWidget(w)
    followed = []
    integrity.check_in_background(w, demo_services.info, then=lambda: followed.append(1))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert followed == [] and not demo_services.store.read_only
    assert not (demo_services.store.paths.root / "integrity-failed").exists()
    title, text = shown[0]
    assert title == "未能检查数据文件" and "读写" in text and "损坏" not in text.replace("没有损坏", "")


def test_error_text_of_a_full_disk(qtbot):
    import sqlite3

    exc = sqlite3.OperationalError("database or disk is full")
    assert "磁盘空间不足" in messages.error_text(exc)
    assert "磁盘空间不足" in messages.error_text(OSError(errno.ENOSPC, "No space left on device"))


def test_leaving_the_demo_for_an_emptied_real_file_offers_the_backup_not_a_fresh_store(qtbot, tmp_path,
                                                                                       monkeypatch):
    """The real data file was emptied (0 bytes) while the demo was open: 清除演示数据 must not open it as a new,
    empty store (which would look like all data lost); the damage path offers the real folder's good backup."""
    import argparse

    from dangjian_desktop import app
    from dangjian_desktop.services import demo

    real = tmp_path / "dangjian-desktop"
    good = _branch(real)
    services = app.switch_store("demo", Services.open(real), real)
    assert demo.is_demo_folder(services.store.paths.root)
    DataPaths(real).database.write_bytes(b"")
    monkeypatch.setattr(QMessageBox, "exec", _click("从备份恢复"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    args = argparse.Namespace(screenshot=None)
    services = app.switch_store("leave-demo", services, real, open_real=lambda folder: app._open_store(folder, args))
    try:
        assert services.store.paths.root == real and not demo.demo_dir(real).exists()
        assert [m.name for m in services.roster.members()] == [f"党员{i}" for i in range(5)]
        assert good.exists() and list(DataPaths(real).backups.glob("damaged-*/dangjian.sqlite3"))
    finally:
        services.close()


def test_print_preview_pdf_stays_in_the_data_folders_tmp_and_goes_with_the_preview(qtbot, data_dir, tmp_path,
                                                                                   monkeypatch):
    """The roster's preview PDF (names, phones) is made in the data folder's tmp/, never the system's temp folder,
    and is deleted when the preview closes."""
    import tempfile

    from dangjian_desktop.ui import printing

    system_tmp = tmp_path / "system-temp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    _branch(data_dir, backup=False)
    with Services.open(data_dir) as s:
        w = MainWindow(s)
        qtbot.addWidget(w)
        screen = w.show_page("members")
        dlg = printing.make_preview(screen, "党员名册", screen._maker(), "党员名册.pdf")
        assert dlg is not None
        pdf = dlg.pdf_path
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
        assert s.store.paths.tmp in pdf.parents and list(system_tmp.iterdir()) == []
        dlg.reject()
        assert not pdf.exists() and not pdf.parent.exists()
        shown = []
        monkeypatch.setattr(printing, "show_error", lambda parent, exc, title="": shown.append(title))
        failed = printing.make_preview(screen, "x", lambda p: (p.write_bytes(b"half"), 1 / 0), "x.pdf")
        assert failed is None and shown == ["无法生成文档"] and [p for p in s.store.paths.tmp.rglob("*") if p.is_file() and p.name != ".lock"] == []
