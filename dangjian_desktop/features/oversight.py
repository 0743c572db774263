"""上级党委督导: which branches need attention and why — the overview per branch computed with each branch's own
rules, the attention list on 首页, the compliance matrix, and the 汇总表 on paper and in Excel (issue 24)."""

from dangjian_desktop.features import Document, Feature, Option

FEATURE = Feature(
    key="oversight",
    title="督导汇总",
    services=(("oversight", "dangjian_desktop.services.oversight:build"),),
    cli="dangjian_desktop.cli_commands.oversight",
    settings_tabs=(("督导提醒", "dangjian_desktop.ui.screens.oversight_settings:make"),
                   ("数据库", "dangjian_desktop.ui.database_settings:make_tab")),  # issue 22: PostgreSQL
    documents=(
        Document("hq-summary", "党支部工作情况汇总表",
                 "上级党委：各支部的会议已开/应开、任期、整改、承诺与需要关注的事项（横向A4）。",
                 "dangjian_desktop.services.oversight:make_hq_summary", uses_year=True,
                 file_stem="党支部工作情况汇总表", in_package=False, on_reports_page=False, headquarters=True,
                 options=(Option("--quarter", "quarter", "只统计该季度（1-4）到期的会议要求"),
                          Option("--month", "month", "只统计该月（1-12）到期的会议要求"))),
    ),
)
