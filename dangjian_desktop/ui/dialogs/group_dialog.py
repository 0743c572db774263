"""新增/修改党小组: 名称 and 组长 (chosen from the members)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.roster import Member, PartyGroup
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.ui.forms.ui_group_dialog import Ui_GroupDialog
from dangjian_desktop.ui.widgets.dialogs import SavingDialog

NO_LEADER = "（暂不指定）"


class GroupDialog(SavingDialog):
    saved: PartyGroup | None

    def __init__(self, branches: BranchService, members: Sequence[Member], group: PartyGroup | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent, form=Ui_GroupDialog())
        self.branches = branches
        self.group = group
        ui = self.ui
        self.setWindowTitle(f"修改党小组 — {group.name}" if group else "新增党小组")
        ui.leaderCombo.addItem(NO_LEADER, None)
        # members of this group first, then everyone else
        own = [m for m in members if group and m.group_uuid == group.uuid]
        rest = [m for m in members if m not in own]
        for m in own + rest:
            suffix = f"（{m.group_name}）" if m.group_name and (not group or m.group_uuid != group.uuid) else ""
            ui.leaderCombo.addItem(m.name + suffix, m.uuid)
        if group:
            ui.nameEdit.setText(group.name)
            if group.leader_uuid:
                ui.leaderCombo.setCurrentIndex(max(0, ui.leaderCombo.findData(group.leader_uuid)))
        ui.nameEdit.setFocus()

    def _save(self) -> PartyGroup:
        g = self.group
        return self.branches.save_group(PartyGroup(
            name=self.ui.nameEdit.text(), leader_uuid=self.ui.leaderCombo.currentData(),
            sort_order=g.sort_order if g else len(self.branches.groups()), uuid=g.uuid if g else None))

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self.ui.nameEdit.setFocus()
