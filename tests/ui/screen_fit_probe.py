"""Show every page and dialog of the window on one screen size and report what does not fit (run in a process of
its own: the screen is chosen before the QApplication exists).

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.screen_fit_probe --out shots/ --json report.json

screen.json: {"screens": [{"name": "s", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96,
"logicalBaseDpi": 96, "dpr": 1}]} — 1366×768 less a taskbar; for 1920×1080 at 150 % use 1920×1020 with
QT_SCALE_FACTOR=1.5 (1280×680 logical). Works under Xvfb too (QT_QPA_PLATFORM=xcb), and with no system fonts
(FONTCONFIG_FILE pointing to a configuration with an empty font folder): only the shipped fonts then draw.

A window fits when its frame, with a title bar's height above the client area, lies inside the screen's available
area; every visible button must lie inside the window and the screen, unless it sits in a scroll area (then it is
reached by scrolling). Problems are printed as JSON lines; the exit code is the number of windows that do not fit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QTabWidget, QWidget

TITLE_BAR = 32


def _inside_scroll_area(w: QWidget, top: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, QScrollArea) and p.widget() is not None and p.widget().isAncestorOf(w):
            return True
        p = p.parentWidget()
    return False


def check_window(win: QWidget, name: str) -> list[str]:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    area: QRect = QWidget.screen(win).availableGeometry()
    problems = []
    geo = win.geometry()  # the client area
    frame_top = geo.top() - TITLE_BAR
    if frame_top < area.top() or geo.bottom() > area.bottom() or geo.left() < area.left() or geo.right() > area.right():
        problems.append(f"{name}: window {geo.x()},{geo.y()} {geo.width()}×{geo.height()} (+{TITLE_BAR} title bar) "
                        f"outside the screen {area.width()}×{area.height()}")
    hint = win.minimumSizeHint()
    if hint.width() > area.width() or hint.height() + TITLE_BAR > area.height():
        problems.append(f"{name}: cannot shrink below {hint.width()}×{hint.height()}")
    for b in win.findChildren(QAbstractButton):
        if not b.isVisibleTo(win) or b.width() <= 1 or _inside_scroll_area(b, win):
            continue
        if not _visible_chain(b, win):
            continue
        top_left = b.mapTo(win, b.rect().topLeft())
        r = QRect(top_left, b.size())
        glob = QRect(b.mapToGlobal(b.rect().topLeft()), b.size())
        if not QRect(0, 0, geo.width(), geo.height()).contains(r) or not area.contains(glob):
            problems.append(f"{name}: button “{b.text() or b.objectName()}” at {glob.x()},{glob.y()} "
                            f"{glob.width()}×{glob.height()} is not inside the window/screen")
    return problems


def check_checklist_rows(room: QWidget, at_least: int = 6) -> list[str]:
    """The 五有十上墙 checklist must show a good part of its rows, not 3 of 18."""
    room.ui.tabs.setCurrentWidget(room.ui.resultsTab)
    QApplication.instance().processEvents()
    table = room.ui.resultsTable
    height = table.viewport().height()
    shown, y = 0, 0
    for r in range(table.rowCount()):
        y += table.rowHeight(r)
        if y > height:
            break
        shown += 1
    if shown < min(at_least, table.rowCount()):
        return [f"page-room: the checklist shows {shown} of {table.rowCount()} rows"]
    return []


def check_elections_buttons(page: QWidget) -> list[str]:
    """The 换届 page: 保存 and 打印… below its step tabs are in view on every step without scrolling the page (the
    steps scroll inside their tabs)."""
    holder = page.parentWidget().parentWidget()  # the page's scroll area in the main window
    problems = []
    for step in range(page.ui.stepTabs.count()):
        page.ui.stepTabs.setCurrentIndex(step)
        QApplication.instance().processEvents()
        for b in (page.ui.saveButton, page.ui.printButton):
            bottom = b.mapTo(holder.viewport(), b.rect().bottomLeft()).y()
            if bottom >= holder.viewport().height():
                problems.append(f"page-elections: step {step + 1}: “{b.text()}” below the page's visible area")
    page.ui.stepTabs.setCurrentIndex(0)
    return problems


def _visible_chain(w: QWidget, top: QWidget) -> bool:
    p = w
    while p is not None and p is not top:
        if not p.isVisible():
            return False
        p = p.parentWidget()
    return True


def shoot(win: QWidget, out: Path | None, name: str) -> None:
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        # zlib's level 1 (Qt's PNG quality 80; 90 and above store uncompressed): the same pixels, written in half
        # the time of the default level and no larger for these flat pictures (140 screenshots a run)
        win.grab().save(str(out / f"{name}.png"), "PNG", 80)


def visit_tabs(win: QWidget, name: str, out: Path | None, problems: list[str]) -> None:
    """Every tab of every tab widget in ``win``, one at a time."""
    for tabs in win.findChildren(QTabWidget):
        if not tabs.isVisibleTo(win):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if not tabs.isTabVisible(i):
                continue
            tabs.setCurrentIndex(i)
            label = f"{name}-{tabs.objectName() or 'tabs'}{i}"
            problems.extend(check_window(win.window(), label))
            shoot(win.window(), out, label)
        tabs.setCurrentIndex(current)


def run(out: Path | None, data: Path | None = None) -> list[str]:
    """``data``: a branch store holding the demo (the tests pass a copy of their session's); None: made here."""
    with tempfile.TemporaryDirectory(prefix="fit-") as tmp:
        return _run(out, data, Path(tmp))


def _run(out: Path | None, data: Path | None, tmp: Path) -> list[str]:
    from dangjian_desktop.services import demo
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.ui import theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    theme.apply_theme(app)
    theme.install_chinese(app)
    if data is None:
        services = Services.open(tmp / "data")
        demo.populate(services)
    else:
        services = Services.open(data)
    problems: list[str] = []

    from dangjian_desktop.ui.main_window import MainWindow
    from dangjian_desktop.ui.pages import pages

    window = MainWindow(services)
    window.show()
    for spec in pages():
        page = window.show_page(spec.key)
        problems.extend(check_window(window, f"page-{spec.key}"))
        shoot(window, out, f"page-{spec.key}")
        visit_tabs(page, f"page-{spec.key}", out, problems)
        if spec.key == "room" and QWidget.screen(window).availableGeometry().height() >= 600:
            problems.extend(check_checklist_rows(page))  # at 1366×768 and 150 %; 125 % (582 px) scrolls the page
        if spec.key == "elections" and QWidget.screen(window).availableGeometry().height() >= 600:
            problems.extend(check_elections_buttons(page))

    for name, make in dialogs(services, window, tmp).items():
        try:
            dlg = make()
        except Exception as exc:  # noqa: BLE001 - reported, the other dialogs still checked
            problems.append(f"{name}: could not be built: {exc!r}")
            continue
        if dlg is None:
            continue
        dlg.show()
        problems.extend(check_window(dlg, name))
        shoot(dlg, out, name)
        visit_tabs(dlg, name, out, problems)
        dlg.hide()
        dlg.deleteLater()
    window.hide()
    services.close()
    return problems


def dialogs(services, window, tmp: Path) -> dict[str, Callable[[], QWidget | None]]:  # noqa: ANN001
    from dangjian_desktop import clock
    from dangjian_desktop.domain.meetings import MeetingType
    from dangjian_desktop.domain.pledges import ReviewStatus
    from dangjian_desktop.ui.autosave import DraftsDialog
    from dangjian_desktop.ui.dialogs.group_dialog import GroupDialog
    from dangjian_desktop.ui.dialogs.import_dialog import ImportDialog
    from dangjian_desktop.ui.dialogs.meeting_amendments import AmendmentDialog
    from dangjian_desktop.ui.dialogs.meeting_dialog import MeetingDialog
    from dangjian_desktop.ui.dialogs.member_dialog import MemberDialog
    from dangjian_desktop.ui.dialogs.status_dialog import StatusDialog
    from dangjian_desktop.ui.first_start import COMMITTEE, HQ, PROFILE, FirstStartDialog

    s = services
    rows = s.meetings.list()
    draft = next(r for r in rows if r.status.value == "草稿")
    final = next(r for r in rows if r.status.value == "定稿")
    members = s.roster.members()
    pledges = window.screen("pledges")
    room = window.screen("room")

    def meeting(uuid: str | None) -> QWidget:
        m = s.meetings.get(uuid) if uuid else s.meetings.new_meeting([MeetingType.ASSEMBLY], clock.today())
        return MeetingDialog(s.meetings, s.branch, s.roster, s.drafts, m, window)

    def noisy_meeting() -> QWidget:
        # many warnings at once (every member absent without a reason): they must not push the buttons off
        dlg = meeting(draft.uuid)
        for a in dlg.attendees():
            dlg.set_present(a.name, False)
        return dlg

    def first_start(page: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            dlg = FirstStartDialog(s, window)
            dlg.go(page)
            return dlg

        return make

    def preview() -> QWidget:
        from dangjian_desktop.ui.printing import make_preview

        return make_preview(window, "会议记录", lambda p: s.meetings.minutes_pdf(final.uuid, p), "x.pdf")

    def pledge_dialog(kind: str) -> Callable[[], QWidget | None]:
        def make() -> QWidget | None:
            for r in range(pledges.ui.memberTable.rowCount()):
                pledges.ui.memberTable.selectRow(r)
                sheet = pledges.sheet
                if sheet and sheet.approved_items and any(i.status is ReviewStatus.APPROVED for i in sheet.items):
                    break
            return {"item": pledges.make_item_dialog, "progress": pledges.make_progress_dialog,
                    "pair": pledges.make_pair_dialog, "campaign": pledges.make_campaign_dialog}[kind]()

        return make

    def review() -> QWidget | None:
        pledges.ui.itemsTable.selectRow(0)
        return pledges.make_review_dialog()

    def export() -> QWidget:
        from dangjian_desktop.ui.dialogs.export_dialog import ExportDialog

        return ExportDialog(s.exchange, window)

    def study_dialog(kind: str) -> Callable[[], QWidget | None]:
        def make() -> QWidget | None:
            from dangjian_desktop.ui.dialogs.first_topic_dialog import FirstTopicDialog
            from dangjian_desktop.ui.dialogs.training_dialog import TrainingDialog

            if kind == "training":
                return TrainingDialog(members, None, s.study_hours.save_training, window)
            e = s.first_topic.entries(clock.today().year)[-1]
            return FirstTopicDialog(e.study, meeting_text=e.meeting, item_title=e.item_title, meeting_date=e.date,
                                    leaders=[e.led_by], save=lambda st: st, parent=window)

        return make

    def terms() -> QWidget:
        from dangjian_desktop.ui.dialogs.terms_dialog import TermsDialog

        return TermsDialog(s.elections.terms(), window)

    def dues(kind: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            page = window.screen("dues")
            line = page.grid.arrears_lines[0] if page.grid and page.grid.arrears_lines else None
            return {"standards": page.standards_dialog, "month": page.month_dialog,
                    "payment": lambda: page.payment_dialog(line.member_uuid if line else None,
                                                           line.arrears_months if line else None),
                    "reduction": lambda: page.reduction_dialog(), "remittance": page.remittance_dialog}[kind]()

        return make

    def read_only_window() -> QWidget:
        """A second window on the same folder: read-only, with its banner (as on a write-protected stick)."""
        from dangjian_desktop.services.container import Services
        from dangjian_desktop.ui.main_window import MainWindow

        second = MainWindow(Services.open(s.store.paths.root))
        second.show_page("members")
        return second

    def backup_password(new: bool) -> Callable[[], QWidget]:
        from dangjian_desktop.ui.backups import BackupPasswordDialog

        hint = ("备份到U盘的文件含有全体党员的姓名、身份证号和电话。请设置一个密码，恢复时需要输入它。" if new
                else "这个备份已加密，请输入备份时设置的密码。")
        return lambda: BackupPasswordDialog(new, hint, window)

    def life(kind: str) -> Callable[[], QWidget | None]:
        # last year's 组织生活会 (complete in the demo): every list has rows, the grades tab has its list
        def make() -> QWidget | None:
            appraisal = window.screen("appraisal")
            combo = appraisal.ui.yearCombo
            combo.setCurrentIndex(max(0, combo.findData(clock.today().year - 1)))
            c = appraisal.cycle
            if c is None:
                return None
            first = {"opinion": c.opinions, "problem": c.problems, "criticism": c.criticisms}
            if kind in first:
                make_dialog = getattr(appraisal, f"make_{kind}_dialog")
                return make_dialog(first[kind][0].uuid if first[kind] else None)
            if kind == "entry":
                return appraisal.grades.make_entry_dialog(0)
            return appraisal.grades.make_ballot_dialog()

        return make

    def talk() -> QWidget:
        return window.screen("talks").make_dialog(None)

    def development(kind: str, number: int = 0) -> Callable[[], QWidget]:
        def make() -> QWidget:
            from dangjian_desktop.ui.dialogs import development_dialogs as dd

            case = next(c for c in s.development.cases() if c.on(15))  # far along: every section has content
            return {"case": lambda: dd.CaseDialog(s.development, case, window),
                    "step": lambda: dd.StepDialog(s.development, case, number, members, s.branch.groups(), window),
                    "assessment": lambda: dd.AssessmentDialog(s.development, case, None, window),
                    "publicity": lambda: dd.PublicityDialog(s.development, case, None, window),
                    "probation": lambda: dd.ProbationDialog(s.development, case, window)}[kind]()

        return make

    def oversight_drill():  # noqa: ANN202 - headquarters' drill-down from the matrix: a year of monthly meetings
        from dangjian_desktop.services.oversight_drill import MEETING_HEADERS, Drill
        from dangjian_desktop.ui.screens.oversight_panel import OversightDrillDialog

        lines = [(f"{m}月", "缺（0/1）", "", "（没有会议记录）", "") if m == 6 else
                 (f"{m}月", "已开（1/1）", f"2026-{m:02d}-06", f"{m}月支部委员会", "定稿") for m in range(1, 13)]
        found = Drill("支委会会议记录", MEETING_HEADERS, lines,
                      "“已开/应开”只计已结束或已完成的周期；尚未到期（待开、未到期）的周期不计入应开。", frozenset({5}))
        return OversightDrillDialog("示范能源公司检修分公司党支部　2026年　支委会：支委会会议记录", found, window)

    return {
        "meeting-new": lambda: meeting(None),
        "meeting-draft": lambda: meeting(draft.uuid),
        "meeting-final": lambda: meeting(final.uuid),
        "meeting-warnings": noisy_meeting,
        "amendment": lambda: AmendmentDialog(s.meetings, s.meetings.get(final.uuid), window),
        "member-new": lambda: MemberDialog(s.roster, s.branch.groups(), None, window),
        "member-edit": lambda: MemberDialog(s.roster, s.branch.groups(), members[0], window),
        "member-status": lambda: StatusDialog(s.roster, members[0], window),
        "group": lambda: GroupDialog(s.branch, members, s.branch.groups()[0], window),
        "first-start-choice": first_start(0),
        "first-start-profile": first_start(PROFILE),
        "first-start-committee": first_start(COMMITTEE),
        "first-start-hq": first_start(HQ),
        "drafts": lambda: (s.drafts.save("meeting:new", "支委会 会议记录", {}), DraftsDialog(s.drafts, window))[1],
        "import-roster": lambda: ImportDialog(s.roster, window),
        "export-package": export,
        "pdf-preview": preview,
        "pledge-item": pledge_dialog("item"),
        "pledge-progress": pledge_dialog("progress"),
        "pledge-pair": pledge_dialog("pair"),
        "pledge-campaign": pledge_dialog("campaign"),
        "pledge-review": review,
        "room-rectification": lambda: room.make_rectification_dialog(0),
        "room-checklist": room.make_template_dialog,
        "dues-standards": dues("standards"),
        "dues-month": dues("month"),
        "dues-payment": dues("payment"),
        "dues-reduction": dues("reduction"),
        "dues-remittance": dues("remittance"),
        "life-opinion": life("opinion"),
        "life-problem": life("problem"),
        "life-criticism": life("criticism"),
        "appraisal-entry": life("entry"),
        "appraisal-ballots": life("ballot"),
        "talk": talk,
        "development-case": development("case"),
        "development-step-assembly": development("step", 15),
        "development-step-sponsors": development("step", 9),
        "development-step-training": development("step", 11),
        "development-assessment": development("assessment"),
        "development-publicity": development("publicity"),
        "development-probation": development("probation"),
        "read-only-window": read_only_window,
        "backup-password-new": backup_password(True),
        "backup-password-open": backup_password(False),
        "study-training": study_dialog("training"),
        "study-first-topic": study_dialog("first-topic"),
        "election-terms": terms,
        "oversight-drill": oversight_drill,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", help="folder for a PNG of every page and dialog")
    ap.add_argument("--json", help="write the problems here as a JSON list")
    ap.add_argument("--data", help="a data folder holding the demo to show (default: the demo made in a temp folder)")
    args = ap.parse_args(argv)
    os.environ.setdefault("DANGJIAN_NO_DIALOGS", "1")
    problems = run(Path(args.out) if args.out else None, Path(args.data) if args.data else None)
    if args.json:
        Path(args.json).write_text(json.dumps(problems, ensure_ascii=False, indent=1), encoding="utf-8")
    for p in problems:
        print(p)
    sys.stdout.flush()
    os._exit(min(len(problems), 100))


if __name__ == "__main__":
    main()
