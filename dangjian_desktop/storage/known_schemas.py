"""Frozen schema fingerprints of released schema versions older than the current one (see schema_check.py).

Version 1: a store made by the last version-1 build (commit 483a838^), printed with
``python -m dangjian_desktop.storage.schema_check --dump``. Never edit a released entry.
"""

KNOWN_SCHEMAS: dict[int, dict[str, str]] = {
    1: {
        'index:agenda_template_name':
            '{"columns": [["name", 0, "BINARY"]], "table": "agenda_template", "unique": false, "where": ""}',
        'index:agenda_template_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "agenda_template", "unique": false, "where": ""}',
        'index:agenda_template_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "agenda_template", "unique": true, "where": ""}',
        'index:audit_entry_record_uuid':
            '{"columns": [["record_uuid", 0, "BINARY"]], "table": "audit_entry", "unique": false, "where": ""}',
        'index:audit_entry_table':
            '{"columns": [["table", 0, "BINARY"]], "table": "audit_entry", "unique": false, "where": ""}',
        'index:audit_entry_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "audit_entry", "unique": false, "where": ""}',
        'index:audit_entry_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "audit_entry", "unique": true, "where": ""}',
        'index:branch_is_own':
            '{"columns": [["is_own", 0, "BINARY"]], "table": "branch", "unique": false, "where": ""}',
        'index:branch_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "branch", "unique": false, "where": ""}',
        'index:branch_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "branch", "unique": true, "where": ""}',
        'index:committee_seat_branch_id':
            '{"columns": [["branch_id", 0, "BINARY"]], "table": "committee_seat", "unique": false, "where": ""}',
        'index:committee_seat_member_id':
            '{"columns": [["member_id", 0, "BINARY"]], "table": "committee_seat", "unique": false, "where": ""}',
        'index:committee_seat_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "committee_seat", "unique": false, "where": ""}',
        'index:committee_seat_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "committee_seat", "unique": true, "where": ""}',
        'index:exchange_origin_branch_uuid':
            '{"columns": [["branch_uuid", 0, "BINARY"]], "table": "exchange_origin", "unique": false, "where": ""}',
        'index:exchange_origin_branch_uuid_table':
            '{"columns": [["branch_uuid", 0, "BINARY"], ["table", 0, "BINARY"]], "table": "exchange_origin", "unique": false, "where": ""}',
        'index:meeting_agenda_item_meeting_id':
            '{"columns": [["meeting_id", 0, "BINARY"]], "table": "meeting_agenda_item", "unique": false, "where": ""}',
        'index:meeting_agenda_item_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "meeting_agenda_item", "unique": false, "where": ""}',
        'index:meeting_agenda_item_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "meeting_agenda_item", "unique": true, "where": ""}',
        'index:meeting_amendment_meeting_id':
            '{"columns": [["meeting_id", 0, "BINARY"]], "table": "meeting_amendment", "unique": false, "where": ""}',
        'index:meeting_amendment_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "meeting_amendment", "unique": false, "where": ""}',
        'index:meeting_amendment_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "meeting_amendment", "unique": true, "where": ""}',
        'index:meeting_attachment_meeting_id':
            '{"columns": [["meeting_id", 0, "BINARY"]], "table": "meeting_attachment", "unique": false, "where": ""}',
        'index:meeting_attachment_sha256':
            '{"columns": [["sha256", 0, "BINARY"]], "table": "meeting_attachment", "unique": false, "where": ""}',
        'index:meeting_attachment_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "meeting_attachment", "unique": false, "where": ""}',
        'index:meeting_attachment_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "meeting_attachment", "unique": true, "where": ""}',
        'index:meeting_attendance_meeting_id':
            '{"columns": [["meeting_id", 0, "BINARY"]], "table": "meeting_attendance", "unique": false, "where": ""}',
        'index:meeting_attendance_member_id':
            '{"columns": [["member_id", 0, "BINARY"]], "table": "meeting_attendance", "unique": false, "where": ""}',
        'index:meeting_attendance_member_id_meeting_id':
            '{"columns": [["member_id", 0, "BINARY"], ["meeting_id", 0, "BINARY"]], "table": "meeting_attendance", "unique": false, "where": ""}',
        'index:meeting_attendance_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "meeting_attendance", "unique": false, "where": ""}',
        'index:meeting_attendance_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "meeting_attendance", "unique": true, "where": ""}',
        'index:meeting_branch_id':
            '{"columns": [["branch_id", 0, "BINARY"]], "table": "meeting", "unique": false, "where": ""}',
        'index:meeting_date':
            '{"columns": [["date", 0, "BINARY"]], "table": "meeting", "unique": false, "where": ""}',
        'index:meeting_group_id':
            '{"columns": [["group_id", 0, "BINARY"]], "table": "meeting", "unique": false, "where": ""}',
        'index:meeting_group_id_date':
            '{"columns": [["group_id", 0, "BINARY"], ["date", 0, "BINARY"]], "table": "meeting", "unique": false, "where": ""}',
        'index:meeting_status':
            '{"columns": [["status", 0, "BINARY"]], "table": "meeting", "unique": false, "where": ""}',
        'index:meeting_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "meeting", "unique": false, "where": ""}',
        'index:meeting_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "meeting", "unique": true, "where": ""}',
        'index:meeting_vote_meeting_id':
            '{"columns": [["meeting_id", 0, "BINARY"]], "table": "meeting_vote", "unique": false, "where": ""}',
        'index:meeting_vote_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "meeting_vote", "unique": false, "where": ""}',
        'index:meeting_vote_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "meeting_vote", "unique": true, "where": ""}',
        'index:member_branch_id':
            '{"columns": [["branch_id", 0, "BINARY"]], "table": "member", "unique": false, "where": ""}',
        'index:member_branch_id_status_name':
            '{"columns": [["branch_id", 0, "BINARY"], ["status", 0, "BINARY"], ["name", 0, "BINARY"]], "table": "member", "unique": false, "where": ""}',
        'index:member_group_id':
            '{"columns": [["group_id", 0, "BINARY"]], "table": "member", "unique": false, "where": ""}',
        'index:member_id_number':
            '{"columns": [["id_number", 0, "BINARY"]], "table": "member", "unique": false, "where": ""}',
        'index:member_name':
            '{"columns": [["name", 0, "BINARY"]], "table": "member", "unique": false, "where": ""}',
        'index:member_sort_key':
            '{"columns": [["sort_key", 0, "BINARY"]], "table": "member", "unique": false, "where": ""}',
        'index:member_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "member", "unique": false, "where": ""}',
        'index:member_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "member", "unique": true, "where": ""}',
        'index:party_group_branch_id':
            '{"columns": [["branch_id", 0, "BINARY"]], "table": "party_group", "unique": false, "where": ""}',
        'index:party_group_leader_id':
            '{"columns": [["leader_id", 0, "BINARY"]], "table": "party_group", "unique": false, "where": ""}',
        'index:party_group_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "party_group", "unique": false, "where": ""}',
        'index:party_group_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "party_group", "unique": true, "where": ""}',
        'index:pledge_campaign_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "pledge_campaign", "unique": false, "where": ""}',
        'index:pledge_campaign_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "pledge_campaign", "unique": true, "where": ""}',
        'index:pledge_campaign_year':
            '{"columns": [["year", 0, "BINARY"]], "table": "pledge_campaign", "unique": false, "where": ""}',
        'index:pledge_campaign_year_name':
            '{"columns": [["year", 0, "BINARY"], ["name", 0, "BINARY"]], "table": "pledge_campaign", "unique": false, "where": ""}',
        'index:pledge_item_sheet_id':
            '{"columns": [["sheet_id", 0, "BINARY"]], "table": "pledge_item", "unique": false, "where": ""}',
        'index:pledge_item_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "pledge_item", "unique": false, "where": ""}',
        'index:pledge_item_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "pledge_item", "unique": true, "where": ""}',
        'index:pledge_mentor_pair_campaign_id':
            '{"columns": [["campaign_id", 0, "BINARY"]], "table": "pledge_mentor_pair", "unique": false, "where": ""}',
        'index:pledge_mentor_pair_mentor_id':
            '{"columns": [["mentor_id", 0, "BINARY"]], "table": "pledge_mentor_pair", "unique": false, "where": ""}',
        'index:pledge_mentor_pair_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "pledge_mentor_pair", "unique": false, "where": ""}',
        'index:pledge_mentor_pair_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "pledge_mentor_pair", "unique": true, "where": ""}',
        'index:pledge_progress_item_id':
            '{"columns": [["item_id", 0, "BINARY"]], "table": "pledge_progress", "unique": false, "where": ""}',
        'index:pledge_progress_on':
            '{"columns": [["on", 0, "BINARY"]], "table": "pledge_progress", "unique": false, "where": ""}',
        'index:pledge_progress_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "pledge_progress", "unique": false, "where": ""}',
        'index:pledge_progress_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "pledge_progress", "unique": true, "where": ""}',
        'index:pledge_sheet_campaign_id':
            '{"columns": [["campaign_id", 0, "BINARY"]], "table": "pledge_sheet", "unique": false, "where": ""}',
        'index:pledge_sheet_campaign_id_member_id':
            '{"columns": [["campaign_id", 0, "BINARY"], ["member_id", 0, "BINARY"]], "table": "pledge_sheet", "unique": true, "where": ""}',
        'index:pledge_sheet_member_id':
            '{"columns": [["member_id", 0, "BINARY"]], "table": "pledge_sheet", "unique": false, "where": ""}',
        'index:pledge_sheet_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "pledge_sheet", "unique": false, "where": ""}',
        'index:pledge_sheet_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "pledge_sheet", "unique": true, "where": ""}',
        'index:room_inspection_inspected_on':
            '{"columns": [["inspected_on", 0, "BINARY"]], "table": "room_inspection", "unique": false, "where": ""}',
        'index:room_inspection_result_inspection_id':
            '{"columns": [["inspection_id", 0, "BINARY"]], "table": "room_inspection_result", "unique": false, "where": ""}',
        'index:room_inspection_result_inspection_id_item_key':
            '{"columns": [["inspection_id", 0, "BINARY"], ["item_key", 0, "BINARY"]], "table": "room_inspection_result", "unique": true, "where": ""}',
        'index:room_inspection_result_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "room_inspection_result", "unique": false, "where": ""}',
        'index:room_inspection_result_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "room_inspection_result", "unique": true, "where": ""}',
        'index:room_inspection_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "room_inspection", "unique": false, "where": ""}',
        'index:room_inspection_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "room_inspection", "unique": true, "where": ""}',
        'index:room_rectification_deadline':
            '{"columns": [["deadline", 0, "BINARY"]], "table": "room_rectification", "unique": false, "where": ""}',
        'index:room_rectification_inspection_id':
            '{"columns": [["inspection_id", 0, "BINARY"]], "table": "room_rectification", "unique": false, "where": ""}',
        'index:room_rectification_inspection_id_item_key':
            '{"columns": [["inspection_id", 0, "BINARY"], ["item_key", 0, "BINARY"]], "table": "room_rectification", "unique": true, "where": ""}',
        'index:room_rectification_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "room_rectification", "unique": false, "where": ""}',
        'index:room_rectification_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "room_rectification", "unique": true, "where": ""}',
        'index:room_template_updated_at':
            '{"columns": [["updated_at", 0, "BINARY"]], "table": "room_template", "unique": false, "where": ""}',
        'index:room_template_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "room_template", "unique": true, "where": ""}',
        'index:room_template_version':
            '{"columns": [["version", 0, "BINARY"]], "table": "room_template", "unique": false, "where": ""}',
        'index:tombstone_deleted_at':
            '{"columns": [["deleted_at", 0, "BINARY"]], "table": "tombstone", "unique": false, "where": ""}',
        'index:tombstone_uuid':
            '{"columns": [["uuid", 0, "BINARY"]], "table": "tombstone", "unique": false, "where": ""}',
        'table:agenda_template':
            '{"columns": [["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["items", "TEXT", 1, "None", 0, 0], ["name", "VARCHAR(100)", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:audit_entry':
            '{"columns": [["action", "VARCHAR(30)", 1, "None", 0, 0], ["at", "DATETIME", 1, "None", 0, 0], ["changes", "TEXT", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["record_uuid", "VARCHAR(36)", 1, "None", 0, 0], ["summary", "TEXT", 1, "None", 0, 0], ["table", "VARCHAR(50)", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0], ["who", "VARCHAR(100)", 1, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:branch':
            '{"columns": [["created_at", "DATETIME", 1, "None", 0, 0], ["election_date", "DATE", 0, "None", 0, 0], ["founded_on", "DATE", 0, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["is_own", "INTEGER", 1, "None", 0, 0], ["kind", "VARCHAR(20)", 1, "None", 0, 0], ["name", "VARCHAR(200)", 1, "None", 0, 0], ["parent_committee", "VARCHAR(200)", 1, "None", 0, 0], ["term_years", "INTEGER", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:committee_seat':
            '{"columns": [["branch_id", "INTEGER", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["duty", "VARCHAR(100)", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["member_id", "INTEGER", 0, "None", 0, 0], ["name", "VARCHAR(50)", 1, "None", 0, 0], ["role", "VARCHAR(10)", 1, "None", 0, 0], ["sort_order", "INTEGER", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["branch", "branch_id", "id", "NO ACTION", "CASCADE"], ["member", "member_id", "id", "NO ACTION", "SET NULL"]], "without_rowid": false}',
        'table:exchange_origin':
            '{"columns": [["branch_uuid", "VARCHAR(64)", 1, "None", 0, 0], ["table", "VARCHAR(50)", 1, "None", 0, 0], ["uuid", "VARCHAR(64)", 1, "None", 1, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:meeting':
            '{"columns": [["attachment_count", "INTEGER", 1, "None", 0, 0], ["branch_id", "INTEGER", 0, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["date", "DATE", 1, "None", 0, 0], ["end_time", "VARCHAR(5)", 1, "None", 0, 0], ["expected_count", "INTEGER", 1, "None", 0, 0], ["finalized_at", "DATETIME", 0, "None", 0, 0], ["group_id", "INTEGER", 0, "None", 0, 0], ["group_name", "VARCHAR(100)", 1, "None", 0, 0], ["host", "VARCHAR(50)", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["lecture_topic", "VARCHAR(300)", 1, "None", 0, 0], ["lecturer", "VARCHAR(50)", 1, "None", 0, 0], ["minutes", "TEXT", 1, "None", 0, 0], ["observers", "TEXT", 1, "None", 0, 0], ["place", "VARCHAR(200)", 1, "None", 0, 0], ["present_count", "INTEGER", 1, "None", 0, 0], ["recorder", "VARCHAR(50)", 1, "None", 0, 0], ["resolutions", "TEXT", 1, "None", 0, 0], ["scope", "VARCHAR(20)", 1, "None", 0, 0], ["search_text", "TEXT", 1, "None", 0, 0], ["start_time", "VARCHAR(5)", 1, "None", 0, 0], ["status", "VARCHAR(10)", 1, "None", 0, 0], ["title", "VARCHAR(300)", 1, "None", 0, 0], ["type_mask", "INTEGER", 1, "None", 0, 0], ["types", "VARCHAR(200)", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["branch", "branch_id", "id", "NO ACTION", "CASCADE"], ["party_group", "group_id", "id", "NO ACTION", "SET NULL"]], "without_rowid": false}',
        'table:meeting_agenda_item':
            '{"columns": [["created_at", "DATETIME", 1, "None", 0, 0], ["first_topic", "INTEGER", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["meeting_id", "INTEGER", 1, "None", 0, 0], ["note", "TEXT", 1, "None", 0, 0], ["position", "INTEGER", 1, "None", 0, 0], ["title", "VARCHAR(500)", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["meeting", "meeting_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:meeting_amendment':
            '{"columns": [["at", "DATETIME", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["field", "VARCHAR(50)", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["made_on", "DATE", 1, "None", 0, 0], ["meeting_id", "INTEGER", 1, "None", 0, 0], ["new_value", "TEXT", 1, "None", 0, 0], ["old_value", "TEXT", 1, "None", 0, 0], ["reason", "TEXT", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0], ["who", "VARCHAR(100)", 1, "None", 0, 0]], "foreign_keys": [["meeting", "meeting_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:meeting_attachment':
            '{"columns": [["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["meeting_id", "INTEGER", 1, "None", 0, 0], ["name", "VARCHAR(255)", 1, "None", 0, 0], ["sha256", "VARCHAR(64)", 1, "None", 0, 0], ["size", "INTEGER", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["meeting", "meeting_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:meeting_attendance':
            '{"columns": [["created_at", "DATETIME", 1, "None", 0, 0], ["has_vote", "INTEGER", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["meeting_id", "INTEGER", 1, "None", 0, 0], ["member_id", "INTEGER", 0, "None", 0, 0], ["name", "VARCHAR(50)", 1, "None", 0, 0], ["present", "INTEGER", 1, "None", 0, 0], ["reason", "VARCHAR(10)", 1, "None", 0, 0], ["reason_text", "VARCHAR(300)", 1, "None", 0, 0], ["sort_order", "INTEGER", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["meeting", "meeting_id", "id", "NO ACTION", "CASCADE"], ["member", "member_id", "id", "NO ACTION", "SET NULL"]], "without_rowid": false}',
        'table:meeting_fts':
            '{"virtual": "create virtual table meeting_fts using fts5(body,tokenize=trigram)"}',
        'table:meeting_fts_config':
            '{"columns": [["k", "", 1, "None", 1, 0], ["v", "", 0, "None", 0, 0]], "foreign_keys": [], "without_rowid": true}',
        'table:meeting_fts_content':
            '{"columns": [["c0", "", 0, "None", 0, 0], ["id", "INTEGER", 0, "None", 1, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:meeting_fts_data':
            '{"columns": [["block", "BLOB", 0, "None", 0, 0], ["id", "INTEGER", 0, "None", 1, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:meeting_fts_docsize':
            '{"columns": [["id", "INTEGER", 0, "None", 1, 0], ["sz", "BLOB", 0, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:meeting_fts_idx':
            '{"columns": [["pgno", "", 0, "None", 0, 0], ["segid", "", 1, "None", 1, 0], ["term", "", 1, "None", 2, 0]], "foreign_keys": [], "without_rowid": true}',
        'table:meeting_vote':
            '{"columns": [["abstain", "INTEGER", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["meeting_id", "INTEGER", 1, "None", 0, 0], ["no", "INTEGER", 1, "None", 0, 0], ["position", "INTEGER", 1, "None", 0, 0], ["subject", "VARCHAR(500)", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0], ["yes", "INTEGER", 1, "None", 0, 0]], "foreign_keys": [["meeting", "meeting_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:member':
            '{"columns": [["birth_date", "DATE", 0, "None", 0, 0], ["branch_id", "INTEGER", 1, "None", 0, 0], ["category", "VARCHAR(10)", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["education", "VARCHAR(20)", 1, "None", 0, 0], ["ethnicity", "VARCHAR(20)", 1, "None", 0, 0], ["full_member_on", "DATE", 0, "None", 0, 0], ["gender", "VARCHAR(4)", 1, "None", 0, 0], ["group_id", "INTEGER", 0, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["id_number", "VARCHAR(18)", 1, "None", 0, 0], ["joined_branch_on", "DATE", 0, "None", 0, 0], ["joined_party_on", "DATE", 0, "None", 0, 0], ["name", "VARCHAR(50)", 1, "None", 0, 0], ["note", "TEXT", 1, "None", 0, 0], ["phone", "VARCHAR(30)", 1, "None", 0, 0], ["position", "VARCHAR(100)", 1, "None", 0, 0], ["sort_key", "VARCHAR(100)", 1, "None", 0, 0], ["status", "VARCHAR(10)", 1, "None", 0, 0], ["status_date", "DATE", 0, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["branch", "branch_id", "id", "NO ACTION", "CASCADE"], ["party_group", "group_id", "id", "NO ACTION", "SET NULL"]], "without_rowid": false}',
        'table:party_group':
            '{"columns": [["branch_id", "INTEGER", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["leader_id", "INTEGER", 0, "None", 0, 0], ["name", "VARCHAR(100)", 1, "None", 0, 0], ["sort_order", "INTEGER", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["branch", "branch_id", "id", "NO ACTION", "CASCADE"], ["member", "leader_id", "id", "NO ACTION", "SET NULL"]], "without_rowid": false}',
        'table:pledge_campaign':
            '{"columns": [["announced_on", "DATE", 0, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["name", "VARCHAR(200)", 1, "None", 0, 0], ["note", "TEXT", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0], ["year", "INTEGER", 1, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:pledge_item':
            '{"columns": [["category", "VARCHAR(30)", 1, "None", 0, 0], ["content", "TEXT", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["deadline", "DATE", 0, "None", 0, 0], ["final_note", "TEXT", 1, "None", 0, 0], ["final_status", "VARCHAR(10)", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["measures", "TEXT", 1, "None", 0, 0], ["pledged_on", "DATE", 0, "None", 0, 0], ["review_comment", "TEXT", 1, "None", 0, 0], ["sheet_id", "INTEGER", 1, "None", 0, 0], ["sort_order", "INTEGER", 1, "None", 0, 0], ["status", "VARCHAR(10)", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["pledge_sheet", "sheet_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:pledge_mentor_pair':
            '{"columns": [["campaign_id", "INTEGER", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["goal", "TEXT", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["mentees", "TEXT", 1, "None", 0, 0], ["mentor_id", "INTEGER", 1, "None", 0, 0], ["outcome", "VARCHAR(10)", 1, "None", 0, 0], ["result", "TEXT", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["member", "mentor_id", "id", "NO ACTION", "CASCADE"], ["pledge_campaign", "campaign_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:pledge_progress':
            '{"columns": [["attachments", "TEXT", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["item_id", "INTEGER", 1, "None", 0, 0], ["on", "DATE", 1, "None", 0, 0], ["text", "TEXT", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["pledge_item", "item_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:pledge_sheet':
            '{"columns": [["campaign_id", "INTEGER", 1, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["evaluated_on", "DATE", 0, "None", 0, 0], ["grade", "VARCHAR(20)", 1, "None", 0, 0], ["group_comment", "TEXT", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["member_id", "INTEGER", 1, "None", 0, 0], ["self_assessment", "TEXT", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["member", "member_id", "id", "NO ACTION", "CASCADE"], ["pledge_campaign", "campaign_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:room_inspection':
            '{"columns": [["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["inspected_on", "DATE", 1, "None", 0, 0], ["inspectors", "VARCHAR(300)", 1, "None", 0, 0], ["note", "TEXT", 1, "None", 0, 0], ["room", "VARCHAR(200)", 1, "None", 0, 0], ["template_version", "INTEGER", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:room_inspection_result':
            '{"columns": [["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["inspection_id", "INTEGER", 1, "None", 0, 0], ["item_key", "VARCHAR(40)", 1, "None", 0, 0], ["item_text", "TEXT", 1, "None", 0, 0], ["photos", "TEXT", 1, "None", 0, 0], ["remark", "TEXT", 1, "None", 0, 0], ["result", "VARCHAR(10)", 1, "None", 0, 0], ["section", "VARCHAR(10)", 1, "None", 0, 0], ["sort_order", "INTEGER", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["room_inspection", "inspection_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:room_rectification':
            '{"columns": [["completed_on", "DATE", 0, "None", 0, 0], ["created_at", "DATETIME", 1, "None", 0, 0], ["deadline", "DATE", 0, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["inspection_id", "INTEGER", 1, "None", 0, 0], ["item_key", "VARCHAR(40)", 1, "None", 0, 0], ["item_text", "TEXT", 1, "None", 0, 0], ["measure", "TEXT", 1, "None", 0, 0], ["note", "TEXT", 1, "None", 0, 0], ["responsible", "VARCHAR(100)", 1, "None", 0, 0], ["status", "VARCHAR(10)", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [["room_inspection", "inspection_id", "id", "NO ACTION", "CASCADE"]], "without_rowid": false}',
        'table:room_template':
            '{"columns": [["created_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["items", "TEXT", 1, "None", 0, 0], ["note", "TEXT", 1, "None", 0, 0], ["updated_at", "DATETIME", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0], ["version", "INTEGER", 1, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:setting':
            '{"columns": [["key", "VARCHAR(100)", 1, "None", 1, 0], ["value", "TEXT", 1, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'table:tombstone':
            '{"columns": [["deleted_at", "DATETIME", 1, "None", 0, 0], ["id", "INTEGER", 1, "None", 1, 0], ["table", "VARCHAR(50)", 1, "None", 0, 0], ["uuid", "VARCHAR(36)", 1, "None", 0, 0]], "foreign_keys": [], "without_rowid": false}',
        'trigger:meeting_fts_ad':
            '{"sql": "create trigger meeting_fts_ad after delete on meeting begin delete from meeting_fts where rowid=old.id;end", "table": "meeting"}',
        'trigger:meeting_fts_ai':
            '{"sql": "create trigger meeting_fts_ai after insert on meeting begin insert into meeting_fts(rowid,body)values(new.id,new.search_text);end", "table": "meeting"}',
        'trigger:meeting_fts_au':
            '{"sql": "create trigger meeting_fts_au after update of search_text on meeting begin delete from meeting_fts where rowid=old.id;insert into meeting_fts(rowid,body)values(new.id,new.search_text);end", "table": "meeting"}',
    },
}
