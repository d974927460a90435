"""Case-sensitive twins of patterns that ignore case, to run on a lower-cased ASCII text.

Python's regex engine, matching a pattern that ignores case, folds the case of every
character it compares. When every letter of a pattern is matched ignoring case and written
in lower case, the same pattern without that flag finds exactly the same matches (the same
spans, the same groups) in the lower-cased copy of an ASCII text, and finds them faster:
its characters are compared as they are. In an ASCII text lower-casing moves no character,
and no ASCII letter has a case partner beyond ASCII; only the pattern's own "ſ", "ı", "İ"
or Kelvin sign could match an ASCII letter, and a pattern holding one gets no twin.
"""

from __future__ import annotations

import re

try:  # Python 3.11 and later
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

_IGNORECASE = _c.SRE_FLAG_IGNORECASE
# Characters beyond ASCII that match an ASCII letter when case is ignored.
_FOLD_TO_ASCII = frozenset(map(ord, "\u0130\u0131\u017f\u212a"))
_INLINE_IGNORECASE = re.compile(r"\(\?i:|^\(\?i\)")


class _NoTwin(Exception):
    """Some part of the pattern depends on case."""


def _char(code: int, flags: int) -> None:
    if code in _FOLD_TO_ASCII:
        raise _NoTwin
    ch = chr(code)
    if ch.isascii() and ch.isalpha() and not (flags & _IGNORECASE and ch.islower()):
        raise _NoTwin  # an ASCII letter matched as written, or written in upper case


def _check(items, flags: int) -> None:
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            _char(av, flags)
        elif op is _c.IN:
            for op2, av2 in av:
                if op2 in (_c.LITERAL, _c.NOT_LITERAL):
                    _char(av2, flags)
                elif op2 is _c.RANGE:
                    low, high = av2
                    if any(low <= code <= high for code in _FOLD_TO_ASCII):
                        raise _NoTwin
                    for code in range(max(low, 0x41), min(high, 0x7A) + 1):
                        _char(code, flags)
                elif op2 not in (_c.NEGATE, _c.CATEGORY):
                    raise _NoTwin
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            _check(sub, (flags | add_flags) & ~del_flags)
        elif op is _c.BRANCH:
            for branch in av[1]:
                _check(branch, flags)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            _check(av[2], flags)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _check(av[1], flags)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            _check(av, flags)
        elif op not in (_c.AT, _c.ANY, _c.CATEGORY):
            raise _NoTwin  # a back-reference, a conditional, ...


def _shape(items):
    """The parsed pattern as nested tuples, without its flags (and so without the groups
    that only set flags, which the parser keeps while it drops other bare groups)."""
    out = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            group, _add, _del, sub = av
            if group is None:
                out.extend(_shape(sub))
                continue
            av = (group, _shape(sub))
        elif op is _c.BRANCH:
            av = tuple(_shape(branch) for branch in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            av = (av[0], av[1], _shape(av[2]))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            av = (av[0], _shape(av[1]))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            av = _shape(av)
        elif op is _c.IN:
            av = tuple(av)
        out.append((op, av))
    return tuple(out)


def _ignores_case_nowhere(items, flags: int) -> bool:
    if flags & _IGNORECASE:
        return False
    for op, av in items:
        if op is _c.SUBPATTERN:
            if not _ignores_case_nowhere(av[3], (flags | av[1]) & ~av[2]):
                return False
        elif op is _c.BRANCH:
            if not all(_ignores_case_nowhere(branch, flags) for branch in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            if not _ignores_case_nowhere(av[2], flags):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _ignores_case_nowhere(av[1], flags):
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _ignores_case_nowhere(av, flags):
                return False
    return True


def case_folded(pattern: re.Pattern) -> re.Pattern | None:
    """The twin of ``pattern`` that matches the lower-cased copy of an ASCII text as
    ``pattern`` matches the text, or None when the pattern has none."""
    parsed = _p.parse(pattern.pattern, pattern.flags)
    if _ignores_case_nowhere(parsed, parsed.state.flags):
        return None  # it would be the pattern itself
    try:
        _check(parsed, parsed.state.flags)
    except _NoTwin:
        return None
    source = _INLINE_IGNORECASE.sub(lambda m: "(?:" if m.group() == "(?i:" else "", pattern.pattern)
    twin = re.compile(source, pattern.flags & ~re.IGNORECASE)
    twin_parsed = _p.parse(twin.pattern, twin.flags)
    # The twin must be the same pattern, only without the flag (not so if "(?i:" stood for
    # something else, escaped or in a set).
    if (_shape(twin_parsed) != _shape(parsed) or twin.groupindex != pattern.groupindex
            or not _ignores_case_nowhere(twin_parsed, twin_parsed.state.flags)):
        return None
    return twin
