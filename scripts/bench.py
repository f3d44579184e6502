"""`make bench`: the site served as in production, measured with standard tools, one table out.

gunicorn (DEBUG off, plain HTTP on loopback) and the real `task_worker` sending emails to
aiosmtpd's sink, on PostgreSQL with 100,000 generated submissions in the bench's own database.
wrk measures the pages beside a static file; locust (scripts/locustfile.py) sends whole
intakes; the admin queue is timed here with Django's test client. Method and targets:
docs/performance.md. Progress and tools' output go to stderr, the table to stdout.
"""

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import psycopg
import redis
from psycopg import sql

PROJECT = Path(__file__).resolve().parent.parent
BENCH_DIR, VENV_BIN = PROJECT / ".bench", Path(sys.executable).parent
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/clinic_bench"
PAGES = {  # label: (path, the share of the static file's requests/s it must reach)
    "home": ("/", 0.60),
    "a treatment": ("/treatments/acupuncture/", 0.60),
    "a comparison": ("/treatments/compare/acupuncture-vs-acupressure/", 0.60),
    "intake start": ("/intake/", 0.40),
    # A week of free times, computed per request (never cached): service 1 is the seeded
    # medical massage first visit, in the example diaries every fresh database has.
    "free times": ("/book/1/", 0.15),
}
CONTENT_P99_MS, ADMIN_P50_MS, ADMIN_QUERIES, INTAKES_PER_SECOND = 50, 150, 10, 50
INTAKE_CPU_MS = 50  # site + worker + PostgreSQL, per complete intake (issue 27)
WRK = ["wrk", "-t2", "-c16", "--latency", "-H", "Accept-Encoding: gzip, br"]
# The site as in production, over plain HTTP on loopback; every locust user has one address.
SITE_ENVIRONMENT = """
    DJANGO_SETTINGS_MODULE=clinic.settings DJANGO_DEBUG=0 DJANGO_SECURE_SSL_REDIRECT=0
    DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost DJANGO_LOG_LEVEL=WARNING
    EMAIL_BACKEND=smtp EMAIL_HOST=127.0.0.1 EMAIL_USE_TLS=0 EMAIL_HOST_USER=
    INTAKE_SUBMISSIONS_PER_HOUR=1000000
"""
progress = partial(print, "[bench]", file=sys.stderr, flush=True)


def bench_database(force: bool) -> str:
    """BENCH_DATABASE_URL or clinic_bench, never the shell's DATABASE_URL (production's, maybe).
    Anything but a local PostgreSQL database named for the bench is refused unless --force:
    it gets 100,000 made-up intakes and a superuser."""
    url = os.environ.get("BENCH_DATABASE_URL") or DEFAULT_DATABASE
    parts = urlsplit(url)
    name, local = parts.path.lstrip("/"), parts.hostname in {None, "localhost", "127.0.0.1", "::1"}
    if not parts.scheme.startswith("postgres"):
        raise SystemExit(f"make bench runs on PostgreSQL: {url!r} is not a postgres:// URL.")
    if not (local and "bench" in name) and not force:
        why = "is not a local database named for the bench (it gets made-up intakes)"
        raise SystemExit(f"{name!r} on {parts.hostname} {why}. Set BENCH_DATABASE_URL, or --force.")
    return url


def create_database(url: str) -> None:
    parts, name = urlsplit(url), urlsplit(url).path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def set_environment(db_url: str, smtp_port: int) -> None:
    """Production-like settings for this process and all it starts; Redis (BENCH_REDIS_DB,
    default 13, emptied) as the shared cache if it answers."""
    for name in ("DATABASE_URL_FILE", "REDIS_URL", "REDIS_URL_FILE", "SENTRY_DSN"):
        os.environ.pop(name, None)
    os.environ.update((item.split("=", 1) for item in SITE_ENVIRONMENT.split()),
                      DJANGO_SECRET_KEY=secrets.token_urlsafe(50), DATABASE_URL=db_url,
                      EMAIL_PORT=str(smtp_port))  # fmt: skip
    cache = f"redis://127.0.0.1:6379/{os.environ.get('BENCH_REDIS_DB', '13')}"
    with contextlib.suppress(redis.RedisError):
        redis.Redis.from_url(cache, socket_timeout=2).flushdb()
        os.environ["REDIS_URL"] = cache


def require_wrk() -> None:
    apt = ([] if os.geteuid() == 0 else ["sudo"]) + ["apt-get", "-q", "-y"]
    if not shutil.which("wrk") and subprocess.run([*apt, "install", "wrk"]).returncode:
        subprocess.run([*apt, "update"], check=True)
        subprocess.run([*apt, "install", "wrk"], check=True)


def start(stack: ExitStack, name: str, command: list[str]) -> psutil.Popen:
    """A background process logging to .bench/NAME.log, stopped when the stack closes."""
    log = stack.enter_context(open(BENCH_DIR / f"{name}.log", "w"))  # noqa: SIM115
    process = psutil.Popen(command, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT)
    stack.callback(process.wait, 30)
    stack.callback(process.terminate)  # callbacks run last in, first out: this one first
    return process


def wrk(url: str, seconds: int) -> tuple[float, float, int]:
    """Requests/s, p99 in ms, and the responses that were not 2xx or 3xx."""
    out = subprocess.run([*WRK, f"-d{seconds}s", url], capture_output=True, text=True).stdout
    if not (p99 := re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)$", out, re.MULTILINE)):
        raise SystemExit(f"wrk gave no latencies for {url}:\n{out}")
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return rps, float(p99[1]) * {"us": 0.001, "ms": 1, "s": 1000}[p99[2]], int(bad[1] if bad else 0)


def measure_pages(base_url: str, seconds: int) -> list[tuple]:
    """Each page after a 2 s warm-up, beside a hashed static file (whitenoise: the ceiling)."""
    manifest = json.loads((PROJECT / "staticfiles" / "staticfiles.json").read_text())
    paths = {"static file": "/static/" + manifest["paths"]["css/clinic.css"]}
    results = {}
    for label, path in (paths | {label: path for label, (path, _) in PAGES.items()}).items():
        progress(f"wrk {path}: a 2 s warm-up, then {seconds} s")
        subprocess.run([*WRK, "-d2s", base_url + path], capture_output=True)
        time.sleep(1)  # the server finishes the warm-up's requests first
        results[label] = wrk(base_url + path, seconds)
    static_rps, static_p99, _ = results["static file"]
    rows = [("static file", f"{static_rps:,.0f} req/s, p99 {static_p99:.1f} ms", "ceiling")]
    for label, (_path, needed) in PAGES.items():
        (rps, p99, bad), share, content = (
            results[label],
            results[label][0] / static_rps,
            needed > 0.4,
        )
        ok, by = share >= needed and not bad, f"{(share - needed) * 100:+.0f} points"
        if content:
            ok, by = ok and p99 < CONTENT_P99_MS, by + f", p99 {p99 - CONTENT_P99_MS:+.0f} ms"
        rows.append((label, f"{rps:,.0f} req/s ({share:.0%}), p99 {p99:.1f} ms"
                     + f", {bad} non-2xx/3xx" * bool(bad), f">= {needed:.0%} of static"
                     + f", p99 < {CONTENT_P99_MS} ms" * content, met(ok), by))  # fmt: skip
    return rows


def cpu_seconds(site: psutil.Process, worker: psutil.Process) -> dict[tuple, float]:
    """CPU seconds used so far by gunicorn and its workers, the task worker, and PostgreSQL's
    backends for the bench's database (their command line names it), by role and process."""
    found = {("site", p) for p in [site, *site.children(recursive=True)]} | {("worker", worker)}
    database = f" {urlsplit(os.environ['DATABASE_URL']).path.lstrip('/')} "
    for p in psutil.process_iter(["name", "cmdline"]):
        if p.info["name"] == "postgres" and database in " ".join(p.info["cmdline"] or []):
            found.add(("PostgreSQL", p))
    times = {}
    for role, p in found:
        with contextlib.suppress(psutil.Error):  # it ended meanwhile
            times[role, p.pid] = sum(p.cpu_times()[:2])
    return times


def run_locust(base_url: str, args) -> dict:
    """Locust, headless, its summary to stderr; returns what the locustfile saved. When time
    is up, users finish the intake they are in (--stop-timeout)."""
    command = [VENV_BIN / "locust", "-f", PROJECT / "scripts" / "locustfile.py", "--headless"]
    command += ["--only-summary", "--host", base_url, "--stop-timeout", "60"]
    command += ["-u", str(args.users), "-r", str(args.users), "-t", f"{args.intake_seconds}s"]
    results = BENCH_DIR / "locust.json"
    results.unlink(missing_ok=True)
    # Not check=True: locust exits 1 when a request failed, and the table says so.
    subprocess.run(command, env={**os.environ, "BENCH_RESULTS": results}, stdout=sys.stderr)
    return json.loads(results.read_text())


def measure_intakes(base_url: str, args, site, worker) -> list[tuple]:
    """Whole intakes with locust; then every confirmed intake must be a row (no other row), and
    its emails queued and sent by the worker (marked sent once the SMTP sink accepted them)."""
    from intake.models import EmailSend, Submission

    new = Submission.objects.filter(pk__gt=Submission.objects.order_by("-pk").first().pk)
    emails = EmailSend.objects.filter(submission__in=new)
    cpu_before = cpu_seconds(site, worker)
    progress(f"locust: {args.users} users sending whole intakes for {args.intake_seconds} s")
    locust = run_locust(base_url, args)
    cpu_after = cpu_seconds(site, worker)
    progress("waiting (a minute at most) for the worker to send the queued emails")
    for _ in range(120):
        if not emails.filter(status=EmailSend.Status.QUEUED).exists():
            break
        time.sleep(0.5)
    done, failed = len(locust["references"]), sum(locust["failures"].values())
    rate, rows = done / max(0.001, locust["seconds"]), new.count()
    found = new.filter(reference__in=locust["references"]).count()
    acknowledgements = emails.filter(kind=EmailSend.Kind.ACKNOWLEDGEMENT).count()
    queued, sent = emails.count(), emails.filter(status=EmailSend.Status.SENT).count()
    cpu = dict.fromkeys(["site", "worker", "PostgreSQL"], 0.0)
    for (role, pid), seconds in cpu_after.items():
        cpu[role] += (seconds - cpu_before.get((role, pid), 0.0)) * 1000 / max(1, done)
    why = "".join(f"; {reason} x{n}" for reason, n in locust["failures"].items())
    lost = done - found + rows - found
    return [
        ("complete intakes", f"{rate:.1f}/s ({done:,} done, {failed} failed{why})",
         f">= {INTAKES_PER_SECOND}/s", met(rate >= INTAKES_PER_SECOND),
         f"{rate / INTAKES_PER_SECOND - 1:+.0%}"),
        ("none lost", f"{rows:,} new rows, {found:,} with a confirmed reference", "each confirmed"
         " intake a row, no other, none failed", met(not lost and not failed), f"{lost} lost"),
        ("emails via the task queue", f"{acknowledgements:,} acknowledgements; {queued:,} "
         f"queued, {sent:,} sent", "one acknowledgement a row; every email sent",
         met(acknowledgements == rows and queued == sent), f"{queued - sent} unsent"),
        ("CPU per complete intake", f"{sum(cpu.values()):.0f} ms ("
         + ", ".join(f"{role} {ms:.0f}" for role, ms in cpu.items()) + ")",
         f"<= {INTAKE_CPU_MS} ms", met(done and sum(cpu.values()) <= INTAKE_CPU_MS),
         f"{sum(cpu.values()) - INTAKE_CPU_MS:+.0f} ms"),
    ]  # fmt: skip


def measure_admin_queue(requests: int) -> tuple:
    """The staff's queue (the Submission changelist) as a superuser past the second factor:
    the median of `requests` after two to warm up, and the queries of one more."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    superuser = {"is_staff": True, "is_superuser": True}
    user, _ = get_user_model().objects.update_or_create(username="bench", defaults=superuser)
    client, url = Client(HTTP_HOST="127.0.0.1"), reverse("admin:intake_submission_changelist")
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = StaticDevice.objects.get_or_create(user=user)[0].persistent_id
    session.save()
    timings, statuses = [], set()
    for _ in range(requests + 2):
        began = time.perf_counter()
        statuses.add(client.get(url).status_code)
        timings.append((time.perf_counter() - began) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    p50, count, http = statistics.median(timings[2:]), len(queries), "/".join(map(str, statuses))
    ok = p50 < ADMIN_P50_MS and count <= ADMIN_QUERIES and statuses == {200}
    return ("admin queue, 100,000 rows", f"p50 {p50:.0f} ms, {count} queries, HTTP {http}",
            f"p50 < {ADMIN_P50_MS} ms, <= {ADMIN_QUERIES} queries", met(ok),
            f"{p50 - ADMIN_P50_MS:+.0f} ms, {count - ADMIN_QUERIES:+d} queries")  # fmt: skip


def met(ok: bool) -> str:
    return "pass" if ok else "**MISS**"


def table(rows: list[tuple]) -> str:
    lines = ["| What | Measured | Target | Met | By how much |", "|---|---|---|---|---|"]
    return "\n".join(lines + ["| " + " | ".join((*row, "", "")[:5]) + " |" for row in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--page-seconds", type=int, default=10, help="wrk, per URL")
    parser.add_argument("--intake-seconds", type=int, default=30, help="locust")
    parser.add_argument("--users", type=int, default=16, help="locust users")
    parser.add_argument("--admin-requests", type=int, default=20)
    parser.add_argument("--force", action="store_true", help="any database (it gets written)")
    args = parser.parse_args()
    BENCH_DIR.mkdir(exist_ok=True)
    require_wrk()
    create_database(db_url := bench_database(args.force))
    with socket.create_server(("127.0.0.1", 0)) as a, socket.create_server(("127.0.0.1", 0)) as b:
        http_port, smtp_port = a.getsockname()[1], b.getsockname()[1]  # free ones
    set_environment(db_url, smtp_port)
    sys.path.insert(0, str(PROJECT))
    import django
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink
    from django.core.management import call_command

    django.setup()
    for command in ["migrate", "collectstatic"]:
        call_command(command, "--no-input", verbosity=0)
    call_command("generate_submissions", "--count", "100000", "--force", stdout=sys.stderr)
    # The tables as autovacuum keeps them in a running clinic: planner statistics and a
    # visibility map, which a bulk insert minutes ago has not had yet (the queue's count reads
    # its partial index alone only then).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    base_url = f"http://127.0.0.1:{http_port}"
    gunicorn = [VENV_BIN / "gunicorn", "clinic.wsgi", "--config", "clinic/gunicorn.conf.py"]
    with ExitStack() as stack:
        controller = Controller(Sink(), hostname="127.0.0.1", port=smtp_port)
        controller.start()
        stack.callback(controller.stop)
        progress(f"gunicorn on {base_url}, the task worker, an SMTP sink on port {smtp_port}")
        site = start(stack, "gunicorn", [*gunicorn, "--bind", f"127.0.0.1:{http_port}"])
        worker = start(stack, "worker", [sys.executable, "manage.py", "task_worker"])
        for _ in range(120):  # gunicorn answers within a minute
            with contextlib.suppress(OSError), urllib.request.urlopen(base_url + "/healthz"):
                break
            time.sleep(0.5)
        rows = measure_pages(base_url, args.page_seconds)
        rows += measure_intakes(base_url, args, site, worker)
    progress(f"admin queue: {args.admin_requests} requests")
    print(table([*rows, measure_admin_queue(args.admin_requests)]))


if __name__ == "__main__":
    main()
