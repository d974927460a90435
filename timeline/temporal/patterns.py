"""Regular expressions that find temporal expressions, compiled once at import.

Names of months and weekdays are matched only when capitalised (Title or UPPER case): in
news, a lower-case "may", "march" or "sunday" is a verb or a common noun. Relative words
("last week", "yesterday") are matched in any case. Every pattern is anchored on word
boundaries and built from bounded alternations, so there is no nested repetition that could
backtrack catastrophically.
"""

from __future__ import annotations

import re

from . import foreign_months as fm
from . import lexicon as lx
from .first_chars import grouped, with_first_chars


def _cased(words) -> str:
    """Alternation of the Title and UPPER forms of ``words``, longest first."""
    forms = set()
    for w in words:
        forms.add(w.title())
        forms.add(w.upper())
    return "|".join(sorted(forms, key=len, reverse=True))


def _alt(words) -> str:
    """Alternation of ``words``, longest first.

    Words in lower-case ASCII letters are grouped under their first letter ("s(?:eventeen|ixteen|
    even|ix)"): the regex engine tries alternatives one by one, and so passes over a whole group
    at its first letter. At any place only one group can match (no two first letters are the
    same letter in another case), in which the words keep their order: the same word matches.
    """
    escaped = sorted((re.escape(w) for w in words), key=len, reverse=True)
    if not all(w[:1].isascii() and w[:1].islower() for w in escaped):
        return "|".join(escaped)
    groups: dict[str, list[str]] = {}
    for w in escaped:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for first, rests in groups.items())


MONTH_FULL = _cased(lx.MONTHS)
MONTH_ABBR = _cased(lx.MONTH_ABBREVIATIONS)
# "Sept." / "Sept" / "September"; an abbreviation without its period must be followed by a
# space and a digit to count ("Jan 5"), which the date patterns ensure.
MONTH = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\.?)"
WEEKDAY = rf"(?:{_cased(lx.WEEKDAYS)})"
# A weekday's full name, capitalised, for the look-arounds of other patterns.
WEEKDAY_FULL = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
WEEKDAY_ABBR = rf"(?:{_cased(lx.WEEKDAY_ABBREVIATIONS)})\."
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:[12][0-9]{3})"
# A year inside a full date may also be written with an apostrophe: "Dec. 5, '98".
YEAR_ANY = rf"(?:{YEAR4}|[’']\d\d)"

_num_words = [w for w in lx.NUMBER_WORDS if w not in ("a", "an")]
_tens = "|".join(lx.TENS)
_units_words = "one|two|three|four|five|six|seven|eight|nine"
NUM_WORD = rf"(?:(?:{_tens})[- ](?:{_units_words})|{_alt(_num_words)})"
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{NUM_WORD}|an?)"
VAGUE = rf"(?:{_alt(lx.VAGUE_QUANTITIES)})"
UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ies))"
UNIT_CAL = r"(?:day|week|month|quarter|year|decade|century)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART = r"(?:morning|afternoon|evening|night)"
ORDINAL_Q = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous)"

# A modifier that narrows a date to its start, middle or end: "late November",
# "early next year", "mid-2023", "the end of March", "earlier this month".
MOD_PREFIX = (
    r"(?:(?P<modword>(?i:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half)\s+of(?:\s+the)?"
    r"|(?:at\s+)?(?:early|earlier|late|later|mid|middle)(?:\s+in(?:\s+the)?)?|end(?=-)))(?:\s+|-))?"
)

F = re.IGNORECASE


def rx(pattern: str, flags: int = 0) -> re.Pattern:
    """The compiled pattern, opened by a look-ahead for its first characters (first_chars).

    The pattern is grouped first: put in front of "a|b", the look-ahead would open the first
    alternative alone, and the others would still be tried at every position of the text.
    """
    return re.compile(with_first_chars(grouped(pattern), flags), flags)


# "The visit came a day after a delegation met": a verb that places its subject, the event
# under discussion, by the offset after it; the words after the offset name another event.
LOCATING_VERB_BEFORE = rx(
    r"(?i:\b(?:came|comes|come|followed|follows|occurred|occurs|happened|happens|took\s+place|was|were|is|are)"
    r"(?:\s+(?:just|only|barely|exactly))?\s*$)"
)

# A list's item: "a woman", "the wounded", "40 people". A list's last item after ", and" is no
# clause of its own: "killing a man, a woman, and a child".
_LIST_DETERMINER = r"(?:a|an|the|his|her|its|their|\d[\d,]*)"
_LIST_ITEM = rf"{_LIST_DETERMINER}\s+[\w-]+(?:\s+[\w-]+)?"
LIST_ITEM_STARTS = rx(rf"(?i:{_LIST_DETERMINER}\s)")
LIST_ITEM_ENDS = rx(rf"(?i:,\s+{_LIST_ITEM}$)")
LIST_BEFORE_AND = rx(rf"(?i:,\s+{_LIST_ITEM},\s*and\s+{_LIST_ITEM},?\s*$)")

# --- absolute dates -------------------------------------------------------------------------
# "2025-02-28", and with its time of day: "2025-02-28T18:00", "2025-02-28T18:00:00Z".
ISO_DATE = rx(
    r"\b(?P<y>[0-9]{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])"
    r"(?:T(?P<th>[01][0-9]|2[0-3]):(?P<tm>[0-5][0-9])(?::[0-5][0-9](?:[.,][0-9]+)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?\b(?!-)"
)
NUMERIC_DATE = rx(r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])/(?P<y>[0-9]{4}|[0-9]{2})(?![\d/])")
# Day, month and year with dots, as Europe writes them, two digits each: "11.03.2025" (not
# "1.2.2024" or "1.2.2024.5", versions).
DOTTED_DATE = rx(r"(?<![\d.])(?P<d>3[01]|[12][0-9]|0[1-9])\.(?P<m>1[0-2]|0[1-9])\.(?P<y>[12][0-9]{3})(?![\d]|\.\d)")
WEEK_OF = r"(?P<weekof>(?i:the\s+week\s+of)\s+)"
MONTH_DAY_YEAR = rx(
    rf"\b(?:{WEEK_OF}|(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:\s*,\s*|\s+)(?P<y>{YEAR_ANY})\b"
)
DAY_MONTH_YEAR = rx(
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:\s*,\s*|\s+)(?P<y>{YEAR4})\b"
)
# A month of another language between a day number and, maybe, a year: "12 марта 2025 года",
# "24 février 2022", "9. Mai 2025", "12 de marzo de 2025" (see foreign_months).
FOREIGN_MONTH = rf"(?i:{_alt(fm.MONTH_FORMS)})"
FOREIGN_DATE = rx(
    rf"(?<![0-9.])(?P<d>3[01]|[12][0-9]|0?[1-9])\.?\s+(?i:de\s+)?(?P<mon>{FOREIGN_MONTH})(?![^\W\d_])"
    rf"(?:\.?,?\s+(?i:de\s+)?(?P<y>{YEAR4})(?![0-9])(?:\s*(?i:года|году|г\.|року|р\.|roku|r\.)(?![^\W\d_]))?)?"
)
MONTH_YEAR = rx(rf"\b{MOD_PREFIX}(?P<mon>{MONTH})(?:\s*,\s*|\s+)(?:of\s+)?(?P<y>{YEAR4})\b(?![-/]\d)")
MONTH_DAY = rx(
    rf"\b(?:{WEEK_OF}|(?P<rel>(?i:last|next|this\s+past|this\s+coming))\s+|(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY})\b(?![ \t]*(?:[.:/][ \t]*)?\d|[ \t]*,[ \t]*(?:\d{{4}}\b|\d{{1,2}}[./]\d|[’']\d\d\b))"
    rf"(?:,?\s+(?P<yrel>(?i:last|this|next))\s+(?i:year)\b(?![’'-]))?"
)
DAY_MONTH = rx(
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})\b"
    rf"(?:,?\s+(?P<yrel>(?i:last|this|next))\s+(?i:year)\b(?![’'-]))?"
)
# A day of the month by its number alone, after a preposition: "last until the 10th", "on
# the 20th for talks", "scheduled for the 26th". Not "the 10th anniversary", "the 11th
# Circuit", "the 9th of May" or "for the 3rd time" (a word other than a preposition or
# "and" follows), nor "the 2nd in a row"; ordinal_day refuses rankings and "the 5th and
# 6th floors".
ORDINAL_DAY = rx(
    r"(?i:\b(?P<prep>on|until|till|by|from|to|since|before|after|through|for)\s+)"
    r"(?P<span>the\s+(?P<d>[1-3]?[0-9])(?:st|nd|rd|th))\b"
    r"(?![ \t]*(?:[-–]|[0-9]|(?i:in\s+a\s+row)|(?!(?i:for|to|in|at|on|from|when|after|before|while|and|through|until)\b)[A-Za-z]))"
)
MONTH_NAME = rx(
    rf"\b{MOD_PREFIX}(?:(?P<rel>(?i:last|next|this(?:\s+past|\s+coming)?|past|coming|previous|that|"
    rf"the\s+(?:previous|preceding|prior|following|next|same)))\s+)?(?P<mon>{MONTH_FULL}|(?:{MONTH_ABBR})\.)(?![\w-])"
    rf"(?:,?\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year)\b(?![’'-]))?"  # "March last year", "March of last year"
)
YEAR = rx(
    rf"(?:(?<![\w$£€#.,/-])|(?<=\b[Pp]ost-)|(?<=\b[Pp]re-))(?:(?P<fiscal>(?i:fiscal(?:\s+year)?|FY|the\s+year|calendar(?:\s+year)?|model\s+year|school\s+year))\s+)?"
    rf"{MOD_PREFIX}(?P<y>{YEAR4}|[’'](?=\d\d\b)\d\d)(?![\w%]|,\d|\.\d|-\d|\s*(?:%|percent))"
)
# Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand".
SPOKEN_YEAR = rx(
    rf"\b(?:(?P<mon>{MONTH_FULL})\s+|(?i:(?P<the>the)\s+)?(?P<season>(?i:{SEASON}))\s+(?i:of)\s+)?"
    r"(?i:(?P<c>eighteen|nineteen|twenty)[- ](?P<t>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?P<u>one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?P<y2000>(?:the\s+year\s+)?two\s+thousand))\b(?![- ](?i:percent|people|dollars|troops|years?|days?|months?|times))"
)
# "the 1988 period", "the 1989 quarter": the period under discussion, in that year.
YEAR_PERIOD = rx(r"\b(?i:the)\s+(?P<y>[12][0-9]{3})\s+(?P<what>(?i:period|quarter))\b")
FISCAL_YEAR_SHORT = rx(r"\b(?i:fiscal(?:\s+year)?)\s+(?P<y>[’']?\d\d)\b(?![\d,.])")
DECADE = rx(
    rf"\b{MOD_PREFIX}(?:(?P<the>(?i:the))\s+)?(?:(?P<c>1[0-9]|20)(?P<d>[0-9])0|[’'](?P<d2>[0-9])0)[’']?s\b"
)
DECADE_WORD = rx(
    rf"\b{MOD_PREFIX}(?i:the)\s+(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
)
CENTURY = rx(
    rf"\b{MOD_PREFIX}(?:(?i:the)\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:nineteenth|twentieth|twenty-first|eighteenth|seventeenth|sixteenth|fifteenth)))(?:\s+|-)(?i:century)\b"
)
QUARTER = rx(
    rf"(?i:\b{MOD_PREFIX}(?:(?P<the>the)\s+)?(?:(?P<y0>{YEAR4})\s+|fiscal\s+|(?P<rel0>this|last|next)\s+year[’']s\s+(?:fiscal\s+)?|(?P<ago>year[- ](?:ago|earlier))\s+)?(?P<q>{ORDINAL_Q})[- ](?:fiscal[- ])?quarter(?:s?\b)"
    rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>{YEAR4})|(?P<rel>this|last|next|the)\s+(?:fiscal\s+)?year))?)"
    rf"|\b(?P<qq>Q[1-4])(?:\s+(?P<y2>{YEAR4}))?\b"
)
# "the March quarter", "the September-quarter results": a quarter named by the month that
# closes it, as Indian, Australian and Japanese companies report.
MONTH_QUARTER = rx(
    rf"\b(?:(?i:the)\s+)?(?P<mon>March|June|September|Sept\.?|Sep\.?|December|Dec\.?)[- ](?i:quarter)\b"
    rf"(?:(?:,?\s+(?i:of\s+)?)(?P<y>{YEAR4})\b|\s+(?i:of\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year)\b)?"
    r"(?!-(?!end)|\s+(?i:finals?)\b)"
)
# "the last day of 2024", "the first day of March", "the final day of the year".
EDGE_DAY = rx(
    rf"\b(?i:the\s+(?P<which>first|last|final)\s+day\s+of)\s+(?:(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?|(?P<y2>{YEAR4})|the\s+(?P<unit>year|month))\b"
    # Not "the month-long trial", "May's premiership", "March Madness", "the Year of the Rabbit".
    r"(?![-’']|\s+(?:of\b|[A-Z]))"
)
HALF = rx(
    rf"(?i:\b{MOD_PREFIX}(?:the\s+)?(?:(?P<h>first|second|1st|2nd|last)[- ]half|(?P<hq>first|last)\s+two\s+quarters)(?:\s+of)?\s+"
    rf"(?:(?:fiscal\s+)?(?P<y>{YEAR4})|(?P<rel>this|last|next|the)\s+year))\b"
)
# "H1 2025"; "first-half profit", an adjective for the half of the results' year.
HALF_SHORT = rx(
    rf"\b(?P<hh>H[12])\s+(?P<y3>{YEAR4})\b|(?i:\b(?P<ha>first|second)-half)\b"
    r"(?=\s+(?:(?:net|pretax|operating|pre-tax|core|underlying)\s+)?(?:profits?|sales|revenues?|earnings|results|loss(?:es)?|net|growth|output|income|figures|performance|dividend|deficit|surplus)\b)"
)
# "the second half", "in H2": a half of the year under discussion, in business copy (see
# resolution.half_bare_ok); not "the first half of the match", "H1-B visas", "H1N1".
HALF_BARE = rx(
    r"(?i:\bthe\s+(?P<hb>first|second|1st|2nd)\s+half)\b(?![-’']|\s+(?i:of|century|decade)\b)"
    r"|\b(?P<hs>H[12])\b(?![-’'/])"
)
SEASON_NAME = rx(
    rf"(?i:\b{MOD_PREFIX}(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|past|coming|that|"
    rf"the(?:\s+(?:previous|preceding|prior|following|next|same))?|this\s+year[’']s|last\s+year[’']s)\s+)?"
    rf"(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR_ANY}))?)\b"
)

_HOLIDAY_NAMES = (
    r"Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s(?:\s+(?:Day|Eve))?|Valentine[’']s\s+Day|"
    r"Independence\s+Day|Halloween|Veterans[’']?\s+Day|Boxing\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|"
    r"Presidents?[’']?\s+Day|Memorial\s+Day|Mother[’']s\s+Day|Father[’']s\s+Day|Labou?r\s+Day|Columbus\s+Day|"
    r"Election\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|"
    r"(?:[Tt]he\s+)?Fourth\s+of\s+July|July\s+Fourth|"
    r"Victory\s+Day|Russia\s+Day(?!\s+(?:After|Before|Ahead|Of|And|Later|Earlier)\b)|Orthodox\s+Christmas(?:\s+(?:Day|Eve))?|"
    r"Bastille\s+Day|Anzac\s+Day|ANZAC\s+Day|Australia\s+Day|Waitangi\s+Day|Canada\s+Day|Remembrance\s+Day|Armistice\s+Day|"
    r"(?:St\.?|Saint)\s+Patrick[’']s\s+Day|Juneteenth"
)
HOLIDAY = rx(
    rf"\b{MOD_PREFIX}(?:(?P<rel>(?i:last|next|this(?:\s+past|\s+coming)?|past|coming|that|the\s+(?:following|next|previous)))\s+)?(?P<h>{_HOLIDAY_NAMES})"
    rf"(?:\s+(?:(?P<week>(?i:week))|(?P<part>(?i:morning|afternoon|evening|night))))?(?:,?\s+(?P<y>{YEAR4})|\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?\b(?![’'-]|\s+(?:Island|Islands|Carol|Carols|Tree|Trees|Card|Cards|Parade|Rising|Uprising|Party|Hall|Square|Avenue|Street|Agreement|Accords?|Seals|Council|Committee|Parade)\b)"
)

# After a day named without a year, the second day of its range and that day's year: "from
# June 11 to July 19, 2026", "May 3-5, 2024".
RANGE_YEAR_AFTER = rx(
    rf"\s*(?:[-–]\s*|(?:to|through|until|till|and)\s+)(?:(?P<mon2>{MONTH})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{YEAR4})\b"
)

# A results story's comparison period: "the corresponding period last year", "the quarter a
# year ago", "last year's quarter".
YEAR_AGO_PERIOD = rx(
    r"(?i:\b(?:the\s+)?(?:(?:same|corresponding|comparable|like)\s+)?(?:quarter|period)\s+(?:of\s+)?(?P<when>last\s+year|a\s+year\s+(?:ago|earlier))"
    r"|\b(?P<when2>last\s+year[’']s)\s+(?:quarter|period))\b(?![-’'])"
)

# "on April 24 and 25": a bare day number coordinated with a day just named.
COORDINATED_DAY = rx(
    r"(?:\b(?:and|or|to|through|until|till)\s+|(?<=\d)\s*[-–]\s*)(?P<d>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>[12][0-9]{3})\b)?"
    r"(?=\s*(?:[.,;)!?]|:(?![0-9])|$)|\s+(?i:in|at|on|respectively|when|while|during|before|after|that)\b"
    # After a hyphen the range is plain whatever word follows ("on June 24-25 for a summit",
    # "the June 6-9 elections"), unless the numbers count something ("5-10 percent").
    r"|(?:(?<=\d[-–]\d)|(?<=\d[-–]\d\d))\s+(?!(?i:percent|per|pc|points?|million|billion|thousand|hundred|"
    r"times|people|troops|soldiers|years?|months?|weeks?|days?|hours?|minutes?|km|kilometres?|kilometers?|miles?|"
    r"metres?|meters?|feet|tons?|tonnes?|degrees?|votes?|seats?|goals?|runs?|wins?|losses?|victory|defeat|lead|win|"
    r"draw|loss|ratio|margin|majority|split)\b)[A-Za-z])"
)

# "into the new year": the year about to begin, or just begun (not "Lunar New Year", a holiday).
NEW_YEAR = rx(
    r"\b[Tt]he\s+new\s+year\b(?![-’'])"
    r"(?!\s+(?:holidays?|celebrations?|festivities|party|parties|eve|day|break|fireworks|message|address|honours)\b)"
)
# "year-end", "by year end": the last day of the year; "the latest period" in results.
YEAR_END = rx(r"(?i:\b(?:(?P<approx>around|about|near)\s+)?(?P<w>year[- ]end|the\s+(?:latest|most\s+recent)\s+period))\b(?![-’'])")

# --- weekdays --------------------------------------------------------------------------------
WEEKDAY_NAME = rx(
    rf"\b{MOD_PREFIX}(?:(?P<rel>(?i:last|next|this(?:\s+past|\s+coming)?|past|coming|previous|the\s+following|the\s+previous))\s+)?"
    rf"(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?![\w-])"
)

# "the last Sunday of July", "the first Monday in September 2025", "the first Monday in March
# of 2025", "the last Sunday of July last year": a weekday counted in a month.
WEEKDAY_OF_MONTH = rx(
    rf"\b(?i:the\s+(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th))\s+(?P<wd>{WEEKDAY})"
    rf"\s+(?i:of|in)\s+(?P<mon>{MONTH_FULL}|(?:{MONTH_ABBR})\.?)"
    rf"(?:,?\s+(?:(?:of|in)\s+)?(?P<y>{YEAR4})|\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?\b"
)

# --- deictic ---------------------------------------------------------------------------------
DEICTIC_DAY = rx(
    rf"(?i:\b{MOD_PREFIX}(?:(?P<part0>morning|afternoon|evening)\s+)?(?P<day>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)"
    rf"(?:\s+(?P<part>morning|afternoon|evening|night))?)\b(?![’']s\s+(?:world|society|youth|generation))"
)
THIS_PART = rx(rf"(?i:\b{MOD_PREFIX}(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{PART}))\b")
RELATIVE_UNIT = rx(
    rf"(?i:\b{MOD_PREFIX}(?P<rel>this|last|next|past|coming|previous|current|the\s+current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+latest|the|that|the\s+same|the\s+following|the\s+preceding|the\s+prior|the\s+full)"
    rf"\s+(?P<unit>week(?:end)?|month|year|quarter|decade|century|day|fiscal\s+year))\b(?!-|[’']s?\s+(?:old|ago)\b|\s+(?:old|ago)\b)"
    rf"(?P<ended>\s+(?:ended|ending|that\s+ended|to\s+date)\b)?"
)
AGO = rx(
    rf"(?i:\b(?:(?P<approx>about|around|nearly|almost|roughly|some|approximately|more\s+than|less\s+than|just|only|over)\s+)?"
    rf"(?:(?P<num>{NUM})|(?P<vague>{VAGUE}))[- ](?P<unit>{UNIT})s?(?:\s+and\s+a\s+half)?\s+(?P<dir>ago|from\s+(?:now|today)|hence|back))\b"
)
PLURAL_AGO = rx(r"(?i:\b(?P<unit>year|month|week|day|decade)s\s+ago)\b")

# --- discourse -------------------------------------------------------------------------------
OFFSET = rx(
    rf"(?i:\b(?:(?P<approx>about|around|nearly|almost|roughly|some|just|only|barely)\s+)?(?:(?P<num>{NUM})|(?P<the>the))[- ](?P<unit>{UNIT_CAL})s?"
    rf"\s+(?P<dir>later|earlier|after|before|afterwards?|previously|prior))\b"
)
YEAR_EARLIER = rx(r"(?i:\b(?:(?P<the>the|a)\s+)?(?P<unit>year|month|quarter)[- ](?P<dir>earlier|ago|before)(?:\s+(?P<what>period|quarter|month|level|figure|results?))?)\b")
THEN = rx(r"(?i:\b(?P<w>by\s+then|until\s+then|at\s+that\s+time|at\s+the\s+time|that\s+same\s+day|that\s+day|the\s+same\s+da(?:y|te)|the\s+next\s+day|the\s+following\s+day|the\s+previous\s+day|the\s+(?:next|following|previous|preceding)\s+(?:morning|afternoon|evening|night)|(?:in|during)\s+the\s+(?:morning|afternoon|evening)|(?:into|through|during)\s+the\s+night|the\s+day\s+before|the\s+day\s+after|that\s+night|that\s+morning|that\s+evening|that\s+afternoon|(?:that|the)\s+same\s+(?:morning|afternoon|evening|night)|later\s+that\s+(?:day|week|month|year|night)|earlier\s+that\s+(?:day|week|month|year)|(?:earlier|later)\s+in\s+the\s+day|(?:by|until|till|in\s+the|from|around|before|after|through)\s+(?:early|late|mid)[- ]?(?:morning|afternoon|evening))\b)"
            r"(?!(?<=Day)\s+\d)")  # (not "warned that Day 2 is stasis": a numbered day)

# "today is the eighth day of the blockade", "it was a great day for Poland": a day named by
# what it is, the subject being that day. The pattern finds the noun phrase; what comes before
# it (the subject and its copula) is DAY_SUBJECT_BEFORE, which the rule's gate checks.
DAY_PREDICATE = rx(r"(?i:\b(?:the|an?)\s+(?:[a-z]+[- ]){0,2}?day)\b(?=\s+(?:of|for|in|since)\b)")
DAY_SUBJECT_BEFORE = rx(
    r"(?i:\b(?P<subj>it|today|tomorrow|yesterday)(?:[’']s\s+|\s+(?P<cop>is|was|will\s+be|marks|marked)\s+)[\"“`']*"
    r"(?:the|an?)\s+(?:[a-z]+[- ]){0,2}$)"
)

# A report's verb just before the day it was made: "the air force said on Sunday", "told
# reporters late on Friday".
REPORTED_ON_BEFORE = rx(
    r"(?i:\b(?:said|says|reported|announced|told\s+[\w ]{1,30}?|added|stated|claimed|confirmed)\s+(?:(?:early|late)\s+)?(?:on\s+)?$)"
)

# --- references --------------------------------------------------------------------------------
REFERENCE = rx(
    r"(?i:\b(?P<w>now|right\s+now|just\s+now|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|presently|"
    r"recently|lately|in\s+recent\s+(?:days|weeks|months|years|times)|the\s+recent\s+past|the\s+past|in\s+the\s+past|previously|formerly|once\s+upon\s+a\s+time|"
    r"in\s+the\s+(?:coming|next\s+few|days\s+and)\s+(?:days|weeks|months|years)(?:\s+ahead)?|in\s+the\s+(?:near\s+|distant\s+)?future|the\s+(?:near\s+|distant\s+)?future|soon|shortly|"
    r"the\s+coming\s+(?:days|weeks|months|years)|in\s+the\s+days\s+ahead|in\s+the\s+weeks\s+ahead|in\s+the\s+months\s+ahead|in\s+the\s+years\s+ahead|"
    r"recent|current|former|later|earlier))\b(?![-’']|\s+(?i:year|month|week|decade|quarter|day)s?\b|\s+(?i:century|centuries)\b)"
)

# --- durations -------------------------------------------------------------------------------
# Words between a number and its unit: "two straight weeks", "a single day".
UNIT_ADJECTIVES = "more|additional|straight|consecutive|full|long|trading|business|working|calendar|single"
DURATION = rx(
    rf"(?i:\b(?:(?P<approx>about|around|nearly|almost|roughly|some|approximately|more\s+than|over|less\s+than|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|fewer\s+than|upwards\s+of)\s+)?"
    rf"(?:(?P<det>the\s+(?:past|last|next|first|final|previous|coming|latest|remaining|following|entire|whole|full|same)(?:\s+(?:few|several))?|the|past|last|next|another|first|each\s+of\s+the\s+(?:past|last|next))\s+)?"
    rf"(?:(?P<num>{NUM}(?:\s+(?:and\s+a\s+half|and\s+one-half|1/2))?)|(?P<vague>{VAGUE}))[- ](?:(?P<more>{UNIT_ADJECTIVES})\s+)?(?P<unit>{UNIT})(?P<pl>s)?"
    rf"(?P<half>\s+and\s+a\s+half)?(?P<long>-long|\s+long)?)\b(?P<age>[- ]old)?"
)
# "for a while", "for some time": a stretch of unstated length.
VAGUE_WHILE = rx(r"(?i:\b(?:for|in|after|within|took|take|takes|taking)\s+(?P<w>a\s+(?:little\s+|long\s+|short\s+)?while|some\s+time))\b(?![-’'])")
# Words before a bare plural unit that make it a stretch of time: "for months", "ending weeks of".
BARE_PLURAL_LEADS = (
    r"for|over|within|in|after|than|took|take|takes|taking|lasted|last|lasting|spent|spend|spending|past|recent|coming|"
    r"ending|ends|ended|follows|followed|following|capping|caps|capped|amid|despite|face|faces|faced|facing|"
    r"(?:over|in|during|through|throughout)\s+the"
)
BARE_PLURAL = rx(
    rf"(?i:\b(?P<pre>{BARE_PLURAL_LEADS}|the\s+coming|the\s+past|the\s+last|the\s+next|the\s+remaining|in\s+recent)\s+)"
    rf"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b(?![-’'])"
)
# "hours after the attack", "Days later,": a stretch of unstated length before an offset word.
BARE_PLURAL_OFFSET = rx(
    r"\b(?P<unit>(?i:minutes|hours|days|weeks|months|years))\s+(?=(?i:after|later|before|earlier)\b)"
)
# A quarter named by its months: "the January-March quarter", "in the October-December period",
# "its October-December operating profit".
_QUARTER_MONTHS = r"January\s*[-–]\s*March|April\s*[-–]\s*June|July\s*[-–]\s*September|October\s*[-–]\s*December"
MONTHS_QUARTER = rx(
    rf"\b(?i:the\s+)?(?P<m1>{MONTH_FULL})\s*[-–]\s*(?P<m2>{MONTH_FULL})\s+(?P<what>(?i:quarter|period))\b"
    rf"(?:\s+(?i:of\s+)?(?P<y>{YEAR4})\b)?"
    rf"|\b(?=(?:{_QUARTER_MONTHS})\s)(?P<m3>{MONTH_FULL})\s*[-–]\s*(?P<m4>{MONTH_FULL})"
    rf"(?=\s+(?i:(?:net|operating|pre-?tax|core)\s+)?(?i:profits?|results|earnings|sales|revenues?|loss(?:es)?|GDP|growth|output|figures)\b)"
)
# "half a century", "a quarter of a century", "three quarters of an hour"; "a quarter century ago".
FRACTION_OF_UNIT = rx(
    r"(?i:\b(?:(?P<approx>almost|nearly|about|around|roughly|some|more\s+than|over|less\s+than|under)\s+)?"
    r"(?P<frac>half\s+an?|an?\s+half|an?\s+quarter(?:\s+of\s+an?)?|three[- ]quarters\s+of\s+an?)\s+"
    r"(?P<unit>century|decade|year|hour))\b(?![-’'])(?P<ago>\s+ago\b)?"
)
# "decades-long" (a vague number of them), "day-long", "weeklong" (one of them).
DECADES_LONG = rx(r"(?i:\b(?P<unit>year|month|week|decade|day|hour)(?:(?P<pl>s)-long|-?long))\b(?![-’'])")
SINGLE_UNIT = rx(r"(?i:\b(?P<det>the(?:\s+past)?|a|an|one|a\s+full|a\s+whole|an\s+entire)\s+(?P<unit>week|month|year|day|decade|quarter|fortnight|hour|minute)(?P<long>-long|\s+long)?)\b(?![-’']|\s+and\s+a\s+half)")

# --- sets ------------------------------------------------------------------------------------
SET_ADVERB = rx(r"(?i:\b(?P<w>annual|annually|yearly|daily|nightly|weekly|biweekly|fortnightly|monthly|hourly|quarterly|semiannual|semiannually|bimonthly|year-round|year\s+round))\b(?![-’'])")
SET_EVERY = rx(
    rf"(?i:\b(?:(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times|several\s+times)\s+)?(?P<q>every|each|per|a|an)\s+(?:(?P<other>other|single)\s+)?(?:(?P<num>{NUM_WORD}|\d{{1,3}}(?:,\d{{3}})+|\d+)\s+)?"
    rf"(?P<unit>second|minute|hour|day|night|morning|evening|week|weekend|month|quarter|year|decade|summer|winter|spring|fall|autumn)s?)\b"
    rf"|\b(?P<q2>(?i:every|each))\s+(?P<wd>{WEEKDAY})(?:\s+(?P<wdpart>(?i:morning|afternoon|evening|night))\b)?\b"
    rf"|\b(?P<q3>(?i:every|each))\s+(?P<mon>{MONTH_FULL})\b"
)
WEEKDAY_PLURAL = rx(
    rf"\b(?P<wd>{WEEKDAY})(?:s(?:\s+(?P<part>(?i:morning|afternoon|evening|night)s?))?|\s+(?P<partpl>(?i:mornings|afternoons|evenings|nights)))\b"
    r"(?!\s+for\s+Future\b|\s+(?:With|In|Of|For|At|And)\s+[A-Z])"  # "Fridays for Future", "Tuesdays With Morrie"
)

# --- times of day ----------------------------------------------------------------------------
TZ = (
    r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|MSK|ET|PT|CT|"
    # Zones of Asia, Australia, Africa and eastern Europe: "5 p.m. IST on Saturday" (as
    # common words, "eat", "cat" and "wat" trigger no rule: their clock needs "a.m." or "p.m.").
    r"IST|JST|KST|HKT|SGT|PHT|WIB|PKT|AEST|AEDT|ACST|AWST|NZST|NZDT|EAT|CAT|WAT|SAST|EET|EEST|IDT)"
)
# What may follow a clock time as part of it or of its day, capitalised: a weekday, a month,
# a time zone, a holiday ("9 p.m. Friday", "5 p.m. Nov. 9", "Noon Pacific Time", "Midnight
# Christmas Eve"). Any other capitalised word after "p.m." opens a sentence or a name.
CLOCK_GOES_ON = (
    rf"(?:{WEEKDAY}|{MONTH_FULL}|{MONTH_ABBR}|{TZ}|Local|Sharp|Christmas|New\s+Year|Easter|"
    r"Thanksgiving|Independence|Memorial|Labou?r|Veterans|Hallowe[’']?en|Valentine|Good\s+Friday|Boxing|Election|"
    r"Eastern|Pacific|Central|Mountain|Atlantic|(?:[A-Z][a-z]+\s+){1,2}(?:Standard\s+|Daylight\s+)?[Tt]ime)"
)
# A place's clock: "Kyiv time", "Moscow time", "Eastern Time", "New York time".
PLACE_TIME = r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[Tt]ime)"
CLOCK = rx(
    # Every match opens with a digit or at the start of a word. Its many branches, several
    # behind look-behinds, would otherwise all be tried inside every word holding one of their
    # first letters; this look-ahead passes over the inside of words at once.
    rf"(?=[0-9]|\b)(?:"
    rf"(?:\b(?P<approx>(?i:about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before)|roughly))\s+)?"
    rf"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5][0-9]))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am\b|pm\b))"
    rf"(?:\s+(?P<tz>{TZ})\b)?"
    rf"|\b(?P<h24>[01][0-9]|2[0-3])[:.]?(?P<min24>[0-5][0-9])\s+(?:(?i:hours?\s+)?(?P<tz24>{TZ}|(?i:local\s+time|hours|hrs)))\b"
    # On a place's clock only with its colon: "04:30 Kyiv time", not "in 1945 Berlin time".
    rf"|\b(?P<hp>[01]?[0-9]|2[0-3]):(?P<minp>[0-5][0-9])\s+{PLACE_TIME}\b"
    # After "at", two-digit hours and a colon are enough: "lifted at 05:45". Not "at 2:1" (a
    # score), "at 10:30:15", "diluted at 1:10", "at 12:34 of the second period", "at 14:30 pace".
    # "24:00" is the day's end, as a ceasefire's terms write it.
    # So after "after", "before", "since" and "by": "shortly after 10:00", "since 06:00",
    # "flowing again by 14:30" (not "ahead by 12:10", a score).
    rf"|(?:(?<=\b(?i:at) )|(?<=\b(?i:at about) )|(?<=\b(?i:at around) )|(?<=\b(?i:at approximately) )"
    rf"|(?<=\b(?i:after) )|(?<=\b(?i:before) )|(?<=\b(?i:since) )"
    rf"|(?<!ahead by )(?<!behind by )(?<!won by )(?<!lost by )(?<!led by )(?<!beat by )(?<=\b(?i:by) ))"
    rf"(?P<hat>[01][0-9]|2[0-3]|24(?=:00)):(?P<minat>[0-5][0-9])\b(?![:.,]?[0-9])"
    rf"(?!\s+(?i:of|mile|pace|ratio|dilution|against|in\s+the\s+(?:video|clip|film|recording))\b)"
    # After "from" or "until" only before the day it is on: "in force from 00:01 on 14 March"
    # (not "the footage from 01:20 onwards", "from 12:45 to 12:31 in the 5,000 metres").
    rf"|(?:(?<=\b(?i:from) )|(?<=\b(?i:until) ))(?P<hfrom>[01][0-9]|2[0-3]|24(?=:00)):(?P<minfrom>[0-5][0-9])(?=\s+on\s+[A-Z0-9])"
    # Both ends of a range of 24-hour clock times: "blackouts from 14:00 to 23:00".
    rf"|(?<=\b(?i:from) )(?P<hrange>[01]?[0-9]|2[0-3]):(?P<minrange>[0-5][0-9])(?=\s*(?:to|until|till|[-–])\s*(?:[01][0-9]|2[0-4]):[0-5][0-9]\b)"
    rf"|(?:(?<=[0-9]:[0-9][0-9] to )|(?<=[0-9]:[0-9][0-9] until )|(?<=[0-9]:[0-9][0-9] till )|(?<=[0-9]:[0-9][0-9]-)|(?<=[0-9]:[0-9][0-9]–))"
    rf"(?P<hrange2>[01][0-9]|2[0-3]|24(?=:00)):(?P<minrange2>[0-5][0-9])\b(?![:.,]?[0-9])"
    # A bulletin named by its hour: "the General Staff said in its 08:00 update".
    rf"|(?:(?<=\bits )|(?<=\bthe )|(?<=\btheir ))(?P<hnoun>[01][0-9]|2[0-3]):(?P<minnoun>[0-5][0-9])(?=\s+(?:update|briefing|bulletin|report|summary|statement|news)\b)"
    # Before the day it is on: "from 21:00 tonight", "17:30 today".
    rf"|\b(?P<hday>[01][0-9]|2[0-3]):(?P<minday>[0-5][0-9])(?=\s+(?i:tonight|today|tomorrow|yesterday)\b)"
    # A live blog's entry opens with its time: "18:42 Putin has visited a command post…".
    rf"|(?:(?<=\n)|\A)(?P<hline>[01][0-9]|2[0-3]):(?P<minline>[0-5][0-9])(?=(?:[ \t]*[:–—-])?[ \t]+[A-Z“\"‘'])"
    rf"|\b(?P<word>(?i:noon|midnight|midday))(?:\s+(?:{TZ}\b|(?i:local\s+time\b)))?\b"
    rf"|\b(?P<hw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}}))\s+(?i:o[’']clock|in\s+the\s+(?P<wpart>morning|afternoon|evening))\b"
    # "hosts Lincoln at 7 tonight": an evening hour.
    rf"|(?<=\b(?i:at) )(?P<htonight>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01]))(?:[:.](?P<mintonight>[0-5][0-9]))?(?=\s+(?i:tonight)\b)"
    r")"
)
# A clock time followed by the day it belongs to: "5 p.m. EST Nov. 9", "noon Thursday".
CLOCK_DAY_JOIN = rx(r"\s*(?:,\s*|\s+on\s+|\s+)?$")
OVERNIGHT = rx(r"(?i:\b(?P<w>overnight)\b)(?![-’'])")
