"""What an article needs before an editor may approve it; set per site."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from newsdesk.core.article import Article
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message


def _words(text: str) -> int:
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


@dataclass(frozen=True, slots=True)
class Checklist:
    require_category: bool = True
    require_featured_image: bool = False
    require_caption_and_credit: bool = True  # for the featured image, when there is one
    require_sapo: bool = True
    max_sapo_words: int = 50
    min_bylines: int = 1
    max_title_words: int = 0  # 0: not checked (house style often allows long titles)

    def missing(self, article: Article) -> list[Message]:
        """Each thing that stops approval, in words an editor can act on."""
        found: list[Message] = []
        if self.require_category and not article.category:
            found.append(Message("Choose a category."))
        image = article.featured_image
        if self.require_featured_image and image is None:
            found.append(Message("Add a featured photo."))
        if image is not None and self.require_caption_and_credit:
            if not image.caption:
                found.append(Message("Write a caption for the featured photo."))
            if not image.credit:
                found.append(Message("Credit the featured photo (who took it)."))
        if self.require_sapo and not article.sapo.strip():
            found.append(Message("Write a sapo (the lead)."))
        sapo_words = _words(article.sapo)
        if self.max_sapo_words and sapo_words > self.max_sapo_words:
            found.append(
                Message(
                    "Shorten the sapo to {limit} words (now {now}).",
                    limit=self.max_sapo_words,
                    now=sapo_words,
                )
            )
        if len(article.bylines) < self.min_bylines:
            found.append(Message("Add a byline."))
        title_words = _words(article.title)
        if self.max_title_words and title_words > self.max_title_words:
            found.append(
                Message(
                    "Shorten the title to {limit} words (now {now}).",
                    limit=self.max_title_words,
                    now=title_words,
                )
            )
        return found

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Checklist:
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        known = {f.name: f.type for f in fields(cls)}
        defaults = cls()
        values = {
            k: v
            for k, v in (data if isinstance(data, dict) else {}).items()
            if k in known and type(v) is type(getattr(defaults, k))
        }
        return cls(**values)


class ChecklistError(ValidationError):
    def __init__(self, missing: list[Message]) -> None:
        super().__init__(
            Message(
                "The article is not ready for approval: {missing}",
                missing=Message.joined(missing),
            ),
            Message("Fix these points (or ask the reporter to), then approve again."),
        )
        self.missing = missing
