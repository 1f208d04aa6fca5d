"""Issue 17: every judged relevance set (demo/woo_corpus) is well-formed before the bench builds it.

A malformed script line (an unknown speaker letter, a tag for a request that does not exist) would
otherwise only show after minutes of archiving, or silently skew the figures.
"""

import importlib
from pathlib import Path

import pytest

from demo.woo_corpus import CORPORA
from demo.woo_corpus.build import parse_script


def corpus(name):
    return importlib.import_module(f"demo.woo_corpus.{name}")


@pytest.mark.parametrize("name", CORPORA)
def test_every_tag_names_a_request_of_the_set(name):
    module = corpus(name)
    numbers = {request.number for request in module.REQUESTS}
    tagged = {n for chat in module.CHATS for line in parse_script(chat) for n in line.requests}
    assert tagged <= numbers


@pytest.mark.parametrize("name", CORPORA)
def test_every_request_has_queries_and_relevant_messages(name):
    module = corpus(name)
    tagged = {n for chat in module.CHATS for line in parse_script(chat) for n in line.requests}
    for request in module.REQUESTS:
        assert request.queries, request.number
        assert request.number in tagged, request.number


def test_every_set_in_the_package_is_offered_by_the_benches():
    # The benches and the tests above take their choices from CORPORA: a new set's module must
    # be listed there.
    package = Path(__file__).resolve().parents[2] / "demo" / "woo_corpus"
    modules = {path.stem for path in package.glob("*.py")} - {"__init__", "build"}
    assert modules == set(CORPORA)
