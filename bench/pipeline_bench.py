"""Pipeline benchmark: a big export from upload to `te_beoordelen`, and a 500 MB upload's memory.

    .venv/bin/python bench/pipeline_bench.py                  # 50,000 messages, 300 photos, 500 MB
    .venv/bin/python bench/pipeline_bench.py --messages 5000 --photos 30 --upload-mb 50   # quick

Everything runs for real, on private services the script starts and stops by pid: a redis-server
on a spare port, a database of its own (on the shared PostgreSQL, or a private cluster), a
`celery worker` (prefork, one child) and, for the upload, gunicorn serving the real intake form.

1. Processing: an iOS export is ingested (`manage.py ingest`, the same services as the form), the
   worker processes it; the clock runs from the start of the upload until the database says
   `te_beoordelen`. Goal: under 60 s. Reports each step and the worker's peak memory (VmHWM).
2. Upload: a 500 MB export is posted to /bewaren/ through gunicorn (multipart, streamed from
   disk); the gunicorn worker's peak RSS growth is read from /proc. Goal: at most 100 MB.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.parse
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from demo.generators.exports import photo_bytes, write_ios_export  # noqa: E402
from demo.harness.processes import (  # noqa: E402
    VENV_BIN,
    App,
    PrivateRedis,
    Worker,
    children_of,
    create_database,
    free_port,
    stop_process,
    wait_for,
)

MB = 1_000_000
MiB = 1024 * 1024
PASSWORD = "bench-wachtwoord-123"


def status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def set_up(root: Path) -> App:
    redis_server = PrivateRedis(root)
    redis_server.start()
    database = create_database(root)
    app = App(database=database, redis=redis_server, root=root)
    for args in (
        ("migrate", "--noinput"),
        (
            "shell",
            "-c",
            "from django.contrib.auth.models import User; from accounts.roles import sync_roles; "
            f"u = User.objects.create_user('medewerker', password='{PASSWORD}', "
            "first_name='Jan', last_name='Jansen'); u.groups.add(sync_roles()['Medewerker'])",
        ),
    ):
        result = app.manage(*args)
        if result.returncode:
            raise SystemExit(result.stderr[-3000:])
    return app


def bench_processing(app: App, root: Path, *, messages: int, photos: int) -> dict:
    export = write_ios_export(root / "groot.zip", messages=messages, photos=photos)
    worker = Worker(app, root / "worker.log")
    worker.start()
    try:
        started = time.monotonic()
        [result] = app.ingest(export)
        ingested = time.monotonic() - started
        submission_id = result["submission"]
        steps: list[tuple[float, str]] = []

        def done() -> bool:
            [(status, step)] = app.database.query(
                "SELECT status, progress_step FROM chats_submission WHERE id = %s",
                (submission_id,),
            )
            if not steps or steps[-1][1] != f"{status}: {step}":
                steps.append((time.monotonic() - started, f"{status}: {step}"))
            return status in ("te_beoordelen", "mislukt")

        wait_for(done, timeout=600, interval=0.1, what="processing")
        total = time.monotonic() - started
        [child] = worker.children()
        peak_kb = status_kb(child, "VmHWM")
        [(status, count, attempts)] = app.database.query(
            "SELECT status, message_count, attempts FROM chats_submission WHERE id = %s",
            (submission_id,),
        )
        [(derived,)] = app.database.query(
            "SELECT count(*) FROM chats_storedfile WHERE submission_id = %s AND role = 'afgeleid'",
            (submission_id,),
        )
        [(spans,)] = app.database.query(
            "SELECT count(*) FROM chats_redactionspan WHERE submission_id = %s", (submission_id,)
        )
    finally:
        worker.stop()
    return {
        "export_mb": round(export.stat().st_size / MB, 1),
        "status": status,
        "attempts": attempts,
        "messages": count,
        "derived_files": derived,
        "redaction_spans": spans,
        "ingest_s": round(ingested, 2),
        "upload_to_te_beoordelen_s": round(total, 2),
        "worker_child_peak_rss_mb": round(peak_kb / 1024, 1),
        "steps": [(round(t, 2), s) for t, s in steps],
        "goal_under_60_s": total < 60,
    }


def write_big_export(path: Path, size: int) -> Path:
    """An iOS export of about `size` bytes: a chat and many photos, stored (as WhatsApp does)."""
    pool = [photo_bytes(seed) for seed in range(8)]
    lines = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        written = 0
        index = 0
        while written < size - 200_000:
            name = f"{index + 1:08d}-PHOTO-2024-03-12-08-00-00.jpg"
            data = pool[index % len(pool)]
            archive.writestr(zipfile.ZipInfo(name, (2024, 3, 12, 8, 0, 0)), data)
            lines.append(
                f"[12-03-2024 08:{index % 60:02d}:00] Jan Jansen: \u200e<bijgevoegd: {name}>"
            )
            written += len(data) + 100
            index += 1
        archive.writestr("_chat.txt", "\n".join(lines) + "\n")
    return path


class Client:
    """A tiny HTTP client with cookies and CSRF, streaming multipart bodies from disk."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def _conn(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)

    def _headers(self, extra: dict | None = None) -> dict:
        headers = {"Host": f"127.0.0.1:{self.port}", "Referer": f"http://127.0.0.1:{self.port}/"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return {**headers, **(extra or {})}

    def _keep(self, response: http.client.HTTPResponse) -> bytes:
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return response.read()

    def get(self, path: str) -> tuple[int, str]:
        conn = self._conn()
        conn.request("GET", path, headers=self._headers())
        response = conn.getresponse()
        body = self._keep(response).decode(errors="replace")
        conn.close()
        return response.status, body

    def csrf(self, path: str) -> str:
        _, body = self.get(path)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)

    def login(self, username: str, password: str) -> None:
        token = self.csrf("/accounts/login/")
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": username, "password": password}
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
            raise SystemExit(f"login failed: {response.status}")

    def post_files(self, path: str, fields: dict[str, str], files: list[Path]) -> tuple[int, str]:
        boundary = secrets.token_hex(16)
        parts: list[bytes | Path] = []
        for name, value in fields.items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        for file in files:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="{file.name}"\r\nContent-Type: application/zip\r\n\r\n'.encode()
            )
            parts.append(file)
            parts.append(b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        length = sum(p.stat().st_size if isinstance(p, Path) else len(p) for p in parts)
        conn = self._conn()
        conn.putrequest("POST", path, skip_host=True)
        for key, value in self._headers(
            {
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Content-Length": str(length),
            }
        ).items():
            conn.putheader(key, value)
        conn.endheaders()
        try:
            for part in parts:
                if isinstance(part, Path):
                    with part.open("rb") as fh:
                        while chunk := fh.read(MiB):
                            conn.send(chunk)
                else:
                    conn.send(part)
        except BrokenPipeError:
            pass  # the server answered early (a refusal); read what it said
        response = conn.getresponse()
        body = self._keep(response).decode(errors="replace")
        conn.close()
        return response.status, response.headers.get("Location", "") or body[:300]


def bench_upload(app: App, root: Path, *, size: int) -> dict:
    export = write_big_export(root / "WhatsApp Chat - Groot.zip", size)
    port = free_port()
    env = app.env()
    log = (root / "gunicorn.log").open("ab")
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "meppel_archief.wsgi",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "600",
        ],  # fmt: skip
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        client = Client(port)
        wait_for(lambda: _answers(client), timeout=60, what="gunicorn")
        client.login("medewerker", PASSWORD)
        token = client.csrf("/bewaren/")
        [worker_pid] = children_of(server.pid)
        # Peak RSS of the gunicorn worker from here on (Linux: writing 5 resets VmHWM).
        Path(f"/proc/{worker_pid}/clear_refs").write_text("5")
        baseline_kb = status_kb(worker_pid, "VmRSS")
        started = time.monotonic()
        status, location = client.post_files(
            "/bewaren/",
            {
                "csrfmiddlewaretoken": token,
                "upload_kind": "ios_export",
                "onderwerp": "Groot gesprek (benchmark)",
                "omschrijving": "Benchmark van een upload van 500 MB.",
                "gesprekspartner": "inwoner",
                "afdeling": "openbare_ruimte",
                "vraag_werkproces": "on",
                "elders_vastgelegd": "nee",
                "bevestiging_verwijderen": "on",
            },
            [export],
        )
        took = time.monotonic() - started
        peak_kb = status_kb(worker_pid, "VmHWM")
    finally:
        stop_process(server)
        log.close()
    [(stored,)] = app.database.query(
        "SELECT count(*) FROM chats_storedfile WHERE size = %s", (export.stat().st_size,)
    )
    growth_mb = (peak_kb - baseline_kb) * 1024 / MB
    return {
        "upload_mb": round(export.stat().st_size / MB, 1),
        "http_status": status,
        "redirect": location,
        "stored_originals": stored,
        "upload_s": round(took, 2),
        "web_worker_rss_before_mb": round(baseline_kb * 1024 / MB, 1),
        "web_worker_peak_growth_mb": round(growth_mb, 1),
        "goal_at_most_100_mb": growth_mb <= 100 and status == 302 and stored == 1,
    }


def _answers(client: Client) -> bool:
    try:
        return client.get("/accounts/login/")[0] == 200
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--photos", type=int, default=300)
    parser.add_argument("--upload-mb", type=int, default=500)
    parser.add_argument("--skip-upload", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as tmp:
        root = Path(tmp)
        os.chmod(root, 0o755)
        app = set_up(root)
        try:
            report = {
                "processing": bench_processing(
                    app, root, messages=args.messages, photos=args.photos
                )
            }
            print(json.dumps(report, indent=2, ensure_ascii=False), flush=True)
            if not args.skip_upload:
                report["upload"] = bench_upload(app, root, size=args.upload_mb * MB)
                print(json.dumps({"upload": report["upload"]}, indent=2), flush=True)
        finally:
            app.redis.stop()
            app.database.cleanup()


if __name__ == "__main__":
    main()
