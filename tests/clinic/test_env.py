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


# --- Secrets from files (Docker secrets, systemd credentials) ---


def test_env_secret_reads_the_variable_when_there_is_no_file(monkeypatch):
    from clinic.env import env_secret

    monkeypatch.delenv("TOKEN_FILE", raising=False)
    monkeypatch.setenv("TOKEN", " s3cret ")
    assert env_secret("TOKEN") == "s3cret"
    monkeypatch.delenv("TOKEN")
    assert env_secret("TOKEN", "fallback") == "fallback"


def test_env_secret_reads_the_file_without_its_trailing_newline(monkeypatch, tmp_path):
    from clinic.env import env_secret

    secret = tmp_path / "token"
    secret.write_text("from-a-file\n")
    monkeypatch.delenv("TOKEN", raising=False)
    monkeypatch.setenv("TOKEN_FILE", str(secret))

    assert env_secret("TOKEN") == "from-a-file"


def test_env_secret_refuses_both_the_variable_and_the_file(monkeypatch, tmp_path):
    from clinic.env import env_secret

    (tmp_path / "token").write_text("one")
    monkeypatch.setenv("TOKEN", "two")
    monkeypatch.setenv("TOKEN_FILE", str(tmp_path / "token"))

    with pytest.raises(ImproperlyConfigured, match="Both TOKEN and TOKEN_FILE are set"):
        env_secret("TOKEN")


def test_env_secret_refuses_a_file_it_cannot_read_naming_the_variable(monkeypatch, tmp_path):
    from clinic.env import env_secret

    monkeypatch.delenv("TOKEN", raising=False)
    monkeypatch.setenv("TOKEN_FILE", str(tmp_path / "missing"))

    with pytest.raises(ImproperlyConfigured, match=r"TOKEN_FILE=.*missing.* cannot be read"):
        env_secret("TOKEN")
