"""Shared fixtures: the bundled sample corpus, ingested into the test database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "sample_corpus" / "kursk-2025"
CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(autouse=True)
def _nothing_read_in_other_tests():
    """Each test starts with no filter choices or common texts kept from another test's
    database state."""
    from timeline.filters import forget_what_was_read

    forget_what_was_read()


@pytest.fixture
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture
def ingested(db, sample_corpus):
    """The sample corpus, ingested; returns the ingest report."""
    from timeline.ingest.pipeline import ingest_paths

    report = ingest_paths([sample_corpus])
    assert report.ok, report.errors
    return report


@pytest.fixture
def page(live_server):
    """A Chromium page (Debian's browser, driven by Playwright) for the live server.

    The test fails if any request leaves the live server: the app must work offline.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make browser-deps)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls of the
    # test itself are still synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url))
        yield page
        context.close()
        browser.close()
        # Playwright's loop gives the ORM calls made meanwhile (the corpus fixture's)
        # connections of their own, which the test database's teardown would not close.
        from django.db import connections

        connections.close_all()
        assert outside == [], f"requests left localhost: {outside}"


@pytest.fixture
def corpus(transactional_db, sample_corpus):
    """The sample corpus, committed, so the live server's thread sees it."""
    from timeline.ingest.pipeline import ingest_paths

    assert ingest_paths([sample_corpus]).ok
