from django.urls import path

from intake.review import fhir_views as views

app_name = "fhir"

# No trailing slash: a canonical URL is written exactly like this in every response.
urlpatterns = [
    path("Questionnaire/<slug:name>", views.questionnaire_view, name="questionnaire"),
]
