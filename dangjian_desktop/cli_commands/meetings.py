"""`dangjian meetings list`, `dangjian compliance`, and the `report minutes | minutes-book | signin` documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.compliance import CellStatus
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType
from dangjian_desktop.domain.search import INDEX_PENDING_NOTICE as SEARCH_PENDING_NOTICE
from dangjian_desktop.cli_support import actions, json_or_empty, print_json, year_listing


def _type(value: str) -> MeetingType:
    for t in MeetingType:
        if value in (t.value, t.short, t.name.lower()):
            return t
    raise argparse.ArgumentTypeError(f"会议类型应为：{'、'.join(t.value for t in MeetingType)}")


def cmd_meetings_list(services, args) -> int:  # noqa: ANN001
    rows = services.meetings.list(MeetingFilter(year=args.year, type=args.type))
    if json_or_empty(args, rows, "没有符合条件的会议记录。", lambda r: {
            "id": r.uuid, "date": r.date.isoformat(), "types": [t.value for t in r.types], "title": r.title,
            "group": r.group_name, "host": r.host, "expected": r.expected, "present": r.present,
            "status": r.status.value, "attachments": r.attachments}):
        return 0
    for r in rows:
        print(f"{r.uuid[:8]}  {r.date:%Y-%m-%d}  {_pad(r.types_text, 18)}{_pad(r.title or '—', 44)}"
              f"实到{r.present}/应到{r.expected}  {r.status.value}")
    print(f"共 {len(rows)} 条（编号可只输入前几位）")
    return 0


def cmd_meetings_search(services, args) -> int:  # noqa: ANN001
    """Full-text search over the minutes, newest first. ``index_pending``: meetings imported last are still being
    indexed (their hits may be missing); the search itself never waits for that."""
    hits = services.meetings.search(args.query, limit=args.limit)
    pending = services.meetings.search_index_pending()
    if args.json:
        print_json({"query": args.query, "index_pending": pending, "hits": [
            {"id": h.uuid, "date": h.date.isoformat(), "types": [t.value for t in h.types], "title": h.title,
             "snippets": ["".join(seg for seg, _ in snippet) for snippet in h.snippets]} for h in hits]})
        return 0
    if pending:
        print(f"注意：{SEARCH_PENDING_NOTICE}。")
    if not hits:
        print(f"没有找到包含“{args.query}”的会议记录。")
        return 0
    for h in hits:
        print(f"{h.uuid[:8]}  {h.date:%Y-%m-%d}  {h.title}")
        for snippet in h.snippets:
            print("    " + "".join(seg for seg, _ in snippet))
    print(f"共 {len(hits)} 条")
    return 0


def cmd_compliance(services, args) -> int:  # noqa: ANN001
    report = services.meetings.compliance(args.year)
    if args.json:
        print_json(report.as_dict())
        return 0
    marks = {CellStatus.HELD: "●", CellStatus.COVERED: "○", CellStatus.MISSING: "缺", CellStatus.IN_MISSING_PERIOD: "·",
             CellStatus.DUE: "待", CellStatus.NOT_DUE: "-", CellStatus.NOT_REQUIRED: " "}
    print(f"{args.year}年 三会一课完成情况（截至{report.today:%Y-%m-%d}）")
    print(_pad("类型", 30) + "".join(_pad(f"{m}月", 5) for m in range(1, 13)))
    for row in report.rows:
        print(_pad(row.label, 30) + "".join(_pad(marks[c.status], 5) for c in row.months))
        for p in row.missing:
            print(f"    缺：{p.label}（{p.start:%m-%d}至{p.end:%m-%d}，{row.period.value}应开{p.required}次，已开{p.held}次）")
    print("图例：● 已开  ○ 本期已完成  缺 未开  待 本期待开  - 未到期")
    print(f"缺漏合计：{report.missing_count} 项")
    return 0



def _pad(text: str, width: int) -> str:
    """Left-justify by display width (a Chinese character takes two columns in a terminal)."""
    used = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    return text + " " * max(1, width - used)


def _out(path: str) -> Path:
    p = Path(path)
    if p.suffix.lower() != ".pdf":
        raise ValidationError("输出文件名应以 .pdf 结尾")
    return p


def register(sub, report) -> None:  # noqa: ANN001
    this_year = clock.today().year
    meetings = actions(sub, "meetings", "会议记录（三会一课）")
    p = meetings.add_parser("list", help="列出会议记录")
    p.add_argument("--year", type=int, help="年度")
    p.add_argument("--type", type=_type, help="会议类型，如 支部委员会、党课")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_meetings_list, writes=False)
    p = meetings.add_parser("search", help="在会议记录中查找文字（一个字也可以）")
    p.add_argument("query", help="要查找的文字，多个词用空格分开")
    p.add_argument("--limit", type=int, default=200, help="最多列出几条（默认 200）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_meetings_search, writes=False)

    year_listing(sub, "compliance", "一年中各类会议按月的完成和缺漏情况", cmd_compliance, year_default=this_year)
