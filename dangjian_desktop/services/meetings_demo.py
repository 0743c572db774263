"""A demo year of 三会一课 records (realistic wording), added by ``services.meetings.demo``.

Deliberate gaps so the compliance calendar has something to show: one month without 支委会, one 党小组 without its
会 two months ago, one month without 主题党日, one quarter without 党课; and one member who has taken part in nothing
for about five months (the six-month warning).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory
from dangjian_desktop.domain.meetings import AbsenceReason, AgendaItem, Meeting, MeetingType, Scope, Vote
from dangjian_desktop.domain.participation import add_months

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

STUDY = [
    "习近平总书记在全国生态环境保护大会上的重要讲话精神",
    "习近平总书记关于安全生产的重要论述",
    "习近平总书记在二十届中央纪委全会上的重要讲话精神",
    "习近平总书记关于国有企业改革发展和党的建设的重要论述",
    "《习近平谈治国理政》第四卷有关篇目",
    "习近平总书记在庆祝中国共产党成立周年大会上的重要讲话精神",
    "习近平总书记关于能源安全新战略的重要论述",
    "习近平总书记关于加强基层党组织建设的重要指示精神",
    "习近平总书记关于推进新型工业化的重要论述",
    "习近平总书记在中央经济工作会议上的重要讲话精神",
    "习近平总书记关于党的自我革命的重要思想",
    "习近平总书记在中央党校建校周年庆祝大会上的重要讲话精神",
]
FORMS = ["集中学习、交流研讨", "书记领学、逐一发言", "原文领读、结合岗位谈体会", "观看专题片、座谈交流"]
COMMITTEE_ITEMS = [
    "通报上月党建工作和生产经营重点任务完成情况",
    "研究部署本月“三会一课”和主题党日安排",
    "研究确定入党积极分子培养联系人",
    "研究党费收缴和使用情况",
    "研究年度检修任务中党员先锋岗、责任区设置",
    "讨论支部“一支部一特色”品牌创建推进措施",
    "研究党员承诺践诺情况通报",
    "研究迎峰度夏（度冬）保供电党员突击队组建",
]
GROUP_ITEMS = [
    "交流本月思想、工作情况",
    "讨论落实支部本月工作安排",
    "开展安全生产经验分享",
    "学习新修订的检修作业规程",
    "组织党员承诺践诺情况互评",
]
ASSEMBLY_ITEMS = [
    "通报本季度支部工作情况",
    "通报党费收缴情况",
    "讨论支部年度工作要点",
    "通报发展党员工作进展",
]
LECTURE_TOPICS = [
    "坚定理想信念 勇担能源保供使命",
    "以高质量党建引领检修提质增效",
    "学习党的二十届三中全会精神 做改革的促进派",
    "严守纪律规矩 永葆清正廉洁",
    "传承红色基因 争做岗位先锋",
]
THEME_DAYS = [
    "重温入党誓词暨“安全生产月”主题党日",
    "“党员进班组、服务零距离”主题党日",
    "参观红色教育基地主题党日",
    "“绿色能源进社区”志愿服务主题党日",
    "“学条例、守规矩”主题党日",
    "“迎七一、颂党恩”主题党日",
    "“保供电、践承诺”主题党日",
    "“我为群众办实事”主题党日",
    "“廉洁文化进班组”主题党日",
    "“岗位练兵、技能比武”主题党日",
    "“清洁家园”志愿服务主题党日",
    "“学习二十届三中全会精神”主题党日",
]
PLACES = ["公司三楼党员活动室", "检修分公司二楼会议室", "党员活动室", "生产调度中心会议室"]
REMARKS = [
    "要把学习成果转化为推动工作的实际成效，结合当前检修任务，抓好安全生产各项措施落实。",
    "班组长要带头讲安全、讲规矩，党员要在急难险重任务中亮身份、作表率。",
    "要坚持问题导向，对照上级要求查找支部工作中的短板，逐项制定整改措施。",
    "学习要联系实际、学用结合，避免照本宣科，把学习体会写进工作笔记。",
    "要关心关爱一线职工，及时了解思想动态，把矛盾化解在班组。",
    "要严格落实“三会一课”制度，做到会前有准备、会中有记录、会后有落实。",
]
FEELINGS = [
    "结合本岗位谈了学习体会，表示要把安全责任落实到每一张工作票、每一次操作中",
    "谈到检修现场的新技术应用，认为党员要带头学技术、练本领",
    "提出要加强与兄弟班组的协作，建议支部组织一次经验交流",
    "表示将认真践行年初承诺，在设备消缺攻坚中当好先锋",
    "结合自身不足作了剖析，表示要加强理论学习，提高政治站位",
    "建议把学习资料印发到班组，方便大家利用班前会时间学习",
    "谈到夜间抢修中党员突击队的作用，建议总结经验、形成制度",
    "对照先进找差距，表示在技术攻关中要敢于啃“硬骨头”",
    "提出部分青年职工对职业发展有顾虑，建议支部多开展谈心谈话",
    "认为学习要和解决现场难题结合起来，不能停留在读原文、写笔记",
    "对班组安全管理提出不同意见，认为交接班制度还需细化，建议下月专题研究",
    "表示要带头遵守廉洁纪律，在物资采购验收中坚持原则",
]
REASON_TEXT = {
    AbsenceReason.BUSINESS: ["赴外地参加设备监造", "在现场执行抢修任务", "参加集团公司培训班"],
    AbsenceReason.SICK: ["住院治疗", "因病休息"],
    AbsenceReason.PERSONAL: ["家中有事请假", "陪护家人"],
    AbsenceReason.OTHER: ["轮值夜班", "外派项目部"],
}


def _minutes(rng: random.Random, host: str, study: str, present: list[str], items: list[str],
             paragraphs: int = 3, extra: list[str] | None = None) -> str:
    speakers = rng.sample(present, k=min(len(present), paragraphs))
    lines = [
        f"{host}主持会议，通报应到、实到人数，会议符合召开要求。",
        f"一、第一议题学习。{host}领学了{study}，并就学习贯彻提出要求：{rng.choice(REMARKS)}",
    ]
    for name in speakers:
        lines.append(f"{name}发言：{rng.choice(FEELINGS)}。")
    for i, item in enumerate(items, start=2):
        num = "二三四五六七八九十"[i - 2]
        if extra and i == len(items) + 1:
            lines.append(f"{num}、{item}。")
            lines += extra
        else:
            lines.append(f"{num}、{item}。与会同志进行了讨论，{rng.choice(REMARKS)}")
    lines.append(f"最后，{host}作总结：{rng.choice(REMARKS)}")
    lines.append("散会。")
    return "\n".join(lines)


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    svc = services.meetings
    branch = services.branch.require_profile()
    groups = services.branch.groups()
    secretary = branch.secretary_name
    committee = [s.name for s in branch.committee]
    deputy = next((s.name for s in branch.committee if s.role is CommitteeRole.DEPUTY_SECRETARY), secretary)
    organiser = next((s.name for s in branch.committee if "组织" in s.duty), committee[-1] if committee else "")
    members = services.roster.members()
    leaders = {g.leader_name for g in groups}
    inactive = next(m for m in reversed(members) if m.category is MemberCategory.FULL and m.name not in committee
                    and m.name not in leaders)
    quiet_since = today - dt.timedelta(days=150)
    study_i = iter(range(10_000))

    this_month = dt.date(today.year, today.month, 1)
    start_month = add_months(this_month, -11)
    skip_committee = add_months(this_month, -4)
    skip_group = (add_months(this_month, -2), groups[-1].uuid if groups else None)
    skip_theme = add_months(this_month, -6)
    q_now = (today.month - 1) // 3
    skip_lecture_q = (today.year, q_now - 1) if q_now > 0 else (today.year - 1, 3)
    vote_month = add_months(dt.date(today.year, q_now * 3 + 1, 1), -2)  # middle of the last full quarter
    secretary_lectured: set[int] = set()  # years in which the secretary gave a 党课 (the first one of each)

    def day_in(month: dt.date, day: int) -> dt.date:
        return month.replace(day=min(day, 28))

    def make(types: list[MeetingType], day: dt.date, *, scope: Scope | None = None, group=None,  # noqa: ANN001
             title: str = "", items: list[str] | None = None, host: str = "", paragraphs: int = 3,
             start: tuple[int, int] = (14, 30), hours: float = 1.5, study: bool = True,
             extra: bool = False) -> Meeting | None:
        if day >= today:
            return None
        m = svc.new_meeting(types, day, scope, group.uuid if group else None)
        m.title = title
        m.start_time = dt.time(*start)
        end = dt.datetime.combine(day, m.start_time) + dt.timedelta(hours=hours)
        m.end_time = end.time()
        m.place = rng.choice(PLACES)
        m.host = host or secretary
        m.recorder = organiser if m.host != organiser else deputy
        for a in m.attendees:
            if a.name == inactive.name and day >= quiet_since:
                a.present = False
                a.reason = rng.choice([AbsenceReason.PERSONAL, AbsenceReason.OTHER])
                a.reason_text = "外派项目部" if a.reason is AbsenceReason.OTHER else "家中有事请假"
            elif a.name not in (m.host, m.recorder) and rng.random() < 0.07:
                a.present = False
                a.reason = rng.choice([AbsenceReason.BUSINESS, AbsenceReason.BUSINESS, AbsenceReason.SICK,
                                       AbsenceReason.PERSONAL])
                a.reason_text = rng.choice(REASON_TEXT[a.reason])
        topic = STUDY[next(study_i) % len(STUDY)]
        agenda = []
        if study:
            agenda.append(AgendaItem(f"第一议题：学习{topic}", True,
                                     f"学习形式：{rng.choice(FORMS)}。学习要点：深刻领会{topic}的核心要义，"
                                     "结合本单位实际抓好贯彻落实。"))
        for it in items or []:
            agenda.append(AgendaItem(it))
        m.agenda = agenda
        present = [a.name for a in m.present if a.name != m.host] or [m.host]
        m.minutes = _minutes(rng, m.host, topic, present, items or [], paragraphs,
                             _long_discussion(rng, present) if extra else None)
        return m

    def save(m: Meeting | None, *, final: bool = True) -> Meeting | None:
        if m is None:
            return None
        saved = svc.save(m, today)
        if final and (today - m.date).days > 20:
            saved = svc.finalise(saved.uuid or "", today)
        return saved

    month = start_month
    while month <= this_month:
        # 支委会, early each month
        if month != skip_committee:
            save(make([MeetingType.COMMITTEE], day_in(month, 6), title=f"{month.month}月支部委员会",
                      items=rng.sample(COMMITTEE_ITEMS, 2)))
        # 党小组会, each group in the middle of the month
        for gi, g in enumerate(groups):
            if (month, g.uuid) == skip_group:
                continue
            save(make([MeetingType.GROUP], day_in(month, 12 + gi), scope=Scope.GROUP, group=g,
                      title=f"{g.name}{month.month}月党小组会", host=g.leader_name or secretary,
                      items=rng.sample(GROUP_ITEMS, 2), paragraphs=2, start=(16, 0), hours=1.0))
        # 主题党日 around the 20th; in a quarter's last month it includes the 党课
        quarter = (month.year, (month.month - 1) // 3)
        lecture = month.month % 3 == 0 and quarter != skip_lecture_q
        if month != skip_theme:
            types = [MeetingType.THEME_DAY] + ([MeetingType.LECTURE] if lecture else [])
            m = make(types, day_in(month, 20), title=THEME_DAYS[month.month - 1], items=[], start=(9, 0),
                     hours=2.5, study=False)
            if m is not None:
                m.agenda = [AgendaItem("重温入党誓词"), AgendaItem(_activity(THEME_DAYS[month.month - 1]))]
                if lecture:
                    by_secretary = month.year not in secretary_lectured
                    secretary_lectured.add(month.year)
                    m.lecturer = secretary if by_secretary else rng.choice([deputy, "公司党委副书记 周文斌"])
                    m.lecture_topic = LECTURE_TOPICS[month.month % len(LECTURE_TOPICS)]
                    m.agenda.insert(0, AgendaItem(f"党课：{m.lecture_topic}", False, f"讲课人：{m.lecturer}"))
                    m.minutes = (f"{m.lecturer}同志以《{m.lecture_topic}》为题讲授专题党课。党课从理论学习、"
                                 "历史经验和本单位实际三个方面展开，结合检修一线的典型事例，要求全体党员在急难险重"
                                 "任务中站得出来、冲得上去。\n" + m.minutes)
                save(m)
        # 党员大会 in the middle month of each quarter
        if month.month % 3 == 2:
            is_vote = month == vote_month
            items = rng.sample(ASSEMBLY_ITEMS, 2) + (["讨论接收发展对象李卫华同志为中共预备党员"] if is_vote else [])
            m = make([MeetingType.ASSEMBLY], day_in(month, 25), title=f"{month.year}年第{(month.month + 2) // 3}"
                     "季度支部党员大会", items=items, paragraphs=8 if is_vote else 3, hours=2, extra=is_vote)
            if m is not None and is_vote:
                voters = m.voting_present
                m.votes = [Vote("接收李卫华同志为中共预备党员", voters - 1, 0, 1)]
                m.resolutions = (f"经无记名投票表决，赞成{voters - 1}票，反对0票，弃权1票，赞成票超过应到会有表决权"
                                 "党员的半数，同意接收李卫华同志为中共预备党员，报上级党委审批。")
            save(m)
        month = add_months(month, 1)

    # 组织生活会 and 民主评议党员 in one sitting, in January
    jan = dt.date(today.year, 1, 15)
    if jan >= today:
        jan = dt.date(today.year - 1, 1, 15)
    m = make([MeetingType.LIFE_MEETING, MeetingType.APPRAISAL], jan, title=f"{jan.year - 1}年度组织生活会和民主评议党员",
             items=["通报支部班子对照检查情况", "党员逐一开展批评和自我批评", "民主评议党员，无记名测评"],
             paragraphs=6, start=(9, 0), hours=3.5, study=True)
    if m is not None:
        m.resolutions = "评议结果：优秀9名，合格其余党员；预备党员参加评议但不评定等次。结果报上级党委。"
        save(m)
    # a planned 支委会 next week: the 签到表 is printed from it
    planned = svc.new_meeting([MeetingType.COMMITTEE], today + dt.timedelta(days=7))
    planned.title = "计划：研究年度组织生活会准备工作"
    planned.place = PLACES[0]
    planned.host = secretary
    planned.recorder = organiser
    planned.start_time = dt.time(14, 30)
    planned.agenda = [AgendaItem("第一议题：学习习近平总书记最新重要讲话精神", True),
                      AgendaItem("研究年度组织生活会和民主评议党员准备工作")]
    svc.save(planned, today)


def _long_discussion(rng: random.Random, names: list[str]) -> list[str]:
    parts = ["党小组长汇报了李卫华同志的培养教育情况：该同志于前年提出入党申请，经党组织培养考察，能够认真学习党的"
             "理论，工作中吃苦耐劳，在去年迎峰度夏保供电任务中连续坚守现场，表现突出。",
             "入党介绍人分别介绍了对该同志的考察意见，认为其已基本具备党员条件。"]
    for name in rng.sample(names, k=min(6, len(names))):
        parts.append(f"{name}发言：{rng.choice(FEELINGS)}；对李卫华同志，认为其业务能力强，建议今后在理论学习"
                     "方面再加强，注意团结带动身边职工。")
    parts.append("主持人宣布进行无记名投票表决，监票人、计票人由大会推选产生。计票结果当场宣布。")
    return parts


def _activity(theme_day: str) -> str:
    """The activity of a 主题党日 title as an agenda item: “清洁家园”志愿服务主题党日 -> “清洁家园”志愿服务,
    “学条例、守规矩”主题党日 -> 学条例、守规矩 (quotes dropped only when they enclose the whole)."""
    text = theme_day.replace("主题党日", "").strip()
    if text.startswith("“") and text.endswith("”") and text.count("“") == 1:
        text = text[1:-1]
    return text or "主题活动"
