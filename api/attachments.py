"""Attachments (签字页, 影像, 电子合同) stored outside the rows: content-addressed files, checked first.

A file is kept once under ``<root>/<sha256[:2]>/<sha256>``; the row (``ycsl.fj``) keeps its name, type, size
and SHA-256. What comes in is checked before anything is written:

* the name: 1–120 characters, no path (``/``, ``\\``), no ``..``, no control or reserved characters, an
  extension that belongs to the declared type;
* the type: one of :data:`TYPES`, and the bytes must start like that type (PDF, JPEG, PNG, TIFF);
  anything else (an executable, HTML, SVG, a ZIP) is refused whatever it is called;
* the size: 1 byte to :attr:`AttachmentStore.max_bytes` (default 10 MiB).

A refusal is :class:`api.fields.InputError` naming the field and the rule in Chinese.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from api.fields import InputError

#: Allowed types: MIME → (extensions, magic prefixes).
TYPES: dict[str, tuple[tuple[str, ...], tuple[bytes, ...]]] = {
    "application/pdf": ((".pdf",), (b"%PDF-",)),
    "image/jpeg": ((".jpg", ".jpeg"), (b"\xff\xd8\xff",)),
    "image/png": ((".png",), (b"\x89PNG\r\n\x1a\n",)),
    "image/tiff": ((".tif", ".tiff"), (b"II*\x00", b"MM\x00*")),
}

#: The platform's own e-contract (rendered, never uploaded).
ECONTRACT_TYPE = "text/html"

_BAD_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Stored:
    wjm: str
    wjlx: str
    dx: int
    sha256: str

    def as_dict(self) -> dict[str, object]:
        return {"wjm": self.wjm, "wjlx": self.wjlx, "dx": self.dx, "sha256": self.sha256}


def check_name(field: str, name: str | None, wjlx: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise InputError(field, f"{field}（文件名）须为 1–120 个字符")
    if _BAD_NAME.search(name) or ".." in name or name.startswith("."):
        raise InputError(
            field, f'{field}（文件名）{name!r} 不合规：不得含路径、“..”、控制字符或 \\ / : * ? " < > |'
        )
    extensions = TYPES[wjlx][0]
    if not name.lower().endswith(extensions):
        raise InputError(
            field, f"{field}（文件名）{name} 的扩展名与类型 {wjlx} 不符（应为 {'、'.join(extensions)}）"
        )
    return name


def check_type(field: str, wjlx: str | None, data: bytes) -> str:
    wjlx = (wjlx or "").strip().lower()
    if wjlx not in TYPES:
        raise InputError(field, f"{field}（文件类型）须为 {'、'.join(TYPES)} 之一（收到 {wjlx or '空'}）")
    if not data.startswith(TYPES[wjlx][1]):
        raise InputError(field, f"{field}（文件类型）与文件内容不符：内容不是 {wjlx}")
    return wjlx


class AttachmentStore:
    """Files under ``root``, by SHA-256."""

    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes

    def path_of(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError(sha256)
        return self.root / sha256[:2] / sha256

    def check(
        self, field: str, wjm: str | None, wjlx: str | None, data: bytes | None
    ) -> tuple[str, str, bytes]:
        """The checked (name, type, bytes) of one upload; InputError naming ``field`` otherwise."""
        if not data:
            raise InputError(field, f"{field}（文件内容）不能为空")
        if len(data) > self.max_bytes:
            raise InputError(field, f"{field}（文件内容）{len(data)} 字节，超过上限 {self.max_bytes} 字节")
        kind = check_type(field, wjlx, data)
        return check_name(field, wjm, kind), kind, data

    def put(self, wjm: str, wjlx: str, data: bytes) -> Stored:
        """Write the bytes (once: an existing file of the same hash is kept) and describe them."""
        sha = hashlib.sha256(data).hexdigest()
        path = self.path_of(sha)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        return Stored(wjm, wjlx, len(data), sha)

    def get(self, sha256: str) -> bytes:
        """The bytes of a stored file, verified against their hash."""
        data = self.path_of(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise OSError(f"附件 {sha256} 已损坏（摘要不符）")
        return data
