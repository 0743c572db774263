"""Schema step 5: meeting_agenda_item gains the 第一议题学习台账's fields; a store of version 4 keeps its meetings and
agenda, and the old items read as having no ledger fields yet."""

from __future__ import annotations

import datetime as dt
import sqlite3

from dangjian_desktop.domain.first_topic import Study
from dangjian_desktop.domain.meetings import AgendaItem, MeetingType
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION
from tests.storage.undo_steps import undo_v6

STUDY_COLUMNS = ("study_title", "study_source", "study_speech_date", "study_led_by", "study_form", "study_follow_up")


def _columns(db) -> set[str]:  # noqa: ANN001
    return {r[1] for r in sqlite3.connect(db).execute('PRAGMA table_info("meeting_agenda_item")')}


def test_a_version_4_store_gains_the_study_columns_and_keeps_its_agenda(data_dir):
    day = dt.date(2024, 3, 8)
    with Services.open(data_dir) as s:
        s.branch.save_profile(Branch(name="测试党支部"))
        m = s.meetings.new_meeting([MeetingType.COMMITTEE], day)
        m.agenda = [AgendaItem("第一议题：学习重要讲话", True, "学习形式：集中学习。"), AgendaItem("研究工作")]
        uuid = s.meetings.save(m, day).uuid
    db = data_dir / "dangjian.sqlite3"
    con = sqlite3.connect(db)
    for column in STUDY_COLUMNS:  # a store made by the program before step 5
        con.execute(f'ALTER TABLE "meeting_agenda_item" DROP COLUMN "{column}"')
    undo_v6(con)  # ...and before step 6
    con.execute("PRAGMA user_version = 4")
    con.commit()
    con.close()
    assert not set(STUDY_COLUMNS) & _columns(db)
    with Services.open(data_dir) as s:
        assert s.store.schema_version == SCHEMA_VERSION
        got = s.meetings.get(uuid)
        assert [a.title for a in got.agenda] == ["第一议题：学习重要讲话", "研究工作"]
        assert got.agenda[0].study is None and got.agenda[0].note == "学习形式：集中学习。"
        got.agenda[0].study = Study("在某会议上的重要讲话", "《求是》", dt.date(2024, 2, 1), "王书记", "集中学习", "抓落实")
        s.meetings.save(got, day)
        again = s.meetings.get(uuid).agenda[0].study
        assert again == Study("在某会议上的重要讲话", "《求是》", dt.date(2024, 2, 1), "王书记", "集中学习", "抓落实")
    assert set(STUDY_COLUMNS) <= _columns(db)
    assert list((data_dir / "backups").glob("before-migration-v4-*.sqlite3"))
