"""Attachments (photos, scans, evidence) copied into the data folder's ``attachments/``, named by SHA-256.

The same file added twice is stored once. A file is checked before anything is copied: a photo must really be an
image (a Word file renamed to .jpg is refused with a Chinese message and nothing is saved). Copies are written
to a temporary name and renamed, so a half-copied file never takes the place of a good one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from dangjian_desktop import fileio
from dangjian_desktop.domain.attachments import IMAGE_SUFFIXES, Attachment
from dangjian_desktop.domain.errors import ValidationError

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024

# magic numbers of the picture formats a phone or camera produces, for a first cheap check
_IMAGE_MAGIC: list[tuple[bytes, int]] = [
    (b"\xff\xd8\xff", 0),  # JPEG
    (b"\x89PNG\r\n\x1a\n", 0),
    (b"GIF87a", 0),
    (b"GIF89a", 0),
    (b"BM", 0),
    (b"WEBP", 8),
]


def _looks_like_image(head: bytes) -> bool:
    return any(head[off:off + len(magic)] == magic for magic, off in _IMAGE_MAGIC)


def check_image(path: Path) -> None:
    """Raise ValidationError unless ``path`` is a picture that can be opened."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    if not _looks_like_image(head):
        raise ValidationError(f"“{path.name}”不是图片文件（内容不是JPG/PNG等照片格式），没有保存。"
                              "请选择手机或相机拍摄的照片。")
    try:
        from PIL import Image

        with Image.open(path) as img:
            img.verify()
    except ImportError:  # pragma: no cover - Pillow ships with reportlab
        return
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds on damaged files
        raise ValidationError(f"照片“{path.name}”已损坏或无法打开，没有保存。") from exc


def _sync_one(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only a handle open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_files(paths: list[Path], workers: int = 8) -> None:
    """fsync every file in ``paths`` (written and closed before) and return when all are on disk; an OSError is
    raised if any fails. A few at a time: the file system commits concurrent flushes together, so hundreds of
    photos staged by an import are synced in a fraction of the time of one fsync after another."""
    if len(paths) <= 1:
        for p in paths:
            _sync_one(p)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(workers, len(paths)), thread_name_prefix="fsync") as pool:
        for _ in pool.map(_sync_one, paths):
            pass


class AttachmentService:
    def __init__(self, folder: Path, fetch: Callable[[Path], Path] | None = None):
        """``fetch``: at headquarters on PostgreSQL, brings a received file missing here from the store
        (``services.hq_files.local_path``)."""
        self.folder = Path(folder)
        self.fetch = fetch

    def path_of(self, att: Attachment) -> Path:
        path = self.folder / att.sha256[:2] / att.stored_name
        return self.fetch(path) if self.fetch is not None else path

    def exists(self, att: Attachment) -> bool:
        return self.path_of(att).is_file()

    def add(self, source: Path | str, *, image: bool = False) -> Attachment:
        """Copy ``source`` in (once per content) and return its reference. ``image=True`` insists on a picture."""
        source = Path(source)
        if not source.is_file():
            raise ValidationError(f"找不到文件：{source}")
        size = source.stat().st_size
        if size == 0:
            raise ValidationError(f"文件“{source.name}”是空的，没有保存。")
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(f"文件“{source.name}”超过50MB，太大了。照片请先压缩后再添加。")
        suffix = source.suffix.lower()
        if image and suffix not in IMAGE_SUFFIXES:
            raise ValidationError(f"“{source.name}”不是照片（只能添加 {'、'.join(IMAGE_SUFFIXES)} 格式）。")
        if suffix in IMAGE_SUFFIXES:  # a file named like a picture must be one, or it would print as a hole
            check_image(source)
        digest = hashlib.sha256()
        with open(source, "rb") as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                digest.update(chunk)
        att = Attachment(sha256=digest.hexdigest(), suffix=suffix, name=source.name, size=size)
        target = self.path_of(att)
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            fileio.write_atomic(target, lambda tmp: shutil.copyfile(source, tmp))
        return att
