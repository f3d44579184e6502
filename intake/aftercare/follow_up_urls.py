from django.urls import path

from intake.aftercare import follow_up_views as views

app_name = "follow_up"

urlpatterns = [
    path("thanks/", views.thanks, name="thanks"),
    path("stopped/", views.stopped, name="stopped"),
    path("<str:token>/", views.answer, name="answer"),
    path("<str:token>/stop/", views.stop, name="stop"),
]
