"""The timeline by keyboard and for screen readers, in a real browser."""

import pytest

pytestmark = pytest.mark.browser


def test_an_events_title_opens_and_closes_its_evidence_and_says_which(page, live_server, corpus):
    page.goto(live_server.url + "/?q=pipeline")
    title = page.locator("li.event h4 a")
    slot = page.locator("li.event .evidence-slot")
    assert title.get_attribute("aria-expanded") == "false"
    title.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("li.event .evidence mark")
    assert title.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('li.event .evidence-slot').children.length === 0")
    assert title.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    page.wait_for_selector("li.event .evidence mark")
    assert title.get_attribute("aria-expanded") == "true" and slot.locator(".evidence").count() == 1


def test_load_more_puts_the_focus_on_the_first_event_it_brought(page, live_server, corpus, settings):
    settings.TIMELINE_PAGE_SIZE = 4
    chart, more = [], []
    page.route("**/overview/**", lambda route: chart.append(route))
    page.route("**/?after=*", lambda route: more.append(route))
    page.goto(live_server.url + "/")
    assert page.locator("li.event").count() == 4
    page.locator("li.more a").focus()
    page.keyboard.press("Enter")
    # The chart arrives while the next events are on their way: it must not take their turn.
    page.wait_for_function("document.querySelector('li.more.htmx-request') !== null")
    chart[0].continue_()
    page.wait_for_selector("svg.bars")
    more[0].continue_()
    page.wait_for_function("document.querySelectorAll('li.event').length === 8")
    fifth = page.locator("li.event").nth(4).locator("h4 a")
    page.wait_for_function("document.activeElement && document.activeElement.closest('li.event') !== null")
    assert page.evaluate("document.activeElement.textContent") == fifth.inner_text()


def test_a_skip_link_leads_past_the_filters_to_the_events(page, live_server, corpus):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the events"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "chronology"
    headings = page.evaluate("[...document.querySelectorAll('h1, h2')].map(h => h.tagName)")
    assert headings[0] == "H1", "the page's heading comes before the filters' and the years'"
