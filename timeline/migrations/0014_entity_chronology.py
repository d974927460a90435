"""Each entity's events in the chronology's order: the table behind the actor and place filters.

``timeline_entitychronology`` holds one row per link between an event and an entity
(``timeline_event_entities``), with the event's date span, status, support and precision
copied, under an index in the order (entity, date_start, event) that carries those
columns too. Triggers keep it in step with the links and the events, so that the
ingest, the admin and the curation queue need no code of their own for it:

- a link added, removed or changed adds or removes its row;
- an event added after its links (keys are checked at commit) gets the rows of its links;
- an event whose span, status, support or precision changes updates its rows;
- an event deleted, or either table truncated, takes its rows with it.

The table is derived data, so Django does not manage it (``managed = False``): dumpdata
leaves it out, and loaddata's links and events rebuild it through the triggers. On
PostgreSQL, a link's row is copied from its event under a share lock of the event's row:
an editor's change to the event committed meanwhile is then read, not missed, and one
made later waits for the link and then updates its row too.

The triggers exist before the table is filled: on PostgreSQL, creating them waits for
the writers of both tables and keeps others out until the migration commits, so no
link or change falls between the copy and the triggers.

Each vendor's operation does nothing on the other one.
"""

from django.db import migrations, models

TABLE = "timeline_entitychronology"
LINKS = "timeline_event_entities"
EVENTS = "timeline_event"
# The event's columns the table copies.
COPIED = ("date_start", "date_end", "status", "n_articles", "granularity")
# The chronology's order, then every column a filter tests: a page reads one entity's rows
# in order from this index and tests its filters there.
ORDER_INDEX = f"CREATE INDEX entity_chronology_filters ON {TABLE} (entity_id, date_start, event_id, {', '.join(COPIED[1:])})"


def copy_links(where: str, lock: str = "") -> str:
    """Rows for the links ``where`` selects (on the link table l and the event table e);
    a link that has its row already is left alone."""
    columns = ", ".join(COPIED)
    copied = ", ".join(f"e.{column}" for column in COPIED)
    return (
        f"INSERT INTO {TABLE} (entity_id, event_id, {columns}) "
        f"SELECT l.entity_id, e.id, {copied} FROM {LINKS} l JOIN {EVENTS} e ON e.id = l.event_id WHERE {where}"
        f"{lock} ON CONFLICT DO NOTHING"
    )


def update_copies(new: str) -> str:
    return f"UPDATE {TABLE} SET " + ", ".join(f"{column} = {new}.{column}" for column in COPIED)


def changed(new: str, old: str, differ: str) -> str:
    return " OR ".join(f"{new}.{column} {differ} {old}.{column}" for column in COPIED)


SQLITE_FORWARD = [
    f"""CREATE TABLE {TABLE} (
        entity_id bigint NOT NULL, event_id bigint NOT NULL,
        date_start date NOT NULL, date_end date NOT NULL, status varchar(10) NOT NULL,
        n_articles integer unsigned NOT NULL CHECK (n_articles >= 0), granularity varchar(10) NOT NULL,
        PRIMARY KEY (event_id, entity_id)  -- one row per link; how the triggers find an event's rows
    )""",
    ORDER_INDEX,
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
    f"""CREATE TRIGGER {TABLE}_event_insert AFTER INSERT ON {EVENTS} BEGIN
        {copy_links("l.event_id = new.id")};
    END""",
    f"""CREATE TRIGGER {TABLE}_event_update AFTER UPDATE OF {", ".join(COPIED)} ON {EVENTS}
    WHEN {changed("new", "old", "IS NOT")} BEGIN
        {update_copies("new")} WHERE event_id = new.id;
    END""",
    f"""CREATE TRIGGER {TABLE}_event_delete AFTER DELETE ON {EVENTS} BEGIN
        DELETE FROM {TABLE} WHERE event_id = old.id;
    END""",
    copy_links("true"),
]
SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {TABLE}_{name}"
    for name in ("link_insert", "link_delete", "link_update", "event_insert", "event_update", "event_delete")
] + [f"DROP TABLE IF EXISTS {TABLE}"]

POSTGRES_FORWARD = [
    f"""CREATE TABLE {TABLE} (
        entity_id bigint NOT NULL, event_id bigint NOT NULL,
        date_start date NOT NULL, date_end date NOT NULL, status varchar(10) NOT NULL,
        n_articles integer NOT NULL CHECK (n_articles >= 0), granularity varchar(10) NOT NULL,
        PRIMARY KEY (event_id, entity_id)
    )""",
    ORDER_INDEX,
    f"""CREATE FUNCTION {TABLE}_link() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM {TABLE} WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            {copy_links("l.id = NEW.id", lock=" FOR SHARE OF e")};
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE FUNCTION {TABLE}_event() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM {TABLE} WHERE event_id = OLD.id;
        ELSIF TG_OP = 'INSERT' THEN
            {copy_links("l.event_id = NEW.id")};
        ELSE
            {update_copies("NEW")} WHERE event_id = NEW.id;
        END IF;
        RETURN NULL;
    END $$""",
    # DELETE, not TRUNCATE: a TRUNCATE that names this table too would be refused a
    # second one of it in the same statement.
    f"""CREATE FUNCTION {TABLE}_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM {TABLE};
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER {TABLE}_link AFTER INSERT OR DELETE OR UPDATE OF event_id, entity_id ON {LINKS}
        FOR EACH ROW EXECUTE FUNCTION {TABLE}_link()""",
    f"""CREATE TRIGGER {TABLE}_event_insert AFTER INSERT ON {EVENTS}
        FOR EACH ROW EXECUTE FUNCTION {TABLE}_event()""",
    f"""CREATE TRIGGER {TABLE}_event_update AFTER UPDATE OF {", ".join(COPIED)} ON {EVENTS}
        FOR EACH ROW WHEN ({changed("NEW", "OLD", "IS DISTINCT FROM")}) EXECUTE FUNCTION {TABLE}_event()""",
    f"""CREATE TRIGGER {TABLE}_event_delete AFTER DELETE ON {EVENTS}
        FOR EACH ROW EXECUTE FUNCTION {TABLE}_event()""",
    f"""CREATE TRIGGER {TABLE}_link_truncate AFTER TRUNCATE ON {LINKS}
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_truncate()""",
    f"""CREATE TRIGGER {TABLE}_event_truncate AFTER TRUNCATE ON {EVENTS}
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_truncate()""",
    copy_links("true"),
    # The planner's statistics at once: without them it takes an entity to have one event.
    f"ANALYZE {TABLE}",
]
POSTGRES_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {TABLE}_{name} ON {table}"
    for name, table in (
        ("link", LINKS), ("event_insert", EVENTS), ("event_update", EVENTS), ("event_delete", EVENTS),
        ("link_truncate", LINKS), ("event_truncate", EVENTS),
    )
] + [f"DROP FUNCTION IF EXISTS {TABLE}_{name}()" for name in ("link", "event", "truncate")] + [
    f"DROP TABLE IF EXISTS {TABLE}"
]


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
                ("pk", models.CompositePrimaryKey("event", "entity", blank=True, editable=False, primary_key=True, serialize=False)),
                ("date_start", models.DateField()),
                ("date_end", models.DateField()),
                ("status", models.CharField(max_length=10)),
                ("n_articles", models.PositiveIntegerField()),
                ("granularity", models.CharField(max_length=10)),
                (
                    "entity",
                    models.ForeignKey(
                        db_constraint=False, on_delete=models.deletion.DO_NOTHING, related_name="+",
                        to="timeline.entity",
                    ),
                ),
                (
                    "event",
                    models.ForeignKey(
                        db_constraint=False, on_delete=models.deletion.DO_NOTHING, related_name="chronology",
                        to="timeline.event",
                    ),
                ),
            ],
            options={"managed": False, "db_table": TABLE, "verbose_name_plural": "entity chronologies"},
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
