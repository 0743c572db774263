"""党员承诺 without Qt: the 亮诺 → 践诺 → 评诺 cycle, review, 一带二, copy from last year, xlsx import, reminders."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.pledges import FinalStatus, MentorPair, PairOutcome, PledgeItem, ReviewStatus
from dangjian_desktop.domain.reminders import Urgency
from dangjian_desktop.domain.roster import Branch, Member

YEAR = 2026
LONG = "全年完成分管设备的定期巡检和缺陷消除，设备完好率保持在98%以上"


@pytest.fixture
def branch(services):
    services.branch.save_profile(Branch(name="测试党支部"))
    for name in ("王建国", "李秀英", "张明", "刘芳"):
        services.roster.save_member(Member(name=name, gender="男", joined_party_on=dt.date(2010, 7, 1)))
    return services


def _uuid(services, name):
    return next(m.uuid for m in services.roster.members() if m.name == name)


def test_whole_cycle_pledge_review_progress_evaluate(branch, tmp_path):
    s = branch.pledges
    c = s.create_campaign(YEAR)
    assert c.title == "2026年度党员承诺"
    wang = _uuid(branch, "王建国")
    it1 = s.save_item(c.uuid, wang, PledgeItem(content=LONG, category="岗位履职", measures="每周巡检2次",
                                               deadline=dt.date(YEAR, 12, 31)))
    it2 = s.save_item(c.uuid, wang, PledgeItem(content="全年撰写学习心得不少于4篇", category="学习提升"))
    assert s.sheet(c.uuid, wang).stage == "草稿"
    s.submit(c.uuid, wang)
    assert {i.status for i in s.sheet(c.uuid, wang).items} == {ReviewStatus.SUBMITTED}

    # the branch sends the second back as vague; rewriting it resubmits it
    s.return_item(it2.uuid, "内容笼统，请写明具体篇数和时间")
    assert s.sheet(c.uuid, wang).stage == "退回修改"
    with pytest.raises(ValidationError):
        s.return_item(it1.uuid, "  ")
    fixed = s.item(it2.uuid)
    fixed.content = "每季度撰写学习心得1篇，全年不少于4篇，在党小组会上交流一次"
    assert s.save_item(c.uuid, wang, fixed).status is ReviewStatus.SUBMITTED
    assert s.approve([it1.uuid, it2.uuid], on=dt.date(YEAR, 2, 20)) == 2
    sheet = s.sheet(c.uuid, wang)
    assert sheet.stage == "已亮诺"
    assert all(i.pledged_on == dt.date(YEAR, 2, 20) for i in sheet.items)

    # 践诺 with an evidence file
    evidence = tmp_path / "巡检记录.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    e = s.add_progress(it1.uuid, dt.date(YEAR, 3, 10), "完成一季度巡检", [evidence], today=dt.date(YEAR, 3, 11))
    assert e.attachments[0].name == "巡检记录.pdf"
    assert s.attachment_path(e.attachments[0]).read_bytes() == b"%PDF-1.4 evidence"
    with pytest.raises(ValidationError):
        s.add_progress(it1.uuid, dt.date(YEAR, 5, 1), "未来的记录", today=dt.date(YEAR, 3, 11))
    fake = tmp_path / "现场照片.jpg"
    fake.write_bytes(b"PK\x03\x04 a docx renamed")
    with pytest.raises(ValidationError, match="不是图片"):
        s.add_progress(it1.uuid, dt.date(YEAR, 3, 10), "带了假照片", [fake], today=dt.date(YEAR, 3, 11))
    assert s.sheet(c.uuid, wang).progress_count == 1

    # 评诺: grade needs every item's outcome; a partly kept pledge needs its reason
    with pytest.raises(ValidationError, match="完成情况"):
        s.evaluate(c.uuid, wang, grade="优秀")
    with pytest.raises(ValidationError, match="原因"):
        s.evaluate(c.uuid, wang, grade="良好", outcomes={it1.uuid: (FinalStatus.DONE, ""),
                                                       it2.uuid: (FinalStatus.PARTLY, "")})
    with pytest.raises(ValidationError, match="等次"):
        s.evaluate(c.uuid, wang, grade="特等", outcomes={it1.uuid: (FinalStatus.DONE, "")})
    done = s.evaluate(c.uuid, wang, self_assessment="基本完成", group_comment="同意", grade="良好",
                      on=dt.date(YEAR, 12, 20),
                      outcomes={it1.uuid: (FinalStatus.DONE, ""), it2.uuid: (FinalStatus.PARTLY, "心得只写了3篇")})
    assert done.is_evaluated and done.stage == "已评诺"
    assert done.evaluated_on == dt.date(YEAR, 12, 20)
    assert [i.final_status for i in done.items] == [FinalStatus.DONE, FinalStatus.PARTLY]
    summary = s.summary(c.uuid)
    assert summary.members_pledged == 1 and summary.evaluated == 1
    assert summary.by_final_status["已兑现"] == 1 and summary.by_final_status["部分兑现"] == 1
    assert summary.by_grade["良好"] == 1


def test_progress_needs_an_approved_pledge(branch):
    s = branch.pledges
    c = s.create_campaign(YEAR)
    it = s.save_item(c.uuid, _uuid(branch, "张明"), PledgeItem(content=LONG, category="岗位履职"))
    with pytest.raises(ValidationError, match="尚未通过"):
        s.add_progress(it.uuid, dt.date(YEAR, 3, 1), "进展", today=dt.date(YEAR, 4, 1))


def test_item_validation_and_editable_vocabularies(branch):
    s = branch.pledges
    c = s.create_campaign(YEAR)
    zhang = _uuid(branch, "张明")
    with pytest.raises(ValidationError, match="太简短"):
        s.save_item(c.uuid, zhang, PledgeItem(content="好好干", category="其他"))
    with pytest.raises(ValidationError, match="不在类别列表"):
        s.save_item(c.uuid, zhang, PledgeItem(content=LONG, category="乡村振兴"))
    with pytest.raises(ValidationError, match="年度内"):
        s.save_item(c.uuid, zhang, PledgeItem(content=LONG, category="其他", deadline=dt.date(2020, 1, 1)))
    s.save_categories([*s.categories(), "乡村振兴"])
    assert s.save_item(c.uuid, zhang, PledgeItem(content=LONG, category="乡村振兴")).category == "乡村振兴"
    assert s.grades() == ["优秀", "良好", "一般", "差"]
    s.save_grades(["优秀", "合格", "基本合格", "不合格"])
    assert s.grades()[1] == "合格"
    with pytest.raises(ValidationError):
        s.save_grades(["优秀", "优秀"])
    with pytest.raises(ValidationError):
        s.create_campaign(YEAR)  # the year's default campaign exists already
    named = s.create_campaign(YEAR, "安全生产专项承诺")
    assert s.campaign_for_year(YEAR).uuid == c.uuid and named.uuid != c.uuid


def test_members_without_pledges_are_listed(branch):
    s = branch.pledges
    c = s.create_campaign(YEAR)
    s.save_item(c.uuid, _uuid(branch, "王建国"), PledgeItem(content=LONG, category="岗位履职"))
    missing = [m.name for m in s.members_without_pledges(c.uuid)]
    assert sorted(missing) == sorted(["李秀英", "张明", "刘芳"])
    rows = {r.member.name: r.stage for r in s.overview(c.uuid)}
    assert rows["王建国"] == "草稿" and rows["刘芳"] == "未承诺"


def test_copy_last_years_pledges_as_drafts(branch):
    s = branch.pledges
    last = s.create_campaign(YEAR - 1)
    wang, li = _uuid(branch, "王建国"), _uuid(branch, "李秀英")
    a = s.save_item(last.uuid, wang, PledgeItem(content=LONG, category="岗位履职", measures="每周巡检",
                                                deadline=dt.date(YEAR - 1, 6, 30)))
    s.approve([a.uuid], on=dt.date(YEAR - 1, 2, 1))
    s.save_item(last.uuid, li, PledgeItem(content="全年参加志愿服务不少于4次", category="服务群众"))
    cur = s.create_campaign(YEAR)
    s.save_item(cur.uuid, li, PledgeItem(content="今年已有的承诺内容，不应被覆盖", category="其他"))
    assert s.copy_from_last_year(YEAR) == 1  # 李秀英 already pledged this year
    copied = s.sheet(cur.uuid, wang).items
    assert len(copied) == 1
    assert copied[0].content == LONG and copied[0].measures == "每周巡检"
    assert copied[0].status is ReviewStatus.DRAFT and copied[0].pledged_on is None
    assert copied[0].deadline == dt.date(YEAR, 6, 30)
    assert len(s.sheet(cur.uuid, li).items) == 1
    assert s.copy_from_last_year(YEAR) == 0  # nothing twice
    with pytest.raises(ValidationError, match="2024"):
        s.copy_from_last_year(YEAR - 1)


def test_mentor_pairs(branch):
    s = branch.pledges
    c = s.create_campaign(YEAR)
    wang = _uuid(branch, "王建国")
    with pytest.raises(ValidationError, match="被帮带人"):
        s.save_pair(MentorPair(campaign_uuid=c.uuid, mentor_uuid=wang, mentees=[]))
    with pytest.raises(ValidationError, match="帮带成效"):
        s.save_pair(MentorPair(campaign_uuid=c.uuid, mentor_uuid=wang, mentees=["赵小川"], outcome=PairOutcome.MET))
    p = s.save_pair(MentorPair(campaign_uuid=c.uuid, mentor_uuid=wang, mentees=["赵小川", " 钱一帆 "],
                               goal="取得高压电工证"))
    assert p.mentor_name == "王建国" and p.mentees == ["赵小川", "钱一帆"]
    p.result, p.outcome = "两人均已取证", PairOutcome.MET
    s.save_pair(p)
    assert s.pairs(c.uuid)[0].outcome is PairOutcome.MET
    assert s.summary(c.uuid).pairs_met == 1
    s.delete_pair(p.uuid)
    assert s.pairs(c.uuid) == []


def _write_xlsx(path, rows):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "承诺类别", "承诺内容", "主要措施", "完成时限", "亮诺日期"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_xlsx_import_reports_every_bad_row_and_saves_nothing(branch, tmp_path):
    s = branch.pledges
    bad = _write_xlsx(tmp_path / "bad.xlsx", [
        ["王建国", "岗位履职", LONG, "每周巡检", "2026-12-31", None],
        ["查无此人", "岗位履职", LONG, "", None, None],
        ["李秀英", "乡村振兴", LONG, "", None, None],
        ["张明", "学习提升", "好好学", "", None, None],
        ["刘芳", "其他", LONG, "", "明年某天", None],
    ])
    preview = s.preview_import(bad, YEAR)
    report = preview.error_report()
    assert not preview.ok
    assert "第3行（查无此人）" in report and "名册中没有" in report
    assert "第4行（李秀英）" in report and "不在类别列表" in report
    assert "第5行（张明）" in report and "太简短" in report
    assert "第6行（刘芳）" in report and "完成时限" in report
    assert "第2行" not in report
    with pytest.raises(ValidationError, match="没有保存"):
        s.import_xlsx(bad, YEAR)
    assert s.campaigns() == []

    good = _write_xlsx(tmp_path / "good.xlsx", [
        ["王建国", "岗位履职", LONG, "每周巡检", dt.datetime(YEAR, 12, 31), dt.datetime(YEAR, 2, 20)],
        ["王建国", "学习提升", "全年撰写学习心得不少于4篇", "", None, None],
        ["李秀英", "服务群众", "全年参加志愿服务不少于4次", "", "2026/9/30", None],
    ])
    assert s.import_xlsx(good, YEAR) == 3
    c = s.campaign_for_year(YEAR)
    wang = s.sheet(c.uuid, _uuid(branch, "王建国"))
    assert [i.status for i in wang.items] == [ReviewStatus.APPROVED, ReviewStatus.SUBMITTED]
    assert wang.items[0].pledged_on == dt.date(YEAR, 2, 20)
    assert s.sheet(c.uuid, _uuid(branch, "李秀英")).items[0].deadline == dt.date(YEAR, 9, 30)


def test_import_template_round_trips(branch, tmp_path):
    s = branch.pledges
    tpl = s.write_import_template(tmp_path / "模板.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(tpl)
    assert [c.value for c in wb.worksheets[0][1]] == ["姓名", "承诺类别", "承诺内容", "主要措施", "完成时限", "亮诺日期"]
    assert "填写说明" in wb.sheetnames
    # the example row names a person not on this roster: the preview says so, row by row
    preview = s.preview_import(tpl, YEAR)
    assert "名册中没有在册党员“张三”" in preview.error_report()


def test_import_rejects_non_xlsx(branch, tmp_path):
    fake = tmp_path / "承诺.xlsx"
    fake.write_text("not a spreadsheet", encoding="utf-8")
    with pytest.raises(Exception, match="不是有效的"):
        branch.pledges.preview_import(fake, YEAR)


def test_reminder_for_unevaluated_pledges_near_year_end(branch):
    from dangjian_desktop.services.reminders import all_reminders

    s = branch.pledges
    c = s.create_campaign(YEAR)
    it = s.save_item(c.uuid, _uuid(branch, "王建国"), PledgeItem(content=LONG, category="岗位履职"))
    s.approve([it.uuid], on=dt.date(YEAR, 2, 1))
    assert not [r for r in all_reminders(branch, dt.date(YEAR, 6, 1)) if r.kind == "pledges_not_evaluated"]
    soon = [r for r in all_reminders(branch, dt.date(YEAR, 12, 5)) if r.kind == "pledges_not_evaluated"]
    assert len(soon) == 1 and soon[0].urgency is Urgency.SOON and "1名党员" in soon[0].title
    late = [r for r in all_reminders(branch, dt.date(YEAR + 1, 1, 15)) if r.kind == "pledges_not_evaluated"]
    assert late[0].urgency is Urgency.OVERDUE
    s.evaluate(c.uuid, _uuid(branch, "王建国"), grade="优秀", outcomes={it.uuid: (FinalStatus.DONE, "")})
    assert not [r for r in all_reminders(branch, dt.date(YEAR, 12, 5)) if r.kind == "pledges_not_evaluated"]


def test_demo_has_a_year_of_pledges(demo_services):
    s = demo_services.pledges
    c = s.campaigns()[0]
    sheets = s.sheets(c.uuid)
    assert all(2 <= len(sh.items) <= 4 for sh in sheets)
    assert len({i.category for sh in sheets for i in sh.items}) == 6
    assert any(len(i.content) > 60 for sh in sheets for i in sh.items)
    assert sum(sh.progress_count for sh in sheets) > 10
    assert 0 < sum(1 for sh in sheets if sh.is_evaluated) < len(sheets)
    assert any(i.status is ReviewStatus.RETURNED for sh in sheets for i in sh.items)
    assert len(s.members_without_pledges(c.uuid)) == 2
    assert len(s.pairs(c.uuid)) == 2
    assert s.campaign_for_year(c.year - 1) is not None


def test_export_xlsx_round_trips_through_import(branch, tmp_path):
    s = branch.pledges
    c = s.create_campaign(YEAR)
    wang = _uuid(branch, "王建国")
    it = s.save_item(c.uuid, wang, PledgeItem(content=LONG, category="岗位履职", deadline=dt.date(YEAR, 9, 30)))
    s.approve([it.uuid], on=dt.date(YEAR, 2, 1))
    out = tmp_path / "承诺.xlsx"
    assert s.export_xlsx(c.uuid, out) == 1
    from openpyxl import load_workbook

    ws = load_workbook(out).worksheets[0]
    assert [cell.value for cell in ws[1]][:6] == ["姓名", "承诺类别", "承诺内容", "主要措施", "完成时限", "亮诺日期"]
    assert ws["A2"].value == "王建国" and ws["H2"].value == "已亮诺"
    preview = s.preview_import(out, YEAR + 1)  # next year: the dates are last year's, so each row says so
    assert "不在2027年度内" in preview.error_report()


def test_documents_on_the_reports_page(demo_services, tmp_path):
    from dangjian_desktop.services import documents
    from tests.conftest import pdf_text

    year = demo_services.pledges.campaigns()[0].year
    for key, words in (("pledges", "党员承诺公示表"), ("pledge-summary", "践诺评诺情况汇总"),
                       ("inspection", "五有十上墙")):
        out = documents.make(demo_services, key, tmp_path / f"{key}.pdf", year)
        assert words in pdf_text(out)


def test_glance_counts_match_the_summary(demo_services):
    """首页's grouped count gives what summary() counts from every sheet, also for the edge cases."""
    from dangjian_desktop.storage.models_pledges import PledgeItemRow, PledgeSheetRow
    from dangjian_desktop.storage.repos import pledges as pledge_repo

    p = demo_services.pledges

    def both(campaign_uuid):  # noqa: ANN001, ANN202
        s = p.summary(campaign_uuid)
        return p.glance_counts(campaign_uuid), (s.members_total, s.members_pledged, s.evaluated)

    campaigns = [c for c in p.campaigns() if c.uuid]
    assert campaigns
    for c in campaigns:
        got, expected = both(c.uuid)
        assert got == expected
    c = campaigns[0]
    sheets = pledge_repo.list_sheets(c.uuid)
    evaluated = next(s for s in sheets if s.is_evaluated and s.approved_items)
    with demo_services.store.atomic():
        # graded, but one approved item without its outcome: not evaluated
        PledgeItemRow.update(final_status="").where(PledgeItemRow.uuid == evaluated.approved_items[0].uuid).execute()
        # a sheet with a grade and no items at all: not pledged, evaluated (as PledgeSheet.is_evaluated says)
        other = next(s for s in sheets if s.uuid != evaluated.uuid)
        PledgeItemRow.delete().where(PledgeItemRow.uuid.in_([i.uuid for i in other.items])).execute()
        PledgeSheetRow.update(grade="优秀").where(PledgeSheetRow.uuid == other.uuid).execute()
    got, expected = both(c.uuid)
    assert got == expected
