"""组织生活会 and 民主评议 tables: the year's cycle (hanging off its meeting record), opinions collected, problem
lists tracked as rectifications, criticisms, each member's appraisal entry, and the counted ballots.

The cycle points to its meeting with a nullable key that is set to NULL when a draft meeting is deleted: the
opinions, problem lists and grades of a year are never lost with a meeting draft (the cycle is then shown as not
linked). Members are referred to by key with the name kept as it was (a member who left is still named).
"""

from __future__ import annotations


from peewee import BooleanField, ForeignKeyField, IntegerField, TextField

from dangjian_desktop.storage.columns import child_of, count, counts, label, optional_date, rectification, text
from dangjian_desktop.storage.migrations import frozen
from dangjian_desktop.storage.models import Record, member_named, person
from dangjian_desktop.storage.models_meetings import MeetingRow


class LifeMeetingRow(Record):
    year = IntegerField(index=True, verbose_name="年度")  # not unique: headquarters holds every branch's cycles
    topic = label(300)
    meeting = ForeignKeyField(MeetingRow, null=True, on_delete="SET NULL", backref="life_meetings")
    planned_on = optional_date(verbose_name="计划召开日期")
    reported_on = optional_date(verbose_name="召开情况报告日期")
    higher_attendee = label(200, verbose_name="上级列席人员")
    appraisal_with_meeting = BooleanField(default=True, verbose_name="与组织生活会同时评议")
    appraisal_on = optional_date(verbose_name="民主评议日期")
    ballots_issued, ballots_returned = counts("发出测评票", "收回测评票")
    report_sent_on = optional_date(verbose_name="报告报送日期")
    summary = text()
    note = text()


def in_cycle(backref: str) -> ForeignKeyField:
    """The year's cycle a row belongs to: deleted with it, listed as ``cycle.<backref>``."""
    return child_of(LifeMeetingRow, backref, verbose_name="年度组织生活会")


class LifeOpinionRow(Record):
    cycle = in_cycle("opinions")
    source = label(30, verbose_name="意见来源")
    category = label(30)
    target = label(50, verbose_name="意见对象")
    content = TextField()
    received_on = optional_date(verbose_name="征求日期")
    response = text(verbose_name="回应")
    sort_order = count()


class LifeProblemRow(Record):
    cycle = in_cycle("problems")
    owner_name, owner = person("所属党员")
    problem = TextField(verbose_name="问题")
    manifestation = text(verbose_name="具体表现")
    cause = text(verbose_name="原因")
    measure, responsible, deadline, completed_on, status = rectification()
    progress = text(verbose_name="整改进展")
    sort_order = count()


class LifeCriticismRow(Record):
    cycle = in_cycle("criticisms")
    critic_name, critic = person("提出人")
    target_name, target = person("被批评人")
    points = TextField(verbose_name="批评意见")
    response = text(verbose_name="表态")
    sort_order = count()


class AppraisalEntryRow(Record):
    cycle = in_cycle("entries")
    member, member_name = member_named(backref="+")
    group_name = label(100, verbose_name="党小组")
    probationary = BooleanField(default=False, verbose_name="预备党员")
    exempt_reason = label(200, verbose_name="不参加评议原因")
    self_assessment = text(verbose_name="个人自评")
    votes_excellent, votes_qualified, votes_basic, votes_unqualified = counts("优秀票", "合格票", "基本合格票", "不合格票")
    grade = label(10, verbose_name="评定等次")
    follow_up = label(10, verbose_name="处理意见")
    follow_up_note = text(verbose_name="处理说明")
    follow_up_on = optional_date(verbose_name="处理日期")
    notified_on = optional_date(verbose_name="告知日期")
    note = text()
    sort_order = count()


class BallotRow(Record):
    cycle = in_cycle("ballots")
    number = IntegerField(verbose_name="票号")
    marks = TextField(default="{}", verbose_name="评议结果")  # JSON {entry uuid: grade}

    class Meta:
        table_name = "appraisal_ballot"
        indexes = ((("cycle", "number"), True),)


APPRAISAL_MODELS = [LifeMeetingRow, LifeOpinionRow, LifeProblemRow, LifeCriticismRow, AppraisalEntryRow, BallotRow]


# the kind's tables, frozen (printed once by `python -m dangjian_desktop.storage.migrations ddl
# dangjian_desktop.storage.models_appraisal:LifeMeetingRow … :BallotRow`)
_V1 = (
    'CREATE TABLE "life_meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "year" INTEGER NOT NULL, '
    '"topic" VARCHAR(300) NOT NULL, "meeting_id" INTEGER, "planned_on" DATE, "reported_on" DATE, '
    '"higher_attendee" VARCHAR(200) NOT NULL, "appraisal_with_meeting" INTEGER NOT NULL, '
    '"appraisal_on" DATE, "ballots_issued" INTEGER NOT NULL, "ballots_returned" INTEGER NOT NULL, '
    '"report_sent_on" DATE, "summary" TEXT NOT NULL, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "life_meeting_uuid" ON "life_meeting" ("uuid")',
    'CREATE INDEX "life_meeting_updated_at" ON "life_meeting" ("updated_at")',
    'CREATE INDEX "life_meeting_year" ON "life_meeting" ("year")',
    'CREATE INDEX "life_meeting_meeting_id" ON "life_meeting" ("meeting_id")',
    'CREATE TABLE "appraisal_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "cycle_id" INTEGER NOT NULL, '
    '"member_id" INTEGER, "member_name" VARCHAR(50) NOT NULL, "group_name" VARCHAR(100) NOT NULL, '
    '"probationary" INTEGER NOT NULL, "exempt_reason" VARCHAR(200) NOT NULL, '
    '"self_assessment" TEXT NOT NULL, "votes_excellent" INTEGER NOT NULL, '
    '"votes_qualified" INTEGER NOT NULL, "votes_basic" INTEGER NOT NULL, '
    '"votes_unqualified" INTEGER NOT NULL, "grade" VARCHAR(10) NOT NULL, "follow_up" VARCHAR(10) NOT NULL, '
    '"follow_up_note" TEXT NOT NULL, "follow_up_on" DATE, "notified_on" DATE, "note" TEXT NOT NULL, '
    '"sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("cycle_id") REFERENCES "life_meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "appraisal_entry_uuid" ON "appraisal_entry" ("uuid")',
    'CREATE INDEX "appraisal_entry_updated_at" ON "appraisal_entry" ("updated_at")',
    'CREATE INDEX "appraisal_entry_cycle_id" ON "appraisal_entry" ("cycle_id")',
    'CREATE INDEX "appraisal_entry_member_id" ON "appraisal_entry" ("member_id")',
    'CREATE TABLE "appraisal_ballot" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "cycle_id" INTEGER NOT NULL, '
    '"number" INTEGER NOT NULL, "marks" TEXT NOT NULL, '
    'FOREIGN KEY ("cycle_id") REFERENCES "life_meeting" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "appraisal_ballot_uuid" ON "appraisal_ballot" ("uuid")',
    'CREATE INDEX "appraisal_ballot_updated_at" ON "appraisal_ballot" ("updated_at")',
    'CREATE INDEX "appraisal_ballot_cycle_id" ON "appraisal_ballot" ("cycle_id")',
    'CREATE UNIQUE INDEX "appraisal_ballot_cycle_id_number" ON "appraisal_ballot" ("cycle_id", "number")',
    'CREATE TABLE "life_criticism" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "cycle_id" INTEGER NOT NULL, '
    '"critic_name" VARCHAR(50) NOT NULL, "critic_id" INTEGER, "target_name" VARCHAR(50) NOT NULL, '
    '"target_id" INTEGER, "points" TEXT NOT NULL, "response" TEXT NOT NULL, "sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("cycle_id") REFERENCES "life_meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("critic_id") REFERENCES "member" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("target_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "life_criticism_uuid" ON "life_criticism" ("uuid")',
    'CREATE INDEX "life_criticism_updated_at" ON "life_criticism" ("updated_at")',
    'CREATE INDEX "life_criticism_cycle_id" ON "life_criticism" ("cycle_id")',
    'CREATE INDEX "life_criticism_critic_id" ON "life_criticism" ("critic_id")',
    'CREATE INDEX "life_criticism_target_id" ON "life_criticism" ("target_id")',
    'CREATE TABLE "life_opinion" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "cycle_id" INTEGER NOT NULL, '
    '"source" VARCHAR(30) NOT NULL, "category" VARCHAR(30) NOT NULL, "target" VARCHAR(50) NOT NULL, '
    '"content" TEXT NOT NULL, "received_on" DATE, "response" TEXT NOT NULL, "sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("cycle_id") REFERENCES "life_meeting" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "life_opinion_uuid" ON "life_opinion" ("uuid")',
    'CREATE INDEX "life_opinion_updated_at" ON "life_opinion" ("updated_at")',
    'CREATE INDEX "life_opinion_cycle_id" ON "life_opinion" ("cycle_id")',
    'CREATE TABLE "life_problem" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "cycle_id" INTEGER NOT NULL, '
    '"owner_name" VARCHAR(50) NOT NULL, "owner_id" INTEGER, "problem" TEXT NOT NULL, '
    '"manifestation" TEXT NOT NULL, "cause" TEXT NOT NULL, "measure" TEXT NOT NULL, '
    '"responsible" VARCHAR(100) NOT NULL, "deadline" DATE, "completed_on" DATE, '
    '"status" VARCHAR(10) NOT NULL, "progress" TEXT NOT NULL, "sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("cycle_id") REFERENCES "life_meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("owner_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "life_problem_uuid" ON "life_problem" ("uuid")',
    'CREATE INDEX "life_problem_updated_at" ON "life_problem" ("updated_at")',
    'CREATE INDEX "life_problem_cycle_id" ON "life_problem" ("cycle_id")',
    'CREATE INDEX "life_problem_owner_id" ON "life_problem" ("owner_id")',
    'CREATE INDEX "life_problem_deadline" ON "life_problem" ("deadline")',
)


STEPS = [(1, frozen(_V1))]
