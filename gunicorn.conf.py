"""gunicorn settings for the dashboard (used by the Dockerfile: gunicorn -c gunicorn.conf.py app:server).

Each worker loads and validates the data once and keeps one headless Chromium for image export
(about 150 MB), so workers are few; threads absorb concurrent callbacks, which mostly wait on
the cache or on numpy and release the GIL little but are short (a few ms).
"""
import os

bind = f"{os.environ.get('DASH_HOST', '0.0.0.0')}:{os.environ.get('DASH_PORT', '8050')}"
workers = int(os.environ.get("WEB_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", "4"))
# Image and deck exports can take a few seconds; anything longer is stuck.
timeout = int(os.environ.get("WEB_TIMEOUT", "60"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak (e.g. in the export browser) cannot grow forever.
max_requests = int(os.environ.get("WEB_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
# Access logs come from the app as JSON lines (serving/observability.py).
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# gunicorn 27 opens a control socket in ~/.gunicorn by default; a container does not need it.
control_socket_disable = True
