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
        if not kept and not title and _is_section_label(line.text, lines[index + 1 :]):
            dropped.append(line)
            continue
        if not title and len(kept) <= 1 and _looks_like_title(line.text):
            title = line.text
            seen.add(key)
            dropped.append(line)
            continue
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
    """A short leading line ("World", "Europe news") followed by more text."""
    words = _WORD.findall(text)
    return bool(following) and len(words) <= 2 and not _TERMINAL.search(text) and len(text) <= 30


def _looks_like_title(text: str) -> bool:
    """A headline: no closing punctuation, few words, mostly capitalised words."""
    if _TERMINAL.search(text):
        return False
    words = _WORD.findall(text)
    if not 3 <= len(words) <= TITLE_MAX_WORDS:
        return False
    capitalised = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    return capitalised / len(words) >= 0.5
