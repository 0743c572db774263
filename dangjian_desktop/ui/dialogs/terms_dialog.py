"""历届支委会: the committees of past terms, read-only (each 换届 approved in the app adds the new one)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from dangjian_desktop.domain.elections import Term
from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.ui.widgets.dialogs import Dialog

HEADERS = ["选举日期", "任期", "书记", "成员及分工", "来源"]


def _d(d) -> str:  # noqa: ANN001
    return f"{d.year}年{d.month}月{d.day}日" if d else "—"


def term_cells(t: Term) -> list[str]:
    span = f"{t.term_years}年（" + (f"至{_d(t.ended_on)}）" if t.ended_on else "本届）")
    members = "；".join(f"{m.role.value}{m.name}" + (f"（{m.duty}）" if m.duty and m.role is CommitteeRole.MEMBER else "")
                       for m in t.members)
    return [_d(t.elected_on), span, t.secretary, members, t.source]


def fill_terms_table(table: QTableWidget, terms: Sequence[Term]) -> None:
    table.setColumnCount(len(HEADERS))
    table.setHorizontalHeaderLabels(HEADERS)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    h = table.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    if not table.property("rows_follow"):  # wrapped rows take the height of their text once the widths are known
        table.setProperty("rows_follow", True)
        h.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.setRowCount(len(terms))
    for row, t in enumerate(terms):
        for col, text in enumerate(term_cells(t)):
            table.setItem(row, col, QTableWidgetItem(text))
    table.resizeRowsToContents()


class TermsDialog(Dialog):
    def __init__(self, terms: Sequence[Term], parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle("历届支委会")
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        hint = QLabel("每次换届经上级党委批准后（在“换届”页登记），新一届支部委员会记入此表；上一届的成员和分工留存备查。")
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.table = QTableWidget()
        self.table.setAccessibleName("历届支委会")
        fill_terms_table(self.table, terms)
        layout.addWidget(self.table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        box.rejected.connect(self.reject)
        layout.addWidget(box)
