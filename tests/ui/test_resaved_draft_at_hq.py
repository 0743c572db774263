"""The reported defect, end to end through the window: a draft 会议记录 opened in the editor and saved again (the
editor hands the service attendees without their row UUIDs), then edited and saved once more. The attendance rows
keep their identity at the branch, and headquarters ends with exactly the branch's rows — not a second copy
(it held 10 attendance rows for 5 when children were deleted and re-inserted)."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.meetings import AbsenceReason, MeetingStatus
from tests.exchange.conftest import export, fast_kdf, import_, opened  # noqa: F401 - fixture
from tests.exchange.test_child_rows import _rows


def _edit_in_the_window(qtbot, branch: Path, uuid: str, absent: bool) -> None:  # noqa: ANN001
    from dangjian_desktop.ui.dialogs.meeting_dialog import MeetingDialog

    with opened(branch) as s:
        dlg = MeetingDialog(s.meetings, s.branch, s.roster, s.drafts, s.meetings.get(uuid))
        qtbot.addWidget(dlg)
        assert dlg.save()  # 保存 with no edit
        if absent:
            name = next(a.name for a in dlg.attendees() if a.present)
            dlg.set_present(name, False, AbsenceReason.SICK)
        assert dlg.save()
        dlg.hide()
        dlg.deleteLater()


def test_a_draft_saved_again_in_the_editor_reaches_headquarters_once(qtbot, tmp_path: Path, demo_copy):
    branch, hq, stick = tmp_path / "branch", tmp_path / "hq", tmp_path / "stick"
    stick.mkdir()
    demo_copy(branch)  # the session's demo store, copied (tests/conftest.py)
    with opened(branch) as s:
        uuid = next(m.uuid for m in s.meetings.list() if m.status is MeetingStatus.DRAFT and m.date <= clock.today())
    with opened(hq) as s:
        s.branch.init_headquarters("示范能源公司党委")
    assert import_(hq, Path(export(branch, stick / "1.djpkg").path))[0].outcome.value == "imported"
    sent = _rows(branch, uuid)
    assert _rows(hq, uuid) == sent and len(sent["attendance"]) >= 3

    _edit_in_the_window(qtbot, branch, uuid, absent=False)
    assert _rows(branch, uuid) == sent  # saved twice as it was: the same rows, the same UUIDs

    _edit_in_the_window(qtbot, branch, uuid, absent=True)
    now = _rows(branch, uuid)
    assert [u for u, *_ in now["attendance"]] == [u for u, *_ in sent["attendance"]]
    assert sum(1 for *_, present in now["attendance"] if not present) == \
        sum(1 for *_, present in sent["attendance"] if not present) + 1

    [res] = import_(hq, Path(export(branch, stick / "2.djpkg", since_last=True).path))
    assert res.outcome.value == "imported", res.reason
    assert (res.inserted, res.deleted) == (0, 0), res.reason
    assert _rows(hq, uuid) == now
