"""党员承诺 tables: campaigns, each member's sheet (承诺书 + 评诺), items, progress ledger, 一带二 pairs."""

from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from dangjian_desktop.storage.columns import child_of, count, label, optional_date, text
from dangjian_desktop.storage.models import MemberRow, Record


class PledgeCampaignRow(Record):
    year = IntegerField(index=True, verbose_name="年度")
    name = CharField(max_length=200)
    announced_on = optional_date(verbose_name="动员日期")
    note = text()

    class Meta:
        # not unique: a headquarters store holds the campaigns of many branches (the service keeps one per year
        # and name in a branch store)
        indexes = ((("year", "name"), False),)


class PledgeSheetRow(Record):
    campaign = child_of(PledgeCampaignRow, "sheets", verbose_name="承诺年度")
    member = child_of(MemberRow, "pledge_sheets")
    self_assessment = text(verbose_name="个人自评")
    group_comment = text(verbose_name="党小组意见")
    grade = label(20, verbose_name="评诺等次")
    evaluated_on = optional_date(verbose_name="评定日期")

    class Meta:
        indexes = ((("campaign", "member"), True),)


class PledgeItemRow(Record):
    sheet = child_of(PledgeSheetRow, "items", verbose_name="承诺书")
    content = TextField()
    measures = text(verbose_name="措施")
    category = CharField(max_length=30)
    deadline = optional_date()
    pledged_on = optional_date(verbose_name="承诺日期")
    status = CharField(max_length=10, default="草稿")
    review_comment = text(verbose_name="审核意见")
    final_status = label(10, verbose_name="践诺情况")
    final_note = text(verbose_name="践诺情况说明")
    sort_order = count()


class PledgeProgressRow(Record):
    item = child_of(PledgeItemRow, "progress", verbose_name="承诺事项")
    on = DateField(index=True, verbose_name="日期")
    text = TextField(verbose_name="践诺情况")
    attachments = TextField(default="[]", verbose_name="证明材料")  # JSON list of Attachment dicts


class MentorPairRow(Record):
    """一带二."""

    campaign = child_of(PledgeCampaignRow, "pairs", verbose_name="承诺年度")
    mentor = ForeignKeyField(MemberRow, on_delete="CASCADE", verbose_name="帮带人")
    mentees = TextField(default="[]", verbose_name="被帮带人")  # JSON list of names
    goal = text(verbose_name="帮带目标")
    result = text()
    outcome = label(10, verbose_name="帮带成效")

    class Meta:
        table_name = "pledge_mentor_pair"


PLEDGE_MODELS = [PledgeCampaignRow, PledgeSheetRow, PledgeItemRow, PledgeProgressRow, MentorPairRow]
