"""The two small helpers the screens share: buttons connected by name, and the row a list page selects."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QTableWidget

from dangjian_desktop.ui.widgets.table_cells import select_row_or_first
from dangjian_desktop.ui.widgets.wiring import connect_buttons


class _Form:
    def __init__(self) -> None:
        self.newCaseButton = QPushButton()
        self.saveButton = QPushButton()
        self.printButton = QPushButton()


class _Screen:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def new_case(self) -> None:
        self.calls.append("new")

    def save(self) -> None:
        self.calls.append("save")


def test_named_buttons_reach_their_handlers_and_others_stay_unconnected(qtbot) -> None:
    form, screen = _Form(), _Screen()
    connect_buttons(form, screen, "newCase save")
    form.saveButton.click()
    form.newCaseButton.click()
    form.printButton.click()  # not named: nothing happens
    assert screen.calls == ["save", "new"]


def test_a_misspelt_name_fails_when_the_screen_is_built(qtbot) -> None:
    with pytest.raises(AttributeError):
        connect_buttons(_Form(), _Screen(), "newCases")
    with pytest.raises(AttributeError):
        connect_buttons(_Form(), _Screen(), "print")  # the button exists, the handler print() does not


@pytest.mark.parametrize(("rows", "asked", "selected"), [(3, 2, 2), (3, -1, 0), (0, -1, -1)])
def test_select_row_or_first(qtbot, rows: int, asked: int, selected: int) -> None:
    t = QTableWidget(rows, 1)
    assert select_row_or_first(t, asked) == selected
    assert [i.row() for i in t.selectionModel().selectedRows()] == ([selected] if selected >= 0 else [])
