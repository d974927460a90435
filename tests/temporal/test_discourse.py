"""Expressions relative to the last date mentioned before them, not to the publication date."""

import datetime

import pytest

from timeline.temporal import tag

A = datetime.date(2025, 3, 13)
SUMMIT = "The summit was on March 3. "


@pytest.mark.parametrize(
    "sentence,phrase,value,granularity",
    [
        ("Two days later, talks collapsed.", "Two days later", "2025-03-05", "day"),
        ("Talks collapsed the same day.", "the same day", "2025-03-03", "day"),
        ("The following week, talks collapsed.", "The following week", "2025-W11", "week"),
        ("By then, talks had collapsed.", "By then", "2025-03-03", "day"),
        ("Talks collapsed the next day.", "the next day", "2025-03-04", "day"),
        ("A day earlier, envoys had met.", "A day earlier", "2025-03-02", "day"),
        ("Envoys met a day after that.", "a day after", "2025-03-04", "day"),
    ],
)
def test_relative_to_previous_date(sentence, phrase, value, granularity):
    found = tag(SUMMIT + sentence, A)
    e = found[-1]
    assert (e.text, e.value, e.granularity) == (phrase, value, granularity)
    assert (e.resolved_against, e.reference) == ("discourse", "2025-03-03")


def test_a_day_after_a_clause_dates_the_clause():
    text = ("Putin visited a command post late Wednesday. The visit came a day after a U.S. "
            "delegation met Ukrainian officials.")
    e = tag(text, datetime.date(2025, 3, 12))[-1]
    assert (e.text, e.value, e.rule) == ("a day after", "2025-03-11", "offset-after-clause")
    assert "after 2025-03-12" in e.explain()


def test_an_offset_does_not_move_the_reference():
    text = "Profit rose in the third quarter. A year earlier it fell. A year earlier still it rose."
    values = [e.value for e in tag(text, datetime.date(1989, 11, 1))]
    assert values == ["1989-Q3", "1988-Q3", "1988-Q3"]


def test_without_a_previous_date_the_anchor_is_the_reference():
    (e,) = tag("Two days later, talks collapsed.", A)
    assert (e.value, e.resolved_against) == ("2025-03-15", "anchor")


def test_year_ago_results_compare_with_the_reported_period_not_a_year_in_passing():
    text = "The company had a loss in 1988. The year-ago results included a charge."
    values = [e.value for e in tag(text, datetime.date(1989, 11, 2))]
    assert values == ["1988", "1988"]
