"""The value type the temporal engine returns."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

# TIMEX3 types.
DATE = "DATE"
TIME = "TIME"
DURATION = "DURATION"
SET = "SET"

# Granularities, finest first. A DATE or TIME carries one of these.
GRANULARITIES = (
    "time",
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)

# What a relative expression was resolved against.
RESOLVED_ABSOLUTE = "absolute"  # needed nothing: "24 February 2022"
RESOLVED_ANCHOR = "anchor"  # the publication date: "last August"
RESOLVED_DISCOURSE = "discourse"  # an earlier expression in the text: "a day after"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One temporal expression found in a text.

    ``start``/``end`` are character offsets into the text that was tagged, so
    ``text[start:end] == expression.text``. ``value`` is in TIMEX3 notation
    ("2024-08", "2025-W11", "2024-SU", "P3Y", "PAST_REF"). For a DATE or TIME
    that denotes a stretch of the calendar, ``granularity`` and the first and
    last day of that stretch are set; for durations, sets and references
    ("now", "recently") they are None.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    granularity: str | None = None
    first_day: datetime.date | None = None
    last_day: datetime.date | None = None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER...
    resolved_against: str = RESOLVED_ABSOLUTE
    reference: str | None = None  # the value it was resolved against, e.g. "2025-03-13"
    rule: str = ""  # the name of the rule that resolved it, e.g. "weekday-past"

    @property
    def is_point(self) -> bool:
        """True when the expression places something on the timeline."""
        return self.first_day is not None and self.type in (DATE, TIME)

    def explain(self) -> str:
        """A reader-facing sentence on how the value was reached."""
        if self.resolved_against == RESOLVED_ABSOLUTE or not self.reference:
            return f"'{self.text}' -> {self.value}"
        source = "published" if self.resolved_against == RESOLVED_ANCHOR else "after"
        return f"'{self.text}', {source} {self.reference} -> {self.value} ({self.rule})"
