"""发展党员 on paper: the 全程纪实表 prints every step with its date and people and marks a missing or out-of-order
step; the 培养考察登记表, the 公示 (everyone of the same 公示 on one notice), the yearly list and the ledger chapter,
checked against a small branch worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from dangjian_desktop import clock
from dangjian_desktop.domain.development import (
    STEPS,
    Assessment,
    Case,
    Contact,
    ContactRole,
    Publicity,
    PublicityKind,
    Standing,
    StepRecord,
    add_months,
)
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services import development_ledger, ledger
from dangjian_desktop.services.container import Services
from tests.conftest import pdf_fonts

DAY = dt.timedelta(days=1)
NOTE = "本表由党支部工作台账于"


def _pages(path) -> list[str]:  # noqa: ANN001
    return [(p.extract_text() or "").replace(" ", "").replace("\n", "") for p in PdfReader(str(path)).pages]


@pytest.fixture
def branch(services: Services) -> Services:
    s = services
    s.branch.save_profile(Branch(name="测试党支部"))
    for n in ("张书记", "李委员", "赵党员", "钱党员"):
        s.roster.save_member(Member(name=n, joined_party_on=dt.date(2015, 7, 1), full_member_on=dt.date(2016, 7, 1)))
    s.people = {m.name: m for m in s.roster.members()}  # type: ignore[attr-defined]
    return s


def _case(s: Services, name: str, applied: dt.date, steps: dict[int, dt.date], **kw) -> Case:  # noqa: ANN003
    c = s.development.save_case(Case(name=name, applied_on=applied, gender="女", birth_date=dt.date(1995, 5, 1),
                                     education="大学本科", position="技术员", **kw)).case
    for n, day in sorted(steps.items()):
        people = None
        if n in (5, 9):
            role = ContactRole.MENTOR if n == 5 else ContactRole.SPONSOR
            people = [Contact(role, m, s.people[m].uuid) for m in (("赵党员",) if n == 5 else ("赵党员", "钱党员"))]
        c = s.development.record_step(c.uuid or "", StepRecord(n, day, f"经办{n}", f"结果{n}"), contacts=people).case
    return c


def test_record_sheet_prints_every_step_and_marks_the_gaps(branch: Services, tmp_path):  # noqa: ANN001
    s = branch
    T = clock.today()
    A = add_months(T, -20)
    # step 4 left out; step 3 dated before the talk of step 2
    c = _case(s, "甲申请", A, {2: A + 40 * DAY, 3: A + 30 * DAY, 5: A + 60 * DAY, 6: A + 290 * DAY,
                              7: A + 300 * DAY, 9: A + 310 * DAY})
    for k in range(1, 40):  # a long result: the table continues over pages with its header
        s.development.save_assessment(c.uuid or "", Assessment(A + (30 + 10 * k) * DAY, f"第{k}次", "赵党员",
                                                               "表现良好。" * 20, "合格"))
    out = s.development.record_pdf(c.uuid or "", tmp_path / "纪实表.pdf")
    pages = _pages(out)
    text = "".join(pages)
    assert all(step.name in text for step in STEPS)  # every one of the 25 steps, recorded or not
    assert f"{A + 30 * DAY:%Y-%m-%d}" in text and "经办3" in text and "入党介绍人：赵党员、钱党员" in text
    assert "※缺少此步骤" in text and "缺少第4步“报上级党委备案”" in text
    assert "第3步“推荐和确定入党积极分子”" in text and "顺序不对" in text
    assert "作为入党积极分子不满1年" in text
    assert all(embedded for _n, embedded in pdf_fonts(out))
    assert len(pages) >= 3
    # the assessment table runs over at least two pages, and each of them repeats the header row
    continued = [p for p in pages if "表现良好。表现良好。" in p]
    assert len(continued) >= 2 and all("考察日期考察时段考察人" in p for p in continued)
    assert sum(p.count(NOTE) for p in pages) == 1 and NOTE in pages[-1]
    assert pages[-1].index(NOTE) > 40  # the last page holds more than the closing block


def test_record_sheet_of_a_clean_record_says_so(branch: Services, tmp_path):  # noqa: ANN001
    s = branch
    T = clock.today()
    c = _case(s, "乙申请", T - 20 * DAY, {2: T - 5 * DAY})
    text = "".join(_pages(s.development.record_pdf(c.uuid or "", tmp_path / "a.pdf")))
    assert "经核对，已登记的步骤齐全、顺序正确，各项期限均符合规定。" in text


def test_assessment_register(branch: Services, tmp_path):  # noqa: ANN001
    s = branch
    T = clock.today()
    c = _case(s, "丙积极", T - 400 * DAY, {2: T - 390 * DAY, 3: T - 300 * DAY, 5: T - 300 * DAY})
    s.development.save_assessment(c.uuid or "", Assessment(T - 200 * DAY, "上半年", "赵党员", "理论学习认真", "考察合格"))
    text = "".join(_pages(s.development.assessment_pdf(c.uuid or "", tmp_path / "考察.pdf")))
    assert "培养考察登记表" in text and "丙积极" in text and "第1次考察" in text
    assert "理论学习认真" in text and "考察合格" in text and "培养联系人" in text
    # half a year after that one the next was due: the register says it is late
    due = add_months(T - 200 * DAY, 6)
    assert f"入党积极分子半年考察应在{due.year}年{due.month:02d}月{due.day:02d}日前进行，已逾期{(T - due).days}天" in text


def test_notice_lists_everyone_of_the_same_publicity(branch: Services, tmp_path):  # noqa: ANN001
    s = branch
    T = clock.today()
    monday = T - dt.timedelta(days=T.weekday() + 14)
    people = []
    for name in ("丁对象", "戊对象"):
        c = _case(s, name, T - 500 * DAY, {2: T - 490 * DAY, 3: T - 450 * DAY})
        c = s.development.save_publicity(c.uuid or "", Publicity(PublicityKind.CANDIDATE, monday,
                                                                 monday + 4 * DAY)).case
        people.append(c)
    other = _case(s, "己另案", T - 500 * DAY, {2: T - 490 * DAY})
    s.development.save_publicity(other.uuid or "", Publicity(PublicityKind.CANDIDATE, monday + 7 * DAY,
                                                             monday + 11 * DAY))
    c = people[0]
    out = s.development.notice_pdf(c.uuid or "", c.publicity[0].uuid or "", tmp_path / "公示.pdf")
    text = "".join(_pages(out))
    assert "关于拟确定丁对象、戊对象等2名同志为发展对象的公示" in text
    assert "丁对象" in text and "戊对象" in text and "己另案" not in text
    assert f"{monday.year}年{monday.month}月{monday.day}日至" in text and "（5个工作日）" in text


def test_yearly_list_and_ledger_chapter_hand_worked(branch: Services, tmp_path):  # noqa: ANN001
    s = branch
    T = clock.today()
    Y = T.year
    jan = dt.date(Y, 1, 1)
    # one application this year; one last year, made 积极分子 last year
    _case(s, "今年甲", jan, {})
    _case(s, "去年乙", dt.date(Y - 1, 1, 10), {2: dt.date(Y - 1, 1, 20), 3: dt.date(Y - 1, 3, 1)})
    f = development_ledger.year_figures(s.development, Y, T)
    assert (f.applied, f.activists, f.candidates, f.admitted, f.converted) == (1, 0, 0, 0, 0)
    assert [c.name for c in f.by_standing[Standing.APPLICANT]] == ["今年甲"]
    last = development_ledger.year_figures(s.development, Y - 1, T)
    assert (last.applied, last.activists) == (1, 1)
    assert [c.name for c in last.by_standing[Standing.ACTIVIST]] == ["去年乙"]  # 积极分子 at that year's end
    out = s.development.list_pdf(Y, tmp_path / "名册.pdf", T)
    text = "".join(_pages(out))
    assert f"{Y}年收到入党申请1份，确定入党积极分子0名" in text
    assert "入党申请人（1名）" in text and "入党积极分子（1名）" in text and "发展对象（0名）" in text
    book = ledger.collect(s, Y, T)
    [section] = [x for x in book.sections if x.key == "development"]
    assert section.title == "发展党员工作情况"
    assert section.blocks[0].text.startswith(f"{Y}年收到入党申请1份，确定入党积极分子0名、发展对象0名，接收预备党员0名")
