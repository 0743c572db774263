"""党员承诺 tables: campaigns, each member's sheet (承诺书 + 评诺), items, progress ledger, 一带二 pairs."""

from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from dangjian_desktop.storage.models import MemberRow, Record


class PledgeCampaignRow(Record):
    year = IntegerField(index=True)
    name = CharField(max_length=200)
    announced_on = DateField(null=True)
    note = TextField(default="")

    class Meta:
        table_name = "pledge_campaign"
        # not unique: a headquarters store holds the campaigns of many branches (the service keeps one per year
        # and name in a branch store)
        indexes = ((("year", "name"), False),)


class PledgeSheetRow(Record):
    campaign = ForeignKeyField(PledgeCampaignRow, backref="sheets", on_delete="CASCADE")
    member = ForeignKeyField(MemberRow, backref="pledge_sheets", on_delete="CASCADE")
    self_assessment = TextField(default="")
    group_comment = TextField(default="")
    grade = CharField(max_length=20, default="")
    evaluated_on = DateField(null=True)

    class Meta:
        table_name = "pledge_sheet"
        indexes = ((("campaign", "member"), True),)


class PledgeItemRow(Record):
    sheet = ForeignKeyField(PledgeSheetRow, backref="items", on_delete="CASCADE")
    content = TextField()
    measures = TextField(default="")
    category = CharField(max_length=30)
    deadline = DateField(null=True)
    pledged_on = DateField(null=True)
    status = CharField(max_length=10, default="草稿")
    review_comment = TextField(default="")
    final_status = CharField(max_length=10, default="")
    final_note = TextField(default="")
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "pledge_item"


class PledgeProgressRow(Record):
    item = ForeignKeyField(PledgeItemRow, backref="progress", on_delete="CASCADE")
    on = DateField(index=True)
    text = TextField()
    attachments = TextField(default="[]")  # JSON list of Attachment dicts

    class Meta:
        table_name = "pledge_progress"


class MentorPairRow(Record):
    """一带二."""

    campaign = ForeignKeyField(PledgeCampaignRow, backref="pairs", on_delete="CASCADE")
    mentor = ForeignKeyField(MemberRow, on_delete="CASCADE")
    mentees = TextField(default="[]")  # JSON list of names
    goal = TextField(default="")
    result = TextField(default="")
    outcome = CharField(max_length=10, default="")

    class Meta:
        table_name = "pledge_mentor_pair"


PLEDGE_MODELS = [PledgeCampaignRow, PledgeSheetRow, PledgeItemRow, PledgeProgressRow, MentorPairRow]
