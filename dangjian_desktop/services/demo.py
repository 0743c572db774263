"""Realistic demo data: one branch of about 30 members in 3 党小组, relative to today so reminders have meaning.

Each record kind adds its own demo records (meetings, pledges, inspections...) through its declaration's
``demo``: ``"module:function"`` of ``fn(services, rng, today)``, run in declaration order inside the same
transaction after the roster exists (``dangjian_desktop.features``).

The window never writes the demo into the real data folder: 「先用演示数据看看」 makes a separate demo folder beside
it (:func:`demo_dir`, marked by a ``DEMO_MARKER`` file), opens that one, and 「清除演示数据，开始正式使用」 goes back
to the real folder and deletes the demo folder (:func:`leave_demo`). While the user stays in the demo, the real
folder holds an ``OPEN_DEMO_MARKER`` file so the next start opens the demo again (:func:`start_folder`).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock, features
from dangjian_desktop.domain.enums import BranchKind, CommitteeRole, MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import ValidationError

if TYPE_CHECKING:  # app.py imports this module for its folder rules before the first paint: the roster's types
    from dangjian_desktop.domain.roster import Member  # (≈ 3 ms of dataclasses) come with the demo data only
    from dangjian_desktop.services.container import Services

DemoExtension = Callable[["Services", random.Random, dt.date], None]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = ["建国", "志强", "秀英", "海燕", "明", "伟", "芳", "军", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "超",
         "丽华", "晓东", "晓梅", "国华", "红梅", "文博", "思远", "雨欣", "子涵", "浩然", "一鸣", "佳怡", "俊杰",
         "春生", "桂兰", "德明", "玉珍", "振华", "淑芬", "卫东", "永红", "晨曦", "嘉怡"]
POSITIONS = ["运维班班长", "检修工程师", "安全员", "技术员", "综合办主任", "财务主管", "调度员", "检修工",
             "人力资源专员", "设备管理员", "项目经理", "质检员", "仓储管理员", "副总经理", "工会干事"]
EDU = ["研究生", "大学本科", "大学本科", "大学本科", "大学专科", "大学专科", "中专", "高中"]
GROUPS = ["第一党小组（运维）", "第二党小组（检修）", "第三党小组（机关）"]
AREA_CODES = ["110105", "320102", "330106", "420106", "510107", "370102", "610113", "440106"]


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _id_for(rng: random.Random, birth: dt.date, gender: str) -> str:
    from dangjian_desktop.domain import idcard

    seq = rng.randrange(10, 99)
    sex_digit = rng.choice("13579" if gender == "男" else "02468")
    return idcard.make_valid(f"{rng.choice(AREA_CODES)}{birth:%Y%m%d}{seq:02d}{sex_digit}")


def demo_members(rng: random.Random, today: dt.date, count: int = 30) -> list[Member]:
    from dangjian_desktop.domain.roster import Member

    members: list[Member] = []
    used: set[str] = set()
    for _ in range(count):
        while True:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if name not in used:
                used.add(name)
                break
        gender = "女" if rng.random() < 0.35 else "男"
        birth = dt.date(rng.randint(1968, 1998), rng.randint(1, 12), rng.randint(1, 28))
        joined = _add_years(birth, rng.randint(21, 30))
        if joined > today - dt.timedelta(days=400):
            joined = today - dt.timedelta(days=rng.randint(400, 3000))
        m = Member(
            name=name,
            gender=gender,
            ethnicity=rng.choice(["汉族"] * 9 + ["回族", "满族", "壮族"]),
            birth_date=birth,
            education=rng.choice(EDU),
            joined_party_on=joined,
            full_member_on=_add_years(joined, 1),
            category=MemberCategory.FULL,
            position=rng.choice(POSITIONS),
            phone=f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
            id_number=_id_for(rng, birth, gender),
        )
        members.append(m)
    # two 预备党员: one whose probation ends next month (转正 due), one admitted this spring
    soon = members[-1]
    soon.joined_party_on = _add_years(today + dt.timedelta(days=30), -1)
    soon.full_member_on = None
    soon.category = MemberCategory.PROBATIONARY
    fresh = members[-2]
    fresh.joined_party_on = today - dt.timedelta(days=200)
    fresh.full_member_on = None
    fresh.category = MemberCategory.PROBATIONARY
    # one member transferred out two months ago (history stays)
    gone = members[-3]
    gone.status = MemberStatus.TRANSFERRED_OUT
    gone.status_date = today - dt.timedelta(days=60)
    gone.note = "组织关系转至集团公司机关党委"
    return members


def populate(services: Services, *, seed: int = 2026, today: dt.date | None = None) -> None:
    """Fill an empty branch store with the demo branch and everything the features add."""
    # the roster's storage here, not at import: app.py imports this module for its folder rules before the first
    # paint, which reads the store without peewee (glimpse.py)
    from dangjian_desktop.domain.roster import Branch, CommitteeSeat, PartyGroup
    from dangjian_desktop.storage.repos import roster as repo

    today = today or clock.today()
    rng = random.Random(seed)
    store = services.store
    with store.atomic():
        if services.branch.profile() is not None or repo.count_members(active_only=False):
            raise ValidationError("当前数据不是空的，不能再加入演示数据。请使用一个新的数据文件夹。")
        if services.branch.mode().value != "branch":
            raise ValidationError("上级党委模式下不能加入演示数据。")
        term_end = max(today + dt.timedelta(days=5), min(today + dt.timedelta(days=60), dt.date(today.year, 12, 31)))
        branch = services.branch.save_profile(Branch(
            name="示范能源公司检修分公司党支部",
            kind=BranchKind.BRANCH,
            parent_committee="示范能源公司党委",
            founded_on=dt.date(2008, 6, 18),
            election_date=_add_years(term_end, -5),
            term_years=5,
        ))
        assert branch.uuid
        groups = [services.branch.save_group(PartyGroup(name=g, sort_order=i)) for i, g in enumerate(GROUPS)]
        members = demo_members(rng, today)
        for i, m in enumerate(members):
            g = groups[i % len(groups)]
            m.group_uuid, m.group_name = g.uuid, g.name
        repo.insert_members(branch.uuid, members)
        saved = repo.list_members(branch.uuid)
        by_group: dict[str, list[Member]] = {}
        for m in saved:
            by_group.setdefault(m.group_uuid or "", []).append(m)
        for g in groups:
            full = [m for m in by_group.get(g.uuid or "", []) if m.category is MemberCategory.FULL]
            if full:
                g.leader_uuid = full[0].uuid
                services.branch.save_group(g)
        full_members = [m for m in saved if m.category is MemberCategory.FULL]
        seats = [
            CommitteeSeat(CommitteeRole.SECRETARY, full_members[3].uuid, full_members[3].name, "主持支部全面工作"),
            CommitteeSeat(CommitteeRole.DEPUTY_SECRETARY, full_members[4].uuid, full_members[4].name, "协助书记，分管党建业务融合"),
            CommitteeSeat(CommitteeRole.MEMBER, full_members[5].uuid, full_members[5].name, "组织委员"),
            CommitteeSeat(CommitteeRole.MEMBER, full_members[6].uuid, full_members[6].name, "宣传委员"),
            CommitteeSeat(CommitteeRole.MEMBER, full_members[7].uuid, full_members[7].name, "纪检委员"),
        ]
        branch.committee = seats
        services.branch.save_profile(branch)
        for kind in features.features():
            if kind.demo:
                ext: DemoExtension = features.load(kind.demo)
                # a generator of its own per kind: adding a kind leaves the others' demo data as it was
                ext(services, random.Random(f"{seed}:{kind.key}"), today)


# -- the demo folder ----------------------------------------------------------------------------------------------
DEMO_SUFFIX = "-演示数据"
DEMO_MARKER = "这是演示数据.txt"
OPEN_DEMO_MARKER = "open-demo"
_MARKER_TEXT = ("这个文件夹是“党支部工作台账”的演示数据（一个虚构的党支部），可以随时删除，删除不影响正式数据。\n"
                "正式数据文件夹：{real}\n")


def demo_dir(real: Path) -> Path:
    """The demo folder that belongs to the real data folder ``real``: beside it, its name saying what it is."""
    real = Path(real)
    return real.with_name(real.name + DEMO_SUFFIX)


def is_demo_folder(root: Path) -> bool:
    return (Path(root) / DEMO_MARKER).is_file()


def real_folder_of(root: Path) -> Path:
    """The real data folder a demo folder belongs to (``root`` itself when it is not a demo folder)."""
    root = Path(root)
    if is_demo_folder(root) and root.name.endswith(DEMO_SUFFIX):
        return root.with_name(root.name[: -len(DEMO_SUFFIX)])
    return root


def start_folder(real: Path) -> Path:
    """The folder to open at start: the demo folder while the user is trying the demo, else the real one."""
    real = Path(real)
    demo = demo_dir(real)
    if (real / OPEN_DEMO_MARKER).is_file() and is_demo_folder(demo):
        return demo
    return real


def open_demo_folder(real: Path, *, today: dt.date | None = None) -> Services:
    """Open the demo folder of ``real`` (made and filled with the demo branch if it is not there yet) and note in
    the real folder that the demo is in use. The caller must have closed the store it had open (one store per
    process); the real folder itself is never written to except for that note."""
    from dangjian_desktop.services.container import Services

    real = Path(real)
    demo = demo_dir(real)
    if demo.exists() and any(demo.iterdir()) and not is_demo_folder(demo):
        raise ValidationError(f"文件夹“{demo}”已存在且不是演示数据，无法在那里建立演示数据。")
    demo.mkdir(parents=True, exist_ok=True)
    (demo / DEMO_MARKER).write_text(_MARKER_TEXT.format(real=real), encoding="utf-8")
    services = Services.open(demo)
    try:
        if services.info.is_empty():  # new, or left half-made by a power cut: fill it (populate is one transaction)
            populate(services, today=today)
    except BaseException:
        services.close()
        raise
    real.mkdir(parents=True, exist_ok=True)
    (real / OPEN_DEMO_MARKER).write_text("", encoding="utf-8")
    return services


def leave_demo(real: Path) -> None:
    """「清除演示数据，开始正式使用」: the next start opens the real folder, and the demo folder is deleted (its store
    must be closed). Nothing of the real folder is touched besides the note."""
    real = Path(real)
    (real / OPEN_DEMO_MARKER).unlink(missing_ok=True)
    demo = demo_dir(real)
    if is_demo_folder(demo):
        shutil.rmtree(demo, ignore_errors=True)
