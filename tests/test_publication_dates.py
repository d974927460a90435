"""A page's publication date, in the forms pages write it; only a certain day counts."""

import datetime

import pytest

from timeline.ingest.date_strings import read_date
from timeline.ingest.html import extract_html

MARCH_13 = datetime.date(2025, 3, 13)


@pytest.mark.parametrize(
    "written",
    [
        "2025-03-13",
        "2025-03-13T23:30:00-05:00",  # the day as written, in the writer's time zone
        "Thu, 13 Mar 2025 10:00:00 +0000",
        "March 13, 2025 11:40 PM EDT",
        "Mar 13 2025 | 10:21 pm",
        "Published: 13 March 2025, 10:21 GMT",
        "Updated on March 13, 2025",
        "13/03/2025",
        "13 марта 2025",
        "13 березня 2025 року",
        "13 mars 2025",
    ],
)
def test_a_written_day_is_read(written):
    assert read_date(written) == MARCH_13


@pytest.mark.parametrize(
    "written",
    [
        "yesterday",
        "2 days ago",
        "Wednesday",
        "March 2025",
        "3/4/2025",  # 3 April or 4 March: a guess would misdate every relative date
        "03.04.2025",
        "2025-02-30",
        "",
        "garbage 12",
        "x" * 500,
    ],
)
def test_what_names_no_single_day_for_certain_gives_nothing(written):
    assert read_date(written) is None


def test_a_page_dated_in_its_json_ld_is_read_by_that_date():
    page = extract_html(
        """<html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
         {"@type": "NewsArticle", "headline": "H", "datePublished": "Thu, 13 Mar 2025 08:00:00 GMT"}]}
        </script></head><body><p>Troops moved on Wednesday.</p></body></html>"""
    )
    assert page.published == MARCH_13
    assert page.text == "Troops moved on Wednesday."


def test_the_page_metadata_outweighs_a_time_element_earlier_in_the_page():
    page = extract_html(
        """<html><body><aside>Related: <time datetime="2024-01-02">2 Jan</time></aside>
        <p><time datetime="2024-01-02">2 Jan 2024</time> a related story.</p>
        <meta name="pubdate" content="13 March 2025"><p>Text.</p></body></html>"""
    )
    assert page.published == MARCH_13


def test_broken_json_ld_and_an_unreadable_date_leave_the_page_undated_not_failed():
    page = extract_html(
        """<html><head><script type="application/ld+json">{"datePublished": </script>
        <meta property="article:published_time" content="soon"></head><body><p>Text.</p></body></html>"""
    )
    assert page.published is None and page.text == "Text."


def test_a_page_nested_too_deep_for_json_is_read_without_its_json_ld():
    page = extract_html('<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script><p>Text.</p>")
    assert page.published is None and page.text == "Text."


def test_a_page_of_thousands_of_unreadable_dates_tries_only_its_first_few(monkeypatch):
    from timeline.ingest import html

    tried = []

    def counting(written):
        tried.append(written)
        return read_date(written)

    monkeypatch.setattr(html, "read_date", counting)
    times = "".join(f'<time datetime="Monday {n}">x</time>' for n in range(5000))
    ld = '<script type="application/ld+json">[' + ",".join(['{"datePublished": "Monday 1"}'] * 3000) + "]</script>"
    page = extract_html(f"<html><head>{ld}</head><body>{times}<p>Text.</p></body></html>")
    assert page.published is None
    # Each unreadable string costs dateparser milliseconds: the block's first date, then the
    # first two <time>s, each string once.
    assert tried == ["Monday 1", "Monday 0"]


def test_a_time_in_a_left_out_region_dates_nothing():
    page = extract_html('<aside><time datetime="2019-05-01">x</time></aside><article><p>Putin visited Kursk.</p></article>')
    assert page.published is None


def test_a_placeholder_date_gives_way_to_the_next_one():
    page = extract_html(
        '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
        '<meta name="date" content="2025-03-13"><p>Text.</p>'
    )
    assert page.published == MARCH_13


def test_a_page_wrapped_whole_in_a_form_is_read():
    page = extract_html('<html><body><form id="aspnetForm"><div><p>Putin visited Kursk.</p></div></form></body></html>')
    assert page.text == "Putin visited Kursk."


def test_an_articles_own_footer_gives_its_date():
    page = extract_html('<article><h1>T</h1><footer>Posted <time datetime="2025-03-13">x</time></footer><p>Text.</p></article>')
    assert page.published == MARCH_13


def test_an_archive_page_of_1989_keeps_its_date():
    assert extract_html('<meta name="date" content="1989-11-02"><p>Text.</p>').published == datetime.date(1989, 11, 2)
