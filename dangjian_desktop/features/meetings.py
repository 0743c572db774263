"""三会一课 and the other meetings: records with attendance, agenda, votes, amendments and attachments; the
compliance calendar and the six-month rule; the minutes book."""

from dangjian_desktop.features import Document, Feature, HqFigure, Option, Page, Table, record_document

_M = "dangjian_desktop.storage.models_meetings"
_L = "dangjian_desktop.services.meetings_ledger"
_MEETING = Option("--meeting", "meeting", "会议编号（可只写前几位）", required=True)

FEATURE = Feature(
    key="meetings",
    title="会议记录",
    tables=(
        Table("meeting", f"{_M}:MeetingRow", "会议记录", date_column="date", counted=True),
        Table("meeting_attendance", f"{_M}:AttendanceRow", "会议出席登记"),
        Table("meeting_agenda_item", f"{_M}:AgendaItemRow", "会议议题"),
        Table("meeting_vote", f"{_M}:VoteRow", "表决事项"),
        Table("meeting_amendment", f"{_M}:AmendmentRow", "会议记录更正"),
        Table("meeting_attachment", f"{_M}:AttachmentRow", "会议附件"),
        Table("agenda_template", f"{_M}:AgendaTemplateRow", "议程模板"),
        Table("meeting_search", f"{_M}:MeetingSearch", "会议检索索引"),
        Table("meeting_index_queue", f"{_M}:MeetingSearchQueue", "会议检索索引待建"),
    ),
    services=(("meetings", "dangjian_desktop.services.container:make_meetings"),
              ("search_index", "dangjian_desktop.services.search_index:build")),
    cli="dangjian_desktop.cli_commands.meetings",
    demo="dangjian_desktop.services.meetings:demo",
    reminders="dangjian_desktop.services.meetings:meeting_reminders",
    ledger_module=_L,
    documents=(
        Document("minutes-book", "三会一课记录本", "一年的会议记录：封面、目录，每次会议另起一页，附主持人、记录人签字栏。",
                 f"{_L}:make_minutes_book", uses_year=True),
        record_document("minutes", "会议记录", "一次会议的会议记录。", f"{_L}:make_minutes", _MEETING),
        record_document("signin", "会议签到表", "一次会议的签到表。", f"{_L}:make_signin", _MEETING),
    ),
    pages=(Page("meetings", "会议", "meetings", "dangjian_desktop.ui.pages:meetings_page", 20),),
    settings_tabs=(("会议规则", "dangjian_desktop.ui.screens.meeting_rules_tab:make_tab"),),
    drafts=(("meeting", "meetings"),),
    migrations="dangjian_desktop.storage.meetings_steps:STEPS",
    schema_version=1,  # the number of its STEPS (read at every open without importing them)
    hq_columns=(
        HqFigure("meetings_held", "会议（已开）", fallback="rows_in_year:meeting"),
        HqFigure("meetings_required", "会议（应开）"),
        HqFigure("meetings_missing", "应开未开"),
    ),
)
