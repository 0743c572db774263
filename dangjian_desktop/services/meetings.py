"""三会一课: record meetings, finalise and amend them, see the year's gaps, find old records, print minutes.

Also the 首页 reminders (meetings due / overdue, members nearing six months without organisational life) and the
demo year of meetings.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock, features
from dangjian_desktop.domain.attachments import Attachment as StoredFile
from dangjian_desktop.domain.compliance import (
    ComplianceReport,
    ComplianceRules,
    HeldMeeting,
    compliance_report,
    counting_since,
)
from dangjian_desktop.domain.checks import Issue, Severity, errors
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import NotFoundError, ReadOnlyError, ValidationError, or_none
from dangjian_desktop.domain.meetings import (
    AMENDABLE_FIELDS,
    BUILTIN_TEMPLATES,
    AgendaTemplate,
    Amendment,
    Attachment,
    Attendee,
    Meeting,
    MeetingFilter,
    MeetingStatus,
    MeetingSummary,
    MeetingType,
    Scope,
    SigninRow,
    check_meeting,
    had_vote_on,
)
from dangjian_desktop.domain.progress import Progress
from dangjian_desktop.domain.participation import (
    InactivityWarning,
    MemberAttendance,
    attendance_rates,
    inactivity_warnings,
)
from dangjian_desktop.domain.reminders import Reminder, Urgency
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.domain.search import SearchHit, make_snippets, search_terms
from dangjian_desktop.domain.validation import clean_fields, clean_text
from dangjian_desktop.services.attachments import AttachmentService
from dangjian_desktop.services.audit import OPERATOR_KEY, AuditService, current_user
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.services.rules_setting import RulesInSettings
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import meetings as repo
from dangjian_desktop.storage.repos import settings

if TYPE_CHECKING:
    from dangjian_desktop.services.search_index import SearchIndexService
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

SORT_KEYS = repo.SORT_KEYS

RULES_KEY = "meetings.rules"
LOCKED_MESSAGE = "该会议记录已定稿，不能直接修改。如需更正，请使用“登记更正”，原记录会保留。"


class MeetingService(RulesInSettings[ComplianceRules], key=RULES_KEY):
    def __init__(self, store: Store, branches: BranchService, roster: RosterService, audit: AuditService,
                 files: AttachmentService | None = None, search_index: SearchIndexService | None = None):
        self.store = store
        self.branches = branches
        self.roster = roster
        self.audit = audit
        self.files = files or AttachmentService(store.paths.attachments)
        from dangjian_desktop.services.search_index import SearchIndexService

        self.search_index = search_index or SearchIndexService(store)

    # -- rules -----------------------------------------------------------------------------------------------------
    def save_rules(self, rules: ComplianceRules) -> ComplianceRules:
        if not 30 <= rules.inactivity_warning_days <= 175:
            raise ValidationError("提前提醒天数应在30到175天之间（六个月约为183天）")
        if rules.secretary_lectures_per_year < 0 or any(r.count < 1 for r in rules.rules):
            raise ValidationError("次数不能小于1")
        return self._put_rules(rules)

    # -- reading ---------------------------------------------------------------------------------------------------
    def list(self, flt: MeetingFilter | None = None) -> list[MeetingSummary]:
        """Every matching meeting, newest first (CLI, 年鉴, export of the whole list)."""
        return repo.list_meetings(flt or MeetingFilter())

    def page(self, flt: MeetingFilter | None = None, offset: int = 0, limit: int = 200, sort: str = "date",
             descending: bool = True) -> list[MeetingSummary]:
        """One page of the meeting list: ``limit`` rows from ``offset`` in the order of ``sort`` (one of
        ``SORT_KEYS``: date, types, title, group, host, attendance, attachments, status), ties newest first.
        At headquarters a filter can match tens of thousands of meetings; the list screen fetches pages."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}")
        return repo.list_meetings(flt or MeetingFilter(), max(0, offset), max(1, limit), sort, descending)

    def count_matching(self, flt: MeetingFilter | None = None) -> int:
        """How many meetings ``page`` can return for this filter."""
        return repo.count_meetings(flt or MeetingFilter())

    def years(self, today: dt.date | None = None) -> list[int]:
        today = today or clock.today()
        return sorted(set(repo.years()) | {today.year}, reverse=True)

    def get(self, meeting_uuid: str) -> Meeting:
        return repo.get_meeting(meeting_uuid)

    def resolve(self, id_or_prefix: str) -> str:
        """The UUID of a meeting given its UUID or a unique prefix of it (CLI)."""
        found = repo.resolve_prefix(id_or_prefix)
        if not found:
            raise NotFoundError(f"找不到编号为“{id_or_prefix}”的会议记录。可用 `dangjian meetings list` 查看编号。")
        if len(found) > 1:
            raise ValidationError(f"编号“{id_or_prefix}”对应多条会议记录，请多输入几位。")
        return found[0]

    def count(self) -> int:
        return repo.count()

    # -- 应到 --------------------------------------------------------------------------------------------------------
    def expected_attendees(self, day: dt.date, scope: Scope, group_uuid: str | None = None) -> list[Attendee]:
        """Who should attend on ``day``: the roster as of that date (services.roster.members_on), narrowed to
        the 支委 or one 党小组. Members who transferred out before ``day`` are not in it; those who left later are."""
        members = self.roster.members_on(day)
        if scope is Scope.COMMITTEE:
            branch = self.branches.profile()
            seats = branch.committee if branch else []
            by_uuid = {m.uuid: m for m in members}
            out = []
            by_name: dict[str, list] = {}
            for mem in members:
                by_name.setdefault(mem.name, []).append(mem)
            for s in seats:
                m = by_uuid.get(s.member_uuid) if s.member_uuid else None
                if m is None and not s.member_uuid and len(by_name.get(s.name, [])) == 1:
                    m = by_name[s.name][0]  # typed by name before the roster was entered: the member of that name
                if m is not None:
                    out.append(Attendee(m.name, m.uuid, had_vote_on(m.category is MemberCategory.FULL,
                                                                    m.full_member_on, day)))
                elif not s.member_uuid and s.name:
                    out.append(Attendee(s.name, None, True))
            return out
        if scope is Scope.GROUP:
            members = [m for m in members if group_uuid and m.group_uuid == group_uuid]
        return [Attendee(m.name, m.uuid, had_vote_on(m.category is MemberCategory.FULL, m.full_member_on, day))
                for m in members]

    def regenerate_committee_drafts(self) -> list[str]:
        """The 支委会 changed: every draft meeting of the committee gets its 应到 list again from the seats as they
        are now (people still listed keep their tick and absence reason; new ones are ticked present, as in a new
        record). Finalised records keep the list they were finalised with. Call inside the transaction that saved
        the committee. Returns the UUIDs of the meetings whose list changed."""
        changed = []
        for uuid in repo.drafts_with_scope(Scope.COMMITTEE.value):
            m = repo.get_meeting(uuid)
            old = {(a.member_uuid, a.name): a for a in m.attendees}
            fresh = self.expected_attendees(m.date, Scope.COMMITTEE)
            for a in fresh:
                prev = old.get((a.member_uuid, a.name))
                if prev is not None:
                    a.present, a.reason, a.reason_text = prev.present, prev.reason, prev.reason_text
            if [(a.member_uuid, a.name, a.has_vote) for a in fresh] == [(a.member_uuid, a.name, a.has_vote)
                                                                       for a in m.attendees]:
                continue
            m.attendees = fresh
            branch = self.branches.profile()
            repo.save_meeting(m, branch.uuid if branch else None)
            changed.append(uuid)
        if changed:
            log.info("committee changed: attendance of %d draft meeting(s) regenerated", len(changed))
        return changed

    def new_meeting(self, types: list[MeetingType], day: dt.date, scope: Scope | None = None,
                    group_uuid: str | None = None) -> Meeting:
        """A blank record with 应到 filled in (everyone ticked present); not saved."""
        if scope is None:
            scope = (Scope.GROUP if MeetingType.GROUP in types else
                     Scope.COMMITTEE if MeetingType.COMMITTEE in types else Scope.BRANCH)
        m = Meeting(types=list(types), date=day, scope=scope, group_uuid=group_uuid)
        if group_uuid:
            m.group_name = next((g.name for g in self.branches.groups() if g.uuid == group_uuid), "")
        m.attendees = self.expected_attendees(day, scope, group_uuid)
        return m

    def check(self, m: Meeting, today: dt.date | None = None) -> list[Issue]:
        return check_meeting(m, today or clock.today())

    # -- writing ---------------------------------------------------------------------------------------------------
    def _clean(self, m: Meeting) -> Meeting:
        clean_fields(m, title=300, place=200, host=50, recorder=50, lecturer=50, lecture_topic=300, observers=2000,
                     minutes=500_000, resolutions=50_000)
        m.types = list(dict.fromkeys(m.types))
        for a in m.attendees:
            clean_fields(a, name=50, reason_text=300)
            if a.present:
                a.reason, a.reason_text = None, ""
        for item in m.agenda:
            clean_fields(item, title=500, note=20_000)
        for v in m.votes:
            v.subject = clean_text(v.subject, 500)
        if m.scope is not Scope.GROUP:
            m.group_uuid, m.group_name = None, ""
        return m

    def save(self, m: Meeting, today: dt.date | None = None) -> Meeting:
        """Save a draft (new or changed). Rule warnings do not block saving; errors do."""
        m = self._clean(m)
        refused = errors(check_meeting(m, today or clock.today()))
        if refused:
            raise ValidationError("", [(i.field, i.message) for i in refused])
        with self.store.atomic():
            if m.uuid:
                current = or_none(repo.get_meeting, m.uuid)
                if current is not None and current.is_final:
                    raise ReadOnlyError(LOCKED_MESSAGE)
            m.status, m.finalized_at = MeetingStatus.DRAFT, None
            branch = self.branches.profile()
            uuid = repo.save_meeting(m, branch.uuid if branch else None)
            return repo.get_meeting(uuid)

    def finalise(self, meeting_uuid: str, today: dt.date | None = None) -> Meeting:
        """定稿: lock the record. Refused while a rule that blocks 定稿 is broken (e.g. no 记录人)."""
        with self.store.atomic():
            m = repo.get_meeting(meeting_uuid)
            if m.is_final:
                return m
            blocking = [i for i in check_meeting(m, today or clock.today())
                        if i.severity is Severity.ERROR or i.blocks_final]
            if blocking:
                raise ValidationError("还不能定稿：" + "；".join(i.message for i in blocking),
                                      [(i.field, i.message) for i in blocking])
            at = clock.utcnow()
            repo.set_status(meeting_uuid, MeetingStatus.FINAL, at)
            self.audit.record("meeting", meeting_uuid, "finalise", f"{m.types_text} {m.date:%Y-%m-%d} 会议记录定稿")
            return repo.get_meeting(meeting_uuid)

    def current_value(self, m: Meeting, field: str) -> str:
        """The text of an amendable field as it stands now (the latest amendment of it, else the record)."""
        for a in reversed(m.amendments):
            if a.field == field:
                return a.new_value
        return original_value(m, field)

    def amend(self, meeting_uuid: str, field: str, new_value: str, reason: str,
              on: dt.date | None = None, who: str | None = None) -> Meeting:
        """A dated correction of a finalised record; the record is kept as it was and the audit trail notes it.
        ``who`` (登记人) is remembered as the app's operator for later corrections."""
        if field not in AMENDABLE_FIELDS:
            raise ValidationError(f"不能更正“{field}”，可更正：{'、'.join(AMENDABLE_FIELDS)}")
        new_value = clean_text(new_value, 500_000)
        reason = clean_text(reason, 2000)
        if not reason:
            raise ValidationError("请写明更正原因")
        if not new_value:
            raise ValidationError("请填写更正后的内容")
        on = on or clock.today()
        with self.store.atomic():
            m = repo.get_meeting(meeting_uuid)
            if not m.is_final:
                raise ValidationError("草稿可以直接修改，不需要登记更正。")
            if on < m.date:
                raise ValidationError("更正日期不能早于会议日期")
            old = self.current_value(m, field)
            if old == new_value:
                raise ValidationError("更正后的内容与现有内容相同")
            who = clean_text(who or "", 50)
            if who:
                settings.put(OPERATOR_KEY, who)
            who = who or current_user()
            repo.add_amendment(meeting_uuid, Amendment(on, field, old, new_value, reason, who))
            self.audit.record("meeting", meeting_uuid, "amend", f"更正“{field}”：{reason}", {field: (old, new_value)},
                              who=who)
            return repo.get_meeting(meeting_uuid)

    def delete(self, meeting_uuid: str) -> None:
        """Delete a draft. A finalised record cannot be deleted."""
        with self.store.atomic():
            m = repo.get_meeting(meeting_uuid)
            if m.is_final:
                raise ReadOnlyError("已定稿的会议记录不能删除。")
            repo.delete_meeting(meeting_uuid)

    # -- attachments -------------------------------------------------------------------------------------------------
    def attachment_path(self, att: Attachment) -> Path:
        return self.files.path_of(_stored(att))

    def add_attachment(self, meeting_uuid: str, source: Path | str) -> Attachment:
        """Copy a photo or scan into the data folder's attachments/ (content-addressed through the shared
        AttachmentService: the same file is stored once, whichever record it belongs to)."""
        self.store.require_writable()
        repo.get_meeting(meeting_uuid)  # a missing meeting fails before anything is copied
        stored = self.files.add(Path(source))
        att = Attachment(stored.sha256, clean_text(stored.name, 255) or f"附件{stored.suffix}", stored.size)
        with self.store.atomic():
            m = repo.get_meeting(meeting_uuid)
            saved = repo.add_attachment(meeting_uuid, att)
            if m.is_final:
                self.audit.record("meeting", meeting_uuid, "attach", f"定稿后添加附件：{att.name}")
        return saved

    def remove_attachment(self, meeting_uuid: str, attachment_uuid: str) -> None:
        """Unlink an attachment from a draft. The stored file stays: other records (pledges, inspections,
        another meeting) may hold the same content, and a package may already have referenced it."""
        with self.store.atomic():
            m = repo.get_meeting(meeting_uuid)
            if m.is_final:
                raise ReadOnlyError("已定稿的会议记录不能删除附件。")
            repo.remove_attachment(attachment_uuid)

    # -- agenda templates ---------------------------------------------------------------------------------------------
    def templates(self) -> list[AgendaTemplate]:
        stored = repo.list_templates()
        names = {t.name for t in stored}
        return [t for t in BUILTIN_TEMPLATES if t.name not in names] + stored

    def save_template(self, t: AgendaTemplate) -> AgendaTemplate:
        t.name = clean_text(t.name, 100)
        if not t.name:
            raise ValidationError("请填写模板名称")
        t.items = [replace(i, title=clean_text(i.title, 500), note=clean_text(i.note, 20_000))
                   for i in t.items if i.title.strip()]
        if not t.items:
            raise ValidationError("模板中至少要有一个议题")
        with self.store.atomic():
            return repo.save_template(t)

    def delete_template(self, template_uuid: str) -> None:
        with self.store.atomic():
            repo.delete_template(template_uuid)

    # -- finding ------------------------------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Full text over topics, agenda and minutes. Every term must occur; matches come back highlighted."""
        terms = search_terms(clean_text(query, 200))
        if not terms:
            return []
        self.search_index.catch_up_before_search()  # a long queue is the worker's: search_index_pending() says so
        out = []
        for uuid, date, types, title, text in repo.search(terms, limit):
            snippets = make_snippets(text, terms)
            ts = tuple(MeetingType(t) for t in types.split("|") if t in MeetingType._value2member_map_)
            out.append(SearchHit(uuid, date, ts, title or text.split("\n", 1)[0][:60],
                                 tuple(tuple(s) for s in snippets)))
        return out

    def search_index_pending(self) -> bool:
        """Whether meetings wait to be indexed (after a headquarters import): a search may miss them meanwhile."""
        return repo.index_pending() > 0

    # -- compliance and participation ---------------------------------------------------------------------------------
    @snapshot_cached
    def compliance(self, year: int, today: dt.date | None = None, *, final_only: bool = False) -> ComplianceReport:
        """The year's meetings against the rules. ``final_only``: only finalised records count as held (the
        年度台账 and the 记录本 are formal records; the 会议 page and 首页 count drafts as held too)."""
        today = today or clock.today()
        if not 2000 <= year <= today.year + 1:  # as the ledger: a mistyped year, not 70 "missing" meetings
            raise ValidationError(f"年度“{year}”不在可查询的范围内（2000年至{today.year + 1}年）。")
        held = self.held_for_year(year, today, final_only)
        groups = [(g.uuid, g.name) for g in self.branches.groups() if g.uuid]
        branch = self.branches.profile()
        rules = self.rules()
        since = counting_since(branch.founded_on if branch else None, rules.records_since)
        return compliance_report(year, rules, held, groups, today, branch.secretary_name if branch else "", since)

    def held_for_year(self, year: int, today: dt.date, final_only: bool) -> list[HeldMeeting]:
        """The meetings that count for ``year``: those held in it, less those a kind assigns to another 年度 (last
        year's 组织生活会 held in January), plus those of next year assigned to this one."""
        years: dict[str, int] = {}
        for path in features.paths("meeting_years"):
            years.update(features.load(path)())
        held = repo.held_meetings(dt.date(year, 1, 1), min(dt.date(year + 1, 12, 31), today), final_only)
        out = []
        for h in held:
            counts_for = years.get(h.uuid)
            if counts_for is not None and counts_for != h.date.year:
                h = h._replace(counts_for=counts_for)
            if h.year == year:
                out.append(h)
        return out

    def set_records_since(self, day: dt.date | None) -> ComplianceRules:
        """从何时起检查缺漏 (first start sets the first day of the month the records begin; 设置 › 会议规则 edits it)."""
        rules = self.rules()
        rules.records_since = day
        return self.save_rules(rules)

    @snapshot_cached
    def attendance(self, year: int, *, final_only: bool = False) -> list[MemberAttendance]:
        """Per member: how many meetings of ``year`` they should have attended, and did (``final_only``: as the
        finalised records say)."""
        members = [m for m in self.roster.members(MemberFilter(include_inactive=True))
                   if m.on_roster_at(dt.date(year, 12, 31)) or m.on_roster_at(dt.date(year, 1, 1))
                   or (m.status_date and m.status_date.year == year)]
        records = repo.participation(dt.date(year, 1, 1), dt.date(year, 12, 31), final_only)
        rates = attendance_rates([(m.uuid or "", m.name, m.group_name) for m in members], records, year)
        return [r for r in rates if r.expected or any(m.uuid == r.member_uuid and m.status is MemberStatus.ACTIVE
                                                      for m in members)]

    @snapshot_cached
    def inactivity(self, today: dt.date | None = None) -> list[InactivityWarning]:
        """Active members approaching six months without organisational life, with the dates to check."""
        today = today or clock.today()
        members = self.roster.members(MemberFilter())
        since = [(m.uuid or "", m.name, m.group_name,
                  max((d for d in (m.joined_branch_on, m.joined_party_on) if d), default=None)) for m in members]
        records = repo.participation(dt.date(today.year - 2, 1, 1), today)
        return inactivity_warnings(since, records, today, self.rules(), repo.first_meeting_date())

    # -- printing -------------------------------------------------------------------------------------------------------
    def _branch_for_print(self):  # noqa: ANN202
        return self.branches.require_profile()

    def minutes_pdf(self, meeting_uuid: str, out: Path | str) -> Path:
        """会议记录 of one meeting, laid out like a page of the 三会一课记录本."""
        from dangjian_desktop.reports.minutes import build_minutes_pdf

        branch = self._branch_for_print()
        m = repo.get_meeting(meeting_uuid)
        return build_minutes_pdf(out, branch, [m])

    def minutes_book_pdf(self, year: int, out: Path | str, *, today: dt.date | None = None,
                         progress: Progress | None = None) -> Path:
        """会议记录本 of a year: cover, contents, each record on a new page (planned meetings left out).
        ``progress`` hears 「第 n / N 次会议记录」 while the pages are laid out and may cancel (nothing written)."""
        from dangjian_desktop.reports.minutes import build_minutes_book_pdf

        branch = self._branch_for_print()
        final, drafts = self.year_records(year, today)
        if not final:
            more = f"（另有{drafts}次尚未定稿的草稿：定稿后即可收入记录本）" if drafts else ""
            raise ValidationError(f"{year}年还没有会议记录定稿，无法生成会议记录本{more}。")
        return build_minutes_book_pdf(out, branch, year, repo.get_meetings(final), drafts_left_out=drafts,
                                      progress=progress)

    def year_minutes_pdfs(self, year: int, folder: Path | str, *, today: dt.date | None = None,
                          progress: Progress | None = None) -> list[Path]:
        """Each finalised 会议记录 of ``year`` as its own PDF in ``folder``, in date order (numbered file names):
        the whole year's records printed as one job, each record starting on a new sheet. ``progress`` hears
        「第 n / N 次会议记录」 before each (a cancel there leaves only whole PDFs in ``folder``)."""
        from dangjian_desktop.reports.minutes import build_minutes_pdf

        branch = self._branch_for_print()
        final, drafts = self.year_records(year, today)
        if not final:
            more = f"（另有{drafts}次尚未定稿的草稿）" if drafts else ""
            raise ValidationError(f"{year}年还没有会议记录定稿，没有可打印的会议记录{more}。")
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        records = repo.get_meetings(final)
        made = []
        for i, m in enumerate(records, 1):
            if progress is not None:
                progress(i - 1, len(records), f"第 {i} / {len(records)} 次会议记录")
            made.append(build_minutes_pdf(folder / f"{i:03d}_{m.date:%Y%m%d}.pdf", branch, [m]))
        return made

    def year_records(self, year: int, today: dt.date | None = None) -> tuple[list[str], int]:
        """The finalised meetings of ``year`` up to today, in date order, and how many drafts of that time there
        are besides: what the 记录本 prints and the 年度台账 counts (both the same figure)."""
        last = min(dt.date(year, 12, 31), today or clock.today())
        everything = repo.meetings_between(dt.date(year, 1, 1), last)
        final = repo.meetings_between(dt.date(year, 1, 1), last, final_only=True)
        return final, len(everything) - len(final)

    def signin_pdf(self, meeting_uuid: str, out: Path | str) -> Path:
        """签到表 for a meeting: its 应到 list with an empty signature column (recomputed from the roster for a
        planned meeting that has no attendance yet)."""
        from dangjian_desktop.reports.minutes import build_signin_pdf

        branch = self._branch_for_print()
        m = repo.get_meeting(meeting_uuid)
        people = m.attendees or self.expected_attendees(m.date, m.scope, m.group_uuid)
        groups = {mem.uuid: mem.group_name for mem in self.roster.members(MemberFilter(include_inactive=True))}
        rows = [SigninRow(a.name, groups.get(a.member_uuid or "", ""),
                                      "正式党员" if a.has_vote else "预备党员") for a in people]
        return build_signin_pdf(out, branch, m, rows)


def _stored(att: Attachment) -> StoredFile:
    ext = att.extension
    return StoredFile(att.sha256, f".{ext}" if ext and ext.isalnum() else "", att.name, att.size)


def original_value(m: Meeting, field: str) -> str:
    """An amendable field of the record as it was finalised, as text."""
    if field == "会议记录":
        return m.minutes
    if field == "决议":
        return m.resolutions
    if field == "议题":
        return "\n".join(f"{i}. {a.title}" + ("（第一议题）" if a.first_topic else "")
                         for i, a in enumerate(m.agenda, start=1))
    if field == "出席情况":
        absent = "、".join(f"{a.name}（{a.absence_text}）" for a in m.absent) or "无"
        return f"应到{m.expected}人，实到{len(m.present)}人；缺席：{absent}；列席：{m.observers or '无'}"
    if field == "表决":
        return "\n".join(f"{v.subject}：赞成{v.yes}，反对{v.no}，弃权{v.abstain}" for v in m.votes)
    if field == "时间地点":
        return f"{m.date:%Y-%m-%d} {m.time_text} {m.place}".strip()
    if field == "主持人/记录人":
        return f"主持人：{m.host}；记录人：{m.recorder}"
    return ""


# -- reminders on 首页 -----------------------------------------------------------------------------------------------


def meeting_reminders(services: Services, today: dt.date) -> list[Reminder]:
    out: list[Reminder] = []
    if services.branch.profile() is None:
        return out
    svc = services.meetings
    # in a year's first quarter its own calendar is nearly empty, while last year's last periods (Oct–Dec, Q4,
    # 下半年, 全年) ended only weeks ago: remind of those gaps too
    if today.month <= 3:
        recent = dt.date(today.year - 1, 10, 1)
        for row in svc.compliance(today.year - 1, today).rows:
            missing = [p for p in row.missing if p.end >= recent]
            if missing:
                labels = "、".join(f"{today.year - 1}年{p.label}" for p in missing)
                out.append(Reminder(
                    "meeting_missing", f"{row.label}：{labels}没有记录",
                    f"按规定{row.period.value}应召开{row.label}。如已召开请补录会议记录。",
                    missing[-1].end, Urgency.OVERDUE, page="meetings", record_kind="compliance",
                    record_uuid=str(today.year - 1)))
    report = svc.compliance(today.year, today)
    for row in report.rows:
        missing = row.missing
        if missing:
            labels = "、".join(p.label for p in missing)
            out.append(Reminder(
                "meeting_missing", f"{row.label}：{labels}没有记录",
                f"按规定{row.period.value}应召开{row.label}。如已召开请补录会议记录；未召开的请尽快安排。",
                missing[-1].end, Urgency.OVERDUE, page="meetings", record_kind="compliance",
                record_uuid=str(today.year)))
        for p in row.periods:
            if p.status.value == "待开" and p.start <= today <= p.end:
                days = (p.end - today).days
                out.append(Reminder(
                    "meeting_due", f"{row.label}：{p.label}尚未召开（截至{p.end:%m月%d日}）",
                    f"{row.period.value}应召开{row.label}，本期还剩{days}天。", p.end,
                    Urgency.SOON if p.end.month == today.month else Urgency.INFO, page="meetings",
                    record_kind="compliance", record_uuid=str(today.year)))
    for w in svc.inactivity(today):
        last = f"最近一次参加组织生活：{w.last_participation:%Y年%m月%d日}" if w.last_participation else (
            f"自{w.since:%Y年%m月%d日}起没有参加组织生活的记录")
        absences = "；".join(f"{d:%m月%d日}{r}" for d, r in w.absences[-6:]) or "无缺席登记"
        if w.overdue:
            title = f"{w.name}已连续{w.days_without}天未参加组织生活"
            detail = (f"{last}，{w.deadline:%Y年%m月%d日}已满六个月。请核实原因（其间缺席：{absences}）。"
                      "按党章规定，无正当理由连续六个月不参加党的组织生活的，视为自行脱党。")
        else:
            title = f"{w.name}已{w.days_without}天未参加组织生活，{w.deadline:%Y年%m月%d日}满六个月"
            detail = f"{last}。请在{w.deadline:%Y年%m月%d日}前安排其参加组织生活并了解情况（其间缺席：{absences}）。"
        out.append(Reminder("member_inactive", title, detail, w.deadline,
                            Urgency.OVERDUE if w.overdue else Urgency.SOON, page="meetings", record_kind="member",
                            record_uuid=w.member_uuid))
    return out


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    """A year of realistic meetings with a few deliberate gaps (see services/meetings_demo.py)."""
    from dangjian_desktop.services.meetings_demo import demo as add_demo_year

    add_demo_year(services, rng, today)

