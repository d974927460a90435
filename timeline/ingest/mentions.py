"""Dated mentions: one per statement of an article, resolved against its anchor."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from timeline.ingest.statements import Statement, statements
from timeline.temporal import TimeExpression, tag

# An article with no known publication date is still tagged, against a stand-in
# anchor, but only expressions that needed no anchor ("24 February 2022") are kept.
_STAND_IN_ANCHOR = datetime.date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class FoundMention:
    passage_index: int
    statement: Statement  # offsets in it are into the passage text

    @property
    def expression(self) -> TimeExpression | None:
        return self.statement.expression


def find_mentions(
    raw_text: str, passages: list[tuple[int, int]], anchor: datetime.date | None
) -> list[FoundMention]:
    """The dated statements of the passages (spans of ``raw_text``), in text order.

    The whole text is tagged at once, so that "a day after" can lean on a date
    mentioned in an earlier sentence. The first passage is the lead: without a date
    of its own it is dated by the publication date, as reported.
    """
    by_passage: list[list[tuple[int, int, TimeExpression]]] = [[] for _ in passages]
    index = 0
    for expression in tag(raw_text, anchor or _STAND_IN_ANCHOR):
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
            by_passage[index].append((expression.start - start, expression.end - start, expression))
    found: list[FoundMention] = []
    for position, ((start, end), expressions) in enumerate(zip(passages, by_passage)):
        for statement in statements(raw_text[start:end], expressions, anchor, is_lead=position == 0):
            found.append(FoundMention(position, statement))
    return found
