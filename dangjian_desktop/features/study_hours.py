"""党员学习学时: each member's hours of concentrated study in a year, from the meetings attended (start and end
times, the kinds that count) and the study entered per member, against the target (32 学时 by default). Its page,
学习, also shows the 第一议题学习台账 of the first-topic kind (features/first_topic.py)."""

from dangjian_desktop.features import Document, Feature, HqFigure, Page, Table

_L = "dangjian_desktop.services.study_hours_ledger"
_S = "dangjian_desktop.services.study_hours"

FEATURE = Feature(
    key="study_hours",
    title="学习学时",
    tables=(Table("study_record", "dangjian_desktop.storage.models_study:StudyRecordRow", "党员学习登记",
                  date_column="on", counted=True),),
    migrations="dangjian_desktop.storage.models_study:STEPS",
    schema_version=1,  # the number of its STEPS (read at every open without importing them)
    services=(("study_hours", f"{_S}:build"),),
    cli="dangjian_desktop.cli_commands.study_hours",
    demo=f"{_S}:demo",
    reminders=f"{_S}:reminders",
    ledger_module=_L,
    documents=(
        Document("study-hours", "党员学习学时统计表", "每名党员一年的学习学时：参加会议、其他学习、合计与年度要求。",
                 f"{_L}:make_table", uses_year=True),
    ),
    pages=(Page("study", "学习", "study", "dangjian_desktop.ui.screens.study_screen:make_page", 28),),
    settings_tabs=(("学习学时", "dangjian_desktop.ui.screens.study_rules_tab:make_tab"),),
    hq_columns=(HqFigure("study_below", "学时未达标（人）", attention="{n} 名党员学时未达标"),),
)
