"""The chronological index of events also holds minimum articles and precision.

A page, a chart bar or a facet then tests date overlap, status, minimum articles and
precision in the index, and reads the table only for the events that pass: counting a
year of events with "2 or more articles" reads no table row at all. The new index is
made before the old one goes, so that no moment is without one.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0008_event_export_cells"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=models.Index(
                fields=["date_start", "id", "date_end", "status", "n_articles", "granularity"],
                name="event_chronology_filters",
            ),
        ),
        migrations.RemoveIndex(
            model_name="event",
            name="event_overlap",
        ),
    ]
