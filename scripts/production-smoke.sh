#!/usr/bin/env bash
# Build and start what production runs, as the Dockerfile and docker-compose.yml do: collectstatic
# and gunicorn under the production settings, and a real Celery worker, against the database and
# broker in the environment (DATABASE_URL, CELERY_BROKER_URL). As in docker-compose, migrations run
# as DATABASE_URL's role (the owner of the tables) and the web process and the worker connect as
# an application role that owns no table (manage.py db_roles). Then: the health check, the login
# page and a hashed static file; and the production scenario over HTTP (scripts/
# production_scenario.py: log in, submit a 5,000-message export (SCENARIO_MESSAGES), 2FA, archive
# on the review page, the worker's PDF/A, the Woo officer's search and record page, /healthz).
# Used by .ci/run; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${SMOKE_PORT:-8771}"
work="$(mktemp -d)"
gunicorn_pid=""
worker_pid=""
cleanup() {
  for pid in $gunicorn_pid $worker_pid; do
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  done
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

: "${DATABASE_URL:?DATABASE_URL (PostgreSQL) ontbreekt}"
: "${CELERY_BROKER_URL:?CELERY_BROKER_URL (Redis) ontbreekt: de rooktest start een echte worker}"
.venv/bin/python manage.py migrate --noinput >/dev/null
.venv/bin/python manage.py collectstatic --noinput >/dev/null
test -s "$STATIC_ROOT/staticfiles.json"

# Demo users, selectielijst and zaken (as the owner), and an authenticator for Informatiebeheer.
export DEMO_PASSWORD="smoke-$(.venv/bin/python -c 'import secrets; print(secrets.token_hex(8))')"
.venv/bin/python manage.py load_demo --zonder-voorbeelden >/dev/null
setup_out="$(.venv/bin/python manage.py shell --verbosity 0 -c '
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from zaken.models import Zaak
users = get_user_model().objects.filter(username__in=["informatiebeheer", "woo"])
TOTPDevice.objects.filter(user__in=users).delete()
same_key = {}
for user in users:  # one key for both: the scenario computes one code
    device = TOTPDevice.objects.create(user=user, name="rooktest", confirmed=True, **same_key)
    same_key = {"key": device.key}
print(device.key, Zaak.objects.filter(resultaat__isnull=False).order_by("pk").first().pk)
')"
read -r totp_key zaak_pk <<<"$(echo "$setup_out" | tail -n 1)"

# The application's own role, as in docker-compose: it owns no table.
db_name="$(.venv/bin/python -c 'import os, urllib.parse as u; print(u.urlsplit(os.environ["DATABASE_URL"]).path.lstrip("/"))')"
export SMOKE_APP_ROLE="${db_name}_app"
export SMOKE_APP_PASSWORD="$(.venv/bin/python -c 'import secrets; print(secrets.token_hex(16))')"
.venv/bin/python manage.py db_roles --app-role "$SMOKE_APP_ROLE" --password-env SMOKE_APP_PASSWORD >/dev/null
app_url="$(.venv/bin/python -c '
import os, urllib.parse as u
parts = u.urlsplit(os.environ["DATABASE_URL"])
host = parts.hostname + (f":{parts.port}" if parts.port else "")
netloc = os.environ["SMOKE_APP_ROLE"] + ":" + os.environ["SMOKE_APP_PASSWORD"] + "@" + host
print(u.urlunsplit(parts._replace(netloc=netloc)))
')"

DATABASE_URL="$app_url" .venv/bin/celery -A meppel_archief worker --loglevel WARNING \
  --concurrency 1 --without-gossip --without-mingle --without-heartbeat >"$work/worker.log" 2>&1 &
worker_pid=$!
DATABASE_URL="$app_url" .venv/bin/gunicorn meppel_archief.wsgi:application --config deploy/gunicorn.conf.py \
  --bind "127.0.0.1:$PORT" --workers 2 --timeout 120 >"$work/gunicorn.log" 2>&1 &
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
echo "$login" | grep -q "Inloggen" || {
  echo "login page failed"; echo "$login" | head -40; tail -60 "$work/gunicorn.log"; exit 1
}
css="$(echo "$login" | grep -o '/static/vendor/bootstrap/bootstrap\.min\.[0-9a-f]*\.css' | head -1)"
test -n "$css" || { echo "no hashed stylesheet on the login page"; exit 1; }
fetch "$css" >"$work/served.css"
grep -q "Bootstrap" "$work/served.css" || { echo "static file not served"; exit 1; }
echo "productie-build: collectstatic en gunicorn (productie-instellingen) werken"

# The web process's role really is the application role, and it cannot rewrite the audit log.
DATABASE_URL="$app_url" .venv/bin/python manage.py shell --verbosity 0 -c '
from django.db import DatabaseError, connection, transaction
with connection.cursor() as cursor:
    cursor.execute("SELECT current_user")
    role = cursor.fetchone()[0]
    try:
        with transaction.atomic():
            cursor.execute("UPDATE audit_auditevent SET result = result")
    except DatabaseError:
        print(f"databaserol {role}: auditlog alleen aanvullen en lezen")
    else:
        raise SystemExit(f"de applicatierol {role} kan het auditlog wijzigen")
'

# The scenario over HTTP, bounded in time.
if ! SCENARIO_BASE="http://127.0.0.1:$PORT" SCENARIO_HOST=archief.meppel.nl \
  SCENARIO_PASSWORD="$DEMO_PASSWORD" SCENARIO_TOTP_KEY="$totp_key" SCENARIO_ZAAK="$zaak_pk" \
  SCENARIO_TIMEOUT=300 SCENARIO_MESSAGES="${SCENARIO_MESSAGES:-5000}" \
  timeout 900 .venv/bin/python scripts/production_scenario.py; then
  echo "--- gunicorn"; tail -n 40 "$work/gunicorn.log"; echo "--- worker"; tail -n 40 "$work/worker.log"
  exit 1
fi
