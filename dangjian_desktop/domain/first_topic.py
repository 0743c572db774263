"""第一议题: committee (支委会), 大会 and 党小组 meetings open by studying the latest important speeches and
instructions. The study is the meeting's first agenda item (``AgendaItem.first_topic``); its ledger fields
(:class:`Study`) are what the higher committee inspects in the 第一议题学习台账: the text studied (title, source,
date of the speech), who led it, how it was studied, and the follow-up measures for the branch's work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FORMS = ("集中学习", "书记领学", "原文领读", "专题研讨", "交流发言", "观看专题片", "辅导讲解")
SOURCES = ("《求是》", "新华社", "《人民日报》", "人民网", "共产党员网", "上级党委学习材料")


@dataclass
class Study:
    """The ledger fields of a 第一议题 study item."""

    title: str = ""  # 学习篇目: the speech, article or instruction studied
    source: str = ""  # 出处: 《求是》2025年第1期, 新华社…
    speech_date: dt.date | None = None  # date of the speech (or of its publication)
    led_by: str = ""  # 领学人
    form: str = ""  # 学习形式
    follow_up: str = ""  # 贯彻落实措施

    @property
    def is_empty(self) -> bool:
        return not (self.title or self.source or self.speech_date or self.led_by or self.form or self.follow_up)

    @property
    def source_text(self) -> str:
        """“《求是》2025年第1期，2024年12月18日” — the source and the date of the speech, as the ledger prints them."""
        parts = [self.source] if self.source else []
        if self.speech_date:
            parts.append(f"{self.speech_date.year}年{self.speech_date.month}月{self.speech_date.day}日")
        return "，".join(parts)


def study_problems(study: Study | None, meeting_date: dt.date) -> list[tuple[str, str]]:
    """Warnings for a 第一议题 item's ledger fields (never blocking: the 台账 can be completed later)."""
    if study is None or not study.title.strip():
        return [("first_topic", "第一议题学习台账：还没有填写学习篇目（可点“第一议题台账…”补充出处、领学人、学习形式和贯彻落实措施）")]
    out = []
    if study.speech_date and study.speech_date > meeting_date:
        out.append(("first_topic", f"第一议题学习台账：讲话日期（{study.speech_date:%Y-%m-%d}）晚于会议日期，请核对"))
    return out


@dataclass(frozen=True)
class FirstTopicEntry:
    """One row of the 第一议题学习台账: a meeting that studied a 第一议题."""

    meeting_uuid: str
    date: dt.date
    meeting: str  # type and title, e.g. “支委会：10月支部委员会”
    item_title: str
    note: str
    study: Study
    host: str = ""
    present: int = 0
    expected: int = 0
    opened_with_it: bool = True  # the study was the first agenda item

    @property
    def title(self) -> str:
        """What was studied: the ledger's title, else the agenda item's own words."""
        if self.study.title:
            return self.study.title
        return self.item_title.removeprefix("第一议题").lstrip("：:　 ").removeprefix("学习") or self.item_title

    @property
    def led_by(self) -> str:
        return self.study.led_by or self.host

    @property
    def form(self) -> str:
        if self.study.form:
            return self.study.form
        for line in self.note.splitlines():  # older records said it in the note: “学习形式：集中学习。”
            if line.startswith("学习形式"):
                return line.partition("：")[2].split("。")[0]
        return ""


@dataclass(frozen=True)
class Share:
    """How many of the year's committee, 大会 and 党小组 meetings opened with a 第一议题."""

    year: int
    meetings: int
    opened: int

    @property
    def percent(self) -> int | None:
        return round(self.opened * 100 / self.meetings) if self.meetings else None

    @property
    def text(self) -> str:
        return f"{self.opened}/{self.meetings}" + (f"（{self.percent}%）" if self.meetings else "")
