"""Finding candidate expressions: run every rule, keep the longest non-overlapping matches."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from typing import Iterator, NamedTuple

from .case_folded import case_folded
from .rules import RULES, Rule


class Candidate(NamedTuple):
    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match


# A cheap pre-check: text with no letter and no digit cannot hold an expression.
_ANY = re.compile(r"[A-Za-z0-9]")
_WORD = re.compile(r"[a-z0-9]+")
_DIGIT = re.compile(r"[0-9]")
# Letters of the Latin-1, Latin Extended and Cyrillic blocks: a word of another language.
_BEYOND_ASCII = re.compile(r"[\u00c0-\u024f\u0400-\u04ff]")
# Pseudo-words for digit shapes: "#4" a four-digit number or 'yy, "#s" a decade ("1990s",
# "'90s"), "#/" a slashed date, "#m" a clock time run into "am"/"pm", "#:" one with a colon,
# "#." a dotted date, "#o" an ordinal.
# Each with a character it cannot be without, tested first ("" for none).
# Each pattern opens with the set of its first characters, which the regex engine skips to
# at C speed (a look-ahead or a look-behind first would have it try every position): "#4" is
# "(?<![0-9])[0-9]{4}(?![0-9])|[’'][0-9]{2}\b", its look-behind moved after the first digit.
_SHAPES = (
    ("#4", "", re.compile(r"[0-9’'](?:(?<=[0-9])(?<![0-9]{2})[0-9]{3}(?![0-9])|(?<=[’'])[0-9]{2}\b)")),
    ("#/", "/", re.compile(r"[0-9]/[0-9]")),
    ("#:", ":", re.compile(r"[0-9]:[0-5][0-9]")),  # a clock time with its colon
    ("#.", ".", re.compile(r"[0-9]\.[0-9]{2}\.[12][0-9]{3}")),  # a dotted date
)
# "#s", "#m" (a clock time written "9.30am") and "#o" (an ordinal: "the 20th") in one scan:
# each is a digit and a suffix, the suffixes differ from their first character on, and the
# one digit a suffix holds (the "0" of "90s") opens none, so no match hides another.
_DIGIT_SUFFIXES = re.compile(r"[0-9](?:(?P<s>0[’']?s\b)|(?P<m>(?i:[ap]m)\b)|(?P<o>(?i:st|nd|rd|th)\b))")
# Beyond the anchor word a match extends, with its look-aheads, by less than this ("-long",
# " and a half", "s from now").
_TAIL = 40


def words_of(text: str) -> frozenset | set:
    """The lower-case words of ``text`` that some rule's trigger names, plus "#" and shape
    pseudo-words when it holds digits, "#u" when it holds letters beyond ASCII, and "#n" when
    it is not ASCII at all."""
    ascii_text = text.isascii()
    if ascii_text:
        encoded = text.encode()
        found = _ASCII_TRIGGER_WORDS.keys() & encoded.translate(_ASCII_WORD_BYTES).split()
        words = {_ASCII_TRIGGER_WORDS[w] for w in found}
        # Without its digits the text is shorter only if it holds one: a single pass at C
        # speed, where a search costs several times as much.
        has_digit = len(encoded.translate(None, b"0123456789")) != len(encoded)
    else:
        words = _TRIGGER_WORDS.intersection(_WORD.findall(text.lower())) | {"#n"}
        has_digit = _DIGIT.search(text) is not None
    if has_digit:
        words = set(words)
        words.add("#")
        for name, needed, shape in _SHAPES:
            if needed in text and shape.search(text):
                words.add(name)
        for m in _DIGIT_SUFFIXES.finditer(text):
            words.add("#" + m.lastgroup)
        if not ascii_text and _BEYOND_ASCII.search(text):  # (an ASCII text has no such letter)
            words.add("#u")
    return words


def _matches(priority: int, text: str, folded: str | None, anchors: dict[int, list[tuple[int, int]]]) -> Iterator[re.Match]:
    """The matches in ``text`` of the rule with an anchor at ``priority``; ``anchors`` keeps
    each anchor's words found in it, as several rules share an anchor (the unit words serve
    four). ``folded`` is the text lower-cased when it is ASCII, for the anchors and gates that
    have a twin in _FOLDED_ANCHORS and _FOLDED_GATES."""
    rule = RULES[priority]
    # Keyed by id(): a compiled pattern hashes its whole program at every dictionary look-up.
    found = anchors.get(id(rule.anchor))
    if found is None:
        anchor, scanned = _FOLDED_ANCHORS[priority], folded
        if anchor is None or folded is None:
            anchor, scanned = rule.anchor, text
        found = anchors[id(rule.anchor)] = [a.span() for a in anchor.finditer(scanned)]
    seen: set[tuple[int, int]] = set()
    n = len(text)
    gate, gated = _FOLDED_GATES[priority], folded
    if gate is None or folded is None:
        gate, gated = rule.gate, text
    for a_start, a_end in found:
        lo = max(0, a_start - rule.reach)
        # Most anchor words are not part of an expression ("the year", "a lot"): the gate, a
        # small pattern for what must come just before the anchor word, rules them out
        # without running the full pattern over the window.
        if gate is not None and not gate.search(gated, max(0, a_start - 40), a_start):
            continue
        for m in rule.pattern.finditer(text, lo, min(n, a_end + _TAIL)):
            if m.start() > a_start:
                break
            if m.end() < a_end:
                continue
            if m.span() not in seen:
                seen.add(m.span())
                yield m
            # This match holds the anchor word: the next one starts after it, so none can.
            # Stopping here spares searching the rest of the window for it.
            break


# Anchors and gates that ignore case run on an ASCII text as their case-sensitive twins over
# the text lower-cased (see case_folded): the same spans, found without folding each character.
# By rule priority; None where there is no twin.
_FOLDED_ANCHORS = [rule.anchor and case_folded(rule.anchor) for rule in RULES]
_FOLDED_GATES = [rule.gate and case_folded(rule.gate) for rule in RULES]
# Which rules each word can trigger (through the rule's first trigger set); rules whose
# further trigger sets also need checking are few.
_BY_WORD: dict[str, set[int]] = {}
for _i, _rule in enumerate(RULES):
    for _word in _rule.triggers[0] if _rule.triggers else ():
        _BY_WORD.setdefault(_word, set()).add(_i)
_ALWAYS = [i for i, rule in enumerate(RULES) if not rule.triggers]
# The trigger sets of each rule beyond its first, which the text must also meet.
_FURTHER_TRIGGERS = [rule.triggers[1:] for rule in RULES]
# Every word of every trigger set: the only words of a text the rules ask about.
_TRIGGER_WORDS = frozenset(word for rule in RULES for words in rule.triggers for word in words)
# The same words as bytes, for an ASCII text: split apart at C speed once its bytes are mapped
# by this table (capitals to small letters, letters and digits kept, anything else to a
# space), they are the words _WORD finds in the text lower-cased.
_ASCII_TRIGGER_WORDS = {word.encode(): word for word in _TRIGGER_WORDS if word.isascii()}
_ASCII_WORD_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256)
)


def candidates(text: str) -> Iterator[Candidate]:
    """Every match of every rule the text's words can trigger; whether the rule accepts it is
    left to find(), which asks only of the matches it would keep."""
    words = words_of(text)
    active = set(_ALWAYS)
    for w in words:
        found = _BY_WORD.get(w)
        if found is not None:
            active |= found
    anchors: dict[int, list[tuple[int, int]]] = {}
    folded = text.lower() if text.isascii() else None
    for priority in sorted(active):
        rule = RULES[priority]
        further = _FURTHER_TRIGGERS[priority]
        if further and (further[0].isdisjoint(words) or any(t.isdisjoint(words) for t in further[1:])):
            continue
        matches = rule.pattern.finditer(text) if rule.anchor is None else _matches(priority, text, folded, anchors)
        for m in matches:
            if m.end() == m.start():
                continue
            yield Candidate(m.start(), m.end(), priority, rule, m)


def find(text: str) -> list[Candidate]:
    """Non-overlapping candidates in text order; longer matches win, then earlier rules."""
    if not _ANY.search(text):
        return []
    found = sorted(candidates(text), key=lambda c: (c.start - c.end, c.priority, c.start))
    chosen: list[Candidate] = []
    # Chosen spans are disjoint, so sorted starts and ends line up: a new span overlaps one
    # only if it overlaps its neighbour in start order. Keeps this O(n log n) on long texts.
    starts: list[int] = []
    ends: dict[int, int] = {}
    for c in found:
        i = bisect_left(starts, c.start)
        if i < len(starts) and starts[i] < c.end:
            continue
        if i > 0 and ends[starts[i - 1]] > c.start:
            continue
        # A match its rule rejects is as if never found. The test, the costliest step of some
        # rules, is left until here: a match inside a longer one needs none.
        if c.rule.accept is not None and not c.rule.accept(c.match, text):
            continue
        insort(starts, c.start)
        ends[c.start] = c.end
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen
