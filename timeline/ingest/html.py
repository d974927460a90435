"""The article text and metadata of an HTML page, with the standard library's parser.

Block elements become paragraphs (one per line); scripts, styles, navigation and
footers are left out. The title comes from ``og:title`` or ``<title>``, the
publication date from the page's metadata (``article:published_time``, ``datePublished``
in a meta tag or in JSON-LD) or else from its first ``<time>``, in any form
``date_strings.read_date`` reads.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from html.parser import HTMLParser

from timeline.ingest.date_strings import read_date

_BLOCKS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "tr", "header", "figcaption",
}
_SKIPPED = {"script", "style", "noscript", "nav", "footer", "aside", "form", "template", "svg"}
_DATE_META = {"article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date"}
# A JSON-LD block larger than this is not read for its date.
_LARGEST_JSON_LD = 200_000
# The publication date is looked for in this many of the page's metadata dates and of its
# <time> elements, at most: each unreadable one costs dateparser milliseconds, and a page
# may hold thousands.
MOST_META_DATES = 5
MOST_TIME_DATES = 2


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str = ""
    published: datetime.date | None = None
    url: str = ""


def extract_html(markup: str) -> HtmlPage:
    parser = _ArticleParser(_SKIPPED)
    parser.feed(markup)
    parser.close()
    if not "".join(parser.parts).strip() and parser.skipped_a_form:
        # A page wrapped whole in a <form> (ASP.NET WebForms): its text is inside it.
        parser = _ArticleParser(_SKIPPED - {"form"})
        parser.feed(markup)
        parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line for line in lines if line)
    title = parser.meta.get("og:title") or " ".join(parser.title.split())
    return HtmlPage(
        text=text,
        title=title,
        published=_first_date([*parser.dates[:MOST_META_DATES], *parser.time_dates[:MOST_TIME_DATES]]),
        url=parser.meta.get("og:url", ""),
    )


# A page's date before this, on a clock's day zero, or after tomorrow is a placeholder or a
# mistake: the next candidate is tried.
EARLIEST_PUBLISHED = datetime.date(1900, 1, 2)
PLACEHOLDER_DAYS = frozenset((datetime.date(1970, 1, 1), datetime.date(1980, 1, 1)))


def _first_date(candidates: list[str]) -> datetime.date | None:
    latest = datetime.date.today() + datetime.timedelta(days=1)
    for candidate in dict.fromkeys(candidates):  # each once, in order
        day = read_date(candidate)
        if day is not None and EARLIEST_PUBLISHED <= day <= latest and day not in PLACEHOLDER_DAYS:
            return day
    return None


def _json_ld_dates(source: str) -> list[str]:
    """The first ``datePublished`` of a JSON-LD block: in its object, a list of them or a @graph."""
    if len(source) > _LARGEST_JSON_LD:
        return []
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):  # not JSON, or nested too deep to read
        return []
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        for node in [item, *(graph if isinstance(graph, list) else [])]:
            if isinstance(node, dict) and isinstance(node.get("datePublished"), str):
                return [node["datePublished"]]
    return []


class _ArticleParser(HTMLParser):
    def __init__(self, skipped: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.skipped = skipped
        self.skipped_a_form = False
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self.dates: list[str] = []  # from the page's metadata
        self.time_dates: list[str] = []  # from <time> elements, which may date anything
        self._skip_depth = 0
        self._article_depth = 0
        self._in_title = False
        self._json_ld: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "article":
            self._article_depth += 1
        if tag in self.skipped:
            self._skip_depth += 1
            self.skipped_a_form |= tag == "form"
            if tag == "script" and values.get("type", "").strip().lower() == "application/ld+json":
                self._json_ld = []
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key:
                self.meta.setdefault(key, values.get("content", ""))
                if key in _DATE_META:
                    self.dates.append(values.get("content", ""))
        elif tag == "time" and values.get("datetime") and (not self._skip_depth or self._article_depth):
            # Not a related story's in a page's <aside> or <nav>; an article's own footer or
            # byline may hold its date.
            self.time_dates.append(values["datetime"])
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        if tag in self.skipped and self._skip_depth:
            self._skip_depth -= 1
            if tag == "script" and self._json_ld is not None:
                self.dates.extend(_json_ld_dates("".join(self._json_ld)))
                self._json_ld = None
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._json_ld is not None:
            self._json_ld.append(data)
        elif self._in_title:
            self.title += data
        elif not self._skip_depth:
            self.parts.append(data)
