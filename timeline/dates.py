"""How dates read on the page: each at its own granularity.

"2024-08" is "August 2024", not "1 Aug 2024"; a week is "week of 10 Mar 2025".
Pure functions, no Django.
"""

from __future__ import annotations

import datetime
import re

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_HALVES = {"H1": "first half of", "H2": "second half of"}
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

# A browser's date box takes and shows its value as YYYY-MM-DD only: any other form of a
# date is shown as an empty box, and a form is then saved without it.
DATE_BOX_FORMAT = "%Y-%m-%d"


def format_day(day: datetime.date) -> str:
    """12 Mar 2025 (no leading zero, no locale surprises)."""
    return f"{day.day} {day.strftime('%b')} {day.year}"


def format_month(day: datetime.date) -> str:
    return f"{day.strftime('%B')} {day.year}"


def format_interval(
    value: str, start: datetime.date, end: datetime.date, granularity: str
) -> str:
    """The reader's label for a resolved date at its granularity."""
    if granularity in ("day", "time"):
        return format_day(start)
    if granularity == "week":
        return f"week of {format_day(start)}"
    if granularity == "month":
        return format_month(start)
    if granularity == "season":
        season = _SEASONS.get(value[5:7], "season")
        return f"{season} {value[:4]}"
    if granularity == "quarter":
        return f"{value[5:7]} {value[:4]}"
    if granularity == "half":
        return f"{_HALVES.get(value[5:7], 'half of')} {value[:4]}"
    if granularity == "year":
        return str(start.year)
    if granularity == "decade":
        return f"the {start.year}s"
    if granularity == "century":
        return f"the {start.year // 100 + 1}th century"
    if start == end:
        return format_day(start)
    return f"{format_day(start)} – {format_day(end)}"


def format_value(value: str) -> str:
    """A TIMEX3 value for a reader, when only the value is at hand (a discourse reference)."""
    match = _ISO_DAY.match(value)
    if match:
        year, month, day = (int(part) for part in match.groups())
        try:
            return format_day(datetime.date(year, month, day))
        except ValueError:
            return value
    return value
