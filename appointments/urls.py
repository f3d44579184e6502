from django.urls import path

from appointments import views

app_name = "appointments"

urlpatterns = [
    path("", views.start, name="start"),
    path("<int:service_id>/", views.times, name="times"),
    path("details/", views.details, name="details"),
    path("booked/", views.done, name="done"),
    path("from-intake/<str:token>/", views.from_intake, name="from_intake"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("manage/<str:token>/cancel/", views.manage_cancel, name="manage_cancel"),
    path("manage/<str:token>/move/", views.manage_move, name="manage_move"),
    path("feed/<str:token>/", views.feed, name="feed"),
]
