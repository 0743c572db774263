"""Dialogs of the 承诺 page, on the UI kit (ui/widgets): each holds its compiled form and saves through a callback in
``accept()``, so a test can fill the widgets and call ``accept()`` without ``exec()``; a refused save keeps the
dialog open with the reason."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.pledges import Campaign, MentorPair, PairOutcome, PledgeItem, PledgeSheet
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.ui.forms.ui_campaign_dialog import Ui_CampaignDialog
from dangjian_desktop.ui.forms.ui_pair_dialog import Ui_PairDialog
from dangjian_desktop.ui.forms.ui_pledge_item_dialog import Ui_PledgeItemDialog
from dangjian_desktop.ui.forms.ui_progress_dialog import Ui_ProgressDialog
from dangjian_desktop.ui.forms.ui_review_dialog import Ui_ReviewDialog
from dangjian_desktop.ui.widgets.attachments import FileEntry
from dangjian_desktop.ui.widgets.dialogs import SavingDialog

EVIDENCE_FILTER = "照片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;所有文件 (*)"


class PledgeItemDialog(SavingDialog):
    def __init__(self, member_name: str, categories: list[str], year: int, item: PledgeItem | None,
                 save: Callable[[PledgeItem], PledgeItem], parent: QWidget | None = None):
        super().__init__(parent, form=Ui_PledgeItemDialog(), save=save)
        self.item = item or PledgeItem(content="", category=categories[0])
        self.year = year
        ui = self.ui
        ui.memberValue.setText(member_name)
        ui.categoryCombo.addItems(categories)
        if self.item.category not in categories:
            ui.categoryCombo.addItem(self.item.category)
        ui.categoryCombo.setCurrentText(self.item.category)
        ui.contentEdit.setPlainText(self.item.content)
        ui.measuresEdit.setPlainText(self.item.measures)
        ui.deadlineEdit.default_date = dt.date(year, 12, 31)
        ui.deadlineEdit.setDate(self.item.deadline)
        ui.deadlineEdit.setAccessibleName("完成时限")
        status = self.item.status.value if item else "新填写（草稿）"
        if self.item.review_comment:
            status += f"　支部意见：{self.item.review_comment}"
        ui.statusValue.setText(status)
        ui.statusValue.setWordWrap(True)
        self.setWindowTitle("修改承诺事项" if item else "新增承诺事项")
        ui.contentEdit.setFocus()

    def _save(self) -> PledgeItem:
        ui = self.ui
        self.item.category = ui.categoryCombo.currentText()
        self.item.content = ui.contentEdit.toPlainText()
        self.item.measures = ui.measuresEdit.toPlainText()
        self.item.deadline = ui.deadlineEdit.date()
        return self.save_fn(self.item)


class ProgressDialog(SavingDialog):
    """践诺: a dated entry for one approved item, with evidence files."""

    def __init__(self, sheet: PledgeSheet, save: Callable[[str, dt.date, str, list[Path]], object],
                 parent: QWidget | None = None, item_uuid: str | None = None, today: dt.date | None = None):
        super().__init__(parent, form=Ui_ProgressDialog(), save=save)
        self.files: list[Path] = []
        ui = self.ui
        ui.attachmentsWidget.file_filter = EVIDENCE_FILTER
        ui.attachmentsWidget.dialog_title = "选择证明材料"
        ui.attachmentsWidget.filesChosen.connect(self.add_files)
        ui.attachmentsWidget.removeRequested.connect(lambda entry: self.remove_file(entry.key))
        for it in sheet.approved_items:
            label = f"【{it.category}】{it.content}"
            ui.itemCombo.addItem(label if len(label) < 40 else label[:39] + "…", it.uuid)
        if item_uuid:
            idx = ui.itemCombo.findData(item_uuid)
            if idx >= 0:
                ui.itemCombo.setCurrentIndex(idx)
        today = today or clock.today()
        ui.dateEdit.setValue(today)
        ui.dateEdit.set_latest(today)
        self.setWindowTitle(f"记录践诺情况 — {sheet.member_name}")
        ui.textEdit.setFocus()

    def add_files(self, paths: list[Path]) -> None:
        for p in paths:
            if p not in self.files:
                self.files.append(Path(p))
        self._show_files()

    def remove_file(self, path: Path) -> None:
        if path in self.files:
            self.files.remove(path)
        self._show_files()

    def _show_files(self) -> None:
        self.ui.attachmentsWidget.set_entries(
            [FileEntry(p, p.name, p, p.stat().st_size if p.is_file() else 0) for p in self.files])

    def _save(self) -> object:
        uuid = self.ui.itemCombo.currentData()
        if not uuid:
            raise ValidationError("该党员还没有已亮诺的承诺事项。")
        return self.save_fn(uuid, self.ui.dateEdit.value(), self.ui.textEdit.toPlainText(), self.files)


class PairDialog(SavingDialog):
    def __init__(self, campaign_uuid: str, members: list[Member], pair: MentorPair | None,
                 save: Callable[[MentorPair], MentorPair], parent: QWidget | None = None):
        super().__init__(parent, form=Ui_PairDialog(), save=save)
        self.pair = pair or MentorPair(campaign_uuid=campaign_uuid, mentor_uuid="", mentees=[])
        ui = self.ui
        for m in members:
            ui.mentorCombo.addItem(f"{m.name}（{m.group_name}）" if m.group_name else m.name, m.uuid)
        if self.pair.mentor_uuid:
            ui.mentorCombo.setCurrentIndex(max(0, ui.mentorCombo.findData(self.pair.mentor_uuid)))
        ui.menteesEdit.setText("、".join(self.pair.mentees))
        ui.goalEdit.setPlainText(self.pair.goal)
        ui.resultEdit.setPlainText(self.pair.result)
        for o in PairOutcome:
            ui.outcomeCombo.addItem(o.value or "（尚未评定）", o.value)
        ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData(self.pair.outcome.value))
        self.setWindowTitle("修改一带二帮带" if pair else "新增一带二帮带")

    def _save(self) -> MentorPair:
        ui = self.ui
        self.pair.mentor_uuid = ui.mentorCombo.currentData() or ""
        self.pair.mentees = [x.strip() for x in re.split(r"[、，,;；\s]+", ui.menteesEdit.text()) if x.strip()]
        self.pair.goal = ui.goalEdit.toPlainText()
        self.pair.result = ui.resultEdit.toPlainText()
        self.pair.outcome = PairOutcome(ui.outcomeCombo.currentData() or "")
        return self.save_fn(self.pair)


class ReviewDialog(SavingDialog):
    """退回修改: the branch's reason is required."""

    def __init__(self, items: list[PledgeItem], save: Callable[[str], object], parent: QWidget | None = None):
        super().__init__(parent, form=Ui_ReviewDialog(), save_text="退回", save=save)
        self.ui.itemsValue.setText("\n".join(f"• {i.content}" for i in items))
        self.ui.commentEdit.setFocus()

    def _save(self) -> object:
        return self.save_fn(self.ui.commentEdit.toPlainText())


class CampaignDialog(SavingDialog):
    def __init__(self, year: int, save: Callable[[int, str, dt.date | None], Campaign],
                 parent: QWidget | None = None):
        super().__init__(parent, form=Ui_CampaignDialog(), save=save)
        ui = self.ui
        ui.yearSpin.setValue(year)
        ui.announcedEdit.setDate(None)
        ui.announcedEdit.setAccessibleName("公示日期")

    def _save(self) -> Campaign:
        ui = self.ui
        return self.save_fn(ui.yearSpin.value(), ui.nameEdit.text(), ui.announcedEdit.date())
