"""The merge's column path on SQLite passes a date or timestamp column that is already in the text the store holds
as the text the store holds for it (``records_values.stored_text``), and an integer or boolean column without a call a value
(``same_values``). What the store holds must be exactly what the row-by-row path stores, whatever form the
package's values take; a value the row-by-row path refuses is still refused."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from peewee import BooleanField, DateField, DateTimeField, IntegerField

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.storage.repos import records_merge, records_values
from dangjian_desktop.storage.repos.records_values import from_json, same_values, stored_text

from . import hostile
from .conftest import PASSWORD, import_, store_snapshot

# as the export writes them (isoformat: a "T") and as SQLite holds them (a space)
STORED_TIMESTAMPS = ["2026-12-07T15:27:47.429318", "2026-12-07T15:27:47", "2024-02-29T00:00:00.000001",
                     "2026-12-07 15:27:47.429318", "2026-12-07 15:27:47"]
OTHER_TIMESTAMPS = [
    "2026-12-07t15:27:47.429318",  # another separator
    "2026-12-07 15:27:47.000000",  # a zero fraction: stored without it
    "2026-12-07 15:27:47.429",  # three digits: stored with six
    "2026-12-07 15:27:47+08:00",  # an offset: stored in UTC
    "2026-12-07 15:27",
    "2026-02-30 10:00:00",  # no such day: refused
    "2026-12-07T24:00:00",  # refused, or the next day's midnight
    "2026-12-07 23:59:60",  # a leap second: refused
    "２０２６-12-07 15:27:47",  # digits that are not ASCII
]


def _stored(field, value):  # noqa: ANN001, ANN202
    """The text SQLite holds for ``value`` taken the row-by-row way (``from_json``, then the field's db_value)."""
    con = sqlite3.connect(":memory:")
    try:
        return con.execute("SELECT ?", (field.db_value(from_json("meeting", field, value)),)).fetchone()[0]
    finally:
        con.close()


def test_the_stored_text_is_what_the_row_by_row_path_stores() -> None:
    stamp, day = DateTimeField(), DateField()
    stamp.name = day.name = "x"
    assert stored_text(stamp, STORED_TIMESTAMPS) == [_stored(stamp, v) for v in STORED_TIMESTAMPS]
    assert stored_text(stamp, STORED_TIMESTAMPS)[0] == "2026-12-07 15:27:47.429318"
    for value in OTHER_TIMESTAMPS:  # a column with one of these goes the row-by-row way
        assert stored_text(stamp, [STORED_TIMESTAMPS[0], value]) is None, value
    assert stored_text(day, ["2026-05-01", "2024-02-29"]) == ["2026-05-01", "2024-02-29"]
    assert _stored(day, "2026-05-01") == "2026-05-01"
    for value in ["2026-5-1", "2026-02-30", "2026-05-01 00:00:00", "２０２６-05-01", 20260501]:
        assert stored_text(day, ["2026-05-01", value]) is None, value
    assert stored_text(IntegerField(), ["2026-05-01"]) is None  # not a date field
    assert stored_text(stamp, [dt.datetime(2026, 12, 7)]) is None  # not text


def test_same_values_only_where_the_conversion_gives_them_back() -> None:
    number, flag = IntegerField(), BooleanField()
    assert same_values(number, [0, -5, 2**63 - 1, -(2**63 - 1)])
    assert not same_values(number, [1, 2**63])  # refused by the conversion
    assert not same_values(number, [1, True])  # a boolean is not an integer here
    assert not same_values(number, [1, 1.5])
    assert same_values(flag, [True, False])
    assert not same_values(flag, [True, 1])
    assert not same_values(DateField(), ["2026-05-01"])


def _package_with_stamps(package: Path, branch_dir: Path, out: Path, stamps: list[str]) -> Path:
    """``package`` with every meeting's ``created_at`` replaced by ``stamps`` in turn and its attendance rows'
    ``created_at`` by the first of them."""
    manifest, entries = hostile.parts(package, PASSWORD)
    for table, values in (("meeting", stamps), ("meeting_attendance", stamps[:1])):
        data = json.loads(entries[f"records/{table}.json"])
        assert len(data["rows"]) > 1
        for i, row in enumerate(data["rows"]):
            row["created_at"] = values[i % len(values)]
        entries[f"records/{table}.json"] = json.dumps(data, ensure_ascii=False).encode()
    items = list(entries.items())
    out.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), PASSWORD,
                                      hostile.signer_of(branch_dir)))
    return out


def _records(hq: Path) -> dict:
    rows = store_snapshot(hq)["rows"]
    return {t: rows[t] for t in ("meeting", "meeting_attendance", "meeting_agenda_item", "member")}


@pytest.mark.parametrize("stamps", [STORED_TIMESTAMPS, STORED_TIMESTAMPS + OTHER_TIMESTAMPS[:5]],
                         ids=["as-stored", "mixed"])
def test_the_store_holds_what_the_row_by_row_path_stores(package: Path, branch_dir: Path, make_hq, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, stamps: list[str]) -> None:
    monkeypatch.setattr(records_merge, "BRANCH_SCAN_ROWS", 0)  # the by-branch path, as a large package at SQLite
    pkg = _package_with_stamps(package, branch_dir, tmp_path / "stamps.djpkg", stamps)
    converted: list[str] = []
    real = records_merge.converter

    def spy(field):  # noqa: ANN001, ANN202
        converted.append(field.name)
        return real(field)

    monkeypatch.setattr(records_merge, "converter", spy)
    fast = make_hq(tmp_path / "fast", "示范能源公司党委")
    [res] = import_(fast, pkg)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    if stamps == STORED_TIMESTAMPS:  # no date, timestamp, integer or boolean column converted value by value
        assert converted == []
    else:  # the meetings' created_at is not all in the stored form: converted as before
        assert converted.count("created_at") == 1
    monkeypatch.setattr(records_merge, "_new_rows", lambda *a, **k: None)  # every table the row-by-row way
    slow = make_hq(tmp_path / "slow", "示范能源公司党委")
    [res] = import_(slow, pkg)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    assert _records(fast) == _records(slow)
    assert _records(fast)["meeting"]


def test_a_day_that_does_not_exist_is_refused_as_before(package: Path, branch_dir: Path, hq_dir: Path,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records_merge, "BRANCH_SCAN_ROWS", 0)
    pkg = _package_with_stamps(package, branch_dir, tmp_path / "bad.djpkg", ["2026-02-30 10:00:00"])
    before = store_snapshot(hq_dir)
    [res] = import_(hq_dir, pkg)
    assert res.outcome is ImportOutcome.REFUSED and "无法识别的值" in res.reason, res.reason
    assert store_snapshot(hq_dir) == before


def test_stored_forms_are_the_peewee_fields_own() -> None:
    """The shortcut relies on ``db_value`` handing the parsed value to sqlite3 unchanged: only for these classes."""
    assert set(records_values._STORED_FORMS) == {DateTimeField, DateField}  # noqa: SLF001
