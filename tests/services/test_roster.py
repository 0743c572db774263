"""Roster services without Qt: members, status changes, 党小组, branch profile, import/export."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import asdict
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member, MemberFilter, PartyGroup
from dangjian_desktop.services.container import Services
from dangjian_desktop.services.roster import COLUMNS, Action, ImportFileError

TODAY = clock.today()
VALID_ID = idcard.make_valid("11010519800101123")  # a man born 1980-01-01
OTHER_ID = idcard.make_valid("32010219900215002")  # a woman born 1990-02-15


def _with_branch(services: Services, groups: tuple[str, ...] = ("第一党小组", "第二党小组")) -> Services:
    services.branch.save_profile(Branch(name="测试党支部", parent_committee="测试公司党委",
                                        election_date=dt.date(2022, 3, 1)))
    for i, name in enumerate(groups):
        services.branch.save_group(PartyGroup(name=name, sort_order=i))
    return services


@pytest.fixture
def branch_services(services: Services) -> Services:
    return _with_branch(services)


def _counts(services: Services) -> dict[str, int]:
    return services.info.counts()


# -- members ---------------------------------------------------------------------------------------------------


def test_save_member_cleans_text_and_reads_back(branch_services):
    group = branch_services.branch.groups()[0]
    saved = branch_services.roster.save_member(Member(
        name="  张三\x07 ", gender="男", birth_date=dt.date(1980, 1, 1), id_number=VALID_ID.lower(),
        joined_party_on=dt.date(2005, 7, 1), full_member_on=dt.date(2006, 7, 1), group_uuid=group.uuid,
        position="检修班长", phone="13800001111"))
    assert saved.uuid and saved.name == "张三"
    again = branch_services.roster.member(saved.uuid)
    assert again.group_name == group.name and again.id_number == VALID_ID
    assert [m.name for m in branch_services.roster.members()] == ["张三"]
    assert branch_services.roster.count() == 1


@pytest.mark.parametrize(("member", "field", "words"), [
    (Member(name=""), "name", "姓名不能为空"),
    (Member(name="张三", id_number="110105198001011230"), "id_number", "校验位"),
    (Member(name="张三", id_number="1101051980"), "id_number", "18位"),
    (Member(name="张三", id_number="11010519801301123X"), "id_number", "出生日期无效"),
    (Member(name="张三", id_number=VALID_ID, gender="女"), "gender", "性别与身份证号不一致"),
    (Member(name="张三", id_number=VALID_ID, birth_date=dt.date(1981, 1, 1)), "birth_date", "不一致"),
    (Member(name="张三", birth_date=dt.date(1990, 1, 1), joined_party_on=dt.date(2000, 1, 1)), "joined_party_on",
     "年满18岁"),
    (Member(name="张三", category=MemberCategory.PROBATIONARY, joined_party_on=dt.date(2020, 1, 1),
            full_member_on=dt.date(2021, 1, 1)), "category", "正式党员"),
    (Member(name="张三", phone="电话号码"), "phone", "联系电话"),
    (Member(name="张三", status=MemberStatus.TRANSFERRED_OUT), "status_date", "请填写日期"),
])
def test_invalid_member_is_refused_with_chinese_problem(branch_services, member, field, words):
    with pytest.raises(ValidationError) as err:
        branch_services.roster.save_member(member)
    fields = [f for f, _ in err.value.problems]
    assert field in fields
    assert any(words in msg for _, msg in err.value.problems)
    assert branch_services.roster.count() == 0


def test_duplicate_id_number_is_refused_but_own_record_can_be_saved_again(branch_services):
    first = branch_services.roster.save_member(Member(name="张三", id_number=VALID_ID))
    with pytest.raises(ValidationError) as err:
        branch_services.roster.save_member(Member(name="张三丰", id_number=VALID_ID))
    assert "重复" in str(err.value)
    first.position = "技术员"
    assert branch_services.roster.save_member(first).position == "技术员"
    assert branch_services.roster.count() == 1


def test_members_need_a_branch_profile(services):
    with pytest.raises(NotFoundError):
        services.roster.save_member(Member(name="张三"))
    assert services.roster.members() == []


def test_filter_by_text_group_category_and_inactive(branch_services):
    g1, g2 = branch_services.branch.groups()
    r = branch_services.roster
    r.save_member(Member(name="王芳", group_uuid=g1.uuid, position="安全员", phone="13900000001"))
    r.save_member(Member(name="李强", group_uuid=g2.uuid, category=MemberCategory.PROBATIONARY,
                         joined_party_on=TODAY - dt.timedelta(days=100)))
    gone = r.save_member(Member(name="赵敏", group_uuid=g1.uuid))
    r.change_status(gone.uuid, MemberStatus.TRANSFERRED_OUT, TODAY)
    names = lambda flt: sorted(m.name for m in r.members(flt))  # noqa: E731
    assert names(MemberFilter()) == ["李强", "王芳"]
    assert names(MemberFilter(include_inactive=True)) == ["李强", "王芳", "赵敏"]
    assert names(MemberFilter(text="安全")) == ["王芳"]
    assert names(MemberFilter(text="0001")) == ["王芳"]
    assert names(MemberFilter(group_uuid=g1.uuid, include_inactive=True)) == ["王芳", "赵敏"]
    assert names(MemberFilter(category=MemberCategory.PROBATIONARY)) == ["李强"]


# -- status ------------------------------------------------------------------------------------------------------


def test_status_change_keeps_member_and_history(branch_services):
    r = branch_services.roster
    m = r.save_member(Member(name="张三", id_number=VALID_ID, joined_party_on=dt.date(2005, 7, 1)))
    left_on = TODAY - dt.timedelta(days=30)
    out = r.change_status(m.uuid, MemberStatus.TRANSFERRED_OUT, left_on, "转至集团机关党委")
    assert out.status is MemberStatus.TRANSFERRED_OUT and out.status_date == left_on
    assert "转至集团机关党委" in out.note
    # never deleted: still there, no longer on the active roster, on the roster for days before leaving
    assert r.count() == 0
    assert [x.name for x in r.members(MemberFilter(include_inactive=True))] == ["张三"]
    assert [x.name for x in r.members_on(left_on - dt.timedelta(days=1))] == ["张三"]
    assert r.members_on(left_on) == []
    # back on the roster later; both changes are remembered
    back = r.change_status(m.uuid, MemberStatus.ACTIVE, TODAY)
    assert back.status is MemberStatus.ACTIVE and back.status_date is None
    history = r.status_history(m.uuid)
    assert len(history) == 2
    assert "在册 → 转出" in history[0] and "转出 → 在册" in history[1]
    assert _counts(branch_services)["member"] == 1


def test_status_change_to_same_status_is_refused(branch_services):
    m = branch_services.roster.save_member(Member(name="张三"))
    with pytest.raises(ValidationError):
        branch_services.roster.change_status(m.uuid, MemberStatus.ACTIVE, TODAY)


# -- 党小组 and branch -----------------------------------------------------------------------------------------------


def test_groups_add_rename_leader_count_and_delete(branch_services):
    b = branch_services.branch
    g1, g2 = b.groups()
    with pytest.raises(ValidationError):
        b.save_group(PartyGroup(name="第一党小组"))
    with pytest.raises(ValidationError):
        b.save_group(PartyGroup(name="  "))
    leader = branch_services.roster.save_member(Member(name="组长甲", group_uuid=g1.uuid))
    branch_services.roster.save_member(Member(name="组员乙", group_uuid=g1.uuid))
    g1.name, g1.leader_uuid = "运维党小组", leader.uuid
    b.save_group(g1)
    groups = {g.name: g for g in b.groups()}
    assert set(groups) == {"运维党小组", "第二党小组"}
    assert groups["运维党小组"].leader_name == "组长甲" and groups["运维党小组"].member_count == 2
    b.delete_group(g1.uuid)
    assert [g.name for g in b.groups()] == ["第二党小组"]
    # members stay on the roster, without a group
    assert sorted((m.name, m.group_uuid) for m in branch_services.roster.members()) == [("组员乙", None),
                                                                                          ("组长甲", None)]


def test_branch_profile_validation_and_term(services):
    b = services.branch
    with pytest.raises(ValidationError) as err:
        b.save_profile(Branch(name=" ", term_years=12, election_date=TODAY + dt.timedelta(days=3)))
    fields = {f for f, _ in err.value.problems}
    assert {"name", "term_years", "election_date"} <= fields
    with pytest.raises(ValidationError) as err:
        b.save_profile(Branch(name="测试党支部", founded_on=dt.date(2010, 1, 1), election_date=dt.date(2009, 1, 1)))
    assert "早于成立日期" in str(err.value)
    with pytest.raises(ValidationError) as err:
        b.save_profile(Branch(name="测试党支部", committee=[CommitteeSeat(CommitteeRole.SECRETARY, name="甲"),
                                                         CommitteeSeat(CommitteeRole.SECRETARY, name="乙")]))
    assert "书记只能有一位" in str(err.value)
    assert b.profile() is None
    saved = b.save_profile(Branch(name="测试党支部", election_date=dt.date(2021, 2, 28), term_years=3,
                                  committee=[CommitteeSeat(CommitteeRole.SECRETARY, name="甲", duty="全面工作")]))
    assert saved.term_ends_on == dt.date(2024, 2, 28)
    assert saved.secretary_name == "甲"
    # saving again edits the same branch
    saved.name = "测试党支部（新）"
    b.save_profile(saved)
    assert b.profile().name == "测试党支部（新）" and _counts(services)["branch"] == 1


def test_committee_seat_follows_the_member(branch_services):
    m = branch_services.roster.save_member(Member(name="李书记"))
    profile = branch_services.branch.profile()
    profile.committee = [CommitteeSeat(CommitteeRole.SECRETARY, member_uuid=m.uuid, duty="全面工作"),
                         CommitteeSeat(CommitteeRole.MEMBER, name="外部委员", duty="组织委员")]
    saved = branch_services.branch.save_profile(profile)
    assert [(s.role, s.name, s.duty) for s in saved.committee] == [
        (CommitteeRole.SECRETARY, "李书记", "全面工作"), (CommitteeRole.MEMBER, "外部委员", "组织委员")]


def test_headquarters_mode_only_on_an_empty_store(demo_services):
    with pytest.raises(ValidationError):
        demo_services.branch.init_headquarters("示范能源公司党委")


def test_headquarters_mode(tmp_path):
    with Services.open(tmp_path / "hq") as s:
        assert s.info.is_empty()
        s.branch.init_headquarters("示范能源公司党委")
        assert s.branch.mode().value == "hq" and s.branch.hq_name() == "示范能源公司党委"
        assert not s.info.is_empty()
        with pytest.raises(ValidationError):
            s.branch.save_profile(Branch(name="某党支部"))


# -- import ------------------------------------------------------------------------------------------------------

HEADERS = [h for h, _ in COLUMNS]


def _row(**values: str) -> list[str]:
    return [values.get(attr, "") for _, attr in COLUMNS]


GOOD_ROWS = [
    _row(name="张三", id_number=VALID_ID, joined_party_on="2005-07-01", full_member_on="2006/7/1",
         group_name="第一党小组", position="检修班长", phone="13800001111"),
    _row(name="李梅", id_number=OTHER_ID, joined_party_on="2015年6月30日", category="预备党员",
         group_name="第二党小组"),
    _row(name="王五", birth_date="1975.3.2", gender="男"),
]


def _write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(rows)
    return path


def _write_xlsx(path: Path, rows: list[list[object]], headers: list[str] | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(headers or HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.mark.parametrize("kind", ["xlsx", "csv-utf8", "csv-gbk"])
def test_import_good_file(branch_services, tmp_path, kind):
    if kind == "xlsx":
        path = _write_xlsx(tmp_path / "名册.xlsx", GOOD_ROWS)
    else:
        path = _write_csv(tmp_path / "名册.csv", GOOD_ROWS, "utf-8-sig" if kind == "csv-utf8" else "gbk")
    preview = branch_services.roster.preview_import(path)
    assert preview.ok, preview.error_report()
    assert _counts(branch_services)["member"] == 0  # a preview writes nothing
    assert branch_services.roster.commit_import(preview) == 3
    members = {m.name: m for m in branch_services.roster.members()}
    assert set(members) == {"张三", "李梅", "王五"}
    zs = members["张三"]
    assert zs.birth_date == dt.date(1980, 1, 1) and zs.gender == "男"  # filled from the 身份证号
    assert zs.full_member_on == dt.date(2006, 7, 1) and zs.group_name == "第一党小组"
    assert members["李梅"].category is MemberCategory.PROBATIONARY
    assert members["李梅"].joined_party_on == dt.date(2015, 6, 30)
    assert members["王五"].birth_date == dt.date(1975, 3, 2)


def _bad_rows(existing_name: str, existing_id: str) -> list[list[str]]:
    return [
        _row(name="好人甲", birth_date="1980-01-02"),  # row 2: fine
        _row(name="日期错", joined_party_on="2020-13-45"),  # row 3
        _row(name="证号错", id_number="110105198001011230"),  # row 4
        _row(name="小组错", group_name="第九党小组"),  # row 5
        _row(name="重复甲", id_number=OTHER_ID),  # row 6
        _row(name="重复乙", id_number=OTHER_ID),  # row 7: same 身份证号 as row 6
        _row(name=existing_name, id_number=existing_id),  # row 8: already on the roster
        _row(name="好人甲", birth_date="1980-01-02"),  # row 9: same person as row 2
    ]


@pytest.mark.parametrize("kind", ["xlsx", "csv-utf8", "csv-gbk"])
def test_import_bad_file_names_every_row_and_writes_nothing(branch_services, tmp_path, kind):
    existing = branch_services.roster.save_member(Member(name="老党员", id_number=VALID_ID))
    rows = _bad_rows(existing.name, VALID_ID)
    if kind == "xlsx":
        path = _write_xlsx(tmp_path / "bad.xlsx", rows)
    else:
        path = _write_csv(tmp_path / "bad.csv", rows, "utf-8-sig" if kind == "csv-utf8" else "gbk")
    before = _counts(branch_services)
    preview = branch_services.roster.preview_import(path)
    assert not preview.ok
    errors = {r.row_number: "；".join(r.errors) for r in preview.error_rows}
    assert set(errors) == {3, 4, 5, 7, 9}
    # row 8 is the member already on the roster (same 身份证号): recognised, not refused, not duplicated
    row8 = next(r for r in preview.rows if r.row_number == 8)
    assert row8.target_uuid == existing.uuid and row8.action is Action.CHANGED
    assert row8.changes == ["出生日期", "性别"]  # known from the 身份证号 now, the row has no other news
    assert "入党日期" in errors[3] and "无法识别" in errors[3]
    assert "校验位" in errors[4]
    assert "第九党小组" in errors[5] and "不存在" in errors[5]
    assert "与第6行重复" in errors[7]
    assert "第2行是同一人" in errors[9]
    report = preview.error_report()
    assert "第3行（日期错）" in report and "第9行" in report
    with pytest.raises(ValidationError):
        branch_services.roster.commit_import(preview)
    assert _counts(branch_services) == before


def test_import_reports_all_problems_of_one_row(branch_services, tmp_path):
    path = _write_csv(tmp_path / "r.csv", [_row(name="", birth_date="昨天", id_number="123")])
    row = branch_services.roster.preview_import(path).rows[0]
    text = "；".join(row.errors)
    assert "出生日期" in text and "18位" in text and "姓名不能为空" in text


def test_import_file_level_errors(branch_services, tmp_path):
    r = branch_services.roster
    with pytest.raises(ImportFileError, match="找不到文件"):
        r.preview_import(tmp_path / "none.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match=".xls"):
        r.preview_import(tmp_path / "old.xls")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ImportFileError, match="不是有效"):
        r.preview_import(tmp_path / "broken.xlsx")
    with pytest.raises(ImportFileError, match="姓名"):
        r.preview_import(_write_xlsx(tmp_path / "noheader.xlsx", [["张三"]], headers=["名字"]))
    with pytest.raises(ImportFileError, match="没有党员数据"):
        r.preview_import(_write_csv(tmp_path / "empty.csv", []))


def test_import_id_number_stored_as_excel_number_is_explained(branch_services, tmp_path):
    row: list[object] = list(_row(name="张三"))
    row[HEADERS.index("身份证号")] = float(VALID_ID[:17] + "0")  # Excel turned it into 1.10105198001011E+17
    preview = branch_services.roster.preview_import(_write_xlsx(tmp_path / "n.xlsx", [row]))
    assert any("文本" in e for e in preview.rows[0].errors)


def test_import_accepts_common_header_aliases_and_reports_unknown(branch_services, tmp_path):
    path = _write_xlsx(tmp_path / "a.xlsx", [["张三", "13800001111", "第一 党小组", "x"]],
                       headers=["姓名", "手机", "所在党小组", "爱好"])
    preview = branch_services.roster.preview_import(path)
    assert preview.ok, preview.error_report()
    assert preview.unknown_headers == ["爱好"]
    assert preview.rows[0].member.phone == "13800001111"
    assert preview.rows[0].member.group_name == "第一党小组"


def test_commit_rechecks_duplicates_added_after_preview(branch_services, tmp_path):
    preview = branch_services.roster.preview_import(_write_csv(tmp_path / "g.csv", GOOD_ROWS))
    branch_services.roster.save_member(Member(name="张三", id_number=VALID_ID))
    with pytest.raises(ValidationError):
        branch_services.roster.commit_import(preview)
    assert branch_services.roster.count() == 1


# -- export / template round trip --------------------------------------------------------------------------------

_COMPARED = [attr for _, attr in COLUMNS]


def _comparable(members: list[Member]) -> list[dict]:
    return sorted(({k: v for k, v in asdict(m).items() if k in _COMPARED} for m in members),
                  key=lambda d: d["name"])


def test_export_then_import_into_fresh_store_gives_same_members(demo_services, tmp_path):
    out = tmp_path / "名册.xlsx"
    n = demo_services.roster.export_xlsx(out)
    original = demo_services.roster.members(MemberFilter(include_inactive=True))
    group_names = tuple(g.name for g in demo_services.branch.groups())
    assert n == len(original) == 30
    demo_services.close()  # one open store per process: the storage layer binds one database
    with Services.open(tmp_path / "fresh") as fresh:
        _with_branch(fresh, group_names)
        preview = fresh.roster.preview_import(out)
        assert preview.ok, preview.error_report()
        assert not preview.unknown_headers
        fresh.roster.commit_import(preview)
        again = fresh.roster.members(MemberFilter(include_inactive=True))
    assert _comparable(again) == _comparable(original)
    assert any(m.status is MemberStatus.TRANSFERRED_OUT for m in again)


def test_template_filled_in_imports(branch_services, tmp_path):
    from openpyxl import load_workbook

    template = tmp_path / "模板.xlsx"
    branch_services.roster.write_template(template)
    with pytest.raises(ImportFileError):  # the empty template has no members yet
        branch_services.roster.preview_import(template)
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == HEADERS
    assert "填写说明" in wb.sheetnames
    for r in GOOD_ROWS:
        ws.append(r)
    wb.save(template)
    assert branch_services.roster.import_file(template) == 3
