"""Private Redis, PostgreSQL databases and Celery processes for the chaos tests and the bench.

Every process here is started by the chaos tests (or `bench/pipeline_bench.py`) themselves and
stopped by its own pid; the shared PostgreSQL (5432) and Redis (6379) are never stopped or
flushed: on the shared PostgreSQL they only create and drop a database with a name of their own.
"""

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg2
import redis

REPO_ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
SHARED_PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check: Callable[[], object], *, timeout: float, interval: float = 0.2, what: str):
    """Poll `check` until it returns something truthy; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def stop_process(process: subprocess.Popen, *, grace: float = 10.0) -> None:
    """Stop a process we started: SIGTERM, then SIGKILL; by pid only."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def children_of(pid: int) -> list[int]:
    """Direct child pids of `pid` (Linux)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except FileNotFoundError:
        return []
    return [int(p) for p in text.split()]


def kill_pid(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


# --- Redis ----------------------------------------------------------------------------------------


class PrivateRedis:
    """redis-server on a spare port with persistence off (as in production here)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],  # fmt: skip
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self._pong, timeout=15, what="redis-server")

    def _pong(self) -> bool:
        try:
            return bool(self.client().ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None

    def dump_everything(self) -> bytes:
        """Every key and value in every database, concatenated (for canary searches)."""
        out = []
        for db in range(16):
            client = redis.Redis(host="127.0.0.1", port=self.port, db=db)
            for key in client.scan_iter(count=1000):
                out.append(key)
                kind = client.type(key)
                if kind == b"string":
                    out.append(client.get(key) or b"")
                elif kind == b"list":
                    out.extend(client.lrange(key, 0, -1))
                elif kind == b"hash":
                    for k, v in client.hgetall(key).items():
                        out += [k, v]
                elif kind == b"set":
                    out.extend(client.smembers(key))
                elif kind == b"zset":
                    out.extend(client.zrange(key, 0, -1))
        return b"\n".join(out)


# --- PostgreSQL -----------------------------------------------------------------------------------


@dataclass
class Database:
    """A database of our own: on the shared PostgreSQL, or on a private cluster."""

    url: str
    params: dict
    cleanup: Callable[[], None] = field(default=lambda: None)

    def connect(self):
        connection = psycopg2.connect(**self.params)
        connection.autocommit = True
        return connection

    def query(self, sql: str, args=()) -> list[tuple]:
        with self.connect() as connection, connection.cursor() as cursor:
            cursor.execute(sql, args)
            rows = cursor.fetchall() if cursor.description else []
        connection.close()
        return rows


def _shared_postgres_up() -> bool:
    try:
        psycopg2.connect(dbname="postgres", connect_timeout=3, **SHARED_PG).close()
        return True
    except psycopg2.Error:
        return False


def _database_on_shared() -> Database:
    name = f"meppel_chaos_{os.getpid()}_{secrets.token_hex(3)}"
    admin = psycopg2.connect(dbname="postgres", **SHARED_PG)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()

    def drop() -> None:
        connection = psycopg2.connect(dbname="postgres", **SHARED_PG)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.close()

    params = {"dbname": name, **SHARED_PG}
    url = f"postgres://{SHARED_PG['user']}@{SHARED_PG['host']}:{SHARED_PG['port']}/{name}"
    return Database(url=url, params=params, cleanup=drop)


def _postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _database_on_private_cluster(directory: Path) -> Database:
    """initdb + pg_ctl into `directory` (as the postgres user when we are root)."""
    bindir = _postgres_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries not found")
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(directory, "postgres")
    data = directory / "data"
    port = free_port()
    run = lambda *cmd: subprocess.run([*as_user, *cmd], check=True, capture_output=True)  # noqa: E731
    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(directory / "pg.log"), "-w",
        "-o", f"-p {port} -k {directory} -c listen_addresses=127.0.0.1", "start")  # fmt: skip
    params = {"host": "127.0.0.1", "port": port, "user": "postgres"}
    admin = psycopg2.connect(dbname="postgres", **params)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("CREATE DATABASE meppel_chaos")
    admin.close()

    def stop() -> None:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")

    return Database(
        url=f"postgres://postgres@127.0.0.1:{port}/meppel_chaos",
        params={"dbname": "meppel_chaos", **params},
        cleanup=stop,
    )


def create_database(directory: Path) -> Database:
    """A private database: on the shared PostgreSQL if it is up, else on our own cluster."""
    if _shared_postgres_up() and not os.environ.get("CHAOS_PRIVATE_POSTGRES"):
        return _database_on_shared()
    return _database_on_private_cluster(directory)


# --- the app's processes --------------------------------------------------------------------------


@dataclass
class App:
    """Environment for manage.py / celery processes against the private services."""

    database: Database
    redis: PrivateRedis
    root: Path

    @property
    def media_root(self) -> Path:
        return self.root / "media"

    @property
    def temp_root(self) -> Path:
        return self.root / "archief-tmp"

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DJANGO_", "CELERY_", "ARCHIEF_", "CLAMAV_", "DATABASE_URL"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="demo.harness.settings",
            DATABASE_URL=self.database.url,
            CELERY_BROKER_URL=self.redis.url,
            MEDIA_ROOT=str(self.media_root),
            ARCHIEF_TEMP_ROOT=str(self.temp_root),
            ARCHIEF_SWEEP_INTERVAL_SECONDS="1",
            CHAOS_SWEEP_AFTER_SECONDS="2",
            CONN_MAX_AGE="0",
            PYTHONPATH=str(REPO_ROOT),
        )
        return env

    def manage(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO_ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def ingest(self, *paths: Path) -> list[dict]:
        """Run `ingest` once per path (one process); returns the JSON lines it printed."""
        return self.ingest_timed(*paths)[0]

    def ingest_timed(self, *paths: Path) -> tuple[list[dict], list[float]]:
        """As `ingest`, with the seconds each upload took inside the running process: what a
        user waits for in a web process already started, without Python's start-up, which
        on a loaded machine takes longer than the upload itself."""
        code = (
            "import time\n"
            "from django.core.management import call_command\n"
            f"for p in {[str(p) for p in paths]!r}:\n"
            "    started = time.monotonic()\n"
            "    call_command('ingest', p, '--user', 'medewerker')\n"
            "    print(f'seconds {time.monotonic() - started:.3f}')\n"
        )
        result = self.manage("shell", "-c", code)
        assert result.returncode == 0, result.stderr[-2000:]
        lines = result.stdout.splitlines()
        results = [json.loads(line) for line in lines if line.startswith("{")]
        seconds = [float(line.split()[1]) for line in lines if line.startswith("seconds ")]
        return results, seconds

    def celery(self, *args: str, log: Path) -> subprocess.Popen:
        handle = log.open("ab")
        return subprocess.Popen(
            [str(VENV_BIN / "celery"), "-A", "meppel_archief", *args],
            cwd=REPO_ROOT,
            env=self.env(),
            stdout=handle,
            stderr=subprocess.STDOUT,
        )


class Worker:
    """`celery worker` (prefork, one child) as a subprocess; its log goes to a file."""

    def __init__(self, app: App, log: Path) -> None:
        self.app = app
        self.log = log
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        offset = self.log.stat().st_size if self.log.exists() else 0
        self.process = self.app.celery(
            "worker", "--pool=prefork", "--concurrency=1", "--loglevel=INFO",
            f"--hostname=chaos{os.getpid()}-{secrets.token_hex(2)}@%h",
            "--without-gossip", "--without-mingle", "--without-heartbeat",
            log=self.log,
        )  # fmt: skip
        wait_for(
            lambda: b"ready." in self.log.read_bytes()[offset:] or self._died(),
            timeout=60,
            what="the celery worker to be ready",
        )
        assert self.process.poll() is None, self.log.read_text(errors="replace")[-3000:]

    def _died(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def children(self) -> list[int]:
        return children_of(self.process.pid) if self.process else []

    def peak_memory_kb(self) -> int:
        """Highest VmHWM among the worker's processes now alive."""
        peaks = []
        for pid in [self.process.pid, *self.children()]:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peaks.append(int(line.split()[1]))
            except FileNotFoundError:
                continue
        return max(peaks, default=0)

    def stop(self) -> None:
        if self.process is None:
            return
        children = self.children()
        stop_process(self.process, grace=20)
        for pid in children:
            kill_pid(pid)
        self.process = None


class Beat:
    """`celery beat` as a subprocess (hosts the sweeper thread)."""

    def __init__(self, app: App, log: Path) -> None:
        self.app = app
        self.log = log
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        schedule = self.app.root / f"beat-schedule-{secrets.token_hex(2)}"
        self.process = self.app.celery(
            "beat", "--loglevel=INFO", f"--schedule={schedule}", log=self.log
        )
        wait_for(
            lambda: b"sweeper started" in self.log.read_bytes(),
            timeout=60,
            what="celery beat's sweeper",
        )

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None


# --- nginx and gunicorn, as in docker-compose -----------------------------------------------------

NGINX_CONF = REPO_ROOT / "deploy" / "nginx" / "nginx.conf"
NGINX_ERROR_PAGES = REPO_ROOT / "deploy" / "nginx" / "fout"


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
    )


def render_nginx_conf(
    directory: Path, *, port: int, upstream: str, replace: dict[str, str] | None = None
) -> Path:
    """deploy/nginx/nginx.conf for loopback: our port, our upstream, every path below `directory`.

    `replace` changes whole directives (e.g. {"client_max_body_size": "1k"}) for a test.
    """
    text = NGINX_CONF.read_text()
    cache = directory / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    swaps = {
        "user nginx;": "",
        "pid /var/run/nginx.pid;": f"pid {directory / 'nginx.pid'};",
        "error_log /dev/stderr crit;": f"error_log {directory / 'error.log'} crit;",
        "access_log /dev/stdout archief;": f"access_log {directory / 'access.log'} archief;",
        "/var/cache/nginx": str(cache),
        "/usr/share/nginx/fout/": f"{NGINX_ERROR_PAGES}/",
        "listen 8080;": f"listen 127.0.0.1:{port};",
        "server web:8000;": f"server {upstream};",
    }
    for old, new in swaps.items():
        assert old in text, f"deploy/nginx/nginx.conf no longer has {old!r}"
        text = text.replace(old, new)
    for directive, value in (replace or {}).items():
        lines = [line for line in text.splitlines() if line.strip().startswith(directive + " ")]
        assert lines, f"no {directive} in deploy/nginx/nginx.conf"
        for line in lines:
            indent = line[: len(line) - len(line.lstrip())]
            text = text.replace(line, f"{indent}{directive} {value};")
    if os.geteuid() == 0:
        # Workers run as `nobody` without a `user` line: they write the body temp files.
        shutil.chown(cache, "nobody")
    path = directory / "nginx.conf"
    path.write_text(text)
    return path


class PrivateNginx:
    """deploy/nginx/nginx.conf on a spare loopback port in front of `upstream` ("host:port")."""

    def __init__(self, directory: Path, *, upstream: str, replace: dict | None = None) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.conf = render_nginx_conf(directory, port=self.port, upstream=upstream, replace=replace)
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def body_temp(self) -> Path:
        return self.directory / "cache" / "client_body"

    def command(self, *args: str) -> list[str]:
        binary = nginx_binary()
        assert binary, "nginx is not installed (scripts/install-system-packages.sh --test)"
        return [binary, "-p", str(self.directory), "-e", str(self.directory / "error.log"),
                "-c", str(self.conf), *args]  # fmt: skip

    def check(self) -> subprocess.CompletedProcess:
        return subprocess.run(self.command("-t"), capture_output=True, text=True, timeout=30)

    def start(self) -> None:
        self.process = subprocess.Popen(
            self.command("-g", "daemon off;"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

        def listening() -> bool:
            if self.process.poll() is not None:
                raise AssertionError((self.directory / "error.log").read_text(errors="replace"))
            with socket.socket() as sock:
                return sock.connect_ex(("127.0.0.1", self.port)) == 0

        wait_for(listening, timeout=15, what="nginx")

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None
