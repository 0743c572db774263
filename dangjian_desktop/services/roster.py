"""The members roster: list, edit, change status, import from .xlsx/.csv, export to .xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.roster import Member, MemberFilter
from dangjian_desktop.domain.validation import (
    clean_text,
    excel_serial_to_date,
    parse_date,
    too_long,
    validate_member,
)
from dangjian_desktop.services.audit import AuditService
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import roster as repo

# The columns of the import template and of the export, in order. (header, Member attribute)
COLUMNS: list[tuple[str, str]] = [
    ("姓名", "name"),
    ("性别", "gender"),
    ("民族", "ethnicity"),
    ("出生日期", "birth_date"),
    ("学历", "education"),
    ("入党日期", "joined_party_on"),
    ("转正日期", "full_member_on"),
    ("党员类别", "category"),
    ("党小组", "group_name"),
    ("岗位/职务", "position"),
    ("联系电话", "phone"),
    ("身份证号", "id_number"),
    ("状态", "status"),
    ("状态日期", "status_date"),
    ("备注", "note"),
]
REQUIRED_HEADERS = {"姓名"}
DATE_FIELDS = {"birth_date", "joined_party_on", "full_member_on", "status_date"}
MAX_IMPORT_ROWS = 50_000
MAX_IMPORT_BYTES = 30 * 1024 * 1024
_HEADER_ALIASES = {"岗位": "岗位/职务", "职务": "岗位/职务", "类别": "党员类别", "正式/预备": "党员类别",
                   "手机": "联系电话", "电话": "联系电话", "身份证": "身份证号", "身份证号码": "身份证号",
                   "所在党小组": "党小组"}


class ImportFileError(DomainError):
    """The file as a whole cannot be read (wrong type, damaged, no header)."""


@dataclass
class ImportRow:
    row_number: int  # as the user sees it in Excel (header is row 1)
    member: Member
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    source: Path
    rows: list[ImportRow]
    unknown_headers: list[str] = field(default_factory=list)

    @property
    def error_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.errors]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.error_rows

    def error_report(self) -> str:
        lines = [f"第{r.row_number}行（{r.member.name or '无姓名'}）：{'；'.join(r.errors)}" for r in self.error_rows]
        return "\n".join(lines)


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
                   "note": (2000, "备注"), "ethnicity": (20, "民族"), "education": (20, "学历")}

    def _clean(self, m: Member) -> Member:
        long = [(f, f"{label}太长（最多{limit}字，现在{len(clean_text(getattr(m, f), 10**9))}字），请删减后再保存")
                for f, (limit, label) in self.TEXT_LIMITS.items() if too_long(getattr(m, f), limit)]
        if long:
            raise ValidationError("", long)
        m.name = clean_text(m.name, 30)
        m.position = clean_text(m.position, 100)
        m.phone = clean_text(m.phone, 30)
        m.id_number = idcard.normalize(m.id_number)
        m.note = clean_text(m.note, 2000)
        m.ethnicity = clean_text(m.ethnicity, 20)
        m.education = clean_text(m.education, 20)
        return m

    def save_member(self, m: Member) -> Member:
        m = self._clean(m)
        problems = validate_member(m)
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
    def preview_import(self, path: Path | str) -> ImportPreview:
        """Read a roster file and check every row; nothing is written."""
        path = Path(path)
        table = read_table(path)
        if not table:
            raise ImportFileError("文件是空的，没有找到表头。")
        header_row, *data = table
        headers = [_HEADER_ALIASES.get(h, h) for h in (_cell_text(h) for h in header_row)]
        known = {h for h, _ in COLUMNS}
        if not REQUIRED_HEADERS <= set(headers):
            raise ImportFileError("第1行应为表头，并至少包含“姓名”列。请使用“下载模板”得到的表格。")
        unknown = [h for h in headers if h and h not in known]
        col_index = {h: i for i, h in enumerate(headers) if h in known}
        branch_uuid = self._branch_uuid()
        groups = repo.group_name_map(branch_uuid)
        existing_people = repo.member_names_and_births(branch_uuid)
        rows: list[ImportRow] = []
        seen_ids: dict[str, int] = {}
        seen_people: dict[tuple[str, str], int] = {}
        parsed: list[tuple[int, Member, list[str]]] = []
        for offset, raw in enumerate(data):
            row_number = offset + 2
            values = {h: (raw[i] if i < len(raw) else None) for h, i in col_index.items()}
            if all(_cell_text(v) == "" for v in values.values()):
                continue  # blank line
            m, errors = _member_from_cells(values, groups)
            parsed.append((row_number, m, errors))
        existing_ids = repo.find_members_by_id_numbers(branch_uuid, [m.id_number for _, m, _ in parsed])
        for row_number, m, errors in parsed:
            # rule checks run even when a cell could not be read, so the user sees every problem of the row at once
            errors.extend(msg for _, msg in validate_member(m) if msg not in errors)
            if m.id_number:
                if m.id_number in seen_ids:
                    errors.append(f"身份证号与第{seen_ids[m.id_number]}行重复")
                elif m.id_number in existing_ids:
                    errors.append(f"身份证号与已在名册中的“{existing_ids[m.id_number]}”重复")
                seen_ids.setdefault(m.id_number, row_number)
            person = (m.name, str(m.birth_date or ""))
            if m.name and m.birth_date:
                if person in seen_people:
                    errors.append(f"与第{seen_people[person]}行是同一人（姓名和出生日期相同）")
                elif person in existing_people:
                    errors.append("名册中已有同名且出生日期相同的党员")
                seen_people.setdefault(person, row_number)
            rows.append(ImportRow(row_number, m, errors))
        if not rows:
            raise ImportFileError("表格中没有党员数据（表头以下都是空行）。")
        return ImportPreview(path, rows, unknown)

    def commit_import(self, preview: ImportPreview) -> int:
        """Save the previewed members, all or nothing."""
        if not preview.ok:
            raise ValidationError("导入文件有错误，没有保存任何数据：\n" + preview.error_report())
        with self.store.atomic():
            branch_uuid = self._branch_uuid()
            # the roster may have changed since the preview (another window, a second import): check again
            dups = repo.find_members_by_id_numbers(branch_uuid, [r.member.id_number for r in preview.rows])
            if dups:
                names = "、".join(sorted(dups.values())[:10])
                raise ValidationError(f"名册中已经有这些身份证号的党员：{names}。没有保存任何数据，请重新检查文件。")
            return repo.insert_members(branch_uuid, [r.member for r in preview.rows])

    def import_file(self, path: Path | str) -> int:
        preview = self.preview_import(path)
        return self.commit_import(preview)

    # -- export -------------------------------------------------------------------------------------------------
    def export_xlsx(self, path: Path | str, include_inactive: bool = True) -> int:
        from dangjian_desktop.services import xlsx

        members = self.members(MemberFilter(include_inactive=include_inactive))
        rows = [[_export_value(m, attr) for _, attr in COLUMNS] for m in members]
        xlsx.write_table(Path(path), "党员名册", [h for h, _ in COLUMNS], rows, text_columns={"身份证号", "联系电话"})
        return len(rows)

    def write_template(self, path: Path | str) -> None:
        from dangjian_desktop.services import xlsx

        notes = [
            "每行填写一名党员，第1行表头不要修改。只有“姓名”必填。",
            "日期写成 2024-03-05（也可识别 2024/3/5、2024年3月5日）。",
            "党员类别填“正式党员”或“预备党员”；留空视为正式党员。",
            "党小组须与程序中已建立的党小组名称一致。",
            "身份证号会校验最后一位校验码；请设置为文本格式以免被Excel改成科学计数法。",
            "状态留空即“在册”；“转出”“去世”等须同时填写状态日期。",
        ]
        xlsx.write_table(Path(path), "党员名册", [h for h, _ in COLUMNS], [], text_columns={"身份证号", "联系电话"},
                         notes=notes, choices={"性别": ["男", "女"], "党员类别": [c.value for c in MemberCategory],
                                               "状态": [s.value for s in MemberStatus]})


def _export_value(m: Member, attr: str) -> object:
    v = getattr(m, attr)
    if isinstance(v, dt.date):
        return v
    return "" if v is None else str(v)


def _cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def _member_from_cells(values: dict[str, object], groups: dict[str, str]) -> tuple[Member, list[str]]:
    errors: list[str] = []
    m = Member(name="")
    id_was_number = isinstance(values.get("身份证号"), int | float)
    for header, attr in COLUMNS:
        if header not in values:
            continue
        raw = values[header]
        if attr in DATE_FIELDS:
            if isinstance(raw, dt.datetime):
                setattr(m, attr, raw.date())
            elif isinstance(raw, dt.date):
                setattr(m, attr, raw)
            elif isinstance(raw, int | float) and not isinstance(raw, bool):  # a date cell without date format
                try:
                    setattr(m, attr, excel_serial_to_date(raw))
                except ValueError as exc:
                    errors.append(f"{header}：{exc}")
            elif _cell_text(raw):
                try:
                    setattr(m, attr, parse_date(_cell_text(raw)))
                except ValueError as exc:
                    errors.append(f"{header}：{exc}")
            continue
        text = clean_text(_cell_text(raw), 2000)
        if attr == "category":
            if text in ("", "正式", "正式党员"):
                m.category = MemberCategory.FULL
            elif text in ("预备", "预备党员"):
                m.category = MemberCategory.PROBATIONARY
            else:
                errors.append(f"党员类别“{text}”应为“正式党员”或“预备党员”")
        elif attr == "status":
            try:
                m.status = MemberStatus(text) if text else MemberStatus.ACTIVE
            except ValueError:
                errors.append(f"状态“{text}”无法识别，可填：{'、'.join(s.value for s in MemberStatus)}")
        elif attr == "group_name" and text:
            # spaces typed inside a name in Excel ("第一 党小组") should not make it unknown
            by_squeezed = {"".join(k.split()): (k, v) for k, v in groups.items()}
            found = by_squeezed.get("".join(text.split()))
            if found is None:
                known = "、".join(groups) or "（尚未建立党小组，请先在“设置—党小组”中建立）"
                errors.append(f"党小组“{text}”不存在，已有：{known}")
            else:
                m.group_name, m.group_uuid = found
        elif attr == "id_number":
            m.id_number = idcard.normalize(text)
        else:
            setattr(m, attr, text)
    if m.id_number and id_was_number and idcard.validate(m.id_number):
        errors.append("身份证号被Excel存成了数字，后几位可能已丢失：请把该列设为“文本”格式后重新填写")
    if m.id_number and not m.birth_date:
        m.birth_date = idcard.birth_date(m.id_number)
    if m.id_number and not m.gender:
        m.gender = idcard.gender(m.id_number) or ""
    return m, errors


def read_table(path: Path) -> list[list[object]]:
    """Rows of the first sheet of a .xlsx, or of a .csv (UTF-8 or GBK, as Excel in China writes it)."""
    if not path.exists():
        raise ImportFileError(f"找不到文件：{path}")
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ImportFileError("文件太大（超过30MB），不像是党员名册。")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".xls":
        raise ImportFileError("不支持旧的 .xls 格式，请在Excel中“另存为”.xlsx 后再导入。")
    raise ImportFileError("只能导入 .xlsx 或 .csv 文件。")


def _read_csv(path: Path) -> list[list[object]]:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFileError("无法识别文件的文字编码，请用Excel另存为“CSV UTF-8”或.xlsx格式。")
    if "\x00" in text:
        raise ImportFileError("文件内容不是文本表格。")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), dialect)  # newline="": a bare \r (old Mac Excel) ends a row
    try:
        for i, row in enumerate(reader):
            if i > MAX_IMPORT_ROWS:
                raise ImportFileError(f"行数超过{MAX_IMPORT_ROWS}，请分批导入。")
            rows.append(list(row))
    except csv.Error as exc:
        raise ImportFileError(f"第{reader.line_num}行的格式不正确（{exc}），请用Excel打开后另存为.xlsx再导入。") from exc
    return rows


def _read_xlsx(path: Path) -> list[list[object]]:
    import zipfile

    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise ImportFileError("缺少读取Excel的组件(openpyxl)。") from exc
    if not zipfile.is_zipfile(path):
        raise ImportFileError("文件不是有效的 .xlsx 表格（可能已损坏，或其实是别的格式）。")
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ImportFileError(f"无法打开这个Excel文件：{exc.__class__.__name__}") from exc
    try:
        ws = wb.worksheets[0]
        rows = []
        for i, row in enumerate(ws.iter_rows(values_only=True)):
            if i > MAX_IMPORT_ROWS:
                raise ImportFileError(f"行数超过{MAX_IMPORT_ROWS}，请分批导入。")
            rows.append(list(row))
        while rows and all(_cell_text(v) == "" for v in rows[-1]):
            rows.pop()
        return rows
    finally:
        wb.close()
