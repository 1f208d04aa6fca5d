"""A digest of every result page of a judged corpus's queries: to check that a change to the
search (e.g. for speed) leaves what the officer sees exactly as it was.

Runs the same queries as bench/woo_relevance_bench.py (every page of each) through /woo/zoeken/
on the corpus's database (built by that bench or here) and prints one short hash per query and
one for all; the page itself is never printed, so a blind set stays unread. Compare the output
before and after a change: any difference in the listed conversations, their order, the hits,
the context shown, the highlights or the counts changes the hash of that query.

Usage:
  .venv/bin/python bench/woo_search_digest.py --corpus blind6 --database woo_blind6_<branch>
      [--mode gesprek|bericht]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.woo_relevance_bench import result_pages, setup  # noqa: E402
from demo.woo_corpus import CORPORA  # noqa: E402

_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
_RESULTS = re.compile(r'<p class="lead mb-0" id="resultaat-samenvatting">.*?</main>', re.S)


def page_digest(client, q: str, mode: str) -> str:
    digest = hashlib.sha256()
    for html in result_pages(client, q, mode):
        found = _RESULTS.search(html)
        digest.update(_CSRF.sub("", found.group(0) if found else html).encode())
    return digest.hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=CORPORA, default="blind")
    parser.add_argument("--database", default="")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--mode", default="")
    args = parser.parse_args()
    setup(args.server, args.database or f"meppel_woo_{args.corpus}")

    import importlib

    from django.contrib.auth import get_user_model
    from django.test import Client

    from accounts.roles import WOO_BEHANDELAAR, sync_roles
    from demo.woo_corpus.build import build_corpus
    from woo.indexing import kernwoorden_refresh

    corpus = importlib.import_module(f"demo.woo_corpus.{args.corpus}")
    build_corpus(corpus.CHATS, seed=17, prefix=args.corpus)
    kernwoorden_refresh()
    groups = sync_roles()
    user, _ = get_user_model().objects.get_or_create(username="woo-relevance")
    user.groups.add(groups[WOO_BEHANDELAAR])
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    overall = hashlib.sha256()
    for request in corpus.REQUESTS:
        for number, q in enumerate(request.queries, 1):
            digest = page_digest(client, q, args.mode)
            overall.update(digest.encode())
            print(f"R{request.number} q{number}: {digest}")
    print(f"all: {overall.hexdigest()[:12]}")


if __name__ == "__main__":
    main()
