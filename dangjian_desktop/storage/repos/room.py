"""Checklist template versions, inspections, results and rectifications as domain objects."""

from __future__ import annotations

import json

from dangjian_desktop.domain.attachments import attachments_from_json, attachments_to_json
from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.domain.room import (
    ChecklistItem,
    ChecklistTemplate,
    Inspection,
    ItemResult,
    Rectification,
    RectStatus,
    Result,
)
from dangjian_desktop.storage.models import Tombstone, new_uuid
from dangjian_desktop.storage.models_room import (
    InspectionResultRow,
    InspectionRow,
    RectificationRow,
    RoomTemplateRow,
)
from dangjian_desktop.storage.repos import children
from dangjian_desktop.storage.repos.rows import by_uuid, delete_row, existing, row_for, save_fields

# -- templates --------------------------------------------------------------------------------------------------


def _template(row: RoomTemplateRow) -> ChecklistTemplate:
    items = tuple(ChecklistItem(key=d["key"], section=d["section"], text=d["text"]) for d in json.loads(row.items))
    return ChecklistTemplate(version=row.version, items=items, note=row.note, created_at=row.created_at)


def latest_template() -> ChecklistTemplate | None:
    row = RoomTemplateRow.select().order_by(RoomTemplateRow.version.desc()).first()
    return _template(row) if row else None


def get_template(version: int) -> ChecklistTemplate | None:
    row = RoomTemplateRow.get_or_none(RoomTemplateRow.version == version)
    return _template(row) if row else None


def list_templates() -> list[ChecklistTemplate]:
    return [_template(r) for r in RoomTemplateRow.select().order_by(RoomTemplateRow.version)]


def add_template(version: int, items: list[ChecklistItem] | tuple[ChecklistItem, ...], note: str) -> ChecklistTemplate:
    row = RoomTemplateRow.create(version=version, items=json.dumps([i.as_dict() for i in items], ensure_ascii=False),
                                 note=note)
    return _template(row)


# -- inspections ------------------------------------------------------------------------------------------------




def _rect(row: RectificationRow, ins: InspectionRow) -> Rectification:
    return Rectification(
        item_key=row.item_key, item_text=row.item_text, measure=row.measure, responsible=row.responsible,
        deadline=row.deadline, completed_on=row.completed_on, status=RectStatus(row.status), note=row.note,
        inspection_uuid=ins.uuid, inspection_date=ins.inspected_on, room=ins.room, uuid=row.uuid,
    )


def _inspection(row: InspectionRow) -> Inspection:
    results = [
        ItemResult(key=r.item_key, section=r.section, text=r.item_text, result=Result(r.result), remark=r.remark,
                   photos=attachments_from_json(r.photos))
        for r in row.results.order_by(InspectionResultRow.sort_order, InspectionResultRow.id)
    ]
    order = {r.key: i for i, r in enumerate(results)}
    rects = sorted((_rect(r, row) for r in row.rectifications), key=lambda r: order.get(r.item_key, 10**6))
    return Inspection(inspected_on=row.inspected_on, room=row.room, inspectors=row.inspectors,
                      template_version=row.template_version, results=results, rectifications=rects, note=row.note,
                      uuid=row.uuid)


def inspection_row(uuid: str) -> InspectionRow:
    return existing(InspectionRow, uuid, "找不到该检查记录。")


def get_inspection(uuid: str) -> Inspection:
    return _inspection(inspection_row(uuid))


def list_inspections() -> list[Inspection]:
    q = InspectionRow.select().order_by(InspectionRow.inspected_on.desc(), InspectionRow.id.desc())
    return [_inspection(r) for r in q]


def uuids_with_prefix(prefix: str) -> list[str]:
    q = InspectionRow.select(InspectionRow.uuid).where(InspectionRow.uuid.startswith(prefix.lower()))
    return [r.uuid for r in q]


def save_inspection(ins: Inspection) -> Inspection:
    """Write the inspection and its results; rectifications are kept in line with the failed items."""
    row = row_for(InspectionRow, ins.uuid)
    save_fields(row, ins, "inspected_on room inspectors template_version note")
    # results keep their identity by checklist item (repos/children.py): only what changed is rewritten (and
    # travels), an item no longer in the inspection is deleted with a tombstone
    children.sync(InspectionResultRow, InspectionResultRow.inspection, row.id, [
        {"item_key": res.key, "section": res.section, "item_text": res.text, "sort_order": order,
         "result": res.result.value, "remark": res.remark, "photos": attachments_to_json(res.photos)}
        for order, res in enumerate(ins.results)], key=lambda r: r["item_key"])
    # the rectifications given (edited in the same form) are saved; failed items without one get a new one
    rects = {r.item_key: r for r in row.rectifications}
    failed = {r.key: r for r in ins.results if r.result is Result.FAIL}
    for r in ins.rectifications:
        if r.item_key in failed:
            _write_rect(row, rects.get(r.item_key), r)
    for key, rrow in rects.items():
        if key not in failed:
            Tombstone.create(table="room_rectification", uuid=rrow.uuid)
            rrow.delete_instance()
    return get_inspection(row.uuid)


def _write_rect(ins_row: InspectionRow, row: RectificationRow | None, r: Rectification) -> RectificationRow:
    if row is None:
        row = RectificationRow(uuid=r.uuid or new_uuid(), inspection=ins_row, item_key=r.item_key)
    return save_fields(row, r, "item_text measure responsible deadline completed_on note", status=r.status.value)


def get_rectification(uuid: str) -> Rectification:
    row = existing(RectificationRow, uuid, "找不到该整改事项。")
    return _rect(row, row.inspection)


def save_rectification(r: Rectification) -> Rectification:
    row = by_uuid(RectificationRow, r.uuid)
    if row is None:
        raise NotFoundError("找不到该整改事项。")
    _write_rect(row.inspection, row, r)
    return get_rectification(row.uuid)


def list_rectifications(open_only: bool = False) -> list[Rectification]:
    q = (RectificationRow.select(RectificationRow, InspectionRow).join(InspectionRow)
         .order_by(RectificationRow.deadline.asc(nulls="LAST"), RectificationRow.id))
    if open_only:
        q = q.where(RectificationRow.status != RectStatus.DONE.value)
    return [_rect(r, r.inspection) for r in q]


def delete_inspection(uuid: str) -> None:
    # its results go with it untombstoned (ON DELETE CASCADE does the same wherever the tombstone arrives)
    delete_row(InspectionRow, uuid, children=("rectifications",))


def previous_inspection(ins: Inspection) -> Inspection | None:
    """The latest inspection before this one: of the same room if there is one, else of any room."""
    base = InspectionRow.select().where(
        (InspectionRow.uuid != (ins.uuid or "")) &
        ((InspectionRow.inspected_on < ins.inspected_on) |
         ((InspectionRow.inspected_on == ins.inspected_on) & (InspectionRow.created_at < _created(ins))))
    ).order_by(InspectionRow.inspected_on.desc(), InspectionRow.id.desc())
    same = base.where(InspectionRow.room == ins.room).first()
    row = same or base.first()
    return _inspection(row) if row else None


def _created(ins: Inspection):  # noqa: ANN202
    row = by_uuid(InspectionRow, ins.uuid)
    if row is None:
        import datetime as dt

        return dt.datetime.max
    return row.created_at
