"""Calendar arithmetic: stretches of the calendar and how to move them.

A :class:`Stretch` is a resolved DATE value: its TIMEX3 string, its granularity and
the first and last day it covers. Every constructor validates its input and
raises :class:`OutOfRange` for anything outside year 1..9999, so callers can
drop an expression instead of crashing on an anchor such as 0001-01-01.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

MIN_YEAR, MAX_YEAR = 1, 9999


class OutOfRange(ValueError):
    """The requested stretch falls outside the representable calendar."""


@dataclass(frozen=True, slots=True)
class Stretch:
    value: str
    granularity: str
    first: datetime.date
    last: datetime.date
    # Parts needed to shift the stretch while keeping its granularity.
    year: int
    index: int = 0  # month, week, quarter, half number, or season index

    def day(self) -> datetime.date | None:
        return self.first if self.granularity == "day" else None


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise OutOfRange(year)


def year_str(year: int) -> str:
    return f"{year:04d}"


def day(d: datetime.date) -> Stretch:
    return Stretch(d.isoformat(), "day", d, d, d.year, d.month)


def make_day(year: int, month: int, dom: int) -> Stretch:
    _check_year(year)
    try:
        return day(datetime.date(year, month, dom))
    except ValueError as exc:  # "February 30" is not a date: not an expression either
        raise OutOfRange(str(exc)) from None


def month(year: int, m: int) -> Stretch:
    _check_year(year)
    last = calendar.monthrange(year, m)[1]
    return Stretch(
        f"{year_str(year)}-{m:02d}",
        "month",
        datetime.date(year, m, 1),
        datetime.date(year, m, last),
        year,
        m,
    )


def week(iso_year: int, iso_week: int) -> Stretch:
    _check_year(iso_year)
    try:
        first = datetime.date.fromisocalendar(iso_year, iso_week, 1)
        last = datetime.date.fromisocalendar(iso_year, iso_week, 7)
    except ValueError as exc:
        raise OutOfRange(str(exc)) from None
    return Stretch(f"{year_str(iso_year)}-W{iso_week:02d}", "week", first, last, iso_year, iso_week)


def week_of(d: datetime.date) -> Stretch:
    iso = d.isocalendar()
    return week(iso[0], iso[1])


def weekend_of(d: datetime.date) -> Stretch:
    """The Saturday-Sunday of the ISO week holding ``d`` (TIMEX3 ``YYYY-Www-WE``)."""
    w = week_of(d)
    first = w.first + datetime.timedelta(days=5)
    return Stretch(w.value + "-WE", "week", first, w.last, w.year, w.index)


# Seasons follow the astronomical convention used by TIMEX3 examples and by most
# news writing in the northern hemisphere: spring starts at the March equinox,
# summer at the June solstice, and so on. We use the fixed dates 21 March,
# 21 June, 23 September and 21 December. Winter is named by the year in which
# it starts: 2024-WI runs from 2024-12-21 to 2025-03-20.
SEASONS = ("SP", "SU", "FA", "WI")
_SEASON_BOUNDS = {
    "SP": ((3, 21), (6, 20), 0),
    "SU": ((6, 21), (9, 22), 0),
    "FA": ((9, 23), (12, 20), 0),
    "WI": ((12, 21), (3, 20), 1),
}


def season(year: int, code: str) -> Stretch:
    _check_year(year)
    (fm, fd), (lm, ld), wrap = _SEASON_BOUNDS[code]
    _check_year(year + wrap)
    return Stretch(
        f"{year_str(year)}-{code}",
        "season",
        datetime.date(year, fm, fd),
        datetime.date(year + wrap, lm, ld),
        year,
        SEASONS.index(code),
    )


def season_of(d: datetime.date) -> Stretch:
    """The season containing ``d``."""
    md = (d.month, d.day)
    if md < (3, 21):
        return season(d.year - 1, "WI")
    for code in ("SP", "SU", "FA"):
        (fm, fd), (lm, ld), _ = _SEASON_BOUNDS[code]
        if (fm, fd) <= md <= (lm, ld):
            return season(d.year, code)
    return season(d.year, "WI")


def quarter(year: int, q: int) -> Stretch:
    _check_year(year)
    first = datetime.date(year, 3 * q - 2, 1)
    last_month = 3 * q
    last = datetime.date(year, last_month, calendar.monthrange(year, last_month)[1])
    return Stretch(f"{year_str(year)}-Q{q}", "quarter", first, last, year, q)


def half(year: int, h: int) -> Stretch:
    _check_year(year)
    first = datetime.date(year, 1 if h == 1 else 7, 1)
    last = datetime.date(year, 6, 30) if h == 1 else datetime.date(year, 12, 31)
    return Stretch(f"{year_str(year)}-H{h}", "half", first, last, year, h)


def year(y: int) -> Stretch:
    _check_year(y)
    return Stretch(year_str(y), "year", datetime.date(y, 1, 1), datetime.date(y, 12, 31), y)


def decade(first_year: int) -> Stretch:
    """The decade starting at ``first_year`` (a multiple of ten): TIMEX3 ``199``."""
    start = max(first_year, MIN_YEAR)
    _check_year(start)
    _check_year(first_year + 9)
    return Stretch(
        f"{first_year // 10:03d}",
        "decade",
        datetime.date(start, 1, 1),
        datetime.date(first_year + 9, 12, 31),
        first_year,
    )


def century(first_year: int) -> Stretch:
    """The century starting at ``first_year`` (a multiple of 100): TIMEX3 ``19``."""
    start = max(first_year, MIN_YEAR)
    _check_year(start)
    _check_year(first_year + 99)
    return Stretch(
        f"{first_year // 100:02d}",
        "century",
        datetime.date(start, 1, 1),
        datetime.date(first_year + 99, 12, 31),
        first_year,
    )


def add_days(d: datetime.date, n: int) -> datetime.date:
    try:
        return d + datetime.timedelta(days=n)
    except OverflowError:
        raise OutOfRange(d) from None


def add_months(d: datetime.date, n: int) -> datetime.date:
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    _check_year(y)
    return datetime.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(s: Stretch, n: int, unit: str) -> Stretch:
    """Move ``s`` by ``n`` units ("D", "W", "M", "Q", "Y", "DE", "CE") keeping its granularity
    when that is at least as fine as the unit; otherwise the result has the unit's granularity
    ("a day later" than a month is not a day we know, so callers should avoid it)."""
    g = s.granularity
    if unit == "D":
        return day(add_days(s.first, n)) if g == "day" else shift_to_unit(s.first, n, unit)
    if unit == "W":
        if g == "day":
            return day(add_days(s.first, 7 * n))
        if g == "week":
            return week_of(add_days(s.first, 7 * n))
        return week_of(add_days(s.first, 7 * n))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit] * n
    if g == "day":
        return day(add_months(s.first, months))
    if g == "week":
        if months % 12 == 0:
            # "a year earlier" than week 6 is week 6 (the last week when that year has fewer).
            y = s.year + months // 12
            _check_year(y)
            return week(y, min(s.index, datetime.date(y, 12, 28).isocalendar()[1]))
        # A week belongs to the month of its Thursday.
        return week_of(add_months(s.first + datetime.timedelta(days=3), months))
    if g == "month":
        d = add_months(s.first, months)
        return month(d.year, d.month)
    if g == "quarter" and months % 3 == 0:
        d = add_months(s.first, months)
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if g == "half" and months % 6 == 0:
        d = add_months(s.first, months)
        return half(d.year, 1 if d.month <= 6 else 2)
    if g == "season" and months % 12 == 0:
        return season(s.year + months // 12, SEASONS[s.index])
    if g == "year" and months % 12 == 0:
        return year(s.year + months // 12)
    if g == "decade" and months % 120 == 0:
        return decade(s.year + months // 12)
    if g == "century" and months % 1200 == 0:
        return century(s.year + months // 12)
    return shift_to_unit(s.first, n, unit)


def shift_to_unit(d: datetime.date, n: int, unit: str) -> Stretch:
    """The stretch of granularity ``unit`` that is ``n`` units away from the one holding ``d``."""
    if unit == "D":
        return day(add_days(d, n))
    if unit == "W":
        return week_of(add_days(d, 7 * n))
    if unit == "M":
        m = add_months(d, n)
        return month(m.year, m.month)
    if unit == "Q":
        m = add_months(d, 3 * n)
        return quarter(m.year, (m.month - 1) // 3 + 1)
    if unit == "H":
        m = add_months(d, 6 * n)
        return half(m.year, 1 if m.month <= 6 else 2)
    if unit == "Y":
        return year(d.year + n)
    if unit == "DE":
        return decade((d.year // 10 + n) * 10)
    if unit == "CE":
        return century((d.year // 100 + n) * 100)
    raise ValueError(unit)


def stretch_of(d: datetime.date, unit: str) -> Stretch:
    """The stretch of granularity ``unit`` holding ``d``."""
    return shift_to_unit(d, 0, unit)


def weekday_on_or_before(d: datetime.date, wd: int) -> datetime.date:
    return add_days(d, -((d.weekday() - wd) % 7))


def weekday_on_or_after(d: datetime.date, wd: int) -> datetime.date:
    return add_days(d, (wd - d.weekday()) % 7)
