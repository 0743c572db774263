"""党员活动室: 五有十上墙 inspections against an editable checklist, photos, and rectifications to closure."""

from dangjian_desktop.features import Document, HqFigure, Option, Page, Table, record_kind

FEATURE = record_kind(
    "room", "党员活动室",
    tables=(
        Table("room_template", "RoomTemplateRow", "活动室检查表"),
        Table("room_inspection", "InspectionRow", "活动室检查", date_column="inspected_on", counted=True),
        Table("room_inspection_result", "InspectionResultRow", "活动室检查结果"),
        Table("room_rectification", "RectificationRow", "整改事项", counted=True),
    ),
    services=(("room", "dangjian_desktop.services.container:make_room"),),
    demo="dangjian_desktop.services.room:demo",
    reminders="dangjian_desktop.services.room:reminders",
    documents=(
        Document("inspection", "党员活动室检查记录", "该年度最近一次“五有十上墙”检查：结果、照片、整改清单。",
                 "make_latest_report", uses_year=True,
                 options=(Option("--id", "inspection", "检查记录编号（完整或唯一的前几位；不写则为该年度最近一次）"),)),
    ),
    pages=(Page("room", "活动室", "room", "dangjian_desktop.ui.pages:room_page", 40),),
    hq_columns=(HqFigure("open_rectifications", "未完成整改", fallback="open:room_rectification"),),
)
