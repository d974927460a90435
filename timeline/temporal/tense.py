"""The tense around an expression, which decides the direction of "Wednesday" or "December".

News is written in the past tense by default, so an underspecified name points back in time
unless a future cue governs it ("will meet on Tuesday", "is scheduled for Friday", or the simple
present of a scheduled event: "talks resume Monday"). We take the nearest tense cue to the
expression inside its sentence (cues after it count as farther away): in "said he will go on
Friday" the nearer "will" wins, in "said Friday" the "said". Modal cues ("would", "could",
"must", "until") speak when no other cue does, or when one stands between a past cue and the
expression: in "announced that he would travel Thursday" the travel follows the announcement.
A past verb with only a preposition between it and a date ("resigned in April") takes the date
as its own time (past_verb_governs), which settles a month's year more firmly than a past cue
farther off.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import lexicon as lx
from .patterns import CLOCK_GOES_ON, MONTH, WEEKDAY_FULL, rx

PAST, FUTURE, PRESENT = "past", "future", "present"

# Sentence boundary: terminal punctuation after a lower-case or digit pair (so that "Mr." and
# "U.S." do not split), or a line break.
_ABBREVIATIONS = (
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
    "Gen Sen Rep Gov Inc Corp Ltd Co Jr Sr St Mt Ft Dr Mr Mrs Ms Prof Rev Sgt Lt Col Capt Cmdr Adm "
    "No Vol vs Ave Blvd Dept Univ Assn Bros Calif Conn Fla Ill Mass Mich Minn Penn Tenn Tex Va Wash Wis"
).split()
_NOT_AFTER = "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
# After "a.m." or "p.m.", a capitalised word that goes on no clock time opens the next
# sentence: "heard at 9:20 p.m. France will observe …" (not "at 9 p.m. Friday").
# Every boundary is a line break or follows terminal punctuation or a quotation mark: the
# first look-ahead passes over every other space at once, sparing each the branches below.
_BOUNDARY = rx(
    rf"(?=[\n\r]|(?<=[.!?\"”’']))"
    rf"(?=[\s\"”’'`])(?:(?:(?<=[a-z0-9)][a-z0-9)][.!?])|(?<=\s[0-9][.!?])){_NOT_AFTER}(?:[\"”’']|``|'')?\s+|[\n\r]+|(?<=[.!?][\"”’])\s+|(?<=[.!?]'')\s+"
    rf"|(?<=[ap]\.m\.)\s+(?=(?!{CLOCK_GOES_ON}\b)[A-Z][a-z]))"
)

_FUTURE = (
    r"will|shall|won[’']t|wo\s+n[’']t|[’']ll|going\s+to|is\s+to|are\s+to|due\s+to|"
    r"scheduled|expected|expects|expect|predicts|predict|plans?\s+to|planned|planning|set\s+to|sets?\s+for|upcoming|"
    r"intends?|aims?\s+to|hopes?\s+to|tomorrow|as\s+soon\s+as|"
    r"pledged\s+to|promised\s+to|vowed\s+to|threatened\s+to"
)
# Modal and reported-future cues: "announced that it would resume" is about a past
# announcement as often as about the future, so these count only like reporting verbs.
# A deadline is ahead when nothing else speaks ("faces a Friday deadline") but was met or
# missed in a past-tense sentence ("tendered by the Tuesday deadline").
_WEAK_FUTURE = r"would|could|should|might|may|can|must|until|till|deadline"
_IRREGULAR_PAST = (
    "was|were|had|did|went|came|met|made|took|gave|got|saw|began|held|left|found|brought|born|"
    "fought|won|lost|sent|spoke|wrote|stood|led|fell|rose|struck|sought|thought|knew|became|"
    "broke|chose|drew|drove|ate|flew|forgot|froze|hid|hit|hurt|kept|laid|lay|meant|paid|put|"
    "quit|ran|rang|read|rode|sat|set|shot|shut|slept|sold|spent|split|spread|stole|swore|"
    "taught|tore|threw|understood|woke|wore|bought|caught|heard|built|fled|grew|shook|swept|withdrew|"
    "upheld|overcame|undertook|oversaw|arose|blew|bred|clung|crept|dealt|dug|drank|felt|flung|forbade|"
    "forgave|hung|knelt|leapt|lent|mistook|overtook|rebuilt|sang|sank|shrank|slid|sped|spun|sprang|"
    "stuck|stung|strove|swam|swung|wept|withheld|lit|bent|strode|strung|wove|beat|"
    "ago|yesterday|last|earlier|previously|former"
)
_PRESENT = r"is|are|am|says|say|has|have|does|do|now|currently"
_REPORTING = r"said|says|told|announced|added|reported|according|stated|claimed|noted|wrote|warned"
# "-ed" words that are not past events: adjectives and future-leaning participles.
_ED_EXCEPTIONS = frozenset(
    "scheduled expected planned proposed need speed seed red bed hundred based united "
    "indeed feed breed shed wed ahmed mohammed mohamed alfred ted fred reed weed bleed "
    "steed exceed proceed succeed embed interested concerned related limited detailed "
    "advanced armed supposed alleged assumed unexpected preferred unspecified undisclosed "
    "unidentified unnamed unchanged unscathed unharmed unaffected unresolved unemployed unconfirmed "
    "unverified unmanned undeterred unabated unauthorized unauthorised unrelated unmatched unfinished "
    "uninsured unvaccinated undecided unlimited untouched unfounded unsolved".split()
)


class Cue(NamedTuple):
    start: int
    end: int
    kind: str  # "rep", "weak", "fut", "past" or "pres"
    word: str  # lower case


def _kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    # Later groups override earlier ones: a reporting verb ("says") is a reporting cue first.
    for kind, words in (("pres", _PRESENT), ("past", _IRREGULAR_PAST), ("fut", _FUTURE), ("weak", _WEAK_FUTURE), ("rep", _REPORTING)):
        for w in words.split("|"):
            if "\\" not in w and "[" not in w and "?" not in w:
                kinds[w] = kind
    for w in ("plan", "plans", "intend", "intends"):
        kinds.pop(w, None)
    kinds.update({"intend": "fut", "intends": "fut"})
    return kinds


_KIND = _kinds()
# Future cues of two or three words, by their first word: the words that must follow.
_PHRASES = {
    "going": ("to",), "is": ("to", "due"), "are": ("to", "due"), "due": ("to", "by", "in", "before"), "plan": ("to",), "plans": ("to",),
    "set": ("to", "for"), "sets": ("for",), "aim": ("to",), "aims": ("to",), "hope": ("to", "for"), "hopes": ("to", "for"), "hoped": ("to", "for"),
    "pledged": ("to",), "promised": ("to",), "vowed": ("to",), "threatened": ("to",), "wo": ("n't", "n’t"),
    "as": ("soon",), "likely": ("to",), "vowing": ("to",), "pledging": ("to",), "promising": ("to",),
    "threatening": ("to",), "hoping": ("to", "for"), "aiming": ("to",),
    # What the odds look ahead to: "poised for victory", "braced for defeat", "on course for a
    # majority", "on track to win", "favourites to win", "tipped to take".
    "poised": ("to", "for"), "braced": ("for",), "course": ("for", "to"), "track": ("for", "to"),
    "favourites": ("to",), "favorites": ("to",), "favourite": ("to",), "favorite": ("to",), "tipped": ("to",),
    # "Liftoff is now targeted for 4:27 a.m. Sunday".
    "targeted": ("for",),
    "wants": ("to",), "want": ("to",), "bids": ("to",), "seeks": ("to",), "tries": ("to",), "attempts": ("to",),
}
# What a launch is targeted for: a time, or a plan's step ("targeted for completion in March"),
# not "targeted for arrest on Monday", "targeted for looting on Saturday night".
_A_TIME_OR_PLAN_OPENS = rx(
    rf"\s+(?:[0-9]|{WEEKDAY_FULL}|{MONTH}|(?i:the|early|late|mid|no\s+earlier|next|this|later|launch|liftoff|completion|"
    r"release|opening|delivery|start|takeoff|landing|approval|sale|inspection|review|renewal|repair)\b)"
)
# Before "braced" or "poised" as odds, not as a past verb: "is braced for defeat".
_BRACED_AFTER = frozenset("is are am be been being was were remain remains remained stay stays seem seems looks look".split())
# Of those, the ones that say "on" first: "on course for", "on track to".
_AFTER_ON = frozenset(("course", "track"))
# Of those, the ones a past "was" or "were" before them puts in the past: "was likely to".
_ODDS_WORDS = frozenset(("likely", "poised", "braced", "course", "track", "favourites", "favorites", "favourite",
                         "favorite", "tipped", "targeted"))
_FORECAST_AUXILIARIES = frozenset(("is", "are", "be", "been", "was", "were"))
# Verbs of scheduled events, which the simple present puts ahead: "talks resume Monday", "the
# offer expires Friday", "he meets Putin Tuesday" (a past event would take the past tense). Their
# "-s" forms double as plural nouns ("the talks", "tax returns"), so a word counts as a verb only
# when no determiner or preposition comes just before it, and a base form only after its
# subject (not after "to", a modal or "did", which carry the tense themselves).
_SCHEDULED = frozenset(
    """begin begins start starts open opens close closes end ends resume resumes expire expires
    meet meets arrive arrives leave leaves depart departs return returns visit visits travel
    travels head heads fly flies convene convenes reconvene reconvenes vote votes testify
    testifies face faces launch launches host hosts kick kicks play plays go goes take takes
    sign signs hold holds appear appears attend attends reopen reopens restart restarts conclude
    concludes finish finishes debut debuts premiere premieres plan plans turn turns stays remains gather gathers
    announces unveils publishes remain stay miss misses airs debate debates""".split()
)
_NOT_SUBJECT_BEFORE = frozenset(
    """the a an its their his her our your my this that these those of for in at on by with from
    to into about after before during over under than and or not n't n’t never did do does don't
    doesn't didn't will would could should might may can must shall cannot also 'll ’ll""".split()
)
# An "-ed" word just after one of these describes a noun ("the occupied regions").
# Not "that": "the bill that passed on Tuesday" has a verb after it.
_DETERMINERS_BEFORE_ADJECTIVE = frozenset("a an the its their his her our my your".split())
# Before "to have" and a participle, what tells of the past: "appears to have crashed".
_SEEMING = frozenset("appear appears appeared seem seems seemed believed thought reported said alleged claimed known".split())
_ADJECTIVE_OPENS = _DETERMINERS_BEFORE_ADJECTIVE | frozenset(("most", "more", "less", "least"))
# "re-affirmed", "co-signed": a verb with its prefix, not a compound adjective.
_VERB_PREFIXES = frozenset("re co pre un over mis de dis out up".split())
# Before a participle that carries no tense of its own: "will be named", "getting beat up".
_PASSIVE_AUXILIARIES = frozenset(("be", "been", "being", "is", "are", "am", "get", "gets", "getting"))
# So too a linking verb after a modal, "to" or a verb it is joined to: "will remain shut on
# Thursday", "will close on Wednesday and remain shut on Thursday" (not the nouns of "His
# remains left Kyiv on Monday", "her hospital stay ended").
_LINKING = frozenset(("remain", "stay"))
_MODAL_OR_TO = frozenset("will would could should might may must can shall to and or".split())
# Their own tense speaks for the participle after them: "stays shut on Tuesday" (not the noun
# of "His remains left Kyiv on Monday").
_LINKING_INFLECTED = frozenset(("stays", "remains", "stayed", "remained", "staying", "remaining"))
_AUXILIARIES = frozenset(("was", "were", "is", "are", "am", "had", "has", "have"))
_PLAN_PARTICIPLES = frozenset(("scheduled", "expected", "planned", "proposed"))
_ORIGINALLY = frozenset(("originally", "initially", "previously", "first"))
# After "the last", a noun of something in an order within something rather than a time
# gone by ("the last day of the meet", "the last game of the season"), unlike "the last week
# of May", "their last defeat".
_ORDER_NOUN_AFTER = rx(
    r"\s+(?!(?:week|weeks|month|months|year|years|decade|decades|century|quarter|quarters|weekend|"
    r"nights|days|hours|minutes|time|times|few|several|couple)\b)[a-z-]+\s+of\b",
    re.I,
)
# A number after "the last": "the last 16", "its last three plants".
_COUNT_AFTER = rx(r"\s+(?:[0-9]+|two|three|four|eight|sixteen|thirty-two)\b", re.I)
_ANTICIPATING = frozenset(("await", "awaits", "awaiting", "brace", "braces", "bracing", "preparing", "readying"))
# Auxiliaries that carry the tense of "expect" after them: "did not expect", "Did anyone expect".
_DO_AUXILIARIES = frozenset("did do does didn't don't doesn't didn’t don’t doesn’t had hadn't hadn’t".split())
_NEGATIONS = frozenset(("not", "n't", "n’t", "never"))
# Quotation marks that close a quotation: a reporting verb after one frames the quotation
# ("'He will leave Thursday,' Castro said") and says nothing of the tense inside it.
_CLOSING_QUOTES = ("''", '"', "”")
# Words; not letters run into a number ("8am", "155mm"), which are no words of a tense.
# A number that counts (not a year) just before a word: "25 named storms", "three wounded soldiers".
_COUNT_BEFORE = rx(
    r"(?:(?<![0-9,.])(?:[0-9]{1,3}(?:,[0-9]{3})*)|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|thousands|dozen|hundred|thousand))\s+$"
)
# The day of a month before a word: "Fighting on July 14 displaced thousands".
_DAY_OF_A_MONTH_BEFORE = rx(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?\s+$"
)


_TO_HAVE_DONE = rx(r"\s+have\s+(?:been\s+)?([a-z]+)\b")
_LIKELY_JUST_AFTER = rx(r"(?i:\s+(is|are|was|were)\s+(?:\w+ly\s+)?(?:likely|expected|set|forecast|predicted|tipped)\s+to\b)")
# A past form just before a date, perhaps with a preposition between: "the plan unveiled on
# Monday is likely to …", "the storm that hit on Sunday is likely to cost …".
_WORD_AND_PREPOSITION_BEFORE = rx(r"\b([A-Za-z]+)\s+(?:(?:on|in|at|during|late|early)\s+)?$")


def _governed_by_a_past_form(text: str, start: int) -> bool:
    w = _WORD_AND_PREPOSITION_BEFORE.search(text, max(0, start - 30), start)
    if w is None or not w.group(1).islower():
        return False
    word = w.group(1).lower()
    if word in MEASURED_NOUNS:
        return True  # "Growth in April is expected to be revised up": a period measured, gone by
    return _a_past_verb(word) and _KIND.get(word) != "rep"  # (not "said Friday afternoon was likely to be …")


# What is measured over a period: a figure for it comes after it.
MEASURED_NOUNS = frozenset(
    "growth sales inflation output exports imports prices figures data spending profit profits revenue jobs "
    "unemployment earnings production orders payrolls hiring borrowing claims deaths decline slump level rise fall drop "
    "losses gains".split()
)
# A day the sentence has already told of.
_A_DAY_TOLD = rx(rf"\b(?:{WEEKDAY_FULL}|[Yy]esterday|[Tt]oday|[Tt]onight|{MONTH}\s+[0-9]{{1,2}}\b|[0-9]{{1,2}}\s+{MONTH})")
_LIKELY_JUST_BEFORE = rx(
    r"(?i:\b(is|are|was|were)\s+(?:\w+ly\s+)?(?:likely|possible|probable|expected|forecast|predicted)"
    r"\s+(?:(?:again|later|early|late|by|on|at|in|during|through|until|into|from)\s+)*$)"
)
# After a forecast or a hope, a clause that tells what came of it: "…, but it never came",
# "…, and the crowds came", "… but lost 3-0" (not "…, and will …", nor the forecaster's own
# "…, and urged people to stay at home").
_WHAT_CAME_AFTER = rx(
    r"(?:,\s*but|\s+but)\s+(?!(?:will|would|could|may|might|is|are|be|should|must|expects?)\b)"
    r"|,\s*and\s+(?:[\w’',.-]+\s+){0,4}?(?:came|hit|struck|fell|arrived|caused|flooded|happened|materiali[sz]ed|did|won|lost|"
    r"never|stayed|held|got|burst|dumped|brought|recorded|delivered|secured|there\s+(?:was|were))\b"
)
# "with the May contract expiring on Tuesday": a scheduled end or start still to come, which
# the past would tell as "after the contract expired".
WITH_A_SCHEDULE_UNDER_WAY = rx(
    r"(?i:\bwith\s+(?:[\w'’-]+\s+){1,4}(?:expiring|ending|closing|starting|beginning|opening|resuming)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:early|late)\s+)?(?:(?:on|at|in|by)\s+)?$)"
)
# Participles of a charge, before "of" or "with": "accused of", "charged with".
_CHARGED = frozenset(("accused", "charged", "suspected", "convicted", "acquitted", "cleared", "indicted"))
# Figures a forecast names for a period, whose day after a place is the forecasting's ("forecast
# growth of 3.1% for the world economy on Thursday"), unlike the weather's ("forecast snow for
# much of Scotland on Thursday").
_FIGURES = frozenset(
    "growth inflation gdp deficit earnings demand sales profit profits output revenue prices unemployment".split()
)
# Words of a forecast, as a verb or a noun; and what tells that the outcome is in.
_FORECASTING = frozenset(("forecast", "forecasts", "predicted", "predicts", "predict", "prediction", "predictions"))
_AN_INFINITIVE_OR_AS_EARLY = rx(r"(?i:\bto\s+(?:be\s+)?[a-z]+|\bas\s+(?:early|soon)\s+as\b)")
# Between "forecast for" and the time forecast: nothing but an article.
_FOR_ITS_TIME = rx(r"\s+(?:(?:the|this|next|early|late|mid)\s+)?")
_JUDGED_AFTER = rx(r"\s+(?:[\w’'.-]+\s+){1,4}(?:was|were|proved|turned\s+out|had\s+been)\b")
_OUTTURN_WORDS = frozenset("beat beats beating missed misses missing topped tops exceeded exceeds than with matched".split())
# Words of a time between a verb and its infinitive: "voted a week ago to", "decided last month to".
_WHEN_WORDS = frozenset("a an one two three week weeks month months ago last this on earlier".split())
_TIME_NOUNS = frozenset("week weeks month months ago earlier".split())
# Participles with no past-tense twin, heading a phrase after a noun ("a man seen in the
# area"), and what opens the phrase.
_PARTICIPLES_ONLY = frozenset("seen stolen taken driven thrown beaten written shown spoken ridden".split())
_PLACE_OR_TIME_AFTER = frozenset("in at on near outside inside leaving entering by during with from".split())
_A_TALLY = rx(r"\s+[0-9]+\s*(?:to|-|–)\s*[0-9]+\b")
_ATTEMPTS = frozenset(("bids", "tries", "attempts", "seeks"))
_CLEARING_THE_WAY = frozenset("clearing clears cleared clear paving paves paved pave opening opens opened".split())
# A past participle right after these is an adjective of the noun after it.
_PREPOSITIONS_BEFORE_AN_ADJECTIVE = frozenset("from in of for at on into among across over under between".split())
# Particles of a phrasal verb ("make up", "win back"), and words after a past verb that show it
# is one ("would have left on Friday" is no adjective before a noun).
_PARTICLES = frozenset("up back out down off over in".split())
_FUNCTION_AFTER_A_VERB = frozenset(
    "the a an its their his her our my your this that these those on in at by for to from with of and or but as after before "
    "since until during into over than not".split()
)
# Their object's participle after them tells of no time of its own: "keep the centre staffed".
_KEEPING = frozenset(("keep", "keeps", "keeping", "kept"))
# "'s" after these is "is" or "has": "it's closed", "he's resigned".
_CONTRACTING_PRONOUNS = frozenset("he she it that what there who here where how let".split())


# Participles written as their base form: "likely to have cost farmers $200 million".
_SAME_FORM_PARTICIPLES = frozenset("cost hit cut put set spread hurt shut quit let burst cast split".split())


def _a_participle(word: str) -> bool:
    """'killed', 'taken', 'begun', 'cost' (after "have")."""
    return _a_past_verb(word) or word.endswith(("ed", "en")) or word in _SAME_FORM_PARTICIPLES


def _a_nouns_possessive(word: str) -> bool:
    """'the party's', 'Russia's' (not 'he's', 'it's')."""
    low = word.lower()
    return low.endswith(("'s", "’s")) and low[:-2] not in _CONTRACTING_PRONOUNS


def _a_plural_noun(word: str) -> bool:
    low = word.lower()
    return (word.islower() and low.endswith("s") and not low.endswith(("ss", "us", "is"))
            and low not in _NOT_PLURAL_NOUNS and low not in _KIND and low not in _NOT_SUBJECT_BEFORE)


_TOKEN = rx(r"(?<![0-9])[A-Za-z]+(?:[’'][A-Za-z]+)?|[’'][A-Za-z]+")


_COMMA_JUST_BEFORE = rx(r",\s*$")
# Verbs of an infinitive after a comma that set something ahead: ", to take effect on Sunday".
# What came of an order, told after it: "…by Friday, and he did so", "…, when the storm hit",
# "…, but a fire broke out" (not "…, but warned that delays were possible", "…, and urged
# drivers", "…, and schools announced closures").
_OUTCOME_TOLD_AFTER = rx(
    r"(?:[,;]\s*(?:and|but|when)\s|;\s*)"
    r"(?!(?:[\w’'-]+\s+){0,6}?(?:who|that(?!\s+(?:night|day|morning|evening|afternoon|week|weekend))|would|could|may|might|will)\b)"
    r"(?:[\w’'-]+\s+){0,4}?"
    r"(?:did|complied|refused|ignored|signed\s+up|stayed|arrived|hit|struck|crested|came|went|reopened|broke|landed|flooded|collapsed|"
    r"failed|fell\s+through|took\s+longer)\b"
)
# Results and injuries, which a present of what is to come follows: "after beating Rune on Monday".
# Gerunds that tell of an outcome only with an injury's or a penalty's word after them: "after
# picking up a knock", "after undergoing surgery" (not "after picking up the trophy").
_OUTCOME_GERUNDS_WITH_THEIR_OBJECT = frozenset(("picking", "undergoing"))
_INJURY_OBJECTS = frozenset("knock injury strain penalty card surgery scan operation".split())
_OUTCOME_GERUNDS = frozenset(
    """beating losing winning defeating drawing saving injuring breaking tearing spraining fracturing aggravating
    suffering picking undergoing crashing""".split()
)
# Alerts posted for a time ahead.
_ALERT_NOUNS = frozenset("watch warning warnings advisory alert alerts".split())
# The first word of the time an alert is for (not "warnings from Moscow").
_ALERT_TIME_OPENS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow noon midnight late early this".split()
)
# Verbs that tell someone to do a thing, and the words of a deadline after it.
_DIRECTIVES = frozenset("ordered told urged asked instructed advised warned directed forced".split())
_DEADLINE_WORDS = frozenset(("by", "until", "till", "before"))


def _ordered_by_a_deadline(tokens: list, i: int) -> bool:
    """Whether "to" at ``i`` opens an infinitive that a directive verb a few words before
    governs, with a deadline after it: "ordered residents of low-lying areas to leave by 5
    p.m. Saturday", "urged people to register before Friday"."""
    if i + 2 >= len(tokens) or not tokens[i + 1][2].islower() or tokens[i + 1][2] in _NOT_A_VERB_AFTER_TO:
        return False
    directive = next((j for j in range(i - 1, max(-1, i - 8), -1) if tokens[j][2].lower() in _DIRECTIVES), None)
    if directive is None or (directive > 0 and tokens[directive - 1][2].lower() == "had"):
        return False  # (not "Officials had ordered residents to leave by 5 p.m. Saturday")
    if directive == i - 1 and not (i > 2 and tokens[i - 2][2].lower() == "been" and tokens[i - 3][2].lower() in ("have", "has")):
        return False  # in the passive, only "have been ordered to evacuate by …" (not "were ordered to" last week)
    return any(tokens[j][2].lower() in _DEADLINE_WORDS and tokens[j - 1][2].lower() not in ("shortly", "just", "right", "soon")
               for j in range(i + 2, min(len(tokens), i + 8)))  # (not "shortly before 3 a.m.": a moment)


_PLAN_AFTER_COMMA = frozenset("take begin start expire run last come be".split())
# Past verbs whose infinitive names something arranged ahead: "agreed to exchange prisoners".
# The vote a day names: "in Thursday's referendum" (not "decided to boycott Sunday's election").
_IN_JUST_BEFORE = rx(r"\b(?:in|at)\s+$")
# What voters decide by the vote itself: "voted to leave", "agreed to change the constitution"
# (not "decided to boycott", "agreed to field candidates in").
_AN_OUTCOME_VOTED = rx(
    r"\bto\s+(?:leave|stay|remain|reject|approve|accept|change|amend|adopt|legali[sz]e|ban|oust|keep|retain|split|secede|"
    r"break|end|abolish|repeal|restore|allow|elect|re-elect|join)\b"
)
_THE_DAYS_VOTE_AFTER = rx(
    r"['’]s\s+(?:[a-z]+\s+)?(?:referendum|vote|ballot|election|poll|plebiscite|primary|runoff|meeting|session|sitting|convention)\b"
)
_AGREED_TO = frozenset("agreed decided voted offered arranged".split())
_NOT_A_VERB_AFTER_TO = frozenset(
    "a an the its their his her this that these those terms talks demands what every each all".split()
)
# Every word the scan below gives a second look, besides "-ed" words and contractions.
_CUE_WORDS = (frozenset(_KIND) | frozenset(_PHRASES) | _SCHEDULED | _PLAN_PARTICIPLES | _ANTICIPATING | _ALERT_NOUNS
              | _FORECASTING | _PARTICIPLES_ONLY | {"to", "forecast", "cut", "targeting", "after", "follows", "follow", "way"})


def _cues(text: str, s0: int, s1: int) -> list[Cue]:
    """The tense cues of text[s0:s1]: one scan over its words and a dictionary look-up each
    (a single alternation of every cue word, tried at every position, costs far more)."""
    out: list[Cue] = []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s0, s1)]
    n = len(tokens)
    for i, (a, b, tok) in enumerate(tokens):
        low = tok.lower()
        if low not in _CUE_WORDS and not low.endswith("ed") and "'" not in low and "’" not in low:
            continue  # most words are no cue of any kind: one look-up passes them
        if (low in _PARTICIPLES_ONLY and i > 0 and i + 1 < n and tokens[i - 1][2].islower()
                and tokens[i - 1][2] not in _NOT_SUBJECT_BEFORE and tokens[i - 1][2] not in _PASSIVE_AUXILIARIES
                and tokens[i - 1][2] not in ("have", "has", "had", "been") and tokens[i + 1][2].lower() in _PLACE_OR_TIME_AFTER):
            out.append(Cue(a, b, "past", low))  # "trace a man seen in the area on Friday night": the sighting, gone by
            continue
        if low == "forecast":
            # "Snow is forecast for Tuesday" looks ahead; "Rain was forecast for Saturday, but
            # the match went ahead" tells of a forecast gone by; "the forecast for Sunday" is
            # a noun.
            aux = tokens[i - 1][2].lower() if i > 0 else ""
            if i + 1 < n and tokens[i + 1][2].lower() in ("for", "to") and aux in _FORECAST_AUXILIARIES:
                kind = "past" if aux in ("was", "were") or _past_perfect_before(tokens, i) else "fut"
                out.append(Cue(a, tokens[i + 1][1], kind, f"{low} {tokens[i + 1][2].lower()}"))
                continue
        if (low == "way" and 1 < i and i + 1 < n and tokens[i - 1][2].lower() == "the" and tokens[i + 1][2].lower() == "for"
                and tokens[i - 2][2].lower() in _CLEARING_THE_WAY):
            out.append(Cue(a, tokens[i + 1][1], "fut", "the way for"))  # "clearing the way for the first shots as early as Monday"
            continue
        if (low in ("follows", "follow") and i + 2 < n and tokens[i + 1][2].lower() in ("in", "on")
                and tokens[i + 2][2][:1].isupper() and text[b:tokens[i + 1][0]].isspace()):
            out.append(Cue(a, b, "fut", low))  # "A ban on refined products follows in February"
            continue
        if low in _FORECASTING and i > 0 and not _past_perfect_before(tokens, i) and not any(
                tokens[j][2].lower() in _OUTTURN_WORDS for j in range(max(0, i - 3), i)):
            # "Meteorologists forecast rain for the weekend", "raised its Brent forecast for
            # December": what is forecast for a time lies ahead of the forecast (not "beat
            # forecasts for the third quarter", "had forecast rain for Saturday").
            for j in range(i + 1, min(n, i + 9)):
                if tokens[j][2].lower() == "for" and not any(ch in text[b:tokens[j][0]] for ch in ",;:"):
                    if not _JUDGED_AFTER.match(text, tokens[j][1], s1) and not _WHAT_CAME_AFTER.search(text, b, s1):
                        # Right after the noun ("its forecast for December") the time must follow
                        # "for"; after the verb and its object ("forecast snow for much of
                        # Scotland on Thursday") it may come later.
                        word = ("forecast for" if j > i + 1 and not any(tokens[k][2].lower() in _FIGURES for k in range(i + 1, j))
                                and "%" not in text[b:tokens[j][0]] else "forecasting for")
                        out.append(Cue(tokens[j][0], tokens[j][1], "fut", word))
                    break  # (not "The Met Office forecast for Sunday was wrong": one judged, gone by)
            continue
        if (low in _PLAN_PARTICIPLES or low == "set") and i > 0 and tokens[i - 1][2].lower() in _ORIGINALLY:
            continue  # "The sentencing, originally set for July, was postponed": the old plan, no tense
        if low == "earlier" and i + 1 < n and tokens[i + 1][2].lower() == "than":
            continue  # "no earlier than June": a bound, no past
        if (low == "cut" and i > 0 and tok.islower() and tokens[i - 1][2].lower() not in _NOT_SUBJECT_BEFORE
                and tokens[i - 1][2].lower() not in _CUT_AS_NOUN_AFTER and _CUT_OBJECT_AFTER.match(text, b)):
            out.append(Cue(a, b, "past", low))  # "The firm cut 500 jobs Tuesday" (not "a rate cut in April")
            continue
        if low == "last" and ((i > 0 and tokens[i - 1][2].lower() in _MODAL_OR_TO)
                              or (i + 1 < n and tokens[i + 1][2].lower() in ("into", "until", "till", "through", "longer"))):
            continue  # "expected to arrive Friday and last into Sunday": the verb, no time gone by
        if low == "last" and i > 0 and tokens[i - 1][2].lower() in _DETERMINERS_BEFORE_ADJECTIVE and (
                _COUNT_AFTER.match(text, b) or _ORDER_NOUN_AFTER.match(text, b)):
            # "in the last 16", "its last three plants", "on Sunday, the last day of the meet":
            # an order, no tense
            continue
        if (low == "after" and i + 1 < n and tokens[i + 1][2].lower() in _OUTCOME_GERUNDS
                and (tokens[i + 1][2].lower() not in _OUTCOME_GERUNDS_WITH_THEIR_OBJECT
                     or any(t[2].lower() in _INJURY_OBJECTS for t in tokens[i + 2:i + 6]))
                and all(c.word in _SCHEDULED for c in out if c.kind in ("fut", "weak"))):
            # "Eduardo faces nine months out after breaking his leg on Saturday", "plays Fritz on
            # Saturday after beating Rune on Monday": a result or an injury that a present of
            # what is to come follows has happened (not "will rest after returning").
            out.append(Cue(a, tokens[i + 1][1], "past", "after " + tokens[i + 1][2]))
            continue
        if low == "targeting" and i > 0 and tokens[i - 1][2].lower() in ("is", "are", "'s", "’s", "now"):
            out.append(Cue(a, b, "fut", low))  # "SpaceX is targeting 4:33 p.m. on Wednesday" (not "drones targeting Kyiv")
            continue
        if low in _ANTICIPATING:
            # "investors are bracing for the decision on Wednesday"; but "were awaiting the
            # verdict on Monday" tells of the waiting, gone by.
            before = tokens[i - 1][2].lower() if i > 0 else ""
            out.append(Cue(a, b, "past" if before in ("was", "were") else "fut", low))
            continue
        follow = _PHRASES.get(low)
        if follow and low in _ATTEMPTS and not (i > 0 and (tokens[i - 1][2][:1].isupper() or tokens[i - 1][2].lower() in _PLURAL_PRONOUNS
                                                           or tokens[i - 1][2].lower() in ("he", "she", "it"))):
            follow = None  # "scored four tries to beat Italy", "foiled attempts to storm": nouns
        if (follow and i + 2 < n and tokens[i + 1][2].lower() == "to" and tokens[i + 2][2][:1].isupper()
                and low in ("plan", "plans", "set", "aim", "aims", "hope", "hopes")):
            follow = None  # "presented his victory plan to Biden": a noun and its recipient, no infinitive
        if follow and low in _AFTER_ON and not (i > 0 and tokens[i - 1][2].lower() == "on"):
            follow = None  # "the track to the village": no odds
        if follow and low == "braced" and not (i > 0 and tokens[i - 1][2].lower() in _BRACED_AFTER) and not any(
                tokens[j][2].lower() == "with" and (tokens[j][0] == s0 or text[max(s0, tokens[j][0] - 2):tokens[j][0]].startswith(","))
                and "," not in text[tokens[j][1]:a] for j in range(max(0, i - 5), i)):
            follow = None  # "Residents braced for the storm on Tuesday": the past verb (not "With the city braced for")
        if (follow and low == "likely" and i + 3 < n and tokens[i + 2][2].lower() == "have"
                and _a_participle(tokens[i + 3][2].lower())):
            out.append(Cue(a, tokens[i + 2][1], "past", "likely to have"))  # "was likely to have started on Sunday"
            continue
        if follow and i + 1 < n and tokens[i + 1][2].lower() in follow:
            if low == "as":
                if i + 2 < n and tokens[i + 2][2].lower() == "as":
                    out.append(Cue(a, tokens[i + 2][1], "fut", "as soon as"))
                    continue
            elif low == "due" and i + 2 < n and tokens[i + 1][2].lower() == "in" and tokens[i + 2][2].lower() in ("part", "large", "no", "some"):
                pass  # "The delay was due in part to storms": a cause, no time
            elif low == "targeted" and not _A_TIME_OR_PLAN_OPENS.match(text, tokens[i + 1][1]):
                pass  # "Opposition figures targeted for arrest on Monday": no time targeted
            elif low == "hoped" and (_OUTCOME_TOLD_AFTER.search(text, b, s1)
                                     or tokens[i + 1][2].lower() == "for" and _WHAT_CAME_AFTER.search(text, b, s1)):
                pass  # "hoped to reopen the plant on Monday, but repairs took longer", "hoped for a win on Saturday but lost"
            else:
                past = _past_perfect_before(tokens, i) or ((low in _ODDS_WORDS or low == "due") and _was_before(tokens, i)
                                                           and not (low in _ODDS_WORDS and any(c.kind == "rep" for c in out))
                                                           and not (low == "due" and tokens[i + 1][2].lower() == "to"))
                out.append(Cue(a, tokens[i + 1][1], "past" if past else "fut", f"{low} {tokens[i + 1][2].lower()}"))
                continue
        if (low == "voted" and i + 3 < n and tokens[i + 1][2].lower() == "to" and tokens[i + 2][2].lower() == "to"
                and _A_TALLY.match(text, b) and tokens[i + 3][2].islower() and tokens[i + 3][2] not in _NOT_A_VERB_AFTER_TO):
            # "Lawmakers voted 30 to 12 to hold a referendum in September": the tally, then what was voted for
            out.append(Cue(a, b, "past", low))
            out.append(Cue(tokens[i + 2][0], tokens[i + 3][1], "fut", "to " + tokens[i + 3][2]))
            continue
        if (low in _AGREED_TO and i + 2 < n and tokens[i + 1][2].lower() == "to" and tokens[i + 2][2].islower()
                and tokens[i + 2][2] not in _NOT_A_VERB_AFTER_TO and not tokens[i + 2][2].endswith(("ing", "ed"))
                and text[b:tokens[i + 1][0]].isspace() and text[tokens[i + 1][1]:tokens[i + 2][0]].isspace()):
            # (not "voted 17 to 4 in favor": a tally)
            # "agreed to exchange prisoners this Sunday": what was agreed on is still to come
            # (not "agreed to a ceasefire on Tuesday", "agreed to terms", "agreed to talks").
            out.append(Cue(a, tokens[i + 2][1], "fut", f"{low} to"))
            continue
        k = i + 1
        while k < n and k <= i + 4 and (tokens[k][2].lower() in _DAY_WORDS or tokens[k][2].lower() in _WHEN_WORDS):
            k += 1  # "voted Tuesday to", "voted a week ago to", "decided last month to"
        if (low in _AGREED_TO and k > i + 1 and k + 1 < n and tokens[k][2].lower() == "to"
                and any(tokens[q][2].lower() in _DAY_WORDS or tokens[q][2].lower() in _TIME_NOUNS for q in range(i + 1, k))
                and text[b:tokens[k][0]].replace(" ", "").isalpha()
                and tokens[k + 1][2].islower() and tokens[k + 1][2] not in _NOT_A_VERB_AFTER_TO
                and not tokens[k + 1][2].endswith(("ing", "ed"))):
            # "The council voted Tuesday to extend permits through Oct. 31": the voting's day,
            # then what was voted for, ahead.
            out.append(Cue(a, b, "past", low))
            out.append(Cue(tokens[k][0], tokens[k + 1][1], "fut", "to " + tokens[k + 1][2]))
            continue
        if (low == "to" and i + 1 < n and tokens[i + 1][2].lower() in _PLAN_AFTER_COMMA
                and _COMMA_JUST_BEFORE.search(text, max(s0, a - 12), a)):
            # "agreed to a ceasefire, to take effect on Sunday": what the deal sets ahead.
            out.append(Cue(a, tokens[i + 1][1], "fut", "to " + tokens[i + 1][2].lower()))
            continue
        if (low in _ALERT_NOUNS and i + 2 < n and tokens[i + 1][2].lower() in ("from", "until", "through", "for")
                and (tokens[i + 2][2].lower() in _ALERT_TIME_OPENS or tokens[i + 2][2][:1].isdigit())
                and not any(tokens[j][2].lower() == "had" for j in range(max(0, i - 6), i))
                and not _OUTCOME_TOLD_AFTER.search(text, b, s1)):
            # "has posted a winter storm watch from Friday evening through Saturday afternoon":
            # the time an alert is for lies ahead (not "had issued a flood warning for Sunday",
            # "issued a red warning for Thursday, and the storm arrived that night").
            out.append(Cue(a, b, "weak", low))
            continue
        if low == "to" and _ordered_by_a_deadline(tokens, i) and not _OUTCOME_TOLD_AFTER.search(text, b, s1):
            # "ordered residents to leave by 5 p.m. Saturday": what was ordered comes after the order.
            out.append(Cue(a, tokens[i + 1][1], "weak", "to " + tokens[i + 1][2].lower()))
            continue
        if low == "to" and _headline_infinitive(tokens, i, out):
            # A headline's infinitive right after its subject, with no verb before it: "Navalny
            # to be buried in Moscow on Friday", "EU leaders to meet on Friday", "Kremlin says
            # Putin to skip talks on Thursday"; not "Zelensky's trip to Washington to meet
            # Trump on Friday was cut short".
            out.append(Cue(a, tokens[i + 1][1], "fut", "to " + tokens[i + 1][2]))
            continue
        kind = _KIND.get(low)
        if low in ("say", "says") and i > 0 and (tokens[i - 1][2].lower() in _ADJECTIVE_OPENS or tokens[i - 1][2].lower() == "final"):
            continue  # "will have its final say on Tuesday": a noun
        if low == "may" and not tok.islower():
            continue  # the month, or Theresa May
        if low in ("have", "do") and i > 0 and tokens[i - 1][2].lower() in ("will", "shall", "won't", "won’t", "to"):
            continue  # "will have a scan on Wednesday", "expect to have power restored by Saturday": the modal carries the tense
        if low in ("expect", "predict") and (
                _base_form_before(text, tokens, i)
                or any(tokens[j][2].lower() in _DO_AUXILIARIES for j in range(max(0, i - 3), i))):
            continue  # "did not expect the attack on Tuesday", "Did anyone expect": the auxiliary tells the tense
        if kind is None and low in _SCHEDULED and i > 0 and tok.islower() and _scheduled_verb(text, tokens, i):
            out.append(Cue(a, b, "fut", low))
            continue
        if low in _PLAN_PARTICIPLES and _past_perfect_before(tokens, i):
            out.append(Cue(a, b, "past", "had " + low))
            continue
        if kind == "fut" and low not in ("will", "shall") and _past_perfect_before(tokens, i):
            # "had been due to expire Friday", "had been scheduled to open Monday": a plan
            # reported in the past perfect was overtaken; its day is behind the story.
            out.append(Cue(a, b, "past", low))
            continue
        if kind == "weak" and low == "could" and _negated(tokens, i):
            # "could not be reached Friday", "neither ... could be located Wednesday": the
            # past of "can", not a conditional.
            out.append(Cue(a, b, "past", low))
            continue
        if kind == "fut" and out and i > 0 and out[-1].start == tokens[i - 1][0] and out[-1].word in _AUXILIARIES:
            # "were planning to", "was expected to": the auxiliary's tense is the report's,
            # the event it introduces lies ahead.
            out.pop()
        if (kind == "past" and not low.endswith("ed") and i > 0 and tokens[i - 1][2].lower() in ("a", "an", "the")
                and i + 1 < n and tokens[i + 1][2].lower() in _FUNCTION_AFTER_A_VERB and text[tokens[i - 1][1]:a].isspace()):
            continue  # "to offer a shot to every adult", "the cut in rates": a noun
        if kind is None:
            if "’" in low or "'" in low:
                if low.endswith(("’ll", "'ll")):
                    q = a + len(tok) - 3
                    out.append(Cue(q, b, "fut", low[-3:]))
                elif low in ("won’t", "won't"):
                    out.append(Cue(a, b, "fut", low))
                elif low in ("couldn’t", "couldn't"):
                    out.append(Cue(a, b, "past", low))
                continue
            if len(tok) >= 4 and low.endswith("ed") and tok.islower():
                if (out and i > 0 and out[-1].start == tokens[i - 1][0] and out[-1].kind == "fut" and out[-1].word in _SCHEDULED
                        and not (i + 1 < n and tokens[i + 1][2].lower() in _DATE_WORDS_AFTER_A_VERB)):
                    continue  # "Alabama hosts ranked Tennessee", "launches redesigned iPhones": an adjective
                if i > 0 and (tokens[i - 1][2].lower() in _DETERMINERS_BEFORE_ADJECTIVE or tokens[i - 1][2].lower() in ("with", "without")
                              or tokens[i - 1][2].lower() in ("newly", "freshly")
                              or _a_nouns_possessive(tokens[i - 1][2])
                              or (text[a - 1:a] == "-" and tokens[i - 1][2].lower() not in _VERB_PREFIXES)):
                    continue  # "its annulled election", "the occupied regions", "long-awaited", "with extended hours",
                    # "newly elected MPs", "Russia's occupied regions": an adjective
                if (i > 0 and i + 1 < n and tokens[i - 1][2].lower() in _PREPOSITIONS_BEFORE_AN_ADJECTIVE
                        and tokens[i + 1][2].islower() and tokens[i + 1][2] not in _FUNCTION_AFTER_A_VERB
                        and text[tokens[i - 1][1]:a].isspace() and text[b:tokens[i + 1][0]].isspace()):
                    continue  # "passengers arriving from affected areas", "talks on disputed islands": an adjective
                if low in _CHARGED and i + 1 < n and tokens[i + 1][2].lower() in ("of", "with") and not (
                        i > 0 and tokens[i - 1][2].lower() in _AUXILIARIES):
                    if i + 2 < n and tokens[i + 2][2].lower().endswith("ing") and tokens[i + 2][2].islower():
                        # "The man, accused of killing two people in March, will appear": the act, gone by
                        out.append(Cue(tokens[i + 2][0], tokens[i + 2][1], "past", tokens[i + 2][2].lower()))
                    continue  # "will go on trial in June accused of causing a death": a participle, no tense
                if any(tokens[j][2].lower() in _KEEPING for j in range(max(0, i - 5), i - 1)) and not any(
                        ch in text[tokens[max(0, i - 5)][1]:a] for ch in ",;"):
                    continue  # "will keep its command centre staffed through the weekend": keep's, no tense of its own
                if i + 1 < n and tokens[i + 1][2] == "by" and _COMMA_JUST_BEFORE.search(text, max(s0, a - 12), a):
                    continue  # "will meet on Monday, followed by talks": a participle's phrase, no tense
                kind = "past"
            else:
                continue
        if (kind == "past" and low.endswith(("ed", "en")) and i + 1 < n and _a_plural_noun(tokens[i + 1][2])
                and text[b:tokens[i + 1][0]].isspace() and _COUNT_BEFORE.search(text, max(s0, a - 14), a)
                and not _DAY_OF_A_MONTH_BEFORE.search(text, max(s0, a - 16), a)):
            continue  # "17 to 25 named storms", "three wounded soldiers": an adjective (not "Thousands protested in June")
        if (kind == "past" and i > 1 and tokens[i - 1][2].endswith("ly") and tokens[i - 1][2].islower()
                and (tokens[i - 2][2].lower() in _ADJECTIVE_OPENS or _a_nouns_possessive(tokens[i - 2][2]))):
            continue  # "the most closely fought vote", "a hotly contested seat": an adjective
        if (kind == "past" and low.endswith("ed") and i > 1
                and "have" in text[tokens[max(1, i - 4)][0]:a].lower()  # (a cheap test first: most have none)
                and any(tokens[j][2].lower() == "have" and tokens[j - 1][2].lower() in ("to", "will")
                        and not (j > 1 and tokens[j - 2][2].lower() in _SEEMING)
                        for j in range(max(1, i - 4), i))):
            continue  # "expect to have most power restored by Saturday": the infinitive's, no past
        if (kind == "past" and i > 1 and i + 1 < n and tokens[i + 1][2].islower() and tokens[i + 1][2] not in _FUNCTION_AFTER_A_VERB
                and (tokens[i - 2][2].lower() in _MODAL_OR_TO
                     or (i > 2 and tokens[i - 1][2].lower() in _PARTICLES and tokens[i - 3][2].lower() in _MODAL_OR_TO))
                and tokens[i - 1][2].islower() and tokens[i - 1][2] not in _NOT_SUBJECT_BEFORE
                and tokens[i - 1][2] not in _PASSIVE_AUXILIARIES and tokens[i - 1][2] not in ("have", "has", "had")):
            continue  # "would make up lost instruction", "to regain lost ground": an adjective after the verb
        if kind == "past" and low in _PAST_AS_BASE and _base_form_before(text, tokens, i):
            continue  # "will shut down", "to hit Houthis", "did not quit": the base form, no past
        if kind in ("past", "rep") and i > 0 and (
                tokens[i - 1][2].lower() in _PASSIVE_AUXILIARIES
                or (i > 1 and tokens[i - 1][2].lower().endswith("ly") and tokens[i - 2][2].lower() in _PASSIVE_AUXILIARIES)
                or (tokens[i - 1][2].lower() in _LINKING_INFLECTED and i > 1
                    and tokens[i - 2][2].lower() not in _DETERMINERS_BEFORE_ADJECTIVE
                    and not tokens[i - 2][2].lower().endswith(("'s", "’s")))
                or (i > 1 and tokens[i - 1][2].lower() in _LINKING and tokens[i - 2][2].lower() in _MODAL_OR_TO)
                or (tokens[i - 1][2].lower() in _LINKING and out and out[-1].start == tokens[i - 1][0])  # "Schools remain closed"
                or (i > 1 and tokens[i - 1][2].lower() == "have" and tokens[i - 2][2].lower() in ("will", "shall"))):
            # "will be named", "is to be held", "will be announced", "will have left": a
            # participle after "be" carries no tense of its own; the auxiliary before it does.
            continue
        out.append(Cue(a, b, kind, low))
    return out


_PLURAL_PRONOUNS = frozenset(("they", "we", "you", "i"))
# Plural subjects without an "-s": "The four men appear in court on Tuesday".
_IRREGULAR_PLURALS = frozenset("men women people children police".split())
_PERCEIVING = frozenset("watched watch watches watching saw see sees seen seeing heard hear hears hearing".split())
_APPOINTMENT_VERBS = frozenset("appear face attend vote return meet testify travel head go launch begin start gather".split())
# How a market moved, after "close" or "open": a headline's past ("close lower on Friday").
_MARKET_MOVE_AFTER = rx(r"\s+(?:lower|higher|up|down|flat|mixed|firmer|weaker|stronger|at\s+a\s+record)\b", re.I)
# Words in "-s" that are no plural subject: "This is in Geneva".
_NOT_PLURAL_NOUNS = frozenset("this its his hers ours theirs yours us as thus plus news".split())
# Between a plural subject and the place that narrows it: "voters in France", "residents of Kursk".
_PLACE_PREPOSITIONS = frozenset(("in", "of", "across", "from", "around", "throughout"))
# Past forms that are their verb's base form too: after a modal, "to" or "did" they are the base.
_PAST_AS_BASE = frozenset("hit shut put set quit hurt spread split let cut cost beat read last".split())
_BASE_FORM_BEFORE = frozenset("will would could should might may must can shall to did do does".split())


def _base_form_before(text: str, tokens: list, i: int) -> bool:
    """Whether the word at ``i`` follows a modal, "to" or "did", perhaps with "not" or an
    adverb between: "will shut down", "vows to hit", "did not quit" (not "from $70 to $80,
    hit a high")."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if not text[tokens[j][1]:tokens[j + 1][0]].isspace():
            return False
        w = tokens[j][2].lower()
        if w in _BASE_FORM_BEFORE or w.endswith(("’ll", "'ll", "n't", "n’t")):
            return True
        if w not in ("not", "never", "also", "soon", "then", "again", "now"):
            return False
    return False


# Verbs of a headline's plan after "to" ("Putin to skip talks", "EU to impose sanctions"); a
# subject of more words than this is an ordinary sentence's noun phrase.
_HEADLINE_VERBS = frozenset(w for w in _SCHEDULED if not w.endswith("s")) | frozenset(
    """be discuss announce unveil skip meet visit receive impose swap address get cut sign hold attend host send speak talk
    seek resume withdraw lift ease extend sanction ban boost raise lower release free exchange deliver supply
    propose present publish unveil decide rule hear sentence try charge elect appoint name replace""".split()
)
_HEADLINE_SUBJECT_WORDS = 6
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tonight yesterday".split())
_FUNCTION_WORDS = frozenset("of on in at for to from with and or the a an by".split())


def _verb_with_object_before(tokens: list, i: int) -> bool:
    """Whether a lower-case word before ``i`` takes a capitalised object, as a verb does
    ("beat Chelsea", "met Zelensky"); not "EU leaders on Thursday to discuss"."""
    return any(
        tokens[j][2].islower() and tokens[j][2] not in _FUNCTION_WORDS and tokens[j + 1][2][:1].isupper()
        for j in range(i - 1)
    )


def _headline_infinitive(tokens: list, i: int, cues: list) -> bool:
    """Whether "to" at ``i`` marks a headline's plan: within the first words, after its
    subject (no other "to", no "for", no article opening it), before a lower-case verb, and
    with nothing but a reporting verb before it ("Kremlin says Putin to skip talks")."""
    if not 0 < i < min(len(tokens) - 1, _HEADLINE_SUBJECT_WORDS + 1) or any(c.kind != "rep" for c in cues):
        return False
    if any(c.word in ("told", "tells", "asked", "urged") for c in cues):
        return False  # "Starmer told MPs to prepare": the object's, not a plan of the headline
    if tokens[i + 1][2] not in _HEADLINE_VERBS:
        return False  # "surge to record high", "wrote to lawmakers", "continue to hit"
    before = [t[2].lower() for t in tokens[:i]]
    if before[0] in ("the", "a", "an") or "to" in before or "for" in before:
        return False
    if not _DAY_WORDS.isdisjoint(before[1:]) and _verb_with_object_before(tokens, i):
        return False  # "Arsenal beat Chelsea 3-1 on Sunday to go top": the day is the verb's before it
    # A finite verb after it makes the sentence's predicate ("Zelensky's trip to meet Trump on
    # Friday ended…"); a participle after "be" does not ("to be buried").
    for j in range(i + 2, len(tokens)):
        word = tokens[j][2]
        low = word.lower()
        if _KIND.get(low) in ("past", "pres") or (
            word.islower() and len(word) >= 4 and low.endswith("ed") and tokens[j - 1][2].lower() not in _PASSIVE_AUXILIARIES
        ):
            return False
    return True


_AN_AGE_AFTER = rx(r"\s+[0-9]{1,3}\b")
# "cut" as a verb gone by: after its subject, before what was cut.
_CUT_AS_NOUN_AFTER = frozenset("rate tax job budget price interest pay wage spending next first last deep big".split())
_CUT_OBJECT_AFTER = rx(
    r"\s+(?:[0-9]|(?:its|their|his|her|the|some|about|more|jobs|staff|workers|prices|rates|costs|spending|taxes|output|"
    r"production|ties|interest)\b)", re.I
)
_STATES_THAT_LAST = frozenset("closed shut open suspended cancelled canceled off in on".split())
# After a participle, a date its verb happened on: "Tax returns filed Monday will be processed".
_DATE_WORDS_AFTER_A_VERB = _DAY_WORDS | frozenset(("on", "in", "at", "last"))
# What "plan" as a verb takes as its object: "plan a rally", "plans new talks".
_PLANNED_THING_OPENS = frozenset("a an the another more new further its their his her two three several".split())


def _scheduled_verb(text: str, tokens: list, i: int) -> bool:
    """Whether the scheduled-event word at ``i`` is a present-tense verb right after its
    subject: "talks resume", "the offer expires", not "the talks", "Alarcon, head of"."""
    prev_start, prev_end, prev = tokens[i - 1]
    gap = text[prev_end:tokens[i][0]]
    if (prev[:1].isupper() or prev[1:2].isupper()) and tokens[i][2].endswith("s") and _MODEL_NUMBER_GAP.fullmatch(gap):
        return True  # "Windows 7 goes on sale Oct. 22": a product's name and number, then its verb
    if not gap.isspace():
        # A comma or quotation between: a new phrase, or the close of an apposition after
        # the subject ("The Rams, a power in the 1990s, open district play Monday").
        return gap.rstrip().endswith(",") and _subject_before_apposition(text, tokens, i)
    before = prev.lower()
    if (before in ("and", "but") and tokens[i][2].endswith("s") and i > 1
            and (tokens[i - 2][2].lower() in _DAY_WORDS or not tokens[i - 2][2].lower().endswith("s"))
            and i + 1 < len(tokens) and tokens[i + 1][2].lower() not in ("and", "or")):
        return True  # "The bridge closed Tuesday and reopens Friday", "and hosts Celtic on Tuesday"
    if (before in ("that", "which", "who") and i > 1 and not tokens[i][2].endswith("s")
            and tokens[i - 2][2].lower().endswith("s") and not tokens[i - 2][2].lower().endswith("ss")
            and tokens[i - 2][2].lower() not in _NOT_PLURAL_NOUNS and tokens[i - 2][2].lower() not in _KIND):
        return True  # "spending cuts that take effect on Tuesday"
    if (before in ("that", "which") and i > 1 and tokens[i][2].endswith("s") and tokens[i][2].islower()
            and not (i + 1 < len(tokens) and tokens[i + 1][2].lower() == "to")
            and (tokens[i - 2][2].islower() or (i > 2 and tokens[i - 3][2].lower() in ("in", "of", "at")))
            and tokens[i - 2][2].lower() not in _KIND
            and not (tokens[i - 2][2].islower() and tokens[i - 2][2].lower().endswith("s"))):
        # "the fiscal year that begins Oct. 1", "a law which takes effect Friday", "a truce in
        # Yemen that takes effect at 7 p.m. on Saturday"
        return True
    if before in _NOT_SUBJECT_BEFORE or before in _KIND or before.endswith(("'s", "’s")):
        return False  # "Tuesday's visit", "Putin's return": a possessive's noun
    if (before in lx.NUMBER_WORDS and before not in ("one", "a", "an")) or before in ("more", "fewer", "few", "many", "several"):
        return False  # "winning nine votes more than she needed": a count's noun
    if (before.endswith("ing") and len(before) > 5 and prev.islower() and i > 1
            and not tokens[i - 2][2][:1].isupper() and not tokens[i - 2][2].lower().endswith("ing")
            and not any(tokens[j][2].lower() in _DETERMINERS_BEFORE_ADJECTIVE or tokens[j][2].lower().endswith(("'s", "’s"))
                        for j in range(max(0, i - 3), i - 1))):
        # "began counting votes today", "spent hours counting votes": the object of the verb in
        # "-ing" (not "The hearing resumes", "Early voting opens", "The sentencing hearing begins")
        return False
    if i + 1 < len(tokens) and tokens[i + 1][2].lower() == "of":
        return False  # "head of", "close of", "end of": a noun
    if (i + 1 < len(tokens) and before in _CLAUSE_OPENERS and text[tokens[i][1]:tokens[i + 1][0]].isspace()
            and _a_past_verb(tokens[i + 1][2])):
        return False  # "as returns showed Trump winning": the subject of the verb after it
    if tokens[i][2].lower() in ("stays", "remains", "stay", "remain") and not (
            i + 1 < len(tokens) and tokens[i + 1][2].lower() in _STATES_THAT_LAST):
        return False  # "The bridge stays closed Friday" (not "His remains left Kyiv")
    if tokens[i][2].lower() in ("debate", "debates") and any(
            tokens[j][2].lower() in _PERCEIVING for j in range(max(0, i - 5), i)):
        return False  # "Millions watched the two candidates debate on Tuesday night"
    if tokens[i][2].lower() in ("turn", "turns") and not _AN_AGE_AFTER.match(text, tokens[i][1]):
        return False  # "She turns 100 on Friday" (not "turns negative Monday", "turn out Tuesday")
    if tokens[i][2].lower() in ("plan", "plans") and not (
            i + 1 < len(tokens) and tokens[i + 1][2].lower() in _PLANNED_THING_OPENS):
        return False  # "Merger plans collapse Tuesday": a noun (not "Organizers plan a rally")
    if _MARKET_MOVE_AFTER.match(text, tokens[i][1]):
        return False  # "stocks close lower on Friday": a headline's past, how the market moved
    if tokens[i][2].endswith("s"):
        return True
    # A base form needs a plural subject just before it: "the two leaders meet", "they meet",
    # "Iran and Iraq meet".
    if before in _PLURAL_PRONOUNS or (before.endswith("s") and not before.endswith("ss") and before not in _NOT_PLURAL_NOUNS):
        return True
    if ((before in _IRREGULAR_PLURALS or (before.endswith("ed") and i > 1 and _is_a_count(tokens[i - 2][2])))
            and tokens[i][2].lower() in _APPOINTMENT_VERBS):
        # "the four men appear in court", "The two accused appear" (not a caption's "Police
        # hold back protesters on Saturday")
        return True
    if _plural_subject_of_a_place(text, tokens, i):
        return True  # "voters in France head to the polls", "Students in the Cedar Rapids district return"
    return any(tokens[j][2].lower() == "and" for j in range(max(0, i - 6), i - 1))


def _is_a_count(word: str) -> bool:
    return word.isdigit() or (word.lower() in lx.NUMBER_WORDS and word.lower() not in ("one", "a", "an"))


def _plural_subject_of_a_place(text: str, tokens: list, i: int) -> bool:
    """Whether the base form at ``i`` follows a plural subject narrowed by a place: "voters in
    France head", "markets in Japan reopen", "Students in the Cedar Rapids district return"
    (not "elections in April end", "Tickets for the play Friday")."""
    for k in range(i - 2, max(0, i - 7), -1):
        if tokens[k][2] not in _PLACE_PREPOSITIONS:
            continue
        subject = tokens[k - 1][2] if k >= 1 else ""
        between = tokens[k + 1:i]
        return (subject.endswith("s") and not subject.endswith("ss") and subject.lower() not in _NOT_PLURAL_NOUNS
                and subject.lower() not in _KIND
                and all(w == "the" or w[:1].isupper() for _, _, w in between[:-1])
                and (between[-1][2][:1].isupper() or len(between) > 1)
                and not any(w.lower() in lx.MONTHS or w.lower() in _DAY_WORDS for _, _, w in between)
                and not any(ch in text[tokens[k - 1][1]:tokens[i][0]] for ch in ",;:()\"“”")
                and (tokens[i][2].lower() in ("remain", "stay") or not _verb_after_the_noun(text, tokens, i)))
    return False


def _verb_after_the_noun(text: str, tokens: list, i: int) -> bool:
    """Whether a verb follows the word at ``i`` within a few words of its clause, making it a
    noun: "Results of the German vote Sunday showed gains", "Reviews of the debut Sunday were
    glowing" (not "Students return Monday, officials said")."""
    for j in range(i + 1, min(len(tokens), i + 5)):
        w = tokens[j][2]
        if any(ch in text[tokens[j - 1][1]:tokens[j][0]] for ch in ",;:"):
            return False
        low = w.lower()
        if _a_past_verb(w) or low in ("was", "were", "is", "are", "said", "says", "set", "included"):
            return True
    return False


# Words after which a clause's subject begins: "as returns showed".
_CLAUSE_OPENERS = frozenset("as when while after because since if that but and though although until".split())


def _a_past_verb(word: str) -> bool:
    low = word.lower()
    return word.islower() and (_KIND.get(low) in ("past", "rep") or (low.endswith("ed") and low not in _ED_EXCEPTIONS))


_APPOSITION_WORDS = 8
# A day or month named without "last", "next" or "this": the tense gives its direction.
_DAY_WORD = rx(
    rf"(?<!last )(?<!next )(?<!this )\b(?:{WEEKDAY_FULL}|"
    r"January|February|March|April|June|July|August|September|October|November|December)\b"
)
_WORD_BEFORE_COMMA = rx(r"([A-Za-z]+(?:[’'][A-Za-z]+)?)$")


_MODEL_NUMBER_GAP = rx(r"\s+[0-9]{1,3}\s+")
_RELATIVE_OPENS = rx(r"\s*(?:who|which)\b")


def _subject_before_apposition(text: str, tokens: list, i: int) -> bool:
    """Whether the verb at ``i``, after a comma, follows an apposition set off by commas
    right after a plural subject, or any subject for a verb in "-s": "The city's new fees,
    approved last week, take effect Monday", "The Rams, a power in the 1990s, open"."""
    s0 = tokens[0][0]
    close = text.rfind(",", s0, tokens[i][0])
    opening = text.rfind(",", s0, close)
    if opening < 0 or not 2 <= len(text[opening + 1:close].split()) <= _APPOSITION_WORDS:
        return False  # none, or a list's single item ("films, concerts, plays and readings")
    relative = _RELATIVE_OPENS.match(text, opening + 1, close)
    if _DAY_WORD.search(text, opening, close) and not relative:
        return False  # "The Patriots, 5-2 winners Sunday, host the Jets": the apposition's own day
    if i + 1 < len(tokens) and tokens[i + 1][2].lower() in ("and", "or"):
        return False
    word = _WORD_BEFORE_COMMA.search(text, s0, opening)
    if word is None:
        return False
    subject = word.group(1)
    low = subject.lower()
    if low in _NOT_SUBJECT_BEFORE or low in _KIND or low in lx.MONTHS or low in lx.WEEKDAYS:
        return False
    plural = low.endswith("s") and not low.endswith("ss") and low not in _NOT_PLURAL_NOUNS
    # "Ireland, who drew with Cameroon on Saturday, face Germany on Wednesday": a team, plural
    # in British copy, and a relative clause with its own verb and day.
    return plural or tokens[i][2].endswith("s") or bool(relative and subject[:1].isupper())


def _past_perfect_before(tokens: list, i: int) -> bool:
    """Whether the word at ``i`` follows "had" or "had been" (adverbs allowed between)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        w = tokens[j][2].lower()
        if w == "had":
            return True
        if w not in ("been", "previously", "originally", "initially", "already", "also", "once"):
            return False
    return False


def _was_before(tokens: list, i: int) -> bool:
    """Whether "was" or "were" comes just before ``i``, perhaps with a degree between: "were
    more likely to vote for him in November" tells of what was likely then."""
    for j in range(i - 1, max(-1, i - 4), -1):
        w = tokens[j][2].lower()
        if w in ("was", "were"):
            return True
        if w not in ("more", "less", "most", "least", "far", "much", "very", "as", "not", "also", "on"):
            return False
    return False


def _negated(tokens: list, i: int) -> bool:
    """Whether "could" at ``i`` is negated: "could not", "couldn't", "neither ... nor ... could"."""
    if i + 1 < len(tokens) and tokens[i + 1][2].lower() in _NEGATIONS:
        return True
    return any(tokens[j][2].lower() in ("neither", "nor", "no", "nobody") for j in range(max(0, i - 10), i))


# Where a boundary may open (see the look-aheads of _BOUNDARY): at a line break, or after
# terminal punctuation or a quotation mark, at a space or a quotation mark. Written to open
# with a class of characters, which the regex engine skips to at C speed (rx adds no look-ahead).
_MAY_BOUND = rx(r"[\n\r.!?\"”’'](?:(?<=[\n\r])|[\s\"”’'`])")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the sentence containing ``pos`` (approximate, fast)."""
    start = 0
    # Scan a bounded window backwards: sentences are short, and this keeps tagging linear.
    lo = max(0, pos - 600)
    if not _MAY_BOUND.search(text, max(0, lo - 1), min(len(text), pos + 600)):
        # No boundary can open within reach (as in most texts of one sentence): the scans
        # below would find none.
        return lo, max(min(len(text), pos + 600), pos)
    for m in _BOUNDARY.finditer(text, lo, pos):
        start = m.end()
    if start == 0 and lo > 0:
        start = lo
    m = _BOUNDARY.search(text, pos, min(len(text), pos + 600))
    end = m.start() if m else min(len(text), pos + 600)
    return start, max(end, pos)


def sentence_cues(text: str, s0: int, s1: int) -> list[Cue]:
    return _cues(text, s0, s1)


_PERCEIVING_AFTER = rx(r"(?i:\s+(?:not\s+)?(?:see|hear|feel|smell|watch|make\s+out|be\s+(?:seen|heard)))\b")
_HAVE_AFTER = rx(r"\s+(?:not\s+)?(?:have|'ve)\b")
# "MPs sat until 11.30pm on Wednesday", "the talks lasted until Wednesday": a past happening
# that went on until the date, a few words after its verb. Only verbs of going on: a measure
# imposed until a day ("suspended flights until Tuesday", "granted him bail until Monday")
# or a state ("was closed until Monday") may run on past the report.
_WENT_ON_UNTIL = rx(r"(?:\s+[\w’'.:-]+){0,3}?\s+(?:until|till)\s")
_WENT_ON = frozenset(
    """sat lasted continued ran stayed remained worked searched debated raged waited talked
    fought negotiated played queued camped slept partied danced dragged went carried""".split()
)
_STATE_BEFORE = rx(r"(?i:\b(?:was|were|been|be|is|are|remains?|remained|stayed)\s+$)")


# Cues of what is looked for ("analysts expect a cut on Wednesday") whose object may hold a
# happening gone by, with its own date: "expect further losses after the crash on Monday".
_OBJECT_LOOKING_AHEAD = frozenset(("expect", "expects", "predict", "predicts", "likely to"))
_LOOKS_BACK_BETWEEN = rx(
    r"(?i:\b(?:after|from|since|following|over)\s+(?:the|a|an|his|her|its|their|this|last|[a-z]+ing)\b)"
)
_INFINITIVE_OR_BY = rx(r"(?i:\bto\s+(?!the\b|a\b|an\b)[a-z]+\b|\bby\s+$)")
_EXPECTED_THING_ON = rx(r"(?i:\s+(?:(?!of\b)[a-z-]+\s+){1,3}(?:on|in|during)\s+(?:the\s+)?)")


# A future cue governs a date against a trailing report when it is near it, in the same
# clause: with no word between them that tells of another happening ("will stay volatile
# after a drop on Monday", "will be watching as the Fed cut rates on Tuesday") and no comma,
# unless the comma opens an aside right after the cue ("will, for the first time, meet").
_FUTURE_GOVERNS_REACH = 100
_ANOTHER_HAPPENING_BETWEEN = rx(
    r"[;:]|\b(?:after|following|since|before|which|who|whose|when|while|whereas|as|that|having)\b|\bwith\s+(?:[\w-]+\s+){0,3}?[a-z]+ing\b", re.I
)
_INTERJECTION_AFTER = rx(r",\s+(?:for|in|at|on|by|as|if|after|once|perhaps|probably)\b[^,]{0,40},", re.I)


_FOR_BEFORE = rx(r"(?i:\bfor\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:on\s+)?$)")
# What opens another clause between a date and a cue after it; a relative clause right after
# the date tells of its noun ("approved a sales tax Tuesday that will fund road repairs").
_ANOTHER_CLAUSE_AFTER = rx(
    r"[^,;]*(?:;|,\s*(?:as|and|but|while|although|though|just\s+as)\b)|\s+(?:that|which)\b"
    # "declared an emergency on Thursday, a move that will last 90 days": an apposition's clause.
    r"|\s*,\s+an?\s+(?:[\w’'-]+\s+){0,3}?(?:that|which)\b"
    # "climb through Sunday as they reached villages", "suspended operations Tuesday and will
    # not reopen until Friday": a clause or a verb of its own.
    r"|\s+as\s+(?!well\b|of\b|soon\b|early\b|late\b|much\b|many\b)|\s+(?:and|but)\s+(?:(?:is|are|was|were|has|have|had)\s+)?$"
    # "will be sworn in on Monday after Labor won Saturday's election": a clause of its own.
    r"|\s+(?:after|before|because|once|when)\s+(?:(?!(?:the|a|an|his|her|its|their)\b)[\w’'-]+\s+){1,3}$",
    re.I,
)


def _governed_in_its_clause(text: str, cues: list[Cue], start: int) -> str:
    """The kind of the future, past or present cue before ``start`` that speaks for it in its
    own clause (no comma, semicolon or colon between them); "" when there is none."""
    for c in reversed(cues):
        if c.end > start:
            continue
        if c.kind in ("fut", "past", "pres") or c.kind == "weak" and c.word in _MODALS_OF_WHAT_COMES:
            # ("would stop selling them at the end of June and urged …": the modal's clause)
            return "" if _CLAUSE_BREAK.search(text, c.end, start) else ("fut" if c.kind == "weak" else c.kind)
        if _CLAUSE_BREAK.search(text, c.end, start):
            return ""
    return ""


_MODALS_OF_WHAT_COMES = frozenset(("would", "could", "might", "may", "should", "must", "can"))
# A comma, a semicolon or a colon, but not the colon of a clock time ("at 1:52 a.m.").
_CLAUSE_BREAK = rx(r"[,;]|(?<![0-9]):|:(?![0-9])")


# "proposed on Sunday that …", "proposed on Sunday." (not "the talks Putin proposed on Thursday in Istanbul")
_PROPOSAL_FOLLOWS = rx(r"\s*(?:that\b|to\s+[a-z]|[,.;:]|$)")  # "proposed on Wednesday to bar Meta from …"
_PROPOSED_ON = rx(r"\s+(?:on\s+)?$")
_SUBJECT_WORD_BEFORE = rx(r"(?:\b(?:[A-Z][\w’'-]*|he|she|they|we|it|i)|[)\]])\s+$")


def _subject_before(text: str, at: int) -> bool:
    """Whether a name or a pronoun, the verb's subject, comes just before ``at``."""
    before = _SUBJECT_WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and not re.match(r"(?:The|A|An|Its|Their|His|Her)\s", before.group(0))


_PRESENT_DAYS = frozenset(("today", "tonight", "now"))
_COORDINATED = rx(r"\s*(?:,|and|or|&)\s*(?:(?:on|by|until|through)\s+)?")


def tense_at(text: str, start: int, end: int, cues: list[Cue] | None = None) -> str | None:
    """The tense governing the expression text[start:end], or None when there is no cue.
    ``cues`` may pass the sentence's cues when the caller caches them per sentence."""
    if cues is None:
        s0, s1 = sentence_bounds(text, start)
        cues = sentence_cues(text, s0, max(s1, end))
    best: tuple[int, str, bool, str] | None = None  # distance, tense, whether the cue comes first, kind
    nearest_before: tuple[int, str, int] | None = None  # the nearest cue before, not modal or reporting: distance, kind, end
    reporting: tuple[int, str] | None = None  # weak cues, used when nothing else speaks
    nearest_weak_before: int | None = None
    weak_before: Cue | None = None  # the nearest weak cue before
    best_cue: Cue | None = None
    modal_before = False  # a modal before the expression, not of the past ("must have left")
    governed_before: str | None = None  # the kind of the cue governing it, when a cue after it asks
    aside = _ASIDE_AFTER_A_DATE.match(text, end)
    more = MORE_TO_COME_BEFORE.search(text, max(0, start - 70), start)
    if more is not None and not any(more.start() <= c.start < start for c in cues):
        main = [c for c in cues if c.end <= more.start()]
        if not main or main[-1].kind not in ("past", "rep"):
            return FUTURE  # "walk out today, with further strikes on Thursday and Saturday"
    likely_after = _LIKELY_JUST_AFTER.match(text, end)
    have_done = _TO_HAVE_DONE.match(text, likely_after.end()) if likely_after is not None else None
    if likely_after is not None and not _governed_by_a_past_form(text, start) and not (
            have_done and _a_participle(have_done.group(1))) and (
            likely_after.group(1).lower() in ("is", "are")
            or any(c.kind == "rep" and c.end <= start for c in cues)) and not (
            _WHAT_CAME_AFTER.search(text, likely_after.end(), sentence_bounds(text, start)[1])):
        return FUTURE  # "The AA said Friday afternoon was likely to be the worst time to travel"
    likely = _LIKELY_JUST_BEFORE.search(text, max(0, start - 40), start)
    if likely is not None and (likely.group(1).lower() in ("is", "are") or any(
            c.kind == "rep" and c.end <= likely.start() for c in cues)) and not _WHAT_CAME_AFTER.search(text, end, sentence_bounds(text, start)[1]):
        # "Forecasters said thunderstorms were likely again Tuesday night": what was likely,
        # reported, lies ahead of the report (not "Storms were likely on Tuesday, but none came").
        return FUTURE
    under_way = WITH_A_SCHEDULE_UNDER_WAY.search(text, max(0, start - 70), start)
    if under_way is not None and not _A_DAY_TOLD.search(text, sentence_bounds(text, start)[0], under_way.start()):
        # "fell below zero, with the May contract expiring on Tuesday": not yet done (but "Markets
        # were closed on Good Friday, with trading resuming on Monday" counts from that day).
        return FUTURE
    if _MOST_RECENTLY_BEFORE.search(text, max(0, start - 24), start):
        return PAST  # "announces its results every quarter, most recently on Monday"
    if _MODAL_JUST_AFTER.match(text, end) and not _verb_before_in_its_clause(text, cues, start):
        # "forecasters said highs on Saturday could top 100 degrees": the date's own verb (not
        # "Protesters arrested on Saturday could face charges", "who was there on Tuesday should call")
        return FUTURE
    for m in cues:
        if start <= m.start < end:  # the expression itself ("last Saturday") is no cue
            continue
        if m.word == "the way for" and not (m.end <= start and _AN_INFINITIVE_OR_AS_EARLY.search(text, m.end, start)):
            continue  # "Regulators cleared the way for the merger on Monday": the clearing's day
        if m.word == "forecasting for" and not (m.end <= start and _FOR_ITS_TIME.fullmatch(text, m.end, start)):
            continue  # "cut its forecast for 2008 demand growth on Tuesday": the cutting's day
        if m.word in _PRESENT_DAYS and _COORDINATED.fullmatch(text, m.end, start):
            continue  # "will be closed today and Wednesday": another day named with it, not its tense
        kind = m.kind
        word = m.word
        if kind == "past" and word.endswith("ed") and word in _ED_EXCEPTIONS:
            kind = "fut" if word in ("scheduled", "expected", "planned", "proposed") else None
            if (word == "proposed" and _PROPOSED_ON.match(text, m.end, start) and _subject_before(text, m.start)
                    and _PROPOSAL_FOLLOWS.match(text, end)):
                kind = "past"  # "Putin proposed on Sunday that …": the proposal's day
            if kind is None:
                continue
        if (kind == "fut" and word in _PLAN_PARTICIPLES and word != "expected" and m.start >= end and text[end:m.start].isspace()
                and not _PARTICIPLE_PHRASE_AFTER.match(text, m.end)):
            kind = "past"  # "A judge on Thursday scheduled sentencing for Nov. 26": the scheduling's own day
        if kind == "fut" and m.end <= start and m.word in _OBJECT_LOOKING_AHEAD and (
                _LOOKS_BACK_BETWEEN.search(text, m.end, start)
                or (m.word != "likely to" and not _INFINITIVE_OR_BY.search(text, m.end, start)
                    and not _EXPECTED_THING_ON.fullmatch(text, m.end, start))):
            # "expect a poor harvest after the drought in January": the drought's time; "expect
            # a repeat of the chaos on Saturday": the chaos's. What is expected lies ahead in
            # an infinitive or by a day: "expect the Fed to cut rates on Wednesday", "expect
            # power back by Friday"; so does a short thing expected on it: "expect another rush
            # on Wednesday", "expect a decision on Friday".
            continue
        if kind == "weak" and m.end <= start and ";" in text[m.end:start]:
            continue  # "vows to hit them until they stop; strikes kill 31 on Saturday": another clause
        if kind == "fut" and m.start >= end and word.endswith(" to") and word.split()[0] in _AGREED_TO:
            # "The Fed on Wednesday decided to keep buying bonds": the day of the deciding, gone
            # by (what was decided lies ahead only of a day after it).
            kind = "past"
        if (kind == "fut" and m.end <= start and word in ("voted to", "decided to", "agreed to")
                and _IN_JUST_BEFORE.search(text, max(0, start - 4), start) and _THE_DAYS_VOTE_AFTER.match(text, end)
                and _AN_OUTCOME_VOTED.search(text, m.start, m.end)):
            kind = "past"  # "Britain has voted to leave the EU … in Thursday's referendum": the vote's own day
        if m.start >= end and kind == "fut" and " " in word and (word.endswith(" to") or word.startswith("to ")) and (
                _JUST_A_COMMA.fullmatch(text, end, m.start) or (word.split()[0].endswith("ing") and text[end:m.start].isspace())):
            # "became prime minister on Wednesday, promising to …", "…, to begin on Friday", "signed
            # an agreement late on Wednesday pledging to work toward …": a phrase of its own
            continue
        if aside is not None and end <= m.start < aside.end():
            continue  # "on Monday, lawyers said, the trial resumes", "as expected": the aside's verb, not the date's
        if kind == "past" and m.start >= end and word.startswith("after "):
            continue  # "faces Alcaraz on Sunday after winning on Friday": the injury's or the win's, not Sunday's
        if kind == "fut" and m.start >= end and word in ("remains", "remain", "stays", "stay"):
            continue  # "An advisory issued on Saturday remains in effect": a state, no day ahead of its own
        if aside is not None and m.start >= aside.end() and _SUBORDINATE_OPENS.match(text, aside.end()):
            continue  # "…in spring, an official said on Friday, after Nauru switched …": no clause of the date's
        distance = start - m.end if m.end <= start else m.start - end
        if aside is not None and m.start >= aside.end():
            distance = m.start - aside.end()  # the clause's verb after the aside is as near as it reads
        if (m.end <= start and kind in ("past", "pres", "fut") and _CLAUSE_BREAK_BETWEEN.search(text, m.end, start)
                and _own_verb_after(text, cues, end)):
            # "The strike ended in February, and on March 24 schools reopen": another clause's
            # verb, which the date's own after it replaces.
            continue
        # A cue before the expression governs it more often than one after it.
        if (m.start >= end and nearest_before is not None and kind in ("fut", "pres") and nearest_before[1] == "past"
                and _RELATIVE_OPENED_BEFORE.search(text, max(0, nearest_before[2] - 80), start)
                and _RELATIVE_CLOSED_AFTER.match(text, end, m.start)):
            # "Menendez, who was convicted in July and resigned in August, plans to appeal":
            # the verb of the relative clause the date is in, not the main clause's after it.
            continue
        if m.start >= end:
            if kind == "rep" and any(q in text[end:m.start] for q in _CLOSING_QUOTES):
                continue
            if kind in ("past", "pres", "fut") and governed_before is None:
                governed_before = _governed_in_its_clause(text, cues, start)
            # A future after the date gives way only to a past verb before it: "has its annual
            # meeting on Thursday, and will vote" is still ahead, as is what a thing was bought
            # for ("booked a hotel for the final on Sunday, and will travel on Saturday").
            gives_way = kind in ("past", "pres") or (
                kind == "fut" and governed_before == "past" and not _FOR_BEFORE.search(text, max(0, start - 40), start))
            if gives_way and governed_before and _ANOTHER_CLAUSE_AFTER.match(text, aside.end() if aside else end, m.start):
                # "plans to hold them in the autumn, as it does every year", "won the election
                # on Tuesday, and will be sworn in": another clause's verb. (", which killed 34"
                # tells of the date's own happening: it still counts.)
                continue
            distance = distance * 2 + 10
        # A reporting verb is an ordinary past cue: "said Friday" is last Friday, while in
        # "said he will go on Friday" the nearer "will" wins.
        tense = {"fut": FUTURE, "past": PAST, "pres": PRESENT, "rep": PAST, "weak": FUTURE}[kind]
        if kind == "weak":
            if m.end <= start and (nearest_weak_before is None or distance < nearest_weak_before):
                nearest_weak_before, weak_before = distance, m
                # Not "could see": "witnesses could see smoke on Sunday" is what they were able to do.
                modal_before = (word not in ("until", "till", "deadline") and not _HAVE_AFTER.match(text, m.end)
                                and not (word == "could" and _PERCEIVING_AFTER.match(text, m.end)))
            if reporting is None or distance < reporting[0]:
                reporting = (distance, tense)
            continue
        if m.end <= start and kind != "rep" and (nearest_before is None or distance < nearest_before[0]):
            nearest_before = (distance, kind, m.end)
        if best is None or distance < best[0]:
            best = (distance, tense, m.end <= start, kind)
            best_cue = m
    if best is not None:
        # "announced that the father would travel Thursday": a modal between the reporting
        # verb and the expression puts it after the report, that is, ahead of the anchor.
        if best[1] == PAST and best[2] and nearest_weak_before is not None and nearest_weak_before < best[0]:
            if (best[3] == "past" and weak_before.word in ("until", "till") and best_cue.word in _WENT_ON
                    and _WENT_ON_UNTIL.match(text, best_cue.end, weak_before.end + 1)
                    and not _STATE_BEFORE.search(text, max(0, best_cue.start - 12), best_cue.start)):
                return PAST
            if (best[3] == "past" and weak_before.word in ("until", "till")
                    and _NOT_UNTIL_BETWEEN.search(text, max(0, weak_before.start - 70), weak_before.start)):
                return PAST  # "Snow did not settle in Sapporo until Jan. 9": when it came at last
            if (best[3] == "past" and weak_before.word in ("until", "till")
                    and _HAD_DONE_BEFORE.search(text, max(0, weak_before.start - 80), weak_before.start)):
                return PAST  # "The Assad family had ruled Syria from the 1970s until December": over by then
            return FUTURE
        # "has given them until 9 a.m. Tuesday": a modal or "until" nearer than a present
        # tense points ahead of it.
        if best[1] == PRESENT and nearest_weak_before is not None and nearest_weak_before < best[0]:
            return FUTURE
        # "A storm warning is in effect until 11 a.m. Friday, forecasters said": "until" after a
        # present, with the report after the date.
        if (best[3] == "rep" and not best[2] and weak_before is not None and weak_before.word in ("until", "till")
                and nearest_before is not None and nearest_before[1] == "pres" and nearest_weak_before < nearest_before[0]):
            return FUTURE
        # "Kyiv must respond by Friday, officials said": the report after the quote tells
        # when it was said, the modal before the date when it is to happen.
        if best[3] == "rep" and not best[2] and modal_before:
            return FUTURE
        # "Ministers will discuss the package on Monday, diplomats said": so too the future
        # before the date, when it governs it: in the same clause, with no other happening
        # between ("will stay volatile after a drop on Monday", "…, which will publish its
        # forecast next month, cut rates on Thursday").
        if (best[3] == "rep" and not best[2] and nearest_before is not None and nearest_before[1] == "fut"
                and nearest_before[0] <= _FUTURE_GOVERNS_REACH
                and not _ANOTHER_HAPPENING_BETWEEN.search(text, nearest_before[2], start)
                and ("," not in text[nearest_before[2]:start] or _INTERJECTION_AFTER.match(text, nearest_before[2]))):
            return FUTURE
        return best[1]
    return reporting[1] if reporting else None


def _verb_before_in_its_clause(text: str, cues: list, start: int) -> bool:
    """Whether a verb of the date's own clause comes before ``start`` and takes the date: a
    participle just before it, or a relative clause's verb (a report's only as a participle)."""
    before = [c for c in cues if c.end <= start]
    if not before:
        return False
    c = before[-1]
    if c.kind not in ("past", "pres", "fut", "rep") or _CLAUSE_OPENS_BETWEEN.search(text, c.end, start):
        return False
    if c.kind == "rep":
        return bool(_JUST_A_PREPOSITION.fullmatch(text, c.end, start))  # "The tax cuts announced on Tuesday would cost"
    # "Protesters arrested on Saturday could face charges", "detained during protests on
    # Saturday could face", "who was there on Tuesday should call" (not "Passengers booked on
    # flights on Monday should check", "warned gusts on Sunday could reach")
    return bool(_JUST_A_PREPOSITION.fullmatch(text, c.end, start)
                or (c.kind == "past" and c.word.endswith(("ed", "en")) and c.word not in _BOOKING
                    and _A_PARTICIPLES_PHRASE.fullmatch(text, c.end, start))
                or _RELATIVE_JUST_BEFORE.search(text, max(0, c.start - 16), c.start)
                # "The man, accused of killing two people in March, will appear": the act charged
                or (c.kind == "past" and c.word.endswith("ing") and " " not in c.word
                    and _AN_OBJECT_THEN_ITS_TIME.fullmatch(text, c.end, start)))


_AN_OBJECT_THEN_ITS_TIME = rx(r"\s+(?:[\w’'-]+\s+){0,4}?(?:on|in|at|during)\s+")
_CLAUSE_OPENS_BETWEEN = rx(r"[,;:]|\b(?:that|which|whether|if)\b", re.I)
_JUST_A_PREPOSITION = rx(r"\s+(?:(?:on|in|at|during|late|early)\s+(?:(?:late|early|on)\s+)?)?")
# A participle's phrase before its date: "detained during protests on", "imposed by the army on".
_A_PARTICIPLES_PHRASE = rx(
    r"\s+(?:by|during|at|from|in|near|outside|inside|across|off|after|to|with)\b(?:\s+[\w’'-]+){1,5}?\s+(?:on|in|at|during)\s+"
)
_BOOKING = frozenset(
    "booked registered enrolled ticketed scheduled planned set invited allowed needed entered barred called affected".split()
)
_RELATIVE_JUST_BEFORE = rx(r"(?i:\b(?:who|that|which)\s+(?:(?:was|were|had|has|have|been)\s+)?$)")


def _own_verb_after(text: str, cues: list, end: int) -> bool:
    """Whether a verb follows the date in its own clause: "…, and on March 24 schools reopen"
    (not "…, and again in July, and markets now expect")."""
    skip = _ASIDE_AFTER_A_DATE.match(text, end) or _FRONTED_COMMA.match(text, end)
    after = skip.end() if skip else end  # "…, and on Saturday, the new one opens", "on Friday, as expected, the two sides will sign"
    for c in cues:
        if c.start >= after and (c.kind in ("past", "pres", "fut") or c.kind == "rep" and skip is None):
            return not any(ch in text[after:c.start] for ch in ",;")
    return False


_ASIDE_AFTER_A_DATE = rx(
    r"\s*,\s*(?:(?:as|after|before|while|when|if)\b[^,;.]{1,50}|[^,;.]{0,40}\b(?:said|says|say|told|according\s+to)\b[^,;.]{0,40}),\s*"
)
# A verbless phrase of what is still to come: "…, with further strikes on Thursday", "…,
# with the first ballot of MPs on Thursday and further ballots next week".
MORE_TO_COME_BEFORE = rx(
    r"(?i:,\s*with\s+(?:further|more|another|the\s+next|a\s+second|a\s+third|the\s+first)\s+(?:[\w’'-]+\s+){0,4}?"
    rf"(?:on|in|at|from|by)\s+(?:{WEEKDAY_FULL}\s+(?:and|or)\s+)?$)"
)
_MOST_RECENTLY_BEFORE = rx(r"(?i:\bmost\s+recently\s+(?:on\s+|in\s+)?$)")
# A modal right after the date, its subject's verb: "highs on Saturday could top 100".
_MODAL_JUST_AFTER = rx(r"\s+(?:(?:could|would|might|should)(?:\s+(?:again|also|still|even))?\s+(?!have\b|not\s+have\b)[a-z]+)")
# What opens a subordinate clause, which after an aside is not the date's own.
_SUBORDINATE_OPENS = rx(r"(?i:(?:after|before|because|since|as|when|while|although|though|following|amid)\b)")
_PARTICIPLE_PHRASE_AFTER = rx(r"\s+(?:by|to|for|as|at|on|in)\b")
_JUST_A_COMMA = rx(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*")
_FRONTED_COMMA = rx(r"\s*,(?!\s*(?:and|but|or|while|as|which|who|when|after|before)\b)\s*")
# Where one clause ends and another, with its own verb, begins.
_CLAUSE_BREAK_BETWEEN = rx(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?!(?:will|would|is|was|are|were|has|had)\b)")
# A relative clause opened before a date and closed by a comma after it.
# In a clause, a period only of "a.m.", "p.m." or an abbreviated month.
_CLAUSE_CHARS = r"(?:[^,;.]|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\.)*"
_RELATIVE_OPENED_BEFORE = rx(rf",\s*(?:who|which|(?:accused|charged|suspected|convicted)\s+(?:of|with))\b{_CLAUSE_CHARS}$")
_RELATIVE_CLOSED_AFTER = rx(rf"{_CLAUSE_CHARS},\s*{_CLAUSE_CHARS}$")
# A past perfect before "until", with nothing looking ahead between: "had ruled Syria ... until".
_HAD_DONE_BEFORE = rx(
    r"(?i:\bhad\s+(?:(?:long|always|already|previously)\s+)?(?!been\s+(?:due|set|scheduled|expected)\b)(?:[a-z]+(?:ed|en)|held|led|run|kept|stood|fought)\b"
    r"(?:(?!\b(?:would|will|could|should|to)\b)[^.;:!?]){0,70}$)"
)
# "did not settle in Sapporo until", "was not found until": a past denied up to a time.
_NOT_UNTIL_BETWEEN = rx(
    r"(?i:\b(?:did|was|were|had)(?:\s+not|n[’']t)\b(?:(?!\b(?:would|will|could|should|to)\b)[^.;:!?,]){0,60}$)"
)
# Words between a past verb and a date that make the date the verb's target rather than its
# time: "extended to Nov. 6", "completed by Dec. 15", "payable Dec. 1", "agreed to buy it in
# January" (an infinitive), "a deadline of March 1".
_NOT_DIRECT = frozenset(
    """by until till through thru before after payable due effective record deadline next
    following from of for as""".split()
)
# Past verbs whose object is a date ahead: "postponed the vote to April", "set the hearing for
# May".
_RESCHEDULING = frozenset(
    """postponed delayed deferred extended moved rescheduled pushed set adjourned advanced
    scheduled planned expected announced""".split()
)
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())
_DIRECT_PREPOSITIONS = frozenset(("in", "on", "during"))
# Verbs whose object is set for a stretch ahead: "cancelled 400 flights between March 20 and April 5".
_SETTING_VERBS = frozenset(
    "cancelled canceled suspended banned closed halted grounded postponed scheduled planned added imposed called restricted".split()
)
_COUNT_OPENS = rx(r"[0-9$€£]|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|about|nearly|more|almost)$")
_ATTRIBUTIVE_BEFORE = (_DETERMINERS - {"that"}) | frozenset("still newly recently previously already very most more".split())
_LAST_WORD = rx(r"([A-Za-z]+)\W*$")


# Objects whose own time a date after them may be, rather than the verb's: "signalled a cut
# in June", "announced an election in May", "agreed a deal to take effect in January".
_FUTURE_OBJECTS = frozenset(
    """cut cuts hike hikes rise increase increases election elections vote votes referendum
    poll polls talks meeting meetings summit visit visits trip deadline deal deals plan plans
    date dates schedule timetable launch return withdrawal ceasefire truce offer offers bid
    start opening release hearing trial session round sale sales auction payment payments
    dividend rate rates target targets deliveries delivery""".split()
)
_MODALS = frozenset("will would could should might may must can shall".split())
# Verbs whose object is arranged for a time of its own: "confirmed a parade in May", "secured
# a donor conference in June" (but "held a donor conference in June" took place then).
_ARRANGING = frozenset(
    """confirmed secured approved agreed arranged organised organized planned promised pledged
    booked called proposed offered requested sought ordered demanded urged""".split()
)


# Past verbs whose object may lie ahead of the report: what was set, arranged or cancelled.
LOOKING_AHEAD_PAST = _RESCHEDULING | _ARRANGING | _SETTING_VERBS | _AGREED_TO


def past_verb_governs(text: str, start: int, cues: list[Cue], object_words: int = 0,
                      prepositions: frozenset = _DIRECT_PREPOSITIONS) -> bool:
    """Whether the nearest tense cue before ``start`` is a past verb whose own time the date
    at ``start`` gives: "resigned in April", "took effect in April", "was born in April"."""
    c = None
    for cue in cues:
        if cue.end > start:
            break
        c = cue
    if (c is None or c.kind not in ("past", "rep") or " " in c.word or c.word in _RESCHEDULING
            or c.word in _ED_EXCEPTIONS):
        return False  # "had been set to expire", "agreed", "the revised plan" are no verbs of it
    before = _LAST_WORD.search(text, max(0, c.start - 20), c.start)
    if before and before.group(1).lower() in _ATTRIBUTIVE_BEFORE:
        return False  # "a still unnamed date", "the revised plan": a participle as adjective
    gap = text[c.end:start]
    if any(ch in gap for ch in ',;:"“”()[]'):
        return False
    # Only the verb, perhaps a particle or a word of an idiom, and the preposition: with an
    # object between, the date may be the object's ("signalled a cut in June").
    words = gap.lower().split()
    if (words and words[-1] == "between" and (len(words) == 1 or _COUNT_OPENS.match(words[0]))
            and c.word not in _SETTING_VERBS):
        words[-1] = "in"  # "reported 412 deaths between March and November", "rose between June and August"
    if not words or len(words) > 2 + object_words or words[-1] not in prepositions:
        return False  # (not "cancelled flights between March 20 and April 5": what was set for them)
    if len(words) > 2 and (c.word in _ARRANGING or any(w in _FUTURE_OBJECTS or w in _MODALS for w in words)):
        return False  # "confirmed a military parade in May": what was arranged may be ahead
    amount_or_place = _FROM_NO_TIME.search(gap)
    # An amount anywhere ("doubled this year from below $10"); a place right after the verb
    # ("withdrew from Kherson in January", not "added flights from Atlanta in December").
    from_no_time = amount_or_place is not None and (amount_or_place.group("amount") is not None or words[0] == "from")
    return not any((w in _NOT_DIRECT and not (w == "from" and from_no_time)) or w == "to" for w in words[:-1])


# After "from", an amount or a place, not a time: "doubled from below $10 in February",
# "moved from Ohio in January" (not "moved from March in January").
_FROM_NO_TIME = rx(
    r"\bfrom\s+(?:(?P<amount>(?:(?:below|above|under|over|about|around|nearly|almost|just|some)\s+)*(?:[$€£¥]\s?)?[0-9])"
    rf"|(?!(?:{MONTH}|{WEEKDAY_FULL})\b)[A-Z][a-z]+\b(?!\s+[0-9]))"
)
