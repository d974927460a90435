"""From a regex match to a TIMEX3 value: one resolver per family of expressions.

Every resolver takes the match and a :class:`Context` (the text, the anchor, the discourse
reference and the tense at the match) and returns a :class:`Resolved`, or None when the
match turns out not to be a temporal expression after all. Calendar arithmetic that falls
off the calendar (year 0 or 10000) raises ``OutOfRange``; the tagger drops such matches.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from . import calendar_math as cal
from . import foreign_months as fm
from . import lexicon as lx
from .expression import DATE, DURATION, RESOLVED_ABSOLUTE, RESOLVED_ANCHOR, RESOLVED_DISCOURSE, SET, TIME
from .patterns import (
    DAY, DAY_SUBJECT_BEFORE, LIST_BEFORE_AND, LOCATING_VERB_BEFORE, MONTH, MONTH_ABBR, MONTH_FULL, NUM_WORD, RANGE_YEAR_AFTER,
    CLOCK_GOES_ON, REPORTED_ON_BEFORE, WEEKDAY, WEEKDAY_FULL, YEAR4, rx,
)
from .tense import LOOKING_AHEAD_PAST, MEASURED_NOUNS, MORE_TO_COME_BEFORE, WITH_A_SCHEDULE_UNDER_WAY, FUTURE, PAST, PRESENT, past_verb_governs, sentence_bounds, sentence_cues, tense_at

PRESENT_REF, PAST_REF, FUTURE_REF = "PRESENT_REF", "PAST_REF", "FUTURE_REF"


@dataclass(slots=True)
class Resolved:
    type: str
    value: str
    stretch: cal.Stretch | None = None
    mod: str | None = None
    against: str = RESOLVED_ABSOLUTE
    reference: str | None = None
    rule: str = ""
    start: int | None = None  # narrower span than the match, when the match holds context
    end: int | None = None
    time_suffix: str | None = None  # "T15:00" for a clock time, so it can join a following day
    # For "the day before" followed by a clause: how far the clause's event lies, so that a
    # date opening the clause ("the day before last Tuesday's hearing") can take it.
    offset: tuple[int, str] | None = None
    # A stretch that later discourse-relative expressions refer to although this expression
    # is no point itself: "for the nine months" reports a year's results so far.
    discourse: cal.Stretch | None = None
    # Whether later discourse-relative expressions refer to this one. "A year earlier" does not
    # move the story's reference time: a second "a year earlier" compares with the same date.
    sets_reference: bool = True


@dataclass(slots=True)
class Context:
    text: str
    anchor: datetime.date
    ref: cal.Stretch | None = None  # the last date mentioned before the current match
    ref_day: cal.Stretch | None = None  # the last day-precise date mentioned ("the same day")
    ref_day_end: int = -1  # where the expression that set ``ref_day`` ends
    ref_end: int = -1  # where the expression that set ``ref`` ends in the text
    ref_start: int = -1  # and where it starts
    ref_opens_stretch: bool = False  # ``ref`` was named after "since": a stretch up to now
    # When ``ref`` is the day a source spoke ("the department said on Friday"), the date
    # named before it, still the story's for a longer unit ("… the previous month").
    ref_before_saying: cal.Stretch | None = None
    # The last day named, offsets too ("Two days later, the monarch died; … that same day").
    last_day: cal.Stretch | None = None
    last_day_end: int = -1
    # The first completed quarter the text names: a results story leads with the quarter it
    # reports, and its year-ago comparisons keep to that quarter even after another quarter
    # is named in passing ("after a flat second quarter") or forecast.
    reported_quarter: cal.Stretch | None = None
    last: dict = field(default_factory=dict)  # the last date mentioned, per granularity
    # The last year, season, half or quarter that opened its sentence, and where it ends: the
    # months named after it in that sentence lie in it ("In 2019, it opened a plant in March
    # and closed it in May").
    held: cal.Stretch | None = None
    held_end: int = -1
    # The last day written with its year ("Feb. 24, 2022"), or one that went on in its year:
    # a background paragraph or a timeline box goes on in that year ("On March 16, …").
    written_with_year: cal.Stretch | None = None
    _tense_cache: dict = field(default_factory=dict)
    _cue_cache: dict = field(default_factory=dict)  # sentence bounds -> its tense cues
    _bounds_cache: dict = field(default_factory=dict)  # position -> its sentence's bounds

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """The bounds of the sentence holding ``pos`` (tense.sentence_bounds), found once per
        position: the resolvers, the tense and the tagger ask them of the same dates."""
        bounds = self._bounds_cache.get(pos)
        if bounds is None:
            bounds = self._bounds_cache[pos] = sentence_bounds(self.text, pos)
        return bounds

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self._tense_cache and _SINCE_GOVERNS.search(self.text, max(0, start - 40), start):
            # "since Tuesday", "since February", "since shortly after the Oct. 23 slaying":
            # whatever the verb, the day lies behind.
            self._tense_cache[key] = PAST
        if key not in self._tense_cache:
            s0, s1 = self.sentence_bounds(start)
            self._tense_cache[key] = tense_at(self.text, start, end, self.cues(s0, max(s1, end)))
        return self._tense_cache[key]

    def cues(self, s0: int, s1: int) -> list:
        """The tense cues of the sentence text[s0:s1], read once per sentence."""
        cues = self._cue_cache.get((s0, s1))
        if cues is None:
            cues = self._cue_cache[(s0, s1)] = sentence_cues(self.text, s0, s1)
        return cues

    def past_verb_governs(self, start: int, object_words: int = 0, prepositions: frozenset | None = None) -> bool:
        """Whether a past verb just before ``start`` takes the date there as its own time
        (with up to ``object_words`` words of its object between: "lost its foothold near
        Kurakhove in January"; with ``prepositions``, after one of those: "gathered for
        Thanksgiving")."""
        cues = self.cues(*self.sentence_bounds(start))
        if prepositions is None:
            return past_verb_governs(self.text, start, cues, object_words)
        return past_verb_governs(self.text, start, cues, object_words, prepositions)

    @property
    def anchor_value(self) -> str:
        return self.anchor.isoformat()


# --- small parsers ---------------------------------------------------------------------------

_SPACE = rx(r"\s+")


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return lx.MONTHS.get(w) or lx.MONTH_ABBREVIATIONS[w]


def weekday_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return lx.WEEKDAYS[w] if w in lx.WEEKDAYS else lx.WEEKDAY_ABBREVIATIONS[w]


def day_number(word: str) -> int:
    return int(word.rstrip("stndrh"))


def parse_number(text: str) -> float | None:
    t = _SPACE.sub(" ", text.lower().strip())
    half = 0.0
    for suffix in (" and a half", " and one-half", " 1/2"):
        if t.endswith(suffix):
            t, half = t[: -len(suffix)], 0.5
    t = t.replace(",", "")
    try:
        return float(t) + half
    except ValueError:
        pass
    if t in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[t] + half
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in lx.NUMBER_WORDS and parts[1] in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[parts[0]] + lx.NUMBER_WORDS[parts[1]] + half
    return None


def fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def two_digit_year(yy: int, anchor: datetime.date) -> int:
    """'98 -> 1998 and '05 -> 2005: the latest year ending in ``yy`` up to a decade after the
    anchor (news looks back more than it looks ahead: "Summer of '69" told in 2019 is 1969)."""
    century = anchor.year // 100 * 100
    candidates = [century - 100 + yy, century + yy, century + 100 + yy]
    return max(y for y in candidates if y <= anchor.year + 10)


MOD_WORDS = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "late": "END", "later": "END", "end": "END", "close": "END",
    "mid": "MID", "middle": "MID", "turn": None,
}


def modifier(m: re.Match) -> tuple[str | None, str | None]:
    """(TIMEX3 mod, half) from a MOD_PREFIX group: "late" -> END, "the first half of" -> H1."""
    word = m.groupdict().get("modword")
    if not word:
        return None, None
    w = word.lower()
    if "first half" in w:
        return "START", "1"
    if "second half" in w:
        return "END", "2"
    for key, mod in MOD_WORDS.items():
        if re.search(rf"\b{key}\b", w):
            return mod, None
    return None, None


def with_mod(m: re.Match, s: cal.Stretch) -> tuple[cal.Stretch, str | None]:
    mod, half = modifier(m)
    if half and s.granularity == "year":
        return cal.half(s.year, int(half)), None
    return s, mod


def direction(ctx: Context, m: re.Match, default: str = PAST) -> str:
    t = ctx.tense(m.start(), m.end())
    if t == PRESENT or t is None:
        return default
    return t


def date_result(s: cal.Stretch, rule: str, ctx: Context | None = None, against: str = RESOLVED_ABSOLUTE,
                mod: str | None = None, reference: str | None = None) -> Resolved:
    if against == RESOLVED_ANCHOR and reference is None and ctx is not None:
        reference = ctx.anchor_value
    return Resolved(DATE, s.value, s, mod, against, reference, rule)


# --- absolute dates ---------------------------------------------------------------------------

_PERIOD_ENDED_BEFORE = rx(r"(?i:\b(?:quarter|period|half|year|months)\s+(?:ended|ending|that\s+ended)\s+(?:on\s+)?$)")


_ENDING_BEFORE = rx(r"(?i:\bending\s+(?:on\s+)?$)")
_FORECAST_BEFORE = rx(r"(?i:\b(?:forecasts?|forecasting|outlook|guidance|expects?|expected|projects?|projected|sees|predicts?)\b)")
# What sets a target for a period: "aims to cut its deficit in the year ending June 30".
_RESULTS_WORDS = rx(
    r"(?i:\b(?:publish|report|release|announce|pay|declare)\w*\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:results|earnings|dividend|accounts|figures)\b)"
)
_A_TARGET_BEFORE = rx(r"(?i:\b(?:aims?|aiming|targets?|targeting|plans?|planning|hopes?|seeks?|wants?|intends?)\s+to\b)")
_PERIOD_ENDING_IN_BEFORE = rx(r"(?i:\b(?:year|quarter|half|period|months)\s+ending\s+(?:in\s+)?$)")


def _nearest_occurrence(a: datetime.date, mon: int, dom: int) -> int:
    """The year in which month ``mon``, day ``dom`` falls nearest the date ``a``."""
    best = None
    for y in (a.year - 1, a.year, a.year + 1):
        try:
            d = datetime.date(y, mon, dom)
        except ValueError:
            continue
        if best is None or abs((d - a).days) < best[0]:
            best = (abs((d - a).days), y)
    return best[1] if best else a.year


def _closes_a_period(ctx: Context, start: int) -> bool:
    """Whether the date at ``start`` only says when a period ended ("the quarter ended
    Sept. 30"): the period, not that day, stays the subject of what follows."""
    return bool(_PERIOD_ENDED_BEFORE.search(ctx.text, max(0, start - 30), start))


def _week_of(m: re.Match, r: Resolved) -> Resolved:
    """"the week of March 6": the week holding that day."""
    if not m.groupdict().get("weekof") or r.stretch is None:
        return r
    s = cal.week_of(r.stretch.first)
    return Resolved(DATE, s.value, s, None, r.against, r.reference, r.rule + "-week", sets_reference=r.sets_reference)


def full_date(m: re.Match, ctx: Context) -> Resolved:
    y = m.group("y")
    year = two_digit_year(int(y[1:]), ctx.anchor) if y[0] in "’'" else int(y)
    mon = month_number(m.group("mon")) if "mon" in m.groupdict() and m.group("mon") else int(m.group("m"))
    s = cal.make_day(year, mon, day_number(m.group("d")))
    if m.groupdict().get("th"):
        suffix = f"T{m.group('th')}:{m.group('tm')}"  # "2025-02-28T18:00"
        # No bare clock time: it is on its own day, and joins no day after it.
        return Resolved(TIME, s.value + suffix, s, None, RESOLVED_ABSOLUTE, None, "iso-date-time")
    r = _week_of(m, date_result(s, "full-date"))
    r.sets_reference = not _closes_a_period(ctx, m.start())
    return r


def foreign_date(m: re.Match, ctx: Context) -> Resolved | None:
    """"12 марта 2025 года": a day of a month named in another language. Without a year,
    a name in Latin letters alone ("12 mars") is no date; "12 марта" is the nearest March 12."""
    form = m.group("mon").lower()
    mon, dom = fm.MONTH_FORMS[form], int(m.group("d"))
    if m.group("y"):
        return date_result(cal.make_day(int(m.group("y")), mon, dom), "foreign-date")
    if fm.needs_year(form):
        return None
    year, how = _year_for_month(ctx, m, mon, dom)
    return date_result(cal.make_day(year, mon, dom), f"foreign-date-{how}", ctx, RESOLVED_ANCHOR)


def numeric_date(m: re.Match, ctx: Context) -> Resolved:
    y = m.group("y")
    year = int(y) if len(y) == 4 else two_digit_year(int(y), ctx.anchor)
    s = cal.make_day(year, int(m.group("m")), int(m.group("d")))
    return date_result(s, "numeric-date")


def month_year(m: re.Match, ctx: Context) -> Resolved:
    s, mod = with_mod(m, cal.month(int(m.group("y")), month_number(m.group("mon"))))
    return date_result(s, "month-year", mod=mod)


# How much a date on the far side of the anchor from the tense costs, relative to one on
# the near side: news sentences in the past tense still name near-future dates ("payable
# Dec. 7", "extended to Nov. 20"), so the tense weighs the choice rather than deciding it.
_AGAINST_TENSE_FACTOR = 3


def _year_for_month(ctx: Context, m: re.Match, mon: int, dom: int | None = None) -> tuple[int, str]:
    """The year of a month (and day) named without one: the occurrence nearest the anchor,
    where an occurrence after the anchor counts as three times farther in a past-tense
    sentence, and one before it about six times farther in a future-tense sentence. "In March"
    said in November is this March, "payable Dec. 15" said in October this December, "will
    vote in December" said in March this December."""

    def occurrence(y: int) -> tuple[datetime.date, datetime.date] | None:
        if dom is None:
            return datetime.date(y, mon, 1), cal.month(y, mon).last
        try:
            d = datetime.date(y, mon, dom)
        except ValueError:
            return None
        return d, d

    return _nearest_year(ctx, m, occurrence)


# A date fronted before its clause ("In January, the company brought in ...") modifies that
# clause's verb, so the sentence's past tense is the date's own: a month yet to come is ruled
# out, even one that starts tomorrow ("In January, ..." in a story of 31 December). Later in the sentence a date may belong to an infinitive or a modal that the
# sentence's tense misses ("agreed to acquire it in January"), hence the milder factor there.
_FRONTED_FACTOR = 100
# A holiday comes once a year and is named in the past tense mostly after it: a day ahead
# costs this much more in a past-tense sentence.
_HOLIDAY_AHEAD_FACTOR = 8
_HOLIDAY_PREPOSITIONS = frozenset(("over", "at", "on", "during", "in"))
# Before a holiday something is done for or ahead of: purpose, no time gone by ("were fully
# booked for Christmas", "hired extra staff ahead of Christmas").
_FOR_A_HOLIDAY_BEFORE = rx(r"(?i:\b(?:for|ahead\s+of|before|until|till|by|towards?)\s+$)")
# A past verb keeps its date across this many words of its object, unless one of them may
# have a time of its own ("lost its foothold near Kurakhove in January"; not "signalled a
# cut in rates in May"): see tense.past_verb_governs.
_OBJECT_WORDS = 6
_FRONTED_LEAD = rx(
    r"(?i:\s*(?:(?:(?:beginning|starting)\s+(?:in|on)|beginning|starting|in|on|during|by|since|until|through|last|early|late)\s+"
    r"(?:(?:early|late|mid)[- ]?)?)?)"
)
_ASIDE_AFTER = rx(r"\s*,[^,;.]{1,50},")
# A clause after these opens as a sentence does: "He was 23, and on Aug. 15 he was directing
# traffic".
_CLAUSE_OPENS = rx(r"(?:,\s*(?:and|but|yet|so|then)|;)\s*")


_SUBJECT_AFTER = rx(r"\s+(?:[A-Z][a-z]|(?:he|she|they|we|it|the|his|her|their|its)\s)")


def _is_fronted(text: str, m: re.Match) -> bool:
    """Whether the date opens its sentence, before its subject: "In June, Ukraine launched",
    "In June Ukraine launched"."""
    if not (text.startswith(",", m.end()) or _SUBJECT_AFTER.match(text, m.end())):
        return False
    s0 = sentence_bounds(text, m.start())[0]
    return _FRONTED_LEAD.fullmatch(text, s0, m.start()) is not None


_ON_OR_IN_BEFORE = rx(r"\b(?:on|in)\s+$")


def _dates_its_subject(ctx: Context, m: re.Match) -> bool:
    """Whether the date is in its sentence's subject, before the past verb: "A fire on April 9
    destroyed the warehouse", "The quake on Aug. 3 flattened the village"."""
    s0, s1 = ctx.sentence_bounds(m.start())
    if not _ON_OR_IN_BEFORE.search(ctx.text, max(s0, m.start() - 4), m.start()):
        return False  # "the April 9 deadline", "futures for May delivery": no happening's day
    for cue in ctx.cues(s0, s1):
        if cue.end <= m.start():
            return False  # a verb before it: no subject's date
        if cue.start >= m.end():
            return (cue.kind == "past" and cue.word not in LOOKING_AHEAD_PAST and not _REPORTS_ON_A_PLAN.match(ctx.text, cue.start)
                    and not any(ch in ctx.text[m.end():cue.start] for ch in ",;:") and cue.start - m.end() < 40)
    return False


# After a date in the subject, what reports on a plan rather than dates a happening: "The concert
# on April 9 was cancelled", "Tickets for the final on May 3 sold out" (not "The storm on April
# 9 was the worst in a decade").
_REPORTS_ON_A_PLAN = rx(r"(?i:(?:was|were)\s+(?:(?:\w+ly|already|still|now)\s+)?(?:[a-z]+ed|[a-z]+en|set|sold|held|called)\b|sold\s+out|closed)")


def _opens_a_past_clause(ctx: Context, m: re.Match) -> bool:
    """Whether the date opens a clause after ", and", ", but" or ";" whose own verb is past:
    "He was 23, and on Aug. 15 he was directing traffic" (not "…, but on March 20 the plant
    will restart")."""
    text = ctx.text
    if not (text.startswith(",", m.end()) or _SUBJECT_AFTER.match(text, m.end())):
        return False
    s0, s1 = sentence_bounds(text, m.start())
    opener = None
    for opener in _CLAUSE_OPENS.finditer(text, s0, m.start()):
        pass
    if opener is None or _FRONTED_LEAD.fullmatch(text, opener.end(), m.start()) is None:
        return False
    aside = _ASIDE_AFTER.match(text, m.end())  # "in June, after weeks of talks, it formed"
    after = aside.end() if aside else m.end()
    for cue in ctx.cues(s0, s1):
        if cue.start >= after:
            return cue.kind in ("past", "rep") and not any(ch in text[after:cue.start] for ch in ",;")
    return False


_SINCE_JUST_BEFORE = rx(r"\b[Ss]ince\s+(?:the\s+)?$")
# "since his arrest in October", "since the vote on Sunday": a time already gone by.
_SINCE_AN_EVENT = r"\bsince\s+(?:the|his|her|their|its)\s+[a-z]+\s+(?:in|on)\s+$"
_SINCE_AN_EVENT_BEFORE = rx(rf"(?i:{_SINCE_AN_EVENT})")
_SINCE_BECAUSE_AFTER = rx(
    r"\s+(?:is|was|falls|fell|will|would|has|had|marks|comes|lands|remains|means)\b"
)


# A clock time as the patterns before a day write it: "10 p.m.", "noon", "14:30".
_CLOCK_WORDS = r"(?:midnight|noon|[0-9]{1,2}(?:[:.][0-9]{2})?\s*[ap]\.?m\.?|[0-9]{1,2}:[0-9]{2})"
_PLAIN_COPULA_BEFORE = rx(r"(?i:\b(?:is|are)\s+(?:(?:set|due|slated|scheduled)\s+(?:for\s+)?)?(?:on\s+)?$)")
_NO_EARLIER_THAN_BEFORE = rx(r"(?i:\bno\s+(?:earlier|sooner|later)\s+than\s+$)")
_EFFECTIVE_BEFORE = rx(r"(?i:\beffective(?:\s+as\s+of)?\s+(?:on\s+)?$)")
# "a raise for teachers starting July 1.", "free lunches at six sites beginning Wednesday.":
# the day something starts, at the close of its clause, after the noun it dates (not "Protests
# starting Friday continue to spread", "The demonstrations, starting Friday, have drawn").
_STARTING_BEFORE = rx(
    rf"(?<=[a-z0-9%,] )(?<!after )(?<!since )(?<!before )(?<!began )(?i:starting|beginning|opening|shipping|launching)"
    rf"\s+(?:on\s+|in\s+|at\s+{_CLOCK_WORDS}\s+)?$"
)
# A verb of its own after the day: what started has gone on ("Protests starting Friday
# continue to spread", "Strikes beginning Monday have shut most schools").
_GONE_ON_AFTER = rx(
    r"\s*,?\s+(?:have|has|had|continues?|continued|continuing|were|was|drew|drawn|left|killed|shut|closed|spread|grew|went)\b"
)


def _starts_then(ctx: Context, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` is a day something starts on, after the noun it
    dates: "a raise for teachers starting July 1", "Masks are required starting Monday in all
    city buildings" (see _STARTING_BEFORE)."""
    return (_STARTING_BEFORE.search(ctx.text, max(0, start - 32), start) is not None
            and _GONE_ON_AFTER.match(ctx.text, end) is None)


_UNTIL_BEFORE = rx(r"(?i:\b(?:until|till|through)\s+$)")
def _clause_start(ctx: Context, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last comma, "which" or "that" of its sentence."""
    s0 = ctx.sentence_bounds(at)[0]
    last = None
    for last in _CLAUSE_OPENER.finditer(ctx.text, s0, at):
        pass
    return last.end() if last is not None else s0


_CLAUSE_OPENER = rx(r"[,;:]|\b(?:which|that|who)\b")
_WILL_BEFORE = rx(r"(?i:\b(?:will|shall|won[’']t)\b|[’']ll\b)")


# A past perfect in the date's clause, with nothing looking ahead between: "had received
# complaints as early as December" is a time gone by (not "had said it would open in March").
_HAD_DONE_IN_CLAUSE = rx(
    r"(?i:\bhad\s+(?:(?:already|long|previously|first|been)\s+)?"
    r"(?!(?:expected|scheduled|planned|supposed|meant|slated|intended|set|due|hoped|promised|pledged|vowed|aimed|been|earmarked|"
    r"pencilled|penciled|wanted|chosen|targeted|booked)\b)"
    r"[a-z]+(?:ed|en|wn|ght|lt|nt)\b"
    r"(?:(?!\b(?:would|will|could|should|might|may|to|until|till|by|before|for|ahead|towards?)\b)[^,;.:!?])*$)"
)


_IN_A_MONTH_BEFORE = rx(r"(?:\b([A-Za-z]+)\s+)?\bin\s+$")
# After a month, what a measured period does: "orders in March to show a rebound".
_A_MEASURE_GOES_ON = rx(r"\s+(?:to\s+(?:show|have|be|rise|fall|come|remain)|is|are|was|were|rose|fell)\b")


def _nearest_year(ctx: Context, m: re.Match, occurrence, behind_weight: int = 10,
                  ahead_factor: int = _AGAINST_TENSE_FACTOR) -> tuple[int, str]:
    """The year whose ``occurrence(year)`` (first and last day, or None) lies nearest the
    anchor, weighed by the tense at the match (see _year_for_month); in a past-tense sentence
    a day ahead costs ``ahead_factor`` times its distance."""
    a = ctx.anchor
    timeline_entry = _a_timeline_entry(ctx, m)
    t = PAST if timeline_entry else ctx.tense(m.start(), m.end())
    if _EFFECTIVE_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) or _starts_then(ctx, m.start(), m.end()):
        # "created an office of the chairman, effective Feb. 1": a date set when it was told,
        # as near ahead as behind, whatever the verb's tense.
        t = None
    if t == FUTURE and _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) and _UNFORESEEN_NOUN_AFTER.match(ctx.text, m.end()):
        t = PAST  # "will testify about the February cyberattack": no one schedules an attack
    if t == PRESENT and _PLAIN_COPULA_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        t = FUTURE  # "The Iowa caucuses are Feb. 3", told in June
    if t != PAST and _NO_EARLIER_THAN_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        t = FUTURE  # "now targeting no earlier than March"
    fronted = t == PAST and (_is_fronted(ctx.text, m) or timeline_entry or _opens_a_past_clause(ctx, m) or _dates_its_subject(ctx, m)
                             or ctx.past_verb_governs(m.start(), _OBJECT_WORDS)
                             or _HAD_DONE_IN_CLAUSE.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 80), m.start()))
    # "since June": a time already begun, whatever the tense.
    since_word = _SINCE_JUST_BEFORE.search(ctx.text[max(0, m.start() - 16):m.start()])
    # "Since March 20 is a holiday, …" gives a reason (not "the fighting since June has…").
    because = (since_word is not None and since_word.group(0)[0] == "S" and any(ch.isdigit() for ch in m.group(0))
               and _SINCE_BECAUSE_AFTER.match(ctx.text, m.end()))
    since = ((since_word is not None and not because) or _SINCE_AN_EVENT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
             or t == PAST and _BACK_TO_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()) is not None)
    if t == PAST:
        put_off = _SET_FOR_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start())
        if put_off is not None and not _CLAUSE_COMMA_BEFORE.search(ctx.text, max(0, put_off.start() - 3), put_off.start()):
            # "the vote was pushed back to August": the time it was put off to (but "The vote,
            # postponed to January, finally took place on Sunday" tells of it as gone by).
            t = FUTURE
    # "A transition period will run until Dec. 31", told in January: an end still to come.
    ends_ahead = (t == FUTURE and _UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()) is not None
                  and _WILL_BEFORE.search(ctx.text, _clause_start(ctx, m.start()), m.start()) is not None)
    # "will start in March": a month something is to happen in, not one whose figures are
    # published ("will publish February inflation data").
    in_a = _IN_A_MONTH_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()) if t == FUTURE else None
    in_a_month_ahead = (in_a is not None and (in_a.group(1) or "").lower() not in MEASURED_NOUNS
                        and not _A_MEASURE_GOES_ON.match(ctx.text, m.end())
                        and (this_year := occurrence(a.year)) is not None and this_year[0] != this_year[1])
    best_key, best_year = None, a.year
    for y in (a.year - 1, a.year, a.year + 1):
        if not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
            continue
        days = occurrence(y)
        if days is None:
            continue
        first, last = days
        if since and first > a or ends_ahead and last < a:
            continue
        if first <= a <= last:
            distance, side = 0, 0
        elif first > a:
            distance, side = (first - a).days, 1
        else:
            distance, side = (a - last).days, -1
        if t == PAST and side > 0:
            distance = distance * _FRONTED_FACTOR + 400 if fronted else distance * ahead_factor
        elif t == FUTURE and side < 0:
            # A future-tense sentence names past dates far more rarely than the reverse, but a
            # month or a day a few weeks behind the publication date still is the one meant
            # ("will publish February inflation data", "by Jan. 14" in a story of Jan. 15);
            # one gone by more than a month is next year's ("elections will be held in January").
            distance = distance * behind_weight + 30
            if in_a_month_ahead:
                distance = distance * _FRONTED_FACTOR  # "hope to start next season in March": a time to act in
        key = (distance, y != a.year)
        if best_key is None or key < best_key:
            best_key, best_year = key, y
    how = {PAST: "past", FUTURE: "future"}.get(t, "nearest")
    return best_year, how


# A date that names an event: "the September 11 attacks", "the May 4 movement".
_EVENT_NAME_AFTER = rx(
    r"^\s+(?:attacks?|hijack\w*|terror\w*|commission|bomb\w*|memorial|movement|massacre|"
    r"revolution|uprising|incident|coup|accords?|victims|Agreement|Movement|Revolution|Square|Street|Avenue)\b"
)


_PLACE_NAME_AFTER = rx(r"^\s+(?:Square|Street|Avenue)\b")
# "6th of October City", "the 6th of October Bridge": a day written as a name's.
_NAMED_AFTER_OF_MONTH = rx(r"^\s+(?:City|Bridge)(?=\s*[,.;:)]|\s+(?:was|is|were|are|has|had|in|on|at|near|to|and|over|across)\b)")


def month_day_ok(m: re.Match, text: str) -> bool:
    return True


# How near the anchor a day naming an event must fall to be read as a date: "the Aug. 7
# bombings" in a story of that month is the day they happened; "the September 11 attacks"
# months or years later is the name of the event, and no year would be right for it.
_EVENT_DATE_NEAR_DAYS = 45


_LONG_MARCH_BEFORE = rx(r"\bLong\s+$")
_NAMED_MOVEMENT_AFTER = rx(
    r"^\s+(?:[A-Z][a-z]+\s+)?(?:Movement|[Cc]oalition|[Aa]lliance|[Cc]amp|[Bb]loc|Brigades?|Martyrs|Justice(?!\s+(?:Department|Ministry)))\b"
)


def month_day(m: re.Match, ctx: Context) -> Resolved | None:
    after = ctx.text[m.end(): m.end() + 30]
    if _NAMED_AFTER_OF_MONTH.match(after) and (" of " in m.group(0) or not _PREPOSITION_OF_TIME_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())):
        return None  # "6th of October City", "the May 15 Bridge" (not "the Jan. 6 City Council", "Since Feb. 22 City have won")
    if _LONG_MARCH_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None  # "a Long March 5 rocket"
    if _NAMED_MOVEMENT_AFTER.match(after) and not _PREPOSITION_OF_TIME_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "The April 6 Youth Movement", "Morocco's 20 February Movement" (not "On March 14 coalition forces")
    r = _week_of(m, _month_day(m, ctx))
    if _EVENT_NAME_AFTER.match(after):
        if _PLACE_NAME_AFTER.match(after) or r.stretch is None or abs((r.stretch.first - ctx.anchor).days) > _EVENT_DATE_NEAR_DAYS:
            return None
        named = _DAYS_NAMING_ONE_EVENT.get((r.stretch.first.month, r.stretch.first.day))
        if named is not None and named != r.stretch.first.year and _ONE_EVENTS_NAME_AFTER.match(after):
            return None  # "the September 11 attacks" told in the September of 2023
    return r


# Days whose name is one event's: told near the day in another year, they still name it.
_DAYS_NAMING_ONE_EVENT = {(9, 11): 2001}
_ONE_EVENTS_NAME_AFTER = rx(r"^\s+(?:attacks|terror\w*|hijack\w*|commission|memorial|victims)\b")


def _month_day(m: re.Match, ctx: Context) -> Resolved:
    mon, dom = month_number(m.group("mon")), day_number(m.group("d"))
    rel = _SPACE.sub(" ", (m.groupdict().get("rel") or "").lower())
    yrel = (m.groupdict().get("yrel") or "").lower()
    if yrel:
        # "June 5 last year"
        year = ctx.anchor.year + _YEAR_REL[yrel]
        return date_result(cal.make_day(year, mon, dom), f"month-day-{yrel}-year", ctx, RESOLVED_ANCHOR)
    if rel:
        # "last Oct. 23": the latest such day before the anchor; "next May 5" the first after.
        a = ctx.anchor
        if rel in ("last", "this past"):
            year = a.year if (mon, dom) < (a.month, a.day) else a.year - 1
        else:
            year = a.year if (mon, dom) > (a.month, a.day) else a.year + 1
        return date_result(cal.make_day(year, mon, dom), f"month-day-{rel.split()[-1]}", ctx, RESOLVED_ANCHOR)
    of_year = _OF_THAT_YEAR.match(ctx.text, m.end())
    if of_year and ctx.ref is not None:
        # "On May 4 of that year", "by Jan. 5 of the following year": of the year under discussion.
        year = _year_of_that_year(ctx, of_year)
        day = cal.make_day(year, mon, dom)
        return Resolved(DATE, day.value, day, None, RESOLVED_DISCOURSE, ctx.ref.value, "month-day-of-that-year",
                        end=of_year.end())
    if m.groupdict().get("wd"):
        # "Friday, Oct. 13": the year in which that date falls on that weekday, if near.
        wd = weekday_number(m.group("wd"))
        for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
            try:
                if datetime.date(y, mon, dom).weekday() == wd:
                    return date_result(cal.make_day(y, mon, dom), "weekday-month-day", ctx, RESOLVED_ANCHOR)
            except ValueError:
                break
    if _closes_a_period(ctx, m.start()):
        # A reported period has ended: the latest such date by the anchor. One still "ending"
        # ("profit for the year ending June 30") may end either side of it: the nearest.
        a = ctx.anchor
        if _ENDING_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            year = _nearest_occurrence(a, mon, dom)
            target = _A_TARGET_BEFORE.search(ctx.text, _clause_start(ctx, m.start()), m.start())
            if (datetime.date(year, mon, dom) < a and target is not None
                    and not _RESULTS_WORDS.search(ctx.text, target.end(), m.start())
                    and not _past_verb_just_after(ctx, m.end(), 25)):
                year += 1  # "aims to cut its deficit in the fiscal year ending June 30": one still to close
        else:
            year = a.year if (mon, dom) <= (a.month, a.day) else a.year - 1
        r = date_result(cal.make_day(year, mon, dom), "month-day-period-end", ctx, RESOLVED_ANCHOR)
        r.sets_reference = False
        return r
    rng = RANGE_YEAR_AFTER.match(ctx.text, m.end())
    if rng:
        # "from June 11 to July 19, 2026": the range's year, or the year before when the range
        # crosses a new year ("Dec. 20 to Jan. 5, 2025").
        mon2 = month_number(rng.group("mon2")) if rng.group("mon2") else mon
        year = int(rng.group("y2")) - (1 if (mon, dom) > (mon2, int(rng.group("d2"))) else 0)
        return date_result(cal.make_day(year, mon, dom), "month-day-range", ctx)
    opened = ctx.ref if _RANGE_TO_BEFORE.fullmatch(ctx.text, max(0, ctx.ref_end), m.start()) else None
    if (opened is not None and opened.granularity == "day"
            and _RANGE_FROM_BEFORE.search(ctx.text, max(0, ctx.ref_end - 40), ctx.ref_end)):
        # "between June 1 and November 30", "from Dec. 20 to Jan. 5": the range's end is the
        # first such day after its start.
        year = opened.first.year + (1 if (mon, dom) < (opened.first.month, opened.first.day) else 0)
        return date_result(cal.make_day(year, mon, dom), "month-day-range-end", ctx, RESOLVED_DISCOURSE,
                           reference=opened.value)
    story = _story_year(ctx, m, mon, dom)
    if story is not None:
        return date_result(cal.make_day(story, mon, dom), "month-day-story-year", ctx, RESOLVED_DISCOURSE,
                           reference=ctx.written_with_year.value)
    held = _held_by_sentence_date(ctx, m.start()) or _year_of_a_when_clause(ctx, m)
    if (held is not None and held.granularity == "year"
            and not _REPORT_BETWEEN.search(ctx.text, _FRONTED_COMMA.match(ctx.text, ctx.ref_end).end(), m.start())):
        # "Last year, she marked the occasion on Feb. 28": the year its sentence opens with;
        # "in 2008, when Iowa voted on Jan. 3": the year the clause is about.
        return date_result(cal.make_day(held.year, mon, dom), "month-day-in-that-year", ctx, RESOLVED_DISCOURSE,
                           reference=held.value)
    year, how = _year_for_month(ctx, m, mon, dom)
    return date_result(cal.make_day(year, mon, dom), f"month-day-{how}", ctx, RESOLVED_ANCHOR)


# How far after a date written with its year a day without one still takes that year.
_STORY_YEAR_REACH = 400


_FRONTED_COMMA = rx(r"\s*,?")
_WHEN_CLAUSE_BETWEEN = rx(r",\s+when\b(?:(?!\b(?:but|will|would)\b|,\s+and\b)[^.;:!?])*")
# "Last year, exports rose 4 percent, the ministry said on March 11": the report's own day.
_REPORT_BETWEEN = rx(r"(?i:,\s+[^,]{0,40}?\b(?:said|says|reported|reports|noted|announced|released|told|added|wrote)\b)")


def _year_of_a_when_clause(ctx: Context, m: re.Match) -> cal.Stretch | None:
    """The year just named when a "when" clause about it holds the match: "in 2008, when Iowa
    voted on Jan. 3"."""
    ref = ctx.ref
    if ref is None or ref.granularity != "year" or not _WHEN_CLAUSE_BETWEEN.fullmatch(ctx.text, ctx.ref_end, m.start()):
        return None
    return ref


# A timeline box's entry: the date opens its sentence or line and a dash follows it.
_TIMELINE_DASH_AFTER = rx(r"\s*[–—]\s|\s+-\s")


def _a_timeline_entry(ctx: Context, m: re.Match) -> bool:
    """Whether the date opens a timeline box's entry, whose present tense tells of the past:
    "Oct. 27 – Israel launches its ground invasion of Gaza"."""
    return ctx.sentence_bounds(m.start())[0] == m.start() and _TIMELINE_DASH_AFTER.match(ctx.text, m.end()) is not None


def _story_year(ctx: Context, m: re.Match, mon: int, dom: int) -> int | None:
    """The year of a day named without one in a story told in another year: "Russia invaded
    on Feb. 24, 2022. On March 16, a strike destroyed the theatre" (told in 2025), or a
    timeline box ("Aug. 6, 2024 – … Aug. 15 – …"). The day follows the date written with its
    year, with no other date between, in a sentence that does not look ahead; it is the first
    such day on or after that date, and not after the publication day."""
    written = ctx.written_with_year
    if (written is None or ctx.ref is not written or m.start() - ctx.ref_end > _STORY_YEAR_REACH
            or ctx.ref_opens_stretch  # "closed since Sept. 11, 2001, reopened on Nov. 23": a stretch up to now
            or written.first.year == ctx.anchor.year
            or (ctx.tense(m.start(), m.end()) == FUTURE and not _a_timeline_entry(ctx, m))):
        return None
    first = written.first
    year = first.year if (mon, dom) >= (first.month, first.day) else first.year + 1
    if (year > first.year and _HAD_BEFORE.search(ctx.text, _clause_start(ctx, m.start()), m.start())
            and not _BY_ALONE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
            and (datetime.date(year, mon, dom) - written.last).days > _STORY_ROLLS_OVER_DAYS):
        year = first.year  # "The spacecraft crashed in September 2019. It had launched on July 14": before it
    try:
        day = datetime.date(year, mon, dom)
    except ValueError:
        return None
    return year if day <= ctx.anchor else None


_HAD_BEFORE = rx(r"(?i:\bhad\b)")
# A day in the past perfect goes back before the date written with its year only when rolling
# over would take the story this far on ("Floods hit on Dec. 27, 2021. Thirty people had died
# by Jan. 10" goes on).
_STORY_ROLLS_OVER_DAYS = 31


# What looks ahead of the publication, not of a time the story tells: "will", "is to", "is
# going to", "are coming home" (not "would", "was to").
_AHEAD_OF_NOW = rx(
    r"(?i:\b(?:will|shall|won['’]t|(?:is|are|am)\s+(?:going\s+to|to|due|set|expected|scheduled|[a-z]+ing)"
    r"|(?:plans?|intends?|hopes?|expects?)\s+to)\b|['’]ll\b)"
)


_WOULD = rx(
    r"(?i:\bwould\b|['’]d\s|\b(?:was|were)\s+(?:\w+ly\s+)?(?:expected|due|set|scheduled|going|poised|to)\b"
    r"|\b(?:planned|hoped|intended|promised|pledged|vowed|aimed)\s+to\b)"
)


def _would_before(ctx: Context, start: int) -> bool:
    """Whether "would" (or "was expected to", "planned to") looks ahead in the date's own
    clause, from a time gone by (not "Last year, ministers promised …; the work will start")."""
    lo = ctx.sentence_bounds(start)[0]
    for b in _CLAUSE_STARTS.finditer(ctx.text, lo, start):
        lo = b.end()
    w = _WOULD.search(ctx.text, lo, start)
    return w is not None and not _NOW_AHEAD.search(ctx.text, w.end(), start)


_CLAUSE_STARTS = rx(r";|,\s*(?:and|but)\b|\bbut\b")
_NOW_AHEAD = rx(r"(?i:\b(?:will|now|plans?\s+to|says|say)\b|['’]ll\b)")


def _ahead_of_now(ctx: Context, m: re.Match) -> bool:
    """Whether the sentence, up to ``m``, looks ahead of the publication."""
    return _AHEAD_OF_NOW.search(ctx.text, ctx.sentence_bounds(m.start())[0], m.start()) is not None


def _holiday_story_year(ctx: Context, m: re.Match, name: str) -> int | None:
    """The year of a holiday named without one in a story told in another year, as for a day
    (_story_year): "On July 28, 1914, Austria-Hungary declared war. The generals promised the
    boys would be home by Christmas." The first such holiday on or after the date written with
    its year, and not after the publication day; "would" looks ahead within the story."""
    written = ctx.written_with_year
    if (written is None or ctx.ref is not written or m.start() - ctx.ref_end > _STORY_YEAR_REACH
            or ctx.ref_opens_stretch or written.first.year == ctx.anchor.year
            or not (ctx.tense(m.start(), m.end()) == PAST or _would_before(ctx, m.start()))):
        return None
    year = written.first.year
    if holiday_date(name, year) < written.first:
        year += 1
    return year if holiday_date(name, year) <= ctx.anchor else None


def coordinated_day(m: re.Match, ctx: Context) -> Resolved | None:
    """"April 24 and 25": the second day is in the month of the day just before it."""
    ref = ctx.ref_day
    if ref is None or ctx.ref is not ref or not ctx.text[ctx.ref_end:m.start()].strip(" ") == "":
        return None
    dom = int(m.group("d"))
    first = ref.first
    if dom <= first.day:
        return None  # "on April 24 and 3 ...": a count, not a later day of that month
    s = cal.make_day(int(m.group("y")) if m.group("y") else first.year, first.month, dom)
    return Resolved(DATE, s.value, s, None, RESOLVED_DISCOURSE, ref.value, "coordinated-day", start=m.start("d"))


# Context that makes a capitalised "May" or "March" a month: a preposition or a date word.
_MONTH_CUE_BEFORE = rx(
    r"(?i:\bno\s+(?:earlier|later|sooner)\s+than\s*|\b(?:in|since|until|till|by|through|from|during|of|before|after|between|and|to|"
    r"early|late|mid|since|last|next|this|or|until|between|throughout|'til|beyond|for|soon\s+as|early\s+as|late\s+as)\s*-?\s*)$"
)
_MONTH_CUE_AFTER = rx(r"^(?:\s*,?\s*(?:[12][0-9]{3}|\d{1,2}\b))")


_DAY_NUMBER = rx(r"^\s+\d{1,2}(?:st|nd|rd|th)?")


def _quoted_alone(m: re.Match, text: str) -> bool:
    """Whether the match stands alone in quotation marks: a title, as of the song "September"
    or the series 'Wednesday'."""
    before, after = text[max(0, m.start() - 1):m.start()], text[m.end():m.end() + 1]
    return (before in ("\"", "“") and after in ("\"", "”")) or (
        before in ("'", "‘") and after in ("'", "’") and m.group(0)[:1].isupper()
        and not _PREPOSITION_BEFORE_QUOTE.search(text, max(0, m.start() - 12), m.start() - 1))


# "would be held 'Monday' at the earliest": a quoted day, not a title.
_PREPOSITION_BEFORE_QUOTE = rx(r"(?i:\b(?:on|by|until|till|from|since|held|for|before|after|next|last|this)\s+$)")


# Before "that" as a demonstrative ("in that December", "spent that December", "That
# November, students seized the embassy"), not the conjunction ("said Tuesday that December
# was the warmest", "Now that March is here").
_SAYING_VERBS = (
    r"said|says|say|told|tells|announced|announces|reported|reports|found|finds|showed|shows|show|noted|notes|added|"
    r"believe|believes|believed|expect|expects|expected|warned|warns|argued|argues|claimed|claims|insisted|stated|"
    r"wrote|writes|predicted|predicts|forecast|estimated|estimates|concluded|confirmed|acknowledged|admitted|agreed|"
    r"hope|hoped|hopes|fear|feared|fears|know|knew|knows|think|thought|thinks|suggested|suggests|indicated|indicates|"
    r"decided|learned|realized|realised|felt|feels|means|meant|ensure|ensured|revealed|reveals"
)
_THAT_CONJUNCTION_BEFORE = rx(
    rf"(?i:\b(?:{_SAYING_VERBS}|now)\s+(?:(?:on\s+)?(?:(?-i:{WEEKDAY})|today|yesterday|in\s+[12][0-9]{{3}})\s+)?$)"
)


def _that_is_a_conjunction(m: re.Match, text: str) -> bool:
    """Whether "that" before a month or season is the conjunction after a verb of saying or
    knowing ("said Tuesday that December was the warmest", "Now that March is here", "bet that
    June will bring a rebound"), not the demonstrative ("Later that summer", "spent that
    December", "and that fall their son started school")."""
    rel = (m.groupdict().get("rel") or "").lower()
    if rel != "that":
        return False
    if _THAT_CONJUNCTION_BEFORE.search(text, max(0, m.start("rel") - 40), m.start("rel")):
        return True
    return (_SUBJECT_GOES_ON.match(text, m.end()) is not None
            and not _THAT_DEMONSTRATIVE_BEFORE.search(text, max(0, m.start("rel") - 20), m.start("rel")))


# After the month, what makes it a clause's subject: "that June will bring", "that December sales were".
_SUBJECT_GOES_ON = rx(r"(?i:\s+(?:will|would|could|may|might|is|was|has|had|sales|figures|data|numbers|results)\b)")
_THAT_DEMONSTRATIVE_BEFORE = rx(
    r"(?i:(?:^|[.;:,!?]\s*|\b(?:in|during|by|until|till|through|throughout|for|of|since|from|after|before|over|across|"
    r"all|later|early|again|into|and|but|yet|so|even|then|not|spent|spend|remember|remembered|recall|recalled|was|is)\s+)$)"
)


def month_name_ok(m: re.Match, text: str) -> bool:
    if _quoted_alone(m, text):
        return False
    conjunction = _that_is_a_conjunction(m, text)
    day = _DAY_NUMBER.match(text[m.end(): m.end() + 6])
    if day and _EVENT_NAME_AFTER.match(text[m.end() + day.end(): m.end() + day.end() + 30]):
        return False  # "the September 11 attacks"
    mon = m.group("mon").lower().rstrip(".")
    rel = None if conjunction else m.groupdict().get("rel")
    if mon in _FIRST_NAME_MONTHS and not (rel or m.groupdict().get("modword")) and (
            _a_first_name(m, text) or _KIN_BEFORE.search(text, max(0, m.start() - 30), m.start())):
        return False  # "June Sarpong told…", "April Longley Alley", "her son August"
    if m.end() - m.start() == len(m.group("mon")) and (
            (_STREET_AFTER_A_MONTH.match(text, m.end())
             and (not _TIME_NOT_PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _STREET_NOT_A_NAME.match(text, m.end())))
            or ((_MONTH_NAME_FOLLOWERS.match(text, m.end()) or (mon == "october" and text.startswith(" Surprise", m.end())))
                and not _RANGE_OR_TIME_WORD_BEFORE.search(text, max(0, m.start() - 16), m.start()))):
        return False  # "the October Revolution", "March Madness" (not "From January to March Bay Area sales")
    if (_SPELLED_ORDINAL_OF_BEFORE.search(text, max(0, m.start() - 20), m.start())
            and _NAMED_AFTER_OF_MONTH.match(text[m.end():m.end() + 30])):
        return False  # "in Sixth of October City"
    if not rel and m.end() - m.start() == len(m.group("mon")) and (
            text.endswith("Black ", 0, m.start()) or _HONORIFIC_BEFORE.search(text, max(0, m.start() - 6), m.start())):
        return False  # "Black September", "Mr. October": a name
    if mon not in lx.AMBIGUOUS_MONTHS or rel or m.groupdict().get("modword"):
        return True
    if (m.group("mon") == "May" and _SUBJECTS_VERB_AFTER.match(text, m.end())
            and not _PREPOSITION_OF_TIME_BEFORE.search(text, max(0, m.start() - 8), m.start())):
        return False  # "…, and May has until Monday to win support", "in January, and May said": Theresa May
    if m.group("mon") == "March" and _MARCH_NAMED_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return False  # "the Women's March"
    if _MONTH_CUE_BEFORE.search(text[max(0, m.start() - 18): m.start()]):
        return True
    # "the May elections", "the March accession", "its March meeting", "the Fed's May meeting":
    # a month before the noun it dates (but "the March on Washington", "the March for Life"
    # name a march).
    return bool(_DETERMINER_BEFORE_A_MONTH.search(text, max(0, m.start() - 8), m.start()) and _NOUN_AFTER.match(text, m.end()))


# Months that are first names too: the month before a capitalised surname, with no
# preposition or date word before it, is a person ("June Sarpong told", "April Ryan asked").
_FIRST_NAME_MONTHS = frozenset(("april", "june", "august"))
# A verb right after an ambiguous month, which then is its subject: "May has until Monday".
_SUBJECTS_VERB_AFTER = rx(r"\s+(?:has\s+until|had\s+until|said|says|told|wants|faces|insisted|urged|resigned|announced)\b")
_MARCH_NAMED_BEFORE = rx(r"\b(?:Women|People|Peoples)['’]s\s+$")
_SPELLED_ORDINAL_OF_BEFORE = rx(
    r"\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|Twentieth|Thirtieth)\s+of\s+$"
)
_KIN_BEFORE = rx(
    r"\b(?:son|daughter|brother|sister|wife|husband|baby|granddaughter|grandson|niece|nephew|"
    r"(?:baby|girl|boy|child|daughter|son)\s+(?:named|called)),?\s+$"
)
# Capitalised words after a month that make it part of a name.
# Prepositions of time (and "on") before a date: "in March", "since May".
_TIME_PREPOSITIONS = "in|since|by|until|from|through|during"
_PREPOSITION_OF_TIME_BEFORE = rx(rf"(?i:\b(?:on|{_TIME_PREPOSITIONS})\s+)$")
_RANGE_OR_TIME_WORD_BEFORE = rx(
    rf"(?i:\b(?:in|on|since|by|until|till|from|through|during)\s+$|\b(?:{'|'.join(lx.MONTHS)})\s+(?:to|and|or|through|until|till)\s+$)"
)
_STREET_NOT_A_NAME = rx(r"\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.)")
_TIME_NOT_PLACE_BEFORE = rx(rf"(?i:\b(?:{_TIME_PREPOSITIONS})\s+)$")
_STREET_AFTER_A_MONTH = rx(r"\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Lane|Boulevard|Blvd\.)(?!\s+(?!(?:was|is|has|does|as)\b)[a-z]+s\b)")
_MONTH_NAME_FOLLOWERS = rx(rf"\s+(?:Revolution|Uprising|Manifesto|Madness|Coup|Morning|Department|{lx.PLACE_NOUNS})\b")
_SURNAME_AFTER = rx(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?(?:\s+[a-z]|,\s|['’]s\s|\s+(?:Jr\.|Sr\.|II|III|IV|[2-4](?:d|rd|th))[\s,])"
)
_DATE_WORD_BEFORE = rx(
    r"(?i:(?:\b(?:in|on|since|by|until|till|from|of|through|during|before|after|early|late|mid|last|next|this|"
    r"between|and|or|to|each|every|throughout|around|about|for|beyond|the|a|an|its|their|his|her|our)|['’]s)\s+)$"
)


_PLAINLY_A_NAME_AFTER = rx(
    r"\s+[A-Z][a-z]+(?:,\s+(?:her|his|their|a|an|the)\s|\s+[A-Z][a-z]+[.,;]|\s+(?:said|says|told|who|was|is|has|had)\b)"
)


def _a_first_name(m: re.Match, text: str) -> bool:
    if m.end() - m.start() != len(m.group("mon")) or not m.group("mon")[:1].isupper():
        return False  # "June 12", "last June": a date
    if _DATE_WORD_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        # After "by" or "of" only a name that reads as one: "delivered by April Hendricks, her
        # niece", "a friend of June Carter Cash." (not "by April Reuters reported").
        return bool(_PLAINLY_A_NAME_AFTER.match(text, m.end()))
    return bool(_SURNAME_AFTER.match(text, m.end()))


_THE_BEFORE = rx(r"(?i:\bthe\s+)$")
_DETERMINER_BEFORE_A_MONTH = rx(r"(?:\b(?i:the|its|their|his|her|our|a)\s+|\w['’]s\s+)$")
_NOUN_AFTER = rx(
    r"\s+(?!(?:on|for|to|of|in|into|through|against|from|with|by|at|past|toward|towards|and|or|is|was|were|are)\b)[a-z]{3,}\b"
)


_YEAR_REL = {"last": -1, "this": 0, "next": 1}
_RANKING_BEFORE = rx(r"(?i:\b(?:up|down|rose|fell|climbed|dropped|slipped|jumped|finished|ranked|placed|promoted|relegated)\s+$)")
# "for the 3rd and final time": "and" before a word that is no second day.
_AND_WORD_AFTER = rx(
    r"(?i:\s+and\s+(?:final|last|lowest|highest|top|bottom|best|worst|biggest|largest|smallest|latest|deciding|"
    r"decisive|penultimate|ultimate)\b)"
)
# A second ordinal after the first: "the 11th and 12th", "from the 18th to the 20th".
_ORDINAL_AFTER = rx(
    r"\s+(?:and|to|through|until|till|[-–])\s+(?:(?:then|again)\s+)?(?:(?:to|on|until)\s+)?(?:the\s+)?[1-3]?[0-9](?:st|nd|rd|th)\b"
)
# After these a preposition may follow the day ("on the 20th for talks", "set for the 18th in
# Geneva"); after "to", "from" or "through" only the sentence's end, a verb or a second day may.
_PREPOSITIONS_OF_A_DAY = frozenset(("on", "for", "until", "till", "by", "before", "after", "since"))
_VERB_OR_END_AFTER = rx(r"\s*(?:[.,;:!?)]|$|(?i:was|were|is|are|will|would|had|has|have|passed|went)\b)")


def ordinal_day(m: re.Match, ctx: Context) -> Resolved | None:
    """"until the 10th": that day of the month under discussion ("the ceasefire would start
    on May 8 and last until the 10th"), else of the publication's month, the tense choosing
    the month before or after when the day has passed or is to come."""
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    prep = m.group("prep").lower()
    if prep == "to" and _RANKING_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start("prep")):
        return None  # "moved up to the 2nd", "fell to the 4th": a place in a ranking
    other = _ORDINAL_AFTER.match(ctx.text, m.end())
    if (other and not _VERB_OR_END_AFTER.match(ctx.text, other.end())) or _AND_WORD_AFTER.match(ctx.text, m.end()):
        return None  # "on the 5th and 6th floors", "from the 5th to the 6th floor": ordinals of a noun
    if prep not in _PREPOSITIONS_OF_A_DAY and not other and not _VERB_OR_END_AFTER.match(ctx.text, m.end()):
        return None  # "transferred to the 3rd on Monday": a unit, not a day
    ref = ctx.ref
    s = None
    if ref is not None and ref.granularity in ("day", "month") and m.start() - ctx.ref_end <= _RECENT_MENTION_REACH:
        first = ref.first
        if ref.granularity == "day" and d < first.day and m.group("prep").lower() in ("until", "till", "to", "through", "by"):
            first = cal.add_months(first.replace(day=1), 1)  # "from May 28 until the 3rd": of June
        s = cal.day(datetime.date(first.year, first.month, d))
        if s.first > ctx.anchor and ctx.tense(m.start("span"), m.end("span")) == PAST:
            s = None  # "will take place on the 28th of March. Fighters attacked villages on the 27th": gone by
    if s is not None:
        r = date_result(s, "ordinal-day-discourse", ctx, RESOLVED_DISCOURSE, reference=ref.value)
    else:
        a = ctx.anchor
        month = a.replace(day=1)
        t = ctx.tense(m.start("span"), m.end("span"))
        if t == PAST and d > a.day:
            month = cal.add_months(month, -1)
        elif t == FUTURE and d < a.day:
            month = cal.add_months(month, 1)
        s = cal.day(datetime.date(month.year, month.month, d))
        r = date_result(s, "ordinal-day", ctx, RESOLVED_ANCHOR)
    r.start, r.end = m.start("span"), m.end("span")
    return r


# "that December", "the following spring": a month or season named against the time the
# story tells, and how they read without one.
_STORY_REL = {"that": "", "the same": "", "the previous": "last", "the preceding": "last", "the prior": "last",
              "the following": "next", "the next": "next"}
# How far back the story's time may have been named.
_STORY_REACH = 600


def _story_stretch(ctx: Context, m: re.Match) -> cal.Stretch | None:
    """The time the story has just told, for "that December": the last date named, not long
    before, of a year, season, month or day."""
    ref = ctx.ref
    if (ref is None or m.start() - ctx.ref_end > _STORY_REACH
            or ref.granularity not in ("day", "month", "season", "quarter", "half", "year")):
        return None
    return ref


def _of_the_story(told: cal.Stretch, stretch_in, rel: str) -> cal.Stretch:
    """The stretch ``stretch_in(year)`` in the year of ``told`` ("that December"), or the
    last one ending before it ("the previous December"), or the first one after it ("the
    following spring")."""
    same = stretch_in(told.year)
    if _STORY_REL[rel] == "last":
        return same if same.last < told.first else stretch_in(told.year - 1)
    if _STORY_REL[rel] == "next":
        return same if same.first > told.last else stretch_in(told.year + 1)
    return same


def month_name(m: re.Match, ctx: Context) -> Resolved:
    mon = month_number(m.group("mon"))
    rel = _SPACE.sub(" ", (m.group("rel") or "").lower())
    a = ctx.anchor
    yrel = (m.group("yrel") or "").lower()
    if rel == "that" and _that_is_a_conjunction(m, ctx.text):
        # "said Tuesday that December was the warmest": the conjunction, then the month alone.
        r = _bare_month(m, ctx, mon)
        r.start = m.start("mon")
        return r
    if rel in _STORY_REL:
        told = _story_stretch(ctx, m)
        if told is not None:
            # "She spent that December in a refugee camp", "a crane collapse the previous
            # December": of the time the story has just told.
            s, mod = with_mod(m, _of_the_story(told, lambda y: cal.month(y, mon), rel))
            return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, told.value, "month-name-of-the-story")
        rel = _STORY_REL[rel]  # told without a story: as of the publication ("the following May")
    if yrel:
        # "July last year", "early October this year"
        year, rule = a.year + _YEAR_REL[yrel], f"month-name-{yrel}-year"
    elif rel in ("last", "past", "this past", "previous"):
        # The month just before the anchor's is "last month"; named, "last February" said in
        # March is the February of a year before.
        year = a.year if mon < a.month - 1 else a.year - 1
        rule = "month-name-last"
    elif rel in ("next", "coming", "this coming"):
        year, rule = (a.year if mon > a.month else a.year + 1), "month-name-next"
    elif rel == "this":
        year, rule = a.year, "month-name-this"
    else:
        return _bare_month(m, ctx, mon)
    s, mod = with_mod(m, cal.month(year, mon))
    return date_result(s, rule, ctx, RESOLVED_ANCHOR, mod)


def _bare_month(m: re.Match, ctx: Context, mon: int) -> Resolved:
    """A month named without "last", "next" or a year: by the dates around it and the tense."""
    of_year = _OF_THAT_YEAR.match(ctx.text, m.end())
    if of_year and ctx.ref is not None:
        # "since September of that year", "in May of the following year": the year of
        # the date under discussion, or the one after or before it.
        year = _year_of_that_year(ctx, of_year)
        s, mod = with_mod(m, cal.month(year, mon))
        return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, ctx.ref.value, "month-of-that-year",
                        end=of_year.end())
    joined = ctx.ref if _COORDINATED_BEFORE.fullmatch(ctx.text, max(0, ctx.ref_end), m.start()) else None
    if (joined is not None and joined.granularity == "month" and joined.index < mon
            and (cal.month(joined.first.year, mon).first <= ctx.anchor or ctx.tense(m.start(), m.end()) == FUTURE)):
        # "in February and March": the second month is in the year of the first (but not
        # ahead of the story unless it looks ahead).
        s, mod = with_mod(m, cal.month(joined.first.year, mon))
        return date_result(s, "month-name-coordinated", ctx, RESOLVED_DISCOURSE, mod, reference=joined.value)
    ends_range = ctx.ref if _RANGE_TO_BEFORE.fullmatch(ctx.text, max(0, ctx.ref_end), m.start()) else None
    if (ends_range is not None and ends_range.granularity == "month" and ends_range.index > mon
            and _RANGE_FROM_BEFORE.search(ctx.text, max(0, ctx.ref_end - 40), ctx.ref_end)):
        # "between November and March", "from October to March": the range runs into the
        # next year.
        s, mod = with_mod(m, cal.month(ends_range.first.year + 1, mon))
        return date_result(s, "month-name-range-end", ctx, RESOLVED_DISCOURSE, mod, reference=ends_range.value)
    if _PERIOD_ENDING_IN_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "the fiscal year ending in March": a period under way or just closed, whatever the
        # verb's tense: the March nearest the anchor, as for "ending March 31".
        a = ctx.anchor
        year = _nearest_occurrence(a, mon, 15)
        if _FORECAST_BEFORE.search(ctx.text, max(0, m.start() - 90), m.start()) and not _past_verb_just_after(ctx, m.end(), 25):
            year = a.year if mon >= a.month else a.year + 1  # "cut its forecast for the year ending in March": still to close
        s, mod = with_mod(m, cal.month(year, mon))
        return date_result(s, "month-name-period-end", ctx, RESOLVED_ANCHOR, mod)
    held = _held_by_sentence_date(ctx, m.start())
    month = _month_nearest(held, mon) if held is not None else None
    if month is not None:
        # "In 2019, the company opened a plant in March", "Last winter, Russia hit energy
        # facilities from October to March": the year of the stretch the sentence opens
        # with, the month lying in it or just before or after it.
        s, mod = with_mod(m, month)
        return date_result(s, "month-name-in-that-stretch", ctx, RESOLVED_DISCOURSE, mod, reference=held.value)
    year, how = _year_for_month(ctx, m, mon)
    s, mod = with_mod(m, cal.month(year, mon))
    return date_result(s, f"month-name-{how}", ctx, RESOLVED_ANCHOR, mod)


# Stretches a month may lie in: a month named after one that opens its sentence takes its year.
HOLDING_GRANULARITIES = frozenset(("year", "season", "half", "quarter"))


def _held_by_sentence_date(ctx: Context, start: int) -> cal.Stretch | None:
    """The year, season, half or quarter that opens the sentence of ``start`` ("In 2019,
    ...", "Last winter, ..."; see tagger._FRONTED_BEFORE), if no date outside it was named
    since and the tense at ``start`` does not look the other way from it."""
    held = ctx.held
    if held is None or ctx.ref_opens_stretch or ctx.held_end < ctx.sentence_bounds(start)[0]:
        return None
    t = ctx.tense(start, start + 1)
    if ((t == FUTURE and held.last < ctx.anchor and not _would_before(ctx, start))
            or (t == PAST and held.first > ctx.anchor)):
        # "In 2019, it opened a plant, and it will close it in March": ahead (but "In 2019, it
        # said it would open a plant in March" looks ahead within that year)
        return None
    ref = ctx.ref
    if ref is not held and not (ref is not None and held.first <= ref.first <= held.last):
        return None  # a date of another year named since ("on Feb. 3, 2021 it closed in June")
    return held


# How far outside a season a month may lie and still be told as part of it ("Last winter,
# ... from October to March"); farther, it is a time of its own ("Last summer's floods
# destroyed the bridge, which reopened in February").
_MONTH_BESIDE_DAYS = 62


def _month_nearest(held: cal.Stretch, mon: int) -> cal.Stretch | None:
    """The month ``mon`` inside ``held``, else the one nearest to it, if near enough."""
    def distance(y: int) -> int:
        month = cal.month(y, mon)
        if month.last < held.first:
            return (held.first - month.last).days
        if month.first > held.last:
            return (month.first - held.last).days
        return 0
    years = [y for y in range(held.first.year - 1, held.last.year + 2) if cal.MIN_YEAR <= y <= cal.MAX_YEAR]
    nearest = min(years, key=distance)
    return cal.month(nearest, mon) if distance(nearest) <= _MONTH_BESIDE_DAYS else None


# Between two months named together: "February and March", "May, June or July".
_COORDINATED_BEFORE = rx(r"\s*(?:and|or|,)\s+(?:in\s+)?")
# Between the months that open and close a range ("between November and March", "from
# October to March", "October-March"), and what opens it.
_RANGE_TO_BEFORE = rx(r"\s*(?:and|to|until|till|through|[-–])\s*")
_RANGE_FROM_BEFORE = rx(r"(?i:\b(?:between|from)\s+(?:\S+\s+)?\S+$)")


# How far before the publication a day the story tells may lie for "by the end of the week"
# to be that day's week.
_RECENT_STORY_DAYS = 92
def _year_of_that_year(ctx: Context, of_year: re.Match) -> int:
    """The year "of that year" (or "of the following year") names: the date under discussion's,
    but not a day of saying in the week of the publication when a year was named before it
    ("founded in 1985, said on Monday that sales had tripled since the spring of that year")."""
    told = ctx.ref
    year = ctx.last.get("year")
    rel = _SPACE.sub(" ", of_year.group("rel").lower())
    if ((rel in ("that", "the same") or ctx.tense(of_year.start(), of_year.end()) == PAST)
            and told.granularity == "day" and year is not None and year.year != told.year
            and 0 <= (ctx.anchor - told.first).days <= 7):
        told = year
    return told.first.year + _DISCOURSE_REL[rel]


_OF_THAT_YEAR = rx(
    r"(?i:\s+(?:of\s+)?(?P<rel>that|the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+year\b(?![-‐]))"
)


_COUNT_AFTER = rx(r"^\s+([a-z]+)")
_WORK_BEFORE_A_QUOTE = rx(
    r"(?i:(?:\b[A-Z]\w*['’]s\s*|\b(?:film|movie|novel|song|album|book|musical|play|show|series|single|track|epic|prequel|"
    r"sequel|hit|record|re-recording|opera|poem|painting|documentary|drama|thriller|comedy|memoir|released|recorded|"
    r"directed|wrote|sang|read|published|starred\s+in)(?:\s+[\w’'-]+){0,3}\s*,?\s*)$)"
)
_COUNTED_AFTER_AN_ADJECTIVE = rx(
    r"\s+(?:new|more|additional|extra|fresh|other|young|foreign|local|armed|retired|unemployed|qualified|trained)\s+([a-z]+s)\b"
)
_A_CLUBS_LETTERS_BEFORE = rx(r"\b(?:TSG|TSV|VfB|VfL|SV|SC|FC|FSV|SpVgg|SG|SSV|AC|AS|SS|CF|CD|SD)\s+$")
_A_FORM_AFTER = rx(r"\s+forms?\b")
_MEASURE_AFTER_A_HYPHEN = rx(
    r"-(?i:tonnes?|tons?|pounds?|lbs?|metres?|meters?|foot|feet|ft|miles?|kilomet(?:re|er)s?|km|seats?|seater|pages?|strong|"
    r"members?|acres?|hectares?|megawatts?|mw|kilowatts?|kw|horsepower|hp|gallons?|litres?|liters?|barrels?|beds?|rooms?|"
    r"units?|points?|yards?|words?|students?|person|people|employees?|calories?|degrees?|volts?|watts?|cc|mph|kph)\b"
)
_PHONE_GOES_ON = rx(r"[ -][0-9]{3,4}[ -][0-9]{3,4}\b")
_OF_A_WHOLE_AFTER = rx(r"\s+of\s+(?:its|their|them|these|those|our|us|his|her|you|which|whom)\b")
# A toll's verbs, which follow a year as readily as a count: "Flooding in 2010 killed ...".
_VERBS_OF_A_TOLL = frozenset(("killed", "injured", "wounded"))
_WHEN_BEFORE = rx(r"(?i:\b(?:in|since|during|until|till|through)\s+$)")
# "The heatwave of 2003 killed 70,000": a happening named by its year.
_OF_A_HAPPENING_BEFORE = rx(
    r"(?i:\bthe\s+(?:[\w-]+\s+)?"
    r"(?!(?:total|toll|number|tally|count|bodies|names|families|list|majority|deaths|remains|graves|relatives|figure|minimum|"
    r"maximum|average|estimate)\b)[\w-]+\s+of\s+$)"
)
_MORE_COUNT_NOUNS = frozenset("teachers nurses doctors police officers recruits staff jobs flights".split())
_THE_NAME_THEN_VERB = rx(
    r"\s+(?:will|is|are|was|were|has|have|had|played|play|plays|release[sd]?|announced|split|cancelled|canceled|headlined|toured)\b"
)
# A name just before a model's number: "Mirage 2000", not a preposition ("In 2024") or a month.
_MODEL_NAME_BEFORE = rx(
    r"\b(?!(?:In|Since|By|Until|From|After|Before|Of|During|Between|Throughout|And|Or|Then|Early|Late|Mid|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Spring|Summer|Autumn|Fall|Winter)\b)[A-Z][\w-]*\s+$"
)
# A house number and its street, where the address ends: "near 1600 Pennsylvania Avenue." (not
# "the 2008 Wall Street crash", "in 2014 Khreshchatyk Street was closed").
_STREET_AFTER = rx(
    r"\s+(?:(?:[A-Z][a-z]*\s+){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Highway|Hwy\.|"
    r"Parkway|Pkwy\.|Court|Ct\.|Circle|Terrace|Trail|Pike|Way)|Route\s+[0-9]+"
    r"|(?:Avenue|Rue|Boulevard|Via|Calle|Avenida|Rua)\s+(?:de|du|des|della|del|da|do|of\s+the)\b)(?!\w)"
)
# "No. 1998", "Resolution 1701", "Operation 1027", "County Road 1900", "Exhibit 1984", "mile
# marker 2015": a number a label names, not a year.
# Names whose number looks like a year: "Windows 2000", "Peugeot 2008", "Expo 2020" (held
# in 2021), "Blade Runner 2049", "the Russell 2000 index", "House Bill 2014".
_PRODUCT_BEFORE = rx(r"\b(?:Windows|Office|Server|Studio|Exchange|Peugeot|Expo|Euro|Runner|Russell|Bill|RTX|GTX|Lumia)\s+$")
# A piece named by a year: "the 1812 Overture".
_WORK_AFTER_A_YEAR = rx(r"\s+(?:(?:Overture|Symphony|Concerto|Sonata)\b(?!\s+[A-Z])|Guineas\b)")
# (One "\b" before all the words: written before each, it was tested once per word at every
# position.)
_NUMBER_LABEL_BEFORE = rx(
    r"(?:\b(?:no\.|number|resolutions?|unit|flight|route|page|brigade|article|operation|squadron|regiment|"
    r"h\.\s?r\.|room|suite|gate|highway|interstate|extension|box|fm|exhibit|marker|"
    r"apartment|apt\.|facility|rescue|hc|hl|measure|proposition|prop\.|ordinance|bill|building|hangar|pier|platform|badge|model|section|form|courtroom|train|rule|"
    r"(?:plates?|numbers?|digits|cards?|phones?|accounts?)\s+ending(?:\s+(?:in|with))?|numbered|flight\s+(?!(?:in|on|of|to|at|by|for|and|the)\b)[a-z]{2,3})"
    r"|#)\s*$"
)
# "VFW Post 1945", "SEIU Local 1199", "Troop 1945", "County Road 1900": a lodge's, a union's,
# a troop's or a rural road's number (not "the Washington Post 2019 investigation", "Post
# 2008, banks tightened lending", "the Belt and Road 2019 summit").
_LODGE_BEFORE = rx(
    r"\b(?:(?:VFW|Legion|AMVETS|Amvets|Veterans)\s+Post|(?:[A-Z]{2,}\s+|[A-Z][a-z]*(?:ers|ists|ors)\s+|^|[.!?]\s+|\b(?:of|and)\s+)Local|Lodge|Troop|"
    r"(?:along|on|off|via|near)\s+Road|"
    r"(?:County|State|Farm|Forest|Township|Ranch|Rural)\s+Road)\s*$"
)
# A person's title or calling just before a first name: "researcher Tuesday Reitano".
_TITLE_NOUN_BEFORE = rx(
    r"(?:(?<!\ba\s)(?<!\ban\s)\b(?i:actress|actor|singer|songwriter|star|writer|author|novelist|poet|model|director|producer|"
    r"researcher|scientist|professor|artist|designer|photographer|journalist|nurse|officer|daughter|son|sister|mother|wife|husband|"
    r"worker|farmer|pastor|teacher|chief|commander|spokesman|spokeswoman|spokesperson|"
    r"governor|minister|activist|senator|lawmaker|bishop|chairman|coach|captain|striker|midfielder|defender|goalkeeper|mayor)"
    r"|\b(?:Dr|Mrs?|Ms)\.)\s+$"
)
_HONORIFIC_BEFORE = rx(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+$|\b(?:Sgt|Det|Lt|Capt|Sergeant|Detective|Officer)\.?\s+[A-Z][a-z]+\s+$")
# One capitalised surname and then a verb, a comma or a possessive: "Tuesday Weld starred" (not
# "Tuesday Senate Republicans blocked").
# Before a character's name: "She played Wednesday Addams".
_ROLE_BEFORE = rx(r"\b(?:to\s+play|played|starred\s+as|character|role\s+of)\s+$")
# "told the governor Monday Democrats would …": a group after the day, no surname.
_PLURAL_GROUP_AFTER = rx(
    r"\s+(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Tories|Americans|Britons|Ukrainians|Russians|"
    r"Israelis|Palestinians|Europeans|Catholics|Muslims|Christians|Londoners|New\s+Yorkers|Californians|Canadians|Mexicans|Texans|"
    r"Floridians|Australians|Germans|Italians|Indians|Iranians|Syrians)\b"
)
# "Council 1492 of the Knights of Columbus", "the Security Council's 1267 committee".
_COUNCIL_NUMBER_BEFORE = rx(r"\bCouncil\s+$")
_COUNCIL_POSSESSIVE_BEFORE = rx(r"(?:\bCouncil|\bU\.N\.|\bUN)['’]s\s+$")
_COMMITTEE_AFTER = rx(r"\s+(?:[a-z]+\s+)?(?i:committee)\b")
_ONE_SURNAME_AFTER = rx(r"\s+[A-Z][a-z]+(?:\s+[a-z]|,\s|['’]s\s|\.(?:\s|$))")
# "Post 1776 of the American Legion", "Chapter 2011 of the Daughters", "lot 1999 of the sale".
_LABEL_OF_THE = rx(r"(?:\b(?:Post|Chapter|Local|Lodge|Troop|Unit|Lot|lot)\s+)$")
_OF_THE_AFTER = rx(r"\s+of\s+the\b")
# "The auction of lot 1999 drew bids".
_LOT_OF_A_SALE_BEFORE = rx(r"(?i:\b(?:auction|sale)\s+of\s+lot\s+$)")
# "the 2000 block of Elm Street": a police report's stretch of a street.
_BLOCK_AFTER = rx(r"\s+block\s+of\b")
_ADDRESS_ENDS = rx(r"\s*(?:[.,;:)]|$|\s+(?:in|near|and|on|at|to|for|after|where|with|from|following)\b)")
_PLACE_PREPOSITION_BEFORE = rx(r"\b(?:near|at|outside|opposite|behind|beside)\s+$")
_NOT_A_HOUSE_NUMBER_BEFORE = rx(
    r"\b(?:in|since|by|until|from|after|before|of|during|throughout|the|a|an|its|their|his|her)\s+$"
)


_MORE_THAN_BEFORE = rx(r"(?i:\b(?:more|fewer|less)\s+than\s+$)")
_PLURAL_NOUN_AFTER = rx(r"\s+(?!(?:levels|figures|totals|rates|prices|numbers|lows|highs)\b)[a-z]{3,}s\b")


def year_ok(m: re.Match, text: str) -> bool:
    y = m.group("y")
    if _quoted_alone(m, text) and _WORK_BEFORE_A_QUOTE.search(text, max(0, m.start() - 40), m.start() - 1):
        return False  # Orwell's "1984", the musical "1776": a title (not 'he replied "2027".', 'the slogan was "2028"')
    if y == "1922" and text.startswith(" Committee", m.end()):
        return False  # "the 1922 Committee" of Conservative backbenchers: a name
    if y[0] in "’'":
        return bool(m.group("fiscal") or m.group("modword")) or bool(
            re.search(r"(?i:\b(?:in|since|of|until|by|from|the|class|to|through|before)\s+)$", text[max(0, m.start() - 8): m.start()])
        )
    nxt = _COUNT_AFTER.match(text[m.end(): m.end() + 30])
    if nxt and (nxt.group(1) in lx.COUNT_NOUN_HINTS) and not (
            nxt.group(1) in _VERBS_OF_A_TOLL and (_WHEN_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                                 or _OF_A_HAPPENING_BEFORE.search(text, max(0, m.start() - 40), m.start()))):
        return False  # "2000 killed" (not "Flooding in 2010 killed 1,700 people")
    if _A_CLUBS_LETTERS_BEFORE.search(text, max(0, m.start() - 5), m.start()) and _CAPITALISED_NEXT.match(text, m.end()):
        return False  # "TSG 1899 Hoffenheim", "TSV 1860 Munich": a club's name
    if _A_FORM_AFTER.match(text, m.end()):
        return False  # "the 1099 form": a form's number
    if _MEASURE_AFTER_A_HYPHEN.match(text, m.end()):
        return False  # "the 1000-tonne tunnel boring machine", "a 2000-seat arena": a measure
    if _PHONE_GOES_ON.match(text, m.end()) and not _WHEN_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # "call 1800 679 737", "0800 123 4567": a telephone number
    if (_OF_A_WHOLE_AFTER.match(text, m.end()) and not _WHEN_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and not _OF_A_HAPPENING_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        return False  # "Germany promised 1500 of its own", "2000 of them": a count
    if _MORE_THAN_BEFORE.search(text, max(0, m.start() - 14), m.start()) and _PLURAL_NOUN_AFTER.match(text, m.end()):
        return False  # "more than 2000 documents": a count
    counted = _COUNTED_AFTER_AN_ADJECTIVE.match(text, m.end())
    if (counted and counted.group(1) in lx.COUNT_NOUN_HINTS | _MORE_COUNT_NOUNS
            and (not _YEAR_WORD_BEFORE.search(text, max(0, m.start() - 9), m.start())
                 or int(y) % 100 == 0 and _COUNT_WORD_BEFORE.search(text, max(0, m.start() - 9), m.start()))):
        return False  # "said 2000 new teachers had been hired" (not "After 2008 more students", "In 2019 and 2020 more doctors")
    if _THE_NAME_THEN_VERB.match(text, m.end()) and text.endswith("The ", 0, m.start()) and sentence_bounds(text, m.start())[0] == m.start() - 4:
        return False  # "The 1975 will headline Reading": a band (a year takes no article as a subject)
    if nxt and nxt.group(1) in lx.EQUIPMENT_NOUNS and _MODEL_NAME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False  # "Mirage 2000 jets": a model's number (not "In 2024 drones hit…")
    before = text[max(0, m.start() - 20): m.start()].lower()
    street = _STREET_AFTER.match(text, m.end())
    if street and (
        _PLACE_PREPOSITION_BEFORE.search(before)
        or (_ADDRESS_ENDS.match(text, street.end()) and not _NOT_A_HOUSE_NUMBER_BEFORE.search(before))
    ):
        return False  # "near 1600 Pennsylvania Avenue." (not "the 2008 Wall Street crash")
    if (_NUMBER_LABEL_BEFORE.search(before) or _LODGE_BEFORE.search(text, max(0, m.start() - 20), m.start())
            or _BLOCK_AFTER.match(text, m.end())
            or (_LABEL_OF_THE.search(text, max(0, m.start() - 10), m.start()) and _OF_THE_AFTER.match(text, m.end()))
            or _WORK_BEFORE.search(text, max(0, m.start() - 14), m.start())
            or _PRODUCT_BEFORE.search(text, max(0, m.start() - 10), m.start())
            or _COUNCIL_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or (_COUNCIL_POSSESSIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _COMMITTEE_AFTER.match(text, m.end()))
            or _WORK_AFTER_A_YEAR.match(text, m.end())
            or _LOT_OF_A_SALE_BEFORE.search(text, max(0, m.start() - 20), m.start())):
        return False
    return 1000 <= int(y) <= 2199


# "the 2012 Olympics", "the 1996 Telecommunications Act": a year in a name, a date of its
# own but no time the story moves to.
_NAME_AFTER_THE_YEAR = rx(r"\s+[A-Z][a-z]")


def _year_written(m: re.Match, ctx: Context) -> int:
    """The year of the match's "y" group, "2019" or "'69" (see two_digit_year)."""
    y = m.group("y")
    if y[0] not in "’'":
        return int(y)
    year = two_digit_year(int(y[1:]), ctx.anchor)
    if (year > ctx.anchor.year and ctx.tense(m.start(), m.end()) == PAST
            and (_PAST_EVENT_OF_BEFORE.search(ctx.text, max(0, m.start("y") - 16), m.start("y"))
                 or ctx.past_verb_governs(m.start("y"), 2))):
        # "The crash of '29 wiped out savings", "born in '31", "won the title in '32" (but "the
        # class of '29", "awarded the '28 Games", "thinking about a run in '28")
        year -= 100
    return year


# Happenings named by their year, told of the past: "the crash of '29", "the blizzard of '78".
_PAST_EVENT_OF_BEFORE = rx(
    r"(?i:\b(?:crash|blizzard|flood|floods|storm|hurricane|fire|riots?|panic|strike|earthquake|quake|drought|heatwave|war)\s+of\s+$)"
)


def year_value(m: re.Match, ctx: Context) -> Resolved:
    y = m.group("y")
    s, mod = with_mod(m, cal.year(_year_written(m, ctx)))
    r = date_result(s, "fiscal-year" if m.group("fiscal") else "year", mod=mod)
    if _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) and _NAME_AFTER_THE_YEAR.match(ctx.text, m.end()):
        r.sets_reference = False
    return r


_SPOKEN = {w: n for w, n in lx.NUMBER_WORDS.items() if " " not in w and w not in ("a", "an", "hundred", "dozen")}


def spoken_year(m: re.Match, ctx: Context) -> Resolved | None:
    named = m.group("mon") or m.group("season")
    if m.group("y2000"):
        if not named and not m.group("y2000").lower().startswith("the"):
            return None  # "two thousand" alone is more often a count
        year = 2000
    else:
        c = _SPOKEN[m.group("c").lower()]
        year = c * 100 + _SPOKEN[m.group("t").lower()] + (_SPOKEN[m.group("u").lower()] if m.group("u") else 0)
        if c == 20 and year > ctx.anchor.year + 20:
            return None  # "twenty ninety" is no year a news story names
    if m.group("mon"):
        # "January nineteen ninety-seven": the month of that year.
        return date_result(cal.month(year, month_number(m.group("mon"))), "spoken-month-year")
    if m.group("season"):
        s = cal.season(year, lx.SEASONS[m.group("season").lower()])
        return date_result(s, "spoken-season-year")
    return date_result(cal.year(year), "spoken-year")


def compared_quarter(ctx: Context) -> cal.Stretch | None:
    """The quarter a year-ago comparison refers to: the reported quarter, else the last named."""
    return ctx.reported_quarter or ctx.last.get("quarter")


def year_ago_period(m: re.Match, ctx: Context) -> Resolved:
    """"the corresponding period last year": the quarter under report, a year back; with no
    quarter in the story, the year before the anchor's."""
    q = compared_quarter(ctx)
    if q is not None:
        s = cal.shift(q, -1, "Y")
        return Resolved(DATE, s.value, s, None, RESOLVED_DISCOURSE, q.value, "year-ago-period", sets_reference=False)
    s = cal.year(ctx.anchor.year - 1)
    start = m.start("when") if m.group("when") else None
    r = date_result(s, "year-ago-period", ctx, RESOLVED_ANCHOR)
    r.start, r.sets_reference = start, False
    return r


def year_period(m: re.Match, ctx: Context) -> Resolved:
    """"the 1988 period": the quarter under discussion, in 1988 (financial results compare a
    quarter with the same quarter a year before); the year itself when no quarter is."""
    year = int(m.group("y"))
    q = compared_quarter(ctx)
    if q is not None:
        s = cal.quarter(year, q.index)
        return Resolved(DATE, s.value, s, None, RESOLVED_DISCOURSE, q.value, "year-period", sets_reference=False)
    return date_result(cal.year(year), "year-period")


def fiscal_short(m: re.Match, ctx: Context) -> Resolved:
    y = m.group("y").lstrip("’'")
    return date_result(cal.year(two_digit_year(int(y), ctx.anchor)), "fiscal-year")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


# After a capitalised decade's word, the rest of a name: "the Forties Pipeline System", "the
# Fifties Diner" (not "the Sixties, when …", "in the Thirties Hitler rose").
_NAME_GOES_ON_AFTER_A_DECADE = rx(
    r"\s+(?:Pipeline|Field|Fields|System|Club|Diner|Band|Bar|Cafe|Café|Hotel|Road|Street|Festival|Show|Channel|Radio)\b"
)


_IN_THE_BEFORE = rx(r"(?i:\b(?:in|during|by|since|through|until)\s+the\s$)")


def decade(m: re.Match, ctx: Context) -> Resolved | None:
    gd = m.groupdict()
    if (gd.get("w") and gd["w"][0].isupper() and _NAME_GOES_ON_AFTER_A_DECADE.match(ctx.text, m.end())
            and not _IN_THE_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start() + 4)):
        return None
    if gd.get("c"):
        first = int(gd["c"]) * 100 + int(gd["d"]) * 10
        against = RESOLVED_ABSOLUTE
    else:
        d = int(gd["d2"]) if gd.get("d2") else _DECADE_WORDS[gd["w"].lower()]
        century = ctx.anchor.year // 100 * 100
        first = century + d * 10
        if first > ctx.anchor.year:  # "the '90s" said in 2025 is the 1990s
            first -= 100
        against = RESOLVED_ANCHOR
    s, mod = with_mod(m, cal.decade(first))
    return date_result(s, "decade", ctx, against, mod)


_CENTURY_WORDS = {"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def century(m: re.Match, ctx: Context) -> Resolved | None:
    if ctx.text.startswith(" Fox", m.end()):
        return None  # the studio Twentieth Century Fox
    n = int(m.group("n")) if m.group("n") else _CENTURY_WORDS[m.group("w").lower()]
    s, mod = with_mod(m, cal.century((n - 1) * 100))
    return date_result(s, "century", mod=mod)


_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def _year_from_rel(rel: str, ctx: Context, m: re.Match | None = None) -> int:
    """The year of "the second half of the year", "the third quarter of last year"."""
    rel = rel.lower()
    if rel == "last":
        return ctx.anchor.year - 1
    if rel == "next":
        return ctx.anchor.year + 1
    if (rel == "the" and ctx.ref is not None and not ctx.ref_opens_stretch
            and not (m is not None and ctx.ref.year < ctx.anchor.year and ctx.tense(m.start(), m.end()) == FUTURE
                     and _ahead_of_now(ctx, m))):
        # The year under discussion (not after "the biggest gains since 2022", a stretch up to
        # now; nor a year gone by when the sentence looks ahead: "visited on Feb. 6, 2024. He
        # is expected to return in the second half of the year").
        return ctx.ref.year
    return ctx.anchor.year


_QUARTER_ENDED = rx(
    r"\s+(?:ended|ending|that\s+ended)\s+(?:on\s+)?(?P<mon>[A-Z][a-z]{2,8}\.?)\s+(?P<d>[0-9]{1,2})\b(?:,?\s+(?P<y>[12][0-9]{3})\b)?"
)


def quarter_end_date(ctx: Context, end: int) -> datetime.date | None:
    """The date in "the quarter ended Sept. 30" (after the quarter phrase ending at ``end``):
    a reported quarter has ended, so without a year it is the latest such date by the anchor."""
    m = _QUARTER_ENDED.match(ctx.text, end)
    if not m:
        return None
    try:
        mon = month_number(m.group("mon"))
        dom = int(m.group("d"))
        if m.group("y"):
            return datetime.date(int(m.group("y")), mon, dom)
        a = ctx.anchor
        if m.group(0).lstrip().lower().startswith("ending"):
            return datetime.date(_nearest_occurrence(a, mon, dom), mon, dom)
        d = datetime.date(a.year, mon, dom)
        return d if d <= a else datetime.date(a.year - 1, mon, dom)
    except (KeyError, ValueError):
        return None


def quarter_ending_on(d: datetime.date) -> cal.Stretch:
    """The calendar quarter a three-month period ending on ``d`` mostly falls in: the quarter
    ended July 31 (May to July) is the second."""
    mid = cal.add_days(d, -45)
    return cal.quarter(mid.year, (mid.month - 1) // 3 + 1)


# A phrase ending in a hyphenated length or quarter that a word follows: "the two-week strike",
# "the third-quarter results". The hyphenated compound is an adjective there, and the article
# before it goes with the noun after it.
_HYPHENATED_END = rx(r"[A-Za-z0-9]-[A-Za-z]+$")
_WORD_AFTER = rx(r"\s+[\w$]")


def _is_prenominal(m: re.Match, text: str) -> bool:
    return bool(_HYPHENATED_END.search(m.group(0))) and bool(_WORD_AFTER.match(text, m.end()))


def edge_day(m: re.Match, ctx: Context) -> Resolved | None:
    """"the last day of 2024", "the first day of March", "the final day of the year": the
    first or last day of that year or month. Without a year, the day is placed as any day
    named without one is: by the tense, or in the year the sentence opens with."""
    first = m.group("which").lower() == "first"

    def edge(stretch: cal.Stretch) -> datetime.date:
        return stretch.first if first else stretch.last

    if m.group("y2"):
        return date_result(cal.day(edge(cal.year(int(m.group("y2"))))), "edge-day-year")
    if m.group("y"):
        return date_result(cal.day(edge(cal.month(int(m.group("y")), month_number(m.group("mon"))))), "edge-day-month-year")
    unit = (m.group("unit") or "").lower()
    held = _held_by_sentence_date(ctx, m.start())
    if held is not None and held.granularity == "year" and unit != "month":
        stretch = cal.year(held.year) if unit else cal.month(held.year, month_number(m.group("mon")))
        return date_result(cal.day(edge(stretch)), "edge-day-in-that-year", ctx, RESOLVED_DISCOURSE, reference=held.value)
    if unit == "year" and ctx.ref is not None and ctx.ref.granularity == "year":
        # "Kennedy was killed in 1963. On the last day of the year, ...": the year just named.
        return date_result(cal.day(edge(ctx.ref)), "edge-day-of-that-year", ctx, RESOLVED_DISCOURSE, reference=ctx.ref.value)
    if unit:
        t = ctx.tense(m.start(), m.end())
        if t not in (PAST, FUTURE):
            return None  # "Rent is due on the first day of the month": any month's
        a = ctx.anchor
        if unit == "year":
            days = [edge(cal.year(y)) for y in (a.year - 1, a.year, a.year + 1) if cal.MIN_YEAR <= y <= cal.MAX_YEAR]
        else:
            months = [cal.shift(cal.month(a.year, a.month), k, "M") for k in (-1, 0, 1)]
            days = [edge(mo) for mo in months]
        # Told in the past, the last such day up to the publication; ahead, the next one.
        d = max((d for d in days if d <= a), default=None) if t == PAST else min((d for d in days if d >= a), default=None)
        if d is None:
            return None
        return date_result(cal.day(d), f"edge-day-of-the-{unit}-{'past' if t == PAST else 'future'}", ctx, RESOLVED_ANCHOR)
    mon = month_number(m.group("mon"))
    year, how = _nearest_year(ctx, m, lambda y: (edge(cal.month(y, mon)),) * 2)
    return date_result(cal.day(edge(cal.month(year, mon))), f"edge-day-month-{how}", ctx, RESOLVED_ANCHOR)


def month_quarter(m: re.Match, ctx: Context) -> Resolved:
    """"the March quarter": the quarter that month closes, in the year written after it, the
    year the sentence opens with, else the year the month is read in."""
    mon = month_number(m.group("mon"))
    held = _held_by_sentence_date(ctx, m.start())
    if m.group("y"):
        return date_result(cal.quarter(int(m.group("y")), mon // 3), "month-quarter-year")
    if m.group("yrel"):
        yrel = m.group("yrel").lower()
        return date_result(cal.quarter(ctx.anchor.year + _YEAR_REL[yrel], mon // 3), f"month-quarter-{yrel}-year",
                           ctx, RESOLVED_ANCHOR)
    if held is not None and held.granularity in ("year", "half"):
        return date_result(cal.quarter(held.year, mon // 3), "month-quarter-in-that-year", ctx, RESOLVED_DISCOURSE,
                           reference=held.value)
    year, how = _year_for_month(ctx, m, mon)
    return date_result(cal.quarter(year, mon // 3), f"month-quarter-{how}", ctx, RESOLVED_ANCHOR)


_CENTURY_AFTER = rx(r"[\s-]+centur(?:y|ies)\b", re.I)


_YEAR_IN_THE_QUARTER = rx(r"[0-9]{4}|\b(?:year|fiscal)\b")
_A_YEAR_OF_THE_QUARTER = rx(r"(?i:\s+(?:of\s+)?(?:\d{4}|last\s+year|this\s+year|next\s+year)\b)")
# Words of a game played in quarters.
_GAME_WORDS = rx(
    r"(?i:\b(?:scored|scoring|points|touchdowns?|quarterback|rebounds?|assists?|buzzer|field\s+goals?|"
    r"free\s+throws?|three-pointers?|led\s+by\s+\d+|trailed|tied\s+\d+-\d+|(?:in|to|into|force[sd]?)\s+overtime|NFL|NBA|WNBA|basketball|"
    r"(?:led|leading|trailing|trailed)\s+\d+-\d+)\b)"
)
# A race's words, beside a bare "Q3": a qualifying session's (not "a victory lap in Q3").
_RACE_WORDS = rx(r"(?i:\b(?:(?:fastest|final|opening|[0-9]+)\s+laps?|lap\s+of|in\s+qualifying|pole\s+position|FP[123]|grid)\b)")
_A_BARE_Q = rx(r"Q[1-4]")
# Points that are no game's: an index's, a poll's, a loyalty scheme's.
_STRONG_GAME_WORDS = rx(
    r"(?i:\b(?:touchdowns?|quarterback|rebounds?|assists?|buzzer|field\s+goals?|free\s+throws?|three-pointers?|NFL|NBA|WNBA|"
    r"basketball|scored\s+\d+\s+points)\b)"
)
_POINTS_OF_NO_GAME = rx(r"(?i:\b(?:Dow|FTSE|Nasdaq|S&P|Nikkei|DAX|index|poll|rating|loyalty|approval)\b)")


def _a_business_word_but_quarters(text: str, lo: int, hi: int) -> bool:
    """Whether a word of business stands in text[lo:hi], another quarter aside ("led 14-10 at
    the end of the first quarter, but collapsed in the fourth quarter")."""
    return any(not (w.group().lower().startswith("quarter") and _AN_ORDINAL_BEFORE.search(text, max(0, w.start() - 8), w.start()))
               for w in _BUSINESS_WORDS.finditer(text, lo, hi))


_AN_ORDINAL_BEFORE = rx(r"(?i:\b(?:first|second|third|fourth)\s+$)")


def quarter(m: re.Match, ctx: Context) -> Resolved | None:
    if _CENTURY_AFTER.match(ctx.text, m.end()):
        return None  # "the previous quarter century": 25 years, no quarter of a year
    s0, s1 = ctx.sentence_bounds(m.start())
    if (_A_BARE_Q.fullmatch(m.group(0)) and _RACE_WORDS.search(ctx.text, s0, s1)
            and not _a_business_word_but_quarters(ctx.text, s0, s1)):
        return None  # "Verstappen topped Q3 with a lap of 1:29.708": a qualifying session
    if (_GAME_WORDS.search(ctx.text, s0, s1) and not _A_YEAR_OF_THE_QUARTER.match(ctx.text, m.end())
            and not _YEAR_IN_THE_QUARTER.search(m.group(0))
            and not (_POINTS_OF_NO_GAME.search(ctx.text, s0, s1) and not _STRONG_GAME_WORDS.search(ctx.text, s0, s1))
            and not _a_business_word_but_quarters(ctx.text, s0, m.start())
            and not _a_business_word_but_quarters(ctx.text, m.end(), s1)):
        return None  # "He scored 12 points in the first quarter": a quarter of a game
    r = _quarter(m, ctx)
    if m.group("the") and r.start is None and not m.group("modword") and _is_prenominal(m, ctx.text):
        # "the third-quarter results", "the fiscal second-quarter loss": the quarter is an
        # adjective there, the article goes with the noun.
        after = m.string[m.end("the"):m.end()]
        r.start = m.end("the") + len(after) - len(after.lstrip())
    return r


# The first weeks of a quarter, when "the end of the quarter" is often the one just ended.
_RESULTS_SEASON_DAYS = 30
_PART_OF_BEFORE = rx(r"(?i:\b(?:end|rest|remainder|close|balance)\s+of\s+$)")
# Before a quarter in which something is to happen, and after one that is itself spoken of.
_TO_HAPPEN_IN_BEFORE = rx(
    r"(?i:(?<!than )\b(?:in|by|during|until|before|throughout)\s+$"
    r"|\b(?:continue|last|remain|stay|persist)s?\s+(?:\w+\s+){0,2}?through\s+$)"
)
_OF_THE_QUARTER_AFTER = rx(r"['’]s\b|\s+(?:results|earnings|profits?|loss(?:es)?|sales|levels?|figures|record)\b", re.I)
# Companies report a quarter's results within this many days of its end.
_RESULTS_REPORTED_WITHIN = 100
# What a quarter that has ended reports: "fourth-quarter results", "third-quarter net profit".
_RESULTS_AFTER = rx(
    r"(?i:\s+(?:(?:net|operating|pre-?tax|core|adjusted|record)\s+)?(?:results|earnings|profits?|loss(?:es)?|"
    r"revenues?|sales|income|figures|numbers|deliveries|shipments)\b)"
)
# The verbs that make them public: "will report fourth-quarter results", "posted its".
_REPORTING_RESULTS_BEFORE = rx(
    r"(?i:\b(?:report|reports|reported|reporting|post|posts|posted|posting|announce|announces|announced|announcing|"
    r"release|releases|released|releasing|publish|publishes|published|unveil|unveils|unveiled|estimated|"
    r"estimates)\s+(?:(?:its|their|his|her|the)\s+)?(?:(?:preliminary|quarterly|full|final|latest)\s+)?$)"
)


def _results_just_ended(ctx: Context, m: re.Match, quarter: cal.Stretch) -> bool:
    """Whether the quarter named at ``m`` is ``quarter``, whose results are being made public:
    "will report fourth-quarter results" told in January (not "projects fourth-quarter GDP
    growth", nor "expects fourth-quarter revenue of $2 billion" told in August)."""
    results = _RESULTS_AFTER.match(ctx.text, m.end())
    return bool(results
                and (_REPORTING_RESULTS_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
                     or _REPORT_NOUN_AFTER.match(ctx.text, results.end()))
                and 0 <= (ctx.anchor - quarter.last).days <= _RESULTS_REPORTED_WITHIN)


# "ahead of its fourth-quarter earnings report on Jan. 28": the report itself.
_REPORT_NOUN_AFTER = rx(r"(?i:\s+(?:report|release|call|announcement|statement|date)\b)")


def _quarter(m: re.Match, ctx: Context) -> Resolved:
    gd = m.groupdict()
    a = ctx.anchor
    current = cal.stretch_of(a, "Q")
    if gd.get("qq"):
        q = int(gd["qq"][1])
        word = ""
    else:
        word = gd["q"].lower()
        q = _Q_ORD.get(word, 0)
    y = gd.get("y") or gd.get("y0") or gd.get("y2")
    if gd.get("rel0"):
        # "next year's first quarter"
        s, mod = with_mod(m, cal.quarter(_year_from_rel(gd["rel0"], ctx, m), q or current.index))
        return date_result(s, "quarter-of-year", ctx, RESOLVED_ANCHOR, mod)
    if gd.get("ago") and q:
        # "the year-ago third quarter": that quarter, a year before the one under discussion.
        base = ctx.last.get("quarter")
        year = (base.year if base is not None else a.year) - 1
        return Resolved(DATE, cal.quarter(year, q).value, cal.quarter(year, q), None, RESOLVED_ANCHOR,
                        ctx.anchor_value, "quarter-year-ago", sets_reference=False)
    told = ctx.ref
    if told is not None and told.granularity == "day" and ctx.ref_before_saying is not None:
        told = ctx.ref_before_saying  # "grew in the fourth quarter, the office said on Thursday, after …"
    if word == "previous" and told is not None and told.granularity == "quarter" and ctx.ref_end >= ctx.sentence_bounds(m.start())[0]:
        # "contracted in the fourth quarter, following a fall in the previous quarter": the one
        # before the quarter its sentence named.
        s = cal.shift(told, -1, "Q")
        return Resolved(DATE, s.value, s, None, RESOLVED_DISCOURSE, told.value, "quarter-previous")
    if word in ("latest", "last", "previous"):
        # "the latest quarter": the last one completed before the anchor.
        s = cal.shift(current, -1, "Q")
        return date_result(s, "quarter-latest", ctx, RESOLVED_ANCHOR)
    if word == "current":
        return date_result(current, "quarter-current", ctx, RESOLVED_ANCHOR)
    if y:
        s, mod = with_mod(m, cal.quarter(int(y), q))
        return date_result(s, "quarter-year", mod=mod)
    if gd.get("rel"):
        s, mod = with_mod(m, cal.quarter(_year_from_rel(gd["rel"], ctx, m), q))
        return date_result(s, "quarter-of-year", ctx, RESOLVED_ANCHOR, mod)
    held = _held_by_sentence_date(ctx, m.start())
    if held is not None and held.granularity in ("year", "half") and q:
        # "In the first half of 2023, profits rose, and they fell in Q3": the quarter of the
        # year its sentence opens with.
        s, mod = with_mod(m, cal.quarter(held.year, q))
        return date_result(s, "quarter-in-that-year", ctx, RESOLVED_DISCOURSE, mod, reference=held.value)
    ended = quarter_end_date(ctx, m.end())
    if ended is not None:
        # "its fourth quarter ended Sept. 30": a fiscal quarter, named in the year it ended.
        s, mod = with_mod(m, cal.quarter(ended.year, q))
        return date_result(s, "quarter-ended", ctx, RESOLVED_ANCHOR, mod)
    year = a.year
    t = ctx.tense(m.start(), m.end())
    s = cal.quarter(year, q)
    if (t == FUTURE and (a - s.last).days > _RESULTS_REPORTED_WITHIN
            and _TO_HAPPEN_IN_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
            and not _OF_THE_QUARTER_AFTER.match(ctx.text, m.end())):
        # "will be completed by the end of the first quarter" told in December: a time
        # something is to happen in (not "will restate its first-quarter results", "sales
        # will fall short of the first quarter's record", "expects to report third-quarter
        # results" told in November).
        s = cal.quarter(year + 1, q)
    elif s.first > a and (t == PAST or _results_just_ended(ctx, m, cal.quarter(year - 1, q))) and not (
            _A_FORECAST_AFTER.match(ctx.text, m.end()) and not _OUTTURN_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
            and not _JUDGED_LATER.search(ctx.text, m.end(), _clause_end(ctx.text, m.end(), ctx.sentence_bounds(m.start())[1]))):
        # "profit rose in the fourth quarter"; "will report fourth-quarter results" told in
        # January: the results of a quarter just ended (not "expects fourth-quarter revenue
        # of $2 billion" told in August).
        s = cal.quarter(year - 1, q)
    s, mod = with_mod(m, s)
    return date_result(s, "quarter-anchor-year", ctx, RESOLVED_ANCHOR, mod)


# "cut its fourth-quarter price forecast": a quarter still to come (not "fell short of the
# company's fourth-quarter forecast", an outcome in, nor guidance that "proved too rosy").
_A_FORECAST_AFTER = rx(r"\s+(?:[a-z]+\s+)?(?:forecasts?|outlook|guidance|projections?)\b")
_OUTTURN_BEFORE = rx(
    r"(?i:\b(?:beat|beats|beating|missed|misses|topped|tops|exceeded|exceeds|matched|than|short\s+of|below|above|"
    r"in\s+line\s+with)\s+(?:[\w’'-]+\s+){0,3}$)"
)
_JUDGED_LATER = rx(r"(?i:\b(?:proved|had\s+been|turned\s+out|was\s+too|were\s+too)\b)")
_CLAUSE_BREAK_AFTER = rx(r",|\bwhich\b")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause from ``start`` ends: at a comma or "which", else at ``end``."""
    b = _CLAUSE_BREAK_AFTER.search(text, start, end)
    return b.start() if b else end


def half(m: re.Match, ctx: Context) -> Resolved:
    # "the last half of 1989" is its second half; "the first two quarters of 1990" its first.
    gd = m.groupdict()
    if gd.get("hh"):
        return date_result(cal.half(int(m.group("y3")), int(m.group("hh")[1])), "half-year")
    if gd.get("ha"):
        # "first-half profit": the anchor year's, or the year before's when a past-tense
        # sentence would otherwise put it ahead (as for "fourth-quarter profit").
        h = 1 if m.group("ha").lower() == "first" else 2
        s = cal.half(ctx.anchor.year, h)
        t = ctx.tense(m.start(), m.end())
        if (s.first > ctx.anchor and t != FUTURE) or (t == PAST and s.last >= ctx.anchor):
            s = cal.half(ctx.anchor.year - 1, h)
        return date_result(s, "half-anchor-year", ctx, RESOLVED_ANCHOR)
    h = 1 if (m.group("h") or m.group("hq")).lower() in ("first", "1st") else 2
    year = int(m.group("y")) if m.group("y") else _year_from_rel(m.group("rel"), ctx, m)
    s, mod = with_mod(m, cal.half(year, h))
    return date_result(s, "half-year", ctx, RESOLVED_ANCHOR if not m.group("y") else RESOLVED_ABSOLUTE, mod)


# A bare half is a half of the year only in copy about money or the economy, and never in a
# report of a match ("scored in the second half").
_BUSINESS_WORDS = rx(
    r"(?i:\b(?:profits?|sales|revenues?|earnings|results|growth|econom(?:y|ic|ies)|GDP|output|demand|inflation|rates?|"
    r"prices|shipments|orders|deliveries|margins?|loss(?:es)?|income|dividends?|deficit|surplus|exports|imports|"
    r"production|investment|spending|forecasts?|guidance|outlook|fiscal|quarters?|recovery|recession|bookings|"
    r"volumes?|turnover|EBITDA|operating|buybacks?|bought\s+back|launch|rollout)\b|%|\bper\s?cent\b)"
)
# Not a half of a match, of a trading session or of a debate.
_MATCH_WORDS = rx(
    r"(?i:\b(?:match|game|games|goals?|scored|scoring|score|minutes?|half-?time|kick(?:ed|off)?|penalty|penalties|"
    r"touchdowns?|innings?|points|quarterback|striker|referee|whistle|pitch|court|coach|players?|"
    r"team|league|season|concert|film|movie|book|novel|show|episode|race|lap|set|shot|shots|shooting|possession|"
    r"outscored|passing|stocks|Dow|Nasdaq|S&P|session|pared|intraday|debate|answers|questions|speech|interview)\b)"
)
# A forecast for a half is of a half to come, whatever the tense of its telling.
_FORECAST_FOR_BEFORE = rx(
    r"(?i:\b(?:forecasts?|outlook|guidance|projections?|targets?)\s+for\s+(?:[a-z-]+\s+)?$)"
)
# "H1 sales", "growth in H2." (not "H2 Green Steel", "Green H2 production", "the H1 visa program").
_HALF_SHORT_NOUN_AFTER = rx(
    r"\s+(?:(?:net|pretax|operating|core)\s+)?(?:profits?|sales|revenues?|earnings|results|growth|net|loss(?:es)?|guidance|outlook|"
    r"margins?|EBITDA|figures|performance|numbers|deliveries|shipments|GDP|output|demand)\b"
)
_HALF_SHORT_PREPOSITION_BEFORE = rx(r"\b(?:in|for|during|through|of|and|into|by)\s+$")


# A modal right after the subject a date closes: "sales in the second half would exceed".
_MODAL_AFTER_SUBJECT = rx(r"\s+(?:(?:would|will|could|should)(?!\s+have\b)|(?:is|are)\s+(?:expected|likely|set)\s+to)\b")


def half_bare_ok(m: re.Match, text: str) -> bool:
    s0, s1 = sentence_bounds(text, m.start())
    if m.group("hs") and not (_HALF_SHORT_NOUN_AFTER.match(text, m.end())
                              or _HALF_SHORT_PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start())):
        return False
    return bool(_BUSINESS_WORDS.search(text, s0, s1)) and not _MATCH_WORDS.search(text, s0, s1)



# What was put off to a half of the year, its object between: "pushed back the launch of a
# cheaper model to the second half".
_PUT_OFF_TO_BEFORE = rx(
    r"(?i:\b(?:postponed|delayed|deferred|pushed\s+back|put\s+off|moved|rescheduled)(?:\s+[\w’'-]+){0,7}?\s+(?:to|until|till)\s+$)"
)


def half_bare(m: re.Match, ctx: Context) -> Resolved:
    """"growth will pick up in the second half", "H1 sales fell": a half of the year the
    sentence is about: the year it opens with or names before the half, else, by tense,
    the anchor's year or the one before."""
    h = int((m.group("hs") or "H" + m.group("hb"))[1]) if m.group("hs") else (1 if m.group("hb").lower() in ("first", "1st") else 2)
    s0 = ctx.sentence_bounds(m.start())[0]
    held = _held_by_sentence_date(ctx, m.start())
    if held is None and ctx.ref is not None and ctx.ref.granularity == "year" and ctx.ref_start >= s0:
        held = ctx.ref  # "Sales in 2023 rose 5%, mostly in the second half"
    if held is not None and held.granularity in ("year", "half", "quarter"):
        s = cal.half(held.year, h)
        return date_result(s, "half-in-that-year", ctx, RESOLVED_DISCOURSE, reference=held.value)
    a = ctx.anchor
    s = cal.half(a.year, h)
    t = ctx.tense(m.start(), m.end())
    put_off = _PUT_OFF_TO_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start()) is not None
    if (_MODAL_AFTER_SUBJECT.match(ctx.text, m.end()) or _FORECAST_FOR_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
            or put_off):
        # "said sales in the second half would exceed those of the first", "cut its growth
        # forecast for the second half", "pushed back the launch of a cheaper model to the
        # second half"
        t = FUTURE
    if put_off and s.last < a:
        s = cal.half(a.year + 1, h)  # "pushed back the launch to the first half", told in September
    elif t == PAST and s.last >= a:
        s = cal.half(a.year - 1, h)  # "sales rose in the second half" told in March
    elif t != FUTURE and s.first > a:
        s = cal.half(a.year - 1, h)  # "second-half sales" reported in February
    return date_result(s, "half-anchor-year", ctx, RESOLVED_ANCHOR)


_HURT_BEFORE = rx(
    r"(?i:(?:\b(?:die[sd]?|dead|death|killed|injured|injur(?:y|ies)|hurt|wounded|hospitali[sz]ed)"
    r"(?:\s+(?!(?:rate|rates|toll|climbed|rose|fell|opens?|begins?|starts?|is|was|will)\b)[\w’'-]+){0,3}?"
    r"|\b(?:broke|breaks|fractur\w*|suffers?|suffered)\s+(?:(?:his|her|their|a|an|serious|severe|multiple|several|head|right|left|hairline)\s+)*"
    r"(?:hip|leg|arm|neck|back|skull|wrist|ankle|pelvis|ribs?|jaw|spine|collarbone|shoulder|knee|elbow|nose|concussion|fracture|"
    r"injur(?:y|ies)))\s+(?:in|during|after)\s+(?:a\s+)?$)"
)
# After a bare "spring" or "fall", what shows it stands alone as the season.
_SEASON_ALONE_AFTER = rx(r"\s*(?:[,.;:)]|$)|\s+(?:and|or|when|as|after|before|with|for|to|the|a|an|this|next|last)\b")


def season_ok(m: re.Match, text: str) -> bool:
    if _that_is_a_conjunction(m, text):
        return False  # "Doctors said that fall left him with a broken hip", "found that spring floods were worsening"
    season = m.group("s")
    if (season[:1].isupper() and not season.isupper() and not m.group("y") and _CAPITALISED_NEXT.match(text, m.end())
            and sentence_bounds(text, m.start("s"))[0] != m.start("s")):
        return False  # "the Winter Palace", "the Summer Olympics": a name
    if (season[:1].isupper() and not season.isupper() and not m.group("y") and not m.group("rel")
            and _A_STATE_AFTER.match(text, m.end()) and sentence_bounds(text, m.start("s"))[0] != m.start("s")):
        return False  # "homes in Spring, Texas": a town
    if (season[:1].isupper() and m.group("y") and m.group("y")[0] in "’'" and not m.group("rel")
            and sentence_bounds(text, m.start("s"))[0] != m.start("s")):
        return False  # "closed the set with Summer of '69": a song's title (its year stays)
    word = season.lower()
    cue = m.group("rel") or m.group("y") or m.group("modword")
    if (word == "spring" and (m.group("rel") or "").lower() == "the" and _A_SPRING_AT_AFTER.match(text, m.end())
            and not _IN_OR_BY_BEFORE.search(text, max(0, m.start() - 10), m.start())):
        return False  # "the spring at Ain al-Fijeh, which supplies water": a water spring
    if (m.group("rel") or "").lower() == "the" and not m.group("y") and text[m.end(): m.end() + 4].lower() == " of ":
        return _OF_THAT_YEAR.match(text, m.end()) is not None  # "the spring of that year" (not "the fall of the regime")
    if cue:
        if word == "fall" and (m.group("rel") or "").lower() == "the" and not (m.group("y") or m.group("modword")):
            # "the fall of the regime" is not autumn; "in the fall" is.
            before = text[max(0, m.start() - 6): m.start()].lower()
            after = text[m.end(): m.end() + 4].lower()
            return bool(re.search(r"\b(?:in|by|this|last|until|since)\s*$", before)) and not after.startswith(" of")
        return True
    before = text[max(0, m.start() - 10): m.start()].lower()
    if word in ("fall", "spring"):
        # "host a summit in spring, an official said" (not "in spring training", "a fall in
        # prices", "Skier dies in fall")
        return (bool(re.search(r"\b(?:in|during|until|by|since|through)\s*$", before))
                and _SEASON_ALONE_AFTER.match(text, m.end()) is not None
                and not (word == "fall" and _HURT_BEFORE.search(text, max(0, m.start() - 30), m.start())))  # "dies in fall"
    return bool(re.search(r"\b(?:in|during|over|until|by|since|through|this|last|next|early|late)\s*$", before))


_IN_OR_BY_BEFORE = rx(r"(?i:\b(?:in|during|by|until|since|through)\s+$)")
# A town's state after it: "Spring, Texas", "Summer, Ky.", "Winter, Wis.".
_A_STATE_AFTER = rx(rf",\s+(?:{'|'.join(lx.US_STATES)})(?![\w])")
_A_SPRING_AT_AFTER = rx(
    r"\s+(?:at|near)\s+[A-Z]|,?\s+(?:that|which)\s+(?:feeds|irrigates|supplies|waters|bubbles|gushes|flows|rises)\b(?!\s+(?:from|to)\s+[A-Z])"
)
_REST_OF_BEFORE = rx(r"(?i:\b(?:rest|remainder|balance)\s+of\s+(?:the\s+)?$)")


def season(m: re.Match, ctx: Context) -> Resolved:
    code = lx.SEASONS[m.group("s").lower()]
    a = ctx.anchor
    rel = (m.group("rel") or "").lower()
    rel = _SPACE.sub(" ", rel)
    if m.group("y"):
        s, mod = with_mod(m, cal.season(_year_written(m, ctx), code))
        return date_result(s, "season-year", mod=mod)
    of_year = _OF_THAT_YEAR.match(ctx.text, m.end())
    if of_year and ctx.ref is not None:
        # "in the spring of that year": of the year under discussion.
        year = _year_of_that_year(ctx, of_year)
        s, mod = with_mod(m, cal.season(year, code))
        return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, ctx.ref.value, "season-of-that-year", end=of_year.end())
    if rel in _STORY_REL:
        told = _story_stretch(ctx, m)
        if told is not None:
            # "reached New York the following spring": of the time the story has just told.
            s, mod = with_mod(m, _of_the_story(told, lambda y: cal.season(y, code), rel))
            return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, told.value, "season-of-the-story")
        rel = _STORY_REL[rel] or "the"
    this_year = cal.season(a.year, code) if not (code == "WI" and (a.month, a.day) < (3, 21)) else cal.season(a.year - 1, code)
    if rel in ("last", "past", "this past", "last year's"):
        # The most recent such season that has ended before the anchor.
        y = a.year if cal.season(a.year, code).last < a else a.year - 1
        s, rule = cal.season(y, code), "season-last"
        if rel == "last year's":
            s = cal.season(a.year - 1, code)
    elif rel in ("next", "coming", "this coming"):
        y = a.year if cal.season(a.year, code).first > a else a.year + 1
        s, rule = cal.season(y, code), "season-next"
    elif rel in ("this", "this year's"):
        s, rule = this_year, "season-this"
    else:
        # "flights are cancelled for the rest of the winter": what is left of one to come (but
        # "missed the rest of the summer" tells of one gone by).
        t = direction(ctx, m)
        if t != PAST and _REST_OF_BEFORE.search(ctx.text, max(0, m.start() - 25), m.start()):
            t = FUTURE
        if t == FUTURE:
            s = this_year if this_year.last >= a else cal.season(this_year.year + 1, code)
        else:
            s = this_year if this_year.first <= a else cal.season(this_year.year - 1, code)
        rule = f"season-{t}"
    s, mod = with_mod(m, s)
    return date_result(s, rule, ctx, RESOLVED_ANCHOR, mod)


# --- weekdays ---------------------------------------------------------------------------------

# A work named and then described: "Wednesday, the Netflix series, …".
_TITLE_APPOSITION_AFTER = rx(
    r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:series|show|sitcom|film|movie|album|novel|song|play|musical|podcast)\b"
    r"(?=\s*[,.;)]|\s+(?:was|is|has|had|will|which|that|who|about|by|from|in|on|starring|featuring|based)\b)"
)
# Capitalised words after a weekday that make it part of a name: "Sunday Times".
_WEEKDAY_NAME_FOLLOWERS = rx(
    r"^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Mail|Independent|Sport|People|Star|"
    r"School|Service|Night\s+Football|Morning\s+Post|Observer|Business|Standard|Age|Edition|Magazine|"
    r"Review|Show|Today|Massacre|Agreement|Accord|Bloody|Harbou?r|Creek|Mosque|League(?!\s+(?:Cup|One|Two))|Courier|Gazette|Journal|Chronicle|Kitchen|Paper|"
    r"Ticket)\b|^\.(?:com|org|net|io)\b"
)
# "the Sunday River resort" (not "said Tuesday Bay Area hospitals were full").
_WEEKDAY_PLACE_AFTER = rx(rf"\s+(?:{lx.PLACE_NOUNS})\b")
# Before a capitalised part of the day, what opens a name: "the Tuesday Morning store" (not
# "early Saturday Morning", "on Sunday Morning").
_NAME_OPENS_BEFORE = rx(r"(?:\b(?:the|a|an|The|A|An)\s+|\b[A-Z]{2,}\s+|^|[.!?]\s+)$")
# A naming before a capitalised "Sunday Morning": "named the bakery Sunday Morning" (not
# "Traffic was heavy Sunday Morning" in careless copy).
_A_LOWERCASE_NOUN_BEFORE = rx(r"\b(?:named|called|dubbed|titled|entitled)\s+(?:[a-z]+\s+){0,3}$")
_THE_ADJECTIVE_BEFORE = rx(r"(?i:\bthe\s+(?:[a-z]+\s+)?)$")
# After "the", these too: "the Tuesday Group" (not "On Monday Group of Seven ministers met").
_WEEKDAY_GROUP_FOLLOWERS = rx(r"^\s+(?:Group|Club|Caucus|Movement)\b")
_WEEKDAY_NAME_PRECEDERS = rx(
    r"(?:Bloody|Black|Good|Ash|Holy|Palm|Easter|Cyber|Giving|Super|Maundy|Whit|Low|Ruby|T\.G\.I\.|TGI|(?:(?<!Daily\s)Mail|Independent)\s+on)\s+$"
)


# After a capitalised part of the day, a show's or a company's name: "Saturday Night Live",
# "Monday Night Football", "Friday Night Lights", "Tuesday Morning Corp.".
_WEEKDAY_PART_TITLE_FOLLOWERS = rx(
    r"\s+(?:Live|Football|Baseball|Basketball|Hockey|Lights|Fever|Raw|Smackdown|Corp\b|Corporation|Inc\b|Co\b|Ltd\b"
    r"|(?:stores?|shops?|outlets?|locations?|chain)\b)"
)
# A weekday before what appears or meets each such day: "the Guardian's Saturday magazine",
# "the Sunday school", "the Friday edition" (not "Saturday's edition").
_WEEKDAY_ISSUE_AFTER = rx(r"\s+(?:magazine|supplement|edition|school|newspaper|paper|papers|league|presenter|host|programme|program)\b")
# "The governor said Tuesday school districts will receive $2 billion", "On Sunday school
# buses were used": the day of the saying or of the deed.
_SAID_OR_ON_BEFORE = rx(
    r"(?i:\b(?:said|says|told|announced|reported|added|on|by|until|till|since|from|before|after|late|early)\s+$)"
)


# A kind of paper before a weekday that a name follows: "The magazine Sunday Mainichi".
_A_KIND_OF_PAPER_BEFORE = rx(r"\b(?:magazine|newspaper|weekly|tabloid|paper|daily)\s+$")


def weekday_ok(m: re.Match, text: str) -> bool:
    if _quoted_alone(m, text) or _TITLE_APPOSITION_AFTER.match(text, m.end()):
        return False  # the Netflix series 'Wednesday', "Wednesday, the Netflix series"
    if _WEEKDAY_NAME_FOLLOWERS.match(text[m.end(): m.end() + 30]):
        return False
    if _A_KIND_OF_PAPER_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _CAPITALISED_NEXT.match(text, m.end()):
        return False  # "The magazine Sunday Mainichi reported"
    part = m.group("part")
    if part and part[0].isupper() and (_WEEKDAY_PART_TITLE_FOLLOWERS.match(text, m.end())
                                       or (not m.group("modword")
                                           and (_NAME_OPENS_BEFORE.search(text, max(0, m.start() - 6), m.start())
                                                or _A_LOWERCASE_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()))
                                           and not _in_title_case_line(text, m.start()))):
        return False  # "Saturday Night Live", "the Tuesday Morning store" (in prose "Tuesday morning")
    if (not part and not m.group("rel")
            and (_WEEKDAY_ISSUE_AFTER.match(text, m.end()) or _WEEKDAY_PLACE_AFTER.match(text, m.end()))
            and not _SAID_OR_ON_BEFORE.search(text, max(0, m.start() - 20), m.start())):
        return False
    if _WEEKDAY_GROUP_FOLLOWERS.match(text[m.end(): m.end() + 30]) and _THE_ADJECTIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False
    if not m.group("rel") and not m.group("modword") and _WEEKDAY_NAME_PRECEDERS.search(text[max(0, m.start() - 16): m.start()]):
        return False
    if text.endswith("Sheffield ", 0, m.start()) and not (
            text.endswith("in Sheffield ", 0, m.start()) and not text.startswith(("'s", "’s"), m.end())):
        return False  # the club Sheffield Wednesday (not "A fire in Sheffield Wednesday injured two")
    if _HONORIFIC_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # "Dr. Sunday Okafor", "Mr. Sunday", "Sgt. Joe Friday": a name
    if (text[m.start() - 1:m.start()] in "\"“‘'" and m.start() > 0
            and _WORK_BEFORE_A_QUOTE.search(text, max(0, m.start() - 40), m.start() - 1)):
        return False  # 'Her novel "Tuesday's Child"': a title
    if (m.group(0) in ("Tuesday", "Sunday", "Monday", "Friday", "Wednesday") and _ONE_SURNAME_AFTER.match(text, m.end())
            and not _PLURAL_GROUP_AFTER.match(text, m.end())
            and (sentence_bounds(text, m.start())[0] == m.start() or _TITLE_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start())
                 or _ROLE_BEFORE.search(text, max(0, m.start() - 12), m.start()))):
        # "Tuesday Weld starred", "led by researcher Tuesday Reitano", "She played Wednesday
        # Addams" (not "ruled Tuesday Texas can")
        return False
    return True


def _part_suffix(part: str | None) -> str | None:
    return lx.PARTS_OF_DAY[part.lower()] if part else None


# "on Monday and Tuesday nights": a weekday coordinated with a plural one shares its recurrence.
_PLURAL_WEEKDAY_AFTER = rx(
    rf"\s+(?:and|or|&)\s+{WEEKDAY_FULL}(?:s(?:\s+(?P<part>mornings|afternoons|evenings|nights))?\b"
    r"|\s+(?P<partpl>mornings|afternoons|evenings|nights)\b)"
)


# "the referendum is Sunday", "is set for Sunday"; with a clock time only what is appointed:
# "the deadline (for bids) is (at) midnight on Sunday" (not "the time of death is 4.15am on Monday").
_COPULA_BEFORE = rx(
    # "Schools are closed Wednesday" (not "The video is from Saturday": where it comes from).
    r"(?i:\b(?:is|are)\s+(?:(?:not|now|again|also|still|only)\s+)?"
    r"(?:(?:set|due|slated|closed|open|shut|cancell?ed|suspended|off|possible|likely)\s+)?(?:(?:on|for|until|till|through|by)\s+)?"
    r"(?:(?:today|tonight)\s+(?:and|through|until)\s+)?$"
    # "the new Congress is sworn in Thursday", "The airport is officially reopened Monday".
    r"|\b(?:is|are)\s+(?:[a-z]+ly\s+)?(?!(?:seen|pictured|shown|photographed|dated|stamped|detained|arrested|killed|injured|"
    r"wounded|found|taken|filmed|captured|hit|struck|hurt|reported|believed|thought|said)\b)(?:[a-z]+(?:ed|en|wn|rn)|held|sworn\s+in)\s+"
    r"(?:on\s+)?$"
    # "an advisory is in effect from 10 p.m. Wednesday".
    rf"|\b(?:is|are)\s+(?:(?:now|still)\s+)?in\s+(?:effect|force)\s+(?:from|until|till|through)\s+(?:{_CLOCK_WORDS}\s+(?:on\s+)?)?$"
    # "the deadline is midnight on Sunday", "The concert is at 7 p.m. Sunday" (not "the time of
    # death is 4.15am on Monday", "the last sighting is at 4 p.m. Friday").
    r"|\b(?:deadline|ultimatum|kick-?off|start|vote|voting|meeting|hearing|summit|talks|funeral|ceremony|launch|"
    r"curfew|ceasefire|truce|match|game|final|cut-?off|opening|closing|session|debate|briefing|concert|show|"
    r"parade|rally|service|performance|festival|tip-?off|race|fight|premiere|wedding|celebration|vigil|ferry|train|"
    r"flight|bus|departure|sailing)\s+"
    r"(?:for\s+[a-z]+(?:\s+[a-z]+)?\s+)?"  # "the deadline for bids"
    r"(?:is|are)\s+(?:(?:set|due|slated)\s+(?:for\s+)?)?(?:at\s+)?(?:midnight|noon|[0-9]{1,2}(?:[:.][0-9]{2})?\s*[ap]\.?m\.?"
    r"|[0-9]{1,2}:[0-9]{2})\s+(?:(?:GMT|UTC|local\s+time|(?-i:[A-Z][a-z]+)\s+[Tt]ime)\s+)?(?:on\s+)?$)"
)
# "The celebration runs from 11 a.m. to 6 p.m. Saturday", "is in effect from noon to 8 p.m.
# Saturday": hours told in the present are a schedule's (not "Photos from 9 a.m. to noon
# Saturday show").
_SCHEDULE_HOURS_BEFORE = rx(rf"(?i:\b(?:applies|apply|valid)\s+from\s+$|\b(?:runs?|is|are|open|opens|closed|lasts?|continues|effect|force|held|place)\s+from\s+{_CLOCK_WORDS}\s+(?:to|until|till|through|-|–)\s+{_CLOCK_WORDS}\s+(?:on\s+)?$)")
# "a shutdown that would have begun at 12:01 a.m. Tuesday": what was to come, averted (not
# "... was averted last week").
_AVERTED_BEFORE = rx(
    rf"(?i:\b(?:would|could|might)\s+have\s+(?:begun|started|taken\s+effect|expired|closed|shut|run\s+out)\s+"
    rf"(?:at\s+{_CLOCK_WORDS}\s+)?(?:on\s+)?$)"
)
_IS_AT_CLOCK_BEFORE = rx(rf"(?i:\b(?:is|are)\s+(?:set\s+for\s+|scheduled\s+for\s+)?at\s+{_CLOCK_WORDS}\s+(?:on\s+)?$)")
# A moment that has been, as the subject of "is at 4 a.m. Monday".
_MOMENT_GONE_BY = rx(
    r"(?i:\b(?:death|died|sighting|seen|recorded|logged|estimated|entry|(?:time)?stamp|transaction|earliest|footage)\b"
    r"|\b(?:last|first)\s+(?:known\s+)?(?:message|photo|contact|signal|call|image|post|text|transmission)\b)"
)
# The first plan for something since put off: "The match, originally scheduled for Sunday, …".
_ORIGINAL_PLAN_BEFORE = rx(
    r"(?i:\b(?:originally|initially|previously|first)\s+(?:set|scheduled|planned|slated|due)\s+(?:for|on)\s+$)"
)
# "The second round, due on Sunday, was postponed": a plan in an apposition, put off after it.
_PLAN_IN_APPOSITION_BEFORE = rx(r"(?i:,\s*(?:due|set|scheduled|planned|slated)\s+(?:for|on)\s+$)")
_CALLED_OFF = rx(r"(?i:\b(?:postponed|cancell?ed|called\s+off|put\s+off|scrapped|pushed\s+back)\b)")
# A happening no one schedules, just before its day, after a preposition that looks back to
# it: "after the riot on Saturday", "the toll from the deadly quake on Sunday" (not a storm,
# which is forecast, nor "will launch the attack on Sunday", nor "a planned outage").
# "survivors of the Sunday attack": a day named before what no one schedules.
_UNFORESEEN_NOUN_AFTER = rx(
    r"\s+(?:riots?|crash|(?:earth)?quake|(?:cyber)?attacks?|hack|explosions?|blasts?|fire(?!\s+drill)|shootings?|bombings?|collapse|derailment|"
    r"killings?|massacre|accident|stabbings?|ambush)\b"
)
_UNFORESEEN_BEFORE = rx(
    r"\b(?i:after|following)\s+(?:(?i:his|her|their|its)\s+)?(?i:flooding|clashes|arrests?|raids?|avalanche)\s+(?:on\s+)?$"
    r"|\b(?i:after|from|since|following|over|of)\s+(?i:the|this|that|a|an)\s+"
    r"(?!(?i:planned|scheduled|expected|feared|threatened|simulated|controlled|prescribed|mock|practice)\b)(?:[a-z-]+\s+)?"
    r"(?:riots?|crash(?:es)?|(?:earth)?quakes?|attacks?|explosions?|blasts?|fires?|shootings?|bombings?|collapse|"
    r"derailment|killings?|murders?|stabbings?|ambush|massacre|accident|outage|landslides?|avalanche|flooding|hack|cyberattack|leak)"
    r"\s+(?:on\s+)?$"
)
# "ahead of Thursday's meeting", "Tuesday's talks are expected to last hours": a day named
# by what will happen on it. Without such words, a possessive day is one gone by.
_GOING_INTO_BEFORE = rx(r"(?i:\b(?:heading|going|head|heads)\s+into\s+$)")
_AHEAD_OF_BEFORE = rx(
    r"(?i:\b(?:ahead\s+of|in\s+advance\s+of|(?:the\s+)?run-up\s+to|prepar(?:e|es|ing|ations?)\s+for|"
    r"await(?:s|ing)?|brac(?:e|es|ing)\s+for|look(?:s|ing)?\s+(?:ahead|forward)\s+to|(?:will|’ll|'ll)\s+(?:be\s+)?watch(?:ing)?|(?:is|are)\s+watching|"
    r"watch(?:es|ing)?\s+for|eye(?:s|ing)?)"
    r"\s+(?:the\s+)?$)"
)
# A day something is moved to or set for: "pushed back to Friday", "postponed until Monday",
# "a call for Tuesday", "talks set for Thursday".
_SET_FOR_BEFORE = rx(
    r"(?i:\b(?:(?P<moved>postponed|delayed|deferred|pushed\s+back|put\s+off|moved|rescheduled|brought\s+forward|adjourned|extended)"
    r"(?:\s+[\w’'-]+|,\s+[\w’'-]+(?:\s+[\w’'-]+)?,){0,3}?,?\s+(?:to|until|till)"
    r"|(?:call|meeting|talks|vote|summit|hearing|session|visit|trip|ceremony|funeral|debate)\s+(?:set\s+|scheduled\s+|planned\s+)?for"
    # "the judge set a sentencing date of May 14"
    r"|\b(?:set|fixed|scheduled)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:date|deadline)\s+(?:of|for)"
    # "The opposition called a rally for Thursday", "called a rally in Nairobi for Thursday",
    # "set early presidential elections for".
    r"|(?:called|set|scheduled|fixed|announced|organi[sz]ed)\s+(?:an?\s+|the\s+|new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:elections?|rally|rallies|protests?|strikes?|demonstrations?|march|marches|vigil|walkout|referendum|runoff|inauguration"
    r"|days?\s+of\s+(?:action|protest|mourning|rage))"
    r"(?:\s+(?:in|at|outside)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+for"
    # "called for a mass rally in Belgrade on Saturday"
    rf"|called\s+(?:(?:on\s+)?{WEEKDAY_FULL}\s+)?for\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:rall(?:y|ies)|protests?|strikes?|demonstrations?|march(?:es)?|boycotts?|shutdown)"
    r"(?:\s+in\s+[A-Z][\w-]*)?\s+(?:on|for)"
    # "The university canceled classes for Tuesday".
    r"|(?:cancell?ed|called\s+off)\s+(?:[\w-]+\s+){0,2}?(?:classes|school|schools|flights|trains|services|games?|"
    r"events?|trading|operations|practice|sessions?)\s+for)"
    rf"\s+(?:next\s+)?(?:{_CLOCK_WORDS}\s+(?:on\s+)?)?$)"
)
# What is held on a day set in advance: "Thursday's talks", "Sunday's runoff".
_SCHEDULED_AFTER = rx(
    r"(?i:['’]s\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|vote|election|runoff|referendum|debate|"
    r"session|hearing|parade|ceremony|deadline|match|game|final|visit|negotiations|conference))\b"
)
# What happened on a day, not what is set for it: "Tuesday's attack", "Monday's shelling".
_HAPPENED_AFTER = rx(
    r"(?i:['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombing|bombardment|explosions?|blasts?|"
    r"assault|raid|offensive|killings?|shooting|massacre|ruling|decision|announcement|statement|remarks|"
    r"comments|speech|incident|crash|fire|earthquake|quake|storm|floods?|election\s+results|vote\s+count|"
    r"losses|gains|defeat|victory|arrest|capture|fall|collapse|withdrawal|incursion|invasion|downing))\b"
)
# "Monday's meeting was expected to focus on…": said before the day, about a day gone by.
_WAS_AFTER = rx(r"(?i:['’]s(?:\s+[\w-]+){1,4}?\s+(?:was|were|had)\b)")
_WILL_HAPPEN_AFTER = rx(
    r"(?i:['’]s(?:\s+[\w-]+){1,4}?\s+(?:will|(?:is|are)\s+(?:expected|due|scheduled|set|slated|planned|likely)\b))"
)


def _day_told_in_sentence(ctx: Context, start: int) -> cal.Stretch | None:
    """The day just named, when it is the last date named and in the sentence at ``start``."""
    told = ctx.ref_day
    if told is None or ctx.ref is not told or ctx.sentence_bounds(start)[0] > ctx.ref_end:
        return None
    return told


# A fixture's verb in the present before its day, in the same clause.
_FIXTURE_BEFORE = rx(
    r"(?i:\b(?:host|hosts|play|plays|face|faces|visit|visits|meet|meets|take\s+on|takes\s+on|travel\s+to|travels\s+to|"
    r"go(?:es)?\s+to\s+the\s+polls)\b(?:(?!\b(?:after|before|following|since|when|while|as)\b)[^.;:!?]){0,45}$)"
)
# What is so now and goes on until a day: "remains in effect until 8 p.m. Tuesday".
_GOES_ON_UNTIL_BEFORE = rx(
    r"(?i:(?<!\bhad\s)\b(?:remains|remain|stays|stay|continues|continue|runs|run|warned\s+of|warns\s+of|forecast|forecasts|predicted|"
    r"predicts|expected|expects|expect)\b"
    r"(?:(?!\b(?:that|which|who|after|before|since|when|while)\b)[^.;:!?,]){0,40}?\b(?:until|till|through)\s+(?:[\w.:]+\s+){0,3}$)"
)
# Words just before a weekday's vote or match that tell how it ended: it has been held
# ("after a stunning victory in Tuesday's election", "after losing Tuesday's election",
# "rejecting independence by 55% to 45% in Thursday's referendum", "the results of Monday's
# election"); not a hope or a condition ("hoping for a victory in Saturday's final").
_OUTCOME_BEFORE = rx(
    r"(?i:(?:\b(?:after|following)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s+)?(?:victory|defeat|win|loss|landslide|triumph)\s+(?:in|on)"
    r"|\b(?:won|winning|lost|losing)(?:\s+the)?"
    r"|\b(?:rejected|rejecting|approved|approving|voted)\b[^.;,:!?]{0,50}?\s+in"
    r"|\b(?:seized|took|gained|kept|retained|captured|won|lost)\s+(?:control|power|a\s+majority|the\s+\w+)\b[^.;,:!?]{0,50}?\s+in"
    r"|\b(?:results?|outcome)\s+of)\s+$)"
)
_OUTCOME_REACH = 70
# The outcome of a vote or a match already known: "after the Coalition's win on Saturday" (not
# "hopes to celebrate after a win on Saturday").
_KNOWN_OUTCOME_BEFORE = rx(
    r"(?i:\b(?:after|following)\s+(?:the|his|her|their|its|(?-i:[A-Z][\w-]*)[’']s)\s+(?:[\w’'-]+\s+)?"
    r"(?:victory|defeat|win|loss|landslide|triumph)\s+(?:in|on)\s+$"
    # "will control the commission after winning both open seats Tuesday"
    r"|\b(?:after|following)\s+(?:winning|losing|defeating|beating|taking|clinching|sweeping)\b[^.;,]{0,50}?\s+(?:on\s+)?$)"
)
# How far back the vote may lie for its outcome to be told: the day before, or the one before it.
_OUTCOME_DAYS = 3  # (a Friday's vote told on Monday, after "after" or "following"; else two)


def _outcome_of_days_just_gone(ctx: Context, m: re.Match, wd: int) -> bool:
    """Whether the words around a weekday a day or two gone by tell the outcome of what was
    held on it ("Thursday's referendum result")."""
    days_gone = (ctx.anchor - cal.weekday_on_or_before(ctx.anchor, wd)).days
    if days_gone < 7 and _RESULTS_OF_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        # "would finish announcing results from Saturday's election": counting takes days. With
        # the results' own day named, the vote is the last such day by it: "Results of Saturday's
        # election are expected on Monday" told on Sunday, "… on Sunday night" told on Thursday.
        s0, s1 = ctx.sentence_bounds(m.start())
        later = _WEEKDAY_WORD.search(ctx.text, m.end(), s1)
        if later is not None:
            results_day = cal.weekday_on_or_after(ctx.anchor, weekday_number(later.group(0)))
            return cal.weekday_on_or_before(results_day, wd) < ctx.anchor
        return days_gone > 0 and not any(c.kind == "fut" for c in ctx.cues(s0, s1))
    window = _OUTCOME_DAYS if _AFTER_AN_OUTCOME_BEFORE.search(ctx.text, max(0, m.start() - _OUTCOME_REACH), m.start()) else 2
    if days_gone not in range(1, window + 1):
        return False
    return (_OUTCOME_BEFORE.search(ctx.text, max(0, m.start() - _OUTCOME_REACH), m.start()) is not None
            or _OUTCOME_AFTER.match(ctx.text, m.end()) is not None)


_RESULTS_OF_BEFORE = rx(r"(?i:\b(?:results?|outcome|count)\s+(?:of|from|in)\s+$)")
_WEEKDAY_WORD = rx(rf"\b{WEEKDAY_FULL}\b")
# "after winning Friday's election": an outcome told, whose day may be three days gone (not
# "confident of winning Saturday's runoff").
_AFTER_AN_OUTCOME_BEFORE = rx(r"(?i:\b(?:after|following)\s+(?:winning|losing|his|her|their|its|the)\b)")


_OUTCOME_AFTER = rx(r"(?i:['’]s\s+(?:[\w-]+\s+){0,2}?(?:results?|outcome)\b)")


# Between a day and a past verb after it: a clause giving a reason or another time ("was
# moved to Monday because a juror fell ill"), or a second verb of the same subject ("set the
# rally for Saturday and urged supporters to bring water").
_NOT_HELD_BETWEEN = rx(r"(?i:\b(?:because(?!\s+of\b)|after|since|as|when|while|although|though|until|before|if|so)\b)")
_AND_ALONE = rx(r"\s*(?:,\s*)?and\s+")
# A report set off by commas after the day: ", aides said,".
_REPORT_ASIDE_AFTER = rx(r"\s*,\s*[^,;.]{0,40}?\b(?:said|says|announced|reported|told\s+\w+)\s*,")
# Past cues that are words of time, not verbs.
_TIME_WORD_CUES = frozenset(("ago", "yesterday", "last", "earlier", "previously", "former"))
_HELD_PARTICIPLE_AFTER = rx(
    r",\s+(?!(?:saying|citing|adding|noting|warning|claiming|arguing|hoping|giving|prompting|forcing|allowing|meaning|"
    r"causing|raising|sparking|angering|leaving|sending|putting)\b)[a-z]+ing\b"
)
# "called for nationwide protests on Monday, hours after the court barred him": the day of the call.
_SOON_AFTER_AFTER = rx(r",\s+(?:hours|days|minutes|a\s+day|shortly|just|soon|moments)\s+(?:after|before)\b")
# "The final was moved to Sunday and drew 40,000 fans": told of what was moved, in the passive.
_PASSIVE_BEFORE = rx(r"(?i:\b(?:was|were|been|is|are|being)\s+(?:[a-z]+ly\s+)?$)")


_BY_BEFORE = rx(r"(?i:\b(?:by|until|till|through)\s+$)")
_BY_ALONE_BEFORE = rx(r"(?i:\bby\s+$)")


def _held_since(ctx: Context, m: re.Match, put_off: re.Match | None = None) -> bool:
    """Whether the words after the day tell that what was set for it has happened: "The
    meeting, moved to 3 p.m. Monday, ended without agreement", "Kickoff was moved to noon
    Saturday, and Georgia won", "called for a general strike on Monday, paralyzing transport"."""
    if _HELD_PARTICIPLE_AFTER.match(ctx.text, m.end()) or (
            put_off is not None and put_off.group(0).lower().startswith("called for") and _SOON_AFTER_AFTER.match(ctx.text, m.end())):
        return True
    s0, s1 = ctx.sentence_bounds(m.start())
    # The first verb after the day, past a report's ("moved to Wednesday, officials said, and
    # ended without agreement"; not "organisers said yesterday": the report's time).
    after = next((c for c in ctx.cues(s0, max(s1, m.end()))
                  if c.start >= m.end() and c.word not in _TIME_WORD_CUES
                  and (c.kind in ("past", "fut", "pres") or c.kind == "rep" and "," not in ctx.text[m.end():c.start])), None)
    if after is None or after.kind != "past" or _NOT_HELD_BETWEEN.search(ctx.text, m.end(), after.start):
        return False
    aside = _REPORT_ASIDE_AFTER.match(ctx.text, m.end())
    if aside is not None and not _AND_ALONE.fullmatch(ctx.text, aside.end() - 1, after.start):
        return False  # "moved to Monday, aides said, and lawmakers went home": another subject's verb
    if _AND_ALONE.fullmatch(ctx.text, m.end(), after.start):
        # A second verb of the same subject: the setter's ("set the rally for Saturday and
        # urged supporters"), unless the sentence told of the thing set ("was moved to Sunday
        # and drew 40,000 fans").
        return put_off is not None and _PASSIVE_BEFORE.search(ctx.text, max(0, put_off.start() - 20), put_off.start()) is not None
    return True


# A date set off after a weekday and its part of the day: "Tuesday evening, 21 May".
_DATE_IN_APPOSITION = rx(
    rf",\s+(?:(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})|(?P<mon2>{MONTH})\s+(?P<d2>{DAY}))\b(?:,?\s+(?P<y>{YEAR4})\b)?"
)


_DIGITS = re.compile(r"[0-9]+")
_A_WEEKDAY_IN_APPOSITION = rx(r",\s+(?:on\s+)?an?\s+")


def weekday(m: re.Match, ctx: Context) -> Resolved:
    wd = weekday_number(m.group("wd"))
    plural = _PLURAL_WEEKDAY_AFTER.match(ctx.text, m.end())
    if plural and not m.group("rel") and not m.group("part"):
        value = f"XXXX-WXX-{wd + 1}"
        part = plural.group("part") or plural.group("partpl")
        if part:
            value += "T" + lx.PARTS_OF_DAY[part[:-1].lower()]
        return Resolved(SET, value, rule="set-weekday")
    rel = _SPACE.sub(" ", (m.group("rel") or "").lower())
    a = ctx.anchor
    if (not rel and ctx.ref is not None and ctx.ref.granularity == "day" and ctx.ref.first.weekday() == wd
            and _A_WEEKDAY_IN_APPOSITION.fullmatch(ctx.text, ctx.ref_end, m.start())):
        # "The diner reopened on May 21, 2021, a Friday.": the day just given, named again.
        return _with_part(m, Resolved(DATE, ctx.ref.value, ctx.ref, None, RESOLVED_DISCOURSE, ctx.ref.value,
                                      "weekday-apposition", sets_reference=False))
    named = _DATE_IN_APPOSITION.match(ctx.text, m.end()) if m.group("part") and not rel else None
    if named is not None:
        # "a strike starting on Tuesday evening, 21 May": the day the apposition names, when
        # it falls on that weekday in a year near the publication.
        mon = month_number(named.group("mon") or named.group("mon2"))
        dom = int(_DIGITS.match(named.group("d") or named.group("d2")).group())
        years = (int(named.group("y")),) if named.group("y") else (a.year, a.year + 1, a.year - 1)
        for y in years:
            try:
                if datetime.date(y, mon, dom).weekday() == wd:
                    s = cal.make_day(y, mon, dom)
                    return _with_part(m, date_result(s, "weekday-dated", ctx, RESOLVED_ANCHOR))
            except ValueError:
                continue  # no 29 February that year
    if rel in ("last", "past", "this past", "previous"):
        d = cal.weekday_on_or_before(cal.add_days(a, -1), wd)
        rule = "weekday-last"
    elif rel in ("next", "coming", "this coming"):
        d = cal.weekday_on_or_after(cal.add_days(a, 1), wd)
        rule = "weekday-next"
    elif rel == "this":
        # "this Sunday": the one of the anchor's week, unless the tense points the other way
        # ("will meet this Monday" said on a Thursday is the coming Monday).
        d = cal.add_days(a, wd - a.weekday())
        t = ctx.tense(m.start(), m.end())
        if t == FUTURE and d < a:
            d = cal.weekday_on_or_after(a, wd)
        elif t == PAST and d > a and not ctx.text.startswith(("'s", "’s"), m.end()):
            d = cal.weekday_on_or_before(a, wd)
        rule = "weekday-this"
    elif rel in ("the following", "the previous") and ctx.ref is not None and ctx.ref.granularity == "day":
        base = ctx.ref.first
        d = (cal.weekday_on_or_after(cal.add_days(base, 1), wd) if rel == "the following"
             else cal.weekday_on_or_before(cal.add_days(base, -1), wd))
        s = cal.day(d)
        return _with_part(m, Resolved(DATE, s.value, s, None, RESOLVED_DISCOURSE, ctx.ref.value, "weekday-discourse"))
    else:
        # "Wednesday's ruling" names a day by what happened on it, whatever the verb's tense.
        possessive = ctx.text.startswith(("'s", "’s"), m.end())
        # A day that a present copula gives is the anchor day or ahead: "the referendum is
        # Sunday" (a day gone by would take "was"). Other present sentences keep the past
        # default: "he is recovering after surgery Tuesday".
        put_off = None if possessive else _SET_FOR_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start())
        if put_off is not None and _held_since(ctx, m, put_off):
            put_off = None  # "Kickoff was moved to noon Saturday, and Georgia won": it has been held
        if put_off is not None:
            # "were pushed back to Friday", "confirmed a call for Tuesday": a day set, ahead of
            # the report whatever its tense; but in a past report of a day put off (not brought
            # forward) from a day of the week just gone ("Tuesday's vote was postponed until
            # Wednesday", told on Friday, with no present or future in the sentence), the first
            # such day after it, when that has come by the report.
            if (put_off.group(0)[:6].lower() == "called" and ctx.ref is not None and ctx.ref.granularity == "day"
                    and put_off.start() <= ctx.ref_start and ctx.ref_end <= m.start()):
                # "called on Thursday for protests on Saturday": the first such day after the call's.
                s, mod = with_mod(m, cal.day(cal.weekday_on_or_after(cal.add_days(ctx.ref.first, 1), wd)))
                return _with_part(m, Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, ctx.ref.value, "weekday-called-for"))
            told = _day_told_in_sentence(ctx, m.start())
            s0, s1 = ctx.sentence_bounds(m.start())
            moved = (put_off.group("moved") or "").lower()
            if (told is not None and ctx.ref_end <= put_off.start() and moved and not moved.startswith("brought")
                    and 0 < (a - told.first).days < 7
                    and not any(c.kind in ("fut", "pres") or (c.kind == "weak" and c.word not in ("until", "till"))
                                for c in ctx.cues(s0, max(s1, m.end())))):
                d = cal.weekday_on_or_after(cal.add_days(told.first, 1), wd)
                if d <= a:
                    s, mod = with_mod(m, cal.day(d))
                    put_off_day = Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, told.value, "weekday-put-off")
                    return _with_part(m, put_off_day)
            t = FUTURE
        elif (not possessive and WITH_A_SCHEDULE_UNDER_WAY.search(ctx.text, max(0, m.start() - 70), m.start())
              and (told := ctx.ref_day) is not None and ctx.sentence_bounds(m.start())[0] <= ctx.ref_day_end
              and (ctx.anchor - told.first).days <= 7 and not ctx.ref_opens_stretch):
            # "Oil fell on Tuesday, with the May contract expiring on Friday", "Markets were closed
            # on Good Friday, with trading resuming on Monday": the first such day after the day told.
            s, mod = with_mod(m, cal.day(cal.weekday_on_or_after(cal.add_days(told.first, 1), wd)))
            return _with_part(m, date_result(s, "weekday-ahead-of", ctx, RESOLVED_DISCOURSE, mod, reference=told.value))
        elif not possessive:
            t = ctx.tense(m.start(), m.end())
            if t != PAST and _AHEAD_OF_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
                t = FUTURE  # "Both campaigns now look ahead to Saturday, when …"
            elif (t == FUTURE and _KNOWN_OUTCOME_BEFORE.search(ctx.text, max(0, m.start() - _OUTCOME_REACH), m.start())
                  and (a - cal.weekday_on_or_before(a, wd)).days in range(1, _OUTCOME_DAYS + 1)):
                t = PAST  # "will be sworn in next week after the Coalition's win on Saturday", told on Monday
        elif _GOING_INTO_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
            # "is the clear favourite going into Monday's election" looks ahead; told in the past,
            # the first such day after the day the sentence tells ("slipped on Wednesday heading
            # into Friday's jobs report"), else the one gone by ("was leading going into Sunday's runoff").
            if ctx.tense(m.start(), m.end()) != PAST:
                t = FUTURE
            else:
                told = _day_told_in_sentence(ctx, m.start())
                if told is not None:
                    s, mod = with_mod(m, cal.day(cal.weekday_on_or_after(cal.add_days(told.first, 1), wd)))
                    return _with_part(m, date_result(s, "weekday-ahead-of", ctx, RESOLVED_ANCHOR, mod))
                t = PAST
        elif _AHEAD_OF_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
            # "are arriving ahead of Thursday's meeting" looks ahead; in a past sentence ("struck
            # Kyiv on Wednesday, ahead of Thursday's meeting") it is the first such day after
            # the day the sentence tells of, else the nearest.
            if ctx.tense(m.start(), m.end()) == PAST:
                told = _day_told_in_sentence(ctx, m.start())
                if told is not None:
                    d = cal.weekday_on_or_after(cal.add_days(told.first, 1), wd)
                else:
                    before, after = cal.weekday_on_or_before(a, wd), cal.weekday_on_or_after(a, wd)
                    d = before if (a - before) <= (after - a) else after
                s, mod = with_mod(m, cal.day(d))
                return _with_part(m, date_result(s, "weekday-ahead-of", ctx, RESOLVED_ANCHOR, mod))
            t = FUTURE
        elif (_WILL_HAPPEN_AFTER.match(ctx.text, m.end()) and not _HAPPENED_AFTER.match(ctx.text, m.end())
              and not _outcome_of_days_just_gone(ctx, m, wd)):
            # "Friday's funeral will be held", "Thursday's talks are expected to…"; but
            # "Tuesday's attack is likely to draw a response" tells of what followed an attack.
            t = FUTURE
        elif (_SCHEDULED_AFTER.match(ctx.text, m.end()) and not _WAS_AFTER.match(ctx.text, m.end())
              and ctx.tense(m.start(), m.end()) == FUTURE and not _outcome_of_days_just_gone(ctx, m, wd)):
            # "will attend Thursday's talks"; but "will discuss Tuesday's attack", and "will be
            # sworn in after a stunning victory in Tuesday's election" told on Wednesday.
            t = FUTURE
        else:
            t = PAST
        averted = _AVERTED_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start()) is not None and not _held_since(ctx, m)
        if averted or t == PRESENT and (
                _COPULA_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start()) or (
                _IS_AT_CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
                and not _MOMENT_GONE_BY.search(ctx.text, ctx.sentence_bounds(m.start())[0], m.start()))):
            t = FUTURE  # "The sentencing is at 10 a.m. Tuesday" (not "the time of death is at 4:15 a.m. Monday")
        elif t in (None, PRESENT) and _SCHEDULE_HOURS_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
            t = FUTURE
        if t != PAST and _NO_EARLIER_THAN_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
            t = FUTURE  # "will now launch no earlier than Friday"
        if (t in (None, PRESENT) and not possessive and _BY_ALONE_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
                and ctx.text[max(0, m.start() - 3):m.start() - 1] != "By"):
            t = FUTURE  # "on course for a five-day haul by Sunday": a day something is to be done by
        if t in (None, PRESENT) and not possessive and _starts_then(ctx, m.start(), m.end()):
            t = FUTURE  # "free lunches at six sites beginning Wednesday.": a day something starts
        elif t == PAST and not possessive and (_starts_then(ctx, m.start(), m.end())
                                               or MORE_TO_COME_BEFORE.search(ctx.text, max(0, m.start() - 70), m.start())):
            # "Trump announced a 30-day ban starting on Friday", "Nominations closed yesterday, with
            # the first ballot on Thursday" (but "Protests began on Monday, with more rallies on
            # Wednesday", told on Saturday): the day, as near ahead as behind.
            before, after = cal.weekday_on_or_before(a, wd), cal.weekday_on_or_after(a, wd)
            t = PAST if (a - before) < (after - a) else FUTURE
        if ((((t in (None, PRESENT) or t == PAST and _only_a_having_clause_past(ctx, m))
              and _FIXTURE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()))
             or (t != FUTURE and not possessive and _GOES_ON_UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 70), m.start())))
                and not _in_title_case_line(ctx.text, m.start())):
            # "Liverpool host Sheffield United on Thursday", "Voters go to the polls on Sunday":
            # a fixture, told in the present, is still to come (a headline's present tells of
            # the past); so is the end of what is so now: "a heat advisory remains in effect
            # until 8 p.m. Tuesday".
            t = FUTURE
        if t != FUTURE and (_ORIGINAL_PLAN_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) or (
                _PLAN_IN_APPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
                and _CALLED_OFF.search(ctx.text, m.end(), ctx.sentence_bounds(m.start())[1]))):
            # "The match, originally scheduled for Sunday, was postponed": a day put off is
            # mostly called off before it comes (a month, far more often after).
            t = FUTURE
        if t == FUTURE and (_UNFORESEEN_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
                            or (_THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start())
                                and _UNFORESEEN_NOUN_AFTER.match(ctx.text, m.end()))):
            # "will make more arrests after the riot on Saturday": no one schedules a riot; the
            # day is the riot's, gone by, whatever follows from it.
            t = PAST
        if t == FUTURE:
            d, rule = cal.weekday_on_or_after(a, wd), "weekday-future"
            told = _day_told_in_sentence(ctx, m.start())
            if d == a and told is not None and told.first > a and _BY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
                # "An arctic front will move in Wednesday night, with lows near 10 below by
                # Friday", told on a Friday: after the day to come just named, not today.
                d = cal.weekday_on_or_after(told.first, wd)
        else:
            d, rule = cal.weekday_on_or_before(a, wd), "weekday-past"
    s, mod = with_mod(m, cal.day(d))
    return _with_part(m, date_result(s, rule, ctx, RESOLVED_ANCHOR, mod))


def _with_part(m: re.Match, r: Resolved) -> Resolved:
    gd = m.groupdict()
    part = _part_suffix(gd.get("part") or gd.get("part0"))
    if part:
        r.type, r.value = TIME, f"{r.value}T{part}"
    return r


# --- deictic ----------------------------------------------------------------------------------

_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


# A capitalised word right before "Today" or "This Week" makes it a title: "USA Today",
# "VOA Today"; a quotation mark before "This Week" names the programme.
_TITLE_BEFORE = rx(r"(?:\b(?P<name>[A-Z0-9][A-Za-z0-9]*)(?:['’]s)?\s+|[\"“])$")


_LOWER_WORD_AFTER = rx(r"\s+[a-z]")


def _is_title(m: re.Match, text: str) -> bool:
    words = m.group(0).split()
    if not all(w[:1].isupper() for w in words):
        return False
    if (len(words) == 1 and text[max(0, m.start() - 1): m.start()] in "“\"‘'"
            and (text.startswith(",", m.end()) or _LOWER_WORD_AFTER.match(text, m.end()))):
        # "“Today, the ball is in Russia’s court,” he said", "“Yesterday the enemy attacked
        # Sumy”": a quote's first word
        return False
    before = _TITLE_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before is None:
        return False
    name = before.group("name") or ""
    possessive = before.group(0).rstrip().endswith(("'s", "’s"))
    if name[:1].isdigit() and not possessive:
        return False  # "at 4 Today" is no title; "BBC Radio 4's Today" is
    if (name.isupper() or name[:1].isdigit()) and possessive:
        # "ABC's This Week", "the BBC's Today", but not "the EU's next-week agenda"
        return m.group(0) in ("Today", "This Week")
    # In a headline written in title case every word is capitalised: "Ceasefire Talks May
    # Resume Next Week, Officials Say" names a week, "Talks Could Start Today" a day. "USA
    # Today" and "Russia Today" stay titles there too.
    return (name.isupper() or (len(words) == 1 and name.lower() in _TODAY_TITLES)
            or not _in_title_case_line(text, m.start()))


# Words that make a title with "Today": newspapers, broadcasters, magazines.
_TODAY_TITLES = frozenset(
    "usa russia ukraine africa asia europe india china israel psychology business science politics "
    "sports voa rt bbc".split()
)


def _in_title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline in title case: four or more words of
    four or more letters, nearly all of them capitalised."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    if len(line) > 200:
        return False
    words = _LONG_WORD.findall(line)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and capitalised >= 0.85 * len(words)


_LONG_WORD = rx(r"[A-Za-z]{4,}")


# "the people of tomorrow", "the world of today": the times generally, not a day.
_GENERIC_OF_BEFORE = rx(
    r"(?i:\bthe\s+(?:people|world|society|generations?|children|youth|leaders|technology|technologies|economy|"
    r"workforce|workers|families|women|men|cities|city|schools|jobs|homes?|cars|factory|factories|consumers?|"
    r"citizens|students|voters|companies|business|businesses|army|armies|industry|industries)\s+of\s+$)"
)


# "the Today programme", "the Today show": a broadcast's name.
_PROGRAMME_AFTER = rx(r"\s+(?:programme|program|show|presenter|studio)\b")


_TITLE_QUOTE_OPENS = ("\"", "“", "'", "‘")
_TITLE_QUOTE_CLOSES = ("\"", "”", "'", "’")


_ITS_OR_THE_BEFORE = rx(r"\b(?:its|their|his|her|the)\s+$")
_A_NOUN_AFTER_A_NAME = rx(r"\s+(?:minicar|car|model|brand|range|line|app|show|programme|program|magazine|newspaper|edition)\b")
# A medium named before an upper-case "TODAY": the outlet's name.
_OUTLET_BEFORE = rx(r"\b(?:outlet|newspaper|daily|paper|broadcaster|channel|programme|program|site|website)\s+$")


def deictic_day(m: re.Match, ctx: Context) -> Resolved | None:
    if (_is_title(m, ctx.text) and not m.group("modword")) or (
            len(m.group(0).split()) > 1 and all(w[:1].isupper() for w in m.group(0).split())
            and ctx.text[max(0, m.start() - 1):m.start()] in _TITLE_QUOTE_OPENS and ctx.text[m.end():m.end() + 1] in _TITLE_QUOTE_CLOSES):
        return None  # "USA Today", the film 'The Day After Tomorrow'

    if (len(m.group(0).split()) > 1 and all(w[:1].isupper() for w in m.group(0).split())
            and (_WORK_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start())
                 or (m.group(0).startswith("The ")
                     and (ctx.sentence_bounds(m.start())[0] != m.start() or len(m.group(0).split()) >= 4)
                     and not _in_title_case_line(ctx.text, m.start())))):
        # "The film The Day After Tomorrow", "screened The Day After Tomorrow outside", "The
        # Day After Tomorrow, a disaster movie, …" (prose writes "The day after tomorrow")
        return None
    if (m.group("day") == "Today" and _PROGRAMME_AFTER.match(ctx.text, m.end())
            and _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start())):
        return None  # "the Today programme" (not "Today show business is global")
    if (m.group(0) in ("Today", "Tomorrow", "Yesterday") and _ITS_OR_THE_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
            and _A_NOUN_AFTER_A_NAME.match(ctx.text, m.end())):
        return None  # "stop making its Today minicar": a product's name
    if m.group("day") == "TODAY" and _OUTLET_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "Singapore news outlet TODAY reported"
    word = _SPACE.sub(" ", m.group("day").lower())
    if (word in ("today", "tomorrow") and not m.group("modword") and not m.groupdict().get("part")
            and _GENERIC_OF_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())):
        return None
    offset = _DAY_OFFSETS.get(word, -2 if "before" in word else 2)
    s, mod = with_mod(m, cal.day(cal.add_days(ctx.anchor, offset)))
    r = date_result(s, f"deictic-{word.split()[-1]}", ctx, RESOLVED_ANCHOR, mod)
    if word == "tonight":
        r.type, r.value = TIME, f"{r.value}TNI"
    return _with_part(m, r)


def this_part(m: re.Match, ctx: Context) -> Resolved:
    rel = m.group("rel").lower()
    part = m.group("part").lower()
    offset = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1 if part in ("night", "evening") else 0}[rel]
    s = cal.day(cal.add_days(ctx.anchor, offset))
    _, mod = modifier(m)
    return Resolved(TIME, f"{s.value}T{lx.PARTS_OF_DAY[part]}", s, mod, RESOLVED_ANCHOR, ctx.anchor_value, f"part-of-day-{rel}")


_REL_OFFSET = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1,
    "next": 1, "coming": 1, "the next": 1, "the coming": 1, "the latest": -1,
}
_DISCOURSE_REL = {"the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1, "that": 0, "the same": 0}


_CAPITALISED_WORD_AFTER = rx(r" [A-Z][a-z]")
_LOWER_WORD_BEFORE = rx(r"\b[a-z]+ $")


def _a_capitalised_title(m: re.Match, text: str) -> bool:
    """Whether every word of the match is capitalised in the middle of a sentence that is
    not a headline in title case: the name of a film, a book or a show."""
    return (
        all(w[:1].isupper() for w in m.group(0).split())
        and _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        and not _in_title_case_line(text, m.start())
    )


def relative_unit_ok(m: re.Match, text: str) -> bool:
    rel = _SPACE.sub(" ", m.group("rel").lower())
    unit = m.group("unit").lower()
    if m.group("unit")[:1].isupper() and m.group("rel")[:1].islower():
        return False  # "Person of the Year", "the Week in Review": a title
    if _a_capitalised_title(m, text) or (
            rel == "the" and m.group("unit")[:1].isupper() and _CAPITALISED_WORD_AFTER.match(text, m.end())
            and not _in_title_case_line(text, m.start())):
        return False  # "writes for The Weekend Australian", "a bar called The Weekend" (not "… Over The Weekend In Kursk")
    if unit == "day" and rel not in _DISCOURSE_REL:
        return False  # "this day", "next day" are handled elsewhere or too vague
    if rel in ("the past", "the last"):
        # "over the past year": the calendar unit before the anchor's, as TimeBank annotates it.
        return unit in ("year", "month", "week", "decade")
    if rel == "the":
        # "the quarter" continues the quarter under discussion; "the end of the year" is a date;
        # "for the year", "the weekend" name the year and the weekend under discussion.
        return unit in ("quarter", "fiscal year", "year", "weekend") or bool(m.group("modword"))
    if rel == "the full":
        return unit == "year"
    return True


def relative_unit(m: re.Match, ctx: Context) -> Resolved | None:
    if not m.group("modword") and _is_title(m, ctx.text):
        return None  # ABC's "This Week"
    r = _relative_unit(m, ctx)
    if r is not None and m.group("ended") and r.end is None:
        r.end = m.start("ended")  # the match looked past the phrase to see whether a period ends
    return r


# How far back (in characters) a quarter named by number still names "the quarter ended ...",
# and a day named still holds "in the morning".
_RECENT_MENTION_REACH = 300


def _relative_unit(m: re.Match, ctx: Context) -> Resolved | None:
    rel = _SPACE.sub(" ", m.group("rel").lower())
    unit_word = _SPACE.sub(" ", m.group("unit").lower())
    a = ctx.anchor
    if m.group("ended"):
        # "the year ended Sept. 30", "the fiscal year ending June 30": a twelve-month period
        # named by its last day, which follows; the phrase itself measures the period.
        # ("The quarter ended Sept. 30" stays the calendar quarter: see quarter_end_date.)
        if rel in ("the", "the full") and unit_word in ("year", "fiscal year", "month", "week"):
            value = {"year": "P1Y", "fiscal year": "P1Y", "month": "P1M", "week": "P1W"}[unit_word]
            return Resolved(DURATION, value, None, None, RESOLVED_ABSOLUTE, None, "period-ended", end=m.start("ended"))
    if rel == "the full":
        rel = "the"
    if (rel == "the" and not m.group("modword") and ctx.ref is not None and ctx.ref.granularity == unit_word
            and _APPOSITION_BEFORE.fullmatch(ctx.text, ctx.ref_end, m.start())):
        # "In 1972, the year she turned 16, …": another name for the date just given.
        return Resolved(DATE, ctx.ref.value, ctx.ref, None, RESOLVED_DISCOURSE, ctx.ref.value, "apposition",
                        sets_reference=False)
    if (rel == "the next" and unit_word in ("year", "month", "week") and not m.group("modword") and ctx.ref is not None
            and ctx.ref.last < a and ctx.ref.granularity in ("year", "month", "day", "season")
            and ctx.tense(m.start(), m.end()) == PAST):
        # "He came home in 1970. The next year he stopped playing": the year after the one told.
        s = cal.shift_to_unit(ctx.ref.first, 1, _UNIT_TO_CAL[unit_word])
        return Resolved(DATE, s.value, s, None, RESOLVED_DISCOURSE, ctx.ref.value, f"discourse-{unit_word}")
    if rel == "the past" and unit_word == "decade" and not m.group("modword"):
        # "over the past decade": the ten years up to now, not the calendar decade before (as
        # "the last decade" is annotated).
        return Resolved(DURATION, "P10Y", None, None, RESOLVED_ABSOLUTE, None, "duration-past-decade")
    if unit_word == "weekend" and rel == "the":
        # "over the weekend": the latest weekend in a past-tense sentence, the next one ahead,
        # as is one a sentence heads into.
        t = ctx.tense(m.start(), m.end())
        if _HEADING_INTO_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
            # "Stocks fell Friday heading into the weekend": the weekend after the day told, or,
            # with none, the coming one unless the sentence looks back early in the week.
            told = _day_told_in_sentence(ctx, m.start())
            if told is not None:
                s = cal.weekend_of(cal.weekday_on_or_after(told.first, 5))
            elif t == PAST and a.weekday() < 3:
                s = cal.weekend_of(cal.weekday_on_or_before(a, 5))
            else:
                s = cal.weekend_of(cal.weekday_on_or_after(a, 5))
            return date_result(s, "weekend-heading-into", ctx, RESOLVED_ANCHOR)
        if t == FUTURE:
            s = cal.weekend_of(a)
        else:
            s = cal.weekend_of(cal.weekday_on_or_before(a, 5) if a.weekday() != 6 else a)
        return date_result(s, "weekend-the", ctx, RESOLVED_ANCHOR)
    if unit_word == "weekend":
        if rel in ("last", "past", "previous"):
            sat = cal.weekday_on_or_before(cal.add_days(a, -1), 5)
            if (a - sat).days < 2:  # said on the Sunday: that weekend is "this weekend"
                sat = cal.add_days(sat, -7)
            s, rule = cal.weekend_of(sat), "weekend-last"
        elif rel in ("next", "coming", "the coming"):
            s, rule = cal.weekend_of(cal.add_days(a, 7 if a.weekday() >= 5 else 0) if rel == "next" else a), "weekend-next"
            if rel == "next" and a.weekday() < 5:
                s = cal.weekend_of(a)
        elif rel in _DISCOURSE_REL and ctx.ref is not None and ctx.ref.granularity == "day":
            # "the following weekend" after a weekday is the one closing its week; after a
            # Saturday or a Sunday, the one after.
            shift = _DISCOURSE_REL[rel]
            if shift > 0 and ctx.ref.first.weekday() < 5:
                shift = 0
            s, rule = cal.weekend_of(cal.add_days(ctx.ref.first, 7 * shift)), "weekend-discourse"
            return Resolved(DATE, s.value, s, None, RESOLVED_DISCOURSE, ctx.ref.value, rule)
        else:
            s, rule = cal.weekend_of(a), "weekend-this"
        return date_result(s, rule, ctx, RESOLVED_ANCHOR)
    unit = "Y" if unit_word == "fiscal year" else lx.CALENDAR_UNITS[unit_word]
    if unit == "Q" and rel in ("the", "that", "the same", "the latest", "last", "the last", "the previous"):
        ended = quarter_end_date(ctx, m.end("unit"))
        if ended is not None:
            named = ctx.ref
            if (named is not None and named.granularity == "quarter" and 0 <= m.start() - ctx.ref_end < _RECENT_MENTION_REACH
                    and named.year == ended.year and named != quarter_ending_on(ended)):
                # "earned $5 million in the fiscal first quarter. ... sales for the quarter ended
                # Sept. 29": the story has just named the quarter, by its fiscal number.
                s, mod = with_mod(m, named)
                return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, named.value, "quarter-ended-named")
            s, mod = with_mod(m, quarter_ending_on(ended))
            return date_result(s, "quarter-ended", ctx, RESOLVED_ANCHOR, mod)
    if unit == "Q" and rel in ("the", "that", "the same"):
        # "the quarter" continues the quarter under discussion, else the latest completed one.
        q = ctx.last.get("quarter")
        if q is not None:
            s, mod = with_mod(m, q)
            return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, q.value, "discourse-quarter")
        if (_PART_OF_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start("rel"))
                and ctx.tense(m.start(), m.end()) == FUTURE
                and (a - cal.stretch_of(a, "Q").first).days >= _RESULTS_SEASON_DAYS):
            # "will be reviewed at the end of the quarter": the quarter under way (but "will
            # report results for the quarter" early in the next is the one just ended).
            s, mod = with_mod(m, cal.stretch_of(a, "Q"))
            return date_result(s, "quarter-current", ctx, RESOLVED_ANCHOR, mod)
        s, mod = with_mod(m, cal.shift(cal.stretch_of(a, "Q"), -1, "Q"))
        return date_result(s, "quarter-latest", ctx, RESOLVED_ANCHOR, mod)
    if rel in _DISCOURSE_REL:
        if ctx.ref is None:
            if rel in ("that", "the same", "the"):
                s = cal.stretch_of(a, unit)
                s, mod = with_mod(m, s)
                return date_result(s, f"relative-{unit_word}", ctx, RESOLVED_ANCHOR, mod)
            return None
        told = ctx.ref
        if unit == "D" and told.granularity not in ("day", "time") and ctx.ref_day is not None:
            told = ctx.ref_day  # "on Tuesday, … since 1949. He was elected later the same day": the last day named
        if (unit in ("D", "W") and told.granularity == "day" and ctx.last_day is not None
                and ctx.last_day_end > ctx.ref_end and ctx.last_day.first > told.first
                and m.start() - ctx.last_day_end <= _RECENT_MENTION_REACH):
            # "met her on June 2. Three days later he sent a message. The following week he
            # was seen outside her office": the day the story has moved on to.
            told = ctx.last_day
        if (ctx.ref_before_saying is not None and unit in ("M", "Q", "Y")
                and _UNIT_GRANULARITY[unit] == ctx.ref_before_saying.granularity):
            # "Sales rose in April, the department said on Friday, after a gain the previous
            # month": the month of the figures, not of the saying.
            told = ctx.ref_before_saying
        s = cal.shift_to_unit(told.first, _DISCOURSE_REL.get(rel, 0), unit)
        s, mod = with_mod(m, s)
        return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, told.value, f"discourse-{unit_word}")
    offset = _REL_OFFSET.get(rel, 0)
    if unit == "D":
        return None
    if (rel == "the" and unit in ("W", "M") and m.group("modword") and ctx.ref is not None
            and ctx.ref.granularity == "day" and ctx.tense(m.start(), m.end()) == PAST
            and 0 < (a - ctx.ref.first).days <= _RECENT_STORY_DAYS):
        # "On Nov. 9, Russia ordered a withdrawal. By the end of the week, flags flew": the
        # week of the day the story is telling, a recent one. A day long ago may be one said
        # in passing ("founded on June 1, 1998. Its shares fell by the end of the week").
        s, mod = with_mod(m, cal.stretch_of(ctx.ref.first, unit))
        return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, ctx.ref.value, f"discourse-{unit_word}")
    s = cal.shift_to_unit(a, offset, unit)
    s, mod = with_mod(m, s)
    if (rel == "the" and unit == "Y" and ctx.ref is not None and ctx.ref.granularity in ("year", "month", "day", "quarter", "season")
            and (m.group("modword") or abs(ctx.ref.year - a.year) <= 1) and not ctx.ref_opens_stretch
            and not (ctx.ref.year < a.year and ctx.tense(m.start(), m.end()) == FUTURE)):
        # "the end of the year" after "in 1985" is 1985's; but "for the year", "the full year"
        # in a results story is the year being reported, not a year forecast in passing. Not
        # after "since March 2020" (a stretch up to now), nor a year gone by when the sentence
        # looks ahead ("closed in 2011. The grocer plans to open another by the end of the year").
        s, mod = with_mod(m, cal.year(ctx.ref.year))
        return Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, ctx.ref.value, "discourse-year")
    return date_result(s, f"relative-{unit_word}", ctx, RESOLVED_ANCHOR, mod)


_UNIT_GRANULARITY = {"M": "month", "Q": "quarter", "Y": "year"}
_HEADING_INTO_BEFORE = rx(r"(?i:\b(?:heading|going|head|heads|go|goes)\s+into\s+$)")
_UNIT_TO_CAL = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE", "fortnight": "W"}
_APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "approximately": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "upwards of": "MORE_THAN", "just": None, "only": None, "barely": None,
}


def _unit_key(word: str) -> str:
    w = word.lower()
    if w.endswith("ies"):
        return "century"
    return w[:-1] if w.endswith("s") and w not in ("hours",) and not w.endswith("ss") else w.rstrip("s")


def ago(m: re.Match, ctx: Context) -> Resolved | None:
    unit_word = _unit_key(m.group("unit"))
    sign = 1 if m.group("dir")[0] in "fFhH" else -1
    approx = _APPROX_MODS.get(_SPACE.sub(" ", (m.group("approx") or "").lower()))
    if m.group("vague"):
        value = FUTURE_REF if sign > 0 else PAST_REF
        return Resolved(DATE, value, None, approx, RESOLVED_ANCHOR, ctx.anchor_value, "ago-vague")
    n = parse_number(m.group("num"))
    if n is not None and unit_word in _CLOCK_UNIT_HOURS and m.group("dir").lower() != "back":
        # "48 hours ago", "72 hours from now": the day that many hours away, as near as a day
        # can say it.
        days = round(n * _CLOCK_UNIT_HOURS[unit_word] / 24)
        return date_result(cal.day(cal.add_days(ctx.anchor, sign * days)), "ago-hours" if sign < 0 else "from-now-hours",
                           ctx, RESOLVED_ANCHOR, approx)
    if n is None or unit_word not in _UNIT_TO_CAL or n != int(n):
        return None
    n = int(n) * (2 if unit_word == "fortnight" else 1)
    unit = _UNIT_TO_CAL[unit_word]
    a = ctx.anchor
    if unit == "Y" and sign < 0 and ctx.ref is not None and ctx.ref.granularity in ("quarter", "half"):
        # Financial news: "profit rose from $5 million a year ago" compares quarters.
        base = ctx.reported_quarter if ctx.ref.granularity == "quarter" and ctx.reported_quarter else ctx.ref
        s = cal.shift(base, -n, "Y")
        return Resolved(DATE, s.value, s, None, RESOLVED_DISCOURSE, ctx.ref.value, "ago-period", sets_reference=False)
    if unit in ("DE", "CE"):
        s = cal.year(a.year + sign * n * (10 if unit == "DE" else 100))
    elif m.group("dir").lower().endswith("today"):
        s = cal.shift(cal.day(a), n, unit)  # "90 days from today": the day itself
    else:
        s = cal.shift_to_unit(a, sign * n, unit)
    to_the_day = _TO_THE_DAY_AFTER.match(ctx.text, m.end())
    if to_the_day:
        # "two years ago to the day", "three decades ago, almost to the day": the day itself, that far back.
        years = {"DE": 10, "CE": 100}.get(unit)
        s = cal.shift(cal.day(a), sign * n * years, "Y") if years else cal.shift(cal.day(a), sign * n, unit)
        return Resolved(DATE, s.value, s, approx, RESOLVED_ANCHOR, ctx.anchor_value, "ago-to-the-day", end=to_the_day.end())
    r = date_result(s, "ago" if sign < 0 else "from-now", ctx, RESOLVED_ANCHOR, approx)
    if unit not in ("DE", "CE") and _TODAY_AFTER.match(ctx.text, m.end()):
        # "a year ago today": the day itself, a year back (the tagger joins the two).
        r.offset = (sign * n, unit)
    return r


_TODAY_AFTER = rx(r"\s+(?i:today|this\s+(?:week|month))\b")
_TO_THE_DAY_AFTER = rx(r"(?i:,?\s+(?:(?:almost|nearly|exactly|just\s+about)\s+)?to\s+the\s+day)\b")
_CLOCK_UNIT_HOURS = {"hour": 1, "minute": 1 / 60, "second": 1 / 3600}


def plural_ago(m: re.Match, ctx: Context) -> Resolved:
    return Resolved(DATE, PAST_REF, None, None, RESOLVED_ANCHOR, ctx.anchor_value, "ago-vague")


# --- discourse --------------------------------------------------------------------------------

_GRAN_ORDER = {g: i for i, g in enumerate(("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"))}
_UNIT_GRAN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"}
# "two days later", "a day after that": the date is the reference moved. Not "a day after it
# began", "a day after that attack": a clause or a noun follows, naming the event.
_ANAPHOR_AFTER = rx(
    r"^(?:\s*(?:[.,;:!?)\]\"”’—–-]|$)|\s+(?:that|this|it|then|those|these|the\s+fact)"
    r"(?=\s*(?:[.,;:!?)\]\"”’—–-]|$)|\s+(?:and|but|or|when|as|while)\b))"
)


def _reference(ctx: Context) -> tuple[cal.Stretch, str, str]:
    if ctx.ref is not None:
        return ctx.ref, RESOLVED_DISCOURSE, ctx.ref.value
    s = cal.day(ctx.anchor)
    return s, RESOLVED_ANCHOR, ctx.anchor_value


def _shift_ref(ref: cal.Stretch, n: int, unit: str) -> cal.Stretch:
    if _GRAN_ORDER[_UNIT_GRAN[unit]] < _GRAN_ORDER[ref.granularity]:
        # "two days later" than "1998": a day we cannot know; the coarse stretch is the best.
        return ref
    return cal.shift(ref, n, unit)


_APPOSITION_BEFORE = rx(r"\s*,\s*")
_CLAUSE_COMMA_BEFORE = rx(r",\s*$")
# Between a date and an offset after it: another clause, whose event the offset may place
# ("detained on March 3 and, two days after his arrest, charged").
# Not "the Kursk and Belgorod regions", nor a list's last item ("a man, a woman, and a child").
_ANOTHER_CLAUSE = rx(r"(?i:,\s*and\b|\band\s*,|\bbut\b)")


_THAN_AFTER = rx(r"\s+than\b")
# "seek a further six years after that": more of a stretch, not a date after it.
_MORE_OF_IT_BEFORE = rx(r"(?i:\b(?:further|another|additional|extra)\s+$)")
_A_DEICTIC_UNIT_AFTER = rx(r"(?i:\s+(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening)\b|\s+(?:today|tonight|in\s+the\s+(?:day|week)\b))")
_BACKGROUND_GRANULARITIES = frozenset(("year", "decade", "century"))
# "stayed silent for almost a week before Zelensky acknowledged it": how long, not when (but
# "talks were scheduled for two days before the deadline" gives when).
_FOR_BEFORE = rx(r"(?i:(?<!scheduled )(?<!set )(?<!planned )(?<!slated )(?<!due )(?<!booked )(?<!fixed )(?<!timed )\bfor\s+$)")


def _offset_as_duration(m: re.Match, ctx: Context, n: int, unit_word: str, rule: str) -> Resolved | None:
    """The stretch of an offset, "two days" of "two days after the vote", without its direction."""
    value = duration_value(n, unit_word)
    if value is None:
        return None
    end = m.start("dir")
    while end > m.start() and ctx.text[end - 1].isspace():
        end -= 1
    approx = _APPROX_MODS.get(_SPACE.sub(" ", (m.group("approx") or "").lower()))
    return Resolved(DURATION, value, None, approx, RESOLVED_ABSOLUTE, None, rule, end=end)


_A_YEAR_DIGITS = rx(r"[0-9]{4}")
_FLASHBACK_DAYS = 92


def offset_ok(m: re.Match, text: str) -> bool:
    """Not "stalled for nearly two days earlier this week": how long, then when, each found on
    its own ("nearly two days", "earlier this week")."""
    return not ((m.group("dir").lower() in ("later", "earlier") and not m.group("the")
                 and _A_DEICTIC_UNIT_AFTER.match(text, m.end()))
                or _MORE_OF_IT_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def offset(m: re.Match, ctx: Context) -> Resolved | None:
    """'a day after', 'two days later', 'a year earlier', 'the day before'.

    With an anaphoric use ("two days later", "a day after that") the date is the reference
    moved by the offset. When a clause follows ("came a day after a delegation met"), the main
    clause happens at the reference and the offset locates the event of the clause, so the
    date is the reference moved the other way.
    """
    if _a_capitalised_title(m, ctx.text):
        return None  # "watched The Day After on television"
    unit_word = m.group("unit").lower()
    n = 1.0 if m.group("the") else parse_number(m.group("num"))
    if n is None or n != int(n):
        return None
    word = m.group("dir").lower()
    sign = 1 if word in ("later", "after", "afterward", "afterwards") else -1
    rest = ctx.text[m.end(): m.end() + 20]
    if word in ("later", "earlier") and not m.group("the") and _THAN_AFTER.match(rest):
        # "opened a year later than planned": how much later, a stretch and no date.
        return _offset_as_duration(m, ctx, int(n), unit_word, "duration-later-than")
    if word in ("after", "before") and not _ANAPHOR_AFTER.match(rest):
        if not m.group("the") and (not (unit_word in ("day", "week") and ctx.ref is not None and ctx.ref.granularity == "day")
                                   or _FOR_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())):
            # "90 days after their issue date", "twenty years after the landing": without a
            # day under discussion to hang it on, the phrase measures a stretch (TimeBank
            # annotates "90 days" as a DURATION), so report the duration alone.
            return _offset_as_duration(m, ctx, int(n), unit_word, "duration-before-after")
        if ctx.ref is not None and _APPOSITION_BEFORE.fullmatch(ctx.text, ctx.ref_end, m.start()):
            # "Oct. 12, the day before the plunge": a second name for the date just given.
            return Resolved(DATE, ctx.ref.value, ctx.ref, None, RESOLVED_DISCOURSE, ctx.ref.value,
                            f"offset-{word}-apposition", sets_reference=False)
        if (ctx.ref is not None and _CLAUSE_COMMA_BEFORE.search(ctx.text, max(0, m.start() - 3), m.start())
                and ctx.sentence_bounds(m.start())[0] < ctx.ref_end
                and (not _ANOTHER_CLAUSE.search(ctx.text, ctx.ref_end, m.start())
                     or LIST_BEFORE_AND.search(ctx.text, ctx.ref_end, m.start()))):
            # "fired missiles during the Monday rush hour, two days after an explosion
            # damaged the bridge": set off by a comma, the phrase places the main clause,
            # already dated in its sentence, from the clause's event: that same date.
            return Resolved(DATE, ctx.ref.value, ctx.ref, None, RESOLVED_DISCOURSE, ctx.ref.value,
                            f"offset-{word}-main-clause", sets_reference=False)
        if LOCATING_VERB_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            # "The visit came a day after a delegation met": the subject is the event under
            # discussion, so the clause's event lies the other way from it.
            sign = -sign
        # Otherwise the clause or noun names the event under discussion and the phrase dates
        # the main clause from it: "showed up the day after his death".
        rule = f"offset-{word}-clause"
    elif word == "prior" and rest.lstrip().lower().startswith("to"):
        sign, rule = 1, "offset-prior-to"
    else:
        rule = f"offset-{word}"
    ref, against, reference = _reference(ctx)
    if rule.endswith("-clause") and ctx.ref_opens_stretch:
        # "arrested since 1990 ... seen in the weeks before the shooting": the clause's
        # event is not the start of that stretch, and the story is told as of publication.
        ref, against, reference = cal.day(ctx.anchor), RESOLVED_ANCHOR, ctx.anchor_value
    unit = _UNIT_TO_CAL[unit_word]
    if (_GRAN_ORDER[_UNIT_GRAN[unit]] < _GRAN_ORDER[ref.granularity] and ctx.ref_day is not None
            and (ref.granularity in _BACKGROUND_GRANULARITIES or ctx.ref_opens_stretch and against == RESOLVED_DISCOURSE)):
        # "struck it down on Wednesday. The 1996 law had ... A day earlier, ...": a day counts
        # from the last day named, not from a year in the background mentioned since (but "In
        # March 2015 it was sold. Two weeks later" counts from the month the story moved to,
        # and "In July, troops had withdrawn. A week later" from that July). Nor from a month
        # named after "since" ("said on Thursday it had held the town since August. A day
        # earlier, …").
        ref, against, reference = ctx.ref_day, RESOLVED_DISCOURSE, ctx.ref_day.value
    elif (_GRAN_ORDER[_UNIT_GRAN[unit]] < _GRAN_ORDER[ref.granularity] and ctx.ref_day is not None
          and against == RESOLVED_DISCOURSE and ref.last < ctx.ref_day.first and ctx.ref_day_end <= ctx.ref_start
          and ctx.sentence_bounds(ctx.ref_start)[0] <= ctx.ref_day_end
          and ref.granularity == "month" and not _A_YEAR_DIGITS.search(ctx.text, ctx.ref_start, ctx.ref_end)
          and (ctx.ref_day.first - ref.last).days <= _FLASHBACK_DAYS):
        # "began a tender offer on Oct. 4, after the board rebuffed its approach in August. A
        # week later, …": a month looked back to in the day's own sentence; the story goes on
        # from the day.
        ref, against, reference = ctx.ref_day, RESOLVED_DISCOURSE, ctx.ref_day.value
    if ((unit == "Y" and int(n) >= 2 or unit in ("DE", "CE"))
            and _GRAN_ORDER[ref.granularity] < _GRAN_ORDER["year"]):
        # "In February 1990 … Four years later", "on July 20, 1969 … a decade later": a year,
        # not the month or the day years on (but "a year earlier" keeps the quarter or the
        # month a results story compares).
        ref = cal.year(ref.first.year)
    s = _shift_ref(ref, sign * int(n), unit)
    approx = _APPROX_MODS.get(_SPACE.sub(" ", (m.group("approx") or "").lower()))
    # Years on, the story has moved to that year: "landed in Normandy two years later. That
    # winter …" is of 1944.
    moves_story = sign > 0 and word == "later" and (unit == "Y" and int(n) >= 2 or unit == "DE") and against == RESOLVED_DISCOURSE
    r = Resolved(DATE, s.value, s, approx, against, reference, rule, sets_reference=moves_story)
    if rule.endswith("-clause"):
        r.offset = ((1 if word == "after" else -1) * int(n), _UNIT_TO_CAL[unit_word])
    return r


_STRETCH_AFTER = rx(r"(?i:\s+(?:[a-z]+\s+)?(?:months|weeks|quarters|years|period)\b)")


def year_earlier(m: re.Match, ctx: Context) -> Resolved:
    unit = _UNIT_TO_CAL[m.group("unit").lower()]
    ref, against, reference = _reference(ctx)
    if against == RESOLVED_DISCOURSE and ref.granularity in ("year", "decade", "century"):
        # "the year-ago results" compares with the period being reported, not with a year
        # named in passing ("a loss in 1988"): the year before the anchor's.
        ref, against, reference = cal.day(ctx.anchor), RESOLVED_ANCHOR, ctx.anchor_value
    if against == RESOLVED_ANCHOR:
        ref = cal.stretch_of(ctx.anchor, "Q" if (m.group("what") or "").lower() == "quarter" else unit)
    what = (m.group("what") or "").lower()
    if what in ("quarter", "period") and compared_quarter(ctx) is not None:
        # "the year-ago quarter": the quarter under discussion, a year back.
        q = compared_quarter(ctx)
        ref, against, reference = q, RESOLVED_DISCOURSE, q.value
    s = _shift_ref(ref, -1, unit)
    r = Resolved(DATE, s.value, s, None, against, reference, "year-earlier", sets_reference=False)
    if (what not in ("period", "quarter", "month") and (m.group("the") or what) and m.string.startswith("-", m.end("unit"))
            and not _STRETCH_AFTER.match(m.string, m.end())):
        # "the year-ago results", "a year-earlier loss": the hyphenated compound is an
        # adjective and the article goes with the noun, which names no time ("the
        # year-earlier nine months" keeps it).
        r.start, r.end = m.start("unit"), m.end("dir")
    return r


_PART_MODS = {"early": "START", "mid": "MID", "late": "END"}
_PART_OF_DAY_AFTER_PREPOSITION = rx(r"^(?:in|during|into|through) the (?:morning|afternoon|evening|night)$|(?:early|late|mid)[- ]?(?:morning|afternoon|evening)$")
# A day written just after a part of the day, or a noun it qualifies: the part is not the
# day under discussion's ("by late afternoon on Friday", "in the early morning hours of
# Sunday", "into the night sky", "earlier in the day of the attack").
_OWN_DAY_OR_NOUN_AFTER = rx(
    rf"\s*,?\s+(?:(?:on|of)\s|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|tonight)\b|"
    rf"(?:{MONTH})\s+\d|[0-9]{{1,2}}\s+(?:{MONTH})\b)"
    r"|[-’']|\s+(?!(?:and|or|as|when|while|before|after|until|till|with|in|at|to|for|but|that|the|a|an|he|she|they|it|we)\b)[a-z]"
)
_PART_WORD = rx(r"(?i:morning|afternoon|evening|night)")
_THE_DAY = rx(r"(?i:the\s+day)")


# A part of the day in a rule or a habit, or set against another: "should be taken in the
# morning", "trains will run every 10 minutes in the morning", "classes in the morning and
# work in the afternoon".
_GENERIC_OR_CONTRAST = rx(
    r"(?i:\b(?:every|each|only|should|must|daily|usually|typically|always|often|allowed)\b"
    r"|\bmorning\b.*\b(?:afternoon|evening)\b|\b(?:afternoon|evening)\b.*\bmorning\b)"
)


def _part_of_the_day_under_discussion(m: re.Match, ctx: Context, w: str) -> Resolved | None:
    """"the Commerce Department said earlier in the day" (TimeBank annotates "the day"), "had
    pulled 164 people from the water by late afternoon", "rescue work went on into the
    night": the day just named, else, told in the past, the publication day. A part of the
    day in the abstract ("take the second dose later in the day", "he runs in the morning")
    is none; nor is one with its own day after it."""
    if _OWN_DAY_OR_NOUN_AFTER.match(ctx.text, m.end()):
        return None
    # "Later in the day" goes on with the story's day however long its paragraph.
    named = _day_just_named(ctx, m.start()) or (w.endswith(" in the day") and ctx.ref_day is not None and ctx.ref is ctx.ref_day)
    part_at = _PART_WORD.search(ctx.text, m.start("w"), m.end("w"))
    tense = ctx.tense(part_at.start(), m.end()) if part_at and w.startswith("in the") else ctx.tense(m.start(), m.end())
    if not named and not (w.startswith("in the") and tense == FUTURE and ctx.ref is None
                          and not _GENERIC_OR_CONTRAST.search(ctx.text, *ctx.sentence_bounds(m.start()))) and (
            w.startswith(("in the", "during the", "into the", "through the")) or tense != PAST):
        return None  # (but "Forecasters expect rain in the afternoon": this afternoon, told as the story opens)
    if named:
        day, against, reference = ctx.ref_day, RESOLVED_DISCOURSE, ctx.ref_day.value
    else:
        day, against, reference = cal.day(ctx.anchor), RESOLVED_ANCHOR, ctx.anchor_value
    if w.endswith(" in the day"):
        start = _THE_DAY.search(ctx.text, m.start("w"), m.end("w")).start()
        return Resolved(DATE, day.value, day, None, against, reference, "in-the-day", start=start, sets_reference=False)
    part = _PART_WORD.search(ctx.text, m.start("w"), m.end("w"))
    if named and part.group(0).lower() == "night" and REPORTED_ON_BEFORE.search(ctx.text, max(0, ctx.ref_start - 50), ctx.ref_start):
        # "The air force said on Sunday that Russia launched 100 drones during the night": the
        # night before the day of the report.
        day = cal.day(cal.add_days(day.first, -1))
    mod_word = next((word for word in _PART_MODS if ctx.text[m.start("w"):part.start()].lower().rstrip(" -").endswith(word)), None)
    if mod_word is None:
        # "in the morning", "into the night": the part named after the article.
        return Resolved(TIME, f"{day.value}T{lx.PARTS_OF_DAY[part.group(0).lower()]}", day, None, against, reference,
                        "part-of-that-day", start=_THE_BEFORE.search(ctx.text, m.start("w"), part.start()).start())
    start = ctx.text.lower().rindex(mod_word, m.start("w"), part.start())
    return Resolved(TIME, f"{day.value}T{lx.PARTS_OF_DAY[part.group(0).lower()]}", day, _PART_MODS[mod_word], against,
                    reference, "part-of-day-modified", start=start, sets_reference=False)


def _day_just_named(ctx: Context, start: int) -> bool:
    day = ctx.ref_day
    return day is not None and ctx.ref is day and start - ctx.ref_end <= _RECENT_MENTION_REACH


def then(m: re.Match, ctx: Context) -> Resolved | None:
    w = _SPACE.sub(" ", m.group("w").lower())
    if w.endswith("same date") and not _day_just_named(ctx, m.start()):
        return None  # "The two trials are set for the same date": no day to be the same as
    ref, against, reference = _reference(ctx)
    if w in ("by then", "until then", "since then", "at that time", "at the time"):
        if ctx.ref is None:
            return Resolved(DATE, PAST_REF, None, None, RESOLVED_ANCHOR, ctx.anchor_value, "then")
        return Resolved(DATE, ref.value, ref, None, against, reference, "then")
    if w.endswith(" in the day") or _PART_OF_DAY_AFTER_PREPOSITION.search(w):
        return _part_of_the_day_under_discussion(m, ctx, w)
    unit_word = w.split()[-1]
    coarse = unit_word in ("week", "month", "year") and w.startswith(("later that", "earlier that"))
    if coarse and ctx.ref is not None and _GRAN_ORDER[ref.granularity] <= _GRAN_ORDER[unit_word]:
        pass  # "in June 1998 ... later that year": the month just named holds the year
    elif ref.granularity != "day" and ctx.ref_day is not None:
        ref, reference = ctx.ref_day, ctx.ref_day.value
    base = ref.first if ref.granularity in ("day", "time") else None
    if w.startswith(("later that", "earlier that")):
        unit = w.split()[-1]
        mod = "END" if w.startswith("later") else "START"
        if unit == "night":
            if base is None:
                return None
            s = cal.day(base)
            return Resolved(TIME, f"{s.value}TNI", s, None, against, reference, "later-that-night")
        s = cal.stretch_of(ref.first, _UNIT_TO_CAL[unit]) if _GRAN_ORDER[ref.granularity] <= _GRAN_ORDER[_UNIT_GRAN[_UNIT_TO_CAL[unit]]] else ref
        return Resolved(DATE, s.value, s, mod, against, reference, "later-that")
    if (ctx.last_day is not None and ctx.last_day_end > ctx.ref_end and ctx.last_day != ref
            and m.start() - ctx.last_day_end <= _RECENT_MENTION_REACH):
        # "Two days later, the monarch died; … that same day": the day an offset just named.
        base, against, reference = ctx.last_day.first, RESOLVED_DISCOURSE, ctx.last_day.value
    if base is None:
        return None
    shift = 1 if ("next" in w or "following" in w) else -1 if ("previous" in w or "preceding" in w) else 0
    s = cal.day(cal.add_days(base, shift))
    part = w.split()[-1]
    if part in lx.PARTS_OF_DAY:
        return Resolved(TIME, f"{s.value}T{lx.PARTS_OF_DAY[part]}", s, None, against, reference, "that-part-of-day")
    return Resolved(DATE, s.value, s, None, against, reference, "same-day" if shift == 0 else "next-day" if shift > 0 else "previous-day")


_DAY_SUBJECT_OFFSET = {"today": 0, "tomorrow": 1, "yesterday": -1}
# How far before "day" the subject and its copula are looked for (the rule's gate reach).
_DAY_SUBJECT_REACH = 40
# "It is the eighth day of the strike" counts days up to the present one; "it is the day of
# reckoning" names no day.
_COUNTED_DAY = rx(
    r"(?i:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final|[0-9]+(?:st|nd|rd|th))\b)"
)


def day_predicate(m: re.Match, ctx: Context) -> Resolved | None:
    """"today is the eighth day of Desert Shield", "it was a great day for Poland": the day the
    subject names. "Today" names the publication day, and so does "it is" when it counts the
    days of something ("the second day of"); "it was" names the day just under discussion."""
    day_start = m.end() - len("day")
    subject = DAY_SUBJECT_BEFORE.search(ctx.text, max(0, day_start - _DAY_SUBJECT_REACH), day_start)
    if subject is None:
        return None
    subj = subject.group("subj").lower()
    cop = _SPACE.sub(" ", (subject.group("cop") or "is").lower())
    if subj in _DAY_SUBJECT_OFFSET:
        s = cal.day(cal.add_days(ctx.anchor, _DAY_SUBJECT_OFFSET[subj]))
        against, reference = RESOLVED_ANCHOR, ctx.anchor_value
    elif cop in ("is", "marks") and _COUNTED_DAY.search(m.group(0)):
        s, against, reference = cal.day(ctx.anchor), RESOLVED_ANCHOR, ctx.anchor_value
    elif cop in ("was", "marked") and ctx.ref_day is not None and ctx.ref is ctx.ref_day:
        s, against, reference = ctx.ref_day, RESOLVED_DISCOURSE, ctx.ref_day.value
    else:
        return None
    return Resolved(DATE, s.value, s, None, against, reference, "day-predicate", sets_reference=False)


# --- references -------------------------------------------------------------------------------

_REF_VALUES = {
    PRESENT_REF: ("now", "right now", "just now", "currently", "nowadays", "these days", "at present", "at the moment", "presently", "current"),
    FUTURE_REF: ("future", "soon", "coming", "ahead", "next few"),
}


# Words TimeBank mostly leaves unannotated ("previously reported", "quarterly results");
# tagging them costs more precision than it gains recall.
_NOT_REFERENCES = frozenset(("later", "earlier", "former", "shortly", "previously", "formerly", "recent"))
# "soon" is a time ahead of the report, except in a phrase of its own or told of the past
# ("the cash that soon flowed": shortly after the story's time).
_SOON_PHRASE_BEFORE = rx(r"(?i:\b(?:as|how|so|too|very)\s+$)")
_SOON_PHRASE_AFTER = rx(r"(?i:\s*(?:after|afterwards?|thereafter|before|as|enough|,?\s+if\s+not)\b)")
# "current" before a noun places it at the present ("current market conditions", "his
# current wife"), except in fixed terms where it means something else.
_CURRENT_TERMS = frozenset("account accounts assets asset liabilities liability affairs events ratio yield yields coupon".split())
_CURRENT_NOUN_BEFORE = rx(
    r"(?i:\b(?:strong|weak|swift|powerful|electric|electrical|ocean|alternating|direct|undersea|cold|warm|jet|rip|a|an)\s+$)"
)
_THEN_BEFORE = rx(r"(?i:\bthen\s+$)")


def _current(m: re.Match, ctx: Context) -> Resolved | None:
    nxt = _NEXT_WORD.match(ctx.text, m.end())
    if not nxt or not nxt.group(1).islower() or nxt.group(1) in _CURRENT_TERMS:
        return None  # "is current", "the Current account": no attributive use
    if _CURRENT_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()):
        return None  # "a strong current swept ...": the noun
    then = _THEN_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
    if then:
        # "the then current market price": the present of a past time.
        return Resolved(DATE, PAST_REF, None, None, RESOLVED_ANCHOR, ctx.anchor_value, "reference", start=then.start())
    return Resolved(DATE, PRESENT_REF, None, None, RESOLVED_ANCHOR, ctx.anchor_value, "reference")


_OF_AFTER = rx(r"\s+of\b")
_VAGUE_UNIT = rx(r"\b(days|weeks|months|years)\b")


_NAME_WORD_BEFORE = rx(r"\b[A-Z][a-z]+ $")
_NAMED_GROUP_AFTER = rx(r"\s+(?:Movement|Party|Alliance|Fund|Forward|Group)\b")


# "host Chelsea on Sunday afternoon, having drawn last weekend": what went before the fixture.
_HAVING_AFTER = rx(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*having\b")


def _only_a_having_clause_past(ctx: Context, m: re.Match) -> bool:
    """Whether the only past in the sentence is in a "having" clause after the day: "Arsenal
    host Chelsea on Sunday, having drawn last weekend" (not "Everton's visit on Sunday, having
    been postponed twice, ended in a draw")."""
    having = _HAVING_AFTER.match(ctx.text, m.end())
    if having is None:
        return False
    s0, s1 = ctx.sentence_bounds(m.start())
    clause_end = ctx.text.find(",", having.end())
    clause_end = s1 if clause_end < 0 or clause_end > s1 else clause_end
    for c in ctx.cues(s0, s1):
        if c.start >= clause_end and c.kind == "rep":
            return True  # "…, and Slot said he was confident": what was said after is the saying's
        if c.kind in ("past", "rep") and (c.end <= m.start() or c.start >= clause_end):
            return False
    return True


def _past_verb_just_after(ctx: Context, end: int, reach: int = 2) -> bool:
    s0, s1 = ctx.sentence_bounds(end)
    return any(c.kind in ("past", "rep") and 0 < c.start - end <= reach
               and (ctx.text[end:c.start].isspace() if reach <= 2 else not any(ch in ctx.text[end:c.start] for ch in ",;"))
               for c in ctx.cues(s0, s1))


def reference(m: re.Match, ctx: Context) -> Resolved | None:
    w = _SPACE.sub(" ", m.group("w").lower())
    start = m.start()
    if w.startswith("in "):
        start += 3
    if w in _NOT_REFERENCES:
        return None
    if m.group("w")[:1].isupper() and " " not in w and _NAME_WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "Peace Now said": a capitalised word after another one is a name's
    if m.group("w")[:1].isupper() and _NAMED_GROUP_AFTER.match(ctx.text, m.end()):
        return None  # "The Future Movement, founded by …": a party's name
    if w == "current":
        return _current(m, ctx)
    if w == "soon" and (_SOON_PHRASE_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
                        or _SOON_PHRASE_AFTER.match(ctx.text, m.end()) or ctx.tense(m.start(), m.end()) == PAST
                        or _past_verb_just_after(ctx, m.end())):
        return None  # "as soon as", "soon after"; "the cash soon ran out", "witnesses say the fire soon spread"
    if w.endswith("future") and _OF_AFTER.match(ctx.text, m.end()):
        return None  # "the future of our peoples": what becomes of them, not a time
    if w in _REF_VALUES[PRESENT_REF]:
        value = PRESENT_REF
    elif any(k in w for k in _REF_VALUES[FUTURE_REF]):
        unit = _VAGUE_UNIT.search(w)
        if unit:
            # "in the coming weeks", "the months ahead": a stretch of unstated length ahead,
            # like "the next few days" (TimeBank: PXW, PXY).
            return Resolved(DURATION, duration_value(None, unit.group(1)), None, None, RESOLVED_ABSOLUTE, None,
                            "duration-vague", start=start)
        value = FUTURE_REF
    else:
        value = PAST_REF
    return Resolved(DATE, value, None, None, RESOLVED_ANCHOR, ctx.anchor_value, "reference", start=start)


# --- durations --------------------------------------------------------------------------------

def duration_value(n: float | None, unit_word: str) -> str | None:
    key = _unit_key(unit_word)
    if key not in lx.UNITS:
        return None
    letter, is_time = lx.UNITS[key]
    prefix = "PT" if is_time else "P"
    if n is None:
        if letter == "10Y":
            # Decades are written in years, as "two decades" is P20Y: "decades-long" is PXY.
            return "PXY"
        if letter == "100Y":
            return "PXCE"
        return f"{prefix}X{letter[-1]}"
    if letter in ("10Y", "100Y", "2W"):
        mult = int(letter[:-1])
        return f"P{fmt_number(n * mult)}{letter[-1]}"
    if letter == "Y" and n != int(n) and (n * 12) == int(n * 12):
        # "2 1/2 years" is P2Y6M: TIMEX3 writes the fraction in the next smaller unit.
        whole, months = int(n), int(round((n - int(n)) * 12))
        return f"P{whole}Y{months}M" if whole else f"P{months}M"
    if is_time and n != int(n):
        whole = int(n)
        if letter == "H":
            minutes = round((n - whole) * 60)
            return f"PT{whole}H{minutes}M" if whole else f"PT{minutes}M"
        if letter == "M":
            return f"PT{whole}M{round((n - whole) * 60)}S"
    return f"{prefix}{fmt_number(n)}{letter}"


def _a_share(m: re.Match, text: str) -> bool:
    """Whether "a quarter" is a share, not a time: "a quarter point", "grew by a quarter"
    (but "delayed by a quarter" is a time)."""
    return bool(_A_SHARE_AFTER.match(text, m.end())
                or _AMOUNT_CHANGED_BY.search(text, max(0, m.start() - 70), m.start()))


_A_SHARE_AFTER = rx(r"(?i:[- ](?:point|percentage|per\s*cent|percent)\b)")
# An amount that changed by a share: "grew by a quarter", "cut its workforce by a quarter", "will
# raise defence spending by about a quarter" (a plan
# "delayed by a quarter", "slipped by a quarter" keeps its time).
_AMOUNT_CHANGED_BY = rx(
    r"(?i:\b(?:grew|grown|grows|growing|grow|rose|risen|rising|rise|fell|fallen|falling|increased|increasing|increase|decreased|"
    r"reduced|reducing|reduce|raised|raising|raise|dropped|declined|shrank|shrunk|climbed|jumped|expanded|boosted|boost|lowered|"
    r"slashed|trimmed|swelled|swollen|soared|plunged|tumbled|cut\s+(?:its|their|his|her|the)\s+[\w-]+)"
    r"(?:\s+(?!(?:delay|push|pull|postpon|brought|bring|mov|slipp?|shift|defer)\w*)[\w’'-]+){0,6}?\s+by\s+"
    r"(?:about\s+|nearly\s+|roughly\s+|almost\s+|some\s+|more\s+than\s+|less\s+than\s+)?$)"
)
# After "a quarter of": a share of something, unless a time follows ("a quarter of a century").
_FRACTION_OF = rx(r"\s+of\s+(?!an?\s+(?:century|decade|year|month|hour|mile)\b)")
# Words that may follow "a second" meant as a length of time; any other word makes it the
# ordinal ("a second group", "a second betrayal").
_SECOND_CONTINUES = frozenset(
    "later earlier ago after before or and of to longer more less too in at on for the that".split()
)


_MODAL_BEFORE = rx(r"(?i:\b(?:will|would|could|might|may|can|should|must|shall)\s+$)")


def _one_day_someday(m: re.Match, ctx: Context) -> bool:
    """"Islam will one day be ...": some time in the future, not a day's length."""
    return (_SPACE.sub(" ", m.group(0).lower()) == "one day"
            and bool(_MODAL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())))


_SHARE_OF = rx(
    r"\s+of\s+(?i:the|its|his|her|their|our|your|my|a|an|all|this|that|these|those|them|it|us|each|every|one)\b|\s+of\s+[0-9$%]"
    r"|\s+of\s+[A-Z][\w-]*"  # "a quarter of Venezuela's population", "a quarter of Americans"
)


_A_SHARE_OF_MANY = rx(
    r"\s+of\s+(?:(?!(?:losses|gains|declines|profits|deficits|results|earnings)\b)[a-z]+s|women|men|children|people)\b"
)
# "After a quarter of outflows": a quarter's stretch of them.
_A_RUN_OF_QUARTERS_BEFORE = rx(r"(?i:\b(?:after|following|another|straight|consecutive|second|third|fourth)\s+(?:\w+\s+)?an?\s$)")
# Of whom or what a quarter is a share even after "after": "after a quarter of workers returned".
_PEOPLE_OR_UNITS_AFTER = rx(
    r"\s+of\s+(?:[a-z]+\s+)?(?:workers|voters|members|staff|residents|trains|people|households|respondents|students|"
    r"employees|shares|seats|patients|customers|users|adults|children|women|men|families|homes|flights|schools|citizens)\b"
)


# A cricket format, not a length: "England's one-day international side".
_ONE_DAY_GAME_AFTER = rx(r"\s+(?:internationals?|series|match(?:es)?|cricket|format|side(?!\s+trips?\b)|squad|cup|captain|team)(?![\w-])")


def duration_ok(m: re.Match, text: str) -> bool:
    unit = m.group("unit")
    if m.group(0).lower().split()[-1] == "one-day" and _ONE_DAY_GAME_AFTER.match(text, m.end()):
        return False
    if unit.lower().startswith("quarter") and text.startswith(" of", m.end()):
        # "three-quarters of the vote" is a share; "several quarters of losses", "two
        # quarters of growth" are times: a share is of something determined.
        if m.group("vague") is None and ("-" in m.group(0) or _SHARE_OF.match(text, m.end())):
            return False
        if (unit.lower() == "quarter" and _A_SHARE_OF_MANY.match(text, m.end())
                and not (_A_RUN_OF_QUARTERS_BEFORE.search(text, max(0, m.start() - 30), m.start() + 2)
                         and not _PEOPLE_OR_UNITS_AFTER.match(text, m.end()))):
            return False  # "Almost a quarter of trains arrived late" (not "a quarter of losses")
    if unit.lower() == "second" and (m.group("num") or "").lower() in ("a", "an") and not m.group("pl"):
        nxt = _NEXT_WORD.match(text, m.end())
        if (nxt and nxt.group(1).lower() not in _SECOND_CONTINUES) or _ORDINAL_SECOND_AFTER.match(text, m.end()):
            return False
    if (unit[0].isupper() and (m.group("num") or "")[:1].isdigit() and not unit.isupper()
            and text[m.start("unit") - 1:m.start("unit")] != "-"):
        return False  # "CBS's ''60 Minutes''": a title ("a 30-Day Ceasefire" is a length)
    if (m.group("num") or "").lower() in ("a", "an") and m.group("pl"):
        return False  # "a decades-long feud": the article goes with the noun, not the unit
    if (m.group("num") or "").lower() in ("a", "an") and _MEASURE_BEFORE_PER.search(text, max(0, m.start() - 30), m.start()):
        return False  # "160 miles an hour": a speed
    if _a_unit_named_or_minute(m, text, (m.group("num") or "").lower() in ("a", "an") and not m.group("pl")):
        return False
    if unit.lower() == "second" and text.startswith("-", m.end("unit")) and not text.startswith("-long", m.end("unit")):
        return False  # "two second-round picks": an ordinal
    if (m.group("num") or "").lower() in ("a", "an") and text.startswith("-", m.end()) and not m.group("long"):
        return False  # "a day-care center", "a year-end bonus": a compound noun's first word
    if m.group("unit")[:1].isupper() and text.startswith("-", m.start("unit") - 1) and _NAMED_WAR_AFTER.match(text, m.end()):
        return False  # "the Six-Day War", "a Six-Day War veteran": a war's name (not a headline's "Ends 10-Day Offensive")
    return not m.group("age")  # "a 22-year-old man": ages are not annotated


_NAMED_WAR_AFTER = rx(r"\s+War\b")


def _a_unit_named_or_minute(m: re.Match, text: str, one: bool) -> bool:
    """Whether a unit of time is a name's word ("the Seven Days Inn", "A Day Without
    Immigrants", "The Hundred Years' War") or, as "a minute", the adjective ("a minute
    discrepancy")."""
    unit = m.group("unit")
    if (unit[0].isupper() and not unit.isupper() and text[m.start("unit") - 1:m.start("unit")] != "-"
            and not _in_title_case_line(text, m.start())):
        return True
    if one and unit.lower() == "minute":
        nxt = _NEXT_WORD.match(text, m.end())
        return bool(nxt) and nxt.group(1).lower() in _MINUTE_ADJECTIVE_NOUNS
    return False


# Nouns that "minute" as an adjective ("tiny") goes with: "a minute discrepancy".
_MINUTE_ADJECTIVE_NOUNS = frozenset(
    """discrepancy discrepancies detail details amount amounts fraction change changes difference differences
    quantity quantities trace traces particle particles portion error errors variation variations adjustment
    adjustments increase decrease risk percentage sum""".split()
)


_LAST_AS_VERB_BEFORE = rx(r"(?i:\b(?:will|would|could|should|might|may|must|can|to|not|did|does|do)\s+$)")


def duration(m: re.Match, ctx: Context) -> Resolved | None:
    n = None if m.group("vague") else parse_number(m.group("num"))
    if n is None and not m.group("vague"):
        return None
    if n is not None and m.group("half"):
        n += 0.5  # "a minute and a half"
    if n is not None and n > 100000:
        return None
    unit = m.group("unit")
    if m.group("num") and m.group("num").lower() in ("a", "an") and m.group("pl"):
        return None
    if unit.lower() == "quarter" and (m.group("num") or "").lower() == "a" and _a_share(m, ctx.text):
        return None
    if _one_day_someday(m, ctx):
        return Resolved(DATE, FUTURE_REF, None, None, RESOLVED_ANCHOR, ctx.anchor_value, "reference")
    value = duration_value(n, unit)
    if value is None:
        return None
    det = _SPACE.sub(" ", (m.group("det") or "").lower())
    if det.startswith("each of") and not m.group("approx"):
        # "in each of the last three years": every year of them, a recurrence.
        each = duration_value(1, unit)
        if each:
            return Resolved(SET, each, None, None, RESOLVED_ABSOLUTE, None, "set-each-of")
    approx_word = _SPACE.sub(" ", (m.group("approx") or "").lower())
    start = None
    if approx_word == "over" and m.group("det"):
        # "over the past two weeks": "over" is the preposition, not "more than".
        approx_word, start = "", m.start("det")
    elif det == "last" and _LAST_AS_VERB_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "will last 42 days", "expected to last three weeks": the verb, not "the last".
        start = m.start("num") if m.group("num") else m.start("vague")
    elif det == "the" and not approx_word and not m.group("long") and _is_prenominal(m, ctx.text):
        # "the two-week strike": the article determines the noun, not the length of time.
        start = m.start("num")
    elif (not approx_word and (m.group("num") or "").lower() in ("a", "an")
          and (m.group("long") or "").startswith("-")):
        # "after a week-long pause": the article is the noun's; the length is "week-long".
        start = m.start("unit")
    approx = _APPROX_MODS.get(approx_word)
    r = Resolved(DURATION, value, None, approx, RESOLVED_ABSOLUTE, None, "duration", start=start)
    det = _SPACE.sub(" ", (m.group("det") or "").lower())
    if value in ("P6M", "P9M") and det in ("the", "the first", "the latest") and not approx:
        # "For the nine months, net rose ... from $5 million a year earlier": results for the
        # year so far, so what follows compares with the year before.
        # The year is the reported quarter's, when the story has one: a year-ago figure named
        # in between ("up from a year ago") does not move it.
        base = compared_quarter(ctx) or ctx.ref
        year = base.year if base is not None and abs(base.year - ctx.anchor.year) <= 1 else ctx.anchor.year
        r.discourse = cal.year(year)
    return r


# Verbs and prepositions before a stretch of something: "ending weeks of hesitation".
_BEFORE_A_STRETCH_OF = frozenset("ending ends ended follows followed following capping caps capped amid despite face faces faced facing".split())


def bare_plural(m: re.Match, ctx: Context) -> Resolved | None:
    pre = _SPACE.sub(" ", m.group("pre").lower())
    value = duration_value(None, m.group("unit"))
    if value is None:
        return None
    if pre in _BEFORE_A_STRETCH_OF and not ctx.text.startswith(" of ", m.end()):
        return None  # "ending weeks of hesitation", "follows months of talks" (not "ending days")
    keep = pre in ("recent", "coming", "past", "the coming", "the past", "the last", "the next", "the remaining", "in recent")
    start = m.start() if keep else m.start("unit")
    if pre == "in recent":
        start = m.start() + 3
    elif pre.endswith(" the"):
        # "over the years", "in the years that followed": a stretch of unstated length, named
        # from "the" (the preposition is not part of it).
        start = m.start("pre") + m.group("pre").lower().rindex("the")
    if pre in ("recent", "in recent", "past") and m.group("unit").lower() == "years":
        # "the boom of recent years", "sell programs in past years": an unspecified past time
        # in which something happened, not a measured stretch (TimeBank: PAST_REF). Recent
        # days, weeks and months stay durations, as they are mostly annotated.
        return Resolved(DATE, PAST_REF, None, None, RESOLVED_ANCHOR, ctx.anchor_value, "recent-years", start=start)
    return Resolved(DURATION, value, None, None, RESOLVED_ABSOLUTE, None, "duration-vague", start=start)


# Before a bare plural that is a count's noun or names its stretch otherwise: "two days
# later", "the days after", "many years before".
_COUNT_OR_DETERMINER_BEFORE = rx(
    rf"(?i:\b(?:{NUM_WORD}|[0-9][0-9,.]*|the|these|those|their|its|his|her|our|my|your|few|several|many|some|"
    r"a|an|of|recent|past|coming|next|last|more|other|same|first|final|initial|early|opening|closing|visiting|working|"
    r"peak|long|overtime|office|business|operating|trading|daylight|waking|happy|rush|extra|additional|billable)\s+$|[-’'$]$)"
)
# "minutes after midnight", "hours before noon": a clock time, not a stretch.
_CLOCK_WORD_AFTER = rx(r"(?i:\s+(?:after|before|past)\s+(?:midnight\b|noon\b|dawn\b|[0-9]{1,2}(?::[0-9]{2})?\s*[ap]\.?m\b))")


def bare_plural_offset_ok(m: re.Match, text: str) -> bool:
    return not (_COUNT_OR_DETERMINER_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or _CLOCK_WORD_AFTER.match(text, m.end("unit")))


def bare_plural_offset(m: re.Match, ctx: Context) -> Resolved | None:
    """"police arrested two men hours after the attack", "Days later, the company recalled
    the cars": the stretch, of unstated length (TimeBank: PTXH, PXD)."""
    value = duration_value(None, m.group("unit"))
    return Resolved(DURATION, value, None, None, RESOLVED_ABSOLUTE, None, "duration-vague", end=m.end("unit")) if value else None


def decades_long(m: re.Match, ctx: Context) -> Resolved | None:
    value = duration_value(None if m.group("pl") else 1, m.group("unit"))
    if not m.group("pl"):
        return Resolved(DURATION, value, None, None, RESOLVED_ABSOLUTE, None, "duration") if value else None
    return Resolved(DURATION, value, None, None, RESOLVED_ABSOLUTE, None, "duration-vague") if value else None


def single_unit(m: re.Match, ctx: Context) -> Resolved | None:
    det = _SPACE.sub(" ", m.group("det").lower())
    if _a_unit_named_or_minute(m, ctx.text, det in ("a", "an")):
        return None
    if det in ("a", "an") and _MEASURE_BEFORE_PER.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "160 miles an hour": a speed (see duration_ok)
    unit = m.group("unit").lower()
    if m.group("long") and m.group("long").startswith("-"):
        # "a week-long pause", "the decade-long war": the length, which the article is not part of.
        value = duration_value(1, unit)
        return Resolved(DURATION, value, None, None, RESOLVED_ABSOLUTE, None, "duration", start=m.start("unit")) if value else None
    if det == "the past" and unit in ("day", "fortnight", "hour"):
        # "over the past day", "the past fortnight": that long up to now. (The past week, month
        # or year is the calendar unit before the anchor's, as TimeBank annotates it.)
        return Resolved(DURATION, duration_value(1, unit), None, None, RESOLVED_ABSOLUTE, None, "duration")
    if det in ("the", "the past"):
        return None
    if unit == "quarter" and (_FRACTION_OF.match(ctx.text, m.end()) or _a_share(m, ctx.text)):
        return None  # "more than a quarter of the market", "a quarter point": a share
    if _one_day_someday(m, ctx):
        return Resolved(DATE, FUTURE_REF, None, None, RESOLVED_ANCHOR, ctx.anchor_value, "reference")
    value = duration_value(1, m.group("unit"))
    return Resolved(DURATION, value, None, None, RESOLVED_ABSOLUTE, None, "duration") if value else None


def months_quarter(m: re.Match, ctx: Context) -> Resolved | None:
    """"the January-March quarter": the quarter those months make, in the year given or the
    one the tense points to."""
    if m.group("m3"):
        # "estimated its October-December operating profit fell": results, of the last such
        # quarter when this year's has not begun and they are told as past or made public.
        index = (month_number(m.group("m3")) - 1) // 3 + 1
        before = cal.quarter(ctx.anchor.year - 1, index)
        if cal.quarter(ctx.anchor.year, index).first > ctx.anchor and (
                ctx.tense(m.start(), m.end()) == PAST or _results_just_ended(ctx, m, before)):
            return date_result(before, "months-quarter-results", ctx, RESOLVED_ANCHOR)
    else:
        first, last = month_number(m.group("m1")), month_number(m.group("m2"))
        if first % 3 != 1 or last != first + 2:
            return None  # "the March-May period" is no calendar quarter
        index = (first - 1) // 3 + 1
    if m.group("y"):
        return date_result(cal.quarter(int(m.group("y")), index), "months-quarter")
    # A quarter's results come out in the months after it: "will report results for the
    # October-December quarter" in February is the quarter just ended.
    year, how = _nearest_year(ctx, m, lambda y: (cal.quarter(y, index).first, cal.quarter(y, index).last), behind_weight=3)
    return date_result(cal.quarter(year, index), f"months-quarter-{how}", ctx, RESOLVED_ANCHOR)


def fraction_of_unit(m: re.Match, ctx: Context) -> Resolved | None:
    """"half a century" P50Y, "a quarter of a century" P25Y, "half an hour" PT30M; "a quarter
    century ago" is the year that long before the anchor."""
    frac = m.group("frac").lower()
    n = 0.75 if frac.startswith("three") else 0.25 if "quarter" in frac else 0.5
    unit = m.group("unit").lower()
    approx = _APPROX_MODS.get(_SPACE.sub(" ", (m.group("approx") or "").lower()))
    if m.group("ago"):
        if unit == "year":  # "half a year ago": the month that many months back
            back = ctx.anchor.year * 12 + ctx.anchor.month - 1 - round(n * 12)
            return date_result(cal.month(back // 12, back % 12 + 1), "ago", ctx, RESOLVED_ANCHOR, approx)
        years = {"century": 100, "decade": 10}.get(unit)
        if years is None:
            return None
        year = ctx.anchor.year - round(n * years)
        if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
            return None
        return date_result(cal.year(year), "ago", ctx, RESOLVED_ANCHOR, approx)
    value = duration_value(n, unit)
    if value is None:
        return None
    return Resolved(DURATION, value, None, approx, RESOLVED_ABSOLUTE, None, "duration", end=m.end("unit"))


def vague_while(m: re.Match, ctx: Context) -> Resolved:
    # "for a while", "for some time": a duration whose unit is not stated either.
    return Resolved(DURATION, "PXX", None, None, RESOLVED_ABSOLUTE, None, "duration-vague", start=m.start("w"))


# --- sets -------------------------------------------------------------------------------------

_SET_ADVERBS = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M", "bimonthly": "P2M", "hourly": "PT1H",
    "semiannual": "P6M", "semiannually": "P6M", "quarterly": "P3M",
}


# Nouns that make "annual", "daily" a measure per period ("annual sales of $2 billion",
# "average daily volume"), not a recurrence of events.
_MEASURE_NOUNS = frozenset(
    """sales revenue revenues rate rates volume volumes turnover dividend dividends growth output
    budget budgets production income earnings profit profits capacity fee fees interest salary
    salaries pay payments payment rent rents cost costs spending sale average limit quota
    inflation yield yields return returns meeting meetings report reports""".split()
)
_NEXT_WORD = rx(r"\s+([A-Za-z]+)")
_PERCENT_BEFORE = rx(r"(?i:(?:%|\bpercent)\s+$)")


# A paper whose name opens with an article of its language: "the daily Le Monde".
_ARTICLE_PAPER_AFTER = rx(r"\s+(?:Le|La|Der|Die|El|Al|Il)\s+[A-Z]")
_KIND_OF_PAPER_BEFORE = rx(
    r"(?:\b[A-Z][a-z]+|\b[a-z]+-[a-z]+|\b(?:news|business|financial|evening|morning|independent|conservative|liberal))\s+$"
)
_PAPER_NAMED_AFTER = rx(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)(?:(?:Le|La|Der|Die|El|Al|Il)\s+[A-Z]|[A-Z][a-z]+\s+[A-Z][a-z]+"
    # … and then what a paper does, not a noun: "the daily Downing Street briefing" is a briefing.
    r"(?=\s*[,.;)]|\s+(?:reported|said|says|wrote|reports|quoted|cited|published|ran|revealed|called|described)\b))"
)


def set_adverb(m: re.Match, ctx: Context) -> Resolved | None:
    nxt = _NEXT_WORD.match(ctx.text, m.end())
    if nxt and nxt.group(1).lower() in _MEASURE_NOUNS:
        return None
    if _PERCENT_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "to rise 8.5% annually": a growth rate
    if (_names_a_title(m, ctx.text) or _ends_a_name(m, ctx.text)
            or _ARTICLE_PAPER_AFTER.match(ctx.text, m.end())
            or (_PAPER_NAMED_AFTER.match(ctx.text, m.end()) and _KIND_OF_PAPER_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()))):
        # "The Daily Telegraph", "the Weekly Standard", "Al-Ahram Weekly", "the French daily Le Monde"
        return None
    word = m.group("w").lower()
    named = _A_PAPERS_NAME_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()) if word == "daily" else None
    if named is not None and (_A_PAPER_REPORTS_AFTER.match(ctx.text, m.end())
                              or ((named.group("whose") or _CITED_BEFORE.search(ctx.text, max(0, named.start() - 16), named.start()))
                                  and _A_PAPER_ENDS_AFTER.match(ctx.text, m.end()))):
        return None  # "Egypt's state-run Al-Ahram daily reported" (not "at Natanz and Fordow daily.")
    if word == "quarterly" and (
        not (_CLAUSE_ENDS_AFTER.match(ctx.text, m.end()) or (nxt and nxt.group(1) in _PREPOSITIONS_AFTER_ADVERB)
             or _AND_A_PAST_VERB_AFTER.match(ctx.text, m.end()))
        or m.group("w")[0].isupper() or _DETERMINER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        # "meets quarterly.", "meets quarterly in Vienna", but not "its quarterly dividend",
        # "first quarterly loss", "reports quarterly and will …"
        return None
    value = _SET_ADVERBS.get(word)
    return Resolved(SET, value, None, None, RESOLVED_ABSOLUTE, None, "set-adverb") if value else None


_DETERMINER_BEFORE = rx(r"(?i)\b(?:the|a|an|its|their|his|her|our|first|second|third|fourth|latest|last|next)\s+$")
# A paper's name before "daily", and what a paper does after it: "the Al-Ahram daily reported".
_A_PAPERS_NAME_BEFORE = rx(
    r"(?:\b[Tt]he|(?P<whose>['’]s|\bstate-run|\bstate-owned|\bpro-[\w-]+|-based))\s+(?:[a-z]+\s+)?(?:[A-Z][\w-]*[a-z]\s+){1,3}$"
)
_A_PAPER_REPORTS_AFTER = rx(r"\s+(?:reported|said|wrote|quoted|cited|published|says|reports|quotes|newspaper|on|that)\b")
_A_PAPER_ENDS_AFTER = rx(r"\s*[,.;:)]")
_CITED_BEFORE = rx(r"(?i:\b(?:by|according\s+to|with|told|in)\s+$)")
# "would publish figures quarterly and expected further falls": the adverb, then another verb
# (not "quarterly and annual reports").
_AND_A_PAST_VERB_AFTER = rx(
    r"\s+and\s+(?:said|[a-z]+ed)(?:\s*[.,;:]|\s*$|\s+(?:further|more|little|much|twice|again|the|a|an|its|their|that|to|in|on|at|by|"
    r"with|from|[0-9]|(?!(?:monthly|weekly|daily|yearly|quarterly|hourly|early|only)\b)[a-z]+ly)\b)"
)
_PREPOSITIONS_AFTER_ADVERB = frozenset("in at on by with from since until through".split())
_CLAUSE_ENDS_AFTER = rx(r"\s*(?:[.,;:!?)]|$)")


_CAPITALISED_NEXT = rx(r"\s+[A-Z][a-z]")


def _names_a_title(m: re.Match, text: str) -> bool:
    """Whether a capitalised word inside a sentence, before another capitalised one, is part
    of a name: "The Daily Telegraph", "the Winter Palace", "Person of the Year" ("of the
    Year" before a capital or the sentence's end)."""
    word = m.group(0).split()[-1]
    if not word[:1].isupper() or word.isupper() or sentence_bounds(text, m.start())[0] == m.start():
        return False
    return bool(_CAPITALISED_NEXT.match(text, m.end()))


_CAPITALISED_WORD_BEFORE = rx(r"\b[A-Z][\w’'-]*\s+$")


def _ends_a_name(m: re.Match, text: str) -> bool:
    """Whether a capitalised word closes a name begun by the capitalised word before it, in
    prose rather than a headline: "Al-Ahram Weekly", "Publishers Weekly"."""
    word = m.group(0)
    return (word[:1].isupper() and not word.isupper() and sentence_bounds(text, m.start())[0] != m.start()
            and _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            and not _in_title_case_line(text, m.start()))


_RATE_BEFORE = rx(
    rf"(?i:(?:\d|%|{'|'.join(lx.RATE_WORDS)})\W{{0,3}}$|\d(?:m|bn|k)\s+$"  # "$200m a day"
    # A count of things: "four flights a week", "700 seats a week", "hundreds of calls a day".
    rf"|(?:\d|\b(?:{NUM_WORD}|{'|'.join(lx.COUNT_WORDS)}))(?:\s+of)?\s+(?:[\w-]+\s+){{0,2}}[a-z-]+s(?:\s+of\s+[a-z-]+)?\s+$"
    # "$6 per person a month".
    r"|\bper\s+(?:person|head|capita|household|family|child|adult|patient|worker|student)\s+$)"
)


# A unit of measure before "per hour": a speed or a rate of flow, no recurrence ("125 miles
# per hour", "15 million instructions per second").
_MEASURE_BEFORE_PER = rx(
    r"(?i:\b(?:miles|mph|kilomet(?:re|er)s|km|metres|meters|feet|knots|gallons|lit(?:re|er)s|barrels|tons|tonnes|"
    r"cubic\s+\w+|words|beats|frames|instructions|revolutions|calories|kilowatts?|megawatts?)(?:\s+of\s+[a-z-]+)?\s+$)"
)


# "A second, larger failure": the ordinal, set off by a comma before a comparative.
_ORDINAL_SECOND_AFTER = rx(r"\s*,\s*(?:(?:[a-z]+er|more\s+[a-z]+|even\s+[a-z]+)\s+[a-z]|of\s+(?:magnitude|about|some)\b)")


def set_every_ok(m: re.Match, text: str) -> bool:
    if (m.group("q") or "").lower() in ("per", "a", "an") and _MEASURE_BEFORE_PER.search(text, max(0, m.start() - 30), m.start()):
        return False  # "160 miles an hour", "30 metres per second": a speed
    q = (m.group("q") or "").lower()
    if q in ("a", "an") and (m.group("unit") or "").lower() == "second" and _ORDINAL_SECOND_AFTER.match(text, m.end()):
        return False  # "A second, larger failure followed": the ordinal
    if q in ("a", "an") and not m.group("freq"):
        before = text[max(0, m.start() - 40): m.start()]
        # "February 29, a day that comes once every four years": the number is the date's.
        return bool(_RATE_BEFORE.search(before)) and not _DAY_OF_MONTH_BEFORE.search(before)
    return True


_DAY_OF_MONTH_BEFORE = rx(rf"\b(?:{MONTH_FULL}|{MONTH_ABBR}\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?\W{{0,3}}$")


def set_every(m: re.Match, ctx: Context) -> Resolved | None:
    gd = m.groupdict()
    if gd.get("wd"):
        part = f"T{lx.PARTS_OF_DAY[gd['wdpart'].lower()]}" if gd.get("wdpart") else ""
        return Resolved(SET, f"XXXX-WXX-{weekday_number(gd['wd']) + 1}{part}", rule="set-weekday")
    if gd.get("mon"):
        return Resolved(SET, f"XXXX-{month_number(gd['mon']):02d}", rule="set-month")
    unit = gd["unit"].lower()
    if unit in lx.SEASONS:
        return Resolved(SET, f"XXXX-{lx.SEASONS[unit]}", rule="set-season")
    if unit in ("night", "morning", "evening"):
        return Resolved(SET, f"XXXX-XX-XXT{lx.PARTS_OF_DAY[unit]}", rule="set-part-of-day")
    if unit == "weekend":
        return Resolved(SET, "XXXX-WXX-WE", rule="set-weekend")
    n = 2.0 if gd.get("other") else (parse_number(gd["num"]) if gd.get("num") else 1.0)
    value = duration_value(n, unit)
    return Resolved(SET, value, rule="set-every") if value else None


# "Fridays for Future marches", "the Mondays of Hope campaign": plural days that open the
# name of a movement; not "on Fridays for Lent", "free Sundays for New Yorkers".
_PLURAL_DAY_NAME_AFTER = rx(
    r"\s+(?:for|of)\s+[A-Z][a-z]+\s+(?:movement|activists?|protests?|protesters|march(?:es)?|campaign|group|strikes?|"
    r"rall(?:y|ies)|organi[sz]ers?|founders?)\b"
)
_DAYS_TAKEN_BEFORE = rx(r"(?i:\b(?:on|every|most|some|all|many|few|several|and|or|two|three|four)\s+$)")


def weekday_plural(m: re.Match, ctx: Context) -> Resolved | None:
    if ctx.text.endswith("TGI ", 0, m.start()):
        return None  # the restaurant chain TGI Fridays
    if ctx.text.endswith("The ", 0, m.start()) and ctx.sentence_bounds(m.start())[0] != m.start() - 4:
        return None  # "touring with The Sundays": a band
    if (not m.group("part") and _PLURAL_DAY_NAME_AFTER.match(ctx.text, m.end())
            and not _DAYS_TAKEN_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())):
        return None
    value = f"XXXX-WXX-{weekday_number(m.group('wd')) + 1}"
    part = m.group("part") or m.group("partpl")  # "Sundays", "Tuesday nights"
    if part:
        value += "T" + lx.PARTS_OF_DAY[part.lower().rstrip("s")]
    return Resolved(SET, value, rule="set-weekday")


# --- times ------------------------------------------------------------------------------------

_HIGH_BEFORE = rx(r"(?i:\bhigh\s+$)")
# A capitalised word that goes on a name after "Midnight" or "Noon": not a day, a month or a
# time zone ("Midnight Monday", "noon GMT").
_NAME_GOES_ON = rx(rf"\s+(?!{CLOCK_GOES_ON}\b)[A-Z][a-z]")


_COUNT_WORD_BEFORE = rx(r"(?i:\b(?:around|about|nearly|some|another|and|to|than|up\s+to|over)\s+$)")
_YEAR_WORD_BEFORE = rx(
    r"(?i:\b(?:in|on|since|by|until|till|from|through|during|to|and|or|between|after|before|of|around|circa)\s+$)"
)
_RACE_TIME_BEFORE = rx(
    r"(?i:\b(?:in|ran|run|runs|clocked|finished|timed|swam|posted|with|time\s+of|record\s+of|best\s+of|time\s+was|"
    r"(?:personal|season|world|course)[- ]best|world[- ]record)\s+$)"
)
_AMOUNT_AT_BEFORE = rx(
    r"(?i:\b(?:stood|stands?|sits?|sat|seeded|ranked|rose|fell|climbed|dropped|finished|placed)\s+at\s+$)"
)


# Words of a runner's time before a range of times: minutes and seconds, no clock ("cut his
# time from 12:45 to 12:31"; not "closed for the marathon from 08:00 to 14:00").
_RACE_WORDS_BEFORE = rx(
    r"(?i:\b(?:his|her|their|its|personal|world|season['’]s)\s+(?:time|best|record)\b|\b(?:clocked|laps?|split)\b)"
)


def clock(m: re.Match, ctx: Context) -> Resolved | None:
    gd = m.groupdict()
    if gd.get("word"):
        if gd["word"][0].isupper() and (
                _NAME_GOES_ON.match(ctx.text, m.end())
                or (_FIRST_NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
                    and ctx.sentence_bounds(m.start())[0] < m.start() - 1)) and not _in_title_case_line(ctx.text, m.start()):
            return None  # "Midnight Express", "Midnight Sun Electric", "Noon Street", "Jamie Noon"
        w = gd["word"].lower()
        if w == "noon" and _HIGH_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
            return None  # "high noon comes today": the idiom
        suffix = "T24:00" if w == "midnight" else "T12:00"
    elif gd.get("h24"):
        suffix = f"T{int(gd['h24']):02d}:{gd['min24']}"
    elif gd.get("hp"):
        suffix = f"T{int(gd['hp']):02d}:{gd['minp']}"
    elif gd.get("hat"):
        if _SCORE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) or _PACE_AFTER.match(ctx.text, m.end()):
            return None  # "tied at 12:12", "odds at 10:11", "05:30 per km"
        suffix = f"T{int(gd['hat']):02d}:{gd['minat']}"
    elif gd.get("hday"):
        if _RACE_TIME_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
            return None  # "won the 5,000m in 14:21 today", "ran 12:59 today": a race time
        suffix = f"T{int(gd['hday']):02d}:{gd['minday']}"
    elif gd.get("hrange") or gd.get("hrange2"):
        if _RACE_WORDS_BEFORE.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 60), m.start()):
            return None  # "cut his time from 12:45 to 12:31": race times
        h, minute = (gd["hrange"], gd["minrange"]) if gd.get("hrange") else (gd["hrange2"], gd["minrange2"])
        suffix = f"T{int(h):02d}:{minute}"
    elif gd.get("hnoun"):
        suffix = f"T{int(gd['hnoun']):02d}:{gd['minnoun']}"
    elif gd.get("hfrom"):
        suffix = f"T{int(gd['hfrom']):02d}:{gd['minfrom']}"
    elif gd.get("hline"):
        suffix = f"T{int(gd['hline']):02d}:{gd['minline']}"
    elif gd.get("htonight"):
        if _AMOUNT_AT_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
            return None  # "The death toll stood at 9 tonight": a count
        suffix = f"T{int(parse_number(gd['htonight'])) + 12:02d}:{gd['mintonight'] or '00'}"
    elif gd.get("hw"):
        h = parse_number(gd["hw"])
        if h is None or not 1 <= h <= 12:
            return None
        h = int(h)
        if (gd.get("wpart") or "").lower() in ("afternoon", "evening") and h < 12:
            h += 12
        suffix = f"T{h:02d}:00"
    else:
        h = int(gd["h"])
        pm = gd["ampm"].lower().startswith("p")
        if pm and h < 12:
            h += 12
        if not pm and h == 12:
            h = 0
        suffix = f"T{h:02d}:{gd['min'] or '00'}"
    # A bare clock time belongs to the day under discussion, else to the publication day; but
    # told ahead, not to a day gone by named in an earlier sentence ("The first case was
    # confirmed on Jan. 21. Trump will hold a news conference at 1:30 p.m."; but "On Tuesday,
    # Bush said he would address the nation at 8:30 p.m."), nor told in the past to a day to
    # come ("Trump will be sworn in on Jan. 20. Clinton called Trump shortly before 3 a.m.").
    if gd.get("hline") and not _a_dated_heading(ctx) and _in_a_stamped_entry(ctx):
        # A live blog's entry stamped "11:40 — Residents tell …": the blog's day, not a day
        # the entry before it named ("… ordered the pullout on Wednesday").
        mod = "APPROX" if gd.get("approx") else None
        base = cal.day(ctx.anchor)
        return Resolved(TIME, base.value + suffix, base, mod, RESOLVED_ANCHOR, ctx.anchor_value, "clock-time", time_suffix=suffix)
    if ctx.ref is not None and ctx.ref.granularity == "day" and not (
            ctx.ref.first > ctx.anchor and _A_BULLETIN_AFTER.match(ctx.text, m.end())
            and _SAID_IN_ITS_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())) and not (
            ctx.ref_end < ctx.sentence_bounds(m.start())[0]
            and ctx.tense(m.start(), m.end()) == (FUTURE if ctx.ref.last < ctx.anchor else PAST if ctx.ref.first > ctx.anchor else None)):
        base, against, reference = ctx.ref, RESOLVED_DISCOURSE, ctx.ref.value
    elif (ctx.ref is not None and ctx.ref.granularity in _BACKGROUND_GRANULARITIES and ctx.ref_day is not None
          and 0 < (ctx.anchor - ctx.ref_day.last).days <= _STORY_DAY_FOR_A_CLOCK_DAYS and ctx.tense(m.start(), m.end()) == PAST):
        # "Clinton last night became the first Democrat since Roosevelt in 1936 to win a second
        # term. … Dole conceded at 10:30 p.m.": the story's day, past a year of background.
        base, against, reference = ctx.ref_day, RESOLVED_DISCOURSE, ctx.ref_day.value
    else:
        base, against, reference = cal.day(ctx.anchor), RESOLVED_ANCHOR, ctx.anchor_value
        if (suffix == "T24:00" and ctx.tense(m.start(), m.end()) == PAST
                and not _PLANNED_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())):
            # "The truce began at midnight", told that day: the midnight that opened it (not
            # "was due to begin at midnight"). A day written after it ("midnight Friday")
            # takes the clock time as written: the suffix stays.
            mod = "APPROX" if gd.get("approx") else None
            return Resolved(TIME, base.value + "T00:00", base, mod, against, reference, "clock-time", time_suffix=suffix)
    mod = "APPROX" if gd.get("approx") else None
    opened = _RANGE_OPENED_AT.search(ctx.text, max(0, m.start() - 16), m.start()) if gd.get("hrange2") else None
    if opened is not None and int(gd["hrange2"]) < int(opened.group(1)):
        base = cal.day(cal.add_days(base.first, 1))  # "a curfew from 22:00 to 06:00": ends the next morning
    return Resolved(TIME, base.value + suffix, base, mod, against, reference, "clock-time", time_suffix=suffix)


def _a_dated_heading(ctx: Context) -> bool:
    """Whether the last date named stands alone on its line, a live blog's heading for the
    entries after it ("Wednesday, March 12")."""
    if ctx.ref is None or ctx.ref.granularity != "day" or ctx.ref_start < 0:
        return False
    lo = ctx.text.rfind("\n", 0, ctx.ref_start) + 1
    hi = ctx.text.find("\n", ctx.ref_end)
    line = ctx.text[lo:hi if hi >= 0 else len(ctx.text)]
    return len(line.strip(" \t.,:;–—-")) <= ctx.ref_end - ctx.ref_start + _HEADING_EXTRA


_HEADING_EXTRA = 12  # "Wednesday, March 12" around "March 12": a weekday's name at most
_A_STAMP_OPENS = rx(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]\b")


def _in_a_stamped_entry(ctx: Context) -> bool:
    """Whether the last date named stands in an entry stamped with its hour ("09:15 — Russia
    said it ordered the pullout on Wednesday") or in the blog's opening paragraph, not in a
    heading over the stamps ("What happened on Monday:", "Timeline of Saturday's attack")."""
    if ctx.ref is None or ctx.ref_start < 0:
        return True
    lo = ctx.text.rfind("\n", 0, ctx.ref_start) + 1
    hi = ctx.text.find("\n", ctx.ref_end)
    line = ctx.text[lo:hi if hi >= 0 else len(ctx.text)].strip()
    return _A_STAMP_OPENS.match(ctx.text, lo) is not None or (len(line) > _HEADING_MAX and not line.endswith(":"))


_HEADING_MAX = 60


# A bulletin named by its hour, issued by the time it is told of, not on a day ahead
# ("expected to make landfall early Thursday, the center said in its 11 a.m. advisory").
_A_BULLETIN_AFTER = rx(r"\s+(?:update|briefing|bulletin|report|summary|statement|advisory|forecast|outlook)\b")
_SAID_IN_ITS_BEFORE = rx(
    r"(?i:\b(?:said|says|reported|reports|warned|warns|noted|added|announced|wrote|stated|forecast|predicted)"
    r"\s+(?:\w+\s+){0,2}?in\s+(?:its|their|the)\s+$|\baccording\s+to\s+(?:the\s+)?[\w.’'-]+['’]s\s+$)"
)
# A capitalised word before "Noon" that is no day nor a preposition: a first name ("Jamie Noon").
_FIRST_NAME_BEFORE = rx(rf"(?<![.!?]\s)\b(?!(?:{MONTH_FULL}|{WEEKDAY_FULL}|At|By|Until|Till|From|Before|After|Around|About|Since|On|Today|Tomorrow|Yesterday)\b)[A-Z][a-z]+\s+$")
# How recent a day must be for a bare clock time after a year of background to be on it.
_STORY_DAY_FOR_A_CLOCK_DAYS = 14
_RANGE_OPENED_AT = rx(r"([0-9]{2}):[0-9]{2}\s*(?:to|until|till|[-–])\s*$")
_PLANNED_BEFORE = rx(r"(?i:\b(?:due|scheduled|set|expected|planned|supposed|meant)\s+to\s+\w+\s+(?:at\s+)?$)")


# Before or after "at HH:MM": a score, odds or a pace, not a clock.
_SCORE_BEFORE = rx(r"(?i:\b(?:score[sd]?|tied|level|led|leads?|trail(?:ed|s|ing)?|odds)\s+(?:[\w-]+\s+)?at\s+$)")
_PACE_AFTER = rx(r"(?i:\s+(?:per|a|/)\s*(?:kilomet(?:re|er)|km|mile)\b)")

# "the overnight rate", "overnight loans": money lent until the next day, not a time.
_NOT_SUDDENLY_BEFORE = rx(
    r"(?i:(?:\bnot|n[’']t|\bnever|\bno\s+one\s+can|\bcannot)\s+(?:\w+\s+){0,3}?(?:happen|change|be\s+(?:solved|fixed|built|done|won)|"
    r"transform|disappear|vanish|come|go\s+away|turn\s+around|become\s+\w+)\s+$)"
)
_SUDDEN_NOUN_AFTER = rx(r"(?i:\s+(?:success|sensation|star|celebrity|hit|millionaire|fame)\b)")
_OVERNIGHT_MONEY_AFTER = rx(
    r"(?i:\s+(?:interest\s+|interbank\s+|lending\s+|call\s+|index\s+)?(?:rates?|loans?|lending|borrowing|funds|money|repos?|repurchases?|deposits?|interbank|swaps?)\b)"
)


_NIGHT_WORD = rx(r"(?i:\b(?:night|evening|tonight)\b)")


def overnight(m: re.Match, ctx: Context) -> Resolved | None:
    """"overnight": the night just before the day under discussion ("London shares closed lower
    Friday, depressed by overnight losses in New York": Thursday night), or that night when it
    was named as a night, not a day a stretch began ("since June 23"); else the night before
    the publication day, as "last night" is."""
    if _OVERNIGHT_MONEY_AFTER.match(ctx.text, m.end()):
        return None
    if _NOT_SUDDENLY_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) or _SUDDEN_NOUN_AFTER.match(ctx.text, m.end()):
        return None  # "Change will not happen overnight", "an overnight success": suddenly
    if _day_just_named(ctx, m.start()) and not ctx.ref_opens_stretch:
        base, against, reference = ctx.ref_day.first, RESOLVED_DISCOURSE, ctx.ref_day.value
        if _NIGHT_WORD.search(ctx.text, ctx.ref_start, ctx.ref_end) or (ctx.anchor - base).days == 1:
            # "Wednesday night ... suspended overnight": that night; so too the night after a day
            # just before the publication ("attacked on Saturday ... pounded Gaza overnight",
            # told on Sunday).
            base = cal.add_days(base, 1)
    else:
        base, against, reference = ctx.anchor, RESOLVED_ANCHOR, ctx.anchor_value
    if ctx.tense(m.start(), m.end()) == FUTURE:
        # "Rain will fall overnight", "Counting begins overnight": the night to come, of the
        # day under discussion or of the publication.
        base = ctx.ref_day.first if against == RESOLVED_DISCOURSE else ctx.anchor
        s = cal.day(base)
    else:
        s = cal.day(cal.add_days(base, -1))
    return Resolved(TIME, f"{s.value}TNI", s, None, against, reference, "overnight")


# --- holidays ---------------------------------------------------------------------------------

def easter(year: int) -> datetime.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * mm + 114, 31)
    return datetime.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, wd: int, n: int) -> datetime.date:
    """The ``n``-th weekday ``wd`` of a month; ``n`` = -1 for the last one."""
    if n > 0:
        return cal.add_days(cal.weekday_on_or_after(datetime.date(year, month, 1), wd), 7 * (n - 1))
    return cal.weekday_on_or_before(cal.month(year, month).last, wd)


_WEEKDAY_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                     "fifth": 5, "5th": 5, "last": -1, "final": -1}


def weekday_of_month(m: re.Match, ctx: Context) -> Resolved | None:
    """"the last Sunday of July", "the first Monday in September 2025": in the month's year if
    written, else in the year whose such day lies nearest, weighed by tense as a month is."""
    n = _WEEKDAY_ORDINALS[m.group("ord").lower()]
    wd, mon = weekday_number(m.group("wd")), month_number(m.group("mon"))

    def nth(y: int) -> datetime.date | None:
        d = _nth_weekday(y, mon, wd, n)
        return d if d.month == mon else None  # a fifth Friday not every month has

    if m.group("y"):
        year, rule, against = int(m.group("y")), "weekday-of-month-year", RESOLVED_ABSOLUTE
    elif m.group("yrel"):
        yrel = m.group("yrel").lower()
        year, rule, against = ctx.anchor.year + _YEAR_REL[yrel], f"weekday-of-month-{yrel}-year", RESOLVED_ANCHOR
    else:
        year, how = _nearest_year(ctx, m, lambda y: (nth(y),) * 2 if nth(y) else None)
        rule, against = f"weekday-of-month-{how}", RESOLVED_ANCHOR
    d = nth(year)
    if d is None:
        return None
    return date_result(cal.day(d), rule, ctx, against)


def holiday_date(name: str, year: int) -> datetime.date:
    rule = lx.HOLIDAYS[name]
    kind = rule[0]
    if kind == "fixed":
        return datetime.date(year, rule[1], rule[2])
    if kind == "nth":
        return _nth_weekday(year, rule[1], rule[2], rule[3])
    if kind == "easter":
        return cal.add_days(easter(year), rule[1])
    if kind == "election":  # the Tuesday after the first Monday of November
        return cal.add_days(_nth_weekday(year, 11, 0, 1), 1)
    raise KeyError(name)


def holiday_name(text: str) -> str:
    name = _SPACE.sub(" ", text.lower().replace("’", "'"))
    return lx.HOLIDAY_ALIASES.get(name, name)


# The word just before "Independence Day": "Ukraine's", "India's", "America's".
_QUALIFIER_BEFORE = rx(r"([A-Za-z.]+(?:['’]s)?)\s+$")
_NOT_QUALIFIERS = ("The", "On", "In", "By", "Since", "For", "Until", "Its", "Their", "This", "Last", "Next")


def _whose_independence_day(m: re.Match, text: str) -> str | None:
    """Which "Independence Day": the country named just before it; else a country its sentence
    names ("Kyiv celebrated Independence Day"), the nearest first; else one its paragraph,
    or the one before, names ("Ukraine braced for attacks. Russia shelled Kharkiv on
    Independence Day");
    else the 4th of July. None for a country named just before it that the table does not
    know ("Israel's")."""
    q = _QUALIFIER_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if q and q.group(1)[:1].isupper() and q.group(1) not in _NOT_QUALIFIERS:
        return lx.INDEPENDENCE_DAYS.get(q.group(1).lower().replace("’", "'"))
    s0, s1 = sentence_bounds(text, m.start())
    paragraph = text.rfind("\n", 0, max(0, s0 - 1)) + 1  # the paragraph before, and this one's start
    for lo, hi in ((s0, m.start()), (paragraph, s0)):
        for word in reversed(_CAPITALISED_WORD.findall(text, lo, hi)):  # the nearest
            name = lx.INDEPENDENCE_DAYS.get(word.lower().replace("’", "'"))
            if name is not None and word not in _NOT_QUALIFIERS:
                return name
    return "independence day"


_CAPITALISED_WORD = rx(r"[A-Z][A-Za-z.]*(?:['’]s)?")


_IN_YEAR_AFTER = rx(rf"\s+(?:in|of)\s+(?:(?P<mon>{MONTH})\s+)?(?P<y>{YEAR4})\b")
# What a holiday's name may stand before as a thing named after it, not a day: "the
# Christmas tree", "the Independence Day film".
# After a holiday, a thing named for it ("the Christmas tree") or a place ("Christmas Valley"),
# which a headline in title case may still write after a real holiday.
_NAMED_AFTER_THE_DAY = rx(
    rf"\s+(?:(?P<thing>(?i:trees?|decorations|ornaments?|films?|movies?|sequel))|(?P<place>{lx.PLACE_NOUNS}|Point|Mountains?|Bridge|Station|Steps))\b"
)
_CREDIT_AFTER = rx(r"\s+(?:star|director|actor|actress|cast|soundtrack|screenwriter)\b")
_CREDIT_NAME_AFTER = rx(r"\s+(?:star|director|actor|actress|screenwriter)\s+[A-Z][a-z]+\s+[A-Z]")
# A work named by the holiday: "the film Independence Day".
_WORK_BEFORE = rx(r"\b(?:film|movie|novel|song|album|book|play|show|series|musical|documentary)\s+$")
# A party to a case: "United States v. Christmas".
_CASE_PARTY_BEFORE = rx(r"\bv(?:s)?\.\s*$")


def holiday_ok(m: re.Match, text: str) -> bool:
    if _HONORIFIC_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return False  # "Dr Christmas Ochieng": a name
    if text.endswith("Father ", 0, m.start()) and m.group(0).startswith("Christmas"):
        return False  # "played Father Christmas"
    if _CREDIT_AFTER.match(text, m.end()) and (_THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
                                                or _CREDIT_NAME_AFTER.match(text, m.end())
                                                and not _DATE_WORD_BEFORE.search(text, max(0, m.start() - 14), m.start())):
        return False  # "The Independence Day star Bill Pullman": a film's
    if _CASE_PARTY_BEFORE.search(text, max(0, m.start() - 6), m.start()) or _WORK_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return False  # "United States v. Christmas", "the film Independence Day"
    named = _NAMED_AFTER_THE_DAY.match(text, m.end())
    return named is None or (named.group("place") is not None and _in_title_case_line(text, m.start()))


def holiday(m: re.Match, ctx: Context) -> Resolved | None:
    name = holiday_name(m.group("h"))
    if name == "independence day" and not m.group("rel"):
        name = _whose_independence_day(m, ctx.text)
        if name is None:
            return None  # another country's: not the 4th of July
    rel = _SPACE.sub(" ", (m.group("rel") or "").lower())
    told_from = m.start()  # where the words that name the day begin
    if not rel:
        q = _QUALIFIER_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        national = None if q is None else lx.NATIONAL_HOLIDAYS.get((q.group(1).lower().replace("’", "'"), name))
        if national is not None:
            name, told_from = national, q.start()  # "Canadian Thanksgiving"
    a = ctx.anchor
    conjunction = rel == "that" and _that_is_a_conjunction(m, ctx.text)
    if conjunction:
        rel = ""  # "said that Christmas would be quiet": the conjunction, then the day alone
    if rel in _STORY_REL:
        told = _story_stretch(ctx, m)
        if told is not None and not m.group("y") and not m.group("yrel"):
            # "by that Christmas she had a record deal", "the following Easter": of the time
            # the story has just told.
            s = _of_the_story(told, lambda y: cal.day(holiday_date(name, y)), rel)
            s = cal.week_of(s.first) if m.group("week") else s
            s, mod = with_mod(m, s)
            return _with_part(m, Resolved(DATE, s.value, s, mod, RESOLVED_DISCOURSE, told.value, "holiday-of-the-story"))
        rel = _STORY_REL[rel]  # told without a story: as of the publication
    in_year = _IN_YEAR_AFTER.match(ctx.text, m.end())
    if in_year and in_year.group("mon") and holiday_date(name, int(in_year.group("y"))).month != month_number(in_year.group("mon")):
        in_year = None  # "celebrated Christmas in January 2023": another calendar's, or another day
    if m.group("y") or in_year:
        # "Orthodox Christmas in January 2023": the year written just after it.
        year, rule = int(m.group("y") or in_year.group("y")), "holiday-year"
    elif m.group("yrel"):
        # "on Valentine's Day last year", "at Easter next year"
        yrel = m.group("yrel").lower()
        year, rule = a.year + _YEAR_REL[yrel], f"holiday-{yrel}-year"
    elif rel in ("last", "past", "this past"):
        year = a.year if holiday_date(name, a.year) < a else a.year - 1
        rule = "holiday-last"
    elif rel in ("next", "coming", "this coming"):
        year = a.year if holiday_date(name, a.year) > a else a.year + 1
        rule = "holiday-next"
    elif ((held := _held_by_sentence_date(ctx, m.start())) is not None and held.granularity == "year"
          and (ctx.tense(m.start(), m.end()) == (PAST if held.last < a else FUTURE)
               or (held.last < a and _would_before(ctx, m.start())))):
        # "Last year, the first baby was born at 7 a.m. on New Year's Day", "In 1914, the
        # generals promised the boys would be home by Christmas": that year's.
        year, rule = held.year, "holiday-in-that-year"
    elif (story := _holiday_story_year(ctx, m, name)) is not None:
        year, rule = story, "holiday-story-year"
    else:
        # A holiday told in the past is the last one, surely so as a past verb's own time
        # ("Families gathered on Thanksgiving" in November); but "Stores were crowded before
        # Christmas" a week before it, and "Hotels were booked for Christmas" on Dec. 1.
        governed = ctx.past_verb_governs(told_from, -1, _HOLIDAY_PREPOSITIONS)  # the verb, the preposition
        ahead_factor = (_FRONTED_FACTOR if governed
                        else _AGAINST_TENSE_FACTOR if _FOR_A_HOLIDAY_BEFORE.search(ctx.text, max(0, told_from - 12), told_from)
                        else _HOLIDAY_AHEAD_FACTOR)
        year, how = _nearest_year(ctx, m, lambda y: (holiday_date(name, y),) * 2, ahead_factor=ahead_factor)
        rule = f"holiday-{how}"
    d = holiday_date(name, year)
    s = cal.week_of(d) if m.group("week") else cal.day(d)
    s, mod = with_mod(m, s)
    against = RESOLVED_ABSOLUTE if m.group("y") or in_year else RESOLVED_ANCHOR
    r = _with_part(m, date_result(s, rule, ctx, against, mod))  # "on Christmas morning"
    if conjunction:
        r.start = m.start("h")
    return r


_SINCE_BEFORE = rx(r"(?i:\bsince\s+$)")
# A time something reaches back to lies behind too: "the run stretches back 19 games to
# August", "the feud dates back to May" (not "the vote was pushed back to August").
_BACK_TO = (
    r"\b(?:stretch(?:es|ed|ing)?|dat(?:e|es|ed|ing)|go|goes|going|went|reach(?:es|ed|ing)?)\s+back\s+"
    r"(?:(?-i:[a-z0-9][\w-]*)\s+){0,3}?to\s+(?:(?:early|late|mid)[- ]?)?$"
)
_BACK_TO_BEFORE = rx(rf"(?i:{_BACK_TO})")
_SINCE_GOVERNS = rx(
    rf"(?i:\bsince\s+(?:(?:shortly|just|soon|right|immediately)\s+)?(?:(?:after|before)\s+)?(?:the\s+|last\s+)?$"
    rf"|{_SINCE_AN_EVENT}|{_BACK_TO})"
)


# From this month on, "the new year" is the one about to begin.
_SINCE_START_OF_BEFORE = rx(r"(?i:\bsince\s+(?:the\s+(?:start|beginning|turn)\s+of\s+)?$)")
_NEW_YEAR_FROM_MONTH = 10
# "saw no prospect of talks before the new year", told in December: a year still to begin,
# whatever the tense, unless the sentence tells of another time ("Last December, the
# government promised cuts before the new year") or of what had happened by then.
_YEAR_TO_COME_BEFORE = rx(r"(?i:\b(?:before|ahead\s+of|in\s+time\s+for)\s+$)")
_ANOTHER_TIME_OR_HAD = rx(r"(?i:\b(?:had|[12][0-9]{3}|last|ago|earlier)\b)")


def _year_still_to_begin(ctx: Context, m: re.Match) -> bool:
    if ctx.anchor.month != 12 or not _YEAR_TO_COME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return False
    s0, s1 = ctx.sentence_bounds(m.start())
    return not (_ANOTHER_TIME_OR_HAD.search(ctx.text, s0, m.start()) or _ANOTHER_TIME_OR_HAD.search(ctx.text, m.end(), s1))


def new_year(m: re.Match, ctx: Context) -> Resolved:
    """"into the new year": the year about to begin in a sentence that looks ahead, unless it
    has just begun (told in January); the year begun in one that looks back ("since the new
    year"); without either, the next year late in the year, else the anchor's."""
    a = ctx.anchor
    since = _SINCE_START_OF_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    t = PAST if since else ctx.tense(m.start(), m.end())
    if t == FUTURE or _year_still_to_begin(ctx, m):
        year = a.year if a.month == 1 else a.year + 1
    elif t == PAST:
        year = a.year
    else:
        year = a.year + 1 if a.month >= _NEW_YEAR_FROM_MONTH else a.year
    return date_result(cal.year(year), "new-year", ctx, RESOLVED_ANCHOR)


def year_end(m: re.Match, ctx: Context) -> Resolved:
    a = ctx.anchor
    if "period" in m.group("w").lower():
        # "the latest period": the quarter a results story reports, else the last one completed.
        q = ctx.last.get("quarter")
        if q is not None:
            return Resolved(DATE, q.value, q, None, RESOLVED_DISCOURSE, q.value, "latest-period")
        s = cal.shift(cal.stretch_of(a, "Q"), -1, "Q")
        return date_result(s, "latest-period", ctx, RESOLVED_ANCHOR)
    # "since year-end" looks back to the close of the year before; otherwise the year-end
    # ahead, that of the anchor's year.
    year = a.year - 1 if _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) else a.year
    s = cal.make_day(year, 12, 31)
    return date_result(s, "year-end", ctx, RESOLVED_ANCHOR, "APPROX" if m.group("approx") else None)
