"""Pledge campaigns, sheets, items, progress and 一带二 pairs as domain objects."""

from __future__ import annotations

import json
from collections import defaultdict

from peewee import JOIN, Case, fn

from dangjian_desktop.domain import pledges
from dangjian_desktop.domain.attachments import attachments_from_json, attachments_to_json
from dangjian_desktop.storage.models import MemberRow, PartyGroupRow, new_uuid
from dangjian_desktop.storage.models_pledges import (
    MentorPairRow,
    PledgeCampaignRow,
    PledgeItemRow,
    PledgeProgressRow,
    PledgeSheetRow,
)
from dangjian_desktop.storage.repos.rows import by_uuid, delete_row, existing, row_for, save_fields

# -- campaigns ------------------------------------------------------------------------------------------------


def _campaign(row: PledgeCampaignRow) -> pledges.Campaign:
    return pledges.Campaign(year=row.year, name=row.name, announced_on=row.announced_on, note=row.note, uuid=row.uuid)


def campaign_row(campaign_uuid: str) -> PledgeCampaignRow:
    return existing(PledgeCampaignRow, campaign_uuid, "找不到该承诺活动。")


def list_campaigns() -> list[pledges.Campaign]:
    q = PledgeCampaignRow.select().order_by(PledgeCampaignRow.year.desc(), PledgeCampaignRow.id)
    return [_campaign(r) for r in q]


def get_campaign(campaign_uuid: str) -> pledges.Campaign:
    return _campaign(campaign_row(campaign_uuid))


def find_campaign(year: int, name: str) -> pledges.Campaign | None:
    row = PledgeCampaignRow.get_or_none((PledgeCampaignRow.year == year) & (PledgeCampaignRow.name == name))
    return _campaign(row) if row else None


def save_campaign(c: pledges.Campaign) -> pledges.Campaign:
    row = row_for(PledgeCampaignRow, c.uuid)
    save_fields(row, c, "year announced_on note", name=c.title)
    return _campaign(row)


# -- sheets and items -------------------------------------------------------------------------------------------




def _item(row: PledgeItemRow, progress: list[pledges.ProgressEntry]) -> pledges.PledgeItem:
    return pledges.PledgeItem(
        content=row.content, category=row.category, measures=row.measures, deadline=row.deadline,
        pledged_on=row.pledged_on, status=pledges.ReviewStatus(row.status), review_comment=row.review_comment,
        final_status=pledges.FinalStatus(row.final_status), final_note=row.final_note, sort_order=row.sort_order,
        progress=progress, uuid=row.uuid,
    )


def _progress(row: PledgeProgressRow, item_uuid: str) -> pledges.ProgressEntry:
    return pledges.ProgressEntry(on=row.on, text=row.text, attachments=attachments_from_json(row.attachments),
                                 item_uuid=item_uuid, uuid=row.uuid)


def _sheets(where) -> list[pledges.PledgeSheet]:  # noqa: ANN001
    q = (
        PledgeSheetRow.select(PledgeSheetRow, PledgeCampaignRow, MemberRow, PartyGroupRow)
        .join(PledgeCampaignRow, on=(PledgeSheetRow.campaign == PledgeCampaignRow.id))
        .switch(PledgeSheetRow)
        .join(MemberRow, on=(PledgeSheetRow.member == MemberRow.id))
        .join(PartyGroupRow, JOIN.LEFT_OUTER, on=(MemberRow.group == PartyGroupRow.id))
        .where(where)
        .order_by(PartyGroupRow.sort_order.asc(nulls="LAST"), MemberRow.sort_key, MemberRow.id)
    )
    rows = list(q)
    if not rows:
        return []
    sheet_ids = [r.id for r in rows]
    items_by_sheet: dict[int, list[PledgeItemRow]] = defaultdict(list)
    item_rows = list(PledgeItemRow.select().where(PledgeItemRow.sheet.in_(sheet_ids))
                     .order_by(PledgeItemRow.sort_order, PledgeItemRow.id))
    for it in item_rows:
        items_by_sheet[it.sheet_id].append(it)
    progress_by_item: dict[int, list[PledgeProgressRow]] = defaultdict(list)
    item_ids = [it.id for it in item_rows]
    for i in range(0, len(item_ids), 500):
        for pr in (PledgeProgressRow.select().where(PledgeProgressRow.item.in_(item_ids[i:i + 500]))
                   .order_by(PledgeProgressRow.on, PledgeProgressRow.id)):
            progress_by_item[pr.item_id].append(pr)
    out = []
    for r in rows:
        member = r.member
        group = member.group if member.group_id else None
        items = [_item(it, [_progress(p, it.uuid) for p in progress_by_item[it.id]]) for it in items_by_sheet[r.id]]
        out.append(pledges.PledgeSheet(
            campaign_uuid=r.campaign.uuid, member_uuid=member.uuid, member_name=member.name,
            group_name=group.name if group else "", position=member.position, items=items,
            self_assessment=r.self_assessment, group_comment=r.group_comment, grade=r.grade,
            evaluated_on=r.evaluated_on, uuid=r.uuid,
        ))
    return out


def list_sheets(campaign_uuid: str) -> list[pledges.PledgeSheet]:
    return _sheets(PledgeCampaignRow.uuid == campaign_uuid)


def sheet_counts(campaign_uuid: str) -> list[tuple[int, str, int]]:
    """Per sheet of the campaign, in one grouped query: (items, grade, approved items without a final status).

    What 首页 needs of :func:`list_sheets` (who pledged, who is evaluated) without loading every item and entry.
    """
    unrated = Case(None, [((PledgeItemRow.status == pledges.ReviewStatus.APPROVED.value)
                           & (PledgeItemRow.final_status == pledges.FinalStatus.NONE.value), 1)], 0)
    q = (PledgeSheetRow.select(fn.COUNT(PledgeItemRow.id), PledgeSheetRow.grade, fn.COALESCE(fn.SUM(unrated), 0))
         .join(PledgeCampaignRow, on=(PledgeSheetRow.campaign == PledgeCampaignRow.id))
         .switch(PledgeSheetRow)
         .join(MemberRow, on=(PledgeSheetRow.member == MemberRow.id))
         .switch(PledgeSheetRow)
         .join(PledgeItemRow, JOIN.LEFT_OUTER, on=(PledgeItemRow.sheet == PledgeSheetRow.id))
         .where(PledgeCampaignRow.uuid == campaign_uuid)
         .group_by(PledgeSheetRow.id))
    return [(int(n), grade or "", int(unrated_n)) for n, grade, unrated_n in q.tuples()]


def get_sheet(campaign_uuid: str, member_uuid: str) -> pledges.PledgeSheet | None:
    found = _sheets((PledgeCampaignRow.uuid == campaign_uuid) & (MemberRow.uuid == member_uuid))
    return found[0] if found else None


def ensure_sheet(campaign_uuid: str, member_uuid: str) -> PledgeSheetRow:
    campaign = campaign_row(campaign_uuid)
    member = existing(MemberRow, member_uuid, "找不到该党员。")
    row = PledgeSheetRow.get_or_none((PledgeSheetRow.campaign == campaign) & (PledgeSheetRow.member == member))
    if row is None:
        row = PledgeSheetRow.create(campaign=campaign, member=member)
    return row


def save_evaluation(sheet: pledges.PledgeSheet) -> None:
    row = ensure_sheet(sheet.campaign_uuid, sheet.member_uuid)
    row.self_assessment = sheet.self_assessment
    row.group_comment = sheet.group_comment
    row.grade = sheet.grade
    row.evaluated_on = sheet.evaluated_on
    row.save()


def item_row(item_uuid: str) -> PledgeItemRow:
    return existing(PledgeItemRow, item_uuid, "找不到该承诺事项。")


def item_context(item_uuid: str) -> tuple[str, str, int]:
    """(campaign uuid, member uuid, campaign year) of an item."""
    row = item_row(item_uuid)
    sheet = row.sheet
    return sheet.campaign.uuid, sheet.member.uuid, sheet.campaign.year


def get_item(item_uuid: str) -> pledges.PledgeItem:
    row = item_row(item_uuid)
    progress = [_progress(p, row.uuid) for p in
                row.progress.order_by(PledgeProgressRow.on, PledgeProgressRow.id)]
    return _item(row, progress)


def save_item(campaign_uuid: str, member_uuid: str, item: pledges.PledgeItem) -> pledges.PledgeItem:
    sheet = ensure_sheet(campaign_uuid, member_uuid)
    row = by_uuid(PledgeItemRow, item.uuid)
    if row is None:
        last = (PledgeItemRow.select(PledgeItemRow.sort_order).where(PledgeItemRow.sheet == sheet)
                .order_by(PledgeItemRow.sort_order.desc()).first())
        row = PledgeItemRow(uuid=item.uuid or new_uuid(), sheet=sheet,
                            sort_order=(last.sort_order + 1) if last else 0)
    save_fields(row, item, "content measures category deadline pledged_on review_comment final_note",
                status=item.status.value, final_status=item.final_status.value)
    return get_item(row.uuid)


def insert_items(campaign_uuid: str, entries: list[tuple[str, pledges.PledgeItem]]) -> int:
    """Bulk add (member uuid, item) pairs in order (import, copy from last year)."""
    n = 0
    for member_uuid, item in entries:
        save_item(campaign_uuid, member_uuid, item)
        n += 1
    return n


def delete_item(item_uuid: str) -> None:
    delete_row(PledgeItemRow, item_uuid, children=("progress",))


def add_progress(item_uuid: str, entry: pledges.ProgressEntry) -> pledges.ProgressEntry:
    row = PledgeProgressRow.create(uuid=entry.uuid or new_uuid(), item=item_row(item_uuid), on=entry.on,
                                   text=entry.text, attachments=attachments_to_json(entry.attachments))
    return _progress(row, item_uuid)


def update_progress(entry: pledges.ProgressEntry) -> pledges.ProgressEntry:
    row = existing(PledgeProgressRow, entry.uuid, "找不到该践诺记录。")
    row.on = entry.on
    row.text = entry.text
    row.attachments = attachments_to_json(entry.attachments)
    row.save()
    return _progress(row, row.item.uuid)


def delete_progress(entry_uuid: str) -> None:
    delete_row(PledgeProgressRow, entry_uuid)


def members_with_items(campaign_uuid: str) -> set[str]:
    q = (PledgeItemRow.select(MemberRow.uuid)
         .join(PledgeSheetRow).join(PledgeCampaignRow, on=(PledgeSheetRow.campaign == PledgeCampaignRow.id))
         .switch(PledgeSheetRow).join(MemberRow, on=(PledgeSheetRow.member == MemberRow.id))
         .where(PledgeCampaignRow.uuid == campaign_uuid).distinct().tuples())
    return {u for (u,) in q}


# -- 一带二 -------------------------------------------------------------------------------------------------------


def _pair(row: MentorPairRow) -> pledges.MentorPair:
    try:
        mentees = [str(x) for x in json.loads(row.mentees or "[]")]
    except ValueError:
        mentees = []
    return pledges.MentorPair(campaign_uuid=row.campaign.uuid, mentor_uuid=row.mentor.uuid, mentees=mentees,
                              goal=row.goal, result=row.result, outcome=pledges.PairOutcome(row.outcome),
                              mentor_name=row.mentor.name, uuid=row.uuid)


def list_pairs(campaign_uuid: str) -> list[pledges.MentorPair]:
    q = (MentorPairRow.select(MentorPairRow, PledgeCampaignRow, MemberRow)
         .join(PledgeCampaignRow).switch(MentorPairRow).join(MemberRow)
         .where(PledgeCampaignRow.uuid == campaign_uuid).order_by(MemberRow.sort_key, MentorPairRow.id))
    return [_pair(r) for r in q]


def save_pair(pair: pledges.MentorPair) -> pledges.MentorPair:
    row = row_for(MentorPairRow, pair.uuid)
    row.campaign = campaign_row(pair.campaign_uuid)
    mentor = existing(MemberRow, pair.mentor_uuid, "找不到帮带人。")
    row.mentor = mentor
    row.mentees = json.dumps(pair.mentees, ensure_ascii=False)
    row.goal = pair.goal
    row.result = pair.result
    row.outcome = pair.outcome.value
    row.save()
    return _pair(row)


def delete_pair(pair_uuid: str) -> None:
    delete_row(MentorPairRow, pair_uuid)
