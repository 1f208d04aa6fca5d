#!/usr/bin/env bash
# Build and start what production runs, as the Dockerfile and docker-compose.yml do: collectstatic
# and gunicorn under the production settings, against the database and broker in the environment
# (DATABASE_URL, CELERY_BROKER_URL). Then ask it for the health check, the login page and a hashed
# static file, and stop it again. Used by .ci/run; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${SMOKE_PORT:-8771}"
work="$(mktemp -d)"
gunicorn_pid=""
cleanup() {
  if [ -n "$gunicorn_pid" ]; then kill "$gunicorn_pid" 2>/dev/null || true; wait "$gunicorn_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=meppel_archief.settings.production
export SECRET_KEY="${SECRET_KEY:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(64))')}"
export ALLOWED_HOSTS=archief.meppel.nl
export STATIC_ROOT="$work/static"
export MEDIA_ROOT="$work/media"
export ARCHIEF_TEMP_ROOT="$work/tmp"
# No clamd in this smoke test: it checks that the build starts, not that uploads are scanned.
export CLAMAV_REQUIRED=false

.venv/bin/python manage.py migrate --noinput >/dev/null
.venv/bin/python manage.py collectstatic --noinput >/dev/null
test -s "$STATIC_ROOT/staticfiles.json"

.venv/bin/gunicorn meppel_archief.wsgi:application --config deploy/gunicorn.conf.py \
  --bind "127.0.0.1:$PORT" --workers 2 \
  --timeout 120 >"$work/gunicorn.log" 2>&1 &
gunicorn_pid=$!

fetch() {  # path -> body on stdout; fails on an HTTP error
  curl -fsS --max-time 10 -H "Host: archief.meppel.nl" -H "X-Forwarded-Proto: https" \
    "http://127.0.0.1:$PORT$1"
}
for _ in $(seq 60); do
  if fetch /healthz >/dev/null 2>&1; then break; fi
  if ! kill -0 "$gunicorn_pid" 2>/dev/null; then cat "$work/gunicorn.log"; exit 1; fi
  sleep 0.5
done
fetch /healthz >"$work/healthz.json" || { echo "healthz failed"; cat "$work/gunicorn.log"; exit 1; }
grep -q '"database"' "$work/healthz.json"
login="$(fetch /accounts/login/)"
echo "$login" | grep -q "Inloggen" || { echo "login page failed"; exit 1; }
css="$(echo "$login" | grep -o '/static/vendor/bootstrap/bootstrap\.min\.[0-9a-f]*\.css' | head -1)"
test -n "$css" || { echo "no hashed stylesheet on the login page"; exit 1; }
fetch "$css" >"$work/served.css"
grep -q "Bootstrap" "$work/served.css" || { echo "static file not served"; exit 1; }
echo "productie-build: collectstatic en gunicorn (productie-instellingen) werken"
