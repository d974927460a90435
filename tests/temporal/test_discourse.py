"""Expressions relative to the last date mentioned before them, not to the publication date."""

import datetime

import pytest

from timeline.temporal import tag

from .conftest import find

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


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        ("Russia fired missiles at Kyiv during the Monday morning rush hour, two days after an explosion "
         "damaged the Kerch bridge.", datetime.date(2022, 10, 10), "two days after", "2022-10-10"),
        ("Azerbaijan said on Wednesday it had halted its operation, a day after it began.",
         datetime.date(2023, 9, 20), "a day after", "2023-09-20"),
    ],
)
def test_an_offset_set_off_by_a_comma_places_its_sentences_dated_happening(text, anchor, phrase, value):
    (e,) = [e for e in tag(text, anchor) if e.text == phrase]
    assert (e.value, e.rule) == (value, "offset-after-main-clause")


@pytest.mark.parametrize(
    "text,value",
    [
        ("He was detained on March 3 and, two days after his arrest, charged with treason.", "2025-03-05"),
        ("Russia struck Kyiv on Monday, and Ukraine hit back at Belgorod, two days after the strike.", "2025-03-12"),
        ("Russia struck Kyiv on Monday, and the army hit back at Belgorod, two days after the strike.", "2025-03-12"),
    ],
)
def test_an_offset_after_another_clause_places_that_clause(text, value):
    (e,) = [e for e in tag(text, datetime.date(2025, 3, 13)) if e.text == "two days after"]
    assert (e.value, e.rule) == (value, "offset-after-clause")


def test_an_offset_before_it_or_that_and_a_verb_names_an_event_not_an_anaphor():
    text = "He died on Monday. A day after that attack, police came. Police left a day after that."
    after_attack, after_that = [e for e in tag(text, datetime.date(2023, 9, 20)) if e.text.lower() == "a day after"]
    assert (after_attack.rule, after_that.rule) == ("offset-after-clause", "offset-after")


@pytest.mark.parametrize(
    "text,value",
    [
        ("On Nov. 9, Russia ordered a withdrawal from Kherson. By the end of the week, Ukrainian flags flew over the city.",
         "2022-W45"),
        # Ahead of the story, "the end of the week" is the publication's week.
        ("Russia struck on Friday. Kyiv wants a truce by the end of the week.", "2022-W46"),
        # A day long ago may be one said in passing.
        ("The company was founded on June 1, 1998. Its shares fell 5% by the end of the week.", "2022-W46"),
    ],
)
def test_the_end_of_the_week_in_a_past_story_is_the_week_it_tells(text, value):
    assert [e.value for e in tag(text, datetime.date(2022, 11, 14)) if e.text == "the end of the week"] == [value]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Russian forces crossed the border on Sunday; Kyiv denied it the same evening.", "the same evening", "2025-03-09TEV"),
        ("He spoke on Monday. That same night, drones struck.", "That same night", "2025-03-10TNI"),
    ],
)
def test_the_same_evening_is_part_of_the_day_just_told(text, phrase, value):
    assert [e.value for e in tag(text, datetime.date(2025, 3, 13)) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Russia has occupied the plant since March 4, 2022, and inspectors have been there since September of that year.",
         "September of that year", "2022-09"),
        ("He left in 2019 and returned in May of the following year.", "May of the following year", "2020-05"),
    ],
)
def test_a_month_of_that_year_is_in_the_year_under_discussion(text, phrase, value):
    found = [(e.text, e.value) for e in tag(text, datetime.date(2024, 12, 31))]
    assert (phrase, value) in found and len(found) == 2


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        ("Russia invaded on Feb. 24, 2022. On March 16, a Russian strike destroyed the Mariupol drama theatre.",
         datetime.date(2025, 2, 24), "March 16", "2022-03-16"),
        # A timeline box goes on in its year, and into the next.
        ("Aug. 6, 2024 – Ukraine launched its incursion.\nAug. 15 – Kyiv said it had captured Sudzha.\n"
         "March 12 – Putin visited Kursk.", datetime.date(2025, 5, 21), "March 12", "2025-03-12"),
        # Not a day ahead, nor after another date has brought the story back.
        ("The war began on Feb. 24, 2022. Talks will resume on March 16.", datetime.date(2025, 2, 24), "March 16", "2025-03-16"),
        ("Russia invaded on Feb. 24, 2022. On Wednesday, Zelensky spoke. On March 16, it rained.",
         datetime.date(2025, 3, 20), "March 16", "2025-03-16"),
        # A timeline box's entries in the present tense tell of the past.
        ("Oct. 7, 2023 – Hamas-led militants attack southern Israel.\nOct. 27 – Israel launches its ground invasion of Gaza.",
         datetime.date(2024, 10, 7), "Oct. 27", "2023-10-27"),
        ("Jan. 19 – A ceasefire takes effect in Gaza.\nMarch 18 – Israel resumes strikes.", datetime.date(2025, 12, 31),
         "Jan. 19", "2025-01-19"),
        # Nor after a date that opens a stretch up to now.
        ("The station, closed since Sept. 11, 2001, reopened on Nov. 23.", datetime.date(2003, 12, 10),
         "Nov. 23", "2003-11-23"),
        # A month written with its year names a thing, not the story's time.
        ("It followed the August 1988 cease-fire. Iran condemned the invasion on Aug. 2.", datetime.date(1990, 8, 15),
         "Aug. 2", "1990-08-02"),
    ],
)
def test_a_day_without_its_year_goes_on_in_the_year_the_story_is_told_in(text, anchor, phrase, value):
    assert [e.value for e in tag(text, anchor) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,found",
    [
        # Years on from a month, a season or a day is a year; a year earlier in a results
        # story keeps the period it compares.
        ("She moved to Paris in February 1990. Four years later, she won.",
         [("February 1990", "1990-02"), ("Four years later", "1994")]),
        ("Armstrong walked on the moon on July 20, 1969. A decade later, he retired.",
         [("July 20, 1969", "1969-07-20"), ("A decade later", "1979")]),
        ("Profit rose in the third quarter of 1988. A year earlier it fell.",
         [("the third quarter of 1988", "1988-Q3"), ("A year earlier", "1987-Q3")]),
        # And the story moves to that year.
        ("He enlisted in 1942 and landed in Normandy two years later. That winter he fought in the Ardennes.",
         [("1942", "1942"), ("two years later", "1944"), ("That winter", "1944-WI")]),
    ],
)
def test_years_later_is_a_year_the_story_moves_to(text, found):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2010, 1, 1))] == found


def test_an_offset_does_not_move_the_reference():
    text = "Profit rose in the third quarter. A year earlier it fell. A year earlier still it rose."
    values = [e.value for e in tag(text, datetime.date(1989, 11, 1))]
    assert values == ["1989-Q3", "1988-Q3", "1988-Q3"]


def test_a_clause_offset_does_not_count_from_a_date_opened_by_since():
    text = ("He has been arrested in several states since 1990. His car was seen near the "
            "house in the weeks before the shooting.")
    since, before = tag(text, datetime.date(1999, 5, 6))
    assert (since.text, since.value) == ("1990", "1990")
    assert (before.rule, before.resolved_against) == ("offset-before-clause", "anchor")
    assert before.value.startswith("1999")


@pytest.mark.parametrize(
    "text,value",
    [
        ("Prices have doubled since March 3. Two days later, the bank acted.", "2025-03-05"),
        ("The border was closed since 2019. A year later it reopened.", "2020"),
    ],
)
def test_a_date_opened_by_since_still_anchors_later_and_earlier(text, value):
    assert tag(text, A)[-1].value == value


def test_without_a_previous_date_the_anchor_is_the_reference():
    (e,) = tag("Two days later, talks collapsed.", A)
    assert (e.value, e.resolved_against) == ("2025-03-15", "anchor")


def test_year_ago_results_compare_with_the_reported_period_not_a_year_in_passing():
    text = "The company had a loss in 1988. The year-ago results included a charge."
    values = [e.value for e in tag(text, datetime.date(1989, 11, 2))]
    assert values == ["1988", "1988"]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # After a noun or a clause, the phrase dates the main clause from the event named.
        ("The doctor was killed Oct. 23. Two men showed up at his house the day after his death.",
         datetime.date(1998, 11, 21), "the day after", "1998-10-24"),
        # In apposition to a date, it is another name for that date.
        ("He was last seen Nov. 3, the day before authorities issued a warrant.",
         datetime.date(1999, 5, 7), "the day before", "1998-11-03"),
        # A date opening the clause is the one to move.
        ("The day before last Tuesday's court hearing, the uncle visited.",
         datetime.date(2000, 2, 24), "The day before last Tuesday", "2000-02-21"),
        # "later that year" keeps to the year of the month just named.
        ("Castro spoke Friday. Munero fled in June 1998 and returned later that year.",
         datetime.date(2000, 1, 28), "later that year", "1998"),
    ],
)
def test_offsets_around_events_and_later_that_year(text, anchor, phrase, value):
    e = [e for e in tag(text, anchor) if e.text == phrase][0]
    assert e.value == value


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # Results for the year so far compare with the year before, not with its quarter.
        ("Profit rose in the third quarter. For the nine months, net rose to $18.9 million from "
         "a loss of $9.7 million a year earlier.", "a year earlier", "1988"),
        ("Profit rose in the third quarter. Sales rose from $5 million a year earlier.", "a year earlier", "1988-Q3"),
    ],
)
def test_year_to_date_results_compare_with_the_year_before(text, phrase, value):
    e = [e for e in tag(text, datetime.date(1989, 10, 26)) if e.text == phrase][0]
    assert e.value == value


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # A quarter named in passing or forecast does not replace the quarter being reported.
        ("Profit rose 20% in the third quarter. After a flat second quarter, sales picked up. "
         "Costs were lower than in the year-earlier period.", "the year-earlier period", "1988-Q3"),
        ("Profit rose 20% in the third quarter. After a flat second quarter, sales picked up. "
         "In the 1989 period, taxes were lower.", "the 1989 period", "1989-Q3"),
        ("Net fell in the third quarter. Losses may last through the third quarter of 1990. "
         "In the year-ago period, it earned $101 million.", "the year-ago period", "1988-Q3"),
    ],
)
def test_year_ago_comparisons_keep_to_the_reported_quarter(text, phrase, value):
    e = [e for e in tag(text, datetime.date(1989, 11, 1)) if e.text == phrase][0]
    assert e.value == value


@pytest.mark.parametrize(
    "comparison,phrase",
    [
        ("That compares with $3 million for the corresponding period last year.", "the corresponding period last year"),
        ("Exports in last year's quarter were $2 million.", "last year's quarter"),
        ("For the quarter a year ago, it posted a loss.", "the quarter a year ago"),
        ("Sales matched the same period a year earlier.", "the same period a year earlier"),
    ],
)
def test_a_results_story_compares_with_its_quarter_a_year_back(comparison, phrase):
    text = "The toy maker earned $5 million in the second quarter. " + comparison
    e = tag(text, datetime.date(2024, 7, 25))[-1]
    assert (e.text, e.value, e.granularity, e.resolved_against) == (phrase, "2023-Q2", "quarter", "discourse")


def test_the_same_period_last_year_without_a_quarter_is_last_year():
    e = tag("Visitor numbers fell from the same period last year.", A)[-1]
    assert (e.text, e.value) == ("last year", "2024")


def test_the_nine_months_of_a_results_story_are_of_its_quarter_year():
    # A year-ago figure in between does not make "the nine months" those of the year before.
    text = ("Net fell in the third quarter, largely because of a charge for job cuts by year end. "
            "Plant output fell 8.4% from a year ago, a spokesman said. In the nine months, net fell "
            "6.6%. The finance unit blamed higher costs compared with a year earlier.")
    e = tag(text, datetime.date(2024, 10, 25))[-1]
    assert (e.text, e.value) == ("a year earlier", "2023")


def test_the_quarter_ended_a_date_is_the_fiscal_quarter_just_named():
    text = ("The software maker earned $3 million in its fiscal second quarter. Revenue for the "
            "quarter ended Sept. 30 rose 12%. Margins widened in the quarter.")
    values = [(e.text, e.value) for e in tag(text, datetime.date(2024, 10, 24))]
    assert values == [("fiscal second quarter", "2024-Q2"), ("the quarter", "2024-Q2"),
                      ("Sept. 30", "2024-09-30"), ("the quarter", "2024-Q2")]


def test_the_quarter_ended_a_date_is_the_calendar_quarter_without_a_named_one():
    (q, _) = tag("Revenue for the quarter ended Sept. 30 rose 12%.", datetime.date(2024, 10, 24))
    assert (q.text, q.value) == ("the quarter", "2024-Q3")


@pytest.mark.parametrize(
    "sentence,phrase,value",
    [
        ("He appeared in court the next morning.", "the next morning", "2025-03-04TMO"),
        ("The following evening, talks resumed.", "The following evening", "2025-03-04TEV"),
        ("Shelling had stopped the preceding night.", "the preceding night", "2025-03-02TNI"),
    ],
)
def test_a_part_of_the_next_or_previous_day(sentence, phrase, value):
    e = tag(SUMMIT + sentence, A)[-1]
    assert (e.text, e.type, e.value, e.resolved_against) == (phrase, "TIME", value, "discourse")


def test_in_the_morning_is_part_of_the_day_just_named():
    e = tag(SUMMIT + "In the evening, crowds gathered.", A)[-1]
    assert (e.text, e.type, e.value, e.resolved_against) == ("the evening", "TIME", "2025-03-03TEV", "discourse")


def test_in_the_morning_without_a_day_just_named_is_no_date():
    assert tag("He runs in the morning.", A) == []


@pytest.mark.parametrize(
    "text,phrase",
    [
        # "year-ago" modifies a noun that names no time: article and noun are left out.
        ("Profit rose in the third quarter. The year-ago results included a charge.", "year-ago"),
        ("It lost $5 million in the third quarter, compared with a year-earlier loss of $6 million.", "year-earlier"),
        # A noun that names the period stays in, with its article.
        ("Profit rose in the third quarter. In the year-ago period, it earned $101 million.", "the year-ago period"),
    ],
)
def test_year_ago_before_a_noun_that_names_no_time(text, phrase):
    e = tag(text, datetime.date(1989, 10, 30))[-1]
    assert (e.text, e.value) == (phrase, "1988-Q3")


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A day named by what it is: "today is ...", "it is ..." the publication day...
        ("In Saudi Arabia, today is the eighth day of Desert Shield.", datetime.date(1990, 8, 15), "the eighth day", "1990-08-15"),
        ("It's the second day of an offensive by the security forces.", datetime.date(1998, 3, 6), "the second day", "1998-03-06"),
        # ...and "it was ..." the day under discussion.
        ("Poland joined NATO on Friday. Geremek said it was a great day for Poland.", datetime.date(1999, 3, 13), "a great day", "1999-03-12"),
    ],
)
def test_a_day_named_by_what_it_is(text, anchor, phrase, value):
    e = find(text, phrase, anchor)
    assert (e.text, e.type, e.value) == (phrase, "DATE", value)


def test_a_day_in_a_generic_sentence_is_no_date():
    # No day is under discussion for "was", and no subject names one in the other sentences.
    assert tag("It was a long day for the rescuers.", A) == []
    assert tag("They call it the day of reckoning.", A) == []
    # "It is" names the present day only when it counts the days of something.
    assert tag("It is the day of reckoning for the regime.", A) == []
    assert tag("This is the day of reckoning for the regime.", A) == []
    assert [e.text for e in tag("That is the day of the vote, officials said on Monday.", A)] == ["Monday"]


def test_an_offset_after_a_list_still_places_the_main_clause():
    text = "Russia struck Kyiv on Monday, killing a man, a woman, and a child, two days after the talks ended."
    (e,) = [e for e in tag(text, datetime.date(2025, 3, 13)) if e.text == "two days after"]
    assert (e.value, e.rule) == ("2025-03-10", "offset-after-main-clause")


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A month named with another is in the other's year...
        ("The S&P 500 lost 34% in February and March.", datetime.date(2021, 1, 5), "March", "2020-03"),
        ("Protests flared in November and December.", datetime.date(2025, 1, 10), "December", "2024-12"),
        ("The trial will be held in November or December.", datetime.date(2025, 1, 10), "December", "2025-12"),
        # ... unless that puts it ahead of a story that does not look ahead.
        ("The company raised prices in February and July.", datetime.date(2025, 3, 14), "July", "2024-07"),
        ("Protests flared in December and January.", datetime.date(2025, 3, 14), "January", "2025-01"),
    ],
)
def test_a_month_named_with_another_takes_its_year(text, anchor, phrase, value):
    assert find(text, phrase, anchor).value == value


@pytest.mark.parametrize(
    "text,phrase,value,rule",
    [
        # The day under discussion, else the publication day; TimeBank annotates "the day".
        ("The Fed said on Wednesday it would keep buying bonds. Growth slowed, the Commerce "
         "Department said earlier in the day.", "the day", "2025-03-12", "in-the-day"),
        ("The president arrived in Philadelphia later in the day.", "the day", "2025-03-13", "in-the-day"),
        ("The ferry sank on Tuesday morning. Rescuers had pulled 164 people from the water by late "
         "afternoon.", "late afternoon", "2025-03-11TAF", "part-of-day-modified"),
        ("By mid afternoon, official sources were saying the forces had pulled back.", "mid afternoon",
         "2025-03-13TAF", "part-of-day-modified"),
        ("A missile hit the hospital on Monday. Rescue work went on into the night.", "the night",
         "2025-03-10TNI", "part-of-that-day"),
    ],
)
def test_parts_of_the_day_under_discussion(text, phrase, value, rule):
    e = find(text, phrase, A)
    assert (e.text, e.value, e.rule) == (phrase, value, rule)


def test_a_part_of_the_day_in_the_abstract_is_no_date():
    assert tag("He runs in the late afternoon.", A) == []


def test_a_day_counts_from_the_last_day_named_not_a_year_mentioned_since():
    text = ("The court struck down the law on Wednesday. The 1996 law had defined marriage. A day "
            "earlier, the justices struck down part of the Voting Rights Act.")
    e = find(text, "A day earlier", A)
    assert (e.value, e.reference) == ("2025-03-11", "2025-03-12")


def test_for_a_stretch_before_a_clause_is_how_long():
    text = ("Putin on Monday called the incursion a provocation. Kyiv stayed silent for almost a week "
            "before Zelensky acknowledged it.")
    e = find(text, "almost a week", A)
    assert (e.text, e.type, e.value, e.mod) == ("almost a week", "DURATION", "P1W", "APPROX")


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        ("In 2019, the company opened a plant in March and closed it in November.", A,
         [("2019", "2019"), ("March", "2019-03"), ("November", "2019-11")]),
        ("Next year, the plant will open in March.", A, [("Next year", "2026"), ("March", "2026-03")]),
        ("Last winter's outbreak was the worst, with hospitalizations rising sharply in January.",
         datetime.date(2013, 12, 5), [("Last winter", "2012-WI"), ("January", "2013-01")]),
        ("Last winter, Russia hit energy facilities from October to March.", datetime.date(2023, 11, 20),
         [("Last winter", "2022-WI"), ("October", "2022-10"), ("March", "2023-03")]),
        # So does a quarter named after a year or a half.
        ("In the first half of 2023, profits rose, and they fell in Q3.", A,
         [("the first half of 2023", "2023-H1"), ("Q3", "2023-Q3")]),
        ("In 2018, sales rose in the fourth quarter.", A, [("2018", "2018"), ("the fourth quarter", "2018-Q4")]),
    ],
)
def test_a_month_or_quarter_lies_in_the_stretch_its_sentence_named(text, anchor, values):
    assert [(e.text, e.value) for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,month_value",
    [
        # "since" opens a stretch up to now; another sentence is another story.
        ("Prices have risen since 2019 and fell in March.", "2025-03"),
        ("The company was founded in 2010. In March it hired staff.", "2025-03"),
        # A year that does not open the sentence is no time of its own for what follows:
        # a name, a comparison, a clause of its own.
        ("Sales rose in 2019 from 2018 levels, peaking in March.", "2025-03"),
        ("Parliament will vote on amendments to the 2018 law in March.", "2025-03"),
        ("Biden, who won in 2020, dropped out of the race in March.", "2025-03"),
        # Told ahead of a year gone by.
        ("In 2019, the plant opened, and it will close in March.", "2025-03"),
    ],
)
def test_a_month_outside_that_sentence_or_after_since_keeps_its_own_year(text, month_value):
    assert tag(text, A)[-1].value == month_value


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        # A part of the day with its own day after it, or before a noun, is not the day just named.
        ("Fighting eased on Monday. By late afternoon Wednesday, the guns fell silent.", datetime.date(2026, 4, 14),
         [("Monday", "2026-04-13"), ("Wednesday", "2026-04-08")]),
        ("On Saturday, police sealed off the district. In the early morning hours of Sunday, they raided it.",
         datetime.date(2026, 4, 14), [("Saturday", "2026-04-11"), ("Sunday", "2026-04-12")]),
        ("On Saturday, fireworks lit up the city, shooting into the night sky.", datetime.date(2026, 4, 14),
         [("Saturday", "2026-04-11")]),
        # In the abstract, no day.
        ("Patients are advised to take the second dose later in the day.", A, []),
        ("Farmers work from early morning to late evening.", A, []),
        # The story's day, however long its paragraph.
        ("On Saturday, rebels attacked the airport. " + "Troops had been fighting for the runway since dawn. " * 8
         + "Later in the day, the president addressed the nation.", A, [("Saturday", "2025-03-08"), ("the day", "2025-03-08")]),
        # Odd spacing keeps the span on the words.
        ("Stocks fell earlier in the  day.", A, [("the  day", "2025-03-13")]),
    ],
)
def test_parts_of_the_day_that_are_not_the_day_under_discussion(text, anchor, found):
    assert [(e.text, e.value) for e in tag(text, anchor)] == found


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # The story moved to that month or year: a later offset counts from it.
        ("The company was founded on June 1, 1990. In March 2015, it was sold. Two weeks later, its chief "
         "executive resigned.", datetime.date(2026, 5, 15), "Two weeks later", "2015-03"),
        ("The minister visited Kabul on Tuesday. In July, troops had withdrawn. A week later, fighting resumed.",
         datetime.date(2026, 5, 15), "A week later", "2025-07"),
        # "Scheduled for" a stretch before a day gives when.
        ("The deadline is on Nov. 12. Talks were scheduled for two days before the deadline.",
         datetime.date(2026, 11, 1), "two days before", "2026-11-10"),
    ],
)
def test_offsets_from_the_time_the_story_moved_to(text, anchor, phrase, value):
    e = find(text, phrase, anchor)
    assert (e.text, e.value) == (phrase, value)


def test_during_the_night_told_on_the_day_of_a_report_is_the_night_before():
    text = "Ukraine's air force said on Sunday that Russia launched 100 drones during the night."
    assert [(e.text, e.value) for e in tag(text, datetime.date(2025, 3, 16))] == [
        ("Sunday", "2025-03-16"), ("the night", "2025-03-15TNI")]


def test_the_rest_of_a_season_told_in_the_past_is_gone_by():
    assert [e.value for e in tag("He was injured in June and missed the rest of the summer.", datetime.date(2025, 10, 15))] == [
        "2025-06", "2025-SU"]


def test_a_year_in_a_name_is_no_time_the_story_moves_to():
    text = ("Explosions ripped through London on Thursday. London had won its bid to host the 2012 Olympics "
            "only a day earlier.")
    assert [(e.text, e.value) for e in tag(text, datetime.date(2005, 7, 7))][-1] == ("only a day earlier", "2005-07-06")


def test_a_clock_time_told_in_the_past_is_not_of_a_day_to_come():
    text = ("Trump was elected early Wednesday. He will be sworn in on Jan. 20. Clinton called him to concede "
            "shortly before 3 a.m.")
    assert [(e.text, e.value) for e in tag(text, datetime.date(2016, 11, 9))][-1] == (
        "shortly before 3 a.m.", "2016-11-09T03:00")


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # "the end of the year" is not the year a stretch since it began, nor a year gone by
        # when its sentence looks ahead.
        ("The Fed cut rates on Wednesday, its first cut since March 2020. Policymakers penciled in another "
         "half point by the end of the year.", datetime.date(2024, 9, 19), "the end of the year", "2024"),
        ("The Borders store closed in 2011. The grocer plans to open another store by the end of the year.",
         datetime.date(2014, 8, 15), "the end of the year", "2014"),
        ("The plant opened in 1985. By the end of the year it employed 400.", datetime.date(2014, 8, 15),
         "the end of the year", "1985"),
        # A day of the month under discussion is not ahead in a past sentence.
        ("The elections will take place on the 28th of March. Fighters attacked two villages on the 27th, "
         "officials said.", datetime.date(2015, 3, 4), "the 27th", "2015-02-27"),
        ("The talks will open on March 20 and close on the 27th.", datetime.date(2015, 3, 4), "the 27th", "2015-03-27"),
    ],
)
def test_the_year_and_the_day_under_discussion_agree_with_the_tense(text, anchor, phrase, value):
    assert [e.value for e in tag(text, anchor) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        # A month or season named against the time the story tells.
        ("Kessler left Budapest in the fall of 1956. She spent that December in a camp and reached New York "
         "the following spring.", datetime.date(1997, 11, 10),
         [("the fall of 1956", "1956-FA"), ("that December", "1956-12"), ("the following spring", "1957-SP")]),
        ("It was to open in August 2018, but a crane collapse the previous December delayed the work.",
         datetime.date(2019, 7, 15), [("August 2018", "2018-08"), ("the previous December", "2017-12")]),
        ("On Jan. 16, 1979, the shah left Iran. That November, students seized the embassy.", datetime.date(2009, 3, 2),
         [("Jan. 16, 1979", "1979-01-16"), ("That November", "1979-11")]),
        # A holiday too; a day and a season "of that year".
        ("On June 12, 1987, she boarded a bus in Tulsa, and by that Christmas she had a record deal.",
         datetime.date(2018, 3, 30), [("June 12, 1987", "1987-06-12"), ("that Christmas", "1987-12-25")]),
        ("The war began in August 1914. By the following Christmas, it was a stalemate.", datetime.date(2014, 8, 1),
         [("August 1914", "1914-08"), ("the following Christmas", "1914-12-25")]),
        ("Students were due to graduate in 1970. On May 4 of that year, troops fired on them.", datetime.date(2020, 2, 18),
         [("1970", "1970"), ("May 4 of that year", "1970-05-04")]),
        ("Since 1998 he has opened his diner every day. He bought it in the spring of that year.",
         datetime.date(2015, 6, 11), [("1998", "1998"), ("every day", "P1D"), ("the spring of that year", "1998-SP")]),
        ("The plant opened in 1963. In the fall of the following year it closed.", datetime.date(2015, 6, 11),
         [("1963", "1963"), ("the fall of the following year", "1964-FA")]),
        ("On March 18, 2014, Putin signed the treaty, and by July that year the war had begun.", datetime.date(2024, 11, 28),
         [("March 18, 2014", "2014-03-18"), ("July that year", "2014-07")]),
        # Not the day a source spoke this week, when a year was named before it.
        ("The company, founded in 1985, said on Monday that sales had tripled since the spring of that year.",
         datetime.date(2025, 3, 13), [("1985", "1985"), ("Monday", "2025-03-10"), ("the spring of that year", "1985-SP")]),
        # Without a story, as of the publication.
        ("The talks will resume the following May, officials said.", datetime.date(1997, 11, 10),
         [("the following May", "1998-05")]),
        # A day named without its year goes on in the month and year the story opened with.
        ("In July 1969, Dunning was a young technician. He worked a long shift on July 21.", datetime.date(1999, 6, 21),
         [("July 1969", "1969-07"), ("July 21", "1969-07-21")]),
    ],
)
def test_months_and_seasons_of_the_story(text, anchor, found):
    assert [(e.text, e.value) for e in tag(text, anchor)] == found


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        # "that" as a conjunction before a month or a season is no "that December".
        ("NOAA said Tuesday that December was the warmest on record.", datetime.date(2025, 1, 8),
         [("Tuesday", "2025-01-07"), ("December", "2024-12")]),
        ("Johnson said Tuesday that May had lost control of her party.", datetime.date(2025, 1, 8), [("Tuesday", "2025-01-07")]),
        ("Doctors said that fall left him with a broken hip.", datetime.date(2025, 1, 8), []),
        ("The governor said that Christmas was the quietest on record.", datetime.date(2025, 1, 8), [("Christmas", "2024-12-25")]),
        # Background month-years do not carry a later day into their year.
        ("The company, founded in June 1998, said on March 3 it would cut 500 jobs.", datetime.date(2025, 3, 13),
         [("June 1998", "1998-06"), ("March 3", "2025-03-03")]),
        ("Prices have doubled since January 2020. On Feb. 3, the central bank raised rates again.",
         datetime.date(2025, 3, 13), [("January 2020", "2020-01"), ("Feb. 3", "2025-02-03")]),
        # A month-year its sentence closes on is the story's year.
        ("Armstrong walked on the moon in July 1969. On July 24, the crew splashed down.", datetime.date(2025, 3, 13),
         [("July 1969", "1969-07"), ("July 24", "1969-07-24")]),
        # "overnight" after a night named is that night; after a stretch's start, last night.
        ("Heavy rain fell Wednesday night. The subway was largely suspended overnight.", datetime.date(2021, 9, 2),
         [("Wednesday night", "2021-09-01TNI"), ("overnight", "2021-09-01TNI")]),
        # A month or a day in a story told in another year, or in the year its sentence opens with.
        ("Last year, she marked the occasion on Feb. 28 with a cake.", datetime.date(2024, 2, 29),
         [("Last year", "2023"), ("Feb. 28", "2023-02-28")]),
        # A clock time after "p.m." and a new sentence keeps its own sentence's tense.
        ("Gunmen attacked Paris on Friday night. The first explosion was heard at 9:20 p.m. France will mourn "
         "for three days.", datetime.date(2015, 11, 14),
         [("Friday night", "2015-11-13TNI"), ("9:20 p.m.", "2015-11-13T21:20"), ("three days", "P3D")]),
        # "that" after a time word is the demonstrative.
        ("In 2019, he moved to Paris. Later that summer, he met his wife.", datetime.date(2025, 3, 13),
         [("2019", "2019"), ("Later that summer", "2019-SU")]),
        ("Inflation surged in 1979. By that December, it topped 13%.", datetime.date(2025, 3, 13),
         [("1979", "1979"), ("that December", "1979-12")]),
        # A month-year in its clause, not set off by commas, is the story's.
        ("Apollo 11 launched in July 1969 from Florida. On July 20, Armstrong walked on the moon.",
         datetime.date(2025, 3, 13), [("July 1969", "1969-07"), ("July 20", "1969-07-20")]),
        # "overnight" after the day before the publication is the night between them.
        ("Hamas attacked Israel on Saturday. Israeli warplanes pounded Gaza overnight.", datetime.date(2023, 10, 8),
         [("Saturday", "2023-10-07"), ("overnight", "2023-10-07TNI")]),
        # The year its sentence opens with holds a day its own verb tells of.
        ("In 2019, the company announced on March 5 that it would close the plant.", datetime.date(2025, 3, 13),
         [("2019", "2019"), ("March 5", "2019-03-05")]),
        ("The team won the title in 2016, but that June was marred by injuries.", datetime.date(2025, 3, 13),
         [("2016", "2016"), ("that June", "2016-06")]),
        ("Prices peaked in 2022, when Russia, which supplies much of Europe's gas, cut flows on June 14.",
         datetime.date(2025, 3, 13), [("2022", "2022"), ("June 14", "2022-06-14")]),
    ],
)
def test_conjunctions_and_background_years_are_not_the_story(text, anchor, found):
    assert [(e.text, e.value) for e in tag(text, anchor)] == found


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # The day a source spoke does not move the story's month or year.
        ("Retail sales rose 0.5 percent in April, the Commerce Department said on Friday, after a revised "
         "0.7 percent gain the previous month.", "the previous month", "2006-03"),
        ("Exports rose in 2005, the ministry said Tuesday, after falling the previous year.", "the previous year", "2004"),
        # Without a month before it, the day spoken on is the story's.
        ("Officials said on Friday that talks would resume. The previous month, they had failed.",
         "The previous month", "2006-04"),
    ],
)
def test_a_day_of_saying_keeps_the_month_of_the_figures(text, phrase, value):
    assert [e.value for e in tag(text, datetime.date(2006, 5, 15)) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        # After a weekday, the weekend that closes its week; after a weekend day, the next one.
        ("The lanes will close from 8pm this Saturday until 5am Monday, and again the following weekend.", "2019-W31-WE"),
        ("The bridge closed on Saturday, and again the following weekend.", "2019-W30-WE"),
        ("He left on Tuesday. The previous weekend, he had fled.", "2019-W29-WE"),
    ],
)
def test_the_following_or_previous_weekend_of_a_day(text, value):
    assert [e.value for e in tag(text, datetime.date(2019, 7, 24)) if e.text.lower().endswith("weekend")] == [value]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A source's day that opens its own sentence is the story's, not an attribution.
        ("The factory closed in March. Managers said on May 2 that workers would be rehired the following month.",
         datetime.date(2025, 6, 10), "the following month", "2025-06"),
        ("GDP grew 0.4% in the fourth quarter, the statistics office said on Thursday, after 0.2% growth in the "
         "previous quarter.", datetime.date(2025, 2, 14), "the previous quarter", "2024-Q3"),
    ],
)
def test_only_an_attributions_day_keeps_the_figures_period(text, anchor, phrase, value):
    assert [e.value for e in tag(text, anchor) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # "the same day", "the next day" after an offset count from the day the offset named.
        ("Liz Truss was appointed prime minister on Tuesday. Two days later, the monarch died; Ms Truss had set "
         "out her energy plan in the Commons that same day.", datetime.date(2022, 9, 10), "that same day", "2022-09-08"),
        ("He was arrested on Monday. A day later he was charged, and the next day he was freed.",
         datetime.date(2022, 9, 10), "the next day", "2022-09-07"),
    ],
)
def test_the_same_day_after_an_offset_is_the_offsets_day(text, anchor, phrase, value):
    assert [e.value for e in tag(text, anchor) if e.text == phrase] == [value]


def test_a_day_offset_counts_from_the_last_day_not_a_month_opened_by_since():
    text = ("Russia said on Thursday that its forces had retaken Sudzha, held by Ukraine since August. "
            "A day earlier, Putin had made his first trip to the region.")
    assert [e.value for e in tag(text, datetime.date(2025, 3, 14))] == ["2025-03-13", "2024-08", "2025-03-12"]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # "the following year" after a day of this week counts from that day; "that year-end" is no "that year".
        ("The plan was adopted in 2019. Its board met on Tuesday and agreed to hold the next vote in May of the "
         "following year.", "May of the following year", "2026-05"),
        ("The firm said in January that year-over-year sales fell.", "January", "2025-01"),
    ],
)
def test_of_the_following_year_and_year_over_year(text, phrase, value):
    assert [e.value for e in tag(text, datetime.date(2025, 3, 13)) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # An offset in the past perfect is background: "the next day" counts from the story's day.
        ("The shooting happened on March 1. The suspect, who had bought the rifle two days earlier, was arrested "
         "the next day.", "the next day", "2025-03-02"),
        # "of the following year" told in the past counts from the year named before the day of saying.
        ("The plant closed in 2019. Officials said on Monday it had reopened in June of the following year.",
         "June of the following year", "2020-06"),
    ],
)
def test_background_offsets_and_the_following_year_told_in_the_past(text, phrase, value):
    assert [e.value for e in tag(text, datetime.date(2025, 3, 13)) if e.text == phrase] == [value]


def test_later_the_same_day_after_a_year_named_since_is_the_last_day():
    text = "Merz failed to win a majority on Tuesday, the first time since 1949. He was elected later the same day."
    assert [e.value for e in tag(text, datetime.date(2025, 5, 7))] == ["2025-05-06", "1949", "2025-05-06"]


def test_a_day_offset_from_a_year_named_after_a_day_counts_from_the_day():
    text = ("Leaders agreed in Paris on Sunday to guarantee lending until the end of 2009. Finance ministers had agreed "
            "a plan in Washington two days earlier.")
    assert [e.value for e in tag(text, datetime.date(2008, 10, 13))] == ["2008-10-12", "2009", "2008-10-10"]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Talks opened on Feb. 3, 2024. The following week they resumed. A year earlier, prices fell.",
         "A year earlier", "2023-W06"),
        ("Talks resumed in the week of Dec. 30, 2024. A year later, prices fell.", "A year later", "2026-W01"),
        ("Talks resumed in the week of Dec. 28, 2020. A year later, prices fell.", "A year later", "2021-W52"),
        ("Talks resumed last week. A month earlier, prices fell.", "A month earlier", "2025-W06"),
    ],
)
def test_a_week_moved_by_years_keeps_its_number_and_by_months_its_thursday(text, phrase, value):
    assert find(text, phrase, A).value == value


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        # How long, then when: no offset.
        ("Dorian stalled over Grand Bahama for nearly two days earlier this week.", datetime.date(2019, 9, 5),
         [("nearly two days", "P2D"), ("earlier this week", "2019-W36")]),
        ("It rained for three days earlier in the week.", datetime.date(2019, 9, 5),
         [("three days", "P3D"), ("earlier in the week", "2019-W36")]),
        ("The storm hit on Monday. Two days earlier, it formed.", datetime.date(2019, 9, 5),
         [("Monday", "2019-09-02"), ("Two days earlier", "2019-08-31")]),
        # A part of "the year" looks ahead from a year gone by no more than "the end of the year" does.
        ("Lula last visited the border on Feb. 6, 2024. He is expected to return in the second half of the year.",
         A, [("Feb. 6, 2024", "2024-02-06"), ("the second half of the year", "2025-H2")]),
        ("Lula visited the border on Feb. 6, 2024. In the second half of the year he returned.",
         A, [("Feb. 6, 2024", "2024-02-06"), ("the second half of the year", "2024-H2")]),
        ("Sales fell in 2024. They will rise in the fourth quarter of the year.",
         A, [("2024", "2024"), ("the fourth quarter of the year", "2025-Q4")]),
    ],
)
def test_how_long_then_when_and_parts_of_the_year_ahead(text, anchor, found):
    assert [(e.text, e.value) for e in tag(text, anchor)] == found


def test_the_following_week_counts_from_the_day_an_offset_moved_the_story_to():
    text = ("He first met the victim on June 2, 2019. Three days later he sent her a message. "
            "The following week he was seen outside her workplace.")
    assert [e.value for e in tag(text, datetime.date(2020, 9, 8))] == ["2019-06-02", "2019-06-05", "2019-W24"]


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        # A story told from a date goes on into the next year; told in the past perfect, before it.
        ("On Dec. 30, 2019, the virus was reported. On Jan. 5, the WHO spoke.", datetime.date(2023, 8, 24),
         ["2019-12-30", "2020-01-05"]),
        ("The strike began on Dec. 1, 2022. It ended on March 4.", datetime.date(2024, 5, 15), ["2022-12-01", "2023-03-04"]),
        ("The company filed for bankruptcy in October 2008. It emerged from bankruptcy on June 1.",
         datetime.date(2024, 5, 15), ["2008-10", "2009-06-01"]),
        ("The spacecraft crashed in September 2019. It had launched on July 14.", datetime.date(2024, 5, 15),
         ["2019-09", "2019-07-14"]),
        # A month looked back to in the day's own sentence: the offset counts from the day.
        ("Sanofi began a tender offer for Genzyme on Oct. 4, after Genzyme's board rebuffed its approach in August. "
         "A week later, the chief executives met.", datetime.date(2010, 10, 25), ["2010-10-04", "2010-08", "2010-10-11"]),
        ("On Oct. 4 the offer came. In July, troops had withdrawn. A week later they returned.",
         datetime.date(2010, 10, 25), ["2010-10-04", "2010-07", "2010-07"]),
    ],
)
def test_a_story_goes_on_into_the_next_year_and_flashbacks_in_a_days_sentence(text, anchor, found):
    assert [e.value for e in tag(text, anchor)] == found


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        # A date named again in apposition.
        ("In 1972, the year she turned 16, she took a job at the cannery. Three years later she was a shop steward.",
         datetime.date(2007, 9, 3), ["1972", "1972", "1975"]),
        ("The diner reopened on May 21, 2021, a Friday. The same day, the governor lifted the mask mandate.",
         datetime.date(2021, 10, 14), ["2021-05-21", "2021-05-21", "2021-05-21"]),
        # "The next year" of a story told in the past.
        ("He came home in 1970, broke and exhausted. The next year he stopped playing altogether.",
         datetime.date(1995, 7, 21), ["1970", "1971"]),
        ("He will come home next year.", datetime.date(1995, 7, 21), ["1996"]),
    ],
)
def test_dates_named_again_and_the_next_year_of_a_story(text, anchor, found):
    assert [e.value for e in tag(text, anchor)] == found
