"""The timeline in a real browser: Debian's Chromium driven by Playwright."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def event_count(page) -> int:
    return page.locator("li.event").count()


def test_filtering_swaps_the_results_pushes_the_url_and_opens_evidence(page, live_server, corpus):
    page.goto(live_server.url + "/")
    page.evaluate("window.__notReloaded = true")
    total_before = event_count(page)
    assert total_before > 5

    page.fill("#id_q", "pipeline")
    page.wait_for_url(live_server.url + "/?q=pipeline")  # the pushed address carries no empty field
    page.wait_for_function("document.querySelectorAll('li.event').length === 1")
    assert page.evaluate("window.__notReloaded") is True, "the page reloaded instead of swapping results"
    assert "pipeline" in page.locator("li.event").inner_text().lower() or page.locator("li.event h4").count() == 1

    page.locator("li.event h4 a").first.click()
    page.wait_for_selector(".evidence mark")
    assert page.evaluate("window.__notReloaded") is True
    assert "published" in page.locator(".evidence .source").first.inner_text()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-filtered.png"), full_page=True)

    page.go_back()
    page.wait_for_function(f"document.querySelectorAll('li.event').length === {total_before}")
    assert page.input_value("#id_q") == ""


def test_back_and_forward_restore_the_results_and_the_form(page, live_server, corpus):
    page.goto(live_server.url + "/")
    page.select_option("#id_granularity", "month")
    page.wait_for_url("**/?granularity=month")
    months = event_count(page)
    page.fill("#id_min_articles", "2")
    page.wait_for_url("**/?granularity=month&min_articles=2")
    page.wait_for_function(f"document.querySelectorAll('li.event').length < {months}")

    page.go_back()
    page.wait_for_url("**/?granularity=month")
    page.wait_for_function(f"document.querySelectorAll('li.event').length === {months}")
    assert page.input_value("#id_granularity") == "month" and page.input_value("#id_min_articles") == ""

    page.go_forward()
    page.wait_for_url("**/?granularity=month&min_articles=2")
    page.wait_for_function("document.querySelector('#id_min_articles').value === '2'")


def test_a_facet_and_a_chart_bar_filter_in_place_and_update_the_form(page, live_server, corpus):
    page.goto(live_server.url + "/")
    page.evaluate("window.__notReloaded = true")
    page.wait_for_selector("#facets .facet")
    facet = page.locator("#facets .facet", has=page.locator("h3", has_text="Date precision")).locator("a", has_text="month")
    expected = int(facet.locator(".count").inner_text())
    facet.click()
    page.wait_for_url("**/?granularity=month")
    page.wait_for_function(f"document.querySelectorAll('li.event').length === {expected}")
    assert page.input_value("#id_granularity") == "month"

    bar = page.locator("svg.bars a").filter(has=page.locator("rect.bar[height]")).last
    label = bar.get_attribute("aria-label")
    assert label and "event" in label
    page.wait_for_selector("svg.bars a")
    busiest = max(
        page.locator("svg.bars a").all(), key=lambda a: int(a.get_attribute("aria-label").split(": ")[1].split()[0])
    )
    count = int(busiest.get_attribute("aria-label").split(": ")[1].split()[0])
    busiest.click()
    page.wait_for_url("**date_after=*")
    page.wait_for_function(f"document.querySelectorAll('li.event').length === {count}")
    assert page.input_value("#id_date_after") != "" and page.input_value("#id_granularity") == "month"
    assert page.evaluate("window.__notReloaded") is True


def test_the_overview_pages_bars_and_facets_lead_to_the_timeline(page, live_server, corpus):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(live_server.url + "/overview/?granularity=month")
    facet = page.locator("#facets .facet", has=page.locator("h3", has_text="Date precision")).locator("a", has_text="day")
    facet.click()
    page.wait_for_url("**/?granularity=day")
    page.wait_for_selector("li.event")
    assert page.input_value("#id_granularity") == "day"
    page.goto(live_server.url + "/overview/")
    count = lambda bar: int(bar.get_attribute("aria-label").split(": ")[1].split()[0])  # noqa: E731
    busiest = max(page.locator("svg.bars a").all(), key=count)
    expected = count(busiest)
    assert expected > 1
    busiest.click()
    page.wait_for_url("**/?*date_after=*")
    page.wait_for_function(f"document.querySelectorAll('li.event').length === {expected}")
    assert errors == []


def test_the_plain_form_gives_the_same_results_without_javascript(live_server, corpus, page):
    page.goto(live_server.url + "/?q=pipeline")
    with_htmx = event_count(page)
    context = page.context.browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(live_server.url + "/")
    plain.fill("#id_q", "pipeline")
    plain.click("button[type=submit]")
    plain.wait_for_url(live_server.url + "/?q=pipeline")
    assert plain.locator("li.event").count() == with_htmx == 1
    ARTIFACTS.mkdir(exist_ok=True)
    plain.goto(live_server.url + "/")
    plain.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    context.close()


def test_the_page_reads_at_phone_width(page, live_server, corpus):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    page.wait_for_selector("svg.bars")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "nothing overflows sideways"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-phone.png"), full_page=True)



def test_a_corrected_value_loses_its_old_message(page, live_server, corpus):
    page.goto(live_server.url + "/?date_after=3/4/2025&date_before=2025-13-01&q=Putin")
    assert page.locator(".field-date_after .error").inner_text().startswith("“3/4/2025” is not a day")
    page.fill("#id_date_after", "2025-03-01")
    page.wait_for_url("**date_after=2025-03-01**")
    page.wait_for_function("!document.querySelector('.field-date_after .error')")
    assert page.get_attribute("#id_date_after", "aria-invalid") is None
    # The box could never show "2025-13-01", so the form no longer sends it: its message goes too.
    assert "date_before" not in page.url and page.locator(".error").count() == 0
    # A value the results refuse gets its message beside its field, as a full page gives it.
    page.fill("#id_min_articles", "-1")
    page.wait_for_url("**min_articles=-1**")
    page.wait_for_selector(".field-min_articles .error")
    assert page.locator(".field-min_articles .error").inner_text() == "Ensure this value is greater than or equal to 1."
    assert page.get_attribute("#id_min_articles", "aria-describedby") == "id_min_articles_error"

def test_counts_per_value_sit_beside_the_list_and_behind_one_line_at_phone_width(page, live_server, corpus):
    page.goto(live_server.url + "/")
    month = page.locator("#facets .facet", has=page.locator("h3", has_text="Date precision")).locator("a", has_text="month")
    month.wait_for()  # shown as soon as it loads, with no click
    assert not page.locator(".facet-box summary").is_visible()

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    page.wait_for_selector("#facets .facet", state="attached")
    assert not month.is_visible(), "closed at phone width: the list starts on the first screen"
    page.click(".facet-box summary")
    assert month.is_visible() and month.locator(".count").inner_text().isdigit()
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    month.scroll_into_view_if_needed()
    month.click()
    page.wait_for_url("**/?granularity=month")
    assert page.input_value("#id_granularity") == "month"
    page.wait_for_function("Math.abs(document.getElementById('chronology').getBoundingClientRect().top) < 5")
    assert page.locator("#chronology .summary").is_visible(), "the filtered results start in sight"

@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize(
    "query,first",
    [
        ("", "li.event"),
        ("?q=pipeline", "li.event"),
        ("?date_after=2025-03-01&date_before=2025-03-31", "li.event"),
        ("?q=nowhere-to-be-found", ".empty"),
    ],
)
def test_the_list_stays_in_place_while_the_chart_loads(page, live_server, corpus, width, query, first):
    # A list that moves when the chart arrives moves a link from under a reader's pointer.
    held = []
    page.route("**/overview/**", lambda route: held.append(route))
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/" + query)
    page.wait_for_function("document.querySelector('#chart.htmx-request')")
    top = f"document.querySelector('{first}').getBoundingClientRect().top"
    before = page.evaluate(top)
    assert len(held) == 1 and page.locator("#chart figure").count() == 0
    held[0].continue_()
    page.wait_for_selector("#total:not(:empty)")
    page.wait_for_function("document.querySelector('#chart') && !document.querySelector('#chart.htmx-request')")
    assert page.locator("#chart figure svg.bars").count() == (0 if first == ".empty" else 1)
    assert page.evaluate(top) == before
