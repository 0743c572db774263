"""发展党员 tables: the person and the case (training, extension, status), its dated steps, its 培养联系人 and
入党介绍人, its half-yearly assessments and its 公示. Meetings are named by UUID (``meeting_uuid``), the roster
member by a foreign key."""

from __future__ import annotations


from peewee import BooleanField, CharField, DateField, FloatField, ForeignKeyField, IntegerField

from dangjian_desktop.storage.columns import child_of, count, label, optional_date, text
from dangjian_desktop.storage.migrations import frozen
from dangjian_desktop.storage.models import BranchRow, PartyGroupRow, Record, member_named, member_ref


class DevelopmentCaseRow(Record):
    branch = child_of(BranchRow, "development_cases")
    name = CharField(max_length=50, index=True)
    gender = label(4)
    ethnicity = label(20)
    birth_date = optional_date()
    id_number = label(18)
    education = label(20)
    position = label(100)
    phone = label(30)
    applied_on = DateField(index=True, verbose_name="递交入党申请书日期")
    group = ForeignKeyField(PartyGroupRow, null=True, on_delete="SET NULL")
    member = member_ref(backref="development_cases")
    status = CharField(max_length=20, default="培养中")
    status_on = optional_date(verbose_name="状态日期")
    status_reason = text(verbose_name="状态原因")
    status_meeting_uuid = label(36)
    training_from = optional_date(verbose_name="集中培训自")
    training_to = optional_date(verbose_name="集中培训至")
    training_days = FloatField(default=0, verbose_name="集中培训（天）")
    training_hours = FloatField(default=0, verbose_name="集中培训（学时）")
    training_organiser = label(200, verbose_name="培训组织单位")
    training_certificate = label(100, verbose_name="结业证书")
    extension_months = count(verbose_name="延长预备期（月）")
    extension_on = optional_date(verbose_name="延长预备期决定日期")
    extension_meeting_uuid = label(36)
    extension_approved_on = optional_date(verbose_name="延长预备期批准日期")
    extension_reason = text(verbose_name="延长预备期原因")
    note = text()


class DevelopmentStepRow(Record):
    case = child_of(DevelopmentCaseRow, "steps", verbose_name="发展对象")
    number = IntegerField(verbose_name="步骤")
    on = DateField(index=True, verbose_name="日期")
    handler = label(200, verbose_name="经办/决定")
    result = text()
    passed = BooleanField(null=True, verbose_name="通过")
    note = text()
    meeting_uuid = label(36)

    class Meta:
        # not unique: headquarters merges rows by UUID, and a replaced row and its tombstone may cross in a package
        indexes = ((("case", "number"), False),)


class DevelopmentContactRow(Record):
    case = child_of(DevelopmentCaseRow, "contacts", verbose_name="发展对象")
    role = CharField(max_length=10)
    member, name = member_named()
    since = optional_date(verbose_name="培养联系自")
    until = optional_date(verbose_name="培养联系至")


class DevelopmentAssessmentRow(Record):
    case = child_of(DevelopmentCaseRow, "assessments", verbose_name="发展对象")
    on = DateField(index=True, verbose_name="考察日期")
    period = label(30, verbose_name="考察时段")
    assessor = label(100, verbose_name="考察人")
    performance = text(verbose_name="现实表现")
    opinion = text(verbose_name="考察意见")


class DevelopmentPublicityRow(Record):
    case = child_of(DevelopmentCaseRow, "publicity", verbose_name="发展对象")
    kind = CharField(max_length=20)
    starts_on = DateField(index=True, verbose_name="公示开始日期")
    ends_on = DateField(verbose_name="公示结束日期")
    outcome = label(200, verbose_name="公示结果")
    note = text()


DEVELOPMENT_MODELS = [DevelopmentCaseRow, DevelopmentStepRow, DevelopmentContactRow, DevelopmentAssessmentRow,
                      DevelopmentPublicityRow]


# the five tables (DDL frozen from `python -m dangjian_desktop.storage.migrations ddl …`)
_V1: tuple[str, ...] = (
    'CREATE TABLE "development_case" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "branch_id" INTEGER NOT NULL, '
    '"name" VARCHAR(50) NOT NULL, "gender" VARCHAR(4) NOT NULL, "ethnicity" VARCHAR(20) NOT NULL, '
    '"birth_date" DATE, "id_number" VARCHAR(18) NOT NULL, "education" VARCHAR(20) NOT NULL, '
    '"position" VARCHAR(100) NOT NULL, "phone" VARCHAR(30) NOT NULL, "applied_on" DATE NOT NULL, '
    '"group_id" INTEGER, "member_id" INTEGER, "status" VARCHAR(20) NOT NULL, "status_on" DATE, '
    '"status_reason" TEXT NOT NULL, "status_meeting_uuid" VARCHAR(36) NOT NULL, "training_from" DATE, '
    '"training_to" DATE, "training_days" REAL NOT NULL, "training_hours" REAL NOT NULL, '
    '"training_organiser" VARCHAR(200) NOT NULL, "training_certificate" VARCHAR(100) NOT NULL, '
    '"extension_months" INTEGER NOT NULL, "extension_on" DATE, '
    '"extension_meeting_uuid" VARCHAR(36) NOT NULL, "extension_approved_on" DATE, '
    '"extension_reason" TEXT NOT NULL, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("group_id") REFERENCES "party_group" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "development_case_uuid" ON "development_case" ("uuid")',
    'CREATE INDEX "development_case_updated_at" ON "development_case" ("updated_at")',
    'CREATE INDEX "development_case_branch_id" ON "development_case" ("branch_id")',
    'CREATE INDEX "development_case_name" ON "development_case" ("name")',
    'CREATE INDEX "development_case_applied_on" ON "development_case" ("applied_on")',
    'CREATE INDEX "development_case_group_id" ON "development_case" ("group_id")',
    'CREATE INDEX "development_case_member_id" ON "development_case" ("member_id")',
    'CREATE TABLE "development_assessment" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"uuid" VARCHAR(36) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
    '"case_id" INTEGER NOT NULL, "on" DATE NOT NULL, "period" VARCHAR(30) NOT NULL, '
    '"assessor" VARCHAR(100) NOT NULL, "performance" TEXT NOT NULL, "opinion" TEXT NOT NULL, '
    'FOREIGN KEY ("case_id") REFERENCES "development_case" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "development_assessment_uuid" ON "development_assessment" ("uuid")',
    'CREATE INDEX "development_assessment_updated_at" ON "development_assessment" ("updated_at")',
    'CREATE INDEX "development_assessment_case_id" ON "development_assessment" ("case_id")',
    'CREATE INDEX "development_assessment_on" ON "development_assessment" ("on")',
    'CREATE TABLE "development_contact" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "case_id" INTEGER NOT NULL, '
    '"role" VARCHAR(10) NOT NULL, "member_id" INTEGER, "name" VARCHAR(50) NOT NULL, "since" DATE, '
    '"until" DATE, FOREIGN KEY ("case_id") REFERENCES "development_case" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "development_contact_uuid" ON "development_contact" ("uuid")',
    'CREATE INDEX "development_contact_updated_at" ON "development_contact" ("updated_at")',
    'CREATE INDEX "development_contact_case_id" ON "development_contact" ("case_id")',
    'CREATE INDEX "development_contact_member_id" ON "development_contact" ("member_id")',
    'CREATE TABLE "development_publicity" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"uuid" VARCHAR(36) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
    '"case_id" INTEGER NOT NULL, "kind" VARCHAR(20) NOT NULL, "starts_on" DATE NOT NULL, '
    '"ends_on" DATE NOT NULL, "outcome" VARCHAR(200) NOT NULL, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("case_id") REFERENCES "development_case" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "development_publicity_uuid" ON "development_publicity" ("uuid")',
    'CREATE INDEX "development_publicity_updated_at" ON "development_publicity" ("updated_at")',
    'CREATE INDEX "development_publicity_case_id" ON "development_publicity" ("case_id")',
    'CREATE INDEX "development_publicity_starts_on" ON "development_publicity" ("starts_on")',
    'CREATE TABLE "development_step" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "case_id" INTEGER NOT NULL, '
    '"number" INTEGER NOT NULL, "on" DATE NOT NULL, "handler" VARCHAR(200) NOT NULL, '
    '"result" TEXT NOT NULL, "passed" INTEGER, "note" TEXT NOT NULL, '
    '"meeting_uuid" VARCHAR(36) NOT NULL, '
    'FOREIGN KEY ("case_id") REFERENCES "development_case" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "development_step_uuid" ON "development_step" ("uuid")',
    'CREATE INDEX "development_step_updated_at" ON "development_step" ("updated_at")',
    'CREATE INDEX "development_step_case_id" ON "development_step" ("case_id")',
    'CREATE INDEX "development_step_on" ON "development_step" ("on")',
    'CREATE INDEX "development_step_case_id_number" ON "development_step" ("case_id", "number")',
)

STEPS = [(1, frozen(_V1))]
