"""新增/编辑党员: every field of a member; 身份证号 checked while typing, birth date and gender filled from it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from dangjian_desktop.domain import dates, idcard
from dangjian_desktop.domain.enums import COMMON_ETHNICITIES, EDUCATION_LEVELS, MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.roster import Member, PartyGroup
from dangjian_desktop.services.drafts import DraftService
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.ui.forms.ui_member_dialog import Ui_MemberDialog
from dangjian_desktop.ui.widgets.dialogs import Dialog, save_cancel_buttons
from dangjian_desktop.ui.widgets.fields import read_fields, show_fields
from dangjian_desktop.ui.widgets.operations import ServiceCall
from dangjian_desktop.ui.widgets.problems import clear_problems, show_problems
from dangjian_desktop.ui.widgets.styling import build_form, set_role

NO_GROUP_TEXT = "（未分组）"
# the member's fields shown and read as they are (the 身份证号 before the birth date it may fill in)
_FIELDS = {"name": "nameEdit", "id_number": "idEdit", "birth_date": "birthDate", "ethnicity": "ethnicityCombo",
           "native_place": "nativePlaceEdit", "education": "educationCombo", "phone": "phoneEdit",
           "joined_party_on": "joinedDate", "full_member_on": "fullDate", "position": "positionEdit",
           "joined_branch_on": "joinedBranchDate", "note": "noteEdit"}


class MemberDialog(Dialog):
    """``exec()`` returns Accepted after a successful save; ``saved`` is then the stored member.

    With ``drafts`` the form is autosaved as a draft (``member:<uuid>`` / ``member:new``) while it is edited, and
    discarded on save or cancel; ``draft`` (a payload offered back after a crash) fills the fields."""

    TEXT_FIELDS = ("name", "gender", "ethnicity", "native_place", "education", "position", "phone", "id_number",
                   "note")
    DATE_FIELDS = ("birth_date", "joined_party_on", "full_member_on", "joined_branch_on")

    def __init__(self, roster: RosterService, groups: Sequence[PartyGroup], member: Member | None = None,
                 parent: QWidget | None = None, *, drafts: DraftService | None = None,
                 draft: dict[str, Any] | None = None):
        super().__init__(parent)
        self.roster = roster
        self.member = member
        self.saved: Member | None = None
        self.ui = ui = build_form(self, Ui_MemberDialog)
        self.setWindowTitle(f"编辑党员 — {member.name}" if member else "新增党员")
        save_cancel_buttons(ui.buttonBox, self.save, self.reject)
        ui.genderCombo.addItems(["", "男", "女"])
        ui.ethnicityCombo.addItems(list(COMMON_ETHNICITIES))
        ui.educationCombo.addItems(["", *EDUCATION_LEVELS])
        for combo in (ui.ethnicityCombo, ui.educationCombo):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in MemberCategory:
            ui.categoryCombo.addItem(c.value, c)
        ui.groupCombo.addItem(NO_GROUP_TEXT, None)
        for g in groups:
            ui.groupCombo.addItem(g.name, g.uuid)
        for w, name in ((ui.birthDate, "出生日期"), (ui.joinedDate, "入党日期"), (ui.fullDate, "转正日期"),
                        (ui.joinedBranchDate, "转入本支部日期")):
            w.setAccessibleName(name)
        ui.birthDate.default_date = ui.birthDate.default_date.replace(year=1980, month=1, day=1)
        for w in (ui.birthDate, ui.joinedDate, ui.fullDate):
            w.allow_month_only()  # 出生年月 1985.03 known only to the month stays a month
        ui.idEdit.textChanged.connect(self._on_id_changed)
        self._fields: dict[str, QWidget] = {
            "name": ui.nameEdit, "gender": ui.genderCombo, "birth_date": ui.birthDate.edit,
            "joined_party_on": ui.joinedDate.edit, "full_member_on": ui.fullDate.edit,
            "category": ui.categoryCombo, "id_number": ui.idEdit, "phone": ui.phoneEdit,
            "status_date": ui.statusLabel, "ethnicity": ui.ethnicityCombo, "education": ui.educationCombo,
            "position": ui.positionEdit, "note": ui.noteEdit, "native_place": ui.nativePlaceEdit,
        }
        self._load(member or Member(name=""))
        if draft:
            self.load_draft(draft)
        self.autosave = None
        if drafts is not None:
            from dangjian_desktop.ui.autosave import Autosave

            key = f"member:{member.uuid}" if member and member.uuid else "member:new"
            self.autosave = Autosave(drafts, key, lambda: f"{self.windowTitle()}（{ui.nameEdit.text() or '未填姓名'}）",
                                     self.draft_payload, self)
            self.autosave.watch(ui.nameEdit, ui.idEdit, ui.genderCombo, ui.birthDate, ui.ethnicityCombo,
                                ui.educationCombo, ui.phoneEdit, ui.nativePlaceEdit, ui.categoryCombo, ui.joinedDate, ui.fullDate,
                                ui.groupCombo, ui.positionEdit, ui.joinedBranchDate, ui.noteEdit)
            if draft:
                self.autosave.mark_dirty()  # what came back from the draft is still unsaved
        ui.nameEdit.setFocus()

    # -- fields <-> member ----------------------------------------------------------------------------------------
    def _load(self, m: Member) -> None:
        ui = self.ui
        show_fields(ui, _FIELDS, m)
        ui.genderCombo.setCurrentText(m.gender)
        ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(m.category)))
        ui.groupCombo.setCurrentIndex(max(0, ui.groupCombo.findData(m.group_uuid)) if m.group_uuid else 0)
        status = str(m.status)
        if m.status is not MemberStatus.ACTIVE and m.status_date:
            status += f"（{m.status_date.isoformat()}）"
        ui.statusLabel.setText(status + ("" if self.member is None else "　（在名单中用“变更状态…”修改）"))
        history = self.roster.status_history(m.uuid) if m.uuid else []
        if history:
            ui.statusLabel.setToolTip("状态变更记录：\n" + "\n".join(history))
        self._on_id_changed(m.id_number)

    def member_from_fields(self) -> Member:
        ui = self.ui
        base = self.member
        return Member(
            **read_fields(ui, _FIELDS),
            gender=ui.genderCombo.currentText(),
            category=MemberCategory(ui.categoryCombo.currentData() or MemberCategory.FULL),
            group_uuid=ui.groupCombo.currentData(),
            status=base.status if base else MemberStatus.ACTIVE,
            status_date=base.status_date if base else None,
            uuid=base.uuid if base else None,
        )

    # -- drafts -------------------------------------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any]:
        m = self.member_from_fields()
        out: dict[str, Any] = {f: getattr(m, f) for f in self.TEXT_FIELDS}
        out.update({f: (getattr(m, f).isoformat() if getattr(m, f) else None) for f in self.DATE_FIELDS})
        out["category"] = MemberCategory(m.category).value
        out["group_uuid"] = m.group_uuid
        return out

    def load_draft(self, payload: dict[str, Any]) -> None:
        """Fill the fields from a draft; values of the wrong kind (a damaged draft) are skipped."""
        m = dataclasses.replace(self.member or Member(name=""))
        for f in self.TEXT_FIELDS:
            if isinstance(payload.get(f), str):
                setattr(m, f, payload[f])
        for f in self.DATE_FIELDS:
            try:
                value = payload.get(f)
                setattr(m, f, dates.from_iso(value) if value else None)
            except (TypeError, ValueError):
                pass
        try:
            m.category = MemberCategory(payload.get("category"))
        except ValueError:
            pass
        if payload.get("group_uuid") is None or isinstance(payload.get("group_uuid"), str):
            m.group_uuid = payload.get("group_uuid")
        self._load(m)

    def reject(self) -> None:
        if self.autosave is not None:
            self.autosave.discard()
        super().reject()

    # -- 身份证号 while typing -----------------------------------------------------------------------------------
    def _on_id_changed(self, text: str) -> None:
        ui = self.ui
        n = idcard.normalize(text)
        label = ui.idStatusLabel
        if not n:
            label.setText("")
            role = "hint"
        elif len(n) < 18:
            label.setText(f"已输入{len(n)}位，共18位")
            role = "hint"
        else:
            reason = idcard.validate(n)
            if reason:
                label.setText(reason)
                role = "error"
            else:
                birth, gender = idcard.birth_date(n), idcard.gender(n)
                label.setText(f"✔ 号码有效：{birth:%Y年%m月%d日}出生，{gender}")
                role = "hint"
                ui.birthDate.setDate(birth)
                ui.genderCombo.setCurrentText(gender or "")
        set_role(label, role)

    # -- saving -------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and save through the service; problems are shown inline, the dialog stays open."""
        self._clear_problems()
        ok, self.saved = ServiceCall(self, lambda: self.roster.save_member(self.member_from_fields())).failure(
            self._failed).run()
        if not ok:
            return False
        if self.autosave is not None:
            self.autosave.discard()
        self.accept()
        return True

    def _failed(self, exc: BaseException, text: str) -> None:
        if isinstance(exc, ValidationError):
            self.show_problems(exc.problems, str(exc))
        else:
            self.show_problems([], text)

    def save_shortcut(self) -> None:
        self.save()

    def show_problems(self, problems: Sequence[tuple[str, str]], message: str = "") -> None:
        show_problems(self.ui.errorLabel, self._fields, problems, message)

    def _clear_problems(self) -> None:
        clear_problems(self.ui.errorLabel, self._fields)

    def error_text(self) -> str:
        return self.ui.errorLabel.text()
