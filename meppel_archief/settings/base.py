"""Settings shared by every environment, read from environment variables.

With nothing set this gives the embedded default: SQLite and Celery tasks run eagerly, so one
machine with only Python runs the whole app. `DATABASE_URL` and `CELERY_BROKER_URL` (or
`REDIS_URL`) switch to PostgreSQL and Redis.
"""

from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parents[2]

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="")
# Earlier secret keys, still accepted (Django's rotation); also the keys of person hashes made
# with a key derived from them (below).
SECRET_KEY_FALLBACKS = env.list("SECRET_KEY_FALLBACKS", default=[])
# Key of the hashes (HMAC-SHA256) by which the archive recognises a record's persons after their
# names are purged (chats.person_digests) and of the searches in the audit log. Empty: derived
# from SECRET_KEY. A hash kept for a purged record cannot be made again: after a rotation the
# old key must stay among the fallbacks (SECRET_KEY_FALLBACKS for a derived key, else
# ARCHIEF_PERSON_DIGEST_KEY_FALLBACKS) for as long as the archive holds such records; without
# it their persons are no longer recognised in text typed later. A key of its own keeps
# SECRET_KEY free to rotate; the key derived from SECRET_KEY is still tried after it.
ARCHIEF_PERSON_DIGEST_KEY = env("ARCHIEF_PERSON_DIGEST_KEY", default="")
ARCHIEF_PERSON_DIGEST_KEY_FALLBACKS = env.list("ARCHIEF_PERSON_DIGEST_KEY_FALLBACKS", default=[])
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Django's admin with the project's site (titles; every list's page number as the site's).
    "meppel_archief.admin_site.ArchiefAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "accounts.axes_app.AxesConfig",  # django-axes, with a Dutch name in the admin
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "mozilla_django_oidc",
    "accounts",
    "audit",
    "zaken",
    "chats",
    "woo",
    "backups",
    "demo",
]

MIDDLEWARE = [
    # First: once the first response is made, what lives as long as the process is kept out of
    # garbage collection (meppel_archief/memory.py).
    "meppel_archief.memory.FreezeAfterFirstResponse",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified() (django-otp), then the second login step for the roles that
    # need it (accounts/twofactor.py).
    "django_otp.middleware.OTPMiddleware",
    "accounts.twofactor.TwoFactorMiddleware",
    # A decision separation of duties refuses (accounts/duties.py) is an audit row, then a 403.
    "accounts.middleware.DutyRefusedAuditMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A Dutch page for a POST-only address opened as a page (Django's 405 is empty).
    "meppel_archief.errors.MethodNotAllowedPage",
    # Answers Django's upload guards on the intake form with the form (needs request.user).
    "chats.middleware.UploadLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy on every response that has none yet (media keep their stricter one).
    "csp.middleware.CSPMiddleware",
    # Last: answers a locked-out login (django-axes) with the Dutch lockout page.
    "axes.middleware.AxesMiddleware",
]

# The municipality's reverse proxy authenticates against the intranet SSO and passes the user
# name in a header. The header is believed only from SSO_TRUSTED_PROXIES (IPs or CIDRs of that
# proxy); from any other address it is ignored and audited, and with no trusted proxies header
# sign-on is off (a system check warns). X-Forwarded-For, for the client address in the audit
# log and the login throttle, is likewise read only behind those proxies (audit/proxies.py).
SSO_REMOTE_USER_HEADER = env("SSO_REMOTE_USER_HEADER", default="")
SSO_TRUSTED_PROXIES = env.list("SSO_TRUSTED_PROXIES", default=[])
# Our own proxies that only forward (nginx in docker-compose): X-Forwarded-For is read through them,
# but a sign-on header must have been put there by a proxy of SSO_TRUSTED_PROXIES before them.
ARCHIEF_FORWARDING_PROXIES = env.list("ARCHIEF_FORWARDING_PROXIES", default=[])
# django-axes first: it refuses any login attempt for a locked-out name or address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.backends.ArchiefModelBackend",
]
if SSO_REMOTE_USER_HEADER:
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
        "accounts.sso.SSOHeaderMiddleware",
    )
    AUTHENTICATION_BACKENDS.insert(1, "accounts.sso.SSOBackend")

# OpenID Connect sign-on (accounts/oidc.py): on when OIDC_RP_CLIENT_ID is set. The endpoints are
# the provider's (see its /.well-known/openid-configuration). OIDC_ROLE_MAP maps the provider's
# groups (claim OIDC_GROUPS_CLAIM) to roles: "GG-Archief-DI=Informatiebeheer,GG-Woo=Woo-behandelaar".
OIDC_RP_CLIENT_ID = env("OIDC_RP_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env("OIDC_RP_CLIENT_SECRET", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT = env("OIDC_OP_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env("OIDC_OP_TOKEN_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT = env("OIDC_OP_USER_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env("OIDC_OP_JWKS_ENDPOINT", default="")
OIDC_OP_LOGOUT_ENDPOINT = env("OIDC_OP_LOGOUT_ENDPOINT", default="")
OIDC_RP_SIGN_ALGO = env("OIDC_RP_SIGN_ALGO", default="RS256")
OIDC_RP_SCOPES = env("OIDC_RP_SCOPES", default="openid email profile")
OIDC_USERNAME_CLAIM = env("OIDC_USERNAME_CLAIM", default="preferred_username")
OIDC_GROUPS_CLAIM = env("OIDC_GROUPS_CLAIM", default="groups")
OIDC_ROLE_MAP = env("OIDC_ROLE_MAP", default="")
# Unknown users: refused (default) or created as Medewerker.
OIDC_CREATE_UNKNOWN_USERS = env.bool("OIDC_CREATE_UNKNOWN_USERS", default=False)
# Trust the provider's word that the sign-in used a second factor (then no TOTP step here).
OIDC_TRUST_MFA_CLAIM = env.bool("OIDC_TRUST_MFA_CLAIM", default=True)
OIDC_MFA_CLAIM = env("OIDC_MFA_CLAIM", default="amr")
OIDC_MFA_VALUES = env.list("OIDC_MFA_VALUES", default=["mfa", "otp", "hwk", "swk"])
OIDC_STORE_ID_TOKEN = True  # for the id_token_hint of the logout at the provider
OIDC_USE_PKCE = True
LOGIN_REDIRECT_URL_FAILURE = "/accounts/oidc/mislukt/"
if OIDC_RP_CLIENT_ID:
    AUTHENTICATION_BACKENDS.append("accounts.oidc.ArchiefOIDCBackend")

# Two-factor authentication (TOTP) for Informatiebeheer, Woo-behandelaar, Beheerder and superusers
# who log in with a password (accounts/twofactor.py). Off by default here (`make run`'s demo users
# log in with a password only); production.py turns it on unless ARCHIEF_2FA_REQUIRED=false.
ARCHIEF_2FA_REQUIRED = env.bool("ARCHIEF_2FA_REQUIRED", default=False)
OTP_TOTP_ISSUER = "Meppel Archief"

# Login throttling (django-axes): after ARCHIEF_LOGIN_FAILURE_LIMIT failed logins for one user
# name, or from one address, further logins are refused for ARCHIEF_LOGIN_COOLOFF_MINUTES (0:
# until Beheer deletes the attempts in the admin, "Toegangspogingen").
ARCHIEF_LOGIN_FAILURE_LIMIT = env.int("ARCHIEF_LOGIN_FAILURE_LIMIT", default=5)
ARCHIEF_LOGIN_COOLOFF_MINUTES = env.int("ARCHIEF_LOGIN_COOLOFF_MINUTES", default=30)
AXES_FAILURE_LIMIT = ARCHIEF_LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = (
    timedelta(minutes=ARCHIEF_LOGIN_COOLOFF_MINUTES) if ARCHIEF_LOGIN_COOLOFF_MINUTES else None
)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "audit.proxies.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out"
# A name no account has (a resident's e-mail address, a password in the name field) is counted and
# kept only as its keyed hash, "onbekend:…"; an account's name as typed (accounts/lockout.py).
AXES_USERNAME_CALLABLE = "accounts.lockout.throttled_name"
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_VERBOSE = False

ROOT_URLCONF = "meppel_archief.urls"
WSGI_APPLICATION = "meppel_archief.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.roles",
            ],
            # {% url 'name' %} without arguments reversed once per process (meppel_archief/urltag.py).
            "builtins": ["meppel_archief.urltag"],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
# SQLite (`make run`): a transaction takes the write lock when it begins (IMMEDIATE), so two
# requests that read and then write wait for each other instead of one failing with "database
# is locked"; WAL lets readers go on while one writes.
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL;",
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    for key, value in SQLITE_OPTIONS.items():
        DATABASES["default"].setdefault("OPTIONS", {}).setdefault(key, value)
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A database that does not answer is noticed in seconds (by /healthz too), not minutes.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=3)
    )
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "nl"
# Dutch for the few strings of Django's admin and django-axes that their packages leave English.
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))

# Private store for originals and derived files. It is never served by the web server: downloads
# go through views that check permissions.
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
# Never routed: nothing serves this prefix (Django needs a value; the test live server uses it).
MEDIA_URL = "/niet-openbaar/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads stream to a private temp dir (never whole files in memory) through a handler that
# hashes and counts while writing.
FILE_UPLOAD_HANDLERS = ["chats.uploadhandlers.HashingUploadHandler"]
FILE_UPLOAD_PERMISSIONS = 0o640
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Upload and unpack limits (the intake and pipeline read these). ARCHIEF_MAX_FILES fits an
# Android export: the chat .txt plus up to a thousand loose photos, voice notes and videos.
ARCHIEF_MAX_FILE_SIZE = env.int("ARCHIEF_MAX_FILE_SIZE", default=500 * 1024 * 1024)
ARCHIEF_MAX_TOTAL_SIZE = env.int("ARCHIEF_MAX_TOTAL_SIZE", default=1024 * 1024 * 1024)
ARCHIEF_MAX_FILES = env.int("ARCHIEF_MAX_FILES", default=1_100)
# Django's own guard stays well above the app's limit: up to it the upload handler only counts
# files past ARCHIEF_MAX_FILES (nothing is written) and the form names the limit with every
# field kept; beyond it the form comes back empty with the same message (chats.middleware).
DATA_UPLOAD_MAX_NUMBER_FILES = max(
    env.int("DATA_UPLOAD_MAX_NUMBER_FILES", default=5_000), ARCHIEF_MAX_FILES + 1
)
ARCHIEF_MAX_UNPACKED_TOTAL = env.int("ARCHIEF_MAX_UNPACKED_TOTAL", default=1024 * 1024 * 1024)
ARCHIEF_MAX_MEMBERS = env.int("ARCHIEF_MAX_MEMBERS", default=10_000)
ARCHIEF_MAX_IMAGE_PIXELS = env.int("ARCHIEF_MAX_IMAGE_PIXELS", default=40_000_000)
# PDF attachments are rendered page by page at this resolution, blacked out and rebuilt as an
# image-only PDF; longer PDFs are withheld until Informatiebeheer releases them.
ARCHIEF_PDF_DPI = env.int("ARCHIEF_PDF_DPI", default=150)
ARCHIEF_PDF_MAX_PAGES = env.int("ARCHIEF_PDF_MAX_PAGES", default=50)
# Every PDF page is also read with OCR (a few seconds a page): past this many pages in one chat
# its further PDFs are withheld, so the chat's processing stays within the task's time limit.
ARCHIEF_PDF_PAGES_PER_CHAT = env.int("ARCHIEF_PDF_PAGES_PER_CHAT", default=150)
ARCHIEF_MAX_ATTEMPTS = env.int("ARCHIEF_MAX_ATTEMPTS", default=3)
# Originals are purged this long after archiving (0: at archiving).
ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(
    days=env.int("ARCHIEF_PURGE_ORIGINALS_AFTER_DAYS", default=0)
)
# Submissions still waiting this long are enqueued again by the sweep.
ARCHIEF_SWEEP_AFTER = timedelta(minutes=env.int("ARCHIEF_SWEEP_AFTER_MINUTES", default=5))
# How often the sweeper thread (in every worker and in beat) looks for work to queue again. It
# reads the database directly, so it keeps running while Redis is down (then it looks every 3 s,
# so that submissions whose queueing failed are queued within seconds of the broker's return).
ARCHIEF_SWEEP_INTERVAL = env.float("ARCHIEF_SWEEP_INTERVAL_SECONDS", default=15.0)
# The voice notes and videos a Woo release ZIP holds together at most (woo.release): past it
# they are left out and the release says so, so a decision stays a download of sensible size.
ARCHIEF_WOO_RELEASE_MEDIA_BYTES = env.int(
    "ARCHIEF_WOO_RELEASE_MEDIA_BYTES", default=1024 * 1024 * 1024
)
# Read the text in photos inside exports (after cleaning) so that search finds it; screenshots
# are always read. Off saves OCR time on servers that do not need it.
ARCHIEF_OCR_PHOTOS = env.bool("ARCHIEF_OCR_PHOTOS", default=True)
# The processing pipeline's private scratch space (unpacked exports, OCR temp files). Every
# submission gets its own directory below it, removed when processing ends; what a killed worker
# left behind is removed by the next attempt and by the sweeper.
ARCHIEF_TEMP_ROOT = Path(env("ARCHIEF_TEMP_ROOT", default=str(BASE_DIR / "var" / "tmp")))
# Uploads stream into a private directory of their own, not the shared system /tmp.
FILE_UPLOAD_TEMP_DIR = env("FILE_UPLOAD_TEMP_DIR", default=str(ARCHIEF_TEMP_ROOT / "uploads"))
# An upload temp file untouched this long belongs to a web worker killed mid-upload (no request
# lasts longer than gunicorn's --timeout); the sweep and the gunicorn master remove it.
ARCHIEF_UPLOAD_STALE_AFTER = env.float("ARCHIEF_UPLOAD_STALE_AFTER_SECONDS", default=600.0)
# Longest message kept whole; longer ones are cut off and flagged for Informatiebeheer.
ARCHIEF_MAX_MESSAGE_CHARS = env.int("ARCHIEF_MAX_MESSAGE_CHARS", default=100_000)
# Processing reads a chat's messages with each other (an answered birth date, BSN or address, a
# surname named again) as the detector's figures are measured (detect_chat), holding the chat's
# text and spans in memory up to this many characters; a larger chat is examined message by
# message, and flagged for Informatiebeheer.
ARCHIEF_CHAT_RULES_MAX_CHARS = env.int("ARCHIEF_CHAT_RULES_MAX_CHARS", default=64_000_000)
# The archive PDF is rendered in parts of at most this many messages (or about this many bytes
# of images), each on its own, then joined: the worker's memory stays bounded for any chat size.
ARCHIEF_RENDITION_PART_MESSAGES = env.int("ARCHIEF_RENDITION_PART_MESSAGES", default=500)
ARCHIEF_RENDITION_PART_IMAGE_BYTES = env.int(
    "ARCHIEF_RENDITION_PART_IMAGE_BYTES", default=32 * 1024 * 1024
)
# Writing one part (by a forked copy of the worker) may take this long plus this much per page
# of the part (about 0.02 s of CPU per page is usual; the margin covers a loaded machine). A
# writer that takes longer is killed and the record's PDF fails with a reason and a retry.
ARCHIEF_RENDITION_WRITE_TIMEOUT_SECONDS = env.float(
    "ARCHIEF_RENDITION_WRITE_TIMEOUT_SECONDS", default=120.0
)
ARCHIEF_RENDITION_WRITE_SECONDS_PER_PAGE = env.float(
    "ARCHIEF_RENDITION_WRITE_SECONDS_PER_PAGE", default=2.0
)
CLAMAV_SOCKET = env("CLAMAV_SOCKET", default="")
CLAMAV_HOST = env("CLAMAV_HOST", default="")
CLAMAV_PORT = env.int("CLAMAV_PORT", default=3310)
# Without a configured scanner, scanning is off (embedded default on a developer's laptop).
# Production requires one (see production.py): the pipeline then fails closed.
CLAMAV_REQUIRED = env.bool("CLAMAV_REQUIRED", default=False)

# Celery: Redis when configured, otherwise tasks run eagerly in-process.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=env("REDIS_URL", default=""))
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if not CELERY_BROKER_URL:
    # Eager tasks still build a producer; the in-memory transport keeps it from looking for
    # a broker on localhost.
    CELERY_BROKER_URL = "memory://"
CELERY_TASK_EAGER_PROPAGATES = False
# With no broker, `make run` sets this for its development server: a queued task runs in a
# thread of the web process (meppel_archief.celery.AppTask), so an upload's request does not wait
# for the processing. Off by default: commands and tests run eager tasks in the caller.
ARCHIEF_EAGER_IN_BACKGROUND = env.bool("ARCHIEF_EAGER_IN_BACKGROUND", default=False)
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
# Reliability (measured): acks_late alone still loses a task whose worker child is killed;
# reject_on_worker_lost puts it back on the queue. The attempt counter in the database stops a
# poison upload from looping (see chats/processing.py).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=15 * 60)
CELERY_TASK_SOFT_TIME_LIMIT = env.int(
    "CELERY_TASK_SOFT_TIME_LIMIT", default=max(1, CELERY_TASK_TIME_LIMIT - 60)
)
# Redis redelivers an unacknowledged task after the visibility timeout; it must be well above
# the hard time limit or a long task runs twice at once. Short socket timeouts let the web
# process give up on a dead broker within seconds: the submission is stored and the sweep
# queues it later.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_TASK_TIME_LIMIT * 4,
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A worker keeps reconnecting to Redis however long it is away (the default gives up after 100
# tries and the worker exits).
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
# Tasks already running when Redis goes away finish their work (the database is the source of
# truth); a redelivery afterwards finds the submission done and does nothing.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = False
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
# No broker-driven schedule: the sweep of stuck submissions runs in a thread of every worker and
# of beat, straight against the database (chats/sweeps.py), so it also runs while
# Redis is unreachable.
CELERY_BEAT_SCHEDULE = {
    # Archiving purges at once by default; with a purge period this catches up every night.
    "purge-due-originals": {
        "task": "chats.tasks.purge_due_originals",
        "schedule": crontab(hour=2, minute=30),
    },
    # Rolling fixity check: every hour the next batch of stored files is re-read.
    "check-fixity": {
        "task": "chats.tasks.check_fixity",
        "schedule": crontab(minute=17),
    },
    # Informatiebeheer's morning e-mail: new, failed, waiting too long, answers received.
    "informatiebeheer-digest": {
        "task": "chats.tasks.send_informatiebeheer_digest",
        "schedule": crontab(hour=7, minute=0),
    },
    # A reminder to employees who left a question of Informatiebeheer unanswered.
    "question-reminders": {
        "task": "chats.tasks.send_question_reminders",
        "schedule": crontab(hour=9, minute=0),
    },
}
# Backups of database and media store together (manage.py backup / restore; docs in README).
ARCHIEF_BACKUP_DIR = Path(env("ARCHIEF_BACKUP_DIR", default=str(BASE_DIR / "var" / "backups")))
# Backups older than this many days are deleted after each new backup: a destroyed record is gone
# from every backup this many days after its destruction. 0 keeps every backup.
ARCHIEF_BACKUP_KEEP_DAYS = env.int("ARCHIEF_BACKUP_KEEP_DAYS", default=35)
# An age public key ("age1..."): backups are then encrypted with age; restore needs the matching
# identity (private key) file.
ARCHIEF_BACKUP_AGE_RECIPIENT = env("ARCHIEF_BACKUP_AGE_RECIPIENT", default="")
ARCHIEF_BACKUP_AGE_IDENTITY_FILE = env("ARCHIEF_BACKUP_AGE_IDENTITY_FILE", default="")
if env.bool("ARCHIEF_BACKUP_NIGHTLY", default=False):
    CELERY_BEAT_SCHEDULE["nightly-backup"] = {
        "task": "backups.tasks.create_backup",
        "schedule": crontab(hour=1, minute=30),
    }
# Files re-read per hourly fixity run. 24 runs a day: 2,000 files an hour re-reads a store of
# 48,000 files every day; at ~1 MB a file that is well under a minute of disk reading per run.
ARCHIEF_FIXITY_BATCH = env.int("ARCHIEF_FIXITY_BATCH", default=2000)
# A submission waiting for review this long counts as "waiting too long" in the digest.
ARCHIEF_DIGEST_WAITING_DAYS = env.int("ARCHIEF_DIGEST_WAITING_DAYS", default=7)
# An unanswered question gets one reminder to the employee after this many days.
ARCHIEF_QUESTION_REMINDER_DAYS = env.int("ARCHIEF_QUESTION_REMINDER_DAYS", default=5)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Where employees' questions and answers about a review go (reply-to of the outcome e-mail).
ARCHIEF_INFORMATIEBEHEER_EMAIL = env(
    "ARCHIEF_INFORMATIEBEHEER_EMAIL", default="informatiebeheer@meppel.nl"
)
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="archief@meppel.nl")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
# Seconds an SMTP server may keep silent: the outcome mail goes with the submission's row locked
# (chats.outcome), and Django's default waits for good.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
# Where employees reach the app; used for links in e-mails (no request at hand after commit).
ARCHIEF_SITE_URL = env("ARCHIEF_SITE_URL", default="http://localhost:8000")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 60 * 60
# Django's database sessions, read with one plain query (accounts/sessions.py).
SESSION_ENGINE = "accounts.sessions"
# The notices after a review decision quote the onderwerp as typed and the words just redacted:
# kept in the session on the server, never in a cookie (Django's default keeps them there).
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp) on every page: scripts and styles only from our own static
# files (no inline script, no style attribute, no CDN). Images may be data: URIs (Bootstrap's
# form icons). Attachments set their own, stricter policy, which the middleware leaves alone.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {
        "health_probe": {"()": "meppel_archief.health.HealthProbeFilter"},
        "refusal": {"()": "meppel_archief.logfilters.RefusalWithoutTraceback"},
        "query_string": {"()": "meppel_archief.logfilters.QueryStringOut"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # A failing /healthz answers 503 on every probe; the health view logs the change once.
    # A refused page (403) is logged as one line, without a traceback.
    # Pillow logs every EXIF tag it reads with its value at DEBUG (a photo's artist, caption,
    # GPS position): held at INFO, so LOG_LEVEL=DEBUG writes no photo's metadata.
    # A logged address keeps no query string (a Woo search's words): django.request, and
    # runserver's request lines (django.server), written here as the project's other lines.
    "loggers": {
        "django.request": {"filters": ["health_probe", "refusal", "query_string"]},
        "django.server": {
            "handlers": ["console"],
            "level": "INFO",
            "filters": ["query_string"],
            "propagate": False,
        },
        "PIL": {"level": "INFO"},
    },
}
