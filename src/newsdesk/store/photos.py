"""The desk's photo folder: a copy of every photo its articles use, next to the database.

A reporter's photo may come from a memory card or a colleague's share that is gone by the time
the article goes out; the copy is not. Photos are kept as ``<hash>/<name>`` (render/photos.py):
the same photo is kept once, and a photo name in a body finds its copy.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message
from newsdesk.render.photos import parse_ref, photo_ref


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ![alt](target), ![alt](<target with spaces>), ![alt](target "title"): a Markdown image.
_IMAGE = re.compile(r'(!\[[^\]]*\]\()\s*(<[^>\n]+>|[^)\s]+)((?:\s+"[^"]*")?\s*\))')

_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")  # a scheme; one letter is a Windows drive


class PhotoFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _place(self, ref: str) -> Path | None:
        parsed = parse_ref(ref)
        return None if parsed is None else self.root / parsed[0] / parsed[1]

    def find(self, ref: str) -> Path | None:
        """The copy of the photo ``ref`` names, if this desk has it."""
        place = self._place(ref)
        return place if place is not None and place.is_file() else None

    def _put(self, ref: str, write: Callable[[Path], object]) -> Path:
        """The copy of ``ref``, written by ``write`` (whole, or not at all) unless kept before."""
        place = self._place(ref)
        assert place is not None  # noqa: S101 - photo_ref makes names parse_ref reads
        if not place.is_file():
            place.parent.mkdir(parents=True, exist_ok=True)
            partial = place.with_name(place.name + ".part")
            write(partial)
            partial.replace(place)
        return place

    def keep(self, source: Path) -> tuple[str, Path]:
        """Copy ``source`` into the folder (once per content); its photo name and its copy."""
        try:
            ref = photo_ref(file_sha256(source), source.name)
            return ref, self._put(ref, lambda partial: shutil.copyfile(source, partial))
        except OSError as error:
            raise ValidationError(
                Message(
                    "The photo {name} could not be copied into Newsdesk's photo folder: {error}",
                    name=source.name,
                    error=error.strerror or str(error),
                ),
                Message("Check that the file can be read and the disk has room, then try again."),
            ) from error

    def adopt_local_photos(self, markdown: str, folder: Path) -> tuple[str, list[str]]:
        """``markdown`` (a file from ``folder``) with each image that is a file on this
        computer kept here and named by its photo name; and the local images not found."""
        missing: list[str] = []

        def adopt(image: re.Match[str]) -> str:
            target = image.group(2).removeprefix("<").removesuffix(">")
            if target.startswith("file:"):
                path = Path(unquote(urlsplit(target).path))
            elif _ADDRESS.match(target):
                return image.group(0)  # https:, photo: and the like: not a file here
            else:
                path = folder / unquote(target)
            if not path.is_file():
                missing.append(target)
                return image.group(0)
            ref, _kept = self.keep(path)
            return f"{image.group(1)}{ref}{image.group(3)}"

        return _IMAGE.sub(adopt, markdown), missing

    def keep_bytes(self, data: bytes, filename: str) -> tuple[str, Path]:
        """Keep a photo that came as data (from a site, or pasted); its name and its copy."""
        ref = photo_ref(hashlib.sha256(data).hexdigest(), filename)
        return ref, self._put(ref, lambda partial: partial.write_bytes(data))
