"""Optional error reports to Sentry, or a service that speaks its protocol (GlitchTip, a
self-hosted Sentry): off unless SENTRY_DSN is set, and then errors only, no tracing.

The site holds health data, so a report must carry none of it. The SDK is told to collect
nothing personal (no user or client address, cookies, headers, query strings, request bodies,
SQL parameters or local variables: the `data_collection` option, which replaces
`send_default_pii=False`);
`scrub_event` then keeps only what a developer needs to find the fault: the exception's type
and scrubbed message, the stack without its variables, the method and path of the request
(no query string, headers or body), and breadcrumbs without their data.
"""

from typing import Any

import sentry_sdk

from clinic.log_scrub import scrub

Event = dict[str, Any]
KEPT_REQUEST_FIELDS = ("method", "url")  # url: scheme, host and path; the SDK drops the query
OFF = {"mode": "off"}
# The SDK's data_collection option (it replaces send_default_pii, which it deprecates, and
# include_local_variables): every kind of data that may be personal, off. Anything left out
# would default to on, so every field is named.
NOTHING_PERSONAL = {
    "user_info": False,
    "cookies": OFF,
    "http_headers": {"request": OFF},
    "http_bodies": [],
    "url_query_params": OFF,
    "graphql": {"document": False, "variables": False},
    "gen_ai": {"inputs": False, "outputs": False},
    "database_query_data": False,
    "queues": False,
    "stack_frame_variables": False,
}


def error_reporting_init(dsn: str, *, environment: str, **options: Any) -> None:
    """Starts the SDK (its Django integration is enabled on its own). `options` are passed on:
    the tests give a transport that keeps events instead of sending them."""
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        data_collection=NOTHING_PERSONAL,
        max_request_body_size="never",
        traces_sample_rate=0,
        before_send=scrub_event,
        **options,
    )


def scrub_event(event: Event, hint: dict | None = None) -> Event:
    """What is left of an event once everything that may be personal is removed."""
    request = event.get("request")
    if request:
        event["request"] = {key: request[key] for key in KEPT_REQUEST_FIELDS if key in request}
    for key in ("user", "extra", "modules"):
        event.pop(key, None)
    for exception in (event.get("exception") or {}).get("values") or []:
        if exception.get("value"):
            exception["value"] = scrub(str(exception["value"]))
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    logentry = event.get("logentry") or {}
    for key in ("message", "formatted"):
        if logentry.get(key):
            logentry[key] = scrub(str(logentry[key]))
    logentry.pop("params", None)
    for breadcrumb in (event.get("breadcrumbs") or {}).get("values") or []:
        breadcrumb.pop("data", None)
        if breadcrumb.get("message"):
            breadcrumb["message"] = scrub(str(breadcrumb["message"]))
    return event
