"""Demo data for 党员承诺: last year's campaign closed and evaluated, this year's in 践诺/评诺, with one vague pledge
returned by the branch, a few mentor pairs (一带二) and progress entries with dates spread over the year."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from dangjian_desktop.domain import pledges
from dangjian_desktop.storage.repos import pledges as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

# -- demo -------------------------------------------------------------------------------------------------------

_DEMO_TEXTS: dict[str, list[tuple[str, str]]] = {
    "岗位履职": [
        ("全年完成分管设备的定期巡检和缺陷消除，设备完好率保持在98%以上，不发生因巡检不到位造成的设备停运。",
         "每周至少巡检2次，建立缺陷台账，发现问题24小时内上报并跟踪到闭环。"),
        ("牵头完成本班组年度检修计划，按期完成率100%，检修质量一次验收合格。",
         "提前编制检修方案和作业指导书，每月对照计划检查进度。"),
        ("做好综合办公室公文流转和档案管理工作，全年公文办理零差错，档案按时归档率100%。",
         "建立收发文登记和督办台账，每季度自查一次档案归档情况。"),
        ("严格落实调度规程，全年不发生误调度、误操作事件，做好每一次交接班。",
         "交接班“五清楚”，重要操作执行双人复核。"),
    ],
    "学习提升": [
        ("认真学习党的二十大精神和习近平新时代中国特色社会主义思想，全年撰写学习心得不少于4篇，"
         "参加支部集中学习不缺席，结合岗位实际把学习成果转化为推动工作的具体举措，在党小组会上作一次交流发言。",
         "每天使用学习强国不少于30分钟；每季度完成一篇心得；主动承担一次党小组学习领学任务。"),
        ("通过继电保护专业中级职称考试，系统学习新版安全工作规程。",
         "制定个人学习计划，每周学习不少于6小时，参加公司组织的专业培训。"),
        ("全年读完4本专业书籍和2本党史书籍，并在班组内分享读书体会。",
         "每季度读一本书，利用班前会分享。"),
    ],
    "服务群众": [
        ("主动联系2户困难职工家庭，每季度至少走访一次，帮助解决实际困难，及时反映职工的意见和诉求。",
         "建立联系台账，记录走访情况；遇到困难及时向支部和工会报告。"),
        ("参加志愿服务活动不少于4次，带头参加社区“双报到”活动。",
         "与社区对接活动时间，提前安排好班组工作。"),
        ("为新入职员工当好引路人，帮助他们尽快熟悉岗位、融入集体。", "每月与新员工谈心一次，解答工作和生活上的问题。"),
    ],
    "安全生产": [
        ("带头遵守安全规程，全年个人“零违章”，所在班组不发生人身轻伤及以上事故，"
         "坚决做到“四不伤害”，对发现的违章行为敢于制止、及时纠正，并在班组安全日活动中讲一次安全课。",
         "每次作业前认真开展危险点分析，严格执行“两票三制”，每月参加班组安全日活动。"),
        ("组织班组开展反违章自查自纠，全年查找并整改安全隐患不少于12项。", "每月组织一次安全检查，隐患登记后限期整改。"),
        ("做好所辖区域消防器材的检查和维护，确保完好率100%。", "每月检查一次，建立检查记录。"),
    ],
    "创新创效": [
        ("围绕检修工艺难题开展一项QC课题攻关，力争取得成果并在公司推广应用。",
         "组建攻关小组，每月召开一次推进会，年底形成成果报告。"),
        ("提出合理化建议不少于3条，至少1条被采纳实施，为降本增效作贡献。", "结合日常工作梳理改进点，按季度提交建议。"),
    ],
    "其他": [
        ("严守廉洁纪律，不接受服务对象的宴请和礼品，自觉接受组织和群众监督。", "每半年对照廉洁从业规定自查一次。"),
        ("按时足额交纳党费，积极参加组织生活，全年组织生活出勤率100%。", "每月5日前交纳党费。"),
    ],
}

_DEMO_PROGRESS = [
    "按计划完成本月工作，相关记录已归档。",
    "完成阶段性目标，在党小组会上作了汇报。",
    "本季度进展顺利，已达到全年目标的一半以上。",
    "遇到人手紧张的问题，调整了工作安排，进度基本正常。",
    "参加公司组织的专题培训并通过考试。",
    "走访困难职工家庭，帮助联系解决子女入学问题。",
    "完成设备隐患排查3项，均已整改闭环。",
]


def demo_campaign_year(today: dt.date) -> int:
    """The year of the demo's current campaign: in January and February the branch is still closing last year's."""
    return today.year if today.month >= 3 else today.year - 1


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    """A year of pledges for the demo branch: last year's closed campaign and this year's in 践诺/评诺."""
    svc = services.pledges
    members = services.roster.members()
    categories = list(pledges.DEFAULT_CATEGORIES)
    year = demo_campaign_year(today)
    # last year: pledged, kept and evaluated
    last = svc.create_campaign(year - 1, announced_on=dt.date(year - 1, 2, 20))
    assert last.uuid
    for m in members[: int(len(members) * 0.7)]:
        assert m.uuid
        for cat in rng.sample(categories[:5], 2):
            content, measures = rng.choice(_DEMO_TEXTS[cat])
            it = repo.save_item(last.uuid, m.uuid, pledges.PledgeItem(
                content=content, measures=measures, category=cat, deadline=dt.date(year - 1, 12, 31),
                pledged_on=dt.date(year - 1, 2, 20), status=pledges.ReviewStatus.APPROVED,
                final_status=pledges.FinalStatus.DONE))
            assert it.uuid
        repo.save_evaluation(pledges.PledgeSheet(last.uuid, m.uuid, self_assessment="全年承诺事项均已兑现。",
                                                 group_comment="同意。", grade=rng.choice(["优秀", "良好", "良好"]),
                                                 evaluated_on=dt.date(year - 1, 12, 25)))
    # this year
    announced = dt.date(year, 2, 26)
    cur = svc.create_campaign(year, announced_on=announced)
    assert cur.uuid
    without = {m.uuid for m in members[-5:-3]}  # two members have not pledged yet
    grades = svc.grades()
    evaluated = 0
    for idx, m in enumerate(members):
        assert m.uuid
        if m.uuid in without:
            continue
        n = rng.choice([2, 3, 3, 4])
        cats = rng.sample(categories, n)
        for k, cat in enumerate(cats):
            content, measures = rng.choice(_DEMO_TEXTS[cat])
            deadline = dt.date(year, rng.choice([6, 9, 12]), 30 if rng.random() < 0.5 else 28)
            item = pledges.PledgeItem(content=content, measures=measures, category=cat, deadline=deadline,
                                      pledged_on=announced, status=pledges.ReviewStatus.APPROVED, sort_order=k)
            if idx == 2 and k == 0:  # a vague pledge sent back by the branch
                item = pledges.PledgeItem(content="努力做好本职工作，发挥党员作用", measures="", category=cat,
                                          status=pledges.ReviewStatus.RETURNED, sort_order=k,
                                          review_comment="内容笼统，请写明具体目标、衡量标准和完成时间。")
            elif idx == 5 and k == 0:
                item.status, item.pledged_on = pledges.ReviewStatus.SUBMITTED, None
            saved = repo.save_item(cur.uuid, m.uuid, item)
            assert saved.uuid
            if saved.status is pledges.ReviewStatus.APPROVED and announced < today:
                span = (today - announced).days
                for _ in range(rng.randint(0, 3)):
                    on = announced + dt.timedelta(days=rng.randint(1, max(1, span)))
                    on = min(on, today, dt.date(year, 12, 31))
                    repo.add_progress(saved.uuid, pledges.ProgressEntry(on=on, text=rng.choice(_DEMO_PROGRESS)))
        if idx % 3 == 0 and evaluated < 8 and idx not in (2, 5):
            sheet = repo.get_sheet(cur.uuid, m.uuid)
            assert sheet is not None
            for it in sheet.items:
                it.final_status = pledges.FinalStatus.DONE if rng.random() < 0.8 else pledges.FinalStatus.PARTLY
                it.final_note = "" if it.final_status is pledges.FinalStatus.DONE else "受项目延期影响，剩余部分转入明年继续推进。"
                repo.save_item(cur.uuid, m.uuid, it)
            sheet.self_assessment = "本年度承诺事项基本兑现，在学习和岗位工作上有提高，不足是创新方面投入不够。"
            sheet.group_comment = "该同志认真履行承诺，工作积极主动，群众评价较好。"
            sheet.grade = rng.choice(grades[:2])
            sheet.evaluated_on = min(today, dt.date(year, 12, 31))
            repo.save_evaluation(sheet)
            evaluated += 1
    # 一带二
    mentors = [m for m in members if m.uuid not in without][:2]
    pairs = [
        (["赵小川", "钱一帆"], "帮助两名青年员工取得高压电工作业证，能够独立完成倒闸操作。",
         "两人均已取得高压电工作业证，其中一人已能独立完成倒闸操作。", pledges.PairOutcome.PARTLY),
        (["孙晓雨", "李嘉明"], "带领两名新员工熟悉安全规程和检修工艺，年内能独立承担一般检修任务。", "", pledges.PairOutcome.NONE),
    ]
    for mentor, (mentees, goal, result, outcome) in zip(mentors, pairs, strict=False):
        assert mentor.uuid
        repo.save_pair(pledges.MentorPair(campaign_uuid=cur.uuid, mentor_uuid=mentor.uuid, mentees=mentees, goal=goal,
                                          result=result, outcome=outcome))
