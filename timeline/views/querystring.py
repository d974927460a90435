"""The page's query string, with and without the pagination cursor."""

from __future__ import annotations

from django.http import HttpRequest

from timeline.pagination import CURSOR_PARAM, Cursor


def without_cursor(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop(CURSOR_PARAM, None)
    return params.urlencode()


def with_cursor(query: str, cursor: Cursor) -> str:
    return f"{query}&{CURSOR_PARAM}={cursor}" if query else f"{CURSOR_PARAM}={cursor}"
