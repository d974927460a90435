"""The article text and metadata of an HTML page, with the standard library's parser.

Block elements become paragraphs (one per line); scripts, styles, navigation and
footers are left out. The title comes from ``og:title`` or ``<title>``, the
publication date from ``article:published_time``, ``datePublished`` or ``<time>``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCKS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "tr", "header", "figcaption",
}
_SKIPPED = {"script", "style", "noscript", "nav", "footer", "aside", "form", "template", "svg"}
_DATE_META = {"article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str = ""
    published: datetime.date | None = None
    url: str = ""


def extract_html(markup: str) -> HtmlPage:
    parser = _ArticleParser()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line for line in lines if line)
    title = parser.meta.get("og:title") or " ".join(parser.title.split())
    return HtmlPage(
        text=text,
        title=title,
        published=_first_date(parser.dates),
        url=parser.meta.get("og:url", ""),
    )


def _first_date(candidates: list[str]) -> datetime.date | None:
    for candidate in candidates:
        match = _ISO_DATE.search(candidate)
        if match:
            try:
                return datetime.date(*(int(part) for part in match.groups()))
            except ValueError:
                continue
    return None


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self.dates: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key:
                self.meta.setdefault(key, values.get("content", ""))
                if key in _DATE_META:
                    self.dates.append(values.get("content", ""))
        elif tag == "time" and values.get("datetime"):
            self.dates.append(values["datetime"])
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self.parts.append(data)
