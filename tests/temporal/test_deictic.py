"""Expressions relative to the publication date: today, last year, three years ago..."""

import datetime

import pytest

from timeline.temporal import tag

from .conftest import find, value_of

A = datetime.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    "text,phrase,type_,value,granularity,mod",
    [
        ("He spoke today.", "today", "DATE", "2025-03-12", "day", None),
        ("He spoke yesterday.", "yesterday", "DATE", "2025-03-11", "day", None),
        ("He will speak tomorrow.", "tomorrow", "DATE", "2025-03-13", "day", None),
        ("He will speak tonight.", "tonight", "TIME", "2025-03-12TNI", "time", None),
        ("Forces advanced this week.", "this week", "DATE", "2025-W11", "week", None),
        ("Forces advanced last week.", "last week", "DATE", "2025-W10", "week", None),
        ("The envoy travels later this week.", "later this week", "DATE", "2025-W11", "week", "END"),
        ("He was captured last year.", "last year", "DATE", "2024", "year", None),
        ("This month, Russia sentenced him.", "This month", "DATE", "2025-03", "month", None),
        ("Earlier this month, prices rose.", "Earlier this month", "DATE", "2025-03", "month", "START"),
        ("The war began three years ago.", "three years ago", "DATE", "2022", "year", None),
        ("A decade ago, the plant closed.", "A decade ago", "DATE", "2015", "year", None),
        ("Sales fell late last year.", "late last year", "DATE", "2024", "year", "END"),
        ("Prices have risen since March of last year.", "March of last year", "DATE", "2024-03", "month", None),
        ("Forces have occupied it since last summer.", "last summer", "DATE", "2024-SU", "season", None),
        ("Prices rose over the past two weeks.", "the past two weeks", "DURATION", "P2W", None, None),
    ],
)
def test_deictic(text, phrase, type_, value, granularity, mod):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value, e.granularity, e.mod) == (phrase, type_, value, granularity, mod)


def test_week_interval_is_iso_monday_to_sunday():
    (e,) = tag("Forces advanced this week.", A)
    assert (e.first_day, e.last_day) == (datetime.date(2025, 3, 10), datetime.date(2025, 3, 16))


def test_season_convention_is_astronomical():
    (e,) = tag("It has lasted since last summer.", A)
    assert (e.first_day, e.last_day) == (datetime.date(2024, 6, 21), datetime.date(2024, 9, 22))
    (w,) = tag("It was cold last winter.", datetime.date(2025, 6, 1))
    assert (w.value, w.first_day, w.last_day) == ("2024-WI", datetime.date(2024, 12, 21), datetime.date(2025, 3, 20))


@pytest.mark.parametrize(
    "text,value",
    [
        ("The ceasefire is now in force.", "PRESENT_REF"),
        ("Talks have stalled recently.", "PAST_REF"),
        ("Updates are expected in the near future.", "FUTURE_REF"),
        ("City crews will soon begin repairs.", "FUTURE_REF"),
        ("Officials expect a deal soon.", "FUTURE_REF"),
        ("A deal is expected soon, said a spokesman.", "FUTURE_REF"),
    ],
)
def test_references(text, value):
    (e,) = tag(text, A)
    assert (e.type, e.value, e.first_day) == ("DATE", value, None)
    assert not e.is_point


@pytest.mark.parametrize(
    "text",
    [
        "The cash from Miami soon ran out.",
        "He left soon after the vote.",
        "Send the files as soon as possible.",
        "It came too soon for the farmers, who were not ready.",
        "Sooner or later, the talks will resume.",
        "Witnesses say the fire soon spread.",
    ],
)
def test_soon_told_of_the_past_or_in_a_phrase_is_no_reference(text):
    assert tag(text, A) == []


MON = datetime.date(1989, 10, 30)  # a Monday


@pytest.mark.parametrize(
    "text,phrase,type_,value",
    [
        # Possessives are dates too.
        ("He spoke at last year's summit.", "last year", "DATE", "1988"),
        ("Last month's shooting shocked the town.", "Last month", "DATE", "1989-09"),
        ("Gaps remain before next week's talks.", "next week", "DATE", "1989-W45"),
        # "the year" and "the full year" are the year under discussion...
        ("Sales for the full year were $6.6 billion.", "the full year", "DATE", "1989"),
        ("The stock hit a high for the year of $42 in June.", "the year", "DATE", "1989"),
        # ...but "the year ended Sept. 30" measures a twelve-month period.
        ("For the year ended Sept. 30, profit rose.", "the year", "DURATION", "P1Y"),
        # "the weekend": the latest one in a past-tense sentence, the next one ahead.
        ("Over the weekend, officials confirmed the reports.", "the weekend", "DATE", "1989-W43-WE"),
        ("The deal will close over the weekend.", "the weekend", "DATE", "1989-W44-WE"),
    ],
)
def test_the_year_the_weekend_and_possessives(text, phrase, type_, value):
    e = find(text, phrase, MON)
    assert e is not None and (e.text, e.type, e.value) == (phrase, type_, value)


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # "the past year", "the last decade": the calendar unit before the anchor's.
        ("Hate groups grew over the past year.", datetime.date(1998, 3, 3), "the past year", "1997"),
        ("Workers lost earning power in the last decade.", datetime.date(1998, 2, 6), "the last decade", "198"),
        # "the past" alone stays a reference.
        ("Such things happened in the past.", datetime.date(1998, 2, 6), "the past", "PAST_REF"),
    ],
)
def test_the_past_unit(text, anchor, phrase, value):
    e = find(text, phrase, anchor)
    assert e is not None and (e.text, e.value) == (phrase, value)


def test_three_quarters_of_is_a_share():
    assert tag("He won about three-quarters of the vote.", A) == []


@pytest.mark.parametrize(
    "text,phrase,type_,value",
    [
        # Recent or past years place what happened in an unspecified past...
        ("The yen soared in recent years.", "recent years", "DATE", "PAST_REF"),
        ("There were sell programs in past years, too.", "past years", "DATE", "PAST_REF"),
        # ...while recent months and days measure a stretch up to now.
        ("Officials expressed concern in recent months.", "recent months", "DURATION", "PXM"),
    ],
)
def test_recent_years_are_a_past_reference(text, phrase, type_, value):
    (e,) = [e for e in tag(text, A) if e.text == phrase]
    assert (e.type, e.value) == (type_, value)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Current market conditions delayed the project.", "Current", "PRESENT_REF"),
        ("He blamed the current weakness in London.", "current", "PRESENT_REF"),
        ("Holders may buy shares at the then current market price.", "then current", "PAST_REF"),
    ],
)
def test_current_before_a_noun_is_the_present(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "DATE", value)


@pytest.mark.parametrize(
    "text",
    ["The current account deficit widened.", "The figures are current.", "A strong current swept the boat away."],
)
def test_current_without_a_time_sense(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Stocks fell in mid-afternoon yesterday trading.", "mid-afternoon yesterday", "2025-03-11TAF"),
        ("The talks resume morning tomorrow.", "morning tomorrow", "2025-03-13TMO"),
    ],
)
def test_part_of_day_before_a_deictic_day(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "TIME", value)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The market opens at 9.30am.", "9.30am", "2025-03-12T09:30"),
        ("The blast hit at 10pm on Tuesday.", "10pm on Tuesday", "2025-03-11T22:00"),
    ],
)
def test_clock_times_run_into_am_or_pm(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "TIME", value)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Sirens sounded in Kyiv at 8:40 p.m. local time on Saturday.", "8:40 p.m. local time on Saturday", "2025-03-08T20:40"),
        ("Alerts sounded at about 3 a.m. Kyiv time on Wednesday.", "about 3 a.m. Kyiv time on Wednesday", "2025-03-12T03:00"),
        ("The blast came at 10:15 p.m. Moscow time on Tuesday.", "10:15 p.m. Moscow time on Tuesday", "2025-03-11T22:15"),
        ("Trading halted at 9 a.m. Eastern Time Monday.", "9 a.m. Eastern Time Monday", "2025-03-10T09:00"),
        ("The ceasefire took effect at 5 p.m. IST on Saturday.", "5 p.m. IST on Saturday", "2025-03-08T17:00"),
        ("Markets will close early, at 1 p.m. ET, on Friday.", "1 p.m. ET, on Friday", "2025-03-14T13:00"),
    ],
)
def test_a_clock_time_on_a_places_clock_belongs_to_the_day_after_it(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Russia launched 150 drones overnight, the air force said on Sunday.", "2025-03-08TNI"),
        ("Russia launched 150 drones overnight, Ukraine's air force said Sunday.", "2025-03-08TNI"),
        # Another day between them: the night is not the report's.
        ("Russia launched drones overnight and struck Kyiv on Friday, the air force said on Sunday.", "2025-03-11TNI"),
        ("Russia launched drones overnight, officials said.", "2025-03-11TNI"),
        # Told ahead, the night to come.
        ("Temperatures will drop sharply overnight, forecasters said.", "2025-03-12TNI"),
        ("Polls close at 10pm and counting begins overnight.", "2025-03-12TNI"),
    ],
)
def test_overnight_is_the_night_into_the_day_it_was_reported(text, value):
    assert [e.value for e in tag(text, A) if e.text == "overnight"] == [value]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Alerts were declared at 02:10 Kyiv time and lifted at 05:45.", "05:45", "2025-03-12T05:45"),
        ("Updated at 09:31 on 13 March 2025", "09:31 on 13 March 2025", "2025-03-13T09:31"),
        ("The curfew will begin at 11 p.m. Kyiv time from Saturday.", "11 p.m. Kyiv time from Saturday", "2025-03-15T23:00"),
    ],
)
def test_a_24_hour_time_after_at_is_a_clock_time(text, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, A)]


@pytest.mark.parametrize(
    "text,found",
    [
        ("The shops open at 9 a.m. from Monday to Friday.", "9 a.m."),
        ("The curfew runs from 11 p.m. to 5 a.m. from Friday.", "5 a.m."),
    ],
)
def test_a_clock_time_of_every_day_of_a_range_is_not_one_moment(text, found):
    assert found in [e.text for e in tag(text, A)]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The attack began at 04:15 on Sunday morning.", "04:15 on Sunday morning", "2025-03-09T04:15"),
        ("Sirens sounded at 2 a.m. on Sunday morning.", "2 a.m. on Sunday morning", "2025-03-09T02:00"),
        ("The video was posted at 14:20 on Monday.", "14:20 on Monday", "2025-03-10T14:20"),
    ],
)
def test_a_clock_time_before_a_part_of_a_day_is_on_that_day(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


@pytest.mark.parametrize("text,value", [("The vote was tied. Talks resumed at 15:00.", "2025-03-12T15:00"),
                                        ("The police led the suspect out at 14:30.", "2025-03-12T14:30")])
def test_a_score_word_elsewhere_leaves_a_clock_time_alone(text, value):
    assert [e.value for e in tag(text, A)] == [value]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Drones struck at 2 a.m. on Saturday night.", "2 a.m. on Saturday night", "2025-03-09T02:00"),
        ("Drones struck at 02:00 on Saturday night.", "02:00 on Saturday night", "2025-03-09T02:00"),
        ("Explosions were heard around 3 a.m. on Sunday night.", "around 3 a.m. on Sunday night", "2025-03-10T03:00"),
    ],
)
def test_the_small_hours_after_a_night_are_early_on_the_next_day(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


def test_the_other_clock_of_a_small_hour_after_a_night_is_on_its_own_day():
    found = tag("The first drones hit at 2 a.m. (2300 GMT) on Saturday night.", A)
    assert [(e.text, e.value) for e in found][:2] == [("2 a.m.", "2025-03-09T02:00"), ("2300 GMT", "2025-03-08T23:00")]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The blast came at 11:30 on Tuesday night.", "11:30 on Tuesday night", "2025-03-11T23:30"),
        ("The blast came at 10:15 on Tuesday evening.", "10:15 on Tuesday evening", "2025-03-11T22:15"),
        ("Talks ended at 11:30 on Sunday morning.", "11:30 on Sunday morning", "2025-03-09T11:30"),
    ],
)
def test_a_twelve_hour_clock_takes_the_half_of_the_day_its_part_names(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The attack came at 9 a.m. on Sunday night.",  # no hour of that night: a slip, not guessed
        "The attack came at 12:30 on Sunday night.",  # half past midnight or noon?
        "Drones struck at 2 p.m. on Saturday night.",
        "The attack came at 19:30 on Sunday morning.",
    ],
)
def test_a_clock_time_no_hour_of_the_part_of_day_is_not_joined_to_it(text):
    assert len(tag(text, A)) == 2




def test_yesterday_opening_a_quote_counts_from_the_day_it_was_said():
    found = tag("“Yesterday the enemy attacked Sumy,” Zelensky said on Tuesday.", A)
    assert [(e.text, e.value) for e in found] == [("Yesterday", "2025-03-10"), ("Tuesday", "2025-03-11")]


def test_a_live_blogs_entry_opens_with_its_time():
    found = tag("18:42 Putin has visited a command post in Kursk.\n09:05 Zelensky responded.", A)
    assert [(e.text, e.value) for e in found] == [("18:42", "2025-03-12T18:42"), ("09:05", "2025-03-12T09:05")]
    assert tag("Chapter\n3:16 John wrote it.", A) == []  # a verse, not an entry's time


@pytest.mark.parametrize(
    "text",
    [
        "Shakhtar won at 2:1 in Lviv.",
        "The split was at 10:30:15 precisely.",
        "The shares were diluted at 1:10.",
        "He scored at 12:34 of the second period.",
        "She ran at 04:30 mile pace.",
        "Brent gained 0.45 London Time on the news.",
        "The score was tied at 12:12 at half-time.",
        "The team led at 21:19 at the break.",
        "He ran the marathon at 05:30 per kilometre.",
    ],
)
def test_a_score_or_a_stopwatch_is_no_clock_time(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("“A year ago today, we woke up to explosions,” Zelenskiy said.", "A year ago today", "2022-02-24"),
        ("A week ago today, the talks collapsed.", "A week ago today", "2023-02-17"),
        ("Two years ago today Russia invaded.", "Two years ago today", "2021-02-24"),
        ("A year ago, troops crossed the border.", "A year ago", "2022"),
    ],
)
def test_ago_today_is_the_same_day_years_back(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2023, 2, 24))] == [(phrase, value)]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Talks resume a week from today.", "a week from today", "2023-03-03"),
        ("The law takes effect 90 days from today.", "90 days from today", "2023-05-25"),
        ("Six months from today, the permit lapses.", "Six months from today", "2023-08-24"),
        ("A year from now, the plant will be closed.", "A year from now", "2024"),
    ],
)
def test_from_today_is_the_day_itself_ahead(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2023, 2, 24))] == [(phrase, value)]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # Hours and minutes away: the day that many hours away.
        ("The ceasefire expires 72 hours from now.", "72 hours from now", "2023-02-27"),
        ("He left the city 48 hours ago.", "48 hours ago", "2023-02-22"),
        ("Ten minutes ago, it exploded.", "Ten minutes ago", "2023-02-24"),
        # "to the day": the day itself, that far back.
        ("The court struck down the law two years ago to the day.", "two years ago to the day", "2021-02-24"),
        ("The bank failed two years ago, almost to the day.", "two years ago, almost to the day", "2021-02-24"),
        ("Three decades ago to the day, the attack killed 13 people.", "Three decades ago to the day", "1993-02-24"),
    ],
)
def test_hours_ago_or_from_now_are_the_day_that_far(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2023, 2, 24))] == [(phrase, value)]


def test_a_24_hour_time_on_a_places_clock_needs_its_colon():
    found = tag("It began at 04:30 Kyiv time (0230 GMT) on Sunday.", A)
    assert [(e.text, e.value) for e in found][:2] == [("04:30 Kyiv time", "2025-03-09T04:30"), ("0230 GMT", "2025-03-09T02:30")]
    assert [(e.text, e.value) for e in tag("In 1945 Berlin time stood still.", A)] == [("1945", "1945")]


@pytest.mark.parametrize(
    "text,other,value",
    [
        ("Explosions were heard at 02:00 local time (2300 GMT) on Sunday.", "2300 GMT", "2025-03-08T23:00"),
        ("The polls closed at 10 p.m. EST (0300 GMT) on Tuesday.", "0300 GMT", "2025-03-12T03:00"),
        ("The quake struck at 11:24 local time (2324 GMT) on Tuesday.", "2324 GMT", "2025-03-10T23:24"),
    ],
)
def test_the_other_clock_may_be_on_the_day_before_or_after(text, other, value):
    assert [e.value for e in tag(text, A) if e.text == other] == [value]


def test_a_clock_time_with_another_in_brackets_both_belong_to_the_day_after_them():
    found = tag("Explosions were heard at 04:30 local time (0130 GMT) on Tuesday.", A)
    assert [(e.text, e.type, e.value) for e in found] == [
        ("04:30 local time", "TIME", "2025-03-11T04:30"),
        ("0130 GMT", "TIME", "2025-03-11T01:30"),
        ("Tuesday", "DATE", "2025-03-11"),
    ]


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # "overnight": the night before the day under discussion...
        ("London shares closed lower Friday, depressed by overnight losses in New York.", MON, "1989-10-26TNI"),
        # ...or before the publication day, like "last night".
        ("Asian markets fell overnight.", MON, "1989-10-29TNI"),
    ],
)
def test_overnight_is_the_night_before(text, anchor, value):
    e = tag(text, anchor)[-1]
    assert (e.text, e.type, e.value) == ("overnight", "TIME", value)


def test_the_night_before_a_day_anchors_what_follows_it():
    # The previous Friday is the one before Thursday night, not before the publication day.
    text = ("London shares closed lower Friday, depressed by overnight losses in New York. "
            "The index closed down 4.5% from the previous Friday.")
    assert tag(text, MON)[-1].value == "1989-10-20"


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Russian drones struck Odesa overnight into Sunday.", "overnight into Sunday", "2025-03-08TNI"),
        ("Drones struck Kyiv overnight to Tuesday, officials said.", "overnight to Tuesday", "2025-03-10TNI"),
    ],
)
def test_overnight_into_a_day_is_the_night_before_that_day(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "TIME", value)


def test_overnight_money_is_no_time():
    assert tag("The overnight rate rose to 9%.", MON) == []


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("'We will respond tomorrow,' Peskov told reporters on Tuesday.", "tomorrow", "2025-03-12"),
        ("“Today, the ball is in Russia’s court,” Rubio told reporters in Jeddah on Tuesday.", "Today", "2025-03-11"),
        ("“We struck them yesterday,” the commander said on Monday.", "yesterday", "2025-03-09"),
        ("'Yesterday we lost three soldiers,' the commander told Reuters by phone on Monday.", "Yesterday", "2025-03-09"),
        # Without the day of the saying, or outside the quote, the publication date counts.
        ("“We will respond tomorrow,” Peskov said.", "tomorrow", "2025-03-13"),
        ("The army said yesterday it would attack, Peskov said on Monday.", "yesterday", "2025-03-11"),
    ],
)
def test_a_day_in_a_quote_counts_from_the_day_it_was_said(text, phrase, value):
    (e, *_) = tag(text, A)
    assert (e.text, e.value) == (phrase, value)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("14:15: Zelensky says Russia attacked Sumy.", "14:15", "2025-03-12T14:15"),
        ("17:30 – White House says talks will continue.", "17:30", "2025-03-12T17:30"),
    ],
)
def test_a_live_blogs_time_before_a_colon_or_a_dash(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


def test_a_24_hour_time_after_from_or_until_is_a_clock_time():
    found = tag("The ceasefire will take effect from 00:01 on 14 March.", A)
    assert [(e.text, e.value) for e in found] == [("00:01 on 14 March", "2025-03-14T00:01")]
    assert tag("Kyiv was ahead by 12:10 in the match.", A) == []
    assert tag("Watch the footage from 01:20 onwards.", A) == []
    assert tag("He cut his time from 12:45 to 12:31 in the 5,000 metres.", A) == []


@pytest.mark.parametrize(
    "text,found",
    [
        # Both ends of a range of 24-hour times; one that ends earlier ends the next morning.
        ("Scheduled blackouts will be in place from 14:00 to 23:00.", [("14:00", "2025-03-12T14:00"), ("23:00", "2025-03-12T23:00")]),
        ("The curfew runs from 22:00 to 06:00.", [("22:00", "2025-03-12T22:00"), ("06:00", "2025-03-13T06:00")]),
        ("Roads will be closed for the marathon from 08:00 to 14:00.", [("08:00", "2025-03-12T08:00"), ("14:00", "2025-03-12T14:00")]),
        # After "after", "before" and "since", and a bulletin named by its hour.
        ("Sirens sounded at 07:45, and the all-clear was given shortly after 10:00.",
         [("07:45", "2025-03-12T07:45"), ("10:00", "2025-03-12T10:00")]),
        ("Sirens have sounded since 06:00.", [("06:00", "2025-03-12T06:00")]),
        ("The store is open from 9:00 to 17:00.", [("9:00", "2025-03-12T09:00"), ("17:00", "2025-03-12T17:00")]),
        ("Oil was flowing normally again by 14:30.", [("14:30", "2025-03-12T14:30")]),
        ("The General Staff said in its 08:00 update that 159 assaults were repelled.", [("08:00", "2025-03-12T08:00")]),
    ],
)
def test_24_hour_times_in_ranges_and_after_a_preposition(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # A bare clock time that opens a range is on the day of the one that closes it...
        ("The ban is in force from 7am until 10am tomorrow.", "7am", "2025-03-13T07:00"),
        ("The meeting ran from 9am to 5pm on Tuesday.", "9am", "2025-03-11T09:00"),
        # ... or on the day before, when it is the later hour: a night's curfew.
        ("The curfew ran from 10pm to 6am on Sunday.", "10pm", "2025-03-08T22:00"),
        # ... and so is the first of two clock times of one happening, the second with its day.
        ("Polls open at 7am and close at 10pm on Thursday.", "7am", "2025-03-13T07:00"),
        ("Doors open at 6 p.m. and the show starts at 8 p.m. Friday.", "6 p.m.", "2025-03-14T18:00"),
        # (not when the first has its day already)
        ("On Monday, the fire started at 4 p.m. and crews contained it at 9 a.m. Tuesday.", "4 p.m.", "2025-03-10T16:00"),
        # Alone, it keeps the day under discussion.
        ("Polls open at 7am and close at 10pm.", "7am", "2025-03-12T07:00"),
        ("The blast was heard at 7am, and on Thursday police returned.", "7am", "2025-03-12T07:00"),
    ],
)
def test_the_clock_times_of_a_range_share_its_day(text, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, A)]


def test_a_change_of_time_is_no_night():
    # (A time something is moved to is ahead, whatever the tense of the report.)
    found = tag("Kick-off was moved from 8pm to 5pm on Saturday.", A)
    assert [(e.text, e.value) for e in found] == [("8pm", "2025-03-15T20:00"), ("5pm on Saturday", "2025-03-15T17:00")]


@pytest.mark.parametrize(
    "text,found",
    [
        # The clock time that opens a range "between" two is on the day of the one closing it.
        ("Voting runs between 8 a.m. and 8 p.m. on Sunday.",
         [("8 a.m.", "2025-05-18T08:00"), ("8 p.m. on Sunday", "2025-05-18T20:00")]),
        # "noon" and "midnight" take their clock's zone, and then their day.
        ("Trading will be suspended between 9:30 a.m. and noon ET on Thursday.",
         [("9:30 a.m.", "2025-05-22T09:30"), ("noon ET on Thursday", "2025-05-22T12:00")]),
        # Told in the past on the day itself: the midnight that opened it, not the one to come.
        ("The ceasefire took effect at midnight local time.", [("midnight local time", "2025-05-21T00:00")]),
        ("The ceasefire takes effect at midnight local time.", [("midnight local time", "2025-05-21T24:00")]),
        # A day written after it, or a midnight that was planned, keeps the day's end.
        ("The offer expired at midnight Friday.", [("midnight Friday", "2025-05-16T24:00")]),
        ("Savers have until midnight tonight to use their allowance.", [("midnight tonight", "2025-05-21T24:00")]),
        # Told ahead, a clock time is not of a day gone by named before it.
        ("The first case was confirmed on May 12. The minister will hold a news conference at 1:30 p.m.",
         [("May 12", "2025-05-12"), ("1:30 p.m.", "2025-05-21T13:30")]),
        # A sentence ends after a one-digit day too.
        ("The first case was confirmed on May 2. The minister will hold a news conference at 1:30 p.m.",
         [("May 2", "2025-05-02"), ("1:30 p.m.", "2025-05-21T13:30")]),
        # But a day named in its own sentence keeps it, told ahead or not.
        ("On May 12, the minister said he would hold a news conference at 1:30 p.m.",
         [("May 12", "2025-05-12"), ("1:30 p.m.", "2025-05-12T13:30")]),
        ("The truce, which had been due to begin at midnight, was delayed.", [("midnight", "2025-05-21T24:00")]),
    ],
)
def test_noon_and_ranges_between_clock_times(text, found):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2025, 5, 21))] == found


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # Ahead, the year about to begin (unless it just has)...
        ("Mild weather is expected to last into the new year.", datetime.date(2023, 12, 21), "2024"),
        ("Parliament will debate the bill in the new year.", datetime.date(2025, 9, 20), "2026"),
        ("Ticket prices will rise in the new year.", datetime.date(2025, 1, 10), "2025"),
        # Told in the past late in the year, a bound before it still looks ahead.
        ("The Kremlin said it saw no prospect of talks before the new year.", datetime.date(2024, 12, 30), "2025"),
        # ... behind, the year begun.
        ("Prices have risen since the new year began.", datetime.date(2024, 1, 5), "2024"),
        ("The minister has been in office since the start of the new year.", datetime.date(2025, 11, 20), "2025"),
    ],
)
def test_the_new_year(text, anchor, value):
    assert [(e.text, e.value) for e in tag(text, anchor)] == [("the new year", value)]


def test_the_new_year_holiday_is_no_year():
    assert tag("Shops closed for the new year holiday.", datetime.date(2025, 11, 20)) == []


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        # A day, then its clock time: one moment, as the other way round.
        ("The launch is set for Thursday at 8 p.m. EDT.", datetime.date(2017, 6, 30),
         [("Thursday at 8 p.m. EDT", "TIME", "2017-07-06T20:00")]),
        ("The rocket lifted off on July 15 at 5:51 a.m.", datetime.date(2021, 7, 16),
         [("July 15 at 5:51 a.m.", "TIME", "2021-07-15T05:51")]),
        # A weekday of every week at a clock time is one recurrence.
        ("The market opens every Thursday at 8:30 a.m.", datetime.date(2024, 9, 30),
         [("every Thursday at 8:30 a.m.", "SET", "XXXX-WXX-4T08:30")]),
        # A clock time with a day of its own stays with it.
        ("The army said on Sunday at 2 a.m. on Saturday a drone hit a depot.", datetime.date(2025, 3, 14),
         [("Sunday", "DATE", "2025-03-09"), ("2 a.m. on Saturday", "TIME", "2025-03-08T02:00")]),
    ],
)
def test_a_day_then_its_clock_time(text, anchor, found):
    assert [(e.text, e.type, e.value) for e in tag(text, anchor)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # A clock time that ends its sentence is not on the next sentence's day.
        ("The bomb exploded at 8:15 a.m. Three days later, a second bomb fell.",
         [("8:15 a.m.", "2025-03-12T08:15"), ("Three days later", "2025-03-15")]),
        ("Troops landed at 6:30 a.m. The next day, they moved inland.",
         [("6:30 a.m.", "2025-03-12T06:30"), ("The next day", "2025-03-13")]),
        # A named day after it is still its day.
        ("Polls close at 8 p.m. Nov. 3.", [("8 p.m. Nov. 3", "2025-11-03T20:00")]),
    ],
)
def test_a_clock_time_keeps_to_its_sentence(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        # A bare small hour told after a late evening of a day is the next morning.
        ("Networks called Ohio at 11:12 p.m. on Tuesday. Romney conceded shortly before 1 a.m.",
         datetime.date(2012, 11, 7),
         [("11:12 p.m. on Tuesday", "2012-11-06T23:12"), ("shortly before 1 a.m.", "2012-11-07T01:00")]),
        ("Democrats captured the House late Tuesday, and by 3 a.m. they were within reach of the Senate.",
         datetime.date(2012, 11, 7), [("late Tuesday", "2012-11-06"), ("3 a.m.", "2012-11-07T03:00")]),
        # Not before the evening, nor a later hour of the same day.
        ("The attack began at 1 a.m. Tuesday and ended at 11 p.m.", datetime.date(2012, 11, 7),
         [("1 a.m. Tuesday", "2012-11-06T01:00"), ("11 p.m.", "2012-11-06T23:00")]),
        ("Polls closed at 8 p.m. on Tuesday. The first results came at 9 p.m.", datetime.date(2012, 11, 7),
         [("8 p.m. on Tuesday", "2012-11-06T20:00"), ("9 p.m.", "2012-11-06T21:00")]),
        # Nor, told in the past, the morning of that day when it has been told.
        ("A missile hit Dnipro early this morning, Putin said this evening. The missile struck at about 05:00.",
         datetime.date(2024, 11, 21),
         [("early this morning", "2024-11-21TMO"), ("this evening", "2024-11-21TEV"), ("05:00", "2024-11-21T05:00")]),
        ("Sirens sounded across Kyiv late tonight. The first explosions were heard at 1 a.m.", datetime.date(2024, 10, 15),
         [("late tonight", "2024-10-15TNI"), ("1 a.m.", "2024-10-16T01:00")]),
        ("Polls close at 10 p.m. tonight. Results are expected by 2 a.m.", datetime.date(2024, 11, 21),
         [("10 p.m. tonight", "2024-11-21T22:00"), ("2 a.m.", "2024-11-22T02:00")]),
        # Nor a small hour set apart from the evening in hours.
        ("Putin spoke at 10 p.m. on Thursday, 17 hours after the missile struck at about 5 a.m.", datetime.date(2025, 3, 13),
         [("10 p.m. on Thursday", "2025-03-13T22:00"), ("17 hours", "PT17H"), ("about 5 a.m.", "2025-03-13T05:00")]),
        # Nor a time the sentence goes back to.
        ("At 11 p.m. Friday the power failed. Earlier, at 5 a.m., a transformer had sparked.", datetime.date(2025, 3, 13),
         [("11 p.m. Friday", "2025-03-07T23:00"), ("5 a.m.", "2025-03-07T05:00")]),
        ("Flights resumed at 9 p.m. Tuesday after being grounded since 4 a.m.", datetime.date(2025, 3, 13),
         [("9 p.m. Tuesday", "2025-03-11T21:00"), ("4 a.m.", "2025-03-11T04:00")]),
        # But a time things were done by, or a stretch since, told in a sentence of its own, is after midnight.
        ("Polls closed at 11 p.m. Tuesday. Fans had left by 1 a.m.", datetime.date(2025, 3, 13),
         [("11 p.m. Tuesday", "2025-03-11T23:00"), ("1 a.m.", "2025-03-12T01:00")]),
        ("A fire broke out at 11:40 p.m. Monday. Crews have been on the scene since 2 a.m.", datetime.date(2025, 3, 13),
         [("11:40 p.m. Monday", "2025-03-10T23:40"), ("2 a.m.", "2025-03-11T02:00")]),
    ],
)
def test_small_hours_after_a_late_evening_are_the_next_morning(text, anchor, found):
    assert [(e.text, e.value) for e in tag(text, anchor)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # A part of the day told ahead, with no day named before it, is the publication day's.
        ("Forecasters expect rain in the afternoon.", [("the afternoon", "2025-03-12TAF")]),
        # In the abstract, none.
        ("Take the pill in the afternoon.", []),
        ("He runs in the morning.", []),
    ],
)
def test_a_part_of_the_day_told_ahead_is_todays(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # "Tomorrow" that opens the next sentence is not the clock time's day.
        ("Fans lined up at 5 a.m. Tomorrow, the team will hold a parade.", [("5 a.m.", "2025-03-12T05:00"), ("Tomorrow", "2025-03-13")]),
        # A part of the day told ahead in a plain future sentence; not in a rule or a contrast.
        ("The president will address the nation in the evening.", [("the evening", "2025-03-12TEV")]),
        ("Students will attend classes in the morning and work in the afternoon.", []),
        # "minutes after 9 a.m." is a clock time's neighbourhood, no stretch.
        ("The first explosion came minutes after 9 a.m.", [("9 a.m.", "2025-03-12T09:00")]),
    ],
)
def test_clock_times_and_parts_of_the_day_near_misses(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A year of background between the story's recent day and a bare clock time.
        ("Bill Clinton last night became the first Democrat since Roosevelt in 1936 to win a second term. "
         "Bob Dole conceded at 10:30 p.m. Eastern time.", datetime.date(1996, 11, 6), "10:30 p.m.", "1996-11-05T22:30"),
        ("Friday's earthquake, the strongest since records began 140 years ago, struck at 2:46 p.m.",
         datetime.date(2011, 3, 13), "2:46 p.m.", "2011-03-11T14:46"),
        ("The plant closed on Monday. It opened in 1990. Workers will leave at 5 p.m.",
         datetime.date(1996, 11, 6), "5 p.m.", "1996-11-06T17:00"),
        # A bulletin named by its hour is out by the time it is told of.
        ("Milton was expected to make landfall early Thursday, the National Hurricane Center said in its "
         "11 a.m. advisory.", datetime.date(2024, 10, 8), "11 a.m.", "2024-10-08T11:00"),
    ],
)
def test_a_clock_times_day_past_background_years_and_a_bulletins_hour(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value
