"""Durations (DURATION) and recurrences (SET) in TimeBank's TIMEX3 conventions."""

import datetime

import pytest

from timeline.temporal import tag

A = datetime.date(2025, 3, 13)


@pytest.mark.parametrize(
    "text,phrase,type_,value,mod",
    [
        ("Ukraine agreed to a 30-day cease-fire.", "30-day", "DURATION", "P30D", None),
        ("Talks resumed after a three-year gap.", "three-year", "DURATION", "P3Y", None),
        ("For months, the occupation was a sore point.", "months", "DURATION", "PXM", None),
        ("He was sentenced to 19 years in prison.", "19 years", "DURATION", "P19Y", None),
        ("The flight took five hours.", "five hours", "DURATION", "PT5H", None),
        ("It lasted about two weeks.", "about two weeks", "DURATION", "P2W", "APPROX"),
        ("It lasted at least 72 hours.", "at least 72 hours", "DURATION", "PT72H", "EQUAL_OR_MORE"),
        ("Profit rose in the first nine months.", "the first nine months", "DURATION", "P9M", None),
        ("It has been several years.", "several years", "DURATION", "PXY", None),
        ("A two-decade war.", "two-decade", "DURATION", "P20Y", None),
        ("Lawyers left their second day-long meeting.", "day-long", "DURATION", "P1D", None),
        ("The dockers ended a weeklong strike.", "weeklong", "DURATION", "P1W", None),
        ("It ends a decades-long feud.", "decades-long", "DURATION", "PXY", None),
        ("Updates are expected in the coming days.", "the coming days", "DURATION", "PXD", None),
        ("Prices may fall in the months ahead.", "the months ahead", "DURATION", "PXM", None),
        ("Putin held his annual news briefing.", "annual", "SET", "P1Y", None),
        ("The committee meets every week.", "every week", "SET", "P1W", None),
        ("Officials meet weekly.", "weekly", "SET", "P1W", None),
        ("The bank pays 5% a year.", "a year", "SET", "P1Y", None),
        ("He visits every Thursday.", "every Thursday", "SET", "XXXX-WXX-4", None),
        ("Commissioners, who meet every Tuesday morning, delayed a vote.", "every Tuesday morning", "SET",
         "XXXX-WXX-2TMO", None),
        ("Prices fell 10% in a single day.", "a single day", "DURATION", "P1D", None),
        ("The airline will run four flights a week.", "a week", "SET", "P1W", None),
        ("Clinics see hundreds of patients a day.", "a day", "SET", "P1D", None),
        ("WHO warned of 10,000 new Ebola cases a week.", "a week", "SET", "P1W", None),
        ("About 100 lorries of aid a day are entering Gaza.", "a day", "SET", "P1D", None),
        ("The Health Secretary will lead the daily Downing Street briefing.", "daily", "SET", "P1D", None),
        ("She posts daily Instagram Stories.", "daily", "SET", "P1D", None),
        ("The strike is costing them $200m a day.", "a day", "SET", "P1D", None),
        ("The agency cut rations to $6 per person a month.", "a month", "SET", "P1M", None),
    ],
)
def test_duration_and_set(text, phrase, type_, value, mod):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value, e.mod) == (phrase, type_, value, mod)
    assert e.first_day is None and e.granularity is None


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("They met at 3 p.m. Wednesday.", "3 p.m. Wednesday", "2025-03-12T15:00"),
        ("They met Tuesday morning.", "Tuesday morning", "2025-03-11TMO"),
        ("The vote closes at 10:35 a.m.", "10:35 a.m.", "2025-03-13T10:35"),
        ("The ceasefire starts at noon.", "noon", "2025-03-13T12:00"),
        ("Central High hosts Lincoln at 7 tonight.", "7 tonight", "2025-03-13T19:00"),
        ("The show starts at eight tonight.", "eight tonight", "2025-03-13T20:00"),
        ("Families gathered on Christmas morning.", "Christmas morning", "2024-12-25TMO"),
        ("The curfew runs from 21:00 tonight.", "21:00 tonight", "2025-03-13T21:00"),
        ("The blast happened at about 18:08 on Tuesday.", "18:08 on Tuesday", "2025-03-11T18:08"),
    ],
)
def test_times(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value, e.granularity) == (phrase, "TIME", value, "time")


def test_an_age_is_not_a_date():
    assert tag("Russia sentenced a 22-year-old British man.", A) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("But a minute and a half later, a pilot called in.", "PT1M30S"),
        ("They lived in refugee camps for 2 1/2 years.", "P2Y6M"),
        ("The siege lasted two and a half years.", "P2Y6M"),
        ("The talks took an hour and a half.", "PT1H30M"),
    ],
)
def test_fractions_are_written_in_the_next_smaller_unit(text, value):
    (e,) = tag(text, A)
    assert (e.type, e.value) == ("DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        # A measure per period is no recurrence of events.
        "The company has annual sales of about $1.9 billion.",
        "It is less than 5% of the average daily volume.",
        "Analysts expect revenue to rise 8.5% annually.",
        "Winds reached 125 miles per hour as the storm made landfall.",
        "Intel clocks the chip at 15 million instructions per second.",
    ],
)
def test_measures_per_period_are_not_sets(text):
    assert [e for e in tag(text, A) if e.type == "SET"] == []


def test_recurring_events_stay_sets():
    (e,) = tag("The government has held such rallies almost daily.", A)
    assert (e.type, e.value) == ("SET", "P1D")


@pytest.mark.parametrize(
    "text,values",
    [
        ("Flights leave Bombay on Monday and Tuesday nights.", ["XXXX-WXX-1TNI", "XXXX-WXX-2TNI"]),
        ("He hosts a show on Saturdays and Sundays.", ["XXXX-WXX-6", "XXXX-WXX-7"]),
    ],
)
def test_weekdays_coordinated_with_plurals_recur(text, values):
    assert [(e.type, e.value) for e in tag(text, A)] == [("SET", v) for v in values]


@pytest.mark.parametrize(
    "text",
    [
        "A second group of directors bought shares.",
        "It would be a second betrayal, she said.",
        "He said so on CBS's ''60 Minutes.''",
        "The funds account for more than a quarter of the market.",
    ],
)
def test_ordinals_titles_and_shares_are_no_durations(text):
    assert [e for e in tag(text, A) if e.type == "DURATION"] == []


@pytest.mark.parametrize(
    "text,phrase,type_,value",
    [
        ("The reply came within a second.", "a second", "DURATION", "PT1S"),
        ("The game stopped for a second or two.", "a second", "DURATION", "PT1S"),
        ("It lasted a quarter of a century.", "a quarter of a century", "DURATION", "P25Y"),
        ("Trading resumed after a quarter of losses.", "a quarter", "DURATION", "P1Q"),
        ("Islam will one day be the largest religion.", "one day", "DATE", "FUTURE_REF"),
        ("The strike lasted one day.", "one day", "DURATION", "P1D"),
    ],
)
def test_single_units_by_context(text, phrase, type_, value):
    (e,) = [e for e in tag(text, A) if e.text == phrase]
    assert (e.type, e.value) == (type_, value)


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("They will have to live without power for a while.", "a while"),
        ("Forces could be in the region for some time.", "some time"),
        ("It was the best result in a long while.", "a long while"),
    ],
)
def test_a_while_is_a_duration_of_unstated_length(text, phrase):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "DURATION", "PXX")


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("He was arrested at the march in each of the last three years.", "each of the last three years", "P1Y"),
        ("Sales rose in each of the past four quarters.", "each of the past four quarters", "P1Q"),
    ],
)
def test_each_of_the_last_n_units_is_a_recurrence(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "SET", value)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # A hyphenated length before a noun is an adjective: the article goes with the noun.
        ("The union called off the two-week strike.", "two-week", "P2W"),
        ("He ended the 23-year feud.", "23-year", "P23Y"),
        # A length that heads its phrase keeps its article.
        ("Profit rose in the first nine months.", "the first nine months", "P9M"),
    ],
)
def test_a_hyphenated_length_before_a_noun_leaves_the_article_to_the_noun(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "DURATION", value)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Prices have risen over the years.", "the years", "PXY"),
        ("In the years that followed, the rebels waged war.", "the years", "PXY"),
        ("Little changed during the months of talks.", "the months", "PXM"),
        # A stretch of something, after what ends or follows it.
        ("Berlin agreed to send tanks, ending weeks of hesitation.", "weeks", "PXW"),
        ("The merger follows months of twists and turns.", "months", "PXM"),
        ("Despite years of warnings, nothing changed.", "years", "PXY"),
    ],
)
def test_the_plural_unit_after_a_preposition_is_a_stretch_of_unstated_length(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "DURATION", value)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Ukraine lost 1,200 troops over the past day.", "the past day", "P1D"),
        ("Russia launched 400 drones over the past fortnight.", "the past fortnight", "P2W"),
        ("Sirens sounded twice in the past hour.", "the past hour", "PT1H"),
        ("The decade-long conflict has no end.", "decade-long", "P10Y"),
        ("They resumed after a week-long pause.", "week-long", "P1W"),
    ],
)
def test_a_single_unit_up_to_now_or_as_a_length_before_a_noun(text, phrase, value):
    assert [(e.text, e.type, e.value) for e in tag(text, A)] == [(phrase, "DURATION", value)]


def test_quarterly_as_an_adverb_recurs_but_not_before_a_noun():
    assert [(e.text, e.type, e.value) for e in tag("The IAEA board meets quarterly.", A)] == [("quarterly", "SET", "P3M")]
    assert [e.value for e in tag("The board meets quarterly in Vienna.", A)] == ["P3M"]
    assert tag("The company cut its quarterly dividend.", A) == []
    assert [e.value for e in tag("It reports quarterly and will publish soon.", A)] == ["FUTURE_REF"]
    assert [e.text for e in tag("The central bank will publish its quarterly on Friday.", A)] == ["Friday"]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The feud has lasted half a century.", "half a century", "P50Y"),
        ("The meeting lasted half an hour.", "half an hour", "PT30M"),
        ("The siege lasted three quarters of an hour.", "three quarters of an hour", "PT45M"),
        ("The regime has ruled for more than half a century.", "more than half a century", "P50Y"),
    ],
)
def test_a_fraction_of_a_unit_is_that_long(text, phrase, value):
    assert [(e.text, e.type, e.value) for e in tag(text, A)] == [(phrase, "DURATION", value)]


def test_a_quarter_century_ago_is_a_year():
    assert [(e.text, e.value) for e in tag("Sanctions were first imposed a quarter century ago.", A)] == [
        ("a quarter century ago", "2000")
    ]



@pytest.mark.parametrize(
    "text,phrase",
    [
        ("He spends a couple of hours a day at the front.", "a day"),
        ("Russia fires 10,000 shells a day summer and winter.", "a day"),
        ("They meet twice a year spring and autumn.", "twice a year"),
    ],
)
def test_a_rate_per_unit_recurs(text, phrase):
    assert (phrase, "SET") in [(e.text, e.type) for e in tag(text, A)]


def test_the_verb_last_is_no_part_of_the_length():
    assert [(e.text, e.value) for e in tag("The first phase of the deal will last 42 days.", A)] == [("42 days", "P42D")]


def test_a_day_after_a_dates_number_is_no_rate():
    found = tag("Today is February 29, a day that comes around only once every four years.", datetime.date(2024, 2, 29))
    assert ("a day", "SET") not in [(e.text, e.type) for e in found]


def test_half_a_year_ago_is_a_month():
    assert [(e.text, e.value) for e in tag("About half a year ago, Russia began its offensive.", A)] == [
        ("About half a year ago", "2024-09")
    ]


def test_the_past_decade_is_the_ten_years_up_to_now():
    anchor = datetime.date(2025, 3, 14)
    assert [(e.text, e.type, e.value) for e in tag("Over the past decade, the city grew.", anchor)] == [
        ("the past decade", "DURATION", "P10Y")
    ]
    # "last decade" names the calendar decade before this one.
    assert [(e.text, e.value) for e in tag("Last decade the city grew.", anchor)] == [("Last decade", "201")]


@pytest.mark.parametrize(
    "text,found",
    [
        # How much later: a stretch, not a date.
        ("The Games open tonight, a year later than planned.", [("tonight", "TIME", "2025-03-13TNI"), ("a year", "DURATION", "P1Y")]),
        ("Results arrived two weeks earlier than expected.", [("two weeks", "DURATION", "P2W")]),
        # A large number of years in a recurrence.
        ("The comet orbits the sun once every 80,000 years.", [("once every 80,000 years", "SET", "P80000Y")]),
    ],
)
def test_offsets_that_measure(text, found):
    assert [(e.text, e.type, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,phrase,value,mod",
    [
        ("The transit lasts about six hours and 40 minutes.", "about six hours and 40 minutes", "PT6H40M", "APPROX"),
        ("He served three years and two months in prison.", "three years and two months", "P3Y2M", None),
        ("The journey took two days and 6 hours.", "two days and 6 hours", "P2DT6H", None),
        ("The talks lasted 10 hours, 30 minutes.", "10 hours, 30 minutes", "PT10H30M", None),
    ],
)
def test_a_compound_duration_is_one(text, phrase, value, mod):
    assert [(e.text, e.type, e.value, e.mod) for e in tag(text, A)] == [(phrase, "DURATION", value, mod)]


def test_durations_in_rising_units_or_of_weeks_stay_apart():
    assert [e.value for e in tag("It took two minutes and three hours.", A)] == ["PT2M", "PT3H"]
    assert [e.value for e in tag("It took two weeks and three days.", A)] == ["P2W", "P3D"]


@pytest.mark.parametrize(
    "text,values",
    [
        ("The record is 286 days, 14 hours and 32 minutes.", ["P286DT14H32M"]),
        ("He ran it in two hours, one minute and 39 seconds.", ["PT2H1M39S"]),
        # Two terms, two sentences or two clauses: apart.
        ("The spread between 10-year and three-month yields widened.", ["P10Y", "P3M"]),
        ("He was sentenced to 12 months and 200 hours of community service.", ["P12M", "PT200H"]),
        ("The siege lasted 14 days, and 30 minutes after it ended the guns fired again.", ["P14D", "PT30M"]),
    ],
)
def test_compound_durations_of_several_parts_and_what_stays_apart(text, values):
    assert [e.value for e in tag(text, A)] == values


@pytest.mark.parametrize(
    "text,values",
    [
        ("The pipe burst at 3 a.m. A second, larger failure followed.", ["2025-03-13T03:00"]),
        ("The fan spins 50 times a second.", ["PT1S"]),
        ("It lasted a second, then vanished.", ["PT1S"]),
    ],
)
def test_a_second_that_is_the_ordinal(text, values):
    assert [e.value for e in tag(text, A)] == values


def test_fortnightly_is_every_two_weeks():
    assert [(e.text, e.type, e.value) for e in tag("Rubbish is collected fortnightly.", A)] == [("fortnightly", "SET", "P2W")]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Police arrested two men hours after the attack.", [("hours", "PTXH")]),
        ("Days later, the company recalled the cars.", [("Days", "PXD")]),
        # Not the first days, working hours or minutes after midnight.
        ("In the first days after the vote, prices rose.", []),
        ("Staff worked long hours before the launch.", []),
    ],
)
def test_a_bare_plural_before_an_offset_is_a_vague_stretch(text, found):
    assert [(e.text, e.value) for e in tag(text, A) if e.type == "DURATION"] == found


def test_a_ten_second_long_exchange_is_a_duration():
    assert [(e.text, e.value) for e in tag("The clip shows a 10-second-long exchange of fire.", A)] == [("10-second-long", "PT10S")]


def test_a_bare_plural_after_an_ending_verb_needs_its_of():
    assert [e for e in tag("The strike ended days ago.", A) if e.type == "DURATION"] == []
    assert [e for e in tag("Following years, he said, were hard.", A) if e.type == "DURATION"] == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("The force would publish updated figures quarterly and expected further falls.", ["P3M"]),
        ("It issues quarterly and annual reports.", []),
        ("It files quarterly and audited reports.", []),
    ],
)
def test_quarterly_before_another_verb_is_an_adverb(text, found):
    assert [e.value for e in tag(text, datetime.date(2005, 1, 14)) if e.type == "SET"] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("The journey takes two hours 15 minutes.", ["PT2H15M"]),
        ("He ran the mile in 3 minutes 20 seconds.", ["PT3M20S"]),
        ("It lasted two years three months.", ["P2Y", "P3M"]),
    ],
)
def test_a_clocks_parts_join_without_and(text, found):
    assert [e.value for e in tag(text, datetime.date(2007, 11, 14))] == found
