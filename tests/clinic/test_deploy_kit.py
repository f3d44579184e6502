"""The deployment kit (deploy/) runs commands that exist, with the settings file it documents."""

import re
from pathlib import Path

import pytest
from django.core.management import get_commands

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNITS = sorted(DEPLOY.glob("*.service"))


def test_every_command_the_units_run_exists():
    commands = {
        command for unit in UNITS for command in re.findall(r"manage\.py (\w+)", unit.read_text())
    }

    assert {"task_worker", "purge_intakes", "send_follow_ups", "clearsessions"} <= commands
    assert commands <= set(get_commands()), commands - set(get_commands())


@pytest.mark.parametrize("unit", UNITS, ids=lambda path: path.name)
def test_every_unit_runs_as_the_site_user_with_its_settings(unit):
    text = unit.read_text()

    assert "User=clinic" in text
    assert "EnvironmentFile=/etc/clinic/env" in text
    assert "ProtectSystem=strict" in text


def test_every_timer_has_its_service_and_catches_up_after_downtime():
    for timer in DEPLOY.glob("*.timer"):
        assert timer.with_suffix(".service").exists(), timer.name
        assert "Persistent=true" in timer.read_text()


def test_the_caddyfile_sends_the_headers_the_site_trusts():
    caddyfile = (DEPLOY / "Caddyfile").read_text()

    assert "header_up X-Forwarded-Proto {scheme}" in caddyfile
    assert "header_up X-Forwarded-For {remote_host}" in caddyfile  # replaced, never appended
    assert 'Cache-Control "public, max-age=31536000, immutable"' in caddyfile


def test_the_nginx_sample_sets_the_headers_instead_of_appending_to_them():
    nginx = (DEPLOY / "nginx.conf").read_text()

    assert "proxy_set_header X-Forwarded-Proto $scheme;" in nginx
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx
    assert "$proxy_add_x_forwarded_for" not in nginx
