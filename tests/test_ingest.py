"""Ingest: the sample corpus becomes articles and passages; again changes nothing; bad files are skipped."""

import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from timeline.ingest import pipeline
from timeline.ingest.pipeline import ingest_paths
from timeline.models import Article, Event, Mention, Passage


def table_counts():
    return {model.__name__: model.objects.count() for model in (Article, Passage, Mention, Event)}


def test_sample_corpus_gives_five_articles_with_manifest_dates(ingested):
    articles = {a.source_name.rsplit("/", 1)[-1]: a for a in Article.objects.all()}
    assert len(articles) == 5
    assert articles["003_b2e4fd357a23fcfa.txt"].published == datetime.date(2025, 5, 21)
    assert articles["004_c3685e141fd733a5.txt"].published == datetime.date(2025, 3, 12)
    assert {a.published_source for a in articles.values()} == {"editor"}


def test_titles_come_from_the_text_or_its_first_sentence(ingested):
    titles = {a.source_name.rsplit("/", 1)[-1]: (a.title, a.title_source) for a in Article.objects.all()}
    assert titles["001_ca0727ac56120b1f.txt"] == (
        "Putin Visits Kursk as Troops Target Remaining Ukrainian Forces Amid Ceasefire Talks",
        "detected",
    )
    assert titles["004_c3685e141fd733a5.txt"][0] == "Putin Visits Kursk Region to Cheer Ouster of Ukrainian Troops"
    title, source = titles["003_b2e4fd357a23fcfa.txt"]
    assert source == "derived"
    assert title.startswith("Russian President Vladimir V. Putin made an official visit to the Kursk region")


def test_passages_point_at_the_original_words(ingested):
    for passage in Passage.objects.select_related("article"):
        assert passage.article.raw_text[passage.start : passage.end] == passage.text


def test_furniture_and_repeats_do_not_become_passages(ingested):
    texts = list(Passage.objects.values_list("text", flat=True))
    assert "World" not in texts and "Source link" not in texts
    repeated = "The Kremlin revealed that Putin visited a nuclear power plant under construction"
    assert sum(text.startswith(repeated) for text in texts) == 1


def test_raw_text_is_kept_exactly_as_read(ingested, sample_corpus):
    path = sample_corpus / "003_b2e4fd357a23fcfa.txt"
    article = Article.objects.get(source_name=str(path))
    assert article.raw_text == path.read_text(encoding="utf-8")


def test_ingesting_again_changes_nothing(ingested, sample_corpus):
    before = table_counts()
    stamps = list(Event.objects.order_by("pk").values_list("pk", "updated_at", "title", "date_value"))
    report = ingest_paths([sample_corpus])
    assert report.created == [] and len(report.unchanged) == 5
    assert table_counts() == before
    assert list(Event.objects.order_by("pk").values_list("pk", "updated_at", "title", "date_value")) == stamps


def test_the_same_text_in_another_file_is_the_same_article(db, tmp_path, sample_corpus):
    original = sample_corpus / "001_ca0727ac56120b1f.txt"
    copy = tmp_path / "copy.txt"
    copy.write_text(original.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    ingest_paths([original], published=datetime.date(2025, 3, 13))
    report = ingest_paths([copy], published=datetime.date(2025, 3, 13))
    assert report.created == [] and Article.objects.count() == 1


def test_ingest_command_skips_a_bad_file_names_it_and_fails(db, tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Putin visited Kursk on Wednesday.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff binary")
    with pytest.raises(CommandError) as failure:
        call_command("ingest", str(tmp_path), "--published", "2025-03-13")
    assert failure.value.returncode == 1
    captured = capsys.readouterr()
    assert "bad.txt" in captured.err
    assert "1 article(s) ingested" in captured.out
    assert Article.objects.get().title.startswith("Putin visited Kursk")


def test_ingest_command_stores_an_article_whose_link_is_not_a_web_address_and_says_so(db, tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Putin visited Kursk on Wednesday.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,published,url\na.txt,2025-03-13,www.example.org/a\n", encoding="utf-8")
    call_command("ingest", str(tmp_path))
    captured = capsys.readouterr()
    assert "a.txt" in captured.err and "'www.example.org/a' is not an http:// or https:// address" in captured.err
    assert "1 article(s) ingested" in captured.out
    assert Article.objects.get().url == ""


def test_ingest_command_rejects_a_malformed_published_option(db, tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("ingest", str(tmp_path / "a.txt"), "--published", "March 13")


def test_an_article_that_fails_midway_leaves_nothing_behind(db, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Putin visited Kursk on Wednesday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks were held in Riyadh on Tuesday.", encoding="utf-8")
    real_attach = pipeline.attach_mentions

    def attach_or_fail(mentions, *args):
        if any("Kursk" in m.passage.text for m in mentions):
            raise RuntimeError("disk full")
        return real_attach(mentions, *args)

    monkeypatch.setattr(pipeline, "attach_mentions", attach_or_fail)
    report = ingest_paths([tmp_path / "a.txt", tmp_path / "b.txt"], published=datetime.date(2025, 3, 13))
    assert [str(e) for e in report.errors] == [f"{tmp_path / 'a.txt'}: could not be stored (disk full)"]
    assert list(Article.objects.values_list("source_name", flat=True)) == [str(tmp_path / "b.txt")]
    assert not Passage.objects.filter(text__contains="Kursk").exists()


def test_an_article_without_a_publication_date_keeps_only_absolute_dates(db, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("The invasion began on Feb. 24, 2022. Talks resumed on Wednesday.", encoding="utf-8")
    ingest_paths([path])
    article = Article.objects.get()
    assert article.published is None and article.published_source == "unknown"
    assert list(Mention.objects.values_list("value", flat=True)) == ["2022-02-24"]
