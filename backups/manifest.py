"""The manifest of a backup: what it holds, with every file's size and SHA-256 (plain data)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath

FORMAT = 1
MANIFEST_NAME = "manifest.json"
DATABASE_PREFIX = "database/"
MEDIA_PREFIX = "media/"


class ManifestError(ValueError):
    """The backup is not one this application wrote, or it is damaged; `message` is Dutch."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ManifestFile:
    path: str  # the member's name in the backup
    size: int
    sha256: str


@dataclass
class Manifest:
    created_at: str
    database_vendor: str
    database: ManifestFile
    files: list[ManifestFile] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    migrations: dict[str, str] = field(default_factory=dict)
    format: int = FORMAT

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        try:
            raw = json.loads(data)
            if raw.get("format") != FORMAT:
                raise ManifestError("Deze reservekopie heeft een onbekende opmaak.")
            return cls(
                created_at=raw["created_at"],
                database_vendor=raw["database_vendor"],
                database=ManifestFile(**raw["database"]),
                files=[ManifestFile(**item) for item in raw["files"]],
                counts={str(k): int(v) for k, v in raw["counts"].items()},
                migrations={str(k): str(v) for k, v in raw["migrations"].items()},
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, ManifestError):
                raise
            raise ManifestError(
                "De inhoudslijst (manifest) van de reservekopie is onleesbaar."
            ) from None


def safe_member_name(name: str) -> bool:
    """A member name that stays inside the folder it is extracted into."""
    path = PurePosixPath(name)
    return (
        bool(name)
        and not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in name
        and "\x00" not in name
        and (name == MANIFEST_NAME or name.startswith((DATABASE_PREFIX, MEDIA_PREFIX)))
    )
