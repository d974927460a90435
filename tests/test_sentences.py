"""Sentence splitting keeps news abbreviations, initials and quotations whole."""

import pytest

from timeline.ingest.sentences import split_sentences


def sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mr. Putin met Gen. Valery V. Gerasimov. They spoke.",
            ["Mr. Putin met Gen. Valery V. Gerasimov.", "They spoke."],
        ),
        (
            "U.S. officials met on Jan. 5 in Riyadh. No. 2 was there.",
            ["U.S. officials met on Jan. 5 in Riyadh.", "No. 2 was there."],
        ),
        (
            "“We do not need a truce,” Mr. Putin said. “We need peace.”",
            ["“We do not need a truce,” Mr. Putin said.", "“We need peace.”"],
        ),
        ("Is it over? Not yet! Soon.", ["Is it over?", "Not yet!", "Soon."]),
    ],
)
def test_sentences_end_where_a_reader_would_end_them(text, expected):
    assert sentences(text) == expected


def test_spans_point_at_the_original_text_without_surrounding_space():
    text = "  One.   Two.  "
    assert split_sentences(text) == [(2, 6), (9, 13)]


def test_text_without_terminal_punctuation_is_one_sentence():
    assert sentences("labeling their actions as terroristic") == ["labeling their actions as terroristic"]


def test_an_acronym_can_end_a_sentence():
    assert sentences("Aid came from the U.S. The talks went on.") == ["Aid came from the U.S.", "The talks went on."]


def test_a_dateline_stays_with_its_sentence():
    text = "KYIV, Ukraine — Russian President Vladimir Putin visited Kursk on Wednesday. He spoke."
    assert sentences(text) == ["KYIV, Ukraine — Russian President Vladimir Putin visited Kursk on Wednesday.", "He spoke."]


def test_a_german_days_number_does_not_end_a_sentence():
    text = "Am 9. Mai 2025 fand die Parade statt. He finished 9. May was hard."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Am 9. Mai 2025 fand die Parade statt.", "He finished 9.", "May was hard.",
    ]


@pytest.mark.parametrize(
    "text", ["The death toll rose to 12. Maj. Gen. John Smith said more.", "The attack killed 14. Mayo Clinic doctors treated them."]
)
def test_a_number_before_a_name_still_ends_a_sentence(text):
    assert len(split_sentences(text)) == 2
