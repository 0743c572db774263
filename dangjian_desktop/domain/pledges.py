"""党员承诺: the yearly cycle 亮诺 (state the pledge) → 践诺 (keep it, with a progress ledger) → 评诺 (evaluate it).

A :class:`Campaign` is one year's (or one named) pledge drive. Each member who pledges has a :class:`PledgeSheet`
(their 承诺书) holding 2–5 :class:`PledgeItem`; each item collects dated :class:`ProgressEntry` records during the
year. At year end the sheet receives the member's self-assessment, the 党小组's or colleagues' comment and the
branch's grade, and each item its final status. 一带二 pairs (:class:`MentorPair`) are recorded per campaign.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from dangjian_desktop.domain.attachments import Attachment

DEFAULT_CATEGORIES = ("岗位履职", "学习提升", "服务群众", "安全生产", "创新创效", "其他")
DEFAULT_GRADES = ("优秀", "良好", "一般", "差")
MIN_CONTENT_CHARS = 6  # shorter than this is not a pledge one can check ("好好工作")
MAX_CONTENT_CHARS = 1000
RECOMMENDED_ITEMS = (2, 5)


class ReviewStatus(StrEnum):
    """Where an item stands in 亮诺: drafted, submitted to the branch, sent back as too vague, or approved."""

    DRAFT = "草稿"
    SUBMITTED = "待审核"
    RETURNED = "退回修改"
    APPROVED = "已亮诺"


class FinalStatus(StrEnum):
    """The item's outcome decided at 评诺; NONE until then."""

    NONE = ""
    DONE = "已兑现"
    PARTLY = "部分兑现"
    NOT_DONE = "未兑现"


class PairOutcome(StrEnum):
    NONE = ""
    MET = "已达成"
    PARTLY = "部分达成"
    NOT_MET = "未达成"


@dataclass
class Campaign:
    """One pledge drive: normally “2026年度党员承诺”; a branch may also run a named one in the same year."""

    year: int
    name: str = ""
    announced_on: dt.date | None = None  # 公示日期
    note: str = ""
    uuid: str | None = None

    @property
    def title(self) -> str:
        return self.name or default_campaign_name(self.year)


def default_campaign_name(year: int) -> str:
    return f"{year}年度党员承诺"


@dataclass
class ProgressEntry:
    """践诺: one dated entry in the ledger of an item, with optional evidence files."""

    on: dt.date
    text: str
    attachments: list[Attachment] = field(default_factory=list)
    item_uuid: str | None = None
    uuid: str | None = None


@dataclass
class PledgeItem:
    """One pledge: what (内容), how (措施), which kind (类别), by when (完成时限), and where it stands."""

    content: str
    category: str = DEFAULT_CATEGORIES[0]
    measures: str = ""
    deadline: dt.date | None = None  # None = by the end of the campaign year
    pledged_on: dt.date | None = None  # 亮诺: the day it was made public
    status: ReviewStatus = ReviewStatus.DRAFT
    review_comment: str = ""  # 支部审核意见 (why it was sent back, or remarks on approval)
    final_status: FinalStatus = FinalStatus.NONE
    final_note: str = ""  # 完成情况 / 未兑现的说明
    sort_order: int = 0
    progress: list[ProgressEntry] = field(default_factory=list)
    uuid: str | None = None

    def due_by(self, year: int) -> dt.date:
        return self.deadline or dt.date(year, 12, 31)


@dataclass
class PledgeSheet:
    """A member's 承诺书 in one campaign, with the 评诺 of the year's end."""

    campaign_uuid: str
    member_uuid: str
    member_name: str = ""
    group_name: str = ""
    position: str = ""
    items: list[PledgeItem] = field(default_factory=list)
    self_assessment: str = ""  # 个人自评
    group_comment: str = ""  # 党小组/党员群众评议意见
    grade: str = ""  # 支部评定 (levels editable; default 优秀/良好/一般/差)
    evaluated_on: dt.date | None = None
    uuid: str | None = None

    @property
    def stage(self) -> str:
        """A one-word summary for lists: 草稿 / 待审核 / 退回修改 / 已亮诺 / 已评诺."""
        if not self.items:
            return "未承诺"
        if self.is_evaluated:
            return "已评诺"
        statuses = {i.status for i in self.items}
        for s in (ReviewStatus.RETURNED, ReviewStatus.SUBMITTED, ReviewStatus.DRAFT):
            if s in statuses:
                return s.value
        return ReviewStatus.APPROVED.value

    @property
    def is_evaluated(self) -> bool:
        return bool(self.grade) and all(i.final_status is not FinalStatus.NONE for i in self.approved_items)

    @property
    def approved_items(self) -> list[PledgeItem]:
        return [i for i in self.items if i.status is ReviewStatus.APPROVED]

    @property
    def progress_count(self) -> int:
        return sum(len(i.progress) for i in self.items)


@dataclass
class MentorPair:
    """一带二: a member (帮带人) helps colleagues — Party members or not — towards a goal; the result is recorded."""

    campaign_uuid: str
    mentor_uuid: str
    mentees: list[str]  # names (colleagues need not be on the roster)
    goal: str = ""  # 帮带目标 (e.g. 取得高压电工证, 独立完成倒闸操作)
    result: str = ""  # 帮带成效
    outcome: PairOutcome = PairOutcome.NONE
    mentor_name: str = ""
    uuid: str | None = None


@dataclass(frozen=True)
class CampaignSummary:
    """The figures of the year-end 践诺评诺 summary."""

    members_total: int
    members_pledged: int
    items_total: int
    items_approved: int
    by_category: dict[str, int]
    by_final_status: dict[str, int]
    by_grade: dict[str, int]
    progress_entries: int
    evaluated: int
    pairs: int
    pairs_met: int


def validate_item(item: PledgeItem, year: int, categories: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    p: list[tuple[str, str]] = []
    text = item.content.strip()
    if not text:
        p.append(("content", "请填写承诺内容"))
    elif len(text) < MIN_CONTENT_CHARS:
        p.append(("content", f"承诺内容太简短（少于{MIN_CONTENT_CHARS}个字），请写清楚做什么、做到什么程度"))
    if item.category not in categories:
        p.append(("category", f"承诺类别“{item.category}”不在类别列表中（{'、'.join(categories)}）"))
    if item.deadline and not (dt.date(year, 1, 1) <= item.deadline <= dt.date(year + 1, 12, 31)):
        p.append(("deadline", f"完成时限{item.deadline:%Y-%m-%d}不在{year}年度内"))
    if item.pledged_on and item.pledged_on.year not in (year - 1, year, year + 1):
        p.append(("pledged_on", "亮诺日期与承诺年度不符"))
    return p


def validate_levels(levels: list[str], what: str) -> list[tuple[str, str]]:
    p: list[tuple[str, str]] = []
    if not levels:
        p.append(("levels", f"{what}至少要有一项"))
    if len(set(levels)) != len(levels):
        p.append(("levels", f"{what}中有重复的项"))
    if any(not s.strip() for s in levels):
        p.append(("levels", f"{what}不能有空白项"))
    return p


def summarize(sheets: list[PledgeSheet], members_total: int, pairs: list[MentorPair],
              categories: list[str] | tuple[str, ...], grades: list[str] | tuple[str, ...]) -> CampaignSummary:
    by_category = {c: 0 for c in categories}
    by_final = {s.value: 0 for s in FinalStatus if s is not FinalStatus.NONE}
    by_final["未评定"] = 0
    by_grade = {g: 0 for g in grades}
    items_total = items_approved = progress = evaluated = pledged = 0
    for sh in sheets:
        if sh.items:
            pledged += 1
        if sh.grade:
            by_grade[sh.grade] = by_grade.get(sh.grade, 0) + 1
        if sh.is_evaluated:
            evaluated += 1
        for it in sh.items:
            items_total += 1
            progress += len(it.progress)
            by_category[it.category] = by_category.get(it.category, 0) + 1
            if it.status is ReviewStatus.APPROVED:
                items_approved += 1
                key = it.final_status.value or "未评定"
                by_final[key] += 1
    return CampaignSummary(
        members_total=members_total, members_pledged=pledged, items_total=items_total,
        items_approved=items_approved, by_category=by_category, by_final_status=by_final, by_grade=by_grade,
        progress_entries=progress, evaluated=evaluated, pairs=len(pairs),
        pairs_met=sum(1 for p in pairs if p.outcome is PairOutcome.MET),
    )


def shift_year(d: dt.date | None, years: int) -> dt.date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + years, day=28)
