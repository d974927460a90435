"""Dated mentions: the date phrases of an article's passages, resolved against its anchor."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from timeline.temporal import TimeExpression, tag

# An article with no known publication date is still tagged, against a stand-in
# anchor, but only expressions that needed no anchor ("24 February 2022") are kept.
_STAND_IN_ANCHOR = datetime.date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class FoundMention:
    passage_index: int
    phrase_start: int  # offsets into the passage text
    phrase_end: int
    expression: TimeExpression


def find_mentions(
    raw_text: str, passages: list[tuple[int, int]], anchor: datetime.date | None
) -> list[FoundMention]:
    """Dated expressions that fall inside ``passages`` (spans of ``raw_text``).

    The whole text is tagged at once, so that "a day after" can lean on a date
    mentioned in an earlier sentence.
    """
    expressions = tag(raw_text, anchor or _STAND_IN_ANCHOR)
    found: list[FoundMention] = []
    index = 0
    for expression in expressions:
        if not expression.is_point:
            continue
        if anchor is None and expression.resolved_against != "absolute":
            continue
        while index < len(passages) and passages[index][1] <= expression.start:
            index += 1
        if index == len(passages):
            break
        start, end = passages[index]
        if start <= expression.start and expression.end <= end:
            found.append(
                FoundMention(index, expression.start - start, expression.end - start, expression)
            )
    return found
