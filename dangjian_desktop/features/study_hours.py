"""党员学习学时: each member's hours of concentrated study in a year, from the meetings attended (start and end
times, the kinds that count) and the study entered per member, against the target (32 学时 by default). Its page,
学习, also shows the 第一议题学习台账 of the first-topic kind (features/first_topic.py)."""

from dangjian_desktop.features import Document, HqFigure, Page, Table, record_kind

_S = "dangjian_desktop.services.study_hours"

FEATURE = record_kind(
    "study_hours", "学习学时",
    models="dangjian_desktop.storage.models_study",
    tables=(Table("study_record", "StudyRecordRow", "党员学习登记", date_column="on", counted=True),),
    schema_version=1,
    demo=f"{_S}:demo",
    reminders=f"{_S}:reminders",
    documents=(
        Document("study-hours", "党员学习学时统计表", "每名党员一年的学习学时：参加会议、其他学习、合计与年度要求。",
                 "make_table", uses_year=True),
    ),
    pages=(Page("study", "学习", "study", "dangjian_desktop.ui.screens.study_screen:make_page", 28),),
    settings_tabs=(("学习学时", "dangjian_desktop.ui.screens.study_rules_tab:StudyRulesTab"),),
    hq_columns=(HqFigure("study_below", "学时未达标（人）", attention="{n} 名党员学时未达标"),),
)
