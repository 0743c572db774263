"""Turning a store made today back into one of an older schema version, for migration tests."""

from __future__ import annotations

import sqlite3

V6_INDEXES = ("meeting_types_date", "meeting_group_name_date", "meeting_host_date", "meeting_status_date",
              "meeting_present_count_expected_count_date", "meeting_attachment_count_date", "meeting_shown_title")


def undo_v6(con: sqlite3.Connection) -> None:
    """What schema step 6 added goes: the n-gram search index, its queue and triggers, the list's sort indexes
    (step 6 drops the trigram index if it is there, so it need not come back)."""
    for name in ("meeting_search_ai", "meeting_search_au", "meeting_search_ad"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP TABLE meeting_search")
    con.execute("DROP TABLE meeting_index_queue")
    for index in V6_INDEXES:
        con.execute(f"DROP INDEX {index}")
