"""学时: study outside the branch's meetings, entered per member (the meetings' hours come from the meeting records)."""

from __future__ import annotations


from peewee import CharField, DateField

from dangjian_desktop.storage.columns import count, label, text
from dangjian_desktop.storage.migrations import frozen
from dangjian_desktop.storage.models import Record, member_named


class StudyRecordRow(Record):
    member, name = member_named(backref="study_records")  # the name as it was at the time
    on = DateField(index=True, verbose_name="日期")
    title = CharField(max_length=300)
    kind = label(30)
    organiser = label(200, verbose_name="组织单位")
    tenths = count(verbose_name="学时")  # 学时 × 10
    note = text()


STUDY_MODELS = [StudyRecordRow]


# printed once by `python -m dangjian_desktop.storage.migrations ddl` (models as of step 1): never edit
_V1 = [
    'CREATE TABLE "study_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "member_id" INTEGER, '
    '"name" VARCHAR(50) NOT NULL, "on" DATE NOT NULL, "title" VARCHAR(300) NOT NULL, '
    '"kind" VARCHAR(30) NOT NULL, "organiser" VARCHAR(200) NOT NULL, "tenths" INTEGER NOT NULL, '
    '"note" TEXT NOT NULL, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "study_record_uuid" ON "study_record" ("uuid")',
    'CREATE INDEX "study_record_updated_at" ON "study_record" ("updated_at")',
    'CREATE INDEX "study_record_member_id" ON "study_record" ("member_id")',
    'CREATE INDEX "study_record_on" ON "study_record" ("on")',
]

STEPS = [(1, frozen(_V1))]
