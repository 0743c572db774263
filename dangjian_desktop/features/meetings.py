"""三会一课 and the other meetings: records with attendance, agenda, votes, amendments and attachments; the
compliance calendar and the six-month rule; the minutes book."""

from dangjian_desktop.features import Document, HqFigure, Option, Page, Table, record_document, record_kind

_MEETING = Option("--meeting", "meeting", "会议编号（可只写前几位）", required=True)

FEATURE = record_kind(
    "meetings", "会议记录",
    tables=(
        Table("meeting", "MeetingRow", "会议记录", date_column="date", counted=True),
        Table("meeting_attendance", "AttendanceRow", "会议出席登记"),
        Table("meeting_agenda_item", "AgendaItemRow", "会议议题"),
        Table("meeting_vote", "VoteRow", "表决事项"),
        Table("meeting_amendment", "AmendmentRow", "会议记录更正"),
        Table("meeting_attachment", "AttachmentRow", "会议附件"),
        Table("agenda_template", "AgendaTemplateRow", "议程模板"),
        Table("meeting_search", "MeetingSearch", "会议检索索引"),
        Table("meeting_index_queue", "MeetingSearchQueue", "会议检索索引待建"),
    ),
    migrations="dangjian_desktop.storage.meetings_steps:STEPS",
    schema_version=1,
    services=(("meetings", "dangjian_desktop.services.container:make_meetings"),
              ("search_index", "dangjian_desktop.services.search_index:build")),
    demo="dangjian_desktop.services.meetings:demo",
    reminders="dangjian_desktop.services.meetings:meeting_reminders",
    documents=(
        Document("minutes-book", "三会一课记录本", "一年的会议记录：封面、目录，每次会议另起一页，附主持人、记录人签字栏。",
                 "make_minutes_book", uses_year=True),
        record_document("minutes", "会议记录", "一次会议的会议记录。", "make_minutes", _MEETING),
        record_document("signin", "会议签到表", "一次会议的签到表。", "make_signin", _MEETING),
    ),
    pages=(Page("meetings", "会议", "meetings", "dangjian_desktop.ui.pages:meetings_page", 20),),
    settings_tabs=(("会议规则", "dangjian_desktop.ui.screens.meeting_rules_tab:MeetingRulesTab"),),
    drafts=(("meeting", "meetings"),),
    hq_columns=(
        HqFigure("meetings_held", "会议（已开）", fallback="rows_in_year:meeting"),
        HqFigure("meetings_required", "会议（应开）"),
        HqFigure("meetings_missing", "应开未开"),
    ),
)
