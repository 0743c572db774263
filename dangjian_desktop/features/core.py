"""The foundation every record kind stands on: settings, deletions (tombstones), the audit trail, drafts,
attachments, and the pages every build has (首页, 报表, 设置)."""

from dangjian_desktop.features import Document, Feature, Page, Table

_C = "dangjian_desktop.services.container"

FEATURE = Feature(
    key="core",
    title="基础",
    tables=(
        Table("setting", "dangjian_desktop.storage.models:Setting", "设置"),
        Table("tombstone", "dangjian_desktop.storage.models:Tombstone", "删除记录"),
        Table("audit_entry", "dangjian_desktop.storage.models_audit:AuditEntryRow", "修改记录", date_column=None),
    ),
    services=(
        ("branch", f"{_C}:make_branch"),
        ("info", f"{_C}:make_info"),
        ("audit", f"{_C}:make_audit"),
        ("drafts", f"{_C}:make_drafts"),
        ("attachments", f"{_C}:make_attachments"),
    ),
    cli="dangjian_desktop.cli_commands.reports",
    documents=(
        Document("ledger", "年度党建工作台账", "封面、支部基本情况、{chapters}、任期与换届，一年一册。",
                 "dangjian_desktop.services.documents:make_ledger", uses_year=True, file_stem="年度党建工作台账",
                 progress=True),
    ),
    pages=(
        Page("home", "首页", "home", "dangjian_desktop.ui.pages:home_page", 0),
        Page("reports", "报表", "reports", "dangjian_desktop.ui.pages:reports_page", 80),
        Page("settings", "设置", "settings", "dangjian_desktop.ui.pages:settings_page", 100),
    ),
)
