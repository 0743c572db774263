"""首页's first figures read before the store is opened (dangjian_desktop/glimpse.py): equal to what the services read,
and only for an ordinary branch folder (anything else is opened the ordinary way, with its messages)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys

import pytest

from dangjian_desktop import clock, glimpse
from dangjian_desktop.domain.enums import CommitteeRole, MemberStatus
from dangjian_desktop.domain.roster import CommitteeSeat, MemberFilter, PartyGroup
from dangjian_desktop.paths import DataPaths, FileLock
from dangjian_desktop.services import dashboard
from dangjian_desktop.services.container import Services


def _same_as_services(data_dir) -> glimpse.Glimpse:  # noqa: ANN001
    today = clock.today()
    g = glimpse.take(data_dir, today)
    assert g is not None
    try:
        expected = Services.open_glimpsed(g)
        try:
            assert g.home == dashboard.home_first(expected, today)
            assert g.branch_name == expected.branch.profile().name
        finally:
            expected.close()
    finally:
        g.release()
    return g


def test_the_demo_branch_at_a_glance_is_what_the_services_read(demo_services, data_dir):
    members = demo_services.roster.members(MemberFilter())
    demo_services.close()
    g = _same_as_services(data_dir)
    ov = g.home.overview
    assert g.home.state == "branch" and g.home.reminders == [] and g.home.glance is None
    assert ov.total == len(members) and ov.probationary == 2  # the demo's two 预备党员
    assert sum(n for _, n in ov.groups) == ov.total


def test_seats_groups_leavers_and_a_leap_day_term(demo_services, data_dir):
    s = demo_services
    b = s.branch.profile()
    b.election_date = dt.date(2024, 2, 29)
    b.term_years = 3
    b.committee = [CommitteeSeat(CommitteeRole.SECRETARY, name="甲", duty="全面工作"),
                   CommitteeSeat(CommitteeRole.MEMBER, name="乙", duty="组织委员兼纪检委员兼宣传委员"),
                   CommitteeSeat(CommitteeRole.MEMBER, name="丙")]
    s.branch.save_profile(b)
    s.branch.save_group(PartyGroup(name="第九党小组"))  # no members yet
    leaver = s.roster.members(MemberFilter())[0]
    leaver.status = MemberStatus.TRANSFERRED_OUT
    leaver.status_date = clock.today()
    s.roster.save_member(leaver)
    remaining = len(s.roster.members(MemberFilter()))
    s.close()
    ov = _same_as_services(data_dir).home.overview
    # worked out by hand: 29 Feb 2024 + 3 years has no 29 Feb, so the term ends on the 28th
    assert ov.election_date == dt.date(2024, 2, 29) and ov.term_ends_on == dt.date(2027, 2, 28)
    assert ov.committee == [("书记（全面工作）", "甲"), ("委员", "乙"), ("委员", "丙")]
    assert ("第九党小组", 0) in ov.groups
    assert ov.total == remaining


def test_no_election_date(demo_services, data_dir):
    b = demo_services.branch.profile()
    b.election_date = None
    demo_services.branch.save_profile(b)
    demo_services.close()
    ov = _same_as_services(data_dir).home.overview
    assert ov.election_date is None and ov.term_ends_on is None


def test_a_glimpse_holds_the_folder_until_the_store_is_opened(demo_services, data_dir):
    demo_services.close()
    g = glimpse.take(data_dir, clock.today())
    assert g is not None
    other = Services.open(data_dir)  # a second window meanwhile: read-only, as with any open store
    try:
        assert other.store.read_only and other.store.state == "in_use"
    finally:
        other.close()
    opened = Services.open_glimpsed(g)
    try:
        assert not opened.store.read_only and opened.store.holds_lock
    finally:
        opened.close()
    assert FileLock(DataPaths(data_dir).lock_file).acquire()  # closing the store let the lock go


def _not_glimpsed(data_dir) -> None:  # noqa: ANN001
    assert glimpse.take(data_dir, clock.today()) is None
    lock = FileLock(DataPaths(data_dir).lock_file)
    assert lock.acquire()  # nothing left held
    lock.release()


def test_an_empty_store_and_a_missing_one_are_opened_the_ordinary_way(services, data_dir, tmp_path):
    services.close()
    _not_glimpsed(data_dir)
    _not_glimpsed(tmp_path / "nothing-here")


def test_a_headquarters_store_is_opened_the_ordinary_way(services, data_dir):
    services.branch.init_headquarters("示范能源公司党委")
    services.close()
    _not_glimpsed(data_dir)


@pytest.mark.parametrize("stored", ['"branch"', "null", '"hq"', "branch"])
def test_the_store_mode_setting_is_read_without_json(demo_services, data_dir, stored):
    """The mode as the settings write it ("branch" in JSON) is a branch; any other text (headquarters, a value
    written some other way, damage) is opened the ordinary way, which reads it with the settings' own rules."""
    demo_services.close()
    con = sqlite3.connect(DataPaths(data_dir).database)
    with con:
        con.execute('INSERT INTO "setting" ("key", "value") VALUES (?, ?)', (glimpse.MODE_KEY, stored))
    con.close()
    if stored == '"branch"':
        _same_as_services(data_dir)
    else:
        _not_glimpsed(data_dir)


def test_a_folder_in_use_is_opened_the_ordinary_way(demo_services, data_dir):
    assert demo_services.store.holds_lock
    assert glimpse.take(data_dir, clock.today()) is None


@pytest.mark.parametrize("change", ["kind_behind", "kind_unknown", "core_behind", "damage_marker", "restore_intent"])
def test_a_store_to_migrate_or_to_check_is_opened_the_ordinary_way(demo_services, data_dir, change):
    demo_services.close()
    database = DataPaths(data_dir).database
    con = sqlite3.connect(database)
    with con:
        if change == "kind_behind":
            con.execute('UPDATE "schema_feature" SET "version" = "version" - 1 WHERE "feature" = \'meetings\'')
        elif change == "kind_unknown":
            con.execute('INSERT INTO "schema_feature" VALUES (\'from_a_newer_build\', 1)')
        elif change == "core_behind":
            con.execute("PRAGMA user_version = 5")
    con.close()
    if change == "damage_marker":
        (data_dir / "integrity-failed").write_text("page 3: btree damaged", encoding="utf-8")
    if change == "restore_intent":
        DataPaths(data_dir).restore_intent.write_text("{}", encoding="utf-8")
    _not_glimpsed(data_dir)


def test_a_damaged_file_is_opened_the_ordinary_way(demo_services, data_dir):
    demo_services.close()
    database = DataPaths(data_dir).database
    with open(database, "r+b") as fh:  # the first page after the header: the schema's b-tree
        fh.seek(100)
        fh.write(b"\xff" * 400)
    _not_glimpsed(data_dir)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes read-only files")
def test_a_read_only_file_is_opened_the_ordinary_way(demo_services, data_dir):
    demo_services.close()
    database = DataPaths(data_dir).database
    database.chmod(0o444)
    try:
        assert glimpse.take(data_dir, clock.today()) is None
    finally:
        database.chmod(0o644)


def test_a_kind_without_a_declared_version_is_not_glimpsed(monkeypatch):
    from dangjian_desktop import features

    kinds = features.features()
    first = next(f for f in kinds if f.migrations)
    changed = [f._replace(schema_version=0) if f is first else f for f in kinds]
    monkeypatch.setattr(features, "features", lambda: changed)
    assert glimpse.newest_kind_versions() is None
