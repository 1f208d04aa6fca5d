"""CPU per request of woo_search_bench's 20 queries, Python and PostgreSQL apart, and their result pages.

On a busy machine the wall time of a request says little; the CPU each side spends on it does:
the Python process's time.process_time and its PostgreSQL backend's utime + stime
(/proc/<pid>/stat, the server on this machine). Also the statements per page, and the result
pages (pages 1 and 2, per gesprek and per bericht, the whole page but its CSRF token) written to
a directory, to compare two trees byte for byte (`diff -r`) on the same database state.

Usage (the database woo_search_bench seeded):
  .venv/bin/python bench/woo_search_cpu.py --database NAME [--rounds 3] [--per-query 0]
      [--statements] [--pages DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.woo_search_bench import queries, setup_django  # noqa: E402

_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def woo_client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    from accounts.roles import WOO_BEHANDELAAR, sync_roles

    groups = sync_roles()
    user, _ = get_user_model().objects.get_or_create(username="woo-bench")
    user.groups.add(groups[WOO_BEHANDELAAR])
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def fetch(client, params: dict) -> str:
    response = client.get("/woo/zoeken/", params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def backend_pid() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def backend_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_per_request(client, cases: list[dict], pid: int, repeat: int) -> tuple[float, float]:
    """Python and backend CPU in ms per request, the cases each `repeat` times."""
    python, backend = time.process_time(), backend_seconds(pid)
    for _ in range(repeat):
        for params in cases:
            fetch(client, params)
    n = repeat * len(cases)
    return (
        (time.process_time() - python) / n * 1000,
        (backend_seconds(pid) - backend) / n * 1000,
    )


def statements(client, params: dict) -> int:
    from django.db import connection

    count = 0

    def counted(execute, sql, sql_params, many, context):
        nonlocal count
        count += 1
        return execute(sql, sql_params, many, context)

    with connection.execute_wrapper(counted):
        fetch(client, params)
    return count


def write_pages(client, cases: list[dict], directory: Path) -> int:
    directory.mkdir(parents=True, exist_ok=True)
    for i, params in enumerate(cases):
        for mode in ("gesprek", "bericht"):
            for page in (1, 2):
                asked = {**params, "pagina": page, **({"per": mode} if mode == "bericht" else {})}
                html = _CSRF.sub("", fetch(client, asked))
                (directory / f"{i:02d}_{mode}_{page}.html").write_text(html)
    return 4 * len(cases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--rounds", type=int, default=3, help="measures of the 20 queries twice")
    parser.add_argument("--per-query", type=int, default=0, help="each query this many times")
    parser.add_argument("--statements", action="store_true")
    parser.add_argument("--pages", default="", help="write the result pages here")
    args = parser.parse_args()
    setup_django(args.server, args.database)
    client, cases = woo_client(), queries()
    for params in cases:  # warm-up: caches, connection, template loading
        fetch(client, params)
    pid = backend_pid()
    for _ in range(args.rounds):
        python, backend = cpu_per_request(client, cases, pid, 2)
        load = os.getloadavg()[0]
        print(
            f"CPU per request: Python {python:.1f} ms, backend {backend:.1f} ms (load {load:.1f})"
        )
    for params in cases if args.per_query else ():
        python, backend = cpu_per_request(client, [params], pid, args.per_query)
        print(f"  Python {python:6.1f}  backend {backend:6.1f} ms  {params}")
    if args.statements:
        counts = [statements(client, params) for params in cases]
        print(f"statements per page: {min(counts)}-{max(counts)}, {sum(counts)} for the 20")
    if args.pages:
        print(f"{write_pages(client, cases, Path(args.pages))} pages written to {args.pages}")


if __name__ == "__main__":
    main()
