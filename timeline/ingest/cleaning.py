"""Cleaning scraped article text without losing track of where each word came from.

Scrapers deliver section labels ("World"), repeated paragraphs, a title repeated after
the lead, a trailing "Source link" and blank lines. Cleaning chooses which paragraphs
of the raw text to keep; it never rewrites them, so offsets stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.ingest.sentences import split_sentences
from timeline.ingest.titles import headline

# Lines that are page furniture, not article text (compared case-insensitively).
BOILERPLATE_LINES = frozenset(
    {
        "source link",
        "read more",
        "advertisement",
        "share this article",
        "share",
        "related",
        "related articles",
        "continue reading",
        "sign up",
        "subscribe",
    }
)

TITLE_MAX_WORDS = 20
_TERMINAL = re.compile(r"[.!?…:;,\"'”’]$")
_WORD = re.compile(r"\w[\w'’-]*")
_BULLET = re.compile(r"[-–—•*▪●]\s+")


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CleanText:
    """What cleaning kept: body paragraphs, and the title when the text carries one."""

    paragraphs: list[Paragraph]
    title: str
    dropped: list[Paragraph]


def clean(raw: str) -> CleanText:
    """Choose the body paragraphs and the detected title of a raw article text."""
    lines = _lines(raw)
    kept: list[Paragraph] = []
    dropped: list[Paragraph] = []
    seen: set[str] = set()
    title = ""
    for index, line in enumerate(lines):
        key = _normalise(line.text)
        if key in BOILERPLATE_LINES or key in seen:
            dropped.append(line)
            continue
        if _is_section_label(line.text, lines[index + 1 :]):
            dropped.append(line)
            continue
        if not title and len(kept) <= 1 and _looks_like_title(line.text, first=not kept, following=lines[index + 1 :]):
            title = line.text
            seen.add(key)
            dropped.append(line)
            continue
        line = _without_bullet(line)
        seen.add(key)
        kept.append(line)
    return CleanText(paragraphs=kept, title=title, dropped=dropped)


def derive_title(paragraphs: list[Paragraph]) -> str:
    """A title from the first sentence, for articles that carry none."""
    if not paragraphs:
        return "Untitled article"
    first = paragraphs[0].text
    spans = split_sentences(first)
    sentence = first[spans[0][0] : spans[0][1]] if spans else first
    return headline(sentence)


def _lines(raw: str) -> list[Paragraph]:
    paragraphs = []
    for match in re.finditer(r"[^\r\n]+", raw):
        start, end = match.span()
        while start < end and raw[start].isspace():
            start += 1
        while end > start and raw[end - 1].isspace():
            end -= 1
        if start < end:
            paragraphs.append(Paragraph(start, end, raw[start:end]))
    return paragraphs


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def _is_section_label(text: str, following: list[Paragraph]) -> bool:
    """A short line ("World", "Diplomacy", "Europe news") with more text after it."""
    words = _WORD.findall(text)
    return (
        bool(following)
        and len(words) <= 2
        and not _TERMINAL.search(text)
        and len(text) <= 30
        and text[:1].isupper()
    )


def _looks_like_title(text: str, first: bool, following: list[Paragraph]) -> bool:
    """A headline: no closing punctuation and few words; either title case, or the
    article's first line in sentence case ("Russian strikes hit Ukraine's power grid")
    with a sentence of body text after it."""
    if _TERMINAL.search(text) or not following:
        return False
    words = _WORD.findall(text)
    if not 3 <= len(words) <= TITLE_MAX_WORDS:
        return False
    capitalised = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    if capitalised / len(words) >= 0.5:
        return True
    return first and bool(_TERMINAL.search(following[0].text)) and len(following[0].text) > len(text)


def _without_bullet(line: Paragraph) -> Paragraph:
    """A list item's text without its bullet ("- ", "• ", "* "), offsets kept true."""
    match = _BULLET.match(line.text)
    if not match:
        return line
    return Paragraph(line.start + match.end(), line.end, line.text[match.end() :])
