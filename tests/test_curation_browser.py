"""The curation queue in a real browser: one click confirms an event and its row updates in place."""

import pytest

pytestmark = pytest.mark.browser


def test_staff_confirm_an_event_from_the_queue_without_a_reload(page, live_server, corpus):
    from django.contrib.auth.models import User

    from timeline.models import Event

    User.objects.create_user("editor", password="pw-editor-123", is_staff=True, is_superuser=True)
    page.goto(live_server.url + "/curation/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-editor-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/curation/")
    page.evaluate("window.__notReloaded = true")

    row = page.locator("#candidates tbody tr").first
    row_id = row.get_attribute("id")
    event_pk = int(row_id.removeprefix("event-"))
    row.get_by_role("button", name="Confirm").click()

    page.wait_for_selector(f"#{row_id}.done.confirmed")
    assert page.evaluate("window.__notReloaded") is True, "the page reloaded instead of swapping the row"
    updated = page.locator(f"#{row_id}")
    assert "Confirmed by editor." in updated.inner_text()
    assert updated.get_by_role("button", name="Confirm").count() == 0
    assert Event.objects.get(pk=event_pk).status == "confirmed"


def test_saving_an_article_in_the_admin_keeps_its_publication_date(page, live_server, corpus):
    from django.contrib.auth.models import User

    from timeline.models import Article, Mention

    User.objects.create_user("editor", password="pw-editor-123", is_staff=True, is_superuser=True)
    article = Article.objects.exclude(published=None).first()
    published, found = article.published, Mention.objects.filter(passage__article=article).count()
    page.goto(live_server.url + f"/admin/timeline/article/{article.pk}/change/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-editor-123")
    page.click("input[type=submit]")
    page.wait_for_selector("#id_title")
    assert page.input_value("#id_published") == published.isoformat()
    page.fill("#id_title", article.title + " (edited)")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist")
    article.refresh_from_db()
    assert article.title.endswith("(edited)")
    assert (article.published, Mention.objects.filter(passage__article=article).count()) == (published, found)


def test_the_queue_reads_at_phone_width(page, live_server, corpus):
    from django.contrib.auth.models import User

    User.objects.create_user("editor", password="pw-editor-123", is_staff=True, is_superuser=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/curation/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-editor-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/curation/")
    assert page.locator("#candidates tbody tr").count() > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # With the column headings out of sight, a count says what it counts.
    assert "Articles" in page.locator("#candidates td.num").first.evaluate("td => getComputedStyle(td, '::before').content")
