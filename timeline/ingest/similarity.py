"""Whether two statements report the same happening: shared content words.

Mentions are only ever compared inside a block of the same date, so the cost of
clustering grows with the corpus, not with its square.
"""

from __future__ import annotations

import re

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
    """.split()
)
SAME_HAPPENING = 0.4  # overlap coefficient at or above which two statements are one event
_WORD = re.compile(r"[a-z][a-z'’-]+")


def content_terms(text: str) -> frozenset[str]:
    """The content words of a statement, crudely stemmed so "visited" meets "visit"."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return frozenset(_stem(word) for word in words if word not in STOPWORDS and len(word) > 2)


def overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """|A ∩ B| / min(|A|, |B|): high when the shorter statement is contained in the longer."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _stem(word: str) -> str:
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
