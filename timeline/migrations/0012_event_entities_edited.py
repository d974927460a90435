"""Events whose names an editor changed in the admin before that was recorded on the event:
their History says "entities changed". Marking them keeps those names when their mentions
are resolved again or split out."""

from django.db import migrations


def mark_edited_entities(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    LogEntry = apps.get_model("admin", "LogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    kind = ContentType.objects.filter(app_label="timeline", model="event").first()
    if kind is None:
        return
    ids = set(
        LogEntry.objects.filter(content_type=kind, change_message__icontains="entities changed")
        .values_list("object_id", flat=True)
    )
    for event in Event.objects.filter(pk__in=[int(i) for i in ids if i.isdigit()]):
        if "entities" not in event.edited_fields:
            event.edited_fields = sorted({*event.edited_fields, "entities"})
            event.save(update_fields=["edited_fields"])


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0011_article_dates_version"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(mark_edited_entities, migrations.RunPython.noop)]
