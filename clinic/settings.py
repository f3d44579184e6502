"""Settings for the clinic site: one file, read from environment variables.

Secure is the default. With DEBUG off (the default) a secret key and the allowed hosts must come
from the environment; HTTPS, secure cookies and HSTS are on unless turned off explicitly. Every
secret may come from a file instead (NAME_FILE: see env_secret in clinic/env.py). docs/deployment.md
has a table of every variable, and .env.example lists them all.
"""

import datetime
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key
from django.utils.csp import CSP

from clinic.env import env_bool, env_int, env_list, env_secret, env_str
from clinic.log_scrub import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_secret("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY (or DJANGO_SECRET_KEY_FILE) must be set when DEBUG is off. "
            "Generate one with: python -c "
            "'import secrets; print(secrets.token_urlsafe(50))'"
        )
    # A throwaway key for local development only: sessions end when the server restarts.
    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before the admin, as django-modeltranslation asks: treatment content per language.
    "modeltranslation",
    "clinic.apps.ClinicAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "crispy_forms",
    "crispy_bootstrap5",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks_db",
    "bootstrap",
    "clinic",
    "treatments",
    "intake",
    "appointments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # ETags and 304s for what may be stored. It sees the final Cache-Control, so never for
    # no-store pages (intake, admin, errors). Content pages are cached per view, inside the
    # whole stack (clinic/content_cache.py); no cache middleware.
    "django.middleware.http.ConditionalGetMiddleware",
    "clinic.middleware.SecurityHeadersMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The page's language from its URL prefix (/pl/...; English unprefixed). Then a first visit
    # to an English page from a browser asking for another offered language is sent there
    # (clinic/languages.py).
    "django.middleware.locale.LocaleMiddleware",
    "clinic.languages.AcceptLanguageRedirectMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "clinic.middleware.StaffSessionMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns locked-out logins into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clinic.urls"
WSGI_APPLICATION = "clinic.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clinic.context_processors.clinic",
            ],
        },
    },
]

# Form widgets may use the project's templates (the intake's date and body-map widgets).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Database: SQLite in the project folder unless DATABASE_URL names another.
DATABASES = {
    "default": dj_database_url.parse(
        env_secret("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run` runs the server and the task worker side by side, and `make demo` may write
    # from a third process. WAL lets readers go on while one process writes; IMMEDIATE takes
    # the write lock when a transaction begins (a deferred one that turns to writing midway
    # fails at once with "database is locked", whatever the timeout); and a writer waits its
    # turn for up to 20 seconds instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL", transaction_mode="IMMEDIATE", timeout=20
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A shared cache (Redis) when REDIS_URL is set, as it must be with several app servers;
# otherwise each process keeps its own small in-memory cache.
REDIS_URL = env_secret("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "clinic.cache.ClinicRedisCache",
            "LOCATION": REDIS_URL,
            # A cache that does not answer at once is treated as down (clinic/cache.py).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The public content pages themselves are kept in each process's memory: a hit then costs one
# round trip to the shared cache (for the content version the pages are filed under, so a
# change shows in every process at once), not three. clinic/content_cache.py.
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "content-pages",
    "OPTIONS": {"MAX_ENTRIES": 1000},  # two per page and query string; about 50 MB at most
}

AUTHENTICATION_BACKENDS = [
    # Refuses logins for accounts and addresses locked out after repeated failures.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# The languages the patient pages are written in, each in its own name. A language is offered
# to patients (the language links, the Accept-Language redirect) only once the owner has marked
# its translation reviewed in the admin, or with DEBUG on (clinic.models.LanguageReview). A new
# language: add it here, `manage.py makemessages -l <code>`, translate, and fill in the content
# in the admin (README, "Languages").
LANGUAGES = [("en-gb", "English"), ("pl", "Polski")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The language a patient chose with the language link, kept for a year (a cookie, not the
# session: the public pages never touch the session).
LANGUAGE_COOKIE_NAME = "language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
# django-modeltranslation: treatment content has a column per language; a blank translation
# shows the English text (treatments/translation.py).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en-gb"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en-gb",)
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads (practitioners' photos), through Django's storage API: a folder in the project by
# default; docs/deployment.md, "Uploaded files", says how to use object storage instead.
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = env_str("DJANGO_MEDIA_URL", "/media/")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names and pre-compressed copies, so whitenoise can serve them cached for a year.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Email (Django 6.1 mailers). Local DEBUG runs print emails to the console. With DEBUG off the
# default is SMTP (localhost:25 unless EMAIL_HOST is set): Django 6.1's deploy check rightly
# refuses the console backend in production, where patients would never get their emails.
EMAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}
EMAIL_BACKEND_NAME = env_str("EMAIL_BACKEND", "console" if DEBUG else "smtp")
if EMAIL_BACKEND_NAME not in EMAIL_BACKENDS:
    raise ImproperlyConfigured(
        f"EMAIL_BACKEND={EMAIL_BACKEND_NAME!r} is not one of: {', '.join(EMAIL_BACKENDS)}."
    )
_mailer = {"BACKEND": EMAIL_BACKENDS[EMAIL_BACKEND_NAME]}
if EMAIL_BACKEND_NAME == "smtp":
    _mailer["OPTIONS"] = {
        "host": env_str("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", 25, minimum=1),
        "username": env_str("EMAIL_HOST_USER"),
        "password": env_secret("EMAIL_HOST_PASSWORD"),
        "use_tls": env_bool("EMAIL_USE_TLS", False),
        # Seconds to wait for the mail server at each step of a send: the longest a hanging
        # server can hold the worker, and so a red-flag alert queued behind that send.
        "timeout": env_int("EMAIL_TIMEOUT", 10, minimum=1),
    }
MAILERS = {"default": _mailer}

# Every email goes through Django's tasks framework, stored in the database and sent by a
# separate worker process (`manage.py task_worker`), so a request never waits on the mail server
# and nothing queued is lost when it is down. See intake/emails.py and docs/deployment.md
# ("Task worker").
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The worker (`manage.py task_worker`, intake/worker.py) says it is alive every
# TASK_WORKER_HEARTBEAT seconds. A worker not seen for TASK_WORKER_LEASE seconds is taken for
# dead: the email it was sending is sent again by another, and /healthz says no worker is
# running. The lease must be well over the heartbeat, and over the SMTP timeout.
TASK_WORKER_HEARTBEAT = env_int("TASK_WORKER_HEARTBEAT", 10, minimum=1)
TASK_WORKER_LEASE = env_int("TASK_WORKER_LEASE", 60, minimum=2)
if TASK_WORKER_LEASE < 2 * TASK_WORKER_HEARTBEAT:
    raise ImproperlyConfigured(
        f"TASK_WORKER_LEASE={TASK_WORKER_LEASE} must be at least twice TASK_WORKER_HEARTBEAT="
        f"{TASK_WORKER_HEARTBEAT}, or a live worker would be taken for dead."
    )
# /healthz says "degraded", and the admin home shows a warning, when an email has waited
# longer than this (seconds) to go out.
EMAIL_QUEUE_MAX_AGE = env_int("EMAIL_QUEUE_MAX_AGE", 15 * 60, minimum=1)
# What /healthz reports beside the database and the cache: dotted paths to functions that
# return a clinic.health.Report.
HEALTH_CHECKS = ["intake.worker.health"]
# A send that fails for a reason that may pass (refused connection, timeout, a 4xx answer) is
# tried again after EMAIL_RETRY_DELAY seconds, then after twice as long each time (at most ten
# minutes apart), until EMAIL_RETRY_FOR seconds have passed since it was queued.
EMAIL_RETRY_DELAY = env_int("EMAIL_RETRY_DELAY", 30, minimum=1)
EMAIL_RETRY_FOR = env_int("EMAIL_RETRY_FOR", 24 * 60 * 60, minimum=0)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "clinic@localhost")
# Weeks after the recommendation email at which the patient is asked how things went
# (intake/aftercare/follow_up.py); `manage.py send_follow_ups`, run from cron, sends what is due.
_follow_up_weeks = env_str("FOLLOW_UP_WEEKS", "2,6")
try:
    FOLLOW_UP_WEEKS = sorted({int(w) for w in _follow_up_weeks.split(",") if w.strip()})
except ValueError:
    FOLLOW_UP_WEEKS = [0]
if not FOLLOW_UP_WEEKS or min(FOLLOW_UP_WEEKS) < 1 or max(FOLLOW_UP_WEEKS) > 104:
    raise ImproperlyConfigured(
        f"FOLLOW_UP_WEEKS={_follow_up_weeks!r} must be whole weeks from 1 to 104, commas between."
    )
# Days after an unanswered invitation at which one reminder is sent (0: none). It must fall
# inside the link's 28 days (intake/aftercare/follow_up.py, VALID_DAYS), or the link would
# have expired.
FOLLOW_UP_REMINDER_DAYS = env_int("FOLLOW_UP_REMINDER_DAYS", 7, minimum=0)
if FOLLOW_UP_REMINDER_DAYS >= 28:
    raise ImproperlyConfigured(
        f"FOLLOW_UP_REMINDER_DAYS={FOLLOW_UP_REMINDER_DAYS} must be under 28, the days a "
        "follow-up link works; 0 sends no reminder."
    )
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Hours before an appointment at which its reminder is sent (`manage.py
# send_appointment_reminders`, run every quarter hour by clinic-reminders.timer).
APPOINTMENT_REMINDER_HOURS = env_int("APPOINTMENT_REMINDER_HOURS", 24, minimum=1)

# The clinic's name, contact details, regulation wording, booking page and branding are data,
# edited by the owner in the admin (clinic.models.ClinicSettings); the first `migrate` seeds them
# from the CLINIC_* variables that held them before. What stays here is safety wording and
# infrastructure: the numbers patients are told to call, and where red-flag alerts go.
CLINIC_EMERGENCY_NUMBER = env_str("CLINIC_EMERGENCY_NUMBER", "999")
CLINIC_URGENT_ADVICE_NUMBER = env_str("CLINIC_URGENT_ADVICE_NUMBER", "111")
# Who is emailed at once when an intake with red flags arrives (reference and urgency only).
# CLINIC_EMAIL, the clinic's address before it moved to the admin, is still its default.
CLINIC_ALERT_EMAIL = env_str("CLINIC_ALERT_EMAIL", env_str("CLINIC_EMAIL", "hello@example.org"))
# Prices are shown in this currency (an ISO 4217 code such as GBP or EUR).
CLINIC_CURRENCY = env_str("CLINIC_CURRENCY", "GBP").upper()
if not re.fullmatch(r"[A-Z]{3}", CLINIC_CURRENCY):
    raise ImproperlyConfigured(f"CLINIC_CURRENCY={CLINIC_CURRENCY!r} is not a code like GBP.")

# How long submitted intakes are kept before `manage.py purge_intakes` deletes them.
INTAKE_RETENTION_DAYS = env_int("INTAKE_RETENTION_DAYS", 730, minimum=1)
# How many intakes one client (IP address) may send in an hour.
INTAKE_SUBMISSIONS_PER_HOUR = env_int("INTAKE_SUBMISSIONS_PER_HOUR", 10, minimum=1)
# How long answers saved with "Save and come back later" are kept, in days, before the link
# stops working and `manage.py purge_intakes` deletes them. Stated in the privacy notice.
INTAKE_DRAFT_DAYS = env_int("INTAKE_DRAFT_DAYS", 7, minimum=1)
if INTAKE_DRAFT_DAYS > 30:
    raise ImproperlyConfigured(f"INTAKE_DRAFT_DAYS={INTAKE_DRAFT_DAYS} must be from 1 to 30.")
# How many reverse proxies in front of the app append to X-Forwarded-For (0: use the peer).
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0, minimum=0)

# Sessions hold unfinished intakes (health data), so they live on the server, end with the
# browser, and expire after two hours without activity.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_COOKIE_AGE", 2 * 60 * 60, minimum=60)
# Seconds before an unfinished intake's session ends when the page warns and offers to keep
# going (with JavaScript; without it nothing changes).
INTAKE_TIMEOUT_WARNING = env_int("INTAKE_TIMEOUT_WARNING", 5 * 60, minimum=30)
if INTAKE_TIMEOUT_WARNING >= SESSION_COOKIE_AGE:
    raise ImproperlyConfigured(
        f"INTAKE_TIMEOUT_WARNING={INTAKE_TIMEOUT_WARNING} must be less than "
        f"DJANGO_SESSION_COOKIE_AGE={SESSION_COOKIE_AGE}."
    )
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# HTTPS and cookies. On by default; DJANGO_SECURE_SSL_REDIRECT=0 is for production-like runs
# over plain HTTP on this machine (make serve, make bench), where secure cookies would never
# come back either.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_COOKIES = env_bool("DJANGO_SECURE_COOKIES", not DEBUG and SECURE_SSL_REDIRECT)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
LANGUAGE_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A proxy in front (nginx, a load balancer) must set X-Forwarded-Proto and strip any the
# client sent; docs/deployment.md says so.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# __Host- cookies are only accepted over HTTPS, for this host and path "/": nothing can
# plant or read them from a subdomain.
SESSION_COOKIE_NAME = "__Host-sessionid" if SECURE_COOKIES else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if SECURE_COOKIES else "csrftoken"
CSRF_COOKIE_HTTPONLY = True

# Content Security Policy (Django's own): everything from this site, nothing inline.
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    # Uploaded photos come from this site, or from MEDIA_URL's host when that is elsewhere.
    "img-src": [CSP.SELF, "data:", *([MEDIA_URL] if "://" in MEDIA_URL else [])],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

# Staff: sessions end after 15 idle minutes and 8 hours at most; two-factor login is required
# in production; an account and address are locked out after repeated failed logins.
STAFF_IDLE_TIMEOUT = env_int("STAFF_IDLE_TIMEOUT", 15 * 60, minimum=60)
STAFF_SESSION_MAX_AGE = env_int("STAFF_SESSION_MAX_AGE", 8 * 60 * 60, minimum=60)
STAFF_REQUIRE_2FA = env_bool("DJANGO_STAFF_REQUIRE_2FA", not DEBUG)
# Where a sign-in lands when its `next=` is missing or points off the site: staff have no
# profile page (Django's default, /accounts/profile/, is a 404 here).
LOGIN_REDIRECT_URL = "admin:index"
# The name authenticator apps show beside the code. Infrastructure, read once at start-up (the
# clinic's name in the admin may change; an enrolled app keeps the name it was given).
OTP_TOTP_ISSUER = env_str(
    "OTP_TOTP_ISSUER", env_str("CLINIC_NAME", "Riverside Manual Therapy Clinic")
)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "clinic.client_address.client_ip"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"

# One configuration for Django and gunicorn; see clinic/log_scrub.py.
LOGGING = logging_config()

# Optional error reports (Sentry or a compatible service), off unless a DSN is given; what they
# may carry is limited in clinic/error_reporting.py: never personal or health data.
SENTRY_DSN = env_secret("SENTRY_DSN")
SENTRY_ENVIRONMENT = env_str("SENTRY_ENVIRONMENT", "production")
if SENTRY_DSN:
    from clinic.error_reporting import error_reporting_init

    error_reporting_init(SENTRY_DSN, environment=SENTRY_ENVIRONMENT)
