"""Pictures from the web in a pasted clip, made photos of the article after the paste.

The text goes in at once with each picture's web address; the pictures are then downloaded
off the GUI thread (through the one HTTP client: TLS verified, a deadline, a size cap),
checked as a dropped photo is and kept in the desk's photo folder. Their addresses are then
replaced by the photo names, as one undo step, each only where the address still stands as
pasted: a line the reporter edited meanwhile is left as it is. A picture that cannot be
fetched keeps its address, and the reporter is told once which ones and what to do.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument

from newsdesk.core.errors import NewsdeskError
from newsdesk.core.images import MAX_PHOTO_BYTES, ImageRefused, check_image
from newsdesk.render.html_markdown import written_address
from newsdesk.sites.http import HttpClient
from newsdesk.store import PhotoFolder
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.words import message_word

WEB_PICTURE = re.compile(r"https?://", re.I)
DOWNLOAD_DEADLINE = 20.0  # seconds for each picture, all of it (the client allows 5 times this)
_FORMAT_SUFFIX = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}


@dataclass(frozen=True, slots=True)
class Fetched:
    """What became of one web picture: its photo name, or why it could not be kept."""

    url: str
    ref: str = ""
    reason: str = ""  # a Message, put in the window's language on the GUI thread


def fetch_and_keep(urls: list[str], photos: PhotoFolder) -> list[Fetched]:
    """Each picture at ``urls`` downloaded, checked and kept in ``photos`` (off the GUI
    thread)."""
    client = HttpClient(deadline=DOWNLOAD_DEADLINE, max_download_bytes=MAX_PHOTO_BYTES)
    try:
        with tempfile.TemporaryDirectory(prefix="newsdesk-web-photo-") as folder:
            return [
                _fetch_one(client, url, Path(folder) / str(n), photos) for n, url in enumerate(urls)
            ]
    finally:
        client.close()


def _fetch_one(client: HttpClient, url: str, folder: Path, photos: PhotoFolder) -> Fetched:
    try:
        data = client.download(url, site_url=url)
        folder.mkdir()
        path = folder / _file_name(url)
        path.write_bytes(data)
        info = check_image(path)
        suffix = _FORMAT_SUFFIX.get(info.format, path.suffix)
        if path.suffix.lower() != suffix and not (suffix == ".jpg" and path.suffix == ".jpeg"):
            path = path.rename(path.with_name(path.stem + suffix))
        ref, _kept = photos.keep(path)
    except ImageRefused as refused:
        return Fetched(url, reason=refused.reason)
    except NewsdeskError as error:
        return Fetched(url, reason=error.cause)
    except OSError as error:
        return Fetched(url, reason=error.strerror or str(error))
    return Fetched(url, ref=ref)


def _file_name(url: str) -> str:
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    name = re.sub(r"[^\w.-]+", "-", name).strip(".-")[:80]
    return name or "anh-web"


def shown_name(url: str) -> str:
    """A web picture as the reporter recognises it: its file name, else its address."""
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    return name[:80] or url[:80]


class WebPhotoFetcher(QObject):
    """Fetches the web pictures of each paste into ``document`` and puts their photo names
    in."""

    problemFound = Signal(str, str)  # cause, action
    finished = Signal()  # the pictures of one paste are in, or named in a problem

    def __init__(self, document: QTextDocument, photos: PhotoFolder, parent: QObject) -> None:
        super().__init__(parent)
        self._document = document
        self._photos = photos
        self._tasks = TaskRunner(self, max_threads=2)

    def fetch(self, urls: list[str], start: int, end: int) -> None:
        """Fetch the pictures at ``urls``, pasted between ``start`` and ``end`` of the
        document; the GUI goes on at once."""
        places = {url: self._places(url, start, end) for url in dict.fromkeys(urls)}
        photos = self._photos
        self._tasks.run(
            lambda: fetch_and_keep(list(places), photos),
            lambda results: self._put_in(results, places),
            lambda error: self._put_in([Fetched(url, reason=str(error)) for url in places], places),
        )

    def _places(self, url: str, start: int, end: int) -> list[QTextCursor]:
        """Cursors over each place ``url`` is written between ``start`` and ``end``; they
        follow the text as the reporter edits around them."""
        written = unicodedata.normalize("NFC", written_address(url))
        found: list[QTextCursor] = []
        cursor = QTextCursor(self._document)
        cursor.setPosition(start)
        while True:
            cursor = self._document.find(
                written, cursor, QTextDocument.FindFlag.FindCaseSensitively
            )
            if cursor.isNull() or cursor.selectionEnd() > end:
                return found
            found.append(QTextCursor(cursor))

    def _put_in(self, results: list[Fetched], places: dict[str, list[QTextCursor]]) -> None:
        failed = [result for result in results if not result.ref]
        edit: QTextCursor | None = None
        for result in results:
            if not result.ref:
                continue
            written = unicodedata.normalize("NFC", written_address(result.url))
            for place in places.get(result.url, []):
                if place.document() is not self._document or place.selectedText() != written:
                    continue  # edited (or another article opened) meanwhile: left alone
                if edit is None:
                    edit = QTextCursor(self._document)
                    edit.beginEditBlock()
                edit.setPosition(place.selectionStart())
                edit.setPosition(place.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(result.ref)
        if edit is not None:
            edit.endEditBlock()
        if failed:
            names = "\n".join(
                f"• {shown_name(result.url)}: {message_word(result.reason)}" for result in failed
            )
            emit(
                self.problemFound,
                self.tr(
                    "Some pictures pasted from the web could not be downloaded; the article "
                    "still shows them from their web address:"
                )
                + "\n"
                + names,
                self.tr(
                    "Download each picture from the web page, then drop it into the article "
                    "(or insert it with Image in the toolbar) in place of its address."
                ),
            )
        emit(self.finished)
