"""A TIMEX3 date value typed by an editor, as the stretch of calendar it names.

"2025-03-12" is a day, "2025-W11" a week, "2025-03" a month, "2024-SU" a season,
"2025-Q1" a quarter, "2025-H2" a half year, "2024" a year, "199" the 1990s and
"19" the twentieth century. The stretches and their conventions (seasons, ISO weeks)
come from the temporal engine's calendar, so an editor's date and a resolved date
always agree. Pure functions, no Django.
"""

from __future__ import annotations

import datetime
import re

from timeline.temporal import calendar_math
from timeline.temporal.calendar_math import Stretch

EXAMPLES = "2025-03-12, 2025-W11, 2025-03, 2024-SU, 2025-Q1, 2025-H1, 2024, 199 (the 1990s)"

# Granularities an editor can pick for "this day, at that granularity".
GRANULARITY_CHOICES = (
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("season", "season"),
    ("quarter", "quarter"),
    ("half", "half year"),
    ("year", "year"),
    ("decade", "decade"),
    ("century", "century"),
)

_UNITS = {"week": "W", "month": "M", "quarter": "Q", "half": "H", "year": "Y", "decade": "DE", "century": "CE"}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")


class InvalidTimexValue(ValueError):
    """The text is not a TIMEX3 date value we can place on the calendar; the message says why."""


def stretch_of_value(value: str) -> Stretch:
    """The stretch a TIMEX3 date value names; raises InvalidTimexValue with a readable reason."""
    text = value.strip().upper()
    try:
        return _parse(text)
    except InvalidTimexValue as error:
        raise InvalidTimexValue(str(error).replace(f"“{text}”", f"“{value.strip()}”")) from None
    except calendar_math.OutOfRange:
        raise InvalidTimexValue(f"“{value.strip()}” is not on the calendar (years 0001 to 9999, real days).") from None


def stretch_at(day: datetime.date, granularity: str) -> Stretch:
    """The stretch of ``granularity`` that holds ``day``: 12 Mar 2025 as a week is 2025-W11."""
    if granularity == "day":
        return calendar_math.day(day)
    if granularity == "season":
        return calendar_math.season_of(day)
    try:
        return calendar_math.stretch_of(day, _UNITS[granularity])
    except KeyError:
        raise InvalidTimexValue(f"Unknown granularity “{granularity}”.") from None
    except calendar_math.OutOfRange:
        raise InvalidTimexValue(f"{day.isoformat()} as a {granularity} is not on the calendar.") from None


def _parse(text: str) -> Stretch:
    if not text:
        raise InvalidTimexValue(f"Give a date value, e.g. {EXAMPLES}.")
    if match := _DAY.fullmatch(text):
        year, month, dom = (int(part) for part in match.groups())
        return calendar_math.make_day(year, month, dom)
    if match := _WEEK.fullmatch(text):
        year, week = int(match[1]), int(match[2])
        if not 1 <= week <= 53:
            raise InvalidTimexValue(f"Week {week} does not exist: ISO weeks run from W01 to W52 or W53.")
        return calendar_math.week(year, week)
    if match := _SEASON.fullmatch(text):
        code = "FA" if match[2] == "AU" else match[2]
        return calendar_math.season(int(match[1]), code)
    if match := _QUARTER.fullmatch(text):
        return calendar_math.quarter(int(match[1]), int(match[2]))
    if match := _HALF.fullmatch(text):
        return calendar_math.half(int(match[1]), int(match[2]))
    if match := _MONTH.fullmatch(text):
        month = int(match[2])
        if not 1 <= month <= 12:
            raise InvalidTimexValue(f"Month {month:02d} does not exist: months run from 01 to 12.")
        return calendar_math.month(int(match[1]), month)
    if _YEAR.fullmatch(text):
        return calendar_math.year(int(text))
    if _DECADE.fullmatch(text):
        return calendar_math.decade(int(text) * 10)
    if _CENTURY.fullmatch(text):
        return calendar_math.century(int(text) * 100)
    raise InvalidTimexValue(f"“{text}” is not a TIMEX3 date value; write it like {EXAMPLES}.")
