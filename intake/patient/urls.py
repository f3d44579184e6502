from django.urls import path

from intake.patient import draft_views, views

app_name = "intake"

urlpatterns = [
    path("", views.start, name="start"),
    path("check/", views.check, name="check"),
    path("confirmation/", views.confirmation, name="confirmation"),
    path("save/", draft_views.save, name="save"),
    path("save/sent/", draft_views.saved, name="saved"),
    path("keep-alive/", draft_views.keep_alive, name="keep_alive"),
    path("resume/deleted/", draft_views.deleted, name="resume_deleted"),
    path("resume/<str:token>/", draft_views.resume, name="resume"),
    path("resume/<str:token>/delete/", draft_views.delete, name="resume_delete"),
    path("<slug:slug>/", views.step, name="step"),
]
