"""Dated statements: which date in a sentence places which happening.

A news sentence often carries several happenings, each with its own date: "Russian
forces stepped up an offensive this week, as Kyiv reeled from the decision last week
to freeze aid". We cut the sentence into clauses at the words that open a new one
("as", "since", "which", a semicolon, a dash), and give each clause at most one date:
the one that belongs to its verb, not the date on which somebody "said" it.

A lead sentence with no date of its own is still news: it is dated by the publication
date and marked as reported (it happened on or before that day).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from timeline.ingest.titles import headline
from timeline.temporal import TimeExpression
from timeline.temporal.patterns import LIST_ITEM_ENDS, LIST_ITEM_STARTS, LOCATING_VERB_BEFORE

OCCURRED, PLANNED, REPORTED = "occurred", "planned", "reported"

# Where a new clause starts: the offset is where the clause's own words begin.
_CLAUSE_START = re.compile(
    r"(?:[;:]\s+|\s+[—–]\s+|,\s+)(?=(?:as|while|when|whereas|after|before|since|until|who|which|where|"
    r"with|although|though|but|because|and\s+(?:then|later|by|in|on|during|after|since))\b)"
    r"|(?<=\s)(?=(?:since|until)\s)"
    r"|[;]\s+|\s+[—–]\s+",
    re.IGNORECASE,
)
# Words that say nothing of a happening: "and Odesa on Tuesday" is a name and a day.
_BARE_WORDS = frozenset("on in at by of the a an from to".split())
_AND_CLAUSE = re.compile(r",\s+(and\s)", re.IGNORECASE)
_LEADING_LINK = re.compile(
    r"^(?:as|while|when|whereas|after|before|since|until|with|although|though|but|because|and(?:\s+then|\s+later)?|"
    r"who|which|that|where)\s+",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"^(?:who|which|that)\s+", re.IGNORECASE)
_SUBORDINATE = re.compile(
    r"(?:after|as|while|when|whereas|since|until|before|although|though|because|which|who)\b", re.IGNORECASE
)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|added|reported|stated|claimed|noted|wrote|confirmed|declared)"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:on|in|by|during|at|from|of|as\s+of|since|until|till|through|throughout)\s+)?$", re.IGNORECASE
)
# "came on the same day that a proposal was accepted": the happening is what follows "that".
_DAY_THAT = re.compile(r"\s+(?:that|when)\s+", re.IGNORECASE)
_DISCOURSE_LINK_END = re.compile(r"\b(?:after|before|later|earlier)$", re.IGNORECASE)
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|going\s+to|plans?\s+to|planned|scheduled|expected\s+to|is\s+to|are\s+to|due\s+to|"
    r"set\s+to|intends?\s+to|would)\b|’ll\b|'ll\b",
    re.IGNORECASE,
)
_FORWARD_PHRASE = re.compile(r"^(?:later|next|coming|the\s+coming|upcoming|following)\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w .'’-]*)?\s*(?:\([^)]*\))?\s*[—–-]+\s*")
# Lines that date the report itself, not a happening ("Here is the situation on Saturday").
_NOT_A_HAPPENING = re.compile(r"(?:here\s+(?:is|are)|this\s+(?:is|was)\s+(?:the|our))\b", re.IGNORECASE)
_QUOTES = re.compile(r"[“\"][^”\"]*[”\"]")


@dataclass(frozen=True, slots=True)
class Statement:
    """One happening in a sentence: its clause, its date (None: dated by publication), a title."""

    clause_start: int
    clause_end: int
    expression: TimeExpression | None
    phrase_start: int  # offsets of the date phrase within the sentence (0, 0 when reported)
    phrase_end: int
    modality: str
    title: str


def statements(
    sentence: str,
    expressions: list[tuple[int, int, TimeExpression]],
    anchor: datetime.date | None,
    is_lead: bool = False,
) -> list[Statement]:
    """The dated statements of ``sentence``.

    ``expressions`` are the point expressions found in it, as (start, end, expression)
    with offsets into ``sentence``.
    """
    clauses = _absorb_fragments(sentence, _clauses(sentence, expressions), expressions)
    found: list[Statement] = []
    for index, (start, end) in enumerate(clauses):
        inside = [item for item in expressions if start <= item[0] and item[1] <= end]
        if not inside:
            continue
        chosen = min(inside, key=lambda item: (_penalty(sentence, item, expressions), item[0]))
        phrase_start, phrase_end, expression = chosen
        previous = sentence[clauses[index - 1][0] : clauses[index - 1][1]] if index else ""
        if _NOT_A_HAPPENING.match(sentence, start):
            continue
        title = clause_title(sentence, start, end, _with_range(sentence, chosen, inside), previous)
        if len(title.split()) < 2 and found:
            # "…wounded a journalist, who died on Wednesday": "died" says too little alone.
            own = _PREPOSITION_BEFORE.sub("", sentence[start:phrase_start]).rstrip() + sentence[phrase_end:end]
            title = headline(found[-1].title.rstrip(".") + ", " + own.strip(" ,.;:"))
        found.append(
            Statement(
                clause_start=start,
                clause_end=end,
                expression=expression,
                phrase_start=phrase_start,
                phrase_end=phrase_end,
                modality=_modality(sentence[start:end], expression, anchor),
                title=title,
            )
        )
    if is_lead and anchor is not None:
        start, end = next(
            ((s, e) for s, e in clauses if len(sentence[s:e].split()) >= 4), clauses[0]
        )
        if not any(start <= item[0] and item[1] <= end for item in expressions):
            found.insert(
                0,
                Statement(
                    clause_start=start,
                    clause_end=end,
                    expression=None,
                    phrase_start=0,
                    phrase_end=0,
                    modality=REPORTED,
                    title=clause_title(sentence, start, end, None, ""),
                ),
            )
    return found


# "visited Kursk for the first time | since Ukrainian forces occupied it": the "since" clause,
# cut off for its own date, is what "for the first time" is counted from. Without it the
# title would claim a first ever visit, so the words go with it.
_SINCE_AFTER = re.compile(r"\s*since\b", re.IGNORECASE)
_FIRST_TIME_END = re.compile(r",?\s+(?:for\s+)?the\s+first\s+time\s*$", re.IGNORECASE)


# Between the two days of a range: "March 3-5", "1 and 7 March", "from 3 to 5 March".
_RANGE_BETWEEN = re.compile(r"\s*(?:[-–]|and|to|through|until|till)\s*$", re.IGNORECASE)
_RANGE_OPENS_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _with_range(
    sentence: str, chosen: tuple[int, int, TimeExpression], inside: list[tuple[int, int, TimeExpression]]
) -> tuple[int, int]:
    """The span a title leaves out for the chosen date: its phrase, and with it the rest of
    a range of days it opens ("Talks were held March 3-5 in Jeddah" is titled "Talks were
    held in Jeddah"; the event is dated by the range's first day)."""
    start, end, expression = chosen
    for other_start, other_end, other in inside:
        if (other_start >= end and expression.granularity == other.granularity == "day"
                and _RANGE_BETWEEN.match(sentence[end:other_start])):
            opens = _RANGE_OPENS_BEFORE.search(sentence, max(0, start - 10), start)
            return (opens.start() if opens else start), other_end
    return start, end


def clause_title(
    sentence: str, start: int, end: int, phrase: tuple[int, int] | None, previous_clause: str
) -> str:
    """A headline for one clause, with its date phrase taken out (the date is shown apart)."""
    if phrase is not None:
        phrase_start, phrase_end = phrase
        before = _PREPOSITION_BEFORE.sub("", sentence[start:phrase_start]).rstrip()
        # "Zelensky said on Monday that Russia had attacked a hospital": the day is the
        # saying's, so the statement is the saying with what was said, not the attack.
        said_then = _REPORTING_BEFORE.search(before)
        link = _DISCOURSE_LINK_END.search(sentence[phrase_start:phrase_end])
        if link and link.group().lower() in ("after", "before") and not LOCATING_VERB_BEFORE.search(before):
            # "Ukraine hit back at Belgorod, two days after the strike": the phrase dates the
            # words before it; what follows names the event it is counted from.
            text = before.rstrip(" ,")
        elif link or (_DAY_THAT.match(sentence, phrase_end) and not said_then):
            # "came a day after a U.S. delegation met ...": the happening follows the phrase.
            start = phrase_end
            text = sentence[phrase_end:end]
        else:
            after = sentence[phrase_end:end]
            if not before.strip(" ,"):
                text = after.lstrip(" ,")
            elif after.startswith(","):
                text = before.rstrip(",") + after  # keep the comma: it may end the statement
            else:
                text = before.rstrip(",") + " " + after.lstrip()
    else:
        text = sentence[start:end]
    if _SINCE_AFTER.match(sentence, end):
        text = _FIRST_TIME_END.sub("", text.rstrip())
    text = _DATELINE.sub("", text.strip())
    if _RELATIVE.match(text) and previous_clause and len(previous_clause.split()) <= 5:
        text = previous_clause.strip(" ,") + " " + _RELATIVE.sub("", text)
    text = _LEADING_LINK.sub("", text).strip(" ,;:—–")
    if not text:
        text = sentence[start:end]
    return headline(text)


def _clauses(sentence: str, expressions: list[tuple[int, int, TimeExpression]]) -> list[tuple[int, int]]:
    def inside_phrase(offset: int) -> bool:
        return any(s < offset < e or s <= offset - 1 < e - 1 for s, e, _ in expressions)

    dateline = _DATELINE.match(sentence)
    cuts = {dateline.end() if dateline else 0}
    for match in _CLAUSE_START.finditer(sentence):
        if not inside_phrase(match.end()) and not inside_phrase(match.start()):
            cuts.add(match.end())
    # A subordinate clause ("After talks on Tuesday with ..., the administration
    # announced") ends at its first comma; the main clause follows.
    for cut in sorted(cuts):
        if _SUBORDINATE.match(sentence, cut):
            comma = sentence.find(", ", cut)
            while comma != -1 and inside_phrase(comma):
                comma = sentence.find(", ", comma + 1)  # "on Aug. 6, 2024, few expected"
            if comma != -1:
                cuts.add(comma + 2)
    # ", and" joins two happenings when each side has a date of its own: "The council
    # approved the budget on Tuesday, and the mayor signed it on 14 March". Not the parts
    # of one: "struck Kharkiv, and Odesa, on Monday", "struck Kharkiv on Monday, and Odesa
    # on Tuesday" (a name and a day are no happening of their own), nor a report's day:
    # "…, and the air force said on Sunday".
    for match in _AND_CLAUSE.finditer(sentence):
        cut = match.end() - len(match.group(1))
        if inside_phrase(cut):
            continue
        if (LIST_ITEM_STARTS.match(sentence, match.end())
                and LIST_ITEM_ENDS.search(sentence, max(0, match.start() - 40), match.start())
                and all(e.rule.startswith("offset-") for s, _, e in expressions if s >= cut)):
            # "killing a man, a woman, and a child, two days after the talks": a list's last
            # item (but "…on Wednesday, its first hike, and the ECB followed on Thursday" is
            # a second happening with a day of its own).
            continue
        before = max((c for c in cuts if c < cut), default=0)
        after = min((c for c in cuts if c > cut), default=len(sentence))
        dated_after = [
            (s, e) for s, e, _ in expressions
            if cut <= s and e <= after and not _REPORTING_BEFORE.search(sentence[max(0, s - 40) : s])
        ]
        if not dated_after or not any(before <= s and e <= cut for s, e, _ in expressions):
            continue
        words = [w for w in _words_besides(sentence, cut, after, dated_after, " ") if w.lower() not in _BARE_WORDS]
        if len(words) >= 2:  # a subject and a verb at least: "and left on Saturday" stays whole
            cuts.add(cut)
    ordered = sorted(cut for cut in cuts if cut < len(sentence))
    bounds = ordered + [len(sentence)]
    clauses = []
    for start, end in zip(bounds, bounds[1:]):
        if start < end and sentence[start:end].strip(" ,;:—–"):
            clauses.append((start, end))
    return clauses or [(0, len(sentence))]


def _words_besides(sentence: str, start: int, end: int, dates: list[tuple[int, int]], gap: str = "") -> list[str]:
    """The words of sentence[start:end] besides its date phrases (each replaced by ``gap``)
    and its opening link word."""
    words = sentence[start:end]
    for s, e in dates:
        words = words.replace(sentence[s:e], gap)
    return _LEADING_LINK.sub("", words.strip(" ,.;:")).split()


def _absorb_fragments(
    sentence: str, clauses: list[tuple[int, int]], expressions: list[tuple[int, int, TimeExpression]]
) -> list[tuple[int, int]]:
    """A clause that is little more than its date ("since last summer") belongs to the one before.

    A relative clause needs only its verb when the clause before has a date of its own:
    "The strike on Monday wounded a journalist, who died Wednesday" tells two happenings,
    and the second's title carries the first's words. "The envoy met Putin, who arrived
    Monday" tells one.
    """
    merged: list[tuple[int, int]] = []
    for start, end in clauses:
        dates = [(s, e) for s, e, _ in expressions if start <= s and e <= end]
        previous_dated = bool(merged) and any(merged[-1][0] <= s and e <= merged[-1][1] for s, e, _ in expressions)
        least = 1 if previous_dated and _RELATIVE.match(sentence[start:end]) else 2
        if merged and dates and len(_words_besides(sentence, start, end, dates)) < least:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _penalty(
    sentence: str, item: tuple[int, int, TimeExpression], all_items: list[tuple[int, int, TimeExpression]]
) -> int:
    start, end, _ = item
    penalty = 0
    if _REPORTING_BEFORE.search(sentence[max(0, start - 40) : start]) and len(all_items) > 1:
        penalty += 2  # "..., Leavitt said on Wednesday": the day of the saying, not the happening
    if any(m.start() < start < m.end() for m in _QUOTES.finditer(sentence)):
        penalty += 1
    return penalty


def _modality(clause: str, expression: TimeExpression, anchor: datetime.date | None) -> str:
    if anchor is None or expression.first_day is None or expression.last_day is None:
        return OCCURRED
    if expression.first_day > anchor:
        return PLANNED
    if expression.last_day >= anchor and (
        _FUTURE_CUE.search(clause) or _FORWARD_PHRASE.match(expression.text)
    ):
        return PLANNED
    return OCCURRED
