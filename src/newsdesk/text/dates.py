"""Dates and times as Vietnamese pages print them: "Thứ Sáu, 25/12/2020 - 10:30"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def vietnam_timezone() -> timezone | ZoneInfo:
    """Asia/Ho_Chi_Minh. Without a time-zone database (Windows without ``tzdata``) the fixed
    +07:00 it has kept since 1975 stands in."""
    try:
        return ZoneInfo("Asia/Ho_Chi_Minh")
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=7), "ICT")


def to_vietnam_time(moment: datetime) -> datetime:
    """``moment`` in Vietnam's time zone. A naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(vietnam_timezone())


def shown_datetime(moment: datetime) -> str:
    """A moment as the desk shows it: "28/11/2026 08:00", Vietnam time. Every date and time
    the window or the command line shows goes through here or :func:`shown_clock`."""
    return f"{to_vietnam_time(moment):%d/%m/%Y %H:%M}"


def shown_clock(moment: datetime, *, seconds: bool = False) -> str:
    """The time of day of ``moment`` in Vietnam: "08:00" (or "08:00:05")."""
    return f"{to_vietnam_time(moment):%H:%M:%S}" if seconds else f"{to_vietnam_time(moment):%H:%M}"


def parse_utc(text: str) -> datetime | None:
    """A stored or site UTC time ("2026-11-28T01:00:00Z", "2026-11-28T01:00:00") as an aware
    datetime; None when ``text`` is not a time."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def shown_utc_text(text: str) -> str:
    """A stored UTC time shown in Vietnam time; text that is not a time is shown as it is."""
    moment = parse_utc(text)
    return shown_datetime(moment) if moment is not None else text


def weekday_name(moment: datetime) -> str:
    """The name of the day ``moment`` falls on in Vietnam: "Thứ Hai" … "Thứ Bảy", "Chủ Nhật"."""
    return _WEEKDAYS[to_vietnam_time(moment).weekday()]


def format_date_vi(moment: datetime) -> str:
    """dd/MM/yyyy in Vietnam's time zone: "25/12/2020"."""
    local = to_vietnam_time(moment)
    return f"{local.day:02d}/{local.month:02d}/{local.year:04d}"


def format_datetime_vi(moment: datetime) -> str:
    """The portal's date line: "Thứ Sáu, 25/12/2020 - 10:30" (Vietnam's time zone)."""
    local = to_vietnam_time(moment)
    return f"{_WEEKDAYS[local.weekday()]}, {format_date_vi(local)} - {local:%H:%M}"
