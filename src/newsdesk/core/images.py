"""Checking that a file is a picture the portal can show: the one check every photo passes,
whether a reporter picks it, drops it or an imported article names it.

The file's content decides, not its name. Its header is read first: a picture larger than
:data:`MAX_PIXELS` is refused before any of it is decoded (a few kilobytes of PNG can claim
50,000 × 50,000 pixels, ten gigabytes once the preview decodes it). Then the whole file is
decoded (a JPEG at an eighth of its size, which reads every byte of it all the same), so a
damaged or truncated file is refused here rather than shown broken on the portal.
"""

from __future__ import annotations

import stat
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message

WEB_FORMATS = frozenset({"JPEG", "PNG", "GIF", "WEBP"})
MAX_PIXELS = 50_000_000  # a 50-megapixel camera's photo; no web page needs more
MAX_PHOTO_BYTES = 100 * 1024 * 1024

# Pillow's own guard against decompression bombs, set to the same limit, so that no decoding
# anywhere in the process goes past it.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True, slots=True)
class ImageInfo:
    path: Path
    format: str
    width: int
    height: int


class ImageRefused(ValidationError):
    """The file is not a picture Newsdesk takes; ``reason`` says why in a few words."""

    def __init__(self, path: Path, reason: Message, action: Message) -> None:
        super().__init__(
            Message("“{name}” cannot be used as a photo: {reason}.", name=path.name, reason=reason),
            action,
        )
        self.path = path
        self.reason = reason


def _choose_another() -> Message:
    return Message("Choose a JPEG, PNG, GIF or WebP photo.")


def _check_file(path: Path) -> None:
    try:
        found = path.stat()
    except OSError as error:
        raise ImageRefused(
            path, Message("the file does not exist"), Message("Choose the photo again.")
        ) from error
    if not stat.S_ISREG(found.st_mode):
        raise ImageRefused(
            path, Message("it is a folder or a device, not a file"), _choose_another()
        )
    if found.st_size > MAX_PHOTO_BYTES:
        raise ImageRefused(
            path,
            Message("the file is larger than {limit} MB", limit=MAX_PHOTO_BYTES // 2**20),
            Message("Save a smaller copy of the photo and choose that."),
        )


def _too_large(path: Path) -> ImageRefused:
    return ImageRefused(
        path,
        Message("the picture has more than {limit} million pixels", limit=MAX_PIXELS // 1_000_000),
        Message("Save a smaller copy of the photo and choose that."),
    )


def _not_a_picture(path: Path) -> ImageRefused:
    return ImageRefused(
        path, Message("its content is not a picture, or the file is damaged"), _choose_another()
    )


def check_image(path: str | Path) -> ImageInfo:
    """What the picture at ``path`` is; raise :class:`ImageRefused` saying why it cannot be
    used (missing, not a file, too large, not a picture, damaged, not a web format)."""
    path = Path(path)
    _check_file(path)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice that.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:  # reads the header only
                fmt, (width, height) = str(image.format), image.size
                if width * height > MAX_PIXELS:
                    raise _too_large(path)
                if fmt not in WEB_FORMATS:
                    raise ImageRefused(
                        path,
                        Message(
                            "it is a {format} picture, which web pages cannot show", format=fmt
                        ),
                        Message("Save it as JPEG or PNG and choose it again."),
                    )
                image.verify()
            with Image.open(path) as image:  # verify() leaves the image unusable
                if fmt == "JPEG":
                    image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_large(path) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
        raise _not_a_picture(path) from error
    return ImageInfo(path, fmt, width, height)
