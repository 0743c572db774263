"""The members roster: list, edit, change status, import from .xlsx/.csv, export to .xlsx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.progress import Progress, no_progress
from dangjian_desktop.domain.roster import Member, MemberFilter
from dangjian_desktop.domain.validation import clean_fields, clean_text, too_long, validate_member
from dangjian_desktop.services.audit import AuditService
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import roster as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.roster_import import ImportPreview

__all__ = ["COLUMNS", "Action", "ImportFileError", "ImportPreview", "ImportRow", "RosterService", "read_table"]  # noqa: F822

# The import half (roster_import, spreadsheet readers: ~25 ms) is imported on first use, not for 首页's first paint.
_LAZY = {"COLUMNS": "roster_import", "Action": "roster_import", "ImportPreview": "roster_import",
         "ImportRow": "roster_import", "ImportFileError": "spreadsheet", "read_table": "spreadsheet",
         "_cell_text": "spreadsheet"}


def __getattr__(name: str):  # noqa: ANN202 - PEP 562: the names above, re-exported as before
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"dangjian_desktop.services.{module}"),
                   "cell_text" if name == "_cell_text" else name)


IMPORT_BATCH = 200  # rows saved between two progress reports (and chances to cancel) of a roster import
DATE_FIELDS = {"birth_date", "joined_party_on", "full_member_on", "status_date", "joined_branch_on"}


class RosterService:
    def __init__(self, store: Store, branches: BranchService):
        self.store = store
        self.branches = branches
        self.audit = AuditService(store)

    def _branch_uuid(self) -> str:
        b = self.branches.require_profile()
        assert b.uuid
        return b.uuid

    # -- reading ------------------------------------------------------------------------------------------------
    @snapshot_cached
    def members(self, flt: MemberFilter | None = None) -> list[Member]:
        b = self.branches.profile()
        if b is None or b.uuid is None:
            return []
        return repo.list_members(b.uuid, flt)

    def member(self, member_uuid: str) -> Member:
        return repo.get_member(member_uuid)

    def members_on(self, day: dt.date) -> list[Member]:
        """Everyone on the roster on ``day`` (including those who left later) — the basis of 应到."""
        return [m for m in self.members(MemberFilter(include_inactive=True)) if m.on_roster_at(day)]

    def count(self) -> int:
        b = self.branches.profile()
        return repo.count_members(b.uuid) if b and b.uuid else 0

    # -- writing ------------------------------------------------------------------------------------------------
    # field -> (limit, label): longer text is refused with a message, never cut off silently
    TEXT_LIMITS = {"name": (30, "姓名"), "position": (100, "岗位/职务"), "phone": (30, "联系电话"),
                   "note": (2000, "备注"), "ethnicity": (20, "民族"), "education": (20, "学历"),
                   "native_place": (50, "籍贯")}

    def _clean(self, m: Member) -> Member:
        long = [(f, f"{label}太长（最多{limit}字，现在{len(clean_text(getattr(m, f), 10**9))}字），请删减后再保存")
                for f, (limit, label) in self.TEXT_LIMITS.items() if too_long(getattr(m, f), limit)]
        if long:
            raise ValidationError("", long)
        clean_fields(m, name=30, position=100, phone=30)
        m.id_number = idcard.normalize(m.id_number)
        clean_fields(m, note=2000, ethnicity=20, education=20, native_place=50)
        return m

    def save_member(self, m: Member) -> Member:
        m = self._clean(m)
        problems = validate_member(m, clock.today())
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            branch_uuid = self._branch_uuid()
            if m.id_number:
                dup = repo.find_members_by_id_numbers(branch_uuid, [m.id_number])
                if dup.get(m.id_number) and (m.uuid is None or repo.get_member(m.uuid).id_number != m.id_number):
                    raise ValidationError("", [("id_number", f"身份证号与在册党员“{dup[m.id_number]}”重复")])
            return repo.save_member(branch_uuid, m)

    def change_status(self, member_uuid: str, status: MemberStatus, on: dt.date, note: str = "") -> Member:
        """转出 / 去世 / ...: a status with a date, never a delete, so old meeting records stay intact.

        Each change is written to the member's note and to the audit trail, so earlier statuses stay readable.
        """
        status = MemberStatus(status)
        if on is None:
            raise ValidationError("", [("status_date", "请填写状态变更的日期")])
        note = clean_text(note, 500)
        with self.store.atomic():
            m = repo.get_member(member_uuid)
            old_status, old_date = m.status, m.status_date
            if status is old_status and (status is MemberStatus.ACTIVE or old_date == on):
                raise ValidationError(f"“{m.name}”的状态已经是“{status}”。")
            m.status = status
            m.status_date = on if status is not MemberStatus.ACTIVE else None
            line = f"{on.isoformat()} {'恢复在册' if status is MemberStatus.ACTIVE else status}"
            line += f"：{note}" if note else ""
            m.note = (m.note + "\n" if m.note else "") + line
            saved = self.save_member(m)
            assert saved.uuid
            self.audit.record("member", saved.uuid, "status", f"{m.name}：{old_status} → {status}（{on.isoformat()}）",
                              {"status": (str(old_status), str(status)),
                               "status_date": (old_date.isoformat() if old_date else None,
                                               saved.status_date.isoformat() if saved.status_date else None)})
            return saved

    def status_history(self, member_uuid: str) -> list[str]:
        """Earlier status changes of a member, oldest first, as one Chinese line each."""
        return [e.summary for e in self.audit.history(member_uuid) if e.action == "status"]

    # -- import -------------------------------------------------------------------------------------------------
    def preview_import(self, path: Path | str, sheet: str | None = None,
                       decisions: dict[str, dt.date] | None = None) -> ImportPreview:
        """Read a roster file and check every row against the roster; nothing is written.

        ``sheet``: the worksheet to read (default: the first visible one that looks like a roster).
        ``decisions``: the user's reading of ambiguous date cells, by cell ("D5" -> MonthDate(1990, 10))."""
        from dangjian_desktop.services import roster_import

        branch = self.branches.require_profile()
        assert branch.uuid
        existing = repo.list_members(branch.uuid, MemberFilter(include_inactive=True))
        return roster_import.preview(path, existing, repo.group_name_map(branch.uuid), branch.name, sheet=sheet,
                                     decisions=decisions, today=clock.today())

    def commit_import(self, preview: ImportPreview, progress: Progress | None = None) -> int:
        """Save the previewed new and changed members, all or nothing. Returns how many were saved.
        ``progress`` hears 「第 n / N 人」 between batches of rows and once more before the commit; a ``Cancelled``
        raised by it rolls everything back (the roster is as it was)."""
        from dangjian_desktop.services.roster_import import COLUMNS, Action

        if not preview.ok:
            raise ValidationError("导入文件有错误，没有保存任何数据：\n" + preview.error_report())
        with self.store.atomic():
            branch_uuid = self._branch_uuid()
            # the roster may have changed since the preview (another window, a second import): check again
            current = {m.uuid: m for m in repo.list_members(branch_uuid, MemberFilter(include_inactive=True))}
            ids = {m.id_number: m.name for m in current.values() if m.id_number}
            people = {(m.name, (m.birth_date.year, m.birth_date.month) if m.birth_date else None)
                      for m in current.values()}
            stale = []
            for r in preview.to_save:
                m = r.member
                if r.action is Action.CHANGED:
                    now = current.get(r.target_uuid or "")
                    if now is None or now.updated_at != r.target_updated_at:
                        stale.append(r)
                elif (m.id_number and m.id_number in ids) or (
                        m.birth_date and (m.name, (m.birth_date.year, m.birth_date.month)) in people):
                    stale.append(r)
            if stale:
                names = "、".join(r.member.name for r in stale[:10])
                raise ValidationError(f"检查之后名册有了变动（{names}），没有保存任何数据。请重新选择文件检查一遍。")
            new = [r.member for r in preview.to_save if r.action is Action.NEW]
            changed = [r for r in preview.to_save if r.action is Action.CHANGED]
            total = len(new) + len(changed)
            report = progress or no_progress
            added = updated = 0
            for i in range(0, len(new), IMPORT_BATCH):
                report(i, total, f"正在保存：第 {i + 1} / {total} 人")
                added += repo.insert_members(branch_uuid, new[i:i + IMPORT_BATCH])
            for i in range(0, len(changed), IMPORT_BATCH):
                done = len(new) + i
                report(done, total, f"正在保存：第 {done + 1} / {total} 人")
                updated += repo.update_members([r.member for r in changed[i:i + IMPORT_BATCH]])
            for r in changed:
                old = current[r.target_uuid or ""]
                assert r.target_uuid
                self.audit.record("member", r.target_uuid, "import",
                                  f"{r.member.name}：导入名册更新了{'、'.join(r.changes)}",
                                  {f: (_audit_value(getattr(old, f)), _audit_value(getattr(r.member, f)))
                                   for _, f in COLUMNS if f != "group_name"
                                   and _audit_value(getattr(old, f)) != _audit_value(getattr(r.member, f))})
            report(total, total, f"正在保存：共 {total} 人")  # the last point to cancel: nothing is committed yet
            return added + updated

    def import_file(self, path: Path | str, sheet: str | None = None) -> int:
        return self.commit_import(self.preview_import(path, sheet))

    # -- export -------------------------------------------------------------------------------------------------
    def export_xlsx(self, path: Path | str, include_inactive: bool = True) -> int:
        """The roster as .xlsx: real date cells (a month-only date shown as 1985.03), 身份证号 and phone as text,
        A4 landscape one page wide. Imports back unchanged."""
        from dangjian_desktop.services import xlsx
        from dangjian_desktop.services.roster_import import COLUMNS

        members = self.members(MemberFilter(include_inactive=include_inactive))
        rows = [[_export_value(m, attr) for _, attr in COLUMNS] for m in members]
        branch = self.branches.profile()
        xlsx.write_table(Path(path), "党员名册", [h for h, _ in COLUMNS], rows, text_columns={"身份证号", "联系电话"},
                         print_title=f"{branch.name}党员名册" if branch else "")
        return len(rows)

    def write_template(self, path: Path | str) -> None:
        from dangjian_desktop.services import xlsx
        from dangjian_desktop.services.roster_import import COLUMNS

        notes = [
            "每行填写一名党员，表头（第1行）不要修改。只有“姓名”必填。",
            "也可以直接导入全国党员管理信息系统或组织部模板导出的名册（.xlsx、.xls、.ods 或 .csv）："
            "标题行、序号列都可以保留，“出生年月”“入党时间”“人员类别”“公民身份号码”等表头都能识别。",
            "日期写成 2024-03-05（也可识别 2024/3/5、2024年3月5日、20240305）。只知道年月时写 1985.03 或 1985年3月，"
            "程序按年月保存，不会补上日子。",
            "注意：在Excel中输入的 1990.10 会被存成数字 1990.1，导入时会请您确认是1月还是10月；"
            "把日期列设为“文本”格式可以避免。",
            "党员类别填“正式党员”或“预备党员”；留空视为正式党员。",
            "党小组须与程序中已建立的党小组名称一致。",
            "身份证号会校验最后一位校验码，15位的旧号码会自动转为18位；请把该列设为文本格式，以免被Excel改成科学计数法。",
            "状态留空即“在册”；“转出”“去世”等须同时填写状态日期（写到日）。",
            "再次导入同一份名册时，按身份证号（没有时按姓名和出生年月）找到已有的党员并更新，不会重复添加；"
            "空白的格子不会清除已有的内容。",
        ]
        xlsx.write_table(Path(path), "党员名册", [h for h, _ in COLUMNS], [], text_columns={"身份证号", "联系电话"},
                         notes=notes, choices={"性别": ["男", "女"], "党员类别": [c.value for c in MemberCategory],
                                               "状态": [s.value for s in MemberStatus]})


def _audit_value(v: object) -> object:
    if isinstance(v, dt.date):
        return v.isoformat()
    return None if v is None else str(v)


def _export_value(m: Member, attr: str) -> object:
    v = getattr(m, attr)
    if isinstance(v, dt.date):
        return v
    return "" if v is None else str(v)
