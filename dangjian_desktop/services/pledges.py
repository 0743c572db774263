"""党员承诺: campaigns, 亮诺 with the branch's review, 践诺 ledger, 评诺, 一带二, fast entry and the printed sheets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.pledges import (
    DEFAULT_CATEGORIES,
    DEFAULT_GRADES,
    Campaign,
    CampaignSummary,
    FinalStatus,
    MentorPair,
    PairOutcome,
    PledgeItem,
    PledgeSheet,
    ProgressEntry,
    ReviewStatus,
    default_campaign_name,
    shift_year,
    summarize,
    validate_item,
    validate_levels,
)
from dangjian_desktop.domain.reminders import Reminder, Urgency
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.domain.validation import clean_fields, clean_text, parse_date
from dangjian_desktop.services.attachments import AttachmentService
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.import_rows import RowsPreview, errors_text
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import pledges as repo
from dangjian_desktop.storage.repos import settings

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

CATEGORIES_KEY = "pledges.categories"
GRADES_KEY = "pledges.grades"
EVALUATION_REMINDER_FROM = (12, 1)  # month, day: 评诺 is due at the year's end
IMPORT_HEADERS = ["姓名", "承诺类别", "承诺内容", "主要措施", "完成时限", "亮诺日期"]


@dataclass
class MemberPledgeRow:
    """A line of the pledge page's member list: every member on the roster, with their sheet if they have one."""

    member: Member
    sheet: PledgeSheet | None

    @property
    def stage(self) -> str:
        return self.sheet.stage if self.sheet else "未承诺"


@dataclass
class PledgeImportRow:
    row_number: int
    member_name: str
    member_uuid: str | None
    item: PledgeItem
    errors: list[str] = field(default_factory=list)


@dataclass
class PledgeImportPreview(RowsPreview[PledgeImportRow]):
    source: Path
    rows: list[PledgeImportRow]

    def error_report(self) -> str:
        return errors_text(self.error_rows, lambda r: r.member_name)


class PledgeService:
    def __init__(self, store: Store, branches: BranchService, roster: RosterService, attachments: AttachmentService):
        self.store = store
        self.branches = branches
        self.roster = roster
        self.attachments = attachments

    # -- editable vocabularies ---------------------------------------------------------------------------------
    def categories(self) -> list[str]:
        return list(settings.get(CATEGORIES_KEY, list(DEFAULT_CATEGORIES)))

    def save_categories(self, categories: list[str]) -> list[str]:
        return self._save_words(CATEGORIES_KEY, categories, 30, "承诺类别")

    def grades(self) -> list[str]:
        return list(settings.get(GRADES_KEY, list(DEFAULT_GRADES)))

    def save_grades(self, grades: list[str]) -> list[str]:
        return self._save_words(GRADES_KEY, grades, 20, "评定等次")

    def _save_words(self, key: str, words: list[str], limit: int, what: str) -> list[str]:
        """Store an editable vocabulary (each word tidied to ``limit``; ``what`` names it in the messages)."""
        cleaned = [clean_text(w, limit) for w in words]
        problems = validate_levels(cleaned, what)
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            settings.put(key, cleaned)
        return cleaned

    # -- campaigns -------------------------------------------------------------------------------------------
    def campaigns(self) -> list[Campaign]:
        return repo.list_campaigns()

    def campaign(self, campaign_uuid: str) -> Campaign:
        return repo.get_campaign(campaign_uuid)

    def campaign_for_year(self, year: int) -> Campaign | None:
        """The year's campaign: the default-named one if there are several."""
        found = [c for c in repo.list_campaigns() if c.year == year]
        if not found:
            return None
        for c in found:
            if c.name == default_campaign_name(year):
                return c
        return found[0]

    def require_campaign_for_year(self, year: int) -> Campaign:
        c = self.campaign_for_year(year)
        if c is None:
            raise NotFoundError(f"{year}年还没有党员承诺记录。")
        return c

    def create_campaign(self, year: int, name: str = "", announced_on: dt.date | None = None) -> Campaign:
        name = clean_text(name, 200) or default_campaign_name(year)
        if not 2000 <= year <= 2100:
            raise ValidationError("年度不合理")
        with self.store.atomic():
            self.branches.require_profile()
            if repo.find_campaign(year, name) is not None:
                raise ValidationError(f"已经有“{name}”了")
            return repo.save_campaign(Campaign(year=year, name=name, announced_on=announced_on))

    def ensure_campaign(self, year: int) -> Campaign:
        return self.campaign_for_year(year) or self.create_campaign(year)

    def set_announced(self, campaign_uuid: str, on: dt.date | None) -> Campaign:
        with self.store.atomic():
            c = repo.get_campaign(campaign_uuid)
            c.announced_on = on
            return repo.save_campaign(c)

    # -- reading ---------------------------------------------------------------------------------------------
    def sheets(self, campaign_uuid: str) -> list[PledgeSheet]:
        return repo.list_sheets(campaign_uuid)

    def sheet(self, campaign_uuid: str, member_uuid: str) -> PledgeSheet:
        found = repo.get_sheet(campaign_uuid, member_uuid)
        if found is not None:
            return found
        m = self.roster.member(member_uuid)
        return PledgeSheet(campaign_uuid=campaign_uuid, member_uuid=member_uuid, member_name=m.name,
                           group_name=m.group_name, position=m.position)

    def overview(self, campaign_uuid: str) -> list[MemberPledgeRow]:
        """Every member on the roster today, plus those who left but pledged in this campaign."""
        sheets = {s.member_uuid: s for s in repo.list_sheets(campaign_uuid)}
        members = self.roster.members()
        out = [MemberPledgeRow(m, sheets.pop(m.uuid or "", None)) for m in members]
        for s in sheets.values():
            out.append(MemberPledgeRow(self.roster.member(s.member_uuid), s))
        return out

    def members_without_pledges(self, campaign_uuid: str) -> list[Member]:
        pledged = repo.members_with_items(campaign_uuid)
        return [m for m in self.roster.members() if m.uuid not in pledged]

    def item(self, item_uuid: str) -> PledgeItem:
        return repo.get_item(item_uuid)

    # -- 亮诺 --------------------------------------------------------------------------------------------------
    def _clean_item(self, item: PledgeItem) -> PledgeItem:
        clean_fields(item, content=1000, measures=1000, category=30, review_comment=500, final_note=1000)
        return item

    def save_item(self, campaign_uuid: str, member_uuid: str, item: PledgeItem) -> PledgeItem:
        item = self._clean_item(item)
        campaign = repo.get_campaign(campaign_uuid)
        problems = validate_item(item, campaign.year, self.categories())
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            if item.uuid:
                old = repo.get_item(item.uuid)
                # a returned item that is rewritten goes back to the branch for review
                if old.status is ReviewStatus.RETURNED and (old.content, old.measures) != (item.content, item.measures):
                    item.status = ReviewStatus.SUBMITTED
            return repo.save_item(campaign_uuid, member_uuid, item)

    def delete_item(self, item_uuid: str) -> None:
        with self.store.atomic():
            repo.delete_item(item_uuid)

    def submit(self, campaign_uuid: str, member_uuid: str) -> PledgeSheet:
        """The member hands in the pledge: drafts and rewritten returns go to the branch for review."""
        with self.store.atomic():
            sheet = self.sheet(campaign_uuid, member_uuid)
            if not sheet.items:
                raise ValidationError(f"{sheet.member_name}还没有填写承诺事项。")
            for it in sheet.items:
                if it.status in (ReviewStatus.DRAFT, ReviewStatus.RETURNED):
                    it.status = ReviewStatus.SUBMITTED
                    repo.save_item(campaign_uuid, member_uuid, it)
            return self.sheet(campaign_uuid, member_uuid)

    def approve(self, item_uuids: list[str], on: dt.date | None = None, comment: str = "") -> int:
        """The branch approves items; they are made public (亮诺) on ``on``."""
        on = on or clock.today()
        comment = clean_text(comment, 500)
        n = 0
        with self.store.atomic():
            for uuid in item_uuids:
                it = repo.get_item(uuid)
                campaign_uuid, member_uuid, _year = repo.item_context(uuid)
                if it.status is ReviewStatus.APPROVED:
                    continue
                it.status = ReviewStatus.APPROVED
                it.pledged_on = it.pledged_on or on
                if comment:
                    it.review_comment = comment
                repo.save_item(campaign_uuid, member_uuid, it)
                n += 1
        return n

    def approve_sheet(self, campaign_uuid: str, member_uuid: str, on: dt.date | None = None) -> int:
        sheet = self.sheet(campaign_uuid, member_uuid)
        return self.approve([i.uuid for i in sheet.items if i.uuid and i.status is not ReviewStatus.APPROVED], on)

    def return_item(self, item_uuid: str, comment: str) -> PledgeItem:
        """Send a vague pledge back with the branch's reason (支部审核意见)."""
        comment = clean_text(comment, 500)
        if not comment:
            raise ValidationError("退回时请写明原因，例如“内容笼统，请写明具体目标和完成时间”。")
        with self.store.atomic():
            it = repo.get_item(item_uuid)
            if it.final_status is not FinalStatus.NONE:
                raise ValidationError("该承诺已经评诺，不能再退回。")
            campaign_uuid, member_uuid, _ = repo.item_context(item_uuid)
            it.status = ReviewStatus.RETURNED
            it.review_comment = comment
            it.pledged_on = None
            return repo.save_item(campaign_uuid, member_uuid, it)

    # -- 践诺 --------------------------------------------------------------------------------------------------
    def add_progress(self, item_uuid: str, on: dt.date, text: str, files: list[Path | str] | None = None,
                     today: dt.date | None = None) -> ProgressEntry:
        text = clean_text(text, 2000)
        today = today or clock.today()
        if not text:
            raise ValidationError("请填写践诺情况")
        if on > today:
            raise ValidationError("践诺日期不能晚于今天")
        it = repo.get_item(item_uuid)
        _c, _m, year = repo.item_context(item_uuid)
        if on.year < year - 1:
            raise ValidationError(f"践诺日期早于{year}年度")
        if it.status is not ReviewStatus.APPROVED:
            raise ValidationError("该承诺尚未通过支部审核（亮诺），还不能记录践诺情况。")
        # copy the evidence first: a bad file stops everything before the database is touched
        atts = [self.attachments.add(Path(f)) for f in files or []]
        with self.store.atomic():
            return repo.add_progress(item_uuid, ProgressEntry(on=on, text=text, attachments=atts))

    def delete_progress(self, entry_uuid: str) -> None:
        with self.store.atomic():
            repo.delete_progress(entry_uuid)

    def attachment_path(self, att) -> Path:  # noqa: ANN001
        return self.attachments.path_of(att)

    # -- 评诺 --------------------------------------------------------------------------------------------------
    def evaluate(self, campaign_uuid: str, member_uuid: str, *, self_assessment: str = "", group_comment: str = "",
                 grade: str = "", on: dt.date | None = None,
                 outcomes: dict[str, tuple[FinalStatus, str]] | None = None) -> PledgeSheet:
        """Record the year-end evaluation. ``outcomes`` maps item uuid -> (final status, note)."""
        outcomes = outcomes or {}
        sheet = self.sheet(campaign_uuid, member_uuid)
        if not sheet.items:
            raise ValidationError(f"{sheet.member_name}本年度没有承诺事项，无需评诺。")
        problems: list[tuple[str, str]] = []
        grade = clean_text(grade, 20)
        if grade and grade not in self.grades():
            problems.append(("grade", f"评定等次“{grade}”不在设定的等次中（{'、'.join(self.grades())}）"))
        by_uuid = {i.uuid: i for i in sheet.items}
        for uuid, (status, note) in outcomes.items():
            it = by_uuid.get(uuid)
            if it is None:
                problems.append(("outcomes", "评诺的事项不属于该党员"))
                continue
            if it.status is not ReviewStatus.APPROVED and status is not FinalStatus.NONE:
                problems.append(("outcomes", f"“{it.content[:12]}…”尚未亮诺，不能评定完成情况"))
            it.final_status = status
            it.final_note = clean_text(note, 1000)
            if status in (FinalStatus.PARTLY, FinalStatus.NOT_DONE) and not it.final_note:
                problems.append(("final_note", f"“{it.content[:12]}…”{status.value}，请说明原因"))
        if grade:
            missing = [i for i in sheet.approved_items if i.final_status is FinalStatus.NONE]
            if missing:
                problems.append(("outcomes", f"评定等次前，请先评定每项承诺的完成情况（还有{len(missing)}项）"))
            if not sheet.approved_items:
                problems.append(("grade", "没有已亮诺的承诺事项，不能评定等次"))
        if problems:
            raise ValidationError("", problems)
        sheet.self_assessment = clean_text(self_assessment, 2000)
        sheet.group_comment = clean_text(group_comment, 2000)
        sheet.grade = grade
        sheet.evaluated_on = (on or clock.today()) if grade else None
        with self.store.atomic():
            for it in sheet.items:
                if it.uuid in outcomes:
                    repo.save_item(campaign_uuid, member_uuid, it)
            repo.save_evaluation(sheet)
        return self.sheet(campaign_uuid, member_uuid)

    # -- 一带二 -------------------------------------------------------------------------------------------------
    def pairs(self, campaign_uuid: str) -> list[MentorPair]:
        return repo.list_pairs(campaign_uuid)

    def save_pair(self, pair: MentorPair) -> MentorPair:
        pair.mentees = [n for n in (clean_text(x, 30) for x in pair.mentees) if n]
        clean_fields(pair, goal=1000, result=2000)
        problems = []
        if not pair.mentor_uuid:
            problems.append(("mentor", "请选择帮带人"))
        if not pair.mentees:
            problems.append(("mentees", "请填写被帮带人（一带二：一般为两名同事）"))
        elif len(pair.mentees) > 5:
            problems.append(("mentees", "被帮带人最多填写5名"))
        if pair.outcome is not PairOutcome.NONE and not pair.result:
            problems.append(("result", "评定帮带结果时请写明帮带成效"))
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            mentor = self.roster.member(pair.mentor_uuid)
            if mentor.name in pair.mentees:
                raise ValidationError("帮带人不能同时是被帮带人")
            return repo.save_pair(pair)

    def delete_pair(self, pair_uuid: str) -> None:
        with self.store.atomic():
            repo.delete_pair(pair_uuid)

    # -- fast entry ------------------------------------------------------------------------------------------
    def copy_from_last_year(self, year: int) -> int:
        """Last year's items become this year's drafts, for members on the roster who have no item yet."""
        with self.store.atomic():
            previous = self.campaign_for_year(year - 1)
            if previous is None or previous.uuid is None:
                raise ValidationError(f"没有找到{year - 1}年的党员承诺，无法复制。")
            target = self.ensure_campaign(year)
            assert target.uuid
            have = repo.members_with_items(target.uuid)
            active = {m.uuid for m in self.roster.members()}
            categories = self.categories()
            entries: list[tuple[str, PledgeItem]] = []
            for sheet in repo.list_sheets(previous.uuid):
                if sheet.member_uuid in have or sheet.member_uuid not in active:
                    continue
                for it in sheet.items:
                    entries.append((sheet.member_uuid, PledgeItem(
                        content=it.content, measures=it.measures,
                        category=it.category if it.category in categories else categories[-1],
                        deadline=shift_year(it.deadline, 1), status=ReviewStatus.DRAFT,
                    )))
            return repo.insert_items(target.uuid, entries)

    def write_import_template(self, path: Path | str) -> Path:
        from dangjian_desktop.services import xlsx

        notes = [
            "每行填写一项承诺；同一名党员有几项承诺就填几行。第1行表头不要修改。",
            "姓名须与党员名册中的姓名一致；如有重名，请先在名册中区分。",
            f"承诺类别可填：{'、'.join(self.categories())}。",
            "承诺内容要具体、可检验，例如“全年完成10项设备隐患排查并100%闭环”。",
            "完成时限、亮诺日期写成 2026-06-30 的形式；完成时限留空即本年度末。",
            "填写了亮诺日期的承诺视为已通过支部审核并公示；留空则导入为“待审核”。",
        ]
        example = [["张三", self.categories()[0], "全年完成10项设备隐患排查，发现问题100%闭环整改",
                    "每月巡检不少于2次，建立问题台账", dt.date(clock.today().year, 12, 31), None]]
        return xlsx.write_table(Path(path), "党员承诺", IMPORT_HEADERS, example, notes=notes,
                                choices={"承诺类别": self.categories()})

    def preview_import(self, path: Path | str, year: int) -> PledgeImportPreview:
        """Read a pledges .xlsx and check every row; nothing is written."""
        from dangjian_desktop.services.spreadsheet import ImportFileError, read_table
        from dangjian_desktop.services.spreadsheet import cell_text as _cell_text

        path = Path(path)
        table = read_table(path)
        if not table:
            raise ImportFileError("文件是空的，没有找到表头。")
        header, *data = table
        headers = [_cell_text(h) for h in header]
        if not {"姓名", "承诺内容"} <= set(headers):
            raise ImportFileError("第1行应为表头，并至少包含“姓名”“承诺内容”两列。请使用“下载模板”得到的表格。")
        col = {h: i for i, h in enumerate(headers) if h in IMPORT_HEADERS}
        by_name: dict[str, list[Member]] = {}
        for m in self.roster.members():
            by_name.setdefault(m.name, []).append(m)
        categories = self.categories()
        rows: list[PledgeImportRow] = []
        for offset, raw in enumerate(data):
            cells = {h: (raw[i] if i < len(raw) else None) for h, i in col.items()}
            if all(_cell_text(v) == "" for v in cells.values()):
                continue
            row_number = offset + 2
            errors: list[str] = []
            name = clean_text(_cell_text(cells.get("姓名")), 30)
            member_uuid = None
            if not name:
                errors.append("姓名不能为空")
            elif name not in by_name:
                errors.append(f"名册中没有在册党员“{name}”")
            elif len(by_name[name]) > 1:
                errors.append(f"名册中有{len(by_name[name])}名党员叫“{name}”，无法区分")
            else:
                member_uuid = by_name[name][0].uuid
            category = clean_text(_cell_text(cells.get("承诺类别")), 30) or categories[0]
            item = PledgeItem(content=clean_text(_cell_text(cells.get("承诺内容")), 1000), category=category,
                              measures=clean_text(_cell_text(cells.get("主要措施")), 1000),
                              status=ReviewStatus.SUBMITTED)
            for header_name, attr in (("完成时限", "deadline"), ("亮诺日期", "pledged_on")):
                value = cells.get(header_name)
                if isinstance(value, dt.datetime):
                    setattr(item, attr, value.date())
                elif isinstance(value, dt.date):
                    setattr(item, attr, value)
                elif _cell_text(value):
                    try:
                        setattr(item, attr, parse_date(_cell_text(value)))
                    except ValueError as exc:
                        errors.append(f"{header_name}：{exc}")
            if item.pledged_on:
                item.status = ReviewStatus.APPROVED
            errors.extend(msg for _, msg in validate_item(item, year, categories))
            rows.append(PledgeImportRow(row_number, name, member_uuid, item, errors))
        if not rows:
            raise ImportFileError("表格中没有承诺数据（表头以下都是空行）。")
        return PledgeImportPreview(path, rows)

    def commit_import(self, preview: PledgeImportPreview, year: int) -> int:
        if not preview.ok:
            raise ValidationError("导入文件有错误，没有保存任何数据：\n" + preview.error_report())
        with self.store.atomic():
            campaign = self.ensure_campaign(year)
            assert campaign.uuid
            return repo.insert_items(campaign.uuid, [(r.member_uuid or "", r.item) for r in preview.rows])

    def import_xlsx(self, path: Path | str, year: int) -> int:
        return self.commit_import(self.preview_import(path, year), year)

    def export_xlsx(self, campaign_uuid: str, path: Path | str) -> int:
        """All items of a campaign as .xlsx; the first columns are the import template's, so the file can be
        edited and imported into another year."""
        from dangjian_desktop.services import xlsx

        campaign = repo.get_campaign(campaign_uuid)
        headers = [*IMPORT_HEADERS, "党小组", "审核状态", "支部审核意见", "完成情况", "说明", "践诺记录条数", "支部评定"]
        rows = []
        for sh in repo.list_sheets(campaign_uuid):
            for it in sh.items:
                rows.append([sh.member_name, it.category, it.content, it.measures, it.deadline, it.pledged_on,
                             sh.group_name, it.status.value, it.review_comment, it.final_status.value, it.final_note,
                             len(it.progress), sh.grade])
        # the campaign's name may hold / : [ ] ? * \ — the sheet name is made safe, the page header keeps it whole
        xlsx.write_table(Path(path), campaign.title, headers, rows, print_title=campaign.title)
        return len(rows)

    # -- summary and paper -----------------------------------------------------------------------------------
    def summary(self, campaign_uuid: str, *, as_of: dt.date | None = None) -> CampaignSummary:
        """The campaign in figures. ``members_total`` counts the roster today, or on ``as_of`` (a year's ledger
        counts it at the year's end, as its 党员队伍 chapter does)."""
        sheets = repo.list_sheets(campaign_uuid)
        on_roster = self.roster.members_on(as_of) if as_of else self.roster.members()
        return summarize(sheets, len(on_roster), repo.list_pairs(campaign_uuid), self.categories(), self.grades())

    def glance_counts(self, campaign_uuid: str) -> tuple[int, int, int]:
        """(members on the roster, members who pledged, members evaluated): the first figures of
        :meth:`summary`, from one grouped query instead of every sheet with its items and entries (首页)."""
        pledged = evaluated = 0
        for items, grade, approved_unrated in repo.sheet_counts(campaign_uuid):
            pledged += items > 0
            evaluated += bool(grade) and approved_unrated == 0  # PledgeSheet.is_evaluated
        return len(self.roster.members()), pledged, evaluated

    def notice_pdf(self, year: int, out: Path | str) -> Path:
        """党员承诺公示表: the approved pledges of every member, landscape, for the notice board."""
        from dangjian_desktop.reports.pledges import build_notice_pdf

        branch = self.branches.require_profile()
        campaign = self.require_campaign_for_year(year)
        assert campaign.uuid
        sheets = [s for s in repo.list_sheets(campaign.uuid) if s.approved_items]
        return build_notice_pdf(out, branch, campaign, sheets)

    def letter_pdf(self, campaign_uuid: str, member_uuid: str, out: Path | str) -> Path:
        """One member's 承诺书 with the signature line."""
        from dangjian_desktop.reports.pledges import build_letter_pdf

        branch = self.branches.require_profile()
        campaign = repo.get_campaign(campaign_uuid)
        sheet = self.sheet(campaign_uuid, member_uuid)
        if not sheet.items:
            raise ValidationError(f"{sheet.member_name}本年度还没有承诺事项。")
        member = self.roster.member(member_uuid)
        return build_letter_pdf(out, branch, campaign, sheet, member)

    def summary_pdf(self, year: int, out: Path | str) -> Path:
        """The year-end 践诺评诺 summary."""
        from dangjian_desktop.reports.pledges import build_summary_pdf

        branch = self.branches.require_profile()
        campaign = self.require_campaign_for_year(year)
        assert campaign.uuid
        sheets = repo.list_sheets(campaign.uuid)
        pairs = repo.list_pairs(campaign.uuid)
        missing = self.members_without_pledges(campaign.uuid)
        return build_summary_pdf(out, branch, campaign, sheets, pairs, self.summary(campaign.uuid),
                                 [m.name for m in missing])


# -- reminders ----------------------------------------------------------------------------------------------------


def reminders(services: Services, today: dt.date) -> list[Reminder]:
    """评诺 not yet done near the year's end (and, overdue, early next year)."""
    out: list[Reminder] = []
    if services.branch.profile() is None:
        return out
    svc = services.pledges
    start = dt.date(today.year, *EVALUATION_REMINDER_FROM)
    for campaign in svc.campaigns():
        if campaign.uuid is None:
            continue
        if campaign.year == today.year and today >= start:
            urgency, due = Urgency.SOON, dt.date(today.year, 12, 31)
        elif campaign.year == today.year - 1 and today.month <= 3:
            urgency, due = Urgency.OVERDUE, dt.date(campaign.year, 12, 31)
        else:
            continue
        pending = [s for s in repo.list_sheets(campaign.uuid) if s.approved_items and not s.is_evaluated]
        if not pending:
            continue
        names = "、".join(s.member_name for s in pending[:5]) + ("等" if len(pending) > 5 else "")
        out.append(Reminder(
            "pledges_not_evaluated", f"{campaign.title}：{len(pending)}名党员尚未评诺",
            f"年底前请组织个人自评、党小组评议和支部评定（{names}）。", due, urgency, page="pledges",
            record_kind="pledge_campaign", record_uuid=campaign.uuid))
    return out
