"""Whether two statements report the same happening: the content words they share.

Words are weighted: a person's name says most about which happening it is ("Witkoff"),
ordinary content words ("visit", "pipeline") count fully, and the words every war
report uses ("Russia", "forces", "region", place names) count little. Two statements
are one happening when their shared weight is a large part of the smaller one and
they share at least one word that is not generic.

Mentions are only ever compared with events of a compatible date, so the cost of
clustering grows with the corpus, not with its square.
"""

from __future__ import annotations

import re

from timeline.ingest.entities import PERSON, find_entities

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours said says say told according
    mr mrs ms gen general president officials official per since last first week month year
    monday tuesday wednesday thursday friday saturday sunday today yesterday day days late early
    january february march april may june july august september october november december
    later earlier ago next previous previously time times already still well way one two three
    """.split()
)
# Words of every war report: they tell little about which happening a statement is.
GENERIC = frozenset(
    """
    russia ukraine u.s kyiv moscow washington region force troop military war territory country
    officials government conflict army soldier area border people state side front frontline local
    """.split()
)
# Adjectives of nationality mean their country: "Ukrainian forces" meets "Ukraine's forces".
SYNONYMS = {
    "ukrainian": "ukraine", "ukrainians": "ukraine", "russian": "russia", "russians": "russia",
    "american": "u.s", "americans": "u.s", "u.s": "u.s", "kremlin": "russia", "kiev": "kyiv",
    "ceasefire": "cease-fire", "truce": "cease-fire",
    "travelling": "travel", "traveling": "travel", "travelled": "travel", "traveled": "travel",
    "incursion": "operation", "offensive": "operation",
    "seize": "capture", "seized": "capture", "captured": "capture", "occupy": "capture",
    "occupied": "capture", "occupying": "capture",
}
NAME_WEIGHT, CONTENT_WEIGHT, GENERIC_WEIGHT = 2.0, 1.0, 0.3
NAME_MARK = "@"  # a term that is part of a person's name

SAME_HAPPENING = 0.4  # shared weight over the smaller statement's weight
MIN_SHARED = 2  # terms two statements must share at the least
# For flagging two different days as a conflict the statements must read much more alike.
CONFLICT_OVERLAP = 0.6
CONFLICT_SHARED = 4
_WORD = re.compile(r"[a-z][a-z.'’-]*[a-z]")


def content_terms(text: str) -> frozenset[str]:
    """The content words of a statement, crudely stemmed, people's names marked."""
    names = {
        part.lower().removesuffix("’s").removesuffix("'s")
        for entity in find_entities(text)
        if entity.kind == PERSON
        for part in entity.canonical.split()
    }
    terms = set()
    for word in _WORD.findall(text.lower().replace("’", "'")):
        word = word.removesuffix("'s").strip(".")
        if word in names:
            terms.add(NAME_MARK + word)
            continue
        word = SYNONYMS.get(word, word)
        if word in STOPWORDS or len(word) < 3:
            continue
        terms.add(_stem(word))
    return frozenset(terms)


def weight(term: str) -> float:
    if term.startswith(NAME_MARK):
        return NAME_WEIGHT
    return GENERIC_WEIGHT if term in GENERIC else CONTENT_WEIGHT


def same_happening(
    a: frozenset[str], b: frozenset[str], strict: bool = False, distinctive: int = 1
) -> float:
    """How alike two statements are when they read as one happening, else 0.

    ``distinctive`` is how many shared words must be more than generic.
    """
    if not a or not b:
        return 0.0
    shared = a & b
    if len(shared) < (CONFLICT_SHARED if strict else MIN_SHARED):
        return 0.0
    if sum(1 for term in shared if weight(term) >= CONTENT_WEIGHT) < distinctive:
        return 0.0
    score = sum(map(weight, shared)) / min(sum(map(weight, a)), sum(map(weight, b)))
    return score if score >= (CONFLICT_OVERLAP if strict else SAME_HAPPENING) else 0.0


def signature(statements: list[frozenset[str]]) -> str:
    """An event's statements as stored text: one statement's terms per line, each once (a
    statement read again, by a retag say, adds nothing to what matching compares with)."""
    return "\n".join(dict.fromkeys(" ".join(sorted(terms)) for terms in statements if terms))


def statements_of(stored: str) -> list[frozenset[str]]:
    return [frozenset(line.split()) for line in stored.splitlines() if line]


def best_match(terms: frozenset[str], stored: str, strict: bool = False, distinctive: int = 1) -> float:
    """The closest of an event's statements to ``terms`` (0 when none is the same happening)."""
    return max(
        (same_happening(terms, other, strict, distinctive) for other in statements_of(stored)),
        default=0.0,
    )


def _stem(word: str) -> str:
    if word.endswith(("sses", "shes", "ches", "xes", "zes")) and len(word) > 5:
        return word[:-2]
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]  # "stepped" -> "step"
            return word
    return word
