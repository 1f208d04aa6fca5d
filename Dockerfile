# One image for web, worker and beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=meppel_archief.settings.production \
    OMP_THREAD_LIMIT=1

COPY scripts/install-system-packages.sh /tmp/install-system-packages.sh
RUN /tmp/install-system-packages.sh && rm -rf /var/lib/apt/lists/* /tmp/install-system-packages.sh

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
RUN SECRET_KEY=build-only-$(head -c 48 /dev/urandom | base64 | tr -d '/+=') \
    python manage.py collectstatic --noinput \
 && useradd --system --uid 10001 --home /app archief \
 && mkdir -p /data/media && chown archief /data/media

USER archief
EXPOSE 8000
CMD ["gunicorn", "meppel_archief.wsgi:application", "--config", "deploy/gunicorn.conf.py", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "120"]
