"""tag(): find, resolve in text order (so discourse references flow forward), assemble."""

from __future__ import annotations

import datetime
import re

from . import calendar_math as cal
from .expression import DATE, DURATION, GRANULARITIES, RESOLVED_ABSOLUTE, RESOLVED_ANCHOR, RESOLVED_DISCOURSE, SET, TIME, TimeExpression
from .finding import find
from .patterns import CLOCK_GOES_ON, NUM, PLACE_TIME, REPORTED_ON_BEFORE, WEEKDAY_FULL, rx
from .resolution import HOLDING_GRANULARITIES, Context, Resolved
from .tense import FUTURE, PAST, PRESENT, sentence_bounds, tense_at
from .titles import in_quoted_title

_GRAIN = {g: i for i, g in enumerate(GRANULARITIES)}
# Between a clock time and the day it belongs to: "5 p.m. EST, Nov. 9", "noon on Thursday",
# "8:40 p.m. local time on Saturday", "3 a.m. Kyiv time on Wednesday", "04:30 local time
# (0130 GMT) on Tuesday".
_WHOSE_TIME = rf"(?:\s+(?:local\s+[Tt]ime|{PLACE_TIME}|Eastern|Pacific|Central|Mountain))?"
_CLOCK_DAY_GAP = rx(rf"^{_WHOSE_TIME}(?:\s*\([^()]{{0,30}}\))?(?:\s*,\s*(?:on\s+)?|\s+(?:on|from)\s+|\s+)$")
# The same moment on another clock, in brackets after the first: "04:30 local time (0130 GMT)".
_OTHER_CLOCK_OPENS = rx(rf"^{_WHOSE_TIME}\s*\(\s*$")
_INTO_DAY_GAP = rx(r"^\s+(?:into|to)\s+$")
_FROM_IN_GAP = rx(r"\bfrom\b")
_RANGE_GOES_ON = rx(r"\s*(?:[-–]|(?:to|through|until|till|thru)\b)")
_RANGE_ENDS_AT = rx(r"\b(?:to|until|till|through)\s+$")
# A year, season, half or quarter that opens its sentence as the time of what it tells: "In
# 2019, ...", "Last winter, ...", "Last winter's outbreak ...", "Next year, ...". The months
# and quarters named after it in that sentence lie in it.
_FRONTED_BEFORE = rx(r"\s*[\"“‘']?\s*(?:(?i:in|during|throughout|early\s+in|late\s+in)\s+(?:the\s+)?)?$")
_FRONTED_AFTER = rx(r"\s*,|['’]s\b")
# "Apollo 11 launched in July 1969 from Florida.": the time its clause tells of.
_IN_BEFORE = rx(r"\bin\s+$")
_NEXT_PUNCTUATION = rx(r"[,.;:!?]")


def _in_an_apposition(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies between two commas of its sentence ("The company, founded
    in June 1998, said on March 3"), or in a stretch up to now ("has worked there since he was
    hired in March 2001")."""
    s0 = sentence_bounds(text, start)[0]
    after = _NEXT_PUNCTUATION.search(text, end)
    return ("," in text[s0:start] and after is not None and after.group() == ",") or _SINCE_WORD.search(text, s0, start) is not None


_SINCE_WORD = rx(r"(?i:\bsince\b)")
# "arrested several times since 1990": the date opens a stretch that runs to the present.
_ATTRIBUTION_BETWEEN = rx(
    r"[^.;!?,]{0,12},\s+[^.;!?,]{0,50}?\b(?:said|says|reported|announced|estimated|stated)\s+(?:(?:late|early)\s+)?(?:on\s+)?"
)
_PAST_PERFECT_IN_CLAUSE = rx(r"(?i:\bhad\b[^,;.]*$)")
_SINCE_BEFORE = rx(r"(?i:\b(?:since|ever\s+since)\s+$)")


def tag(text: str, anchor: datetime.date) -> list[TimeExpression]:
    """All temporal expressions in ``text``, resolved against ``anchor`` (the publication
    date) and the discourse; sorted by start, non-overlapping."""
    found = find(text) if text else []
    if not found:
        return []
    ctx = Context(text, anchor)
    results: list[tuple[int, int, Resolved]] = []
    for c in found:
        if results and c.start < results[-1][1]:
            continue  # taken into the expression before it ("September of that year")
        try:
            res = c.rule.resolve(c.match, ctx)
        except (cal.OutOfRange, ValueError, OverflowError, KeyError):
            # Off the calendar (year 0, February 30) or an unreadable number: not a date.
            continue
        if res is None:
            continue
        start = c.start if res.start is None else res.start
        end = c.end if res.end is None else res.end
        if start >= end or in_quoted_title(text, start, end):
            continue  # nothing, or a title's words ("New Order's 'Blue Monday'")
        results.append((start, end, res))
        if (res.stretch is not None and res.type == DATE and res.stretch.granularity == "day"
                and (res.sets_reference or not _PAST_PERFECT_IN_CLAUSE.search(text, max(ctx.sentence_bounds(start)[0], start - 80), start))):
            # "Two days later, the monarch died", "seized the airport two days later and took the
            # palace the next day" (not the background of "who had bought the rifle two days earlier").
            ctx.last_day, ctx.last_day_end = res.stretch, end
        if res.stretch is not None and res.type in (DATE, TIME) and res.sets_reference:
            # "Sales rose in April, the department said on Friday, …": the day of an attribution
            # set off by commas after the month, in the same sentence.
            said = (res.stretch.granularity == "day" and ctx.ref is not None and ctx.ref.granularity != "day"
                    and _ATTRIBUTION_BETWEEN.fullmatch(text, ctx.ref_end, start))
            ctx.ref_before_saying = ctx.ref if said else None
            ctx.ref = res.stretch
            ctx.ref_start, ctx.ref_end = start, end
            # (Most dates have no "since" before them: its letters "nce" are looked for first, in
            # the text lower-cased; only "i", "k" and "s" have case partners beyond ASCII that
            # lower-casing would miss.)
            ctx.ref_opens_stretch = ("nce" in text[max(0, start - 20):start].lower()
                                     and _SINCE_BEFORE.search(text, max(0, start - 20), start) is not None)
            if res.stretch.granularity == "day":
                ctx.ref_day, ctx.ref_day_end = res.stretch, end
            if ((res.stretch.granularity == "day" and (res.against == RESOLVED_ABSOLUTE or res.rule == "month-day-story-year"))
                    or (res.stretch.granularity == "month" and res.rule == "month-year"
                        and ((_FRONTED_AFTER.match(text, end) and _FRONTED_BEFORE.match(text, ctx.sentence_bounds(start)[0], start))
                             or (_IN_BEFORE.search(text, max(0, start - 4), start) and not _in_an_apposition(text, start, end))))):
                # "Feb. 24, 2022", "In July 1969, …", and the days that go on in its year (not
                # "the August 1988 cease-fire", "The company, founded in June 1998, said on March 3")
                ctx.written_with_year = res.stretch
            ctx.last[res.stretch.granularity] = res.stretch
            if (res.stretch.granularity in HOLDING_GRANULARITIES and _FRONTED_AFTER.match(text, end)
                    and _FRONTED_BEFORE.match(text, ctx.sentence_bounds(start)[0], start)):
                ctx.held, ctx.held_end = res.stretch, end
            if (res.stretch.granularity == "quarter" and ctx.reported_quarter is None
                    and res.stretch.last < anchor and (anchor - res.stretch.last).days < 200):
                ctx.reported_quarter = res.stretch
        elif res.discourse is not None:
            ctx.ref, ctx.ref_start, ctx.ref_end, ctx.ref_opens_stretch = res.discourse, start, end, False
            ctx.ref_before_saying = None
    if not results:
        return []
    joined = results
    # Most texts hold a single expression, and these passes each join, order or re-read one
    # expression by another: alone, it passes through them unchanged.
    if len(joined) > 1:
        joined = _join_weekday_and_week(text, _join_offset_and_date(text, joined))
        joined = _join_overnight_and_day(text, _join_clock_and_day(text, joined))
        joined = _clock_ranges_share_the_day(text, joined)
        joined = _quoted_days_from_the_saying(text, anchor, joined)
        joined = _overnight_before_the_report(text, joined)
        joined = _weekday_ranges_in_order(text, anchor, joined)
        joined = _month_ranges_in_order(text, anchor, joined)
        joined = _one_weekday_per_sentence(text, joined)
    # These two read the text before a day, which may add its range's first day ("between 1
    # and 7 March") or make it a night ("the night of 7 to 8 May").
    joined = _nights_of_two_days(text, _first_days_of_ranges(text, joined))
    if len(joined) > 1:
        joined = _join_compound_durations(text, joined)
        joined = _small_hours_after_a_late_evening(text, anchor, joined)
    return [_expression(text, s, e, r) for s, e, r in joined]


# From this hour a day's evening is late enough for a bare small hour after it to be the
# next morning; "late Tuesday" and "Tuesday night" count as this late.
_LATE_EVENING = 20
_SMALL_HOURS_END = 6
_HOUR_IN_VALUE = rx(r"T([0-9]{2})(?::|$)")
_LATE_PARTS = {"TNI": 22, "TEV": 20}


def _hour_told(r: Resolved) -> int | None:
    """The hour a DATE or TIME of one day tells, if it tells one."""
    m = _HOUR_IN_VALUE.search(r.value)
    if m is not None:
        return int(m.group(1))
    if r.type == TIME:
        return _LATE_PARTS.get(r.value[-3:])
    return 21 if r.mod == "END" else None


# A sentence that goes back to earlier in the day: "Earlier, at 5 a.m., a transformer had
# sparked", "grounded since 4 a.m.".
_EARLIER_IN_THE_DAY = rx(r"(?i:\b(?:earlier|previously|before\s+that)\b)")
_HAD = rx(r"(?i:\bhad\b)")
_BY_OR_SINCE_BEFORE = rx(r"(?i:\b(?P<w>by|since)\s+$)")


def _goes_back(text: str, at: int, late_start: int) -> bool:
    """Whether the sentence of a clock time at ``at`` goes back to earlier in the day: "Fans
    had lined up at 5 a.m.", "Earlier, at 5 a.m., a transformer had sparked", "resumed at 9
    p.m. Tuesday after being grounded since 4 a.m." (not "said at a 4 a.m. briefing that
    officers had reached the room", "Fans had left by 1 a.m.", "on the scene since 2 a.m."
    in a sentence of its own)."""
    s0, s1 = sentence_bounds(text, at)
    if _EARLIER_IN_THE_DAY.search(text, s0, s1):
        return True
    had = _HAD.search(text, s0, at) is not None
    word = _BY_OR_SINCE_BEFORE.search(text, max(0, at - 8), at)
    if word is not None:
        return word.group("w").lower() == "since" and (late_start >= s0 or had)
    return had


# "Putin spoke at 10 p.m. on Thursday, 17 hours after the missile struck at about 5 a.m.":
# the two times are set apart in the text, the small hour before the evening.
_HOURS_APART = rx(r"(?i:,\s*(?:[\w-]+\s+){0,2}hours?\s+after\b[^,;.]*$)")


def _small_hours_after_a_late_evening(text: str, anchor: datetime.date, results: list[tuple[int, int, Resolved]]):
    """"Ohio was called at 11:12 p.m. on Tuesday ... Romney conceded shortly before 1 a.m.":
    a bare small hour told after a late evening of the day it was put on is the next morning
    (but not, told in the past on the day, when that day's morning has been told: "fired a
    missile early this morning, Putin said this evening. The missile struck at about 05:00")."""
    out: list[tuple[int, int, Resolved]] = []
    late_day, late_start = None, -1  # the day whose late evening was told last, and where
    mornings: set = set()  # the days whose morning has been told
    for s, e, r in results:
        if r.type in (DATE, TIME) and r.stretch is not None and r.stretch.granularity == "day":
            hour = _hour_told(r)
            if (r.rule == "clock-time" and r.stretch == late_day and hour is not None and hour < _SMALL_HOURS_END
                    and r.time_suffix != "T24:00" and not _goes_back(text, s, late_start)
                    and not _HOURS_APART.search(text, late_start, s)  # (the small hour in that clause)
                    and not (late_day in mornings and late_day.last >= anchor and tense_at(text, s, e) == PAST)):
                moved = _clock_on(r, Resolved(DATE, late_day.value, late_day, None, r.against, r.reference, "clock-time"), 1)
                r = Resolved(TIME, moved.value, moved.stretch, r.mod, r.against, r.reference, "clock-time-after-midnight",
                             time_suffix=r.time_suffix)
            elif hour is not None and hour >= _LATE_EVENING:
                late_day, late_start = r.stretch, s
            elif r.stretch != late_day:
                late_day = None
        if r.type == TIME and r.stretch is not None and r.value.endswith("TMO"):
            mornings.add(r.stretch)
        out.append((s, e, r))
    return out


# The last unit of a duration ("P3Y" "Y", "PT6H40M" "M" of the time part), and a bare count
# of one unit to join to it ("PT40M").
_LAST_UNIT = rx(r"^P(?:[0-9]+[YMD])*(?:(T)(?:[0-9]+[HMS])*)?[0-9]+([YMDHS])$")
_ONE_UNIT = rx(r"^P(T?)([0-9]+)([YMDHS])$")
# Units from the largest down, and how many of each make one of the unit before it: a
# compound names them in this order, each fewer than that ("three years and two months",
# "six hours and 40 minutes"; not "12 months and 200 hours of community service"). Weeks
# are left out: ISO 8601 does not mix them with other units.
_UNITS_DOWN = (("", "Y", None), ("", "M", 12), ("", "D", 31), ("T", "H", 24), ("T", "M", 60), ("T", "S", 60))
_UNIT_RANKS = [(time_part, unit) for time_part, unit, _ in _UNITS_DOWN]
_COMPOUND_GAP = rx(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
_COUNT_OPENS = rx(rf"(?i:{NUM})\s")
# "10-year and three-month yields": two terms named, not one stretch.
_HYPHENATED_UNIT = rx(r"-\s*(?:year|month|day|hour|minute|second)s?\b", re.I)


def _join_compound_durations(text: str, results: list[tuple[int, int, Resolved]]):
    """"about six hours and 40 minutes", "286 days, 14 hours and 32 minutes": one DURATION
    (PT6H40M, P286DT14H32M), when each further part is a bare count of the next smaller
    unit, fewer than make one of the unit before."""
    out: list[tuple[int, int, Resolved]] = []
    for s, e, r in results:
        if out and r.type == DURATION and r.mod is None and _COUNT_OPENS.match(text, s):
            s0, e0, r0 = out[-1]
            last, part = _LAST_UNIT.match(r0.value or ""), _ONE_UNIT.match(r.value)
            gap = text[e0:s]
            # "two hours 15 minutes", "3 minutes 20 seconds": a clock's parts need no "and".
            if (r0.type == DURATION and last and part and (_COMPOUND_GAP.match(gap) or (part[1] and gap == " "))
                    and not _HYPHENATED_UNIT.search(text, s0, e)):
                before = _UNIT_RANKS.index((last[1] or "", last[2]))
                following = before + 1
                if (following < len(_UNIT_RANKS) and _UNIT_RANKS[following] == (part[1], part[3])
                        and int(part[2]) < _UNITS_DOWN[following][2]):
                    value = r0.value + ("T" if part[1] and not last[1] else "") + part[2] + part[3]
                    out[-1] = (s0, e, Resolved(DURATION, value, None, r0.mod, r0.against, r0.reference,
                                               r0.rule if r0.rule.endswith("+compound") else r0.rule + "+compound"))
                    continue
        out.append((s, e, r))
    return out


# The first day of a range written before the month: "between 1 and 7 March", "from 3 to 5
# March", "on 3-5 March". After "and" or "to" the range must open with "between" or "from".
_RANGE_FIRST_DAY_BEFORE = rx(
    r"(?:(?P<opens>\b(?:[Bb]etween|[Ff]rom)\s+)|(?<![\d.,:/£$€%-]))(?P<d>[1-3]?[0-9])(?:st|nd|rd|th)?"
    r"(?:(?P<dash>\s*[-–]\s*)|\s+(?:and|to|until|till|through)\s+)$"
)


def _first_days_of_ranges(text: str, results: list[tuple[int, int, Resolved]]):
    """"between 1 and 7 March": the first day, in the month and year of the last."""
    out: list[tuple[int, int, Resolved]] = []
    for s, e, r in results:
        if _is_day(r) and text[s:s + 1].isdigit():
            m = _RANGE_FIRST_DAY_BEFORE.search(text, max(0, s - 24), s)
            last = r.stretch.first
            if (m is not None and (m.group("dash") or m.group("opens")) and 1 <= int(m.group("d")) < last.day
                    and (not out or out[-1][1] <= m.start("d"))):
                first = cal.make_day(last.year, last.month, int(m.group("d")))
                out.append((m.start("d"), m.end("d"), Resolved(DATE, first.value, first, None, RESOLVED_DISCOURSE,
                                                               r.value, "range-first-day")))
        out.append((s, e, r))
    return out


# "the night of 7 to 8 May", "the night of May 7-8", "the night of 31 May to 1 June": the
# night that opens on the first day. ("the night of Oct. 23" stays a day, as news annotators
# mark it.)
_NIGHT_OF = rx(
    r"(?i:(?:\bthe\s+)?\bnight\s+of\s+)(?:[A-Z][a-z]{2,8}\.?\s+)?(?P<d1>[1-3]?[0-9])(?:st|nd|rd|th)?"
    r"(?:\s+[A-Z][a-z]{2,8}\.?)?\s*(?:[-–/]|to|into|and)\s*$"
)


# "the night from Saturday to Sunday", "the night of Thursday into Friday", "the night
# between Sunday and Monday": the night that opens on the first day.
_NIGHT_OF_WEEKDAYS = rx(
    rf"(?i:(?:\bthe\s+)?\bnight\s+(?:of|from|between)\s+)(?P<wd>{WEEKDAY_FULL})"
    r"\s+(?:to|into|and)\s+$"
)


def _nights_of_two_days(text: str, results: list[tuple[int, int, Resolved]]):
    """"the night of 7 to 8 May", "the night from Saturday to Sunday": one TIME, the night
    of the first day."""
    if "ght" not in text.lower():
        # Both patterns need "night"; its letters "ght" have no case partner beyond ASCII, so
        # the text lower-cased holds them however "night" is written.
        return results
    out: list[tuple[int, int, Resolved]] = []
    for s, e, r in results:
        if _is_day(r) and out and _is_day(out[-1][2]):
            m = _NIGHT_OF_WEEKDAYS.search(text, max(0, s - 40), s)
            first = out[-1][2]
            if (m is not None and out[-1][0] == m.start("wd")
                    and (r.stretch.first - first.stretch.first).days == 1):
                night = first.stretch
                out[-1] = (m.start(), e, Resolved(TIME, f"{night.value}TNI", night, None, first.against, first.reference,
                                                  first.rule + "+night-of"))
                continue
        if _is_day(r):
            m = _NIGHT_OF.search(text, max(0, s - 48), s)
            if m is not None:
                night = cal.day(cal.add_days(r.stretch.first, -1))
                if int(m.group("d1")) == night.first.day:
                    while out and out[-1][0] >= m.start():
                        out.pop()  # "May 7", or the "7" that opened the range
                    out.append((m.start(), e, Resolved(TIME, f"{night.value}TNI", night, None, r.against, r.reference,
                                                       r.rule + "+night-of")))
                    continue
        out.append((s, e, r))
    return out


_WEEKDAY_RULES = frozenset(("weekday-past", "weekday-future", "weekday-nearest"))
# "said on Monday last week was the deadliest": the week is the next clause's subject.
_VERB_AFTER_WEEK = rx(
    r"\s+(?:was|were|is|are|will|would|could|might|should|must|may|had|has|have|saw|brought|marked|proved|became)\b"
)
_POSSESSIVE = ("'s", "’s")


def _join_weekday_and_week(text: str, results: list[tuple[int, int, Resolved]]):
    """"on Monday last week", "Tuesday next week": one DATE, that weekday of that week."""
    out: list[tuple[int, int, Resolved]] = []
    i = 0
    while i < len(results):
        s, e, r = results[i]
        if r.rule in _WEEKDAY_RULES and _is_day(r) and i + 1 < len(results):
            s2, e2, r2 = results[i + 1]
            if (r2.rule == "relative-week" and r2.stretch is not None and r2.stretch.granularity == "week"
                    and text[e:s2].isspace() and not text.startswith(_POSSESSIVE, e2)
                    and not _VERB_AFTER_WEEK.match(text, e2)):
                d = cal.day(cal.add_days(r2.stretch.first, r.stretch.first.weekday()))
                out.append((s, e2, Resolved(DATE, d.value, d, None, r2.against, r2.reference, "weekday-of-week")))
                i += 2
                continue
        out.append((s, e, r))
        i += 1
    return out


def _join_offset_and_date(text: str, results: list[tuple[int, int, Resolved]]):
    """"the day before last Tuesday('s hearing)" is one DATE: that date moved by the offset."""
    out: list[tuple[int, int, Resolved]] = []
    i = 0
    while i < len(results):
        s, e, r = results[i]
        if r.offset is not None and i + 1 < len(results):
            s2, e2, r2 = results[i + 1]
            if r2.type == DATE and r2.stretch is not None and r2.stretch.granularity != "time" and text[e:s2].isspace():
                n, unit = r.offset
                try:
                    moved = cal.shift(r2.stretch, n, unit)
                except cal.OutOfRange:
                    moved = None
                if moved is not None and unit == "W" and moved.granularity == "day" and r.rule != "ago":
                    moved = cal.week_of(moved.first)  # "the week before Christmas"; not "a week ago today"
                if moved is not None:
                    joined = Resolved(DATE, moved.value, moved, r.mod, r2.against, r2.reference, r.rule + "+date")
                    out.append((s, e2, joined))
                    i += 2
                    continue
        out.append((s, e, r))
        i += 1
    return out


_DAY_AT_CLOCK_GAP = rx(r"\s+at\s+")


def _join_clock_and_day(text: str, results: list[tuple[int, int, Resolved]]):
    """"5 p.m. Wednesday", "Wednesday at 5 p.m." are one TIME: the clock time on that day. With the time on another
    clock in brackets ("04:30 local time (0130 GMT) on Tuesday"), each clock time is on
    that day and the day stays an expression of its own."""
    out: list[tuple[int, int, Resolved]] = []
    i = 0
    while i < len(results):
        s, e, r = results[i]
        if (_is_day(r) or _is_weekly(r)) and i + 1 < len(results):
            s2, e2, r2 = results[i + 1]
            own_day = i + 2 < len(results) and _clock_joins_day(text, s2, e2, r2, *results[i + 2])
            if r2.time_suffix and r2.rule == "clock-time" and _DAY_AT_CLOCK_GAP.fullmatch(text, e, s2) and not own_day:
                # "on Thursday at 8 p.m. EDT", "on July 15 at 5:51 a.m.": the same moment,
                # written day first; "every Thursday at 8:30 a.m.": that moment of every week
                # (not "said on Sunday at 2 a.m. on Saturday", a clock time with its own day).
                joined = (_clock_on(r2, r) if _is_day(r) else
                          Resolved(SET, r.value + r2.time_suffix, None, r.mod, r.against, r.reference, r.rule + "+clock"))
                out.append((s, e2, joined))
                i += 2
                continue
        if r.time_suffix:
            j = i + 1
            while j < len(results) and results[j][2].time_suffix and _OTHER_CLOCK_OPENS.match(text[e:results[j][0]]):
                j += 1  # the bracketed clock: "(0130 GMT)"
            if j < len(results):
                s2, e2, r2 = results[j]
                placed = _clock_in_the_part(text[s:e], r, r2)
                if placed is not None and _clock_joins_day(text, s, e, r, s2, e2, r2):
                    r, into_next_day = placed
                    if j == i + 1:
                        out.append((s, e2, _clock_on(r, r2, into_next_day)))
                    else:
                        out.append((s, e, _clock_on(r, r2, into_next_day)))
                        local = _hour(r.time_suffix)
                        for cs, ce, c in results[i + 1:j]:
                            shift = into_next_day + _days_apart(local, _hour(c.time_suffix))
                            out.append((cs, ce, _clock_on(c, r2, shift)))
                        out.append((s2, e2, r2))
                    i = j + 1
                    continue
        out.append((s, e, r))
        i += 1
    return out


def _clock_joins_day(text: str, s: int, e: int, clock: Resolved, s2: int, e2: int, day: Resolved) -> bool:
    """Whether the clock time at text[s:e] is a moment of the day at text[s2:e2] after it."""
    if not (_is_day(day) or _is_part_of_a_day(day)):
        return False
    gap = text[e:s2]
    if not _CLOCK_DAY_GAP.match(gap):
        return False
    if text[e - 1:e] == "." and gap.isspace() and text[s2:s2 + 1].isupper() and (
            not _NAMED_DAY_OPENS.match(text, s2) or text.startswith(("'s", "’s"), e2)):
        # "exploded at 8:15 a.m. Three days later, …", "at 6:30 p.m. Wednesday's attack was
        # the third": the next sentence's day
        return False
    # "open at 9 a.m. from Monday to Friday", "from 11 p.m. to 5 a.m. from Friday": a time of
    # every day of a range, not one moment.
    return not (_FROM_IN_GAP.search(gap) and (_RANGE_GOES_ON.match(text, e2) or _RANGE_ENDS_AT.search(text, max(0, s - 12), s)))


# A day whose name is capitalised anywhere in a sentence: "8 a.m. Wednesday", "5 p.m. Nov. 9".
_NAMED_DAY_OPENS = rx(rf"(?:{CLOCK_GOES_ON}|[0-9])")


def _is_day(r: Resolved) -> bool:
    return r.type == DATE and r.stretch is not None and r.stretch.granularity == "day"


_WEEKDAY_OF_EVERY_WEEK = rx(r"XXXX-WXX-[1-7]")


def _is_weekly(r: Resolved) -> bool:
    """"every Thursday": a weekday of every week, without a time of its own."""
    return r.type == SET and _WEEKDAY_OF_EVERY_WEEK.fullmatch(r.value) is not None


# The hours a part of the day holds: "04:15 on Sunday morning" is one moment.
_PART_HOURS = {"TMO": range(0, 12), "TAF": range(12, 18), "TEV": range(17, 24), "TNI": range(18, 24)}
# The small hours that a night runs on into: "2 a.m. on Saturday night" is early on Sunday.
_SMALL_HOURS = range(0, 6)
# A clock that says which half of the day it means ("2 a.m.", "10 pm", "noon").
_HALF_OF_THE_DAY = rx(r"(?i)\b(?:[ap]\.?\s?m\b\.?|noon|midnight)")
_MORNING_HALF = rx(r"(?i)\ba\.?\s?m\b|midnight")
# A 24-hour clock's small hour, zero-padded: "02:00".
_ZERO_PADDED_SMALL_HOUR = rx(r"\b0\d:\d\d\b")
# A clock of twelve hours written without a.m. or p.m., its hour not zero-padded: "11:30".
_TWELVE_HOUR_CLOCK = rx(r"^(?:at\s+|around\s+|about\s+)?(?:1[01]|[1-9]):[0-5]\d$", re.IGNORECASE)


def _clock_in_the_part(clock_text: str, clock: Resolved, day: Resolved) -> tuple[Resolved, int] | None:
    """The clock time as a moment of ``day``, and the days it lies after it, or None.

    A day takes any clock time. A part of a day takes one in its hours ("04:15 on Sunday
    morning"); a night also takes the small hours after it when the clock says so ("2 a.m.
    on Saturday night", "02:00 on Saturday night" are early on Sunday), and an evening or
    a night the afternoon hour a twelve-hour clock leaves unsaid ("11:30 on Tuesday night"
    is 23:30). Any other pair ("9 a.m. on Sunday night") is left apart rather than guessed.
    """
    if not _is_part_of_a_day(day):
        return clock, 0
    hours = _PART_HOURS.get(day.value[-3:])
    if hours is None:
        return None
    hour = _hour(clock.time_suffix)
    if hour in hours or (hour == 24 and day.value.endswith("TNI")):
        return clock, 0  # "04:15 on Sunday morning", "midnight tonight"
    text = clock_text.strip()
    says_half = _HALF_OF_THE_DAY.search(text)
    if day.value.endswith("TNI") and hour in _SMALL_HOURS and (
        _MORNING_HALF.search(text) or (not says_half and _ZERO_PADDED_SMALL_HOUR.search(text))
    ):
        return clock, 1
    if not says_half and _TWELVE_HOUR_CLOCK.match(text) and hour + 12 in hours:
        afternoon = f"T{hour + 12:02d}{clock.time_suffix[3:]}"
        return Resolved(clock.type, clock.value, clock.stretch, clock.mod, clock.against, clock.reference,
                        clock.rule, time_suffix=afternoon), 0
    return None


def _is_part_of_a_day(r: Resolved) -> bool:
    """"Sunday morning", "Tuesday night": a TIME of one day without a clock time."""
    return (r.type == TIME and r.stretch is not None and r.stretch.granularity == "day" and not r.time_suffix
            and not r.rule.startswith("overnight"))  # "2 a.m. overnight" is on the day after the night


def _hour(suffix: str) -> int:
    return int(suffix[1:3])


def _days_apart(local_hour: int, other_hour: int) -> int:
    """The bracketed time of "02:00 local time (2300 GMT) on Sunday" is on the day named, or
    on the day before or after it when the two clocks are half a day apart or more (2300 GMT
    is Saturday)."""
    if other_hour - local_hour >= 12:
        return -1
    if local_hour - other_hour >= 12:
        return 1
    return 0


def _clock_on(clock: Resolved, day: Resolved, shift: int = 0) -> Resolved:
    """The clock time on ``day`` (moved by ``shift`` days)."""
    stretch = cal.day(cal.add_days(day.stretch.first, shift)) if shift else day.stretch
    return Resolved(TIME, stretch.value + clock.time_suffix, stretch, clock.mod, day.against, day.reference,
                    day.rule + "+clock")


_EVENING, _NOON = 18, 12
# Between the two clock times of a range: "from 7am until 10am tomorrow", "7-10am Monday".
_CLOCK_RANGE_GAP = rx(r"^\s*(?:[-–]|to|until|till|through)\s*$")
_AND_GAP = rx(r"^\s*and\s*$")
_BETWEEN_BEFORE = rx(r"(?i:\bbetween\s+$)")
# Two clock times of one happening, the second with its day: "Polls open at 7 a.m. and close
# at 8 p.m. Tuesday", "Doors open at 6 p.m. and the show starts at 8 p.m. Friday" (when no
# day is under discussion for the first: not "On Monday, the fire started at 4 p.m. and crews
# contained it at 9 a.m. Tuesday").
_AND_A_VERB_AT_GAP = rx(r"^\s+and\s+(?:[A-Za-z’'-]+\s+){1,4}?at\s+$")


def _clock_ranges_share_the_day(text: str, results: list[tuple[int, int, Resolved]]):
    """"from 7am until 10am tomorrow", "between 8 a.m. and 8 p.m. on Sunday", "open at 7 a.m.
    and close at 8 p.m. Tuesday": a bare clock time that opens a range is on the day of the
    clock time that closes it, or on the day before when the range runs through the night
    ("from 10pm to 6am on Sunday" opens on Saturday night; but "kick-off was moved from 8pm
    to 5pm on Saturday" is one day)."""
    out = list(results)
    for i in range(len(out) - 1):
        s, e, r = out[i]
        s2, _, r2 = out[i + 1]
        if (r.rule == "clock-time" and r2.type == TIME and r2.rule.endswith("+clock")
                and r2.stretch is not None and r2.stretch.granularity == "day"
                and (_CLOCK_RANGE_GAP.match(text[e:s2])
                     or (_AND_GAP.match(text[e:s2]) and _BETWEEN_BEFORE.search(text, max(0, s - 10), s))
                     or (_AND_A_VERB_AT_GAP.match(text[e:s2]) and r.against == RESOLVED_ANCHOR))):
            day = r2.stretch
            if _hour(r.time_suffix) >= _EVENING and _hour(r2.value[len(day.value):]) < _NOON:
                day = cal.day(cal.add_days(day.first, -1))  # a night's range: "from 10pm to 6am on Sunday"
            if day != r.stretch:
                out[i] = (s, e, Resolved(TIME, day.value + r.time_suffix, day, r.mod, r2.against, r2.reference,
                                         r2.rule.removesuffix("+clock") + "+range-clock", time_suffix=r.time_suffix))
    return out


def _join_overnight_and_day(text: str, results: list[tuple[int, int, Resolved]]):
    """"overnight into Sunday" is one TIME: the night before that day."""
    out: list[tuple[int, int, Resolved]] = []
    i = 0
    while i < len(results):
        s, e, r = results[i]
        if r.rule == "overnight" and i + 1 < len(results):
            s2, e2, r2 = results[i + 1]
            if _is_day(r2) and _INTO_DAY_GAP.match(text[e:s2]):
                night = cal.day(cal.add_days(r2.stretch.first, -1))
                out.append((s, e2, Resolved(TIME, f"{night.value}TNI", night, None, r2.against, r2.reference,
                                            r2.rule + "+overnight")))
                i += 2
                continue
        out.append((s, e, r))
        i += 1
    return out


_OPENING_QUOTE = rx(r"[“\"‘]|(?<![\w’'])'(?=\w)")
_CLOSING_QUOTE = rx(r"[”\"’'](?![A-Za-z])")
# After a quote, the saying and its day: "…,’ Peskov told reporters on Tuesday."
_SAYING_BEFORE_DAY = rx(
    r"(?i:^[,.!?]?\s*[A-Z][\w.’' -]{0,60}?\b(?:said|says|told\s+[\w ]{1,30}?|added|declared|wrote|stated)\s+(?:on\s+)?$)"
)


def _quoted_days_from_the_saying(text: str, anchor: datetime.date, results: list[tuple[int, int, Resolved]]):
    """"'We will respond tomorrow,' Peskov said on Tuesday": a "today", "tomorrow" or
    "yesterday" inside a quote counts from the day it was said, when the sentence gives it."""
    out = list(results)
    for i, (s, e, r) in enumerate(results):
        if not r.rule.startswith("deictic-") or r.stretch is None or r.against != RESOLVED_ANCHOR:
            continue
        s0, s1 = sentence_bounds(text, s)
        opening = None
        for candidate in _OPENING_QUOTE.finditer(text, s0, s + 1):  # the quote may open at the word
            if candidate.start() < s:
                opening = candidate
        if opening is None or _CLOSING_QUOTE.search(text, opening.end(), s):
            continue  # not inside a quote
        closed = _CLOSING_QUOTE.search(text, e, s1 + 1)
        if closed is None:
            continue
        for s2, e2, r2 in results[i + 1:]:
            if s2 > s1 + 1:
                break
            if s2 >= closed.end() and _is_day(r2) and _SAYING_BEFORE_DAY.match(text[closed.end():s2]):
                said = r2.stretch.first
                day = cal.day(cal.add_days(said, (r.stretch.first - anchor).days))
                suffix = r.value[10:] if r.type == TIME else ""
                out[i] = (s, e, Resolved(r.type, day.value + suffix, day, r.mod, RESOLVED_DISCOURSE, r2.value, r.rule + "-quoted"))
                break
    return out


# The report's day after the happening: "…overnight, the air force said on Sunday".
_REPORT_REACH = 120


def _overnight_before_the_report(text: str, results: list[tuple[int, int, Resolved]]):
    """"Russia launched 150 drones overnight, the air force said on Sunday": the night into
    the day of the report later in the sentence, not the night before publication."""
    out = list(results)
    for i, (s, e, r) in enumerate(results):
        if r.rule != "overnight" or r.against != RESOLVED_ANCHOR:
            continue
        s1 = sentence_bounds(text, s)[1]
        for s2, e2, r2 in results[i + 1:]:
            if s2 > s1 or s2 - e > _REPORT_REACH:
                break
            if not _is_day(r2):
                continue
            if REPORTED_ON_BEFORE.search(text, max(0, s2 - 50), s2):
                night = cal.day(cal.add_days(r2.stretch.first, -1))
                out[i] = (s, e, Resolved(TIME, f"{night.value}TNI", night, None, RESOLVED_DISCOURSE, r2.value,
                                         "overnight-before-report"))
            break  # another day in between: the night is not the report's
    return out


_RANGE_GAP = rx(r"^\s*(?:to|through|thru|until|till|[-–])\s*$")


def _weekday_ranges_in_order(text: str, anchor: datetime.date, results: list[tuple[int, int, Resolved]]):
    """"from Tuesday through Friday": a range's last day comes after its first. Each weekday
    alone is put before or after the publication day by the tense; when that puts the last
    before the first, the range lies wholly behind it (the first day moves back a week) or,
    ahead of it or opening on the publication day, wholly ahead (the last day moves on a week)."""
    out = list(results)
    for i in range(len(out) - 1):
        s, e, r = out[i]
        s2, e2, r2 = out[i + 1]
        if not (_is_plain_weekday(r) and _is_plain_weekday(r2) and _RANGE_GAP.match(text[e:s2])):
            continue
        if r2.stretch.first > r.stretch.first:
            continue
        if r.rule.startswith("weekday-past") and (r.stretch.first != anchor or tense_at(text, s, e) == PAST):
            out[i] = (s, e, _moved_by_days(r, -7))
        else:
            out[i + 1] = (s2, e2, _moved_by_days(r2, 7))
    return out


def _one_weekday_per_sentence(text: str, results: list[tuple[int, int, Resolved]]):
    """"will meet from Tuesday to Wednesday, with Zelensky invited to a dinner on Tuesday
    evening": a part of a weekday named before in its sentence, or the weekday again in a
    "with" phrase, is of the same day, whatever the tense nearer it says."""
    out = list(results)
    for j in range(1, len(out)):
        s2, e2, r2 = out[j]
        if not _is_plain_weekday(r2):
            continue
        s0 = sentence_bounds(text, s2)[0]
        for i in range(j - 1, -1, -1):
            s, e, r = out[i]
            if s < s0:
                break
            if _is_plain_weekday(r) and r.value == r.stretch.value and r.stretch.first.weekday() == r2.stretch.first.weekday():
                if r.stretch.first != r2.stretch.first and (r2.value != r2.stretch.value or _WITH_AND_NO_VERB.fullmatch(text, e, s2)):
                    out[j] = (s2, e2, _moved_by_days(r2, (r.stretch.first - r2.stretch.first).days, "-as-named-before"))
                break
    return out


# Between two mentions of a weekday, a "with" phrase and no verb of its own: "from Tuesday to
# Wednesday, with Zelensky invited to a working dinner on Tuesday".
_WITH_AND_NO_VERB = rx(
    r"(?is)(?=.*,\s*with\b)(?!.*\b(?:will|would|is|are|was|were|has|have|had|and\s+(?:will|is|are))\b).*"
)


def _month_ranges_in_order(text: str, anchor: datetime.date, results: list[tuple[int, int, Resolved]]):
    """"deaths between March and November", told in December: each month alone may be put
    either side of the publication; a range's first month comes before its last, so when the
    first lands after the last, it moves back a year in a sentence told of the past, else
    the last moves on a year."""
    out = list(results)
    for i in range(len(out) - 1):
        s, e, r = out[i]
        s2, e2, r2 = out[i + 1]
        if not (r.type == DATE == r2.type and r.stretch is not None and r2.stretch is not None
                and r.stretch.granularity == "month" == r2.stretch.granularity and r.value == r.stretch.value
                and _MONTH_RANGE_GAP.match(text, e, s2) and _RANGE_OPENS_BEFORE.search(text, max(0, s - 10), s)):
            continue
        told = tense_at(text, s, e)
        if (told in (None, PRESENT, FUTURE) and r2.stretch.last < anchor and r.stretch.first <= r2.stretch.first
                and _SCHEDULE_RUNS_BEFORE.search(text, max(0, s - 30), s)):
            # "The exhibition runs from November to January", told in March: a range told in
            # the present that would be over already is the next one.
            out[i], out[i + 1] = (s, e, _month_moved_by_years(r, 1)), (s2, e2, _month_moved_by_years(r2, 1))
            continue
        if (told == PAST and r2.stretch.first > anchor and r.stretch.first <= r2.stretch.first and r.stretch.first.year == r2.stretch.first.year
                and _PAST_VERB_OPENS_THE_RANGE.search(text, max(0, s - 40), s)):
            # "Sales rose from February to May", told in March: a range told in the past is over.
            out[i], out[i + 1] = (s, e, _month_moved_by_years(r, -1)), (s2, e2, _month_moved_by_years(r2, -1))
            continue
        if r.stretch.first > r2.stretch.first and r.stretch.index < r2.stretch.index:
            if told == PAST:
                out[i] = (s, e, _month_moved_by_years(r, -1))  # told of the past: the first moves back
            else:
                out[i + 1] = (s2, e2, _month_moved_by_years(r2, 1))  # "the season runs from June to November"
    return out


def _month_moved_by_years(r: Resolved, years: int) -> Resolved:
    """A month of a range moved by a number of years."""
    month = cal.month(r.stretch.year + years, r.stretch.index)
    return Resolved(r.type, month.value, month, r.mod, r.against, r.reference, r.rule + "-range")


# "The exhibition runs from November to January": a schedule's range.
_SCHEDULE_RUNS_BEFORE = rx(r"(?i:\b(?:runs?|applies|apply|lasts?|is\s+open|are\s+open|takes\s+place|will\s+run)\s+from\s+$)")
# "Sales rose from February to May": a past verb whose own time the range is (not "cancelled
# flights from April to June", "Ticket sales for concerts from April to June jumped").
_PAST_VERB_OPENS_THE_RANGE = rx(
    r"(?i:\b(?:rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|slumped|surged|plunged|soared|ran|lasted|"
    r"continued|stayed|remained|worked|lived|served|reigned|ruled|(?:was|were)\s+(?:closed|shut))(?:\s+[\w%.,$-]+){0,3}?\s+(?:from|between)\s+$)"
)
_MONTH_RANGE_GAP = rx(r"\s*(?:and|to|through|thru|until|till|[-–])\s*(?:in\s+)?$")
_RANGE_OPENS_BEFORE = rx(r"(?i:\b(?:between|from)\s+$)")


def _moved_by_days(r: Resolved, days: int, why: str = "-range") -> Resolved:
    """A weekday, with its part of the day or clock time, moved by a number of days."""
    day = cal.day(cal.add_days(r.stretch.first, days))
    return Resolved(r.type, day.value + r.value[len(r.stretch.value):], day, r.mod, r.against, r.reference,
                    r.rule + why, time_suffix=r.time_suffix)


def _is_plain_weekday(r: Resolved) -> bool:
    """A weekday put before or after the publication day by the tense alone, perhaps with
    a part of the day or a clock time ("10 a.m. Thursday")."""
    return (r.type in (DATE, TIME) and r.stretch is not None and r.stretch.granularity == "day"
            and r.rule.removesuffix("+clock") in ("weekday-past", "weekday-future"))


def _expression(text: str, start: int, end: int, r: Resolved) -> TimeExpression:
    s = r.stretch
    point = s is not None and r.type in (DATE, TIME)
    return TimeExpression(
        start=start,
        end=end,
        text=text[start:end],
        type=r.type,
        value=r.value,
        granularity=("time" if r.type == TIME else s.granularity) if point else None,
        first_day=s.first if point else None,
        last_day=s.last if point else None,
        mod=r.mod,
        resolved_against=r.against,
        reference=r.reference,
        rule=r.rule,
    )
