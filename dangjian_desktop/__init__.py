"""党支部工作台账: an offline record book for a grassroots Party branch."""

__version__ = "0.1.0"
APP_NAME = "dangjian-desktop"
APP_TITLE = "党支部工作台账"
