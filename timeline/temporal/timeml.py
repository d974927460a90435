"""Read a TimeML document: its plain text (tags stripped, offsets kept), its creation date
(DCT, the anchor) and the gold TIMEX3 annotations inside <TEXT>."""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: datetime.date
    timexes: tuple[GoldTimex, ...]


# The document is split into tags, entities and character data; only <TEXT> content is kept.
_TOKEN = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|[^<&]+|[<&]")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def _dct(source: str) -> datetime.date:
    m = _DCT.search(source)
    if m:
        value = _attrs(m.group(1)).get("value", "")
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            pass
    for attrs in (_attrs(a) for a in re.findall(r"<TIMEX3([^>]*)>", source)):
        if attrs.get("functionInDocument") == "CREATION_TIME":
            return datetime.date.fromisoformat(attrs["value"][:10])
    raise ValueError("no document creation time (DCT)")


def parse(source: str, name: str = "") -> TimeMLDocument:
    """Parse TimeML markup. Offsets of gold TIMEX3s index into the returned plain text."""
    dct = _dct(source)
    out: list[str] = []
    length = 0
    in_text = False
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[tuple[int, int, dict[str, str]]] = []
    for m in _TOKEN.finditer(source):
        closing, tag, raw = m.group(1), m.group(2), m.group(3)
        if tag is not None:
            if tag == "TEXT":
                in_text = not closing
            elif in_text and tag == "TIMEX3":
                if not closing:
                    open_timex.append((length, _attrs(raw)))
                    if raw.rstrip().endswith("/"):  # an empty TIMEX3 has no span
                        open_timex.pop()
                elif open_timex:
                    start, attrs = open_timex.pop()
                    gold.append((start, length, attrs))
            continue
        if not in_text:
            continue
        piece = m.group()
        if m.group(4):
            piece = html.unescape(piece)
        out.append(piece)
        length += len(piece)
    text = "".join(out)
    timexes = tuple(
        GoldTimex(s, e, text[s:e], a.get("type", ""), a.get("value", ""), a.get("mod"), a.get("tid"))
        for s, e, a in sorted(gold, key=lambda g: g[0])
    )
    return TimeMLDocument(name, text, dct, timexes)


def read(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    return parse(path.read_text(encoding="utf-8"), path.name)


def read_folder(folder: str | Path) -> list[TimeMLDocument]:
    return [read(p) for p in sorted(Path(folder).glob("*.tml"))]
