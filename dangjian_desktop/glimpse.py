"""首页's first figures read straight from a branch's SQLite file with the standard library, before peewee, the
models and the services are imported (≈ 65 ms of CPU at start-up, more than a third of the bare window's start).

:func:`take` holds the data folder's single-writer lock, checks what ``Store.open`` checks (the file is ours, at this
build's schema and every record kind's version, writable, passes SQLite's ``quick_check``, no restore to complete,
no damage recorded) and reads, in one read transaction, what ``dashboard.home_first`` reads for a branch: the
branch at a glance. Anything out of the ordinary (a store to migrate or too new, damage, read-only, in use by
another window, a headquarters or empty store, a value it cannot read) gives None, and the app opens the store as it
always did, with every answer and message of ``Store.open``. app.main opens the store itself right after the first
paint, passing it the lock held here (``Services.open_glimpsed``): no other window can write between the two.

The figures are those of the file at this moment, never a copy kept from an earlier session:
tests/test_glimpse.py checks they equal ``dashboard.home_first`` of the same store.
"""

# no ``from __future__ import annotations``: Glimpse's field annotations as text would each be compiled by typing
# (a ForwardRef) at start-up; see features/__init__.py
import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from dangjian_desktop import features
from dangjian_desktop.domain.dashboard import BranchOverview, HomeData
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory, MemberStatus
from dangjian_desktop.paths import DataPaths, FileLock, write_problem
from dangjian_desktop import storefile

log = logging.getLogger(__name__)

# the settings a branch store may carry about its mode (services/branch.py MODE_KEY, HQ_NAME_KEY)
MODE_KEY, HQ_NAME_KEY = "store.mode", "hq.name"


class Glimpse(NamedTuple):
    """A data folder looked at before its store is opened: its lock (held) and 首页's first half. (A named tuple:
    Python 3.11 compiles each generated method of a dataclass from source, ≈ 0.3 ms of a start for this one.)"""

    paths: DataPaths
    lock: FileLock
    home: HomeData
    branch_name: str

    def release(self) -> None:
        self.lock.release()


def take(data_dir: Path | str, today: dt.date) -> Glimpse | None:
    """The lock of an ordinary branch folder and its branch at a glance; None (nothing held) otherwise."""
    paths = DataPaths(Path(data_dir))
    database = paths.database
    try:
        if not paths.root.is_dir() or write_problem(paths.root) is not None:
            return None
        if (paths.restore_intent.exists() or paths.attachments.with_name("attachments.old").exists()
                or database.with_name(storefile.INTEGRITY_FAILED_MARKER).exists()):
            return None
        size = database.stat().st_size
        if not 0 < size <= storefile.QUICK_CHECK_AT_OPEN_MAX_BYTES or not os.access(database, os.W_OK):
            return None
        with open(database, "rb") as fh:
            if fh.read(len(storefile.SQLITE_HEADER)) != storefile.SQLITE_HEADER:
                return None
        lock = FileLock(paths.lock_file)
        if not lock.acquire():
            return None
    except OSError:
        return None
    try:
        found = read(database, today)
    except Exception:  # noqa: BLE001 - anything unexpected: the ordinary open says what it is
        log.debug("no glimpse of %s", database, exc_info=True)
        found = None
    if found is None:
        lock.release()
        return None
    home, name = found
    return Glimpse(paths, lock, home, name)


def newest_kind_versions() -> dict[str, int] | None:
    """Every record kind's schema version this build brings (its declared ``schema_version``, as
    ``migrations.newest_versions``); None when a kind does not declare it (then only its steps say)."""
    kinds = [f for f in features.features() if f.migrations]
    if any(not f.schema_version for f in kinds):
        return None
    return {f.key: f.schema_version for f in kinds}


def read(database: Path, today: dt.date) -> tuple[HomeData, str] | None:
    """首页's first half of an up-to-date, undamaged branch store, and the branch's name; None for anything else."""
    con = sqlite3.connect(str(database), timeout=5)  # as Store.open: a WAL or hot journal left by a kill is recovered
    try:
        con.execute("PRAGMA query_only = 1")
        if con.execute("PRAGMA application_id").fetchone()[0] != storefile.APPLICATION_ID:
            return None
        if con.execute("PRAGMA user_version").fetchone()[0] != storefile.SCHEMA_VERSION:
            return None
        newest = newest_kind_versions()
        if newest is None or dict(con.execute('SELECT "feature", "version" FROM "schema_feature"')) != newest:
            return None
        if con.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return None
        con.execute("BEGIN")  # one read transaction: the figures of one moment
        return _branch_at_a_glance(con, today)
    finally:
        con.close()


def _setting_text(con: sqlite3.Connection, key: str) -> str | None:
    """A setting's stored JSON text, None when not set (no json module before the first paint: ≈ 5 M
    instructions of a start for the one setting read here)."""
    row = con.execute('SELECT "value" FROM "setting" WHERE "key" = ?', (key,)).fetchone()
    return None if row is None else row[0]


def _date(value: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError(f"not a date: {value!r}")
    return dt.date.fromisoformat(value)


def _branch_at_a_glance(con: sqlite3.Connection, today: dt.date) -> tuple[HomeData, str] | None:
    if _setting_text(con, MODE_KEY) not in (None, '"branch"'):  # as storage.repos.settings.put writes "branch"
        return None  # anything else (headquarters, a value written otherwise, damage): the ordinary open
    row = con.execute('SELECT "id", "name", "parent_committee", "election_date", "term_years" FROM "branch" '
                      'WHERE "is_own" = 1 LIMIT 1').fetchone()
    if row is None:  # an empty store: the first start's dialog, opened the ordinary way
        return None
    branch_id, name, parent, election, term_years = row
    election_date = _date(election)
    term_ends_on = None
    if election_date is not None:  # as domain.roster.Branch.term_ends_on
        try:
            term_ends_on = election_date.replace(year=election_date.year + term_years)
        except ValueError:  # 29 Feb
            term_ends_on = election_date.replace(year=election_date.year + term_years, day=28)
    full = total = 0
    by_group: dict[int | None, int] = {}
    for category, group_id, n in con.execute(
            'SELECT "category", "group_id", COUNT(*) FROM "member" WHERE "branch_id" = ? AND "status" = ? '
            'GROUP BY "category", "group_id"', (branch_id, MemberStatus.ACTIVE.value)):
        MemberCategory(category)  # a value the roster cannot read: the ordinary open
        total += n
        full += n if category == MemberCategory.FULL.value else 0
        by_group[group_id] = by_group.get(group_id, 0) + n
    groups = [(group_name, by_group.get(group_id, 0)) for group_id, group_name in con.execute(
        'SELECT "id", "name" FROM "party_group" WHERE "branch_id" = ? ORDER BY "sort_order", "name"', (branch_id,))]
    committee = []
    for role, seat_name, duty in con.execute(
            'SELECT "role", "name", "duty" FROM "committee_seat" WHERE "branch_id" = ? ORDER BY "sort_order", "id"',
            (branch_id,)):
        committee.append((CommitteeRole(role).value + (f"（{duty}）" if duty and len(duty) <= 6 else ""), seat_name))
    overview = BranchOverview(name=name, parent_committee=parent, total=total, full=full, probationary=total - full,
                              groups=groups, committee=committee, election_date=election_date,
                              term_ends_on=term_ends_on, term_years=term_years)
    return HomeData("branch", today, overview=overview), name
