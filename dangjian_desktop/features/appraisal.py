"""组织生活会 and 民主评议党员: the year's cycle extending its meeting record — opinions collected, problem lists
tracked as rectifications, criticism, the appraisal with its ballots, grades and follow-up.

A kind of its own, apart from 谈心谈话 (features/talks.py): talks happen all year for many reasons (发展党员, 关怀帮扶)
and are printed and counted by calendar year, while this cycle belongs to a 年度 whose meeting may be held the next
January. The cycle reads the talks (the ones before its meeting) through ``services.talks``."""

from dangjian_desktop.features import Document, HqFigure, Page, Table, record_kind

FEATURE = record_kind(
    "appraisal", "组织生活会和民主评议党员",
    tables=(
        Table("life_meeting", "LifeMeetingRow", "组织生活会", date_column="planned_on", counted=True),
        Table("life_opinion", "LifeOpinionRow", "征求意见", date_column="received_on"),
        Table("life_problem", "LifeProblemRow", "问题清单和整改", date_column="deadline", counted=True),
        Table("life_criticism", "LifeCriticismRow", "批评意见"),
        Table("appraisal_entry", "AppraisalEntryRow", "民主评议党员", counted=True),
        Table("appraisal_ballot", "BallotRow", "民主测评票"),
    ),
    schema_version=1,
    documents=(
        Document("appraisal", "民主评议党员结果汇总表", "每名党员的测评得票、组织评定等次和处理意见（横向A4）。", "make_results",
                 uses_year=True),
        Document("ballot", "民主测评票", "空白测评票：列出参评党员，打印后发给与会党员填写。", "make_ballot", uses_year=True,
                 in_package=False),
        Document("life-meeting", "组织生活会情况报告", "报上级党委：会议情况、会前准备、查摆问题、民主评议结果和整改措施。",
                 "make_report", uses_year=True),
        Document("life-rectifications", "组织生活会整改清单", "支部班子和个人的问题、整改措施、责任人、时限和完成情况，用于公示。",
                 "make_rectifications", uses_year=True),
    ),
    pages=(Page("appraisal", "组织生活会", "appraisal", "dangjian_desktop.ui.screens.appraisal_screen:make_screen", 24),),
    settings_tabs=(("民主评议", "dangjian_desktop.ui.screens.appraisal_settings:AppraisalSettingsTab"),),
    meeting_years="dangjian_desktop.storage.repos.appraisal:linked_meetings",
    hq_columns=(
        HqFigure("appraisal_year", "评议年度"),
        HqFigure("life_meeting_held", "生活会已开"),
        HqFigure("life_meeting_month", "生活会年月", shown_as="year_month"),
        HqFigure("appraisal_done", "评议完成"),
        HqFigure("grade_excellent", "优秀"),
        HqFigure("grade_qualified", "合格"),
        HqFigure("grade_basic", "基本合格"),
        HqFigure("grade_unqualified", "不合格"),
    ),
)
