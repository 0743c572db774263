"""A throw-away record kind, written the way a new one (党费, 发展党员…) is: its table and schema step, its service,
its CLI command, its demo, its reminder, its 首页 figure, its ledger chapter, its printed document, its figure at
headquarters. Nothing outside this module knows it; tests/features/test_throwaway_kind.py registers
:data:`FEATURE` (the one declaration line) and finds it everywhere."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from peewee import CharField, DateField

from dangjian_desktop.domain.charts import Progress
from dangjian_desktop.domain.dashboard import Glance, Stat
from dangjian_desktop.domain.reminders import Reminder, Urgency
from dangjian_desktop.features import Document, Feature, HqFigure, Table
from dangjian_desktop.storage.models import Record

M = __name__

# -- storage ------------------------------------------------------------------------------------------------------


class NoteRow(Record):
    """A dated note of the branch (the kind's only table)."""

    on = DateField(index=True)
    text = CharField(max_length=200)

    class Meta:
        table_name = "throwaway_note"


def _v1(database: Any) -> None:
    # printed once by `python -m dangjian_desktop.storage.migrations ddl tests.features.throwaway_kind:NoteRow`
    for sql in (
        'CREATE TABLE "throwaway_note" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
        '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "on" DATE NOT NULL, '
        '"text" VARCHAR(200) NOT NULL)',
        'CREATE UNIQUE INDEX "throwaway_note_uuid" ON "throwaway_note" ("uuid")',
        'CREATE INDEX "throwaway_note_updated_at" ON "throwaway_note" ("updated_at")',
        'CREATE INDEX "throwaway_note_on" ON "throwaway_note" ("on")',
    ):
        database.execute_sql(sql)


STEPS = [(1, _v1)]


# -- service -------------------------------------------------------------------------------------------------------


class NoteService:
    def __init__(self, store: Any):
        self.store = store

    def add(self, on: dt.date, text: str) -> str:
        with self.store.atomic():
            return NoteRow.create(on=on, text=text).uuid

    def notes(self, year: int | None = None) -> list[tuple[dt.date, str]]:
        q = NoteRow.select().order_by(NoteRow.on)
        if year:
            q = q.where((NoteRow.on >= dt.date(year, 1, 1)) & (NoteRow.on <= dt.date(year, 12, 31)))
        return [(r.on, r.text) for r in q]


def build(services: Any) -> NoteService:
    return NoteService(services.store)


def demo(services: Any, rng: Any, today: dt.date) -> None:
    services.notes.add(today, "演示便笺")


def reminders(services: Any, today: dt.date) -> list[Reminder]:
    return [Reminder("note_due", f"便笺：{text}", "请处理。", on, Urgency.SOON) for on, text in services.notes.notes()
            if on >= today]


def glance(services: Any, year: int, today: dt.date) -> Glance:
    n = len(services.notes.notes(year))
    return Glance(year, stats=[Stat("便笺", f"{n}条")], charts=[Progress("便笺处理", 0.0, float(n), key="notes")])


def ledger(services: Any, year: int, today: dt.date) -> list:
    from dangjian_desktop.domain.ledger import LedgerSection, Text

    notes = services.notes.notes(year)
    return [LedgerSection("notes", "便笺登记", 85, [Text(f"{year}年共有便笺{len(notes)}条：" +
                                                       "；".join(t for _, t in notes) + "。")])]


def make_document(services: Any, out: Path, year: int | None, **_: Any) -> Path:
    from dangjian_desktop.reports.styles import FormalDocument, closing_block, signature_block

    doc = FormalDocument(out, title="便笺登记表")
    s = doc.styles
    story = [s.p("便笺登记表", s.title), *(s.p(f"{on:%Y-%m-%d}　{text}") for on, text in services.notes.notes(year))]
    story.append(closing_block(s, signature_block(s, ["登记人"], doc.frame_width)))
    return doc.build(story)


def hq_figures(services: Any, year: int, today: dt.date) -> dict[str, int | None]:
    return {"notes": len(services.notes.notes(year))}


# -- CLI -----------------------------------------------------------------------------------------------------------


def _cmd_notes(services: Any, args: Any) -> int:
    json.dump([{"on": on.isoformat(), "text": text} for on, text in services.notes.notes(args.year)], sys.stdout,
              ensure_ascii=False)
    return 0


def register(sub: Any, report: Any) -> None:
    p = sub.add_parser("notes", help="便笺")
    p.add_argument("--year", type=int)
    p.set_defaults(func=_cmd_notes, writes=False)


# -- the declaration ---------------------------------------------------------------------------------------------

FEATURE = Feature(
    key="notes",
    title="便笺",
    tables=(Table("throwaway_note", f"{M}:NoteRow", "便笺", date_column="on", counted=True),),
    services=(("notes", f"{M}:build"),),
    cli=M,
    demo=f"{M}:demo",
    reminders=f"{M}:reminders",
    glance=f"{M}:glance",
    ledger=f"{M}:ledger",
    documents=(Document("notes", "便笺登记表", "一年的便笺。", f"{M}:make_document", uses_year=True),),
    hq_figures=f"{M}:hq_figures",
    hq_columns=(HqFigure("notes", "便笺", fallback="rows_in_year:throwaway_note"),),
    migrations=f"{M}:STEPS",
)
