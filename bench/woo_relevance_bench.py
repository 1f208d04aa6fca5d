"""Woo search relevance on a judged corpus: chats found, relevant messages found, precision.

The corpus (demo/woo_corpus: `blind` to `blind36` for reporting, `tuning` for tuning) is
archived through the app's own pipeline into its own PostgreSQL database; then every request's
first queries go through /woo/zoeken/ as a Woo officer, every result page is read, and what the
officer sees (the chats listed, the messages shown as hits) is scored against the judgements:

- chats found: chats with a relevant message that any of the request's queries lists;
- relevant messages found: relevant messages shown as a hit by any of the queries;
- precision: of all messages shown as hits by the queries, the share that is relevant.

Goals (blind set): chats found >= 95%, relevant messages found >= 60% at precision >= 60%.

Usage:
  .venv/bin/python bench/woo_relevance_bench.py [--corpus blind|blind2|...|blind36|tuning] [--database NAME]
      [--server postgres://postgres@127.0.0.1:5432] [--mode gesprek|bericht] [--verbose]
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.woo_search_bench import ensure_database  # noqa: E402
from demo.woo_corpus import CORPORA  # noqa: E402

_RESULT = re.compile(r'<li class="[^"]*woo-result[^"]*" data-record="(\d+)"')
_HIT = re.compile(r'<li class="[^"]*woo-snippet[^"]*"[^>]*data-message="(\d*)"')
_PAGES = re.compile(r"pagina=(\d+)")


def setup(server: str, name: str) -> None:
    ensure_database(server, name)
    os.environ["DATABASE_URL"] = f"{server}/{name}"
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.dev")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def result_pages(client, q: str, mode: str):
    """The HTML of every result page of a query through /woo/zoeken/ (at most 50 pages)."""
    page, last = 1, 1
    while page <= last and page <= 50:
        params = {"q": q, "pagina": page}
        if mode:
            params["per"] = mode
        html = client.get("/woo/zoeken/", params).content.decode()
        yield html
        last = max([last, *(int(p) for p in _PAGES.findall(html))])
        page += 1


def run_query(client, q: str, mode: str) -> tuple[set[int], set[int]]:
    records: set[int] = set()
    hits: set[int] = set()
    for html in result_pages(client, q, mode):
        records |= {int(r) for r in _RESULT.findall(html)}
        hits |= {int(m) for m in _HIT.findall(html) if m}
    return records, hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        choices=CORPORA,
        default="blind",
    )
    parser.add_argument("--database", default="")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--mode", default="", help="value of the 'per' parameter, if any")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--why", action="store_true", help="print the texts of missed and wrong hits (tuning sets)"
    )
    args = parser.parse_args()
    setup(args.server, args.database or f"meppel_woo_{args.corpus}")

    from django.contrib.auth import get_user_model
    from django.test import Client

    from accounts.roles import WOO_BEHANDELAAR, sync_roles
    from demo.woo_corpus.build import build_corpus

    corpus = importlib.import_module(f"demo.woo_corpus.{args.corpus}")
    built = build_corpus(corpus.CHATS, seed=17, prefix=args.corpus)
    # Each chat got its subject words when it was archived, into a still tiny archive; now that
    # the corpus is complete they are computed as in a grown archive (manage.py woo_kernwoorden).
    from woo.indexing import kernwoorden_refresh

    kernwoorden_refresh()
    messages = sum(len(record.judgements) for record in built)
    print(f"corpus {args.corpus}: {len(built)} chats, {messages} messages")
    groups = sync_roles()
    user, _ = get_user_model().objects.get_or_create(username="woo-relevance")
    user.groups.add(groups[WOO_BEHANDELAAR])
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    ours = {record.submission_id for record in built}
    totals = [0, 0, 0, 0, 0, 0]  # relevant chats, found; relevant msgs, found; hits, relevant hits
    print(f"{'verzoek':<8}{'chats':>10}{'berichten':>14}{'precisie':>10}  queries zonder resultaat")
    for request in corpus.REQUESTS:
        relevant = {
            mid
            for record in built
            for mid, requests in record.judgements.items()
            if request.number in requests
        }
        relevant_chats = {
            record.submission_id
            for record in built
            if any(request.number in r for r in record.judgements.values())
        }
        found_chats: set[int] = set()
        shown: set[int] = set()
        empty = []
        for q in request.queries:
            records, hits = run_query(client, q, args.mode)
            records &= ours
            found_chats |= records
            shown |= hits
            if not records:
                empty.append(q)
        relevant_shown = shown & relevant
        chats_found = found_chats & relevant_chats
        precision = len(relevant_shown) / len(shown) if shown else 0.0
        print(
            f"R{request.number:<7}{len(chats_found):>4}/{len(relevant_chats):<4}"
            f"{len(relevant_shown):>6}/{len(relevant):<6}{precision:>9.0%}  "
            + ", ".join(f'"{q}"' for q in empty)
        )
        if args.verbose:
            for record in built:
                missed = [
                    mid
                    for mid, r in record.judgements.items()
                    if request.number in r and mid not in shown
                ]
                if missed:
                    print(f"    missed in {record.onderwerp}: {len(missed)}")
        if args.why:
            from chats.models import Message

            texts = dict(
                Message.objects.filter(pk__in=(relevant - shown) | (shown - relevant)).values_list(
                    "pk", "text_redacted"
                )
            )
            for mid in sorted(relevant - shown):
                print(f"    - missed: {texts.get(mid, '')[:90]}")
            for mid in sorted(shown - relevant):
                print(f"    + wrong:  {texts.get(mid, '')[:90]}")
        for i, value in enumerate(
            (
                len(relevant_chats),
                len(chats_found),
                len(relevant),
                len(relevant_shown),
                len(shown),
                len(relevant_shown),
            )
        ):
            totals[i] += value
    chats = totals[1] / totals[0]
    recall = totals[3] / totals[2]
    precision = totals[5] / totals[4] if totals[4] else 0.0
    print(
        f"total: chats found {chats:.1%} ({totals[1]}/{totals[0]}), relevant messages found "
        f"{recall:.1%} ({totals[3]}/{totals[2]}), precision {precision:.1%} "
        f"({totals[5]}/{totals[4]})"
    )
    met = chats >= 0.95 and recall >= 0.60 and precision >= 0.60
    print(f"goal {'MET' if met else 'NOT MET'} (chats >= 95%, messages >= 60% at precision >= 60%)")


if __name__ == "__main__":
    main()
