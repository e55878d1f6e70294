"""The desk's photo folder: a copy of every photo its articles use, next to the database.

A reporter's photo may come from a memory card or a colleague's share that is gone by the time
the article goes out; the copy is not. Photos are kept as ``<hash>/<name>`` (render/photos.py):
the same photo is kept once, and a photo name in a body finds its copy. The folder and its
files are private to the user.

An imported article brings only the photos beside it (or in a folder below it), and only real
pictures: a Markdown file is often someone else's, and it must not be able to copy
``../secret/passwords.txt`` or ``file:///etc/shadow`` into the desk and onto the site.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO
from urllib.parse import unquote

from newsdesk.core.errors import ValidationError
from newsdesk.core.images import ImageRefused, check_image
from newsdesk.core.messages import Message
from newsdesk.paths import open_private_file, private_dir
from newsdesk.render.photos import PHOTO_SCHEME, parse_ref, photo_ref


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ![alt](target), ![alt](<target with spaces>), ![alt](target "title"): a Markdown image.
_IMAGE = re.compile(r'(!\[[^\]]*\]\()\s*(<[^>\n]+>|[^)\s]+)((?:\s+"[^"]*")?\s*\))')

_ADDRESS = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):")  # a scheme; one letter is a Windows drive
# Addresses an imported body may keep as they are: on the web, or a photo of a desk.
_KEPT_SCHEMES = frozenset({"http", "https", PHOTO_SCHEME})


@dataclass(frozen=True, slots=True)
class SkippedPhoto:
    """An image an imported file names that was not brought in, and why."""

    target: str  # as the file wrote it
    reason: str  # a Message, as the others below the window
    action: str

    def message(self) -> Message:
        return Message(
            "The photo “{target}” was not imported: {reason}. {action}",
            target=self.target,
            reason=self.reason,
            action=self.action,
        )


def _put_beside() -> Message:
    return Message(
        "Put the photo in the article's folder (or a folder inside it), name it there, "
        "and import again."
    )


def _outside(target: str, reason: Message) -> SkippedPhoto:
    return SkippedPhoto(target, reason, _put_beside())


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

    def _put(self, ref: str, write: Callable[[BinaryIO], object]) -> Path:
        """The copy of ``ref``, written by ``write`` (whole, or not at all) unless kept before.
        Its folder and the file are private to the user."""
        place = self._place(ref)
        assert place is not None  # noqa: S101 - photo_ref makes names parse_ref reads
        if not place.is_file():
            private_dir(self.root)
            private_dir(place.parent)
            partial = place.with_name(place.name + ".part")
            with os.fdopen(open_private_file(partial), "wb") as stream:
                write(stream)
            partial.replace(place)
        return place

    def keep(self, source: Path) -> tuple[str, Path]:
        """Copy ``source`` into the folder (once per content); its photo name and its copy."""
        try:
            ref = photo_ref(file_sha256(source), source.name)
            return ref, self._put(ref, lambda partial: _copy_into(source, partial))
        except OSError as error:
            raise ValidationError(
                Message(
                    "The photo {name} could not be copied into Newsdesk's photo folder: {error}",
                    name=source.name,
                    error=error.strerror or str(error),
                ),
                Message("Check that the file can be read and the disk has room, then try again."),
            ) from error

    def adopt_local_photos(self, markdown: str, folder: Path) -> tuple[str, list[SkippedPhoto]]:
        """``markdown`` (a file from ``folder``) with each image that is a picture in
        ``folder`` or below it kept here and named by its photo name; and the images left as
        they were written (not found, outside the folder, not a picture), each with why.

        Web addresses and photo names stay as they are. Nothing else is read: an absolute path,
        a ``file:`` or other address, a ``..`` or a symbolic link leading out of ``folder``.
        """
        skipped: list[SkippedPhoto] = []
        base = folder.resolve()

        def adopt(image: re.Match[str]) -> str:
            target = image.group(2).removeprefix("<").removesuffix(">")
            found = _local_photo(target, base)
            if isinstance(found, SkippedPhoto):
                skipped.append(found)
                return image.group(0)
            if found is None:
                return image.group(0)
            try:
                ref, _kept = self.keep(found)
            except ValidationError as error:
                skipped.append(SkippedPhoto(target, error.cause, error.action))
                return image.group(0)
            return f"{image.group(1)}{ref}{image.group(3)}"

        return _IMAGE.sub(adopt, markdown), skipped

    def keep_bytes(self, data: bytes, filename: str) -> tuple[str, Path]:
        """Keep a photo that came as data (from a site, or pasted); its name and its copy."""
        ref = photo_ref(hashlib.sha256(data).hexdigest(), filename)
        return ref, self._put(ref, lambda partial: partial.write(data))


def _copy_into(source: Path, target: BinaryIO) -> None:
    with source.open("rb") as stream:
        shutil.copyfileobj(stream, target)


def _local_photo(target: str, base: Path) -> Path | SkippedPhoto | None:
    """The picture file ``target`` names inside the folder ``base``; None for an address kept
    as it is; why not, for anything else."""
    if scheme := _ADDRESS.match(target):
        if scheme.group(1).lower() in _KEPT_SCHEMES:
            return None
        return _outside(
            target,
            Message(
                "“{scheme}:” addresses are not read; photos come only from the article's folder",
                scheme=scheme.group(1),
            ),
        )
    name = unquote(target)
    if "\x00" in name:  # "%00": no file name holds one
        return _outside(target, Message("its name holds a NUL character"))
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor:
        return _outside(
            target,
            Message("it is an absolute path; photos come only from the article's folder"),
        )
    try:
        path = (base / name).resolve()  # symbolic links followed, ".." taken away
    except (OSError, RuntimeError) as error:  # a loop of symbolic links, a name too long
        return _outside(target, Message("its path cannot be followed ({error})", error=str(error)))
    if not path.is_relative_to(base):
        return _outside(target, Message("it is outside the article's folder"))
    if not path.exists():
        return SkippedPhoto(
            target,
            Message("there is no such file beside the article"),
            Message("Insert it in the window (Image in the toolbar) before sending the article."),
        )
    try:
        check_image(path)
    except ImageRefused as refused:
        return SkippedPhoto(target, refused.reason, refused.action)
    return path
