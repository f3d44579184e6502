"""The patient's booking pages, in each language (/book/..., /pl/book/...: clinic/urls.py)."""

from django.urls import path

from appointments import manage_views, views

app_name = "appointments"

urlpatterns = [
    path("", views.start, name="start"),
    path("<int:service_id>/", views.times, name="times"),
    path("details/", views.details, name="details"),
    path("booked/", views.done, name="done"),
    path("from-intake/<str:token>/", views.from_intake, name="from_intake"),
    path("manage/<str:token>/", manage_views.manage, name="manage"),
    path("manage/<str:token>/cancel/", manage_views.manage_cancel, name="manage_cancel"),
    path("manage/<str:token>/move/", manage_views.manage_move, name="manage_move"),
]
