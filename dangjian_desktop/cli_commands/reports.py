"""`dangjian report KEY --out F.pdf [--year Y] [options]` for every declared document (features: one key per
document, shared with the 报表 page and the data package), and `dangjian reminders [--json]`."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock, features
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.cli_support import json_or_empty


def cmd_report(services, args) -> int:  # noqa: ANN001
    """Any declared document: ``args.document`` is its key; its options arrive by their ``dest``."""
    from dangjian_desktop.services import documents

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError("输出文件名应以 .pdf 结尾，例如 --out 台账.pdf")
    doc = documents.spec(args.document)
    options = {o.dest: getattr(args, o.dest) for o in doc.options if getattr(args, o.dest) not in (None, False)}
    print(documents.make(services, doc.key, out, getattr(args, "year", None), **options))
    return 0


def cmd_reminders(services, args) -> int:  # noqa: ANN001
    from dangjian_desktop.domain.reminders import Urgency
    from dangjian_desktop.services.reminders import all_reminders

    items = all_reminders(services)
    if json_or_empty(args, items, "目前没有需要处理的提醒。"):
        return 0
    mark = {Urgency.OVERDUE: "【已逾期】", Urgency.SOON: "【近期】", Urgency.INFO: "【提示】"}
    for r in items:
        due = f"（{r.due.isoformat()}）" if r.due else ""
        print(f"{mark[r.urgency]}{r.title}{due}")
        if r.detail:
            print(f"    {r.detail}")
    return 0


def register(sub, report) -> None:  # noqa: ANN001
    for doc in features.documents():
        p = report.add_parser(doc.key, help=f"{doc.title}PDF：{doc.summary}")
        if doc.uses_year:
            p.add_argument("--year", type=int, default=clock.today().year, help="年度（默认今年）")
        for o in doc.options:
            if o.is_flag:
                p.add_argument(o.flag, dest=o.dest, action="store_true", help=o.help)
            else:
                p.add_argument(o.flag, dest=o.dest, required=o.required, help=o.help)
        p.add_argument("--out", required=True, help="输出的PDF文件")
        p.set_defaults(func=cmd_report, document=doc.key, writes=False)

    p = sub.add_parser("reminders", help="提醒事项：换届、转正、会议、整改……")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reminders, writes=False)
