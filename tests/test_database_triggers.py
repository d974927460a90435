"""The triggers that keep the search index, the export cells and the catalogue stamp in step.

A later migration may rebuild a table (SQLite does so to alter a column) or drop a column
with CASCADE (PostgreSQL), and take the table's triggers with it, silently. This checks
that every trigger the migrations create is there once all of them have run.
"""

import importlib
import re

import pytest
from django.db import connection

TRIGGER_MIGRATIONS = (
    "0007_event_text_search", "0008_event_export_cells", "0013_catalogue_stamp", "0014_entity_chronology",
)
CREATED = re.compile(r"CREATE\s+(?:CONSTRAINT\s+)?TRIGGER\s+(\w+)")


def created_triggers() -> set[str]:
    statements_of = {"sqlite": "SQLITE_FORWARD", "postgresql": "POSTGRES_FORWARD"}[connection.vendor]
    names = set()
    for name in TRIGGER_MIGRATIONS:
        module = importlib.import_module(f"timeline.migrations.{name}")
        for statement in getattr(module, statements_of):
            names.update(CREATED.findall(statement))
    return names


def present_triggers() -> set[str]:
    sql = {
        "sqlite": "SELECT name FROM sqlite_master WHERE type = 'trigger'",
        "postgresql": "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal",
    }[connection.vendor]
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return {name for (name,) in cursor.fetchall()}


@pytest.mark.django_db
def test_every_trigger_the_migrations_create_is_in_the_database():
    expected = created_triggers()
    assert len(expected) >= 20  # the statements were found, not an empty list
    assert expected - present_triggers() == set()
