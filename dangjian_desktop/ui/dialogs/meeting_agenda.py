"""议题 of the meeting editor: the agenda list, the selected item's title / 第一议题 / note, and agenda templates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QWidget

from dangjian_desktop.domain.meetings import AgendaItem, AgendaTemplate
from dangjian_desktop.ui.dialogs.first_topic_dialog import STUDY_ROLE
from dangjian_desktop.ui.widgets.operations import attempt
from dangjian_desktop.ui.widgets.wiring import set_enabled

FIRST_TOPIC = "第一议题"


def agenda_text(item: AgendaItem) -> str:
    """How an item reads in the list: 【第一议题】 before its title, unless the title says so already."""
    if not item.first_topic:
        return item.title
    rest = item.title.removeprefix(FIRST_TOPIC).lstrip("：:　 ") if item.title.startswith(FIRST_TOPIC) else item.title
    return f"【{FIRST_TOPIC}】{rest}"


class AgendaEditor(QObject):
    """Edits the agenda widgets of a meeting form (``ui``: the compiled Ui_MeetingDialog)."""

    changed = Signal()

    def __init__(self, ui: Any, meetings: Any, owner: QWidget):
        super().__init__(owner)
        self.ui = ui
        self.meetings = meetings
        self.owner = owner
        self._filling = False
        self.locked = False
        self.templates: list[AgendaTemplate] = []
        ui.agendaList.currentRowChanged.connect(self._row_changed)
        ui.itemTitleEdit.textEdited.connect(self._item_edited)
        ui.firstTopicCheck.toggled.connect(self._item_edited)
        ui.itemNoteEdit.textChanged.connect(self._item_edited)
        ui.addItemButton.clicked.connect(lambda: self.add_item(AgendaItem("新议题")))
        ui.removeItemButton.clicked.connect(self.remove_item)
        ui.upButton.clicked.connect(lambda: self.move_item(-1))
        ui.downButton.clicked.connect(lambda: self.move_item(1))
        ui.applyTemplateButton.clicked.connect(self.apply_template)
        ui.saveTemplateButton.clicked.connect(self.save_as_template)
        self.reload_templates()

    # -- content ----------------------------------------------------------------------------------------------
    def reload_templates(self) -> None:
        self.ui.templateCombo.clear()
        self.templates = self.meetings.templates()
        for t in self.templates:
            self.ui.templateCombo.addItem(t.name)

    def fill(self, items: list[AgendaItem]) -> None:
        self._filling = True
        try:
            self.ui.agendaList.clear()
            for item in items:
                self._append(item)
        finally:
            self._filling = False
        if items:
            self.ui.agendaList.setCurrentRow(0)
        else:
            self._row_changed(-1)

    def _append(self, item: AgendaItem, row: int | None = None) -> None:
        li = QListWidgetItem(agenda_text(item))
        li.setData(Qt.ItemDataRole.UserRole, (item.title, item.first_topic, item.note))
        li.setData(STUDY_ROLE, item.study)  # the 第一议题学习台账, edited by the dialog beside the check box
        if row is None:
            self.ui.agendaList.addItem(li)
        else:
            self.ui.agendaList.insertItem(row, li)

    def items(self) -> list[AgendaItem]:
        out = []
        for i in range(self.ui.agendaList.count()):
            li = self.ui.agendaList.item(i)
            title, first, note = li.data(Qt.ItemDataRole.UserRole)
            out.append(AgendaItem(title, first, note, study=li.data(STUDY_ROLE) if first else None))
        return out

    # -- editing ----------------------------------------------------------------------------------------------
    def add_item(self, item: AgendaItem) -> None:
        self._append(item)
        self.ui.agendaList.setCurrentRow(self.ui.agendaList.count() - 1)
        self.ui.itemTitleEdit.setFocus()
        self.ui.itemTitleEdit.selectAll()
        self.changed.emit()

    def remove_item(self) -> None:
        row = self.ui.agendaList.currentRow()
        if row >= 0:
            self.ui.agendaList.takeItem(row)
            self.changed.emit()

    def move_item(self, delta: int) -> None:
        lst = self.ui.agendaList
        row = lst.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < lst.count():
            return
        item = lst.takeItem(row)
        lst.insertItem(target, item)
        lst.setCurrentRow(target)
        self.changed.emit()

    def _row_changed(self, row: int) -> None:
        ui = self.ui
        was = self._filling
        self._filling = True
        try:
            item = ui.agendaList.item(row) if row >= 0 else None
            title, first, note = item.data(Qt.ItemDataRole.UserRole) if item else ("", False, "")
            ui.itemTitleEdit.setText(title)
            ui.firstTopicCheck.setChecked(first)
            ui.itemNoteEdit.setPlainText(note)
            set_enabled(item is not None and not self.locked, ui.itemTitleEdit, ui.firstTopicCheck, ui.itemNoteEdit)
        finally:
            self._filling = was

    def _item_edited(self, *_: object) -> None:
        if self._filling:
            return
        item = self.ui.agendaList.currentItem()
        if item is None:
            return
        ui = self.ui
        data = (ui.itemTitleEdit.text(), ui.firstTopicCheck.isChecked(), ui.itemNoteEdit.toPlainText())
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setText(agenda_text(AgendaItem(*data)))
        self.changed.emit()

    def apply_template(self) -> None:
        i = self.ui.templateCombo.currentIndex()
        if i < 0:
            return
        has_first = any(a.first_topic for a in self.items())
        for item in self.templates[i].items:
            if item.first_topic and not has_first:
                self._append(AgendaItem(item.title, True, item.note), row=0)
                has_first = True
            else:
                self._append(AgendaItem(item.title, False, item.note))
        self.ui.agendaList.setCurrentRow(0)
        self.changed.emit()

    def save_as_template(self, name: str | None = None) -> bool:
        from dangjian_desktop.ui import messages

        items = self.items()
        if not items:
            messages.show_error(self.owner, "请先添加议题，再存为模板。")
            return False
        if name is None:
            name, ok = QInputDialog.getText(self.owner, "存为议题模板", "模板名称：")
            if not ok:
                return False
        if not attempt(self.owner, lambda: self.meetings.save_template(AgendaTemplate(name, items))):
            return False
        self.reload_templates()
        return True

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        ui = self.ui
        set_enabled(not locked, ui.addItemButton, ui.removeItemButton, ui.upButton, ui.downButton, ui.itemTitleEdit,
                    ui.firstTopicCheck, ui.itemNoteEdit, ui.applyTemplateButton)
        self._row_changed(ui.agendaList.currentRow())
