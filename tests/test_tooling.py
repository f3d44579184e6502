"""The developer tools agree with each other."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pre_commit_runs_the_tool_versions_pinned_in_requirements_dev():
    config = (ROOT / ".pre-commit-config.yaml").read_text()
    pinned = dict(
        re.findall(r"^([\w-]+)==(\S+)$", (ROOT / "requirements-dev.txt").read_text(), re.M)
    )
    hooks = re.findall(r'"([\w-]+)==([^"]+)"', config)

    assert {name for name, _ in hooks} == {"ruff", "djhtml"}
    for name, version in hooks:
        assert pinned[name] == version, f"{name}: {version} in pre-commit, {pinned[name]} pinned"


def test_djhtml_indents_html_templates_only():
    # Plain-text email templates are sent as written: indenting them would change the emails.
    assert r"files: ^templates/.*\.html$  #" in (ROOT / ".pre-commit-config.yaml").read_text()
