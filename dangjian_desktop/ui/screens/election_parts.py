"""Parts of the 换届 page that edit lists: the people (候选人, 监票人, 计票人 ticked from the roster), the rounds with
their ballots and votes, and the new committee's 分工. Each works on widgets of the compiled form and tells the page
through ``changed``."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.domain.election_checks import RoundOutcome
from dangjian_desktop.domain.elections import DUTY_PRESETS, CandidateVotes, Person, Round, RoundKind, Seat
from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.ui.widgets.table_cells import set_columns
from dangjian_desktop.ui.widgets.wiring import set_enabled

UUID = Qt.ItemDataRole.UserRole


# -- people ------------------------------------------------------------------------------------------------------


def fill_people(lst: QListWidget, members: list[Member], chosen: list[Person]) -> None:
    """Every member as a checkable row, those chosen ticked and first (in their order); a chosen person no longer
    on the list keeps a row of their own."""
    lst.blockSignals(True)
    lst.clear()
    known = {m.uuid for m in members}
    ticked = {p.member_uuid for p in chosen if p.member_uuid} | {p.name for p in chosen if not p.member_uuid}
    rows = [(p.name, p.member_uuid) for p in chosen]
    rows += [(m.name, m.uuid) for m in members if m.uuid not in ticked]
    for name, uuid in rows:
        label = name if uuid is None or uuid in known else f"{name}（已不在名册）"
        item = QListWidgetItem(label)
        item.setData(UUID, (name, uuid))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if (uuid in ticked or name in ticked) else Qt.CheckState.Unchecked)
        lst.addItem(item)
    lst.blockSignals(False)


def chosen_people(lst: QListWidget) -> list[Person]:
    out = []
    for i in range(lst.count()):
        item = lst.item(i)
        if item.checkState() is Qt.CheckState.Checked:
            name, uuid = item.data(UUID)
            out.append(Person(name, uuid))
    return out


def set_ticked(lst: QListWidget, names: list[str]) -> None:
    """Tick exactly ``names`` (tests, and the page after a round is added)."""
    for i in range(lst.count()):
        item = lst.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(UUID)[0] in names else Qt.CheckState.Unchecked)


# -- rounds --------------------------------------------------------------------------------------------------------

VOTE_COLUMNS = ["被选举人", "赞成", "不赞成", "弃权", "结果"]


def _spin(value: int, name: str) -> QSpinBox:
    s = QSpinBox()
    s.setRange(0, 9999)
    s.setValue(value)
    s.setAccessibleName(name)
    # with the buttons: the theme's spin-box style gives a button-less spin box's text field a width of 1 px
    s.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return s


class RoundsEditor(QObject):
    """The rounds of the election: a combo of rounds, the selected one's ballots and its 计票 table."""

    changed = Signal()

    def __init__(self, ui, owner: QWidget):  # noqa: ANN001 - the compiled Ui_ElectionsScreen
        super().__init__(owner)
        self.ui = ui
        self.rounds: list[Round] = []
        self._current = -1
        self._filling = False
        t: QTableWidget = ui.votesTable
        set_columns(t, VOTE_COLUMNS, row_height=34, widths=dict.fromkeys((1, 2, 3), 80), stretch=(0, 4))
        ui.roundCombo.currentIndexChanged.connect(self._select)
        for spin in (ui.roundSeatsSpin, ui.issuedSpin, ui.returnedSpin, ui.validSpin, ui.voidSpin):
            spin.valueChanged.connect(self._edited)
        ui.returnedSpin.valueChanged.connect(self._returned_changed)
        ui.voidSpin.valueChanged.connect(self._void_changed)

    def load(self, rounds: list[Round]) -> None:
        self.rounds = [Round(r.number, r.kind, r.seats, r.ballots_issued, r.ballots_returned, r.ballots_valid,
                             r.ballots_void, [CandidateVotes(v.name, v.member_uuid, v.yes, v.no, v.abstain, v.write_in,
                                                             v.uuid) for v in r.votes], r.uuid) for r in rounds]
        self._current = -1
        self._fill_combo(len(self.rounds) - 1)

    def _fill_combo(self, select: int) -> None:
        combo = self.ui.roundCombo
        combo.blockSignals(True)
        combo.clear()
        for r in self.rounds:
            combo.addItem(f"第{r.number}轮（{r.kind.value}）")
        combo.blockSignals(False)
        self._current = -1
        if self.rounds:
            combo.setCurrentIndex(max(0, select))
            self._select(max(0, select))
        else:
            self._show(None)

    def add(self, r: Round) -> None:
        self.store()
        self.rounds.append(r)
        self._fill_combo(len(self.rounds) - 1)
        self.changed.emit()

    def remove_current(self) -> None:
        if 0 <= self._current < len(self.rounds):
            del self.rounds[self._current]
            for i, r in enumerate(self.rounds, start=1):
                r.number = i
            self._fill_combo(len(self.rounds) - 1)
            self.changed.emit()

    def _select(self, index: int) -> None:
        if self._filling:
            return
        self.store()
        self._current = index
        self._show(self.rounds[index] if 0 <= index < len(self.rounds) else None)

    def _show(self, r: Round | None) -> None:
        ui = self.ui
        self._filling = True
        try:
            set_enabled(r is not None, ui.roundSeatsSpin, ui.issuedSpin, ui.returnedSpin, ui.validSpin, ui.voidSpin,
                        ui.votesTable, ui.addWriteInButton, ui.removeVoteButton, ui.removeRoundButton)
            ui.roundSeatsSpin.setValue(r.seats if r else 0)
            ui.issuedSpin.setValue(r.ballots_issued if r else 0)
            ui.returnedSpin.setValue(r.ballots_returned if r else 0)
            ui.validSpin.setValue(r.ballots_valid if r else 0)
            ui.voidSpin.setValue(r.ballots_void if r else 0)
            t = ui.votesTable
            t.setRowCount(0)
            for v in r.votes if r else []:
                self._add_row(v)
        finally:
            self._filling = False

    def _add_row(self, v: CandidateVotes) -> None:
        t = self.ui.votesTable
        row = t.rowCount()
        t.insertRow(row)
        name = QTableWidgetItem(v.name + ("（另选）" if v.write_in else ""))
        name.setData(UUID, (v.name, v.member_uuid, v.write_in, v.uuid))
        flags = name.flags() & ~Qt.ItemFlag.ItemIsEditable
        name.setFlags(flags if not (v.write_in and not v.name) else name.flags())
        t.setItem(row, 0, name)
        for col, (value, label) in enumerate(((v.yes, "赞成"), (v.no, "不赞成"), (v.abstain, "弃权")), start=1):
            spin = _spin(value, f"{v.name}{label}")
            spin.setEnabled(not (v.write_in and col > 1))
            spin.valueChanged.connect(self._edited)
            t.setCellWidget(row, col, spin)
        result = QTableWidgetItem("")
        result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
        t.setItem(row, 4, result)

    def add_write_in(self, name: str, member_uuid: str | None = None) -> None:
        if not (0 <= self._current < len(self.rounds)) or not name.strip():
            return
        self._add_row(CandidateVotes(name.strip(), member_uuid, write_in=True))
        self._edited()

    def remove_selected_vote(self) -> None:
        row = self.ui.votesTable.currentRow()
        if row >= 0:
            self.ui.votesTable.removeRow(row)
            self._edited()

    def _returned_changed(self, value: int) -> None:
        """Returned ballots fill in 有效 (= returned - 无效) as the tellers announce them."""
        if not self._filling:
            self.ui.validSpin.setValue(max(0, value - self.ui.voidSpin.value()))

    def _void_changed(self, value: int) -> None:
        if not self._filling:
            self.ui.validSpin.setValue(max(0, self.ui.returnedSpin.value() - value))

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.store()
        self.changed.emit()

    def store(self) -> None:
        """The widgets back into the selected round."""
        if not (0 <= self._current < len(self.rounds)):
            return
        ui, r = self.ui, self.rounds[self._current]
        r.seats, r.ballots_issued = ui.roundSeatsSpin.value(), ui.issuedSpin.value()
        r.ballots_returned, r.ballots_valid, r.ballots_void = (ui.returnedSpin.value(), ui.validSpin.value(),
                                                              ui.voidSpin.value())
        t = ui.votesTable
        votes = []
        for row in range(t.rowCount()):
            name, uuid, write_in, vuuid = t.item(row, 0).data(UUID)
            yes, no, abstain = (t.cellWidget(row, c).value() for c in (1, 2, 3))
            votes.append(CandidateVotes(name, uuid, yes, no, abstain, write_in, vuuid))
        r.votes = votes

    def current(self) -> Round | None:
        return self.rounds[self._current] if 0 <= self._current < len(self.rounds) else None

    def show_outcome(self, outcomes: tuple[RoundOutcome, ...]) -> None:
        """The 结果 column of the shown round."""
        if not (0 <= self._current < len(outcomes)):
            return
        o = outcomes[self._current]
        elected = {x.name for x in o.elected}
        tied = {x.name for x in o.tied}
        t = self.ui.votesTable
        for row in range(t.rowCount()):
            name = t.item(row, 0).data(UUID)[0]
            text = ("本轮无效" if not o.stands else "当选" if name in elected else
                    "票数相等，再次投票" if name in tied else
                    "未当选（得票少）" if o.kind is RoundKind.TIE else f"未当选（需{o.needed}票）")
            t.item(row, 4).setText(text)

    def set_enabled(self, enabled: bool) -> None:
        for w in (self.ui.addRoundButton, self.ui.votesTable, self.ui.addWriteInButton, self.ui.removeVoteButton,
                  self.ui.removeRoundButton, self.ui.roundSeatsSpin, self.ui.issuedSpin, self.ui.returnedSpin,
                  self.ui.validSpin, self.ui.voidSpin):
            w.setEnabled(enabled and (w is self.ui.addRoundButton or self.current() is not None))


# -- 分工 -----------------------------------------------------------------------------------------------------------


class CommitteeEditor(QObject):
    """The new committee: one row per elected member, with 职务 and 分工."""

    changed = Signal()

    def __init__(self, table: QTableWidget, owner: QWidget):
        super().__init__(owner)
        self.table = table
        set_columns(table, ["姓名", "职务", "分工"], row_height=38, widths={0: 120, 1: 120}, stretch_last=True)

    def load(self, seats: list[Seat]) -> None:
        self.table.setRowCount(0)
        for s in seats:
            self._add(s)

    def _add(self, s: Seat) -> None:
        t = self.table
        row = t.rowCount()
        t.insertRow(row)
        name = QTableWidgetItem(s.name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setData(UUID, (s.name, s.member_uuid, s.uuid))
        t.setItem(row, 0, name)
        role = QComboBox()
        for r in CommitteeRole:
            role.addItem(r.value, r)
        role.setCurrentIndex(max(0, role.findData(s.role)))
        role.setAccessibleName(f"{s.name}的职务")
        duty = QComboBox()
        duty.setEditable(True)
        duty.addItems(["", *DUTY_PRESETS])
        duty.setCurrentText(s.duty)
        duty.setAccessibleName(f"{s.name}的分工")
        t.setCellWidget(row, 1, role)
        t.setCellWidget(row, 2, duty)
        role.activated.connect(lambda *_: self.changed.emit())
        duty.currentTextChanged.connect(lambda *_: self.changed.emit())

    def seats(self) -> list[Seat]:
        out = []
        for row in range(self.table.rowCount()):
            name, uuid, suuid = self.table.item(row, 0).data(UUID)
            role: QComboBox = self.table.cellWidget(row, 1)  # type: ignore[assignment]
            duty: QComboBox = self.table.cellWidget(row, 2)  # type: ignore[assignment]
            out.append(Seat(CommitteeRole(role.currentData()), name, uuid, duty.currentText().strip(), suuid))
        return out

    def set_role(self, row: int, role: CommitteeRole, duty: str = "") -> None:
        combo: QComboBox = self.table.cellWidget(row, 1)  # type: ignore[assignment]
        combo.setCurrentIndex(combo.findData(role))
        if duty:
            self.table.cellWidget(row, 2).setCurrentText(duty)
        self.changed.emit()
