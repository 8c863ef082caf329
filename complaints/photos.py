"""Evidence photos: recognised by content (not by name), bounded, re-encoded without EXIF/GPS, stored randomly named.

Decoding is bounded: the pixel count is checked from the header before any pixel is decoded, JPEG is scaled
down by libjpeg while decoding, other formats are reduced right after, and decodes run a few at a time in
core.decoding's pool within a memory budget, each decode's cost estimated from its header. Re-encoding from
raw pixels drops every metadata block (EXIF with GPS, XMP, ICC text chunks) whatever the format; the
orientation is applied to the pixels first so the photo still looks the right way up.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import math
import os
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from core.decoding import DecodePool
from core.errors import InvalidInput, PayloadTooLarge

MAX_PHOTO_BYTES = 10 * 1024 * 1024  # WeChat's mediaCheckAsync takes ≤ 10 MB, so every stored photo can be checked
MAX_SIDE = 4096  # stored photos are scaled down to this; enough to read a scale's display
MIN_SIDE = 32
FORMATS = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png"), "WEBP": ("image/webp", ".webp")}
NOT_AN_IMAGE = (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning, OSError)
REDUCIBLE_MODES = {"L", "LA", "RGB", "RGBA", "RGBa", "La", "I", "F"}  # modes Image.reduce takes


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


def _open_checked(data: bytes, max_pixels: int) -> Image.Image:
    """Open from the header only (nothing decoded yet) and refuse what is too large or too small to decode."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PayloadTooLarge("单张照片不能超过10MB，请压缩后重新上传", code="photo_too_large")
    if not data:
        raise InvalidInput("照片文件是空的", code="photo_empty")
    image = Image.open(io.BytesIO(data), formats=list(FORMATS))
    width, height = image.size
    if width * height > max_pixels:
        raise InvalidInput(
            f"照片像素过大（超过{max_pixels // 10_000}万像素），请压缩后重新上传",
            code="photo_too_large",
            max_pixels=max_pixels,
        )
    if min(width, height) < MIN_SIDE:
        raise InvalidInput("照片太小，看不清内容，请重新拍摄", code="photo_too_small")
    return image


def _decode_cost(data: bytes, max_pixels: int) -> int:
    """Bytes a decode of this photo is expected to hold at its peak, from the header alone (0 if it will be
    refused before decoding). Pillow keeps 4 bytes a pixel for RGB; libjpeg holds a progressive JPEG's
    coefficients (about 3 bytes a pixel) whatever the scale it decodes at."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = _open_checked(data, max_pixels)
    except (InvalidInput, *NOT_AN_IMAGE):
        return 0  # refused again, with its message, by _reencode
    width, height = image.size
    factor = _reduction(image.size)
    small = math.ceil(width / factor) * math.ceil(height / factor) * 4
    if image.format == "JPEG":
        coefficients = width * height * 3 if "progressive" in image.info or "progression" in image.info else 0
        return coefficients + small * 3  # decoded at a reduced scale, converted, copied without metadata
    return width * height * 4 + small * 2  # decoded full size, reduced, copied without metadata


def _decode_small(image: Image.Image) -> Image.Image:
    """Decode to at most MAX_SIDE per side: JPEG scaled by 1/2, 1/4 or 1/8 inside libjpeg while decoding
    (draft), other formats reduced by an integer factor right after decoding, before any other copy."""
    factor = _reduction(image.size)
    if image.format == "JPEG" and factor > 1:
        scale = next((s for s in (2, 4, 8) if s >= factor), 8)
        image.draft("RGB", (image.width // scale, image.height // scale))
    image.load()
    if (factor := _reduction(image.size)) > 1:
        if image.mode not in REDUCIBLE_MODES:
            image = image.convert("RGBA" if "transparency" in image.info or "A" in image.getbands() else "RGB")
        reduced = image.reduce(factor)
        reduced.info = image.info  # keeps the EXIF orientation, applied afterwards
        image = reduced
    return image


def _reduction(size: tuple[int, int]) -> int:
    """The smallest integer factor that brings the longer side down to MAX_SIDE."""
    return max(1, math.ceil(max(size) / MAX_SIDE))


def _upright(image: Image.Image) -> Image.Image:
    if image.getexif().get(ExifTags.Base.Orientation, 1) in (1, None):
        return image  # exif_transpose would copy it for nothing
    return ImageOps.exif_transpose(image) or image


def _reencode(data: bytes, max_pixels: int) -> tuple[bytes, str, int, int]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = _open_checked(data, max_pixels)
            fmt = image.format or ""
            image = _decode_small(image)
    except NOT_AN_IMAGE as exc:
        raise InvalidInput("只能上传 JPEG、PNG 或 WebP 格式的照片，该文件无法识别为图片", code="photo_invalid") from exc
    if fmt not in FORMATS:
        raise InvalidInput("只能上传 JPEG、PNG 或 WebP 格式的照片", code="photo_invalid")

    image = _upright(image)
    keep_alpha = fmt != "JPEG" and ("A" in image.getbands() or "transparency" in image.info)
    if image.mode != (mode := "RGBA" if keep_alpha else "RGB"):
        image = image.convert(mode)
    image.thumbnail((MAX_SIDE, MAX_SIDE))  # a no-op unless an extreme aspect ratio left a side above it
    clean = Image.new(image.mode, image.size)  # pixels only: a new image carries no metadata
    clean.paste(image)
    del image
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


async def store_photo(data: bytes, *, var_dir: Path, decoder: DecodePool, max_pixels: int) -> StoredPhoto:
    """Validate and re-encode in the decode pool (bounded in number and memory), then write under a random name."""
    cost = await decoder.run(_decode_cost, data, max_pixels)
    encoded, fmt, width, height = await decoder.run(_reencode, data, max_pixels, cost=cost)
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
