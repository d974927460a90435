"""The temporal engine: find and resolve dates in news text (pure Python, no Django).

    from timeline.temporal import tag, TimeExpression
    tag("Putin visited Kursk on Wednesday.", datetime.date(2025, 3, 13))
"""

from .expression import DATE, DURATION, SET, TIME, TimeExpression
from .tagger import tag

__all__ = ["tag", "TimeExpression", "DATE", "TIME", "DURATION", "SET"]
