from django.contrib import admin
from django.urls import include, path

from timeline.views import exports, timeline

app_patterns = (
    [
        path("", timeline.index, name="index"),
        path("events/<int:pk>/", timeline.event_detail, name="event"),
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
