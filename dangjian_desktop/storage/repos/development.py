"""发展党员 cases as domain objects. Steps, contacts, assessments and 公示 are child rows synced by UUID (or their
natural key), never deleted and re-inserted; deleting a case writes a tombstone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from dangjian_desktop.domain import development as dev
from dangjian_desktop.storage.models import BranchRow, MemberRow, PartyGroupRow, Tombstone, new_uuid
from dangjian_desktop.storage.models_development import (
    DevelopmentAssessmentRow,
    DevelopmentCaseRow,
    DevelopmentContactRow,
    DevelopmentPublicityRow,
    DevelopmentStepRow,
)
from dangjian_desktop.storage.repos import children
from dangjian_desktop.storage.repos.rows import by_uuid, existing

_CHUNK = 500


def _enum(enum, value: str, default):  # noqa: ANN001, ANN202
    return enum(value) if value in enum._value2member_map_ else default


def _uuid_map(model, ids: Iterable[int]) -> dict[int, str]:  # noqa: ANN001
    ids = sorted({i for i in ids if i})
    out: dict[int, str] = {}
    for i in range(0, len(ids), _CHUNK):
        out.update({r.id: r.uuid for r in model.select(model.id, model.uuid).where(model.id.in_(ids[i:i + _CHUNK]))})
    return out


def _load(rows: list[DevelopmentCaseRow]) -> list[dev.Case]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    steps: dict[int, list[DevelopmentStepRow]] = defaultdict(list)
    contacts: dict[int, list[DevelopmentContactRow]] = defaultdict(list)
    assessments: dict[int, list[DevelopmentAssessmentRow]] = defaultdict(list)
    publicity: dict[int, list[DevelopmentPublicityRow]] = defaultdict(list)
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        for model, into, order in ((DevelopmentStepRow, steps, DevelopmentStepRow.number),
                                   (DevelopmentContactRow, contacts, DevelopmentContactRow.id),
                                   (DevelopmentAssessmentRow, assessments, DevelopmentAssessmentRow.on),
                                   (DevelopmentPublicityRow, publicity, DevelopmentPublicityRow.starts_on)):
            for r in model.select().where(model.case.in_(part)).order_by(order, model.id):
                into[r.case_id].append(r)
    members = _uuid_map(MemberRow, [r.member_id for r in rows] + [c.member_id for cs in contacts.values() for c in cs])
    groups = {g.id: (g.uuid, g.name) for g in PartyGroupRow.select(PartyGroupRow.id, PartyGroupRow.uuid,
                                                                  PartyGroupRow.name)
              .where(PartyGroupRow.id.in_(sorted({r.group_id for r in rows if r.group_id})))}
    out = []
    for r in rows:
        group = groups.get(r.group_id) if r.group_id else None
        case = dev.Case(
            name=r.name, applied_on=r.applied_on, gender=r.gender, ethnicity=r.ethnicity, birth_date=r.birth_date,
            id_number=r.id_number, education=r.education, position=r.position, phone=r.phone,
            group_uuid=group[0] if group else None, group_name=group[1] if group else "", note=r.note,
            status=_enum(dev.CaseStatus, r.status, dev.CaseStatus.ACTIVE), status_on=r.status_on,
            status_reason=r.status_reason, status_meeting_uuid=r.status_meeting_uuid or None,
            member_uuid=members.get(r.member_id) if r.member_id else None,
            training=dev.Training(r.training_from, r.training_to, r.training_days or 0, r.training_hours or 0,
                                  r.training_organiser, r.training_certificate),
            extension=dev.Extension(r.extension_months, r.extension_on, r.extension_meeting_uuid or None,
                                    r.extension_approved_on, r.extension_reason)
            if r.extension_months and r.extension_on else None,
            uuid=r.uuid, created_at=r.created_at, updated_at=r.updated_at,
        )
        for s in steps[r.id]:
            if 1 <= s.number <= 25 and s.number not in case.steps:  # a damaged duplicate from outside: the first
                case.steps[s.number] = dev.StepRecord(s.number, s.on, s.handler, s.result, s.passed, s.note,
                                                      s.meeting_uuid or None, s.uuid)
        case.contacts = [dev.Contact(_enum(dev.ContactRole, c.role, dev.ContactRole.MENTOR), c.name,
                                     members.get(c.member_id) if c.member_id else None, c.since, c.until, c.uuid)
                         for c in contacts[r.id]]
        case.assessments = [dev.Assessment(a.on, a.period, a.assessor, a.performance, a.opinion, a.uuid)
                            for a in assessments[r.id]]
        case.publicity = [dev.Publicity(_enum(dev.PublicityKind, p.kind, dev.PublicityKind.CANDIDATE), p.starts_on,
                                        p.ends_on, p.outcome, p.note, p.uuid) for p in publicity[r.id]]
        out.append(case)
    return out


def list_cases(branch_uuid: str) -> list[dev.Case]:
    """Every case of the branch, by application date."""
    q = (DevelopmentCaseRow.select().join(BranchRow, on=(DevelopmentCaseRow.branch == BranchRow.id))
         .where(BranchRow.uuid == branch_uuid).order_by(DevelopmentCaseRow.applied_on, DevelopmentCaseRow.id))
    return _load(list(q))


def _row(case_uuid: str) -> DevelopmentCaseRow:
    return existing(DevelopmentCaseRow, case_uuid, "找不到该发展党员记录。")


def get_case(case_uuid: str) -> dev.Case:
    return _load([_row(case_uuid)])[0]


def _member_id(member_uuid: str | None) -> int | None:
    if not member_uuid:
        return None
    row = MemberRow.get_or_none(MemberRow.uuid == member_uuid)
    return row.id if row else None


def save_case(branch_uuid: str, c: dev.Case) -> str:
    """Insert or update the case and sync its child rows. Runs inside the caller's transaction."""
    row = by_uuid(DevelopmentCaseRow, c.uuid)
    if row is None:
        branch = existing(BranchRow, branch_uuid, "还没有填写党支部基本信息。")
        row = DevelopmentCaseRow(uuid=c.uuid or new_uuid(), branch=branch)
    group = by_uuid(PartyGroupRow, c.group_uuid)
    t, ext = c.training, c.extension
    values = dict(
        name=c.name, gender=c.gender, ethnicity=c.ethnicity, birth_date=c.birth_date, id_number=c.id_number,
        education=c.education, position=c.position, phone=c.phone, applied_on=c.applied_on,
        group=group.id if group else None, member=_member_id(c.member_uuid), status=str(c.status),
        status_on=c.status_on, status_reason=c.status_reason, status_meeting_uuid=c.status_meeting_uuid or "",
        training_from=t.starts_on, training_to=t.ends_on, training_days=float(t.days), training_hours=float(t.hours),
        training_organiser=t.organiser, training_certificate=t.certificate,
        extension_months=ext.months if ext else 0, extension_on=ext.decided_on if ext else None,
        extension_meeting_uuid=(ext.meeting_uuid or "") if ext else "",
        extension_approved_on=ext.approved_on if ext else None, extension_reason=ext.reason if ext else "",
        note=c.note,
    )
    if row.id is None:
        for k, v in values.items():
            setattr(row, k, v)
        row.save(force_insert=True)
    else:
        current = {k: getattr(row, f"{k}_id" if k in ("group", "member") else k) for k in values}
        if current != values:  # an unchanged case keeps its updated_at (nothing to send to headquarters)
            for k, v in values.items():
                setattr(row, k, v)
            row.save()
    children.sync(DevelopmentStepRow, DevelopmentStepRow.case, row.id, [
        dict(uuid=s.uuid, number=s.number, on=s.on, handler=s.handler, result=s.result, passed=s.passed,
             note=s.note, meeting_uuid=s.meeting_uuid or "") for _, s in sorted(c.steps.items())],
        key=lambda v: v["number"])
    children.sync(DevelopmentContactRow, DevelopmentContactRow.case, row.id, [
        dict(uuid=x.uuid, role=str(x.role), member=_member_id(x.member_uuid), name=x.name, since=x.since,
             until=x.until) for x in c.contacts],
        key=lambda v: (v["role"], v["member"] or v["name"], v["since"]))
    children.sync(DevelopmentAssessmentRow, DevelopmentAssessmentRow.case, row.id, [
        dict(uuid=a.uuid, on=a.on, period=a.period, assessor=a.assessor, performance=a.performance,
             opinion=a.opinion) for a in c.assessments])
    children.sync(DevelopmentPublicityRow, DevelopmentPublicityRow.case, row.id, [
        dict(uuid=p.uuid, kind=str(p.kind), starts_on=p.starts_on, ends_on=p.ends_on, outcome=p.outcome,
             note=p.note) for p in c.publicity])
    return row.uuid


def delete_case(case_uuid: str) -> None:
    row = _row(case_uuid)
    Tombstone.create(table="development_case", uuid=row.uuid)
    row.delete_instance(recursive=False)  # child rows go with it (ON DELETE CASCADE), here and at headquarters


def case_of_member(member_uuid: str) -> str | None:
    """The case that put a roster member on the roster (or follows them), if any."""
    row = (DevelopmentCaseRow.select(DevelopmentCaseRow.uuid).join(MemberRow, on=(DevelopmentCaseRow.member ==
                                                                                  MemberRow.id))
           .where(MemberRow.uuid == member_uuid).first())
    return row.uuid if row else None


def tracked_members(branch_uuid: str) -> set[str]:
    """Roster members whose case is still open (their 转正 is followed by the 发展党员 records)."""
    q = (MemberRow.select(MemberRow.uuid)
         .join(DevelopmentCaseRow, on=(DevelopmentCaseRow.member == MemberRow.id))
         .join(BranchRow, on=(DevelopmentCaseRow.branch == BranchRow.id))
         .where((BranchRow.uuid == branch_uuid) & (DevelopmentCaseRow.status == str(dev.CaseStatus.ACTIVE))))
    return {r.uuid for r in q}
