"""The front page, at the site's root under its own name ("home"), outside the treatments'
namespace: it lists the treatments, so it lives with them, and the project's URLconf includes
it by name (clinic imports no app's views)."""

from django.urls import path

from treatments.views import HomeView

urlpatterns = [path("", HomeView.as_view(), name="home")]
