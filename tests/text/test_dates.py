from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from newsdesk.text import format_date_vi, format_datetime_vi, to_vietnam_time, weekday_name
from newsdesk.text.dates import parse_utc, shown_clock, shown_datetime, shown_utc_text


def test_portal_date_line() -> None:
    moment = datetime(2020, 12, 25, 3, 30, tzinfo=UTC)
    assert format_datetime_vi(moment) == "Thứ Sáu, 25/12/2020 - 10:30"


def test_naive_times_are_utc() -> None:
    assert format_datetime_vi(datetime(2020, 12, 25, 3, 30)) == "Thứ Sáu, 25/12/2020 - 10:30"


def test_date_follows_vietnam_not_utc() -> None:
    late_utc = datetime(2020, 12, 24, 17, 30, tzinfo=UTC)
    assert format_date_vi(late_utc) == "25/12/2020"
    assert weekday_name(late_utc) == "Thứ Sáu"
    assert to_vietnam_time(late_utc).utcoffset() == timedelta(hours=7)


def test_other_offsets_are_converted() -> None:
    paris = timezone(timedelta(hours=1))
    assert format_datetime_vi(datetime(2021, 1, 1, 0, 5, tzinfo=paris)) == (
        "Thứ Sáu, 01/01/2021 - 06:05"
    )


def test_weekday_names_for_a_whole_week() -> None:
    monday = datetime(2020, 12, 21, 5, tzinfo=UTC)
    names = [weekday_name(monday + timedelta(days=i)) for i in range(7)]
    assert names == [
        "Thứ Hai",
        "Thứ Ba",
        "Thứ Tư",
        "Thứ Năm",
        "Thứ Sáu",
        "Thứ Bảy",
        "Chủ Nhật",
    ]


def test_the_desk_shows_every_time_in_vietnam() -> None:
    late_utc = datetime(2026, 11, 27, 17, 30, 5, tzinfo=UTC)
    assert shown_datetime(late_utc) == "28/11/2026 00:30"
    assert shown_clock(late_utc) == "00:30"
    assert shown_clock(late_utc, seconds=True) == "00:30:05"
    assert shown_utc_text("2026-11-28T01:00:00Z") == "28/11/2026 08:00"
    assert shown_utc_text("2026-11-28T01:00:00") == "28/11/2026 08:00"  # the site's date_gmt
    assert parse_utc("not a time") is None
    assert shown_utc_text("not a time") == "not a time"
