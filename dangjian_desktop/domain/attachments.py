"""Files attached to records (photos, scanned evidence): kept once in the data folder, named by their SHA-256."""

from __future__ import annotations

from dataclasses import dataclass

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp")


@dataclass(frozen=True)
class Attachment:
    """A reference to a stored file. ``sha256`` + ``suffix`` locate the content; ``name`` is what the user chose."""

    sha256: str
    suffix: str  # lower case with the dot, e.g. ".jpg"; "" when the file had none
    name: str  # the original file name, shown to the user
    size: int = 0

    @property
    def stored_name(self) -> str:
        return self.sha256 + self.suffix

    @property
    def is_image(self) -> bool:
        return self.suffix in IMAGE_SUFFIXES

    def as_dict(self) -> dict:
        return {"sha256": self.sha256, "suffix": self.suffix, "name": self.name, "size": self.size}

    @classmethod
    def from_dict(cls, d: dict) -> Attachment:
        return cls(sha256=str(d["sha256"]), suffix=str(d.get("suffix", "")), name=str(d.get("name", "")),
                   size=int(d.get("size", 0) or 0))


def attachments_from_json(text: str) -> list[Attachment]:
    """The attachments kept in a JSON text column (pledge evidence, inspection photos); damaged text gives []."""
    import json

    try:
        return [Attachment.from_dict(d) for d in json.loads(text or "[]")]
    except (ValueError, KeyError, TypeError):
        return []


def attachments_to_json(atts: list[Attachment]) -> str:
    import json

    return json.dumps([a.as_dict() for a in atts], ensure_ascii=False)
