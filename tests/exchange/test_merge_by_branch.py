"""The merge of a large package on SQLite reads which of its rows headquarters holds along the branch's own
registrations (``records_merge.BRANCH_SCAN_ROWS``) and leaves a row registered to another branch to fail its
insert. Whatever path a package takes, a row of another branch refuses it with the same reason as the exact
look-up gives, first among its faults, and nothing changes. Here the threshold is 0 (every package takes the
branch's path) beside the default (these small packages take the exact look-up)."""

from __future__ import annotations

import pytest

from dangjian_desktop.storage.repos import records_merge

from .test_confinement import _next_b_package, _put, _refused, _rows, two_branches  # noqa: F401 - fixture

FOREIGN = "与已导入的另一个党支部的记录编号相同"


@pytest.fixture(params=[0, records_merge.BRANCH_SCAN_ROWS], ids=["by-branch", "by-uuid"])
def scan_rows(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(records_merge, "BRANCH_SCAN_ROWS", request.param)
    return request.param


def _with_a_member_of_a(ctx: dict, extra_column: bool = False):  # noqa: ANN202
    def change(manifest, entries):  # noqa: ANN001, ANN202
        members = _rows(entries, "member")
        stolen = dict(members["rows"][0], uuid=ctx["a_member"], name="冒用")
        members["rows"].append(stolen)
        if extra_column:  # a fault the merge finds after the rows' owners: the owners are still told first
            for row in members["rows"]:
                row["unknown_column"] = "x"
        _put(manifest, entries, "member", members)

    return change


def _renamed(manifest: dict, entries: dict) -> None:
    """B's first member renamed, as the branch would (its revision moved on)."""
    members = _rows(entries, "member")
    members["rows"][0]["name"] = "改名"
    members["rows"][0]["_revision"] += 1
    _put(manifest, entries, "member", members)


def test_a_row_of_another_branch_is_refused_on_either_path(two_branches, scan_rows):  # noqa: F811
    ctx = two_branches
    _refused(ctx, _next_b_package(ctx, _with_a_member_of_a(ctx)), FOREIGN)


def test_another_branchs_row_is_told_before_a_later_fault(two_branches, scan_rows):  # noqa: F811
    ctx = two_branches
    _refused(ctx, _next_b_package(ctx, _with_a_member_of_a(ctx, extra_column=True)), FOREIGN)


def test_an_unknown_column_alone_is_told_as_such_on_either_path(two_branches, scan_rows):  # noqa: F811
    ctx = two_branches

    def change(manifest, entries):  # noqa: ANN001, ANN202
        members = _rows(entries, "member")
        for row in members["rows"]:
            row["unknown_column"] = "x"
        _put(manifest, entries, "member", members)

    _refused(ctx, _next_b_package(ctx, change), "不认识的字段")


def test_the_branchs_next_package_is_imported_on_either_path(two_branches, scan_rows):  # noqa: F811
    """The by-branch path still finds the branch's own rows: a changed member is updated, not inserted again."""
    from dangjian_desktop.domain.exchange import ImportOutcome

    from .conftest import import_

    ctx = two_branches
    [res] = import_(ctx["hq"], _next_b_package(ctx, _renamed))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    assert (res.inserted, res.updated, res.deleted) == (0, 1, 0), res.reason


def test_a_foreign_package_after_a_good_one_keeps_the_good_one_merged_once(two_branches, scan_rows,  # noqa: F811
                                                                            monkeypatch):  # noqa: ANN001
    """B's good next package and, after it in one run, one holding A's member: the good one is imported, the other
    refused. The foreign package changes no row before its refusal (told by the exact look-up, or on the branch's
    path by the failed insert of the stolen row: its other rows are as held), so the commit group is left as it was
    and the good package is merged once (services/exchange_import.py, ``_CommitGroup.package``)."""
    from dangjian_desktop.domain.exchange import ImportOutcome
    from dangjian_desktop.storage.repos import records

    from tests.pg.cluster import store_query

    from .conftest import import_

    ctx = two_branches
    good = _next_b_package(ctx, _renamed)
    foreign = _next_b_package(dict(ctx, b_pkg=good), _with_a_member_of_a(ctx))
    real = records.merge
    merged: list[str] = []
    monkeypatch.setattr(records, "merge", lambda *a, **k: merged.append("merge") or real(*a, **k))
    results = import_(ctx["hq"], good, foreign)
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED, ImportOutcome.REFUSED], results
    assert FOREIGN in results[1].reason
    assert len(merged) == 2  # not rolled back and merged again
    names = {name for (name,) in store_query(ctx["hq"], 'SELECT "name" FROM "member"')}
    assert "改名" in names and "冒用" not in names
