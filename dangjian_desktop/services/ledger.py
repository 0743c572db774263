"""年度党建工作台账 (the year's ledger): chapters collected from every record kind, printed as one PDF.

A kind's ``ledger`` (``dangjian_desktop.features``) is ``"module:function"`` of ``fn(services, year, today) ->
list[LedgerSection]`` (meetings by type and month, attendance, pledges, inspections...). Chapters are sorted by
``LedgerSection.order`` and numbered 一、二、三 when printed. The roster's chapters (branch, members, term) live
here because the roster is the foundation the others refer to.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock, features
from dangjian_desktop.domain.charts import BarChart, Progress, Series
from dangjian_desktop.domain.enums import EDUCATION_LEVELS, MemberCategory, MemberStatus
from dangjian_desktop.domain.ledger import Fields, Ledger, LedgerSection, Signatures, Table, Text
from dangjian_desktop.domain.progress import Progress as ProgressCallback
from dangjian_desktop.domain.roster import Member

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

# Chapter order: foundation 10-30; meetings 40-50; pledges 60; room 70; term and 换届 last before signatures (90).


def roster_chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    """The roster kind's chapters: the branch, its members, the committee's term."""
    return [*branch_section(services, year, today), *roster_section(services, year, today),
            *term_section(services, year, today)]

AGE_BANDS: list[tuple[str, int, int]] = [("35岁及以下", 0, 35), ("36至45岁", 36, 45), ("46至55岁", 46, 55),
                                         ("56岁及以上", 56, 200)]
TERM_NOTICE_MONTHS = 6  # the higher committee reminds about 6 months ahead
TERM_REQUEST_DAYS = 30  # the request to hold the election goes up about a month before the vote


def year_end(year: int, today: dt.date) -> dt.date:
    """The day the ledger describes: 31 December, or today for the running year."""
    return min(dt.date(year, 12, 31), today) if year >= today.year else dt.date(year, 12, 31)


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _months_before(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    import calendar

    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def roster_breakdown(members: Sequence[Member], as_of: dt.date, group_names: Sequence[str]) -> dict[str, Counter]:
    """Counts by 类别, 性别, 党小组, 年龄段, 学历 of ``members`` on ``as_of``."""
    out: dict[str, Counter] = {k: Counter() for k in ("category", "gender", "group", "age", "education")}
    for m in members:
        out["category"][m.category.value] += 1
        out["gender"][m.gender or "未填写"] += 1
        out["group"][m.group_name or "未分组"] += 1
        age = age_on(m.birth_date, as_of)
        band = next((label for label, lo, hi in AGE_BANDS if age is not None and lo <= age <= hi), "未填写")
        out["age"][band] += 1
        out["education"][m.education or "未填写"] += 1
    # keep every known bucket, even at 0, in a stable order
    out["group"] = Counter({g: out["group"].get(g, 0) for g in group_names} | dict(out["group"]))
    return out


def _ordered(counter: Counter, order: Sequence[str]) -> list[tuple[str, int]]:
    return [(k, counter.get(k, 0)) for k in order] + [(k, n) for k, n in counter.items() if k not in order]


# -- foundation chapters ----------------------------------------------------------------------------------------


def branch_section(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    branch = services.branch.require_profile()
    as_of = year_end(year, today)
    members = services.roster.members_on(as_of)
    full = sum(1 for m in members if m.category is MemberCategory.FULL)
    groups = services.branch.groups()
    blocks: list = [
        Fields((
            ("党组织名称", branch.name), ("组织类型", branch.kind.value),
            ("上级党组织", branch.parent_committee), ("成立日期", _d(branch.founded_on)),
            ("党员总数", f"{len(members)}名（正式{full}名，预备{len(members) - full}名）"),
            ("党小组", f"{len(groups)}个"),
            ("本届选举日期", _d(branch.election_date)), ("任期届满", _d(branch.term_ends_on)),
        )),
        Text("支部委员会", "heading"),
    ]
    seats = [(s.role.value, s.name, s.duty) for s in branch.committee]
    blocks.append(Table(("职务", "姓名", "分工"), tuple(seats), (1, 1.2, 3), ("center", "center", "left"),
                        empty_text="（未设支部委员会或尚未填写委员）"))
    blocks.append(Text("党小组设置", "heading"))
    by_group = Counter(m.group_uuid for m in members)
    blocks.append(Table(("党小组", "组长", "党员人数"),
                        tuple((g.name, g.leader_name, by_group.get(g.uuid, 0)) for g in groups), (3, 1.2, 1),
                        ("left", "center", "center"), empty_text="（未设党小组）"))
    return [LedgerSection("branch", "党支部基本情况", 10, blocks)]


def roster_section(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    as_of = year_end(year, today)
    members = services.roster.members_on(as_of)
    group_names = [g.name for g in services.branch.groups()]
    counts = roster_breakdown(members, as_of, group_names)
    total = len(members)

    def share(n: int) -> str:
        return f"{n * 100 / total:.1f}%" if total else "—"

    rows: list[tuple[object, ...]] = []
    for title, key, order in (("党员类别", "category", [c.value for c in MemberCategory]), ("性别", "gender", ["男", "女"]),
                              ("年龄", "age", [b[0] for b in AGE_BANDS]), ("学历", "education", list(EDUCATION_LEVELS)),
                              ("党小组", "group", group_names)):
        for label, n in _ordered(counts[key], order):
            if n or key in ("category", "group"):
                rows.append((title, label, n, share(n)))
    blocks: list = [
        Text(f"截至{_d(as_of)}，支部共有党员{total}名，其中正式党员{counts['category'].get('正式党员', 0)}名，"
             f"预备党员{counts['category'].get('预备党员', 0)}名；女党员{counts['gender'].get('女', 0)}名。"),
        Table(("分类", "项目", "人数", "占比"), tuple(rows), (1.2, 2.2, 1, 1), ("center", "left", "center", "center")),
        BarChart("党员年龄结构", tuple(b[0] for b in AGE_BANDS),
                 (Series("人数", tuple(float(counts["age"].get(b[0], 0)) for b in AGE_BANDS)),), unit="人",
                 key="age"),
    ]
    # changes during the year
    everyone = services.roster.members(_all())
    start, end = dt.date(year, 1, 1), as_of
    changes: list[tuple[object, ...]] = []
    for m in everyone:
        if m.joined_party_on and start <= m.joined_party_on <= end:
            changes.append((_d(m.joined_party_on), m.name, "接收为预备党员", m.group_name))
        if m.full_member_on and start <= m.full_member_on <= end:
            changes.append((_d(m.full_member_on), m.name, "按期转为正式党员", m.group_name))
        if m.joined_branch_on and start <= m.joined_branch_on <= end:
            changes.append((_d(m.joined_branch_on), m.name, "组织关系转入", m.group_name))
        if m.status is not MemberStatus.ACTIVE and m.status_date and start <= m.status_date <= end:
            changes.append((_d(m.status_date), m.name, m.status.value + (f"（{m.note}）" if m.note else ""),
                            m.group_name))
    changes.sort(key=lambda r: str(r[0]))
    blocks += [Text("本年度党员变动情况", "heading"),
               Table(("日期", "姓名", "变动情况", "党小组"), tuple(changes), (1.4, 1, 3, 2),
                     ("center", "center", "left", "left"), empty_text="（本年度无党员变动）")]
    blocks += [Text("党员名单", "heading"),
               Table(("序号", "姓名", "性别", "出生年月", "学历", "入党时间", "类别", "党小组"),
                     tuple((i, m.name, m.gender, _ym(m.birth_date), m.education, _ym(m.joined_party_on),
                            "预备" if m.category is MemberCategory.PROBATIONARY else "正式", m.group_name)
                           for i, m in enumerate(members, start=1)),
                     (0.7, 1.1, 0.7, 1.1, 1.3, 1.1, 0.8, 2.4),
                     ("center", "center", "center", "center", "center", "center", "center", "left"))]
    return [LedgerSection("roster", "党员队伍情况", 20, blocks)]


def term_section(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    branch = services.branch.require_profile()
    end = branch.term_ends_on
    blocks: list = []
    if end is None or branch.election_date is None:
        blocks.append(Text("未填写本届支部委员会选举日期，无法推算任期。请在“设置”中填写。", "flush"))
        return [LedgerSection("term", "任期与换届", 90, blocks, new_page=False)]
    notice = _months_before(end, TERM_NOTICE_MONTHS)
    request = end - dt.timedelta(days=TERM_REQUEST_DAYS)
    days = (end - today).days
    if days < 0:
        status = f"已于{_d(end)}届满，应及时换届；如需延期须报上级党委批准（一般不超过一年）。"
    elif days <= 183:
        status = f"将于{_d(end)}届满（还有{days}天），应着手准备换届选举。"
    else:
        status = f"任期内，将于{_d(end)}届满。"
    blocks += [
        Fields((("本届选举日期", _d(branch.election_date)), ("任期", f"{branch.term_years}年"),
                ("任期届满日期", _d(end)), ("当前状态", status)), per_row=1),
        Text("换届工作时间安排", "heading"),
        Table(("步骤", "时间", "说明"), (
            ("上级党委提醒、支部启动换届准备", f"{_d(notice)}前后", "届满前约6个月"),
            ("向上级党委报送召开党员大会进行换届选举的请示", f"{_d(request)}前", "届满前约1个月"),
            ("召开支部党员大会选举新一届支部委员会", f"{_d(end)}前", "应到会有选举权的党员超过4/5方可进行选举；差额不少于20%"),
            ("选举结果报上级党委审批", "选举后", "书记、副书记人选报上级党委批准"),
        ), (3, 1.6, 3), ("left", "center", "left")),
        Progress("本届任期已过", float(max(0, min((today - branch.election_date).days, (end - branch.election_date).days))),
                 float((end - branch.election_date).days), unit="天", note=f"届满 {end.isoformat()}", key="term"),
    ]
    return [LedgerSection("term", "任期与换届", 90, blocks)]


# -- the ledger ---------------------------------------------------------------------------------------------------


def collect(services: Services, year: int, today: dt.date | None = None,
            progress: ProgressCallback | None = None) -> Ledger:
    """Every chapter for ``year`` from every provider. A provider that fails is logged and its chapter says so.
    ``progress`` hears 「第 n / N 部分」 before each provider reads (and may cancel there: nothing is written)."""
    today = today or clock.today()
    branch = services.branch.require_profile()
    sections: list[LedgerSection] = []
    providers = features.paths("ledger")
    for n, path in enumerate(providers, start=1):
        if progress is not None:
            progress(n - 1, len(providers), f"正在读取：第 {n} / {len(providers)} 部分")
        try:
            sections.extend(features.load(path)(services, year, today))
        except Exception:  # one broken chapter must not stop the whole ledger
            log.exception("ledger section provider %s failed", path)
            sections.append(LedgerSection(path, "（本部分生成失败）", 999, [
                Text("这一部分的数据读取失败，详细信息已写入日志文件。其余部分不受影响。", "flush")], new_page=False))
    sections.sort(key=lambda s: s.order)
    ledger = Ledger(year=year, branch=branch, made_on=today, sections=sections)
    ledger.sections.append(LedgerSection("sign", "审核签字", 1000, [
        Text("以上台账内容经支部委员会审核，与原始记录一致。", "body"),
        Signatures(("党支部书记", "组织委员")),
    ], new_page=False))
    return ledger


def ledger_pdf(services: Services, year: int, out: Path | str, today: dt.date | None = None, *,
               progress: ProgressCallback | None = None) -> Path:
    """Write the 年度党建工作台账 of ``year`` to ``out``. ``progress`` (domain.progress) hears the chapters read,
    then 「第 n / N 章」 while the pages are laid out; it may cancel (nothing is written)."""
    from dangjian_desktop.domain.errors import ValidationError
    from dangjian_desktop.reports.ledger import build_ledger_pdf

    today = today or clock.today()
    if not 2000 <= year <= today.year + 1:
        raise ValidationError(f"年度“{year}”不在可生成的范围内（2000年至{today.year + 1}年）。")
    ledger = collect(services, year, today, progress)
    return build_ledger_pdf(out, ledger, progress=progress)


def _all():  # noqa: ANN202
    from dangjian_desktop.domain.roster import MemberFilter

    return MemberFilter(include_inactive=True)


def _d(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else "（未填写）"


def _ym(d: dt.date | None) -> str:
    return f"{d.year}.{d.month:02d}" if d else ""
