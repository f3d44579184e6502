"""A practitioner's private calendar feed: for a calendar app, in one language and at one
address (/book/feed/<token>/), outside the patients' language prefixes (clinic/urls.py)."""

from django.urls import path

from appointments import manage_views

app_name = "calendar"

urlpatterns = [
    path("<str:token>/", manage_views.feed, name="feed"),
]
