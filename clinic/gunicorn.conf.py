"""Gunicorn settings for a small clinic server (`make serve`).

Threaded workers: pages spend much of their time waiting on the database, and threads let
one process keep the cores busy during those waits without the memory of many processes.
"""

import multiprocessing
import os

workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count()))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
timeout = 30
graceful_timeout = 20
keepalive = 5
# Access logs hold URLs only (never personal data: none is ever put in a URL).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
