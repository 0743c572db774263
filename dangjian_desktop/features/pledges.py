"""党员承诺: 亮诺, review, 公示, 践诺, 评诺, and 一带二 pairs."""

from dangjian_desktop.features import Document, HqFigure, Page, Table, record_kind

FEATURE = record_kind(
    "pledges", "党员承诺",
    tables=(
        Table("pledge_campaign", "PledgeCampaignRow", "承诺年度"),
        Table("pledge_sheet", "PledgeSheetRow", "承诺书", counted=True),
        Table("pledge_item", "PledgeItemRow", "承诺事项", counted=True),
        Table("pledge_progress", "PledgeProgressRow", "践诺记录", date_column="on"),
        Table("pledge_mentor_pair", "MentorPairRow", "一带二结对"),
    ),
    services=(("pledges", "dangjian_desktop.services.container:make_pledges"),),
    cli=None,
    reminders="dangjian_desktop.services.pledges:reminders",
    documents=(
        Document("pledges", "党员承诺公示表", "全体党员通过审核的承诺事项（横向A4），用于公示栏张贴。", "make_notice",
                 uses_year=True),
        Document("pledge-summary", "践诺评诺情况汇总", "年终践诺评诺：完成情况、个人自评、党小组意见、支部评定、一带二。",
                 "make_summary", uses_year=True),
    ),
    pages=(Page("pledges", "承诺", "pledges", "dangjian_desktop.ui.pages:pledges_page", 30),),
    settings_tabs=(("党员承诺", "dangjian_desktop.ui.screens.pledge_settings:PledgeSettingsTab"),),
    hq_columns=(HqFigure("pledges", "党员承诺（项）", fallback="items_of_year:pledge_item"),),
)
