"""The branch profile form (党支部基本信息 and 支委会), shared by 设置 and the first-start dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import BranchKind, CommitteeRole
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member
from dangjian_desktop.ui.forms.ui_branch_profile import Ui_BranchProfileWidget
from dangjian_desktop.ui.widgets.fields import read_fields, show_fields
from dangjian_desktop.ui.widgets.problems import clear_problems, show_problems
from dangjian_desktop.ui.widgets.styling import build_form, repolish
from dangjian_desktop.ui.widgets.table_cells import set_columns

NO_MEMBER = "（请选择党员）"
# the profile's fields shown and read as they are
_FIELDS = {"name": "nameEdit", "parent_committee": "parentEdit", "founded_on": "foundedDate",
           "election_date": "electionDate", "term_years": "termSpin"}


def _fmt(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


class BranchProfileWidget(QWidget):
    """``changed`` fires on the user's edits, never while :meth:`load` fills the fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = build_form(self, Ui_BranchProfileWidget)
        self._branch: Branch | None = None
        self._members: list[Member] = []
        for kind in BranchKind:
            ui.kindCombo.addItem(kind.value, kind)
        ui.foundedDate.setAccessibleName("成立日期")
        ui.electionDate.setAccessibleName("本届支委会选举日期")
        ui.electionDate.default_date = clock.today()
        set_columns(ui.committeeTable, ["职务", "姓名", "分工"], row_height=40, widths={0: 100, 1: 140}, fixed=True,
                    stretch_last=True)
        ui.term3Button.clicked.connect(lambda: ui.termSpin.setValue(3))
        ui.term5Button.clicked.connect(lambda: ui.termSpin.setValue(5))
        ui.termSpin.valueChanged.connect(self._update_term_end)
        ui.electionDate.dateChanged.connect(self._update_term_end)
        # 历届支委会 (read-only): filled by the 设置 page from the elections kind; hidden until it has terms
        self._terms: list = []
        self.termsButton = QPushButton("历届支委会…")
        self.termsButton.setToolTip("查看以往各届支部委员会的成员和分工")
        self.termsButton.clicked.connect(self.show_terms)
        self.termsButton.hide()
        ui.seatButtons.addWidget(self.termsButton)
        ui.addSeatButton.clicked.connect(lambda: self._add_seat(None, focus=True))
        ui.removeSeatButton.clicked.connect(self._remove_seat)
        self._loading = False
        for sig in (ui.nameEdit.textEdited, ui.parentEdit.textEdited, ui.kindCombo.activated, ui.termSpin.valueChanged,
                    ui.foundedDate.dateChanged, ui.electionDate.dateChanged):
            sig.connect(self._edited)
        self._update_term_end()

    # -- loading ------------------------------------------------------------------------------------------------
    def set_members(self, members: Sequence[Member]) -> None:
        """Active members to choose committee members from."""
        self._members = list(members)

    def set_committee_visible(self, visible: bool) -> None:
        self.ui.committeeGroup.setVisible(visible)

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, branch: Branch | None) -> None:
        ui = self.ui
        self._branch = branch
        b = branch or Branch(name="")
        self._loading = True
        try:
            show_fields(ui, _FIELDS, b)
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(b.kind)))
            ui.committeeTable.setRowCount(0)
            for seat in b.committee:
                self._add_seat(seat)
        finally:
            self._loading = False
        self.clear_problems()
        self._update_term_end()

    def branch(self) -> Branch:
        """The profile as typed (not yet validated: the service does that)."""
        ui = self.ui
        base = self._branch
        return Branch(
            **read_fields(ui, _FIELDS),
            kind=BranchKind(ui.kindCombo.currentData() or BranchKind.BRANCH),
            committee=self._seats(),
            uuid=base.uuid if base else None,
        )

    def set_terms(self, terms: Sequence) -> None:
        """The history of terms (domain.elections.Term, newest first), shown read-only behind 历届支委会…."""
        self._terms = list(terms)
        past = [t for t in self._terms if t.ended_on is not None]
        self.termsButton.setVisible(bool(past))
        if past:
            last = past[0]
            self.termsButton.setText(f"历届支委会（上一届书记：{last.secretary or '—'}）…")

    def show_terms(self) -> None:
        from dangjian_desktop.ui.dialogs.terms_dialog import TermsDialog

        self.terms_dialog = TermsDialog(self._terms, self)
        self.terms_dialog.open()

    # -- committee table ----------------------------------------------------------------------------------------
    def _add_seat(self, seat: CommitteeSeat | None, focus: bool = False) -> None:
        t = self.ui.committeeTable
        if seat is None:
            has_secretary = any(s.role is CommitteeRole.SECRETARY for s in self._seats())
            seat = CommitteeSeat(CommitteeRole.MEMBER if has_secretary else CommitteeRole.SECRETARY)
        row = t.rowCount()
        t.insertRow(row)
        role = QComboBox()
        for r in CommitteeRole:
            role.addItem(r.value, r)
        role.setCurrentIndex(max(0, role.findData(seat.role)))
        role.setAccessibleName("职务")
        person = QComboBox()
        person.setAccessibleName("姓名")
        # editable: before the roster is entered (first start) the name is typed; the seat is linked to the member
        # of that name once there is one (services.meetings.expected_attendees)
        person.setEditable(True)
        person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        person.lineEdit().setPlaceholderText("选择或输入姓名")
        person.addItem(NO_MEMBER, None)
        for m in self._members:
            person.addItem(m.name, m.uuid)
        idx = person.findData(seat.member_uuid) if seat.member_uuid else -1
        if idx < 0 and seat.name:
            # a seat whose person is no longer on the roster (or was typed by name) keeps its name
            person.addItem(seat.name, seat.member_uuid)
            idx = person.count() - 1
        person.setCurrentIndex(max(0, idx))
        if idx < 0:
            person.setEditText("")
        duty = QLineEdit(seat.duty)
        duty.setPlaceholderText("例如：组织委员")
        duty.setMaxLength(100)
        duty.setAccessibleName("分工")
        t.setCellWidget(row, 0, role)
        t.setCellWidget(row, 1, person)
        t.setCellWidget(row, 2, duty)
        for sig in (role.activated, person.activated, person.editTextChanged, duty.textEdited):
            sig.connect(self._edited)
        if focus:
            t.setCurrentCell(row, 1)
            person.setFocus()
            self._edited()

    def _remove_seat(self) -> None:
        t = self.ui.committeeTable
        row = t.currentRow()
        if row < 0 and t.rowCount():
            row = t.rowCount() - 1
        if row >= 0:
            t.removeRow(row)
            self._edited()

    def _seats(self) -> list[CommitteeSeat]:
        t = self.ui.committeeTable
        old = {s.member_uuid: s.uuid for s in (self._branch.committee if self._branch else []) if s.member_uuid}
        seats = []
        for row in range(t.rowCount()):
            role: QComboBox = t.cellWidget(row, 0)  # type: ignore[assignment]
            person: QComboBox = t.cellWidget(row, 1)  # type: ignore[assignment]
            duty: QLineEdit = t.cellWidget(row, 2)  # type: ignore[assignment]
            name = person.currentText().strip()
            index = person.findText(name) if name and name != NO_MEMBER else -1
            uuid = person.itemData(index) if index > 0 else None
            name = "" if name == NO_MEMBER else name
            seats.append(CommitteeSeat(CommitteeRole(role.currentData()), uuid, name, duty.text(), uuid=old.get(uuid)))
        return seats

    def select_seat_member(self, row: int, member_uuid: str) -> None:
        person: QComboBox = self.ui.committeeTable.cellWidget(row, 1)  # type: ignore[assignment]
        person.setCurrentIndex(person.findData(member_uuid))

    def add_seat(self, role: CommitteeRole, name: str = "", duty: str = "") -> None:
        """A seat as the user would fill it in (tests, first start)."""
        self._add_seat(CommitteeSeat(role, None, name, duty), focus=True)
        person: QComboBox = self.ui.committeeTable.cellWidget(self.ui.committeeTable.rowCount() - 1, 1)  # type: ignore
        if name:
            idx = person.findText(name)
            if idx > 0:
                person.setCurrentIndex(idx)
            else:
                person.setEditText(name)

    # -- feedback -----------------------------------------------------------------------------------------------
    def _update_term_end(self, *_: object) -> None:
        b = Branch(name="", election_date=self.ui.electionDate.date(), term_years=self.ui.termSpin.value())
        end = b.term_ends_on
        label = self.ui.termEndLabel
        if end is None:
            label.setText("填写选举日期后自动算出")
            label.setProperty("role", "hint")
        else:
            days = (end - clock.today()).days
            text = _fmt(end)
            if days < 0:
                text += "（已届满，请及时换届）"
            elif days <= 183:
                text += f"（还有{days}天，请准备换届）"
            label.setText(text)
            label.setProperty("role", "warning" if days <= 183 else "")
        repolish(label)

    def term_end_text(self) -> str:
        return self.ui.termEndLabel.text()

    def _problem_fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"name": ui.nameEdit, "founded_on": ui.foundedDate.edit, "election_date": ui.electionDate.edit,
                "term_years": ui.termSpin, "committee": ui.committeeTable}

    def show_problems(self, problems: Sequence[tuple[str, str]], message: str = "") -> None:
        show_problems(self.ui.errorLabel, self._problem_fields(), problems, message)

    def clear_problems(self) -> None:
        clear_problems(self.ui.errorLabel, self._problem_fields())

    def error_text(self) -> str:
        return self.ui.errorLabel.text()
