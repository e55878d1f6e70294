"""The sample article (the portal copy's article part) shared by the text tests."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def sample_text() -> str:
    return (DATA / "sample_article.txt").read_text(encoding="utf-8")


def sample_markdown() -> str:
    return (DATA / "sample_article.md").read_text(encoding="utf-8")


SAMPLE_TITLE = (
    "Hội nghị giao ban công tác Mặt trận và các đoàn thể chính trị - xã hội cấp tỉnh quý IV,"
    " năm 2020 triển khai nhiệm vụ trọng tâm năm 2021"
)

# Every lower-case letter of the Vietnamese alphabet, precomposed.
VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
