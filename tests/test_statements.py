"""Which date places which happening: clauses, reporting dates, leads and plans."""

import datetime

import pytest

from timeline.ingest.statements import statements
from timeline.temporal import tag

ANCHOR = datetime.date(2025, 3, 12)


def read(sentence, anchor=ANCHOR, is_lead=False):
    expressions = [(e.start, e.end, e) for e in tag(sentence, anchor) if e.is_point]
    return statements(sentence, expressions, anchor, is_lead=is_lead)


def test_each_clause_gets_its_own_date():
    found = read(
        "Russian forces stepped up an offensive this week, as Kyiv reeled from the decision last week "
        "to freeze U.S. intelligence."
    )
    assert [(s.expression.value, s.title) for s in found] == [
        ("2025-W11", "Russian forces stepped up an offensive"),
        ("2025-W10", "Kyiv reeled from the decision to freeze U.S. intelligence"),
    ]


def test_and_joins_two_happenings_when_each_has_its_own_date():
    found = read("The council approved the harbor budget on Tuesday, and the mayor signed it on 14 March 2025.", datetime.date(2025, 3, 19))
    assert [(s.expression.value, s.title) for s in found] == [
        ("2025-03-18", "The council approved the harbor budget"),
        ("2025-03-14", "the mayor signed it"),
    ]
    # With one date, "and" joins the parts of one happening; a report's day is no happening.
    (one,) = read("Russian drones struck Kharkiv, and Odesa, on Monday.")
    assert one.expression.value == "2025-03-10"
    (launch,) = read("Russia launched drones on Saturday, and the air force said on Sunday that it had shot down 150.")
    assert launch.expression.value == "2025-03-08"


@pytest.mark.parametrize("died", ["died on Wednesday", "died Wednesday"])
def test_a_clause_of_a_verb_and_its_date_keeps_its_own_statement(died):
    found = read(f"The strike on Monday wounded a journalist, who {died}.")
    assert [(s.expression.value, s.title) for s in found] == [
        ("2025-03-10", "The strike wounded a journalist"),
        ("2025-03-12", "The strike wounded a journalist, who died"),
    ]


def test_the_day_somebody_said_it_gives_way_to_the_day_of_the_happening():
    [statement] = read(
        "Steve Witkoff will be travelling to Moscow later this week, Press Secretary Karoline Leavitt said on Wednesday."
    )
    assert statement.expression.text == "later this week"
    assert statement.modality == "planned"
    assert statement.title == "Steve Witkoff will be travelling to Moscow"


@pytest.mark.parametrize(
    "sentence,title",
    [
        ("Monitors recorded 40 attacks on Sunday, the regional governor said on Monday.", "Monitors recorded 40 attacks"),
        ("Russia struck Odesa on Sunday, Zelensky said late on Monday night.", "Russia struck Odesa"),
        ("Russia struck Odesa on Sunday, the ministry said in a statement.", "Russia struck Odesa"),
    ],
)
def test_a_dated_attribution_after_the_happening_is_no_part_of_its_title(sentence, title):
    assert [s.title for s in read(sentence)] == [title]


def test_a_future_weekday_is_planned():
    [statement] = read("The delegations will meet on Friday in Riyadh.")
    assert statement.expression.value == "2025-03-14" and statement.modality == "planned"


def test_a_past_day_occurred():
    [statement] = read("Putin visited Kursk on Wednesday.")
    assert statement.modality == "occurred" and statement.title == "Putin visited Kursk"


def test_a_lead_without_a_date_is_reported_by_the_publication_date():
    [statement] = read(
        "In a significant show of support, Russian President Vladimir V. Putin visited a command post in Kursk.",
        is_lead=True,
    )
    assert statement.expression is None and statement.modality == "reported"
    assert statement.title == "Russian President Vladimir V. Putin visited a command post in Kursk"


def test_a_sentence_that_is_not_the_lead_needs_a_date():
    assert read("Putin visited a command post in Kursk.") == []


def test_a_dateline_is_not_a_statement():
    [statement] = read("KYIV, Ukraine — Putin visited the occupied Kursk region.", is_lead=True)
    assert statement.title == "Putin visited the occupied Kursk region"


def test_a_date_after_a_discourse_link_dates_what_follows_it():
    sentence = "The visit came a day after a U.S. delegation met in Saudi Arabia with Ukrainian officials."
    expressions = [(e.start, e.end, e) for e in tag("Putin visited Kursk late Wednesday. " + sentence, ANCHOR)]
    offset = len("Putin visited Kursk late Wednesday. ")
    inside = [(s - offset, e - offset, x) for s, e, x in expressions if s >= offset and x.is_point]
    [statement] = statements(sentence, inside, ANCHOR)
    assert statement.expression.value == "2025-03-11"
    assert statement.title == "A U.S. delegation met in Saudi Arabia with Ukrainian officials"


def test_a_relative_clause_takes_its_short_antecedent_as_subject():
    found = read("The conflict, which began with Russia's full-scale invasion of Ukraine in February 2022, has drawn fighters.")
    assert [(s.expression.value, s.title) for s in found] == [
        ("2022-02", "The conflict began with Russia's full-scale invasion of Ukraine")
    ]


def test_a_dateless_fragment_does_not_join_the_clause_before():
    [statement] = read("Russian officials boasted of a breakthrough attack in Kursk last Saturday, when, they said, fighters moved.")
    assert statement.title == "Russian officials boasted of a breakthrough attack in Kursk"


def test_on_the_day_that_dates_what_follows_that():
    sentence = "Putin’s comments came on the same day that a ceasefire proposal was accepted by Ukrainian officials."
    text = "Putin visited Kursk on Wednesday. " + sentence
    offset = len("Putin visited Kursk on Wednesday. ")
    inside = [(s - offset, e - offset, x) for s, e, x in ((e.start, e.end, e) for e in tag(text, ANCHOR)) if s >= offset and x.is_point]
    [statement] = statements(sentence, inside, ANCHOR)
    assert statement.title == "A ceasefire proposal was accepted by Ukrainian officials"


def test_a_first_time_counted_from_a_since_clause_is_not_claimed_without_it():
    found = read(
        "Putin made an official visit to the Kursk region for the first time since Ukrainian forces "
        "executed a surprise incursion last year.",
        anchor=datetime.date(2025, 5, 21),
        is_lead=True,
    )
    assert [(s.modality, s.title) for s in found] == [
        ("reported", "Putin made an official visit to the Kursk region"),
        ("occurred", "Ukrainian forces executed a surprise incursion"),
    ]
    [visit] = read("Putin visited Kursk on Wednesday for the first time since Ukrainian forces occupied it.")
    assert visit.title == "Putin visited Kursk"
    [alone] = read("Putin visited Kursk for the first time on Wednesday.")
    assert alone.title == "Putin visited Kursk for the first time", "with nothing to count from, it stays"


def test_the_day_of_a_saying_dates_the_saying_not_what_was_said():
    found = read("Zelensky said on Monday that Russia had attacked a hospital.")
    assert [(s.expression.value, s.title) for s in found] == [("2025-03-10", "Zelensky said that Russia had attacked a hospital")]
    [plan] = read("The Kremlin said on Tuesday that Putin would visit Kursk.", anchor=datetime.date(2025, 3, 14))
    assert (plan.expression.value, plan.modality, plan.title) == ("2025-03-11", "occurred", "The Kremlin said that Putin would visit Kursk")
    [same_day] = read("The visit came on the same day that a proposal was accepted.")
    assert same_day.title == "A proposal was accepted", "a day that something happened dates that"


@pytest.mark.parametrize(
    "sentence,title",
    [
        ("The envoy met Putin, who arrived Monday.", "The envoy met Putin, who arrived"),
        ("Ukraine must reply by the deadline, which is Friday.", "Ukraine must reply by the deadline, which is"),
    ],
)
def test_a_relative_clause_after_an_undated_one_stays_with_it(sentence, title):
    (statement,) = read(sentence)
    assert statement.title == title


def test_an_offset_dates_the_words_before_it_unless_a_verb_locates_the_event_after_it():
    found = read("Russia struck Kyiv on Monday, and Ukraine hit back at Belgorod, two days after the strike.", datetime.date(2025, 3, 13))
    assert [(s.expression.value, s.title) for s in found] == [
        ("2025-03-10", "Russia struck Kyiv"),
        ("2025-03-12", "Ukraine hit back at Belgorod"),
    ]


def test_a_lists_last_item_after_and_is_no_happening_of_its_own():
    (statement,) = read("Russia struck Kyiv on Monday, killing a man, a woman, and a child, two days after the talks ended.",
                        datetime.date(2025, 3, 13))
    assert statement.expression.value == "2025-03-10"


def test_an_apposition_before_and_leaves_a_second_dated_happening_its_own():
    found = read("The Fed raised rates on Wednesday, its first hike, and the ECB followed on Thursday.", datetime.date(2025, 3, 14))
    assert [s.expression.value for s in found] == ["2025-03-12", "2025-03-13"]


@pytest.mark.parametrize(
    "sentence,value,title",
    [
        ("Talks were held March 3-5 in Jeddah, officials said.", "2025-03-03", "Talks were held in Jeddah"),
        ("Between 1 and 7 March, monitors recorded 40 attacks on the city.", "2025-03-01",
         "Monitors recorded 40 attacks on the city"),
        ("The fair ran from 3 to 5 March in Lviv.", "2025-03-03", "The fair ran in Lviv"),
    ],
)
def test_a_range_of_days_dates_its_happening_by_the_first_and_leaves_the_title(sentence, value, title):
    found = read(sentence)
    assert [(s.expression.value, s.title) for s in found] == [(value, title)]
