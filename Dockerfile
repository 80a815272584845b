# Riposte API: slim Python 3.11, non-root, migrations then uvicorn.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    RIPOSTE_DATABASE_URL=sqlite:////data/riposte.db \
    RIPOSTE_LOG_LEVEL=info \
    RIPOSTE_TRUSTED_PROXIES=127.0.0.1 \
    RIPOSTE_EVIDENCE_STORE=file:///data/evidence

WORKDIR /srv/riposte
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
RUN pip install --no-cache-dir . \
    && useradd --system --uid 10001 --home-dir /srv/riposte riposte \
    && mkdir -p /data && chown riposte /data

USER riposte
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"

# Several replicas may start together: migrations wait on a PostgreSQL advisory lock.
# X-Forwarded-* headers are believed only from RIPOSTE_TRUSTED_PROXIES (links, client IP).
# riposte serve: uvicorn with a 10 s deadline on request headers, 30 s on bodies, 5 s
# keep-alive, 200 connections at most (503 beyond), 20 s graceful shutdown.
CMD ["sh", "-c", "riposte migrate && exec riposte serve --host 0.0.0.0 --port 8000 --proxy-headers --forwarded-allow-ips \"$RIPOSTE_TRUSTED_PROXIES\""]
