"""The rule table: which pattern finds what, what rejects false friends, what resolves it.

Order matters only to break ties between matches of the same span: the finder prefers the
longest match, then the rule listed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from . import foreign_months as fm
from . import lexicon as lx
from . import patterns as p
from . import resolution as r


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, r.Context], r.Resolved | None]
    accept: Callable[[re.Match, str], bool] | None = None
    # Words of which the text must contain at least one (from each set) for the rule to be
    # able to match; "#" stands for "a digit". Checking a set of the text's words is far
    # cheaper than running the pattern, and most sentences trigger only a few rules.
    triggers: tuple[frozenset, ...] = ()
    # For costly patterns: a simple regex for a word every match contains, and how far before
    # that word a match may start. The pattern then runs only in small windows around it,
    # instead of being tried at every position of the text.
    anchor: re.Pattern | None = None
    reach: int = 0
    # With an anchor: a pattern that must match, ending at the anchor word, in the text just
    # before it (searched in the 40 characters before the anchor; write it ending in "$").
    gate: re.Pattern | None = None


# Each anchor opens with a look-ahead for the first letters of its words: the regex engine
# then skips every other position at once, where "\b(?:...)" would be tried at each.
_UNIT_ANCHOR = re.compile(r"(?i:(?=[cdfhmqswy])\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur))")
_OFFSET_ANCHOR = re.compile(r"(?i:(?=[abelp])\b(?:later|earlier|after|before|afterwards?|previously|prior)\b)")
_AGO_ANCHOR = re.compile(r"(?i:(?=[abhnt])\b(?:ago|now|today|hence|back)\b)")
_SET_ANCHOR = re.compile(
    r"(?i:(?=[adefhjmnoqstwy])(?:\b(?:second|minute|hour|day|night|morning|evening|week|month|quarter|year|decade|summer|winter|spring|fall|autumn)"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))"
)
# Words are grouped by their first letters, as the regex engine tries alternatives one by one.
_REFERENCE_ANCHOR = re.compile(
    r"(?i:(?=[acefl-nprst])\b(?:now(?:adays)?|c(?:urrent(?:ly)?|oming)|p(?:resent(?:ly)?|ast|reviously)|moment|"
    r"recent(?:ly)?|lat(?:ely|er)|f(?:ormer(?:ly)?|uture)|time|ahead|s(?:oon|hortly)|earlier)\b)"
)
_REFERENCE_UNIT_ANCHOR = re.compile(r"(?i:(?=[dmtwy])\b(?:days|weeks|months|years|times)\b)")
_REFERENCE_UNIT_BEFORE = p.rx(r"(?i:\b(?:these|recent|coming|the|few|and)\s+$)")
_MONTH_ANCHOR = re.compile(rf"(?=[A-Z])\b(?:{p.MONTH_FULL}|{p.MONTH_ABBR})\b")
_WEEKDAY_ANCHOR = re.compile(rf"(?=[A-Z])\b(?:{p._cased(lx.WEEKDAYS)}|{p._cased(lx.WEEKDAY_ABBREVIATIONS)})\b")
_YEAR_ANCHOR = re.compile(r"[0-9]{4}|[’'][0-9]{2}\b")
_COORDINATED_ANCHOR = re.compile(r"(?=[aotu\s–-])(?:\b(?:and|or|to|through|until|till)\s+[0-9]|(?<=[0-9])\s*[-–]\s*[0-9])")
_YEAR_AGO_ANCHOR = re.compile(r"(?i:(?=[lpq])(?:\b(?:quarter|period)\s+(?:of\s+)?(?:last|a)\s+year|\blast\s+year[’']s\s+(?:quarter|period)))")
_ORDINAL_ANCHOR = re.compile(r"(?<![0-9])[1-3]?[0-9](?:st|nd|rd|th)\b")
_DEICTIC_ANCHOR = re.compile(r"(?i:(?=[ty])\b(?:today|tonight|yesterday|tomorrow)\b)")
# The first word of each holiday's name, written as the pattern writes it (capitalised).
_HOLIDAY_ANCHOR = re.compile(
    r"(?=[A-Z])\b(?:Thanksgiving|Christmas|New|Valentine|Independence|Halloween|Veterans|Boxing|Martin|Presidents?|"
    r"Memorial|Mother|Father|Labou?r|Columbus|Election|Easter|Good|Palm|Ash|Victory|Russia|Orthodox|Fourth|"
    r"Bastille|Anzac|ANZAC|Australia|Waitangi|Canada|Remembrance|Armistice|St|Saint|Juneteenth)\b"
)
_DAY_ANCHOR = re.compile(r"(?i:(?=d)\bday\b)")
_THEN_ANCHOR = re.compile(r"(?i:(?=[ademntwy])\b(?:then|time|day|date|night|(?:mid)?(?:morning|evening|afternoon)|week|month|year)\b)")

# Gates: what must come just before the anchor word. Each is searched for at every position of
# the 40 characters before each anchor word, so it gets its first-character look-ahead (p.rx).
_NUMBER_BEFORE = p.rx(
    r"(?i:(?:[0-9]|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|of|half|"
    rf"few|several|many|some|numerous))(?:\s+(?:{p.UNIT_ADJECTIVES}))?[- ]$)"
)
_BARE_PLURAL_BEFORE = p.rx(rf"(?i:\b(?:{p.BARE_PLURAL_LEADS}|next|remaining)\s+$)")
_RELATIVE_BEFORE = p.rx(
    r"(?i:\b(?:this|last|next|past|coming|previous|current|the|that|same|following|preceding|prior|latest|fiscal|full)\s+$)"
)
# In every expression of p.THEN, its anchor word comes right after one of these words
# ("by then", "at the time", "that same day", "the next morning", "later that year", "by
# mid-morning", "by midmorning").
_THEN_WORD_BEFORE = p.rx(
    r"(?i:\b(?:by|until|till|that|the|same|next|following|previous|preceding|from|around|before|after|through|"
    r"early|late|mid)(?:\s+|-)$)"
)
# A day's number (and "of") just before the month its anchor finds: "24 February", "the 3rd of May".
_DAY_NUMBER_BEFORE = p.rx(r"[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?$")
_SINGLE_BEFORE = p.rx(r"(?i:\b(?:the|the\s+past|an?|one|full|whole|entire)\s+$)")
# "a day", "an hour": the anchor of a rate's recurrence, whose rate must come just before it
# (the gate is the rate resolution.set_every_ok asks for).
_A_UNIT_ANCHOR = re.compile(
    r"(?i:(?=a)\ban?\s+(?:(?:other|single)\s+)?(?:[a-z0-9-]+\s+)??"
    r"(?:second|minute|hour|day|night|morning|evening|week|weekend|month|quarter|year|decade|summer|winter|spring|fall|autumn)s?\b)"
)
_SET_BEFORE = p.rx(
    r"(?i:\b(?:every|each|per|an?)\s+(?:(?:other|single)\s+)?(?:[a-z0-9,-]+\s+)?$)"
)
# The unit just before an offset word ("two days later", "the week before") or "ago" ("a year
# and a half ago", "three weeks from now"): every match of those rules holds it there. A run
# of two spaces or more passes too, as it may put the unit beyond the 40 characters searched.
_UNIT_BEFORE_OFFSET = p.rx(rf"(?i:{p.UNIT_CAL}s?\s|\s\s)\s*$")
_UNIT_BEFORE_AGO = p.rx(rf"(?i:(?:{p.UNIT}s?|half|from)\s|\s\s)\s*$")


def _w(*groups: str) -> tuple[frozenset, ...]:
    return tuple(frozenset(g.split()) for g in groups)


# Words of a rate or a count before "a week" (see resolution._RATE_BEFORE); "#" a digit.
_RATE_WORDS = " ".join(
    ["#", *lx.RATE_WORDS, *lx.COUNT_WORDS, *(part for w in lx.NUMBER_WORDS for part in w.split() if part not in ("a", "an", "of"))]
)


_MONTHS = " ".join(list(lx.MONTHS) + list(lx.MONTH_ABBREVIATIONS))
# Month names of other languages in Latin letters alone ("marzo"): the others are found
# only in a text holding letters beyond ASCII ("#u").
_ASCII_FOREIGN_MONTHS = " ".join(form for form in fm.MONTH_FORMS if form.isascii())
_WEEKDAYS = " ".join(list(lx.WEEKDAYS) + list(lx.WEEKDAY_ABBREVIATIONS))
_UNITS_1 = "second minute hour day week fortnight month quarter year decade century"
_UNITS = _UNITS_1 + " seconds minutes hours days weeks fortnights months quarters years decades centuries"
_SEASONS = "spring summer fall autumn winter"
_SET_UNITS = (_UNITS + " night nights morning mornings evening evenings weekend weekends " + _SEASONS + " "
              + _WEEKDAYS + " " + _MONTHS)
_PARTS = "morning afternoon evening night"
# Words without one of which a rule's pattern cannot match an ASCII text, each read off the
# pattern: a text without them is spared the search. "#n" stands for a text with characters
# beyond ASCII, which is searched as before: a letter such as "ſ" matches "s" when case is
# ignored, yet splits the word the triggers are looked up by.
_UNIT_FORMS = " ".join(f"{u} {u}s" for u in "second minute hour day week fortnight month quarter year decade century centuries".split())
_CALENDAR_UNIT_FORMS = " ".join(f"{u} {u}s" for u in "day week month quarter year decade century".split())
_OR_BEYOND_ASCII = "#n "
# Plural units ("these days", "in recent weeks") are the "reference-units" rule's.
_REFERENCE_WORDS = (
    "now currently nowadays present moment presently recently lately recent past previously "
    "formerly once future soon shortly coming ahead current former later earlier"
)


RULES: tuple[Rule, ...] = (
    # Absolute and calendar dates.
    Rule("iso-date", p.ISO_DATE, r.full_date, None, _w("#4")),
    Rule("numeric-date", p.NUMERIC_DATE, r.numeric_date, None, _w("#/")),
    Rule("dotted-date", p.DOTTED_DATE, r.numeric_date, None, _w("#.")),
    # A date with its year holds the year's four digits ("#4").
    Rule("month-day-year", p.MONTH_DAY_YEAR, r.full_date, None, _w("#", _MONTHS, _OR_BEYOND_ASCII + "#4"), _MONTH_ANCHOR, 30),
    Rule("day-month-year", p.DAY_MONTH_YEAR, r.full_date, None, _w("#", _MONTHS, _OR_BEYOND_ASCII + "#4"), _MONTH_ANCHOR, 40, _DAY_NUMBER_BEFORE),
    # No anchor: the pattern opens with a day number, which its look-ahead finds at C speed.
    Rule("foreign-date", p.FOREIGN_DATE, r.foreign_date, None, _w("#", "#u " + _ASCII_FOREIGN_MONTHS)),
    Rule("month-year", p.MONTH_YEAR, r.month_year, None, _w("#", _MONTHS, _OR_BEYOND_ASCII + "#4"), _MONTH_ANCHOR, 60),
    Rule("quarter", p.QUARTER, r.quarter, None, _w("quarter quarters q1 q2 q3 q4")),
    Rule("edge-day", p.EDGE_DAY, r.edge_day, None, _w("first last final", "day")),
    Rule("month-quarter", p.MONTH_QUARTER, r.month_quarter, None, _w("quarter", _MONTHS), _MONTH_ANCHOR, 5),
    Rule("half", p.HALF, r.half, None, _w("half quarters")),
    Rule("half-short", p.HALF_SHORT, r.half, None, _w("half h1 h2")),
    Rule("half-bare", p.HALF_BARE, r.half_bare, r.half_bare_ok, _w("half h1 h2")),
    Rule("month-day", p.MONTH_DAY, r.month_day, r.month_day_ok, _w("#", _MONTHS), _MONTH_ANCHOR, 30),
    Rule("day-month", p.DAY_MONTH, r.month_day, r.month_day_ok, _w("#", _MONTHS), _MONTH_ANCHOR, 40, _DAY_NUMBER_BEFORE),
    Rule("coordinated-day", p.COORDINATED_DAY, r.coordinated_day, None, _w("#", _MONTHS), _COORDINATED_ANCHOR, 0),
    Rule("decade", p.DECADE, r.decade, None, _w("#s")),
    Rule("decade-word", p.DECADE_WORD, r.decade, None, _w("twenties thirties forties fifties sixties seventies eighties nineties")),
    Rule("century", p.CENTURY, r.century, None, _w("century")),
    Rule("spoken-year", p.SPOKEN_YEAR, r.spoken_year, None, _w("eighteen nineteen twenty thousand")),
    Rule("year-ago-period", p.YEAR_AGO_PERIOD, r.year_ago_period, None, _w("quarter period", "year"), _YEAR_AGO_ANCHOR, 40),
    Rule("year-period", p.YEAR_PERIOD, r.year_period, None, _w("#4", "period quarter")),
    Rule("fiscal-year-short", p.FISCAL_YEAR_SHORT, r.fiscal_short, None, _w("#", "fiscal")),
    Rule("year", p.YEAR, r.year_value, r.year_ok, _w("#4"), _YEAR_ANCHOR, 70),
    Rule("season", p.SEASON_NAME, r.season, r.season_ok, _w(_SEASONS)),
    Rule("ordinal-day", p.ORDINAL_DAY, r.ordinal_day, None, _w("#o", "on until till by from to since before after through for"), _ORDINAL_ANCHOR, 20),
    Rule("month-name", p.MONTH_NAME, r.month_name, r.month_name_ok, _w(_MONTHS), _MONTH_ANCHOR, 70),
    Rule("year-end", p.YEAR_END, r.year_end, None, _w("end period")),
    Rule("new-year", p.NEW_YEAR, r.new_year, None, _w("new", "year")),
    Rule("holiday", p.HOLIDAY, r.holiday, r.holiday_ok, _w("thanksgiving christmas year valentine independence halloween veterans boxing king presidents president memorial mother father labor labour columbus election easter good palm ash victory russia orthodox fourth bastille anzac australia waitangi canada remembrance armistice patrick juneteenth",
                                                   "day eve christmas easter thanksgiving halloween wednesday friday sunday monday new july juneteenth"), _HOLIDAY_ANCHOR, 60),
    # Weekdays and deictic expressions.
    Rule("weekday-of-month", p.WEEKDAY_OF_MONTH, r.weekday_of_month, None, _w(_WEEKDAYS, _MONTHS), _WEEKDAY_ANCHOR, 20),
    Rule("weekday", p.WEEKDAY_NAME, r.weekday, r.weekday_ok, _w(_WEEKDAYS), _WEEKDAY_ANCHOR, 70),
    Rule("deictic-day", p.DEICTIC_DAY, r.deictic_day, None, _w("today tonight yesterday tomorrow"), _DEICTIC_ANCHOR, 60),
    Rule("part-of-day", p.THIS_PART, r.this_part, None, _w(_PARTS)),
    Rule("ago", p.AGO, r.ago, None, _w("ago now today hence back", _OR_BEYOND_ASCII + _UNIT_FORMS), _AGO_ANCHOR, 70, _UNIT_BEFORE_AGO),
    Rule("plural-ago", p.PLURAL_AGO, r.plural_ago, None, _w("ago", _OR_BEYOND_ASCII + "years months weeks days decades")),
    # Discourse-relative expressions.
    Rule("offset", p.OFFSET, r.offset, r.offset_ok, _w("later earlier after before afterward afterwards previously prior", _OR_BEYOND_ASCII + _CALENDAR_UNIT_FORMS), _OFFSET_ANCHOR, 50, _UNIT_BEFORE_OFFSET),
    Rule("year-earlier", p.YEAR_EARLIER, r.year_earlier, None, _w("earlier ago before", _OR_BEYOND_ASCII + "year month quarter")),
    Rule("then", p.THEN, r.then, None, _w("then time day date night morning evening afternoon midmorning midafternoon midevening later earlier"), _THEN_ANCHOR, 30, _THEN_WORD_BEFORE),
    Rule("day-predicate", p.DAY_PREDICATE, r.day_predicate, None, _w("day"), _DAY_ANCHOR, 40, p.DAY_SUBJECT_BEFORE),
    Rule("relative-unit", p.RELATIVE_UNIT, r.relative_unit, r.relative_unit_ok, _w("week weekend month year quarter decade century day"), _UNIT_ANCHOR, 70, _RELATIVE_BEFORE),
    # Times of day.
    Rule("clock", p.CLOCK, r.clock, None, _w("m am pm #m #: noon midnight midday clock morning afternoon evening tonight local hours hrs est edt cst cdt mst mdt pst pdt gmt utc bst cet cest msk et pt ct "
                                                 "ist jst kst hkt sgt pht wib pkt aest aedt acst awst nzst nzdt sast eet eest idt",
                                             # A clock time needs a digit, but for a word's: "noon", "two o'clock",
                                             # "ten in the morning", "at seven tonight".
                                             _OR_BEYOND_ASCII + "# noon midnight midday clock morning afternoon evening tonight")),
    Rule("overnight", p.OVERNIGHT, r.overnight, None, _w("overnight")),
    # Sets before durations: "every week" is a set, "a week" a duration.
    Rule("set-every", p.SET_EVERY, r.set_every, r.set_every_ok, _w("every each per", _SET_UNITS), _SET_ANCHOR, 40, _SET_BEFORE),
    # "twice a week", "$5 a day", "four flights a week": "a" makes a recurrence only after a
    # rate or a count (set_every_ok), so only a text with one is tried.
    Rule("set-rate", p.SET_EVERY, r.set_every, r.set_every_ok, _w("a an", _SET_UNITS, _RATE_WORDS), _A_UNIT_ANCHOR, 40, r._RATE_BEFORE),
    Rule("set-adverb", p.SET_ADVERB, r.set_adverb, None, _w("annual annually yearly daily nightly weekly biweekly fortnightly monthly hourly quarterly semiannual semiannually bimonthly")),
    Rule("set-weekday", p.WEEKDAY_PLURAL, r.weekday_plural, None, _w("mondays tuesdays wednesdays thursdays fridays saturdays sundays mornings afternoons evenings nights")),
    Rule("months-quarter", p.MONTHS_QUARTER, r.months_quarter, None, _w("quarter period profit profits results earnings sales revenue revenues loss losses gdp growth output figures", _MONTHS)),
    Rule("duration-fraction", p.FRACTION_OF_UNIT, r.fraction_of_unit, None, _w("half quarter quarters", "century decade year hour")),
    Rule("duration", p.DURATION, r.duration, r.duration_ok, _w(_UNITS), _UNIT_ANCHOR, 70, _NUMBER_BEFORE),
    Rule("duration-plural-offset", p.BARE_PLURAL_OFFSET, r.bare_plural_offset, r.bare_plural_offset_ok,
         _w("minutes hours days weeks months years", "after later before earlier")),
    Rule("duration-plural", p.BARE_PLURAL, r.bare_plural, None, _w("seconds minutes hours days weeks months years decades centuries"), _UNIT_ANCHOR, 40, _BARE_PLURAL_BEFORE),
    Rule("duration-long", p.DECADES_LONG, r.decades_long, None, _w("long daylong weeklong monthlong yearlong hourlong decadelong")),
    Rule("duration-single", p.SINGLE_UNIT, r.single_unit, None, _w(_UNITS, _OR_BEYOND_ASCII + "week month year day decade quarter fortnight hour minute"), _UNIT_ANCHOR, 30, _SINGLE_BEFORE),
    Rule("duration-while", p.VAGUE_WHILE, r.vague_while, None, _w("while time")),
    # References last: "now" inside a longer expression loses to it.
    # Plural units are references only after these words ("these days", "in recent weeks", "the
    # coming months", "in the days and weeks ahead"): they are tried apart, behind that gate.
    Rule("reference", p.REFERENCE, r.reference, None, _w(_REFERENCE_WORDS), _REFERENCE_ANCHOR, 40),
    Rule("reference-units", p.REFERENCE, r.reference, None, _w("days weeks months years times"), _REFERENCE_UNIT_ANCHOR, 40, _REFERENCE_UNIT_BEFORE),
)
