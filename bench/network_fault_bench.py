"""Network fault bench: slow uploads, a lost broker, a dying web worker, and the load that held.

    .venv/bin/python bench/network_fault_bench.py           # every scenario, about 8 minutes
    .venv/bin/python bench/network_fault_bench.py --quick   # smaller numbers, about 4 minutes

Production as docker-compose runs it, on loopback only, every process started here and stopped by
its own pid: nginx (deploy/nginx/nginx.conf, paths and ports rewritten) on a spare port in front
of gunicorn (production settings, deploy/gunicorn.conf.py, 3 sync workers, --timeout 120), two
Celery workers (compose's flags, one child each) and beat, a private redis-server on a spare
port and the PostgreSQL database `wt_i15_bench` (created and dropped here). Web and worker have
temp folders of their own, as the containers do. No ClamAV (CLAMAV_REQUIRED=false) and no OCR of
photos: this bench is about the network, not about scanning.

Scenarios and what they must show:
1. slow: 3 uploads of 10 MB at 80 KB/s at once (about 125 s each, past gunicorn's 120 s) are all
   accepted, while a Woo search and /healthz, asked every second meanwhile, answer in < 1 s.
2. load: 60 uploads at once from 20 employees: all accepted, all `te_beoordelen`, once each.
3. broker: uploads just before and during a 30 s Redis outage (kill -9, restarted on the same
   port, empty) are accepted and all final <= 90 s after Redis is back; /healthz answers fast
   during the outage and logs no ERROR per probe; no Gossip traceback in the worker logs.
4. dying web worker: a gunicorn worker is killed (kill -9) in the middle of each of 3 uploads:
   the employee gets nginx's Dutch 502 page, and the partial upload files it left are removed by
   the gunicorn master's sweep (ARCHIEF_UPLOAD_STALE_AFTER_SECONDS is 30 here instead of 600,
   so that the bench does not wait ten minutes); nginx's body temp folder stays empty.
Finally, over all scenarios: 0 lost (accepted but not in the database) and 0 duplicated
submissions, and every submission processed in one attempt.
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

import psycopg2

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))


from demo.generators.exports import write_ios_export  # noqa: E402
from demo.harness.processes import (  # noqa: E402
    SHARED_PG,
    VENV_BIN,
    App,
    Beat,
    Database,
    PrivateNginx,
    PrivateRedis,
    Worker,
    children_of,
    free_port,
    kill_pid,
    stop_process,
    wait_for,
)

DB_NAME = "wt_i15_bench"
HOST = "archief.meppel.nl"
PASSWORD = "bench-wachtwoord-123"
KB = 1000
MB = 1_000_000
FINAL = ("te_beoordelen", "mislukt")


# --- uploads --------------------------------------------------------------------------------------


def write_slow_export(path: Path, size: int) -> Path:
    """An iOS export of about `size` bytes in a few phone-sized photos (noise, so that JPEG keeps
    them large): big on the wire, light to process (this bench is about the network)."""
    import io
    import random
    import zipfile

    from PIL import Image

    lines = []
    written = 0
    index = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        while written < size:
            rng = random.Random(index)
            image = Image.frombytes("RGB", (1000, 1000), rng.randbytes(3_000_000))
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=90)
            name = f"{index + 1:08d}-PHOTO-2024-03-12-08-00-00.jpg"
            archive.writestr(zipfile.ZipInfo(name, (2024, 3, 12, 8, 0, 0)), buffer.getvalue())
            lines.append(
                f"[12-03-2024 08:{index % 60:02d}:00] Jan Jansen: \u200e<bijgevoegd: {name}>"
            )
            lines.append(
                f"[12-03-2024 08:{index % 60:02d}:30] Piet de Vries: Foto {index + 1} ontvangen."
            )
            written += len(buffer.getvalue())
            index += 1
        archive.writestr("_chat.txt", "\n".join(lines) + "\n")
    return path


def write_cut_off_upload(path: Path, size: int) -> Path:
    """A large file that is never processed: its upload is cut off by killing the web worker."""
    with path.open("wb") as fh:
        fh.truncate(size)  # sparse: instant to make, read back as zeros
    return path


# --- the app, as docker-compose runs it ----------------------------------------------------------


def own_database() -> Database:
    admin = psycopg2.connect(dbname="postgres", **SHARED_PG)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{DB_NAME}"')
    admin.close()

    def drop() -> None:
        connection = psycopg2.connect(dbname="postgres", **SHARED_PG)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        connection.close()

    url = f"postgres://{SHARED_PG['user']}@{SHARED_PG['host']}:{SHARED_PG['port']}/{DB_NAME}"
    return Database(url=url, params={"dbname": DB_NAME, **SHARED_PG}, cleanup=drop)


class ProductionApp(App):
    """The harness's App with production settings; `role` picks the container's temp folder."""

    role = "worker"
    secret = secrets.token_urlsafe(64)

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in super().env().items()
            if k not in ("ARCHIEF_SWEEP_INTERVAL_SECONDS", "CHAOS_SWEEP_AFTER_SECONDS")
        }
        env.update(
            DJANGO_SETTINGS_MODULE="meppel_archief.settings.production",
            SECRET_KEY=self.secret,
            ALLOWED_HOSTS=HOST,
            CSRF_TRUSTED_ORIGINS=f"https://{HOST}",
            STATIC_ROOT=str(self.root / "static"),
            ARCHIEF_TEMP_ROOT=str(self.root / f"{self.role}-tmp"),
            CLAMAV_REQUIRED="false",
            ARCHIEF_OCR_PHOTOS="false",
            ARCHIEF_UPLOAD_STALE_AFTER_SECONDS="30",
            CONN_MAX_AGE="60",
            # nginx is the proxy here: X-Forwarded-For is read behind it.
            SSO_TRUSTED_PROXIES="127.0.0.1",
        )
        return env


def web_app(app: ProductionApp) -> ProductionApp:
    web = ProductionApp(database=app.database, redis=app.redis, root=app.root)
    web.role = "web"
    return web


def prepare(app: ProductionApp, users: int) -> None:
    code = (
        "from django.contrib.auth.models import User; from accounts.roles import sync_roles\n"
        "roles = sync_roles()\n"
        f"for i in range({users}):\n"
        f"    u = User.objects.create_user(f'medewerker{{i:02d}}', password='{PASSWORD}')\n"
        "    u.groups.add(roles['Medewerker'])\n"
        f"u = User.objects.create_user('woo', password='{PASSWORD}')\n"
        "u.groups.add(roles['Woo-behandelaar'])\n"
    )
    for args in (
        ("migrate", "--noinput"),
        ("collectstatic", "--noinput"),
        ("shell", "-c", code),
        ("seed_archive", "--messages", "20000"),
    ):
        result = app.manage(*args, timeout=900)
        if result.returncode:
            raise SystemExit(f"{args[0]} failed: {result.stderr[-3000:]}")


class Gunicorn:
    """gunicorn as in docker-compose's `web` (bound to loopback)."""

    def __init__(self, app: ProductionApp) -> None:
        self.app = app
        self.port = free_port()
        self.log = app.root / "gunicorn.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        handle = self.log.open("ab")
        self.process = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                "meppel_archief.wsgi:application",
                "--config",
                "deploy/gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "3",
                "--timeout",
                "120",
            ],  # fmt: skip
            cwd=REPO_ROOT,
            env=self.app.env(),
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
        wait_for(
            lambda: (
                len(children_of(self.process.pid)) == 3
                and b"Booting worker" in self.log.read_bytes()
            ),
            timeout=60,
            what="gunicorn",
        )

    def workers(self) -> list[int]:
        return children_of(self.process.pid)

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process, grace=20)
            self.process = None


# --- an HTTP client as the employee's browser, behind the municipality's TLS proxy ---------------


class Client:
    """Cookies and CSRF like a browser; X-Forwarded-Proto as the intranet TLS proxy sends it."""

    def __init__(self, port: int, timeout: float = 600) -> None:
        self.port = port
        self.timeout = timeout
        self.cookies: dict[str, str] = {}

    def _conn(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)

    def _headers(self, extra: dict | None = None) -> dict:
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{HOST}/bewaren/",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return {**headers, **(extra or {})}

    def _keep(self, response: http.client.HTTPResponse) -> bytes:
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return response.read()

    def get(self, path: str) -> tuple[int, str, float]:
        started = time.monotonic()
        conn = self._conn()
        try:
            conn.request("GET", path, headers=self._headers())
            response = conn.getresponse()
            body = self._keep(response).decode(errors="replace")
        finally:
            conn.close()
        return response.status, body, time.monotonic() - started

    def login(self, username: str) -> None:
        status, page, _ = self.get("/accounts/login/")
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if not found:
            raise SystemExit(f"no login form: {status} {page[:500]}")
        token = found.group(1)
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD}
        ).encode()
        conn = self._conn()
        conn.request(
            "POST",
            "/accounts/login/",
            body=body,
            headers=self._headers({"Content-Type": "application/x-www-form-urlencoded"}),
        )
        response = conn.getresponse()
        self._keep(response)
        conn.close()
        if response.status != 302:
            raise SystemExit(f"login of {username} failed: {response.status}")
        _, form, _ = self.get("/bewaren/")
        self.csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)

    def upload(self, export: Path, *, rate: float | None = None) -> dict:
        """Post the intake form with `export`; `rate` bytes/s throttles the sending side."""
        token = str(uuid.uuid4())
        fields = {
            "csrfmiddlewaretoken": self.csrf,
            "form_token": token,
            "upload_kind": "ios_export",
            "onderwerp": "Netwerkbench",
            "omschrijving": "Upload van de netwerkbench.",
            "gesprekspartner": "inwoner",
            "afdeling": "openbare_ruimte",
            "vraag_werkproces": "on",
            "elders_vastgelegd": "nee",
            "bevestiging_verwijderen": "on",
        }
        boundary = secrets.token_hex(16)
        head = (
            b"".join(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                for k, v in fields.items()
            )
            + (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="{export.name}"\r\nContent-Type: application/zip\r\n\r\n'
            ).encode()
        )
        tail = f"\r\n--{boundary}--\r\n".encode()
        length = len(head) + export.stat().st_size + len(tail)
        started = time.monotonic()
        result = {"form_token": token, "status": 0, "seconds": 0.0, "body": ""}
        conn = self._conn()
        try:
            conn.putrequest("POST", "/bewaren/", skip_host=True)
            headers = self._headers(
                {
                    "Content-Type": f"multipart/form-data; boundary={boundary}",
                    "Content-Length": str(length),
                }
            )
            for key, value in headers.items():
                conn.putheader(key, value)
            conn.endheaders()
            sent = 0
            chunk_size = 16 * 1024 if rate else 1024 * 1024
            with export.open("rb") as fh:
                for piece in _pieces(head, fh, tail, chunk_size):
                    conn.send(piece)
                    sent += len(piece)
                    if rate:  # pace the client: `sent` bytes take sent/rate seconds
                        ahead = sent / rate - (time.monotonic() - started)
                        if ahead > 0:
                            time.sleep(ahead)
            response = conn.getresponse()
            body = self._keep(response).decode(errors="replace")
            result.update(status=response.status, location=response.getheader("Location", ""))
            result["body"] = body[:2000]
        except OSError as exc:
            result["error"] = type(exc).__name__
        finally:
            conn.close()
            result["seconds"] = round(time.monotonic() - started, 2)
        return result


def _pieces(head: bytes, fh, tail: bytes, size: int):
    yield head
    while chunk := fh.read(size):
        yield chunk
    yield tail


# --- measuring ------------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class Prober(threading.Thread):
    """Asks a Woo search and /healthz once a second until stopped; keeps the latencies."""

    def __init__(self, client: Client, health: Client) -> None:
        super().__init__(daemon=True)
        self.client = client
        self.health = health
        self.search: list[float] = []
        self.search_errors = 0
        self.healthz: list[tuple[int, float]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        queries = ["boom", "vergunning", "afspraak", "melding", "container"]
        i = 0
        while not self._halt.wait(1.0):
            try:
                status, _, took = self.client.get(f"/woo/zoeken/?q={queries[i % len(queries)]}")
                self.search.append(took)
                if status != 200:
                    self.search_errors += 1
            except OSError:
                self.search_errors += 1
            try:
                status, _, took = self.health.get("/healthz")
                self.healthz.append((status, took))
            except OSError:
                self.healthz.append((0, 99.0))
            i += 1

    def stop(self) -> dict:
        self._halt.set()
        self.join(timeout=30)
        health_times = [t for _, t in self.healthz]
        return {
            "search_count": len(self.search),
            "search_errors": self.search_errors,
            "search_p50_ms": round(percentile(self.search, 50) * 1000),
            "search_p95_ms": round(percentile(self.search, 95) * 1000),
            "search_max_ms": round(max(self.search, default=0) * 1000),
            "search_over_1s": sum(1 for t in self.search if t >= 1.0),
            "healthz_count": len(self.healthz),
            "healthz_statuses": sorted({s for s, _ in self.healthz}),
            "healthz_max_ms": round(max(health_times, default=0) * 1000),
        }


def in_threads(jobs: list) -> list:
    results: list = [None] * len(jobs)

    def run(i, job):
        try:
            results[i] = job()
        except Exception as exc:  # reported, not raised: a bench reports what happened
            results[i] = {"status": 0, "error": repr(exc)}

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=900)
    return results


def rows(app: App, tokens: list[str]) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {t: [] for t in tokens}
    for token, pk, status, attempts in app.database.query(
        "SELECT form_token::text, id, status, attempts FROM chats_submission "
        "WHERE form_token::text = ANY(%s)",
        (tokens,),
    ):
        found[token].append((pk, status, attempts))
    return found


def wait_final(app: App, tokens: list[str], *, timeout: float) -> float | None:
    """Seconds until every submission of `tokens` is final; None when `timeout` passed first."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        found = rows(app, tokens)
        if all(r and all(s in FINAL for _, s, _ in r) for r in found.values()):
            return round(time.monotonic() - started, 1)
        time.sleep(0.5)
    return None


def accepted(result: dict) -> bool:
    return result.get("status") == 302 and "/mijn-inzendingen/" in result.get("location", "")


def upload_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.upload")) if directory.is_dir() else []


def count_in(log: Path, *needles: str) -> int:
    if not log.exists():
        return 0
    text = log.read_text(errors="replace")
    return sum(text.count(n) for n in needles)


# --- scenarios ------------------------------------------------------------------------------------


def scenario_slow(
    app: App, port: int, exports: dict, *, uploads: int, rate: float
) -> tuple[dict, list]:
    clients = [Client(port) for _ in range(uploads)]
    for i, client in enumerate(clients):
        client.login(f"medewerker{i:02d}")
    woo, health = Client(port, timeout=30), Client(port, timeout=30)
    woo.login("woo")
    prober = Prober(woo, health)
    prober.start()
    results = in_threads([lambda c=c: c.upload(exports["big"], rate=rate) for c in clients])
    probes = prober.stop()
    final_after = wait_final(app, [r["form_token"] for r in results if accepted(r)], timeout=900)
    return {
        "all_final_s_after_uploads": final_after,
        "uploads": uploads,
        "upload_mb": round(exports["big"].stat().st_size / MB, 1),
        "client_rate_kb_s": rate / KB,
        "accepted": sum(accepted(r) for r in results),
        "statuses": [r.get("status") for r in results],
        "upload_seconds": [r["seconds"] for r in results],
        **probes,
        "goal": all(accepted(r) for r in results) and probes["search_over_1s"] == 0,
    }, results


def scenario_load(app: App, port: int, exports: dict, *, users: int, uploads: int) -> tuple:
    clients = [Client(port) for _ in range(users)]
    in_threads([lambda i=i, c=c: c.login(f"medewerker{i:02d}") for i, c in enumerate(clients)])
    started = time.monotonic()
    results = in_threads(
        [lambda n=n: clients[n % users].upload(exports["small"]) for n in range(uploads)]
    )
    answered = round(time.monotonic() - started, 1)
    tokens = [r["form_token"] for r in results if accepted(r)]
    final_after = wait_final(app, tokens, timeout=600)
    return {
        "uploads": uploads,
        "users": users,
        "accepted": len(tokens),
        "all_answered_s": answered,
        "slowest_answer_s": max(r.get("seconds", 0) for r in results),
        "all_final_s_after_answers": final_after,
        "goal": len(tokens) == uploads and final_after is not None,
    }, results


def scenario_broker(
    app: App, port: int, exports: dict, workers: list[Worker], web_log: Path, *, outage: float
) -> tuple[dict, list]:
    users = [Client(port) for _ in range(4)]
    for i, client in enumerate(users):
        client.login(f"medewerker{i:02d}")
    health = Client(port, timeout=30)
    errors_before = count_in(web_log, "ERROR")
    tracebacks_before = sum(count_in(w.log, "Traceback") for w in workers)
    # Just before: queued in Redis, not all taken yet (2 workers, one child each).
    before = in_threads([lambda c=c: c.upload(exports["small"]) for c in users * 2])
    redis_pid = app.redis.process.pid
    kill_pid(redis_pid)  # a crash: no persistence, everything queued is gone
    app.redis.process.wait(timeout=10)
    app.redis.process = None
    down_at = time.monotonic()
    during: list[dict] = []
    probes: list[tuple[int, float]] = []
    n = 0
    while time.monotonic() - down_at < outage:
        if n < 10:
            during.append(users[n % len(users)].upload(exports["small"]))
            n += 1
        try:
            status, _, took = health.get("/healthz")
            probes.append((status, took))
        except OSError:
            probes.append((0, 99.0))
        time.sleep(max(0.0, min(2.0, outage - (time.monotonic() - down_at))))
    app.redis.start()  # same port, empty
    back_at = time.monotonic()
    results = before + during
    tokens = [r["form_token"] for r in results if accepted(r)]
    final_after = wait_final(app, tokens, timeout=300)
    time.sleep(2)
    health_after = health.get("/healthz")[0]
    probe_times = [t for _, t in probes]
    return {
        "outage_s": round(back_at - down_at, 1),
        "uploads_just_before": len(before),
        "uploads_during_outage": len(during),
        "accepted": len(tokens),
        "accepted_during_outage": sum(accepted(r) for r in during),
        "all_final_s_after_broker_back": final_after,
        "healthz_during_outage": sorted({s for s, _ in probes}),
        "healthz_max_ms_during_outage": round(max(probe_times, default=0) * 1000),
        "healthz_probes": len(probes),
        "healthz_after": health_after,
        "web_log_error_lines_during": count_in(web_log, "ERROR") - errors_before,
        "worker_tracebacks_during": sum(count_in(w.log, "Traceback") for w in workers)
        - tracebacks_before,
        "goal": final_after is not None
        and final_after <= 90
        and len(tokens) == len(results)
        and max(probe_times, default=0) < 1.0,
    }, results


def scenario_dying_worker(
    port: int,
    gunicorn: Gunicorn,
    nginx: PrivateNginx,
    exports: dict,
    upload_dir: Path,
    *,
    kills: int,
) -> tuple[dict, list]:
    client = Client(port)
    client.login("medewerker05")
    answers = []
    for _ in range(kills):
        box: dict = {}
        thread = threading.Thread(target=lambda box=box: box.update(client.upload(exports["big"])))
        thread.start()
        victim = wait_for(
            lambda: _writing_upload(gunicorn, upload_dir), timeout=60, interval=0.002,
            what="a gunicorn worker writing an upload",
        )  # fmt: skip
        os.kill(victim, signal.SIGKILL)
        thread.join(timeout=120)
        answers.append(box)
        wait_for(lambda: len(gunicorn.workers()) == 3, timeout=60, what="gunicorn's new worker")
    left = len(upload_files(upload_dir))
    started = time.monotonic()
    cleaned = None
    while time.monotonic() - started < 180:
        if not upload_files(upload_dir):
            cleaned = round(time.monotonic() - started, 1)
            break
        time.sleep(1)
    body_temp = (
        [p for p in nginx.body_temp.rglob("*") if p.is_file()] if nginx.body_temp.exists() else []
    )
    dutch = [("niet aangekomen" in a.get("body", "")) for a in answers]
    return {
        "workers_killed_mid_upload": kills,
        "answers": [a.get("status") for a in answers],
        "answers_with_dutch_page": sum(dutch),
        "partial_upload_files_left_by_kills": left,
        "removed_by_sweep_within_s": cleaned,
        "partial_upload_files_after_sweep": len(upload_files(upload_dir)),
        "nginx_body_temp_files": len(body_temp),
        "goal": all(a.get("status") == 502 for a in answers)
        and all(dutch)
        and cleaned is not None
        and not body_temp,
    }, answers


def _writing_upload(gunicorn: Gunicorn, upload_dir: Path) -> int | None:
    for pid in gunicorn.workers():
        with contextlib.suppress(FileNotFoundError, PermissionError):
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(fd).startswith(str(upload_dir)):
                        return pid
    return None


def totals(app: App, results: list[dict]) -> dict:
    tokens = [r["form_token"] for r in results if accepted(r)]
    found = rows(app, tokens)
    all_tokens = [r["form_token"] for r in results if "form_token" in r]
    stray = rows(app, [t for t in all_tokens if t not in tokens])
    statuses: dict[str, int] = {}
    for found_rows in found.values():
        for _, status, _ in found_rows:
            statuses[status] = statuses.get(status, 0) + 1
    attempts = [a for r in found.values() for _, _, a in r]
    return {
        "accepted": len(tokens),
        "lost": sum(1 for r in found.values() if not r),
        "duplicated": sum(len(r) - 1 for r in found.values() if len(r) > 1),
        "not_accepted_but_stored": sum(len(r) for r in stray.values()),
        "statuses": statuses,
        "processed_in_one_attempt": sum(1 for a in attempts if a == 1),
        "more_than_one_attempt": sum(1 for a in attempts if a > 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller numbers (a quick check)")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["slow", "load", "broker", "dying"]
    )
    args = parser.parse_args()
    slow_mb, rate, load_uploads = (10, 80 * KB, 60) if not args.quick else (3, 80 * KB, 20)

    with tempfile.TemporaryDirectory(prefix="network-fault-bench-") as tmp:
        root = Path(tmp)
        os.chmod(root, 0o755)  # nginx's workers (nobody) reach their temp folder below
        exports = {
            "big": write_slow_export(root / "WhatsApp Chat - Groot.zip", slow_mb * MB),
            "small": write_ios_export(root / "WhatsApp Chat - Klein.zip", messages=50, photos=1),
            "cut_off": write_cut_off_upload(root / "WhatsApp Chat - Afgebroken.zip", 150 * MB),
        }
        redis_server = PrivateRedis(root)
        redis_server.start()
        database = own_database()
        app = ProductionApp(database=database, redis=redis_server, root=root)
        web = web_app(app)
        processes: list = []
        report: dict = {}
        everything: list[dict] = []
        try:
            prepare(app, users=20)
            gunicorn = Gunicorn(web)
            gunicorn.start()
            processes.append(gunicorn)
            nginx = PrivateNginx(root / "nginx", upstream=f"127.0.0.1:{gunicorn.port}")
            nginx.start()
            processes.append(nginx)
            workers = [Worker(app, root / f"worker{i}.log") for i in (1, 2)]
            for worker in workers:
                worker.start()
                processes.append(worker)
            beat = Beat(app, root / "beat.log")
            beat.start()
            processes.append(beat)
            port = nginx.port

            if "slow" not in args.skip:
                report["slow_uploads"], results = scenario_slow(
                    app, port, exports, uploads=3, rate=rate
                )
                everything += results
                print(json.dumps({"slow_uploads": report["slow_uploads"]}, indent=2), flush=True)
            if "load" not in args.skip:
                report["load"], results = scenario_load(
                    app, port, exports, users=20, uploads=load_uploads
                )
                everything += results
                print(json.dumps({"load": report["load"]}, indent=2), flush=True)
            if "broker" not in args.skip:
                report["broker_outage"], results = scenario_broker(
                    app, port, exports, workers, gunicorn.log, outage=30
                )
                everything += results
                print(json.dumps({"broker_outage": report["broker_outage"]}, indent=2), flush=True)
            if "dying" not in args.skip:
                upload_dir = root / "web-tmp" / "uploads"
                report["dying_web_worker"], _ = scenario_dying_worker(
                    port, gunicorn, nginx, exports, upload_dir, kills=3
                )
                print(
                    json.dumps({"dying_web_worker": report["dying_web_worker"]}, indent=2),
                    flush=True,
                )
            # Whatever is still on its way (the slow uploads' processing) finishes first.
            wait_final(app, [r["form_token"] for r in everything if accepted(r)], timeout=600)
            report["totals"] = totals(app, everything)
            report["totals"]["gossip_attribute_errors"] = sum(
                count_in(w.log, "Error on restarting Gossip") for w in workers
            )
            report["peak_rss_mb"] = {
                "gunicorn_workers": _peak_mb(gunicorn.workers()),
                "celery": _peak_mb([p for w in workers for p in [w.process.pid, *w.children()]]),
            }
            print(
                json.dumps(
                    {"totals": report["totals"], "peak_rss_mb": report["peak_rss_mb"]}, indent=2
                ),
                flush=True,
            )
        finally:
            for process in reversed(processes):
                with contextlib.suppress(Exception):
                    process.stop()
            redis_server.stop()
            database.cleanup()
            logs = REPO_ROOT / "var" / "network-fault-bench-logs"
            logs.mkdir(parents=True, exist_ok=True)
            for log in [*root.glob("*.log"), *root.glob("nginx/*.log")]:
                shutil.copy(log, logs / log.name)
        (REPO_ROOT / "var").mkdir(exist_ok=True)
        (REPO_ROOT / "var" / "network_fault_bench.json").write_text(json.dumps(report, indent=2))


def _peak_mb(pids: list[int]) -> float:
    peaks = []
    for pid in pids:
        with contextlib.suppress(FileNotFoundError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]))
    return round(max(peaks, default=0) / 1024, 1)


if __name__ == "__main__":
    main()
