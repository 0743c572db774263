"""第一议题学习台账 of one study item: the text studied (篇目, 出处, 讲话日期), who led it, how it was studied and the
follow-up measures. A small dialog of its own, opened from the meeting editor's agenda (the fields then travel with
the item and are saved with the meeting) and from the 学习 page (补登 on a recorded meeting: saved at once).

``save`` receives the :class:`Study` as typed and returns what to keep (the editor keeps it as is; the 学习 page
saves it through FirstTopicService.update_study); a DomainError keeps the dialog open with the reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QWidget,
)

from dangjian_desktop.domain.first_topic import FORMS, SOURCES, Study
from dangjian_desktop.domain.validation import clean_text
from dangjian_desktop.ui.forms.ui_first_topic_dialog import Ui_FirstTopicDialog
from dangjian_desktop.ui.widgets.dialogs import SavingDialog


def _combo_fill(combo, items: Sequence[str], current: str) -> None:  # noqa: ANN001
    combo.clear()
    combo.addItems([x for x in dict.fromkeys(items) if x])
    combo.setCurrentText(current)


class FirstTopicDialog(SavingDialog):
    def __init__(self, study: Study | None, *, meeting_text: str, item_title: str, meeting_date: dt.date,
                 leaders: Sequence[str], save: Callable[[Study], object], parent: QWidget | None = None):
        super().__init__(parent, form=Ui_FirstTopicDialog(), save=save)
        self.meeting_date = meeting_date
        ui = self.ui
        st = study or Study()
        ui.meetingLabel.setText(f"{meeting_text}\n议题：{item_title}")
        title = st.title or item_title.removeprefix("第一议题").lstrip("：:　 ").removeprefix("学习")
        ui.titleEdit.setText(title)
        _combo_fill(ui.sourceCombo, ["", *SOURCES], st.source)
        ui.speechDate.setDate(st.speech_date)
        _combo_fill(ui.ledByCombo, ["", *leaders], st.led_by or (leaders[0] if leaders else ""))
        _combo_fill(ui.formCombo, ["", *FORMS], st.form)
        ui.followUpEdit.setPlainText(st.follow_up)
        ui.titleEdit.setFocus()
        ui.titleEdit.selectAll()

    def study(self) -> Study:
        ui = self.ui
        return Study(clean_text(ui.titleEdit.text(), 300), clean_text(ui.sourceCombo.currentText(), 200),
                     ui.speechDate.date(), clean_text(ui.ledByCombo.currentText(), 50),
                     clean_text(ui.formCombo.currentText(), 100), clean_text(ui.followUpEdit.toPlainText(), 20_000))

    def _save(self) -> object:
        from dangjian_desktop.domain.errors import ValidationError

        st = self.study()
        if not st.title:
            raise ValidationError("请填写学习篇目（学习的讲话、文章或指示精神）。")
        if st.speech_date and st.speech_date > self.meeting_date:
            raise ValidationError("讲话日期不能晚于会议日期。")
        return self.save_fn(st)


# -- in the meeting editor's agenda ---------------------------------------------------------------------------------

# the 第一议题台账 (a Study) of an agenda list item, kept beside the editor's own data (UserRole) so that editing the
# title, the check box or the note never drops it
STUDY_ROLE = Qt.ItemDataRole.UserRole + 1


class LedgerButton(QPushButton):
    """第一议题台账… beside the agenda editor's 第一议题 check box: opens :class:`FirstTopicDialog` for the current
    item and keeps what was typed on the list item (``STUDY_ROLE``); saved with the meeting.

    ``context()`` gives (meeting text, meeting date, possible leaders, the item's title) as the editor stands;
    ``changed()`` marks the meeting edited. A finalised record is completed on the 学习 page (补登), not here."""

    def __init__(self, agenda_list: QListWidget, first_check: QCheckBox,
                 context: Callable[[], tuple[str, dt.date, list[str], str]], changed: Callable[[], None],
                 parent: QWidget | None = None):
        super().__init__("第一议题台账…", parent)
        self.setObjectName("firstTopicLedgerButton")
        self.setToolTip("登记学习篇目、出处和讲话日期、领学人、学习形式、贯彻落实措施（第一议题学习台账）")
        self.agenda_list = agenda_list
        self.first_check = first_check
        self.context = context
        self.changed_fn = changed
        self.locked = False
        self.dialog: FirstTopicDialog | None = None
        self.clicked.connect(self.open_dialog)
        agenda_list.currentRowChanged.connect(lambda _r: self.update_state())
        first_check.toggled.connect(lambda _c: self.update_state())
        self.update_state()

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.update_state()

    def update_state(self) -> None:
        item = self.agenda_list.currentItem()
        on = item is not None and self.first_check.isChecked()
        self.setEnabled(on and not self.locked)
        study = item.data(STUDY_ROLE) if item is not None else None
        self.setText("第一议题台账（已填）…" if on and study is not None and study.title else "第一议题台账…")
        if self.locked and on:
            self.setToolTip("记录已定稿：请在“学习 › 第一议题学习台账”中补登")

    def open_dialog(self, *, run: bool = True) -> FirstTopicDialog | None:
        item = self.agenda_list.currentItem()
        if item is None:
            return None
        text, day, leaders, title = self.context()
        self.dialog = FirstTopicDialog(item.data(STUDY_ROLE), meeting_text=text, item_title=title, meeting_date=day,
                                       leaders=leaders, save=lambda st: st, parent=self.window())
        if run and self.dialog.exec() == QDialog.DialogCode.Accepted:
            self.keep(self.dialog.saved)  # type: ignore[arg-type]
        return self.dialog

    def keep(self, study: Study) -> None:
        item = self.agenda_list.currentItem()
        if item is not None:
            item.setData(STUDY_ROLE, None if study.is_empty else study)
            self.update_state()
            self.changed_fn()


def install_beside(form: QFormLayout, check: QCheckBox, button: QPushButton) -> None:
    """Put ``button`` on the form row of ``check`` (the 第一议题 check box), after it."""
    row, _role = form.getWidgetPosition(check)
    holder = QWidget()
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    form.removeWidget(check)
    box.addWidget(check, 1)
    box.addWidget(button)
    form.setWidget(row, QFormLayout.ItemRole.FieldRole, holder)


def study_of_item(item) -> Study | None:  # noqa: ANN001 - QListWidgetItem
    return item.data(STUDY_ROLE)
