"""PostgreSQL: the earliest start of an event that reaches a day, as a function.

The date-range filter bounds the chronological index by this day (see
timeline.filters.earliest_start_reaching). Written out in each query, its subqueries cost
PostgreSQL as much to plan as to run, on every date-filtered page, chart bar and facet
count; a PL/pgSQL function keeps its plans for the session. Its conditions on long events
must match the partial index of migration 0010 exactly, and 31 is SHORT_SPAN_DAYS.

SQLite keeps the subquery: its statements are prepared once per connection and text.
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION timeline_earliest_start_reaching(day date) RETURNS date
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    widest integer;
    short date;
BEGIN
    -- The widest span on the timeline in days (the span index of migration 0005).
    SELECT COALESCE(MAX("date_end" - "date_start"), 0) + 1 INTO widest FROM "timeline_event";
    IF widest >= day - DATE '0001-01-01' THEN
        RETURN DATE '0001-01-01';  -- a wider span would start before the calendar does
    END IF;
    IF widest <= 31 THEN
        RETURN day - widest;
    END IF;
    short := day - 31;
    -- An event of 31 days or less starts at most that long before; the few longer ones
    -- are looked up in their own index (migration 0010).
    RETURN LEAST(short, COALESCE((
        SELECT MIN("date_start") FROM "timeline_event"
        WHERE "date_end" - "date_start" > 31 AND "date_start" < short AND "date_end" >= day
          AND "date_start" >= day - widest
    ), short));
END $$
"""


def create_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTION)


def drop_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS timeline_earliest_start_reaching(date)")


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0014_entity_chronology"),
    ]

    operations = [
        migrations.RunPython(create_function, drop_function, elidable=False),
    ]
