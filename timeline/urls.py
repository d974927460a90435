from django.contrib import admin
from django.urls import include, path

from timeline import views

app_patterns = (
    [
        path("", views.timeline, name="index"),
        path("events/<int:pk>/", views.event_detail, name="event"),
        path("events.csv", views.events_csv, name="events_csv"),
        path("events.json", views.events_json, name="events_json"),
    ],
    "timeline",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include(app_patterns)),
]
