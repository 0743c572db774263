"""年度党建工作台账: the year's ledger as plain content blocks, so any feature can contribute a section and
reports/ledger.py prints them all in the house style."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dangjian_desktop.domain.charts import BarChart, Progress
from dangjian_desktop.domain.roster import Branch


@dataclass(frozen=True)
class Text:
    """A paragraph. ``style``: body (indented), flush, note (small), heading (sub-heading inside a section)."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Table:
    """A ruled table; ``widths`` are relative weights, ``align`` one of left/center/right per column."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    widths: tuple[float, ...] = ()
    align: tuple[str, ...] = ()
    empty_text: str = "（无）"


@dataclass(frozen=True)
class Fields:
    """A record-book form: (label, value) pairs laid out ``per_row`` pairs to a row."""

    pairs: tuple[tuple[str, str], ...]
    per_row: int = 2


@dataclass(frozen=True)
class Signatures:
    labels: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Text | Table | Fields | BarChart | Progress | Signatures | PageBreak


@dataclass
class LedgerSection:
    """One chapter of the ledger (一、党支部基本情况 ...). ``order`` sorts chapters from all providers."""

    key: str
    title: str
    order: int
    blocks: list[Block] = field(default_factory=list)
    new_page: bool = True


@dataclass
class Ledger:
    year: int
    branch: Branch
    made_on: dt.date
    sections: list[LedgerSection] = field(default_factory=list)

    def section(self, key: str) -> LedgerSection | None:
        return next((s for s in self.sections if s.key == key), None)


CHINESE_NUMERALS = "一二三四五六七八九十"


def chapter_number(i: int) -> str:
    """1 -> 一, 11 -> 十一, 20 -> 二十."""
    if i <= 10:
        return CHINESE_NUMERALS[i - 1]
    tens, ones = divmod(i, 10)
    head = "" if tens == 1 else CHINESE_NUMERALS[tens - 1]
    return head + "十" + (CHINESE_NUMERALS[ones - 1] if ones else "")
