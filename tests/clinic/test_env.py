import pytest
from django.core.exceptions import ImproperlyConfigured

from clinic.env import env_bool, env_int, env_list, env_str


@pytest.mark.parametrize("raw", ["1", "true", "YES", " on "])
def test_env_bool_reads_true_words(monkeypatch, raw):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG", False) is True


@pytest.mark.parametrize("raw", ["0", "false", "No", "off"])
def test_env_bool_reads_false_words(monkeypatch, raw):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG", True) is False


def test_env_bool_uses_default_when_unset_or_blank(monkeypatch):
    monkeypatch.delenv("FLAG", raising=False)
    assert env_bool("FLAG", True) is True
    monkeypatch.setenv("FLAG", "  ")
    assert env_bool("FLAG", False) is False


def test_env_bool_refuses_other_words_naming_the_variable(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG='maybe' is not a boolean"):
        env_bool("FLAG", False)


def test_env_int_reads_numbers_and_refuses_words(monkeypatch):
    monkeypatch.setenv("COUNT", "42")
    assert env_int("COUNT", 1) == 42
    monkeypatch.setenv("COUNT", "forty")
    with pytest.raises(ImproperlyConfigured, match="COUNT='forty' is not a whole number"):
        env_int("COUNT", 1)


def test_env_int_refuses_values_below_the_minimum(monkeypatch):
    monkeypatch.setenv("COUNT", "-5")
    with pytest.raises(ImproperlyConfigured, match="least allowed is 0"):
        env_int("COUNT", 1, minimum=0)


def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch):
    monkeypatch.setenv("HOSTS", " a.example , ,b.example,")
    assert env_list("HOSTS") == ["a.example", "b.example"]
    monkeypatch.delenv("HOSTS")
    assert env_list("HOSTS", ["localhost"]) == ["localhost"]


def test_env_str_strips_and_defaults(monkeypatch):
    monkeypatch.setenv("NAME", "  Clinic  ")
    assert env_str("NAME") == "Clinic"
    monkeypatch.delenv("NAME")
    assert env_str("NAME", "x") == "x"
