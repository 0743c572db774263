"""新增/编辑党员: every field of a member; 身份证号 checked while typing, birth date and gender filled from it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.enums import COMMON_ETHNICITIES, EDUCATION_LEVELS, MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.roster import Member, PartyGroup
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.ui import theme
from dangjian_desktop.ui.forms.ui_member_dialog import Ui_MemberDialog
from dangjian_desktop.ui.messages import error_text

_INVALID = "border: 1px solid #B22222; background: #FFF5F5;"
NO_GROUP_TEXT = "（未分组）"


class MemberDialog(QDialog):
    """``exec()`` returns Accepted after a successful save; ``saved`` is then the stored member."""

    def __init__(self, roster: RosterService, groups: Sequence[PartyGroup], member: Member | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = roster
        self.member = member
        self.saved: Member | None = None
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        theme.polish_roles(self)
        ui = self.ui
        self.setWindowTitle(f"编辑党员 — {member.name}" if member else "新增党员")
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("保存")
        save.setProperty("primary", True)
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
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
        ui.idEdit.textChanged.connect(self._on_id_changed)
        self._fields: dict[str, QWidget] = {
            "name": ui.nameEdit, "gender": ui.genderCombo, "birth_date": ui.birthDate.edit,
            "joined_party_on": ui.joinedDate.edit, "full_member_on": ui.fullDate.edit,
            "category": ui.categoryCombo, "id_number": ui.idEdit, "phone": ui.phoneEdit,
            "status_date": ui.statusLabel, "ethnicity": ui.ethnicityCombo, "education": ui.educationCombo,
            "position": ui.positionEdit, "note": ui.noteEdit,
        }
        self._load(member or Member(name=""))
        ui.nameEdit.setFocus()

    # -- fields <-> member ----------------------------------------------------------------------------------------
    def _load(self, m: Member) -> None:
        ui = self.ui
        ui.nameEdit.setText(m.name)
        ui.idEdit.setText(m.id_number)
        ui.genderCombo.setCurrentText(m.gender)
        ui.birthDate.setDate(m.birth_date)
        ui.ethnicityCombo.setCurrentText(m.ethnicity)
        ui.educationCombo.setCurrentText(m.education)
        ui.phoneEdit.setText(m.phone)
        ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(m.category)))
        ui.joinedDate.setDate(m.joined_party_on)
        ui.fullDate.setDate(m.full_member_on)
        ui.groupCombo.setCurrentIndex(max(0, ui.groupCombo.findData(m.group_uuid)) if m.group_uuid else 0)
        ui.positionEdit.setText(m.position)
        ui.joinedBranchDate.setDate(m.joined_branch_on)
        ui.noteEdit.setPlainText(m.note)
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
            name=ui.nameEdit.text(),
            gender=ui.genderCombo.currentText(),
            ethnicity=ui.ethnicityCombo.currentText(),
            birth_date=ui.birthDate.date(),
            education=ui.educationCombo.currentText(),
            joined_party_on=ui.joinedDate.date(),
            full_member_on=ui.fullDate.date(),
            category=MemberCategory(ui.categoryCombo.currentData() or MemberCategory.FULL),
            group_uuid=ui.groupCombo.currentData(),
            position=ui.positionEdit.text(),
            phone=ui.phoneEdit.text(),
            id_number=ui.idEdit.text(),
            status=base.status if base else MemberStatus.ACTIVE,
            status_date=base.status_date if base else None,
            joined_branch_on=ui.joinedBranchDate.date(),
            note=ui.noteEdit.toPlainText(),
            uuid=base.uuid if base else None,
        )

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
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)

    # -- saving -------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and save through the service; problems are shown inline, the dialog stays open."""
        self._clear_problems()
        try:
            self.saved = self.roster.save_member(self.member_from_fields())
        except ValidationError as exc:
            self.show_problems(exc.problems, str(exc))
            return False
        except DomainError as exc:
            self.show_problems([], error_text(exc))
            return False
        self.accept()
        return True

    def show_problems(self, problems: Sequence[tuple[str, str]], message: str = "") -> None:
        lines = [m for _, m in problems] or [message]
        self.ui.errorLabel.setText("\n".join(f"• {m}" for m in lines if m))
        first: QWidget | None = None
        for field, _ in problems:
            w = self._fields.get(field)
            if w is not None:
                w.setStyleSheet(_INVALID)
                first = first or w
        if first is not None:
            first.setFocus()

    def _clear_problems(self) -> None:
        self.ui.errorLabel.setText("")
        for w in self._fields.values():
            w.setStyleSheet("")

    def error_text(self) -> str:
        return self.ui.errorLabel.text()
