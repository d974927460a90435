"""Cleaning scraped text: furniture and repeats dropped, offsets into the raw text kept."""

from timeline.ingest.cleaning import clean, derive_title
from timeline.ingest.titles import headline


def test_section_label_repeated_title_and_source_link_are_dropped():
    raw = "World\nA Headline About Kursk Talks\n\nFirst paragraph here.\nSecond one.\nSource link\n\n\n"
    cleaned = clean(raw)
    assert cleaned.title == "A Headline About Kursk Talks"
    assert [p.text for p in cleaned.paragraphs] == ["First paragraph here.", "Second one."]


def test_a_repeated_paragraph_is_kept_once():
    raw = "Lead sentence one.\nBody sentence.\nLead sentence one.\n"
    assert [p.text for p in clean(raw).paragraphs] == ["Lead sentence one.", "Body sentence."]


def test_title_after_a_lead_summary_is_detected_and_its_repeat_dropped():
    raw = "A lead summary that ends with a period.\nThe Real Title Of The Story\n\nThe Real Title Of The Story\nBody."
    cleaned = clean(raw)
    assert cleaned.title == "The Real Title Of The Story"
    assert [p.text for p in cleaned.paragraphs] == ["A lead summary that ends with a period.", "Body."]


def test_paragraph_offsets_point_into_the_raw_text():
    raw = "\n  Padded paragraph.  \n\nNext."
    for paragraph in clean(raw).paragraphs:
        assert raw[paragraph.start : paragraph.end] == paragraph.text


def test_an_article_without_a_title_gets_one_from_its_first_sentence():
    raw = "In a significant diplomatic maneuver, Russian President Vladimir V. Putin made an official visit to Kursk. More."
    cleaned = clean(raw)
    assert cleaned.title == ""
    assert derive_title(cleaned.paragraphs) == "Russian President Vladimir V. Putin made an official visit to Kursk"


def test_headlines_are_short_and_cut_at_a_word():
    long = "Putin visits " + "a very long place name " * 10
    result = headline(long)
    assert len(result) <= 100
    assert result.endswith("…")
    assert not result[:-1].endswith(" ")
