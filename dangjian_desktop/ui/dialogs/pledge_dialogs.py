"""Dialogs of the 承诺 page. Each holds its compiled form and saves through a callback in ``accept()``, so a test
can fill the widgets and call ``accept()`` without ``exec()``; a refused save keeps the dialog open with the reason."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.pledges import Campaign, MentorPair, PairOutcome, PledgeItem, PledgeSheet
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_campaign_dialog import Ui_CampaignDialog
from dangjian_desktop.ui.forms.ui_pair_dialog import Ui_PairDialog
from dangjian_desktop.ui.forms.ui_pledge_item_dialog import Ui_PledgeItemDialog
from dangjian_desktop.ui.forms.ui_progress_dialog import Ui_ProgressDialog
from dangjian_desktop.ui.forms.ui_review_dialog import Ui_ReviewDialog


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class SavingDialog(QDialog):
    """Save → ``self._save()``; a DomainError is shown in the dialog and the dialog stays open."""

    ui: object

    def _wire(self) -> None:
        box: QDialogButtonBox = self.ui.buttonBox  # type: ignore[attr-defined]
        save = box.button(QDialogButtonBox.StandardButton.Save)
        save.setText("保存")
        save.setDefault(True)
        save.setProperty("primary", True)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ui.errorLabel.setProperty("role", "error")  # type: ignore[attr-defined]
        self.ui.errorLabel.hide()  # type: ignore[attr-defined]
        self.saved: object = None

    def _save(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self._save()
        except DomainError as exc:
            self.ui.errorLabel.setText(messages.error_text(exc))  # type: ignore[attr-defined]
            self.ui.errorLabel.show()  # type: ignore[attr-defined]
            return
        super().accept()


class PledgeItemDialog(SavingDialog):
    def __init__(self, member_name: str, categories: list[str], year: int, item: PledgeItem | None,
                 save: Callable[[PledgeItem], PledgeItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PledgeItemDialog()
        self.ui.setupUi(self)
        self._wire()
        self.item = item or PledgeItem(content="", category=categories[0])
        self.save_fn = save
        self.year = year
        ui = self.ui
        ui.memberValue.setText(member_name)
        ui.categoryCombo.addItems(categories)
        if self.item.category not in categories:
            ui.categoryCombo.addItem(self.item.category)
        ui.categoryCombo.setCurrentText(self.item.category)
        ui.contentEdit.setPlainText(self.item.content)
        ui.measuresEdit.setPlainText(self.item.measures)
        ui.deadlineCheck.setChecked(self.item.deadline is not None)
        ui.deadlineEdit.setDate(to_qdate(self.item.deadline or dt.date(year, 12, 31)))
        ui.deadlineEdit.setEnabled(self.item.deadline is not None)
        ui.deadlineCheck.toggled.connect(ui.deadlineEdit.setEnabled)
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
        self.item.deadline = from_qdate(ui.deadlineEdit.date()) if ui.deadlineCheck.isChecked() else None
        return self.save_fn(self.item)


class ProgressDialog(SavingDialog):
    """践诺: a dated entry for one approved item, with evidence files."""

    def __init__(self, sheet: PledgeSheet, save: Callable[[str, dt.date, str, list[Path]], object],
                 parent: QWidget | None = None, item_uuid: str | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_ProgressDialog()
        self.ui.setupUi(self)
        self._wire()
        self.save_fn = save
        self.files: list[Path] = []
        ui = self.ui
        for it in sheet.approved_items:
            label = f"【{it.category}】{it.content}"
            ui.itemCombo.addItem(label if len(label) < 40 else label[:39] + "…", it.uuid)
        if item_uuid:
            idx = ui.itemCombo.findData(item_uuid)
            if idx >= 0:
                ui.itemCombo.setCurrentIndex(idx)
        today = today or clock.today()
        ui.dateEdit.setDate(to_qdate(today))
        ui.dateEdit.setMaximumDate(to_qdate(today))
        ui.addFileButton.clicked.connect(self.choose_files)
        ui.removeFileButton.clicked.connect(self.remove_selected_file)
        self.setWindowTitle(f"记录践诺情况 — {sheet.member_name}")
        ui.textEdit.setFocus()

    def add_files(self, paths: list[Path]) -> None:
        for p in paths:
            if p not in self.files:
                self.files.append(p)
                self.ui.attachmentsList.addItem(QListWidgetItem(p.name))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "选择证明材料", "",
                                                "照片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;所有文件 (*)")
        self.add_files([Path(n) for n in names])

    def remove_selected_file(self) -> None:
        row = self.ui.attachmentsList.currentRow()
        if row >= 0:
            self.ui.attachmentsList.takeItem(row)
            del self.files[row]

    def _save(self) -> object:
        uuid = self.ui.itemCombo.currentData()
        if not uuid:
            from dangjian_desktop.domain.errors import ValidationError

            raise ValidationError("该党员还没有已亮诺的承诺事项。")
        return self.save_fn(uuid, from_qdate(self.ui.dateEdit.date()), self.ui.textEdit.toPlainText(), self.files)


class PairDialog(SavingDialog):
    def __init__(self, campaign_uuid: str, members: list[Member], pair: MentorPair | None,
                 save: Callable[[MentorPair], MentorPair], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PairDialog()
        self.ui.setupUi(self)
        self._wire()
        self.save_fn = save
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
        super().__init__(parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self._wire()
        self.save_fn = save
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("退回")
        self.ui.itemsValue.setText("\n".join(f"• {i.content}" for i in items))
        self.ui.commentEdit.setFocus()

    def _save(self) -> object:
        return self.save_fn(self.ui.commentEdit.toPlainText())


class CampaignDialog(SavingDialog):
    def __init__(self, year: int, save: Callable[[int, str, dt.date | None], Campaign],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CampaignDialog()
        self.ui.setupUi(self)
        self._wire()
        self.save_fn = save
        ui = self.ui
        ui.yearSpin.setValue(year)
        ui.announcedEdit.setDate(to_qdate(clock.today()))
        ui.announcedEdit.setEnabled(False)
        ui.announcedCheck.toggled.connect(ui.announcedEdit.setEnabled)

    def _save(self) -> Campaign:
        ui = self.ui
        on = from_qdate(ui.announcedEdit.date()) if ui.announcedCheck.isChecked() else None
        return self.save_fn(ui.yearSpin.value(), ui.nameEdit.text(), on)
