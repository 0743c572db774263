"""谈心谈话: one row per talk. Both people are kept by name as they were, and by key when on the roster."""

from __future__ import annotations


from peewee import CharField, DateField

from dangjian_desktop.storage.columns import label, text
from dangjian_desktop.storage.migrations import frozen
from dangjian_desktop.storage.models import Record, person


class TalkRow(Record):
    on = DateField(index=True, verbose_name="谈话日期")
    place = label(200)
    a_name, a = person("谈话人")
    b_name, b = person("谈话对象")
    kind = CharField(max_length=10, default="日常")
    content = text()
    views = text(verbose_name="谈话主要内容")
    follow_up = text(verbose_name="后续跟进")


TALK_MODELS = [TalkRow]


# the talk table, frozen (printed once by `python -m dangjian_desktop.storage.migrations ddl
# dangjian_desktop.storage.models_talks:TalkRow`)
_V1 = (
    'CREATE TABLE "talk" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "on" DATE NOT NULL, '
    '"place" VARCHAR(200) NOT NULL, "a_name" VARCHAR(50) NOT NULL, "a_id" INTEGER, '
    '"b_name" VARCHAR(50) NOT NULL, "b_id" INTEGER, "kind" VARCHAR(10) NOT NULL, "content" TEXT NOT NULL, '
    '"views" TEXT NOT NULL, "follow_up" TEXT NOT NULL, '
    'FOREIGN KEY ("a_id") REFERENCES "member" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("b_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "talk_uuid" ON "talk" ("uuid")',
    'CREATE INDEX "talk_updated_at" ON "talk" ("updated_at")',
    'CREATE INDEX "talk_on" ON "talk" ("on")',
    'CREATE INDEX "talk_a_id" ON "talk" ("a_id")',
    'CREATE INDEX "talk_b_id" ON "talk" ("b_id")',
)


STEPS = [(1, frozen(_V1))]
