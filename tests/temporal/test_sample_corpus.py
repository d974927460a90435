"""The sample corpus (Kursk, March-May 2025): the dates the ingest pipeline relies on.

Each article is tagged with its publication date from manifest.csv as the anchor.
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest

from timeline.temporal import tag

from .conftest import find

_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "sample_corpus" / "kursk-2025",
    Path("/work/shared/corpus/kursk-2025"),
)
CORPUS = next((p for p in _CANDIDATES if (p / "manifest.csv").is_file()), _CANDIDATES[-1])
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="sample corpus not available")


def _articles() -> dict[str, tuple[str, datetime.date]]:
    if not CORPUS.is_dir():
        return {}
    out = {}
    with open(CORPUS / "manifest.csv", newline="") as f:
        for row in csv.DictReader(f):
            text = (CORPUS / row["file"]).read_text(encoding="utf-8")
            out[row["file"][:3]] = (text, datetime.date.fromisoformat(row["published"]))
    return out


ARTICLES = _articles()
D = datetime.date

# (article, phrase, occurrence, type, value, granularity, first_day, last_day, resolved_against)
EXPECTED = [
    ("001", "last August", 0, "DATE", "2024-08", "month", D(2024, 8, 1), D(2024, 8, 31), "anchor"),
    ("004", "late Wednesday", 0, "DATE", "2025-03-12", "day", D(2025, 3, 12), D(2025, 3, 12), "anchor"),
    ("001", "on Wednesday", 0, "DATE", "2025-03-12", "day", D(2025, 3, 12), D(2025, 3, 12), "anchor"),
    ("004", "last Saturday", 0, "DATE", "2025-03-08", "day", D(2025, 3, 8), D(2025, 3, 8), "anchor"),
    ("004", "in December", 0, "DATE", "2024-12", "month", D(2024, 12, 1), D(2024, 12, 31), "anchor"),
    ("004", "February 2022", 0, "DATE", "2022-02", "month", D(2022, 2, 1), D(2022, 2, 28), "absolute"),
    ("004", "this week", 0, "DATE", "2025-W11", "week", D(2025, 3, 10), D(2025, 3, 16), "anchor"),
    ("004", "last week", 0, "DATE", "2025-W10", "week", D(2025, 3, 3), D(2025, 3, 9), "anchor"),
    # Seasons are astronomical (see calendar_math.SEASONS): summer is 21 June - 22 September.
    ("004", "last summer", 0, "DATE", "2024-SU", "season", D(2024, 6, 21), D(2024, 9, 22), "anchor"),
    ("003", "by March", 0, "DATE", "2025-03", "month", D(2025, 3, 1), D(2025, 3, 31), "anchor"),
    ("004", "last year", 0, "DATE", "2024", "year", D(2024, 1, 1), D(2024, 12, 31), "anchor"),
    ("001", "later this week", 0, "DATE", "2025-W11", "week", D(2025, 3, 10), D(2025, 3, 16), "anchor"),
    ("004", "a day after", 0, "DATE", "2025-03-11", "day", D(2025, 3, 11), D(2025, 3, 11), "discourse"),
    ("004", "on Tuesday", 0, "DATE", "2025-03-11", "day", D(2025, 3, 11), D(2025, 3, 11), "anchor"),
    ("004", "This month", 0, "DATE", "2025-03", "month", D(2025, 3, 1), D(2025, 3, 31), "anchor"),
    ("004", "30-day", 0, "DURATION", "P30D", None, None, None, None),
    ("003", "a three-year gap", 0, "DURATION", "P3Y", None, None, None, None),
    ("004", "For months", 0, "DURATION", "PXM", None, None, None, None),
    # A stretch of unstated length ahead, like "the next few days" (TimeBank: PXD, PXW).
    ("001", "the coming days", 0, "DURATION", "PXD", None, None, None, None),
    ("001", "now", 0, "DATE", "PRESENT_REF", None, None, None, None),
    ("004", "annual", 0, "SET", "P1Y", None, None, None, None),
    ("004", "19 years in prison", 0, "DURATION", "P19Y", None, None, None, None),
]


@pytest.mark.parametrize(
    "article,phrase,occurrence,type_,value,granularity,first,last,against",
    EXPECTED,
    ids=[f"{row[0]}:{row[1]}" for row in EXPECTED],
)
def test_key_expression(article, phrase, occurrence, type_, value, granularity, first, last, against):
    text, anchor = ARTICLES[article]
    e = find(text, phrase, anchor, occurrence)
    assert e is not None, f"{phrase!r} not found"
    assert (e.type, e.value) == (type_, value)
    assert e.granularity == granularity
    assert (e.first_day, e.last_day) == (first, last)
    if against:
        assert e.resolved_against == against
        assert e.rule
        assert bool(e.reference) == (against != "absolute")


def test_a_day_after_is_explained_by_the_date_before_it():
    text, anchor = ARTICLES["004"]
    e = find(text, "a day after", anchor)
    assert e.reference == "2025-03-12"  # "late Wednesday", the sentence before
    assert "2025-03-12" in e.explain()


@pytest.mark.parametrize(
    "article,phrase",
    [
        ("001", "may be necessary"),
        ("004", "do not fall under"),
        ("004", "We do not need"),
        ("001", "430 Ukrainian soldiers"),
        ("003", "500 square miles"),
        ("004", "22-year-old"),
    ],
)
def test_not_a_date(article, phrase):
    text, anchor = ARTICLES[article]
    assert find(text, phrase, anchor) is None


@pytest.mark.parametrize(
    "article,values",
    [
        ("000", {"P30D"}),
        ("001", {"2025-03-12", "2024", "2024-08", "PRESENT_REF", "PXD", "2025-W11"}),
        ("002", {"2025-03-12", "P30D", "2025-W11"}),
        ("003", {"2024", "P3Y", "2024-08", "2025-03"}),
        (
            "004",
            {"2025-03-12", "2025-03-11", "P30D", "2024-SU", "2022-02", "2025-03", "P19Y", "2024",
             "2025-W11", "2025-W10", "PXM", "2025-03-08", "P1Y", "2024-12"},
        ),
    ],
)
def test_whole_article(article, values):
    text, anchor = ARTICLES[article]
    found = tag(text, anchor)
    assert values <= {e.value for e in found}
    for e in found:
        assert text[e.start:e.end] == e.text
    assert [e.start for e in found] == sorted(e.start for e in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
