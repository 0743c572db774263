"""The papers of a 换届: 请示, 选票, 计票单, 选举结果报告, 选举大会记录 — their content, fonts and layout."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import ValidationError
from tests.conftest import pdf_fonts, pdf_text
from tests.elections_helpers import held_election, small_branch

NOTE = "本表由党支部工作台账于"


def _flat(path) -> str:  # noqa: ANN001
    return pdf_text(path).replace(" ", "").replace("\n", "")


@pytest.fixture
def election(services):  # noqa: ANN001
    small_branch(services, clock.today())
    return services, held_election(services, clock.today())


def _fonts_ok(path) -> None:  # noqa: ANN001
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts) and not any("Helvetica" in n for n, _ in fonts)


def test_request_prints_the_edited_text(election, tmp_path):
    s, e = election
    e.request_text = e.request_text.replace("妥否，请批示。", "特此请示，妥否，请批示。")
    s.elections.save(e, clock.today())
    out = s.elections.request_pdf(e.uuid, tmp_path / "请示.pdf")
    text = _flat(out)
    assert "关于召开党员大会进行换届选举的请示" in text and "测支〔1〕号" in text
    assert "特此请示，妥否，请批示。" in text and "中共测试党支部委员会（盖章）" in text
    assert "甲一、乙二、丙三、丁四" in text and text.count(NOTE) == 1
    _fonts_ok(out)


def test_ballots_as_many_as_voters_with_every_candidate(election, tmp_path):
    s, e = election
    out = s.elections.ballot_pdf(e.uuid, tmp_path / "选票.pdf", round_number=1)
    text = _flat(out)
    assert text.count("委员会委员选举选票") == 9  # nine present
    # as many write-in boxes as seats, and twice in the instructions (“可以另选他人：在“另选他人”栏内…”)
    assert text.count("丁四") == 9 and text.count("另选他人") == 9 * (3 + 2)
    assert "多于3名的为无效票" in text
    pages = PdfReader(str(out)).pages
    assert 2 <= len(pages) <= 5 and NOTE in (pages[-1].extract_text() or "").replace(" ", "")
    assert len(PdfReader(str(s.elections.ballot_pdf(e.uuid, tmp_path / "1.pdf", 1, copies=1))).pages) == 1
    for copies in (3, 6, 7):  # whole pages of ballots: the note never stands on a page of its own
        last = PdfReader(str(s.elections.ballot_pdf(e.uuid, tmp_path / f"{copies}.pdf", 1, copies=copies))).pages[-1]
        assert "委员会委员选举选票" in (last.extract_text() or "").replace(" ", "")


def test_tally_sheet_blank_before_and_filled_after_the_vote(election, tmp_path):
    s, e = election
    filled = _flat(s.elections.tally_pdf(e.uuid, tmp_path / "计票单.pdf", 1))
    assert "收回选票9张" in filled and "有效票8张" in filled and "无效票1张" in filled
    assert "当选" in filled and "未当选" in filled and "至少6票" in filled and "监票人（签字）" in filled
    e.rounds = []
    s.elections.save(e, clock.today())
    blank = _flat(s.elections.tally_pdf(e.uuid, tmp_path / "空白.pdf"))
    assert "第1轮（正式选举）" in blank and "未当选" not in blank and blank.count("另选：") == 3


def test_result_report_names_the_elected_and_asks_for_approval(election, tmp_path):
    s, e = election
    out = s.elections.report_pdf(e.uuid, tmp_path / "报告.pdf")
    text = _flat(out)
    assert "关于测试党支部换届选举结果的报告" in text and "测试公司党委：" in text
    assert "应到会有选举权的党员10人，实到会9人" in text and "至少9人" in text
    assert "监票人：戊五" in text and "计票人：己六" in text
    assert "乙二同志为书记" in text and "请予审批" in text
    assert "被选举人获得的赞成票超过应到会有选举权的人数的一半" in text
    assert text.count(NOTE) == 1
    _fonts_ok(out)


def test_minutes_of_the_election_meeting_in_the_minutes_style(election, tmp_path):
    s, e = election
    text = _flat(s.elections.minutes_pdf(e.uuid, tmp_path / "记录.pdf"))
    assert "会议记录" in text and "甲一主持会议。" in text and "选举情况：" in text
    assert "甲一、乙二、丙三当选为新一届支部委员会委员" in text and "主持人（签字）" in text
    assert "【第一议题】" in text  # the 选举大会 was planned with the study first


def test_no_report_without_votes(services, tmp_path):
    small_branch(services, clock.today())
    e = services.elections.save(services.elections.new(), clock.today())
    with pytest.raises(ValidationError, match="投票"):
        services.elections.report_pdf(e.uuid, tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="候选人"):
        services.elections.ballot_pdf(e.uuid, tmp_path / "x.pdf")
