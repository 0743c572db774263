"""Tables of 三会一课: meetings, attendance, agenda, votes, amendments, attachments, agenda templates, and the
full-text index.

Indexes serve the meeting list at 20,000 meetings (250,000 at headquarters): ``(date)`` for the year filter and
sort, ``(group, date)`` for the 党小组 filter, ``(date, type_mask, branch)`` to count a year's meetings by type or
by branch without reading the rows; the type filter tests a bit mask (a sitting may carry several types). ``meeting_fts`` is an FTS5 trigram index for queries of three characters or more, keyed in date order (see
``MeetingFts``); shorter queries use instr() on ``meeting.search_text`` (a trigram index cannot answer them, and SQLite 3.40 even gives wrong
results for a two-character LIKE on a trigram table).
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from peewee import SQL
from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from dangjian_desktop.storage.database import db
from dangjian_desktop.storage.meetings_steps import HELD_INDEX
from dangjian_desktop.storage.models import BranchRow, MemberRow, PartyGroupRow, Record, utcnow


class MeetingRow(Record):
    branch = ForeignKeyField(BranchRow, null=True, backref="meetings", on_delete="CASCADE")
    date = DateField(index=True)
    type_mask = IntegerField(default=0)
    types = CharField(max_length=200, default="")  # "党课|主题党日", primary type first
    title = CharField(max_length=300, default="")
    start_time = CharField(max_length=5, default="")  # "HH:MM"
    end_time = CharField(max_length=5, default="")
    place = CharField(max_length=200, default="")
    host = CharField(max_length=50, default="")
    recorder = CharField(max_length=50, default="")
    lecturer = CharField(max_length=50, default="")
    lecture_topic = CharField(max_length=300, default="")
    scope = CharField(max_length=20, default="全体党员")
    group = ForeignKeyField(PartyGroupRow, null=True, on_delete="SET NULL")
    group_name = CharField(max_length=100, default="")  # as it was called at the time
    observers = TextField(default="")
    minutes = TextField(default="")
    resolutions = TextField(default="")
    status = CharField(max_length=10, default="草稿", index=True)
    finalized_at = DateTimeField(null=True)
    expected_count = IntegerField(default=0)
    present_count = IntegerField(default=0)
    attachment_count = IntegerField(default=0)
    search_text = TextField(default="")  # every searchable text, for the short-query LIKE path

    class Meta:
        table_name = "meeting"
        # (date, type_mask, branch): the filter's count by year and type, and headquarters' meetings per branch
        # in a year, read from the index alone (the rows hold the minutes: 250,000 of them at headquarters)
        indexes = ((("group", "date"), False), (("date", "type_mask", "branch"), False))


MeetingRow.add_index(SQL(HELD_INDEX))  # headquarters' oversight reads a year from it alone (meetings_steps.py)


class AttendanceRow(Record):
    meeting = ForeignKeyField(MeetingRow, backref="attendance", on_delete="CASCADE")
    member = ForeignKeyField(MemberRow, null=True, on_delete="SET NULL")
    name = CharField(max_length=50)
    has_vote = BooleanField(default=True)
    present = BooleanField(default=True)
    reason = CharField(max_length=10, default="")
    reason_text = CharField(max_length=300, default="")
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "meeting_attendance"
        indexes = ((("member", "meeting"), False),)


class AgendaItemRow(Record):
    meeting = ForeignKeyField(MeetingRow, backref="agenda", on_delete="CASCADE")
    position = IntegerField(default=0)
    title = CharField(max_length=500)
    first_topic = BooleanField(default=False)
    note = TextField(default="")
    # the 第一议题学习台账 (domain/first_topic.Study; schema version 5)
    study_title = CharField(max_length=300, default="")
    study_source = CharField(max_length=200, default="")
    study_speech_date = DateField(null=True)
    study_led_by = CharField(max_length=50, default="")
    study_form = CharField(max_length=100, default="")
    study_follow_up = TextField(default="")

    class Meta:
        table_name = "meeting_agenda_item"


class VoteRow(Record):
    meeting = ForeignKeyField(MeetingRow, backref="votes", on_delete="CASCADE")
    position = IntegerField(default=0)
    subject = CharField(max_length=500)
    yes = IntegerField(default=0)
    no = IntegerField(default=0)
    abstain = IntegerField(default=0)

    class Meta:
        table_name = "meeting_vote"


class AmendmentRow(Record):
    meeting = ForeignKeyField(MeetingRow, backref="amendments", on_delete="CASCADE")
    made_on = DateField()
    at = DateTimeField(default=utcnow)
    field = CharField(max_length=50)
    old_value = TextField(default="")
    new_value = TextField(default="")
    reason = TextField(default="")
    who = CharField(max_length=100, default="")

    class Meta:
        table_name = "meeting_amendment"


class AttachmentRow(Record):
    meeting = ForeignKeyField(MeetingRow, backref="attachments", on_delete="CASCADE")
    sha256 = CharField(max_length=64, index=True)
    name = CharField(max_length=255)
    size = IntegerField(default=0)

    class Meta:
        table_name = "meeting_attachment"


class AgendaTemplateRow(Record):
    name = CharField(max_length=100, index=True)  # not unique: headquarters holds every branch's templates
    items = TextField(default="[]")  # JSON [{title, first_topic, note}]

    class Meta:
        table_name = "agenda_template"


class MeetingFts(FTS5Model):
    """Trigram full-text index. rowid = ``fts_key(date, id)`` (schema version 2): the day of the meeting times
    2**32 plus meeting.id, so the index walks its hits newest first (``ORDER BY rowid DESC``) and a search can stop
    at the first 200 instead of collecting every hit and sorting them by date. ``rowid & 0xFFFFFFFF`` is meeting.id.
    (Stores of schema version 1 used rowid = meeting.id; migrations._v2_fts_by_date rebuilds the index.)"""

    rowid = RowIDField()
    body = SearchField()

    class Meta:
        database = db
        table_name = "meeting_fts"
        options = {"tokenize": "trigram"}


MEETING_MODELS = [MeetingRow, AttendanceRow, AgendaItemRow, VoteRow, AmendmentRow, AttachmentRow,
                  AgendaTemplateRow, MeetingFts]

FTS_ID_MASK = 0xFFFFFFFF


def fts_key(date: str, row_id: str) -> str:
    """SQL for the index key of a meeting row (``date`` and ``row_id`` are SQL expressions): whole days since the
    Julian epoch, times 2**32, plus the id. Ordered as (date, id); bitwise AND with FTS_ID_MASK gives the id."""
    return f"(CAST(julianday({date}) AS INTEGER) * 4294967296 + {row_id})"


# The index follows meeting.search_text and meeting.date through triggers, so every write path keeps it right: the
# editor, a package merged at headquarters (storage/repos/records.py), a restore.
MEETING_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS meeting_fts_ai AFTER INSERT ON meeting BEGIN
         INSERT INTO meeting_fts(rowid, body) VALUES ({fts_key("new.date", "new.id")}, new.search_text);
       END""",
    f"""CREATE TRIGGER IF NOT EXISTS meeting_fts_au AFTER UPDATE OF search_text, date, id ON meeting BEGIN
         DELETE FROM meeting_fts WHERE rowid = {fts_key("old.date", "old.id")};
         INSERT INTO meeting_fts(rowid, body) VALUES ({fts_key("new.date", "new.id")}, new.search_text);
       END""",
    f"""CREATE TRIGGER IF NOT EXISTS meeting_fts_ad AFTER DELETE ON meeting BEGIN
         DELETE FROM meeting_fts WHERE rowid = {fts_key("old.date", "old.id")};
       END""",
]
MEETING_TRIGGER_NAMES = ("meeting_fts_ai", "meeting_fts_au", "meeting_fts_ad")


def rebuild_fts_sql(where: str = "") -> str:
    """INSERT of the index rows of the meetings matching ``where`` (SQL over table ``meeting``), in key order."""
    key = fts_key("date", "id")
    return (f"INSERT INTO meeting_fts(rowid, body) SELECT {key}, search_text FROM meeting "
            f"{'WHERE ' + where if where else ''} ORDER BY {key}")
