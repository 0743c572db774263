"""党费 rules at every boundary, with amounts worked out by hand (base × rate, rounded half up to the fen)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from dangjian_desktop.domain.dates import MonthDate
from dangjian_desktop.domain.dues import (
    DuesCategory,
    DuesPayment,
    DuesRules,
    DuesStandard,
    Reduction,
    Tier,
    allocate,
    calculate,
    is_late,
    months_of_year_text,
    months_text,
    parse_yuan,
    rate_text,
    read_category,
    standard_for_month,
    validate_reduction,
    validate_rules,
    yuan_in_words,
)
from dangjian_desktop.domain.dues_months import (
    MonthState,
    arrears_run,
    belongs,
    booked_months,
    check_payment,
    member_year,
    months_so_far,
    owes,
)
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.roster import Member

RULES = DuesRules()


def monthly(base: str, category: DuesCategory = DuesCategory.EMPLOYED) -> tuple[D | None, D]:
    c = calculate(category, D(base), RULES)
    return c.rate, c.monthly


# -- amounts --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("base, rate, amount", [
    ("0", "0.005", "0.00"),
    ("2999", "0.005", "15.00"),  # 14.995 -> 15.00: half up, not to even
    ("3000", "0.005", "15.00"),  # the tier's upper bound belongs to it
    ("3000.01", "0.01", "30.00"),  # the whole base at the next rate: 30.0001
    ("4500", "0.01", "45.00"),
    ("4500.50", "0.01", "45.01"),  # 45.005 -> 45.01
    ("5000", "0.01", "50.00"),
    ("5000.01", "0.015", "75.00"),  # 75.00015
    ("6666.67", "0.015", "100.00"),  # 100.00005
    ("10000", "0.015", "150.00"),
    ("10000.01", "0.02", "200.00"),  # 200.0002
    ("12345.67", "0.02", "246.91"),  # 246.9134
])
def test_employed_tiers_apply_to_the_whole_base(base: str, rate: str, amount: str):
    assert monthly(base) == (D(rate), D(amount))


@pytest.mark.parametrize("base, rate, amount", [
    ("3000", "0.005", "15.00"),
    ("4860", "0.005", "24.30"),
    ("5000", "0.005", "25.00"),
    ("5000.01", "0.01", "50.00"),
    ("8000", "0.01", "80.00"),
])
def test_retired_tiers(base: str, rate: str, amount: str):
    assert monthly(base, DuesCategory.RETIRED) == (D(rate), D(amount))


@pytest.mark.parametrize("category", [DuesCategory.STUDENT, DuesCategory.UNEMPLOYED, DuesCategory.LOW_INCOME])
def test_students_unemployed_and_low_income_pay_twenty_fen_whatever_the_base(category: DuesCategory):
    assert calculate(category, None, RULES).monthly == D("0.20")
    assert calculate(category, D("9000"), RULES).monthly == D("0.20")
    assert calculate(category, None, RULES).rate is None


def test_farmers_pay_what_the_branch_sets_between_twenty_fen_and_one_yuan():
    assert calculate(DuesCategory.FARMER, None, RULES).monthly == D("0.20")  # default: the lowest
    assert calculate(DuesCategory.FARMER, None, RULES, D("1")).monthly == D("1.00")
    assert calculate(DuesCategory.FARMER, None, RULES, D("0.5")).monthly == D("0.50")
    for outside in ("0.19", "1.01"):
        with pytest.raises(ValueError, match="农民党员每月交纳"):
            calculate(DuesCategory.FARMER, None, RULES, D(outside))


def test_a_base_is_needed_for_employed_and_retired():
    with pytest.raises(ValueError, match="基数"):
        calculate(DuesCategory.EMPLOYED, None, RULES)


def test_the_numbers_are_data_a_locality_can_change():
    local = DuesRules(employed=(Tier(D("4000"), D("0.005")), Tier(None, D("0.01"))), fixed_monthly=D("0.50"))
    assert calculate(DuesCategory.EMPLOYED, D("4000"), local).monthly == D("20.00")
    assert calculate(DuesCategory.EMPLOYED, D("4000.01"), local).monthly == D("40.00")
    assert calculate(DuesCategory.STUDENT, None, local).monthly == D("0.50")
    assert DuesRules.from_dict(local.to_dict()) == local


def test_rules_are_checked_and_damaged_settings_fall_back_to_the_defaults():
    assert validate_rules(RULES) == []
    bad = DuesRules(employed=(Tier(D("5000"), D("0.01")), Tier(D("3000"), D("0.005")), Tier(None, D("0.02"))))
    assert any("从小到大" in p for p in validate_rules(bad))
    assert any("最后一档" in p for p in validate_rules(DuesRules(retired=(Tier(D("5000"), D("0.005")),))))
    assert any("10%" in p for p in validate_rules(DuesRules(retired=(Tier(None, D("0.2")),))))
    assert any("党章" in p for p in validate_rules(DuesRules(lapse_months=30)))
    assert DuesRules.from_dict({"employed": [["abc", "x"]], "lapse_months": "6"}) == RULES
    assert DuesRules.from_dict("garbage") == RULES
    assert DuesRules.from_dict({"employed": [[None, "0.5"]]}) == RULES  # 50 %: refused, default kept


@pytest.mark.parametrize("typed, value", [
    ("4500", "4500.00"), ("4,500.50", "4500.50"), ("４５００元", "4500.00"), ("￥ 3000.1", "3000.10"),
    (4500.1, "4500.10"), (3333.3333, "3333.33"), (12, "12.00"),
])
def test_money_as_typed_pasted_or_read_from_a_cell(typed: object, value: str):
    assert parse_yuan(typed) == D(value)


@pytest.mark.parametrize("typed, why", [
    ("-1", "负数"), ("abc", "不是数字"), ("1.005", "两位小数"), ("", "为空"), ("2000000", "过大"), (True, "不是数字"),
    (float("nan"), "不是数字"), ("1e400", "过大|不是数字"),
])
def test_money_refused_with_a_reason(typed: object, why: str):
    with pytest.raises(ValueError, match=why):
        parse_yuan(typed)


def test_texts():
    assert rate_text(D("0.015")) == "1.5%" and rate_text(D("0.01")) == "1%" and rate_text(D("0.005")) == "0.5%"
    assert months_text([(2026, 1), (2026, 2), (2026, 3)]) == "2026年1–3月"
    assert months_text([(2025, 12), (2025, 11), (2026, 1), (2026, 3)]) == "2025年11月–2026年1月、3月"
    assert months_of_year_text([8, 9, 10, 11, 6]) == "6月、8–11月"
    assert read_category(" 退休 ") is DuesCategory.RETIRED and read_category("学生党员") is DuesCategory.STUDENT
    assert read_category("干部") is None


@pytest.mark.parametrize("fen, words", [
    (4500, "肆拾伍元整"), (4501, "肆拾伍元零壹分"), (20, "贰角"), (1510, "壹拾伍元壹角"), (0, "零元整"),
    (100005, "壹仟元零伍分"), (100100, "壹仟零壹元整"), (1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
    (10000000, "壹拾万元整"), (100000100, "壹佰万零壹元整"),
])
def test_capital_numerals_on_receipts(fen: int, words: str):
    assert yuan_in_words(fen) == words


# -- reductions ----------------------------------------------------------------------------------------------------

TODAY = dt.date(2026, 6, 15)


def _std(**kw) -> DuesStandard:
    base = {"member_uuid": "m", "year": 2026, "monthly_fen": 4500}
    return DuesStandard(**{**base, **kw})


def test_a_reduction_needs_the_committee_the_approval_and_its_reference():
    problems = validate_reduction(_std(reduction=Reduction.REDUCED, reduced_fen=1000), TODAY)
    assert len(problems) == 3 and any("上级党委批准" in p for p in problems) and any("文号" in p for p in problems)
    ok = _std(reduction=Reduction.REDUCED, reduced_fen=1000, committee_on=dt.date(2026, 1, 5),
              approved_on=dt.date(2026, 1, 20), approval_ref="党委〔2026〕3号")
    assert validate_reduction(ok, TODAY) == [] and ok.due_fen == 1000
    assert any("早于" in p for p in validate_reduction(
        _std(**{**ok.__dict__, "approved_on": dt.date(2026, 1, 1)}), TODAY))
    assert any("低于标准" in p for p in validate_reduction(_std(**{**ok.__dict__, "reduced_fen": 4500}), TODAY))
    assert any("免交" in p for p in validate_reduction(_std(**{**ok.__dict__, "reduced_fen": 0}), TODAY))
    exempt = _std(**{**ok.__dict__, "reduction": Reduction.EXEMPT, "reduced_fen": None})
    assert validate_reduction(exempt, TODAY) == [] and exempt.due_fen == 0 and exempt.exempt


def test_the_standard_in_force_is_the_latest_started():
    jan, jul = _std(from_month=1, monthly_fen=4500), _std(from_month=7, monthly_fen=6000)
    assert standard_for_month([jul, jan], 2026, 6) is jan
    assert standard_for_month([jul, jan], 2026, 7) is jul
    assert standard_for_month([jan], 2025, 7) is None


# -- which months are owed -------------------------------------------------------------------------------------------


def member(**kw) -> Member:
    return Member(**{"name": "张三", "uuid": "m", "joined_party_on": dt.date(2000, 7, 1), **kw})


YEAR_STD = [_std(from_month=1)]


def test_a_member_owes_every_month_of_a_year_with_a_standard():
    m = member()
    assert all(owes(m, YEAR_STD, 2026, k) for k in range(1, 13))
    assert not owes(m, [], 2026, 3)  # no standard: 未核定, not owed
    assert not owes(m, YEAR_STD, 2025, 12)  # the standard is for 2026


def test_probationary_members_pay_from_the_month_the_branch_meeting_accepts_them():
    m = member(category=MemberCategory.PROBATIONARY, joined_party_on=dt.date(2026, 4, 20))
    assert [k for k in range(1, 13) if owes(m, YEAR_STD, 2026, k)] == list(range(4, 13))
    month_only = member(joined_party_on=MonthDate(2026, 9))
    assert [k for k in range(1, 13) if belongs(month_only, 2026, k)] == [9, 10, 11, 12]


def test_transfers_in_and_out_owe_only_the_months_on_this_roster():
    came = member(joined_branch_on=dt.date(2026, 3, 15))  # the old branch collected March
    assert [k for k in range(1, 13) if belongs(came, 2026, k)] == list(range(4, 13))
    came_first = member(joined_branch_on=dt.date(2026, 3, 1))
    assert belongs(came_first, 2026, 3)
    left = member(status=MemberStatus.TRANSFERRED_OUT, status_date=dt.date(2026, 5, 20))  # 交至转出当月
    assert [k for k in range(1, 13) if belongs(left, 2026, k)] == [1, 2, 3, 4, 5]
    left_on_first = member(status=MemberStatus.TRANSFERRED_OUT, status_date=dt.date(2026, 5, 1))
    assert [k for k in range(1, 13) if belongs(left_on_first, 2026, k)] == [1, 2, 3, 4]
    no_date = member(status=MemberStatus.DECEASED)
    assert not any(belongs(no_date, 2026, k) for k in range(1, 13))


def test_an_exempt_month_is_not_owed():
    stds = [_std(from_month=1), _std(from_month=4, reduction=Reduction.EXEMPT), _std(from_month=7)]
    assert [k for k in range(1, 13) if owes(member(), stds, 2026, k)] == [1, 2, 3, 7, 8, 9, 10, 11, 12]


def test_months_so_far():
    assert months_so_far(2025, TODAY) == 12 and months_so_far(2026, TODAY) == 6 and months_so_far(2027, TODAY) == 0


def _paid(months, fen=4500, late=False, on=dt.date(2026, 1, 10)) -> DuesPayment:
    return DuesPayment("m", tuple(months), fen * len(months), on, late=late,
                       month_fen={ym: fen for ym in months})


def test_the_states_of_a_year_and_its_figures():
    m = member(joined_branch_on=dt.date(2026, 2, 1))
    stds = [_std(from_month=1, monthly_fen=4500), _std(from_month=10, reduction=Reduction.EXEMPT)]
    booked = booked_months([_paid([(2026, 2), (2026, 3)]), _paid([(2026, 4)], late=True),
                            _paid([(2026, 7), (2026, 8)])])  # July, August in advance
    year = member_year(m, stds, booked, 2026, TODAY)
    states = [c.state for c in year.cells]
    assert states == [MonthState.NONE, MonthState.PAID, MonthState.PAID, MonthState.LATE, MonthState.ARREARS,
                      MonthState.DUE, MonthState.PAID, MonthState.PAID, MonthState.DUE, MonthState.EXEMPT,
                      MonthState.EXEMPT, MonthState.EXEMPT]
    assert year.paid_months == [2, 3, 4, 7, 8]
    assert year.unpaid_months == [5, 6]  # May in arrears, June still open; September not yet due
    assert year.arrears_months == [5]
    assert year.paid_fen == 5 * 4500
    assert year.due_fen == 5 * 4500  # February to June
    assert year.year_due_fen == 8 * 4500  # February to September
    status = year.as_status()
    assert status == {"name": "张三", "monthly": 0.0, "paid_months": [2, 3, 4, 7, 8], "unpaid_months": [5, 6],
                      "paid_total": 225.0, "due_total": 225.0}  # the standard in force latest: 免交


# -- arrears and the six months ------------------------------------------------------------------------------------


def test_the_run_of_unpaid_months_crosses_the_year_end_and_ends_at_last_month():
    today = dt.date(2027, 3, 10)
    stds = [_std(year=2026), _std(year=2027)]
    booked = booked_months([_paid([(2026, k) for k in range(1, 9)])])  # paid to August 2026
    run = arrears_run(member(), stds, booked, today, 6)
    assert run is not None
    assert run.months == ((2026, 9), (2026, 10), (2026, 11), (2026, 12), (2027, 1), (2027, 2))
    assert run.count == 6 and run.lapsed and run.owed_fen == 6 * 4500
    shorter = arrears_run(member(), stds, booked, dt.date(2027, 1, 31), 6)
    assert shorter is not None and shorter.count == 4 and not shorter.lapsed
    assert shorter.last_month_to_pay == (2027, 2)  # September + 5: by the end of February it is six months


def test_a_paid_or_exempt_month_ends_the_run_and_an_unset_year_does_not_count():
    today = dt.date(2026, 7, 5)
    booked = booked_months([_paid([(2026, 3)])])
    run = arrears_run(member(), YEAR_STD, booked, today, 6)
    assert run is not None and run.months == ((2026, 4), (2026, 5), (2026, 6))
    exempt = [_std(from_month=1), _std(from_month=5, reduction=Reduction.EXEMPT), _std(from_month=6)]
    run = arrears_run(member(), exempt, {}, today, 6)
    assert run is not None and run.months == ((2026, 6),)
    assert arrears_run(member(), [], {}, today, 6) is None  # nothing set: nothing counted as owed
    # before the member came, nothing is owed either
    came = member(joined_branch_on=dt.date(2026, 5, 1))
    run = arrears_run(came, YEAR_STD, {}, today, 6)
    assert run is not None and run.months == ((2026, 5), (2026, 6))


def test_a_run_from_last_year_stands_while_this_years_standards_wait():
    booked = booked_months([_paid([(2026, k) for k in range(1, 9)])])  # paid to August 2026, nothing set for 2027
    run = arrears_run(member(), [_std(year=2026)], booked, dt.date(2027, 3, 10), 6)
    assert run is not None and run.months == ((2026, 9), (2026, 10), (2026, 11), (2026, 12))
    assert run.count == 4 and not run.lapsed and run.unset_since == (2027, 1)  # January and February passed over
    # once 2027 is set its months count again, and the run reaches six by February
    run = arrears_run(member(), [_std(year=2026), _std(year=2027)], booked, dt.date(2027, 3, 10), 6)
    assert run is not None and run.count == 6 and run.lapsed and run.unset_since is None
    # last year's months without a standard still end a run (only the running year waits)
    assert arrears_run(member(), [_std(year=2027)], {}, dt.date(2027, 3, 10), 6).months == ((2027, 1), (2027, 2))
    # a paid month of this year still ends the run before it
    paid_jan = booked_months([_paid([(2026, k) for k in range(1, 9)]), _paid([(2027, 1)])])
    run = arrears_run(member(), [_std(year=2026), _std(year=2027)], paid_jan, dt.date(2027, 3, 10), 6)
    assert run is not None and run.months == ((2027, 2),)


# -- a payment -------------------------------------------------------------------------------------------------------


def test_a_payment_is_checked_month_by_month():
    m = member(joined_branch_on=dt.date(2026, 3, 1))
    stds = [_std(from_month=1), _std(from_month=6, reduction=Reduction.EXEMPT)]
    taken = {(2026, 4): "2026-04-10交纳，收据2026-0007"}
    due, errors = check_payment(m, stds, [(2026, 2), (2026, 3), (2026, 4), (2026, 6)], None, TODAY, TODAY, taken)
    assert due == {(2026, 3): 4500}
    assert any("2026年2月" in e and "不在本支部" in e for e in errors)
    assert any("2026年4月" in e and "收据2026-0007" in e for e in errors)
    assert any("2026年6月已批准免交" in e for e in errors)
    due, errors = check_payment(m, stds, [(2026, 3), (2026, 5)], 8999, TODAY, TODAY, {})
    assert errors == ["金额89.99元少于所交月份应交的90.00元（少交须经支委会研究并报上级党委批准，请在“核定标准”中登记）"]
    due, errors = check_payment(m, stds, [(2026, 3), (2026, 5)], 10000, TODAY, TODAY, {})
    assert errors == [] and allocate(list(due), due, 10000) == {(2026, 3): 4500, (2026, 5): 5500}
    _, errors = check_payment(m, stds, [(2027, 1)], None, TODAY, TODAY, {})
    assert any("2027年还没有核定" in e for e in errors)
    _, errors = check_payment(m, stds, [(2026, 3)], None, TODAY + dt.timedelta(days=1), TODAY, {})
    assert "交纳日期不能晚于今天" in errors
    new = member(joined_party_on=dt.date(2026, 5, 10))
    _, errors = check_payment(new, stds, [(2026, 5)], None, dt.date(2026, 4, 30), TODAY, {})
    assert any("早于入党日期" in e for e in errors)
    assert check_payment(m, stds, [], None, TODAY, TODAY, {})[1] == ["请选择这笔党费所交的月份"]


def test_late_means_a_month_had_ended_before_the_month_of_payment():
    assert is_late([(2026, 5)], dt.date(2026, 6, 1))
    assert not is_late([(2026, 6), (2026, 7)], dt.date(2026, 6, 30))  # this month and one in advance
    assert is_late([(2025, 12), (2026, 1)], dt.date(2026, 1, 5))
