"""The client's address behind a proxy: what the intake rate limit and the login lockouts count."""

import pytest
from django.test import Client, RequestFactory

from clinic.client_address import client_ip
from intake.patient.ratelimit import submission_allowed
from tests.helpers import fill_in, submit

pytestmark = pytest.mark.django_db


def request_from(remote_addr: str, forwarded_for: str | None = None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().post("/intake/check/", **headers)


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0

    assert client_ip(request_from("198.51.100.7", "203.0.113.9")) == "198.51.100.7"


def test_behind_one_proxy_the_address_it_saw_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_ip(request_from("10.0.0.2", "203.0.113.9")) == "203.0.113.9"


def test_a_client_cannot_choose_its_address_by_sending_the_header_itself(settings):
    # The proxy appends the address it saw; whatever the client wrote comes before it.
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_ip(request_from("10.0.0.2", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"


def test_behind_two_proxies_the_second_from_the_right_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 2

    request = request_from("10.0.0.3", "1.2.3.4, 203.0.113.9, 10.0.0.2")
    assert client_ip(request) == "203.0.113.9"


def test_a_header_shorter_than_the_proxy_chain_falls_back_to_the_socket(settings):
    settings.TRUSTED_PROXY_COUNT = 2

    assert client_ip(request_from("10.0.0.3", "203.0.113.9")) == "10.0.0.3"
    assert client_ip(request_from("10.0.0.3")) == "10.0.0.3"


def test_behind_a_proxy_a_request_without_the_header_is_counted_by_its_socket(settings):
    # One that reached the site past the proxy, or a proxy that did not add the header: never
    # an empty address, which every such request would share.
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_ip(request_from("10.0.0.2")) == "10.0.0.2"
    assert client_ip(request_from("10.0.0.2", "")) == "10.0.0.2"
    assert client_ip(request_from("10.0.0.2", " , ")) == "10.0.0.2"


def test_an_entry_that_is_not_an_address_falls_back_to_the_socket(settings):
    # Some proxies write "unknown"; a port or a typo would otherwise become the lockout key.
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_ip(request_from("10.0.0.2", "unknown")) == "10.0.0.2"
    assert client_ip(request_from("10.0.0.2", "203.0.113.9:51234")) == "10.0.0.2"


def test_spaces_around_entries_and_ipv6_addresses_are_read(settings):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_ip(request_from("10.0.0.2", "1.2.3.4 ,  2001:db8::7 ")) == "2001:db8::7"


def test_behind_a_proxy_sending_an_intake_is_limited_per_forwarded_client(answers, settings):
    """The real request path: a second intake from one client behind the proxy is over its
    hourly limit; a neighbour behind the same proxy still sends theirs."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 1

    def send(forwarded_for: str):
        client = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for)
        fill_in(client, answers)
        return submit(client)

    first, again, neighbour = send("203.0.113.9"), send("203.0.113.9"), send("203.0.113.10")

    assert (first.status_code, again.status_code, neighbour.status_code) == (302, 429, 302)


def test_behind_a_proxy_the_rate_limit_counts_each_client_apart(settings):
    """Everyone arrives from the proxy's address; only the forwarded one tells them apart, so a
    busy clinic's patients do not use up one shared hourly limit."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 2

    first = [submission_allowed(request_from("10.0.0.2", "203.0.113.9")) for _ in range(3)]
    spoofed = submission_allowed(request_from("10.0.0.2", "198.51.100.1, 203.0.113.9"))
    other = submission_allowed(request_from("10.0.0.2", "203.0.113.10"))

    assert first == [True, True, False]
    assert spoofed is False  # a made-up leftmost address does not reset the count
    assert other is True


def test_behind_a_proxy_the_login_lockout_is_for_the_forwarded_client_only(
    client, reviewer, settings
):
    """django-axes reads the same address: a guesser behind the proxy is locked out, and a
    colleague behind the same proxy can still sign in."""
    from axes.models import AccessFailureLog

    settings.TRUSTED_PROXY_COUNT = 1

    def login(password: str, forwarded_for: str):
        return client.post(
            "/admin/login/?next=/admin/",
            {"username": "rita", "password": password},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=forwarded_for,
        )

    statuses = [
        login("wrong guess", "203.0.113.9").status_code for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    colleague = login("a long reviewer pass", "203.0.113.10")

    assert statuses[-1] == 429
    assert colleague.status_code == 302
    assert set(AccessFailureLog.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}
