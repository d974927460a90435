"""Robustness: any text, any anchor in years 1-9999, well-formed output, no blow-ups."""

import datetime
import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

# Valid TIMEX3 values as this engine produces them.
VALUE = re.compile(
    r"""^(?:
        \d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?
      | \d{2,3}                                    # century, decade
      | P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE)    # duration in calendar units
      | PT(?:\d+(?:\.\d+)?|X)[HMS](?:\d+[MS])?     # duration in clock units
      | XXXX-WXX-[1-7]T\d{2}:\d{2}                 # a weekday's clock time, every week
      | XXXX(?:-WXX-(?:[1-7]|WE)|-\d{2}|-SU|-SP|-FA|-WI|-XX-XX)?(?:T(?:MO|AF|EV|NI))?
      | PRESENT_REF|PAST_REF|FUTURE_REF
    )$""",
    re.X,
)

WORDS = [
    "on", "Wednesday", "last", "next", "week", "year", "ago", "three", "a", "day", "after", "later",
    "May", "may", "March", "fall", "Sunday", "Times", "the", "1990s", "2014", "Feb.", "24,", "2022",
    "12", "p.m.", "noon", "every", "annual", "30-day", "in", "December", "by", "then", "same",
    "quarter", "fourth", "early", "late", "mid-", "now", "recently", "will", "said", ".", ",", "\n",
    "9999", "0001", "31", "February", "30", "'98", "fiscal", "summer", "winter", "tonight",
]
ANCHORS = st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31))
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)


def check(text, anchor):
    found = tag(text, anchor)
    previous_end = 0
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.start >= previous_end
        previous_end = e.end
        assert e.type in ("DATE", "TIME", "DURATION", "SET")
        assert VALUE.match(e.value), e.value
        if e.first_day is not None:
            assert e.first_day <= e.last_day
            assert e.granularity is not None
    return found


@settings(max_examples=300, deadline=None)
@given(TEXTS, ANCHORS)
def test_any_text_any_anchor(text, anchor):
    check(text, anchor)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([datetime.date(1, 1, 1), datetime.date(9999, 12, 31), datetime.date(1, 3, 1), datetime.date(9999, 1, 1)]),
       st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join))
def test_edges_of_the_calendar(anchor, text):
    check(text, anchor)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WORDS + ["-", " ", "s", "0", "'", "’"]), st.integers(min_value=50, max_value=400))
def test_no_catastrophic_backtracking(piece, n):
    # Repetitive inputs are where a badly nested pattern backtracks exponentially; these are
    # small, so a quadratic or exponential pattern shows as seconds rather than milliseconds.
    text = (piece + " ") * n
    start = time.perf_counter()
    check(text, datetime.date(2025, 3, 13))
    assert time.perf_counter() - start < 2.0
