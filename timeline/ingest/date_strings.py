"""A publication date written as a page writes it: "Thu, 13 Mar 2025 10:00:00 +0000",
"March 13, 2025 11:40 PM EDT", "13 марта 2025", "2025-03-13T23:30:00-05:00".

ISO dates are read directly; any other form is parsed by dateparser, which knows the
month names and orders of many languages. Only a whole, absolute date counts: "yesterday",
"March 2025" and "Wednesday" give nothing, and so does a numeric date whose day and month
could be swapped ("3/4/2025"), since a wrong publication date would misplace every
relative date of the article. The day is the one written, in the writer's time zone.
"""

from __future__ import annotations

import datetime
import re

import dateparser

from timeline.temporal import foreign_months

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Languages a page's date may be written in, those whose month names the tagger knows;
# naming them spares dateparser trying all two hundred it knows (seconds for a string it
# cannot read).
LANGUAGES = ["en", *foreign_months.LANGUAGES]
_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": True,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # never "2 days ago"
}
# "Published: 13 March 2025", "Updated on March 13, 2025".
_LABEL = re.compile(r"^\s*(?:(?:first\s+)?published|updated|posted|last\s+modified|date)(?:\s+on)?\s*:?\s*", re.I)
# Two numbers that could each be the day or the month: "3/4/2025", "03.04.2025".
_SWAPPABLE = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*\d{2,4}\b")
LONGEST = 100


def read_date(written: str) -> datetime.date | None:
    """The day ``written`` names, or None when it names no single day for certain."""
    match = _ISO_DATE.search(written)
    if match:
        try:
            return datetime.date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    written = _LABEL.sub("", written.strip())
    if not written or len(written) > LONGEST:
        return None
    swappable = _SWAPPABLE.match(written)
    if swappable and len({int(n) for n in swappable.groups()}) == 2 and all(1 <= int(n) <= 12 for n in swappable.groups()):
        return None
    parsed = dateparser.parse(written, languages=LANGUAGES, settings=_SETTINGS)
    return parsed.date() if parsed is not None else None
