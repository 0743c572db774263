"""党费 on the USB stick: a branch's standards, payments with their months and remittances reach headquarters,
which shows each branch's dues collected and members in arrears; a correction and a deletion travel too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.services.dues import PaymentEntry
from dangjian_desktop.storage.models_dues import DuesPaymentMonthRow, DuesPaymentRow, DuesRemittanceRow, DuesStandardRow

from tests.conftest import demo_year

from tests.pg.cluster import on_both_engines

from .conftest import export, import_, opened


def _dues_rows() -> dict[str, int]:
    return {m._meta.table_name: m.select().count()
            for m in (DuesStandardRow, DuesPaymentRow, DuesPaymentMonthRow, DuesRemittanceRow)}


@on_both_engines  # PostgreSQL too (issue 22)
def test_dues_travel_and_headquarters_sees_totals_and_arrears(branch_dir: Path, hq_dir: Path, stick: Path):
    today = clock.today()
    with opened(branch_dir) as s:
        grid = s.dues.grid(today.year, today)
        expected_yuan = (grid.paid_fen + 50) // 100  # whole 元, half up
        expected_arrears = len(grid.arrears_lines)
        expected_owed = (grid.arrears_fen + 50) // 100
        held = _dues_rows()
        figures = s.exchange.figures(today)
    assert held["dues_payment"] > 100 and held["dues_payment_month"] >= held["dues_payment"]
    assert figures["dues_paid_total"] == expected_yuan and figures["dues_arrears_members"] == expected_arrears
    assert figures["dues_arrears_total"] == expected_owed and (expected_owed > 0) == (expected_arrears > 0)
    [res] = import_(hq_dir, Path(export(branch_dir, stick / "a.djpkg").path))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    with opened(hq_dir) as s:
        assert _dues_rows() == held
        [row] = s.exchange.overview(today.year)
        assert row.figures["dues_paid_total"] == expected_yuan
        assert row.figures["dues_arrears_members"] == expected_arrears
        assert row.figures["dues_arrears_total"] == expected_owed
        assert s.dues.status(today.year) == []  # headquarters has no branch of its own to keep dues for

    # the branch corrects one payment and deletes another: the next (incremental) package carries both
    with opened(branch_dir) as s:
        payments = s.dues.payments(demo_year())  # on 1 January nothing of this year is paid yet
        first, second = payments[0], payments[1]
        s.dues.update_payment(first.uuid, PaymentEntry(first.member_uuid, list(first.months), first.paid_on,
                                                       amount=None, note="更正备注"), today=today)
        s.dues.delete_payment(second.uuid, "重复登记")
        after = _dues_rows()
    [res] = import_(hq_dir, Path(export(branch_dir, stick / "b.djpkg", since_last=True).path))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    with opened(hq_dir) as s:
        assert _dues_rows() == after
        notes = {r.uuid: r.note for r in DuesPaymentRow.select()}
        assert notes[first.uuid] == "更正备注" and second.uuid not in notes


def test_a_day_without_dues_still_exports(hq_dir: Path, stick: Path, tmp_path: Path):
    """A branch that keeps no dues in the app: the figures are 0, the package is fine."""
    from dangjian_desktop.domain.roster import Branch, Member

    d = tmp_path / "plain"
    with opened(d) as s:
        s.branch.save_profile(Branch(name="无党费记录党支部"))
        s.roster.save_member(Member(name="张三", joined_party_on=dt.date(2001, 1, 1)))
        assert s.exchange.figures(clock.today())["dues_paid_total"] == 0
    [res] = import_(hq_dir, Path(export(d, stick / "c.djpkg").path))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
