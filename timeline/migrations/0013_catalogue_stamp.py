"""A stamp that changes whenever the filter form's choices may have changed.

The form's selects list the outlets, articles, actors and places. Reading them costs a
query on every page (about 0.9 ms on PostgreSQL, most of it planning), so each process
keeps them, together with the stamp they were read at; reading the stamp is a lookup of
one row. Triggers on articles and entities give the stamp a new random value on every
insert, delete or change of a column the selects show, whatever code writes it.

A random value, not a counter: a transaction that is rolled back takes its new stamp
back with it, and a counter would then hand the same number to a later, different
change, so that choices read inside the rolled-back transaction would pass for current.

Each vendor's operation does nothing on the other one.
"""

from django.db import migrations

STAMP = "timeline_catalogue_stamp"
# The columns of each table that the selects show.
WATCHED = {"timeline_article": ("title", "published", "outlet"), "timeline_entity": ("name", "kind")}

SQLITE_FORWARD = [
    f"CREATE TABLE {STAMP} (id integer PRIMARY KEY CHECK (id = 1), stamp bigint NOT NULL)",
    f"INSERT INTO {STAMP} (id, stamp) VALUES (1, random())",
]
for _table, _columns in WATCHED.items():
    _bump = f"BEGIN UPDATE {STAMP} SET stamp = random() WHERE id = 1; END"
    SQLITE_FORWARD += [
        f"CREATE TRIGGER {_table}_stamp_insert AFTER INSERT ON {_table} {_bump}",
        f"CREATE TRIGGER {_table}_stamp_delete AFTER DELETE ON {_table} {_bump}",
        f"CREATE TRIGGER {_table}_stamp_update AFTER UPDATE OF {', '.join(_columns)} ON {_table} {_bump}",
    ]
SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {table}_stamp_{event}" for table in WATCHED for event in ("insert", "delete", "update")
] + [f"DROP TABLE IF EXISTS {STAMP}"]

POSTGRES_FORWARD = [
    f"CREATE TABLE {STAMP} (id integer PRIMARY KEY CHECK (id = 1), stamp bigint NOT NULL)",
    f"INSERT INTO {STAMP} (id, stamp) VALUES (1, (random() * 9e18)::bigint)",
    # Once per transaction: a row whose version this transaction wrote is renewed already.
    f"""CREATE FUNCTION {STAMP}_bump() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE {STAMP} SET stamp = (random() * 9e18)::bigint WHERE id = 1 AND xmin <> pg_current_xact_id()::xid;
        RETURN NULL;
    END $$""",
]
for _table, _columns in WATCHED.items():
    # Deferred to the commit: the stamp's row is locked only while the transaction commits,
    # so an ingest analysing an article for seconds holds no lock others wait for, and a
    # transaction takes that lock after all its others, which leaves no order to deadlock in.
    # A constraint trigger fires per row; the function above writes once per transaction.
    for _event in ("INSERT", "DELETE", f"UPDATE OF {', '.join(_columns)}"):
        POSTGRES_FORWARD.append(
            f"CREATE CONSTRAINT TRIGGER {_table}_stamp_{_event.split()[0].lower()} AFTER {_event} ON {_table} "
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {STAMP}_bump()"
        )
    # TRUNCATE fires no row trigger (and no constraint trigger): a statement trigger, at once.
    POSTGRES_FORWARD.append(
        f"CREATE TRIGGER {_table}_stamp_truncate AFTER TRUNCATE ON {_table} FOR EACH STATEMENT EXECUTE FUNCTION {STAMP}_bump()"
    )
POSTGRES_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {table}_stamp_{event} ON {table}"
    for table in WATCHED for event in ("insert", "delete", "update", "truncate")
] + [f"DROP FUNCTION IF EXISTS {STAMP}_bump()", f"DROP TABLE IF EXISTS {STAMP}"]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0012_event_entities_edited"),
    ]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
