"""Whom headquarters believes, and in what order: the rules that decide, before anything is merged, whether a
verified package may speak for its branch and whether it comes next.

Headquarters keeps, per branch, in the setting ``exchange.hq_branches`` (``{branch uuid: {...}}``): the pinned
public key of the branch's signing key and its short fingerprint, whether the branch has ever sent an encrypted
package, the last applied package (sequence, id, kind, time), and a key replacement announced at headquarters
(``rekey``). The rules (docs/PACKAGE_FORMAT.md, "What headquarters does"):

* Authenticity. The first signed package of a branch pins its key (shown with its fingerprint, to be compared by
  phone). From then on a package for that branch must be signed by that key: unsigned, signed by another key, or
  plain after encrypted ones are refused. A replacement is accepted only after an explicit action at headquarters
  (``rekey``: window or ``dangjian branches rekey``) naming the new key's fingerprint. An old unsigned package is
  accepted only for a branch without a pinned key, and flagged 未签名.
* Order. A branch is the only writer of its records: its packages are applied in its own sequence, never by its
  clock. An incremental package must follow exactly the package held (same sequence and id as its ``previous``);
  after a gap it is refused with the missing numbers until the gap is filled or a full package arrives. A full
  package newer than what is held is applied (it holds everything); an older or equal one is skipped. Times are
  information only; one dated more than a day ahead of headquarters' clock is flagged.

Nothing here writes: ``decide`` reads the status and the package's facts; ``applied`` gives the new status.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dangjian_desktop.domain.exchange import ImportFlag, ImportOutcome, PackageKind, fmt_utc

HQ_BRANCHES_KEY = "exchange.hq_branches"
CLOCK_AHEAD = dt.timedelta(days=1)
REKEY_HINT = "如该支部确实更换了电脑或重新安装了程序，请与支部电话核对新的密钥指纹后，在“数据交换”页为该支部更换密钥" \
             "（命令行：dangjian branches rekey 支部 --fingerprint 新指纹）。"


@dataclass(frozen=True)
class Facts:
    """What the import rules need to know of a verified package."""

    branch_uuid: str
    branch_name: str
    package_id: str
    kind: PackageKind
    created_at: dt.datetime
    since: dt.datetime | None
    sequence: int | None  # None: an old package (format 1)
    previous: tuple[int, str] | None
    public_key: bytes | None  # None: unsigned
    fingerprint: str | None
    encrypted: bool


@dataclass
class Decision:
    outcome: ImportOutcome | None = None  # None: go on and merge
    reason: str = ""
    ordered: bool = False  # merge by the branch's revisions (a signed package)
    full: bool = False  # the package is the branch's whole state (prune what it no longer holds)
    flags: list[tuple[ImportFlag, str]] = field(default_factory=list)

    def stop(self, outcome: ImportOutcome, reason: str) -> Decision:
        self.outcome, self.reason = outcome, reason
        return self


def branches() -> dict[str, dict[str, Any]]:
    """Every branch's status as headquarters keeps it (an empty dict on a damaged setting)."""
    from dangjian_desktop.storage.repos import settings

    data = settings.get(HQ_BRANCHES_KEY, {})
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def pinned_key(status: dict[str, Any] | None) -> bytes | None:
    value = (status or {}).get("public_key")
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def held_sequence(status: dict[str, Any] | None) -> int | None:
    value = (status or {}).get("sequence")
    return value if type(value) is int and value > 0 else None


def _parse_time(text: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _missing(after: int, upto: int) -> str:
    numbers = list(range(after + 1, upto + 1))
    if len(numbers) > 6:
        return f"{numbers[0]}～{numbers[-1]}（共 {len(numbers)} 个）"
    return "、".join(map(str, numbers))


def decide(status: dict[str, Any] | None, facts: Facts, everyone: dict[str, dict[str, Any]],
           now: dt.datetime) -> Decision:
    """May this package be merged now? ``status``: what headquarters holds of its branch (None: nothing yet);
    ``everyone``: every branch's status (a key belongs to one branch only); ``now``: headquarters' clock (UTC)."""
    d = Decision()
    if facts.created_at > now + CLOCK_AHEAD:
        days = (facts.created_at - now).days
        d.flags.append((ImportFlag.CLOCK_AHEAD,
                        f"导出时间 {fmt_utc(facts.created_at)} 比本机时间晚约 {max(1, days)} 天：该支部电脑的日期可能不对，"
                        "请提醒支部校正电脑时间（数据按序号导入，不受影响）"))
    pinned = pinned_key(status)
    rekey = (status or {}).get("rekey") if isinstance((status or {}).get("rekey"), dict) else None
    if status and status.get("encrypted") and not facts.encrypted:
        return d.stop(ImportOutcome.REFUSED,
                      "该支部此前交来的数据包都已加密，这个数据包却没有加密：可能不是该支部导出的。为防止冒名，已拒绝，"
                      "没有改动任何数据。请支部用密码导出后重新交来。")
    if facts.public_key is None:
        if pinned is not None:
            return d.stop(ImportOutcome.REFUSED,
                          "这个数据包没有签名，而该支部此前交来的数据包都有签名：可能是冒名或被改动的数据包。已拒绝，"
                          "没有改动任何数据。请支部用最新版本的程序重新导出。")
        d.flags.append((ImportFlag.UNSIGNED, "未签名：这是旧版程序导出的数据包，无法确认确实来自该支部；该支部升级程序后的数据包将带有签名"))
        return _legacy_order(d, status, facts)
    restart = False
    if pinned is None or pinned != facts.public_key:
        wanted = rekey.get("fingerprint") if rekey else None
        if wanted is not None and wanted != facts.fingerprint:
            return d.stop(ImportOutcome.REFUSED,
                          f"这个数据包的签名密钥（指纹 {facts.fingerprint}）与上级党委为该支部登记的新密钥（指纹 {wanted}）"
                          "不同：可能是冒名的数据包。已拒绝，没有改动任何数据。")
        if pinned is not None and wanted is None:
            return d.stop(ImportOutcome.REFUSED,
                          f"这个数据包的签名密钥（指纹 {facts.fingerprint}）与上级党委记录的该支部密钥（指纹 "
                          f"{status.get('fingerprint') if status else ''}）不同：可能是冒名的数据包。已拒绝，没有改动任何数据。"
                          + REKEY_HINT)
        for other_uuid, other in everyone.items():
            if other_uuid != facts.branch_uuid and pinned_key(other) == facts.public_key:
                return d.stop(ImportOutcome.REFUSED,
                              f"这个数据包的签名密钥（指纹 {facts.fingerprint}）已属于另一个党支部“{other.get('name', '')}”："
                              "一个签名密钥只能代表一个党支部。已拒绝，没有改动任何数据。")
        if pinned is None and wanted is None:
            d.flags.append((ImportFlag.KEY_PINNED,
                            f"首次收到该支部的签名数据包，已记录其签名密钥（指纹 {facts.fingerprint}）。"
                            "请与该支部电话核对其“数据交换”页上显示的指纹"))
        else:
            d.flags.append((ImportFlag.KEY_REPLACED,
                            f"已按上级党委的更换登记，改用该支部的新签名密钥（指纹 {facts.fingerprint}）"))
        restart = pinned is not None or held_sequence(status) is not None
    elif rekey and rekey.get("fingerprint") == facts.fingerprint:
        restart = True  # the same key named again at headquarters: the branch's numbering starts anew
    d.ordered = True
    d.full = facts.kind is PackageKind.FULL
    return _signed_order(d, None if restart else status, facts)


def _signed_order(d: Decision, status: dict[str, Any] | None, facts: Facts) -> Decision:
    assert facts.sequence is not None
    held = held_sequence(status)
    seq = facts.sequence
    if held is None:
        if facts.kind is PackageKind.INCREMENTAL:
            return d.stop(ImportOutcome.REFUSED,
                          f"这是增量数据包（序号 {seq}，只含序号 {facts.previous[0] if facts.previous else '?'} 以后的变化），"
                          "但本机还没有该支部此前的签名数据包。请先导入该支部的完整数据包，或请支部导出完整数据包。")
        return d
    held_id = (status or {}).get("package_id")
    if facts.package_id == held_id:
        return d.stop(ImportOutcome.UNCHANGED, f"这个数据包（序号 {seq}）已经导入过，没有改动任何数据。")
    if seq < held:
        return d.stop(ImportOutcome.SKIPPED,
                      f"这个数据包（序号 {seq}）比已导入的该支部数据包（序号 {held}）更旧，已跳过，没有改动任何数据。")
    if seq == held:
        return d.stop(ImportOutcome.SKIPPED,
                      f"本机已导入该支部序号 {held} 的另一个数据包，这个序号相同的数据包已跳过，没有改动任何数据。"
                      "该支部可能恢复过备份：请支部重新导出完整数据包。")
    follows = facts.previous == (held, held_id)
    if facts.kind is PackageKind.INCREMENTAL and not follows:
        prev = facts.previous[0] if facts.previous else 0
        if prev > held:
            return d.stop(ImportOutcome.REFUSED,
                          f"缺少该支部序号 {_missing(held, prev)} 的数据包：这个增量数据包（序号 {seq}）只含序号 {prev} 以后的变化。"
                          "请先导入缺少的数据包，或请支部导出完整数据包。没有改动任何数据。")
        return d.stop(ImportOutcome.REFUSED,
                      f"这个增量数据包（序号 {seq}）接在该支部另一份序号 {prev} 的导出之后，与本机已导入的（序号 {held}）不是同一份："
                      "该支部可能恢复过备份。请支部导出完整数据包。没有改动任何数据。")
    if not follows:
        prev = facts.previous[0] if facts.previous else 0
        if prev > held:
            d.flags.append((ImportFlag.GAP, f"没有收到该支部序号 {_missing(held, prev)} 的数据包；这是完整数据包，"
                                            "已包含该支部的全部数据，已按它导入"))
    return d


def _legacy_order(d: Decision, status: dict[str, Any] | None, facts: Facts) -> Decision:
    """An old unsigned package: ordered by its export time, as the first version did."""
    held_at = _parse_time((status or {}).get("created_at")) if held_sequence(status) is None else None
    if held_sequence(status) is not None:
        return d.stop(ImportOutcome.SKIPPED, "该支部已交来过新版本程序导出的数据包，这个旧版数据包已跳过，没有改动任何数据。")
    if held_at is not None and facts.created_at < held_at:
        return d.stop(ImportOutcome.SKIPPED,
                      f"这个数据包（{fmt_utc(facts.created_at)} 导出）比已导入的数据包（{fmt_utc(held_at)} 导出）更旧，"
                      "已跳过，没有改动任何数据。")
    if facts.kind is PackageKind.INCREMENTAL and (held_at is None or facts.since is None or held_at < facts.since):
        return d.stop(ImportOutcome.REFUSED,
                      f"这是增量数据包，只含 {fmt_utc(facts.since)} 以后的变化，但尚未导入该支部在那时导出的数据包。"
                      "请先导入该支部之前的数据包，或请支部导出完整数据包。")
    return d


def applied(status: dict[str, Any] | None, facts: Facts, *, imported_at: dt.datetime, file_name: str, year: int,
            figures: dict[str, Any]) -> dict[str, Any]:
    """The branch's status after this package was merged."""
    out = dict(status or {})
    out.update({
        "name": facts.branch_name, "created_at": facts.created_at.isoformat(), "package_id": facts.package_id,
        "kind": facts.kind.value, "year": year, "imported_at": imported_at.isoformat(), "file": file_name,
        "figures": figures, "encrypted": bool(out.get("encrypted")) or facts.encrypted,
    })
    if facts.public_key is not None:
        if pinned_key(status) != facts.public_key:
            out["pinned_at"] = imported_at.isoformat()
        out.update({"public_key": _b64(facts.public_key), "fingerprint": facts.fingerprint,
                    "sequence": facts.sequence})
        out.pop("rekey", None)
    return out


def announce_rekey(status: dict[str, Any], fingerprint: str, at: dt.datetime) -> dict[str, Any]:
    """The branch's status with a replacement key announced: its next package signed by ``fingerprint`` is
    accepted, that key pinned, and the branch's numbering taken up from that package."""
    out = dict(status)
    out["rekey"] = {"fingerprint": fingerprint, "at": at.isoformat()}
    return out
