"""manage.py export_events: the page's filters as options, CSV, JSON or TimelineJS, to stdout or a file."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from tests.exports_world import make_article, make_event
from timeline.filters import EventFilter
from timeline.management.commands.export_events import Command, filter_parameters


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def export(*args: str, stderr=None) -> str:
    out = io.StringIO()
    call_command("export_events", *args, stdout=out, stderr=stderr or io.StringIO())
    return out.getvalue()


@pytest.fixture
def march(db):
    wire = make_article()
    return {
        "visit": make_event("Putin visits Kursk", evidence=[(wire, "Putin visited Kursk on Wednesday.", "on Wednesday")]),
        "pipeline": make_event(
            "Gas pipeline used by troops",
            value="2025-03-08",
            start=datetime.date(2025, 3, 8),
            evidence=[(wire, "Troops crawled through a pipeline on Saturday.", "on Saturday")],
        ),
        "may": make_event("Victory Day parade", value="2025-05-09", start=datetime.date(2025, 5, 9)),
    }


def test_every_filter_of_the_page_is_an_option():
    parser = Command().create_parser("manage.py", "export_events")
    options = {option for action in parser._actions for option in action.option_strings}
    for name in EventFilter.base_filters:
        assert any(option.startswith(f"--{name.replace('_', '-')}") for option in options), name
    assert set(filter_parameters()) >= {"q", "date_after", "date_before", "article", "outlet"}


def test_csv_to_stdout_by_default(march):
    rows = list(csv.DictReader(io.StringIO(export())))
    assert [row["title"] for row in rows] == ["Gas pipeline used by troops", "Putin visits Kursk", "Victory Day parade"]


def test_filters_as_options(march):
    rows = list(csv.DictReader(io.StringIO(export("--date-after", "2025-03-01", "--date-before", "2025-03-31", "--q", "pipeline"))))
    assert [int(row["event_id"]) for row in rows] == [march["pipeline"].pk]


def test_a_query_string_from_the_page(march):
    rows = list(csv.DictReader(io.StringIO(export("--query", "?date_after=2025-05-01&after=2025-01-01.1"))))
    assert [int(row["event_id"]) for row in rows] == [march["may"].pk]


def test_an_option_overrides_the_same_filter_in_the_query_string(march):
    rows = list(csv.DictReader(io.StringIO(export("--query", "q=parade", "--q", "pipeline"))))
    assert [int(row["event_id"]) for row in rows] == [march["pipeline"].pk]


def test_json_is_one_document_in_the_web_format(march):
    data = json.loads(export("--format", "json", "--date-before", "2025-03-31"))
    assert data["next"] is None
    assert [event["id"] for event in data["events"]] == [march["pipeline"].pk, march["visit"].pk]
    assert data["events"][1]["mentions"][0]["phrase"] == "on Wednesday"


def test_timelinejs_document(march):
    data = json.loads(export("--format", "timelinejs", "--q", "parade"))
    assert [slide["unique_id"] for slide in data["events"]] == [f"event-{march['may'].pk}"]
    assert data["events"][0]["start_date"] == {"year": 2025, "month": 5, "day": 9}


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError


def test_a_reader_that_goes_away_ends_the_export_quietly(march):
    with pytest.raises(SystemExit) as exit:
        call_command("export_events", stdout=ClosedPipe(), stderr=io.StringIO())
    assert exit.value.code == 1


def test_output_to_a_file(march, tmp_path):
    target = tmp_path / "events.csv"
    assert export("--output", str(target)) == ""
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert len(rows) == 3


def test_an_invalid_filter_value_is_an_error_naming_the_option(db):
    with pytest.raises(CommandError, match="--date-after"):
        export("--date-after", "not a date")


@pytest.mark.parametrize("export_format", ["csv", "json", "timelinejs"])
def test_a_progress_bar_on_a_terminal_counts_rows_written(march, tmp_path, export_format):
    terminal = Terminal()
    export("--format", export_format, "--output", str(tmp_path / "events.out"), stderr=terminal)
    assert terminal.getvalue().rstrip().endswith("3 / 3 rows (100%)")


def test_no_progress_bar_when_stderr_is_not_a_terminal(march, tmp_path):
    stderr = io.StringIO()
    export("--output", str(tmp_path / "events.csv"), stderr=stderr)
    assert stderr.getvalue() == ""
