"""Resolving stored articles' dates again with a newer engine (manage.py retag)."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from timeline.ingest import pipeline
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article, Event, Mention
from timeline.ingest.versions import dates_version

D = datetime.date
EARLIER = "2026-11-30"
STRIKE = "Lead.\nRussian drones struck energy facilities across Ukraine overnight, officials said Friday.\n"
TALKS = "Lead.\nTalks between the two delegations opened in Geneva on Monday.\n"


def ingest(tmp_path, name, text, published=D(2025, 3, 14)) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = ingest_paths([path], published=published)
    assert report.ok, report.errors
    return report.created[0]


def as_stored_by_an_earlier_engine(article: Article, phrase: str, value: str, day: D) -> Mention:
    """What an earlier engine left: a different date for ``phrase``, and its version."""
    mention = Mention.objects.get(passage__article=article, phrase=phrase)
    Mention.objects.filter(pk=mention.pk).update(value=value, date_start=day, date_end=day)
    Event.objects.filter(pk=mention.event_id).update(date_value=value[:10], date_start=day, date_end=day)
    Article.objects.filter(pk=article.pk).update(dates_version=EARLIER)
    return mention


def retag(*args) -> str:
    out = io.StringIO()
    call_command("retag", *args, stdout=out, stderr=out)
    return out.getvalue()


def test_with_no_articles_there_is_nothing_to_do(db):
    assert "No articles are stored yet" in retag()


def test_an_ingested_article_records_the_engine_that_resolved_it(db, tmp_path):
    assert ingest(tmp_path, "a.txt", STRIKE).dates_version == dates_version()


def test_an_earlier_engines_date_is_resolved_again_and_its_event_follows(db, tmp_path):
    article = ingest(tmp_path, "a.txt", STRIKE)
    mention = as_stored_by_an_earlier_engine(article, "overnight", "2025-03-14TNI", D(2025, 3, 14))
    out = retag()
    mention.refresh_from_db()
    assert (mention.value, mention.date_start) == ("2025-03-13TNI", D(2025, 3, 13))
    assert mention.event.date_start == D(2025, 3, 13)
    article.refresh_from_db()
    assert article.dates_version == dates_version()
    assert "1 article(s) resolved again" in out and "1 date(s) changed in 1 of them" in out


def test_only_articles_from_another_engine_are_resolved_unless_all_are_asked_for(db, tmp_path):
    stale = ingest(tmp_path, "a.txt", STRIKE)
    current = ingest(tmp_path, "b.txt", TALKS)
    as_stored_by_an_earlier_engine(stale, "overnight", "2025-03-14TNI", D(2025, 3, 14))
    # A date this engine would not give, in an article it resolved: retag leaves it alone.
    talks = Mention.objects.get(passage__article=current, phrase="Monday")
    Mention.objects.filter(pk=talks.pk).update(value="2025-03-03", date_start=D(2025, 3, 3), date_end=D(2025, 3, 3))
    assert "1 article(s) resolved again" in retag()
    talks.refresh_from_db()
    assert talks.value == "2025-03-03"
    assert "Every stored article's dates are from this version" in retag()
    assert "2 article(s) resolved again" in retag("--all")
    talks.refresh_from_db()
    assert talks.value == "2025-03-10"


def test_articles_stored_before_versions_are_resolved(db, tmp_path):
    article = ingest(tmp_path, "a.txt", STRIKE)
    Article.objects.filter(pk=article.pk).update(dates_version=None)
    assert "1 article(s) resolved again" in retag()
    article.refresh_from_db()
    assert article.dates_version == dates_version()


def test_dates_an_earlier_engine_missed_are_found_and_those_it_invented_go(db, tmp_path):
    article = ingest(tmp_path, "a.txt", STRIKE + "The overnight rate of the central bank rose to 21%.\n")
    Mention.objects.get(passage__article=article, phrase="overnight").delete()
    invented_event = Event.objects.create(
        title="The central bank's rate rose", date_value="2025-03-14", date_start=D(2025, 3, 14),
        date_end=D(2025, 3, 14), granularity="day",
    )
    passage = article.passages.get(text__startswith="The overnight rate")
    Mention.objects.create(
        passage=passage, event=invented_event, phrase_start=4, phrase_end=13, clause_start=0,
        clause_end=len(passage.text), phrase="overnight", timex_type="TIME", value="2025-03-14TNI",
        date_start=D(2025, 3, 14), date_end=D(2025, 3, 14), granularity="day", anchor=D(2025, 3, 14),
        rule="overnight",
    )
    Article.objects.filter(pk=article.pk).update(dates_version=EARLIER)
    out = retag()
    assert "1 found, 1 gone" in out
    assert list(Mention.objects.filter(passage=passage)) == []
    assert not Event.objects.filter(pk=invented_event.pk).exists()
    assert Mention.objects.get(passage__article=article, phrase="overnight").value == "2025-03-13TNI"


def test_an_editors_date_and_placement_survive(db, tmp_path):
    article = ingest(tmp_path, "a.txt", STRIKE + "Talks between the two delegations opened in Geneva on Monday.\n")
    strike = as_stored_by_an_earlier_engine(article, "overnight", "2025-03-14TNI", D(2025, 3, 14)).event
    strike.date_value, strike.date_start, strike.date_end = "2025-03-12", D(2025, 3, 12), D(2025, 3, 12)
    strike.edited_fields = ["date"]
    strike.save()
    placed = Mention.objects.get(passage__article=article, phrase="Monday")
    placed.event, placed.placed_by_editor = strike, True
    placed.save()
    retag()
    strike.refresh_from_db()
    assert strike.date_value == "2025-03-12"
    placed.refresh_from_db()
    assert placed.event == strike
    assert Mention.objects.get(passage__article=article, phrase="overnight").value == "2025-03-13TNI"


def test_a_dry_run_counts_the_changes_and_keeps_none(db, tmp_path):
    article = ingest(tmp_path, "a.txt", STRIKE)
    mention = as_stored_by_an_earlier_engine(article, "overnight", "2025-03-14TNI", D(2025, 3, 14))
    out = retag("--dry-run")
    assert "dry run: nothing kept" in out and "1 date(s) changed in 1 of them" in out
    mention.refresh_from_db()
    article.refresh_from_db()
    assert (mention.value, article.dates_version) == ("2025-03-14TNI", EARLIER)


def test_an_article_that_fails_is_reported_left_whole_and_the_others_go_on(db, tmp_path, monkeypatch):
    broken = ingest(tmp_path, "a.txt", STRIKE)
    other = ingest(tmp_path, "b.txt", TALKS)
    mention = as_stored_by_an_earlier_engine(broken, "overnight", "2025-03-14TNI", D(2025, 3, 14))
    Article.objects.filter(pk=other.pk).update(dates_version=EARLIER)
    find_mentions = pipeline.find_mentions

    def failing_for_the_strike(text, *args, **kwargs):
        found = find_mentions(text, *args, **kwargs)
        if "drones" in text:
            Mention.objects.filter(pk=mention.pk).update(value="half-written")
            raise ValueError("the text cannot be read")
        return found

    monkeypatch.setattr(pipeline, "find_mentions", failing_for_the_strike)
    out = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("retag", stdout=out, stderr=out)
    assert failure.value.returncode == 1
    assert f"failed article {broken.pk}" in out.getvalue() and "the text cannot be read" in out.getvalue()
    assert "1 article(s) resolved again" in out.getvalue()
    mention.refresh_from_db()
    broken.refresh_from_db()
    other.refresh_from_db()
    assert (mention.value, broken.dates_version) == ("2025-03-14TNI", EARLIER)
    assert other.dates_version == dates_version()


def test_named_articles_only_and_an_unknown_id_is_an_error(db, tmp_path):
    first = ingest(tmp_path, "a.txt", STRIKE)
    second = ingest(tmp_path, "b.txt", TALKS)
    Article.objects.update(dates_version=EARLIER)
    assert "1 article(s) resolved again" in retag("--article", str(first.pk))
    second.refresh_from_db()
    assert second.dates_version == EARLIER
    missing = Article.objects.order_by("-pk").first().pk + 1  # ids are not reused, even across tests
    with pytest.raises(CommandError, match=f"No article with id {missing}"):
        retag("--article", str(missing))


def test_ingest_says_when_stored_articles_are_from_an_earlier_engine(db, tmp_path):
    article = ingest(tmp_path, "a.txt", STRIKE)
    Article.objects.filter(pk=article.pk).update(dates_version=EARLIER)
    path = tmp_path / "b.txt"
    path.write_text(TALKS, encoding="utf-8")
    out = io.StringIO()
    call_command("ingest", str(path), "--published", "2025-03-14", stdout=out)
    assert "1 stored article(s) hold dates found by another version" in out.getvalue()


def test_an_editors_correction_made_while_retag_runs_is_not_undone(db, tmp_path):
    from django.contrib.auth.models import User

    from timeline.ingest.retag import retag as retag_articles

    editor = User.objects.create_user("editor", is_staff=True)
    first = ingest(tmp_path, "a.txt", STRIKE)
    second = ingest(tmp_path, "b.txt", "Lead.\nThe minister resigned yesterday.\n")
    Article.objects.update(dates_version=EARLIER)

    def an_editor_corrects_the_second_meanwhile(article, outcome, error):
        if article.pk == first.pk:
            from timeline.curation import set_publication_date

            set_publication_date(Article.objects.get(pk=second.pk), D(2025, 6, 1), editor)

    retag_articles(Article.objects.all(), on_progress=an_editor_corrects_the_second_meanwhile)
    second.refresh_from_db()
    assert second.published == D(2025, 6, 1)
    assert Mention.objects.get(passage__article=second, phrase="yesterday").value == "2025-05-31"


def test_an_events_names_follow_its_mentions_unless_an_editor_chose_them(db, tmp_path):
    from timeline.models import Entity

    article = ingest(tmp_path, "a.txt", "Lead.\nZelensky said Russian drones struck Kharkiv overnight.\n")
    strike = Mention.objects.get(passage__article=article, phrase="overnight").event
    # What an earlier engine's reading left: a name the statement does not give.
    putin = Entity.objects.create(kind="person", name="Vladimir Putin")
    strike.entities.add(putin)
    Article.objects.filter(pk=article.pk).update(dates_version=EARLIER)
    retag()
    names = {e.name for e in Event.objects.get(pk=strike.pk).entities.all()}
    assert names == {"Kharkiv"}

    strike.entities.add(putin)
    strike.edited_fields = ["entities"]
    strike.save()
    retag("--all")
    assert putin in Event.objects.get(pk=strike.pk).entities.all()



def test_mentions_an_earlier_engine_put_in_one_event_are_parted_when_their_dates_differ(db, tmp_path):
    article = ingest(tmp_path, "a.txt", "Lead.\nRussian drones struck Kharkiv on Tuesday.\nThe parliament in Kyiv approved a budget on Friday.\n")
    strike = Mention.objects.get(passage__article=article, phrase="Tuesday")
    budget = Mention.objects.get(passage__article=article, phrase="Friday")
    Mention.objects.filter(pk=budget.pk).update(event=strike.event)  # an earlier engine's merge
    Event.objects.filter(pk=budget.event_id).delete()
    Article.objects.filter(pk=article.pk).update(dates_version=EARLIER)
    retag()
    strike.refresh_from_db()
    budget.refresh_from_db()
    assert strike.event_id != budget.event_id
    assert not Event.objects.filter(conflict=True).exists()


def test_retagging_again_and_again_changes_nothing(db, tmp_path):
    ingest(tmp_path, "a.txt", "Lead.\nUkrainian drones struck the Ryazan oil refinery on Tuesday, setting it ablaze.\n"
           "The refinery burned for hours after the strike on Tuesday, officials said.\n")
    before = list(Event.objects.values_list("pk", "date_value", "signature"))
    for _ in range(3):
        retag("--all")
    assert list(Event.objects.values_list("pk", "date_value", "signature")) == before
