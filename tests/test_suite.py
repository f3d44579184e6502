"""How `make test` runs the suite: the promises the README makes about it."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pytest_prints_the_reason_for_every_skipped_test():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]
    assert "-rs" in options["ini_options"]["addopts"].split()


def test_make_test_runs_the_suite_in_parallel_workers():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^\t\$\(VPY\) -m pytest -n \$\(TEST_WORKERS\)", makefile, re.MULTILINE)
    assert re.search(r"^TEST_WORKERS \?= auto$", makefile, re.MULTILINE)
