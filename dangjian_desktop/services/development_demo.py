"""Demo 发展党员 records: six people at different stages, dated relative to ``today``.

* 赵晓雯, an applicant whose talk is due within the month (a 首页 reminder);
* 孙浩宇, an applicant whose talk is overdue (shown in red);
* 周佳琪, an 入党积极分子 named at a 支委会 of the demo's meetings (linked), with two 培养联系人 and an assessment;
* 李卫华, the 发展对象 the demo's 支部党员大会 voted on (step 15 linked to that record, its vote and quorum read from
  it), waiting for the higher committee's approval (overdue when that 大会 lies more than three months back);
* the demo roster's 预备党员 admitted about 200 days ago (the other one, due for 转正 next month, has no record
  and keeps the roster's 预备期满 reminder);
* a member who joined years ago after an extended probation (6 months), all 25 steps recorded: the roster's
  转正日期 follows the record.

The roster keeps its 30 members: the two people on it are linked by their 身份证号, nobody is added.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from dangjian_desktop.domain import development as dev
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType
from dangjian_desktop.domain.roster import Member

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

GOOD = ("能够认真学习党的理论和路线方针政策，思想上积极要求进步；工作中吃苦耐劳、业务过硬，在检修任务中表现突出；"
        "团结同事，群众基础较好。")
WEAK = "今后要进一步加强理论学习，提高政治站位，主动向党组织汇报思想。"


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    svc = services.development
    branch = services.branch.require_profile()
    secretary = branch.secretary_name or "党支部书记"
    organiser = next((s.name for s in branch.committee if "组织" in s.duty), secretary)
    members = services.roster.members()
    full = [m for m in members if m.category is MemberCategory.FULL]
    committee = {s.name for s in branch.committee}
    helpers = [m for m in full if m.name not in committee] or full

    def people(n: int, day: dt.date, exclude: str = "") -> list[Member]:
        able = [m for m in helpers if m.name != exclude and (m.full_member_on or dt.date.min) <= day]
        return rng.sample(able, k=min(n, len(able)))

    def contacts(role: dev.ContactRole, who: list[Member], day: dt.date) -> list[dev.Contact]:
        return [dev.Contact(role, m.name, m.uuid, day) for m in who]

    def step(c: dev.Case, n: int, day: dt.date, handler: str = "", result: str = "", *, passed: bool | None = None,
             note: str = "", meeting: str | None = None) -> None:
        if day <= today:
            c.steps[n] = dev.StepRecord(n, day, handler, result, True if passed is None and n in DECISIONS else passed,
                                        note, meeting)

    def assess(c: dev.Case, day: dt.date, who: str, weak: bool = False) -> None:
        if day <= today:
            c.assessments.append(dev.Assessment(day, dev.half_year_label(day), who, GOOD + (WEAK if weak else ""),
                                                "考察合格，继续培养。"))

    # 1, 2: applicants
    svc.save_case(_applicant("赵晓雯", "女", dt.date(1999, 5, 14), "大学本科", "检修技术员", today - dt.timedelta(days=18)))
    svc.save_case(_applicant("孙浩宇", "男", dt.date(2000, 9, 2), "大学专科", "运维班值班员", today - dt.timedelta(days=47)))

    # 3: an 积极分子 named at one of the demo's 支委会 (nine months ago)
    month = dev.add_months(dt.date(today.year, today.month, 1), -9)
    committee_meeting = next((s for s in services.meetings.list(MeetingFilter(type=MeetingType.COMMITTEE))
                              if (s.date.year, s.date.month) == (month.year, month.month)), None)
    a3 = committee_meeting.date if committee_meeting else month.replace(day=6)
    c = _applicant("周佳琪", "女", dt.date(1997, 11, 23), "研究生", "设备管理员", a3 - dt.timedelta(days=40))
    step(c, 1, c.applied_on, "党支部", "收到书面入党申请书")
    step(c, 2, c.applied_on + dt.timedelta(days=16), organiser, "谈话了解入党动机和基本情况")
    step(c, 3, a3, "支部委员会", "经党员推荐，支部委员会研究确定为入党积极分子",
         meeting=committee_meeting.uuid if committee_meeting else None)
    step(c, 4, a3 + dt.timedelta(days=9), "上级党委", "已报公司党委备案")
    mentors = people(2, a3)
    step(c, 5, a3, "支部委员会")
    c.contacts = contacts(dev.ContactRole.MENTOR, mentors, a3)
    assess(c, dev.add_months(a3, 6) - dt.timedelta(days=5), "、".join(m.name for m in mentors))
    svc.save_case(c)

    # 4: 李卫华, voted on by the demo's 大会
    vote_meeting = _meeting_voting_on(services, "李卫华")
    if vote_meeting is not None:
        v, vote_uuid = vote_meeting
        c = _applicant("李卫华", "男", dt.date(1994, 3, 8), "大学本科", "检修班副班长", dev.add_months(v, -30))
        _through_candidate(c, step, assess, people, contacts, organiser)
        a7 = c.on(7) or v
        c.publicity.append(dev.Publicity(dev.PublicityKind.ADMISSION, v - dt.timedelta(days=30),
                                         dev.add_working_days(v - dt.timedelta(days=30), 6)))
        step(c, 12, v - dt.timedelta(days=40), "支部委员会", "审查合格，同意报上级党委预审")
        step(c, 13, v - dt.timedelta(days=20), "上级党委", "预审合格，发放入党志愿书")
        step(c, 14, v - dt.timedelta(days=12), "李卫华", "在入党介绍人指导下填写入党志愿书")
        step(c, 15, v, "支部党员大会", "无记名投票表决", meeting=vote_uuid)
        step(c, 16, v + dt.timedelta(days=20), "公司党委组织员", "谈话了解对党的认识和入党动机")
        assert a7 <= v
        svc.save_case(c)

    # 5: the demo roster's 预备党员 admitted this spring (the one due for 转正 next month keeps the roster's own
    # reminder: a 预备党员 typed into the roster before the program was used)
    probationers = sorted((m for m in members if m.category is MemberCategory.PROBATIONARY and m.joined_party_on),
                          key=lambda m: m.joined_party_on or dt.date.min)
    if probationers:
        m = probationers[-1]
        j = m.joined_party_on
        assert j is not None
        c = _from_member(m, dev.add_months(j, -28))
        _through_candidate(c, step, assess, people, contacts, organiser)
        _admitted(c, j, step, assess, secretary, note="这次支部党员大会的会议记录为纸质记录，未录入本程序。")
        svc.save_case(c)

    # 6: a member who joined years ago after an extended probation
    old = [m for m in full if m.joined_party_on and m.joined_party_on <= dev.add_months(today, -40)
           and m.name not in committee]
    if old:
        m = max(old, key=lambda x: x.joined_party_on or dt.date.min)
        j = m.joined_party_on
        assert j is not None
        c = _from_member(m, dev.add_months(j, -30))
        _through_candidate(c, step, assess, people, contacts, organiser)
        _admitted(c, j, step, assess, secretary, note="")
        ext_on = dev.add_months(j, 12) + dt.timedelta(days=5)
        c.extension = dev.Extension(6, ext_on, None, ext_on + dt.timedelta(days=30),
                                    "预备期内理论学习不够深入、思想汇报不及时，经支部党员大会讨论，决定延长预备期六个月。")
        assess(c, dev.add_months(j, 15), "、".join(x.name for x in c.contacts_of(dev.ContactRole.SPONSOR)))
        ends = dev.add_months(j, 18)
        step(c, 21, ends - dt.timedelta(days=20), "党小组", "延长预备期内表现良好，考察合格")
        step(c, 22, ends - dt.timedelta(days=10), c.name, "提交书面转正申请")
        step(c, 23, ends + dt.timedelta(days=3), "支部党员大会", "无记名投票表决，同意按期转为正式党员")
        step(c, 24, ends + dt.timedelta(days=40), "上级党委", "批准转为中共正式党员")
        step(c, 25, ends + dt.timedelta(days=60), "党支部", "入党材料已归入本人档案")
        svc.save_case(c)


DECISIONS = {3, 7, 12, 13, 15, 17, 23, 24}


def _applicant(name: str, gender: str, birth: dt.date, education: str, position: str, applied: dt.date) -> dev.Case:
    c = dev.Case(name=name, applied_on=applied, gender=gender, birth_date=birth, education=education, position=position)
    c.steps[1] = dev.StepRecord(1, applied, "党支部", "收到书面入党申请书")
    return c


def _from_member(m: Member, applied: dt.date) -> dev.Case:
    return dev.Case(name=m.name, applied_on=applied, gender=m.gender, ethnicity=m.ethnicity, birth_date=m.birth_date,
                    id_number=m.id_number, education=m.education, position=m.position, phone=m.phone,
                    group_uuid=m.group_uuid, group_name=m.group_name, member_uuid=m.uuid)


def _meeting_voting_on(services: Services, name: str) -> tuple[dt.date, str] | None:
    for s in services.meetings.list(MeetingFilter(type=MeetingType.ASSEMBLY)):
        m = services.meetings.get(s.uuid)
        if any(name in v.subject for v in m.votes):
            return m.date, s.uuid
    return None


def _through_candidate(c: dev.Case, step, assess, people, contacts, organiser: str) -> None:  # noqa: ANN001
    """Steps 1–11 of a straightforward path, dated from the application."""
    a = c.applied_on
    step(c, 2, a + dt.timedelta(days=20), organiser, "谈话了解入党动机和基本情况")
    a3 = dev.add_months(a, 4)
    step(c, 3, a3, "支部委员会", "经党员推荐、工会推优，支部委员会研究确定")
    step(c, 4, a3 + dt.timedelta(days=10), "上级党委", "已报公司党委备案")
    mentors = people(2, a3, c.name)
    step(c, 5, a3, "支部委员会")
    c.contacts = contacts(dev.ContactRole.MENTOR, mentors, a3)
    who = "、".join(m.name for m in mentors)
    assess(c, dev.add_months(a3, 6) - dt.timedelta(days=3), who, weak=True)
    assess(c, dev.add_months(a3, 12) - dt.timedelta(days=3), who)
    a7 = dev.add_months(a3, 12) + dt.timedelta(days=20)
    step(c, 6, a7 - dt.timedelta(days=10), "培养联系人", "培养教育考察一年，综合考察合格")
    c.publicity.append(dev.Publicity(dev.PublicityKind.CANDIDATE, a7 - dt.timedelta(days=12),
                                     dev.add_working_days(a7 - dt.timedelta(days=12), 5)))
    step(c, 7, a7, "支部委员会", "听取党小组、培养联系人和党员群众意见，支部委员会讨论确定为发展对象")
    step(c, 8, a7 + dt.timedelta(days=7), "上级党委", "已报公司党委备案")
    sponsors = people(2, a7 + dt.timedelta(days=14), c.name)
    step(c, 9, a7 + dt.timedelta(days=14), "支部委员会")
    c.contacts += contacts(dev.ContactRole.SPONSOR, sponsors, a7 + dt.timedelta(days=14))
    step(c, 10, dev.add_months(a7, 2), "党支部", "政治审查合格：本人及直系亲属政治历史清楚，无影响入党的问题")
    c.training = dev.Training(dev.add_months(a7, 3) - dt.timedelta(days=3), dev.add_months(a7, 3), 3, 24, "公司党委党校",
                              f"党校结业证{a7.year}-{len(c.name) * 7 + 11:03d}")
    step(c, 11, dev.add_months(a7, 3), "公司党委党校", "参加发展对象集中培训，考试合格")


def _admitted(c: dev.Case, j: dt.date, step, assess, secretary: str, note: str) -> None:  # noqa: ANN001
    """Steps 12–20 around the 大会 of ``j`` (the roster's 入党日期) and the probation assessments."""
    c.publicity.append(dev.Publicity(dev.PublicityKind.ADMISSION, j - dt.timedelta(days=35),
                                     dev.add_working_days(j - dt.timedelta(days=35), 5)))
    step(c, 12, j - dt.timedelta(days=45), "支部委员会", "审查合格，同意报上级党委预审")
    step(c, 13, j - dt.timedelta(days=25), "上级党委", "预审合格，发放入党志愿书")
    step(c, 14, j - dt.timedelta(days=15), c.name, "在入党介绍人指导下填写入党志愿书")
    step(c, 15, j, "支部党员大会", "无记名投票表决，同意接收为中共预备党员", note=note)
    step(c, 16, j + dt.timedelta(days=15), "公司党委组织员", "谈话了解对党的认识和入党动机")
    step(c, 17, j + dt.timedelta(days=40), "上级党委", "批准为中共预备党员，预备期一年")
    step(c, 18, j + dt.timedelta(days=50), "上级党委组织部门", "已备案")
    step(c, 19, j + dt.timedelta(days=45), secretary, "编入党支部和党小组")
    step(c, 20, j + dt.timedelta(days=60), secretary, "在党员活动室面向党旗进行入党宣誓")
    sponsors = "、".join(x.name for x in c.contacts if x.role is dev.ContactRole.SPONSOR)
    assess(c, dev.add_months(j, 6) - dt.timedelta(days=7), sponsors)
    assess(c, dev.add_months(j, 11) - dt.timedelta(days=20), sponsors)
