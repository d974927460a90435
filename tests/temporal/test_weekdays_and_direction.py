"""Weekday and month names without a year: the tense and cue words choose the direction."""

import datetime

import pytest

from timeline.temporal import tag

from .conftest import value_of

THU = datetime.date(2025, 3, 13)  # a Thursday


def one(text, anchor=THU):
    found = tag(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text,value,rule",
    [
        ("Putin visited Kursk on Wednesday.", "2025-03-12", "weekday-past"),
        ("Putin visited Kursk on Thursday.", "2025-03-13", "weekday-past"),  # the anchor day
        ("Officials met on Monday.", "2025-03-10", "weekday-past"),
        ("Putin will meet Trump on Tuesday.", "2025-03-18", "weekday-future"),
        ("Ukraine will respond by Friday.", "2025-03-14", "weekday-future"),
        ("The talks are scheduled for Saturday.", "2025-03-15", "weekday-future"),
        ("He said he will travel on Monday.", "2025-03-17", "weekday-future"),
        ("Mr. Gerstner said Friday.", "2025-03-07", "weekday-past"),
        ("Russian officials boasted of an attack last Saturday.", "2025-03-08", "weekday-last"),
        ("The envoy arrives next Tuesday.", "2025-03-18", "weekday-next"),
        ("Kyiv must respond to the proposal by Friday, officials said.", "2025-03-14", "weekday-future"),
        ("The convoy must have left on Monday, officials said.", "2025-03-10", "weekday-past"),
        ("Witnesses could see smoke over Kyiv on Sunday, police said.", "2025-03-09", "weekday-past"),
    ],
)
def test_weekday_direction(text, value, rule):
    e = one(text)
    assert (e.value, e.rule, e.granularity) == (value, rule, "day")
    assert e.resolved_against == "anchor" and e.reference == "2025-03-13"


@pytest.mark.parametrize(
    "text,value",
    [
        # A scheduled event in the simple present lies ahead.
        ("Peace talks resume Monday in Geneva.", "2025-03-17"),
        ("The ceasefire offer expires Friday.", "2025-03-14"),
        ("The envoy meets the president Tuesday.", "2025-03-18"),
        ("The two delegations meet Tuesday.", "2025-03-18"),
        ("Kyiv and Moscow meet separately Monday with the mediators.", "2025-03-17"),
        ("The new tariff takes effect Monday.", "2025-03-17"),
        ("Schools reopen on Monday.", "2025-03-17"),
        ("The referendum is Sunday.", "2025-03-16"),
        ("The ministry said it expects to sign the deal Tuesday.", "2025-03-18"),
        ("Negotiators are in Riyadh Thursday.", "2025-03-13"),  # the present: the anchor day
        ("Organizers plan a rally on Wednesday.", "2025-03-19"),
        # A state or an appointment told with a present copula.
        ("County offices are closed Monday for the holiday.", "2025-03-17"),
        # A day something starts on.
        ("Families can pick up free lunches at six school sites beginning Wednesday.", "2025-03-19"),
        # The same words as nouns, or after what carries the tense, do not.
        ("The talks Monday broke down.", "2025-03-10"),
        ("The envoy did not meet the president Tuesday.", "2025-03-11"),
        ("The mayor is recovering after surgery Tuesday.", "2025-03-11"),
        ("On Wednesday, Petrov, head of the delegation, said the talks failed.", "2025-03-12"),
        ("Officials said the talks ended Monday.", "2025-03-10"),
        ("The plan on Tuesday was rejected.", "2025-03-11"),
        ("Officials said the plans on Monday were unchanged.", "2025-03-10"),
        ("Twists and turns on Monday left investors dizzy.", "2025-03-10"),
        ("He is recovering after surgery Tuesday.", "2025-03-11"),
        ("The festival began Friday, starting with a parade.", "2025-03-07"),
        ("In Kyiv, residents returned Monday.", "2025-03-10"),
    ],
)
def test_simple_present_of_a_scheduled_event(text, value):
    assert one(text).value == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("This Sunday's runoff will be close.", "2025-03-16"),  # the anchor's week
        ("Officials met this Monday.", "2025-03-10"),
        ("Officials will meet this Monday.", "2025-03-17"),  # the tense points ahead
        ("The referendum is this Saturday.", "2025-03-15"),
    ],
)
def test_this_weekday(text, value):
    e = one(text)
    assert (e.value, e.rule) == (value, "weekday-this")


def test_weekday_with_part_of_day_is_a_time():
    e = one("He met them Tuesday morning.")
    assert (e.type, e.value, e.granularity) == ("TIME", "2025-03-11TMO", "time")


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("He spoke during his news briefing in December.", datetime.date(2025, 3, 12), "2024-12"),
        ("The army restored control of Kursk by March.", datetime.date(2025, 5, 21), "2025-03"),
        ("The council will vote in December.", datetime.date(2025, 3, 12), "2025-12"),
        ("Ukraine launched its offensive last August.", datetime.date(2025, 3, 13), "2024-08"),
        ("The council will vote next month.", datetime.date(2025, 3, 13), "2025-04"),
        ("In May, the army will march.", datetime.date(2025, 3, 13), "2025-05"),
        ("The dividend is payable Dec. 15.", datetime.date(1989, 11, 2), "1989-12-15"),
    ],
)
def test_month_direction(text, anchor, value):
    assert one(text, anchor).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The investor bought the building in February.",
        "Rescuers dug through the rubble in February.",
        "The committee withheld its approval in February.",
        "Since the fund bought the chain in February, it has sold three stores.",
    ],
)
def test_irregular_past_verbs_put_a_month_behind(text):
    # Without a past cue, a February named in late October is the nearer, coming one.
    assert one(text, datetime.date(1989, 10, 30)).value == "1989-02"


@pytest.mark.parametrize(
    "text,value",
    [
        # A past verb whose own time the month gives: the month behind, even when the coming
        # one is nearer.
        ("The minister resigned in April.", "2024-04"),
        ("The new law took effect in April.", "2024-04"),
        ("Officials said in April that the talks had failed.", "2024-04"),
        ("The plant closed in April, the company said.", "2024-04"),
        ("He was born in April.", "2024-04"),
        # A date the past verb points at, or an infinitive's: the nearer one stays.
        ("The company agreed to buy the bank in April.", "2025-04"),
        ("Lawmakers postponed the vote to April.", "2025-04"),
        ("The board declared a dividend payable in April.", "2025-04"),
        ("The appeal is heard in April.", "2025-04"),
        ("Shareholders will redeem preferred shares in April.", "2025-04"),
        ("The bank signalled a rate cut in April.", "2025-04"),
    ],
)
def test_a_past_verb_governing_a_month(text, value):
    assert one(text).value == value


def test_a_month_without_a_tense_cue_is_the_nearest():
    assert one("The board's vote in February.", datetime.date(1989, 10, 30)).value == "1990-02"


def test_two_weeks_ago_across_a_new_year():
    e = one("The strike began two weeks ago.", datetime.date(2025, 1, 5))
    assert (e.value, e.first_day, e.last_day) == ("2024-W51", datetime.date(2024, 12, 16), datetime.date(2024, 12, 22))


@pytest.mark.parametrize(
    "text,value",
    [
        # A modal between the past verb and the day: the day follows the report.
        ("Officials announced that the envoy would travel to Kyiv Friday.", "2025-03-14"),
        ("Officials postponed until Monday any decision on the talks.", "2025-03-17"),
        # A modal after the day, or a past verb after it, does not.
        ("Until Tuesday, investigators had not called him.", "2025-03-11"),
        # A possessive names a day by what happened on it.
        ("Lawyers said they would look for ways around Wednesday's ruling.", "2025-03-12"),
    ],
)
def test_modal_cues(text, value):
    assert one(text).value == value


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # A past-tense sentence names an earlier month of the same year, not next year's.
        ("He stepped down as chairman in March for health reasons.", datetime.date(1989, 11, 2), "1989-03"),
        ("In April, the company brought in a new chief executive.", datetime.date(1989, 10, 27), "1989-04"),
        # ...but a date a few weeks ahead stays ahead.
        ("Directors declared a dividend, payable Dec. 7.", datetime.date(1989, 10, 27), "1989-12-07"),
        ("The offer was extended to Nov. 20.", datetime.date(1989, 11, 2), "1989-11-20"),
    ],
)
def test_month_in_past_sentence(text, anchor, value):
    assert one(text, anchor).value == value


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # The month just before the anchor's is "last month"; named, it is a year back.
        ("Two helicopters crashed last February.", datetime.date(1998, 3, 1), "1997-02"),
        ("Two helicopters crashed last January.", datetime.date(1998, 3, 1), "1998-01"),
        # A participle after "be" takes the tense of its auxiliary: "will be named" is ahead.
        ("She will be named commander for a mission in December.", datetime.date(1998, 3, 4), "1998-12"),
        ("She was named commander for a mission in December.", datetime.date(1998, 3, 4), "1997-12"),
        # A deadline just behind the publication date is nearer than one a year ahead.
        ("They would look for ways to stop the return by Jan. 14.", datetime.date(2000, 1, 15), "2000-01-14"),
        # "were planning to": the auxiliary is the report's tense, the plan lies ahead.
        ("Protesters were planning to march on Saturday.", datetime.date(2000, 1, 7), "2000-01-08"),
        # A closing double quote ends the sentence, and its tense with it.
        ("He said, ``We will win.'' Protesters marched on Saturday.", datetime.date(2000, 1, 7), "2000-01-01"),
        ("He said, ``We will win.'' Crowds in the square Saturday.", datetime.date(2000, 1, 7), "2000-01-01"),
    ],
)
def test_direction_cues(text, anchor, value):
    assert [e.value for e in tag(text, anchor) if e.type == "DATE"][-1] == value


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # "since" looks back, whatever the tense of the verb.
        ("Since Tuesday, the shares have gained nearly 4%.", datetime.date(1989, 10, 27), "1989-10-24"),
        ("Since February, prices have risen.", datetime.date(1989, 10, 27), "1989-02"),
        ("Police have searched for him since shortly after the Oct. 23 slaying.", datetime.date(1999, 5, 6), "1998-10-23"),
        # Even when the month's next occurrence is nearer than its last.
        ("The ECB held rates on Thursday, its first pause since June.", datetime.date(2025, 3, 13), "2024-06"),
        ("It has not rained since March 30.", datetime.date(2025, 3, 13), "2024-03-30"),
        ("The troops will stay, as they have since the summer.", datetime.date(2025, 3, 13), "2024-SU"),
    ],
)
def test_since_looks_back(text, anchor, value):
    assert [e.value for e in tag(text, anchor) if e.type == "DATE"][-1] == value


@pytest.mark.parametrize(
    "text,value",
    [
        # A plan told in the past perfect was overtaken: its day is behind the story.
        ("The offer had been due to expire Friday evening.", "2025-03-07TEV"),
        ("The offer previously had been scheduled to expire Friday.", "2025-03-07"),
        ("The offer is scheduled to expire Friday.", "2025-03-14"),
        # "could not", "neither ... could" is the past of "can", not a conditional.
        ("The minister could not be reached for comment Wednesday.", "2025-03-12"),
        ("Neither he nor his aides could be located Wednesday.", "2025-03-12"),
        ("The minister couldn't be reached Wednesday.", "2025-03-12"),
        # A deadline is met or missed in a past-tense sentence, and lies ahead otherwise.
        ("Shareholders tendered their shares by the Tuesday deadline.", "2025-03-11"),
        ("The company faces a Tuesday deadline.", "2025-03-18"),
        # "until" nearer than a present tense points ahead.
        ("The agency has given the family until 9 a.m. Tuesday to sign.", "2025-03-18T09:00"),
        # A reporting verb after a closing quotation mark frames the quotation only.
        ("''The envoy will leave at dawn (4 a.m. Tuesday),'' the minister said.", "2025-03-18T04:00"),
        ("``The envoy will leave Tuesday,'' the minister said.", "2025-03-18"),
    ],
)
def test_tense_of_plans_negations_deadlines_and_quotations(text, value):
    assert [e.value for e in tag(text, THU) if e.type in ("DATE", "TIME")][-1] == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("In January, the company brought in new managers.", "1989-01"),
        ("Talks stalled. In December, the firm changed its fiscal year.", "1988-12"),
        ("The company agreed to acquire the bank in January.", "1990-01"),
    ],
)
def test_a_month_fronted_in_a_past_sentence_lies_behind(text, value):
    (e,) = tag(text, datetime.date(1989, 10, 27))
    assert e.value == value


@pytest.mark.parametrize(
    "text,values",
    [
        # Fronted before a pronoun, after "On", or opening a clause after ", and".
        ("In August he was directing traffic.", ["1998-08"]),
        ("On Aug. 15 he was directing traffic.", ["1998-08-15"]),
        ("He was 23, and on Aug. 15 he was directing traffic.", ["1998-08-15"]),
        # A range after a past verb is the verb's own time.
        ("Nursing homes reported 412 deaths between July and September.", ["1998-07", "1998-09"]),
        # Not the object of an arrangement, which may lie ahead.
        ("Officials said talks would take place between July and September.", ["1999-07", "1999-09"]),
    ],
)
def test_a_month_opening_a_past_clause_or_a_past_verbs_range_lies_behind(text, values):
    assert [e.value for e in tag(text, datetime.date(1999, 6, 24))] == values


@pytest.mark.parametrize(
    "text,values",
    [
        # A count's participle is an adjective, no past tense: "25 named storms".
        ("Forecasters predict 17 to 25 named storms between June 1 and November 30.", ["2024-06-01", "2024-11-30"]),
        ("About 300 stranded passengers will leave on Friday.", ["2024-05-24"]),
        # The end of a range of days is the first such day after its start.
        ("Talks ran from May 3 to May 5.", ["2024-05-03", "2024-05-05"]),
        ("The gallery was shut from Dec. 20 to Jan. 5.", ["2023-12-20", "2024-01-05"]),
    ],
)
def test_a_counts_participle_has_no_tense_and_a_range_of_days_runs_forward(text, values):
    assert [e.value for e in tag(text, datetime.date(2024, 5, 23))] == values



@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("Tuesday's strike killed 12 people.", THU, "2025-03-11"),
        ("Zelenskiy will discuss Tuesday's attack with allies.", THU, "2025-03-11"),  # a day gone by, named by its happening
        ("Delegations are arriving in Turkey ahead of Thursday's meeting.", datetime.date(2025, 5, 14), "2025-05-15"),
        ("Officials are preparing for Saturday's summit.", THU, "2025-03-15"),
        ("Tuesday's talks in Jeddah are expected to run late.", datetime.date(2025, 3, 10), "2025-03-11"),
        ("Saturday's summit will be held in Riyadh.", THU, "2025-03-15"),
        ("Zelenskiy has not said whether he will attend Thursday's talks in Istanbul.", datetime.date(2025, 5, 14), "2025-05-15"),
        # A past sentence's "ahead of" names the nearest such day; a happening's aftermath is no plan.
        ("Russia struck Kyiv on Wednesday, ahead of Thursday's meeting.", datetime.date(2025, 3, 14), "2025-03-13"),
        ("Tuesday's attack on Kyiv is likely to draw a response.", THU, "2025-03-11"),
        ("Monday's shelling of Kherson is expected to delay repairs.", THU, "2025-03-10"),
    ],
)
def test_a_day_named_by_its_happening_is_past_unless_the_words_look_ahead(text, anchor, value):
    assert tag(text, anchor)[-1].value == value


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("Ukraine lost its foothold near Kurakhove in January.", datetime.date(2024, 12, 31), "2024-01"),
        ("Russia launched its offensive on the Kharkiv region in May.", datetime.date(2025, 4, 25), "2024-05"),
        ("In January, the army withdrew.", datetime.date(2024, 12, 31), "2024-01"),
        # An object that has a time of its own may take the date: a cut still to come.
        ("The central bank signalled a cut in interest rates in May.", datetime.date(2025, 4, 25), "2025-05"),
        ("The government announced early elections in May.", datetime.date(2025, 4, 25), "2025-05"),
        ("The Kremlin confirmed a military parade in May.", datetime.date(2025, 3, 12), "2025-05"),
        ("Kyiv secured a donor conference in June.", datetime.date(2025, 3, 12), "2025-06"),
    ],
)
def test_a_past_verb_keeps_its_month_across_its_object(text, anchor, value):
    assert one(text, anchor).value == value


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("A ceasefire deal could be signed on Friday, officials said.", datetime.date(2025, 3, 12), "2025-03-14"),
        ("Friday's funeral will be held in Lviv.", datetime.date(2025, 3, 12), "2025-03-14"),
        ("Monday's meeting was expected to focus on security.", datetime.date(2025, 3, 12), "2025-03-10"),
        ("Russia launched its largest attack on Saturday, ahead of Thursday's talks.", datetime.date(2025, 3, 9), "2025-03-13"),
        ("Kyiv held a donor conference in June.", datetime.date(2025, 3, 12), "2024-06"),
        ("Russia staged a parade in May.", datetime.date(2025, 3, 12), "2024-05"),
    ],
)
def test_the_words_around_a_name_decide_which_way_it_points(text, anchor, value):
    assert tag(text, anchor)[-1].value == value


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # A trailing attribution tells when it was said; the future before the date, when.
        ("EU foreign ministers will discuss the new sanctions package on Monday, diplomats said.", THU, "2025-03-17"),
        ("Putin visited Kursk on Wednesday, the Kremlin said.", THU, "2025-03-12"),
        # "is due" is a plan.
        ("Witkoff is due in Moscow on Tuesday.", THU, "2025-03-18"),
        # An "-ed" word after a determiner describes a noun: no past tense.
        ("Putin will visit the occupied regions in May.", THU, "2025-05"),
        (
            "Romania will rerun its annulled presidential election on May 4, the government said on Thursday.",
            datetime.date(2025, 1, 17),
            "2025-05-04",
        ),
    ],
)
def test_a_plan_keeps_its_direction_past_an_attribution_or_an_adjective(text, anchor, value):
    assert tag(text, anchor)[0].value == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("Ukraine war: Navalny to be buried in Moscow on Friday", "2024-03-01"),
        ("Putin to meet Trump on Friday", "2024-03-01"),
        # A verb before the infinitive carries the tense.
        ("He wanted to meet Trump on Friday.", "2024-02-23"),
    ],
)
def test_a_headlines_infinitive_is_a_plan(text, value):
    assert [e.value for e in tag(text, datetime.date(2024, 2, 29))] == [value]


def test_a_possessive_days_noun_is_no_verb_of_the_present():
    (e,) = tag("During Tuesday's visit Putin also met troops.", datetime.date(2025, 5, 21))
    assert e.value == "2025-05-20"


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("The talks, originally expected on Thursday, were pushed back to Friday.", datetime.date(2025, 5, 15), "2025-05-16"),
        ("The White House later confirmed a call for Tuesday.", datetime.date(2025, 3, 14), "2025-03-18"),
        ("The hearing was adjourned until Monday.", datetime.date(2025, 2, 19), "2025-02-24"),
        ("He moved to Kyiv on Monday.", datetime.date(2025, 2, 19), "2025-02-17"),
    ],
)
def test_a_day_something_is_moved_to_or_set_for_lies_ahead(text, anchor, value):
    assert tag(text, anchor)[-1].value == value


@pytest.mark.parametrize(
    "text,value",
    [
        # A future before the date governs it only in its clause, with no other happening between.
        ("Oil will stay volatile after a 4% drop on Monday, traders said.", "2025-03-10"),
        ("Kyiv will need more air defences after the attack on Sunday, officials said.", "2025-03-09"),
        # "that" before a verb is no determiner: "passed" is the verb of the day.
        ("The bill that passed on Tuesday will take effect.", "2025-03-11"),
        # An infinitive after a noun phrase is no headline's plan.
        ("Zelensky's trip to meet Trump on Friday ended in a shouting match.", "2025-03-07"),
    ],
)
def test_a_future_elsewhere_in_the_sentence_does_not_move_a_day_gone_by(text, value):
    assert tag(text, THU)[0].value == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("EU leaders to meet in Brussels on Thursday", "2025-03-13"),
        ("Putin to skip Istanbul talks on Thursday, Kremlin says", "2025-03-13"),
        ("Kremlin says Putin to meet Trump on Thursday", "2025-03-13"),
        ("Zelensky's trip to Washington to meet Trump on Thursday was cut short.", "2025-03-06"),
        ("The chance for Kyiv to meet Rubio on Thursday was lost.", "2025-03-06"),
    ],
)
def test_a_headlines_infinitive_after_its_subject_with_no_verb_after_is_a_plan(text, value):
    assert [e.value for e in tag(text, datetime.date(2025, 3, 10))] == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("The Commission will present its long-awaited proposal to member states on Tuesday, officials said.", "2025-03-18"),
        ("Ministers will, for the first time, meet in person on Monday, diplomats said.", "2025-03-17"),
        ("The central bank, which will publish its forecast soon, cut rates on Tuesday, Reuters reported.", "2025-03-11"),
    ],
)
def test_a_future_across_commas_still_governs_unless_it_is_a_relative_clauses(text, value):
    assert [e.value for e in tag(text, THU) if e.text in ("Tuesday", "Monday")] == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("The euro will likely stay weak, and the ECB cut rates on Tuesday, traders said.", "2025-03-11"),
        ("Investors will be watching as the Fed cut rates on Tuesday, analysts said.", "2025-03-11"),
        ("Ukraine will need more help: Russia cut power on Tuesday, officials said.", "2025-03-11"),
        ("Trump, who will visit Kyiv, re-affirmed support on Tuesday.", "2025-03-11"),
    ],
)
def test_a_future_in_another_clause_leaves_a_day_gone_by_alone(text, value):
    assert [e.value for e in tag(text, THU) if e.text == "Tuesday"] == [value]


@pytest.mark.parametrize(
    "text",
    ["Moody's cut Ukraine to junk on Thursday.", "Zelensky wrote to lawmakers on Thursday.",
     "Starmer told MPs to prepare on Thursday.", "Apple shares surge to record high on Thursday",
     "Drones continue to hit Kyiv on Thursday"],
)
def test_to_before_a_noun_or_after_a_verb_is_no_headlines_plan(text):
    assert [e.value for e in tag(text, datetime.date(2025, 3, 10))] == ["2025-03-06"]


@pytest.mark.parametrize(
    "text,values",
    [
        ("Talks ran from Tuesday through Friday.", ["2025-03-04", "2025-03-07"]),
        ("Talks ran from Monday to Wednesday.", ["2025-03-10", "2025-03-12"]),
        ("The shops will open from Monday to Friday.", ["2025-03-17", "2025-03-21"]),
        ("The curfew lasts from Friday until Monday.", ["2025-03-14", "2025-03-17"]),
    ],
)
def test_a_range_of_weekdays_ends_after_it_begins(text, values):
    assert [e.value for e in tag(text, THU)] == values


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A past form that is also the base form, after a modal or "to", is no past.
        ("The U.S. government will shut down at 12:01 a.m. on Wednesday unless Congress acts.",
         datetime.date(2025, 9, 30), "12:01 a.m. on Wednesday", "2025-10-01T00:01"),
        ("The government shut down on Wednesday.", datetime.date(2025, 10, 2), "Wednesday", "2025-10-01"),
        # A participle's phrase after a comma carries no tense of its own.
        ("Teams from Russia and the U.S. will meet in Riyadh on Monday, followed by talks with Ukraine.",
         datetime.date(2025, 3, 20), "Monday", "2025-03-24"),
        # "proposed" right before its day, after its subject, is the proposal's day; the
        # talks it proposes lie ahead.
        ("Putin proposed on Sunday that Russia and Ukraine hold direct talks in Istanbul on Thursday.",
         datetime.date(2025, 5, 12), "Sunday", "2025-05-11"),
        ("Putin proposed on Sunday that Russia and Ukraine hold direct talks in Istanbul on Thursday.",
         datetime.date(2025, 5, 12), "Thursday", "2025-05-15"),
        ("Talks proposed for Sunday were cancelled.", datetime.date(2025, 5, 12), "Sunday", "2025-05-18"),
        # A modal across a semicolon is another clause's.
        ("Trump vows to hit Houthis until they stop Red Sea attacks; strikes kill 31 on Saturday",
         datetime.date(2025, 3, 16), "Saturday", "2025-03-15"),
        # A verb after a comma, in another clause, does not outweigh the plan before the date.
        ("Russia plans to hold its military exercises in the autumn, as it does every year.",
         datetime.date(2025, 3, 13), "the autumn", "2025-FA"),
        ("On Monday, the troops withdrew.", datetime.date(2025, 3, 13), "Monday", "2025-03-10"),
        # A relative clause after the comma tells of the date's own happening.
        ("The Security Council will meet to discuss the attack on Sunday, which killed 34 people.",
         datetime.date(2025, 3, 13), "Sunday", "2025-03-09"),
        # A modal after a semicolon still speaks for the date before it.
        ("Zelensky in Washington on Friday; minerals deal could be signed", datetime.date(2025, 3, 13), "Friday", "2025-03-14"),
        # "to" before a number is no infinitive's.
        ("Brent rose from $70 to $80, hit a high in May and fell back.", datetime.date(2025, 3, 13), "May", "2024-05"),
        # "since" giving a reason looks nowhere in particular.
        ("Since March 20 is a public holiday, the vote will be held on March 21.", datetime.date(2025, 3, 13),
         "March 20", "2025-03-20"),
        # "the talks Putin proposed on Thursday in Istanbul" proposes the talks for Thursday.
        ("Kyiv has yet to confirm whether it will join the direct talks Moscow proposed on Thursday in Istanbul.",
         datetime.date(2025, 5, 12), "Thursday", "2025-05-15"),
    ],
)
def test_a_verbs_own_clause_decides_its_tense(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # "am" run into a clock time is no "I am".
        ("The Rafah crossing will reopen at 8am on Thursday, Egyptian officials said.",
         datetime.date(2025, 3, 19), "8am on Thursday", "2025-03-20T08:00"),
        # A future sentence names a month a year ahead rather than one a month gone.
        ("Elections will be held in January.", datetime.date(2025, 3, 9), "January", "2026-01"),
        ("Ukraine must respond by Jan. 14.", datetime.date(2025, 1, 15), "Jan. 14", "2025-01-14"),
        # A month opening a past sentence, before its subject, with or without a comma.
        ("In June Ukraine launched its counteroffensive.", datetime.date(2025, 3, 13), "June", "2024-06"),
        ("In June Ukraine will launch its counteroffensive.", datetime.date(2025, 3, 13), "June", "2025-06"),
    ],
)
def test_clock_words_and_fronted_months_do_not_mislead_the_tense(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Russian missiles struck Dnipro on Monday last week.", "Monday last week", "2025-03-03"),
        ("Talks resume on Tuesday next week.", "Tuesday next week", "2025-03-18"),
        ("Putin met Witkoff on Thursday this week.", "Thursday this week", "2025-03-13"),
    ],
)
def test_a_weekday_of_a_week_named_after_it(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, THU)] == [(phrase, value)]


def test_a_weekday_before_a_weeks_possessive_stays_apart():
    found = tag("On Monday, last week's talks were recalled.", THU)
    assert [(e.text, e.value) for e in found] == [("Monday", "2025-03-10"), ("last week", "2025-W10")]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A month or a day a few weeks gone is still the one a future sentence means.
        ("The statistics office will publish February inflation data on Friday.", datetime.date(2025, 3, 10), "February", "2025-02"),
        ("Parliament will debate the February 24 agreement next week.", datetime.date(2025, 3, 10), "February 24", "2025-02-24"),
        ("The court will hear an appeal against the verdict of January 30.", datetime.date(2025, 2, 20), "January 30", "2025-01-30"),
        # A quarter's results come out after it.
        ("Toyota will report results for the October-December quarter on Thursday.", datetime.date(2025, 2, 3),
         "the October-December quarter", "2024-Q4"),
        # "since June has killed" looks back; only a sentence-opening "Since <day> is" gives a reason.
        ("The fighting since June has killed 3,000 people.", datetime.date(2025, 3, 13), "June", "2024-06"),
        # A weekday before a week that is the next clause's subject stays apart.
        ("Officials said on Monday last week was the deadliest of the war.", datetime.date(2025, 3, 13), "Monday", "2025-03-10"),
        ("On Monday Group of Seven foreign ministers met in Charlevoix.", datetime.date(2025, 3, 13), "Monday", "2025-03-10"),
    ],
)
def test_narrow_rules_leave_the_common_readings_alone(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        ("Biden announced on Wednesday that Israel and Hamas had agreed to a ceasefire deal, to take effect on Sunday.",
         datetime.date(2025, 1, 15), "Sunday", "2025-01-19"),
        ("The army withdrew on Sunday, to the relief of residents.", datetime.date(2025, 1, 15), "Sunday", "2025-01-12"),
        ("Trump, Putin to speak Tuesday as ceasefire push intensifies", datetime.date(2025, 3, 17), "Tuesday", "2025-03-18"),
        ("The shooting happened at 7:50 p.m. Eastern on Saturday.", datetime.date(2025, 6, 22),
         "7:50 p.m. Eastern on Saturday", "2025-06-21T19:50"),
    ],
)
def test_plans_after_a_comma_headline_verbs_and_zone_names(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A happening that went on until a day is behind, like the day itself.
        ("MPs sat until 11.30pm on Wednesday.", datetime.date(2025, 3, 14), "11.30pm on Wednesday", "2025-03-12T23:30"),
        ("The talks lasted until Wednesday.", datetime.date(2025, 3, 14), "Wednesday", "2025-03-12"),
        ("The session ran until the early hours of Thursday.", datetime.date(2025, 3, 14), "Thursday", "2025-03-13"),
        ("He remained in custody until Wednesday, police said.", datetime.date(2025, 3, 14), "Wednesday", "2025-03-12"),
        # A state or a grant may run on past the report, and a day put off to lies ahead.
        ("The embassy was closed until Monday.", datetime.date(2025, 3, 14), "Monday", "2025-03-17"),
        ("The vote was postponed until Tuesday.", datetime.date(2025, 3, 14), "Tuesday", "2025-03-18"),
        ("The ministry said the ceasefire would hold until Wednesday.", datetime.date(2025, 3, 14), "Wednesday", "2025-03-19"),
        # A forecast is of what is to come.
        ("Heavy snow is forecast for Tuesday night into Wednesday morning.", datetime.date(2025, 1, 6),
         "Tuesday night", "2025-01-07TNI"),
        ("Temperatures are forecast to fall on Thursday.", datetime.date(2025, 1, 6), "Thursday", "2025-01-09"),
        ("Snow had been forecast for Tuesday.", datetime.date(2025, 1, 6), "Tuesday", "2024-12-31"),
        # A deadline given with its clock time is ahead, as one without it is.
        ("The deadline is midnight on Sunday.", datetime.date(2025, 3, 14), "midnight on Sunday", "2025-03-16T24:00"),
        ("The deadline is 5 p.m. Sunday.", datetime.date(2025, 3, 14), "5 p.m. Sunday", "2025-03-16T17:00"),
        ("The death toll is 12 on Sunday.", datetime.date(2025, 3, 14), "Sunday", "2025-03-09"),
        # An infinitive after the day is the result of the happening, not a plan.
        ("Arsenal beat Chelsea 3-1 on Sunday to go top of the table.", datetime.date(2025, 3, 14), "Sunday", "2025-03-09"),
        ("EU leaders to meet on Friday.", datetime.date(2025, 3, 12), "Friday", "2025-03-14"),
        # A time something reaches back to is behind; one a vote is put off to is ahead.
        ("The club's unbeaten run stretches back 19 games to August.", datetime.date(2025, 3, 14), "August", "2024-08"),
        ("The feud dates back to May.", datetime.date(2025, 3, 14), "May", "2024-05"),
        ("The vote was pushed back to August.", datetime.date(2025, 3, 14), "August", "2025-08"),
    ],
)
def test_direction_of_runs_forecasts_deadlines_and_reaching_back(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # What was agreed or decided to be done lies ahead of the agreement.
        ("Ukraine and Russia agreed to exchange prisoners this Sunday.", datetime.date(2025, 5, 9), "this Sunday", "2025-05-11"),
        ("The two sides agreed to meet Tuesday.", datetime.date(2025, 3, 13), "Tuesday", "2025-03-18"),
        # Not what was agreed to ("a ceasefire"), nor the day of the agreement.
        ("Ukraine agreed to a ceasefire on Tuesday.", datetime.date(2025, 3, 13), "Tuesday", "2025-03-11"),
        ("The parties agreed on Tuesday to exchange prisoners.", datetime.date(2025, 3, 13), "Tuesday", "2025-03-11"),
    ],
)
def test_an_agreed_infinitive_looks_ahead(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


def test_a_ceasefire_ends_at_24_00():
    found = tag("The ceasefire runs from 00:00 on 8 May until 24:00 on 10 May.", datetime.date(2025, 5, 9))
    assert [(e.text, e.value) for e in found] == [
        ("00:00 on 8 May", "2025-05-08T00:00"), ("24:00 on 10 May", "2025-05-10T24:00")
    ]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A measure imposed until a day runs on past the report.
        ("Authorities suspended flights until Tuesday.", datetime.date(2025, 3, 14), "Tuesday", "2025-03-18"),
        ("The regulator halted trading until 9am on Monday.", datetime.date(2025, 3, 14), "9am on Monday", "2025-03-17T09:00"),
        # A headline's plan with its day before the infinitive is still a plan.
        ("EU leaders on Thursday to discuss Ukraine aid", datetime.date(2025, 3, 11), "Thursday", "2025-03-13"),
        # A forecast gone by, and the noun.
        ("Rain was forecast for Saturday, but the match went ahead.", datetime.date(2025, 3, 14), "Saturday", "2025-03-08"),
        ("The Met Office forecast for Sunday was wrong.", datetime.date(2025, 3, 14), "Sunday", "2025-03-09"),
        # A clock time that a copula gives is ahead only for what is appointed.
        ("The official time of death is 4.15am on Monday.", datetime.date(2025, 3, 14), "4.15am on Monday", "2025-03-10T04:15"),
        ("Kick-off is 3pm on Saturday.", datetime.date(2025, 3, 14), "3pm on Saturday", "2025-03-15T15:00"),
        # Put off to a month, told as gone by.
        ("The vote, postponed to January, finally took place on Sunday.", datetime.date(2025, 3, 14), "January", "2025-01"),
        # Going back to a place is no reaching back in time.
        ("He is going back to Kyiv until March.", datetime.date(2025, 1, 14), "March", "2025-03"),
        ("The records date back to May.", datetime.date(2025, 3, 14), "May", "2024-05"),
    ],
)
def test_near_misses_of_the_direction_rules(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # An "un…ed" word describes; it is no past verb.
        ("The Fed is expected to leave rates unchanged at the end of its meeting on Wednesday.",
         datetime.date(2026, 1, 27), "Wednesday", "2026-01-28"),
        ("The new model was unveiled on Tuesday.", datetime.date(2025, 3, 14), "Tuesday", "2025-03-11"),
        # "expect" and "predict" look ahead, unless an auxiliary gives the tense.
        ("Forecasters expect up to 8 inches of snow in Boston by Thursday night.",
         datetime.date(2020, 12, 30), "Thursday night", "2020-12-31TNI"),
        ("Economists expect the Fed to cut rates on Wednesday.", datetime.date(2025, 3, 14), "Wednesday", "2025-03-19"),
        ("Few predict a repeat of the chaos on Saturday.", datetime.date(2025, 3, 14), "Saturday", "2025-03-08"),
        ("They did not expect the attack on Tuesday.", datetime.date(2020, 12, 30), "Tuesday", "2020-12-29"),
        # A future in the next clause does not govern the date of the first.
        ("Donald Trump won the presidential election on Tuesday, and will be sworn in on Jan. 20.",
         datetime.date(2024, 11, 6), "Tuesday", "2024-11-05"),
        ("Did anyone expect the rally on Monday?", datetime.date(2025, 3, 14), "Monday", "2025-03-10"),
        # A future in the next clause does not govern the date of the first...
        ("Chile elected Jose Antonio Kast on Sunday; he will take office in March.", datetime.date(2025, 12, 16),
         "Sunday", "2025-12-14"),
        # ... unless the first clause's verb is present.
        ("The company has its annual meeting on Thursday, and will vote on the merger.", datetime.date(2025, 3, 14),
         "Thursday", "2025-03-20"),
        # An appointed time with what it is for.
        ("The deadline for bids is noon on Monday.", datetime.date(2019, 6, 21), "noon on Monday", "2019-06-24T12:00"),
        # A participle after "be" has no tense of its own.
        ("Deliveries will be announced in January.", datetime.date(2025, 9, 10), "January", "2026-01"),
        # "likely to" and the modal "may" look ahead.
        ("The Bank of Japan is likely to raise rates at its meeting on Friday.", datetime.date(2025, 12, 16),
         "Friday", "2025-12-19"),
        ("Young men were more likely to vote for Trump in November.", datetime.date(2025, 3, 14), "November", "2024-11"),
        # What is looked for may follow a happening gone by.
        ("Investors expect further losses after the crash on Monday.", datetime.date(2025, 3, 14), "Monday", "2025-03-10"),
        ("Farmers expect a poor harvest after the drought in January.", datetime.date(2025, 3, 14), "January", "2025-01"),
        # The original plan of something put off: a month is gone by, a day mostly still ahead.
        ("The sentencing, originally set for July, was postponed to Nov. 26.", datetime.date(2024, 11, 6), "July", "2024-07"),
        ("The match, originally scheduled for Sunday, was postponed.", datetime.date(2025, 3, 12), "Sunday", "2025-03-16"),
        # Waiting for a day looks ahead, unless the waiting is told as gone by.
        ("Investors are bracing for the Fed's decision on Wednesday.", datetime.date(2025, 7, 28), "Wednesday", "2025-07-30"),
        ("Traders are awaiting Friday's jobs report.", datetime.date(2025, 7, 28), "Friday", "2025-08-01"),
        ("Relatives were awaiting news on Saturday.", datetime.date(2025, 7, 28), "Saturday", "2025-07-26"),
        # A day put off to after a day the sentence told of, and come by the report.
        ("Tuesday's vote was postponed until Wednesday afternoon.", datetime.date(2025, 3, 14),
         "Wednesday afternoon", "2025-03-12TAF"),
        ("The vote on Thursday was postponed until Monday.", datetime.date(2025, 3, 14), "Monday", "2025-03-17"),
        ("The vote on Monday will be postponed until Thursday.", datetime.date(2025, 3, 14), "Thursday", "2025-03-20"),
        ("Saturday's match, postponed until Tuesday, will be played behind closed doors.", datetime.date(2025, 3, 14),
         "Tuesday", "2025-03-18"),
        ("The trial, adjourned on Monday until Wednesday, resumes with testimony.", datetime.date(2025, 3, 14),
         "Wednesday", "2025-03-19"),
        # A participle after "remain" has no tense of its own.
        ("Markets will close early on Wednesday and remain shut on Thursday for Christmas.", datetime.date(2025, 12, 22),
         "Thursday", "2025-12-25"),
        ("The shop remained shut on Thursday.", datetime.date(2025, 3, 14), "Thursday", "2025-03-13"),
        ("His remains left Kyiv on Monday and will be buried in his home village.", datetime.date(2025, 3, 14),
         "Monday", "2025-03-10"),
        # "and will" opens another clause, whose future does not reach back.
        ("The telescope lifted off on Saturday morning and will take a month to reach its orbit.",
         datetime.date(2021, 12, 27), "Saturday morning", "2021-12-25TMO"),
        # A scheduled verb after a plural subject narrowed by a place.
        ("Voters in France head to the polls on Sunday in a snap election.", datetime.date(2024, 6, 28),
         "Sunday", "2024-06-30"),
        ("Markets in Japan reopen on Monday after the New Year holidays.", datetime.date(2025, 1, 2), "Monday", "2025-01-06"),
        ("Students in the Cedar Rapids district return to class Wednesday.", datetime.date(2001, 9, 3),
         "Wednesday", "2001-09-05"),
        ("Residents of the Kursk region return home on Friday, officials say.", datetime.date(2025, 3, 12),
         "Friday", "2025-03-14"),
        ("Prices in Germany rose on Monday.", datetime.date(2025, 3, 14), "Monday", "2025-03-10"),
        # A plural subject without an "-s", or a count of those an adjective names.
        ("The four men appear in court on Tuesday.", datetime.date(2025, 3, 13), "Tuesday", "2025-03-18"),
        ("The two accused appear in court on Tuesday.", datetime.date(2025, 3, 13), "Tuesday", "2025-03-18"),
        ("Three wounded soldiers died on Tuesday.", datetime.date(2025, 3, 13), "Tuesday", "2025-03-11"),
        # A verb after "and" with its auxiliary, or in a clause opened by "after", is another
        # happening's.
        ("Kishida won the leadership election on Wednesday and is expected to become prime minister.",
         datetime.date(2021, 9, 30), "Wednesday", "2021-09-29"),
        ("Albanese will be sworn in as prime minister on Monday after Labor won Saturday's election.",
         datetime.date(2022, 5, 22), "Monday", "2022-05-23"),
        # What was hoped for, and what a present progressive prepares, lie ahead.
        ("Negotiators said they hoped to close the remaining chapters of the deal by Friday.",
         datetime.date(2025, 3, 4), "Friday", "2025-03-07"),
        ("Russia is preparing a major offensive in the spring, the minister warned.",
         datetime.date(2023, 2, 3), "the spring", "2023-SP"),
        # "until" after a present, the report after the date.
        ("A storm warning is in effect until 11 a.m. Friday, forecasters said.", datetime.date(1999, 9, 2),
         "11 a.m. Friday", "1999-09-03T11:00"),
        # A future governs its date past a trailing report across "with" and its object.
        ("The minister will hold talks with his Chinese counterpart on Monday, officials said.",
         datetime.date(2025, 3, 13), "Monday", "2025-03-17"),
        # After an attribution set off by commas, a clause opened by "after" is not the date's.
        ("Beijing plans to host a summit in spring, an official said on Friday, after Nauru switched recognition.",
         datetime.date(2024, 1, 22), "spring", "2024-SP"),
        # What someone was ordered to do by a deadline comes after the order.
        ("Bloomberg ordered residents of low-lying areas to leave by 5 p.m. Saturday and said the subway would shut.",
         datetime.date(2011, 8, 26), "5 p.m. Saturday", "2011-08-27T17:00"),
        ("The judge told him to leave the country by Monday, his lawyer said.", datetime.date(2025, 3, 13),
         "Monday", "2025-03-17"),
        ("Putin ordered troops to attack on Tuesday.", datetime.date(2025, 3, 13), "Tuesday", "2025-03-11"),
        # A state after the date is no verb that schedules it.
        ("A boil-water advisory issued for parts of the city on Saturday remains in effect.", datetime.date(2022, 8, 2),
         "Saturday", "2022-07-30"),
        # An announcement in the simple present is scheduled.
        ("This week the Fed announces its decision Wednesday, and the Bank of England follows on Thursday.",
         datetime.date(2025, 6, 16), "Thursday", "2025-06-19"),
        # The time an alert is posted for lies ahead of its posting (not "warnings from Moscow").
        ("The weather service has posted a winter storm watch from Friday evening through Saturday afternoon.",
         datetime.date(2007, 2, 1), "Saturday afternoon", "2007-02-03TAF"),
        ("He glossed over stern warnings from Moscow on Thursday.", datetime.date(1998, 2, 13), "Thursday", "1998-02-12"),
        # "will have" is the future's: the modal carries the tense.
        ("Rooney will have a scan on his ankle on Wednesday morning.", datetime.date(2010, 3, 22),
         "Wednesday morning", "2010-03-24TMO"),
        ("He will have left by Friday.", datetime.date(2010, 3, 22), "Friday", "2010-03-26"),
        # The time of a report after a day something was moved to does not tell it was held.
        ("The triathlon was moved to Wednesday, organisers said yesterday.", datetime.date(2024, 7, 29),
         "Wednesday", "2024-07-31"),
        # A modal right after the date is its subject's verb; "is targeting" looks ahead.
        ("Forecasters warned that highs on Saturday could again top 100 degrees.", datetime.date(2021, 7, 22),
         "Saturday", "2021-07-24"),
        ("The strike on Monday could have killed dozens.", datetime.date(2021, 7, 22), "Monday", "2021-07-19"),
        ("SpaceX is targeting 4:33 p.m. on Wednesday for the launch.", datetime.date(2020, 5, 26),
         "4:33 p.m. on Wednesday", "2020-05-27T16:33"),
        ("Drones targeting Kyiv on Monday were shot down.", datetime.date(2020, 5, 26), "Monday", "2020-05-25"),
        # The results of a vote a few days gone by are of that vote; "the most closely fought"
        # is an adjective.
        ("The commission said on Monday it would finish announcing results from Saturday's election by "
         "Wednesday, in the most closely fought vote since 1999.", datetime.date(2023, 2, 28), "Saturday", "2023-02-25"),
        ("The commission said on Monday it would finish announcing results from Saturday's election by "
         "Wednesday, in the most closely fought vote since 1999.", datetime.date(2023, 2, 28), "Wednesday", "2023-03-01"),
        # A photo caption's present, with a plural subject that schedules nothing, tells the day gone by.
        ("Police hold back protesters outside parliament on Saturday.", datetime.date(2024, 10, 13), "Saturday", "2024-10-12"),
        # A hope told with what came of it, an order given before ("had ordered") or followed
        # by what was done, an alert issued before the outcome told: gone by.
        ("The company hoped to reopen the plant on Monday, but repairs took longer.", datetime.date(2024, 10, 16),
         "Monday", "2024-10-14"),
        ("Officials had ordered residents to leave by 5 p.m. Saturday, and most complied.", datetime.date(2024, 10, 13),
         "5 p.m. Saturday", "2024-10-12T17:00"),
        ("The judge ordered him to surrender his passport by Friday, and he did so.", datetime.date(2024, 10, 21),
         "Friday", "2024-10-18"),
        ("The weather service had issued a flood warning for Sunday; the river crested on Monday.", datetime.date(2024, 10, 16),
         "Sunday", "2024-10-13"),
        ("Forecasters issued a red warning for Thursday and Friday.", datetime.date(2024, 10, 16), "Thursday", "2024-10-17"),
        # "most recently" before a day, and an attack named by its day, are of the past.
        ("The company announces its results every quarter, most recently on Monday.", datetime.date(2024, 10, 16),
         "Monday", "2024-10-14"),
        ("The president will meet with survivors of the Sunday attack.", datetime.date(2024, 1, 17), "Sunday", "2024-01-14"),
        # A participle after a present "remain" has no tense of its own.
        ("Schools remain closed on Tuesday, officials said.", datetime.date(2024, 10, 14), "Tuesday", "2024-10-15"),
        # What a scheduled present follows, "after" and a verb in "-ing", has happened.
        ("Eduardo faces nine months out after breaking his leg on Saturday.", datetime.date(2008, 2, 25),
         "Saturday", "2008-02-23"),
        ("He will rest after returning from Paris on Friday.", datetime.date(2008, 2, 25), "Friday", "2008-02-29"),
        # What opens or ships on a day named after a past report lies as near ahead as behind.
        ("Apple unveiled the iPhone 15 on Tuesday, with preorders opening Friday.", datetime.date(2023, 9, 13),
         "Friday", "2023-09-15"),
        ("Google unveiled the tablet on Wednesday, priced at $199 and shipping in mid-July.", datetime.date(2012, 6, 29),
         "mid-July", "2012-07"),
        # A proposal's day, with its infinitive after it; an attack named by its month.
        ("The FTC proposed on Wednesday to bar Meta from profiting from children's data.", datetime.date(2023, 5, 5),
         "Wednesday", "2023-05-03"),
        ("The CEO will testify about the February cyberattack.", datetime.date(2024, 4, 30), "February", "2024-02"),
        # The day of a vote, then what was voted for; a perfect infinitive's participle has no
        # past; what is possible on a day is ahead; what was won the day before is gone by.
        ("The council voted Tuesday to extend outdoor dining permits through Oct. 31.", datetime.date(2021, 7, 7),
         "Oct. 31", "2021-10-31"),
        ("The council voted Tuesday to extend outdoor dining permits through Oct. 31.", datetime.date(2021, 7, 7),
         "Tuesday", "2021-07-06"),
        ("Utility crews expect to have most power restored by Saturday.", datetime.date(2011, 4, 28), "Saturday", "2011-04-30"),
        ("Heavy rain flooded basements, and more storms are possible Thursday.", datetime.date(2023, 7, 12),
         "Thursday", "2023-07-13"),
        ("Republicans will control the county commission after winning both open seats Tuesday.", datetime.date(1994, 11, 9),
         "Tuesday", "1994-11-08"),
        # "may" is a modal (the month, or a name, when capitalised).
        ("Talks may resume on Monday.", datetime.date(2025, 10, 2), "Monday", "2025-10-06"),
        ("He may have left on Monday.", datetime.date(2025, 10, 2), "Monday", "2025-09-29"),
        # What a call made on a day was for lies ahead of it.
        ("The opposition called on Thursday for nationwide protests on Saturday.", datetime.date(2024, 8, 2),
         "Saturday", "2024-08-03"),
        # A participle after "with" is an adjective, no past.
        ("The pool reopens today with extended hours through Labor Day.", datetime.date(2019, 6, 1),
         "Labor Day", "2019-09-02"),
        ("Stocks in Asia close lower on Friday as tariffs bite.", datetime.date(2025, 3, 15), "Friday", "2025-03-14"),
        ("Elections in April end a year of turmoil, and on Monday parliament was dissolved.", datetime.date(2025, 3, 14),
         "Monday", "2025-03-10"),
        # "the last" is an order, not a tense.
        ("Spain will face Georgia in the last 16 in Cologne on Sunday.", datetime.date(2024, 6, 27), "Sunday", "2024-06-30"),
        ("The team will analyse their last defeat on Saturday.", datetime.date(2025, 3, 14), "Saturday", "2025-03-08"),
        # "beat" is a past verb, and its base form after a modal.
        ("Liverpool beat Chelsea on Sunday.", datetime.date(2025, 3, 14), "Sunday", "2025-03-09"),
        ("Liverpool will beat Chelsea on Sunday.", datetime.date(2025, 3, 14), "Sunday", "2025-03-16"),
        # What a thing was bought for lies ahead.
        ("The team booked a hotel for the final on Sunday, and will travel on Saturday.", datetime.date(2025, 3, 14),
         "Sunday", "2025-03-16"),
        # A happening no one schedules is gone by, whatever follows from it.
        ("Police will make more arrests after the riot on Saturday.", datetime.date(2025, 3, 14), "Saturday", "2025-03-08"),
        ("Forecasters expect the storm to hit on Tuesday.", datetime.date(2025, 3, 14), "Tuesday", "2025-03-18"),
        ("The Galaxy will host the Earthquakes on Saturday.", datetime.date(2025, 3, 14), "Saturday", "2025-03-15"),
        ("The planned outage on Sunday will last four hours.", datetime.date(2025, 3, 14), "Sunday", "2025-03-16"),
    ],
)
def test_cues_of_a_plan_and_of_a_description(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # How a vote ended, told a day or two later: the day gone by, whatever the tense.
        ("Donald Trump will be sworn in on 20 January after a stunning victory in Tuesday's election.",
         datetime.date(2016, 11, 9), "2016-11-08"),
        ("Scotland has voted to remain, rejecting independence by 55% to 45% in Thursday's referendum.",
         datetime.date(2014, 9, 19), "2014-09-18"),
        ("Harris will concede after losing Tuesday's election.", datetime.date(2024, 11, 6), "2024-11-05"),
        # A hope, a condition or an expectation is of the vote to come.
        ("Fans will be hoping for a victory in Saturday's final.", datetime.date(2025, 3, 10), "2025-03-15"),
        ("Turnout is expected to be high in Tuesday's election, officials said.", datetime.date(2025, 3, 13), "2025-03-18"),
        ("The board will discuss first-quarter results at Tuesday's meeting.", datetime.date(2025, 3, 12), "2025-03-18"),
    ],
)
def test_the_outcome_of_a_vote_just_held(text, anchor, value):
    assert [e.value for e in tag(text, anchor) if e.text in ("Tuesday", "Thursday", "Saturday")] == [value]


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # A fixture told in the present is still to come...
        ("Liverpool, unbeaten for almost a year, host Sheffield United on Thursday.", datetime.date(2019, 12, 31), "2020-01-02"),
        ("Barcelona play Espanyol on Thursday.", datetime.date(2014, 1, 13), "2014-01-16"),
        # ... but not in the past, nor in a headline.
        ("Barcelona played Espanyol on Thursday.", datetime.date(2014, 1, 13), "2014-01-09"),
        ("Obama Meets Putin In Geneva On Tuesday", datetime.date(2014, 1, 15), "2014-01-14"),
        ("Voters in Baden-Wuerttemberg go to the polls on Sunday.", datetime.date(2026, 3, 2), "2026-03-08"),
        # Not a vote as a noun, nor a fixture's verb before another clause's day.
        ("Votes cast on Sunday are still being counted, officials said.", datetime.date(2024, 3, 13), "2024-03-10"),
        ("Arsenal face Porto on Tuesday after beating Brentford on Saturday.", datetime.date(2024, 3, 13), "2024-03-09"),
        # "through" a day in figures, or a possessive day, is no time going on.
        ("The stock is down 20 percent this year through Tuesday.", datetime.date(2024, 3, 13), "2024-03-12"),
        ("Investigators are sifting through Sunday's wreckage for clues.", datetime.date(2024, 3, 13), "2024-03-10"),
        ("He remains in custody after a hearing that lasted until Tuesday.", datetime.date(2024, 3, 13), "2024-03-12"),
        # A short thing expected on a day lies ahead; a thing of something else's day not.
        ("Shoppers packed the mall, and managers expect another rush on Wednesday.", datetime.date(2007, 12, 24), "2007-12-26"),
        ("Police expect a repeat of the chaos on Saturday.", datetime.date(2007, 12, 24), "2007-12-22"),
        # What is so now goes on until a day ahead, whoever says so.
        ("A heat advisory remains in effect until 8 p.m. Tuesday, the weather service said.",
         datetime.date(2021, 7, 26), "2021-07-27T20:00"),
        ("The talks lasted until Wednesday.", datetime.date(2021, 7, 26), "2021-07-21"),
        # "the last day of the meet" is an order, no past.
        ("He won on Thursday. He will compete in the final on Sunday, the last day of the meet.",
         datetime.date(2025, 8, 2), "2025-08-03"),
    ],
)
def test_fixtures_and_orders(text, anchor, value):
    assert [e.value for e in tag(text, anchor)][-1] == value


def test_a_result_of_a_day_or_two_ago_is_of_that_day():
    found = tag("Sunday's results will be announced on Tuesday.", datetime.date(2021, 7, 26))
    assert [(e.text, e.value) for e in found] == [("Sunday", "2021-07-25"), ("Tuesday", "2021-07-27")]
    found = tag("Thursday's referendum result will push the pound lower.", datetime.date(2016, 6, 24))
    assert [(e.text, e.value) for e in found] == [("Thursday", "2016-06-23")]


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # Of a day further back, or a winner to come, a result or a winner is still ahead.
        ("Wednesday's results will show whether the boom is intact.", datetime.date(2024, 3, 18), "2024-03-20"),
        ("Saturday's winner will earn a place in the final.", datetime.date(2024, 3, 14), "2024-03-16"),
    ],
)
def test_results_of_days_to_come(text, anchor, value):
    assert [e.value for e in tag(text, anchor)] == [value]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # The day of a decision, before it, is gone by; what was agreed lies ahead after it.
        ("The Federal Reserve on Wednesday unexpectedly decided to keep buying bonds.", datetime.date(2013, 9, 19),
         "Wednesday", "2013-09-18"),
        ("The rebels agreed to exchange prisoners on Sunday.", datetime.date(2013, 9, 19), "Sunday", "2013-09-22"),
        # Staying closed through a day is so until then.
        ("European airspace will stay largely closed through Monday, aviation officials said Sunday.",
         datetime.date(2010, 4, 18), "Monday", "2010-04-19"),
    ],
)
def test_decisions_and_what_stays_so(text, anchor, phrase, value):
    assert [e.value for e in tag(text, anchor) if e.text == phrase] == [value]


def test_a_date_something_takes_effect_is_the_nearest():
    # Told in October, "effective Feb. 1" is the coming February, whatever the verb's tense.
    found = tag("U.S. Trust also created a four-member office of the chairman, effective Feb. 1.", datetime.date(1989, 10, 26))
    assert [(e.text, e.value) for e in found] == [("Feb. 1", "1990-02-01")]


@pytest.mark.parametrize(
    "text,values",
    [
        # A range's last day comes after its first, with clock times as without.
        ("A wind chill advisory is in effect from 10 p.m. Wednesday to 10 a.m. Thursday.",
         ["2025-03-19T22:00", "2025-03-20T10:00"]),
        ("Talks ran from Friday to Monday.", ["2025-03-14", "2025-03-17"]),
        ("Talks will run from Friday to Monday.", ["2025-03-21", "2025-03-24"]),
    ],
)
def test_a_range_of_weekdays_runs_forward(text, values):
    assert [e.value for e in tag(text, datetime.date(2025, 3, 18))] == values


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # An appointment told with a present copula, with its clock time.
        ("The high school choir's concert is at 7 p.m. Sunday.", "7 p.m. Sunday", "2025-03-16T19:00"),
        ("A wind chill advisory is in effect from 10 p.m. Friday.", "10 p.m. Friday", "2025-03-14T22:00"),
        # Hours told in the present are a schedule's (not a caption's "Photos from … show").
        ("A heat advisory is in effect from noon to 8 p.m. Saturday.", "8 p.m. Saturday", "2025-03-15T20:00"),
        ("The celebration at Emancipation Park runs from 11 a.m. to 6 p.m. Saturday.", "6 p.m. Saturday",
         "2025-03-15T18:00"),
        ("Polls are open from 7 a.m. to 8 p.m. Tuesday.", "8 p.m. Tuesday", "2025-03-18T20:00"),
        ("Photos from 9 a.m. to noon Saturday show the crowd growing.", "noon Saturday", "2025-03-08T12:00"),
        ("He worked from 9 a.m. to 5 p.m. Saturday.", "5 p.m. Saturday", "2025-03-08T17:00"),
        # The verb after an apposition to its subject.
        ("The city's new trash fees, approved last week, take effect Monday.", "Monday", "2025-03-17"),
        ("The Rams, a power in the 1990s, open district play on Monday.", "Monday", "2025-03-17"),
    ],
)
def test_present_appointments_and_verbs_after_an_apposition_look_ahead(text, phrase, value):
    assert [e.value for e in tag(text, THU) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A day something is called or set for, or moved to, lies ahead of the report.
        ("The opposition called a rally for Thursday in Nairobi's Uhuru Park.", datetime.date(2007, 12, 31),
         "Thursday", "2008-01-03"),
        ("Parliament voted to remove the president and set early presidential elections for the 25th of May.",
         datetime.date(2014, 2, 22), "the 25th of May", "2014-05-25"),
        ("The homecoming game has been moved to 1 p.m. Saturday because of storms.", datetime.date(2001, 9, 28),
         "1 p.m. Saturday", "2001-09-29T13:00"),
        # A bound is no past: "no earlier than".
        ("Traders see the next cut coming no earlier than June.", datetime.date(2026, 1, 28), "June", "2026-06"),
        # A future in a relative clause after the date tells of its noun.
        ("Voters approved a sales tax Tuesday that will fund road repairs.", datetime.date(2000, 11, 8),
         "Tuesday", "2000-11-07"),
        # A plural noun before a past verb is its subject, not a verb of its own.
        ("Dow futures plunged on Tuesday night as returns showed Trump winning.", datetime.date(2016, 11, 9),
         "Tuesday night", "2016-11-08TNI"),
        # What is watched for or looked ahead to lies ahead; a vote told as cast is gone by.
        ("Both campaigns now look ahead to Saturday, when four states hold contests.", datetime.date(2008, 2, 6),
         "Saturday", "2008-02-09"),
        ("Investors will watch Friday's payrolls report for signs of hiring.", datetime.date(2004, 2, 29),
         "Friday", "2004-03-05"),
        ("Investors watched Friday's payrolls report closely.", datetime.date(2004, 2, 29), "Friday", "2004-02-27"),
        ("Britain voted to leave the European Union in Thursday's referendum.", datetime.date(2016, 6, 24),
         "Thursday", "2016-06-23"),
        # A day to come named after another in its sentence is not before it.
        ("An arctic front will move in Wednesday night, with lows near 10 below by Friday.", datetime.date(2022, 12, 16),
         "Friday", "2022-12-23"),
        ("The summit will open on Friday.", datetime.date(2022, 12, 16), "Friday", "2022-12-16"),
        # A participle after "stays" takes its tense; "today" coordinated with a day is no tense.
        ("The market closes at 1 p.m. and stays shut on Tuesday for Christmas.", datetime.date(2018, 12, 24),
         "Tuesday", "2018-12-25"),
        ("The courthouse will be closed today and Wednesday.", datetime.date(2024, 12, 31), "Wednesday", "2025-01-01"),
    ],
)
def test_days_set_ahead_bounds_and_clauses(text, anchor, phrase, value):
    assert [e.value for e in tag(text, anchor) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # Where something comes from, and when it was seen, are gone by.
        ("The video, which is from Saturday, shows police beating protesters.", THU, "Saturday", "2025-03-08"),
        ("The time of death is at 4:15 a.m. Monday, the coroner says.", THU, "4:15 a.m. Monday", "2025-03-10T04:15"),
        # What started on a day and goes on has started.
        ("Strikes beginning Monday have shut most schools.", THU, "Monday", "2025-03-10"),
        ("Protests starting Friday continue to spread across France.", THU, "Friday", "2025-03-07"),
        # A day set or moved to, told as held.
        ("Kickoff was moved to noon Saturday, and Georgia won 35-10.", datetime.date(2024, 10, 21),
         "noon Saturday", "2024-10-19T12:00"),
        ("The meeting, moved to 3 p.m. Monday, ended without agreement.", THU, "3 p.m. Monday", "2025-03-10T15:00"),
        ("Unions called for a general strike on Monday, paralyzing transport.", THU, "Monday", "2025-03-10"),
        # An apposition's own day, a list and a headline's noun.
        ("The Patriots, 5-2 winners Sunday, host the Jets on Thursday.", datetime.date(2024, 10, 22), "Sunday", "2024-10-20"),
        ("The festival featured films, concerts, plays and readings on Saturday.", datetime.date(2025, 3, 10),
         "Saturday", "2025-03-08"),
        ("Merger plans collapse Tuesday after regulators balk", THU, "Tuesday", "2025-03-11"),
        # An adjective in "-ed" after a fixture's verb is no past.
        ("Alabama hosts ranked Tennessee on Saturday.", datetime.date(2024, 10, 15), "Saturday", "2024-10-19"),
        # A range that opens on the publication day runs ahead.
        ("The closure lasts from 9 p.m. Sunday to 5 a.m. Tuesday.", datetime.date(2025, 3, 16),
         "5 a.m. Tuesday", "2025-03-18T05:00"),
        # A past denied until a time is of that time, gone by.
        ("Snow did not settle in Sapporo until Jan. 9, the latest date on record.", datetime.date(2007, 3, 1),
         "Jan. 9", "2007-01-09"),
        ("The body was not found until Friday.", datetime.date(2007, 3, 1), "Friday", "2007-02-23"),
        ("He did not say whether he would stay until Friday.", datetime.date(2007, 3, 1), "Friday", "2007-03-02"),
        # What is forecast or expected through a day, and a day classes are cancelled for, lie ahead.
        ("Forecasters warned of up to 35 inches of rain through Wednesday as the storm stalls.",
         datetime.date(2017, 8, 25), "Wednesday", "2017-08-30"),
        ("Rescuers said they expected the death toll to climb through Sunday as they reached villages.",
         datetime.date(2005, 10, 8), "Sunday", "2005-10-09"),
        ("The university canceled classes for Tuesday.", datetime.date(2007, 4, 16), "Tuesday", "2007-04-17"),
        # A verb of its own after "and" keeps its tense from the day before it.
        ("The airport suspended operations Tuesday and will not reopen until Friday.", datetime.date(2022, 9, 28),
         "Tuesday", "2022-09-27"),
        # A known outcome a day or two gone by, in a sentence that looks ahead.
        ("Abbott will be sworn in next week after the Coalition's win on Saturday.", datetime.date(2013, 9, 9),
         "Saturday", "2013-09-07"),
        ("The team hopes to celebrate after a win on Saturday.", datetime.date(2013, 9, 9), "Saturday", "2013-09-14"),
        # "today" is no tense of its own; the object of a verb in "-ing" is no verb.
        ("The exchange, closed on Monday, will remain shut today and reopen on Wednesday.", datetime.date(2012, 10, 30),
         "Wednesday", "2012-10-31"),
        ("Officials began counting votes today after Sunday's presidential election.", datetime.date(2018, 12, 31),
         "Sunday", "2018-12-30"),
        ("The Underground will be partially reopened on Monday.", datetime.date(2005, 7, 8), "Monday", "2005-07-11"),
        ("Delegates opened talks today, after Chile withdrew as host in October.", datetime.date(2019, 12, 2),
         "October", "2019-10"),
        # A reason or a second verb after a day set is no sign that it has come.
        ("The hearing was pushed back to Friday because the judge was ill.", THU, "Friday", "2025-03-14"),
        ("Organizers set the rally for Saturday and urged supporters to bring water.", THU, "Saturday", "2025-03-15"),
        ("Serbia's opposition called for a mass rally in Belgrade on Saturday.", THU, "Saturday", "2025-03-15"),
        ("Lawmakers called for a protest in Ankara on Sunday, which drew 200,000.", THU, "Sunday", "2025-03-09"),
        # A past range opening on the publication's weekday is the week before; the day itself
        # named in a plan is today, unless a deadline follows a later day.
        ("Protests were held from Thursday through Saturday.", THU, "Thursday", "2025-03-06"),
        ("The final is Sunday, and both teams will train Friday and Saturday.", datetime.date(2022, 12, 16),
         "Friday", "2022-12-16"),
        # Halves in business copy with losses, prices or shares, and a counterfactual.
        ("Net losses narrowed in the first half as costs fell.", datetime.date(2025, 8, 5), "the first half", "2025-H1"),
        ("The bank said profit in the second half would have risen 4% excluding charges.", datetime.date(2025, 8, 5),
         "the second half", "2024-H2"),
        # A second verb of the same subject after "and", and what stays shut.
        ("The bridge closed Tuesday and reopens Friday.", THU, "Friday", "2025-03-14"),
        ("The bridge stays closed Friday.", THU, "Friday", "2025-03-14"),
        ("The school remains shut on Monday, the district said.", THU, "Monday", "2025-03-17"),
        ("The exhibit is open today and Sunday.", THU, "Sunday", "2025-03-16"),
        ("Investors are watching Friday's jobs report.", THU, "Friday", "2025-03-14"),
        ("She turns 100 on Friday.", THU, "Friday", "2025-03-14"),
        ("Tax returns filed Monday will be processed first.", THU, "Monday", "2025-03-10"),
        ("The sentencing is at 10 a.m. Tuesday in federal court.", THU, "10 a.m. Tuesday", "2025-03-18T10:00"),
        ("Tickets are on sale starting at 10 a.m. Friday.", THU, "10 a.m. Friday", "2025-03-14T10:00"),
        ("Masks are required starting Monday in all city buildings.", THU, "Monday", "2025-03-17"),
        ("Officials canceled school for Monday, saying roads would still be icy.", datetime.date(2024, 2, 10),
         "Monday", "2024-02-12"),
        ("The final, moved to 6 p.m. Saturday because of heat, drew 40,000 fans.", datetime.date(2025, 6, 29),
         "6 p.m. Saturday", "2025-06-28T18:00"),
        ("The hospital had warned of shortages through Monday, but supplies arrived early.", datetime.date(2025, 1, 8),
         "Monday", "2025-01-06"),
        # A verb in a relative clause after a plural; a plan in an apposition, then put off.
        ("Leaders worked on a deal to avert spending cuts that take effect on Tuesday.", datetime.date(2012, 12, 31),
         "Tuesday", "2013-01-01"),
        ("The second round of elections, due on Sunday, was postponed.", datetime.date(2020, 3, 17), "Sunday", "2020-03-22"),
        ("The golfer trails by four strokes heading into the weekend.", datetime.date(2007, 6, 15),
         "the weekend", "2007-W24-WE"),
        # A noun in "-ing" is the subject of the scheduled verb after it.
        ("The hearing resumes Monday.", THU, "Monday", "2025-03-17"),
        ("Early voting opens Monday in Texas.", THU, "Monday", "2025-03-17"),
        # What has started and is so now has started.
        # A day moved to, told in the passive and then held; consequences and calls.
        ("The final was moved to Sunday and drew 40,000 fans.", THU, "Sunday", "2025-03-09"),
        ("Organizers moved the race to Sunday, giving runners more time to train.", THU, "Sunday", "2025-03-16"),
        ("The opposition leader called for nationwide protests on Monday, hours after the court barred him.", THU,
         "Monday", "2025-03-10"),
        # After a crash, a road that remains closed; "cut" as a verb gone by.
        ("The highway remains closed in both directions after a crash Tuesday.", THU, "Tuesday", "2025-03-11"),
        ("The firm cut 500 jobs Tuesday and plans to close two plants next year.", THU, "Tuesday", "2025-03-11"),
        ("The final transaction on his card is at 9:45 p.m. Saturday.", THU, "9:45 p.m. Saturday", "2025-03-08T21:45"),
        # A present passive of a day set, what was averted, a gathering, a known outcome.
        ("The new Congress is sworn in Thursday.", datetime.date(2012, 12, 31), "Thursday", "2013-01-03"),
        ("NATO leaders gather in Washington on Tuesday.", datetime.date(2024, 7, 8), "Tuesday", "2024-07-09"),
        ("Republicans seized control of the Senate in Tuesday's midterm elections and will hold both chambers.",
         datetime.date(2014, 11, 5), "Tuesday", "2014-11-04"),
        ("The Iowa caucuses are Feb. 3.", datetime.date(2019, 6, 10), "Feb. 3", "2020-02-03"),
        ("Obama won the caucuses in 2008, when Iowa voted on Jan. 3.", datetime.date(2012, 1, 2), "Jan. 3", "2008-01-03"),
        ("The sanctions take effect tomorrow, and Russia will suspend imports from the same date.",
         datetime.date(2015, 12, 31), "the same date", "2016-01-01"),
        # A clock time's colon is no clause break; a results report is of the quarter just ended.
        ("The probe slammed into the comet at 1:52 a.m. EDT Monday, as planned.", datetime.date(2005, 7, 5),
         "1:52 a.m. EDT Monday", "2005-07-04T01:52"),
        ("Meta will cut jobs by the end of February, ahead of its fourth-quarter earnings report on Jan. 28.",
         datetime.date(2026, 1, 15), "fourth-quarter", "2025-Q4"),
        # Captions and stamps in the present passive are of a day gone by.
        ("A woman is seen Tuesday at the site of the blast.", THU, "Tuesday", "2025-03-11"),
        ("The documents are stamped Jan. 10.", THU, "Jan. 10", "2025-01-10"),
        # The report's own day after a sentence opened by a year; a verb in "-ing" with its object.
        ("Last year, exports rose 4 percent, the ministry said on March 11.", THU, "March 11", "2025-03-11"),
        ("Volunteers spent hours counting votes Tuesday.", THU, "Tuesday", "2025-03-11"),
        ("The sentencing hearing begins Tuesday in federal court.", THU, "Tuesday", "2025-03-18"),
        # A clock on a city's time keeps its day; heading into a weekend gone by.
        ("Trading resumes at 9:30 a.m. Hong Kong time on Friday.", THU, "9:30 a.m. Hong Kong time on Friday", "2025-03-14T09:30"),
        ("Stocks fell Friday heading into the weekend.", datetime.date(2025, 3, 17), "the weekend", "2025-W11-WE"),
        # "that" before a month that opens a clause; a day set for, then a call the same day.
        ("Analysts now bet that June will bring a rebound.", THU, "June", "2025-06"),
        ("The union called a strike for Monday, hours after talks collapsed.", datetime.date(2025, 3, 14),
         "Monday", "2025-03-17"),
        ("The report, due on Monday, was delayed by two hours because of a server outage.", THU, "Monday", "2025-03-10"),
        # A day something was announced to start, as near ahead as behind.
        ("President Trump announced a 30-day ban on travel from Europe starting on Friday.",
         datetime.date(2020, 3, 12), "Friday", "2020-03-13"),
        # Verbs before a day that are no work's noun; a possessive day's present verdict.
        ("Disney released the film Friday in 4,000 theaters.", THU, "Friday", "2025-03-07"),
        ("Tuesday's vote is a blow to the prime minister.", THU, "Tuesday", "2025-03-11"),
        # A present passive of what is announced or held; the annual meeting is a subject.
        ("The winners are announced Sunday at a ceremony in London.", THU, "Sunday", "2025-03-16"),
        ("The annual meeting opens Monday in Davos.", THU, "Monday", "2025-03-17"),
        # A fronted "By Friday," tells of a day gone by; an averted start not yet come.
        ("By Tuesday, the death toll has risen to 40.", THU, "Tuesday", "2025-03-11"),
        ("The deal averts a strike that would have started Monday.", THU, "Monday", "2025-03-17"),
        ("The shutdown that would have begun at 12:01 a.m. Tuesday was averted last week.", THU,
         "12:01 a.m. Tuesday", "2025-03-11T00:01"),
        # A weekend headed into follows the day told, or comes up.
        ("Stocks fell Friday heading into the weekend.", datetime.date(2025, 3, 17), "the weekend", "2025-W11-WE"),
        ("Wall Street closed lower heading into the weekend.", datetime.date(2025, 3, 14), "the weekend", "2025-W11-WE"),
        # The last message gone by.
        ("The last message from the plane is at 1:19 a.m. Saturday.", datetime.date(2025, 3, 17),
         "1:19 a.m. Saturday", "2025-03-15T01:19"),
    ],
)
def test_near_misses_of_the_rules_that_look_ahead(text, anchor, phrase, value):
    assert [e.value for e in tag(text, anchor) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A date opening the clause after ", and" or ", but" takes that clause's own verb.
        ("Production halted in February, but on March 20 the plant will restart.", THU, ["2025-02", "2025-03-20"]),
        ("The strike ended in February, and on March 24 schools reopen.", THU, ["2025-02", "2025-03-24"]),
        ("The first phase was completed in January, and in July the second phase begins.", THU, ["2025-01", "2025-07"]),
        # What was cancelled or banned for a range lies ahead; what was counted in it, behind.
        ("Lufthansa cancelled flights between March 20 and April 5 because of the strike.", THU, ["2025-03-20", "2025-04-05"]),
        ("Nursing homes reported 412 deaths between March and November.", datetime.date(2020, 12, 22), ["2020-03", "2020-11"]),
        ("Prices rose between June and August.", THU, ["2024-06", "2024-08"]),
        # A noun before the day and a verb after it is no scheduled verb.
        ("Results of the German vote Sunday showed gains for the far right.", THU, ["2025-03-09"]),
        # The verb of the relative clause the date is in, not the main clause's.
        ("Menendez, who was convicted in July and resigned from the Senate in August, plans to appeal.",
         datetime.date(2025, 1, 30), ["2024-07", "2024-08"]),
        ("Vardy, who scored in 11 consecutive games between August and November, has signed a new contract.",
         datetime.date(2016, 5, 23), ["2015-08", "2015-11"]),
    ],
)
def test_the_clause_a_date_is_in_decides_its_direction(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # A scheduled verb in a relative clause after a singular noun looks ahead.
        ("Bush sent Congress a budget yesterday for the fiscal year that begins Oct. 1.", "Oct. 1", "2002-10-01"),
        ("The law, which takes effect Friday, was passed last year.", "Friday", "2002-02-08"),
    ],
)
def test_a_scheduled_verb_after_that_or_which_looks_ahead(text, phrase, value):
    assert [e.value for e in tag(text, datetime.date(2002, 2, 5)) if e.text == phrase] == [value]


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A weekday named again in its sentence is the same day.
        ("NATO leaders will meet in The Hague from Tuesday to Wednesday, with Zelensky invited to a dinner "
         "hosted by the Dutch king on Tuesday evening.", datetime.date(2025, 6, 23),
         ["2025-06-24", "2025-06-25", "2025-06-24TEV"]),
        ("He left on Tuesday and will return next Tuesday.", datetime.date(2025, 6, 23), ["2025-06-17", "2025-06-24"]),
        # "plan to" before a name is a noun and its recipient, no plan ahead.
        ("Zelensky presented his victory plan to Biden on Thursday.", datetime.date(2024, 9, 27), ["2024-09-26"]),
    ],
)
def test_a_weekday_named_twice_and_a_plan_handed_over(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A count before a past verb is its subject ("Thousands protested"), not an adjective.
        ("Thousands protested in June.", THU, ["2024-06"]),
        # A date in the subject, before its past verb, is the happening's own.
        ("A fire on April 9 destroyed the warehouse.", THU, ["2024-04-09"]),
        ("The couple's son, born in August, is doing well.", THU, ["2024-08"]),
        ("Talks on April 9 will decide the matter.", THU, ["2025-04-09"]),
        ("Fighting on July 14 displaced thousands.", THU, ["2024-07-14"]),
        # A coordinated time with no verb of its own keeps the clause's past.
        ("The bank raised rates in April, and again in July, and markets now expect more.", THU,
         ["2024-04", "2024-07", "PRESENT_REF"]),
        # A fronted date before an aside still opens a past clause.
        ("The party won in 2019, and in June, after weeks of talks, it formed a coalition.", THU, ["2019", "2024-06", "PXW"]),
        # What was cancelled for a range lies ahead, counted or not.
        ("The airline has cancelled 400 flights between March 20 and April 5.", THU, ["2025-03-20", "2025-04-05"]),
        # A range told in the present runs on: the last month moves ahead.
        ("The hurricane season runs from June to November.", THU, ["2025-06", "2025-11"]),
        # A scheduled verb's subject narrowed by a place, then an attribution after a comma.
        ("Students in the Cedar Rapids district return Monday, officials said.", THU, ["2025-03-17"]),
        # A period "ending in" a month: the nearest such month.
        ("Toyota cut its forecast for the fiscal year ending in March.", datetime.date(2025, 11, 5), ["P1Y", "2026-03"]),
    ],
)
def test_near_misses_of_the_clause_and_range_rules(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A team's relative clause with its own day, then the fixture ahead.
        ("Ireland, who drew 1-1 with Cameroon on Saturday, face Germany in Ibaraki on Wednesday.",
         datetime.date(2002, 6, 3), ["2002-06-01", "2002-06-05"]),
        # A fixture before what went before it ("having drawn").
        ("Arsenal host Chelsea at the Emirates on Sunday afternoon, having drawn at Old Trafford last weekend.", THU,
         ["2025-03-16TAF", "2025-W10-WE"]),
        # Going into a possessive day looks ahead.
        ("Marcos is the clear favourite going into Monday's presidential election.", datetime.date(2022, 5, 6), ["2022-05-09"]),
    ],
)
def test_fixtures_and_going_into_look_ahead(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A weekday named twice in a sentence with two tenses names two weeks.
        ("Parliament rejected the bill on Monday and will vote on a revised version on Monday.", THU,
         ["2025-03-10", "2025-03-17"]),
        # "appears to show" is no scheduled appearance.
        ("A photo that appears to show the president golfing on Sunday circulated.", THU, ["2025-03-09"]),
        # A past inside the "having" clause keeps its own day.
        ("Spurs meet Leeds on Sunday afternoon, having sacked their manager on Monday.", THU, ["2025-03-16TAF", "2025-03-10"]),
        # Going into a day told of the past.
        ("She was leading in the polls going into Sunday's runoff, which she lost.", THU, ["2025-03-09"]),
        ("The delay was due in part to storms on Monday.", THU, ["2025-03-10"]),
        # An aside after a fronted date: the clause's own verb after it.
        ("Talks stalled, but on Friday, as expected, the two sides will sign.", THU, ["2025-03-14"]),
        ("The old plant closed in 2023, and on Saturday, the new one opens.", THU, ["2023", "2025-03-15"]),
        # Results still to be reported for a period ending in a month just gone: that month.
        ("Toyota will report on May 8 its results for the fiscal year ending in March.", datetime.date(2025, 4, 20),
         ["2025-05-08", "P1Y", "2025-03"]),
        # A day and the place named after a weekday.
        ("A warehouse fire in Sheffield Wednesday injured two workers.", THU, ["2025-03-12"]),
        ("He told a reporter Tuesday Biden had erred.", THU, ["2025-03-11"]),
    ],
)
def test_near_misses_of_the_weekday_and_period_rules(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,values",
    [
        # An aside after a fronted date, and a saying in it, are not the date's verb.
        ("The court adjourned, and on Monday, lawyers said, the trial resumes.", ["2025-03-17"]),
        ("On Monday, as expected, the bank cut rates.", ["2025-03-10"]),
        ("On Monday, police said, a man was arrested.", ["2025-03-10"]),
        # "applies from" a day told in the present.
        ("A new law which requires ID applies from Monday.", ["2025-03-17"]),
        # A range of months told in the present that would be over is the next; told in the past, it is over.
        ("The exhibition runs from November to January at the Tate.", ["2025-11", "2026-01"]),
        ("Sales rose from February to May, the company said.", ["2024-02", "2024-05"]),
    ],
)
def test_asides_and_ranges_of_months_by_tense(text, values):
    assert [e.value for e in tag(text, THU)] == values


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # The day of a scheduling, right before the verb, is its own; what is scheduled lies ahead.
        ("A judge on Thursday scheduled sentencing for Nov. 26.", datetime.date(2024, 8, 30), ["2024-08-29", "2024-11-26"]),
        ("Sentencing is scheduled for Thursday.", datetime.date(2024, 8, 30), ["2024-09-05"]),
        # "since his arrest in October": behind, whatever the tense.
        ("He has been held without bail since his arrest in October.", datetime.date(2026, 5, 20), ["2025-10"]),
    ],
)
def test_a_schedulings_day_and_since_an_event_in_a_month(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # "that" before a past verb is a relative pronoun, the verb's month its own.
        ("It began with a ceasefire in Gaza that collapsed in March.", datetime.date(2025, 12, 31), ["2025-03"]),
        # What had gone on until a month was over by then.
        ("The Assad family had ruled Syria from the 1970s until December.", datetime.date(2025, 5, 14), ["197", "2024-12"]),
    ],
)
def test_a_relative_past_and_a_past_perfect_until(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A date in a subject before a verb that reports on a plan keeps its direction.
        ("The concert on April 9 was cancelled.", THU, ["2025-04-09"]),
        # A period ending in a month: the nearest, but in a forecast the one still to close.
        ("Profit for the quarter ending in December fell 22 percent, missing estimates.", THU, ["2024-Q4", "2024-12"]),
        ("Toyota on Thursday cut its profit forecast for the year ending in March.", datetime.date(2025, 8, 7),
         ["2025-08-07", "P1Y", "2026-03"]),
        # "due by" after a past verb in a "with" phrase looks ahead.
        ("Bids were invited on Monday, with offers due by Friday.", THU, ["2025-03-10", "2025-03-14"]),
        # A fixture's "having" clause, then a saying.
        ("Liverpool face Newcastle on Sunday, having won the first leg, and Slot said he was confident.", THU, ["2025-03-16"]),
        # Heading into a day told in the past: the first such day after the one the sentence tells.
        ("Stocks slipped on Wednesday heading into Friday's jobs report.", THU, ["2025-03-12", "2025-03-14"]),
        ("The iPhone 17 goes on sale Friday.", THU, ["2025-03-14"]),
        # A weekday again in a "with" phrase is the same day.
        ("NATO leaders will meet from Tuesday to Wednesday, with Zelensky invited to a working dinner on Tuesday.",
         datetime.date(2025, 6, 23), ["2025-06-24", "2025-06-25", "2025-06-24"]),
        # An offset in the middle of a clause sets the day for "the next day".
        ("Rebels seized the airport on March 2, took the city two days later and took the palace the next day.", THU,
         ["2025-03-02", "2025-03-04", "2025-03-05"]),
    ],
)
def test_near_misses_of_the_fourth_review(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,anchor,values",
    [
        # A phrase after a comma opened by an infinitive or "-ing ... to" has its own time.
        ("Theresa May became Britain's prime minister on Wednesday, promising to make a success of Brexit.",
         datetime.date(2016, 7, 14), ["2016-07-13"]),
        ("Macron announced a second national lockdown on Wednesday evening, to begin on Friday.",
         datetime.date(2020, 10, 29), ["2020-10-28TEV", "2020-10-30"]),
        # "nine votes more" is a count's noun, no scheduled vote.
        ("Von der Leyen was narrowly confirmed late on Tuesday, winning just nine votes more than she needed.",
         datetime.date(2019, 7, 17), ["2019-07-16"]),
        # A reduced relative after the day is no scheduling of it.
        ("A strike Monday scheduled to last 24 hours will shut schools.", THU, ["2025-03-17", "PT24H"]),
        # A subject's date before "was" and a noun is the happening's own; before "was cancelled", not.
        ("The storm on April 9 was the worst in a decade.", THU, ["2024-04-09", "P10Y"]),
        ("Flights on March 28 were already sold out.", THU, ["2025-03-28"]),
        # A figures' range told in the present is not moved; a ban set for a range ahead neither.
        ("China's exports from January to February are up 2.3%.", THU, ["2025-01", "2025-02"]),
        ("The ministry imposed a curfew from March to May.", THU, ["2025-03", "2025-05"]),
        ("The school was closed between April and June for repairs.", THU, ["2024-04", "2024-06"]),
        # "since his arrest in October" lies behind even when October is near ahead.
        ("He has been held since his arrest in October.", datetime.date(2025, 9, 10), ["2024-10"]),
    ],
)
def test_near_misses_of_the_fifth_review(text, anchor, values):
    assert [e.value for e in tag(text, anchor)] == values


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A modal after the date is its verb only when no verb of its own clause comes before.
        ("Protesters arrested on Saturday could face charges.", THU, "Saturday", "2025-03-08"),
        ("Forecasters said highs on Saturday could top 100 degrees.", THU, "Saturday", "2025-03-15"),
        # "after" and a verb in "-ing" tells of the past only after a present of being out.
        ("Biden travels to Ohio on Friday after attending a summit in Canada on Thursday.", datetime.date(2025, 3, 10),
         "Thursday", "2025-03-13"),
        # What follows flooding or an arrest has happened.
        ("Hundreds remain in shelters after flooding on Saturday.", THU, "Saturday", "2025-03-08"),
        # An outcome told after an alert or a hope must be one (not an expectation or a caution).
        ("The agency issued a heat advisory for Sunday; temperatures are expected to reach 40C.", THU, "Sunday", "2025-03-16"),
        ("Officials hoped to restore power by Saturday, but cautioned that some areas could wait longer.", THU,
         "Saturday", "2025-03-15"),
        # Plural subjects of what is appointed; a drill is no attack.
        ("People head to the polls on Sunday.", THU, "Sunday", "2025-03-16"),
        ("The Friday fire drill will go ahead.", THU, "Friday", "2025-03-14"),
        # The results of a vote still to come.
        ("Results of Saturday's election are expected on Sunday night.", datetime.date(2025, 3, 6), "Saturday", "2025-03-08"),
        # A noun after "final", and a group after the day.
        ("The committee will have its final say on Tuesday.", THU, "Tuesday", "2025-03-18"),
        ("He told the governor Monday Democrats would block the bill.", THU, "Monday", "2025-03-10"),
        # A day something was moved to, then what happened on it past a report between.
        ("The meeting was moved to Wednesday, officials said, and ended without agreement.", THU, "Wednesday", "2025-03-12"),
        # A verbless phrase of what is still to come.
        ("Rail workers walk out today, with further strikes on Thursday and Saturday.", datetime.date(2022, 6, 21),
         "Saturday", "2022-06-25"),
        ("Nominations closed yesterday, with the first ballot of MPs on Thursday.", datetime.date(2019, 6, 11),
         "Thursday", "2019-06-13"),
        # A modal's clause, with a second verb of the main clause after it.
        ("The firm said it would stop selling the licences at the end of June and urged customers to switch.",
         datetime.date(2026, 2, 6), "the end of June", "2026-06"),
        # The outcome of a Friday's vote, told on Monday.
        ("Connolly will be inaugurated on 11 November, after winning Friday's election.", datetime.date(2025, 10, 27),
         "Friday", "2025-10-24"),
        # A truce in a place that takes effect; a truce extended to a day; a date a judge set.
        ("The UN announced a two-month truce in Yemen that takes effect at 7 p.m. on Saturday.", datetime.date(2022, 4, 1),
         "7 p.m. on Saturday", "2022-04-02T19:00"),
        ("The truce had been extended by two days, to Thursday morning.", datetime.date(2023, 11, 28),
         "Thursday morning", "2023-11-30TMO"),
        ("Jurors convicted him last month, and the judge set a sentencing date of May 14.", datetime.date(2026, 2, 4),
         "May 14", "2026-05-14"),
        # What will run until a day ends ahead of the report.
        ("A transition period will run until Dec. 31.", datetime.date(2020, 1, 30), "Dec. 31", "2020-12-31"),
        # The day a call was made on, told after it.
        ("The opposition called on Thursday for protests on Saturday.", datetime.date(2025, 3, 17), "Saturday", "2025-03-15"),
    ],
)
def test_cues_leave_alone_what_they_do_not_govern(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A verb of the date's own clause blocks the modal after it only as a participle right
        # before the date, or in a relative clause.
        ("Passengers booked on flights on Monday should check with their airline.", datetime.date(2025, 3, 15),
         "Monday", "2025-03-17"),
        ("The tax cuts announced on Tuesday would cost $40 billion a year.", THU, "Tuesday", "2025-03-11"),
        ("Residents who were exposed at the clinic on Friday should get tested.", datetime.date(2025, 3, 16),
         "Friday", "2025-03-14"),
        # A result or an injury that a present of what is to come follows.
        ("Norrie plays Fritz on Saturday after beating Rune on Monday.", datetime.date(2025, 3, 14), "Monday", "2025-03-10"),
        ("Kane misses Saturday's game after injuring his ankle in training on Wednesday.", datetime.date(2025, 3, 14),
         "Saturday", "2025-03-15"),
        ("The squad flies out on Friday after completing a final training session on Thursday.", datetime.date(2025, 3, 12),
         "Thursday", "2025-03-13"),
        # "remain closed" after a plural subject narrowed by a place.
        ("Schools in the district remain closed on Monday.", datetime.date(2025, 3, 16), "Monday", "2025-03-17"),
        # "warned" reports: the modal before the date speaks for it.
        ("Prices may rise again in January, the central bank warned.", THU, "January", "2026-01"),
        # "appears to have crashed": the past.
        ("The plane appears to have crashed shortly after takeoff on Tuesday.", THU, "Tuesday", "2025-03-11"),
        # The results of a vote, by the day they are due.
        ("Results of Saturday's election are expected on Monday.", datetime.date(2025, 3, 16), "Saturday", "2025-03-15"),
        ("Final results of Sunday's vote will be announced on Thursday.", datetime.date(2025, 3, 11), "Sunday", "2025-03-09"),
        # A verbless phrase after a past clause: the day as near ahead as behind.
        ("Protests began on Monday, with more rallies on Wednesday and Thursday.", datetime.date(2025, 3, 15),
         "Wednesday", "2025-03-12"),
        # A report set off by commas, then another subject's verb: what was moved is still ahead.
        ("The vote was moved to Monday, aides said, and lawmakers went home.", THU, "Monday", "2025-03-17"),
        # A participle with no preposition before the date blocks the modal after it; a
        # modal's clause keeps its date past another clause.
        ("Bass said a downtown curfew imposed Tuesday night would remain in place.", datetime.date(2025, 6, 11),
         "Tuesday night", "2025-06-10TNI"),
        ("Berlusconi must present a package to parliament by Friday, and officials want it passed.",
         datetime.date(2011, 11, 7), "Friday", "2011-11-11"),
        # An order in the passive, with its deadline; an infinitive of being after a comma.
        ("Residents of Yellowknife have been ordered to evacuate by noon on Friday.", datetime.date(2023, 8, 17),
         "noon on Friday", "2023-08-18T12:00"),
        ("EU countries approved on Thursday a ban on coal imports, to be phased in from August.", datetime.date(2022, 4, 8),
         "August", "2022-08"),
        # "can" looks ahead.
        ("Arsenal can clinch the title on Sunday after beating Spurs.", THU, "Sunday", "2025-03-16"),
        # What will run until a day ends ahead only with "will"; "continued … until April" is gone by.
        ("She continued to write her column until April.", datetime.date(2019, 5, 6), "April", "2019-04"),
    ],
)
def test_cues_narrowed_to_what_they_govern(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A participle's phrase of a few words before its date blocks the modal after it.
        ("Protesters detained during protests on Saturday could face charges.", THU, "Saturday", "2025-03-08"),
        # An outcome told after a warning (not a report of what could come).
        ("The Met Office issued a red warning for Friday, and the storm arrived that night.", datetime.date(2025, 3, 17),
         "Friday", "2025-03-14"),
        ("The agency issued a heat warning for Sunday, and said temperatures could hit 40C.", THU, "Sunday", "2025-03-16"),
        # "The May" of "April, and May was stronger" is a month; a coalition after a time
        # preposition's date is no name.
        ("Sales rose in April, and May was even stronger.", datetime.date(2025, 6, 13), "May", "2025-05"),
        ("On March 14 coalition forces entered the city.", datetime.date(2025, 3, 20), "March 14", "2025-03-14"),
        ("She taught in the spring at Harvard.", datetime.date(2025, 6, 13), "the spring", "2025-SP"),
        ("The ceasefire was extended, once again, to Friday.", datetime.date(2025, 3, 12), "Friday", "2025-03-14"),
        # A small hour inside "hours after …" is before the evening; "for hours after" is not.
        ("Sirens sounded at 10 p.m. Tuesday, hours after the first warning at 4 a.m.", THU, "4 a.m.", "2025-03-11T04:00"),
        ("The fire started at 11 p.m. Saturday and burned for hours after crews arrived at 1 a.m.", THU,
         "1 a.m.", "2025-03-09T01:00"),
    ],
)
def test_narrowed_after_the_fourteenth_review(text, anchor, phrase, value):
    assert (phrase, value) in [(e.text, e.value) for e in tag(text, anchor)]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A participle's phrase opens with a preposition; booking words leave the modal its day.
        ("Troops deployed to the border on Friday would stay for a month.", datetime.date(2025, 3, 12), "Friday", "2025-03-07"),
        ("Fans invited to the victory parade on Sunday should arrive early.", THU, "Sunday", "2025-03-16"),
        # An outcome told (not a warning with a relative clause after it).
        ("The county ordered residents to leave by Friday, and warned that looters who came back would be arrested.",
         THU, "Friday", "2025-03-14"),
        ("Officials told residents to leave by Friday, but many said they stayed.", datetime.date(2025, 3, 17),
         "Friday", "2025-03-14"),
        # "picking up" and "undergoing" tell of an outcome only with an injury's or a penalty's word.
        ("The team flies home on Monday after picking up the trophy on Sunday.", datetime.date(2025, 3, 15),
         "Sunday", "2025-03-16"),
        ("Verstappen starts 10th on Sunday after picking up a grid penalty on Friday.", datetime.date(2025, 3, 15),
         "Friday", "2025-03-14"),
        # A postponement's words with a closed aside only.
        ("The vote was delayed, and protests continued until Friday.", datetime.date(2025, 3, 17), "Friday", "2025-03-14"),
        # Members of a movement named by its date, after no preposition of time.
        ("Members of April 6 Youth Movement were arrested.", datetime.date(2011, 4, 10), "April 6", None),
    ],
)
def test_narrowed_after_the_fifteenth_review(text, anchor, phrase, value):
    found = [(e.text, e.value) for e in tag(text, anchor)]
    if value is None:
        assert phrase not in [t for t, _ in found]
    else:
        assert (phrase, value) in found


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # A participle after "newly" or a noun's possessive describes the noun after it.
        ("Sonia Gandhi will meet the party's newly elected MPs on Saturday.", datetime.date(2004, 5, 14), "2004-05-15"),
        ("Gandhi will meet newly elected MPs on Saturday.", datetime.date(2004, 5, 14), "2004-05-15"),
        ("The party's elected MPs will meet on Saturday.", datetime.date(2004, 5, 14), "2004-05-15"),
        ("He's resigned on Saturday.", datetime.date(2004, 5, 14), "2004-05-08"),
        # A vote a day names is the voting's day, gone by (what was voted for lies ahead).
        ("Britain has voted to leave the European Union, with Leave winning 52 percent in Thursday's referendum.",
         datetime.date(2016, 6, 24), "2016-06-23"),
        ("Parliament voted to hold a referendum on Thursday.", datetime.date(2016, 6, 24), "2016-06-30"),
        # The odds look ahead.
        ("The Conservatives are on course for a majority in Thursday's election.", datetime.date(2019, 12, 10), "2019-12-12"),
        ("The Tories are on track to win Thursday's election.", datetime.date(2019, 12, 10), "2019-12-12"),
        ("The Tories are poised for victory in Thursday's election.", datetime.date(2019, 12, 10), "2019-12-12"),
        ("Labour is braced for defeat on Thursday.", datetime.date(2019, 12, 10), "2019-12-12"),
        ("The Tories are favourites to win Thursday's election.", datetime.date(2019, 12, 10), "2019-12-12"),
        ("The Tories were poised for victory on Thursday, but lost.", datetime.date(2019, 12, 14), "2019-12-12"),
        ("The Tories were on course for a majority on Thursday.", datetime.date(2019, 12, 14), "2019-12-12"),
        ("He walked the track to the village on Thursday.", datetime.date(2019, 12, 10), "2019-12-05"),
        # Candidates debate on a day ahead, as they meet on one.
        ("Vice President Joe Biden and Paul Ryan debate on Thursday.", datetime.date(2012, 10, 9), "2012-10-11"),
        ("Senators debated the bill on Thursday.", datetime.date(2012, 10, 9), "2012-10-04"),
    ],
)
def test_attributive_participles_votes_named_by_their_day_and_the_odds(text, anchor, value):
    assert [e.value for e in tag(text, anchor) if e.type == "DATE"] == [value]


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # After "from", an amount or a place leaves the past verb its date.
        ("Prices have more than doubled this year from below $10 in February.", datetime.date(1999, 12, 30), "1999-02"),
        ("Troops withdrew from Kherson in January.", datetime.date(1999, 12, 30), "1999-01"),
        ("The firm relocated from Ohio in January.", datetime.date(1999, 12, 30), "1999-01"),
        # "but has …" after the date opens a clause of its own.
        ("OPEC will hold talks in Vienna on Wednesday but has signalled it will not cut output.",
         datetime.date(2001, 9, 27), "2001-10-03"),
        # What is kept so has no time of its own.
        ("Exxon will keep its command centre staffed through the weekend.", datetime.date(1999, 12, 30), "1999-W52-WE"),
        ("They kept the road closed on Saturday.", datetime.date(1999, 12, 30), "1999-12-25"),
        # A scheduled end or start after "with", still to come.
        ("Crude fell below zero, with the contract expiring on Tuesday.", datetime.date(2020, 4, 20), "2020-04-21"),
        ("Stocks rose, with trading closing early on Friday.", datetime.date(2020, 4, 20), "2020-04-24"),
    ],
)
def test_amounts_after_from_clauses_after_but_kept_things_and_schedules_under_way(text, anchor, value):
    assert [e.value for e in tag(text, anchor) if e.type == "DATE"][-1] == value


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # A charge's participle after the date has no tense of its own.
        ("A man will go on trial in June accused of causing the death of a cyclist.", datetime.date(2015, 12, 7), "2016-06"),
        ("He was accused of fraud in June.", datetime.date(2015, 12, 7), "2015-06"),
        # "last" as a verb.
        ("A blizzard is expected to arrive Friday afternoon and last into Sunday.", datetime.date(2016, 1, 21), "2016-01-24"),
        ("The storm lasted until Sunday.", datetime.date(2016, 1, 21), "2016-01-17"),
        # What is forecast or hoped for a time lies ahead of the forecast.
        ("Meteorologists forecast rain for the weekend.", datetime.date(2008, 5, 16), "2008-W20-WE"),
        ("Analysts had forecast rain for the weekend.", datetime.date(2008, 5, 16), "2008-W19-WE"),
        ("Goldman raised its Brent forecast for December to $95.", datetime.date(2023, 4, 3), "2023-12"),
        ("The agency cut its forecast for 2008 demand growth on Tuesday.", datetime.date(2007, 11, 15), "2007-11-13"),
        ("The Met Office forecast for Sunday was wrong.", datetime.date(2025, 3, 13), "2025-03-09"),
        ("Eurocontrol said it hoped for near-normal traffic by Friday.", datetime.date(2010, 4, 20), "2010-04-23"),
        ("Deutsche Bank cut its fourth-quarter price forecast by $4.", datetime.date(2001, 9, 27), "2001-Q4"),
        ("Profit beat fourth-quarter forecasts.", datetime.date(2001, 9, 27), "2000-Q4"),
        # What was likely, reported, lies ahead of the report.
        ("Forecasters said thunderstorms were likely again Tuesday night.", datetime.date(1993, 7, 19), "1993-07-20TNI"),
        ("Thunderstorms were likely on Tuesday night, but none came.", datetime.date(1993, 7, 19), "1993-07-13TNI"),
        # What follows in a month is still to come.
        ("A ban on refined products follows in February.", datetime.date(2022, 10, 5), "2023-02"),
    ],
)
def test_charges_lasting_forecasts_hopes_likelihoods_and_what_follows(text, anchor, value):
    assert [e.value for e in tag(text, anchor) if e.type in ("DATE", "TIME")][-1] == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("Odinga rejected the result and called a rally in Nairobi for Thursday.", "2008-01-03"),
        ("The party organised a march for Thursday.", "2008-01-03"),
        ("Unions called a strike at the Ford plant for Thursday.", "2008-01-03"),
        ("The party organised a march on Thursday.", "2007-12-27"),
    ],
)
def test_a_rally_called_for_a_day_somewhere_is_ahead(text, value):
    assert [e.value for e in tag(text, datetime.date(2007, 12, 31))] == [value]


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A weekday dated in apposition takes that date.
        ("Unions announced a strike starting on Tuesday evening, 21 May.", datetime.date(2024, 5, 16), "Tuesday",
         "2024-05-21TEV"),
        ("Unions struck on Tuesday evening, May 14.", datetime.date(2024, 5, 16), "Tuesday", "2024-05-14TEV"),
        # A day told as likely, reported, lies ahead.
        ("The AA said Friday afternoon was likely to be the worst time to travel.", datetime.date(2019, 4, 17),
         "Friday", "2019-04-19TAF"),
        ("Saturday is likely to be wet.", datetime.date(2019, 4, 17), "Saturday", "2019-04-20"),
        # A launch targeted for a time.
        ("Liftoff is now targeted for 4:27 a.m. Sunday.", datetime.date(1997, 1, 10), "Sunday", "1997-01-12T04:27"),
        ("Liftoff was targeted for Sunday but slipped.", datetime.date(1997, 1, 10), "Sunday", "1997-01-05"),
        # A day of action called for a day.
        ("The walkout began on 24 November, and unions have called another national day of action for Thursday.",
         datetime.date(1995, 12, 4), "Thursday", "1995-12-07"),
    ],
)
def test_dated_weekdays_likely_days_targets_and_days_of_action(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A bulletin's hour takes the publication day only in a report of it.
        ("The ministry will publish the figures on Friday in its 9 a.m. update.", datetime.date(2024, 6, 11), "9 a.m.",
         "2024-06-14T09:00"),
        # "the year" of a story told in the past, with "would".
        ("In 2023, the company said it expected to open the plant in the second half of the year.",
         datetime.date(2025, 3, 13), "the second half", "2023-H2"),
        ("Last year, the firm said it would hire 500 workers in the second half of the year.",
         datetime.date(2025, 3, 13), "the second half", "2024-H2"),
        # A quarter's forecast judged is of the quarter reported.
        ("Fourth-quarter earnings fell short of the company's fourth-quarter forecast.", datetime.date(2025, 1, 20),
         "fourth-quarter forecast", "2024-Q4"),
        # "The following week" after an offset back in time counts from the day told.
        ("The plant closed on Monday, March 4. Three days earlier, workers had been told. The following week, the "
         "company sold the site.", datetime.date(2024, 6, 11), "The following week", "2024-W11"),
        # A holiday after a date of another year, in a sentence looking ahead: of now.
        ("The company was founded on March 3, 2015. It expects sales to jump at Christmas.", datetime.date(2024, 10, 15),
         "Christmas", "2024-12-25"),
        ("Smith, who was born on May 2, 1990, wants to be home by Christmas.", datetime.date(2024, 10, 15),
         "Christmas", "2024-12-25"),
        ("In 2020, the pandemic cancelled the parade, and organisers say it may not return by Thanksgiving.",
         datetime.date(2024, 10, 15), "Thanksgiving", "2024-11-28"),
        ("In 2019, the company opened a plant; it may close it in March.", datetime.date(2024, 10, 15), "March", "2025-03"),
        # Deciding or agreeing about a vote is no vote.
        ("The main opposition party decided to boycott Sunday's presidential election.", datetime.date(2024, 6, 11),
         "Sunday", "2024-06-16"),
        ("The union decided to back Labour in Thursday's election.", datetime.date(2024, 7, 1), "Thursday", "2024-07-04"),
        # "braced" alone is a past verb; "likely to have" tells of the past.
        ("Residents braced for Hurricane Milton on Tuesday as it approached the coast.", datetime.date(2024, 10, 10),
         "Tuesday", "2024-10-08"),
        ("Police said the fire was likely to have started on Sunday.", datetime.date(2024, 6, 11), "Sunday", "2024-06-09"),
        # Watching candidates debate.
        ("Millions watched the two candidates debate on Tuesday night.", datetime.date(2024, 6, 12), "Tuesday",
         "2024-06-11TNI"),
        # An object between the verb and "from" a place.
        ("Delta on Monday added flights from Atlanta in December.", datetime.date(2024, 10, 15), "December", "2024-12"),
        # A schedule under way after a day the sentence told counts from that day.
        ("Markets were closed on Good Friday, with trading resuming on Monday.", datetime.date(2024, 4, 2), "Monday",
         "2024-04-01"),
        ("Polls opened on Sunday, with voting closing on Monday.", datetime.date(2024, 6, 11), "Monday", "2024-06-10"),
        # A forecast or a hope with what came of it.
        ("Forecasters predicted snow for Tuesday, but it never came.", datetime.date(2024, 6, 12), "Tuesday", "2024-06-11"),
        ("The team hoped for a win on Saturday but lost 3-0.", datetime.date(2024, 6, 11), "Saturday", "2024-06-08"),
        ("The weather service said storms were likely on Monday, and they caused flooding.", datetime.date(2024, 6, 12),
         "Monday", "2024-06-10"),
        ("Analysts said a rate cut was likely in September.", datetime.date(2024, 6, 11), "September", "2024-09"),
        # The act a man is accused of.
        ("The man, accused of killing two people in March, will appear in court on Friday.", datetime.date(2024, 6, 11),
         "March", "2024-03"),
    ],
)
def test_narrowed_after_the_sixteenth_review(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A participle after a verb governed by a modal or "to" is an adjective.
        ("Officials said students would make up lost instruction on Feb. 19.", datetime.date(1996, 1, 8), "Feb. 19",
         "1996-02-19"),
        ("The plane appears to have crashed shortly after takeoff on Tuesday.", datetime.date(1996, 1, 8), "Tuesday",
         "1996-01-02"),
        # What was voted for, a time after the voting.
        ("The board voted a week ago to place a renewal levy on the March ballot.", datetime.date(2015, 11, 30), "March",
         "2016-03"),
        ("The board decided last month to close the school in June.", datetime.date(2015, 11, 30), "June", "2016-06"),
        # A relative clause with a clock time in it keeps its own past.
        ("The nationwide curfew, which took effect at 6 p.m. on Sunday, will be lifted at 6 a.m. on Tuesday.",
         datetime.date(2024, 8, 5), "6 p.m.", "2024-08-04T18:00"),
        # A target for a period still to close.
        ("Egypt aims to cut its budget deficit in the fiscal year ending June 30.", datetime.date(2016, 11, 12), "June 30",
         "2017-06-30"),
        ("Profit rose in the fiscal year ending June 30.", datetime.date(2016, 11, 12), "June 30", "2016-06-30"),
    ],
)
def test_adjectives_after_verbs_voted_for_relative_clocks_and_targets(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A weekday dated in apposition, with an ordinal or a year.
        ("The festival opens on Friday night, 17th May.", datetime.date(2024, 5, 15), "Friday", "2024-05-17TNI"),
        ("The riot began on Friday night, 28 June 2019.", datetime.date(2024, 5, 15), "Friday", "2019-06-28TNI"),
        # A date named by what happened on it is no subject of "is likely to".
        ("The plan unveiled Tuesday is likely to face fierce opposition.", datetime.date(2024, 5, 15), "Tuesday",
         "2024-05-14"),
        ("The airline said the delay on Monday was due to fog.", datetime.date(2024, 5, 15), "Monday", "2024-05-13"),
        # Targeted for a time, not for arrest.
        ("Opposition figures targeted for arrest on Monday included two former ministers.", datetime.date(2024, 5, 15),
         "Monday", "2024-05-13"),
        # A month named in a day's sentence is a look back from the day, which the story goes on from.
        ("On Oct. 4, the company said sales had fallen in August. A week later, it cut 500 jobs.",
         datetime.date(2024, 11, 20), "A week later", "2024-10-11"),
        # Forecasts by the verb, with the place between; and the forecaster's own acts.
        ("The Met Office has forecast snow for much of Scotland on Thursday.", datetime.date(2024, 5, 15), "Thursday",
         "2024-05-16"),
        ("Forecasters predicted heavy snow for Sunday, and urged people to stay at home.", datetime.date(2024, 5, 15),
         "Sunday", "2024-05-19"),
        ("Forecasters said storms were likely on Tuesday, and issued a warning for the coast.", datetime.date(2024, 5, 13),
         "Tuesday", "2024-05-14"),
        # A quarter's forecast given is ahead; one judged is of the quarter reported.
        ("On Tuesday the company issued a weak fourth-quarter forecast.", datetime.date(2024, 8, 20), "fourth-quarter",
         "2024-Q4"),
        ("The company issued fourth-quarter guidance in October that proved too optimistic.", datetime.date(2025, 1, 20),
         "fourth-quarter", "2024-Q4"),
        # A story told before now with what was expected or planned then.
        ("In 2019, the firm was expected to close the plant by Christmas.", datetime.date(2024, 5, 15), "Christmas",
         "2019-12-25"),
        # Voters' outcomes by the vote itself, "in" or "at" it.
        ("Voters decided to reject the proposal in Sunday's referendum.", datetime.date(2024, 5, 13), "Sunday", "2024-05-12"),
        ("Scots voted to stay in the UK at Thursday's referendum.", datetime.date(2024, 5, 17), "Thursday", "2024-05-16"),
        # "poised" is odds without an auxiliary; "braced" after "with".
        ("Stocks poised for a higher open on Thursday.", datetime.date(2024, 5, 15), "Thursday", "2024-05-16"),
        ("With the city braced for more violence on Friday, shops were boarded up.", datetime.date(2024, 5, 15),
         "Friday", "2024-05-17"),
        # "likely to have" a thing is ahead.
        ("The storm is likely to have winds of 100 mph on Thursday.", datetime.date(2024, 5, 15), "Thursday", "2024-05-16"),
        # A schedule under way: the first such day after the day told.
        ("Oil fell on Tuesday, with the May contract expiring on Friday.", datetime.date(2024, 4, 17), "Friday",
         "2024-04-19"),
        ("Markets were closed on Good Friday, with trading resuming on Monday.", datetime.date(2024, 4, 2), "Monday",
         "2024-04-01"),
        # A sighting's participle keeps its past.
        ("Detectives want to trace a man seen in the area on Friday night.", datetime.date(2024, 5, 15), "Friday",
         "2024-05-10TNI"),
    ],
)
def test_narrowed_after_the_seventeenth_review(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # What a decision clears the way for lies ahead.
        ("The FDA authorized the vaccine on Friday night, clearing the way for the first shots to be given as early "
         "as Monday.", datetime.date(2020, 12, 12), "Monday", "2020-12-14"),
        # A tally is no infinitive.
        ("An advisory panel voted 17 to 4 in favor of the vaccine on Thursday.", datetime.date(2020, 12, 12), "Thursday",
         "2020-12-10"),
        # A participle after a preposition, and a past form after an article, describe or name.
        ("Singapore will begin quarantining all passengers arriving from affected areas on Monday.",
         datetime.date(2003, 4, 3), "Monday", "2003-04-07"),
        ("The government aims to offer a shot to every adult by the end of July.", datetime.date(2021, 2, 15),
         "the end of July", "2021-07"),
        ("The crash of '29 wiped out his savings.", datetime.date(2025, 3, 13), "'29", "1929"),
        # A past perfect's month is gone by.
        ("Sanlu had received complaints from parents as early as December.", datetime.date(2008, 9, 23), "December",
         "2007-12"),
        ("Retailers said they had hired extra staff ahead of Christmas.", datetime.date(2024, 12, 10), "Christmas",
         "2024-12-25"),
        ("Saudi Aramco, whose listing had been expected as early as November, said it would proceed.",
         datetime.date(2019, 9, 16), "November", "2019-11"),
        # An apposition's clause is no clause of the date's.
        ("Trump declared the opioid epidemic a public health emergency on Thursday, a move that will last 90 days.",
         datetime.date(2017, 10, 27), "Thursday", "2017-10-26"),
        # A month something is to happen in, ahead.
        ("Organisers hope to start next season in March.", datetime.date(2008, 4, 18), "March", "2009-03"),
        # A participle's phrase after the date is no clause of its own.
        ("The two leaders signed an agreement late on Wednesday pledging to work toward reunification.",
         datetime.date(2000, 6, 15), "Wednesday", "2000-06-14"),
        # Attempts look ahead.
        ("Michael Johnson bids to complete a 200m and 400m double on Thursday.", datetime.date(1996, 7, 29), "Thursday",
         "1996-08-01"),
        # A live blog's stamps are of the blog's day, unless a dated heading stands above them.
        ("09:15 — Russia said it ordered the pullout on Wednesday.\n11:40 — Residents say troops left.",
         datetime.date(2022, 11, 11), "11:40", "2022-11-11T11:40"),
        ("Wednesday, Nov. 9\n11:40 — Residents say troops left.", datetime.date(2022, 11, 11), "11:40",
         "2022-11-09T11:40"),
    ],
)
def test_ways_cleared_tallies_adjectives_past_perfects_appositions_attempts_and_live_blogs(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # A date with its own event as the subject of "is set to".
        ("The rally on Saturday is set to draw thousands.", datetime.date(2024, 5, 15), "Saturday", "2024-05-18"),
        ("The cuts unveiled on Monday are expected to save $2 billion.", datetime.date(2024, 5, 15), "Monday", "2024-05-13"),
        ("Growth in April is expected to be revised up.", datetime.date(2024, 5, 15), "April", "2024-04"),
        # Targeted for a plan, not for arrest.
        ("The bridge is targeted for completion in March.", datetime.date(2024, 5, 15), "March", "2025-03"),
        ("The rocket, targeted for launch on Sunday, is being fuelled.", datetime.date(2024, 5, 15), "Sunday", "2024-05-19"),
        # Forecasts of growth name the forecasting day; outcomes after "and" came.
        ("The IMF forecast global growth of 3.2% for this year and next on Tuesday.", datetime.date(2024, 4, 17),
         "Tuesday", "2024-04-16"),
        ("AccuWeather forecast up to a foot of snow for Boston and New York on Saturday.", datetime.date(2024, 1, 16),
         "Saturday", "2024-01-20"),
        ("Forecasters predicted heavy rain for Wednesday, and the river burst its banks.", datetime.date(2024, 1, 19),
         "Wednesday", "2024-01-17"),
        ("The club hoped for a big crowd on Saturday, and more than 40,000 fans came.", datetime.date(2024, 1, 16),
         "Saturday", "2024-01-13"),
        # A forecast raised, then a clause on it.
        ("The company raised its fourth-quarter forecast, which had been cut in May.", datetime.date(2024, 8, 5),
         "fourth-quarter", "2024-Q4"),
        # A promise gone by in another clause.
        ("Last year, ministers promised to fix the roads by Christmas; the work will start in June.",
         datetime.date(2024, 5, 10), "June", "2024-06"),
        # Giving one to everyone is no infinitive.
        ("The bakery offered one to every customer on Saturday.", datetime.date(2024, 3, 6), "Saturday", "2024-03-02"),
        # "braced" after a clause's "with" only.
        ("With power lines down, crews braced for more outages on Tuesday.", datetime.date(2024, 1, 17), "Tuesday",
         "2024-01-16"),
        # A schedule under way after a day long gone counts from now.
        ("The plant, which shut on March 3, will stay closed, with production resuming on Monday.",
         datetime.date(2024, 3, 20), "Monday", "2024-03-25"),
        ("The trial opened on Monday, with the prosecution closing its case on Friday.", datetime.date(2024, 5, 15),
         "Friday", "2024-05-17"),
        # Voting at a meeting.
        ("The council voted to approve the budget at Thursday's meeting.", datetime.date(2024, 3, 6), "Thursday",
         "2024-02-29"),
        # A weekday dated as "the 21st of May".
        ("The strike will begin on Tuesday morning, the 21st of May.", datetime.date(2024, 5, 13), "Tuesday",
         "2024-05-21TMO"),
    ],
)
def test_narrowed_after_the_eighteenth_review(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value


@pytest.mark.parametrize(
    "text,anchor,phrase,value",
    [
        # The way cleared for a thing, not for something to be done, is the clearing's day.
        ("Regulators cleared the way for the merger on Monday, sending shares higher.", datetime.date(2024, 5, 15),
         "Monday", "2024-05-13"),
        # A tally, then what was voted for.
        ("Lawmakers voted 30 to 12 to hold a referendum in September.", datetime.date(2024, 5, 15), "September", "2024-09"),
        # A plan's past perfect.
        ("The government had earmarked December for the vote, but it has now been moved to February.",
         datetime.date(2024, 9, 10), "December", "2024-12"),
        # A measured period after "in".
        ("Analysts expect orders in March to show a rebound when data are released on Friday.",
         datetime.date(2024, 4, 10), "March", "2024-03"),
        # Tries and attempts as nouns.
        ("Wales scored four tries to beat Italy on Saturday.", datetime.date(2024, 5, 15), "Saturday", "2024-05-11"),
        ("Police foiled attempts to storm the parliament on Sunday.", datetime.date(2024, 5, 15), "Sunday", "2024-05-12"),
        # Stamps under a heading that names the day.
        ("What happened on Monday:\n09:15 First tremor felt in the city.", datetime.date(2024, 5, 15), "09:15",
         "2024-05-13T09:15"),
        # A thing likely to have happened on a day.
        ("The earthquake on Monday is likely to have killed thousands.", datetime.date(2024, 5, 15), "Monday", "2024-05-13"),
        ("Flooding in March is likely to have cost farmers $200 million.", datetime.date(2024, 5, 15), "March", "2024-03"),
        # Targeted for looting, for inspection.
        ("Shops targeted for looting on Saturday night were boarded up.", datetime.date(2024, 5, 15), "Saturday",
         "2024-05-11TNI"),
        ("Homes targeted for inspection on Thursday must be cleared of debris.", datetime.date(2024, 5, 15), "Thursday",
         "2024-05-16"),
        # A month with its own year in a day's sentence is no flashback to count from.
        ("On Tuesday, prosecutors said Smith flew to Dubai in March 2019. Two weeks later, he wired $2 million.",
         datetime.date(2024, 5, 15), "Two weeks later", "2019-03"),
        # Forecasts of weather by any name; of figures, the forecasting's day.
        ("Forecasters predicted a heatwave for much of England on Saturday.", datetime.date(2024, 5, 15), "Saturday",
         "2024-05-18"),
        # Preparations are no outcome.
        ("Forecasters predicted heavy rain for Wednesday, and authorities were preparing shelters.",
         datetime.date(2024, 1, 15), "Wednesday", "2024-01-17"),
        # Plans of that year, not of now.
        ("In 2018, the council said it would publish plans for the site in March.", datetime.date(2024, 5, 15), "March",
         "2018-03"),
        # "braced" after a mid-sentence "with".
        ("Schools shut early, with parents braced for more snow on Thursday.", datetime.date(2024, 5, 15), "Thursday",
         "2024-05-16"),
        # A schedule under way after a day ahead.
        ("The conference opens on Monday, with the main sessions closing on Friday.", datetime.date(2024, 5, 15), "Friday",
         "2024-05-24"),
        # The past perfect before a written date, close by.
        ("The plant opened in November 2019. Regulators had approved it on Jan. 15.", datetime.date(2024, 5, 15),
         "Jan. 15", "2019-01-15"),
        # A target for a period, results aside.
        ("The company aims to return to profit in the fiscal year ending June 30.", datetime.date(2024, 8, 15), "June 30",
         "2025-06-30"),
    ],
)
def test_narrowed_after_the_nineteenth_review(text, anchor, phrase, value):
    assert value_of(text, phrase, anchor) == value
