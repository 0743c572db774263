"""A branch's package stays inside its branch: its keys name only its own rows (never another branch's member or
党小组), its deletions remove only its own rows, and what they remove is counted in full. The hostile packages
here are signed with branch B's own key: an insider at B, or a bug there."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.domain.roster import Branch, Member, PartyGroup

from tests.conftest import copy_store
from tests.pg.cluster import on_both_engines, store_query

from . import hostile
from .conftest import PASSWORD, export, import_, opened, store_snapshot

NOW = "2026-03-01T08:00:00"


@pytest.fixture
def two_branches(branch_dir: Path, hq_dir: Path, tmp_path: Path, hq_engine: str, _two_branches_made: dict) -> dict:
    """Headquarters holds branch A (the demo) and branch B (one 党小组, two members). On SQLite the second and later
    tests get copies of the first one's three stores and B's package (the same stores: same rows, keys, sequence)."""
    from dangjian_desktop import clock, features

    key = (clock.today(), tuple(f.key for f in features.features()))
    made = _two_branches_made.get(key) if hq_engine == "sqlite" else None
    if made is not None:
        for name, folder in (("branch", branch_dir), ("hq", hq_dir), ("branch-b", tmp_path / "branch-b")):
            copy_store(made["root"] / name, folder)
        for pkg in (made["root"] / "pkg").iterdir():  # A's package and B's (tests read both)
            shutil.copyfile(pkg, tmp_path / pkg.name)
        return {**made["ids"], "b_dir": tmp_path / "branch-b", "b_pkg": tmp_path / made["b_pkg"], "hq": hq_dir,
                "tmp": tmp_path}
    ctx = _make_two_branches(branch_dir, hq_dir, tmp_path)
    if hq_engine == "sqlite":
        root = _two_branches_made["root"] / str(len(_two_branches_made))
        for name, folder in (("branch", branch_dir), ("hq", hq_dir), ("branch-b", ctx["b_dir"])):
            copy_store(folder, root / name)
        root.joinpath("pkg").mkdir()
        for pkg in (tmp_path / "a.djpkg", ctx["b_pkg"]):
            shutil.copyfile(pkg, root / "pkg" / pkg.name)
        _two_branches_made[key] = {"root": root, "b_pkg": ctx["b_pkg"].name,
                                   "ids": {k: ctx[k] for k in ("a_member", "a_group", "a_meeting", "b_uuid")}}
    return ctx


def _make_two_branches(branch_dir: Path, hq_dir: Path, tmp_path: Path) -> dict:
    b_dir = tmp_path / "branch-b"
    with opened(b_dir) as s:
        s.branch.save_profile(Branch(name="第二党支部"))
        s.branch.save_group(PartyGroup(name="B党小组"))
        s.roster.save_member(Member(name="李四"))
        s.roster.save_member(Member(name="王五"))
    a_pkg = Path(export(branch_dir, tmp_path / "a.djpkg").path)
    b_pkg = Path(export(b_dir, tmp_path / "b.djpkg").path)
    results = import_(hq_dir, a_pkg, b_pkg)
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED] * 2, [r.reason for r in results]
    with opened(branch_dir) as s:
        a_member = s.roster.members()[0].uuid
        a_group = s.branch.groups()[0].uuid
        a_meeting = s.meetings.list()[0].uuid
    with opened(b_dir) as s:
        b_uuid = s.branch.require_profile().uuid
    return {"b_dir": b_dir, "b_pkg": b_pkg, "a_member": a_member, "a_group": a_group, "a_meeting": a_meeting,
            "b_uuid": b_uuid, "hq": hq_dir, "tmp": tmp_path}


def _next_b_package(ctx: dict, change) -> Path:  # noqa: ANN001
    """B's next package (sequence +1, following the held one), changed by ``change(manifest, entries)`` and signed
    with B's key."""
    manifest, entries = hostile.parts(ctx["b_pkg"], PASSWORD)
    manifest["previous"] = {"sequence": manifest["sequence"], "package_id": manifest["package_id"]}
    manifest["sequence"] += 1
    manifest["package_id"] = f"hostile-{manifest['sequence']}"
    change(manifest, entries)
    items = list(entries.items())
    out = ctx["tmp"] / f"b-{manifest['sequence']}.djpkg"
    out.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), PASSWORD,
                                      hostile.signer_of(ctx["b_dir"])))
    return out


def _rows(entries: dict, table: str) -> dict:
    return json.loads(entries[f"records/{table}.json"])


def _put(manifest: dict, entries: dict, table: str, data: dict) -> None:
    entries[f"records/{table}.json"] = json.dumps(data, ensure_ascii=False).encode()
    manifest["counts"][table] = len(data["rows"])


def _refused(ctx: dict, pkg: Path, fragment: str) -> None:
    before = store_snapshot(ctx["hq"])
    [res] = import_(ctx["hq"], pkg)
    assert res.outcome is ImportOutcome.REFUSED, res.reason
    assert fragment in res.reason, res.reason
    assert store_snapshot(ctx["hq"]) == before


def test_a_member_put_into_another_branchs_party_group_is_refused(two_branches):
    ctx = two_branches

    def change(manifest, entries):
        members = _rows(entries, "member")
        members["rows"][0]["group"] = ctx["a_group"]
        members["rows"][0]["_revision"] += 1
        _put(manifest, entries, "member", members)

    _refused(ctx, _next_b_package(ctx, change), "引用了另一个党支部的“党小组”记录")


def test_a_pledge_sheet_for_another_branchs_member_is_refused(two_branches):
    ctx = two_branches

    def change(manifest, entries):
        campaigns = _rows(entries, "pledge_campaign")
        campaigns["rows"].append({"uuid": "b-campaign", "created_at": NOW, "updated_at": NOW, "year": 2026,
                                  "name": "2026年度党员承诺", "_revision": 1})
        _put(manifest, entries, "pledge_campaign", campaigns)
        sheets = _rows(entries, "pledge_sheet")
        sheets["rows"].append({"uuid": "b-sheet", "created_at": NOW, "updated_at": NOW, "campaign": "b-campaign",
                               "member": ctx["a_member"], "_revision": 1})
        _put(manifest, entries, "pledge_sheet", sheets)

    _refused(ctx, _next_b_package(ctx, change), "引用了另一个党支部的“党员”记录")


@pytest.mark.parametrize("meeting", ["a", "b", ""])
def test_a_text_column_naming_another_branchs_meeting_is_refused(two_branches, meeting):
    """发展党员: the meeting that decided a case's status is a text column holding the meeting's UUID (declared in
    ``Table.refs``), not a key. It may name B's own meeting or none; naming A's meeting is refused like a key."""
    ctx = two_branches
    if meeting == "b":
        with opened(ctx["b_dir"]) as s:
            from dangjian_desktop.domain.meetings import MeetingType

            m = s.meetings.new_meeting([MeetingType.COMMITTEE], dt.date(2026, 3, 1))
            m.title = "支委会"
            named = s.meetings.save(m, today=dt.date(2026, 3, 1)).uuid
        ctx["b_pkg"] = Path(export(ctx["b_dir"], ctx["tmp"] / "b2.djpkg").path)
        assert import_(ctx["hq"], ctx["b_pkg"])[0].outcome is ImportOutcome.IMPORTED
    else:
        named = ctx["a_meeting"] if meeting == "a" else ""

    def change(manifest, entries):
        _put(manifest, entries, "development_case", {"table": "development_case", "rows": [{
            "uuid": "b-case", "created_at": NOW, "updated_at": NOW, "branch": ctx["b_uuid"], "name": "赵六",
            "applied_on": "2026-01-05", "status": "已终止", "status_on": "2026-03-01",
            "status_meeting_uuid": named, "_revision": 1}]})

    pkg = _next_b_package(ctx, change)
    if meeting == "a":
        _refused(ctx, pkg, "引用了另一个党支部的“会议记录”记录")
        return
    [res] = import_(ctx["hq"], pkg)
    assert res.outcome is ImportOutcome.IMPORTED and res.inserted == 1, res.reason
    assert store_query(ctx["hq"], "SELECT status_meeting_uuid FROM development_case WHERE uuid = 'b-case'") \
        == [(named,)]


def test_a_tombstone_for_another_branchs_member_is_refused(two_branches):
    ctx = two_branches

    def change(manifest, entries):
        tomb = {"tombstones": [{"table": "member", "uuid": ctx["a_member"], "deleted_at": "2099-01-01T00:00:00"}]}
        entries["tombstones.json"] = json.dumps(tomb).encode()
        manifest["tombstones"] = 1

    _refused(ctx, _next_b_package(ctx, change), "不属于该党支部")


@on_both_engines  # PostgreSQL too (issue 22): the cascades and foreign keys differ there
def test_a_tombstone_for_the_branch_itself_is_refused(two_branches):
    """The forged 2099 tombstone of issue 15 that deleted a whole branch by cascade."""
    ctx = two_branches
    with opened(ctx["b_dir"]) as s:
        b_uuid = s.branch.profile().uuid

    def change(manifest, entries):
        tomb = {"tombstones": [{"table": "branch", "uuid": b_uuid, "deleted_at": "2099-01-01T00:00:00"}]}
        entries["tombstones.json"] = json.dumps(tomb).encode()
        manifest["tombstones"] = 1

    _refused(ctx, _next_b_package(ctx, change), "党支部本身")


@on_both_engines  # PostgreSQL too (issue 22): the cascades and foreign keys differ there
def test_a_deletion_that_would_cascade_into_another_branch_is_refused(two_branches):
    """Data from before the fix: A's pledge sheet refers to B's member. B deleting its own member would delete
    A's sheet by cascade: refused, nothing changed."""
    ctx = two_branches
    with opened(ctx["b_dir"]) as s:
        b_member = s.roster.members()[0].uuid
    [(b_id,)] = store_query(ctx["hq"], "SELECT id FROM member WHERE uuid = ?", (b_member,))
    sheets = store_query(ctx["hq"], "SELECT s.id FROM pledge_sheet s JOIN exchange_origin o ON o.uuid = s.uuid "
                         "JOIN member m ON m.id = s.member_id WHERE m.uuid = ?", (ctx["a_member"],))
    assert sheets  # the demo's first member has a pledge sheet
    store_query(ctx["hq"], "UPDATE pledge_sheet SET member_id = ? WHERE id = ?", (b_id, sheets[0][0]), write=True)

    def change(manifest, entries):
        tomb = {"tombstones": [{"table": "member", "uuid": b_member, "deleted_at": "2026-01-01T00:00:00"}]}
        entries["tombstones.json"] = json.dumps(tomb).encode()
        manifest["tombstones"] = 1
        members = _rows(entries, "member")
        members["rows"] = [r for r in members["rows"] if r["uuid"] != b_member]
        _put(manifest, entries, "member", members)

    _refused(ctx, _next_b_package(ctx, change), "连带删除或改动不属于该党支部的记录（承诺书")


def test_deleted_counts_include_every_cascaded_row(branch_dir: Path, hq_dir: Path, tmp_path: Path):
    """A draft meeting with 3 attendees, 2 agenda items and 1 vote, deleted at the branch: one tombstone, and
    headquarters reports 1 + 3 + 2 + 1 = 7 rows deleted."""
    from dangjian_desktop.domain.meetings import AgendaItem, Attendee, Meeting, MeetingType, Vote

    with opened(branch_dir) as s:
        members = s.roster.members()[:3]
        m = s.meetings.save(Meeting(
            types=[MeetingType.COMMITTEE], date=dt.date.today() - dt.timedelta(days=1), title="待删除的会议",
            attendees=[Attendee(x.name, x.uuid) for x in members],
            agenda=[AgendaItem("学习"), AgendaItem("研究工作")], votes=[Vote("事项", yes=3)]))
    import_(hq_dir, Path(export(branch_dir, tmp_path / "1.djpkg").path))
    with opened(branch_dir) as s:
        s.meetings.delete(m.uuid)
    inc = Path(export(branch_dir, tmp_path / "2.djpkg", since_last=True).path)
    [res] = import_(hq_dir, inc)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    assert res.deleted == 7 and "删除 7 条" in res.reason
    with opened(hq_dir) as s:
        con = s.store.database
        for table in ("meeting_attendance", "meeting_agenda_item", "meeting_vote"):
            assert con.execute_sql(f"SELECT count(*) FROM {table} t JOIN meeting m ON m.id = t.meeting_id "
                                   "WHERE m.title = '待删除的会议'").fetchone()[0] == 0
