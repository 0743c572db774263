"""Headquarters' views of what each branch holds: rows per table, per year, open items, and a read-only listing
of one table of one branch (the drill-in). A record belongs to the branch whose package brought it
(``exchange_origin``); a table with a key to the branch table is counted by that key, which the merge keeps
honest.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from decimal import Decimal

from peewee import JOIN, BooleanField, DateTimeField, Field, ForeignKeyField, IntegerField, fn

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.audit import action_text
from dangjian_desktop.domain.exchange import RecordTable, table_title
from dangjian_desktop.storage.models import Record
from dangjian_desktop.storage.models_exchange import ExchangeOriginRow
from dangjian_desktop.storage.repos.records_schema import (
    child_key,
    exportable_models,
    fks,
    models_by_table,
    table_of,
    travelling_fields,
)


def branch_counts(branch_uuid: str) -> dict[str, int]:
    """Rows per table that came from this branch's packages and still exist."""
    out = {}
    for model in exportable_models():
        out[table_of(model)] = model.select().where(of_branch(model, branch_uuid)).count()
    return out


def of_branch(model: type[Record], branch_uuid: str, *, any_table: bool = False):  # noqa: ANN201 - a peewee Expression
    """The condition on ``model``'s rows that they came from ``branch_uuid``'s packages: their registration, or
    for a child table (``records_schema.child_key``) their parent's. ``any_table``: a registration under any
    table (as the drill-in has always read it)."""
    key = child_key(model)
    owner = key.rel_model if key is not None else model
    sub = ExchangeOriginRow.select(ExchangeOriginRow.uuid).where(ExchangeOriginRow.branch_uuid == branch_uuid)
    if not any_table:
        sub = sub.where(ExchangeOriginRow.table == table_of(owner))
    if key is None:
        return model.uuid.in_(sub)
    return key.in_(owner.select(owner.id).where(owner.uuid.in_(sub)))


def join_origin(q, model: type[Record]):  # noqa: ANN001, ANN201 - peewee queries
    """``q`` (a query over ``model``) joined to the registration that tells which branch a row of ``model`` came
    from: its own, or for a child table its parent's."""
    key = child_key(model)
    if key is None:
        return q.join(ExchangeOriginRow, on=(ExchangeOriginRow.uuid == model.uuid))
    parent = key.rel_model.alias("origin_parent")
    return (q.join(parent, on=(key == parent.id))
            .join(ExchangeOriginRow, on=(ExchangeOriginRow.uuid == parent.uuid)))


_DONE_STATUSES = ("已完成", "已整改", "完成", "closed", "done")


def _date_column(model: type[Record]) -> Field | None:
    """The column that dates a row, as the record kind declares it (``Table.date_column``); None: not dated."""
    from dangjian_desktop.storage.schema import date_column

    name = date_column(table_of(model))
    return model._meta.fields[name] if name else None


def _by_branch(model: type[Record]):  # noqa: ANN202
    return join_origin(model.select(ExchangeOriginRow.branch_uuid, fn.COUNT(model.id)), model)


def _branch_key(model: type[Record]) -> ForeignKeyField | None:
    """The record's own key to the branch table (merge makes it name the package's branch), if it has one."""
    return next((f for f in fks(model) if table_of(f.rel_model) == "branch"), None)


def counts_in_year(table: str, year: int) -> dict[str, int] | None:
    """Rows of ``table`` dated in ``year`` (by its declared date column; all rows of a table without one), for
    every branch at once: branch uuid -> rows (branches without any are left out); None if no such table.

    A table with a key to the branch table is counted by that key (an index range over the dates, no lookup
    in the four-million-row origin table: 250,000 meetings at headquarters); its rows without the key, and
    tables without one, by their origin."""
    model = models_by_table().get(table)
    if model is None:
        return None
    col = _date_column(model)
    in_year = (col >= dt.date(year, 1, 1)) & (col <= dt.date(year, 12, 31)) if col is not None else None
    key = _branch_key(model)
    out: dict[str, int] = {}
    if key is not None:
        branch = key.rel_model
        per_id = model.select(key.alias("bid"), fn.COUNT(model.id).alias("n")).where(key.is_null(False))
        if in_year is not None:
            per_id = per_id.where(in_year)
        per_id = per_id.group_by(key).alias("c")
        q = (branch.select(branch.uuid, per_id.c.n).join(per_id, on=(per_id.c.bid == branch.id))
             .join(ExchangeOriginRow, on=(ExchangeOriginRow.uuid == branch.uuid)))  # branches from packages only
        out.update(q.tuples())
    q = _by_branch(model)
    if key is not None:
        q = q.where(key.is_null())
    if in_year is not None:
        q = q.where(in_year)
    for branch_uuid, n in q.group_by(ExchangeOriginRow.branch_uuid).tuples():
        out[branch_uuid] = out.get(branch_uuid, 0) + n
    return out


def counts_open(table: str) -> dict[str, int] | None:
    """Rows of ``table`` whose ``status`` is not a finished one, for every branch at once; None if not
    countable (no such table, or no status)."""
    model = models_by_table().get(table)
    if model is None or "status" not in model._meta.fields:
        return None
    q = _by_branch(model).where(model._meta.fields["status"].not_in(_DONE_STATUSES))
    return dict(q.group_by(ExchangeOriginRow.branch_uuid).tuples())


_LABELS = {
    "uuid": "编号", "created_at": "创建时间", "updated_at": "修改时间", "name": "名称", "branch": "党支部",
    "gender": "性别", "ethnicity": "民族", "birth_date": "出生日期", "education": "学历", "joined_party_on": "入党日期",
    "full_member_on": "转正日期", "category": "类别", "group": "党小组", "position": "岗位/职务", "phone": "联系电话",
    "id_number": "身份证号", "status": "状态", "status_date": "状态日期", "joined_branch_on": "转入日期",
    "note": "备注", "role": "职务", "member": "党员", "duty": "分工", "leader": "组长", "kind": "类型",
    "parent_committee": "上级党委", "founded_on": "成立日期", "election_date": "选举日期", "term_years": "任期（年）",
    "title": "标题", "date": "日期", "held_on": "日期", "place": "地点", "topic": "主题", "content": "内容",
    "summary": "摘要", "meeting": "会议", "pledge": "承诺", "deadline": "时限", "result": "结果",
    "table": "记录类型", "record_uuid": "记录编号", "at": "时间", "who": "操作人", "action": "操作", "changes": "变化",
}
_TABLE_LABELS = {("member", "name"): "姓名", ("committee_seat", "name"): "姓名", ("member", "category"): "党员类别",
                 ("development_case", "name"): "姓名", ("development_case", "member"): "入党后的党员"}
# columns for the program, not for a reader: keys, search and sort helpers, file digests, date precisions
_HIDDEN = {"uuid", "created_at", "sort_key", "sort_order", "changes", "search_text", "type_mask", "sha256",
           "template_version", "item_key"}
_HIDDEN_SUFFIXES = ("_precision", "meeting_uuid")
_TABLE_HIDDEN = {("audit_entry", "record_uuid")}  # a UUID tells a reader nothing; 摘要 says which record
# JSON columns shown as a person reads them: (table, column) -> how
_JSON = {
    ("agenda_template", "items"): "titles", ("room_template", "items"): "count_items",
    ("committee_term", "members"): "roles", ("appraisal_ballot", "marks"): "tally",
    ("pledge_mentor_pair", "mentees"): "names", ("pledge_progress", "attachments"): "files",
    ("room_inspection_result", "photos"): "photos",
}


def is_hidden(field: Field) -> bool:
    """A column headquarters' drill-in leaves out (the program's keys and helpers, a row's sort position)."""
    return (field.name in _HIDDEN or field.name.endswith(_HIDDEN_SUFFIXES)
            or (field.model._meta.table_name, field.name) in _TABLE_HIDDEN
            or (field.name == "position" and isinstance(field, IntegerField)))


def header_of(table: str, field: Field) -> str | None:
    """The column's Chinese header: the table's own word, else the field's ``verbose_name`` (declared beside the
    column), else the shared word for a column every table has; None when none is declared."""
    name = _TABLE_LABELS.get((table, field.name)) or field.verbose_name or _LABELS.get(field.name)
    return str(name) if name else None


def _yuan(fen: int) -> str:
    return f"{Decimal(int(fen)) / 100:.2f}"


def _readable_json(how: str, raw: str) -> str:
    """A JSON list or map as words: ``["赵小川", "钱一帆"]`` -> 「赵小川、钱一帆」, two photos -> 「2张：a.jpg、b.jpg」."""
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return str(raw)
    if how == "tally" and isinstance(value, dict):
        tally = Counter(str(v) for v in value.values())
        return "、".join(f"{grade}{n}" for grade, n in tally.most_common())
    if not isinstance(value, list) or not value:
        return "" if not value else str(raw)

    def word(item: object, *keys: str) -> str:
        if isinstance(item, dict):
            return " ".join(str(item[k]) for k in keys if item.get(k))
        return str(item)

    if how in ("photos", "files"):
        names = "、".join(word(i, "name") for i in value)
        return f"{len(value)}{'张' if how == 'photos' else '份'}：{names}"
    if how == "roles":
        return "、".join(word(i, "role", "name") for i in value)
    if how == "titles":
        return "、".join(word(i, "title") for i in value)
    if how == "count_items":
        return f"{len(value)}项"
    return "、".join(word(i, "name") for i in value)


def _row_labels(target: type[Record]) -> dict[int, str]:
    """How a row is named where another row points at it: its name, title, topic or content; else the member it
    belongs to and its date (a 承诺书, a 党费交纳记录); else its date (an 活动室检查)."""
    fields = target._meta.fields
    own = next((fields[n] for n in ("name", "title", "topic", "content", "subject") if n in fields), None)
    if own is not None:
        return {i: str(v) for i, v in target.select(target.id, own).tuples()}
    parts: list[Field] = []
    member = fields.get("member")
    if isinstance(member, ForeignKeyField) and "name" in member.rel_model._meta.fields:
        parts.append(member.rel_model._meta.fields["name"])
    when = _date_column(target)
    if when is not None:
        parts.append(when)
    if not parts:
        return {i: str(v) for i, v in target.select(target.id, target.uuid).tuples()}
    q = target.select(target.id, *parts)
    if parts[0].model is not target:
        q = q.join(member.rel_model, JOIN.LEFT_OUTER, on=(member == member.rel_model.id))
    return {row[0]: " ".join(str(v) for v in row[1:] if v is not None) for row in q.tuples()}


def branch_table(branch_uuid: str, table: str, limit: int = 5000) -> RecordTable:
    """A read-only listing of one table's rows of one branch (foreign keys shown by name; 身份证号 masked; money
    in 元; JSON lists as words)."""
    model = models_by_table()[table]
    fields = [f for f in travelling_fields(model) if not is_hidden(f) and f.name != "updated_at"
              and not (isinstance(f, ForeignKeyField) and table_of(f.rel_model) == "branch")]  # always this branch
    fields.append(model.updated_at)  # last: what changed when matters less than what the record says
    q = model.select(*fields).where(of_branch(model, branch_uuid, any_table=True)).order_by(model.id).limit(limit)
    names: dict[type[Record], dict[int, str]] = {}

    def label_of(target: type[Record], row_id: int) -> str:
        if target not in names:
            names[target] = _row_labels(target)
        return names[target].get(row_id, "")

    rows = []
    for values in q.tuples():
        out = []
        for f, v in zip(fields, values, strict=True):
            if v is None:
                out.append("")
            elif isinstance(f, ForeignKeyField) and issubclass(f.rel_model, Record):
                out.append(label_of(f.rel_model, v))
            elif f.name == "id_number":
                out.append(idcard.mask(str(v)))
            elif isinstance(f, DateTimeField):
                when = v if isinstance(v, dt.datetime) else dt.datetime.fromisoformat(str(v))
                out.append(when.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M"))
            elif isinstance(f, BooleanField):
                out.append("是" if v else "否")
            elif f.name.endswith("_fen"):
                out.append(_yuan(v))
            elif f.name == "tenths":  # 学时 kept in tenths
                out.append(f"{Decimal(int(v)) / 10:.1f}")
            elif table == "meeting" and f.name == "types":  # stored "主题党日|党课"
                out.append(str(v).replace("|", "、"))
            elif table == "audit_entry" and f.name in ("table", "action"):
                out.append(table_title(v) if f.name == "table" else action_text(v))
            else:
                how = _JSON.get((table, f.name))
                text = _readable_json(how, v) if how else str(v)
                out.append(text if len(text) <= 200 else text[:200] + "…")
        rows.append(out)
    headers = [header_of(table, f) or f.name for f in fields]
    return RecordTable(table=table, title=table_title(table), headers=headers, rows=rows)
