"""换届选举: the election of the branch committee from the 请示 to the higher committee's approval, and the history
of terms (历届支委会); the approval updates the branch profile (services/elections.py)."""

from dangjian_desktop.features import Document, HqFigure, Option, Page, Table, record_document, record_kind

_MEETING = Option("--meeting", "meeting", "选举大会（支部党员大会）的会议编号（可只写前几位）", required=True)
_ROUND = Option("--round", "round_number", "第几轮投票（默认：下一轮，或已登记的最后一轮）")


def _doc(key: str, title: str, description: str, make: str, *options: Option) -> Document:
    return record_document(key, title, description, make, _MEETING, *options)


FEATURE = record_kind(
    "elections", "换届选举",
    tables=(
        Table("election", "ElectionRow", "换届选举", date_column="held_on", counted=True),
        Table("election_person", "ElectionPersonRow", "候选人和监票计票人"),
        Table("election_round", "ElectionRoundRow", "选举投票轮次"),
        Table("election_vote", "ElectionVoteRow", "选举计票"),
        Table("election_seat", "ElectionSeatRow", "新一届支委分工"),
        Table("committee_term", "CommitteeTermRow", "历届支委会", date_column="elected_on", counted=True),
    ),
    schema_version=1,
    documents=(
        _doc("election", "选举结果报告", "换届选举结果报告（报上级党委）。", "make_report"),
        _doc("election-request", "换届选举请示", "关于召开党员大会进行换届选举的请示。", "make_request"),
        _doc("election-ballot", "选票", "支部委员会委员选举选票（按实到人数打印，每页数张，沿虚线裁开）。", "make_ballot", _ROUND,
             Option("--copies", "copies", "份数（默认：实到会有选举权的人数）")),
        _doc("election-tally", "计票单", "一轮投票的计票单（未登记票数时为空白，供计票人划“正”字）。", "make_tally", _ROUND),
        _doc("election-minutes", "选举大会会议记录", "选举大会的会议记录（含选举情况）。", "make_minutes"),
    ),
    pages=(Page("elections", "换届", "elections", "dangjian_desktop.ui.screens.elections_screen:make_page", 25),),
    settings_tabs=(("换届选举规则", "dangjian_desktop.ui.screens.election_rules_tab:ElectionRulesTab"),),
    hq_columns=(
        HqFigure("term_due", "换届临近（6个月内）"),
        HqFigure("term_overdue", "任期届满未换届"),
        HqFigure("last_election", "上次换届", shown_as="year_month"),
    ),
)
