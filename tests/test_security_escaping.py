"""Article text and metadata are hostile: nothing of them runs in a reader's browser."""

import pytest

from timeline.ingest.sources import read_sources
from timeline.models import Article, Event


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<b>x</b>"])
def test_an_article_url_that_is_not_http_is_not_a_link_on_the_evidence_page(client, ingested, url):
    event = Event.objects.filter(mentions__isnull=False).first()
    article = event.mentions.first().passage.article
    Article.objects.filter(pk=article.pk).update(url=url)
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert "javascript:" not in html.lower() and "data:text" not in html
    assert article.title.replace("'", "&#x27;") in html


def test_an_http_article_url_stays_a_link(client, ingested):
    event = Event.objects.filter(mentions__isnull=False).first()
    article = event.mentions.first().passage.article
    Article.objects.filter(pk=article.pk).update(url="https://example.org/story")
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert 'href="https://example.org/story"' in html


def test_an_html_page_whose_url_is_a_script_is_read_without_it(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        '<html><head><meta property="og:url" content="javascript:alert(1)"><title>T</title></head>'
        "<body><p>On Wednesday troops moved.</p><script>alert(2)</script></body></html>",
        encoding="utf-8",
    )
    (source,) = read_sources([page])
    assert source.url == "" and "alert" not in source.raw_text


def test_a_manifest_url_that_is_not_http_is_left_out(tmp_path):
    (tmp_path / "a.txt").write_text("On Wednesday troops moved.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,published,url\na.txt,2025-03-13,javascript:alert(1)\n", encoding="utf-8")
    (source,) = read_sources([tmp_path])
    assert source.url == ""
    assert source.warnings == ("url 'javascript:alert(1)' is not an http:// or https:// address; stored without a link",)
