"""The 党费 paper: the 登记表 is landscape with its header row on every page and the totals kept with the signature
lines; the 公示 shows what was paid but never the pay it was computed from; the receipt says the amount in capital
numerals; fonts are embedded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from dangjian_desktop import clock
from dangjian_desktop.domain.dues import DuesCategory, PayWay
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services.dues import PaymentEntry, StandardEntry
from dangjian_desktop.services.container import Services
from tests.conftest import copy_store, pdf_fonts

YEAR = clock.today().year - 1
AFTER = dt.date(YEAR + 1, 1, 10)
NOTE = "本表由党支部工作台账于"


def _texts(path) -> list[str]:  # noqa: ANN001
    return [(p.extract_text() or "").replace(" ", "").replace("\n", "") for p in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def _big_branch_made(tmp_path_factory):  # noqa: ANN001, ANN202
    """The store of ``big_branch``, made once for the module (495 payments take seconds) and copied per test."""
    folder = tmp_path_factory.mktemp("big-branch") / "data"
    with Services.open(folder) as services:
        _fill_big_branch(services)
    return folder


@pytest.fixture
def big_branch(_big_branch_made, data_dir):  # noqa: ANN001, ANN201
    """45 members, so the 登记表 runs over three pages; bases 4,000.00 + 100 × n (a copy of the module's store)."""
    services = Services.open(copy_store(_big_branch_made, data_dir))
    yield services
    services.close()


def _fill_big_branch(services) -> None:  # noqa: ANN001
    services.branch.save_profile(Branch(name="测试党支部"))
    from dangjian_desktop.storage.repos import roster as roster_repo

    branch = services.branch.require_profile()
    with services.store.atomic():
        roster_repo.insert_members(branch.uuid, [Member(name=f"党员{n:02d}", joined_party_on=dt.date(2000, 1, 1))
                                                 for n in range(1, 46)])
    members = services.roster.members()
    services.dues.set_standards(YEAR, [StandardEntry(m.uuid, DuesCategory.EMPLOYED, D(4000 + 100 * i))
                                       for i, m in enumerate(members)], today=AFTER)
    for month in range(1, 12):  # December left unpaid by everyone; 党员01 also November
        payers = [m.uuid for m in members if not (month == 11 and m.name == "党员01")]
        services.dues.record_month(YEAR, month, payers, dt.date(YEAR, month, 9), PayWay.ONLINE, today=AFTER)


def test_register_is_landscape_with_the_header_on_every_page(big_branch, tmp_path):
    out = big_branch.dues.register_pdf(YEAR, tmp_path / "登记表.pdf", today=AFTER)
    reader = PdfReader(str(out))
    texts = _texts(out)
    assert len(texts) >= 2
    for page, text in zip(reader.pages, texts, strict=True):
        assert float(page.mediabox.width) > float(page.mediabox.height)
        if "党员" in text:
            assert "月交纳额" in text and "12月" in text and "已交合计" in text
    assert all(f"党员{n:02d}" in "".join(texts) for n in range(1, 46))
    # 党员01: base 4,000 -> 40.00 a month; 10 months paid, November and December in arrears
    assert "党员01在职4000.001%40.00" in texts[0]
    # the closing block: totals, notes and signatures together on the last page, never alone
    last = texts[-1]
    assert "收缴人（签字）" in last and "本年度应交党费" in last and NOTE in last
    assert sum(t.count(NOTE) for t in texts) == 1
    assert "党员45" in last and "合计" in last  # the last rows went over with it
    fonts = pdf_fonts(out)
    assert fonts and all(e for _, e in fonts) and not any("Helvetica" in n for n, _ in fonts)


def test_notice_never_shows_the_bases(big_branch, tmp_path):
    s = big_branch.dues
    register = "".join(_texts(s.register_pdf(YEAR, tmp_path / "r.pdf", today=AFTER)))
    notice = "".join(_texts(s.notice_pdf(YEAR, tmp_path / "n.pdf", today=AFTER)))
    assert "4000.00" in register and "交纳基数" in register
    assert "4000.00" not in notice and "交纳基数" not in notice and "基数" not in notice
    assert "党费收缴情况公示" in notice and "公示期为5个工作日" in notice and "（盖章）" in notice
    # bases 4,000 + 100 n (n = 0…44): up to 5,000 at 1 % (n ≤ 10): Σ(40 + n) = 440 + 55 = 495.00; above at 1.5 %:
    # Σ(60 + 1.5 n) for n = 11…44 = 34 × 60 + 1.5 × 935 = 3,442.50; a month 3,937.50, the year 47,250.00
    assert "应交47250.00元" in notice


def test_receipt_in_capital_numerals(big_branch, tmp_path):
    s = big_branch.dues
    m = next(x for x in big_branch.roster.members() if x.name == "党员02")  # 41.00 a month
    p = s.record_payment(PaymentEntry(m.uuid, [(YEAR, 12)], dt.date(YEAR + 1, 1, 6), amount=D("41.05"),
                                      handed_by="党员03", consent=True), today=AFTER)
    text = "".join(_texts(s.receipt_pdf(p.uuid, tmp_path / "收据.pdf")))
    assert text.count("党费收据") == 2 and "存根联" in text and "收据联" in text
    assert "人民币肆拾壹元零伍分" in text and "￥41.05元" in text and "代交（党员03）" in text and "补交" in text
    assert f"{YEAR}年12月" in text


def test_an_empty_year_is_refused_with_a_reason(services, tmp_path):
    services.branch.save_profile(Branch(name="测试党支部"))
    services.roster.save_member(Member(name="张三"))
    with pytest.raises(ValidationError, match="没有党费记录"):
        services.dues.register_pdf(YEAR, tmp_path / "x.pdf", today=AFTER)
    assert not (tmp_path / "x.pdf").exists()
