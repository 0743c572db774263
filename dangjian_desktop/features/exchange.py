"""The USB data package: export at the branch, import and the consolidated view at headquarters."""

from dangjian_desktop.features import Feature, Page, Table

FEATURE = Feature(
    key="exchange",
    title="数据交换",
    models="dangjian_desktop.storage.models_exchange",
    tables=(Table("exchange_origin", "ExchangeOriginRow", "数据来源"),
            Table("exchange_revision", "ExchangeRevisionRow", "导出记录版本")),
    schema_version=2,
    services=(("exchange", "dangjian_desktop.services.container:make_exchange"),),
    cli="dangjian_desktop.cli_commands.exchange",
    pages=(Page("exchange", "数据交换", "exchange", "dangjian_desktop.ui.screens.exchange_screen:make_screen", 90),),
    settings_tabs=(("数据交换", "dangjian_desktop.ui.screens.exchange_screen:settings_tab"),),
)
