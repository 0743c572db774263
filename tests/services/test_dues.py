"""党费 without Qt: standards, payments (monthly, in advance, 补交, 代交), a month for everyone, reductions, remittances,
the status contract, reminders (≥3 months, the 党章's six months with the attendance half), the bases import and
the Excel exports. Every figure below is worked out by hand from the bases (base × rate, half up to the fen).

YEAR is last year of the pinned date, so every month of it has ended whatever day the suite runs on; ``today`` is
passed explicitly where the answer depends on it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.dues import DuesCategory, DuesRules, PayWay, Reduction, Remittance, Tier
from dangjian_desktop.domain.dues_months import CONSTITUTION_ARTICLE_9, MonthState
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.meetings import AbsenceReason, MeetingType
from dangjian_desktop.domain.reminders import Urgency
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services.dues import PaymentEntry, StandardEntry
from dangjian_desktop.services.dues_import import BaseAction
from dangjian_desktop.services.spreadsheet import ImportFileError
from dangjian_desktop.storage.models import Tombstone

YEAR = clock.today().year - 1
AFTER = dt.date(YEAR + 1, 1, 10)  # every month of YEAR has ended
FIXTURES = Path(__file__).parents[1] / "fixtures" / "dues"
WANG_A, WANG_B = "130602199508200042", "110105198001011238"


@pytest.fixture
def branch(services):
    services.branch.save_profile(Branch(name="测试党支部", parent_committee="测试党委"))
    people = [
        Member(name="张建国", joined_party_on=dt.date(2000, 7, 1)),
        Member(name="李秀英", joined_party_on=dt.date(1995, 7, 1)),
        Member(name="王芳", id_number=WANG_A, joined_party_on=dt.date(2015, 7, 1)),
        Member(name="王芳", id_number=WANG_B, joined_party_on=dt.date(2005, 7, 1)),
        Member(name="陈磊", category=MemberCategory.PROBATIONARY, joined_party_on=dt.date(YEAR, 4, 20)),
        Member(name="赵强", joined_party_on=dt.date(2010, 7, 1)),
    ]
    for m in people:
        services.roster.save_member(m)
    return services


def uuid_of(s, name: str, id_number: str = "") -> str:
    return next(m.uuid for m in s.roster.members() if m.name == name and (not id_number or m.id_number == id_number))


def set_year(s, year: int = YEAR) -> None:
    s.dues.set_standards(year, [
        StandardEntry(uuid_of(s, "张建国"), DuesCategory.EMPLOYED, D("4500")),  # 1 % -> 45.00
        StandardEntry(uuid_of(s, "李秀英"), DuesCategory.RETIRED, D("5000.01")),  # 1 % -> 50.00
        StandardEntry(uuid_of(s, "王芳", WANG_A), DuesCategory.EMPLOYED, D("10000.01")),  # 2 % -> 200.00
        StandardEntry(uuid_of(s, "王芳", WANG_B), DuesCategory.EMPLOYED, D("2999")),  # 0.5 % -> 15.00 (14.995)
        StandardEntry(uuid_of(s, "陈磊"), DuesCategory.STUDENT),  # 0.20
        StandardEntry(uuid_of(s, "赵强"), DuesCategory.FARMER, farmer_monthly=D("0.5")),
    ], today=AFTER)


def test_standards_follow_the_rules_and_status_keeps_the_contract(branch):
    s = branch
    set_year(s)
    by_name = {(x.member_name, x.base_fen): x for x in s.dues.standards(YEAR)}
    assert [(x.monthly_fen, str(x.rate)) for x in (by_name[("张建国", 450000)], by_name[("李秀英", 500001)])] == [
        (4500, "0.01"), (5000, "0.01")]
    assert by_name[("王芳", 1000001)].monthly_fen == 20000 and by_name[("王芳", 299900)].monthly_fen == 1500
    zhang, li = uuid_of(s, "张建国"), uuid_of(s, "李秀英")
    # 张建国 each month on the 8th; 李秀英 half a year in advance, then nothing
    for month in range(1, 13):
        s.dues.record_payment(PaymentEntry(zhang, [(YEAR, month)], dt.date(YEAR, month, 8)), today=AFTER)
    s.dues.record_payment(PaymentEntry(li, [(YEAR, k) for k in range(1, 7)], dt.date(YEAR, 1, 5)), today=AFTER)
    status = {(r["name"], r["monthly"]): r for r in s.dues.status(YEAR, AFTER)}
    assert set(next(iter(status.values()))) == {"name", "monthly", "paid_months", "unpaid_months", "paid_total",
                                                "due_total"}
    assert status[("张建国", 45.0)] == {"name": "张建国", "monthly": 45.0, "paid_months": list(range(1, 13)),
                                      "unpaid_months": [], "paid_total": 540.0, "due_total": 540.0}
    assert status[("李秀英", 50.0)] == {"name": "李秀英", "monthly": 50.0, "paid_months": [1, 2, 3, 4, 5, 6],
                                      "unpaid_months": [7, 8, 9, 10, 11, 12], "paid_total": 300.0,
                                      "due_total": 600.0}
    # 陈磊 was admitted on 20 April: April to December, 9 × 0.20
    assert status[("陈磊", 0.2)]["unpaid_months"] == list(range(4, 13)) and status[("陈磊", 0.2)]["due_total"] == 1.8
    assert status[("赵强", 0.5)]["due_total"] == 6.0
    grid = s.dues.grid(YEAR, AFTER)
    assert grid.month_paid[0] == 4500 + 5000 and grid.month_paid[11] == 4500
    assert grid.paid_fen == 54000 + 30000
    li_line = next(x for x in grid.lines if x.name == "李秀英")
    assert li_line.arrears_months == [7, 8, 9, 10, 11, 12]


def test_status_of_the_running_year_counts_months_up_to_this_one(branch):
    s = branch
    set_year(s, YEAR + 1)
    today = dt.date(YEAR + 1, 3, 15)
    zhang = uuid_of(s, "张建国")
    s.dues.record_payment(PaymentEntry(zhang, [(YEAR + 1, 1)], dt.date(YEAR + 1, 1, 9)), today=today)
    row = next(r for r in s.dues.status(YEAR + 1, today) if r["name"] == "张建国")
    assert row["paid_months"] == [1] and row["unpaid_months"] == [2, 3] and row["due_total"] == 135.0
    line = next(x for x in s.dues.grid(YEAR + 1, today).lines if x.name == "张建国")
    assert [c.state for c in line.cells[:4]] == [MonthState.PAID, MonthState.ARREARS, MonthState.DUE,
                                                 MonthState.DUE]


def test_a_payment_is_checked_numbered_and_flagged(branch):
    s = branch
    set_year(s)
    zhang = uuid_of(s, "张建国")
    first = s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 1), (YEAR, 2), (YEAR, 3)], dt.date(YEAR, 1, 6),
                                               way=PayWay.ONLINE), today=AFTER)
    assert first.amount_fen == 13500 and first.receipt_no == f"{YEAR}-0001" and not first.late  # a quarter ahead
    assert first.month_fen == {(YEAR, 1): 4500, (YEAR, 2): 4500, (YEAR, 3): 4500}
    late = s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 4), (YEAR, 5)], dt.date(YEAR, 6, 2)), today=AFTER)
    assert late.late and late.receipt_no == f"{YEAR}-0002" and late.months_text == f"{YEAR}年4–5月"
    # more than due is 自愿多交, booked on the last month
    more = s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 6)], dt.date(YEAR, 6, 5), amount=D("100")),
                                 today=AFTER)
    assert more.month_fen == {(YEAR, 6): 10000}
    with pytest.raises(ValidationError, match=rf"{YEAR}年2月的党费已经登记过（{YEAR}-01-06交纳，收据{YEAR}-0001）"):
        s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 2)], dt.date(YEAR, 2, 5)), today=AFTER)
    with pytest.raises(ValidationError, match="少于所交月份应交的45.00元"):
        s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 7)], dt.date(YEAR, 7, 5), amount=D("40")), today=AFTER)
    with pytest.raises(ValidationError, match="征得党员本人同意"):
        s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 7)], dt.date(YEAR, 7, 5), handed_by="赵强"), today=AFTER)
    with pytest.raises(ValidationError, match="两位小数"):
        s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 7)], dt.date(YEAR, 7, 5), amount="45.001"),  # type: ignore[arg-type]
                              today=AFTER)
    proxy = s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 7)], dt.date(YEAR, 7, 5), handed_by="赵强",
                                               consent=True), today=AFTER)
    assert proxy.handed_text == "代交（赵强）"
    same = s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 8)], dt.date(YEAR, 8, 5), handed_by="张建国"),
                                 today=AFTER)
    assert same.handed_by == "" and same.handed_text == "本人"  # handing in one's own dues is 本人
    with pytest.raises(ValidationError, match="不在本支部交纳"):  # 陈磊 was admitted in April
        s.dues.record_payment(PaymentEntry(uuid_of(s, "陈磊"), [(YEAR, 3)], dt.date(YEAR, 5, 5)), today=AFTER)
    assert len(s.dues.payments(YEAR)) == 5


def test_corrections_are_kept_in_the_history_and_deletions_travel(branch):
    s = branch
    set_year(s)
    zhang = uuid_of(s, "张建国")
    p = s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 1)], dt.date(YEAR, 1, 6)), today=AFTER)
    fixed = s.dues.update_payment(p.uuid, PaymentEntry(zhang, [(YEAR, 1), (YEAR, 2)], dt.date(YEAR, 1, 6)),
                                  today=AFTER)
    assert fixed.uuid == p.uuid and fixed.amount_fen == 9000 and fixed.receipt_no == p.receipt_no
    [entry] = s.audit.history(p.uuid)
    assert entry.changes["amount_fen"] == [4500, 9000] and entry.changes["months"][1] == f"{YEAR}年1–2月"
    month_uuids = {m for m in _month_uuids(fixed.uuid)}
    s.dues.delete_payment(p.uuid, "重复登记")
    gone = {t.uuid for t in Tombstone.select()}
    assert p.uuid in gone and month_uuids <= gone
    assert s.dues.payments(YEAR) == []
    assert "重复登记" in s.audit.history(p.uuid)[-1].summary


def _month_uuids(payment_uuid: str) -> set[str]:
    from dangjian_desktop.storage.models_dues import DuesPaymentMonthRow, DuesPaymentRow

    pid = DuesPaymentRow.get(DuesPaymentRow.uuid == payment_uuid).id
    return {r.uuid for r in DuesPaymentMonthRow.select().where(DuesPaymentMonthRow.payment == pid)}


def test_a_month_for_everyone_in_one_go(branch):
    s = branch
    set_year(s)
    sheet = s.dues.month_sheet(YEAR, 3, AFTER)
    payable = [ln for ln in sheet if ln.payable]
    assert {ln.member.name for ln in payable} == {"张建国", "李秀英", "王芳", "赵强"}  # 陈磊 not yet admitted
    assert len(payable) == 5 and sum(ln.due_fen for ln in payable) == 4500 + 5000 + 20000 + 1500 + 50
    done = s.dues.record_month(YEAR, 3, [ln.member.uuid for ln in payable], dt.date(YEAR, 3, 10), PayWay.CASH,
                               today=AFTER)
    assert [p.receipt_no for p in done] == [f"{YEAR}-{i:04d}" for i in range(1, 6)]
    assert not any(ln.payable for ln in s.dues.month_sheet(YEAR, 3, AFTER))
    # one member refused: nothing of the batch is written
    with pytest.raises(ValidationError, match="张建国"):
        s.dues.record_month(YEAR, 4, [uuid_of(s, "赵强"), uuid_of(s, "张建国"), uuid_of(s, "张建国")],
                            dt.date(YEAR, 4, 10), amounts={uuid_of(s, "张建国"): D("1")}, today=AFTER)
    assert len(s.dues.payments(YEAR)) == 5


def test_a_reduction_needs_the_approval_and_then_lowers_what_is_due(branch):
    s = branch
    set_year(s)
    zhang = uuid_of(s, "张建国")
    with pytest.raises(ValidationError, match="上级党委批准"):
        s.dues.set_reduction(zhang, YEAR, Reduction.REDUCED, reduced=D("10"), committee_on=dt.date(YEAR, 1, 3),
                             today=AFTER)
    s.dues.set_reduction(zhang, YEAR, Reduction.REDUCED, reduced=D("10"), committee_on=dt.date(YEAR, 1, 3),
                         approved_on=dt.date(YEAR, 1, 15), approval_ref="测试党委〔2〕号", today=AFTER)
    s.dues.set_reduction(zhang, YEAR, Reduction.EXEMPT, committee_on=dt.date(YEAR, 6, 3),
                         approved_on=dt.date(YEAR, 6, 20), approval_ref="测试党委〔9〕号", from_month=7, today=AFTER)
    line = next(x for x in s.dues.grid(YEAR, AFTER).lines if x.name == "张建国")
    assert line.due_fen == 6 * 1000 and [c.state for c in line.cells[6:]] == [MonthState.EXEMPT] * 6
    with pytest.raises(ValidationError, match="免交"):
        s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 8)], dt.date(YEAR, 8, 3)), today=AFTER)
    # correcting the base keeps the approved reduction
    s.dues.set_standards(YEAR, [StandardEntry(zhang, DuesCategory.EMPLOYED, D("4600"))], today=AFTER)
    jan = next(x for x in s.dues.standards(YEAR) if x.member_name == "张建国" and x.from_month == 1)
    assert jan.monthly_fen == 4600 and jan.reduction is Reduction.REDUCED and jan.due_fen == 1000
    assert any(e.action == "reduction" for e in s.audit.history(jan.uuid))


def test_last_years_bases_carry_over_by_the_rules_in_force(branch):
    s = branch
    set_year(s, YEAR - 1)
    stricter = DuesRules(employed=(Tier(D("3000"), D("0.005")), Tier(None, D("0.02"))))
    s.dues.save_rules(stricter)
    assert s.dues.copy_last_year(YEAR, today=AFTER) == 6
    new = {(x.member_name, x.monthly_fen) for x in s.dues.standards(YEAR)}
    assert ("张建国", 9000) in new and ("赵强", 50) in new  # 4500 at 2 %; the farmer's 0.50 kept
    with pytest.raises(ValidationError, match="没有可沿用"):
        s.dues.copy_last_year(YEAR, today=AFTER)


def test_rules_are_saved_refused_and_reset(branch):
    s = branch
    with pytest.raises(ValidationError, match="从小到大"):
        s.dues.save_rules(DuesRules(employed=(Tier(D("5000"), D("0.01")), Tier(D("3000"), D("0.01")),
                                              Tier(None, D("0.02")))))
    s.dues.save_rules(DuesRules(fixed_monthly=D("0.30")))
    assert s.dues.calc("100").monthly == D("0.50") and s.dues.rules().fixed_monthly == D("0.30")
    assert s.dues.reset_rules() == DuesRules()
    with pytest.raises(ValidationError, match="不是数字"):
        s.dues.calc("四千")


def test_remittances(branch):
    s = branch
    set_year(s)
    r = s.dues.record_remittance(Remittance(dt.date(YEAR, 4, 10), YEAR, 1, 3, 12345, "DF-1"), today=AFTER)
    assert s.dues.remittances(YEAR) == [r] and s.dues.grid(YEAR, AFTER).remitted_fen == 12345
    with pytest.raises(ValidationError, match="月份"):
        s.dues.record_remittance(Remittance(dt.date(YEAR, 4, 10), YEAR, 3, 1, 100), today=AFTER)
    with pytest.raises(ValidationError, match="晚于今天"):
        s.dues.record_remittance(Remittance(AFTER + dt.timedelta(days=1), YEAR, 1, 1, 100), today=AFTER)
    s.dues.delete_remittance(r.uuid)
    assert s.dues.remittances(YEAR) == []


# -- 首页 -----------------------------------------------------------------------------------------------------------


def _reminders(s, today):
    from dangjian_desktop.services.dues_ledger import reminders

    return reminders(s, today)


def test_january_reminds_to_set_the_years_standards(branch):
    s = branch
    jan = _reminders(s, dt.date(YEAR, 1, 12))
    [r] = [x for x in jan if x.kind == "dues_standards"]
    assert r.title == f"请核定{YEAR}年度党费交纳标准" and r.urgency is Urgency.SOON and r.page == "dues"
    # a branch that keeps no dues in the program is reminded in January only, not all year round
    assert not [x for x in _reminders(s, dt.date(YEAR, 6, 12)) if x.kind.startswith("dues")]
    set_year(s)
    s.roster.save_member(Member(name="新来的", joined_party_on=dt.date(2010, 1, 1), joined_branch_on=dt.date(YEAR, 5, 1)))
    [r] = [x for x in _reminders(s, dt.date(YEAR, 6, 12)) if x.kind == "dues_standards"]
    assert r.title == f"1名党员尚未核定{YEAR}年度党费标准" and "新来的" in r.detail and r.urgency is Urgency.INFO


def test_arrears_of_three_months_and_the_six_month_rule_with_both_halves(branch):
    s = branch
    set_year(s)
    everyone = [m.uuid for m in s.roster.members()]
    for month in (1, 2, 3):
        s.dues.record_month(YEAR, month, [u for u in everyone if u != uuid_of(s, "陈磊")], dt.date(YEAR, month, 9),
                            today=AFTER)
    zhang = uuid_of(s, "张建国")
    # by 10 July: April, May, June unpaid for everyone but 张建国, who paid April to June
    s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 4), (YEAR, 5), (YEAR, 6)], dt.date(YEAR, 4, 9)),
                          today=AFTER)
    july = _reminders(s, dt.date(YEAR, 7, 10))
    arrears = {r.title for r in july if r.kind == "dues_arrears"}
    assert "李秀英已连续3个月未交纳党费" in arrears and not any("张建国" in t for t in arrears)
    assert "陈磊已连续3个月未交纳党费" in arrears  # admitted in April: owes April to June
    li = next(r for r in july if r.title == "李秀英已连续3个月未交纳党费")
    assert li.urgency is Urgency.SOON and li.due == dt.date(YEAR, 9, 30)  # April + 5 = September
    assert f"{YEAR}年4–6月（共3个月，应交150.00元）" in li.detail
    # a meeting in February that 李秀英 missed: by October her organisational life is late too
    m = s.meetings.new_meeting([MeetingType.ASSEMBLY], dt.date(YEAR, 2, 20), None, None)
    m.host, m.recorder = "张建国", "赵强"
    for a in m.attendees:
        if a.name == "李秀英":
            a.present, a.reason = False, AbsenceReason.PERSONAL
    s.meetings.save(m)
    october = _reminders(s, dt.date(YEAR, 10, 2))
    li = next(r for r in october if r.record_uuid == uuid_of(s, "李秀英") and r.kind.startswith("dues"))
    assert li.kind == "dues_lapse" and li.title == "李秀英已连续6个月未交纳党费" and li.urgency is Urgency.OVERDUE
    assert CONSTITUTION_ARTICLE_9 in li.detail and "同时已" in li.detail and "未参加组织生活" in li.detail
    # the attendance half is still the meetings' own reminder
    from dangjian_desktop.services.reminders import all_reminders

    kinds = {(r.kind, r.record_uuid) for r in all_reminders(s, dt.date(YEAR, 10, 2))}
    assert ("member_inactive", uuid_of(s, "李秀英")) in kinds and ("dues_lapse", uuid_of(s, "李秀英")) in kinds


def test_a_run_of_last_year_is_still_reminded_while_this_years_standards_wait(branch):
    s = branch
    set_year(s)
    li, chen = uuid_of(s, "李秀英"), uuid_of(s, "陈磊")  # 陈磊 pays from April, when he was admitted
    everyone = [m.uuid for m in s.roster.members()]
    for month in range(1, 13):
        payers = [u for u in everyone if not (u == li and month > 8) and not (u == chen and month < 4)]
        s.dues.record_month(YEAR, month, payers, dt.date(YEAR, month, 9), today=AFTER)
    # 10 February: September–December unpaid (4 × 50.00), no standards for the new year yet
    february = _reminders(s, dt.date(YEAR + 1, 2, 10))
    [run] = [r for r in february if r.kind == "dues_arrears"]
    assert run.record_uuid == li and run.title == "李秀英已连续4个月未交纳党费"
    assert f"{YEAR + 1}年度党费标准尚未核定，{YEAR + 1}年1月起的月份暂未计入" in run.detail and run.due is None
    assert "应交200.00元" in run.detail
    assert any(r.kind == "dues_standards" for r in february)
    # the standards set (from January): January counts again, and by 10 March the run is six months long
    s.dues.set_standards(YEAR + 1, [StandardEntry(li, DuesCategory.RETIRED, D("5000.01"))], today=dt.date(YEAR + 1, 3, 1))
    [run] = [r for r in _reminders(s, dt.date(YEAR + 1, 3, 10)) if r.kind.startswith("dues_") and r.record_uuid == li]
    assert run.kind == "dues_lapse" and run.title == "李秀英已连续6个月未交纳党费"


def test_home_glance_counts_the_long_runs_of_unpaid_months(branch):
    """首页 概况: beside 六个月未参加预警, who has gone 3 months or more without paying, as of the day."""
    from dangjian_desktop.services import dues_ledger

    s = branch
    set_year(s)
    everyone = [m.uuid for m in s.roster.members()]
    li = uuid_of(s, "李秀英")
    for month in range(1, 10):
        payers = [u for u in everyone if u != uuid_of(s, "陈磊") and not (u == li and month >= 5)]
        s.dues.record_month(YEAR, month, payers, dt.date(YEAR, month, 9), today=AFTER)
    # 1 October: 李秀英 owes May–September (5 months), 陈磊 April–September (6: the 党章's six months)
    [stat] = [x for x in dues_ledger.glance(s, YEAR, dt.date(YEAR, 10, 1)).stats if x.label == "连续未交党费预警"]
    assert stat.value == "2人" and stat.warn
    assert "陈磊6个月" in stat.note and "李秀英5个月" in stat.note and stat.note.startswith("满6个月1人")
    # 1 June: 李秀英 owes only May (1 month), 陈磊 April–May (2): nobody yet
    assert not [x for x in dues_ledger.glance(s, YEAR, dt.date(YEAR, 6, 1)).stats if x.label == "连续未交党费预警"]
    # a past year's 概况 is about that year, not about today's runs
    assert not [x for x in dues_ledger.glance(s, YEAR - 1, dt.date(YEAR, 10, 1)).stats]


def test_a_member_who_left_is_not_chased(branch):
    s = branch
    set_year(s)
    zhao = uuid_of(s, "赵强")
    s.roster.change_status(zhao, MemberStatus.TRANSFERRED_OUT, dt.date(YEAR, 3, 15))
    runs = {r.name for r in s.dues.arrears(dt.date(YEAR, 8, 1))}
    assert "赵强" not in runs and "张建国" in runs
    line = next(x for x in s.dues.grid(YEAR, AFTER).lines if x.name == "赵强")
    assert line.arrears_months == [1, 2, 3] and line.cells[3].state is MonthState.NONE


# -- spreadsheets ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bases.xlsx", "bases.xls"])
def test_bases_from_a_finance_office_sheet(branch, name):
    s = branch
    pv = s.dues.preview_bases(FIXTURES / name, YEAR)
    assert pv.header_row == 3 and pv.skipped and not pv.refused
    got = {(r.name, r.category, r.calculation.monthly if r.calculation else None) for r in pv.rows}
    assert got == {("张建国", DuesCategory.EMPLOYED, D("45.00")), ("李秀英", DuesCategory.RETIRED, D("50.00")),
                   ("王芳", DuesCategory.EMPLOYED, D("200.00")), ("王芳", DuesCategory.EMPLOYED, D("15.00")),
                   ("陈磊", DuesCategory.STUDENT, D("0.20")), ("赵强", DuesCategory.FARMER, D("0.50"))}
    wang = {r.member_uuid: r.calculation.monthly for r in pv.rows if r.name == "王芳"}
    assert wang == {uuid_of(s, "王芳", WANG_A): D("200.00"), uuid_of(s, "王芳", WANG_B): D("15.00")}
    assert {r.action for r in pv.rows} == {BaseAction.NEW}
    assert s.dues.commit_bases(pv, YEAR) == 6
    again = s.dues.preview_bases(FIXTURES / name, YEAR)
    assert {r.action for r in again.rows} == {BaseAction.UNCHANGED}
    assert s.dues.commit_bases(again, YEAR) == 0


def test_bases_refused_row_by_row_with_cell_and_value(branch):
    s = branch
    pv = s.dues.preview_bases(FIXTURES / "bases_bad.xlsx", YEAR)
    errors = {r.row_number: "；".join(r.errors) for r in pv.rows}
    assert errors[4] == "交纳基数（E4）“四千五”不是数字"
    assert "“孙悟空”不是" in errors[5] and "B5" in errors[5]
    assert "名册中有2名党员叫“王芳”" in errors[6]
    assert "类别（D7）“干部”无法识别" in errors[7]
    assert errors[8].startswith("交纳基数（E8）为空")
    assert "农民党员每月交纳0.20元至1.00元" in errors[9]
    assert "“-4500”不能为负数" in errors[10] and "与第4行是同一名党员" in errors[10]
    with pytest.raises(ValidationError, match="没有保存任何数据"):
        s.dues.commit_bases(pv, YEAR)
    assert s.dues.standards(YEAR) == []


def test_hostile_files_are_refused_by_name(branch, tmp_path):
    fake = tmp_path / "基数.xlsx"
    fake.write_text("<html>not a workbook</html>", encoding="utf-8")
    with pytest.raises(ImportFileError):
        branch.dues.preview_bases(fake, YEAR)
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "性别"])
    wb.active.append(["张建国", "男"])
    wb.save(tmp_path / "名册.xlsx")
    with pytest.raises(ImportFileError, match="交纳基数"):
        branch.dues.preview_bases(tmp_path / "名册.xlsx", YEAR)


def test_template_round_trip_and_exports(branch, tmp_path):
    s = branch
    set_year(s)
    template = s.dues.write_bases_template(tmp_path / "模板.xlsx", YEAR)
    assert {r.action for r in s.dues.preview_bases(template, YEAR).rows} == {BaseAction.UNCHANGED}
    zhang = uuid_of(s, "张建国")
    s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 1)], dt.date(YEAR, 3, 1)), today=AFTER)  # 补交
    s.dues.record_payment(PaymentEntry(zhang, [(YEAR, 2)], dt.date(YEAR, 2, 1)), today=AFTER)
    ws = openpyxl.load_workbook(s.dues.export_grid_xlsx(YEAR, tmp_path / "grid.xlsx")).active
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "张建国")
    jan, feb, mar = (row[header.index(f"{m}月")] for m in (1, 2, 3))
    assert jan.value == 45 and jan.number_format == '0.00"补"' and feb.value == 45 and feb.number_format == "0.00"
    assert mar.value == "欠"
    assert row[header.index("已交合计")].value == 90 and row[header.index("欠交")].value == 450
    total = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "合计")
    assert total[header.index("1月")].value == 45
    ws = openpyxl.load_workbook(s.dues.export_payments_xlsx(YEAR, tmp_path / "pay.xlsx")).active
    assert [c.value for c in ws[1]][:4] == ["收据号", "姓名", "所属月份", "金额（元）"]
    assert sorted((r[2].value, r[3].value, r[7].value) for r in ws.iter_rows(min_row=2)) == [
        (f"{YEAR}年1月", 45, "是"), (f"{YEAR}年2月", 45, None)]


# -- headquarters' figures and the ledger ------------------------------------------------------------------------------


def test_hq_figures_and_ledger_chapter(branch):
    from dangjian_desktop.services import dues_ledger

    s = branch
    set_year(s)
    s.dues.record_month(YEAR, 1, [uuid_of(s, "张建国"), uuid_of(s, "王芳", WANG_A)], dt.date(YEAR, 1, 9),
                        amounts={uuid_of(s, "王芳", WANG_A): D("200.50")}, today=AFTER)
    figures = dues_ledger.hq_figures(s, YEAR, AFTER)
    # paid 45 + 200.50 = 245.50 -> 246 元; owed (every month ended): 张建国 11 × 45 = 495, 李秀英 12 × 50 = 600,
    # 王芳 11 × 200 = 2200 and 12 × 15 = 180, 陈磊 April–December 9 × 0.20 = 1.80, 赵强 12 × 0.50 = 6.00
    # -> 3482.80 -> 3483 元
    assert figures == {"dues_paid_total": 246, "dues_arrears_members": 6, "dues_arrears_total": 3483}
    [chapter] = dues_ledger.chapters(s, YEAR, AFTER)
    assert chapter.title == "党费收缴情况" and "实交245.50元" in chapter.blocks[0].text
