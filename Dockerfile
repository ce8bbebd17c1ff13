# The dashboard behind gunicorn, with Debian's Chromium for image export.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    DASH_HOST=0.0.0.0 DASH_PORT=8050

RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-liberation \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
# docker-sync: the same install the test suite replays in a fresh virtualenv (tests/test_deploy.py)
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
RUN useradd --create-home --uid 10001 dashboard && chown -R dashboard /app
USER dashboard

EXPOSE 8050
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8050/healthz', timeout=4)"

CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:server"]
