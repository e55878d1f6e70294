"""Vietnamese text: NFC and cleaning, accent folding, slugs, counting, dates, import."""

from __future__ import annotations

from newsdesk.text.bylines import parse_bylines
from newsdesk.text.count import count_body_words, count_chars, count_words
from newsdesk.text.dates import (
    format_date_vi,
    format_datetime_vi,
    to_vietnam_time,
    vietnam_timezone,
    weekday_name,
)
from newsdesk.text.fold import fold
from newsdesk.text.normalize import clean_block, clean_input, clean_line, to_nfc
from newsdesk.text.plain_import import ImportedArticle, parse_plain_article
from newsdesk.text.slug import slugify

__all__ = [
    "ImportedArticle",
    "clean_block",
    "clean_input",
    "clean_line",
    "count_body_words",
    "count_chars",
    "count_words",
    "fold",
    "format_date_vi",
    "format_datetime_vi",
    "parse_bylines",
    "parse_plain_article",
    "slugify",
    "to_nfc",
    "to_vietnam_time",
    "vietnam_timezone",
    "weekday_name",
]
