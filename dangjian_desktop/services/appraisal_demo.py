"""The demo's 组织生活会 cycles: last 年度's complete (it extends the January meeting of the meetings demo — opinions,
problem lists, criticism, counted ballots, grades, rectification mostly done, the report sent), this 年度's in
progress (opinions coming in, the branch's problem list being drafted, self-assessments, the meeting planned)."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from dangjian_desktop.domain.appraisal import Ballot, FollowUp, Grade, allowed_excellent
from dangjian_desktop.domain.life_meeting import BRANCH_OWNER, Criticism, LifeMeeting, Opinion, Problem
from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType
from dangjian_desktop.domain.room import RectStatus

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

TOPICS = ("深入学习贯彻习近平新时代中国特色社会主义思想，以高质量党建引领保障检修提质增效",
          "学思想、强党性、重实践、建新功，推动党建与生产经营深度融合")
OPINIONS = [
    ("党员", "理论学习", "集中学习有时照本宣科，结合检修现场实际不够，建议多用案例交流。"),
    ("群众", "工作作风", "部分党员在班组交接班时要求不严，希望起到带头作用。"),
    ("党员", "组织建设", "党小组会有时与班前会合并，时间仓促，讨论不充分。"),
    ("服务对象", "服务群众", "抢修完成后回访不及时，希望建立回访制度。"),
    ("群众", "廉洁自律", "物资验收环节希望公开流程，接受职工监督。"),
    ("党员", "组织建设", "发展党员工作向一线倾斜不够，青年职工入党渠道不畅。"),
    ("上级党组织", "工作作风", "支部工作记录有时不够及时，台账存在事后补记现象。"),
    ("党员", "服务群众", "建议为夜班职工安排错峰的组织生活。"),
    ("群众", "其他", "希望支部多组织技能比武和经验分享。"),
]
BRANCH_PROBLEMS = [
    ("理论学习与检修实践结合不够紧", "集中学习多以读原文为主，研讨交流流于形式，学用结合不到位。", "对理论学习重要性认识不足，学习方式单一。",
     "每季度开展一次“现场学习+案例研讨”，书记带头讲专题党课。"),
    ("党建与生产经营融合不够深", "党员先锋岗、责任区在检修攻坚中作用发挥不均衡。", "考核评价机制不健全，过程管理不够。",
     "完善党员先锋岗考评细则，每月通报党员责任区完成情况。"),
    ("“三会一课”质量有待提高", "个别党小组会与班前会合并召开，讨论不充分，记录不够规范。", "对组织生活严肃性认识不到位，督促检查不够。",
     "支委分片联系党小组，每月检查会议记录，年底评比。"),
    ("服务职工群众还有差距", "抢修后回访不及时，对夜班职工的困难了解不够。", "群众观念树得不牢，联系群众制度落实不够。",
     "建立抢修回访和夜班职工谈心制度，长期坚持。"),
]
PERSONAL = [
    ("学习的系统性不够", "满足于完成规定学习任务，自学时间少。", "制定个人学习计划，每月撰写学习体会。"),
    ("工作中有畏难情绪", "面对设备老化等难题时等靠思想存在。", "牵头一项技术攻关，按季度报告进展。"),
    ("联系群众不够经常", "深入班组谈心少，对职工思想动态掌握不全面。", "每月到联系班组至少两次，记录职工诉求。"),
    ("执行制度不够严格", "对班组违反交接班制度的问题批评教育不及时。", "严格执行交接班制度，发现问题当场纠正。"),
]
SELF = ["本年度能够认真学习党的创新理论，按时参加组织生活，按期交纳党费，在检修任务中发挥了带头作用；不足是学习深度不够，今后加强。",
        "能完成岗位职责和支部分配的任务，积极参加志愿服务；对照党员标准，在带动身边职工方面还有差距。",
        "坚定理想信念，遵守党的纪律，岗位上攻坚克难；存在工作方法简单的问题，今后注意改进。"]
CRITICISMS = ["希望在理论学习上更加系统，带头讲好党课。", "抓班组管理有时放不开手，建议多听一线意见。",
              "工作标准还要再高一些，在急难险重任务面前要更主动。", "与职工谈心不够经常，要多关心青年职工成长。",
              "对违反制度的现象批评不够及时，要敢于较真碰硬。"]


def demo_meeting_day(today: dt.date) -> dt.date:
    """The day of the demo's 组织生活会 sitting (the meetings demo holds it on 15 January)."""
    jan = dt.date(today.year, 1, 15)
    return jan if jan < today else dt.date(today.year - 1, 1, 15)


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    jan = demo_meeting_day(today)
    _complete(services, rng, today, jan)
    _in_progress(services, rng, today, jan.year)


def _complete(services: Services, rng: random.Random, today: dt.date, jan: dt.date) -> None:
    svc = services.appraisal
    meeting = next((m for m in services.meetings.list(MeetingFilter(year=jan.year, type=MeetingType.LIFE_MEETING))
                    if m.date == jan), None)
    sent = jan + dt.timedelta(days=3)
    c = svc.save_cycle(LifeMeeting(
        year=jan.year - 1, topic=TOPICS[0], meeting_uuid=meeting.uuid if meeting else None, planned_on=jan,
        reported_on=jan - dt.timedelta(days=14), higher_attendee="公司党委委员、党建工作部主任 赵立新",
        ballots_issued=0, report_sent_on=sent if sent <= today else None,
        summary="会上，支部书记代表支委会通报了征求意见情况和班子对照检查情况，支部委员、党员逐一发言，"
                "开展了批评和自我批评。上级党委参会同志对会议作了点评，认为会前准备充分，查摆问题具体，"
                "批评和自我批评辣味较足，整改措施有针对性。"), today)
    uuid = c.uuid or ""
    for i, (source, cat, text) in enumerate(OPINIONS):
        svc.save_opinion(uuid, Opinion(text, source, cat, received_on=jan - dt.timedelta(days=40 - 2 * i),
                                       response="已列入支部班子问题清单" if i % 3 == 0 else "已向本人反馈"), today)
    committee = svc.committee_names()
    done_by = today - dt.timedelta(days=1)
    for i, (problem, shown, cause, measure) in enumerate(BRANCH_PROBLEMS):
        deadline = jan + dt.timedelta(days=60 + 30 * i)
        long_term = i == len(BRANCH_PROBLEMS) - 1
        finished = not long_term and deadline - dt.timedelta(days=5) <= done_by and (done_by - jan).days > 20
        p = Problem(problem, BRANCH_OWNER, manifestation=shown, cause=cause, measure=measure,
                    responsible=committee[i % len(committee)][0] if committee else "",
                    deadline=dt.date(jan.year, 12, 31) if long_term else deadline)
        if finished:
            p.status, p.completed_on = RectStatus.DONE, min(deadline - dt.timedelta(days=5), done_by)
            p.progress = "已按期完成，形成长效机制。"
        elif (today - jan).days > 20:
            p.status, p.progress = RectStatus.IN_PROGRESS, "持续推进中。"
        svc.save_problem(uuid, p, today)
    for k, (name, member_uuid) in enumerate(committee):
        for j in range(2):
            problem, shown, measure = PERSONAL[(k + j) % len(PERSONAL)]
            deadline = jan + dt.timedelta(days=90)
            p = Problem(problem, name, member_uuid, manifestation=shown, measure=measure, responsible=name,
                        deadline=deadline)
            if deadline <= done_by:
                p.status, p.completed_on = RectStatus.DONE, deadline - dt.timedelta(days=rng.randint(1, 20))
            svc.save_problem(uuid, p, today)
    for k, (name, member_uuid) in enumerate(committee):
        critic, critic_uuid = committee[(k + 1) % len(committee)]
        svc.save_criticism(uuid, Criticism(name, name, "对照检查发言：" + PERSONAL[k % len(PERSONAL)][1],
                                           member_uuid, member_uuid, response="诚恳接受，认真整改。"))
        svc.save_criticism(uuid, Criticism(critic, name, CRITICISMS[k % len(CRITICISMS)], critic_uuid, member_uuid,
                                           response="虚心接受，立行立改。"))
    c = svc.prepare_entries(uuid, today)
    rules = svc.rules()
    for e in c.entries:
        if e.is_appraised(rules) or e.probationary:
            e.self_assessment = rng.choice(SELF)
    graded = [e for e in c.entries if e.is_appraised(rules)]
    limit = allowed_excellent(len(graded), rules)
    popular = rng.sample(graded, k=min(len(graded), limit + 2))
    # one member whom many voters graded 基本合格: the branch grades them so and decides a 限期改正
    weak = next((e for e in reversed(graded) if e not in popular and e.member_name not in _committee(svc)), None)
    voters = (meeting.present if meeting else len(c.entries)) or len(c.entries)
    ballots = []
    for n in range(1, voters + 1):
        marks: dict[str, Grade] = {}
        picks = [e for e in popular if rng.random() < 0.7][:limit]
        for e in graded:
            marks[e.uuid or ""] = Grade.EXCELLENT if e in picks else (
                Grade.BASIC if rng.random() < (0.6 if e is weak else 0.02) else Grade.QUALIFIED)
        if n == voters:  # one voter ticked too many 优秀: the ballot is void
            for e in graded[: limit + 2]:
                marks[e.uuid or ""] = Grade.EXCELLENT
        ballots.append(Ballot(n, marks))
    c = svc.save_entries(uuid, c.entries, ballots_issued=voters, today=today)
    c = svc.save_ballots(uuid, ballots, ballots_issued=voters, today=today)
    ranked = sorted((e for e in c.entries if e.is_appraised(rules)),
                    key=lambda e: (-e.votes_for(Grade.EXCELLENT), e.member_name))
    top = {e.uuid for e in ranked[:limit]}
    told = jan + dt.timedelta(days=2)
    for e in c.entries:
        if e.is_appraised(rules):
            e.grade = Grade.EXCELLENT if e.uuid in top else Grade.QUALIFIED
            e.notified_on = told if told <= today else None
        if weak is not None and e.uuid == weak.uuid and e.uuid not in top:
            e.grade, e.follow_up, e.follow_up_note = Grade.BASIC, FollowUp.CORRECT, "限期三个月改正，由党小组长结对帮助，按月谈心。"
            e.follow_up_on = told if told <= today else None
    svc.save_entries(uuid, c.entries, today=today)


def _in_progress(services: Services, rng: random.Random, today: dt.date, year: int) -> None:
    svc = services.appraisal
    planned = max(dt.date(year, 12, 18), today + dt.timedelta(days=7))
    c = svc.save_cycle(LifeMeeting(year=year, topic=TOPICS[1], planned_on=planned), today)
    uuid = c.uuid or ""
    for i, (source, cat, text) in enumerate(rng.sample(OPINIONS, k=4)):
        svc.save_opinion(uuid, Opinion(text, source, cat, received_on=today - dt.timedelta(days=20 - 4 * i)), today)
    for problem, shown, cause, _measure in BRANCH_PROBLEMS[:2]:
        svc.save_problem(uuid, Problem(problem, BRANCH_OWNER, manifestation=shown, cause=cause), today)
    committee = svc.committee_names()
    if committee:
        name, member_uuid = committee[0]
        problem, shown, measure = PERSONAL[0]
        svc.save_problem(uuid, Problem(problem, name, member_uuid, manifestation=shown, measure=measure,
                                       responsible=name), today)
    c = svc.prepare_entries(uuid, today)
    for e in c.entries:
        if rng.random() < 0.4:
            e.self_assessment = rng.choice(SELF)
    svc.save_entries(uuid, c.entries, today=today)


def _committee(svc) -> set[str]:  # noqa: ANN001
    return {name for name, _uuid in svc.committee_names()}
