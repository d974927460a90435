"""The characters a regular expression's matches can begin with, to let it skip the rest.

Python's regex engine, searching a text, tries a pattern at every position. A pattern
that opens with a look-ahead for a class of characters, ``(?=[abc])``, is instead moved
straight to the next position holding one of them, so a search of a long alternation
("now|recently|in the coming days|...") skips most of the text at C speed. Writing those
classes by hand is error-prone: a forgotten first letter silently loses matches. Here
they are worked out from the parsed pattern, and a pattern whose first character cannot
be pinned down (it may match the empty string, or start with any word character) is
left as it is. So is a pattern that opens with a literal or a class of characters matched as
written: the engine itself skips to the positions holding its first character, faster than a
look-ahead would let it.
"""

from __future__ import annotations

import re

try:  # Python 3.11 and later
    from re import _compiler, _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_constants as _c
    import sre_parse as _p

_IGNORECASE = _c.SRE_FLAG_IGNORECASE
_CHARSET_FLAGS = _c.SRE_FLAG_ASCII | _c.SRE_FLAG_UNICODE | _c.SRE_FLAG_LOCALE
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}
# Zero-width items at a pattern's start: they do not decide its first character.
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
# Larger sets than this gain little from a look-ahead: the pattern is left as it is.
MOST_CHARS = 60


class _Unknown(Exception):
    """The first character of the pattern (or part) cannot be pinned down."""


class _First:
    """First characters, kept apart by whether they are matched ignoring case.

    The look-ahead tests each kind with the flag it had in the pattern, so that the
    engine's own notion of "the same letter in another case" applies to both alike.
    """

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.any_case: set[str] = set()

    def add(self, chars, ignorecase: bool) -> None:
        (self.any_case if ignorecase else self.exact).update(chars)

    def __len__(self) -> int:
        return len(self.exact) + len(self.any_case)


def _in(items, flags: int) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE:
            low, high = av
            if high - low > MOST_CHARS:
                raise _Unknown
            chars.update(chr(code) for code in range(low, high + 1))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            # Kept as the class escape itself ("\\d"): its meaning follows the flags,
            # which the look-ahead shares (Unicode digits unless the pattern is ASCII).
            chars.add(_CATEGORIES[av])
        else:  # a negated class, word characters, ...
            raise _Unknown
    return chars


def _sequence(items, flags: int, first: _First) -> bool:
    """Add the first characters of a sequence of parsed items; whether it can match empty."""
    for op, av in items:
        if not _item(op, av, flags, first):
            return False
    return True


def _item(op, av, flags: int, first: _First) -> bool:
    ignorecase = bool(flags & _IGNORECASE)
    if op is _c.LITERAL:
        first.add({chr(av)}, ignorecase)
        return False
    if op is _c.IN:
        first.add(_in(av, flags), ignorecase)
        return False
    if op in _ZERO_WIDTH:
        return True
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & _CHARSET_FLAGS:
            # A part read as ASCII, Unicode or locale text: the look-ahead, read with
            # the whole pattern's flags, could not follow it.
            raise _Unknown
        return _sequence(sub, (flags | add_flags) & ~del_flags, first)
    if op is _c.BRANCH:
        nullable = False
        for branch in av[1]:
            nullable = _sequence(branch, flags, first) or nullable
        return nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, _high, sub = av
        return _sequence(sub, flags, first) or low == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, flags, first)
    raise _Unknown  # any character, a back-reference, a conditional, ...


def first_chars(pattern: str, flags: int = 0) -> tuple[frozenset[str], frozenset[str]] | None:
    """The characters every match of ``pattern`` begins with, or None when unknown.

    Two sets: those matched as they are, and those matched ignoring case. None also when
    the pattern can match the empty string, or could begin with more than MOST_CHARS
    different characters.
    """
    parsed = _p.parse(pattern, flags)
    first = _First()
    try:
        nullable = _sequence(parsed, parsed.state.flags, first)
    except _Unknown:
        return None
    if nullable or not len(first) or len(first) > MOST_CHARS:
        return None
    return frozenset(first.exact), frozenset(first.any_case)


_ESCAPES = frozenset(_CATEGORIES.values())
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def grouped(pattern: str) -> str:
    """``pattern`` as a single non-capturing group, after any flags for the whole pattern.

    It matches exactly what ``pattern`` matches. A look-ahead put in front of "a|b" opens the
    first alternative alone; in front of "(?:a|b)" it opens both.
    """
    head = _GLOBAL_FLAGS.match(pattern)
    cut = head.end() if head else 0
    return f"{pattern[:cut]}(?:{pattern[cut:]})"


def _engine_skips_to_its_start(pattern: str, flags: int) -> bool:
    """Whether the regex engine, searching, already moves straight to the places where
    ``pattern`` can start: it does when the pattern opens with a literal or a class of
    characters matched as written (its compiled code then carries that prefix or set)."""
    code = _compiler._code(_p.parse(pattern, flags), flags)
    return code[0] == _c.INFO and bool(code[2] & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET))


def with_first_chars(pattern: str, flags: int = 0) -> str:
    """``pattern``, opened by a look-ahead for the characters its matches begin with.

    It matches exactly what ``pattern`` matches, at the same places, with the same groups.
    """
    found = first_chars(pattern, flags)
    if found is None or _engine_skips_to_its_start(pattern, flags):
        return pattern
    exact, any_case = found

    def klass(chars) -> str:
        return "[" + "".join(ch if ch in _ESCAPES else re.escape(ch) for ch in sorted(chars)) + "]"

    tests = []
    if exact:
        tests.append(f"(?-i:{klass(exact)})")
    if any_case:
        tests.append(f"(?i:{klass(any_case)})")
    lookahead = "(?=" + "|".join(tests) + ")"
    # Flags for the whole pattern must stay at its very start.
    head = _GLOBAL_FLAGS.match(pattern)
    cut = head.end() if head else 0
    opened = pattern[:cut] + lookahead + pattern[cut:]
    try:
        re.compile(opened, flags)
    except re.error:  # flags further on that must stay first ("(?i)(?s)..."), comments, ...
        return pattern
    return opened
