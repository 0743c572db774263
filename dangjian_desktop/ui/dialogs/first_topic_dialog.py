"""第一议题学习台账 of one study item: the text studied (篇目, 出处, 讲话日期), who led it, how it was studied and the
follow-up measures. A small dialog of its own, opened from the meeting editor's agenda (the fields then travel with
the item and are saved with the meeting) and from the 学习 page (补登 on a recorded meeting: saved at once).

``save`` receives the :class:`Study` as typed and returns what to keep (the editor keeps it as is; the 学习 page
saves it through FirstTopicService.update_study); a DomainError keeps the dialog open with the reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.first_topic import FORMS, SOURCES, Study
from dangjian_desktop.domain.validation import clean_text
from dangjian_desktop.ui.dialogs.pledge_dialogs import SavingDialog
from dangjian_desktop.ui.forms.ui_first_topic_dialog import Ui_FirstTopicDialog


def _combo_fill(combo, items: Sequence[str], current: str) -> None:  # noqa: ANN001
    combo.clear()
    combo.addItems([x for x in dict.fromkeys(items) if x])
    combo.setCurrentText(current)


class FirstTopicDialog(SavingDialog):
    def __init__(self, study: Study | None, *, meeting_text: str, item_title: str, meeting_date: dt.date,
                 leaders: Sequence[str], save: Callable[[Study], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstTopicDialog()
        self.ui.setupUi(self)
        self._wire()
        self.save_fn = save
        self.meeting_date = meeting_date
        ui = self.ui
        ui.hintLabel.setProperty("role", "hint")
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
