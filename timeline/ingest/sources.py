"""Reading articles from files and folders.

A folder may hold a ``manifest.csv`` whose columns are read by header name (unknown
columns are ignored): ``file`` (required), ``published`` (YYYY-MM-DD), ``title``,
``outlet``, ``url``, ``published_source``. Files are plain text (``.txt``) or HTML
(``.html``/``.htm``). Every problem with one file becomes a ``SourceError`` naming it,
so the caller can report it and go on with the others.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline.ingest.html import extract_html

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
MANIFEST_NAME = "manifest.csv"
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

# Accepted spellings of the manifest's columns.
_COLUMN_ALIASES = {
    "file": ("file", "filename", "path", "name"),
    "published": ("published", "date", "publication_date", "published_at"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher"),
    "url": ("url", "link"),
    "published_source": ("published_source", "date_source"),
}
_DATE_SOURCES = {"manifest", "html", "editor", "command_line", "unknown"}


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """One article as read, before any analysis."""

    name: str
    raw_text: str
    published: datetime.date | None = None
    published_source: str = "unknown"
    title: str = ""
    title_source: str = ""
    outlet: str = ""
    url: str = ""
    # What was read but left out, for the reader to hear of: the article is still stored.
    warnings: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        return content_hash(self.raw_text)


@dataclass(frozen=True, slots=True)
class SourceError:
    """A file that could not be read as an article, and why."""

    name: str
    message: str

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


def content_hash(text: str) -> str:
    """Identity of an article's text: the same text ingested twice is one article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def read_sources(
    paths: Iterable[str | Path], published: datetime.date | None = None
) -> Iterator[ArticleSource | SourceError]:
    """Every article under ``paths`` (files or folders), or an error for each bad one.

    ``published`` dates single files named directly; a manifest's date wins for its rows.
    """
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.is_file():
            overrides = {"published": published, "published_source": "command_line"} if published else {}
            yield _read_file(path, **overrides)
        else:
            yield SourceError(str(path), "no such file or folder")


def _read_folder(folder: Path) -> Iterator[ArticleSource | SourceError]:
    manifest_path = folder / MANIFEST_NAME
    rows: dict[str, dict[str, str]] = {}
    if manifest_path.is_file():
        manifest = _read_manifest(manifest_path)
        if isinstance(manifest, SourceError):
            yield manifest
        else:
            rows = manifest
    for name in sorted(rows):
        if not (folder / name).is_file():
            yield SourceError(str(folder / name), f"listed in {manifest_path} but not found")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    for path in files:
        row = rows.get(path.name)
        if row is None:
            yield _read_file(path)
            continue
        metadata = _metadata_from_row(row)
        if isinstance(metadata, str):
            yield SourceError(str(path), f"{manifest_path}: {metadata}")
            continue
        yield _read_file(path, **metadata)


def _read_manifest(path: Path) -> dict[str, dict[str, str]] | SourceError:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = _map_columns(reader.fieldnames or [])
            if "file" not in columns:
                return SourceError(str(path), "manifest has no 'file' column")
            rows = {}
            for row in reader:
                values = {key: (row.get(column) or "").strip() for key, column in columns.items()}
                if values["file"]:
                    rows[values["file"]] = values
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        return SourceError(str(path), f"cannot read manifest ({error})")


def _map_columns(fieldnames: list[str]) -> dict[str, str]:
    by_lower = {name.strip().lower(): name for name in fieldnames if name}
    columns = {}
    for key, aliases in _COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in by_lower:
                columns[key] = by_lower[alias]
                break
    return columns


def _metadata_from_row(row: dict[str, str]) -> dict[str, object] | str:
    metadata: dict[str, object] = {}
    if row.get("published"):
        try:
            metadata["published"] = datetime.date.fromisoformat(row["published"])
        except ValueError:
            return f"bad publication date {row['published']!r} (expected YYYY-MM-DD)"
        source = (row.get("published_source") or "manifest").lower()
        metadata["published_source"] = source if source in _DATE_SOURCES else "manifest"
    if row.get("title"):
        metadata["title"] = row["title"]
        metadata["title_source"] = "manifest"
    if row.get("outlet"):
        metadata["outlet"] = row["outlet"]
    url = row.get("url", "")
    if _is_web_address(url):
        metadata["url"] = url
    elif url:
        metadata["warnings"] = (f"url {url[:80]!r} is not an http:// or https:// address; stored without a link",)
    return metadata


def _is_web_address(url: str) -> bool:
    """Only these become links: a page's link must never run a script or open a local file."""
    return url.lower().startswith(("http://", "https://"))


def _read_file(path: Path, **metadata: object) -> ArticleSource | SourceError:
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            return SourceError(str(path), f"larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as error:
        return SourceError(str(path), f"cannot read ({error.strerror or error})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return SourceError(str(path), f"not UTF-8 text (byte {error.start})")
    if "\x00" in text:
        return SourceError(str(path), "binary data, not text")
    if path.suffix.lower() in {".html", ".htm"}:
        try:
            page = extract_html(text)
        except Exception as error:  # a page the parser cannot read is one bad file, not a stop
            return SourceError(str(path), f"cannot read the HTML ({type(error).__name__}: {error})"[:300])
        text = page.text
        found: dict[str, object] = {}
        if page.title:
            found.update(title=page.title, title_source="html")
        if page.published:
            found.update(published=page.published, published_source="html")
        if _is_web_address(page.url):
            found["url"] = page.url
        metadata = {**found, **metadata}
    if not text.strip():
        return SourceError(str(path), "no text")
    return ArticleSource(name=str(path), raw_text=text, **metadata)  # type: ignore[arg-type]
