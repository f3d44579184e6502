"""Staff two-factor login: one form for all three parts, self-service setup, owners' reset."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "a long reviewer pass"
SETUP = "/admin/two-factor/"
ONE_ERROR = "Please enter a correct username, password and code for a staff account."


@pytest.fixture(autouse=True)
def two_factor_on(settings):
    settings.STAFF_REQUIRE_2FA = True


@pytest.fixture
def enrolled(reviewer):
    TOTPDevice.objects.create(user=reviewer, name="Authenticator app", confirmed=True)
    backup = StaticDevice.objects.create(user=reviewer, name="Backup codes", confirmed=True)
    StaticToken.objects.create(device=backup, token="backup01")
    return reviewer


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += steps_ahead * device.step
    return f"{totp.token():06d}"


def app_code(user) -> str:
    return code_for(TOTPDevice.objects.get(user=user, confirmed=True))


def login(client, password=PASSWORD, code="", username="rita"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, "otp_token": code},
        REMOTE_ADDR="203.0.113.9",
    )


def error_notes(response) -> list[str]:
    return re.findall(r'<p class="errornote">(.*?)</p>', response.content.decode())


# --- One form: username, password and code ---


def test_the_login_form_asks_for_all_three_at_once(client):
    page = client.get("/admin/login/").content.decode()

    assert 'name="username"' in page
    assert 'name="password"' in page
    assert 'name="otp_token"' in page


def test_the_right_password_and_code_sign_in_verified(client, enrolled):
    response = login(client, code=app_code(enrolled))

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/intake/submission/").status_code == 200


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("wrong guess", "right"),  # a wrong password with the right code
        (PASSWORD, "000000"),  # a wrong code
        (PASSWORD, "nocode99"),  # a wrong backup code
        (PASSWORD, ""),  # no code at all
        ("wrong guess", ""),
    ],
)
def test_any_wrong_part_gives_the_same_single_error(client, enrolled, password, code):
    if code == "right":
        code = app_code(enrolled)

    response = login(client, password=password, code=code)

    assert response.status_code == 200
    assert error_notes(response) == [
        ONE_ERROR + " All three may be case-sensitive.",
    ]
    assert "_auth_user_id" not in client.session


def test_a_wrong_code_does_not_say_the_password_was_right(client, enrolled):
    wrong_password = login(Client(), password="wrong guess", code="000000")
    wrong_code = login(Client(), password=PASSWORD, code="000000")

    assert error_notes(wrong_password) == error_notes(wrong_code)
    assert "code" not in str(wrong_code.context["form"].errors.get("otp_token", ""))


def test_wrong_codes_count_towards_the_lockout(client, enrolled, settings):
    from axes.models import AccessAttempt

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, code="000000").status_code == 200
    assert AccessAttempt.objects.get().failures_since_start == settings.AXES_FAILURE_LIMIT - 1
    assert login(client, code="000000").status_code == 429

    response = login(client, code=app_code(enrolled))  # now even the right code is refused

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_backup_code_signs_in_once(client, enrolled):
    assert login(client, code="backup01").status_code == 302
    assert login(Client(), code="backup01").status_code == 200


def test_non_staff_with_a_right_password_get_the_same_error(client, django_user_model):
    django_user_model.objects.create_user("pat", password="a long patient password")

    response = login(client, username="pat", password="a long patient password")

    assert error_notes(response) == [ONE_ERROR + " All three may be case-sensitive."]


# --- Self-service setup ---


def test_staff_without_a_device_are_taken_to_setup_after_the_password(client, reviewer):
    response = login(client)

    assert response.status_code == 302
    assert response["Location"] == SETUP
    # Nothing else opens until the setup is finished.
    blocked = client.get("/admin/intake/submission/")
    assert blocked.status_code == 302
    assert client.get(blocked["Location"])["Location"] == SETUP


def test_the_setup_page_shows_an_svg_qr_code_and_the_key(client, reviewer):
    login(client)

    response = client.get(SETUP)

    page = response.content.decode()
    device = TOTPDevice.objects.get(user=reviewer)
    assert response.status_code == 200
    assert device.confirmed is False
    assert "/admin/intake/submission/" not in page  # no links into the admin until set up
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert "<path" in svg
    assert "style" not in svg  # drawn with attributes, which the CSP allows
    assert response.context["key"].replace(" ", "") in page.replace(" ", "")
    assert "no-store" in response["Cache-Control"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)  # no inline script
    assert " style=" not in page


def test_a_wrong_setup_code_is_refused_and_confirms_nothing(client, reviewer):
    login(client)
    client.get(SETUP)

    response = client.post(SETUP, {"code": "000000"})

    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=reviewer, confirmed=True).exists()
    assert not StaticDevice.objects.filter(user=reviewer).exists()
    assert client.get("/admin/").status_code == 302


def test_the_right_code_confirms_and_shows_backup_codes_once(client, reviewer):
    login(client)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=reviewer)

    response = client.post(SETUP, {"code": code_for(device)})

    codes = response.context["codes"]
    page = response.content.decode()
    assert response.status_code == 200
    assert len(codes) == 10
    assert all(code in page for code in codes)
    assert "no-store" in response["Cache-Control"]
    device.refresh_from_db()
    assert device.confirmed is True
    stored = StaticToken.objects.filter(device__user=reviewer).values_list("token", flat=True)
    assert sorted(stored) == sorted(codes)
    assert client.get("/admin/intake/submission/").status_code == 200  # signed in, verified
    # The codes are nowhere to be seen again, not even by their owner.
    again = client.get(SETUP).content.decode()
    assert not any(code in again for code in codes)


def test_a_password_alone_cannot_replace_an_existing_device(client, enrolled):
    client.force_login(enrolled)  # the password was right, but no code was given

    response = client.get(SETUP)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.post(SETUP, {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=enrolled).count() == 1


def test_strangers_cannot_open_the_setup_page(client, django_user_model):
    assert client.get(SETUP).status_code == 302
    client.force_login(django_user_model.objects.create_user("pat", password="x" * 20))
    assert client.get(SETUP).status_code == 302
    assert not TOTPDevice.objects.exists()


def test_a_signed_in_member_can_set_up_a_new_app_which_replaces_the_old(client, enrolled):
    old = TOTPDevice.objects.get(user=enrolled)
    assert login(client, code=app_code(enrolled)).status_code == 302
    assert f'href="{SETUP}"' in client.get("/admin/").content.decode()  # in the user links
    page = client.get(SETUP)
    assert "replaces your current one" in page.content.decode()
    new = TOTPDevice.objects.get(user=enrolled, confirmed=False)

    response = client.post(SETUP, {"code": code_for(new)})

    assert response.status_code == 200
    assert list(TOTPDevice.objects.filter(user=enrolled)) == [new]
    assert not TOTPDevice.objects.filter(pk=old.pk).exists()
    assert not StaticToken.objects.filter(token="backup01").exists()


def test_a_code_used_a_moment_ago_says_to_wait_for_the_next(client, enrolled):
    code = app_code(enrolled)
    assert login(client, code=code).status_code == 302
    client.logout()

    response = login(client, code=code)  # the same code again, within its 30 seconds

    assert response.status_code == 200
    assert error_notes(response) == [
        "That code has just been used. Wait for your app to show the next code (a new one "
        "comes every 30 seconds), then enter that one."
    ]
    assert "_auth_user_id" not in client.session
    device = TOTPDevice.objects.get(user=enrolled)
    device.throttle_reset()  # django-otp's pause after a failure: the wait for the next code
    assert login(client, code=code_for(device, steps_ahead=1)).status_code == 302


# --- Two-factor optional (make run, or DJANGO_STAFF_REQUIRE_2FA=0) ---


def test_optional_two_factor_can_still_be_chosen_and_then_asks_for_the_code(
    client, reviewer, settings
):
    settings.STAFF_REQUIRE_2FA = False
    assert login(client).status_code == 302  # the password alone, with no app yet
    assert f'href="{SETUP}"' in client.get("/admin/").content.decode()

    page = client.get(SETUP)  # once this redirected for ever

    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=reviewer, confirmed=False)
    assert client.post(SETUP, {"code": code_for(device)}).status_code == 200
    device.refresh_from_db()
    assert device.confirmed is True

    client.logout()
    without_code = login(client)
    assert without_code.status_code == 200
    assert error_notes(without_code) == [ONE_ERROR + " All three may be case-sensitive."]
    assert login(client, code=code_for(device, steps_ahead=1)).status_code == 302
    assert client.get("/admin/intake/submission/").status_code == 200


def test_optional_two_factor_lets_members_without_an_app_work(client, reviewer, settings):
    settings.STAFF_REQUIRE_2FA = False

    response = login(client)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/intake/submission/").status_code == 200
    assert not TOTPDevice.objects.exists()  # nobody is pushed into setting one up


# --- Owners reset, and never see secrets ---


def test_an_owner_resets_a_members_devices_without_seeing_them(client, superuser, enrolled):
    key = TOTPDevice.objects.get(user=enrolled).key
    client.force_login(superuser)
    session = client.session
    owner_app = TOTPDevice.objects.create(user=superuser, confirmed=True)
    session["otp_device_id"] = owner_app.persistent_id
    session.save()

    response = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_two_factor", "_selected_action": [enrolled.pk]},
        follow=True,
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Reset two-factor login for 1 account" in page
    assert key not in page and "backup01" not in page
    assert not TOTPDevice.objects.filter(user=enrolled).exists()
    assert not StaticDevice.objects.filter(user=enrolled).exists()
    # At the next sign-in she is sent to set up a new app herself.
    assert login(Client(), code="")["Location"] == SETUP


def test_reviewers_cannot_reset_anyone(client, enrolled, django_user_model):
    other = django_user_model.objects.create_user("tom", password="x" * 20, is_staff=True)
    TOTPDevice.objects.create(user=other, confirmed=True)
    assert login(client, code=app_code(enrolled)).status_code == 302

    response = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_two_factor", "_selected_action": [other.pk]},
    )

    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=other).exists()


def test_the_device_admin_pages_that_show_keys_are_gone(client, superuser):
    client.force_login(superuser)
    device = TOTPDevice.objects.create(user=superuser, confirmed=True)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    assert client.get("/admin/").status_code == 200

    for url in [
        "/admin/otp_totp/totpdevice/",
        f"/admin/otp_totp/totpdevice/{device.pk}/config/",
        f"/admin/otp_totp/totpdevice/{device.pk}/qrcode/",
        "/admin/otp_static/staticdevice/",
    ]:
        assert client.get(url).status_code == 404, url


def test_the_reset_command_prints_no_secret(enrolled, capsys):
    from io import StringIO

    key = TOTPDevice.objects.get(user=enrolled).key
    out = StringIO()

    call_command("reset_2fa", "rita", stdout=out)

    assert "will set up a new authenticator app" in out.getvalue()
    assert key not in out.getvalue() and "backup01" not in out.getvalue()
    assert not TOTPDevice.objects.filter(user=enrolled).exists()


def test_the_reset_command_refuses_unknown_and_non_staff_accounts(django_user_model):
    django_user_model.objects.create_user("pat", password="a long password here")
    with pytest.raises(CommandError, match="No account called"):
        call_command("reset_2fa", "nobody")
    with pytest.raises(CommandError, match="is not a staff account"):
        call_command("reset_2fa", "pat")


def test_only_owners_have_the_user_change_permission_by_default(reviewer):
    change_user = Permission.objects.get(codename="change_user")
    assert change_user not in reviewer.groups.get().permissions.all()
