"""The branch, its 党小组, its members and its committee (支委会)."""

from dangjian_desktop.features import Document, Feature, Option, Page, Table

_C = "dangjian_desktop.services.container"

FEATURE = Feature(
    key="roster",
    title="党员名册",
    models="dangjian_desktop.storage.models",
    tables=(
        Table("branch", "BranchRow", "党组织", local_fields=("is_own",)),
        Table("member", "MemberRow", "党员", counted=True),
        Table("party_group", "PartyGroupRow", "党小组", counted=True),
        Table("committee_seat", "CommitteeSeatRow", "支委成员", counted=True),
    ),
    services=(
        ("roster", f"{_C}:make_roster"),
        ("reports", f"{_C}:make_reports"),
    ),
    reminders="dangjian_desktop.services.reminders:roster_reminders",
    glance="dangjian_desktop.services.dashboard:roster_glance",
    ledger="dangjian_desktop.services.ledger:roster_chapters",
    documents=(
        Document("roster", "党员名册", "在册党员名册（横向A4），身份证号遮挡显示。",
                 "dangjian_desktop.services.documents:make_roster",
                 options=(Option("--show-ids", "show_ids", "显示完整身份证号", is_flag=True),)),
    ),
    pages=(Page("members", "党员", "members", "dangjian_desktop.ui.pages:members_page", 10),),
    drafts=(("member", "members"),),
)
