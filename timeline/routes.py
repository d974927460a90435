"""The addresses the timeline's page and overview link to, reversed once per process.

Reversing a route costs about as much as writing an event's row, and the page links to
the same few addresses a dozen times, its overview a hundred (two per chart bar and per
facet value). They are reversed once per URL configuration and script prefix.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

NAMES = ("index", "overview", "events_csv", "events_json", "events_timelinejs")


def routes() -> Mapping[str, str]:
    """The address of each of the timeline's routes in NAMES, by name."""
    return _reversed(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)


@functools.lru_cache(maxsize=16)
def _reversed(prefix: str, urlconf: str) -> Mapping[str, str]:
    return MappingProxyType({name: reverse(f"timeline:{name}", urlconf=urlconf) for name in NAMES})
