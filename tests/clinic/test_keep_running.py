"""scripts/keep-running, which `make run` and `make serve` start the task worker with: a
worker that dies is started again, one that was asked to stop is not, and SIGTERM stops both
the script and the worker."""

import os
import signal
import subprocess
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "keep-running"


def keep_running(command: str, tmp_path: Path) -> subprocess.Popen:
    env = {**os.environ, "RESTART_DELAY": "0.1", "RUNS": str(tmp_path / "runs")}
    return subprocess.Popen(
        [SCRIPT, "sh", "-c", command], env=env, stderr=subprocess.PIPE, text=True
    )


def runs(tmp_path: Path) -> int:
    path = tmp_path / "runs"
    return len(path.read_text().splitlines()) if path.exists() else 0


def wait_for(check, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_command_that_dies_is_started_again(tmp_path):
    process = keep_running('echo run >> "$RUNS"; kill -KILL $$', tmp_path)
    try:
        wait_for(lambda: runs(tmp_path) >= 3)
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=10)

    assert process.returncode == 0
    assert "exited with status 137; starting it again" in errors


def test_a_command_that_stops_cleanly_is_not_started_again(tmp_path):
    process = keep_running('echo run >> "$RUNS"; exit 0', tmp_path)

    assert process.wait(timeout=10) == 0
    time.sleep(0.3)
    assert runs(tmp_path) == 1


def test_sigterm_stops_the_command_and_then_the_script(tmp_path):
    process = keep_running(
        'trap "echo stopped >> \\"$RUNS\\"; exit 0" TERM; echo run >> "$RUNS"; '
        "while :; do sleep 0.05; done",
        tmp_path,
    )
    wait_for(lambda: runs(tmp_path) == 1)

    process.send_signal(signal.SIGTERM)

    assert process.wait(timeout=10) == 0
    assert (tmp_path / "runs").read_text().split() == ["run", "stopped"]
