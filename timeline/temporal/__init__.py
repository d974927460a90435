"""The temporal engine: find and resolve dates in news text (pure Python, no Django).

    from timeline.temporal import tag, TimeExpression
    tag("Putin visited Kursk on Wednesday.", datetime.date(2025, 3, 13))
"""

from .expression import DATE, DURATION, SET, TIME, TimeExpression
from .tagger import tag

# Which rules found and resolved a stored date. Set it to the day of the change whenever
# what tag() returns changes (tests/temporal/test_engine_version.py notices): articles
# stored with another version are the ones `manage.py retag` resolves again.
ENGINE_VERSION = "2026-12-07"

__all__ = ["tag", "TimeExpression", "DATE", "TIME", "DURATION", "SET", "ENGINE_VERSION"]
