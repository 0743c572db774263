"""谈心谈话: one record per talk, the yearly coverage of the pairs the rules expect, the fourth-quarter reminder,
the record sheet and the register."""

from dangjian_desktop.features import Document, HqFigure, Option, Page, Table, record_document, record_kind

FEATURE = record_kind(
    "talks", "谈心谈话",
    tables=(Table("talk", "TalkRow", "谈心谈话", date_column="on", counted=True),),
    schema_version=1,
    demo="dangjian_desktop.services.talks:demo",
    reminders="dangjian_desktop.services.talks:reminders",
    documents=(
        Document("talks", "谈心谈话登记册", "一年的谈话登记、支委与党员谈话情况表和尚未谈话的名单（横向A4）。",
                 "make_register", uses_year=True),
        record_document("talk", "谈心谈话记录", "一次谈话的记录表，附谈话双方签字栏。", "make_talk",
                        Option("--talk", "talk", "谈话记录编号（可只写前几位）", required=True)),
    ),
    pages=(Page("talks", "谈心谈话", "talks", "dangjian_desktop.ui.screens.talks_screen:make_screen", 26),),
    settings_tabs=(("谈心谈话", "dangjian_desktop.ui.screens.talks_settings:TalksSettingsTab"),),
    hq_columns=(
        HqFigure("talks", "谈心谈话（次）", fallback="rows_in_year:talk"),
        HqFigure("talks_missing_pairs", "谈话未覆盖（对）", attention="谈心谈话尚有 {n} 对未覆盖"),
    ),
)
