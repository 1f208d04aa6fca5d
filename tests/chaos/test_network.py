"""Broker outages and cut-off uploads with real processes: a worker, Redis, gunicorn behind nginx.

These start their own redis-server, database, worker, gunicorn and nginx and stop them by pid.
The load figures are in bench/network_fault_bench.py.
"""

import http.client
import os
import subprocess
import time

import pytest

from demo.generators.exports import write_ios_export
from demo.harness.processes import (
    REPO_ROOT,
    VENV_BIN,
    App,
    PrivateNginx,
    Worker,
    children_of,
    free_port,
    nginx_binary,
    stop_process,
    wait_for,
)
from tests.chaos.test_worker import all_reach

pytestmark = pytest.mark.slow


class PatientApp(App):
    """The chaos app with production's 5 minutes before the sweep queues a stuck submission."""

    def env(self) -> dict[str, str]:
        return {**super().env(), "CHAOS_SWEEP_AFTER_SECONDS": "300"}


def test_after_a_broker_restart_everything_is_processed_within_a_minute(app, tmp_path):
    patient = PatientApp(database=app.database, redis=app.redis, root=app.root)
    before, during = (
        write_ios_export(tmp_path / f"{name}.zip", messages=30) for name in ("voor", "tijdens")
    )
    # Queued while no worker runs: the task waits in Redis, and Redis is then restarted empty.
    [queued] = patient.ingest(before)
    assert app.redis.client().llen("celery") == 1
    app.redis.stop()
    # Stored while Redis is away: its queueing fails and is marked.
    [failed] = patient.ingest(during)
    ids = [queued["submission"], failed["submission"]]
    [(mark,)] = app.database.query(
        "SELECT queue_failed_at IS NOT NULL FROM chats_submission WHERE id = %s", (ids[1],)
    )
    assert mark
    app.redis.start()  # empty: the first task is lost
    worker = Worker(patient, tmp_path / "worker.log")
    worker.start()
    try:
        # Not after ARCHIEF_SWEEP_AFTER (5 minutes here): at the sweep's first ticks.
        all_reach(app, ids, "te_beoordelen", timeout=60, logs=(worker.log,))
    finally:
        worker.stop()
    [(attempts,)] = app.database.query(
        "SELECT max(attempts) FROM chats_submission WHERE id = ANY(%s)", (ids,)
    )
    assert attempts == 1
    assert "Traceback" not in worker.log.read_text(errors="replace")


@pytest.mark.skipif(nginx_binary() is None, reason="nginx ontbreekt")
def test_gunicorn_behind_nginx_answers_and_its_master_sweeps_cut_off_uploads(app, tmp_path):
    web_temp = tmp_path / "web-tmp"
    uploads = web_temp / "uploads"
    uploads.mkdir(parents=True)
    stale = uploads / "tmpafgebroken.upload"
    stale.write_bytes(b"PK\x03\x04" + b"\0" * 4096)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    unrelated = uploads / "notities.txt"
    unrelated.write_text("niet van de upload")
    os.utime(unrelated, (old, old))

    port = free_port()
    env = {
        **app.env(),
        "ARCHIEF_TEMP_ROOT": str(web_temp),
        "ARCHIEF_UPLOAD_STALE_AFTER_SECONDS": "1",
        "ARCHIEF_SWEEP_INTERVAL_SECONDS": "0.5",
    }
    log = (tmp_path / "gunicorn.log").open("ab")
    gunicorn = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "meppel_archief.wsgi:application",
            "--config",
            "deploy/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--timeout",
            "120",
        ],  # fmt: skip
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    nginx = PrivateNginx(tmp_path / "nginx", upstream=f"127.0.0.1:{port}")
    nginx.start()
    try:
        wait_for(lambda: len(children_of(gunicorn.pid)) == 2, timeout=30, what="gunicorn")

        def healthz() -> int:
            connection = http.client.HTTPConnection("127.0.0.1", nginx.port, timeout=10)
            try:
                connection.request("GET", "/healthz", headers={"Host": "localhost"})
                return connection.getresponse().status
            except OSError:
                return 0
            finally:
                connection.close()

        # The master's sweep thread must not keep forked workers from starting (an import lock
        # held across fork hung them once).
        assert wait_for(healthz, timeout=30, what="/healthz through nginx") == 200
        wait_for(lambda: not stale.exists(), timeout=15, what="the master to sweep the file")
        assert unrelated.exists()
    finally:
        nginx.stop()
        stop_process(gunicorn)
        log.close()
