"""换届选举 tables: the election (请示, 批复, figures, dates), its people (候选人, 监票人, 计票人), its rounds and the
votes of each, the new committee's 分工, and the history of terms (历届支委会).

``committee_term.members`` is a JSON list ({role, name, duty, member_uuid}) written once when a term is recorded:
a term of the past is never edited, so its members need no identity of their own.
"""

from __future__ import annotations


from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from dangjian_desktop.storage.columns import child_of, count, counts, label, optional_date, text
from dangjian_desktop.storage.migrations import frozen
from dangjian_desktop.storage.models import BranchRow, Record, member_named
from dangjian_desktop.storage.models_meetings import MeetingRow


class ElectionRow(Record):
    branch = ForeignKeyField(BranchRow, null=True, backref="elections", on_delete="CASCADE")
    meeting = ForeignKeyField(MeetingRow, null=True, on_delete="SET NULL", index=True)
    held_on = optional_date(index=True)
    term_years = IntegerField(default=5)
    request_on = optional_date(verbose_name="请示日期")
    request_no = label(100, verbose_name="请示文号")
    request_text = text(verbose_name="请示正文")
    reply_on = optional_date(verbose_name="上级批复日期")
    reply_no = label(100, verbose_name="批复文号")
    seats = IntegerField(default=5, verbose_name="应选名额")
    reduced_to = count(verbose_name="减少后名额")
    direct_officers = BooleanField(default=False, verbose_name="党员大会直接选举书记")
    delay_until = optional_date(verbose_name="批准延期至")
    delay_no = label(100, verbose_name="延期批复文号")
    voters_due, voters_present = counts("应到人数", "实到人数")
    due_note = text(verbose_name="到期说明")
    officers_on = optional_date(verbose_name="选举书记、副书记日期")
    report_on = optional_date(verbose_name="选举结果上报日期")
    approved_on = optional_date(verbose_name="上级党委批准日期")
    approval_no = label(100, verbose_name="批准文号")
    applied_at = DateTimeField(null=True, verbose_name="申请时间")
    note = text()


class ElectionPersonRow(Record):
    """A 候选人, 监票人 or 计票人 (``role``)."""

    election = child_of(ElectionRow, "people", verbose_name="换届选举")
    role = CharField(max_length=10)
    member, name = member_named()
    sort_order = count()


class ElectionRoundRow(Record):
    election = child_of(ElectionRow, "rounds", verbose_name="换届选举")
    number = IntegerField(default=1, verbose_name="轮次")
    kind = CharField(max_length=20, default="正式选举")
    seats = count(verbose_name="本轮应选名额")
    ballots_issued, ballots_returned, ballots_valid, ballots_void = counts("发出选票", "收回选票", "有效票", "无效票")


class ElectionVoteRow(Record):
    """One line of a round's 计票单."""

    ballot_round = child_of(ElectionRoundRow, "votes", verbose_name="投票轮次")
    member, name = member_named()
    write_in = BooleanField(default=False, verbose_name="另选他人")
    yes, no, abstain = counts("赞成", "反对", "弃权")
    sort_order = count()


class ElectionSeatRow(Record):
    """A seat of the new committee with its 分工."""

    election = child_of(ElectionRow, "seats_of", verbose_name="换届选举")
    role = CharField(max_length=10)
    duty = label(100)
    member, name = member_named()
    sort_order = count()


class CommitteeTermRow(Record):
    """One 届 of the committee (历届支委会)."""

    branch = child_of(BranchRow, "terms")
    elected_on = optional_date(index=True, verbose_name="选举日期")
    term_years = IntegerField(default=5)
    ended_on = optional_date(verbose_name="届满日期")
    election = ForeignKeyField(ElectionRow, null=True, on_delete="SET NULL", verbose_name="换届选举")
    members = TextField(default="[]", verbose_name="支委会成员")
    source = CharField(max_length=20, default="换届选举", verbose_name="来源")


ELECTION_MODELS = [ElectionRow, ElectionPersonRow, ElectionRoundRow, ElectionVoteRow, ElectionSeatRow,
                   CommitteeTermRow]


# printed once by `python -m dangjian_desktop.storage.migrations ddl` (models as of step 1): never edit
_V1 = [
    'CREATE TABLE "election" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "branch_id" INTEGER, '
    '"meeting_id" INTEGER, "held_on" DATE, "term_years" INTEGER NOT NULL, "request_on" DATE, '
    '"request_no" VARCHAR(100) NOT NULL, "request_text" TEXT NOT NULL, "reply_on" DATE, '
    '"reply_no" VARCHAR(100) NOT NULL, "seats" INTEGER NOT NULL, "reduced_to" INTEGER NOT NULL, '
    '"direct_officers" INTEGER NOT NULL, "delay_until" DATE, "delay_no" VARCHAR(100) NOT NULL, '
    '"voters_due" INTEGER NOT NULL, "voters_present" INTEGER NOT NULL, "due_note" TEXT NOT NULL, '
    '"officers_on" DATE, "report_on" DATE, "approved_on" DATE, "approval_no" VARCHAR(100) NOT NULL, '
    '"applied_at" DATETIME, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "election_uuid" ON "election" ("uuid")',
    'CREATE INDEX "election_updated_at" ON "election" ("updated_at")',
    'CREATE INDEX "election_branch_id" ON "election" ("branch_id")',
    'CREATE INDEX "election_meeting_id" ON "election" ("meeting_id")',
    'CREATE INDEX "election_held_on" ON "election" ("held_on")',
    'CREATE TABLE "committee_term" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "branch_id" INTEGER NOT NULL, '
    '"elected_on" DATE, "term_years" INTEGER NOT NULL, "ended_on" DATE, "election_id" INTEGER, '
    '"members" TEXT NOT NULL, "source" VARCHAR(20) NOT NULL, '
    'FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("election_id") REFERENCES "election" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "committee_term_uuid" ON "committee_term" ("uuid")',
    'CREATE INDEX "committee_term_updated_at" ON "committee_term" ("updated_at")',
    'CREATE INDEX "committee_term_branch_id" ON "committee_term" ("branch_id")',
    'CREATE INDEX "committee_term_elected_on" ON "committee_term" ("elected_on")',
    'CREATE INDEX "committee_term_election_id" ON "committee_term" ("election_id")',
    'CREATE TABLE "election_person" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "election_id" INTEGER NOT NULL, '
    '"role" VARCHAR(10) NOT NULL, "member_id" INTEGER, "name" VARCHAR(50) NOT NULL, '
    '"sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("election_id") REFERENCES "election" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "election_person_uuid" ON "election_person" ("uuid")',
    'CREATE INDEX "election_person_updated_at" ON "election_person" ("updated_at")',
    'CREATE INDEX "election_person_election_id" ON "election_person" ("election_id")',
    'CREATE INDEX "election_person_member_id" ON "election_person" ("member_id")',
    'CREATE TABLE "election_round" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "election_id" INTEGER NOT NULL, '
    '"number" INTEGER NOT NULL, "kind" VARCHAR(20) NOT NULL, "seats" INTEGER NOT NULL, '
    '"ballots_issued" INTEGER NOT NULL, "ballots_returned" INTEGER NOT NULL, '
    '"ballots_valid" INTEGER NOT NULL, "ballots_void" INTEGER NOT NULL, '
    'FOREIGN KEY ("election_id") REFERENCES "election" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "election_round_uuid" ON "election_round" ("uuid")',
    'CREATE INDEX "election_round_updated_at" ON "election_round" ("updated_at")',
    'CREATE INDEX "election_round_election_id" ON "election_round" ("election_id")',
    'CREATE TABLE "election_seat" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "election_id" INTEGER NOT NULL, '
    '"role" VARCHAR(10) NOT NULL, "duty" VARCHAR(100) NOT NULL, "member_id" INTEGER, '
    '"name" VARCHAR(50) NOT NULL, "sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("election_id") REFERENCES "election" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "election_seat_uuid" ON "election_seat" ("uuid")',
    'CREATE INDEX "election_seat_updated_at" ON "election_seat" ("updated_at")',
    'CREATE INDEX "election_seat_election_id" ON "election_seat" ("election_id")',
    'CREATE INDEX "election_seat_member_id" ON "election_seat" ("member_id")',
    'CREATE TABLE "election_vote" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "ballot_round_id" INTEGER NOT NULL, '
    '"member_id" INTEGER, "name" VARCHAR(50) NOT NULL, "write_in" INTEGER NOT NULL, '
    '"yes" INTEGER NOT NULL, "no" INTEGER NOT NULL, "abstain" INTEGER NOT NULL, '
    '"sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("ballot_round_id") REFERENCES "election_round" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "election_vote_uuid" ON "election_vote" ("uuid")',
    'CREATE INDEX "election_vote_updated_at" ON "election_vote" ("updated_at")',
    'CREATE INDEX "election_vote_ballot_round_id" ON "election_vote" ("ballot_round_id")',
    'CREATE INDEX "election_vote_member_id" ON "election_vote" ("member_id")',
]

STEPS = [(1, frozen(_V1))]
