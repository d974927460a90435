"""Words that look like dates but are not."""

import datetime

import pytest

from timeline.temporal import tag

A = datetime.date(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Tactical retreats may be necessary.",
        "Mercenaries do not fall under the Geneva Convention.",
        "Protesters march on the capital.",
        "We do not need a truce.",
        "The Sunday Times reported it.",
        "Crowds gathered in Independence Square.",
        "Forces seized approximately 500 square miles.",
        "The bill, H.R. 2024, passed the House.",
        "She stayed in room 1204 at the hotel.",
        "Some 430 Ukrainian soldiers were captured, and 1500 troops.",
        "A 22-year-old British man was sentenced.",
        "Prices may fall in the spring of their discontent",
        "It was Bloody Sunday for the markets.",
        "He told the Mail on Sunday that talks had failed.",
        "Time magazine named him Person of the Year.",
        "Putin received the envoys at the Winter Palace.",
        "He hit two home runs in spring training.",
        "Investors braced for a fall in prices.",
        "Skier dies in fall",
        "Worker injured in fall, police say",
        "The Knights of Columbus Council 1492 met on the parish grounds.",
        "The Sunday Courier endorsed him.",
        "The GeForce RTX 2080 sold out within hours.",
        "Wednesday, the Netflix series, was renewed.",
        "The NFL Sunday Ticket package costs more this season.",
        "Doctors warned that Day 2 is when stasis sets in.",
        "Frankel won the 2000 Guineas.",
        "Saturday Kitchen will be presented by a guest chef.",
        "Leaders of the March 14 coalition met in Beirut.",
        "The Security Council's 1267 committee met.",
        "The French daily Le Monde reported it.",
        "The German news weekly Der Spiegel said so.",
        "The German news weekly Der Spiegel called it a setback.",
        "The tribunal heard that more than 2000 documents had been withheld.",
        "The Saturday Paper reported it.",
        "Organisers of the March 4 Justice rally spoke.",
        "Activists screened The Day After Tomorrow outside the venue.",
        "Euro 2020 kicked off in Rome.",
        "China launched a Long March 5 rocket.",
        "The Future Movement, founded by Rafik Hariri's family, lost seats.",
        "Protesters from the Women's March rallied.",
        "He was second in the 2000 Guineas Stakes.",
        "Wednesday, the Netflix series starring Jenna Ortega, drew record viewing.",
        "The study was led by researcher Tuesday Summers, a biologist.",
        "Water from the spring at Ain al-Fijeh supplies Damascus.",
        "Critics said that May had lost control of her party.",
    ],
)
def test_no_date(text):
    found = tag(text, A)
    assert not [e for e in found if e.type == "DATE"], found


@pytest.mark.parametrize("text", ["The Daily Telegraph reported the deal.", "The Weekly Standard ran it."])
def test_a_newspapers_name_is_no_recurrence(text):
    assert tag(text, A) == []


def test_a_day_in_the_daily_mail_is_still_a_day():
    found = tag("Starmer wrote in the Daily Mail on Sunday night that he was ready.", datetime.date(2025, 2, 17))
    assert [(e.text, e.value) for e in found] == [("Sunday night", "2025-02-16TNI")]


def test_september_11_attacks_is_a_name():
    assert tag("After the September 11 attacks, security tightened.", A) == []
    # Told a month after a September 11 of another year, it still names the attacks of 2001.
    assert tag("Officials compared the assault to the September 11 attacks.", datetime.date(2023, 10, 9)) == []
    assert [e.text for e in tag("Families of September 11 victims read names on Monday.", datetime.date(2023, 9, 12))] == ["Monday"]
    found = tag("Police questioned suspects in the Sept. 11 bombing.", datetime.date(2023, 10, 9))
    assert [e.value for e in found] == ["2023-09-11"]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Police said Tuesday Smith was arrested at his home.", ["2025-03-11"]),
        ("On Tuesday Smith was arrested.", ["2025-03-11"]),
        ("In June Carter's album came out.", ["2024-06"]),
        ("In March Revolution Square was packed.", ["2025-03"]),
        ("His son was born in August.", ["2024-08"]),
        ("The 30-Day Ceasefire Plan was rejected.", ["P30D"]),
    ],
)
def test_a_day_before_a_surname_after_a_verb_or_preposition_is_a_date(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # Near misses of the names above: still dates, lengths and times.
        ("The Supreme Court ruled Tuesday Texas can enforce its immigration law.", ["2025-03-11"]),
        ("At the Jan. 6 City Council meeting, members voted.", ["2025-01-06"]),
        ("Officials named April as the target date for reopening the bridge.", ["2025-04"]),
        ("His wife, June, died in 2020.", ["2020"]),
        ("Israel Ends 10-Day Offensive in Jenin Camp", ["P10D"]),
        ("The death toll stood at 9 tonight.", ["2025-03-13TNI"]),
        ("Storm Eowyn battered Scotland on Sunday.", ["2025-03-09"]),
        ("Stocks rose after Tuesday Labor Department data showed cooling inflation.", ["2025-03-11"]),
        ("From January to March Bay Area home sales fell.", ["2025-01", "2025-03"]),
        ('Asked when the line would open, he replied "2027".', ["2027"]),
        ("He finished 12 seconds back.", []),
        ("He won the 5,000m in 14:21 today.", ["2025-03-13"]),
        ("The vote is scheduled for 19:00 tonight.", ["2025-03-13T19:00"]),
        ("The 1975 announced a hiatus on Tuesday.", ["2025-03-11"]),
        ('His answer was "2026".', ["2026"]),
        ("Between 2010 and 2020 more jobs were created.", ["2010", "2020"]),
        ("After the Feb. 26 City defeat, the manager quit.", ["2025-02-26"]),
        ("The final debate is at 9 tonight.", ["2025-03-13T21:00"]),
    ],
)
def test_near_misses_of_names_are_still_times(text, found):
    assert [e.value for e in tag(text, A)] == found


def test_a_verb_month_next_to_a_real_one():
    (e,) = tag("Prices may rise in May.", A)
    assert (e.text, e.value) == ("May", "2025-05")


def test_years_in_prison_are_a_duration():
    (e,) = tag("He got 19 years in prison.", A)
    assert (e.type, e.value) == ("DURATION", "P19Y")


@pytest.mark.parametrize(
    "text",
    [
        "This is VOA Today.",
        "He was quoted in USA Today.",
        "Baker, speaking on ABC News' \"This Week,\" defended the plan.",
        "Zelensky appeared on ABC's This Week to defend the plan.",
        "Trump Tells USA Today He Will Meet Putin",
        "Lavrov Tells Russia Today That Talks With Washington Are Stalled",
        "Writing in the Washington Quarterly, the scholar argued for talks.",
    ],
)
def test_titles_are_not_dates(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Ceasefire Talks May Resume Next Week, Officials Say", "Next Week", "2025-W12"),
        ("Theresa May Visits Kyiv Next Week", "Next Week", "2025-W12"),
        ("Officials Say EU's Next Week Agenda Includes Russian Assets", "Next Week", "2025-W12"),
    ],
)
def test_a_headline_in_title_case_still_names_its_dates(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


def test_since_then_is_left_alone():
    # The corpora leave "since then" unannotated; the date it points to is already tagged.
    assert [e.text for e in tag("The list began in 1950. Since then, 427 were found.", A)] == ["1950"]


@pytest.mark.parametrize(
    "text,anchor,found",
    [
        ("After the September 11 attacks, security tightened.", datetime.date(2001, 9, 20), "2001-09-11"),
        ("Police questioned suspects in the Aug. 7 bombings.", datetime.date(1998, 8, 20), "1998-08-07"),
        ("Monitors were sent under the Feb. 23 accord.", datetime.date(1998, 3, 3), "1998-02-23"),
        ("Crowds gathered in the May 4 Square.", datetime.date(1998, 5, 10), None),
    ],
)
def test_a_recent_day_naming_an_event_is_its_date(text, anchor, found):
    values = [e.value for e in tag(text, anchor)]
    assert values == ([found] if found else [])


@pytest.mark.parametrize(
    "text",
    [
        "It was one of the significant events of the past century.",
        "If I were choosing the people of tomorrow, I would choose them.",
        "For the people of Poland, high noon has come.",
    ],
)
def test_idioms_and_generic_times(text):
    assert tag(text, A) == []


def test_of_today_after_a_plain_noun_stays_a_date():
    (e,) = tag("The results of today were bad.", A)
    assert (e.text, e.value) == ("today", "2025-03-13")


@pytest.mark.parametrize(
    "text",
    [
        "Three quarters of the members voted yes.",
        "Two-quarters of its shares changed hands.",
        "Three quarters of them stayed home.",
    ],
)
def test_a_share_of_something_is_no_duration(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("The airline returned to profit after several quarters of losses.", "several quarters", "PXQ"),
        ("The chain reported two quarters of falling sales.", "two quarters", "P2Q"),
    ],
)
def test_quarters_of_a_trend_are_a_duration(text, phrase, value):
    (e,) = tag(text, A)
    assert (e.text, e.type, e.value) == (phrase, "DURATION", value)


@pytest.mark.parametrize("text", ["Thousands joined the March on Washington.", "The March for Life drew crowds."])
def test_a_march_that_is_a_march(text):
    assert tag(text, A) == []


@pytest.mark.parametrize("text,value", [("The March accession was delayed.", "2025-03"), ("The May elections will be close.", "2025-05")])
def test_the_month_before_the_noun_it_dates(text, value):
    (e,) = tag(text, A)
    assert e.value == value


def test_the_future_of_something_is_what_becomes_of_it():
    assert tag("That is very important to the future of our peoples.", A) == []
    (e,) = tag("They are worried about the future.", A)
    assert (e.text, e.value) == ("the future", "FUTURE_REF")


@pytest.mark.parametrize(
    "text",
    [
        "The F-16s and Mirage 2000 jets arrived.",
        "Protesters gathered near 1600 Pennsylvania Avenue.",
        "Demonstrators gathered near 1600 Pennsylvania Avenue to protest against aid cuts.",
    ],
)
def test_a_model_number_or_a_house_number_is_no_year(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,years",
    [
        ("In 2014 Crimea Street was renamed.", ["2014"]),
        ("In 2024 drones accounted for most hits.", ["2024"]),
        ("Between 2022 and 2024 drones became decisive.", ["2022", "2024"]),
        ("The bank collapsed during the 2008 Wall Street crash.", ["2008"]),
        ("Throughout 2023 Khreshchatyk Street was closed to traffic.", ["2023"]),
    ],
)
def test_a_year_before_machines_or_a_street_is_still_a_year(text, years):
    assert [e.value for e in tag(text, A)] == years


@pytest.mark.parametrize(
    "text",
    [
        "June Sarpong told the BBC she was worried.",
        "August Wilson's plays won two Pulitzer Prizes.",
        "August Busch IV, the brewer's chief executive, resigned.",
        "Tuesday Weld starred in the film.",
        "Police said June Harris and her son August were treated at the scene.",
        "Lenin led the October Revolution.",
        "He is a Six-Day War veteran.",
        "Traffic on the 6th of October Bridge was heavy.",
        'The musical "1776" returns to Broadway.',
        "Fans flocked to March Madness games.",
        "Independence Day star Bill Pullman is returning to the stage.",
        "Letters to the Tory backbench 1922 Committee must reach 53.",
        "The case was heard in Courtroom 1104.",
        "He rode Amtrak train 2151 to Boston.",
        "Under Rule 2004, the debtor testified.",
        "Mr. Sunday declined to comment.",
        "The office at 1999 Avenue de la Paix closed.",
        "Flight UN 1984 landed in Goma.",
        "Aid worker Sunday Adeyemi said the camp was full.",
        "Dr Christmas Ochieng said the clinic was full.",
        "The ministry said 2000 new teachers had been hired.",
        "Sheffield Wednesday have appointed a new manager.",
        "The 1975 will headline Reading and Leeds.",
        "The October 6 Bridge was closed to traffic.",
        "Actress Tuesday Weld starred in the film.",
        "Democrats fear an October Surprise in the race.",
        "The Independence Day star Bill Pullman spoke at the rally.",
        "The 1922 Committee of backbench Conservative MPs met.",
        "A baby named April was found safe.",
        "Protesters gathered near October Square.",
        'He first read Orwell\'s "1984" in school.',
        "Office pools for March Madness are technically illegal.",
        "He wrote a column for the Independent on Sunday.",
        "We met at TGI Fridays, the restaurant chain.",
        "Israel captured the Golan Heights in the Six-Day War.",
        "Evacuees were bused to 6th of October City, west of Cairo.",
        "Firefighters were called to 1999 Lakeshore Road after reports of smoke.",
        "Police are looking for a hatchback with a number plate ending 2019.",
        "The overnight call rate rose to 0.5%.",
        "The study, led by researcher Tuesday Reitano, found gaps in care.",
        "April Longley Alley of the International Crisis Group said the talks failed.",
        "The UN passed Resolution 1701 unanimously.",
        "He spoke on BBC Radio 4's Today programme.",
        "The Good Friday Agreement ended the Troubles.",
        "The Tuesday Group of moderate Republicans met.",
        "They held a March on Washington.",
        "The company still runs Windows 2000 on its servers.",
        "She drove a Peugeot 2008 to work.",
        "Blade Runner 2049 flopped at the box office.",
        "Activists from Fridays for Future marched through Berlin.",
        "The Russell 2000 index of small-cap stocks fell.",
        "The measure, known as House Bill 2014, would require seat belts on school buses.",
        "Singapore news outlet TODAY reported that the ministry had received complaints.",
        "She played Wednesday Addams in the remake.",
        "The orchestra closed with the 1812 Overture.",
        "He wrote Tuesdays With Morrie.",
        "She sang September Morning at the gala.",
        "The film The Day After Tomorrow exaggerated the science.",
        "Edo State Governor Monday Okpebholo said the roads would be fixed.",
        "Sports Minister Sunday Dare opened the stadium.",
        "The April 6 Youth Movement called for protests.",
        "Morocco's 20 February Movement marched in Rabat.",
        "Crowds gathered in Sixth of October City.",
        "Nearly a quarter of Venezuela's population has left.",
        "He scored 12 points in the first quarter.",
        "The Lakers led by 10 after the third quarter.",
        "He played Sunday League football as a boy.",
        "The eulogy was delivered by April Hendricks, her niece.",
        "She was a close friend of June Carter Cash.",
        "He spent his career as a buyer for May Department Stores.",
        "She was the first actress to play Wednesday Addams on television.",
        'He was best known as Sgt. Joe Friday on "Dragnet."',
        'Her novel "Tuesday\'s Child" sold more than a million copies.',
    ],
)
def test_names_resolutions_and_programmes_are_no_dates(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Arsenal face Chelsea in the Wednesday League Cup tie.", "Wednesday", "2025-03-19"),
        ("Allies will gather at the June Nato summit in The Hague.", "June", "2025-06"),
        ("Kyiv's August Kursk incursion stunned Moscow.", "August", "2024-08"),
        # A month between a possessive and the noun it dates, "March" and "May" too.
        ("Economists see no cut at its May meeting.", "May", "2025-05"),
        ("Investors expect a cut at the Fed's March meeting.", "March", "2025-03"),
        ("Zelensky Says Talks With Russia Could Start Today", "Today", "2025-03-13"),
    ],
)
def test_a_month_before_a_name_or_today_in_a_headline_is_still_a_date(text, phrase, value):
    assert [(e.text, e.value) for e in tag(text, A)] == [(phrase, value)]


def test_a_first_name_month_before_a_comma_is_a_name():
    assert tag("April Lee, a spokeswoman, said the talks failed.", A) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("Peace Now said settlement building surged.", []),
        ("Now, the talks have stalled.", [("Now", "PRESENT_REF")]),
        ("The rebels launched Operation 1027 on October 27.", [("October 27", "2024-10-27")]),
        ("Brent crude futures for May delivery rose.", [("May", "2025-05")]),
        ("The truce may not hold beyond May.", [("May", "2025-05")]),
        ("Ukraine Agrees to 30-Day Ceasefire Proposal", [("30-Day", "P30D")]),
        ("He watched CBS's 60 Minutes on Sunday.", [("Sunday", "2025-03-09")]),
    ],
)
def test_names_with_time_words_and_months_after_for_or_beyond(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("The whale was seen off Friday Harbor.", []),
        ("Thousands joined Fridays for Future marches.", []),
        ("Shops close on Fridays for Lent.", [("Fridays", "XXXX-WXX-5")]),
        ("He writes for The Weekend Australian.", []),
        ("Fighting Rages Over The Weekend In Kursk", [("The Weekend", "2025-W10-WE")]),
        ("This Week Russia attacked.", [("This Week", "2025-W11")]),
    ],
)
def test_days_and_weekends_that_open_a_name(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


def test_a_capitalised_offset_in_running_text_is_a_title():
    assert tag("He watched The Day After on television.", A) == []
    assert [e.value for e in tag("The day after, talks resumed.", A)] == ["2025-03-14"]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Officials said Tuesday Bay Area hospitals were full.", [("Tuesday", "2025-03-11")]),
        ("The Hundred Years' War ended in 1453.", [("1453", "1453")]),
        ("They held a minute's silence.", [("a minute", "PT1M")]),
        ("The drone hovered for a minute over the crowd.", [("a minute", "PT1M")]),
        ("Early Saturday Morning, police responded to a call.", [("Early Saturday Morning", "2025-03-08TMO")]),
        ("Two Years After the Quake, Haiti Struggles to Rebuild", [("Two Years", "P2Y")]),
        ("A Washington Post 2019 investigation found widespread abuse.", [("2019", "2019")]),
        ("Post 2008, banks sharply tightened lending standards.", [("2008", "2008")]),
        ("Xi hosted the Belt and Road 2019 summit in Beijing.", [("2019", "2019")]),
        ("Local 1199 represents 450,000 health-care workers.", []),
        ("Voting closes at Noon Pacific Time on Tuesday.", [("Noon Pacific Time on Tuesday", "2025-03-18T12:00")]),
        ("The fire broke out early Saturday Morning, officials said.", [("early Saturday Morning", "2025-03-08TMO")]),
        ("Easter Sunday Church Attendance Rises Across Nation", [("Easter Sunday", "2025-04-20")]),
        ("Fireworks were launched over Independence Day Plaza on Friday.", [("Friday", "2025-03-07")]),
        ("The museum is free Sundays for New Yorkers.", [("Sundays", "XXXX-WXX-7")]),
        ("The Mondays of Hope campaign began.", []),
    ],
)
def test_names_after_days_need_a_name_word(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # A quarter that is a share.
        ("The Fed is expected to cut rates by a quarter point.", []),
        ("It raised rates by a quarter-point.", []),
        ("The city's population grew by a quarter.", []),
        ("The launch was delayed by a quarter.", [("a quarter", "P1Q")]),
        ("The launch has slipped by a quarter.", [("a quarter", "P1Q")]),
        ("Expected rate cuts were pushed out by a quarter.", [("a quarter", "P1Q")]),
        ("The company cut its workforce by a quarter.", []),
        ("Germany will raise defence spending by about a quarter next year.", [("next year", "2026")]),
        ("The company cut its workforce in Europe and Asia by a quarter.", []),
    ],
)
def test_a_quarter_that_is_a_share(text, found):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2025, 7, 3))] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # "as soon as" makes a capitalised "March" or "May" a month.
        ("Traders bet the Fed would start cutting rates as soon as March.", [("March", "2024-03")]),
        ("The bank could move as early as May.", [("May", "2024-05")]),
        ("Theresa May said it would happen as soon as possible.", []),
    ],
)
def test_as_soon_as_a_month(text, found):
    assert [(e.text, e.value) for e in tag(text, datetime.date(2023, 12, 28))] == found


@pytest.mark.parametrize(
    "text",
    [
        "Saturday Night Live mocked the senator.",
        "He watched Monday Night Football with his sons.",
        "The Christmas tree on Sofiyska Square was lit in blue and yellow.",
        "He starred in the Independence Day film.",
        "The recipe appears in the Guardian's Saturday magazine.",
        "The congregation and the Sunday school share the church hall.",
        "Shares of Tuesday Morning Corp. rose 50 cents.",
        "Nick Robinson told listeners of the Today programme that the story was wrong.",
        "Shares of Monday.com rose 5%.",
        "Worshippers gathered at the Friday Mosque in Herat.",
    ],
)
def test_shows_and_things_named_after_a_day_are_not_dates(text):
    assert tag(text, A) == []


def test_the_same_words_in_lower_case_are_still_days():
    found = tag("They met Saturday night and the tree was lit on Christmas Day.", A)
    assert [(e.text, e.value) for e in found] == [("Saturday night", "2025-03-08TNI"), ("Christmas Day", "2024-12-25")]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Saturday's edition carried the story, he told the BBC today.", [("Saturday", "2025-03-08"), ("today", "2025-03-13")]),
        # After a saying or a preposition, the weekday is the day's.
        ("The governor said Tuesday school districts will receive $2 billion.", [("Tuesday", "2025-03-11")]),
        # "Today" opening a sentence is the day, whatever noun follows.
        ("Today show business is a global industry.", [("Today", "2025-03-13")]),
    ],
)
def test_a_days_own_issue_or_saying_is_still_that_day(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text",
    [
        # Labels, lodges, addresses and a police report's block.
        "The crash happened on County Road 1900 North near Rantoul, the sheriff's office said.",
        "Officers found the stolen pickup in the 2000 block of Elm Street.",
        "The new Dollar General at 1865 Lincoln Highway held a ribbon cutting.",
        "VFW Post 1945 hosted a fish fry.",
        "Jurors examined Exhibit 1984, a diagram of the parking garage.",
        "Deputies stopped the truck on FM 1960 north of Houston.",
        "Investigators believe the fire began near mile marker 2015 on the interstate.",
        # Places, shops, firms, titles and parties named with a calendar word.
        "A grass fire near Christmas Valley burned 40 acres.",
        "Parents asked the board to add a crossing guard at Easter Road and Second Street.",
        "Candidates answered questions at the Sunday River resort.",
        "The jury in United States v. Christmas heard testimony.",
        "Police were called to the Tuesday Morning store on Route 9.",
        "Tuesday Morning, the discount home goods chain, said it would close 200 stores.",
        "Crews from Midnight Sun Electric restored power to the water plant.",
        "The film Midnight Express angered Turkish officials.",
        'The band played "September" by Earth, Wind & Fire.',
        "Al-Ahram Weekly published an interview with the foreign minister.",
        "They stayed at the Seven Days Inn on Route 1.",
        "A protest called A Day Without Immigrants drew thousands.",
        "A bar called The Weekend opened downtown.",
        "Police seized a Colt Model 1911 pistol.",
        "She starred in the film Independence Day.",
        "Investigators found a minute discrepancy in the accounts.",
        "The Weekend Australian reported the deal.",
        "Easter Seals Ontario raised $2 million.",
        "Members of Local 1199 rallied outside the hospital.",
        "Post 1776 of the American Legion hosted a breakfast.",
        "Hikers were rescued in the Christmas Mountains.",
        "Viewers of CBS Sunday Morning saw the segment.",
        "The Netflix series 'Wednesday' led all comedies.",
        "The studio said 'The Day After Tomorrow' earned $68 million.",
        "The tax code's Section 1983 and the Form 1040 instructions were revised.",
        "Members of the moderate Tuesday Group met.",
        "Orwell's novel 1984 saw a surge in sales.",
        "Patients received 2000 milligrams of the drug.",
        "He ran the 1500 metres in Rome.",
        "Members of United Steelworkers Local 1999 walked out.",
        "The two trials are set for the same date.",
        "The parents run a day-care center.",
        "A second, of magnitude 7.5, struck the coast.",
        "Netflix renews 'Wednesday' for a third season.",
        "Police Arrest Man Who Stole Christmas Decorations From Church",
    ],
)
def test_labels_places_and_names_with_calendar_words_are_no_dates(text):
    assert tag(text, A) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("Growth resumed in the post 2008 era.", [("2008", "2008")]),
        ("Markets Rally On Tuesday Morning As Fed Signals Cut", [("Tuesday Morning", "2025-03-11TMO")]),
        ("Midnight Monday is the deadline.", [("Midnight Monday", "2025-03-10T24:00")]),
        ("Noon GMT is the deadline.", [("Noon GMT", "2025-03-13T12:00")]),
        ("Officials said Tuesday Bay Area hospitals were full.", [("Tuesday", "2025-03-11")]),
    ],
)
def test_the_same_words_as_times(text, found):
    assert [(e.text, e.value) for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # "overnight" meaning suddenly is no night.
        ("Change will not happen overnight, the minister warned.", []),
        ("The band became an overnight success.", []),
        ("The road will be closed overnight.", ["2025-03-13TNI"]),
        ("The storm became a hurricane overnight.", ["2025-03-12TNI"]),
        ("Fixing the economy won't happen overnight.", []),
        ("Kick-off is 19:45 tonight.", ["2025-03-13T19:45"]),
        ("In 2020 ballots were mailed to every voter.", ["2020"]),
        ("The army will send around 2000 more troops.", []),
        ("Labour won more seats than May did.", []),
        ("He scored twice in Sheffield Wednesday's 3-1 win.", []),
        ("In December Lane Kiffin left for Ole Miss.", ["2024-12"]),
        ("Senior nurse Tuesday Adams retired.", []),
        ("On Christmas Day actor Hugh Grant posted a video.", ["2024-12-25"]),
        ("She posted 13:05 today, a season's best.", ["2025-03-13"]),
        ("The 2018 revised guidelines still apply.", ["2018"]),
        ('His new novel, "2034", imagines a war.', []),
        ("The governor's answer was \"2026\".", ["2026"]),
        ("A man was stabbed in May Street, Belfast.", []),
        ("The launch will happen no later than May.", ["2025-05"]),
        # Streets named after months, even after a preposition.
        ("Traffic on August Drive was diverted on Monday.", ["2025-03-10"]),
        ("In March Road closures began.", ["2025-03"]),
        ("Her granddaughter June turned 10 on Saturday.", ["2025-03-08"]),
    ],
)
def test_sudden_overnights_streets_and_grandchildren(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Flooding in 2010 killed nearly 2,000 people.", ["2010"]),
        ("The quake in 1999 injured thousands.", ["1999"]),
        ("Clashes left 2000 killed.", []),
        ("Officials said 2010 killed and 300 wounded.", []),
    ],
)
def test_a_toll_after_a_year_it_happened_in(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Floodwaters swamped homes in Spring, Texas, on Monday.", ["2025-03-10"]),
        ("The plant in Summer, Ky., closed.", []),
        ("Talks resumed in spring, officials said.", ["2024-SP"]),
        ("Several Tuesday Morning stores closed, the discount retailer said.", []),
        ("Call the information line on 1800 679 737.", []),
        ("The robbery took place at a jewellers on Christmas Steps in Bristol.", []),
        ("Ineos shut the Forties Pipeline System.", []),
        ("In the Forties, Britain rationed food.", ["194"]),
        ("The Day After Tomorrow, a disaster movie, was shown.", []),
        ("We will meet the day after tomorrow.", ["2025-03-15"]),
        ("Germany promised 1500 of its own.", []),
        ("In 1999 of all years, it rained.", ["1999"]),
        ("The court heard evidence from Jamie Noon, a friend of the victim.", []),
        ("Talks resume at Noon.", ["2025-03-13T12:00"]),
    ],
)
def test_towns_shops_phone_numbers_steps_pipelines_films_counts_and_surnames(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # Titles in quotation marks name works, not days.
        ("New Order's 'Blue Monday' remains the best-selling 12-inch single.", []),
        ("Danny Boyle, whose '28 Days Later' spawned a sequel, will direct.", []),
        ("David Bowie's album 'The Next Day' will be released on March 11.", ["2025-03-11"]),
        ("George Clooney's “The Ides of March” opens in cinemas.", []),
        ("Sam Mendes's '1917', shot as one take, will open on Friday.", ["2025-03-14"]),
        ("Stanley Kubrick's '2001: A Space Odyssey' will tour cinemas.", []),
        ("Penguin has ordered a reprint of 75,000 copies of '1984' to meet demand.", []),
        ("A remake of 'Friday the 13th' topped the box office.", []),
        ("Bryan Adams closed his set with 'Summer of '69'.", []),
        ("The band played 'I Don't Like Mondays' twice.", []),
        ("Touring with The Sundays, the band crossed America.", []),
        # Speech and answers in quotation marks keep their dates.
        ('"We will meet on Monday," he said.', ["2025-03-17"]),
        ("'The talks resume on Monday,' an aide said.", ["2025-03-17"]),
        ("The governor's answer was \"2026\".", ["2026"]),
        ("He said the deal was 'Dead On Arrival' last week.", ["2025-W10"]),
    ],
)
def test_titles_in_quotation_marks_are_no_dates(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Almost a quarter of trains arrived late.", []),
        ("The firm posted a quarter of losses.", ["P1Q"]),
        ("The 1000-tonne machine broke through at Farringdon.", []),
        ("A 2000-seat arena opened in 1999.", ["1999"]),
        ("Its offices at 1221 Avenue of the Americas are for sale.", []),
    ],
)
def test_shares_measures_and_addresses(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("In the Fifties Radio Luxembourg ruled the airwaves.", ["195"]),
        ("He recalled the floods of 1953 of which he still has vivid memories.", ["1953"]),
        ("In 2019 450 000 jobs were lost, the statistics agency said.", ["2019"]),
        ("The heatwave of 2003 killed 70,000 people.", ["2003"]),
        ("The committee met quarterly and said little.", ["P3M"]),
        ("Japan publishes quarterly and annualised growth figures.", []),
    ],
)
def test_narrowed_false_friends_after_the_sixteenth_review(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Voters will decide Measure 2000 in November.", ["2025-11"]),
        ("Saad Hariri's March 14 alliance accused its rivals in the March 8 camp.", []),
        ("On March 8 camp residents protested.", ["2025-03-08"]),
        ("Rescue 1122 teams arrived at Facility 1391.", []),
        ("The U.N.'s 1267 sanctions committee met.", []),
        ("Settlers had fenced off the spring that irrigates their fields.", []),
        ("Egypt's state-run Al-Ahram daily reported the deal.", []),
        ("He swims daily, Smith said.", ["P1D"]),
        ("The militants of Black September struck in 1972.", ["1972"]),
    ],
)
def test_measures_camps_services_springs_papers_and_black_september(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        # Two titles and the words between them; speech in quotation marks.
        ('The BBC aired "Sherlock" in 2010 and "Luther" in 2011.', ["2010", "2011"]),
        ('Asked when the vote would be held, she replied: "Next Tuesday."', ["2025-03-18"]),
        ('"By Friday," she said, "the roads will be clear."', ["2025-03-14"]),
        ("Bryan Adams closed his set with 'Summer of '69'.", []),
        # Counts of a whole and tolls listed; a year of a happening.
        ("The firm sold 5,000 cars last year, 2000 of which were electric.", ["2024"]),
        ("The ministry published a list of 1200 killed in the fighting.", []),
        ("He recalled the floods of 1953 of which he still has vivid memories.", ["1953"]),
        # A run of quarters, and shares of people.
        ("After a quarter of outflows, the fund attracted new money in April.", ["P1Q", "2024-04"]),
        ("Almost a quarter of women said no.", []),
    ],
)
def test_narrowed_false_friends_after_the_seventeenth_review(text, found):
    assert [e.value for e in tag(text, A)] == found


def test_daily_after_places_is_an_adverb():
    assert [e.value for e in tag("Inspectors will have access to the sites at Natanz and Fordow daily.", A)] == ["P1D"]


@pytest.mark.parametrize(
    "text,found",
    [
        ("The Packers led 14-10 at the end of the first quarter, but collapsed in the fourth quarter.", []),
        ("Verstappen topped Q3 with a lap of 1:29.708.", []),
        ("Jos Buttler will captain England's one-day international side.", []),
        ("The Soccer Saturday presenter signed a new contract.", []),
        ("TSG 1899 Hoffenheim beat TSV 1860 Munich.", []),
        ("Amendments allow him to seek a further six years after that.", ["P6Y"]),
    ],
)
def test_games_formats_shows_clubs_and_further_years(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ('The band closed the night with "Blue Monday."', []),
        ('"See You Next Tuesday!" was the first episode of the series.', []),
        ('"Early June," the spokesman replied.', ["2025-06"]),
        ("The Spanish flu of 1918 killed 50 million people.", ["1918"]),
        ("The strike ended after a quarter of workers returned to their jobs.", []),
        ("Emirates now flies to the Maldives daily.", ["PRESENT_REF", "P1D"]),
        ("Tehran's hardline Kayhan daily wrote that the deal was dead.", []),
    ],
)
def test_narrowed_false_friends_after_the_eighteenth_review(text, found):
    assert [e.value for e in tag(text, A)] == found


def test_a_season_that_runs_between_months_is_a_season():
    assert tag("The spring, which runs from March to May, was the wettest on record.", A)[0].value == "2024-SP"


@pytest.mark.parametrize(
    "text,found",
    [
        ("Lawyers for the family of April Jones said the trial would go ahead.", []),
        ("The committee's report, published as HC 1901, made 40 recommendations.", []),
    ],
)
def test_a_girl_named_april_and_a_house_paper(text, found):
    assert [e.value for e in tag(text, A)] == found


def test_a_debate_demanded_for_a_month_lies_ahead():
    assert [e.value for e in tag("The opposition has demanded a parliamentary debate in August.", datetime.date(2023, 7, 7))] == ["2023-08"]


@pytest.mark.parametrize(
    "text,found",
    [
        ("She named the bakery Sunday Morning, after a Velvet Underground song.", []),
        ("Teammates in the minors called him Mr. October.", []),
        ("Her grandfather played Father Christmas at the parish hall.", []),
        ("She keeps the 1099 form from her first freelance job framed.", []),
        ("The magazine Sunday Mainichi reported the deal.", []),
        ("Honda said it would stop making its Today minicar.", []),
    ],
)
def test_names_products_and_forms(text, found):
    assert [e.value for e in tag(text, A)] == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("ESPN scored its most-watched quarter ever in the second quarter, helped by the NBA playoffs.", ["2024-Q2"]),
        ("Investors took a victory lap in Q3 as stocks rallied.", ["2024-Q3"]),
        ("They booked a one-day side trip to Agra.", ["P1D"]),
        ("The one-day series begins in June.", ["2025-06"]),
        ("The US 2020 Census counted everyone.", ["2020"]),
        ('"Maybe Friday?" she asked.', ["2025-03-07"]),
        ("The army gave a figure of 1800 killed and 4000 wounded.", []),
        ("After a quarter of shortages, supplies recovered.", ["P1Q"]),
        ("The talks were first reported by the Kommersant daily.", []),
        ("The spring, which rises in the hills above the town, supplies 300 homes.", []),
    ],
)
def test_narrowed_false_friends_after_the_nineteenth_review(text, found):
    assert [e.value for e in tag(text, A)] == found
