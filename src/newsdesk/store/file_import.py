"""An article file (Markdown or plain text) brought into the desk, with its photos.

The file may come from anyone: it is read only if it is a regular file of a sensible size,
its text is cleaned like everything typed, and it brings only the photos beside it (see
:meth:`PhotoFolder.adopt_local_photos`). A photo that is refused does not stop the import:
the article comes in whole, and the result says what was left out and what was cleaned.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from newsdesk.core.article import Article, new_article
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message
from newsdesk.store.photos import SkippedPhoto
from newsdesk.store.store import Store
from newsdesk.text.normalize import CleaningReport, clean_block, clean_line
from newsdesk.text.plain_import import parse_plain_article

MAX_ARTICLE_BYTES = 4 * 1024 * 1024  # a long article is 100 kB; this is forty of them


@dataclass(frozen=True, slots=True)
class ImportedFile:
    article: Article
    skipped: tuple[SkippedPhoto, ...]  # the images the body names that were not brought in
    cleaned: CleaningReport  # what cleaning took out of the text


def _read_bytes(path: Path) -> bytes:
    """At most :data:`MAX_ARTICLE_BYTES` of the regular file at ``path``."""
    try:
        # Without blocking: opening a named pipe for reading would wait for a writer.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ValidationError(
            Message("Cannot read {path}: {error}.", path=str(path), error=error.strerror or ""),
            Message("Check the file name."),
        ) from error
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise ValidationError(
            Message("{path} is not a file but a folder, a device or a pipe.", path=str(path)),
            Message("Import a Markdown or text file."),
        )
    with os.fdopen(descriptor, "rb") as stream:
        data = stream.read(MAX_ARTICLE_BYTES + 1)  # a file still growing is not read on
    if len(data) > MAX_ARTICLE_BYTES:
        raise ValidationError(
            Message(
                "{path} is larger than {limit} MB: too large for one article.",
                path=str(path),
                limit=MAX_ARTICLE_BYTES // 2**20,
            ),
            Message("Check that it is the right file, or split it into several articles."),
        )
    return data


def read_article_file(path: Path) -> str:
    """The text of the article file at ``path``; :class:`ValidationError` saying why when it
    is missing, not a regular file, too large or not UTF-8 text."""
    data = _read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            Message("{path} is not UTF-8 text.", path=str(path)),
            Message("Save it as UTF-8 (Unicode) text or Markdown, then import it again."),
        ) from error


def import_article_file(store: Store, path: Path) -> ImportedFile:
    """A new draft in ``store`` from the file at ``path``, with the photos it names."""
    text = read_article_file(path)
    parsed = parse_plain_article(text)
    body, skipped = store.photos.adopt_local_photos(parsed.body, path.parent)
    article = store.create_article(
        new_article(
            title=clean_line(parsed.title),
            sapo=clean_block(parsed.sapo),
            body=clean_block(body),
            bylines=parsed.bylines,
        )
    )
    return ImportedFile(article, tuple(skipped), CleaningReport.of(text))
