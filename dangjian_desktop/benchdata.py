"""Large, deterministic data for the benchmarks (issue 8): many meetings, photos, and hundreds of branch packages.

Nothing here saves row by row. A branch store starts from the demo branch (``services.demo.populate``, the same
code as ``dangjian demo``); its records are dumped in the package row format, multiplied (earlier years of meetings
with their attendance and agenda, more members), given fresh UUIDs from a seeded generator, and written back with
the package merge (``insert_many`` in one transaction) or straight into a package. Same seed, same data.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import random
import re
import struct
import uuid as uuidlib
import zlib
from pathlib import Path
from typing import Any

from dangjian_desktop.storage.models import PREFIX_BITS, prefixed_uuid

TODAY = dt.date(2026, 6, 30)  # fixed so that the data (and the printed year) do not move between runs
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MEETING_CHILDREN = ("meeting_attendance", "meeting_agenda_item", "meeting_vote")

Records = dict[str, list[dict[str, Any]]]


def demo_records(work: Path, seed: int = 2026) -> tuple[Records, Path]:
    """The demo branch as package rows, and its attachments folder (made once per work folder)."""
    from dangjian_desktop.services import demo
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage.repos import records as records_repo

    folder = work / f"demo-template-{seed}"
    cache = folder / "records.json"
    if not cache.exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        with Services.open(folder / "store") as s:
            demo.populate(s, seed=seed, today=TODAY)
            with s.store.database.atomic():
                data = records_repo.dump()
        cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return json.loads(cache.read_text(encoding="utf-8")), folder / "store" / "attachments"


def _new_uuid(rng: random.Random, prefix: int | None = None) -> str:
    """A version-4 UUID from ``rng``; ``prefix``: its first ``PREFIX_BITS``, as the app makes them
    (``models.new_uuid``)."""
    if prefix is None:
        return str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
    return prefixed_uuid(prefix, rng.getrandbits(128 - PREFIX_BITS))


def _shift_years(iso: str, years: int) -> str:
    d = dt.date.fromisoformat(iso)
    try:
        return d.replace(year=d.year + years).isoformat()
    except ValueError:
        return d.replace(year=d.year + years, day=28).isoformat()


def meetings_to(data: Records, rng: random.Random, count: int, **kwargs: object) -> Records:
    """``count`` meetings: every meeting copied as often as needed (``multiply_meetings``), the surplus dropped with
    its attendance, agenda and votes."""
    copies = max(0, -(-count // max(1, len(data["meeting"]))) - 1)
    data = multiply_meetings(data, rng, copies, **kwargs)  # type: ignore[arg-type]
    extra = len(data["meeting"]) - count
    if extra > 0:
        drop = {m["uuid"] for m in data["meeting"][-extra:]}
        data["meeting"] = data["meeting"][:-extra]
        for t in MEETING_CHILDREN:
            data[t] = [r for r in data[t] if r["meeting"] not in drop]
    return data


def multiply_meetings(data: Records, rng: random.Random, copies: int, *, same_year: bool = False,
                      minutes_factor: int = 1) -> Records:
    """Add ``copies`` copies of every meeting (with attendance, agenda, votes): earlier years, or spread over the
    same year (``same_year``). ``minutes_factor`` repeats the minutes text to make long records."""
    out = copy.deepcopy(data)
    meetings = data.get("meeting", [])
    children = {t: {} for t in MEETING_CHILDREN}
    for t in MEETING_CHILDREN:
        for row in data.get(t, []):
            children[t].setdefault(row["meeting"], []).append(row)
    if minutes_factor > 1:
        for m in out["meeting"]:
            m["minutes"] = "\n".join([m["minutes"]] * minutes_factor)
    for k in range(1, copies + 1):
        for m in meetings:
            new = dict(m)
            new["uuid"] = _new_uuid(rng)
            if same_year:
                d = dt.date.fromisoformat(m["date"]) - dt.timedelta(days=rng.randint(0, 20))
                new["date"] = max(d, dt.date(d.year, 1, 1)).isoformat()
            else:
                new["date"] = _shift_years(m["date"], -k)
            if minutes_factor > 1:
                new["minutes"] = "\n".join([m["minutes"]] * minutes_factor)
            out["meeting"].append(new)
            for t in MEETING_CHILDREN:
                for c in children[t].get(m["uuid"], []):
                    out[t].append({**c, "uuid": _new_uuid(rng), "meeting": new["uuid"]})
    return out


def add_members(data: Records, rng: random.Random, total: int) -> Records:
    """More members (copies of the active ones with new names and ID numbers) up to ``total``."""
    from dangjian_desktop.services.demo import GIVEN, SURNAMES

    members = data["member"]
    base = [m for m in members if m.get("status") == members[0].get("status")]
    names = {m["name"] for m in members}
    while len(members) < total:
        src = base[len(members) % len(base)]
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)[:1]
        if name in names:
            continue
        names.add(name)
        members.append({**src, "uuid": _new_uuid(rng), "name": name, "id_number": ""})
    return data


def fresh_identity(data: Records, rng: random.Random, branch_name: str) -> Records:
    """The same branch as a different one: every UUID replaced (consistently, also inside JSON columns), the name
    changed and ID numbers made unique. The new UUIDs share their first ``PREFIX_BITS``, as a branch's records made
    by the app do (``models.new_uuid``)."""
    from dangjian_desktop.domain import idcard

    prefix = rng.getrandbits(PREFIX_BITS)

    text = json.dumps(data, ensure_ascii=False)
    mapping: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        old = m.group(0)
        new = mapping.get(old)
        if new is None:
            new = mapping[old] = _new_uuid(rng, prefix)
        return new

    out: Records = json.loads(UUID_RE.sub(repl, text))
    for b in out.get("branch", []):
        b["name"] = branch_name
    for m in out.get("member", []):
        if m.get("id_number"):
            birth = m["id_number"][6:14]
            m["id_number"] = idcard.make_valid(f"{rng.randint(110000, 659000)}{birth}{rng.randint(100, 999)}")
    return out


def _png(width: int, height: int, rng: random.Random) -> bytes:
    """A small PNG of noise (incompressible, like a photo)."""
    raw = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))


def add_photos(data: Records, rng: random.Random, attachments: Path, count: int) -> Records:
    """``count`` photos (about 30 KB each) attached to meetings, written into ``attachments/``."""
    meetings = data["meeting"]
    now = dt.datetime(2026, 6, 30, 8, 0).isoformat()
    for i in range(count):
        body = _png(96 + i % 16, 96, rng)
        sha = hashlib.sha256(body).hexdigest()
        path = attachments / sha[:2] / f"{sha}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_bytes(body)
        m = meetings[i % len(meetings)]
        data.setdefault("meeting_attachment", []).append({
            "uuid": _new_uuid(rng), "created_at": now, "updated_at": now, "meeting": m["uuid"], "sha256": sha,
            "name": f"现场照片{i + 1:04d}.png", "size": len(body)})
        m["attachment_count"] = m.get("attachment_count", 0) + 1
    return data


def build_branch_store(data_dir: Path, data: Records, template_attachments: Path | None = None) -> None:
    """A branch store holding ``data`` (written with the package merge: insert_many, one transaction)."""
    import shutil

    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage.repos import records as records_repo

    with Services.open(data_dir) as s:
        if template_attachments is not None and template_attachments.is_dir():
            shutil.copytree(template_attachments, s.store.paths.attachments, dirs_exist_ok=True)
        branch_uuid = data["branch"][0]["uuid"]
        with s.store.atomic():
            records_repo.merge(data, [], branch_uuid)
        _make_own(s, branch_uuid)


def _make_own(services: Any, branch_uuid: str) -> None:
    """A merged branch row is somebody else's; in the branch's own store it is the store's own branch."""
    from dangjian_desktop.storage.models import BranchRow

    with services.store.atomic():
        BranchRow.update(is_own=True).where(BranchRow.uuid == branch_uuid).execute()


def write_branch_package(target: Path, data: Records, attachments: Path, work: Path, seed: int) -> None:
    """One unencrypted package of ``data`` (no printed documents: headquarters' import is what is measured)."""
    from dangjian_desktop import __version__
    from dangjian_desktop.exchange import format as fmt
    from dangjian_desktop.exchange import identity, writer
    from dangjian_desktop.storage import RECORD_FORMAT_VERSION

    wanted: set[str] = set()
    for rows in data.values():
        for r in rows:
            for k, v in r.items():
                if k in fmt.ATTACHMENT_HASH_COLUMNS and isinstance(v, str) and len(v) == 64:
                    wanted.add(v)
                elif isinstance(v, str) and '"sha256"' in v:
                    wanted.update(re.findall(r'"sha256":\s*"([0-9a-f]{64})"', v))
    files = []
    for p in sorted(attachments.rglob("*")) if attachments.is_dir() else []:
        if p.is_file() and p.name.split(".", 1)[0] in wanted:
            files.append((p.relative_to(attachments).as_posix(), p))
    b = data["branch"][0]
    created = dt.datetime(2026, 6, 30, 8, 0) + dt.timedelta(seconds=seed)
    manifest = {
        "format_version": fmt.FORMAT_VERSION,
        "package_id": str(uuidlib.UUID(int=random.Random(seed).getrandbits(128), version=4)),
        "app_version": __version__, "schema_version": RECORD_FORMAT_VERSION, "created_at": created.isoformat(),
        "kind": "full", "since": None, "sequence": 1, "previous": None, "year": TODAY.year,
        "branch": {"uuid": b["uuid"], "name": b["name"], "parent_committee": b.get("parent_committee", "")},
        "missing_attachments": [], "figures": {},
    }
    # as the app writes them: every row with its revision, every attachment named by its content, signed by the
    # branch's own key (made from the seed: the same package every run)
    records = {t: [{**r, fmt.REVISION_KEY: 1} for r in rows] for t, rows in data.items()}
    files = [(f"{h[:2]}/{h}{Path(rel).suffix.lower()}", p) for rel, p in files
             for h in [hashlib.sha256(p.read_bytes()).hexdigest()]]
    signer = identity.SigningKey.from_seed(random.Random(seed).randbytes(32))
    content = writer.PackageContent(manifest=manifest, records=records, attachments=files)
    writer.write_package(target, content, None, work_dir=work, signer=signer)
