"""Short, readable headlines made from a sentence of news text."""

from __future__ import annotations

import re

HEADLINE_MAX_CHARS = 100

# A leading adverbial clause that carries no news ("In a significant show of support
# for his military, ..."): an opening word like these, then a comma within a few words.
_FILLER_OPENERS = (
    "in|during|after|amid|amidst|following|with|as|while|despite|since|on|at|"
    "interestingly|additionally|meanwhile|however|nonetheless|moreover|furthermore|"
    "still|yet|also|indeed|notably|separately|earlier|later|today|yesterday"
)
_LEADING_FILLER = re.compile(rf"^(?:{_FILLER_OPENERS})\b[^,]{{0,90}},\s+", re.IGNORECASE)
# A trailing attribution: ", officials said", ", the regional governor said Friday", ", the
# governor said on Monday", ", the ministry said in a statement".
_ATTRIBUTION = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|reported|wrote|told\s+reporters|announced|added)"
    r"(?:\s+(?:(?:late|early)\s+)?(?:(?:on|last)\s+)?\w+(?:\s+(?:morning|afternoon|evening|night))?|\s+in\s+a\s+statement)?$"
)
_CLAUSE_BREAK = re.compile(r",\s+(?:who|which|where|as|while|after|amid|\w+ing)\b|[;:—–]\s")


def headline(sentence: str, limit: int = HEADLINE_MAX_CHARS) -> str:
    """A headline from a sentence: filler opening dropped, cut at a clause, within ``limit``."""
    text = " ".join(sentence.split()).rstrip(" .")
    text = _ATTRIBUTION.sub("", text)
    stripped = _LEADING_FILLER.sub("", text, count=1)
    if len(stripped) >= 20:
        text = stripped[0].upper() + stripped[1:]
    # A headline is the statement, not its circumstances: cut at the first clause
    # break past the subject ("..., emphasizing ...", "..., who ...").
    clause = _CLAUSE_BREAK.search(text, 30)
    if clause and (len(text) > 70 or clause.start() >= 40):
        text = text[: clause.start()]
    return shorten(text, limit)


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary so that it fits ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—– ")
    return cut + "…"
