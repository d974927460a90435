"""Shared helpers for the temporal engine's tests (no Django, no database)."""

from __future__ import annotations

import datetime

from timeline.temporal import tag


def find(text: str, phrase: str, anchor: datetime.date, occurrence: int = 0):
    """The expression overlapping the ``occurrence``-th appearance of ``phrase`` in ``text``."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(phrase, pos + 1)
    end = pos + len(phrase)
    hits = [e for e in tag(text, anchor) if e.start < end and pos < e.end]
    return hits[0] if hits else None


def value_of(text: str, phrase: str, anchor: datetime.date, occurrence: int = 0):
    e = find(text, phrase, anchor, occurrence)
    return None if e is None else e.value
