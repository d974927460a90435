"""Titles in quotation marks: the name of a film, a song, an album or a book is no date,
whatever dates its words name ('Blue Monday', '28 Days Later', Sam Mendes's '1917')."""

from __future__ import annotations

import re

from .patterns import rx

_OPENING = frozenset("'‘\"“")
_CLOSING = frozenset("'’\"”")
# How far a quotation mark may be from the expression, each side.
_REACH = 60
_MAX_WORDS = 10
# Inside a title: no sentence ends, no clause breaks that speech has.
_NOT_IN_A_TITLE = rx(r"[.;]\s|:\s+[a-z]|,\s+(?:he|she|they|we|I|it)\s|\n")
# Words a title in title case may keep in lower case.
_MINOR_WORDS = frozenset(
    "a an the and or but nor of in on at to for from by with into as is are was be my your his her its our their".split()
)
# Before a one-word title: whose work it is, or what kind ("Sam Mendes's '1917'", "the film
# 'Wednesday'", "Netflix's 'Wednesday'"), not a quoted answer ("the answer was '2026'").
_WHOSE_OR_WHAT_BEFORE = rx(
    r"(?:['’]s|\b(?:film|movie|novel|song|single|album|book|play|show|series|musical|documentary|opera|poem|"
    r"painting|track|hit|sequel|prequel|memoir|thriller|comedy|drama|record|epic|titled|called|entitled|"
    r"(?:copies|edition|version|remake|cover|performance|screening|staging|revival)\s+of|sequel\s+to|"
    r"singing|sang|sings|performing|performed|performs|covered|covers))[,:]?\s+$"
)
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
# Speech, not a title: a quotation after "said:" or "replied:", one that ends in a sentence's
# mark, or one closed by a comma before the speaker ('"By Friday," she said').
_SPEECH_OPENS = rx(r":\s*$")
_SPEECH_ENDS = rx(r"[.,!?]$")
_SPEECH_VERB_AFTER = rx(
    r"\s*(?:[\w.’'-]+\s+){0,6}?(?:said|says|replied|replies|added|adds|told|asked|wrote|insisted|declared|answered|"
    r"explained|warned|announced|confirmed|shouted|according\s+to)\b"
)
# Another quotation mark inside: two titles and the words between ('"Sherlock" in 2010 and "Luther"').
_ANOTHER_QUOTE_INSIDE = rx(r"[\"“”]|(?<![A-Za-z])['‘’](?![0-9]{2}\b)|(?<![0-9])['‘’](?![A-Za-z0-9])")
_ANY_QUOTE = re.compile("['‘\"“]")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a title in quotation marks: a short quotation in
    title case ("'Blue Monday'", "“The Ides of March”"), or a single capitalised word or number
    named as a work ("Prince's '1999'"); not quoted speech ('"We meet on Monday," he said')."""
    if not _ANY_QUOTE.search(text, max(0, start - _REACH), start):
        return False  # most expressions: no quotation mark near
    o = _opening_quote(text, start)
    if o is None:
        return False
    c = _closing_quote(text, end)
    if c is None:
        return False
    inner = text[o + 1:c]
    if (_NOT_IN_A_TITLE.search(inner) or _ANOTHER_QUOTE_INSIDE.search(inner)
            or (_SPEECH_ENDS.search(inner) and _SPEECH_VERB_AFTER.match(text, c + 1))
            or _SPEECH_OPENS.search(text, max(0, o - 3), o)):
        return False  # speech: after "said:", or closed by a comma or a stop before its speaker
    inner = inner.rstrip(".,!?")
    words = _WORD.findall(inner)
    if not words or len(words) > _MAX_WORDS or not (inner[:1].isupper() or inner[:1].isdigit()):
        return False
    if any(w[:1].islower() and w.lower() not in _MINOR_WORDS for w in words):
        return False  # speech or a phrase, not a title in title case
    if len(words) == 1:
        # One word alone: a title only as someone's work or a kind of work.
        return _WHOSE_OR_WHAT_BEFORE.search(text, max(0, o - 30), o) is not None
    return True


def _opening_quote(text: str, start: int) -> int | None:
    """The opening quotation mark before ``start`` within reach, if any: a mark after a space,
    a bracket or the start of the text, before a non-space."""
    for i in range(start - 1, max(-1, start - _REACH - 1), -1):
        ch = text[i]
        if ch == "\n":
            return None
        if ch in _OPENING and (i == 0 or text[i - 1] in " \t(—–-") and i + 1 < len(text) and not text[i + 1].isspace():
            return i
    return None


def _closing_quote(text: str, end: int) -> int | None:
    """The closing quotation mark after ``end`` within reach, if any: a mark after a non-space,
    before a space, a punctuation mark or the end of the text."""
    n = len(text)
    for i in range(end, min(n, end + _REACH)):
        ch = text[i]
        if ch == "\n":
            return None
        if ch in _CLOSING and i > 0 and not text[i - 1].isspace() and (i + 1 == n or not text[i + 1].isalnum()):
            if ch in "'’" and i + 1 < n and text[i + 1] == "s":
                continue  # a possessive's apostrophe
            return i
    return None
