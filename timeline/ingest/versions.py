"""Which code found, resolved and grouped an article's stored dates.

An article records this version when its dates are found; ``manage.py retag`` resolves
again the articles stored under another one. The version is a fingerprint of the code's
own files, so that no change to it can be forgotten: the temporal engine, and the ingest
steps that turn its expressions into mentions and events; and of the data it reads from
a library, the month names of other languages. A change that alters nothing (a comment)
costs a retag that changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_TIMELINE = Path(__file__).resolve().parent.parent
# The temporal engine whole, and the ingest modules that make mentions and events of its
# expressions (passages, found by cleaning and sentence splitting, are kept as stored).
_INGEST_MODULES = ("mentions.py", "statements.py", "titles.py", "events.py", "similarity.py")


def dates_sources() -> list[Path]:
    return sorted((_TIMELINE / "temporal").glob("*.py")) + [_TIMELINE / "ingest" / name for name in _INGEST_MODULES]


def fingerprint(paths: Iterable[Path]) -> str:
    """Twelve hex digits of SHA-256 over each file's name and bytes."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def dates_version() -> str:
    """The fingerprint of the code's files, and of the month names the engine reads from
    dateparser's locale data (an upgrade of dateparser may change them)."""
    from timeline.temporal.foreign_months import MONTH_FORMS

    months = "\n".join(f"{form}={number}" for form, number in sorted(MONTH_FORMS.items()))
    digest = hashlib.sha256((fingerprint(dates_sources()) + "\0" + months).encode())
    return digest.hexdigest()[:12]
