"""第一议题: the 第一议题学习台账 of a year (one row per study, in date order, from the meetings recorded), its share of
the year's 支委会, 党员大会 and 党小组会 that opened with one, and the ledger fields of a study completed after the
record was finalised (补登, kept in the audit trail).

The fields live on the meeting's 第一议题 agenda item (``AgendaItem.study``): they are typed in the meeting editor,
travel with the meeting in the data package and print in its minutes."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.first_topic import FirstTopicEntry, Share, Study
from dangjian_desktop.domain.meetings import FIRST_TOPIC_TYPES
from dangjian_desktop.domain.validation import clean_text
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.storage.repos import first_topic as repo

if TYPE_CHECKING:
    from dangjian_desktop.domain.meetings import Meeting
    from dangjian_desktop.services.container import Services


def clean_study(st: Study) -> Study:
    return Study(clean_text(st.title, 300), clean_text(st.source, 200), st.speech_date, clean_text(st.led_by, 50),
                 clean_text(st.form, 100), clean_text(st.follow_up, 20_000))


class FirstTopicService:
    def __init__(self, services: Services):
        self.services = services
        self.store = services.store

    def _span(self, year: int, today: dt.date) -> tuple[dt.date, dt.date]:
        if not 2000 <= year <= today.year + 1:
            raise ValidationError(f"年度“{year}”不在可查询的范围内（2000年至{today.year + 1}年）。")
        return dt.date(year, 1, 1), min(dt.date(year, 12, 31), today)  # planned meetings are not studies yet

    @snapshot_cached
    def entries(self, year: int, today: dt.date | None = None) -> list[FirstTopicEntry]:
        """The year's studies in date order (meetings held up to today)."""
        return repo.entries(*self._span(year, today or clock.today()))

    @snapshot_cached
    def share(self, year: int, today: dt.date | None = None) -> Share:
        """How many of the year's 支委会, 党员大会 and 党小组会 (held so far) opened with a 第一议题."""
        total, opened = repo.opening_counts(*self._span(year, today or clock.today()), FIRST_TOPIC_TYPES)
        return Share(year, total, opened)

    def update_study(self, meeting_uuid: str, study: Study, today: dt.date | None = None) -> Meeting:
        """Write the ledger fields of a meeting's 第一议题 (also on a finalised record: the 台账 is completed
        after the fact; the change goes to the audit trail)."""
        study = clean_study(study)
        today = today or clock.today()
        with self.store.atomic():
            item_uuid, final = repo.item_of(meeting_uuid)
            meeting = self.services.meetings.get(meeting_uuid)
            if study.speech_date and study.speech_date > meeting.date:
                raise ValidationError("讲话日期不能晚于会议日期")
            before = repo.set_study(item_uuid, None if study.is_empty else study)
            meeting = self.services.meetings.get(meeting_uuid)
            repo.set_search_text(meeting_uuid, meeting.search_text())
            if final:
                after = {"study_title": study.title, "study_source": study.source,
                         "study_speech_date": study.speech_date, "study_led_by": study.led_by,
                         "study_form": study.form, "study_follow_up": study.follow_up}
                self.services.audit.record("meeting", meeting_uuid, "first_topic", "定稿后补登第一议题学习台账",
                                           {k: (str(before[k] or ""), str(v or "")) for k, v in after.items()
                                            if (before[k] or "") != (v or "")})
            return self.services.meetings.get(meeting_uuid)

    def ledger_pdf(self, year: int, out: Path | str, today: dt.date | None = None) -> Path:
        from dangjian_desktop.reports.first_topic import build_first_topic_pdf

        today = today or clock.today()
        branch = self.services.branch.require_profile()
        return build_first_topic_pdf(out, branch, year, self.entries(year, today), self.share(year, today))


def build(services: Services) -> FirstTopicService:
    return FirstTopicService(services)


# -- demo ---------------------------------------------------------------------------------------------------------

SOURCES = ["《求是》杂志", "新华社", "《人民日报》", "共产党员网", "上级党委理论学习材料"]
FOLLOW_UPS = [
    "结合迎峰度夏保供电任务，组织党员突击队对重点设备开展隐患排查，本月底前完成。",
    "对照讲话要求梳理支部工作短板，形成问题清单，下次支委会研究整改措施。",
    "把学习体会写入班组安全日活动，各党小组长负责在班前会上传达。",
    "围绕安全生产重点，修订检修作业风险防控措施，由组织委员牵头落实。",
    "开展“党员身边无违章”活动，每名党员结对帮带一名青年职工。",
    "将学习内容纳入本季度党课，由书记结合本单位实际作专题辅导。",
    "组织党员撰写学习心得，择优在公司党建园地刊发。",
]


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    """Complete the 台账 of the demo meetings' 第一议题 (the meetings demo records the agenda item and its note):
    source, date of the speech, who led it, the form and the follow-up."""
    for year in sorted({today.year - 1, today.year}):
        for e in repo.entries(dt.date(year, 1, 1), min(dt.date(year, 12, 31), today)):
            title = e.item_title.removeprefix("第一议题：").removeprefix("学习") or e.item_title
            form = e.form or "集中学习"
            item_uuid, _ = repo.item_of(e.meeting_uuid)
            repo.set_study(item_uuid, Study(title, rng.choice(SOURCES), e.date - dt.timedelta(days=rng.randint(7, 40)),
                                            e.host, form, rng.choice(FOLLOW_UPS)))
