from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class ClinicConfig(AppConfig):
    default = True
    name = "clinic"
    verbose_name = "Clinic"


class ClinicAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the clinic's own site class (two-factor login)."""

    default = False
    default_site = "clinic.admin_site.ClinicAdminSite"
