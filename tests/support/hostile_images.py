"""Images that are small on the wire and huge once decoded, written without decoding anything ourselves."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def solid_png(width: int, height: int, rgb: tuple[int, int, int] = (200, 120, 40)) -> bytes:
    """An 8-bit RGB PNG of one colour: 7000×7000 is about 160 KB here and 196 MB in Pillow's memory."""
    row = b"\x00" + bytes(rgb) * width  # filter type 0, then the pixels
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
