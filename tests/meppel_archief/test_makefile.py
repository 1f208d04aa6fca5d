"""`make run`: every manage.py step gets the site URL of the server it starts, so the e-mails
the demo load sends (such as the first 'gearchiveerd' mail) link to that server."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _dry_run(*args: str) -> list[str]:
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


def test_every_manage_py_step_of_make_run_gets_the_site_url_of_the_server():
    lines = [line for line in _dry_run("run", "HOST=10.1.2.3", "PORT=8123") if "manage.py" in line]
    steps = {re.search(r"manage\.py (\w+)", line).group(1) for line in lines}
    assert {"migrate", "load_demo", "runserver"} <= steps
    for line in lines:
        assert "ARCHIEF_SITE_URL=${ARCHIEF_SITE_URL:-http://10.1.2.3:8123}" in line, line


def test_the_site_url_the_dry_run_prints_expands_to_the_server_address():
    line = next(line for line in _dry_run("run", "PORT=8124") if "manage.py load_demo" in line)
    prefix = line.split(" ", 1)[0]
    shell = f"env -u ARCHIEF_SITE_URL sh -c 'export {prefix}; echo $ARCHIEF_SITE_URL'"
    assert subprocess.run(shell, shell=True, capture_output=True, text=True).stdout.strip() == (
        "http://127.0.0.1:8124"
    )
