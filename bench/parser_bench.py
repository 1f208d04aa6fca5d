"""Benchmark the WhatsApp parser against whatstk on a generated 200,000-message Dutch iOS export.

Run from the repository root:  .venv/bin/python bench/parser_bench.py [--messages N] [--runs R]

Each parser runs as its own process (the whole process is measured: start-up, reading,
parsing); peak RSS comes from os.wait4 for exactly that child. whatstk is installed into a
throw-away virtualenv under /tmp on first use.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parser_bench_data import write_ios_export  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WHATSTK_VENV = Path(tempfile.gettempdir()) / "meppel-bench-whatstk-venv"
WHATSTK_SCRIPT = """
import sys
from whatstk import df_from_whatsapp
df = df_from_whatsapp(sys.argv[1], hformat="[%d-%m-%Y %H:%M:%S] %name:", max_size=None)
print(len(df))
"""


def run_measured(cmd: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Run a command; return (wall seconds, CPU seconds, peak RSS in bytes, stdout or its size).

    Large output is counted, not read: a forked child's peak RSS starts at the parent's size,
    so the parent must stay small for the figures to be the child's own.
    """
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        if proc.returncode != 0:
            raise RuntimeError(f"{cmd[:3]} failed ({proc.returncode}): {err[-500:]}")
        cpu = usage.ru_utime + usage.ru_stime
        out.seek(0)
        if out.seek(0, os.SEEK_END) > 1 << 20:
            out.seek(0)
            lines = sum(block.count(b"\n") for block in iter(lambda: out.read(1 << 20), b""))
            return wall, cpu, usage.ru_maxrss * 1024, f"{lines} lines"
        out.seek(0)
        return wall, cpu, usage.ru_maxrss * 1024, out.read().decode("utf-8", "replace")


def whatstk_version(python: Path) -> str:
    """The installed whatstk version, for the report."""
    code = "import whatstk; print(whatstk.__version__)"
    done = subprocess.run([python, "-c", code], capture_output=True, text=True)
    return done.stdout.strip() or "?"


def ensure_whatstk() -> Path | None:
    """Return the python of a virtualenv with whatstk, creating it if needed; None if impossible."""
    python = WHATSTK_VENV / "bin" / "python"
    if python.exists():
        check = subprocess.run([python, "-c", "import whatstk"], capture_output=True)
        if check.returncode == 0:
            return python
    try:
        venv.create(WHATSTK_VENV, with_pip=True, clear=True)
        subprocess.run(
            [python, "-m", "pip", "install", "-q", "whatstk"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"whatstk kon niet worden geïnstalleerd: {exc}")
        return None
    return python


def best_of(runs: int, cmd: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Run a command several times; return the fastest wall and CPU times and the highest RSS."""
    results = [run_measured(cmd, cwd) for _ in range(runs)]
    wall = min(r[0] for r in results)
    cpu = min(r[1] for r in results)
    rss = max(r[2] for r in results)
    return wall, cpu, rss, results[-1][3]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-whatstk", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="parser-bench-") as tmp:
        chat = Path(tmp) / "_chat.txt"
        size = write_ios_export(chat, args.messages)
        print(f"export: {args.messages:,} messages, {size / 1e6:.1f} MB ({chat.name}, iOS, nl)")
        rows = []

        cmd = [sys.executable, "-m", "chats.whatsapp", str(chat), "--summary"]
        wall, cpu, rss, out = best_of(args.runs, cmd, REPO)
        summary = json.loads(out)
        assert summary["messages"] == args.messages, summary["messages"]
        rows.append(("chats.whatsapp --summary", wall, cpu, rss))

        cmd = [sys.executable, "-m", "chats.whatsapp", str(chat)]
        wall, cpu, rss, out = best_of(1, cmd, REPO)
        assert out == f"{args.messages} lines", out
        rows.append(("chats.whatsapp (JSON lines)", wall, cpu, rss))

        code = (
            "import sys\n"
            "from chats.whatsapp import iter_chat_file\n"
            "fmt, stream = iter_chat_file(sys.argv[1])\n"
            "print(sum(1 for _ in stream))\n"
        )
        wall, cpu, rss, out = best_of(1, [sys.executable, "-c", code, str(chat)], REPO)
        assert int(out) == args.messages
        rows.append(("chats.whatsapp iter_chat_file", wall, cpu, rss))

        if not args.no_whatstk:
            python = ensure_whatstk()
            if python is None:
                print("whatstk: niet beschikbaar (installatie mislukt), vergelijking overgeslagen")
            else:
                cmd = [str(python), "-c", WHATSTK_SCRIPT, str(chat)]
                wall, cpu, rss, out = best_of(1, cmd, REPO)
                rows.append(
                    (f"whatstk {whatstk_version(python)} ({int(out)} rows)", wall, cpu, rss)
                )

    load = os.getloadavg()[0]
    print(
        f"(load average {load:.1f} on {os.cpu_count()} CPUs; msgs/s by wall clock and by CPU time)"
    )
    print(f"{'parser':36} {'msgs/s':>9} {'msgs/s CPU':>10} {'wall s':>7} {'peak RSS':>10}")
    for name, wall, cpu, rss in rows:
        n = args.messages
        print(f"{name:36} {n / wall:9,.0f} {n / cpu:10,.0f} {wall:7.2f} {rss / 2**20:7.1f} MB")
    goal_rate, goal_rss = 250_000, 64 * 2**20
    _, wall, cpu, rss = rows[0]
    rate = args.messages / wall
    verdict = "gehaald" if rate >= goal_rate and rss <= goal_rss else "NIET gehaald"
    print(f"doel (≥ 250.000 berichten/s en ≤ 64 MB piek-RSS voor --summary): {verdict}")
    if rate < goal_rate <= args.messages / cpu:
        print("  (op CPU-tijd wel gehaald: de machine was druk, wandkloktijd telt wachten mee)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
