"""The schema of version 1, frozen: the SQL a version-1 store was made of (tables, indexes, the trigram index
and its triggers), exactly as SQLite keeps it. Migration step 1 runs it; later steps alter it. Never edit it:
a change to the tables is a new step in migrations.py (the models describe the newest schema, not this one).
"""

V1_SCHEMA: tuple[str, ...] = (
    'CREATE TABLE "branch" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "name" VARCHAR(200) NOT NULL, '
    '"kind" VARCHAR(20) NOT NULL, "parent_committee" VARCHAR(200) NOT NULL, "founded_on" DATE, '
    '"election_date" DATE, "term_years" INTEGER NOT NULL, "is_own" INTEGER NOT NULL)',
    'CREATE UNIQUE INDEX "branch_uuid" ON "branch" ("uuid")',
    'CREATE INDEX "branch_updated_at" ON "branch" ("updated_at")',
    'CREATE INDEX "branch_is_own" ON "branch" ("is_own")',
    'CREATE TABLE "member" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "branch_id" INTEGER NOT NULL, '
    '"name" VARCHAR(50) NOT NULL, "gender" VARCHAR(4) NOT NULL, "ethnicity" VARCHAR(20) NOT NULL, '
    '"birth_date" DATE, "education" VARCHAR(20) NOT NULL, "joined_party_on" DATE, "full_member_on" DATE, '
    '"category" VARCHAR(10) NOT NULL, "group_id" INTEGER, "position" VARCHAR(100) NOT NULL, '
    '"phone" VARCHAR(30) NOT NULL, "id_number" VARCHAR(18) NOT NULL, "status" VARCHAR(10) NOT NULL, '
    '"status_date" DATE, "joined_branch_on" DATE, "note" TEXT NOT NULL, "sort_key" VARCHAR(100) NOT NULL, '
    'FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("group_id") REFERENCES "party_group" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "member_uuid" ON "member" ("uuid")',
    'CREATE INDEX "member_updated_at" ON "member" ("updated_at")',
    'CREATE INDEX "member_branch_id" ON "member" ("branch_id")',
    'CREATE INDEX "member_name" ON "member" ("name")',
    'CREATE INDEX "member_group_id" ON "member" ("group_id")',
    'CREATE INDEX "member_id_number" ON "member" ("id_number")',
    'CREATE INDEX "member_sort_key" ON "member" ("sort_key")',
    'CREATE INDEX "member_branch_id_status_name" ON "member" ("branch_id", "status", "name")',
    'CREATE TABLE "party_group" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "branch_id" INTEGER NOT NULL, '
    '"name" VARCHAR(100) NOT NULL, "sort_order" INTEGER NOT NULL, "leader_id" INTEGER, '
    'FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("leader_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "party_group_uuid" ON "party_group" ("uuid")',
    'CREATE INDEX "party_group_updated_at" ON "party_group" ("updated_at")',
    'CREATE INDEX "party_group_branch_id" ON "party_group" ("branch_id")',
    'CREATE INDEX "party_group_leader_id" ON "party_group" ("leader_id")',
    'CREATE TABLE "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "branch_id" INTEGER, '
    '"date" DATE NOT NULL, "type_mask" INTEGER NOT NULL, "types" VARCHAR(200) NOT NULL, '
    '"title" VARCHAR(300) NOT NULL, "start_time" VARCHAR(5) NOT NULL, "end_time" VARCHAR(5) NOT NULL, '
    '"place" VARCHAR(200) NOT NULL, "host" VARCHAR(50) NOT NULL, "recorder" VARCHAR(50) NOT NULL, '
    '"lecturer" VARCHAR(50) NOT NULL, "lecture_topic" VARCHAR(300) NOT NULL, "scope" VARCHAR(20) NOT NULL, '
    '"group_id" INTEGER, "group_name" VARCHAR(100) NOT NULL, "observers" TEXT NOT NULL, '
    '"minutes" TEXT NOT NULL, "resolutions" TEXT NOT NULL, "status" VARCHAR(10) NOT NULL, '
    '"finalized_at" DATETIME, "expected_count" INTEGER NOT NULL, "present_count" INTEGER NOT NULL, '
    '"attachment_count" INTEGER NOT NULL, "search_text" TEXT NOT NULL, '
    'FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("group_id") REFERENCES "party_group" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "meeting_uuid" ON "meeting" ("uuid")',
    'CREATE INDEX "meeting_updated_at" ON "meeting" ("updated_at")',
    'CREATE INDEX "meeting_branch_id" ON "meeting" ("branch_id")',
    'CREATE INDEX "meeting_date" ON "meeting" ("date")',
    'CREATE INDEX "meeting_group_id" ON "meeting" ("group_id")',
    'CREATE INDEX "meeting_status" ON "meeting" ("status")',
    'CREATE INDEX "meeting_group_id_date" ON "meeting" ("group_id", "date")',
    'CREATE TABLE "meeting_agenda_item" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, '
    '"position" INTEGER NOT NULL, "title" VARCHAR(500) NOT NULL, "first_topic" INTEGER NOT NULL, '
    '"note" TEXT NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "meeting_agenda_item_uuid" ON "meeting_agenda_item" ("uuid")',
    'CREATE INDEX "meeting_agenda_item_updated_at" ON "meeting_agenda_item" ("updated_at")',
    'CREATE INDEX "meeting_agenda_item_meeting_id" ON "meeting_agenda_item" ("meeting_id")',
    'CREATE TABLE "agenda_template" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "name" VARCHAR(100) NOT NULL, '
    '"items" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "agenda_template_uuid" ON "agenda_template" ("uuid")',
    'CREATE INDEX "agenda_template_updated_at" ON "agenda_template" ("updated_at")',
    'CREATE INDEX "agenda_template_name" ON "agenda_template" ("name")',
    'CREATE TABLE "meeting_amendment" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, '
    '"made_on" DATE NOT NULL, "at" DATETIME NOT NULL, "field" VARCHAR(50) NOT NULL, "old_value" TEXT NOT NULL, '
    '"new_value" TEXT NOT NULL, "reason" TEXT NOT NULL, "who" VARCHAR(100) NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "meeting_amendment_uuid" ON "meeting_amendment" ("uuid")',
    'CREATE INDEX "meeting_amendment_updated_at" ON "meeting_amendment" ("updated_at")',
    'CREATE INDEX "meeting_amendment_meeting_id" ON "meeting_amendment" ("meeting_id")',
    'CREATE TABLE "meeting_attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, '
    '"sha256" VARCHAR(64) NOT NULL, "name" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "meeting_attachment_uuid" ON "meeting_attachment" ("uuid")',
    'CREATE INDEX "meeting_attachment_updated_at" ON "meeting_attachment" ("updated_at")',
    'CREATE INDEX "meeting_attachment_meeting_id" ON "meeting_attachment" ("meeting_id")',
    'CREATE INDEX "meeting_attachment_sha256" ON "meeting_attachment" ("sha256")',
    'CREATE TABLE "meeting_attendance" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, '
    '"member_id" INTEGER, "name" VARCHAR(50) NOT NULL, "has_vote" INTEGER NOT NULL, '
    '"present" INTEGER NOT NULL, "reason" VARCHAR(10) NOT NULL, "reason_text" VARCHAR(300) NOT NULL, '
    '"sort_order" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "meeting_attendance_uuid" ON "meeting_attendance" ("uuid")',
    'CREATE INDEX "meeting_attendance_updated_at" ON "meeting_attendance" ("updated_at")',
    'CREATE INDEX "meeting_attendance_meeting_id" ON "meeting_attendance" ("meeting_id")',
    'CREATE INDEX "meeting_attendance_member_id" ON "meeting_attendance" ("member_id")',
    'CREATE INDEX "meeting_attendance_member_id_meeting_id" ON "meeting_attendance" ("member_id", "meeting_id")',
    'CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "table" VARCHAR(50) NOT NULL, '
    '"record_uuid" VARCHAR(36) NOT NULL, "at" DATETIME NOT NULL, "who" VARCHAR(100) NOT NULL, '
    '"action" VARCHAR(30) NOT NULL, "summary" TEXT NOT NULL, "changes" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "audit_entry_uuid" ON "audit_entry" ("uuid")',
    'CREATE INDEX "audit_entry_updated_at" ON "audit_entry" ("updated_at")',
    'CREATE INDEX "audit_entry_table" ON "audit_entry" ("table")',
    'CREATE INDEX "audit_entry_record_uuid" ON "audit_entry" ("record_uuid")',
    'CREATE TABLE "committee_seat" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "branch_id" INTEGER NOT NULL, '
    '"role" VARCHAR(10) NOT NULL, "member_id" INTEGER, "name" VARCHAR(50) NOT NULL, '
    '"duty" VARCHAR(100) NOT NULL, "sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "committee_seat_uuid" ON "committee_seat" ("uuid")',
    'CREATE INDEX "committee_seat_updated_at" ON "committee_seat" ("updated_at")',
    'CREATE INDEX "committee_seat_branch_id" ON "committee_seat" ("branch_id")',
    'CREATE INDEX "committee_seat_member_id" ON "committee_seat" ("member_id")',
    'CREATE TABLE "exchange_origin" ("uuid" VARCHAR(64) NOT NULL PRIMARY KEY, "table" VARCHAR(50) NOT NULL, '
    '"branch_uuid" VARCHAR(64) NOT NULL)',
    'CREATE INDEX "exchange_origin_branch_uuid" ON "exchange_origin" ("branch_uuid")',
    'CREATE INDEX "exchange_origin_branch_uuid_table" ON "exchange_origin" ("branch_uuid", "table")',
    'CREATE TABLE "room_inspection" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "inspected_on" DATE NOT NULL, '
    '"room" VARCHAR(200) NOT NULL, "inspectors" VARCHAR(300) NOT NULL, "template_version" INTEGER NOT NULL, '
    '"note" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "room_inspection_uuid" ON "room_inspection" ("uuid")',
    'CREATE INDEX "room_inspection_updated_at" ON "room_inspection" ("updated_at")',
    'CREATE INDEX "room_inspection_inspected_on" ON "room_inspection" ("inspected_on")',
    'CREATE TABLE "room_inspection_result" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "inspection_id" INTEGER NOT NULL, '
    '"item_key" VARCHAR(40) NOT NULL, "section" VARCHAR(10) NOT NULL, "item_text" TEXT NOT NULL, '
    '"sort_order" INTEGER NOT NULL, "result" VARCHAR(10) NOT NULL, "remark" TEXT NOT NULL, '
    '"photos" TEXT NOT NULL, '
    'FOREIGN KEY ("inspection_id") REFERENCES "room_inspection" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "room_inspection_result_uuid" ON "room_inspection_result" ("uuid")',
    'CREATE INDEX "room_inspection_result_updated_at" ON "room_inspection_result" ("updated_at")',
    'CREATE INDEX "room_inspection_result_inspection_id" ON "room_inspection_result" ("inspection_id")',
    'CREATE UNIQUE INDEX "room_inspection_result_inspection_id_item_key" ON "room_inspection_result" ("inspection_id", '
    '"item_key")',
    'CREATE VIRTUAL TABLE "meeting_fts" USING fts5 ("body", tokenize="trigram")',
    'CREATE TABLE "pledge_campaign" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "year" INTEGER NOT NULL, '
    '"name" VARCHAR(200) NOT NULL, "announced_on" DATE, "note" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "pledge_campaign_uuid" ON "pledge_campaign" ("uuid")',
    'CREATE INDEX "pledge_campaign_updated_at" ON "pledge_campaign" ("updated_at")',
    'CREATE INDEX "pledge_campaign_year" ON "pledge_campaign" ("year")',
    'CREATE INDEX "pledge_campaign_year_name" ON "pledge_campaign" ("year", "name")',
    'CREATE TABLE "pledge_mentor_pair" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "campaign_id" INTEGER NOT NULL, '
    '"mentor_id" INTEGER NOT NULL, "mentees" TEXT NOT NULL, "goal" TEXT NOT NULL, "result" TEXT NOT NULL, '
    '"outcome" VARCHAR(10) NOT NULL, '
    'FOREIGN KEY ("campaign_id") REFERENCES "pledge_campaign" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("mentor_id") REFERENCES "member" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "pledge_mentor_pair_uuid" ON "pledge_mentor_pair" ("uuid")',
    'CREATE INDEX "pledge_mentor_pair_updated_at" ON "pledge_mentor_pair" ("updated_at")',
    'CREATE INDEX "pledge_mentor_pair_campaign_id" ON "pledge_mentor_pair" ("campaign_id")',
    'CREATE INDEX "pledge_mentor_pair_mentor_id" ON "pledge_mentor_pair" ("mentor_id")',
    'CREATE TABLE "pledge_sheet" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "campaign_id" INTEGER NOT NULL, '
    '"member_id" INTEGER NOT NULL, "self_assessment" TEXT NOT NULL, "group_comment" TEXT NOT NULL, '
    '"grade" VARCHAR(20) NOT NULL, "evaluated_on" DATE, '
    'FOREIGN KEY ("campaign_id") REFERENCES "pledge_campaign" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "pledge_sheet_uuid" ON "pledge_sheet" ("uuid")',
    'CREATE INDEX "pledge_sheet_updated_at" ON "pledge_sheet" ("updated_at")',
    'CREATE INDEX "pledge_sheet_campaign_id" ON "pledge_sheet" ("campaign_id")',
    'CREATE INDEX "pledge_sheet_member_id" ON "pledge_sheet" ("member_id")',
    'CREATE UNIQUE INDEX "pledge_sheet_campaign_id_member_id" ON "pledge_sheet" ("campaign_id", "member_id")',
    'CREATE TABLE "pledge_item" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "sheet_id" INTEGER NOT NULL, '
    '"content" TEXT NOT NULL, "measures" TEXT NOT NULL, "category" VARCHAR(30) NOT NULL, "deadline" DATE, '
    '"pledged_on" DATE, "status" VARCHAR(10) NOT NULL, "review_comment" TEXT NOT NULL, '
    '"final_status" VARCHAR(10) NOT NULL, "final_note" TEXT NOT NULL, "sort_order" INTEGER NOT NULL, '
    'FOREIGN KEY ("sheet_id") REFERENCES "pledge_sheet" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "pledge_item_uuid" ON "pledge_item" ("uuid")',
    'CREATE INDEX "pledge_item_updated_at" ON "pledge_item" ("updated_at")',
    'CREATE INDEX "pledge_item_sheet_id" ON "pledge_item" ("sheet_id")',
    'CREATE TABLE "pledge_progress" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "item_id" INTEGER NOT NULL, '
    '"on" DATE NOT NULL, "text" TEXT NOT NULL, "attachments" TEXT NOT NULL, '
    'FOREIGN KEY ("item_id") REFERENCES "pledge_item" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "pledge_progress_uuid" ON "pledge_progress" ("uuid")',
    'CREATE INDEX "pledge_progress_updated_at" ON "pledge_progress" ("updated_at")',
    'CREATE INDEX "pledge_progress_item_id" ON "pledge_progress" ("item_id")',
    'CREATE INDEX "pledge_progress_on" ON "pledge_progress" ("on")',
    'CREATE TABLE "room_rectification" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "inspection_id" INTEGER NOT NULL, '
    '"item_key" VARCHAR(40) NOT NULL, "item_text" TEXT NOT NULL, "measure" TEXT NOT NULL, '
    '"responsible" VARCHAR(100) NOT NULL, "deadline" DATE, "completed_on" DATE, "status" VARCHAR(10) NOT NULL, '
    '"note" TEXT NOT NULL, FOREIGN KEY ("inspection_id") REFERENCES "room_inspection" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "room_rectification_uuid" ON "room_rectification" ("uuid")',
    'CREATE INDEX "room_rectification_updated_at" ON "room_rectification" ("updated_at")',
    'CREATE INDEX "room_rectification_inspection_id" ON "room_rectification" ("inspection_id")',
    'CREATE INDEX "room_rectification_deadline" ON "room_rectification" ("deadline")',
    'CREATE UNIQUE INDEX "room_rectification_inspection_id_item_key" ON "room_rectification" ("inspection_id", '
    '"item_key")',
    'CREATE TABLE "room_template" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, '
    '"items" TEXT NOT NULL, "note" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "room_template_uuid" ON "room_template" ("uuid")',
    'CREATE INDEX "room_template_updated_at" ON "room_template" ("updated_at")',
    'CREATE INDEX "room_template_version" ON "room_template" ("version")',
    'CREATE TABLE "setting" ("key" VARCHAR(100) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "tombstone" ("id" INTEGER NOT NULL PRIMARY KEY, "table" VARCHAR(50) NOT NULL, '
    '"uuid" VARCHAR(36) NOT NULL, "deleted_at" DATETIME NOT NULL)',
    'CREATE INDEX "tombstone_uuid" ON "tombstone" ("uuid")',
    'CREATE INDEX "tombstone_deleted_at" ON "tombstone" ("deleted_at")',
    'CREATE TABLE "meeting_vote" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, '
    '"position" INTEGER NOT NULL, "subject" VARCHAR(500) NOT NULL, "yes" INTEGER NOT NULL, '
    '"no" INTEGER NOT NULL, "abstain" INTEGER NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "meeting_vote_uuid" ON "meeting_vote" ("uuid")',
    'CREATE INDEX "meeting_vote_updated_at" ON "meeting_vote" ("updated_at")',
    'CREATE INDEX "meeting_vote_meeting_id" ON "meeting_vote" ("meeting_id")',
    'CREATE TRIGGER meeting_fts_ai AFTER INSERT ON meeting BEGIN\n         INSERT INTO meeting_fts(rowid, '
    'body) VALUES (new.id, new.search_text);\n       END',
    'CREATE TRIGGER meeting_fts_au AFTER UPDATE OF search_text ON meeting BEGIN\n         DELETE FROM meeting_fts WHERE rowid = old.id;\n         INSERT INTO meeting_fts(rowid, '
    'body) VALUES (new.id, new.search_text);\n       END',
    'CREATE TRIGGER meeting_fts_ad AFTER DELETE ON meeting BEGIN\n         DELETE FROM meeting_fts WHERE rowid = old.id;\n       END',
)
