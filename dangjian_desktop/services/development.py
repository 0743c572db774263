"""发展党员: one record per person from 入党申请 to 转正 — 25 dated steps, the people, the meetings, the checks —
and the roster kept in step: at step 17 (accepted at the 大会 and approved) the person is put on the roster as
预备党员 with 入党日期 = the 大会 date; at step 24 the member becomes 正式党员 (转正日期 = the 大会 date of step 23,
or the day probation ends when 设置 says so). The roster is written only through RosterService (its validation),
with an audit entry on the member (services/development_roster.py).

Reminders (services/development_ledger.py): for a member with an open 发展党员 record this kind owns the 转正
reminders (it knows an extension, the application and the approval deadline); services/reminders.py leaves such
members out of its plain 预备期满 reminder (``probation_tracked``) and keeps it for 预备党员 without a record
(typed or imported into the roster).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop import clock
from dangjian_desktop.domain import idcard
from dangjian_desktop.domain import development as dev
from dangjian_desktop.domain.development_rules import (
    Duty,
    Finding,
    Progress,
    VoteFacts,
    check_case,
    open_duties,
    progress,
    vote_facts,
)
from dangjian_desktop.domain.enums import MemberStatus
from dangjian_desktop.domain.errors import NotFoundError, ValidationError, or_none
from dangjian_desktop.domain.meetings import AgendaItem, Meeting, MeetingFilter, MeetingSummary, MeetingType, Vote
from dangjian_desktop.domain.roster import Member, MemberFilter
from dangjian_desktop.domain.validation import EARLIEST, clean_text, looks_like_formula
from dangjian_desktop.services.development_roster import sync_roster
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.services.rules_setting import MeetingBackedKind
from dangjian_desktop.storage.repos import development as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

RULES_KEY = "development.rules"
_PHONE_CHARS = set("0123456789+-() ")


@dataclass(frozen=True)
class CaseSummary:
    """A line of the pipeline: where the person stands, what is next and by when."""

    uuid: str
    name: str
    applied_on: dt.date
    group_name: str
    status: dev.CaseStatus
    standing: dev.Standing
    progress: Progress
    duties: tuple[Duty, ...]
    findings: int

    @property
    def next_title(self) -> str:
        n = self.progress.next_step
        return f"第{n}步 {dev.STEP[n].name}" if n else ""

    def as_dict(self) -> dict[str, object]:
        """``dangjian development list --json``: exactly these keys."""
        p = self.progress
        return {"name": self.name, "stage": int(p.stage), "last_step": p.last_step, "next_step": p.next_step,
                "due": p.due.isoformat() if p.due else None, "overdue": p.overdue}


@dataclass
class Saved:
    """A saved case and what happened to the roster because of it (shown to the user)."""

    case: dev.Case
    notes: list[str] = field(default_factory=list)


class DevelopmentService(MeetingBackedKind[dev.DevelopmentRules], key=RULES_KEY):
    # -- rules ---------------------------------------------------------------------------------------------------
    def save_rules(self, rules: dev.DevelopmentRules) -> dev.DevelopmentRules:
        problems = rules.problems()
        if problems:
            raise ValidationError("", problems)
        return self._put_rules(rules)

    # -- reading -------------------------------------------------------------------------------------------------
    @snapshot_cached
    def cases(self) -> list[dev.Case]:
        b = self.branches.profile()
        return repo.list_cases(b.uuid) if b and b.uuid else []

    def case(self, case_uuid: str) -> dev.Case:
        return repo.get_case(case_uuid)

    def find(self, name: str) -> dev.Case:
        """The case of the person named ``name`` (the open one when several share the name)."""
        name = clean_text(name, 50)
        found = [c for c in self.cases() if c.name == name]
        if len(found) > 1:
            found = [c for c in found if c.status is dev.CaseStatus.ACTIVE] or found
        if not found:
            raise NotFoundError(f"没有名为“{name}”的发展党员记录。")
        if len(found) > 1:
            dates = "、".join(f"{c.applied_on:%Y-%m-%d}" for c in found)
            raise ValidationError(f"有{len(found)}条名为“{name}”的发展党员记录（申请日期{dates}），请在程序中打印。")
        return found[0]

    def summaries(self, today: dt.date | None = None, include_closed: bool = True) -> list[CaseSummary]:
        today = today or clock.today()
        rules = self.rules()
        cases = self.cases()
        members, meetings = self._context(cases)
        out = []
        for c in cases:
            if not include_closed and c.status is not dev.CaseStatus.ACTIVE:
                continue
            findings = check_case(c, rules, today, members=members, meetings=meetings,
                                  other_names=self._others(cases, c))
            out.append(CaseSummary(c.uuid or "", c.name, c.applied_on, c.group_name, c.status, c.standing_on(today),
                                   progress(c, rules, today), tuple(open_duties(c, rules)), len(findings)))
        return out

    def check(self, case: dev.Case, today: dt.date | None = None) -> list[Finding]:
        """The checks of one record as it stands (also for an unsaved one being edited)."""
        cases = self.cases()
        members, meetings = self._context([*cases, case])
        return check_case(case, self.rules(), today or clock.today(), members=members, meetings=meetings,
                          other_names=self._others(cases, case))

    def checks(self, cases: list[dev.Case], today: dt.date | None = None) -> list[list[Finding]]:
        """``check`` of each of ``cases`` (saved records), the store read once for all of them (the year's
        ledger checks every case it lists)."""
        saved = self.cases()
        members, meetings = self._context([*saved, *cases])
        rules, today = self.rules(), today or clock.today()
        return [check_case(case, rules, today, members=members, meetings=meetings,
                           other_names=self._others(saved, case)) for case in cases]

    def _others(self, cases: list[dev.Case], case: dev.Case) -> list[str]:
        return [c.name for c in cases if c.uuid != case.uuid and c.status is dev.CaseStatus.ACTIVE]

    def _context(self, cases: list[dev.Case]) -> tuple[dict[str, Member], dict[str, Meeting]]:
        members = {m.uuid or "": m for m in self.roster.members(MemberFilter(include_inactive=True))}
        wanted = {s.meeting_uuid for c in cases for s in c.steps.values() if s.meeting_uuid}
        meetings = {}
        for uuid in wanted:
            if (m := or_none(self.meetings.get, uuid)) is not None:
                meetings[uuid] = m
        return members, meetings

    def vote(self, case: dev.Case, number: int) -> VoteFacts | None:
        """What the 大会 linked to step ``number`` says about this person (None: no meeting linked or found)."""
        rec = case.steps.get(number)
        if rec is None or not rec.meeting_uuid:
            return None
        m = or_none(self.meetings.get, rec.meeting_uuid)
        if m is None:
            return None
        return vote_facts(m, case.name, self._others(self.cases(), case), "转正" if number == dev.CONVERSION_VOTE else "")

    def vote_for(self, case: dev.Case, number: int, meeting_uuid: str | None) -> VoteFacts | None:
        """What a (not yet linked) 大会 record says about this person: shown while the step is being typed."""
        if not meeting_uuid:
            return None
        m = or_none(self.meetings.get, meeting_uuid)
        if m is None:
            return None
        return vote_facts(m, case.name, self._others(self.cases(), case), "转正" if number == dev.CONVERSION_VOTE else "")

    def timeline(self, case: dev.Case, today: dt.date | None = None) -> dev.RecordSheet:
        """The 25 steps as the page and the 全程纪实表 show them, with what the checks found."""
        from dangjian_desktop.services.development_ledger import record_sheet

        return record_sheet(self, case, today or clock.today())

    # -- printing --------------------------------------------------------------------------------------------------
    def record_pdf(self, case_uuid: str, out: Path | str, today: dt.date | None = None) -> Path:
        """发展党员全程纪实表 of one person."""
        from dangjian_desktop.services.development_ledger import record_pdf

        return record_pdf(self, case_uuid, Path(out), today)

    def assessment_pdf(self, case_uuid: str, out: Path | str, today: dt.date | None = None) -> Path:
        """培养考察登记表 of one person (every half-yearly assessment)."""
        from dangjian_desktop.services.development_ledger import assessment_pdf

        return assessment_pdf(self, case_uuid, Path(out), today)

    def notice_pdf(self, case_uuid: str, publicity_uuid: str, out: Path | str) -> Path:
        """The 公示 text of a 公示 (everyone in the same 公示 on one notice)."""
        from dangjian_desktop.services.development_ledger import notice_pdf

        return notice_pdf(self, case_uuid, publicity_uuid, Path(out))

    def list_pdf(self, year: int, out: Path | str, today: dt.date | None = None) -> Path:
        """The year's 发展党员工作名册."""
        from dangjian_desktop.services.development_ledger import list_pdf

        return list_pdf(self, year, Path(out), today)

    def meeting_title(self, meeting_uuid: str | None) -> str:
        if not meeting_uuid:
            return ""
        m = or_none(self.meetings.get, meeting_uuid)
        if m is None:
            return "（会议记录已删除）"
        return f"{m.date:%Y-%m-%d} {m.display_title}"

    # -- writing: the person -------------------------------------------------------------------------------------
    TEXT_LIMITS = {"name": (30, "姓名"), "position": (100, "岗位/职务"), "phone": (30, "联系电话"),
                   "education": (20, "学历"), "ethnicity": (20, "民族"), "note": (2000, "备注")}

    def _clean_person(self, c: dev.Case) -> list[tuple[str, str]]:
        for f, (limit, _label) in self.TEXT_LIMITS.items():
            setattr(c, f, clean_text(getattr(c, f), limit))
        c.id_number = idcard.normalize(c.id_number)
        p: list[tuple[str, str]] = []
        today = clock.today()
        if not c.name:
            p.append(("name", "请填写姓名"))
        elif looks_like_formula(c.name):
            p.append(("name", "姓名像是Excel公式，请填写姓名文字"))
        if c.applied_on is None:
            p.append(("applied_on", "请填写递交入党申请书的日期"))
        elif c.applied_on < EARLIEST or c.applied_on > today:
            p.append(("applied_on", "申请日期不合理（不能晚于今天）"))
        if c.gender and c.gender not in ("男", "女"):
            p.append(("gender", "性别应为“男”或“女”"))
        if c.birth_date and (c.birth_date.year < 1900 or c.birth_date > today):
            p.append(("birth_date", "出生日期不合理"))
        if c.id_number:
            reason = idcard.validate(c.id_number)
            if reason:
                p.append(("id_number", reason))
            else:
                born = idcard.birth_date(c.id_number)
                if c.birth_date and born and c.birth_date != born:
                    p.append(("birth_date", f"出生日期与身份证号不一致（身份证号中为{born:%Y年%m月%d日}）"))
                if c.gender and idcard.gender(c.id_number) != c.gender:
                    p.append(("gender", "性别与身份证号不一致"))
        if c.phone and not set(c.phone) <= _PHONE_CHARS:
            p.append(("phone", "联系电话格式不正确"))
        return p

    PERSON_FIELDS = ("name", "applied_on", "gender", "ethnicity", "birth_date", "id_number", "education", "position",
                     "phone", "note")

    def save_case(self, c: dev.Case) -> Saved:
        """Save the person: a new record (with whatever steps it brings), or the person's fields of an existing one
        (its steps, people, assessments and 公示 as stored, not as they were when the form was opened). Step 1
        follows the application date."""
        c = copy.deepcopy(c)
        problems = self._clean_person(c)
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            b = self.branches.require_profile()
            if c.uuid:
                stored = repo.get_case(c.uuid)
                for f in self.PERSON_FIELDS:
                    setattr(stored, f, getattr(c, f))
                c = stored
            if c.id_number:
                dup = [x for x in self.cases() if x.id_number == c.id_number and x.uuid != c.uuid]
                if dup:
                    raise ValidationError("", [("id_number", f"身份证号与“{dup[0].name}”的发展党员记录重复")])
            first = c.steps.get(1)
            c.steps[1] = dev.StepRecord(1, c.applied_on, first.handler if first else dev.STEP[1].handler,
                                        first.result if first else "", None, first.note if first else "",
                                        None, first.uuid if first else None)
            return self._store(b.uuid or "", c)

    def delete_case(self, case_uuid: str) -> None:
        """Delete a record typed by mistake. A member it put on the roster stays there (members are never
        deleted); their 转正 is then reminded of by the roster again."""
        with self.store.atomic():
            repo.delete_case(case_uuid)

    # -- writing: steps --------------------------------------------------------------------------------------------
    def record_step(self, case_uuid: str, rec: dev.StepRecord, *, contacts: list[dev.Contact] | None = None,
                    training: dev.Training | None = None, group_uuid: str | None = None) -> Saved:
        """Record (or correct) one step. Steps 5 and 9 name their people, 11 the training, 19 the 党小组."""
        if rec.number not in dev.STEP:
            raise ValidationError(f"没有第{rec.number}步。")
        if rec.on is None:
            raise ValidationError("", [("on", "请填写日期")])
        today = clock.today()
        if rec.on > today:
            raise ValidationError("", [("on", f"日期{rec.on:%Y-%m-%d}在今天之后：步骤办理之后再登记")])
        if rec.on < EARLIEST:
            raise ValidationError("", [("on", "日期不合理")])
        rec = dev.StepRecord(rec.number, rec.on, clean_text(rec.handler, 200), clean_text(rec.result, 5000),
                             rec.passed if dev.STEP[rec.number].decision else None, clean_text(rec.note, 5000),
                             rec.meeting_uuid or None, rec.uuid)
        if dev.STEP[rec.number].decision and rec.passed is None:
            rec.passed = True
        with self.store.atomic():
            c = repo.get_case(case_uuid)
            old = c.steps.get(rec.number)
            rec.uuid = old.uuid if old else rec.uuid
            c.steps[rec.number] = rec
            if rec.number == 1:
                c.applied_on = rec.on
            if contacts is not None:
                role = dev.ContactRole.MENTOR if rec.number == 5 else dev.ContactRole.SPONSOR
                c.contacts = [x for x in c.contacts if x.role is not role] + self._clean_contacts(contacts, role,
                                                                                                  rec.on)
            if training is not None:
                c.training = self._clean_training(training)
            if group_uuid is not None:
                c.group_uuid = group_uuid or None
            return self._store(self._branch_uuid(), c)

    def clear_step(self, case_uuid: str, number: int) -> Saved:
        """Take back a step recorded by mistake (step 1, the application, stays)."""
        if number == 1:
            raise ValidationError("第1步（递交入党申请书）是记录的起点，不能清除；如申请日期有误请修改。")
        with self.store.atomic():
            c = repo.get_case(case_uuid)
            if number not in c.steps:
                raise ValidationError(f"第{number}步还没有登记。")
            del c.steps[number]
            return self._store(self._branch_uuid(), c)

    def _clean_contacts(self, contacts: list[dev.Contact], role: dev.ContactRole, on: dt.date) -> list[dev.Contact]:
        out = []
        for x in contacts:
            name = clean_text(x.name, 50)
            if not name:
                continue
            out.append(dev.Contact(role, name, x.member_uuid, x.since or on, x.until, x.uuid))
        return out

    def _clean_training(self, t: dev.Training) -> dev.Training:
        if t.days < 0 or t.hours < 0 or t.days > 366 or t.hours > 5000:
            raise ValidationError("", [("training", "培训天数或学时不合理")])
        if t.starts_on and t.ends_on and t.ends_on < t.starts_on:
            raise ValidationError("", [("training", "培训结束日期早于开始日期")])
        return dev.Training(t.starts_on, t.ends_on, round(float(t.days), 1), round(float(t.hours), 1),
                            clean_text(t.organiser, 200), clean_text(t.certificate, 100))

    def set_contacts(self, case_uuid: str, role: dev.ContactRole, contacts: list[dev.Contact]) -> Saved:
        """Replace the 培养联系人 (or 入党介绍人) list, e.g. when one is replaced (the old one gets ``until``)."""
        with self.store.atomic():
            c = repo.get_case(case_uuid)
            step = 5 if role is dev.ContactRole.MENTOR else 9
            c.contacts = [x for x in c.contacts if x.role is not role] + self._clean_contacts(
                contacts, role, c.on(step) or clock.today())
            return self._store(self._branch_uuid(), c)

    # -- writing: assessments, 公示, extension, closing -------------------------------------------------------------
    def save_assessment(self, case_uuid: str, a: dev.Assessment) -> Saved:
        if a.on is None or a.on > clock.today() or a.on < EARLIEST:
            raise ValidationError("", [("on", "请填写考察日期（不能晚于今天）")])
        a = dev.Assessment(a.on, clean_text(a.period, 30), clean_text(a.assessor, 100),
                           clean_text(a.performance, 10_000), clean_text(a.opinion, 5000), a.uuid)
        if not a.performance and not a.opinion:
            raise ValidationError("", [("performance", "请填写考察情况或考察意见")])
        return self._keep_entry(case_uuid, "assessments", a, lambda x: x.on)

    def delete_assessment(self, case_uuid: str, assessment_uuid: str) -> Saved:
        return self._drop_entry(case_uuid, "assessments", assessment_uuid)

    def save_publicity(self, case_uuid: str, p: dev.Publicity) -> Saved:
        if p.starts_on is None or p.ends_on is None:
            raise ValidationError("", [("starts_on", "请填写公示的起止日期")])
        if p.ends_on < p.starts_on:
            raise ValidationError("", [("ends_on", "公示结束日期早于开始日期")])
        p = dev.Publicity(p.kind, p.starts_on, p.ends_on, clean_text(p.outcome, 200), clean_text(p.note, 2000), p.uuid)
        return self._keep_entry(case_uuid, "publicity", p, lambda x: x.starts_on)

    def delete_publicity(self, case_uuid: str, publicity_uuid: str) -> Saved:
        return self._drop_entry(case_uuid, "publicity", publicity_uuid)

    def _keep_entry(self, case_uuid: str, part: str, entry: Any, when: Callable[[Any], Any]) -> Saved:
        """Save ``entry`` into the case's list ``part`` (assessments, publicity) in place of the one of its uuid,
        the list kept in ``when`` order."""
        with self.store.atomic():
            c = repo.get_case(case_uuid)
            kept = [x for x in getattr(c, part) if not (entry.uuid and x.uuid == entry.uuid)] + [entry]
            setattr(c, part, sorted(kept, key=when))
            return self._store(self._branch_uuid(), c)

    def _drop_entry(self, case_uuid: str, part: str, uuid: str) -> Saved:
        with self.store.atomic():
            c = repo.get_case(case_uuid)
            setattr(c, part, [x for x in getattr(c, part) if x.uuid != uuid])
            return self._store(self._branch_uuid(), c)

    def set_extension(self, case_uuid: str, ext: dev.Extension | None) -> Saved:
        """延长预备期 (decided by the 大会 when probation ended), or None to take it back."""
        if ext is not None:
            if ext.decided_on is None or ext.decided_on > clock.today():
                raise ValidationError("", [("decided_on", "请填写支部党员大会决定延长预备期的日期（不能晚于今天）")])
            if not 1 <= ext.months <= 24:
                raise ValidationError("", [("months", "延长的月数不合理")])
            ext = dev.Extension(ext.months, ext.decided_on, ext.meeting_uuid or None, ext.approved_on,
                                clean_text(ext.reason, 2000))
        with self.store.atomic():
            c = repo.get_case(case_uuid)
            if ext is not None and not c.admitted:
                raise ValidationError("还不是预备党员（第15、17步），不能延长预备期。")
            c.extension = ext
            return self._store(self._branch_uuid(), c)

    def close_case(self, case_uuid: str, status: dev.CaseStatus, on: dt.date, reason: str,
                   meeting_uuid: str | None = None) -> Saved:
        """终止 (withdrew, left, not accepted) or 取消预备党员资格 (by the 大会; the member leaves the roster)."""
        status = dev.CaseStatus(status)
        if status not in (dev.CaseStatus.STOPPED, dev.CaseStatus.CANCELLED):
            raise ValidationError("只能终止培养或取消预备党员资格。")
        if on is None or on > clock.today():
            raise ValidationError("", [("status_on", "请填写日期（不能晚于今天）")])
        reason = clean_text(reason, 2000)
        if not reason:
            raise ValidationError("", [("status_reason", "请写明原因")])
        with self.store.atomic():
            c = repo.get_case(case_uuid)
            if status is dev.CaseStatus.CANCELLED and not c.admitted:
                raise ValidationError("还不是预备党员，不能取消预备党员资格；不再培养的请选“终止培养”。")
            c.status, c.status_on, c.status_reason, c.status_meeting_uuid = status, on, reason, meeting_uuid
            saved = self._store(self._branch_uuid(), c)
            if status is dev.CaseStatus.CANCELLED and c.member_uuid:
                m = self.roster.member(c.member_uuid)
                if m.status is MemberStatus.ACTIVE:
                    self.roster.change_status(c.member_uuid, MemberStatus.LEFT, on, f"取消预备党员资格：{reason}")
                    saved.notes.append(f"已在党员名册中把{c.name}登记为“{MemberStatus.LEFT}”（取消预备党员资格）。")
            return saved

    def reopen_case(self, case_uuid: str) -> Saved:
        with self.store.atomic():
            c = repo.get_case(case_uuid)
            if c.status is dev.CaseStatus.ACTIVE:
                raise ValidationError("这条记录仍在培养中。")
            was = c.status
            c.status, c.status_on, c.status_reason, c.status_meeting_uuid = dev.CaseStatus.ACTIVE, None, "", None
            saved = self._store(self._branch_uuid(), c)
            if was is dev.CaseStatus.CANCELLED and c.member_uuid:
                m = self.roster.member(c.member_uuid)
                if m.status is MemberStatus.LEFT:
                    self.roster.change_status(c.member_uuid, MemberStatus.ACTIVE, clock.today(), "恢复发展党员记录")
            return saved

    # -- the meetings that decide steps --------------------------------------------------------------------------------
    def meetings_near(self, number: int, on: dt.date, days: int = 45) -> list[MeetingSummary]:
        """Meetings of the kind that decides step ``number`` within ``days`` of ``on``, nearest first."""
        kind = dev.STEP[number].meeting or MeetingType.ASSEMBLY
        found: dict[str, MeetingSummary] = {}
        for year in {(on - dt.timedelta(days=days)).year, on.year, (on + dt.timedelta(days=days)).year}:
            for s in self.meetings.list(MeetingFilter(year=year, type=kind)):
                if abs((s.date - on).days) <= days:
                    found[s.uuid] = s
        return sorted(found.values(), key=lambda s: (abs((s.date - on).days), s.date))

    def create_meeting(self, case_uuid: str, number: int, on: dt.date) -> str:
        """A draft record of the meeting that decides step ``number`` (应到 from the roster, the agenda item and a
        vote naming the person), for the secretary to complete on 会议; returns its UUID."""
        c = repo.get_case(case_uuid)
        kind = dev.STEP[number].meeting or MeetingType.ASSEMBLY
        subject = {3: f"确定{c.name}同志为入党积极分子", 7: f"确定{c.name}同志为发展对象",
                   12: f"同意{c.name}同志作为预备党员人选报上级党委预审",
                   dev.ADMISSION_VOTE: f"接收{c.name}同志为中共预备党员",
                   dev.CONVERSION_VOTE: f"同意{c.name}同志按期转为中共正式党员"}.get(number, f"{dev.STEP[number].name}（{c.name}）")
        m = self.meetings.new_meeting([kind], on)
        branch = self.branches.profile()
        m.host = branch.secretary_name if branch else ""
        m.title = f"{kind.value}（{dev.STEP[number].name}：{c.name}）"
        m.agenda = [AgendaItem("第一议题：学习习近平总书记最新重要讲话精神", True),
                    AgendaItem(f"讨论{subject}")]
        if kind is MeetingType.ASSEMBLY:
            m.votes = [Vote(subject)]
        return self.meetings.save(m).uuid or ""

    # -- the roster, kept in step -------------------------------------------------------------------------------------
    def _branch_uuid(self) -> str:
        return self.branches.require_profile().uuid or ""

    def _store(self, branch_uuid: str, c: dev.Case) -> Saved:
        """Write the case, bring its status and the roster in line; roster problems are reported, not fatal."""
        if c.converted and c.status is dev.CaseStatus.ACTIVE:
            c.status, c.status_on = dev.CaseStatus.FULL, c.on(dev.CONVERSION_APPROVAL)
        elif not c.converted and c.status is dev.CaseStatus.FULL:
            c.status, c.status_on = dev.CaseStatus.ACTIVE, None
        c.uuid = repo.save_case(branch_uuid, c)
        notes: list[str] = []
        if c.admitted and c.status is not dev.CaseStatus.CANCELLED:
            try:
                with self.store.atomic():  # a savepoint: a refused roster change leaves the record saved
                    notes = sync_roster(self.roster, self.audit, self.rules(), branch_uuid, c)
            except ValidationError as exc:
                notes = [f"发展党员记录已保存，但党员名册没有更新：{exc}"]
        return Saved(repo.get_case(c.uuid), notes)

    def probation_tracked(self) -> set[str]:
        """Roster members whose 转正 this kind reminds of (an open record follows them)."""
        b = self.branches.profile()
        return repo.tracked_members(b.uuid) if b and b.uuid else set()

    def case_of_member(self, member_uuid: str) -> str | None:
        return repo.case_of_member(member_uuid)


def build(services: Services) -> DevelopmentService:
    return DevelopmentService(services.store, services.branch, services.roster, services.meetings, services.audit)


def probation_tracked(services: Services) -> set[str]:
    """``Feature.extra["probation_tracker"]``: members whose 转正 reminders this kind owns."""
    return services.development.probation_tracked()
