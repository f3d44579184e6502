"""Gunicorn settings for a small clinic server (`make serve`).

Threaded workers: pages spend much of their time waiting on the database, and threads let
one process keep the cores busy during those waits without the memory of many processes.
"""

import multiprocessing
import os

from clinic.log_scrub import ACCESS_LOG_FORMAT, logging_config

workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count()))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
timeout = 30
graceful_timeout = 20
keepalive = 5
# The site's one logging configuration: gunicorn's records go through the same personal-data
# filter and handler as Django's. Access lines (GUNICORN_ACCESS_LOG=1) hold the path without
# its query string, so a staff search for a name never lands in them.
logconfig_dict = logging_config()
access_log_format = ACCESS_LOG_FORMAT
errorlog = "-"
