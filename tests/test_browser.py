"""The timeline in a real browser: Debian's Chromium driven by Playwright."""

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


@pytest.fixture
def page(live_server):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make browser-deps)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls of the
    # test itself are still synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        outside = []
        page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(live_server.url) else None)
        yield page
        context.close()
        browser.close()
        assert outside == [], f"requests left localhost: {outside}"


@pytest.fixture
def corpus(transactional_db, sample_corpus):
    from timeline.ingest.pipeline import ingest_paths

    assert ingest_paths([sample_corpus]).ok


def test_filtering_swaps_the_results_pushes_the_url_and_opens_evidence(page, live_server, corpus):
    page.goto(live_server.url + "/")
    page.evaluate("window.__notReloaded = true")
    total_before = page.locator("li.event").count()
    assert total_before > 5

    page.fill("#id_q", "pipeline")
    page.wait_for_url("**/?*q=pipeline*")
    page.wait_for_function("document.querySelectorAll('li.event').length === 1")
    assert page.evaluate("window.__notReloaded") is True, "the page reloaded instead of swapping results"
    assert "pipeline" in page.locator("li.event").inner_text().lower() or page.locator("li.event h4").count() == 1

    page.locator("li.event h4 a").first.click()
    page.wait_for_selector(".evidence mark")
    assert page.evaluate("window.__notReloaded") is True
    assert "last Saturday" in page.locator(".evidence").inner_text()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-filtered.png"), full_page=True)

    page.go_back()
    page.wait_for_function(f"document.querySelectorAll('li.event').length === {total_before}")


def test_the_plain_form_gives_the_same_results_without_javascript(live_server, corpus, page):
    context = page.context.browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(live_server.url + "/")
    plain.fill("#id_q", "pipeline")
    plain.click("button[type=submit]")
    plain.wait_for_url("**/?*q=pipeline*")
    assert plain.locator("li.event").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    plain.goto(live_server.url + "/")
    plain.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    context.close()
