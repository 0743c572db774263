"""党员活动室 tables: checklist template versions, inspections, their results and rectifications."""

from __future__ import annotations

from peewee import CharField, DateField, IntegerField, TextField

from dangjian_desktop.storage.columns import child_of, count, label, rectification, text
from dangjian_desktop.storage.models import Record


class RoomTemplateRow(Record):
    """One version of the checklist. Never updated after it is written: editing writes a new version."""

    version = IntegerField(index=True)  # not unique: headquarters holds every branch's versions
    items = TextField()  # JSON list of {key, section, text}
    note = text()


class InspectionRow(Record):
    inspected_on = DateField(index=True)
    room = CharField(max_length=200)
    inspectors = CharField(max_length=300)
    template_version = IntegerField()
    note = text()

    class Meta:
        table_name = "room_inspection"


class InspectionResultRow(Record):
    inspection = child_of(InspectionRow, "results")
    item_key = CharField(max_length=40)
    section = CharField(max_length=10)
    item_text = TextField()  # the wording of the template version used
    sort_order = count()
    result = label(10)
    remark = text()
    photos = TextField(default="[]")  # JSON list of Attachment dicts

    class Meta:
        table_name = "room_inspection_result"
        indexes = ((("inspection", "item_key"), True),)


class RectificationRow(Record):
    inspection = child_of(InspectionRow, "rectifications")
    item_key = CharField(max_length=40)
    item_text = TextField()
    measure, responsible, deadline, completed_on, status = rectification()
    note = text()

    class Meta:
        table_name = "room_rectification"
        indexes = ((("inspection", "item_key"), True),)


ROOM_MODELS = [RoomTemplateRow, InspectionRow, InspectionResultRow, RectificationRow]
