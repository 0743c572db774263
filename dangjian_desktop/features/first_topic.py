"""第一议题: the study that opens the 支委会, 党员大会 and 党小组会. Its ledger fields are part of the meeting's
first agenda item (meeting_agenda_item.study_*, core schema step 5: they belong to the record of the meeting,
travel and print with it); this kind adds the year's 第一议题学习台账, its share on 首页 and in the 年度台账, and the
figure headquarters sees. The page is the 学习 page of the study-hours kind (features/study_hours.py)."""

from dangjian_desktop.features import Document, HqFigure, record_kind

FEATURE = record_kind(
    "first_topic", "第一议题",
    cli=None,
    reminders=None,
    demo="dangjian_desktop.services.first_topic:demo",
    documents=(
        Document("first-topic", "第一议题学习台账", "一年中支委会、党员大会、党小组会的第一议题学习：学习篇目和出处、领学人、"
                 "学习形式、贯彻落实措施（横向A4，按日期排列）。", "make_ledger", uses_year=True),
    ),
    hq_columns=(HqFigure("first_topic_share", "第一议题开篇（%）"),),
)
