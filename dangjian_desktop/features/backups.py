"""Automatic and manual backups, the USB backup, restore."""

from dangjian_desktop.features import Feature

FEATURE = Feature(
    key="backups",
    title="备份与恢复",
    services=(("backups", "dangjian_desktop.services.container:make_backups"),),
    cli="dangjian_desktop.cli_commands.backup",
    settings_tabs=(("备份与恢复", "dangjian_desktop.ui.backups:make_tab"),),
)
