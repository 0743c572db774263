"""党员活动室 tables: checklist template versions, inspections, their results and rectifications."""

from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from dangjian_desktop.storage.models import Record


class RoomTemplateRow(Record):
    """One version of the checklist. Never updated after it is written: editing writes a new version."""

    version = IntegerField(index=True)  # not unique: headquarters holds every branch's versions
    items = TextField()  # JSON list of {key, section, text}
    note = TextField(default="")

    class Meta:
        table_name = "room_template"


class InspectionRow(Record):
    inspected_on = DateField(index=True)
    room = CharField(max_length=200)
    inspectors = CharField(max_length=300)
    template_version = IntegerField()
    note = TextField(default="")

    class Meta:
        table_name = "room_inspection"


class InspectionResultRow(Record):
    inspection = ForeignKeyField(InspectionRow, backref="results", on_delete="CASCADE")
    item_key = CharField(max_length=40)
    section = CharField(max_length=10)
    item_text = TextField()  # the wording of the template version used
    sort_order = IntegerField(default=0)
    result = CharField(max_length=10, default="")
    remark = TextField(default="")
    photos = TextField(default="[]")  # JSON list of Attachment dicts

    class Meta:
        table_name = "room_inspection_result"
        indexes = ((("inspection", "item_key"), True),)


class RectificationRow(Record):
    inspection = ForeignKeyField(InspectionRow, backref="rectifications", on_delete="CASCADE")
    item_key = CharField(max_length=40)
    item_text = TextField()
    measure = TextField(default="")
    responsible = CharField(max_length=100, default="")
    deadline = DateField(null=True, index=True)
    completed_on = DateField(null=True)
    status = CharField(max_length=10, default="待整改")
    note = TextField(default="")

    class Meta:
        table_name = "room_rectification"
        indexes = ((("inspection", "item_key"), True),)


ROOM_MODELS = [RoomTemplateRow, InspectionRow, InspectionResultRow, RectificationRow]
