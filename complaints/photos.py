"""Evidence photos: recognised by content (not by name), bounded, re-encoded without EXIF/GPS, stored randomly named.

Re-encoding from raw pixels drops every metadata block (EXIF with GPS, XMP, ICC text chunks) whatever the format;
the orientation is applied to the pixels first so the photo still looks the right way up.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from core.errors import InvalidInput

MAX_PHOTO_BYTES = 10 * 1024 * 1024  # WeChat's mediaCheckAsync takes ≤ 10 MB, so every stored photo can be checked
MAX_PIXELS = 50_000_000  # a 48-MP phone photo passes; decompression bombs do not
MAX_SIDE = 4096  # stored photos are scaled down to this; enough to read a scale's display
MIN_SIDE = 32
FORMATS = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png"), "WEBP": ("image/webp", ".webp")}


@dataclass(frozen=True)
class StoredPhoto:
    stored_name: str
    content_type: str
    size_bytes: int
    width: int
    height: int
    sha256: str


def uploads_dir(var_dir: Path) -> Path:
    return var_dir / "uploads" / "complaints"


def _reencode(data: bytes) -> tuple[bytes, str, int, int]:
    if len(data) > MAX_PHOTO_BYTES:
        raise InvalidInput("单张照片不能超过10MB，请压缩后重新上传", code="photo_too_large")
    if not data:
        raise InvalidInput("照片文件是空的", code="photo_empty")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(FORMATS))
            fmt = image.format or ""
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise InvalidInput("照片像素过大，请压缩后重新上传", code="photo_too_large")
            if min(width, height) < MIN_SIDE:
                raise InvalidInput("照片太小，看不清内容，请重新拍摄", code="photo_too_small")
            image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning, OSError) as exc:
        raise InvalidInput("只能上传 JPEG、PNG 或 WebP 格式的照片，该文件无法识别为图片", code="photo_invalid") from exc
    if fmt not in FORMATS:
        raise InvalidInput("只能上传 JPEG、PNG 或 WebP 格式的照片", code="photo_invalid")

    image = ImageOps.exif_transpose(image) or image
    keep_alpha = fmt != "JPEG" and ("A" in image.getbands() or "transparency" in image.info)
    image = image.convert("RGBA" if keep_alpha else "RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    clean = Image.frombytes(image.mode, image.size, image.tobytes())  # pixels only, no metadata
    out = io.BytesIO()
    if fmt == "JPEG":
        clean.save(out, format="JPEG", quality=85, optimize=True)
    elif fmt == "PNG":
        clean.save(out, format="PNG", optimize=True)
    else:
        clean.save(out, format="WEBP", quality=85)
    return out.getvalue(), fmt, clean.width, clean.height


def _write(directory: Path, name: str, data: bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / f".{name}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, directory / name)


async def store_photo(data: bytes, *, var_dir: Path) -> StoredPhoto:
    """Validate and re-encode off the event loop, then write under a random name."""
    encoded, fmt, width, height = await asyncio.to_thread(_reencode, data)
    content_type, ext = FORMATS[fmt]
    name = secrets.token_hex(16) + ext
    await asyncio.to_thread(_write, uploads_dir(var_dir), name, encoded)
    return StoredPhoto(
        stored_name=name,
        content_type=content_type,
        size_bytes=len(encoded),
        width=width,
        height=height,
        sha256=hashlib.sha256(encoded).hexdigest(),
    )


def photo_path(var_dir: Path, stored_name: str) -> Path:
    return uploads_dir(var_dir) / Path(stored_name).name


async def delete_files(var_dir: Path, names: list[str]) -> None:
    def remove() -> None:
        for name in names:
            photo_path(var_dir, name).unlink(missing_ok=True)

    await asyncio.to_thread(remove)
