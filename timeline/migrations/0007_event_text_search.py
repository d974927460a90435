"""A full-text index of every event: its title and the text of its supporting passages.

One row per event, kept in step by triggers on events, mentions and passages, so that
the ingest, the admin and the curation queue need no code of their own for it.

- SQLite: an FTS5 table ``timeline_event_search`` (rowid = event id; columns ``title``
  and ``passages``), unicode61 tokenizer keeping diacritics, as PostgreSQL does.
- PostgreSQL: a table ``timeline_event_search`` (``event_id``, ``title``, ``passages``)
  with a stored ``document`` tsvector in the ``simple`` configuration (lower-cased words,
  no stemming and no stop words, as FTS5 reads them) and a GIN index on it.

Each vendor's operation does nothing on the other one.
"""

from django.db import migrations

# The passages of one event, in the order of the evidence, as one text.
SQLITE_PASSAGES = """(
    SELECT group_concat(text, ' ') FROM (
        SELECT DISTINCT p.id, p.text FROM timeline_mention m
        JOIN timeline_passage p ON p.id = m.passage_id
        WHERE m.event_id = {event} ORDER BY p.id
    )
)"""


def sqlite_refresh(event: str) -> str:
    return (
        f"UPDATE timeline_event_search SET passages = coalesce({SQLITE_PASSAGES.format(event=event)}, '') "
        f"WHERE rowid = {event};"
    )


SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE timeline_event_search USING fts5(
        title, passages, tokenize = 'unicode61 remove_diacritics 0'
    )""",
    f"""INSERT INTO timeline_event_search (rowid, title, passages)
        SELECT e.id, e.title, coalesce({SQLITE_PASSAGES.format(event='e.id')}, '') FROM timeline_event e""",
    """CREATE TRIGGER timeline_event_search_event_insert AFTER INSERT ON timeline_event BEGIN
        INSERT INTO timeline_event_search (rowid, title, passages) VALUES (new.id, new.title, '');
    END""",
    """CREATE TRIGGER timeline_event_search_event_title AFTER UPDATE OF title ON timeline_event
    WHEN new.title IS NOT old.title BEGIN
        UPDATE timeline_event_search SET title = new.title WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER timeline_event_search_event_delete AFTER DELETE ON timeline_event BEGIN
        DELETE FROM timeline_event_search WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER timeline_event_search_mention_insert AFTER INSERT ON timeline_mention
    WHEN new.event_id IS NOT NULL BEGIN
        {sqlite_refresh('new.event_id')}
    END""",
    f"""CREATE TRIGGER timeline_event_search_mention_update AFTER UPDATE OF event_id, passage_id ON timeline_mention
    WHEN new.event_id IS NOT old.event_id OR new.passage_id IS NOT old.passage_id BEGIN
        {sqlite_refresh('old.event_id')}
        {sqlite_refresh('new.event_id')}
    END""",
    f"""CREATE TRIGGER timeline_event_search_mention_delete AFTER DELETE ON timeline_mention
    WHEN old.event_id IS NOT NULL BEGIN
        {sqlite_refresh('old.event_id')}
    END""",
    f"""CREATE TRIGGER timeline_event_search_passage_text AFTER UPDATE OF text ON timeline_passage
    WHEN new.text IS NOT old.text BEGIN
        UPDATE timeline_event_search SET passages = coalesce({SQLITE_PASSAGES.format(event='timeline_event_search.rowid')}, '')
        WHERE rowid IN (SELECT event_id FROM timeline_mention WHERE passage_id = new.id AND event_id IS NOT NULL);
    END""",
]

SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS timeline_event_search_{name}"
    for name in (
        "event_insert", "event_title", "event_delete", "mention_insert", "mention_update", "mention_delete",
        "passage_text",
    )
] + ["DROP TABLE IF EXISTS timeline_event_search"]


POSTGRES_PASSAGES = """(
    SELECT string_agg(p.text, ' ' ORDER BY p.id) FROM timeline_passage p
    WHERE p.id IN (SELECT m.passage_id FROM timeline_mention m WHERE m.event_id = {event})
)"""

POSTGRES_FORWARD = [
    """CREATE TABLE timeline_event_search (
        event_id bigint PRIMARY KEY,
        title text NOT NULL DEFAULT '',
        passages text NOT NULL DEFAULT '',
        document tsvector GENERATED ALWAYS AS (
            to_tsvector('simple'::regconfig, title || ' ' || passages)
        ) STORED
    )""",
    f"""INSERT INTO timeline_event_search (event_id, title, passages)
        SELECT e.id, e.title, coalesce({POSTGRES_PASSAGES.format(event='e.id')}, '') FROM timeline_event e""",
    "CREATE INDEX timeline_event_search_document ON timeline_event_search USING gin (document)",
    f"""CREATE FUNCTION timeline_event_search_refresh(event bigint) RETURNS void LANGUAGE sql AS $$
        UPDATE timeline_event_search SET passages = coalesce({POSTGRES_PASSAGES.format(event='event')}, '')
        WHERE event_id = event;
    $$""",
    """CREATE FUNCTION timeline_event_search_event() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO timeline_event_search (event_id, title) VALUES (NEW.id, NEW.title);
        ELSIF TG_OP = 'UPDATE' THEN
            UPDATE timeline_event_search SET title = NEW.title WHERE event_id = NEW.id;
        ELSE
            DELETE FROM timeline_event_search WHERE event_id = OLD.id;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION timeline_event_search_mention() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.event_id IS NOT NULL THEN
            PERFORM timeline_event_search_refresh(OLD.event_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.event_id IS NOT NULL
           AND (TG_OP = 'INSERT' OR NEW.event_id IS DISTINCT FROM OLD.event_id OR NEW.passage_id <> OLD.passage_id) THEN
            PERFORM timeline_event_search_refresh(NEW.event_id);
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION timeline_event_search_passage() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM timeline_event_search_refresh(m.event_id)
        FROM (SELECT DISTINCT event_id FROM timeline_mention WHERE passage_id = NEW.id AND event_id IS NOT NULL) m;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION timeline_event_search_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE timeline_event_search;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER timeline_event_search_event_insert AFTER INSERT OR DELETE ON timeline_event
        FOR EACH ROW EXECUTE FUNCTION timeline_event_search_event()""",
    """CREATE TRIGGER timeline_event_search_event_title AFTER UPDATE OF title ON timeline_event
        FOR EACH ROW WHEN (NEW.title IS DISTINCT FROM OLD.title) EXECUTE FUNCTION timeline_event_search_event()""",
    """CREATE TRIGGER timeline_event_search_event_truncate AFTER TRUNCATE ON timeline_event
        FOR EACH STATEMENT EXECUTE FUNCTION timeline_event_search_truncate()""",
    """CREATE TRIGGER timeline_event_search_mention AFTER INSERT OR DELETE OR UPDATE OF event_id, passage_id
        ON timeline_mention FOR EACH ROW EXECUTE FUNCTION timeline_event_search_mention()""",
    """CREATE TRIGGER timeline_event_search_passage AFTER UPDATE OF text ON timeline_passage
        FOR EACH ROW WHEN (NEW.text IS DISTINCT FROM OLD.text) EXECUTE FUNCTION timeline_event_search_passage()""",
]

POSTGRES_BACKWARD = [
    "DROP TRIGGER IF EXISTS timeline_event_search_passage ON timeline_passage",
    "DROP TRIGGER IF EXISTS timeline_event_search_mention ON timeline_mention",
    "DROP TRIGGER IF EXISTS timeline_event_search_event_truncate ON timeline_event",
    "DROP TRIGGER IF EXISTS timeline_event_search_event_title ON timeline_event",
    "DROP TRIGGER IF EXISTS timeline_event_search_event_insert ON timeline_event",
    "DROP FUNCTION IF EXISTS timeline_event_search_truncate()",
    "DROP FUNCTION IF EXISTS timeline_event_search_passage()",
    "DROP FUNCTION IF EXISTS timeline_event_search_mention()",
    "DROP FUNCTION IF EXISTS timeline_event_search_event()",
    "DROP FUNCTION IF EXISTS timeline_event_search_refresh(bigint)",
    "DROP TABLE IF EXISTS timeline_event_search",
]


def run(statements):
    def operation(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        wanted = statements.get(vendor)
        if not wanted:
            return
        for statement in wanted:
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0006_event_overlap_index"),
    ]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
