"""党员承诺 tables: campaigns, each member's sheet (承诺书 + 评诺), items, progress ledger, 一带二 pairs."""

from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from dangjian_desktop.storage.columns import child_of, count, label, optional_date, text
from dangjian_desktop.storage.models import MemberRow, Record


class PledgeCampaignRow(Record):
    year = IntegerField(index=True)
    name = CharField(max_length=200)
    announced_on = optional_date()
    note = text()

    class Meta:
        # not unique: a headquarters store holds the campaigns of many branches (the service keeps one per year
        # and name in a branch store)
        indexes = ((("year", "name"), False),)


class PledgeSheetRow(Record):
    campaign = child_of(PledgeCampaignRow, "sheets")
    member = child_of(MemberRow, "pledge_sheets")
    self_assessment = text()
    group_comment = text()
    grade = label(20)
    evaluated_on = optional_date()

    class Meta:
        indexes = ((("campaign", "member"), True),)


class PledgeItemRow(Record):
    sheet = child_of(PledgeSheetRow, "items")
    content = TextField()
    measures = text()
    category = CharField(max_length=30)
    deadline = optional_date()
    pledged_on = optional_date()
    status = CharField(max_length=10, default="草稿")
    review_comment = text()
    final_status = label(10)
    final_note = text()
    sort_order = count()


class PledgeProgressRow(Record):
    item = child_of(PledgeItemRow, "progress")
    on = DateField(index=True)
    text = TextField()
    attachments = TextField(default="[]")  # JSON list of Attachment dicts


class MentorPairRow(Record):
    """一带二."""

    campaign = child_of(PledgeCampaignRow, "pairs")
    mentor = ForeignKeyField(MemberRow, on_delete="CASCADE")
    mentees = TextField(default="[]")  # JSON list of names
    goal = text()
    result = text()
    outcome = label(10)

    class Meta:
        table_name = "pledge_mentor_pair"


PLEDGE_MODELS = [PledgeCampaignRow, PledgeSheetRow, PledgeItemRow, PledgeProgressRow, MentorPairRow]
