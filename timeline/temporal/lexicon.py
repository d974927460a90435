"""Words the engine knows, and their meanings. Pure data, no regexes."""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Abbreviations as news styles write them (AP: Jan. Feb. Aug. Sept. Oct. Nov. Dec.).
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also ordinary English words; they need a date context.
AMBIGUOUS_MONTHS = ("may", "march")

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100,
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2, "couple of": 2,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Vague quantities: "several years" is PXY in TIMEX3.
VAGUE_QUANTITIES = ("a few", "few", "several", "many", "some", "a number of", "the next few", "numerous")

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "fifth.": 5,
    "last": -1, "final": -1,
}

# Duration units: TIMEX3 letter, and whether it belongs after the "T" (time units).
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "week": ("W", False), "fortnight": ("2W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("10Y", False), "century": ("100Y", False),
}
# Calendar units usable with last/this/next; value is the calendar_math unit.
CALENDAR_UNITS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

# Words that introduce a decimal-free count rather than a year: "2000 troops".
COUNT_NOUN_HINTS = frozenset(
    """people persons troops soldiers men women children workers employees jobs dollars
    euros pounds yen shares barrels tons tonnes miles kilometers km meters feet acres
    square cases votes deaths dead killed injured wounded points units cars homes houses
    copies members fighters civilians refugees prisoners students residents visitors
    pages words rounds times percent milligrams grams kilograms kilos ounces litres liters gallons calories
    megawatts kilowatts watts volts metres meters""".split()
)
# Kinds of place a calendar word can name: "Christmas Valley", "Easter Road", "the Sunday
# River resort", "Noon Street".
PLACE_NOUNS = (
    "Valley|Road|Rd|River|Street|St|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Highway|Parkway|Trail|Island|Islands|"
    "Lake|Hill|Hills|Creek|Bay|Beach|Township|Ridge|Falls|Springs|Canyon|Harbou?r|Square|Plaza|Village|Ranch|Resort|Cove|Gulch"
)
# Words of a rate or a count just before "a day", "a week": "$5 million a day", "twice a
# week", "hundreds of calls a day" (resolution._RATE_BEFORE; the set-rate rule's triggers).
RATE_WORDS = (
    "percent", "dollar", "dollars", "cent", "cents", "million", "billion", "trillion", "pounds", "euros", "yen",
    "times", "once", "twice", "units", "barrels", "tons",
)
COUNT_WORDS = ("dozens", "hundreds", "thousands", "millions")
# Machines a model's number comes before: "Mirage 2000 jets" (after a capitalised name).
EQUIPMENT_NOUNS = frozenset(
    """drones missiles rockets shells bombs jets warplanes planes aircraft helicopters tanks
    launchers rifles guns vehicles vessels ships fighters engines systems""".split()
)

# Holidays news names by name: how to find the day in a given year. "fixed" month, day;
# "nth" month, weekday (Monday 0), n (-1 for the last); "easter" days from Easter Sunday.
HOLIDAYS = {
    "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31),
    "valentine's day": ("fixed", 2, 14), "independence day": ("fixed", 7, 4), "fourth of july": ("fixed", 7, 4),
    "halloween": ("fixed", 10, 31), "veterans day": ("fixed", 11, 11),
    "christmas eve": ("fixed", 12, 24), "christmas day": ("fixed", 12, 25), "boxing day": ("fixed", 12, 26),
    "martin luther king day": ("nth", 1, 0, 3), "presidents day": ("nth", 2, 0, 3),
    "memorial day": ("nth", 5, 0, -1), "mother's day": ("nth", 5, 6, 2), "father's day": ("nth", 6, 6, 3),
    "labor day": ("nth", 9, 0, 1), "columbus day": ("nth", 10, 0, 2), "thanksgiving day": ("nth", 11, 3, 4),
    "election day": ("election",),
    "easter sunday": ("easter", 0), "good friday": ("easter", -2), "easter monday": ("easter", 1),
    "palm sunday": ("easter", -7), "ash wednesday": ("easter", -46),
    # Days of the war's news: Russia's (and most of Europe's east) and Ukraine's.
    "victory day": ("fixed", 5, 9), "russia day": ("fixed", 6, 12),
    "orthodox christmas day": ("fixed", 1, 7), "orthodox christmas eve": ("fixed", 1, 6),
    "ukrainian independence day": ("fixed", 8, 24), "indian independence day": ("fixed", 8, 15),
    # Days of other countries' news with a fixed date.
    "bastille day": ("fixed", 7, 14), "anzac day": ("fixed", 4, 25), "australia day": ("fixed", 1, 26),
    "waitangi day": ("fixed", 2, 6), "canada day": ("fixed", 7, 1), "remembrance day": ("fixed", 11, 11),
    "canadian thanksgiving day": ("nth", 10, 0, 2),
    "armistice day": ("fixed", 11, 11), "st. patrick's day": ("fixed", 3, 17), "juneteenth": ("fixed", 6, 19),
}
HOLIDAY_ALIASES = {
    "thanksgiving": "thanksgiving day", "christmas": "christmas day", "easter": "easter sunday",
    "new year's": "new year's day", "veterans' day": "veterans day", "presidents' day": "presidents day",
    "president's day": "presidents day", "labour day": "labor day", "martin luther king jr. day": "martin luther king day",
    "orthodox christmas": "orthodox christmas day", "the fourth of july": "fourth of july", "july fourth": "fourth of july",
    "st patrick's day": "st. patrick's day", "saint patrick's day": "st. patrick's day",
}
# Holidays another country keeps on another day, by the word just before the name:
# "Canadian Thanksgiving".
NATIONAL_HOLIDAYS = {
    ("canadian", "thanksgiving day"): "canadian thanksgiving day",
    ("canada's", "thanksgiving day"): "canadian thanksgiving day",
}
# Whose "Independence Day": the country named just before it, or in its sentence (see
# resolution._whose_independence_day); the 4th of July when none is.
INDEPENDENCE_DAYS = {
    "ukraine": "ukrainian independence day", "ukrainian": "ukrainian independence day",
    "ukraine's": "ukrainian independence day", "ukrainians": "ukrainian independence day",
    "kyiv": "ukrainian independence day",
    "kyiv's": "ukrainian independence day", "zelensky": "ukrainian independence day",
    "zelenskiy": "ukrainian independence day", "india": "indian independence day",
    "india's": "indian independence day", "indian": "indian independence day",
    "america's": "independence day", "american": "independence day", "americans": "independence day",
    "u.s.": "independence day",
    "us": "independence day", "nation's": "independence day",
}

# The United States' states by name and by AP abbreviation (escaped for a regex): what follows
# a town named like a season ("Spring, Texas").
US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
    "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi "
    "Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia "
    "Washington Wisconsin Wyoming"
).split() + [
    r"New\s+Hampshire", r"New\s+Jersey", r"New\s+Mexico", r"New\s+York", r"North\s+Carolina", r"North\s+Dakota",
    r"Rhode\s+Island", r"South\s+Carolina", r"South\s+Dakota", r"West\s+Virginia",
    r"Ala\.", r"Ariz\.", r"Ark\.", r"Calif\.", r"Colo\.", r"Conn\.", r"Del\.", r"Fla\.", r"Ga\.", r"Ill\.", r"Ind\.",
    r"Kan\.", r"Ky\.", r"La\.", r"Md\.", r"Mass\.", r"Mich\.", r"Minn\.", r"Miss\.", r"Mo\.", r"Mont\.", r"Neb\.",
    r"Nev\.", r"N\.H\.", r"N\.J\.", r"N\.M\.", r"N\.Y\.", r"N\.C\.", r"N\.D\.", r"Okla\.", r"Ore\.", r"Pa\.",
    r"R\.I\.", r"S\.C\.", r"S\.D\.", r"Tenn\.", r"Tex\.", r"Vt\.", r"Va\.", r"Wash\.", r"W\.Va\.", r"Wis\.", r"Wyo\.",
]
