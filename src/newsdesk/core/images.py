"""Checking that a file a reporter picked is a picture the portal can show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message

WEB_FORMATS = frozenset({"JPEG", "PNG", "GIF", "WEBP"})


@dataclass(frozen=True, slots=True)
class ImageInfo:
    path: Path
    format: str
    width: int
    height: int


def check_image(path: str | Path) -> ImageInfo:
    """Open the file as an image; raise :class:`ValidationError` saying why it cannot be used."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(
            Message("The file {path} does not exist.", path=str(path)),
            Message("Choose the photo again."),
        )
    try:
        with Image.open(path) as image:
            image.verify()
            fmt, (width, height) = str(image.format), image.size
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError(
            Message("“{name}” is not an image (or the file is damaged).", name=path.name),
            Message("Choose a JPEG, PNG, GIF or WebP photo."),
        ) from exc
    if fmt not in WEB_FORMATS:
        raise ValidationError(
            Message(
                "“{name}” is a {format} image, which web pages cannot show.",
                name=path.name,
                format=fmt,
            ),
            Message("Save it as JPEG or PNG and choose it again."),
        )
    return ImageInfo(path, fmt, width, height)
