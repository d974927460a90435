"""Sentence splitting that survives news abbreviations, initials and quotations.

Returns character spans, so every sentence can be traced to the original words.
"""

from __future__ import annotations

import re

# Words that end with a period without ending a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev st sr jr
    messrs mme pres supt insp det cpl pvt brig
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol fig inc corp co ltd bros dept est approx vs etc al univ mt ft
    """.split()
)

# A candidate end: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[\"'“‘(\[]*[A-Z0-9]")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]*([A-Za-z]+)")
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\d.])(?:3[01]|[12][0-9]|0?[1-9])$")
# German writes a day's number with a full stop: "am 9. Mai 2025". The month, capitalised as
# German writes it, and then a year.
_MONTH_AFTER = re.compile(r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+\d{4}\b")
# Words that start sentences far more often than they follow "U.S." inside one, so
# "... aid from the U.S. The talks ..." ends after "U.S.".
_SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I This That These Those But And In On At After Before "
    "When While His Her Their Its There Some Many Most Officials Mr Mrs Ms".split()
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of ``text``, stripped of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if not _NEXT_STARTS_SENTENCE.match(text, end):
            continue
        if match.group().startswith(".") and _is_abbreviation(text[start : match.start()]):
            if not _acronym_before_new_sentence(text, match.start(), end):
                continue
        if match.group() == "." and _DAY_NUMBER_BEFORE.search(text, start, match.start()) and _MONTH_AFTER.match(text, end):
            continue  # "Am 9. Mai 2025": a day's number, as German writes it (not "finished 9. May was")
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return [span for span in (_strip(text, s, e) for s, e in spans) if span[0] < span[1]]


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Vladimir V. Putin"
    if "." in word:
        return True  # "U.S." or "a.m." inside a sentence
    return word.lower() in ABBREVIATIONS


def _acronym_before_new_sentence(text: str, dot: int, end: int) -> bool:
    word = _WORD_BEFORE.search(text[:dot])
    following = _NEXT_WORD.match(text, end)
    return bool(
        word and "." in word.group(1) and following and following.group(1) in _SENTENCE_STARTERS
    )


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
