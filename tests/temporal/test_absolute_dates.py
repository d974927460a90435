"""Absolute dates in the forms news writes them; they need no anchor beyond a missing year."""

import datetime

import pytest

from timeline.temporal import tag

from .conftest import value_of

A = datetime.date(2025, 3, 13)


@pytest.mark.parametrize(
    "text,phrase,value,granularity,mod",
    [
        ("Russia invaded on Feb. 24, 2022.", "Feb. 24, 2022", "2022-02-24", "day", None),
        ("Russia invaded on 24 February 2022.", "24 February 2022", "2022-02-24", "day", None),
        ("Russia invaded on February 24 2022.", "February 24 2022", "2022-02-24", "day", None),
        ("It happened on 2024-03-05.", "2024-03-05", "2024-03-05", "day", None),
        ("It happened on 3/4/2024.", "3/4/2024", "2024-03-04", "day", None),
        ("In a statement dated 11.03.2025, the ministry said.", "11.03.2025", "2025-03-11", "day", None),
        ("The talks began March 11.", "March 11", "2025-03-11", "day", None),
        ("He left in 2014.", "2014", "2014", "year", None),
        ("Sales peaked in mid-2023.", "mid-2023", "2023", "year", "MID"),
        ("It opened in early 2025.", "early 2025", "2025", "year", "START"),
        ("The conflict began in February 2022.", "February 2022", "2022-02", "month", None),
        ("Growth was slow in the 1990s.", "the 1990s", "199", "decade", None),
        ("Revenue rose in fiscal 1998.", "fiscal 1998", "1998", "year", None),
        ("Troops withdrew by the end of March.", "the end of March", "2025-03", "month", "END"),
        ("It was built in the 19th century.", "the 19th century", "18", "century", None),
        ("Output fell in the first half of 2024.", "the first half of 2024", "2024-H1", "half", None),
    ],
)
def test_absolute_forms(text, phrase, value, granularity, mod):
    (e,) = tag(text, A)
    assert (e.text, e.value, e.granularity, e.mod) == (phrase, value, granularity, mod)
    assert e.type == "DATE"


@pytest.mark.parametrize("text", ["Version 1.2.2024.5 shipped.", "Version 1.2.2024 of the software is out."])
def test_a_version_number_with_dots_is_no_date(text):
    assert tag(text, A) == []


def test_quarter_takes_the_anchor_year():
    (e,) = tag("Profit fell in the fourth quarter.", datetime.date(1998, 11, 2))
    assert (e.text, e.value, e.granularity) == ("the fourth quarter", "1998-Q4", "quarter")
    assert (e.first_day, e.last_day) == (datetime.date(1998, 10, 1), datetime.date(1998, 12, 31))


def test_interval_of_a_month():
    (e,) = tag("It started in February 2024.", A)
    assert (e.first_day, e.last_day) == (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))


def test_absolute_dates_need_no_reference():
    (e,) = tag("Russia invaded on Feb. 24, 2022.", A)
    assert e.resolved_against == "absolute" and e.reference is None
    assert e.explain() == "'Feb. 24, 2022' -> 2022-02-24"


def test_weekday_with_full_date_is_one_expression():
    (e,) = tag("The vote is on Friday, March 14, 2025.", A)
    assert (e.text, e.value) == ("Friday, March 14, 2025", "2025-03-14")


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A reported quarter is named by the date it ended; that date does not become the
        # subject of what follows, the quarter does.
        ("Net rose in the quarter ended Sept. 30. A year earlier it fell.", datetime.date(1989, 10, 26),
         ["1989-Q3", "1989-09-30", "1988-Q3"]),
        ("Sales rose in the quarter ended July 31.", datetime.date(1989, 10, 30), ["1989-Q2", "1989-07-31"]),
        ("Its fourth quarter ended Sept. 30 was weak.", datetime.date(1989, 11, 2), ["1989-Q4", "1989-09-30"]),
        ("For the 12 months ended Jan. 31, sales rose.", datetime.date(1989, 10, 31), ["1989-01-31"]),
        # "the 1988 period": the quarter under discussion, in that year.
        ("Profit rose in the third quarter, against a loss in the 1988 period.", datetime.date(1989, 11, 1),
         ["1989-Q3", "1988-Q3"]),
    ],
)
def test_reported_periods(text, anchor, values):
    assert [e.value for e in tag(text, anchor) if e.type == "DATE"] == values


@pytest.mark.parametrize(
    "text,value",
    [
        ("The bomb went off in nineteen ninety-six.", "1996"),
        ("Plans for the year two thousand were drawn up.", "2000"),
        ("Nineteen seventy-nine brought a revolution.", "1979"),
    ],
)
def test_spoken_years(text, value):
    (e,) = tag(text, A)
    assert (e.type, e.value) == ("DATE", value)


def test_two_thousand_alone_is_a_count():
    assert tag("Some two thousand people marched.", A) == []


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # A month or season named before a spelled-out year.
        ("In January nineteen ninety-seven a clinic was bombed.", datetime.date(1998, 2, 27), "1997-01"),
        ("Prices fell to the level we saw in the winter of nineteen ninety-four.", datetime.date(1998, 2, 23), "1994-WI"),
        # "the week of March 6" is the week holding that day.
        ("The dispute may be settled at a hearing the week of March 6.", datetime.date(2000, 2, 24), "2000-W10"),
        ("Trading resumed the week of Oct. 16, 1989.", datetime.date(1989, 11, 2), "1989-W42"),
        # "last Oct. 23": the latest such day before the anchor, whatever the tense.
        ("The doctor was shot last Oct. 23 at his home.", datetime.date(1999, 4, 19), "1998-10-23"),
        ("The vote comes next May 5.", datetime.date(1999, 4, 19), "1999-05-05"),
    ],
)
def test_named_periods_with_spelled_years_and_weeks(text, anchor, value):
    (e,) = tag(text, anchor)
    assert (e.type, e.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # Holidays: the day in the year the tense points to, or the one "last"/"next" names.
        ("The boy was found at sea on Thanksgiving Day.", datetime.date(2000, 1, 7), "1999-11-25"),
        ("He was found in the Atlantic last Thanksgiving.", datetime.date(2000, 2, 10), "1999-11-25"),
        ("They will be home for Christmas.", datetime.date(1998, 10, 26), "1998-12-25"),
        ("He fled on Christmas Eve 1989.", datetime.date(1998, 10, 26), "1989-12-24"),
        ("The campaign runs from here to Election Day.", datetime.date(1998, 10, 26), "1998-11-03"),
        ("Crowds gathered as Easter week began.", datetime.date(2000, 4, 17), "2000-W16"),
        ("Shops closed on Good Friday.", datetime.date(2024, 4, 10), "2024-03-29"),
        # Told in the past, a holiday is the last one, even a few weeks before the next.
        ("Families gathered on Thanksgiving.", datetime.date(2025, 9, 13), "2024-11-28"),
        ("Families gathered on Thanksgiving.", datetime.date(2025, 11, 10), "2024-11-28"),
        ("Shoppers spent heavily over Thanksgiving.", datetime.date(2025, 9, 13), "2024-11-28"),
        # Unless it is days away, or what was done was for the next one, or ahead of it.
        ("Stores were crowded before Christmas.", datetime.date(2025, 12, 20), "2025-12-25"),
        ("Airlines added flights for Thanksgiving.", datetime.date(2025, 11, 10), "2025-11-27"),
        ("Hotels were fully booked for Christmas, the tourism board said.", datetime.date(2024, 12, 1), "2024-12-25"),
        ("Retailers said they had hired extra staff ahead of Christmas.", datetime.date(2024, 11, 5), "2024-12-25"),
        # The war's own days, and whose Independence Day it is.
        ("Russia held a Victory Day parade in Red Square.", datetime.date(2025, 5, 10), "2025-05-09"),
        ("Putin will host leaders on Victory Day.", datetime.date(2025, 4, 20), "2025-05-09"),
        ("Strikes continued on Orthodox Christmas.", datetime.date(2025, 1, 8), "2025-01-07"),
        ("Russia Day celebrations were muted.", datetime.date(2025, 6, 13), "2025-06-12"),
        ("Zelensky spoke on Ukraine's Independence Day.", datetime.date(2025, 8, 25), "2025-08-24"),
        ("Fireworks lit the sky on Independence Day.", datetime.date(2025, 7, 5), "2025-07-04"),
        ("Ukraine marked its 34th Independence Day under fire.", datetime.date(2025, 8, 25), "2025-08-24"),
        ("Kyiv celebrated Independence Day with a parade of captured tanks.", datetime.date(2025, 8, 25), "2025-08-24"),
        ("Ukrainians celebrated Independence Day.", datetime.date(2025, 8, 25), "2025-08-24"),
        ("Zelensky congratulated Americans on Independence Day.", datetime.date(2025, 7, 5), "2025-07-04"),
        # A sentence that names no country of the table takes one its paragraph, or the one
        # before, names.
        ("Ukraine braced for attacks.\nRussia shelled Kharkiv on Independence Day.", datetime.date(2025, 8, 25), "2025-08-24"),
        ("Kyiv sent aid. The U.S. embassy closed early.\nCrowds watched fireworks on Independence Day.", datetime.date(2025, 7, 5), "2025-07-04"),
        ("Ukraine braced for attacks. Crowds gathered. Russia shelled Kharkiv on Independence Day.", datetime.date(2025, 8, 25), "2025-08-24"),
        # A holiday in a sentence that opens with its year.
        ("In 2019, sales peaked at Christmas.", datetime.date(2025, 3, 1), "2019-12-25"),
        # Unless the tense looks elsewhere than that year.
        ("In 2021, the couple moved to Spain, and they are coming home for Christmas.", datetime.date(2024, 12, 10), "2024-12-25"),
        # A holiday with its year after it, relative or written.
        ("He shot his girlfriend on Valentine's Day last year.", datetime.date(2014, 9, 12), "2013-02-14"),
        ("The summit is planned for Easter next year.", datetime.date(2025, 5, 2), "2026-04-05"),
        # Year-end is the last day of the year; "since year-end" the one before.
        ("The deal should close by year-end.", datetime.date(1989, 11, 2), "1989-12-31"),
        ("The index has risen 20% since year-end.", datetime.date(1989, 10, 30), "1988-12-31"),
        # "the latest period" is the quarter the results report.
        ("Profit rose in the third quarter. Sales in the latest period were flat.", datetime.date(1989, 11, 2), "1989-Q3"),
    ],
)
def test_holidays_and_year_end(text, anchor, value):
    assert [e.value for e in tag(text, anchor) if e.type == "DATE"][-1] == value


def test_names_with_holidays_are_not_dates():
    assert tag("The Christmas Island resort reopened.", A) == []


def test_another_countrys_independence_day_is_not_the_fourth_of_july():
    assert tag("Israel's Independence Day was marked quietly.", A) == []


@pytest.mark.parametrize("headline", ["Ukraine Strikes Russia Day After Ceasefire Talks", "Drones Strike Russia Day Ahead Of Talks"])
def test_a_headlines_russia_day_after_is_no_holiday(headline):
    assert tag(headline, A) == []


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A month, day or quarter placed in last, this or next year is one expression.
        ("In July last year, the prime minister staged a coup.", datetime.date(1998, 2, 19), "July last year", "1997-07"),
        ("The house approved it in early October this year.", datetime.date(1998, 12, 3), "early October this year", "1998-10"),
        ("He was arrested on June 5 last year.", datetime.date(1998, 2, 19), "June 5 last year", "1997-06-05"),
        ("Net sales for this year's third quarter were $14 million.", datetime.date(1989, 11, 1), "this year's third quarter", "1989-Q3"),
        ("It could be effective as early as next year's first quarter.", datetime.date(1989, 10, 31), "next year's first quarter", "1990-Q1"),
        ("In the year-ago third quarter it earned $22.5 million.", datetime.date(1989, 10, 30), "the year-ago third quarter", "1988-Q3"),
    ],
)
def test_periods_placed_in_a_relative_year(text, anchor, phrase, value):
    (e,) = tag(text, anchor)
    assert (e.text, e.value) == (phrase, value)


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        ("It expects lower earnings for the last half of 1989.", datetime.date(1989, 10, 26), "the last half of 1989", "1989-H2"),
        ("Sales should recover in the first two quarters of 1990.", datetime.date(1989, 10, 26), "the first two quarters of 1990", "1990-H1"),
        # "the full year" in a results story is the year reported, not one forecast in passing.
        ("It expects a profit by 1992. It forecast an increase for the full year.", datetime.date(1989, 10, 30), "the full year", "1989"),
    ],
)
def test_halves_and_the_full_year(text, anchor, phrase, value):
    e = [e for e in tag(text, anchor) if e.text == phrase]
    assert e and e[0].value == value


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("She is a 20th century democrat.", "20th century", "19"),
        ("Angkor Wat, the fabled 11th century temple.", "11th century", "10"),
        ("A 21st-century economy needs new rules.", "21st-century", "20"),
    ],
)
def test_centuries_without_an_article(text, phrase, value):
    (e,) = tag(text, datetime.date(1998, 3, 3))
    assert (e.text, e.type, e.value) == (phrase, "DATE", value)


@pytest.mark.parametrize(
    "text,values",
    [
        ("The fair runs on June 14 and 15.", ["2025-06-14", "2025-06-15"]),
        ("Hearings were held from Feb. 3 to 6, the court said.", ["2025-02-03", "2025-02-06"]),
        ("The envoys meet May 8 and 9 in Geneva.", ["2025-05-08", "2025-05-09"]),
    ],
)
def test_a_day_number_coordinated_with_a_date_shares_its_month(text, values):
    assert [e.value for e in tag(text, A)] == values


@pytest.mark.parametrize(
    "text",
    ["On March 3 and 25 people died.", "On March 30 and 2 others, the court sat.", "Scores rose from 12 to 15."],
)
def test_a_number_after_a_date_that_counts_something_is_no_day(text):
    assert all(e.rule != "coordinated-day" for e in tag(text, A))


@pytest.mark.parametrize("text,value", [("The post-1959 exodus split families.", "1959"), ("Output is back to pre-2008 levels.", "2008")])
def test_a_year_after_pre_or_post(text, value):
    (e,) = tag(text, A)
    assert (e.text, e.value) == (value, value)


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A period still "ending" on a date may end after the anchor: the nearest such date.
        ("The company cut its forecast for the year ending June 30.", datetime.date(2025, 3, 13), ["P1Y", "2025-06-30"]),
        ("Net should rise in the quarter ending Sept. 30.", datetime.date(2025, 8, 1), ["2025-Q3", "2025-09-30"]),
        ("Toyota raised its forecast for the fiscal year ending in March.", datetime.date(2025, 11, 5), ["P1Y", "2026-03"]),
        ("Profit for the fiscal year ending in March rose 5%.", datetime.date(2025, 5, 9), ["P1Y", "2025-03"]),
        # One that "ended" on it is behind.
        ("Net rose in the quarter ended Sept. 30.", datetime.date(2025, 8, 1), ["2024-Q3", "2024-09-30"]),
    ],
)
def test_a_period_ending_or_ended_on_a_date(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,values",
    [
        ("The tournament runs from June 11 to July 19, 2026.", ["2026-06-11", "2026-07-19"]),
        ("The festival ran Dec. 20 to Jan. 5, 2024.", ["2023-12-20", "2024-01-05"]),
        ("The fair is on June 14 and 15, 2026.", ["2026-06-14", "2026-06-15"]),
    ],
)
def test_a_day_without_a_year_takes_the_year_closing_its_range(text, values):
    assert [e.value for e in tag(text, A)] == values


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        ("Earnings in H1 2025 beat forecasts.", A, "H1 2025", "2025-H1"),
        ("First-half profit doubled.", datetime.date(2025, 7, 24), "First-half", "2025-H1"),
        ("Second-half sales fell.", datetime.date(2025, 7, 24), "Second-half", "2024-H2"),
        ("The firm expects second-half sales to rise.", datetime.date(2025, 7, 24), "second-half", "2025-H2"),
    ],
)
def test_halves_of_the_year(text, anchor, phrase, value):
    (e,) = tag(text, anchor)
    assert (e.text, e.value, e.granularity) == (phrase, value, "half")


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A half without its year, in business copy: by tense, the anchor's year or the one before.
        ("The company expects sales to rise in the second half.", A, [("the second half", "2025-H2")]),
        ("Apple's H1 revenue rose 4%.", A, [("H1", "2024-H1")]),
        ("Profit rose 8% in the first half.", datetime.date(2025, 8, 2), [("the first half", "2025-H1")]),
        ("Sales rose 5% in the first half, and the company expects growth in H2.", A,
         [("the first half", "2024-H1"), ("H2", "2025-H2")]),
        # The year its sentence opens with or names before it.
        ("In 2019, profits fell in the first half but recovered in the second half.", A,
         [("2019", "2019"), ("the first half", "2019-H1"), ("the second half", "2019-H2")]),
        ("Sales in 2023 rose 5%, mostly in the second half.", A, [("2023", "2023"), ("the second half", "2023-H2")]),
        ("The bank cut its growth forecast for the second half.", datetime.date(2025, 6, 17), [("the second half", "2025-H2")]),
        ("Deliveries fell, and the company pushed back the launch of a cheaper model to the second half.", datetime.date(2026, 4, 23),
         [("the second half", "2026-H2")]),
        ("Apple pushed back the launch of a cheaper model to the first half, citing weak sales.", datetime.date(2024, 9, 10),
         [("the first half", "2025-H1")]),
        ("Revenue in H2 is expected to rebound.", datetime.date(2025, 8, 8), [("H2", "2025-H2")]),
        ("The company said sales in the second half would exceed those of the first half.", datetime.date(2021, 7, 28),
         [("the second half", "2021-H2"), ("the first half", "2021-H1")]),
        # "of the year" is the year under discussion, but not one named after "since": a
        # stretch up to now.
        ("Prices rose in 2022. Most of it came in the second half of the year.", A,
         [("2022", "2022"), ("the second half of the year", "2022-H2")]),
        ("Gains were the biggest since 2022. Most came in the second half of the year.", datetime.date(2024, 12, 31),
         [("2022", "2022"), ("the second half of the year", "2024-H2")]),
    ],
)
def test_a_half_without_its_year_is_of_the_year_under_discussion(text, anchor, values):
    assert [(e.text, e.value) for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text",
    [
        "He scored a first-half goal.",
        "Arsenal scored twice in the second half.",
        "The first half of the match was dull.",
        "H1-B visas were suspended.",
        "The H1N1 virus spread.",
        "The team's revenue rose, but the second half was a struggle.",
        "The Celtics shot 62% in the first half and led by 20.",
        "Arsenal enjoyed 70 percent possession in the second half.",
        "Stocks pared losses in the second half, with the Dow closing down 0.4%.",
        "Investors fled tech stocks in the second half as inflation fears returned.",
        "Biden struggled in the first half of the debate, stumbling over answers on the economy.",
        "Swedish startup H2 Green Steel secured $4 billion in investment.",
        "The H1 visa program drew 400,000 applications, up 12%.",
    ],
)
def test_a_half_of_a_match_is_no_date(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # "third-quarter" modifies "results": the article is the noun's, not the quarter's.
        ("Analysts expect the third-quarter results to be weak.", "third-quarter", "1989-Q3"),
        ("It reported the fiscal second-quarter loss.", "fiscal second-quarter", "1989-Q2"),
        # The quarter heading its phrase keeps the article.
        ("Sales rose in the third quarter.", "the third quarter", "1989-Q3"),
    ],
)
def test_a_hyphenated_quarter_before_a_noun_leaves_the_article_to_the_noun(text, phrase, value):
    (e,) = tag(text, datetime.date(1989, 10, 30))
    assert (e.text, e.value) == (phrase, value)


@pytest.mark.parametrize(
    "text,found",
    [
        # A range of days is its first day and its last, as "March 10 and 12" is.
        ("Talks were held March 10-12 in Jeddah.", [("March 10", "2025-03-10"), ("12", "2025-03-12")]),
        # A night that runs across two days is the night of the first.
        ("Drones struck on the night of March 13-14, the air force said.", [("the night of March 13-14", "2025-03-13TNI")]),
        ("Drones struck Kyiv on the night of 7 to 8 March.", [("the night of 7 to 8 March", "2025-03-07TNI")]),
        ("On the night of 28 February to 1 March, drones struck.", [("the night of 28 February to 1 March", "2025-02-28TNI")]),
        ("Drones struck in the night from Saturday to Sunday.", [("the night from Saturday to Sunday", "2025-03-08TNI")]),
        ("Fighting erupted in the night of Tuesday into Wednesday.", [("the night of Tuesday into Wednesday", "2025-03-11TNI")]),
        ("Talks will run through the night between Monday and Tuesday.",
         [("the night between Monday and Tuesday", "2025-03-17TNI")]),
        ("Drones struck on the night of March 9, the air force said.", [("March 9", "2025-03-09")]),
        ("The summit ran March 10 – 12.", [("March 10", "2025-03-10"), ("12", "2025-03-12")]),
        # The year after the range is the year of both days.
        ("Talks were held May 3-5, 2024 in Jeddah.", [("May 3", "2024-05-03"), ("5, 2024", "2024-05-05")]),
        # After a hyphen, whatever word follows.
        ("Leaders will gather in The Hague on June 24-25 for a summit.", [("June 24", "2025-06-24"), ("25", "2025-06-25")]),
        ("The March 18-19 meeting will decide.", [("March 18", "2025-03-18"), ("19", "2025-03-19")]),
        # A score, or numbers that count something, are no day.
        ("The vote on March 3 ended 3-1.", [("March 3", "2025-03-03")]),
        ("On March 12, Real won 3-1 at home.", [("March 12", "2025-03-12")]),
        ("On March 3, 5-10 people were hurt.", [("March 3", "2025-03-03")]),
        ("Prices rose on March 3 by 5-10 percent.", [("March 3", "2025-03-03")]),
    ],
)
def test_a_range_of_days_in_a_month(text, found):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2025, 3, 14))] == found


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        ("The Kremlin said the ceasefire would start on May 8 and last until the 10th.", datetime.date(2025, 5, 5), "the 10th", "2025-05-10"),
        ("Talks ran from May 28 until the 3rd.", datetime.date(2025, 6, 10), "the 3rd", "2025-06-03"),
        # With no month in the text: the publication's, or the one before for a day yet to come.
        ("Ukraine marked the day on the 24th, officials said.", datetime.date(2025, 2, 26), "the 24th", "2025-02-24"),
        ("The offensive began on the 24th.", datetime.date(2025, 2, 20), "the 24th", "2025-01-24"),
        # A preposition may follow it, and "for" come before it.
        ("Kellogg visited Kyiv in February. He returned on the 20th for talks.", datetime.date(2025, 3, 13), "the 20th", "2025-02-20"),
        ("The next meeting is scheduled for the 26th.", datetime.date(2025, 3, 13), "the 26th", "2025-03-26"),
        ("Talks are set for the 18th in Geneva.", datetime.date(2025, 3, 13), "the 18th", "2025-03-18"),
        ("They met on the 11th and again on the 12th.", datetime.date(2025, 3, 13), "the 11th", "2025-03-11"),
        ("The index rose on the 4th and fell on the 5th.", datetime.date(2025, 3, 13), "the 4th", "2025-03-04"),
    ],
)
def test_a_day_of_the_month_by_its_number_alone(text, anchor, phrase, value):
    (e,) = [e for e in tag(text, anchor) if e.text == phrase]
    assert e.value == value


@pytest.mark.parametrize(
    "text",
    ["It was the 10th anniversary of the war.", "The case went to the 11th Circuit.", "He came for the 3rd time.",
     "Prices rose for the 2nd in a row.", "Fire broke out on the 5th and 6th floors.", "He won for the 3rd and final time.",
     "The team moved up to the 2nd with a win.", "He moved from the 5th to the 6th floor.",
     "Troops from the 3rd through the 5th battalions retreated.", "The case went to the 5th and then to the 9th Circuit."],
)
def test_an_ordinal_before_a_word_is_no_day(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("On March 12, 18 people died in the attack.", "March 12", "2025-03-12"),
        ("On Feb. 3, 40 drones were launched.", "Feb. 3", "2025-02-03"),
        ("March 12\n18:42 Putin has visited a command post.", "March 12", "2025-03-12"),
    ],
)
def test_a_month_and_day_before_a_count_or_a_new_line_is_still_a_day(text, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, A)]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # A live blog's heading: the day, a comma, the clock time on it.
        ("Saturday, March 15, 10:45 a.m. — Sirens have fallen silent in Kyiv.", "10:45 a.m.", "2025-03-15T10:45"),
        ("Updated: March 12, 18:05 Kyiv time.", "March 12", "2025-03-12"),
        ("Updated: March 12, 18:05 Kyiv time.", "18:05 Kyiv time", "2025-03-12T18:05"),
    ],
)
def test_a_month_and_day_before_a_clock_time_is_a_day(text, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, A)]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Between 1 and 7 March, 40 attacks were recorded.", [("1", "2025-03-01"), ("7 March", "2025-03-07")]),
        ("From 3 to 5 March talks were held.", [("3", "2025-03-03"), ("5 March", "2025-03-05")]),
        ("Talks were held on 3–5 March in Geneva.", [("3", "2025-03-03"), ("5 March", "2025-03-05")]),
        ("It ran 10-15 March 2024.", [("10", "2024-03-10"), ("15 March 2024", "2024-03-15")]),
        # "and" alone opens no range; nor does a score.
        ("He got 3 and 7 March wrong.", [("7 March", "2025-03-07")]),
        ("The score was 2-1 on 5 March.", [("5 March", "2025-03-05")]),
    ],
)
def test_the_first_day_of_a_range_before_the_month(text, found):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2025, 3, 14))] == found



@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The strike happened on or around 15 August last year.", "15 August last year", "2024-08-15"),
        ("The deal expires on 7 February next year.", "7 February next year", "2026-02-07"),
    ],
)
def test_a_day_before_its_month_then_last_or_next_year(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Sales fell in the October-December period.", "the October-December period", "2024-Q4"),
        ("Sales fell in the October-December period of 2023.", "the October-December period of 2023", "2023-Q4"),
        ("GDP will grow in the July-September quarter.", "the July-September quarter", "2025-Q3"),
    ],
)
def test_a_quarter_named_by_its_months(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


def test_the_second_day_of_a_pair_before_that():
    found = tag("ISW said Russian forces claimed on March 12 and 13 that they advanced.", A)
    assert [(e.text, e.value) for e in found] == [("March 12", "2025-03-12"), ("13", "2025-03-13")]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("As of 2025-02-28T18:00 UTC, 40 people had died.", "2025-02-28T18:00", "2025-02-28T18:00"),
        ("The file was updated 2025-02-28T18:00:00Z.", "2025-02-28T18:00:00Z", "2025-02-28T18:00"),
        ("Stamped 2025-02-28T06:30:00+03:00 by the server.", "2025-02-28T06:30:00+03:00", "2025-02-28T06:30"),
    ],
)
def test_an_iso_date_with_its_time_of_day_is_a_time(text, phrase, value):
    assert [(e.text, e.type, e.value) for e in tag(text, A)] == [(phrase, "TIME", value)]


def test_an_iso_date_time_joins_no_day_after_it():
    found = tag("Sensors recorded the quake at 2025-02-28T18:00Z on Friday.", A)
    assert [(e.text, e.value) for e in found][0] == ("2025-02-28T18:00Z", "2025-02-28T18:00")


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # Results are of a quarter that has begun: told in January, last year's fourth.
        ("Netflix will report fourth-quarter results after the bell on Thursday.", datetime.date(2022, 1, 19),
         "fourth-quarter", "2021-Q4"),
        ("The company expects growth to resume in the fourth quarter.", datetime.date(2022, 1, 19),
         "the fourth quarter", "2022-Q4"),
        ("Samsung will release preliminary fourth-quarter earnings on Friday.", datetime.date(2022, 1, 4),
         "fourth-quarter", "2021-Q4"),
        # ... but long after it ended, a forecast is of the coming one.
        ("The company expects fourth-quarter revenue of $2 billion.", datetime.date(2025, 8, 10),
         "fourth-quarter", "2025-Q4"),
        ("Samsung estimated its October-December operating profit fell 29%.", datetime.date(2019, 1, 8),
         "October-December", "2018-Q4"),
        ("Its April-June profit will be released in the summer.", datetime.date(2025, 3, 14), "April-June", "2025-Q2"),
        ("The Fed now projects fourth-quarter GDP growth of 1.7%.", datetime.date(2025, 3, 19), "fourth-quarter", "2025-Q4"),
        ("Fourth-quarter results will be published in February next year.", datetime.date(2025, 3, 14),
         "Fourth-quarter", "2025-Q4"),
        # "the quarter" ahead is the one under way; behind, the last one completed.
        ("The policy will be reviewed at the end of the quarter.", datetime.date(2025, 3, 14),
         "the end of the quarter", "2025-Q1"),
        ("The company said sales fell in the quarter.", datetime.date(2025, 3, 14), "the quarter", "2024-Q4"),
        ("The company will report results for the quarter on April 24.", datetime.date(2025, 4, 10),
         "the quarter", "2025-Q1"),
        ("Funds will disclose holdings as of the end of the quarter.", datetime.date(2025, 4, 1),
         "the end of the quarter", "2025-Q1"),
        # A quarter long gone by is next year's in a sentence that looks ahead...
        ("The cuts will be completed by the end of the first quarter.", datetime.date(2023, 12, 29),
         "the end of the first quarter", "2024-Q1"),
        # ... but not one whose results are still to come, or that is itself spoken of.
        ("The company expects to report a third-quarter net loss.", datetime.date(1989, 11, 2), "third-quarter", "1989-Q3"),
        ("The company will restate its first-quarter results.", datetime.date(2025, 8, 20), "first-quarter", "2025-Q1"),
        ("Sales will fall short of the first quarter's record.", datetime.date(2023, 12, 29), "the first quarter", "2023-Q1"),
        ("The economy is expected to grow faster than in the first quarter.", datetime.date(2025, 9, 10),
         "the first quarter", "2025-Q1"),
    ],
)
def test_which_quarter(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("President Trump is expected to sign it into law on Friday, the Fourth of July.", "the Fourth of July", "2025-07-04"),
        ("The July Fourth parade will go ahead.", "July Fourth", "2025-07-04"),
        ("July Fourth, 1976, marked the bicentennial.", "July Fourth, 1976", "1976-07-04"),
    ],
)
def test_the_fourth_of_july(text, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, datetime.date(2025, 7, 3))]


@pytest.mark.parametrize(
    "text,found",
    [
        # Months of no calendar quarter before figures stay months.
        ("The retailer said January-February sales rose 3%.", [("February", "2025-02")]),
    ],
)
def test_months_of_no_quarter_before_figures(text, found):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2025, 3, 14))] == found


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        ("The Tour ends in Paris on the last Sunday of July.", datetime.date(2014, 6, 27), "the last Sunday of July", "2014-07-27"),
        ("Elections fall on the first Tuesday in November 2026.", A, "the first Tuesday in November 2026", "2026-11-03"),
        ("Parliament met on the second Monday of February.", A, "the second Monday of February", "2025-02-10"),
    ],
)
def test_a_weekday_counted_in_a_month(text, anchor, phrase, value):
    found = tag(text, anchor)
    assert [(e.text, e.value, e.granularity) for e in found] == [(phrase, value, "day")]


def test_a_fifth_weekday_a_month_lacks_is_no_date():
    assert tag("They met on the fifth Friday of February 2025.", A) == []


def test_a_holiday_takes_the_year_written_just_after_it():
    found = tag("The last truce was announced for Orthodox Christmas in January 2023.", datetime.date(2025, 4, 19))
    assert [(e.text, e.value) for e in found] == [("Orthodox Christmas", "2023-01-07"), ("January 2023", "2023-01")]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        ("The first Monday in March of 2025 was the coldest day.", datetime.date(2026, 7, 27), "The first Monday in March of 2025", "2025-03-03"),
        ("The race was held on the last Sunday of July last year.", datetime.date(2026, 7, 27), "the last Sunday of July last year", "2025-07-27"),
        ("It fell on the last Sunday of July in 2025.", datetime.date(2026, 7, 27), "the last Sunday of July in 2025", "2025-07-27"),
    ],
)
def test_a_weekday_counted_in_a_month_keeps_the_year_after_it(text, anchor, phrase, value):
    assert [(e.text, e.value) for e in tag(text, anchor)] == [(phrase, value)]


@pytest.mark.parametrize(
    "text,value",
    [
        # A longer holiday name stays whole before a word that is no thing named after it.
        ("New Year's Eve lights drew crowds.", "2026-12-31"),
        ("The Christmas Eve carol service was packed.", "2026-12-24"),
    ],
)
def test_a_holiday_before_a_noun_keeps_its_whole_name(text, value):
    assert [e.value for e in tag(text, datetime.date(2026, 12, 10))] == [value]


def test_a_month_after_a_holiday_that_is_not_its_month_gives_it_no_year():
    # The U.S. Thanksgiving of 2025 is in November: "in October 2025" is another country's.
    found = tag("Canadians celebrated Thanksgiving in October 2025.", datetime.date(2027, 6, 10))
    assert [(e.text, e.value, e.rule) for e in found] == [
        ("Thanksgiving", "2026-11-26", "holiday-past"), ("October 2025", "2025-10", "month-year")]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A quarter named by the month that closes it.
        ("Tata Motors posted a profit for the March quarter.", datetime.date(2024, 5, 10), "the March quarter", "2024-Q1"),
        # A game's words do not make a results story's quarter a game's.
        ("Nike scored big gains in the third quarter, with sales up 5%.", datetime.date(2024, 3, 12), "the third quarter", "2023-Q3"),
        ("The NFL fined three teams in the first quarter of 2024.", datetime.date(2024, 3, 12), "the first quarter of 2024", "2024-Q1"),
        ("Sony expects sales to rise in the March quarter.", datetime.date(2024, 11, 10), "the March quarter", "2025-Q1"),
        # The first or last day of a year or a month.
        ("Markets closed early on the last day of 2024.", datetime.date(2025, 1, 2), "the last day of 2024", "2024-12-31"),
        ("The law takes effect on the first day of March.", datetime.date(2024, 11, 10), "the first day of March", "2025-03-01"),
        ("Fireworks marked the final day of the year.", datetime.date(2024, 12, 31), "the final day of the year", "2024-12-31"),
        # "end-" as a modifier.
        ("The company aims to cut debt by end-2027.", datetime.date(2024, 11, 10), "end-2027", "2027"),
    ],
)
def test_quarters_by_month_edge_days_and_end_of(text, anchor, phrase, value):
    assert [(e.text, e.value) for e in tag(text, anchor)] == [(phrase, value)]


@pytest.mark.parametrize(
    "text",
    [
        "It was the last day of the strike.",
        "Rent is due on the first day of each month.",
        "It was the final day of the Year of the Rabbit.",
    ],
)
def test_the_last_day_of_something_else_is_no_date(text):
    assert [e for e in tag(text, A) if e.rule.startswith("edge-day")] == []


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # Told in the past, the last such day gone by; ahead, the next.
        ("The ceasefire collapsed on the last day of the year.", datetime.date(2024, 1, 10), "the last day of the year", "2023-12-31"),
        ("Sales slumped on the last day of the month.", datetime.date(2024, 3, 13), "the last day of the month", "2024-02-29"),
        ("The rules will take effect on the first day of the month.", datetime.date(2024, 6, 7), "the first day of the month", "2024-07-01"),
        ("The shop closed on the last day of March.", datetime.date(2024, 3, 13), "the last day of March", "2023-03-31"),
        # In the year the sentence opens with, or the one just named.
        ("In 2019, the shop closed on the last day of March.", datetime.date(2024, 3, 13), "the last day of March", "2019-03-31"),
        ("Kennedy was killed in 1963. On the last day of the year, the nation mourned.", datetime.date(2024, 3, 13),
         "the last day of the year", "1963-12-31"),
        # A month's quarter takes the year given with it or opening its sentence.
        ("In 2022, the company lost money in the March quarter.", datetime.date(2024, 3, 13), "the March quarter", "2022-Q1"),
        ("He was sacked in the March quarter of 2023.", datetime.date(2024, 3, 13), "the March quarter of 2023", "2023-Q1"),
        ("In the September quarter last year, sales slumped.", datetime.date(2024, 10, 21), "the September quarter last year", "2023-Q3"),
    ],
)
def test_edge_days_and_month_quarters_in_their_year(text, anchor, phrase, value):
    e = [e for e in tag(text, anchor) if e.text == phrase]
    assert [x.value for x in e] == [value]


def test_a_quarter_final_is_no_quarter():
    assert [e.value for e in tag("France face England in the June quarter final.", datetime.date(2024, 3, 13))] == ["2024-06"]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # Days of other countries' news with a fixed date.
        ("Veterans will march on Anzac Day.", datetime.date(2015, 4, 24), "Anzac Day", "2015-04-25"),
        ("Canada Day celebrations were cancelled.", datetime.date(2017, 7, 5), "Canada Day", "2017-07-01"),
        ("Waitangi Day events will be held at the treaty grounds.", datetime.date(2026, 1, 27), "Waitangi Day", "2026-02-06"),
        ("Paris marked Bastille Day with a parade.", datetime.date(2019, 7, 15), "Bastille Day", "2019-07-14"),
        ("Dublin's St. Patrick's Day parade drew 500,000 people.", datetime.date(2015, 3, 18),
         "St. Patrick's Day", "2015-03-17"),
        ("Canadian Thanksgiving falls on Monday, Oct. 13.", datetime.date(2025, 9, 13), "Thanksgiving", "2025-10-13"),
        ("Families gathered on Canadian Thanksgiving.", datetime.date(2025, 9, 13), "Thanksgiving", "2024-10-14"),
        ("Canada's Thanksgiving weekend was busy on the roads.", datetime.date(2025, 10, 20), "Thanksgiving", "2025-10-13"),
    ],
)
def test_holidays_of_other_countries(text, anchor, phrase, value):
    assert [e.value for e in tag(text, anchor) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # "spring" and "fall" without "the" are the season after a preposition of time.
        ("Beijing plans to host a summit with Pacific leaders in spring, an official said.", datetime.date(2024, 1, 22), "2024-SP"),
        ("Classes resume in fall when the campus reopens.", datetime.date(2024, 1, 22), "2024-FA"),
        ("The trial of those accused in her death opens in fall.", datetime.date(2024, 1, 22), "2024-FA"),
    ],
)
def test_a_bare_spring_or_fall_after_a_preposition_of_time(text, anchor, value):
    assert [(e.type, e.value) for e in tag(text, anchor)] == [("DATE", value)]


@pytest.mark.parametrize(
    "text,value",
    [
        # A two-digit year is the latest ending so, up to a decade ahead.
        ("Bryan Adams closed the set with Summer of '69.", "1969"),
        ("She graduated in the class of '98.", "1998"),
        ("The plant should open by '25.", "2025"),
        # Told in the past, it is no year ahead; and it closes a season's name.
        ("The crash of '29 wiped out his savings.", "1929"),
        ("The class of '29 starts school this fall.", ["2029", "2019-FA"]),
        ("The league said it had awarded the '28 Games to Los Angeles.", "2028"),
        ("He was born in '31.", "1931"),
        ("The 2024 Symphony Ball raised $1 million.", "2024"),
        ("Emissions fell to 5% less than 2019 levels.", "2019"),
        ("The Security Council's 2019 annual report was published.", "2019"),
        ("He still talks about the summer of '69.", "1969-SU"),
    ],
)
def test_a_two_digit_year_looks_back_more_than_ahead(text, value):
    assert [e.value for e in tag(text, datetime.date(2019, 7, 1))] == (value if isinstance(value, list) else [value])


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A holiday goes on in the year the story is told in, as a day does.
        ("On July 28, 1914, Austria-Hungary declared war on Serbia. The generals promised the boys would be "
         "home by Christmas.", datetime.date(2014, 7, 28), "Christmas", "1914-12-25"),
        ("On July 28, 1914, war began. At Christmas the soldiers sang carols in the trenches.",
         datetime.date(2014, 7, 28), "Christmas", "1914-12-25"),
        ("On July 28, 1914, war began. The museum will open an exhibition at Christmas.",
         datetime.date(2014, 7, 28), "Christmas", "2014-12-25"),
        ("In 1914, the generals promised the boys would be home by Christmas.", datetime.date(2014, 7, 28),
         "Christmas", "1914-12-25"),
        ("In 2019, the company said it would open a plant in March.", datetime.date(2021, 6, 1), "March", "2019-03"),
        ("In 2021, the couple moved to Spain, and they are coming home for Christmas.", datetime.date(2024, 12, 10),
         "Christmas", "2024-12-25"),
    ],
)
def test_a_holiday_and_what_would_come_in_the_year_the_story_tells(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value
