from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from clinic import languages, views

# Staff and machines: one language, no prefix.
urlpatterns = [
    path("brand.css", views.brand_stylesheet, name="brand_css"),
    path("healthz", views.healthz, name="healthz"),
    path("language/<str:code>/", languages.choose, name="language"),
    path("fhir/", include("intake.review.fhir_urls")),
    path("book/feed/", include("appointments.feed_urls")),
    path("admin/", admin.site.urls),
]
# Patients' pages: English at DESIGN.md's addresses, each other language under its code
# (/pl/intake/...), so that a page's address says its language (clinic/languages.py).
urlpatterns += i18n_patterns(
    path("", include("treatments.home_urls")),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("accessibility/", views.AccessibilityView.as_view(), name="accessibility"),
    path("", include("treatments.urls")),
    path("intake/", include("intake.patient.urls")),
    path("follow-up/", include("intake.aftercare.follow_up_urls")),
    path("book/", include("appointments.urls")),
    prefix_default_language=False,
)
# Uploaded photos, served by the development server only (DEBUG); in production the proxy or
# object storage serves MEDIA_URL (docs/deployment.md, "Uploaded files").
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "clinic.views.bad_request"
handler403 = "clinic.views.permission_denied"
handler404 = "clinic.views.page_not_found"
handler500 = "clinic.views.server_error"
