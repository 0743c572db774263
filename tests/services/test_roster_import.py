"""Roster import from files saved by LibreOffice the way offices send them (tests/fixtures/roster, made by
make_fixtures.py): national-system headers, title row, month-only dates, .xlsx/.xls/.ods/GBK CSV; re-import
updates instead of duplicating; every ambiguous or unreadable date refused with its cell."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.dates import MonthDate
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.roster import Branch, Member, MemberFilter
from dangjian_desktop.services.roster import Action, ImportFileError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "roster"
FORMATS = ["national.xlsx", "national.xls", "national.ods", "national_gbk.csv"]

# what the fixture holds, worked out by hand from make_fixtures.py (not from the importer)
EXPECTED = {
    "张建国": dict(gender="男", ethnicity="汉族", native_place="河北保定", birth_date=MonthDate(1975, 3),
                education="大学本科", joined_party_on=MonthDate(1998, 7), full_member_on=MonthDate(1999, 7),
                category=MemberCategory.FULL, position="检修班长", phone="13800001111",
                id_number="11010519750312123X"),
    "李秀英": dict(gender="女", native_place="山东济南", birth_date=MonthDate(1988, 11), education="研究生",
                joined_party_on=MonthDate(2012, 6), full_member_on=MonthDate(2013, 6), category=MemberCategory.FULL,
                position="技术员", phone="13900002222", id_number="370102198811050027"),
    "王芳": dict(gender="女", ethnicity="回族", birth_date=MonthDate(1995, 8), joined_party_on=MonthDate(2024, 5),
               full_member_on=None, category=MemberCategory.PROBATIONARY, position="安全员",
               id_number="130602199508200042"),
    # an old 15-digit number 110105800615123: "19" inserted, check digit added (GB 11643-1999)
    "赵强": dict(birth_date=MonthDate(1980, 6), joined_party_on=dt.date(2005, 7, 1),
               full_member_on=dt.date(2006, 7, 1), id_number="11010519800615123X", education="大学专科"),
    "陈磊": dict(birth_date=MonthDate(1998, 12), joined_party_on=dt.date(2024, 6, 15),
               category=MemberCategory.PROBATIONARY, position="运维工程师", id_number="320102199812070017"),
}


@pytest.fixture
def branch(services):
    services.branch.save_profile(Branch(name="某某公司第一党支部", parent_committee="某某公司党委"))
    return services


def _members(services) -> dict[str, Member]:
    return {m.name: m for m in services.roster.members(MemberFilter(include_inactive=True))}


def _check(m: Member, expected: dict) -> None:
    for attr, value in expected.items():
        got = getattr(m, attr)
        assert got == value and type(got) is type(value), (m.name, attr, got, value)


@pytest.mark.parametrize("name", FORMATS)
def test_national_roster_imports_every_field_in_every_format(branch, name):
    preview = branch.roster.preview_import(FIXTURES / name)
    assert preview.ok, preview.error_report()
    assert preview.header_row == 3  # below the merged title and a blank row
    assert preview.sheet_names == (["党员名册"] if name != "national_gbk.csv" else ["national_gbk"])  # hidden: no
    assert preview.unknown_headers == ["学位"]  # listed before anything is saved; 序号 is not data
    assert any("制表人" in s for s in preview.skipped)
    assert [r.action for r in preview.rows] == [Action.NEW] * 5
    assert any("15位身份证号" in n for r in preview.rows for n in r.notes)
    assert branch.roster.commit_import(preview) == 5
    members = _members(branch)
    assert set(members) == set(EXPECTED)
    for who, expected in EXPECTED.items():
        _check(members[who], expected)
    # re-importing the same file changes nothing
    again = branch.roster.preview_import(FIXTURES / name)
    assert [r.action for r in again.rows] == [Action.UNCHANGED] * 5, again.error_report()
    assert not again.to_save


@pytest.mark.parametrize("ext", ["xlsx", "xls", "ods"])
def test_edited_roster_updates_one_and_adds_one(branch, ext):
    branch.roster.import_file(FIXTURES / f"national.{ext}")
    before = _members(branch)
    preview = branch.roster.preview_import(FIXTURES / f"national_edited.{ext}")
    actions = {r.member.name: (r.action, r.changes) for r in preview.rows}
    assert actions["李秀英"] == (Action.CHANGED, ["联系电话"])
    assert actions["孙丽"] == (Action.NEW, [])
    assert sum(1 for a, _ in actions.values() if a is Action.UNCHANGED) == 4
    assert branch.roster.commit_import(preview) == 2
    after = _members(branch)
    assert len(after) == 6
    assert after["李秀英"].phone == "13911119999" and after["李秀英"].uuid == before["李秀英"].uuid
    assert after["孙丽"].birth_date == MonthDate(1992, 4)
    history = branch.audit.history(after["李秀英"].uuid)
    assert history and "联系电话" in history[-1].summary


def test_month_dates_stay_months_through_storage_export_and_pdf(branch, tmp_path):
    from tests.conftest import pdf_text

    branch.roster.import_file(FIXTURES / "national.xlsx")
    m = _members(branch)["张建国"]
    assert isinstance(m.birth_date, MonthDate) and str(m.birth_date) == "1975-03"
    out = tmp_path / "名册.xlsx"
    branch.roster.export_xlsx(out)
    import openpyxl

    ws = openpyxl.load_workbook(out).active
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "张建国")
    birth = row[headers.index("出生日期")]
    assert birth.value == dt.datetime(1975, 3, 1) and birth.number_format == "yyyy.mm"  # a real date, shown 1975.03
    # our own export imports back unchanged (month formats are read from the file)
    assert {r.action for r in branch.roster.preview_import(out).rows} == {Action.UNCHANGED}
    pdf = branch.reports.roster_pdf(tmp_path / "名册.pdf")
    text = pdf_text(pdf)
    assert "1975.03" in text and "1975.03.01" not in text


@pytest.mark.parametrize("name", ["ambiguous.xlsx", "ambiguous_utf8.csv"])
def test_one_decimal_point_one_is_put_to_the_user(branch, name):
    preview = branch.roster.preview_import(FIXTURES / name)
    assert not preview.ok
    [row] = preview.rows
    assert row.action is Action.REFUSED
    [amb] = preview.ambiguous
    assert amb.cell == "F4" and amb.shown == "1990.1"
    assert amb.choices == (MonthDate(1990, 1), MonthDate(1990, 10))
    msg = "；".join(row.errors)
    assert "出生年月（F4）“1990.1”" in msg and "1990年1月" in msg and "1990年10月" in msg
    decided = branch.roster.preview_import(FIXTURES / name, decisions={"F4": MonthDate(1990, 10)})
    assert decided.ok and decided.rows[0].member.birth_date == MonthDate(1990, 10)
    # a decision that is not one of the readings is ignored, never used
    wrong = branch.roster.preview_import(FIXTURES / name, decisions={"F4": MonthDate(1990, 3)})
    assert not wrong.ok


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / "r.csv"
    p.write_text(text, encoding=encoding)
    return p


@pytest.mark.parametrize(("cell", "words"), [
    ("1985", "只有年份"),
    ("1985.13", "月份“13”不对"),
    ("1985-02-30", "没有这个日期"),
    ("去年三月", "无法识别"),
    ("1985.1", "1985年10月"),  # a CSV: Excel wrote the typed 1985.10 as 1985.1
])
def test_unreadable_or_ambiguous_dates_name_cell_and_value(branch, tmp_path, cell, words):
    preview = branch.roster.preview_import(_csv(tmp_path, f"姓名,性别,出生年月\n张三,男,{cell}\n"))
    msg = "；".join(preview.rows[0].errors)
    assert f"出生年月（C2）“{cell}”" in msg and words in msg
    assert preview.rows[0].member.birth_date is None  # nothing stored that the user did not mean


def test_month_birth_checked_against_id_at_month_precision(branch, tmp_path):
    id_number = idcard.make_valid("11010519850312123")
    ok = branch.roster.preview_import(_csv(tmp_path, f"姓名,出生年月,身份证号\n张三,1985.03,{id_number}\n"))
    assert ok.ok, ok.error_report()
    assert ok.rows[0].member.birth_date == MonthDate(1985, 3)
    bad = branch.roster.preview_import(_csv(tmp_path, f"姓名,出生年月,身份证号\n张三,1985.04,{id_number}\n"))
    assert "出生日期与身份证号不一致" in "；".join(bad.rows[0].errors)


def test_id_number_in_scientific_notation_is_explained(branch, tmp_path):
    preview = branch.roster.preview_import(_csv(tmp_path, "姓名,性别,公民身份号码\n张三,男,1.10105E+17\n"))
    msg = "；".join(preview.rows[0].errors)
    assert "C2" in msg and "科学计数法" in msg and "文本" in msg


def test_synonyms_ranks_and_unused_columns(branch, tmp_path):
    from dangjian_desktop.domain.roster import PartyGroup

    branch.branch.save_group(PartyGroup(name="第一党小组"))
    text = ("姓名,党员类型,工作单位及职务,联系方式,所在党小组,全日制学历,最高学历,爱好\n"
            "张三,预备,某公司技术员,13800001111,第一 党小组,大学专科,研究生,钓鱼\n")
    preview = branch.roster.preview_import(_csv(tmp_path, text))
    assert preview.ok, preview.error_report()
    m = preview.rows[0].member
    assert m.category is MemberCategory.PROBATIONARY and m.position == "某公司技术员" and m.phone == "13800001111"
    assert m.group_name == "第一党小组"
    assert m.education == "研究生"  # 最高学历 wins over 全日制学历, which is listed as not used
    assert preview.unknown_headers == ["全日制学历", "爱好"]


def test_other_branch_is_flagged(branch, tmp_path):
    text = "姓名,性别,所在党支部\n张三,男,第一党支部\n李四,女,第二党支部\n"
    preview = branch.roster.preview_import(_csv(tmp_path, text))
    assert [r.action for r in preview.rows] == [Action.NEW, Action.REFUSED]
    assert "不是本支部" in preview.rows[1].errors[0]


def test_match_by_name_and_birth_month_without_id(branch, tmp_path):
    saved = branch.roster.save_member(Member(name="张三", birth_date=dt.date(1985, 3, 12), phone="13800000000"))
    preview = branch.roster.preview_import(_csv(tmp_path, "姓名,出生年月,联系电话\n张三,1985.03,13811112222\n"))
    [row] = preview.rows
    assert row.action is Action.CHANGED and row.changes == ["联系电话"] and row.target_uuid == saved.uuid
    assert row.member.birth_date == dt.date(1985, 3, 12)  # the day already known is not lost to a month
    branch.roster.commit_import(preview)
    assert [m.phone for m in branch.roster.members()] == ["13811112222"]


def test_conflicting_id_and_duplicates_are_refused(branch, tmp_path):
    branch.roster.save_member(Member(name="张三", birth_date=dt.date(1985, 3, 12),
                                     id_number=idcard.make_valid("11010519850312123")))
    other = idcard.make_valid("11010519850301123")
    text = f"姓名,出生年月,身份证号\n张三,1985.03,{other}\n李四,1990.05,\n李四,1990.05,\n"
    preview = branch.roster.preview_import(_csv(tmp_path, text))
    errors = {r.row_number: "；".join(r.errors) for r in preview.rows}
    assert "身份证号不同" in errors[2]
    assert not errors[3] and "与第3行是同一人" in errors[4]
    with pytest.raises(ValidationError):
        branch.roster.commit_import(preview)
    assert branch.roster.count() == 1


def test_commit_refuses_when_the_roster_changed_after_the_preview(branch, tmp_path):
    branch.roster.import_file(FIXTURES / "national.xlsx")
    preview = branch.roster.preview_import(FIXTURES / "national_edited.xlsx")
    m = _members(branch)["李秀英"]
    m.position = "高级技术员"
    branch.roster.save_member(m)
    with pytest.raises(ValidationError, match="有了变动"):
        branch.roster.commit_import(preview)
    assert len(_members(branch)) == 5 and _members(branch)["李秀英"].phone == "13900002222"


def test_hidden_first_sheet_and_several_roster_sheets(branch, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "旧名单"
    hidden.append(["姓名", "性别"])
    hidden.append(["不应读到", "男"])
    hidden.sheet_state = "hidden"
    for title, who in (("正式党员", "张三"), ("预备党员", "李四")):
        ws = wb.create_sheet(title)
        ws.append(["姓名", "性别"])
        ws.append([who, "男"])
    path = tmp_path / "两个表.xlsx"
    wb.save(path)
    preview = branch.roster.preview_import(path)
    assert preview.sheet_names == ["正式党员", "预备党员"] and preview.sheet_name == "正式党员"
    assert branch.roster.preview_import(path, sheet="预备党员").rows[0].member.name == "李四"
    with pytest.raises(ImportFileError, match="没有可见的工作表“旧名单”"):
        branch.roster.preview_import(path, sheet="旧名单")


def test_wrong_dimension_tag_is_not_trusted(branch, tmp_path):
    """Some WPS versions write <dimension ref="A1"/> for a whole sheet; openpyxl's read-only mode then reads it
    as empty. The importer reads the cells that are there."""
    import zipfile

    src = tmp_path / "src.xlsx"
    shutil.copy(FIXTURES / "national.xlsx", src)
    out = tmp_path / "wps.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                import re

                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
            zout.writestr(item, data)
    import openpyxl

    ws = openpyxl.load_workbook(out, read_only=True).worksheets[0]
    assert len(list(ws.iter_rows())) <= 1  # what openpyxl's read path sees
    preview = branch.roster.preview_import(out)
    assert preview.ok and len(preview.rows) == 5


def test_big5_csv_is_refused_not_misread(branch):
    with pytest.raises(ImportFileError, match="无法确定文件的文字编码"):
        branch.roster.preview_import(FIXTURES / "national_big5.csv")


def test_zip_bomb_and_long_cells_refused_before_reading(branch, tmp_path):
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(FIXTURES / "national.xlsx") as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        for item in zin.infolist():
            z.writestr(item, zin.read(item.filename))
        z.writestr("xl/sharedStrings2.xml", b"<a>" + b"x" * (130 * 1024 * 1024) + b"</a>")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ImportFileError, match="解压后"):
        branch.roster.preview_import(bomb)
    long_cell = _csv(tmp_path, "姓名,备注\n张三," + "长" * 40_000 + "\n")
    with pytest.raises(ImportFileError, match="C2|B2"):
        branch.roster.preview_import(long_cell)


def test_html_disguised_as_xls_is_named(branch, tmp_path):
    p = tmp_path / "导出.xls"
    p.write_text("<html><body><table><tr><td>姓名</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(ImportFileError, match="网页"):
        branch.roster.preview_import(p)


def test_header_repeated_on_a_later_page_is_skipped_but_a_row_with_data_is_read(branch, tmp_path):
    text = ("姓名,性别,联系电话\n张三,男,13800001111\n"
            "姓名,性别,联系电话\n"  # the printed header again, as exports that repeat it on every page do
            "党员姓名,女,13900002222\n")  # an odd name, but with a member's data beside it: read, not dropped
    preview = branch.roster.preview_import(_csv(tmp_path, text))
    assert [r.member.name for r in preview.rows] == ["张三", "党员姓名"]
    assert preview.skipped == ["第3行：重复的表头"]
