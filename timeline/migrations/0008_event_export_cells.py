"""The CSV cells of each event that come from other tables, kept ready for the export.

A table ``timeline_event_export`` holds, per event, the CSV text of its actors and
places cells (``entity_cells``) and of its articles, outlets, urls and first passage
cells (``evidence_cells``). Reading them is one lookup per event instead of joining
mentions, passages, articles and entity links for every row of a large export.

Triggers on every table the cells are made from mark an event's cells stale (both set
to NULL) and bump its ``version`` whenever any of that data changes, whatever code
writes it (the ingest, the admin, merges in the curation queue, bulk updates). The
export works the stale cells out again and stores them only if the version it read
is still current, so a change made meanwhile is never overwritten with older cells.

Each vendor's operation does nothing on the other one.
"""

from django.db import migrations

CELLS = "timeline_event_export"
STALE = f"UPDATE {CELLS} SET version = version + 1, entity_cells = NULL, evidence_cells = NULL WHERE event_id"
# The events shown with a passage, an article or an entity (``{id}``).
EVENTS_OF_PASSAGE = "SELECT event_id FROM timeline_mention WHERE passage_id = {id}"
EVENTS_OF_ARTICLE = (
    "SELECT m.event_id FROM timeline_mention m JOIN timeline_passage p ON p.id = m.passage_id "
    "WHERE p.article_id = {id}"
)
EVENTS_OF_ENTITY = "SELECT event_id FROM timeline_event_entities WHERE entity_id = {id}"
NEW_EVENT = (
    f"INSERT INTO {CELLS} (event_id) VALUES (new.id) ON CONFLICT (event_id) "
    f"DO UPDATE SET version = {CELLS}.version + 1, entity_cells = NULL, evidence_cells = NULL"
)

SQLITE_FORWARD = [
    f"""CREATE TABLE {CELLS} (
        event_id integer PRIMARY KEY,
        version integer NOT NULL DEFAULT 0,
        entity_cells text NULL,
        evidence_cells text NULL
    )""",
    f"INSERT INTO {CELLS} (event_id) SELECT id FROM timeline_event",
    f"CREATE TRIGGER {CELLS}_event_insert AFTER INSERT ON timeline_event BEGIN {NEW_EVENT}; END",
    f"CREATE TRIGGER {CELLS}_event_delete AFTER DELETE ON timeline_event BEGIN "
    f"DELETE FROM {CELLS} WHERE event_id = old.id; END",
    f"CREATE TRIGGER {CELLS}_mention_insert AFTER INSERT ON timeline_mention "
    f"WHEN new.event_id IS NOT NULL BEGIN {STALE} = new.event_id; END",
    f"""CREATE TRIGGER {CELLS}_mention_update AFTER UPDATE OF event_id, passage_id, phrase_start ON timeline_mention
    WHEN new.event_id IS NOT old.event_id OR new.passage_id IS NOT old.passage_id
        OR new.phrase_start IS NOT old.phrase_start BEGIN
        {STALE} IN (old.event_id, new.event_id);
    END""",
    f"CREATE TRIGGER {CELLS}_mention_delete AFTER DELETE ON timeline_mention "
    f"WHEN old.event_id IS NOT NULL BEGIN {STALE} = old.event_id; END",
    f"""CREATE TRIGGER {CELLS}_passage_update AFTER UPDATE OF text, position, article_id ON timeline_passage
    WHEN new.text IS NOT old.text OR new.position IS NOT old.position OR new.article_id IS NOT old.article_id BEGIN
        {STALE} IN ({EVENTS_OF_PASSAGE.format(id="new.id")});
    END""",
    f"""CREATE TRIGGER {CELLS}_article_update AFTER UPDATE OF title, url, outlet, published ON timeline_article
    WHEN new.title IS NOT old.title OR new.url IS NOT old.url OR new.outlet IS NOT old.outlet
        OR new.published IS NOT old.published BEGIN
        {STALE} IN ({EVENTS_OF_ARTICLE.format(id="new.id")});
    END""",
    f"CREATE TRIGGER {CELLS}_link_insert AFTER INSERT ON timeline_event_entities BEGIN {STALE} = new.event_id; END",
    f"CREATE TRIGGER {CELLS}_link_update AFTER UPDATE ON timeline_event_entities BEGIN "
    f"{STALE} IN (old.event_id, new.event_id); END",
    f"CREATE TRIGGER {CELLS}_link_delete AFTER DELETE ON timeline_event_entities BEGIN {STALE} = old.event_id; END",
    f"""CREATE TRIGGER {CELLS}_entity_update AFTER UPDATE OF name, kind ON timeline_entity
    WHEN new.name IS NOT old.name OR new.kind IS NOT old.kind BEGIN
        {STALE} IN ({EVENTS_OF_ENTITY.format(id="new.id")});
    END""",
]

SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {CELLS}_{name}"
    for name in (
        "event_insert", "event_delete", "mention_insert", "mention_update", "mention_delete", "passage_update",
        "article_update", "link_insert", "link_update", "link_delete", "entity_update",
    )
] + [f"DROP TABLE IF EXISTS {CELLS}"]


def _postgres_function(name: str, body: str) -> str:
    return f"""CREATE FUNCTION {CELLS}_{name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {body}
        RETURN NULL;
    END $$"""


# Mentions and entity links: the event they leave and the event they join.
_OLD_AND_NEW_EVENT = f"""
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.event_id IS NOT NULL THEN
            {STALE} = OLD.event_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.event_id IS NOT NULL THEN
            {STALE} = NEW.event_id;
        END IF;"""

POSTGRES_FORWARD = [
    f"""CREATE TABLE {CELLS} (
        event_id bigint PRIMARY KEY,
        version bigint NOT NULL DEFAULT 0,
        entity_cells text NULL,
        evidence_cells text NULL
    )""",
    f"INSERT INTO {CELLS} (event_id) SELECT id FROM timeline_event",
    _postgres_function(
        "event",
        f"""IF TG_OP = 'INSERT' THEN
            {NEW_EVENT.replace("new.", "NEW.")};
        ELSE
            DELETE FROM {CELLS} WHERE event_id = OLD.id;
        END IF;""",
    ),
    _postgres_function("event_truncate", f"TRUNCATE {CELLS};"),
    _postgres_function("mention", _OLD_AND_NEW_EVENT),
    _postgres_function("link", _OLD_AND_NEW_EVENT),
    _postgres_function("passage", f"{STALE} IN ({EVENTS_OF_PASSAGE.format(id='NEW.id')});"),
    _postgres_function("article", f"{STALE} IN ({EVENTS_OF_ARTICLE.format(id='NEW.id')});"),
    _postgres_function("entity", f"{STALE} IN ({EVENTS_OF_ENTITY.format(id='NEW.id')});"),
    f"""CREATE TRIGGER {CELLS}_event AFTER INSERT OR DELETE ON timeline_event
        FOR EACH ROW EXECUTE FUNCTION {CELLS}_event()""",
    f"""CREATE TRIGGER {CELLS}_event_truncate AFTER TRUNCATE ON timeline_event
        FOR EACH STATEMENT EXECUTE FUNCTION {CELLS}_event_truncate()""",
    f"""CREATE TRIGGER {CELLS}_mention AFTER INSERT OR DELETE OR UPDATE OF event_id, passage_id, phrase_start
        ON timeline_mention FOR EACH ROW EXECUTE FUNCTION {CELLS}_mention()""",
    f"""CREATE TRIGGER {CELLS}_link AFTER INSERT OR DELETE OR UPDATE
        ON timeline_event_entities FOR EACH ROW EXECUTE FUNCTION {CELLS}_link()""",
    f"""CREATE TRIGGER {CELLS}_passage AFTER UPDATE OF text, position, article_id ON timeline_passage
        FOR EACH ROW WHEN (NEW.text IS DISTINCT FROM OLD.text OR NEW.position IS DISTINCT FROM OLD.position
            OR NEW.article_id IS DISTINCT FROM OLD.article_id)
        EXECUTE FUNCTION {CELLS}_passage()""",
    f"""CREATE TRIGGER {CELLS}_article AFTER UPDATE OF title, url, outlet, published ON timeline_article
        FOR EACH ROW WHEN (NEW.title IS DISTINCT FROM OLD.title OR NEW.url IS DISTINCT FROM OLD.url
            OR NEW.outlet IS DISTINCT FROM OLD.outlet OR NEW.published IS DISTINCT FROM OLD.published)
        EXECUTE FUNCTION {CELLS}_article()""",
    f"""CREATE TRIGGER {CELLS}_entity AFTER UPDATE OF name, kind ON timeline_entity
        FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name OR NEW.kind IS DISTINCT FROM OLD.kind)
        EXECUTE FUNCTION {CELLS}_entity()""",
]

POSTGRES_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {CELLS}_{name} ON {table}"
    for name, table in (
        ("entity", "timeline_entity"),
        ("article", "timeline_article"),
        ("passage", "timeline_passage"),
        ("link", "timeline_event_entities"),
        ("mention", "timeline_mention"),
        ("event_truncate", "timeline_event"),
        ("event", "timeline_event"),
    )
] + [
    f"DROP FUNCTION IF EXISTS {CELLS}_{name}()"
    for name in ("entity", "article", "passage", "link", "mention", "event_truncate", "event")
] + [f"DROP TABLE IF EXISTS {CELLS}"]


def run(statements):
    def operation(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0007_event_text_search"),
    ]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
