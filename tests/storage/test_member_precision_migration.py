"""Schema step 4: member gains 籍贯 and the precision of its dates; an old store keeps its members (fresh stores:
tests/storage/test_migrations.py checks every step builds what the models describe)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from dangjian_desktop.domain.dates import MonthDate
from dangjian_desktop.domain.roster import Branch, Member, MemberFilter
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION
from tests.storage.undo_steps import undo_v6

NEW_COLUMNS = ("native_place", "birth_date_precision", "joined_party_precision", "full_member_precision")
LATER_AGENDA_COLUMNS = ("study_title", "study_source", "study_speech_date", "study_led_by", "study_form",
                        "study_follow_up")  # step 5


def _columns(db) -> set[str]:  # noqa: ANN001
    return {r[1] for r in sqlite3.connect(db).execute("PRAGMA table_info(member)")}


def test_store_of_the_previous_version_gains_the_columns_and_keeps_its_members(data_dir):
    with Services.open(data_dir) as s:
        s.branch.save_profile(Branch(name="测试党支部"))
        s.roster.save_member(Member(name="老党员", birth_date=dt.date(1970, 5, 6)))
    db = data_dir / "dangjian.sqlite3"
    con = sqlite3.connect(db)
    for column in NEW_COLUMNS:  # what a store made before this step looks like
        con.execute(f'ALTER TABLE "member" DROP COLUMN "{column}"')
    for column in LATER_AGENDA_COLUMNS:  # nor had it what the later steps add
        con.execute(f'ALTER TABLE "meeting_agenda_item" DROP COLUMN "{column}"')
    undo_v6(con)
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    assert not set(NEW_COLUMNS) & _columns(db)
    with Services.open(data_dir) as s:
        assert s.store.schema_version == SCHEMA_VERSION
        [m] = s.roster.members(MemberFilter(include_inactive=True))
        assert m.birth_date == dt.date(1970, 5, 6) and type(m.birth_date) is dt.date and m.native_place == ""
        m.birth_date, m.native_place = MonthDate(1970, 5), "河北保定"
        s.roster.save_member(m)
        [again] = s.roster.members()
        assert again.birth_date == MonthDate(1970, 5) and str(again.birth_date) == "1970-05"
        assert again.native_place == "河北保定"
    assert set(NEW_COLUMNS) <= _columns(db)
    assert list((data_dir / "backups").glob("before-migration-v3-*.sqlite3"))
