"""Files that attack an importer, made small and on the spot."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PIL import Image

BOMB_SIDE = 50_000  # 2.5 gigapixels: 10 GB once a browser decodes it to RGBA


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(path: Path, side: int = BOMB_SIDE) -> Path:
    """A valid, complete PNG of ``side`` × ``side`` black pixels (1 bit each) in about 1 MB:
    the rows are compressed as they are made, never all held at once."""
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit grey
    rows = (b"\0" * (1 + (side + 7) // 8)) * 1000  # a filter byte and the row, 1,000 rows
    packer = zlib.compressobj(1)
    parts = [packer.compress(rows) for _ in range(side // 1000)]
    parts.append(packer.compress(rows[: (side % 1000) * (len(rows) // 1000)]))
    parts.append(packer.flush())
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )
    return path


def truncated_png(path: Path) -> Path:
    """A real photo's PNG cut off half-way, as a failed download leaves it."""
    Image.effect_noise((120, 80), 60).convert("RGB").save(path, "PNG")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def truncated_jpeg(path: Path) -> Path:
    Image.effect_noise((120, 80), 60).convert("RGB").save(path, "JPEG")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def text_named_png(path: Path) -> Path:
    path.write_text("Đây là mật khẩu, không phải ảnh.\n", encoding="utf-8")
    return path
