"""A date quoted with its month in another language, as English news sometimes prints it.

The month names and their forms come from dateparser's locale data (Russian, Ukrainian,
Belarusian, Polish, German, French, Spanish, Italian, Portuguese).
"""

import datetime

import pytest

from timeline.temporal import tag

A = datetime.date(2025, 3, 13)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The decree of 12 марта 2025 года was published.", "12 марта 2025 года", "2025-03-12"),
        ("The order is dated 12 березня 2025 року.", "12 березня 2025 року", "2025-03-12"),
        ("The law of 3 lipca 2023 r. took effect.", "3 lipca 2023 r.", "2023-07-03"),
        ("Le Monde's issue of 24 février 2022 led with it.", "24 février 2022", "2022-02-24"),
        ("The paper's edition of 3 févr. 2022 ran it.", "3 févr. 2022", "2022-02-03"),
        ("The ruling, am 9. Mai 2025, was final.", "9. Mai 2025", "2025-05-09"),
        ("El País wrote on 12 de marzo de 2025.", "12 de marzo de 2025", "2025-03-12"),
        ("The poster read “Парад 9 мая”.", "9 мая", "2025-05-09"),  # the nearest 9 May
        ("The banner said “до 10 марта”.", "10 марта", "2025-03-10"),  # no full stop taken
    ],
)
def test_a_day_with_a_month_of_another_language(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.value, e.type, e.granularity) == (phrase, value, "DATE", "day")


@pytest.mark.parametrize(
    "text",
    [
        "the 12 mars concert",  # a Latin-letter name needs a year after it to be a month
        "Maja 12 wrote to the court.",
        "Kraków sent 3 Mai Tai cocktails.",
        "It rose 10 ago.",  # a three-letter abbreviation in Latin letters is no month
    ],
)
def test_a_latin_letter_month_name_alone_is_no_date(text):
    assert tag(text, A) == []
