"""Import dialog: preview of every row with its check result, a summary, 确认导入 only when no row is wrong."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from dangjian_desktop.domain import idcard
from dangjian_desktop.services.roster import COLUMNS
from dangjian_desktop.ui.dialogs.import_dialog import ImportDialog
from dangjian_desktop.ui.models.import_preview_model import OK_TEXT, STATUS_COLUMN

HEADERS = [h for h, _ in COLUMNS]


def _csv(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        for r in rows:
            w.writerow([r.get(h, "") for h in HEADERS])
    return path


def _dialog(qtbot, services) -> ImportDialog:
    dlg = ImportDialog(services.roster)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _statuses(dlg: ImportDialog) -> list[str]:
    m = dlg.model
    return [m.data(m.index(r, STATUS_COLUMN)) for r in range(m.rowCount())]


def test_good_file_previews_then_imports_on_confirm(qtbot, demo_services, tmp_path):
    path = _csv(tmp_path / "good.csv", [
        {"姓名": "导入甲", "身份证号": idcard.make_valid("11010519750505123"), "党小组": "第一党小组（运维）"},
        {"姓名": "导入乙", "出生日期": "1988/8/8"},
    ], encoding="gbk")
    dlg = _dialog(qtbot, demo_services)
    before = demo_services.info.counts()["member"]
    dlg.load_file(path)
    assert dlg.model.rowCount() == 2
    assert _statuses(dlg) == [OK_TEXT, OK_TEXT]
    assert "新增 2 行" in dlg.summary_text() and "有错误 0 行" in dlg.summary_text()
    assert dlg.ui.confirmButton.isEnabled()
    assert demo_services.info.counts()["member"] == before  # nothing saved before confirming
    assert dlg.confirm()
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.imported == 2
    assert demo_services.info.counts()["member"] == before + 2


def test_bad_file_shows_reasons_and_cannot_be_confirmed(qtbot, demo_services, tmp_path):
    existing = demo_services.roster.members()[0]
    path = _csv(tmp_path / "bad.csv", [
        {"姓名": "正确者", "出生日期": "1990-01-01"},
        {"姓名": "日期错", "入党日期": "去年"},
        {"姓名": "证号错", "身份证号": "110105197505051230"},
        {"姓名": "小组错", "党小组": "第九党小组"},
        {"姓名": existing.name, "身份证号": existing.id_number},
    ])
    dlg = _dialog(qtbot, demo_services)
    before = demo_services.info.counts()
    dlg.load_file(path)
    assert not dlg.ui.confirmButton.isEnabled()
    assert "有错误 3 行" in dlg.summary_text() and "无变化 1 行" in dlg.summary_text()
    assert dlg.ui.onlyErrorsCheck.isChecked() and dlg.model.rowCount() == 3
    statuses = _statuses(dlg)
    assert any("入党日期" in s for s in statuses) and any("校验位" in s for s in statuses)
    assert any("第九党小组" in s for s in statuses)
    dlg.ui.onlyErrorsCheck.setChecked(False)
    # the member already on the roster is recognised by 身份证号: no change, not a duplicate
    assert dlg.model.rowCount() == 5 and _statuses(dlg)[0] == OK_TEXT and _statuses(dlg)[4] == OK_TEXT
    assert not dlg.confirm()
    assert demo_services.info.counts() == before


def test_unreadable_file_says_why(qtbot, demo_services, tmp_path):
    p = tmp_path / "x.xlsx"
    p.write_bytes(b"garbage")
    dlg = _dialog(qtbot, demo_services)
    dlg.load_file(p)
    assert "不是有效" in dlg.summary_text()
    assert dlg.model.rowCount() == 0 and not dlg.ui.confirmButton.isEnabled()


def test_unknown_columns_are_named(qtbot, demo_services, tmp_path):
    p = tmp_path / "extra.csv"
    p.write_text("姓名,爱好\n新人,钓鱼\n", encoding="utf-8")
    dlg = _dialog(qtbot, demo_services)
    dlg.load_file(p)
    assert "爱好" in dlg.summary_text() and dlg.ui.confirmButton.isEnabled()


FIXTURES = Path(__file__).parents[1] / "fixtures" / "roster"


@pytest.fixture
def first_branch(services):
    from dangjian_desktop.domain.roster import Branch

    services.branch.save_profile(Branch(name="某某公司第一党支部"))
    return services


def test_ambiguous_date_is_chosen_in_the_dialog(qtbot, first_branch):
    dlg = _dialog(qtbot, first_branch)
    dlg.load_file(FIXTURES / "ambiguous.xlsx")
    assert not dlg.ui.ambiguousBox.isHidden() and dlg.ui.ambiguousTable.rowCount() == 1
    assert not dlg.ui.confirmButton.isEnabled()
    combo = dlg.ui.ambiguousTable.cellWidget(0, 3)
    assert [combo.itemText(i) for i in range(combo.count())] == ["请选择…", "1990年1月", "1990年10月"]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    qtbot.waitUntil(lambda: dlg.preview is not None and dlg.preview.ok)
    assert dlg.preview.rows[0].member.birth_date.month == 10
    assert dlg.ui.confirmButton.isEnabled()
    # the choice stays shown after the re-check
    assert dlg.ui.ambiguousTable.cellWidget(0, 3).currentText() == "1990年10月"
    assert dlg.confirm() and dlg.imported == 1


def test_national_roster_then_edited_copy_updates(qtbot, first_branch):
    demo_services = first_branch
    dlg = _dialog(qtbot, demo_services)
    before = demo_services.info.counts()["member"]
    dlg.load_file(FIXTURES / "national.xls")
    assert "新增 5 行" in dlg.summary_text() and "学位" in dlg.summary_text()
    assert dlg.confirm()
    dlg2 = _dialog(qtbot, demo_services)
    dlg2.load_file(FIXTURES / "national_edited.xlsx")
    assert "新增 1 行，更新 1 行，无变化 4 行" in dlg2.summary_text()
    assert any("更新：联系电话" in s for s in _statuses(dlg2))
    assert dlg2.confirm() and dlg2.imported == 2
    assert demo_services.info.counts()["member"] == before + 6
