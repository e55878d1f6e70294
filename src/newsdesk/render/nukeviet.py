"""What a NukeViet 4.5 portal prints the way its own code does."""

from __future__ import annotations

from datetime import datetime

from newsdesk.text.dates import to_vietnam_time

# NukeViet's Vietnamese day names (its global language file): only the first word capitalised.
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def nukeviet_datetime(moment: datetime) -> str:
    """The date line of a NukeViet article page, ``nv_date('l - d/m/Y H:i')``: "Thứ hai -
    07/12/2026 08:00", in Vietnam's time zone (a naive ``moment`` is taken as UTC)."""
    local = to_vietnam_time(moment)
    day = f"{local.day:02d}/{local.month:02d}/{local.year:04d}"
    return f"{_WEEKDAYS[local.weekday()]} - {day} {local.hour:02d}:{local.minute:02d}"


def nukeviet_iso(moment: datetime) -> str:
    """The machine-readable time NukeViet gives ``datePublished``: "2026-12-07T08:00:00+07:00"."""
    return to_vietnam_time(moment).replace(microsecond=0).isoformat()
