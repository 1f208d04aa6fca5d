"""Command line: `python -m chats.whatsapp PATH [PATH ...] [--summary]`.

Prints one JSON object per message (file order), or with --summary one JSON line with counts,
participants and the detected format. Input that is not a chat: a Dutch message on stderr and
exit status 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Sequence

from .errors import WhatsAppParseError
from .parser import iter_chat_file
from .results import Message
from .sources import open_source
from .summary import summarize

EXIT_NOT_A_CHAT = 2
# json's own string quoting (C implementation, non-ASCII kept as is like ensure_ascii=False).
_quote = json.encoder.encode_basestring


def message_json(m: Message) -> str:
    """One message as the JSON object of the command-line contract (same text as json.dumps)."""
    author = "null" if m.author is None else _quote(m.author)
    attachments = ", ".join(map(_quote, m.attachments))
    return (
        f'{{"sent_at": "{m.sent_at.isoformat()}", "author": {author}, "kind": "{m.kind}", '
        f'"text": {_quote(m.text)}, "attachments": [{attachments}], '
        f'"edited": {"true" if m.edited else "false"}}}'
    )


def _message_lines(stream) -> None:
    write = sys.stdout.write
    for m in stream:
        write(message_json(m) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m chats.whatsapp",
        description="Lees een WhatsApp-chatexport en geef de berichten als JSON-regels.",
    )
    parser.add_argument("paths", nargs="+", help=".zip, .txt, map, of .txt plus mediabestanden")
    parser.add_argument("--summary", action="store_true", help="alleen tellingen en formaat")
    args = parser.parse_args(argv)
    # The parser builds no reference cycles; in this short-lived process the cyclic collector
    # would only re-walk millions of short-lived record tuples.
    gc.disable()
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    source = args.paths[0] if len(args.paths) == 1 else list(args.paths)
    try:
        with open_source(source) as (chat, media_names):
            if args.summary:
                summary = summarize(chat, media_names=media_names)
                sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
            else:
                _fmt, stream = iter_chat_file(chat, media_names=media_names)
                _message_lines(stream)
    except WhatsAppParseError as exc:
        sys.stderr.write(exc.message + "\n")
        return EXIT_NOT_A_CHAT
    except FileNotFoundError:
        sys.stderr.write("Het bestand is niet gevonden. Controleer het pad.\n")
        return EXIT_NOT_A_CHAT
    except BrokenPipeError:  # output piped into head: stop quietly
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
