"""The import rules of headquarters (services/exchange_trust.py) on small hand-worked cases, without a store."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from dangjian_desktop.domain.exchange import ImportFlag, ImportOutcome, PackageKind
from dangjian_desktop.services.exchange_trust import Facts, announce_rekey, applied, decide

NOW = dt.datetime(2027, 3, 1, 8, 0)
KEY_A, KEY_B = b"A" * 32, b"B" * 32
FP_A, FP_B = "AAAA-AAAA-AAAA-AAAA", "BBBB-BBBB-BBBB-BBBB"


def facts(sequence: int | None = 4, previous: tuple[int, str] | None = (3, "p3"), *, kind: str = "incremental",
          key: bytes | None = KEY_A, fp: str | None = FP_A, encrypted: bool = True, package_id: str = "p4",
          created_at: dt.datetime = NOW - dt.timedelta(hours=1), branch: str = "b1") -> Facts:
    return Facts(branch_uuid=branch, branch_name="一支部", package_id=package_id, kind=PackageKind(kind),
                 created_at=created_at, since=None, sequence=sequence, previous=previous, public_key=key,
                 fingerprint=fp, encrypted=encrypted)


def held(sequence: int = 3, package_id: str = "p3", key: bytes = KEY_A, fp: str = FP_A, **extra) -> dict:
    return {"name": "一支部", "sequence": sequence, "package_id": package_id,
            "public_key": base64.b64encode(key).decode(), "fingerprint": fp, "encrypted": True, **extra}


def test_the_next_package_follows():
    d = decide(held(), facts(), {"b1": held()}, NOW)
    assert (d.outcome, d.ordered, d.full, d.flags) == (None, True, False, [])


def test_a_first_full_package_pins_the_key_and_a_first_incremental_one_waits():
    d = decide(None, facts(1, None, kind="full"), {}, NOW)
    assert d.outcome is None and d.full and [f for f, _ in d.flags] == [ImportFlag.KEY_PINNED]
    assert FP_A in d.flags[0][1]
    d = decide(None, facts(), {}, NOW)
    assert d.outcome is ImportOutcome.REFUSED and "完整数据包" in d.reason


def test_gaps_name_the_missing_numbers():
    d = decide(held(), facts(6, (5, "p5")), {"b1": held()}, NOW)
    assert d.outcome is ImportOutcome.REFUSED and "缺少该支部序号 4、5 的数据包" in d.reason
    d = decide(held(), facts(6, (5, "p5"), kind="full"), {"b1": held()}, NOW)
    assert d.outcome is None and d.flags[0][0] is ImportFlag.GAP and "序号 4、5" in d.flags[0][1]
    d = decide(held(), facts(30, (20, "p20")), {"b1": held()}, NOW)
    assert "4～20（共 17 个）" in d.reason


def test_a_full_package_whose_numbers_were_used_by_failed_exports_is_no_gap():
    """Exports 4 and 5 failed on the stick (numbers used, nothing delivered): package 6 names 3 as its previous."""
    d = decide(held(), facts(6, (3, "p3"), kind="full"), {"b1": held()}, NOW)
    assert d.outcome is None and d.flags == []


def test_older_same_and_forked_packages():
    assert decide(held(), facts(2, (1, "p1"), package_id="p2"), {}, NOW).outcome is ImportOutcome.SKIPPED
    assert decide(held(), facts(3, (2, "p2"), package_id="p3"), {}, NOW).outcome is ImportOutcome.UNCHANGED
    same_number = decide(held(), facts(3, (2, "p2"), package_id="other"), {}, NOW)
    assert same_number.outcome is ImportOutcome.SKIPPED and "恢复过备份" in same_number.reason
    fork = decide(held(), facts(4, (3, "not-p3")), {}, NOW)
    assert fork.outcome is ImportOutcome.REFUSED and "恢复过备份" in fork.reason


def test_keys():
    assert "不同" in decide(held(), facts(key=KEY_B, fp=FP_B), {"b1": held()}, NOW).reason
    assert "没有签名" in decide(held(), facts(key=None, fp=None, sequence=None, previous=None), {}, NOW).reason
    unsigned = decide(None, facts(key=None, fp=None, sequence=None, previous=None, kind="full"), {}, NOW)
    assert unsigned.outcome is None and not unsigned.ordered and unsigned.flags[0][0] is ImportFlag.UNSIGNED
    taken = decide(None, facts(1, None, kind="full", branch="b2"), {"b1": held()}, NOW)
    assert taken.outcome is ImportOutcome.REFUSED and "已属于另一个党支部" in taken.reason


def test_rekey_accepts_the_named_key_only_and_restarts_the_numbering():
    status = announce_rekey(held(sequence=9, package_id="p9"), FP_B, NOW)
    wrong = decide(status, facts(1, None, kind="full", key=b"C" * 32, fp="CCCC-CCCC-CCCC-CCCC"), {}, NOW)
    assert wrong.outcome is ImportOutcome.REFUSED and FP_B in wrong.reason
    d = decide(status, facts(1, None, kind="full", key=KEY_B, fp=FP_B), {"b1": status}, NOW)
    assert d.outcome is None and d.flags[0][0] is ImportFlag.KEY_REPLACED
    after = applied(status, facts(1, None, kind="full", key=KEY_B, fp=FP_B), imported_at=NOW, file_name="x",
                    year=2027, figures={})
    assert after["fingerprint"] == FP_B and after["sequence"] == 1 and "rekey" not in after
    # the same key named again: the branch's counter went back (old backup); its next full package is taken
    again = announce_rekey(held(sequence=9, package_id="p9"), FP_A, NOW)
    assert decide(again, facts(2, (1, "x"), kind="full"), {}, NOW).outcome is None
    assert decide(held(sequence=9, package_id="p9"), facts(2, (1, "x"), kind="full"), {}, NOW).outcome \
        is ImportOutcome.SKIPPED


def test_no_downgrade_to_plain():
    d = decide(held(), facts(encrypted=False), {}, NOW)
    assert d.outcome is ImportOutcome.REFUSED and "没有加密" in d.reason


@pytest.mark.parametrize(("ahead", "flagged"), [(dt.timedelta(hours=23), False), (dt.timedelta(days=2), True),
                                                (dt.timedelta(days=365), True)])
def test_a_package_from_the_future_is_flagged_not_refused(ahead, flagged):
    d = decide(held(), facts(created_at=NOW + ahead), {}, NOW)
    assert d.outcome is None
    assert (ImportFlag.CLOCK_AHEAD in [f for f, _ in d.flags]) is flagged
