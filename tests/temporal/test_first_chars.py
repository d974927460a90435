"""A pattern opened by a look-ahead for its first characters matches exactly as before."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import patterns
from timeline.temporal.first_chars import first_chars, grouped, with_first_chars

SAMPLE_CORPUS = Path(__file__).resolve().parents[2] / "sample_corpus" / "kursk-2025"


@pytest.mark.parametrize(
    "pattern,flags,expected",
    [
        (r"\b(?:now|recently)\b", 0, r"(?=(?-i:[nr]))\b(?:now|recently)\b"),
        (r"(?i:\b(?:now|recently))\b", 0, r"(?=(?i:[nr]))(?i:\b(?:now|recently))\b"),
        (r"\bMarch\b|(?i:may)", 0, r"(?=(?-i:[M])|(?i:[m]))\bMarch\b|(?i:may)"),
        (r"(?:about\s+)?\d+ days", 0, r"(?=(?-i:[\da]))(?:about\s+)?\d+ days"),
        (r"(?i)late|early", 0, r"(?i)(?=(?i:[el]))late|early"),
        (r"(?<![0-9])[0-9]{4}", 0, r"(?=(?-i:[0123456789]))(?<![0-9])[0-9]{4}"),
        (r"year", re.I, r"(?=(?i:[y]))year"),
        (r"(?i:[a-c]x)|[D-E]", 0, r"(?=(?-i:[DE])|(?i:[abc]))(?i:[a-c]x)|[D-E]"),
    ],
)
def test_the_look_ahead_names_every_first_character_with_its_case_rule(pattern, flags, expected):
    assert with_first_chars(pattern, flags) == expected


@pytest.mark.parametrize(
    "pattern,flags,expected",
    [
        (r"\bMarch\b|(?i:may)", 0, r"(?=(?-i:[M])|(?i:[m]))(?:\bMarch\b|(?i:may))"),
        (r"(?i)late|early", 0, r"(?i)(?=(?i:[el]))(?:late|early)"),
        (r"year", re.I, r"(?=(?i:[y]))(?:year)"),
    ],
)
def test_a_grouped_pattern_has_the_look_ahead_open_every_alternative(pattern, flags, expected):
    assert with_first_chars(grouped(pattern), flags) == expected
    text = "Late May, early March, a year"
    assert [m.span() for m in re.finditer(expected, text, flags)] == [m.span() for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"a?",  # may match nothing
        r"(?:x|)y?",  # may match nothing
        r"[^x]day",  # any character but one
        r"\w+day",  # any word character
        r".day",
        r"(?:[a-z]|[A-Z]|[0-9])x",  # too many first characters to gain anything
        r"(?u:(?i:k))m",  # read as Unicode inside an ASCII pattern (see the flags below)
        r"(?i)(?s)abc",  # flags that must stay at the very start
    ],
)
def test_a_pattern_whose_first_character_is_open_is_left_as_it_is(pattern):
    flags = re.ASCII if "(?u:" in pattern else 0
    assert with_first_chars(pattern, flags) == pattern
    if "(?s)" not in pattern:
        assert first_chars(pattern, flags) is None


# Our look-ahead, as with_first_chars writes it after any flags of the whole pattern.
_LOOKAHEAD = re.compile(r"^(\(\?[aiLmsux]+\))?\(\?=(?:\(\?-i:\[(?:\\.|[^\]\\])*\]\)\|?)?(?:\(\?i:\[(?:\\.|[^\]\\])*\]\))?\)")


def _compiled_patterns() -> list[tuple[str, re.Pattern, str]]:
    """Each compiled pattern of the tagger with its source as written (without our look-ahead)."""
    found = []
    for name, value in sorted(vars(patterns).items()):
        if isinstance(value, re.Pattern):
            head = _LOOKAHEAD.match(value.pattern)
            source = value.pattern if head is None else (head.group(1) or "") + value.pattern[head.end():]
            assert with_first_chars(source, value.flags) == value.pattern, name
            found.append((name, value, source))
    return found


COMPILED = _compiled_patterns()


def test_most_of_the_taggers_patterns_get_a_look_ahead():
    opened = [name for name, compiled, source in COMPILED if compiled.pattern != source]
    assert len(opened) >= 0.8 * len(COMPILED), sorted(set(name for name, *_ in COMPILED) - set(opened))


def _same_matches(text: str) -> None:
    for name, compiled, source in COMPILED:
        plain = re.compile(source, compiled.flags)
        ours = [(m.span(), m.groups()) for m in compiled.finditer(text)]
        theirs = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert ours == theirs, (name, text)


def test_every_pattern_matches_the_sample_articles_as_written():
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE_CORPUS.glob("*")) if path.is_file()]
    assert texts
    for text in texts:
        _same_matches(text)


# Words the patterns are made of, and characters a case-insensitive or Unicode match treats
# specially: the long s and the Kelvin sign fold to "s" and "k", "İ" and "ı" to "i", Arabic-
# Indic digits are digits, the no-break space is a space.
WORDS = [
    "now", "recently", "the", "past", "coming", "days", "weeks", "last", "next", "year", "years", "ago",
    "March", "MAY", "may", "Sept.", "Friday", "morning", "night", "every", "week", "quarter", "fiscal",
    "1998", "'98", "1990s", "2", "12", "30", "3:30", "p.m.", "am", "mid-2023", "early", "late", "half",
    "first", "two", "twenty-one", "a", "an", "decade", "century", "spring", "summer", "Christmas", "Eve",
    "earlier", "later", "before", "after", "since", "until", "by", "on", "in", "of", "this", "that",
]
ODD = "ſKİı٣٢\u00a0’'–-,./: \n"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.sampled_from(WORDS).map(str.upper),
            st.text(alphabet=ODD + "abcdefghijklmnopqrstuvwxyz0123456789", max_size=4),
        ),
        max_size=12,
    ),
    st.sampled_from([" ", "  ", "-", ", ", "", "\u00a0"]),
)
def test_every_pattern_matches_generated_text_as_written(pieces, separator):
    _same_matches(separator.join(pieces))
