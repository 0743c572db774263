"""What makes a data folder's SQLite file ours and current, in the standard library only (no peewee): read by
``storage.database`` to open a store, and by ``glimpse`` to read 首页's first figures before peewee is imported."""

from __future__ import annotations

SCHEMA_VERSION = 7  # 2: meeting_fts keyed by (date, id); 3: schema_feature; 4: member 籍贯 and date precision;
# 5: the 第一议题学习台账 fields of meeting_agenda_item; 6: the n-gram search index meeting_search (+ its queue)
# and the meeting list's sort indexes; 7: three meeting/attendance indexes that led another gone (HQ import)
APPLICATION_ID = 0x444A4458  # "DJDX"
SQLITE_HEADER = b"SQLite format 3\x00"
# a branch's store is a few MB even after years (photos are files beside it); headquarters' reaches GB
QUICK_CHECK_AT_OPEN_MAX_BYTES = 256 * 1024 * 1024
INTEGRITY_FAILED_MARKER = "integrity-failed"
