"""发展党员: the path from 入党申请 to 转正 — 5 stages, 25 dated steps with their deadlines, people, meetings and
forms; the roster follows (预备党员 at step 17, 正式党员 at step 24)."""

from dangjian_desktop.features import Document, HqFigure, Option, Page, Table, record_document, record_kind

_NAME = Option("--name", "name", "姓名", required=True)

FEATURE = record_kind(
    "development", "发展党员",
    tables=(
        Table("development_case", "DevelopmentCaseRow", "发展党员", date_column="applied_on", counted=True,
              refs=(("status_meeting_uuid", "meeting"), ("extension_meeting_uuid", "meeting"))),
        Table("development_step", "DevelopmentStepRow", "发展党员步骤", date_column="on",
              refs=(("meeting_uuid", "meeting"),)),
        Table("development_contact", "DevelopmentContactRow", "培养联系人和入党介绍人"),
        Table("development_assessment", "DevelopmentAssessmentRow", "培养考察记录", date_column="on"),
        Table("development_publicity", "DevelopmentPublicityRow", "发展党员公示", date_column="starts_on"),
    ),
    schema_version=1,
    documents=(
        record_document("development", "发展党员全程纪实表",
                        "一人从递交入党申请到转正的25个步骤、日期和经办人，缺项和顺序问题标出。", "make_record", _NAME),
        record_document("development-assessment", "培养考察登记表", "一人的半年考察记录。", "make_assessment", _NAME),
        Document("development-list", "发展党员工作名册", "年底的入党申请人、入党积极分子、发展对象、预备党员名单（横向A4）。",
                 "make_list", uses_year=True),
    ),
    pages=(Page("development", "发展党员", "development", "dangjian_desktop.ui.screens.development_screen:make_screen",
                15),),
    settings_tabs=(("发展党员规则", "dangjian_desktop.ui.screens.development_rules_tab:DevelopmentRulesTab"),),
    hq_columns=(
        HqFigure("dev_applicants", "入党申请人"),
        HqFigure("dev_activists", "积极分子"),
        HqFigure("dev_candidates", "发展对象"),
        HqFigure("dev_probationary", "预备党员"),
        HqFigure("dev_overdue", "发展逾期", attention="发展党员 {n} 个步骤逾期"),
    ),
    extra={"probation_tracker": "dangjian_desktop.services.development:probation_tracked"},
)
