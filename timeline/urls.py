from django.contrib import admin
from django.urls import include, path

from timeline.views import curation, exports, timeline

app_patterns = (
    [
        path("", timeline.index, name="index"),
        path("overview/", timeline.overview, name="overview"),
        path("events/<int:pk>/", timeline.event_detail, name="event"),
        path("curation/", curation.queue, name="curation"),
        path("curation/events/<int:pk>/status/<str:status>/", curation.event_status, name="curation_event_status"),
        path("curation/events/<int:pk>/date/", curation.event_date, name="curation_event_date"),
        path(
            "curation/articles/<int:pk>/published/", curation.article_published, name="curation_article_published"
        ),
        path("events.csv", exports.events_csv, name="events_csv"),
        path("events.json", exports.events_json, name="events_json"),
        path("events.timelinejs.json", exports.events_timelinejs, name="events_timelinejs"),
    ],
    "timeline",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include(app_patterns)),
]
