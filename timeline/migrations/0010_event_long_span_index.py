from django.db import migrations

# Events longer than a month, by start: the date-range filter asks it for the earliest
# start of such an event that reaches into the range (see timeline.filters). Few events
# are that long, so the index is small. Its condition must match timeline.filters exactly.
LONG_SPAN_INDEX = {
    "postgresql": (
        'CREATE INDEX IF NOT EXISTS event_long_spans ON timeline_event ("date_start", "date_end") '
        'WHERE "date_end" - "date_start" > 31'
    ),
    "sqlite": (
        'CREATE INDEX IF NOT EXISTS event_long_spans ON timeline_event ("date_start", "date_end") '
        'WHERE julianday("date_end") - julianday("date_start") > 31'
    ),
}


def create_index(apps, schema_editor):
    sql = LONG_SPAN_INDEX.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor in LONG_SPAN_INDEX:
        schema_editor.execute("DROP INDEX IF EXISTS event_long_spans")


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0009_event_chronology_filters_index"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
