"""The entries of a package's ZIP, checked before anything is read from them: every name (no path escape, no
Windows device name, no invisible or direction-changing character, only allowed kinds of file where files land,
no file named like another's folder), the entry types, the declared sizes and compression ratios, and bounded
reads. Any problem raises ``PackageError`` with a Chinese reason. Used by ``reader.py``.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
from pathlib import PurePosixPath

from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.exchange.container import DAMAGED, size_text

_size_text = size_text


_DRIVE = re.compile(r"^[A-Za-z]:")
_BAD_CHARS = re.compile(r'[\x00-\x1f\x7f\\:*?"<>|]')


def shown(name: str) -> str:
    """A name from a package as it may be shown in a message: control, invisible and direction-changing
    characters (and lone surrogates, which cannot be printed) replaced by "?", at most 80 characters."""
    return "".join("?" if fmt.name_problem(c) and c not in ".$" else c for c in name[:80])


def check_entry_name(name: str) -> None:
    """Refuse any name that could escape the extraction folder, means something else on Windows (a device name
    such as CON or LPT1), or reads as another name (control, invisible or direction-changing characters). Files
    that would land in headquarters' data folder must be an allowed kind (pictures, PDF) and, for documents,
    sit directly in ``documents/``."""
    def bad(why: str = "") -> PackageError:
        return PackageError(f"数据包中含有不安全的文件名“{shown(name)}”{f'（{why}）' if why else ''}"
                            "，可能是恶意构造的文件，已拒绝，没有导入任何内容。")

    if not name or len(name) > fmt.MAX_ENTRY_NAME or name.startswith("/") or _DRIVE.match(name):
        raise bad()
    if _BAD_CHARS.search(name) or name.endswith("/"):
        raise bad()
    parts = PurePosixPath(name).parts
    if any(p in ("", ".", "..") or p.endswith((" ", ".")) for p in parts) or "/".join(parts) != name:
        raise bad()
    for part in parts:
        why = fmt.name_problem(part)
        if why:
            raise bad(why)
    if name.startswith((fmt.ATTACHMENTS_DIR, fmt.DOCUMENTS_DIR)):
        suffix = fmt.allowed_suffix(parts[-1])
        if suffix is None or (name.startswith(fmt.DOCUMENTS_DIR) and (suffix != ".pdf" or len(parts) != 2)):
            raise PackageError(f"数据包中的文件“{shown(name)}”不是允许接收的文件类型（只接收照片和PDF："
                               f"{'、'.join(fmt.ALLOWED_FILE_TYPES)}），已拒绝，没有导入任何内容。")


def check_zip(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > fmt.MAX_ENTRIES:
        raise PackageError(f"数据包中的文件数过多（{len(infos)} 个），可能是恶意构造的文件，已拒绝。")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        check_entry_name(name)
        if name in by_name or name.casefold() in folded:
            raise PackageError(f"数据包中有重复的文件名“{shown(name)}”（可能是恶意构造的文件），已拒绝。")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or (mode and not stat.S_ISREG(mode) and stat.S_IFMT(mode)):
            raise PackageError(f"数据包中含有符号链接或特殊文件“{shown(name)}”（可能是恶意构造的文件），已拒绝。")
        if info.flag_bits & 0x1:
            raise PackageError(DAMAGED)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(DAMAGED)
        limit = fmt.MAX_MANIFEST_BYTES if name == fmt.MANIFEST else (
            fmt.MAX_RECORDS_ENTRY_BYTES if name.startswith(fmt.RECORDS_DIR) or name == fmt.TOMBSTONES
            else fmt.MAX_ENTRY_BYTES)
        if name == fmt.MANIFEST and info.file_size > limit:
            raise PackageError(f"数据包清单过大（{_size_text(info.file_size)}），可能是恶意构造的文件，已拒绝。")
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > limit or (info.file_size > fmt.RATIO_CHECK_MIN_BYTES and ratio > fmt.MAX_COMPRESSION_RATIO):
            raise PackageError(f"数据包中的文件“{shown(name)}”解压后过大（{_size_text(info.file_size)}，"
                               f"压缩比 {ratio:.0f}:1），可能是恶意构造的“压缩炸弹”，已拒绝。")
        total += info.file_size
        if total > fmt.MAX_TOTAL_BYTES:
            raise PackageError(f"数据包解压后总大小超过 {_size_text(fmt.MAX_TOTAL_BYTES)}，可能是恶意构造的文件，已拒绝。")
        by_name[name] = info
        folded.add(name.casefold())
    folders = {prefix.casefold() for name in by_name for prefix in _folders_of(name)}
    clash = next((name for name in by_name if name.casefold() in folders), None)
    if clash is not None:  # "a/p" and "a/p/q": a file where another entry needs a folder
        raise PackageError(f"数据包中的文件“{shown(clash)}”与另一个文件所在的文件夹同名（可能是恶意构造的文件），已拒绝，"
                           "没有导入任何内容。")
    return by_name


def _folders_of(name: str) -> list[str]:
    parts = name.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


_CANONICAL_ATTACHMENT = re.compile(r"^attachments/([0-9a-f]{2})/(\1[0-9a-f]{62})(\.[a-z]{3,4})$")


def check_attachment_layout(name: str, digest: str) -> None:
    """From format 2 on every attachment is stored as ``attachments/<sha[:2]>/<sha256><suffix>`` (lower case, the
    suffix an allowed kind), named by its own content: any other layout is refused."""
    m = _CANONICAL_ATTACHMENT.match(name)
    if m is None or m.group(2) != digest or fmt.allowed_suffix(name) != m.group(3):
        raise PackageError(f"数据包中的附件“{shown(name)}”的文件名不符合数据包格式（应为按内容校验值命名的照片或PDF），"
                           "可能是恶意构造的文件，已拒绝，没有导入任何内容。")


def read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read one entry, never more than ``limit`` bytes, whatever its header claims."""
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise PackageError(f"数据包中的文件“{shown(info.filename)}”解压后超过声明的大小，可能是恶意构造的“压缩炸弹”，已拒绝。")
    return data


def hash_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> tuple[str, bytes]:
    """SHA-256 of an entry and its first bytes (to tell what kind of file it really is)."""
    digest = hashlib.sha256()
    read = 0
    head = b""
    with zf.open(info) as fh:
        while chunk := fh.read(min(1024 * 1024, size + 1 - read)):
            read += len(chunk)
            if read > size:
                raise PackageError(f"数据包中的文件“{shown(info.filename)}”解压后超过声明的大小，"
                                   "可能是恶意构造的“压缩炸弹”，已拒绝。")
            if len(head) < fmt.SNIFF_BYTES:
                head += chunk[: fmt.SNIFF_BYTES - len(head)]
            digest.update(chunk)
    if read != size:
        raise PackageError(DAMAGED)
    return digest.hexdigest(), head
