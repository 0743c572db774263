"""Meetings: queries and writes taking and returning domain objects (callers wrap writes in Store.atomic())."""

from __future__ import annotations

import datetime as dt
import json

from peewee import JOIN, SQL, fn

from dangjian_desktop.domain.compliance import HeldMeeting
from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.domain.first_topic import Study
from dangjian_desktop.domain.meetings import (
    AbsenceReason,
    AgendaItem,
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
    Vote,
    types_from_mask,
    types_mask,
)
from dangjian_desktop.domain.participation import Participation
from dangjian_desktop.domain.search import IndexQuery, contains, index_query, search_tokens
from dangjian_desktop.storage.models import BranchRow, MemberRow, PartyGroupRow, Tombstone, new_uuid, utcnow
from dangjian_desktop.storage.models_meetings import (
    FTS_ID_MASK,
    HEAD_COLUMNS,
    SHOWN_TITLE_SQL,
    AgendaItemRow,
    AgendaTemplateRow,
    AmendmentRow,
    AttachmentRow,
    AttendanceRow,
    MeetingRow,
    VoteRow,
    fts_key,
)
from dangjian_desktop.storage.repos import children


def study_columns(study: Study | None) -> dict[str, object]:
    """The 第一议题学习台账 columns of an agenda item (blank when it has none)."""
    st = study or Study()
    return {"study_title": st.title, "study_source": st.source, "study_speech_date": st.speech_date,
            "study_led_by": st.led_by, "study_form": st.form, "study_follow_up": st.follow_up}


def study_of(row) -> Study | None:  # noqa: ANN001 - a row or named tuple with the study_* columns
    st = Study(row.study_title, row.study_source, row.study_speech_date, row.study_led_by, row.study_form,
               row.study_follow_up)
    return None if st.is_empty else st


def _t(text: str) -> dt.time | None:
    if not text:
        return None
    h, _, m = text.partition(":")
    return dt.time(int(h), int(m or 0))


def _types(text: str) -> list[MeetingType]:
    out = []
    for part in (text or "").split("|"):
        try:
            out.append(MeetingType(part))
        except ValueError:
            continue
    return out


# -- writing ----------------------------------------------------------------------------------------------------


def save_meeting(m: Meeting, branch_uuid: str | None) -> str:
    """Insert or replace a meeting with its attendance, agenda and votes. Amendments and attachments are kept."""
    row = MeetingRow.get_or_none(MeetingRow.uuid == m.uuid) if m.uuid else None
    if row is None:
        row = MeetingRow(uuid=m.uuid or new_uuid())
        row.branch = BranchRow.get_or_none(BranchRow.uuid == branch_uuid) if branch_uuid else None
    group = PartyGroupRow.get_or_none(PartyGroupRow.uuid == m.group_uuid) if m.group_uuid else None
    row.date = m.date
    row.type_mask = types_mask(m.types)
    row.types = "|".join(t.value for t in m.types)
    row.title = m.title
    row.start_time = m.start_time.strftime("%H:%M") if m.start_time else ""
    row.end_time = m.end_time.strftime("%H:%M") if m.end_time else ""
    row.place, row.host, row.recorder = m.place, m.host, m.recorder
    row.lecturer, row.lecture_topic = m.lecturer, m.lecture_topic
    row.scope = m.scope.value
    row.group = group
    row.group_name = group.name if group else (m.group_name if m.group_uuid else "")
    row.observers, row.minutes, row.resolutions = m.observers, m.minutes, m.resolutions
    row.status = m.status.value
    row.finalized_at = m.finalized_at
    row.expected_count = m.expected
    row.present_count = len(m.present)
    row.search_text = m.search_text()
    row.save()
    # the children keep their identity (repos/children.py): a re-saved draft sends headquarters changes and
    # tombstones, never a second copy of its attendance, agenda and votes
    member_ids = dict(
        MemberRow.select(MemberRow.uuid, MemberRow.id)
        .where(MemberRow.uuid.in_([a.member_uuid for a in m.attendees if a.member_uuid]))
        .tuples()
    ) if m.attendees else {}
    uuids = children.sync(AttendanceRow, AttendanceRow.meeting, row.id, [
        {"uuid": a.uuid, "member": member_ids.get(a.member_uuid or ""), "name": a.name, "has_vote": a.has_vote,
         "present": a.present, "reason": a.reason.value if a.reason else "", "reason_text": a.reason_text,
         "sort_order": i} for i, a in enumerate(m.attendees)],
        key=lambda r: ("member", r["member"]) if r["member"] else ("name", r["name"]))
    for a, u in zip(m.attendees, uuids, strict=True):
        a.uuid = u
    uuids = children.sync(AgendaItemRow, AgendaItemRow.meeting, row.id, [
        {"uuid": a.uuid, "position": i, "title": a.title, "first_topic": a.first_topic, "note": a.note,
         **study_columns(a.study)} for i, a in enumerate(m.agenda)], key=lambda r: r["position"])
    for a, u in zip(m.agenda, uuids, strict=True):
        a.uuid = u
    uuids = children.sync(VoteRow, VoteRow.meeting, row.id, [
        {"uuid": v.uuid, "position": i, "subject": v.subject, "yes": v.yes, "no": v.no, "abstain": v.abstain}
        for i, v in enumerate(m.votes)], key=lambda r: r["position"])
    for v, u in zip(m.votes, uuids, strict=True):
        v.uuid = u
    # the triggers queued its index keys (models_meetings.MEETING_TRIGGERS): a meeting saved in the editor is
    # found by the next search at once
    index_queued(only_ids=[row.id])
    return row.uuid


def set_status(meeting_uuid: str, status: MeetingStatus, at: dt.datetime | None) -> None:
    MeetingRow.update(status=status.value, finalized_at=at, updated_at=utcnow()).where(
        MeetingRow.uuid == meeting_uuid).execute()


def add_amendment(meeting_uuid: str, a: Amendment) -> Amendment:
    row = _row(meeting_uuid)
    r = AmendmentRow.create(meeting=row, made_on=a.made_on, field=a.field, old_value=a.old_value,
                            new_value=a.new_value, reason=a.reason, who=a.who)
    MeetingRow.update(updated_at=utcnow()).where(MeetingRow.id == row.id).execute()
    a.uuid, a.at = r.uuid, r.at
    return a


def delete_meeting(meeting_uuid: str) -> list[str]:
    """Delete a meeting; returns the SHA-256 of its attachments (the caller removes unreferenced files)."""
    row = _row(meeting_uuid)
    shas = [a.sha256 for a in AttachmentRow.select(AttachmentRow.sha256).where(AttachmentRow.meeting == row)]
    Tombstone.create(table="meeting", uuid=row.uuid)
    row.delete_instance(recursive=False)
    return shas


def add_attachment(meeting_uuid: str, att: Attachment) -> Attachment:
    row = _row(meeting_uuid)
    existing = AttachmentRow.get_or_none((AttachmentRow.meeting == row) & (AttachmentRow.sha256 == att.sha256))
    if existing is None:
        existing = AttachmentRow.create(meeting=row, sha256=att.sha256, name=att.name, size=att.size)
        _count_attachments(row)
    return Attachment(existing.sha256, existing.name, existing.size, existing.uuid, existing.created_at)


def remove_attachment(attachment_uuid: str) -> tuple[str, str]:
    """Remove the link; returns (meeting uuid, sha256)."""
    r = AttachmentRow.get_or_none(AttachmentRow.uuid == attachment_uuid)
    if r is None:
        raise NotFoundError("找不到该附件。")
    meeting = r.meeting
    sha = r.sha256
    Tombstone.create(table="meeting_attachment", uuid=r.uuid)
    r.delete_instance()
    _count_attachments(meeting)
    return meeting.uuid, sha


def _count_attachments(row: MeetingRow) -> None:
    n = AttachmentRow.select().where(AttachmentRow.meeting == row).count()
    MeetingRow.update(attachment_count=n, updated_at=utcnow()).where(MeetingRow.id == row.id).execute()


# -- reading ----------------------------------------------------------------------------------------------------


def _row(meeting_uuid: str) -> MeetingRow:
    row = MeetingRow.get_or_none(MeetingRow.uuid == meeting_uuid)
    if row is None:
        raise NotFoundError("找不到该会议记录。")
    return row


def get_meeting(meeting_uuid: str) -> Meeting:
    return get_meetings([meeting_uuid])[0]


def get_meetings(meeting_uuids: list[str]) -> list[Meeting]:
    """Whole meetings (attendance, agenda, votes, amendments, attachments) in the order of ``meeting_uuids``, read
    with one query per table for a batch (a year's minutes book reads 200 meetings: not 1,200 queries)."""
    out: dict[str, Meeting] = {}
    for i in range(0, len(meeting_uuids), 500):
        out.update(_load_meetings(meeting_uuids[i:i + 500]))
    missing = [u for u in meeting_uuids if u not in out]
    if missing:
        raise NotFoundError("找不到该会议记录。")
    return [out[u] for u in meeting_uuids]


def _by_meeting(query) -> dict[int, list]:  # noqa: ANN001
    """Rows (named tuples: no model objects) grouped by their ``meeting`` column."""
    grouped: dict[int, list] = {}
    for r in query.namedtuples():
        grouped.setdefault(r.meeting, []).append(r)
    return grouped


def _load_meetings(uuids: list[str]) -> dict[str, Meeting]:
    rows = list(MeetingRow.select().where(MeetingRow.uuid.in_(uuids)))
    if not rows:
        return {}
    ids = [r.id for r in rows]
    group_ids = {r.group_id for r in rows if r.group_id}
    groups = ({g.id: g.uuid for g in PartyGroupRow.select(PartyGroupRow.id, PartyGroupRow.uuid)
               .where(PartyGroupRow.id.in_(list(group_ids)))} if group_ids else {})
    att = _by_meeting(AttendanceRow.select(AttendanceRow.meeting, AttendanceRow.uuid, AttendanceRow.name,
                                           AttendanceRow.has_vote,
                                           AttendanceRow.present, AttendanceRow.reason, AttendanceRow.reason_text,
                                           MemberRow.uuid.alias("member_uuid"))
                      .join(MemberRow, JOIN.LEFT_OUTER, on=(AttendanceRow.member == MemberRow.id))
                      .where(AttendanceRow.meeting.in_(ids))
                      .order_by(AttendanceRow.meeting, AttendanceRow.sort_order, AttendanceRow.id))
    agenda = _by_meeting(AgendaItemRow.select().where(AgendaItemRow.meeting.in_(ids))
                         .order_by(AgendaItemRow.meeting, AgendaItemRow.position, AgendaItemRow.id))
    votes = _by_meeting(VoteRow.select().where(VoteRow.meeting.in_(ids))
                        .order_by(VoteRow.meeting, VoteRow.position, VoteRow.id))
    amendments = _by_meeting(AmendmentRow.select().where(AmendmentRow.meeting.in_(ids))
                             .order_by(AmendmentRow.meeting, AmendmentRow.at, AmendmentRow.id))
    attachments = _by_meeting(AttachmentRow.select().where(AttachmentRow.meeting.in_(ids))
                              .order_by(AttachmentRow.meeting, AttachmentRow.id))
    out = {}
    for row in rows:
        k = row.id
        attendees = [
            Attendee(name=a.name, member_uuid=a.member_uuid, has_vote=a.has_vote,
                     present=a.present, reason=AbsenceReason(a.reason) if a.reason else None,
                     reason_text=a.reason_text, uuid=a.uuid)
            for a in att.get(k, ())
        ]
        out[row.uuid] = Meeting(
            types=_types(row.types), date=row.date, title=row.title, start_time=_t(row.start_time),
            end_time=_t(row.end_time), place=row.place, host=row.host, recorder=row.recorder,
            lecturer=row.lecturer, lecture_topic=row.lecture_topic, scope=Scope(row.scope),
            group_uuid=groups.get(row.group_id) if row.group_id else None, group_name=row.group_name,
            attendees=attendees, observers=row.observers,
            agenda=[AgendaItem(a.title, a.first_topic, a.note, a.uuid, study_of(a)) for a in agenda.get(k, ())],
            minutes=row.minutes, resolutions=row.resolutions,
            votes=[Vote(v.subject, v.yes, v.no, v.abstain, v.uuid) for v in votes.get(k, ())],
            status=MeetingStatus(row.status), finalized_at=row.finalized_at,
            amendments=[Amendment(a.made_on, a.field, a.old_value, a.new_value, a.reason, a.who, a.at, a.uuid)
                        for a in amendments.get(k, ())],
            attachments=[Attachment(a.sha256, a.name, a.size, a.uuid, a.created_at)
                         for a in attachments.get(k, ())],
            uuid=row.uuid, created_at=row.created_at, updated_at=row.updated_at,
        )
    return out


def _year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)


def _filtered(q, flt: MeetingFilter):  # noqa: ANN001, ANN202 - a peewee query over MeetingRow
    if flt.year:
        start, end = _year_range(flt.year)
        q = q.where((MeetingRow.date >= start) & (MeetingRow.date < end))
    if flt.type is not None:
        q = q.where(MeetingRow.type_mask.bin_and(flt.type.bit) != 0)
    if flt.group_uuid:
        gid = PartyGroupRow.select(PartyGroupRow.id).where(PartyGroupRow.uuid == flt.group_uuid)
        q = q.where(MeetingRow.group.in_(gid))
    text = (flt.text or "").strip()
    if text:
        q = q.where(_text_condition(text, flt.year))
    return q


def _haystack():  # noqa: ANN202 - the list's filter columns as one text (models_meetings.HEAD_COLUMNS)
    out = getattr(MeetingRow, HEAD_COLUMNS[0])
    for c in HEAD_COLUMNS[1:]:
        out = out.concat("\n").concat(getattr(MeetingRow, c))
    return out


def _text_condition(text: str, year: int | None = None):  # noqa: ANN202
    """The list's text filter: ``text`` in any of its columns, ignoring case. From schema 6 the index answers it
    (meeting_search.head_*): a meeting whose key is still queued is looked at itself, a stale index row of a
    queued key is left out; a text that is not one run of letters and digits is confirmed with instr()."""
    haystack = fn.lower(_haystack())
    found_in = fn.instr(haystack, text.lower()) > 0
    if _schema_version() < 6:
        return fn.instr(_haystack(), text) > 0  # instr, not LIKE: no wildcard surprises with "%" or "_"
    query = index_query([text])
    if not query.parts:
        return found_in
    plain = " || char(10) || ".join(f'"{c}"' for c in HEAD_COLUMNS)
    lo, hi = _key_range(year)  # a year is a range of the index's keys: the set holds that year's matches only
    ids = SQL(f"(SELECT rowid & {FTS_ID_MASK} FROM meeting_search WHERE meeting_search MATCH ? "
              f"AND rowid >= {lo:d} AND rowid < {hi:d} AND rowid NOT IN (SELECT key FROM meeting_index_queue) "
              f"UNION ALL SELECT id FROM meeting WHERE id IN (SELECT key & {FTS_ID_MASK} FROM meeting_index_queue) "
              f"AND instr(lower({plain}), ?) > 0)", [_match(query, head=True), text.lower()])
    # "id + 0": the matching ids are a set to look in while the list is read along its date (or sort) index, or
    # counted along a covering index; never 100,000 row lookups driven by the set (the rows hold the minutes)
    cond = (MeetingRow.id + 0).in_(ids)
    return cond if query.exact else cond & found_in


# the meeting list's sortable columns (ui/models/meetings_model.py); ties by date, in the sort's direction
SORT_KEYS = ("date", "types", "title", "group", "host", "attendance", "attachments", "status")


def _sort_key(key: str) -> list:  # noqa: ANN202
    return {
        "date": [],
        "types": [MeetingRow.types],
        "title": [SQL(SHOWN_TITLE_SQL)],  # the expression of the index meeting_shown_title
        "group": [MeetingRow.group_name],
        "host": [MeetingRow.host],
        "attendance": [MeetingRow.present_count, MeetingRow.expected_count],
        "attachments": [MeetingRow.attachment_count],
        "status": [MeetingRow.status],
    }[key]


def list_meetings(flt: MeetingFilter, offset: int = 0, limit: int | None = None, sort: str = "date",
                  descending: bool = True) -> list[MeetingSummary]:
    """Meetings matching ``flt``, newest first (or by ``sort``, one of ``SORT_KEYS``), ``limit`` rows from
    ``offset`` (all when no limit is given here or in the filter)."""
    q = (MeetingRow.select(MeetingRow.uuid, MeetingRow.date, MeetingRow.type_mask, MeetingRow.title,
                           MeetingRow.lecture_topic, MeetingRow.group_name, MeetingRow.host,
                           MeetingRow.expected_count, MeetingRow.present_count, MeetingRow.status,
                           MeetingRow.attachment_count, MeetingRow.types))
    fast = _index_alone(flt)
    if fast is not None and sort == "date":
        # the index's keys are in date order: it drives the page and only the page's rows are read
        match, lo, hi = fast
        limit = limit if limit is not None else flt.limit
        sql = (f"SELECT {_LIST_COLUMNS} FROM meeting_search AS f CROSS JOIN meeting AS m "
               f"ON m.id = (f.rowid & {FTS_ID_MASK}) WHERE meeting_search MATCH ? AND f.rowid >= ? AND f.rowid < ? "
               f"ORDER BY f.rowid {'DESC' if descending else 'ASC'} LIMIT ? OFFSET ?")
        rows = MeetingRow._meta.database.execute_sql(sql, (match, lo, hi, limit or -1, offset or 0)).fetchall()
        day = MeetingRow.date.python_value
        return _summaries([(r[0], day(r[1]), *r[2:]) for r in rows])
    q = _filtered(q, flt)
    if sort == "date":
        order = [MeetingRow.date.desc(), MeetingRow.id.desc()] if descending else [MeetingRow.date, MeetingRow.id]
    else:  # ties by date in the same direction: the page is read along the column's (column, date) index
        if descending:
            order = [k.desc() for k in _sort_key(sort)] + [MeetingRow.date.desc(), MeetingRow.id.desc()]
        else:
            order = [k.asc() for k in _sort_key(sort)] + [MeetingRow.date.asc(), MeetingRow.id.asc()]
    q = q.order_by(*order)
    limit = limit if limit is not None else flt.limit
    if limit:
        q = q.limit(limit)
    if offset:
        q = q.offset(offset) if limit else q.limit(-1).offset(offset)
    return _summaries(q.tuples())


_LIST_COLUMNS = ("m.uuid, m.date, m.type_mask, m.title, m.lecture_topic, m.group_name, m.host, m.expected_count, "
                 "m.present_count, m.status, m.attachment_count, m.types")


def _summaries(rows) -> list[MeetingSummary]:  # noqa: ANN001 - tuples of _LIST_COLUMNS
    out = []
    for uuid, date, mask, title, topic, group_name, host, exp, pres, status, natt, types in rows:
        ts = _types(types) or types_from_mask(mask)
        shown = title or (f"党课：{topic}" if topic else "")
        out.append(MeetingSummary(uuid, date, tuple(ts), shown, group_name, host, exp, pres, MeetingStatus(status),
                                  natt))
    return out


def count_meetings(flt: MeetingFilter) -> int:
    """How many meetings match ``flt`` (its limit is ignored)."""
    fast = _index_alone(flt)
    if fast is not None:  # counted in the index: no meeting row is read
        match, lo, hi = fast
        return MeetingRow._meta.database.execute_sql(
            "SELECT count(*) FROM meeting_search WHERE meeting_search MATCH ? AND rowid >= ? AND rowid < ?",
            (match, lo, hi)).fetchone()[0]
    return _filtered(MeetingRow.select(fn.COUNT(MeetingRow.id)), flt).scalar() or 0


def _julian_day(day: dt.date) -> int:
    """CAST(julianday(day) AS INTEGER), as the index keys are made (models_meetings.fts_key)."""
    return day.toordinal() + 1721424


def _index_alone(flt: MeetingFilter) -> tuple[str, int, int] | None:
    """(MATCH expression, lowest key, key past the end) when the index alone answers ``flt``: a text filter the
    index answers exactly, no type or 党小组 filter (the year is a range of keys), nothing waiting in the queue."""
    text = (flt.text or "").strip()
    if not text or flt.type is not None or flt.group_uuid or _schema_version() < 6:
        return None
    query = index_query([text])
    if not query.exact:
        return None
    db = MeetingRow._meta.database
    if db.execute_sql("SELECT 1 FROM meeting_index_queue LIMIT 1").fetchone():
        return None
    return (_match(query, head=True), *_key_range(flt.year))


def _key_range(year: int | None) -> tuple[int, int]:
    """The index keys of the meetings of ``year`` (all keys without one), from the first to past the last."""
    if not year:
        return 0, 2**62
    start, end = _year_range(year)
    return _julian_day(start) << 32, _julian_day(end) << 32


def resolve_prefix(prefix: str) -> list[str]:
    prefix = (prefix or "").strip().lower()
    if not prefix:
        return []
    q = MeetingRow.select(MeetingRow.uuid).where(fn.substr(MeetingRow.uuid, 1, len(prefix)) == prefix).limit(5)
    return [r[0] for r in q.tuples()]


def years() -> list[int]:
    """Years with meetings, newest first: one index seek per year (a scan of every meeting took 300 ms at
    headquarters, 250,000 meetings)."""
    db = MeetingRow._meta.database
    out: list[int] = []
    day = db.execute_sql('SELECT max("date") FROM "meeting"').fetchone()[0]
    while day:
        text = str(day)
        if not text[:4].isdigit():  # not an ISO date: count as the database does
            q = MeetingRow.select(fn.DISTINCT(fn.strftime("%Y", MeetingRow.date))).tuples()
            return sorted((int(y) for (y,) in q if y), reverse=True)
        out.append(int(text[:4]))
        day = db.execute_sql('SELECT max("date") FROM "meeting" WHERE "date" < ?', (f"{text[:4]}-01-01",)).fetchone()[0]
    return out


def _schema_version() -> int:
    return MeetingRow._meta.database.execute_sql("PRAGMA user_version").fetchone()[0]


def _legacy_search(terms: list[str], limit: int, version: int) -> list[tuple[str, dt.date, str, str, str]]:
    """Search of a store older than schema 6 opened read-only (not migrated): its trigram ``meeting_fts`` for
    terms of 3+ characters, instr() on the rows for shorter ones (what the program of that time did)."""
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    db = MeetingRow._meta.database
    cols = "m.uuid, m.date, m.types, m.title, m.search_text"
    short_sql = "".join(" AND instr(lower(m.search_text), ?) > 0" for _ in short_terms)
    short_args = [t.lower() for t in short_terms]
    if not long_terms:
        sql = f"SELECT {cols} FROM meeting AS m WHERE 1{short_sql} ORDER BY m.date DESC, m.id DESC LIMIT ?"
        args = [*short_args, limit]
    else:
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        if version >= 2:  # keyed by (date, id): the index drives the loop newest first
            sql = (f"SELECT {cols} FROM meeting_fts AS f CROSS JOIN meeting AS m ON m.id = (f.rowid & {FTS_ID_MASK}) "
                   f"WHERE meeting_fts MATCH ?{short_sql} ORDER BY f.rowid DESC LIMIT ?")
        else:
            sql = (f"SELECT {cols} FROM meeting AS m WHERE m.id IN "
                   f"(SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ?){short_sql} "
                   "ORDER BY m.date DESC, m.id DESC LIMIT ?")
        args = [match, *short_args, limit]
    date_field = MeetingRow.date
    return [(u, date_field.python_value(d), ty, ti, text) for u, d, ty, ti, text in db.execute_sql(sql, args)]


def _match(query: IndexQuery, head: bool = False) -> str:
    """The FTS5 MATCH expression of ``query`` over the full text (or, ``head``, the list's filter columns). The
    parts are runs of letters and digits (domain/search.runs): nothing in them needs quoting."""
    if head:
        return " AND ".join(f'{"head_uni" if kind == "unigrams" else "head_bi"} : "{_head_mark(text)}"'
                            for kind, text in query.parts)
    col = {"unigrams": "uni", "bigrams": "bi"}
    return " AND ".join(f'{col[kind]} : "{text}"' for kind, text in query.parts)


HEAD_MARK = "h"


def _head_mark(tokens: str) -> str:
    """The filter columns' tokens carry a mark ("党" is "h党" there): FTS5 keeps one list per token over all
    columns, so the list's filter reads the short lists of the titles, not those of every minute's text."""
    return " ".join(HEAD_MARK + t for t in tokens.split(" ")) if tokens else ""


def search(terms: list[str], limit: int = 200) -> list[tuple[str, dt.date, str, str, str]]:
    """(uuid, date, types, title, search_text) of the newest ``limit`` meetings containing every term (ignoring
    case), newest first (ties: the later recorded first).

    One index lookup for any length: a one-character run is one unigram token, a longer run the phrase of its
    bigrams (domain/search.py); the index is keyed by (date, id), so it is read newest first and the loop stops
    after ``limit`` confirmed hits. Every hit is confirmed against the text (no false hits). Meetings still in
    the index queue (``index_pending``) are not found until indexed."""
    version = _schema_version()
    if version < 6:
        return _legacy_search(terms, limit, version)
    db = MeetingRow._meta.database
    query = index_query(terms)
    cols = "m.uuid, m.date, m.types, m.title, m.search_text"
    if query.parts:
        sql = (f"SELECT {cols} FROM meeting_search AS f CROSS JOIN meeting AS m ON m.id = (f.rowid & {FTS_ID_MASK}) "
               "WHERE meeting_search MATCH ? ORDER BY f.rowid DESC")
        cursor = db.execute_sql(sql, (_match(query),))
    else:  # nothing the index knows (only punctuation): read the texts, newest first
        cursor = db.execute_sql(f"SELECT {cols} FROM meeting AS m ORDER BY m.date DESC, m.id DESC")
    date_field = MeetingRow.date
    out = []
    for u, d, ty, ti, text in cursor:
        if contains(text, terms):
            out.append((u, date_field.python_value(d), ty, ti, text))
            if len(out) >= limit:
                break
    cursor.close()
    return out


# -- the search index: brought up to date from its queue -----------------------------------------------------------


def index_pending() -> int:
    """How many index keys wait in the queue (0: the index is complete). 0 for a store older than schema 6."""
    if _schema_version() < 6:
        return 0
    return MeetingRow._meta.database.execute_sql("SELECT count(*) FROM meeting_index_queue").fetchone()[0]


def _head_text(row: tuple) -> str:
    return "\n".join(str(v or "") for v in row)


def index_queued(batch: int = 500, only_ids: list[int] | None = None) -> int:
    """Index one batch of queued keys, newest first (``only_ids``: just the keys of those meetings), in the
    caller's transaction; returns how many keys were taken from the queue (0: nothing left to do).

    The first statement takes the keys out of the queue (a write: it waits for the write lock, so two indexers
    never take the same keys); each old index row is deleted by giving its tokens again (contentless FTS5), and
    the meeting now holding the key, if any, is indexed with its current texts. Killed midway, the transaction
    rolls back and the keys stay queued: the next catch-up does them."""
    db = MeetingRow._meta.database
    if only_ids is not None:
        if not only_ids:
            return 0
        marks = ", ".join("?" for _ in only_ids)
        taken = db.execute_sql(f"DELETE FROM meeting_index_queue WHERE (key & {FTS_ID_MASK}) IN ({marks}) "
                               "RETURNING key, old_text, old_head", only_ids).fetchall()
    else:
        taken = db.execute_sql("DELETE FROM meeting_index_queue WHERE key IN (SELECT key FROM meeting_index_queue "
                               "ORDER BY key DESC LIMIT ?) RETURNING key, old_text, old_head", (batch,)).fetchall()
    if not taken:
        return 0
    removals = []
    for key, old_text, old_head in taken:
        if old_text is not None:
            t, h = search_tokens(old_text), search_tokens(old_head or "")
            removals.append(("delete", key, t.unigrams, t.bigrams, _head_mark(h.unigrams), _head_mark(h.bigrams)))
    if removals:
        db.cursor().executemany("INSERT INTO meeting_search(meeting_search, rowid, uni, bi, head_uni, head_bi) "
                                "VALUES (?, ?, ?, ?, ?, ?)", removals)
    keys = {key for key, _, _ in taken}
    ids = sorted({key & FTS_ID_MASK for key in keys})
    head_cols = ", ".join(f'"{c}"' for c in HEAD_COLUMNS)
    rows = []
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ", ".join("?" for _ in part)
        rows += db.execute_sql(f"SELECT {fts_key('date', 'id')}, search_text, {head_cols} FROM meeting "
                               f"WHERE id IN ({marks})", part).fetchall()
    inserts = []
    for key, text, *head in sorted(rows, key=lambda r: r[0]):
        if key in keys:  # else the meeting moved to another key, queued on its own
            t, h = search_tokens(text), search_tokens(_head_text(head))
            inserts.append((key, t.unigrams, t.bigrams, _head_mark(h.unigrams), _head_mark(h.bigrams)))
    if inserts:
        db.cursor().executemany("INSERT INTO meeting_search(rowid, uni, bi, head_uni, head_bi) "
                                "VALUES (?, ?, ?, ?, ?)", inserts)
    return len(taken)


def held_meetings(start: dt.date, end: dt.date, final_only: bool = False) -> list[HeldMeeting]:
    q = (MeetingRow.select(MeetingRow.uuid, MeetingRow.date, MeetingRow.types, PartyGroupRow.uuid,
                           MeetingRow.lecturer)
         .join(PartyGroupRow, JOIN.LEFT_OUTER, on=(MeetingRow.group == PartyGroupRow.id))
         .where((MeetingRow.date >= start) & (MeetingRow.date <= end)))
    if final_only:
        q = q.where(MeetingRow.status == MeetingStatus.FINAL.value)
    return [HeldMeeting(u, d, tuple(_types(t)), g, lec) for u, d, t, g, lec in q.tuples()]


def participation(start: dt.date | None = None, end: dt.date | None = None,
                  final_only: bool = False) -> list[Participation]:
    q = (AttendanceRow.select(MemberRow.uuid, MeetingRow.date, AttendanceRow.present, AttendanceRow.reason)
         .join(MeetingRow, on=(AttendanceRow.meeting == MeetingRow.id))
         .switch(AttendanceRow)
         .join(MemberRow, on=(AttendanceRow.member == MemberRow.id)))
    if final_only:
        q = q.where(MeetingRow.status == MeetingStatus.FINAL.value)
    if start:
        q = q.where(MeetingRow.date >= start)
    if end:
        q = q.where(MeetingRow.date <= end)
    return [Participation(u, d, bool(p), AbsenceReason(r) if r else None) for u, d, p, r in q.tuples()]


def first_meeting_date() -> dt.date | None:
    return MeetingRow.select(fn.MIN(MeetingRow.date)).scalar()


def drafts_with_scope(scope: str) -> list[str]:
    """UUIDs of the draft (not finalised) meetings whose 参加范围 is ``scope``."""
    q = (MeetingRow.select(MeetingRow.uuid)
         .where((MeetingRow.scope == scope) & (MeetingRow.status == MeetingStatus.DRAFT.value))
         .order_by(MeetingRow.date, MeetingRow.id))
    return [u for (u,) in q.tuples()]


def meetings_between(start: dt.date, end: dt.date, final_only: bool = False) -> list[str]:
    q = (MeetingRow.select(MeetingRow.uuid).where((MeetingRow.date >= start) & (MeetingRow.date <= end))
         .order_by(MeetingRow.date, MeetingRow.start_time, MeetingRow.id))
    if final_only:
        q = q.where(MeetingRow.status == MeetingStatus.FINAL.value)
    return [u for (u,) in q.tuples()]


def count() -> int:
    return MeetingRow.select().count()


# -- agenda templates --------------------------------------------------------------------------------------------


def list_templates() -> list[AgendaTemplate]:
    out = []
    for r in AgendaTemplateRow.select().order_by(AgendaTemplateRow.name):
        items = [AgendaItem(str(i.get("title", "")), bool(i.get("first_topic")), str(i.get("note", "")))
                 for i in json.loads(r.items or "[]")]
        out.append(AgendaTemplate(r.name, items, r.uuid))
    return out


def save_template(t: AgendaTemplate) -> AgendaTemplate:
    row = AgendaTemplateRow.get_or_none(AgendaTemplateRow.uuid == t.uuid) if t.uuid else None
    if row is None:
        row = AgendaTemplateRow.get_or_none(AgendaTemplateRow.name == t.name) or AgendaTemplateRow(uuid=new_uuid())
    row.name = t.name
    row.items = json.dumps([{"title": i.title, "first_topic": i.first_topic, "note": i.note} for i in t.items],
                           ensure_ascii=False)
    row.save()
    t.uuid = row.uuid
    return t


def delete_template(template_uuid: str) -> None:
    row = AgendaTemplateRow.get_or_none(AgendaTemplateRow.uuid == template_uuid)
    if row is not None:
        Tombstone.create(table="agenda_template", uuid=row.uuid)
        row.delete_instance()
