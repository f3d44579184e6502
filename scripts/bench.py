"""`make bench`: how fast the site is, served as in production, on this machine.

Method
------
1. Environment as in production: DEBUG off, a random secret key, plain HTTP on loopback
   (DJANGO_SECURE_SSL_REDIRECT=0), the bench's own database (never the shell's DATABASE_URL):
   an SQLite file in .bench/, or BENCH_DATABASE_URL, which must be a local database with
   "bench" in its name unless `--force` (make bench BENCH_ARGS=--force); Redis (database
   BENCH_REDIS_DB, default 13, emptied first) as the shared cache when it answers on
   127.0.0.1:6379; emails sent over SMTP to a local sink that keeps nothing, and
   the per-client intake limit raised (the benchmark is one client).
2. migrate, collectstatic, and `generate_submissions --count 100000` (tops up; a second run
   reuses the rows).
3. gunicorn with clinic/gunicorn.conf.py (its workers and threads), logs to .bench/. Then
   the bench waits up to a minute for the machine to be idle (other work skews everything),
   and reports how much CPU other work used while it measured (scripts/bench_cpu.py).
4. Pages: wrk on loopback, 16 connections, 2 threads, a 2 s warm-up, a 2 s pause, then 8 s
   measured per URL, Accept-Encoding gzip and br. How wrk's connections were spread over the
   gunicorn workers is shown; a run in which a worker got none is measured once more.
   Requests/s, p50 and p99 latency; each page's requests/s as a share of a hashed static
   file's (whitenoise, the ceiling), measured in the same run.
5. Page weight: each page and the stylesheets, scripts, icons and images it links, fetched
   compressed; body bytes as sent, request count, any URL on another host.
6. Intakes: 16 Python clients (threads) each making whole intakes (start page, each step's
   GET and POST, check page, the final POST with consent and the idempotency key, the
   confirmation), until 1000 are started or 30 s pass. Intakes/s, p50 and p99 of a whole
   intake, and the table checked afterwards: every confirmed reference saved, no extra rows.
7. Admin: in a separate process with the same settings, django.test.Client logged in as a
   superuser (past the second factor when the admin asks for one) requests the submission
   queue and one submission 20 times each: p50 time and the number of queries.
Everything started here is stopped at the end. Progress goes to stderr, the report (Markdown)
to stdout.
"""

import json
import os
import platform
import re
import runpy
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import ExitStack, closing
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from bench_cpu import CpuWatch, descendants, processes
from bench_http import page_weight, run_intakes

PROJECT = Path(__file__).resolve().parent.parent
BENCH_DIR = PROJECT / ".bench"
VENV_BIN = Path(sys.executable).parent
SUBMISSIONS = 100_000

PAGES = [
    ("home", "/", "content"),
    ("treatment", "/treatments/acupuncture/", "content"),
    (
        "compare (form)",
        "/treatments/compare/?m=acupressure&m=acupuncture&m=medical-massage",
        "content",
    ),
    ("curated comparison", "/treatments/compare/acupuncture-vs-acupressure/", "content"),
    ("intake start", "/intake/", "intake"),
]
STATIC_FILE = "css/clinic.css"
# pause: lets the server finish the warm-up's queued requests. Right after a run, a worker
# still busy with them accepts nothing, and the idle one would take all 16 new connections.
WRK = {"threads": 2, "connections": 16, "warm_up": 2, "pause": 2, "seconds": 8}
INTAKE_CLIENTS, INTAKE_MAX, INTAKE_SECONDS = 16, 1000, 30
ADMIN_REQUESTS = 20
QUIET_BELOW, QUIET_WAIT = 0.10, 60  # how idle the machine should be first, and how long to wait

# Targets from the issue.
CONTENT_SHARE, CONTENT_P99_MS, INTAKE_START_SHARE = 0.60, 50, 0.40
INTAKES_PER_SECOND = 50
ADMIN_P50_MS, ADMIN_QUERIES = 150, 10
PAGE_KB, PAGE_REQUESTS = 100, 15

STARTED = time.monotonic()


def progress(message: str) -> None:
    print(f"[bench {time.monotonic() - STARTED:5.0f} s] {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- Environment ---------------------------------------------------------------------------


def database_url() -> str:
    """The bench's own database, never the shell's DATABASE_URL (which may be production's):
    an SQLite file in .bench/, or BENCH_DATABASE_URL, checked by check_bench_database()."""
    return os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"


def check_bench_database(url: str, force: bool) -> None:
    """Refuses (unless --force) any database but a local one made for the bench: it gets
    100,000 made-up intakes and a superuser."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = Path(parts.path[1:] if parts.path.startswith("//") else parts.path)
        fine = path.resolve().is_relative_to(BENCH_DIR.resolve())
        reason = f"the SQLite file {path} is not in {BENCH_DIR}"
    else:
        name = parts.path.lstrip("/")
        local = (parts.hostname or "") in {"", "localhost", "127.0.0.1", "::1"}
        fine = local and "bench" in name
        reason = f"{name!r} on {parts.hostname} is not a local database named for the bench"
    if not fine and not force:
        raise SystemExit(
            f"make bench writes 100,000 made-up intakes and a superuser, and {reason}. Use a "
            "local database with 'bench' in its name (BENCH_DATABASE_URL), or add --force."
        )


def ensure_postgres_database(url: str) -> None:
    """Creates the PostgreSQL database named in the URL if it does not exist yet."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = parts._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            progress(f"creating PostgreSQL database {name}")
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def redis_url() -> str | None:
    """The bench's Redis database, emptied, if Redis answers on loopback; else None."""
    db = int(os.environ.get("BENCH_REDIS_DB", "13"))
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(f"SELECT {db}\r\nFLUSHDB\r\n".encode())
            reply = b""
            while reply.count(b"\r\n") < 2:
                chunk = sock.recv(100)
                if not chunk:
                    break
                reply += chunk
    except OSError:
        return None
    return f"redis://127.0.0.1:6379/{db}" if reply.startswith(b"+OK\r\n+OK") else None


def site_environment(db_url: str, cache_url: str | None, smtp_port: int) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": db_url,
        "EMAIL_BACKEND": "smtp",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "INTAKE_SUBMISSIONS_PER_HOUR": "1000000",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("REDIS_URL", None)
    env.pop("DATABASE_URL_FILE", None)  # the bench's own database only
    if cache_url:
        env["REDIS_URL"] = cache_url
    return env


def quiet(env: dict) -> dict:
    """The site's environment for helper commands: their output goes to stderr, warnings only."""
    return {**env, "DJANGO_LOG_LEVEL": "WARNING"}


def manage(env: dict, *args: str) -> None:
    progress("manage.py " + " ".join(args))
    subprocess.run(  # noqa: S603 -- fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=quiet(env),
        check=True,
        stdout=sys.stderr,
    )


def django_json(env: dict, *args: str) -> dict:
    """Runs scripts/bench_django.py and returns the JSON it prints."""
    done = subprocess.run(  # noqa: S603 -- fixed arguments
        [sys.executable, str(PROJECT / "scripts" / "bench_django.py"), *args],
        cwd=PROJECT,
        env=quiet(env),
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- Processes -----------------------------------------------------------------------------


def start(stack: ExitStack, name: str, command: list[str], env: dict) -> subprocess.Popen:
    """Starts a background process, logging to .bench/NAME.log; stopped when the stack closes."""
    log = stack.enter_context(open(BENCH_DIR / f"{name}.log", "w"))  # noqa: SIM115 -- stack closes it
    process = subprocess.Popen(  # noqa: S603 -- fixed arguments
        command, cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    stack.callback(stop, name, process)
    return process


def stop(name: str, process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    progress(f"stopping {name} (pid {process.pid})")
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # its own session: only what it started
        process.wait()


def wait_until_up(base_url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}; see .bench/gunicorn.log")
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer /healthz within a minute; see .bench/gunicorn.log")


def machine_busy(seconds: float = 3) -> float:
    """How busy all cores are over a few seconds, 0 to 1: other work on the machine skews every
    figure, so the report says how busy it was just before and after the measurements."""

    def busy_and_total() -> tuple[int, int]:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        return sum(values) - values[3] - values[4], sum(values)  # minus idle and iowait

    if not Path("/proc/stat").exists():
        return float("nan")
    busy_before, total_before = busy_and_total()
    time.sleep(seconds)
    busy_after, total_after = busy_and_total()
    return (busy_after - busy_before) / max(1, total_after - total_before)


def wait_for_quiet(most: float = QUIET_BELOW, seconds: float = QUIET_WAIT) -> float:
    """Waits (a little) for other work on the machine to stop; returns how busy it was last."""
    time.sleep(3)  # the last gunicorn workers finish loading the site
    deadline = time.monotonic() + seconds
    busy = machine_busy()
    while busy > most and time.monotonic() < deadline:
        progress(f"machine {busy:.0%} busy with other work; waiting for it to calm down")
        busy = machine_busy()
    progress(f"machine busy before measuring: {busy:.0%}")
    return busy


def gunicorn_settings() -> str:
    """Workers, threads and worker class, read from the config file gunicorn was given."""
    config = runpy.run_path(str(PROJECT / "clinic" / "gunicorn.conf.py"))
    workers, threads = config.get("workers", 1), config.get("threads", 1)
    return f"{workers} workers x {threads} threads ({config.get('worker_class', 'sync')})"


# --- Measurements --------------------------------------------------------------------------


def hashed_static_path() -> str:
    manifest = json.loads((PROJECT / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"][STATIC_FILE]


def wrk(url: str, seconds: int, gunicorn: subprocess.Popen | None = None) -> tuple[str, list]:
    """wrk's output, and how its connections were spread over the gunicorn workers (seen
    halfway through the run; an empty list if that cannot be seen)."""
    command = [
        "wrk",
        f"-t{WRK['threads']}",
        f"-c{WRK['connections']}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        "Accept-Encoding: gzip, br",
        url,
    ]
    process = subprocess.Popen(  # noqa: S603 -- fixed arguments
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    split = []
    if gunicorn is not None:
        time.sleep(seconds / 2)
        split = connections_per_worker(gunicorn, urlsplit(url).port)
    output, errors = process.communicate()
    if process.returncode:
        raise SystemExit(f"wrk failed: {errors.strip()}")
    return output, split


def connections_per_worker(gunicorn: subprocess.Popen, port: int) -> list[int]:
    """Open connections to `port` held by each gunicorn worker, most first (needs `ss`).

    Each worker accepts connections on its own, and wrk keeps its connections open, so one
    worker can end up with most or all of them and only one core serves the run."""
    if not shutil.which("ss"):
        return []
    workers = descendants(gunicorn.pid, processes())
    listing = subprocess.run(  # noqa: S603 -- fixed arguments
        ["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],  # noqa: S607
        capture_output=True,
        text=True,
    ).stdout
    owners = [int(pid) for pid in re.findall(r"pid=(\d+)", listing)]
    return sorted((owners.count(pid) for pid in workers), reverse=True)


def milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def parse_wrk(output: str) -> dict:
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)$", output, re.MULTILINE)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": milliseconds(latency["50"]),
        "p99_ms": milliseconds(latency["99"]),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "bad_status": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def status_of(url: str) -> int:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip, br"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def measure_pages(base_url: str, static_path: str, gunicorn: subprocess.Popen) -> dict:
    """wrk on each URL. A run in which a worker got none of the connections measured one
    core, not the server: it is run once more, and the report shows both."""
    results = {}
    for label, path, _kind in [("static file", static_path, "static"), *PAGES]:
        url = base_url + path
        status = status_of(url)
        progress(f"wrk {path} (HTTP {status})")
        wrk(url, WRK["warm_up"])
        result = {**measure_url(url, gunicorn), "first_rps": None}
        if 0 in result["split"]:
            progress(f"  a worker got no connections ({result['split']}); measuring once more")
            result = {**measure_url(url, gunicorn), "first_rps": result["rps"]}
        results[label] = {**result, "status": status}
    return results


def measure_url(url: str, gunicorn: subprocess.Popen) -> dict:
    time.sleep(WRK["pause"])
    output, split = wrk(url, WRK["seconds"], gunicorn)
    return {**parse_wrk(output), "split": split}


def measure_weights(base_url: str) -> dict:
    progress("page weight")
    return {label: page_weight(base_url, path) for label, path, _kind in PAGES}


def measure_intakes(base_url: str, env: dict, smtp_log: Path) -> dict:
    before = django_json(env, "rows")["rows"]
    emails_before = count_lines(smtp_log)
    progress(f"intakes: {INTAKE_CLIENTS} clients, up to {INTAKE_MAX} or {INTAKE_SECONDS} s")
    result = run_intakes(base_url, INTAKE_CLIENTS, INTAKE_MAX, INTAKE_SECONDS)
    references = result.pop("references")
    references_file = BENCH_DIR / "references.txt"
    references_file.write_text("".join(f"{reference}\n" for reference in references))
    after = django_json(env, "rows", str(references_file))
    # The worker sends the acknowledgements after the intakes: give it a minute to catch up.
    deadline = time.monotonic() + 60
    while count_lines(smtp_log) - emails_before < after["rows"] - before:
        if time.monotonic() > deadline:
            break
        time.sleep(0.5)
    result.update(
        rows_added=after["rows"] - before,
        lost=after["references"] - after["found"],  # confirmed to the patient, not in the table
        extra_rows=after["rows"] - before - after["found"],  # saved, never confirmed
        duplicate_references=len(references) - len(set(references)),
        emails=count_lines(smtp_log) - emails_before,
    )
    return result


def count_errors(log: Path) -> int:
    """Lines in a log that say something went wrong (tracebacks, errors, critical)."""
    words = re.compile(r"\b(ERROR|CRITICAL|Traceback)\b")
    return sum(1 for line in log.read_text().splitlines() if words.search(line))


def count_lines(path: Path) -> int:
    return len(path.read_text().splitlines()) if path.exists() else 0


def measure_admin(env: dict) -> dict:
    progress(f"admin: queue and one submission, {ADMIN_REQUESTS} requests each")
    return django_json(env, "admin", str(ADMIN_REQUESTS))


# --- Report --------------------------------------------------------------------------------


def met(ok: bool) -> str:
    return "yes" if ok else "**NO**"


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def pages_table(pages: dict) -> str:
    ceiling = pages["static file"]["rps"]
    rows = []
    for label, path, kind in [("static file", STATIC_FILE, "static"), *PAGES]:
        r = pages[label]
        share = r["rps"] / ceiling if ceiling else 0
        errors = ""
        if r["bad_status"] or r["status"] != 200:
            errors += f" ({r['bad_status']} non-2xx/3xx, first HTTP {r['status']})"
        if r["socket_errors"]:
            errors += f" (socket errors: {r['socket_errors']})"
        notes = errors
        if r["first_rps"] is not None:
            notes += f" (re-run; first run, one worker idle: {r['first_rps']:,.0f}/s)"
        if kind == "static":
            target, ok = "ceiling", "-"
        elif kind == "content":
            target = f">= {CONTENT_SHARE:.0%} of static, p99 < {CONTENT_P99_MS} ms"
            ok = met(share >= CONTENT_SHARE and r["p99_ms"] < CONTENT_P99_MS and not errors)
        else:
            target = f">= {INTAKE_START_SHARE:.0%} of static"
            ok = met(share >= INTAKE_START_SHARE and not errors)
        split = " + ".join(str(n) for n in r["split"]) or "?"
        rows.append(
            [f"{label} `{path}`{notes}", f"{r['rps']:,.0f}", f"{r['p50_ms']:.1f}",
             f"{r['p99_ms']:.1f}", f"{share:.1%}", split, target, ok]
        )  # fmt: skip
    header = ["Page", "Requests/s", "p50 ms", "p99 ms", "vs static", "Conns per worker"]
    return table([*header, "Target", "Met"], rows)


def intake_table(intakes: dict, on_postgres: bool) -> str:
    rate_target = f">= {INTAKES_PER_SECOND}/s on PostgreSQL"
    rate_ok = met(intakes["per_second"] >= INTAKES_PER_SECOND) if on_postgres else "n/a (SQLite)"
    zero_lost = intakes["lost"] == 0 and intakes["extra_rows"] == 0
    zero_lost = zero_lost and intakes["duplicate_references"] == 0 and intakes["failed"] == 0
    p50, p99 = intakes["p50_ms"], intakes["p99_ms"]
    failures = "; ".join(f"{k} x{v}" for k, v in intakes["failures"].items()) or "none"
    rows = [
        ["Intakes completed", f"{intakes['completed']:,} in {intakes['seconds']:.1f} s", "", ""],
        ["Intakes/s", f"{intakes['per_second']:.1f}", rate_target, rate_ok],
        ["Whole intake p50 / p99", f"{p50 or 0:,.0f} / {p99 or 0:,.0f} ms", "", ""],
        ["Client CPU (all its threads)", f"{intakes['client_cpu_seconds']:.1f} s", "", ""],
        ["Failed intakes", f"{intakes['failed']} ({failures})", "0", met(intakes["failed"] == 0)],
        ["Rows added / confirmed", f"{intakes['rows_added']:,} / {intakes['completed']:,}", "equal",
         met(intakes["rows_added"] == intakes["completed"])],
        ["Lost (confirmed, not saved)", intakes["lost"], "0", met(intakes["lost"] == 0)],
        ["Duplicated or unconfirmed rows", intakes["extra_rows"] + intakes["duplicate_references"],
         "0", met(intakes["extra_rows"] == 0 and intakes["duplicate_references"] == 0)],
        ["Acknowledgement emails sent", intakes["emails"], "one per intake",
         met(intakes["emails"] == intakes["completed"])],
        ["Overall", "", "zero lost", met(zero_lost)],
    ]  # fmt: skip
    steps = ", ".join(f"{request} {ms:.0f}" for request, ms in intakes["request_p50_ms"].items())
    return (
        table(["Intake flow", "Measured", "Target", "Met"], rows)
        + f"\n\nMedian ms per request within an intake, under this load: {steps}."
    )


def admin_table(admin: dict) -> str:
    rows = []
    for label, key in [("queue (changelist)", "queue"), ("one submission (change page)", "detail")]:
        r = admin[key]
        target = f"p50 < {ADMIN_P50_MS} ms, <= {ADMIN_QUERIES} queries"
        if "error" in r:
            rows.append([label, r["error"], "", "", target, "-"])
            continue
        ok = r["p50_ms"] < ADMIN_P50_MS and r["queries"] <= ADMIN_QUERIES
        rows.append(
            [label, f"{r['p50_ms']:.0f}", f"{r['p90_ms']:.0f}", r["queries"], target, met(ok)]
        )
    return table(["Admin page", "p50 ms", "p90 ms", "Queries", "Target", "Met"], rows)


def weight_table(weights: dict) -> str:
    rows = []
    for label, path, _kind in PAGES:
        r = weights[label]
        third_party = ", ".join(r["third_party"]) or "none"
        ok = (
            r["bytes"] <= PAGE_KB * 1024
            and not r["third_party"]
            and r["requests"] < PAGE_REQUESTS
            and r["status"] == 200
        )
        rows.append(
            [f"{label} `{path}`", r["requests"], f"{r['bytes'] / 1024:.1f}",
             f"{r['page_bytes'] / 1024:.1f} ({r['page_encoding']})", third_party,
             f"<= {PAGE_KB} KB, < {PAGE_REQUESTS} requests, no third-party", met(ok)]
        )  # fmt: skip
    return table(
        ["Page", "Requests", "KB total", "KB page (encoding)", "Third-party", "Target", "Met"],
        rows,
    )


def asset_list(weights: dict) -> str:
    assets = {}
    for r in weights.values():
        for path, status, size, encoding in r["assets"]:
            failed = "" if status == 200 else f" HTTP {status}"
            assets[path] = f"{size / 1024:.1f} KB {encoding}{failed}"
    return "Assets: " + "; ".join(f"`{path}` {info}" for path, info in assets.items())


def machine() -> str:
    cpu = platform.machine()
    memory = ""
    if Path("/proc/cpuinfo").exists():
        names = re.findall(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = names[0] if names else cpu
    if Path("/proc/meminfo").exists():
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB RAM"
    return f"{os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()}"


def interference(context: dict) -> str:
    """What other work on the machine may have done to the figures."""
    text = f"Machine busy just before measuring: {context['busy']:.0%}."
    other, window = context["other_cpu"]
    if other is not None:
        share = other / (window * (os.cpu_count() or 1))
        text += (
            f" Other work during the {window:.0f} s of measurements: {other:.1f} CPU-seconds, "
            f"{share:.0%} of the machine"
            + (" (**figures skewed**; run again on a quiet machine)." if share > 0.05 else ".")
        )
    return text


def report(context: dict, pages: dict, weights: dict, intakes: dict, admin: dict) -> str:
    on_postgres = context["db_url"].startswith(("postgres", "postgresql"))
    header = [
        f"## {'PostgreSQL' if on_postgres else 'SQLite'}, {context['date']}",
        "",
        f"Database: {'PostgreSQL' if on_postgres else 'SQLite (.bench/bench.sqlite3)'} with "
        f"{context['submissions']:,} submissions before the intake run. "
        f"Cache: {'Redis' if context['redis'] else 'local memory (Redis not answering)'}. "
        f"gunicorn: {context['gunicorn']}. Machine: {machine()}. "
        f"wrk: {WRK['threads']} threads, {WRK['connections']} connections, "
        f"{WRK['warm_up']} s warm-up, {WRK['pause']} s pause, {WRK['seconds']} s measured per URL. "
        f"Client and server share the machine. {interference(context)}",
    ]
    sections = [
        "\n".join(header),
        "### Pages (wrk)\n\n" + pages_table(pages),
        "### Page weight (compressed bodies, with CSS, JS, icons and images)\n\n"
        + weight_table(weights)
        + "\n\n"
        + asset_list(weights),
        f"### Intakes ({INTAKE_CLIENTS} concurrent clients, up to {INTAKE_MAX} intakes or "
        f"{INTAKE_SECONDS} s)\n\n" + intake_table(intakes, on_postgres),
        f"### Admin ({ADMIN_REQUESTS} requests each, in-process)\n\n" + admin_table(admin),
        f"Server log (.bench/gunicorn.log): {context['log_errors']} error lines. "
        f"Total bench time {time.monotonic() - STARTED:.0f} s.",
    ]
    return "\n\n".join(sections) + "\n"


# --- Main ----------------------------------------------------------------------------------


def require_wrk() -> None:
    if shutil.which("wrk"):
        return
    progress("installing wrk")
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True)  # noqa: S607
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")


def stop_on_sigterm(signum, frame) -> None:
    raise KeyboardInterrupt  # unwinds main(), which stops what it started


def main() -> None:
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    BENCH_DIR.mkdir(exist_ok=True)
    require_wrk()
    db_url = database_url()
    check_bench_database(db_url, force="--force" in sys.argv[1:])
    if db_url.startswith(("postgres", "postgresql")):
        ensure_postgres_database(db_url)
    cache_url = redis_url()
    smtp_port = http_port = free_port()
    while http_port == smtp_port:
        http_port = free_port()
    env = site_environment(db_url, cache_url, smtp_port)
    base_url = f"http://127.0.0.1:{http_port}"
    smtp_log = BENCH_DIR / "smtp.log"
    smtp_log.unlink(missing_ok=True)
    shown = urlsplit(db_url)._replace(netloc=urlsplit(db_url).hostname or "").geturl()
    progress(f"database {shown}, cache {cache_url or 'local memory'}")

    with ExitStack() as stack:
        start(
            stack,
            "smtp-sink",
            [sys.executable, "scripts/smtp_sink.py", str(smtp_port), str(smtp_log)],
            env,
        )
        manage(env, "migrate", "--no-input", "--verbosity", "0")
        manage(env, "collectstatic", "--no-input", "--verbosity", "0")
        # --force: DEBUG is off here by design; check_bench_database() vouched for the database.
        manage(env, "generate_submissions", "--count", str(SUBMISSIONS), "--force")
        submissions = django_json(env, "rows")["rows"]
        progress(f"starting gunicorn on {base_url}")
        gunicorn = start(
            stack,
            "gunicorn",
            [str(VENV_BIN / "gunicorn"), "clinic.wsgi", "--config", "clinic/gunicorn.conf.py",
             "--bind", f"127.0.0.1:{http_port}"],
            env,
        )  # fmt: skip
        wait_until_up(base_url, gunicorn)
        # The task worker sends the intakes' emails, as in production.
        start(stack, "worker", [sys.executable, "manage.py", "db_worker", "--no-reload"], env)
        busy_before = wait_for_quiet()
        watch, window_started = CpuWatch(), time.monotonic()
        pages = measure_pages(base_url, hashed_static_path(), gunicorn)
        weights = measure_weights(base_url)
        intakes = measure_intakes(base_url, env, smtp_log)
        admin = measure_admin(env)
        other_cpu, window = watch.other_seconds(), time.monotonic() - window_started
    context = {
        "busy": busy_before,
        "other_cpu": (other_cpu, window),
        "log_errors": count_errors(BENCH_DIR / "gunicorn.log"),
        "db_url": db_url,
        "redis": cache_url,
        "submissions": submissions,
        "gunicorn": gunicorn_settings(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    progress("done")
    print(report(context, pages, weights, intakes, admin))


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        progress("interrupted; what the bench started is stopped")
        sys.exit(130)
