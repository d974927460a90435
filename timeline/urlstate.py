"""The timeline's state as a query string: what the address bar shows and links carry.

Empty parameters are dropped so a URL reads cleanly (``?q=Kursk``, not
``?q=Kursk&date_after=&actor=``), and the pagination cursor never leaks into a link
that changes the filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from django.http import QueryDict

from timeline.pagination import CURSOR_PARAM


def clean_params(params: Mapping) -> QueryDict:
    """A copy of ``params`` without empty values and without the cursor."""
    clean = QueryDict(mutable=True)
    lists = params.lists() if hasattr(params, "lists") else ((k, [v]) for k, v in params.items())
    for name, values in lists:
        kept = [value for value in values if value not in (None, "") and str(value).strip()]
        if name != CURSOR_PARAM and kept:
            clean.setlist(name, kept)
    return clean


def query_with(params: Mapping, **changes: object) -> str:
    """``?``-prefixed query string of ``params`` with ``changes`` applied (None removes)."""
    clean = clean_params(params)
    for name, value in changes.items():
        clean.pop(name, None)
        if value not in (None, ""):
            clean[name] = str(value)
    encoded = clean.urlencode()
    return f"?{encoded}" if encoded else "?"


def has_empty_params(params: Mapping) -> bool:
    """True when the query string carries parameters with nothing in them (a submitted form)."""
    lists = params.lists() if hasattr(params, "lists") else ((k, [v]) for k, v in params.items())
    return any(not str(value).strip() for _, values in lists for value in values)


def return_address(referer: str, host: str, timeline_path: str) -> str:
    """Where "back to the timeline" leads: the timeline as the reader left it (its filters
    and page) when they came from it on this site, else the whole timeline."""
    try:
        came_from = urlsplit(referer)
    except ValueError:
        return timeline_path
    if came_from.netloc == host and came_from.path == timeline_path and came_from.query:
        return f"{timeline_path}?{came_from.query}"
    return timeline_path


def export_query(clean: QueryDict, ignored: Iterable[str]) -> str:
    """The query string of a page's exports: its cleaned filters without those the page could
    not understand (and so ignored), which an export would refuse."""
    kept = clean.copy()
    for name in ignored:
        kept.pop(name, None)
    return kept.urlencode()
