"""党员活动室 tables: checklist template versions, inspections, their results and rectifications."""

from __future__ import annotations

from peewee import CharField, DateField, IntegerField, TextField

from dangjian_desktop.storage.columns import child_of, count, label, rectification, text
from dangjian_desktop.storage.models import Record


class RoomTemplateRow(Record):
    """One version of the checklist. Never updated after it is written: editing writes a new version."""

    version = IntegerField(index=True, verbose_name="版本")  # not unique: headquarters holds every branch's versions
    items = TextField(verbose_name="检查项目")  # JSON list of {key, section, text}
    note = text()


class InspectionRow(Record):
    inspected_on = DateField(index=True, verbose_name="检查日期")
    room = CharField(max_length=200, verbose_name="活动室")
    inspectors = CharField(max_length=300, verbose_name="检查人")
    template_version = IntegerField()
    note = text()

    class Meta:
        table_name = "room_inspection"


class InspectionResultRow(Record):
    inspection = child_of(InspectionRow, "results", verbose_name="检查")
    item_key = CharField(max_length=40)
    section = CharField(max_length=10, verbose_name="分类")
    item_text = TextField(verbose_name="检查项目")  # the wording of the template version used
    sort_order = count()
    result = label(10)
    remark = text(verbose_name="检查说明")
    photos = TextField(default="[]", verbose_name="照片")  # JSON list of Attachment dicts

    class Meta:
        table_name = "room_inspection_result"
        indexes = ((("inspection", "item_key"), True),)


class RectificationRow(Record):
    inspection = child_of(InspectionRow, "rectifications", verbose_name="检查")
    item_key = CharField(max_length=40)
    item_text = TextField(verbose_name="问题项目")
    measure, responsible, deadline, completed_on, status = rectification()
    note = text()

    class Meta:
        table_name = "room_rectification"
        indexes = ((("inspection", "item_key"), True),)


ROOM_MODELS = [RoomTemplateRow, InspectionRow, InspectionResultRow, RectificationRow]
