from django.urls import path

from treatments import views

app_name = "treatments"

urlpatterns = [
    path("treatments/", views.ModalityListView.as_view(), name="modality_list"),
    path("treatments/compare/", views.compare, name="compare"),
    path(
        "treatments/compare/<slug:slug>/",
        views.ComparisonDetailView.as_view(),
        name="comparison",
    ),
    path("treatments/<slug:slug>/", views.ModalityDetailView.as_view(), name="modality"),
    path("conditions/", views.ConditionListView.as_view(), name="condition_list"),
    path("conditions/<slug:slug>/", views.ConditionDetailView.as_view(), name="condition"),
    path("team/", views.TeamView.as_view(), name="team"),
    path("prices/", views.PricesView.as_view(), name="prices"),
    path("contact/", views.ContactView.as_view(), name="contact"),
]
