"""gunicorn for the web container (docker-compose `web`, the Dockerfile's CMD), behind nginx.

Three sync workers, 120 s per request: nginx (deploy/nginx/nginx.conf) buffers every request
body, so a worker never waits on a slow client. The master also sweeps the upload temp folder:
a worker killed mid-request (--timeout, out of memory, kill -9) leaves its partial upload file
there, and nothing else in this container would remove it (the Celery sweep runs in other
containers with their own /tmp). The master is the one process that outlives its workers and
needs no database for this: one thread scans one folder every ARCHIEF_SWEEP_INTERVAL seconds.
"""

import threading

bind = "0.0.0.0:8000"
workers = 3
timeout = 120
# nginx writes the access log (deploy/nginx/nginx.conf), so gunicorn writes none (no
# `accesslog`). Should one be turned on (--access-logfile, GUNICORN_CMD_ARGS), it leaves out
# what gunicorn's default format writes of a search: the query string (`%(r)s`, `%(q)s`:
# `GET /woo/zoeken/?q=Harmke%20Bijlsma`, a BSN) and the referer that repeats it (`%(f)s`).
# The path (`%(U)s`) holds only ids.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms "%(a)s"'


def when_ready(server):
    # Imported here, in the master's main thread, before any worker is forked: a thread that
    # imports while the master forks would leave the child with a held import lock (a hang).
    from django.conf import settings

    from chats.uploadhandlers import remove_stale_uploads

    interval = settings.ARCHIEF_SWEEP_INTERVAL
    older_than = settings.ARCHIEF_UPLOAD_STALE_AFTER
    threading.Thread(
        target=_sweep_upload_temp,
        args=(server, remove_stale_uploads, interval, older_than),
        name="upload-temp-sweep",
        daemon=True,
    ).start()


def _sweep_upload_temp(server, remove_stale_uploads, interval, older_than):
    stopped = threading.Event()
    while not stopped.wait(interval):
        try:
            removed = remove_stale_uploads(older_than_seconds=older_than)
        except OSError as exc:
            server.log.warning("upload temp sweep failed (%s)", type(exc).__name__)
            continue
        if removed:
            server.log.info("upload temp sweep: removed %d partial upload files", removed)
