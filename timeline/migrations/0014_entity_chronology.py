"""Each entity's events in the chronology's order: the table behind the actor and place filters.

``timeline_entitychronology`` holds one row per link between an event and an entity
(``timeline_event_entities``), with the event's date span, status, support and precision
copied, under an index in the order (entity, date_start, event) that carries those
columns too. Triggers keep it in step with the links and the events, so that the
ingest, the admin and the curation queue need no code of their own for it:

- a link added, removed or changed adds or removes its row;
- an event whose span, status, support or precision changes updates its rows;
- an event deleted, or either table truncated, takes its rows with it.

Each vendor's operation does nothing on the other one.
"""

import django.db.models.deletion
from django.db import migrations, models

TABLE = "timeline_entitychronology"
LINKS = "timeline_event_entities"
EVENTS = "timeline_event"
# The event's columns the table copies.
COPIED = ("date_start", "date_end", "status", "n_articles", "granularity")


def copy_links(where: str) -> str:
    """Rows for the links ``where`` selects (on the link table, aliased l)."""
    columns = ", ".join(COPIED)
    copied = ", ".join(f"e.{column}" for column in COPIED)
    return (
        f"INSERT INTO {TABLE} (entity_id, event_id, {columns}) "
        f"SELECT l.entity_id, e.id, {copied} FROM {LINKS} l JOIN {EVENTS} e ON e.id = l.event_id WHERE {where}"
    )


UPDATE_COPIES = f"UPDATE {TABLE} SET " + ", ".join(f"{column} = new.{column}" for column in COPIED)
CHANGED = " OR ".join(f"new.{column} IS NOT old.{column}" for column in COPIED)

SQLITE_FORWARD = [
    copy_links("1 = 1"),
    f"""CREATE TRIGGER {TABLE}_link_insert AFTER INSERT ON {LINKS} BEGIN
        {copy_links("l.id = new.id")};
    END""",
    f"""CREATE TRIGGER {TABLE}_link_delete AFTER DELETE ON {LINKS} BEGIN
        DELETE FROM {TABLE} WHERE event_id = old.event_id AND entity_id = old.entity_id;
    END""",
    f"""CREATE TRIGGER {TABLE}_link_update AFTER UPDATE OF event_id, entity_id ON {LINKS} BEGIN
        DELETE FROM {TABLE} WHERE event_id = old.event_id AND entity_id = old.entity_id;
        {copy_links("l.id = new.id")};
    END""",
    f"""CREATE TRIGGER {TABLE}_event_update AFTER UPDATE OF {", ".join(COPIED)} ON {EVENTS}
    WHEN {CHANGED} BEGIN
        {UPDATE_COPIES} WHERE event_id = new.id;
    END""",
    f"""CREATE TRIGGER {TABLE}_event_delete AFTER DELETE ON {EVENTS} BEGIN
        DELETE FROM {TABLE} WHERE event_id = old.id;
    END""",
]
SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {TABLE}_{name}"
    for name in ("link_insert", "link_delete", "link_update", "event_update", "event_delete")
]

POSTGRES_FORWARD = [
    copy_links("true"),
    # The planner's statistics at once: without them it takes an entity to have one event.
    f"ANALYZE {TABLE}",
    f"""CREATE FUNCTION {TABLE}_link() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM {TABLE} WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            {copy_links("l.id = NEW.id")};
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE FUNCTION {TABLE}_event() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM {TABLE} WHERE event_id = OLD.id;
        ELSE
            {UPDATE_COPIES.replace("new.", "NEW.")} WHERE event_id = NEW.id;
        END IF;
        RETURN NULL;
    END $$""",
    # DELETE, not TRUNCATE: a TRUNCATE that names this table too (as Django's flush does)
    # would be refused a second one of it in the same statement.
    f"""CREATE FUNCTION {TABLE}_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM {TABLE};
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER {TABLE}_link AFTER INSERT OR DELETE OR UPDATE OF event_id, entity_id ON {LINKS}
        FOR EACH ROW EXECUTE FUNCTION {TABLE}_link()""",
    f"""CREATE TRIGGER {TABLE}_event_update AFTER UPDATE OF {", ".join(COPIED)} ON {EVENTS}
        FOR EACH ROW WHEN ({CHANGED.replace("new.", "NEW.").replace("old.", "OLD.").replace(" IS NOT ", " IS DISTINCT FROM ")})
        EXECUTE FUNCTION {TABLE}_event()""",
    f"""CREATE TRIGGER {TABLE}_event_delete AFTER DELETE ON {EVENTS}
        FOR EACH ROW EXECUTE FUNCTION {TABLE}_event()""",
    f"""CREATE TRIGGER {TABLE}_link_truncate AFTER TRUNCATE ON {LINKS}
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_truncate()""",
    f"""CREATE TRIGGER {TABLE}_event_truncate AFTER TRUNCATE ON {EVENTS}
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_truncate()""",
]
POSTGRES_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {TABLE}_{name} ON {table}"
    for name, table in (
        ("link", LINKS), ("event_update", EVENTS), ("event_delete", EVENTS),
        ("link_truncate", LINKS), ("event_truncate", EVENTS),
    )
] + [f"DROP FUNCTION IF EXISTS {TABLE}_{name}()" for name in ("link", "event", "truncate")]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0013_catalogue_stamp"),
    ]

    operations = [
        migrations.CreateModel(
            name="EntityChronology",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("date_start", models.DateField()),
                ("date_end", models.DateField()),
                ("status", models.CharField(max_length=10)),
                ("n_articles", models.PositiveIntegerField()),
                ("granularity", models.CharField(max_length=10)),
                (
                    "entity",
                    models.ForeignKey(
                        db_constraint=False, db_index=False, on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+", to="timeline.entity",
                    ),
                ),
                (
                    "event",
                    models.ForeignKey(
                        db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="chronology", to="timeline.event",
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "entity chronologies",
                "indexes": [
                    models.Index(
                        fields=["entity", "date_start", "event", "date_end", "status", "n_articles", "granularity"],
                        name="entity_chronology_filters",
                    )
                ],
            },
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
