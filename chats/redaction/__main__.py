"""Command line: JSON Lines {"id", "text"} on stdin -> {"id", "spans": [...]} on stdout.

A record may carry ``chat`` (an id) and ``participants`` (the export's sender names):
consecutive records with the same ``chat`` are detected together with the whole chat as context
(``detect_chat``), as the processing pipeline does (``chats.pipeline.build.chat_rules_pass``), so
the figures of this command and of the pipeline are the same. The pipeline adds to them only what
it knows beyond the texts: the persons named around the chat (onderwerp, omschrijving, contact
cards, file names), the municipality's own contact data, a shared location's link and the number
of an unsaved contact mentioned with '@'. A chat whose text is larger than
ARCHIEF_CHAT_RULES_MAX_CHARS is examined by the pipeline message by message instead (without the
rules across messages) and flagged for Informatiebeheer. Records without ``chat`` are each a chat
of their own.

Small inputs are handled in this process. From ``_BATCH`` lines on, the chats go to a pool of
worker processes forked after the lexicon is loaded (so they share it), in input order.
``REDACTION_WORKERS`` sets the number of workers (default: the number of CPUs, at most 4;
1 disables the pool).
"""

from __future__ import annotations

import gc
import itertools
import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator

from chats.redaction.detector import default_detector, detect_chat

_BATCH = 256
# A message that makes phonenumbers and python-stdnum load what they load on first use.
_WARM_UP = "Bel 0522 123456 of +49 30 1234567, IBAN NL91 ABNA 0417 1643 00, BSN 123456782"


def _output(record: dict, spans) -> str:
    result = {
        "id": record.get("id"),
        "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in spans],
    }
    return json.dumps(result, ensure_ascii=False)


def _chat_results(records: list[dict]) -> list[str]:
    """The output lines for one chat: one record alone, or consecutive records of one ``chat``."""
    texts = [record.get("text") or "" for record in records]
    if len(records) == 1 and _chat_of(records[0]) is None:
        return [_output(records[0], default_detector().detect(texts[0]))]
    participants = records[0].get("participants") or ()
    if isinstance(participants, str):
        participants = [participants]
    found = detect_chat(texts, participants=participants)
    return [_output(record, spans) for record, spans in zip(records, found, strict=True)]


def _chat_of(record: dict):
    """The record's chat id (any JSON value but null and ""), or None."""
    chat = record.get("chat")
    return None if chat is None or chat == "" else chat


def _chats(lines: Iterable[str]) -> Iterator[list[dict]]:
    """Records grouped into chats: consecutive records with the same ``chat`` value form one."""
    group: list[dict] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        record = json.loads(line)
        chat = _chat_of(record)
        if group and (chat is None or _chat_of(group[0]) != chat):
            yield group
            group = []
        group.append(record)
        if chat is None:
            yield group
            group = []
    if group:
        yield group


def _workers() -> int:
    try:
        wanted = int(os.environ.get("REDACTION_WORKERS", "0"))
    except ValueError:
        wanted = 0
    return wanted if wanted > 0 else min(os.cpu_count() or 1, 4)


def _results(lines: Iterable[str]) -> Iterator[list[str]]:
    """Output lines per chat in input order; a process pool takes over when the input is long."""
    chats = _chats(lines)
    head = list(itertools.islice(chats, _BATCH))
    workers = _workers()
    if len(head) < _BATCH or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_chat_results, head)
        yield from map(_chat_results, chats)
        return
    # Forked children inherit the loaded lexicon instead of reading it again, and the number
    # libraries' metadata, loaded on first use, once here rather than in every worker.
    default_detector().detect(_WARM_UP)
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_chat_results, itertools.chain(head, chats), chunksize=64)


def _load() -> None:
    """Load the lexicon before any worker is forked. The garbage collector would walk its
    hundreds of thousands of words while they are built and at every later full collection (in
    each worker); they live as long as the process, so they are frozen out of its sight."""
    gc.disable()
    try:
        default_detector()
    finally:
        gc.freeze()
        gc.enable()


def main() -> int:
    """Read messages from stdin and write their spans to stdout, one JSON object per line."""
    _load()
    out = sys.stdout
    for results in _results(sys.stdin):
        for result in results:
            out.write(result + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
