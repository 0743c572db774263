"""党员活动室 “五有十上墙”: a versioned checklist, inspections against it, rectifications of what failed.

* A :class:`ChecklistTemplate` has a version number. Editing makes a new version; an :class:`Inspection` keeps the
  version it was made with and a copy of each item's wording, so old inspections never change.
* Items keep a stable ``key`` across versions (a renamed item is the same item), which is what lets two
  inspections made with different versions be compared item by item.
* The score is the share of applicable items that are met (不适用 items are left out).
* Every failed item becomes a :class:`Rectification`; one not completed by its deadline is overdue.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass, field
from enum import StrEnum

from dangjian_desktop.domain.attachments import Attachment

SECTIONS = ("五有", "十上墙", "其他")
DUE_SOON_DAYS = 14
DEFAULT_RECTIFICATION_DAYS = 30
MAX_ITEM_TEXT = 200


class Result(StrEnum):
    NOT_CHECKED = ""
    PASS = "达标"
    FAIL = "不达标"
    NOT_APPLICABLE = "不适用"


class RectStatus(StrEnum):
    PENDING = "待整改"
    IN_PROGRESS = "整改中"
    DONE = "已完成"


class Change(StrEnum):
    """How an item moved between two inspections."""

    IMPROVED = "改进"
    SLIPPED = "退步"
    UNCHANGED = "无变化"
    NEW = "新增项目"
    DROPPED = "本次未检查"


def new_key() -> str:
    return uuidlib.uuid4().hex[:12]


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    section: str
    text: str

    def as_dict(self) -> dict:
        return {"key": self.key, "section": self.section, "text": self.text}


@dataclass(frozen=True)
class ChecklistTemplate:
    version: int
    items: tuple[ChecklistItem, ...]
    note: str = ""
    created_at: dt.datetime | None = None

    def by_section(self) -> dict[str, list[ChecklistItem]]:
        out: dict[str, list[ChecklistItem]] = {s: [] for s in SECTIONS}
        for it in self.items:
            out.setdefault(it.section, []).append(it)
        return out

    def same_items(self, items: list[ChecklistItem] | tuple[ChecklistItem, ...]) -> bool:
        return tuple(items) == self.items


def validate_template_items(items: list[ChecklistItem]) -> list[tuple[str, str]]:
    p: list[tuple[str, str]] = []
    if not items:
        p.append(("items", "检查表至少要有一个项目"))
    keys: set[str] = set()
    texts: dict[tuple[str, str], int] = {}
    for n, it in enumerate(items, start=1):
        if it.section not in SECTIONS:
            p.append(("section", f"第{n}项的分类“{it.section}”应为：{'、'.join(SECTIONS)}"))
        if not it.text.strip():
            p.append(("text", f"第{n}项的名称为空"))
        elif len(it.text) > MAX_ITEM_TEXT:
            p.append(("text", f"第{n}项的名称太长"))
        if it.key in keys:
            p.append(("key", f"第{n}项与前面的项目重复"))
        keys.add(it.key)
        dup = texts.get((it.section, it.text.strip()))
        if dup:
            p.append(("text", f"第{n}项“{it.text}”与第{dup}项重名"))
        texts.setdefault((it.section, it.text.strip()), n)
    return p


def sorted_by_section(items: list[ChecklistItem]) -> list[ChecklistItem]:
    """Group items 五有 → 十上墙 → 其他, keeping the user's order inside each group."""
    order = {s: i for i, s in enumerate(SECTIONS)}
    return sorted(items, key=lambda it: order.get(it.section, len(SECTIONS)))


@dataclass
class ItemResult:
    """One line of an inspection: the item as worded in the template version used, and what was found."""

    key: str
    section: str
    text: str
    result: Result = Result.NOT_CHECKED
    remark: str = ""
    photos: list[Attachment] = field(default_factory=list)


@dataclass(frozen=True)
class Score:
    met: int
    failed: int
    not_applicable: int
    not_checked: int

    @property
    def applicable(self) -> int:
        return self.met + self.failed

    @property
    def percent(self) -> float | None:
        """Share of applicable items met, 0–100, one decimal; None when nothing applicable was checked."""
        if self.applicable == 0:
            return None
        return round(100.0 * self.met / self.applicable, 1)

    @property
    def text(self) -> str:
        pct = self.percent
        return "—" if pct is None else f"{pct:g}分"

    @property
    def detail(self) -> str:
        return f"达标{self.met}项，不达标{self.failed}项，不适用{self.not_applicable}项"


def score(results: list[ItemResult]) -> Score:
    return Score(
        met=sum(1 for r in results if r.result is Result.PASS),
        failed=sum(1 for r in results if r.result is Result.FAIL),
        not_applicable=sum(1 for r in results if r.result is Result.NOT_APPLICABLE),
        not_checked=sum(1 for r in results if r.result is Result.NOT_CHECKED),
    )


@dataclass
class Rectification:
    """整改: what will be done about one failed item, by whom, by when, and when it was done."""

    item_key: str
    item_text: str
    measure: str = ""  # 整改措施
    responsible: str = ""  # 责任人
    deadline: dt.date | None = None  # 期限
    completed_on: dt.date | None = None  # 完成日期
    status: RectStatus = RectStatus.PENDING
    note: str = ""
    inspection_uuid: str | None = None
    inspection_date: dt.date | None = None
    room: str = ""
    uuid: str | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.status is not RectStatus.DONE and self.deadline is not None and self.deadline < today

    def is_due_soon(self, today: dt.date, days: int = DUE_SOON_DAYS) -> bool:
        return (self.status is not RectStatus.DONE and self.deadline is not None
                and today <= self.deadline <= today + dt.timedelta(days=days))

    def status_text(self, today: dt.date) -> str:
        if self.is_overdue(today):
            return f"已逾期（{self.status.value}）"
        return self.status.value


def validate_rectification(r: Rectification, inspected_on: dt.date | None, today: dt.date) -> list[tuple[str, str]]:
    p: list[tuple[str, str]] = []
    if r.deadline and inspected_on and r.deadline < inspected_on:
        p.append(("deadline", "整改期限不能早于检查日期"))
    if r.completed_on:
        if inspected_on and r.completed_on < inspected_on:
            p.append(("completed_on", "完成日期不能早于检查日期"))
        if r.completed_on > today:
            p.append(("completed_on", "完成日期不能晚于今天"))
        if r.status is not RectStatus.DONE:
            p.append(("status", "已填写完成日期的整改，状态应为“已完成”"))
    elif r.status is RectStatus.DONE:
        p.append(("completed_on", "状态为“已完成”时请填写完成日期"))
    if r.status is RectStatus.DONE and not r.measure.strip():
        p.append(("measure", "请填写整改措施"))
    return p


@dataclass
class Inspection:
    """One 五有十上墙 inspection of an activity room."""

    inspected_on: dt.date
    room: str  # which room, e.g. “党员活动室（办公楼三楼）”
    inspectors: str  # 检查人, free text (several names)
    template_version: int
    results: list[ItemResult] = field(default_factory=list)
    rectifications: list[Rectification] = field(default_factory=list)
    note: str = ""
    uuid: str | None = None

    @property
    def score(self) -> Score:
        return score(self.results)

    def section_scores(self) -> dict[str, Score]:
        out: dict[str, Score] = {}
        for s in SECTIONS:
            part = [r for r in self.results if r.section == s]
            if part:
                out[s] = score(part)
        return out

    @property
    def failed(self) -> list[ItemResult]:
        return [r for r in self.results if r.result is Result.FAIL]

    def open_rectifications(self) -> list[Rectification]:
        return [r for r in self.rectifications if r.status is not RectStatus.DONE]


@dataclass(frozen=True)
class InspectionSummary:
    """A row of the inspections list."""

    uuid: str
    inspected_on: dt.date
    room: str
    inspectors: str
    template_version: int
    score: Score
    rectifications: int
    open_rectifications: int
    overdue_rectifications: int

    def as_dict(self) -> dict:
        return {
            "uuid": self.uuid, "date": self.inspected_on.isoformat(), "room": self.room,
            "inspectors": self.inspectors, "template_version": self.template_version,
            "score": self.score.percent, "met": self.score.met, "failed": self.score.failed,
            "not_applicable": self.score.not_applicable, "rectifications": self.rectifications,
            "open_rectifications": self.open_rectifications, "overdue_rectifications": self.overdue_rectifications,
        }


def validate_inspection(ins: Inspection, today: dt.date) -> list[tuple[str, str]]:
    p: list[tuple[str, str]] = []
    if ins.inspected_on > today:
        p.append(("inspected_on", "检查日期不能晚于今天"))
    if not ins.room.strip():
        p.append(("room", "请填写被检查的活动室"))
    if not ins.inspectors.strip():
        p.append(("inspectors", "请填写检查人"))
    if not ins.results:
        p.append(("results", "检查表没有项目"))
    unchecked = [r.text for r in ins.results if r.result is Result.NOT_CHECKED]
    if unchecked:
        shown = "、".join(unchecked[:3]) + ("等" if len(unchecked) > 3 else "")
        p.append(("results", f"还有{len(unchecked)}项未填写检查结果：{shown}"))
    for r in ins.results:
        if r.result is Result.FAIL and not r.remark.strip():
            p.append(("remark", f"“{r.text}”不达标，请在备注中写明存在的问题"))
    return p


@dataclass(frozen=True)
class ItemComparison:
    key: str
    section: str
    text: str
    before: Result | None
    after: Result | None
    change: Change


def _rank(r: Result) -> int | None:
    return {Result.PASS: 1, Result.FAIL: 0}.get(r)


def compare(previous: Inspection, current: Inspection) -> list[ItemComparison]:
    """Item by item (matched by key): improved (不达标 → 达标), slipped (达标 → 不达标), or unchanged."""
    prev = {r.key: r for r in previous.results}
    out: list[ItemComparison] = []
    seen: set[str] = set()
    for r in current.results:
        seen.add(r.key)
        p = prev.get(r.key)
        if p is None:
            out.append(ItemComparison(r.key, r.section, r.text, None, r.result, Change.NEW))
            continue
        a, b = _rank(p.result), _rank(r.result)
        if a is not None and b is not None and b > a:
            change = Change.IMPROVED
        elif a is not None and b is not None and b < a:
            change = Change.SLIPPED
        else:
            change = Change.UNCHANGED
        out.append(ItemComparison(r.key, r.section, r.text, p.result, r.result, change))
    for p in previous.results:
        if p.key not in seen:
            out.append(ItemComparison(p.key, p.section, p.text, p.result, None, Change.DROPPED))
    return out


def default_deadline(inspected_on: dt.date) -> dt.date:
    return inspected_on + dt.timedelta(days=DEFAULT_RECTIFICATION_DAYS)
