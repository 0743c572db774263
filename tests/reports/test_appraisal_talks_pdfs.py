"""The printed forms of issue 19 on the demo data: content, embedded fonts, page layout (landscape where a grid needs
it, header rows repeated, the closing block whole on the last page), long texts flowing instead of cut off."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from dangjian_desktop import clock
from dangjian_desktop.domain.appraisal import Grade
from dangjian_desktop.domain.life_meeting import Problem
from dangjian_desktop.services import appraisal_ledger, talks_ledger
from dangjian_desktop.services.appraisal_demo import demo_meeting_day
from tests.conftest import pdf_fonts

NOTE = "本表由党支部工作台账于"


@pytest.fixture
def complete(demo_services):  # noqa: ANN001
    """The demo's complete cycle (last 年度's, held on 15 January)."""
    return demo_services.appraisal.cycle(demo_meeting_day(clock.today()).year - 1)


def _texts(path) -> list[str]:  # noqa: ANN001
    return [(p.extract_text() or "").replace(" ", "").replace("\n", "") for p in PdfReader(str(path)).pages]


def _landscape(path) -> bool:  # noqa: ANN001
    return all(float(p.mediabox.width) > float(p.mediabox.height) for p in PdfReader(str(path)).pages)


def _common(path) -> list[str]:  # noqa: ANN001
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts) and not any("Helvetica" in n for n, _ in fonts)
    texts = _texts(path)
    assert NOTE in texts[-1] and sum(t.count(NOTE) for t in texts) == 1
    return texts


def test_results_table_is_landscape_with_its_header_on_every_page(demo_services, complete, tmp_path):  # noqa: ANN001
    out = appraisal_ledger.make_results(demo_services, tmp_path / "r.pdf", complete.year)
    texts = _common(out)
    assert _landscape(out) and len(texts) >= 2
    names = [e.member_name for e in complete.entries]
    for t in texts:
        grid = t.split("评为基本合格、不合格党员的处理情况")[0]  # the follow-up table names people too
        if any(n in grid for n in names[1:]):
            assert "优秀票" in grid and "组织评定" in grid
    flat = "".join(texts)
    n = sum(1 for e in complete.entries if e.is_appraised(demo_services.appraisal.rules()))
    # the demo grades a third of them (rounded down) 优秀, one 基本合格 (with a 限期改正 decision), the rest 合格
    assert f"优秀{n // 3}名，合格{n - n // 3 - 1}名，基本合格1名，不合格0名" in flat
    [weak] = [e for e in complete.entries if e.grade is Grade.BASIC]
    assert f"{weak.member_name}基本合格限期改正" in flat
    assert ("不评定等次" in flat) == any(e.probationary for e in complete.entries)
    assert all(n in flat for n in names)
    assert "计票人（签字）" in texts[-1] and "党支部书记（签字）" in texts[-1]


def test_the_ballot_lists_the_graded_members_on_one_page(demo_services, complete, tmp_path):  # noqa: ANN001
    out = appraisal_ledger.make_ballot(demo_services, tmp_path / "b.pdf", complete.year)
    [text] = _common(out)
    rules = demo_services.appraisal.rules()
    graded = [e.member_name for e in complete.entries if e.is_appraised(rules)]
    probationary = [e.member_name for e in complete.entries if e.probationary]
    assert len(graded) > 22 and all(n in text for n in graded)  # long enough for the two columns
    assert not any(n in text for n in probationary)
    assert f"不超过{len(graded) // 3}名（三分之一）" in text and "超过的本票无效" in text
    assert text.count("基本合格") == 2  # the two columns of names, each with its four grades


def test_the_report_tells_the_higher_committee_what_happened(demo_services, complete, tmp_path):  # noqa: ANN001
    out = appraisal_ledger.make_report(demo_services, tmp_path / "l.pdf", complete.year)
    flat = "".join(_common(out))
    branch = demo_services.branch.require_profile()
    assert f"{branch.parent_committee}：" in flat and complete.topic.replace(" ", "") in flat
    assert f"{complete.meeting.date.year}年1月15日" in flat and "赵立新到会指导" in flat
    n = sum(1 for e in complete.entries if e.is_appraised(demo_services.appraisal.rules()))
    assert "征求党员和群众意见建议9条" in flat and f"优秀{n // 3}名" in flat
    for p in complete.problems:
        if p.is_branch:
            assert p.problem in flat
    # this 年度's cycle, still being prepared: the report says so instead of inventing a meeting
    current = demo_services.appraisal.cycle(demo_meeting_day(clock.today()).year)
    flat = "".join(_common(appraisal_ledger.make_report(demo_services, tmp_path / "c.pdf", current.year)))
    assert "本报告为会前准备情况" in flat and "民主评议尚未完成" in flat


def test_long_problems_flow_over_pages_in_the_rectification_list(demo_services, complete, tmp_path):  # noqa: ANN001
    text = ("支部班子在推动理论学习与检修生产深度融合方面还有差距，学用结合不够紧密。" * 40)[:1990] + "末尾标记甲乙"
    for _ in range(3):
        demo_services.appraisal.save_problem(complete.uuid, Problem(text, measure=text))
    out = appraisal_ledger.make_rectifications(demo_services, tmp_path / "z.pdf", complete.year)
    texts = _common(out)
    assert _landscape(out)
    assert "".join(texts).count("末尾标记甲乙") == 6  # every problem and measure printed to its end
    for i, t in enumerate(texts):
        assert "整改措施" in t or (i == len(texts) - 1 and "盖章" in t), i


def test_talk_register_and_record(demo_services, tmp_path):  # noqa: ANN001
    year = clock.today().year
    out = talks_ledger.make_register(demo_services, tmp_path / "t.pdf", year)
    texts = _common(out)
    assert _landscape(out)
    talks = demo_services.talks.talks(year)
    flat = "".join(texts)
    assert f"{year}年共开展谈心谈话{len(talks)}次" in flat
    cov = demo_services.talks.coverage(year)
    assert all(f"{p.a.name}—{p.b.name}" in flat for p in cov.missing)
    # the record of one talk: one of the year of the demo's complete cycle (every pair talked that year)
    one = demo_services.talks.talks(demo_meeting_day(clock.today()).year - 1)[0]
    out = talks_ledger.make_talk(demo_services, tmp_path / "one.pdf", None, talk=one.uuid[:8])
    [text] = _common(out)
    assert one.a_name in text and one.b_name in text and "谈话对象（签字）" in text
    assert one.content.replace(" ", "") in text


def test_results_follow_up_table_when_someone_is_graded_weak(demo_services, complete, tmp_path):  # noqa: ANN001
    from dangjian_desktop.domain.appraisal import FollowUp

    svc = demo_services.appraisal
    entries = complete.entries
    weak = next(e for e in entries if e.grade is Grade.QUALIFIED)
    weak.grade, weak.follow_up, weak.follow_up_on = Grade.BASIC, FollowUp.HELP, complete.meeting.date
    weak.follow_up_note = "由党小组长结对帮助，三个月后再评。"
    svc.save_entries(complete.uuid, entries)
    flat = "".join(_texts(appraisal_ledger.make_results(demo_services, tmp_path / "w.pdf", complete.year)))
    assert f"{weak.member_name}基本合格教育帮助由党小组长结对帮助" in flat
