"""Tables of 三会一课: meetings, attendance, agenda, votes, amendments, attachments, agenda templates, and the
full-text index.

Indexes serve the meeting list at 20,000 meetings (250,000 at headquarters): ``(date)`` for the year filter and
sort (its rows in (date, id) order: the list's order), ``(group, date)`` for the 党小组 filter, ``(date, type_mask,
branch)`` to count a year's meetings by type or by branch without reading the rows; no other index is the prefix
of another (schema step 7); the type filter tests a bit mask (a sitting may carry several types).
``meeting_search`` is an n-gram token index (unigrams and bigrams: domain/search.py) answering queries of any
length, keyed in date order, brought up to date after the writes from ``meeting_index_queue`` (see
``MeetingSearch``).
"""

from __future__ import annotations

from peewee import (
    SQL,
    BigIntegerField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    Model,
    TextField,
)
from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from dangjian_desktop.storage.columns import child_of, count, counts, label, optional_date, text
from dangjian_desktop.storage.database import db
from dangjian_desktop.storage.meetings_steps import HELD_INDEX
from dangjian_desktop.storage.models import BranchRow, PartyGroupRow, Record, member_named, utcnow


class MeetingRow(Record):
    branch = ForeignKeyField(BranchRow, null=True, backref="meetings", on_delete="CASCADE")
    date = DateField(index=True)  # (date) alone: the list by date is in (date, id) order, no sort
    type_mask = count()
    types = label(200, verbose_name="会议类型")  # "党课|主题党日", primary type first
    title = label(300)
    start_time = label(5, verbose_name="开始时间")  # "HH:MM"
    end_time = label(5, verbose_name="结束时间")
    place = label(200)
    host = label(50, verbose_name="主持人")
    recorder = label(50, verbose_name="记录人")
    lecturer = label(50, verbose_name="主讲人")
    lecture_topic = label(300, verbose_name="党课题目")
    scope = CharField(max_length=20, default="全体党员", verbose_name="范围")
    group = ForeignKeyField(PartyGroupRow, null=True, on_delete="SET NULL", index=False)  # (group, date) serves
    group_name = label(100, verbose_name="党小组名称")  # as it was called at the time
    observers = text(verbose_name="列席人员")
    minutes = text(verbose_name="会议记录")
    resolutions = text(verbose_name="会议决议")
    status = CharField(max_length=10, default="草稿")  # (status, date) serves
    finalized_at = DateTimeField(null=True, verbose_name="定稿时间")
    expected_count, present_count, attachment_count = counts("应到人数", "实到人数", "附件数")
    search_text = text()  # every searchable text (domain Meeting.search_text), indexed

    class Meta:
        # (date, type_mask, branch): the filter's count by year and type, and headquarters' meetings per branch
        # in a year, read from the index alone (the rows hold the minutes: 250,000 of them at headquarters)
        # (group, date) for the 党小组 filter; one (column, date) per sortable column of the list (schema version 6,
        # repos/meetings.SORT_KEYS): a page sorted by any column is read along an index, not sorted from 250,000
        indexes = ((("group", "date"), False), (("date", "type_mask", "branch"), False),
                   (("types", "date"), False), (("group_name", "date"), False), (("host", "date"), False),
                   (("present_count", "expected_count", "date"), False), (("attachment_count", "date"), False),
                   (("status", "date"), False))


# the list's 标题 column: the title, else 党课：<topic>, else the types (MeetingSummary.title); the query orders by
# exactly this text (repos/meetings_search._sort_key) so SQLite reads the index instead of sorting
SHOWN_TITLE_SQL = ("CASE WHEN \"title\" != '' THEN \"title\" WHEN \"lecture_topic\" != '' "
                   "THEN '党课：' || \"lecture_topic\" ELSE \"types\" END")
MeetingRow.add_index(SQL(f'CREATE INDEX IF NOT EXISTS "meeting_shown_title" ON "meeting" ({SHOWN_TITLE_SQL}, "date")'))


MeetingRow.add_index(SQL(HELD_INDEX))  # headquarters' oversight reads a year from it alone (meetings_steps.py)


class AttendanceRow(Record):
    meeting = child_of(MeetingRow, "attendance")
    member, name = member_named(index=False)  # (member, meeting) serves a look-up by member
    has_vote = BooleanField(default=True, verbose_name="有表决权")
    present = BooleanField(default=True, verbose_name="出席")
    reason = label(10, verbose_name="缺席原因")
    reason_text = label(300, verbose_name="原因说明")
    sort_order = count()

    class Meta:
        table_name = "meeting_attendance"
        indexes = ((("member", "meeting"), False),)


class AgendaItemRow(Record):
    meeting = child_of(MeetingRow, "agenda")
    position = count()
    title = CharField(max_length=500)
    first_topic = BooleanField(default=False, verbose_name="第一议题")
    note = text()
    # the 第一议题学习台账 (domain/first_topic.Study; schema version 5)
    study_title = label(300, verbose_name="学习篇目")
    study_source = label(200, verbose_name="出处")
    study_speech_date = optional_date(verbose_name="讲话日期")
    study_led_by = label(50, verbose_name="领学人")
    study_form = label(100, verbose_name="学习形式")
    study_follow_up = text(verbose_name="贯彻落实措施")

    class Meta:
        table_name = "meeting_agenda_item"


class VoteRow(Record):
    meeting = child_of(MeetingRow, "votes")
    position = count()
    subject = CharField(max_length=500, verbose_name="表决事项")
    yes, no, abstain = counts("赞成", "反对", "弃权")

    class Meta:
        table_name = "meeting_vote"


class AmendmentRow(Record):
    meeting = child_of(MeetingRow, "amendments")
    made_on = DateField(verbose_name="更正日期")
    at = DateTimeField(default=utcnow)
    field = CharField(max_length=50, verbose_name="更正项目")
    old_value = text(verbose_name="原内容")
    new_value = text(verbose_name="更正为")
    reason = text(verbose_name="更正原因")
    who = label(100)

    class Meta:
        table_name = "meeting_amendment"


class AttachmentRow(Record):
    meeting = child_of(MeetingRow, "attachments")
    sha256 = CharField(max_length=64, index=True)
    name = CharField(max_length=255)
    size = count(verbose_name="文件大小（字节）")

    class Meta:
        table_name = "meeting_attachment"


class AgendaTemplateRow(Record):
    name = CharField(max_length=100, index=True)  # not unique: headquarters holds every branch's templates
    items = TextField(default="[]", verbose_name="议题")  # JSON [{title, first_topic, note}]


class MeetingSearch(FTS5Model):
    """The n-gram token index (schema version 6; domain/search.py makes the tokens): contentless FTS5 over
    ``unicode61``, one row per meeting, rowid = ``fts_key(date, id)`` (the day of the meeting times 2**32 plus
    meeting.id), so the index walks its hits newest first (``ORDER BY rowid DESC``) and a search stops at the first
    200; ``rowid & 0xFFFFFFFF`` is meeting.id. ``uni``/``bi``: the tokens of meeting.search_text (the full-text
    search); ``head_uni``/``head_bi``: those of the list's filter columns (``HEAD_COLUMNS``).

    It is brought up to date from ``MeetingSearchQueue`` by Python (repos/meetings.index_queued), not by triggers:
    a headquarters import commits without indexing, and the index catches up afterwards."""

    rowid = RowIDField()
    uni = SearchField()
    bi = SearchField()
    head_uni = SearchField()
    head_bi = SearchField()

    class Meta:
        database = db
        table_name = "meeting_search"
        options = {"content": "''", "tokenize": "unicode61 remove_diacritics 0"}


class MeetingSearchQueue(Model):
    """Index keys whose ``meeting_search`` row must be made to match the meeting now holding that key (or removed):
    filled by triggers on every write to a meeting, emptied by the indexer. ``old_text``/``old_head``: NULL when
    the key is not in the index, else the texts it was indexed with (a contentless FTS5 row is deleted by giving
    its tokens again). A meeting is either indexed with its current texts or its key is here."""

    key = BigIntegerField(primary_key=True)
    old_text = TextField(null=True)
    old_head = TextField(null=True)

    class Meta:
        database = db
        table_name = "meeting_index_queue"


MEETING_MODELS = [MeetingRow, AttendanceRow, AgendaItemRow, VoteRow, AmendmentRow, AttachmentRow,
                  AgendaTemplateRow, MeetingSearch, MeetingSearchQueue]

FTS_ID_MASK = 0xFFFFFFFF
# the meeting list's text filter looks at these (repos/meetings_search._filtered), indexed as meeting_search.head_*
HEAD_COLUMNS = ("title", "lecture_topic", "place", "host", "group_name", "types")


def fts_key(date: str, row_id: str) -> str:
    """SQL for the index key of a meeting row (``date`` and ``row_id`` are SQL expressions): whole days since the
    Julian epoch, times 2**32, plus the id. Ordered as (date, id); bitwise AND with FTS_ID_MASK gives the id."""
    return f"(CAST(julianday({date}) AS INTEGER) * 4294967296 + {row_id})"


def _head(row: str) -> str:
    return " || char(10) || ".join(f"{row}.{c}" for c in HEAD_COLUMNS)


# Every write to a meeting queues its key (the editor, a package merged at headquarters, a restore, a migration);
# plain SQL, so any tool writing the file keeps the queue right.
_Q = "INSERT OR IGNORE INTO meeting_index_queue(key, old_text, old_head) VALUES"
MEETING_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS meeting_search_ai AFTER INSERT ON meeting BEGIN
         {_Q} ({fts_key("new.date", "new.id")}, NULL, NULL);
       END""",
    f"""CREATE TRIGGER IF NOT EXISTS meeting_search_au AFTER UPDATE OF search_text, date, id, {", ".join(HEAD_COLUMNS)}
       ON meeting BEGIN
         {_Q} ({fts_key("old.date", "old.id")}, old.search_text, {_head("old")});
         {_Q} ({fts_key("new.date", "new.id")}, NULL, NULL);
       END""",
    f"""CREATE TRIGGER IF NOT EXISTS meeting_search_ad AFTER DELETE ON meeting BEGIN
         {_Q} ({fts_key("old.date", "old.id")}, old.search_text, {_head("old")});
       END""",
]
MEETING_TRIGGER_NAMES = ("meeting_search_ai", "meeting_search_au", "meeting_search_ad")
