"""Headquarters' drill-in speaks Chinese: every column of every record table has a Chinese header (or is one of the
program's own keys and is left out), money stored in fen reads as 元, JSON lists read as words."""

from __future__ import annotations

import json
import re
from pathlib import Path

from dangjian_desktop.storage.models_appraisal import BallotRow
from dangjian_desktop.storage.models_dues import DuesPaymentRow
from dangjian_desktop.storage.models_pledges import MentorPairRow
from dangjian_desktop.storage.models_study import StudyRecordRow
from dangjian_desktop.storage.repos import records_hq
from dangjian_desktop.storage.repos.records_schema import models_by_table, travelling_fields

from tests.pg.cluster import on_both_engines

from .conftest import export, import_, opened

CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_WORD = re.compile(r"[A-Za-z_]{2,}")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_every_travelling_column_is_hidden_or_labelled():
    """A new column without a header fails here, named: give it ``verbose_name=`` beside the column."""
    unlabelled = sorted(f"{table}.{f.name}" for table, model in models_by_table().items()
                        for f in travelling_fields(model)
                        if not records_hq.is_hidden(f) and not records_hq.header_of(table, f))
    assert not unlabelled, f"columns without a Chinese header (add verbose_name=): {', '.join(unlabelled)}"
    not_chinese = sorted(f"{table}.{f.name}={records_hq.header_of(table, f)}"
                         for table, model in models_by_table().items() for f in travelling_fields(model)
                         if not records_hq.is_hidden(f) and not CJK.search(records_hq.header_of(table, f) or ""))
    assert not not_chinese, not_chinese


@on_both_engines  # PostgreSQL too (issue 22): money, JSON lists and marks read back from its columns
def test_drill_in_headers_money_and_lists(branch_dir: Path, hq_dir: Path, stick: Path):
    with opened(branch_dir) as s, s.store.atomic():  # hand-set values, each row marked so it can be found
        payment = DuesPaymentRow.select().order_by(DuesPaymentRow.id).first()
        DuesPaymentRow.update(amount_fen=4501, note="标记甲").where(DuesPaymentRow.id == payment.id).execute()
        pair = MentorPairRow.select().order_by(MentorPairRow.id).first()
        MentorPairRow.update(mentees=json.dumps(["赵小川", "钱一帆"], ensure_ascii=False), goal="标记乙").where(
            MentorPairRow.id == pair.id).execute()
        ballot = BallotRow.select().order_by(BallotRow.id).first()
        BallotRow.update(marks=json.dumps({"e1": "合格", "e2": "优秀", "e3": "合格"}, ensure_ascii=False),
                         number=999).where(BallotRow.id == ballot.id).execute()
        study = StudyRecordRow.select().order_by(StudyRecordRow.id).first()
        StudyRecordRow.update(tenths=25, note="标记丙").where(StudyRecordRow.id == study.id).execute()
    export(branch_dir, stick)
    import_(hq_dir, *stick.iterdir())
    with opened(hq_dir) as s:
        [branch] = s.exchange.overview()
        tables = {t.table: t for t in s.exchange.branch_records(branch.uuid)}
    assert len(tables) >= 30  # the demo fills most record kinds
    for rt in tables.values():
        for h in rt.headers:
            assert CJK.search(h) and not ASCII_WORD.search(h), (rt.table, h)
        for row in rt.rows:  # no raw JSON, no key, no program word left in a cell
            assert not any(c.startswith(("[{", '{"', '["')) or UUID.search(c) for c in row), (rt.table, row)
            assert not any(re.fullmatch(r"[a-z_]+", c) for c in row), (rt.table, row)
    member = tables["member"].headers
    assert "籍贯" in member and len(member) == len(set(member))
    meeting = tables["meeting"].headers
    assert "主讲人" in meeting and "会议记录" in meeting

    def cell(table: str, key: str, value: str, header: str) -> str:
        rt = tables[table]
        [row] = [r for r in rt.rows if r[rt.headers.index(key)] == value]
        return row[rt.headers.index(header)]

    assert cell("dues_payment", "备注", "标记甲", "金额（元）") == "45.01"
    assert cell("pledge_mentor_pair", "帮带目标", "标记乙", "被帮带人") == "赵小川、钱一帆"
    assert cell("appraisal_ballot", "票号", "999", "评议结果") == "合格2、优秀1"
    assert cell("study_record", "备注", "标记丙", "学时") == "2.5"  # kept as 25 tenths
    audit = tables["audit_entry"]
    assert {"会议记录"} <= {r[audit.headers.index("记录类型")] for r in audit.rows}
    assert "定稿" in {r[audit.headers.index("操作")] for r in audit.rows}  # the demo finalises meetings
    photos = tables["room_inspection_result"]
    shown = {r[photos.headers.index("照片")] for r in photos.rows}
    assert "1张：党旗.jpg" in shown  # the demo's one photo of the flag
