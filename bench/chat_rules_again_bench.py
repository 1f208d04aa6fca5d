"""What `manage.py redact_chat_rules` finds in the redacted texts of purged records.

Two measures of chats.chat_rules_again.redacted_text_finds (the detector over redacted texts,
placeholders and pseudonyms masked, every number said taken for a house number of a chat that
gave an address):

- recovered: chats redacted the old way (each message alone, the participants known), then
  examined again; how many of the spans `detect_chat` finds now but the old way missed come
  out, and how many finds are none of those (extra);
- false finds: the demo archive generator's chats (demo.archive.words), whose redacted form
  holds no personal data by construction: every find there is one too many.

    nice -n 10 .venv/bin/python bench/chat_rules_again_bench.py [--chats 200] [--messages 40]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.dev")

import django  # noqa: E402

django.setup()

from bench.pii_score import seeded_context  # noqa: E402
from chats.chat_rules_again import redacted_text_finds  # noqa: E402
from chats.redaction import (  # noqa: E402
    Pseudonymizer,
    Span,
    detect,
    detect_chat,
    persons_in,
    redact_text,
)
from chats.whatsapp import iter_chat_file  # noqa: E402
from demo.archive.words import ChatGenerator  # noqa: E402

# Chats whose rules across messages matter (the cases, as tests/chats hold them).
ACROSS = [
    (
        "Gerrit Mulder",
        [
            "Goedemorgen, ik woon op de Zomerdijk 14, 7943 KR Meppel.",
            "Wat is uw geboortedatum?",
            "12-03-1961",
            "De auto van de buren staat al weken voor nummer 14.",
            "BSN?",
            "9354 127 12",
            "Ik heb gebeld met Johan Kuipers over de schutting.",
            "kuipers zegt dat hij morgen komt",
            "Bus nummer 14 rijdt niet meer, en de vergadering is op 14 mei.",
        ],
    ),
    (
        "Anneke Kuipers",
        [
            "Adres?",
            "De Schiphorst 4, eigenaar van de schuur",
            "Buurvrouw Greet van nummer 17 klaagt over de heg.",
            "dan is nummer 17 haar adres toch?",
            "Zaak 2024-118, melding nummer 3 van vandaag.",
        ],
    ),
]


def _old_way(texts, names, context):
    """Each message alone with the participants and the names the chat shows as a person known
    (learn_persons), as processing did before stop 50; the
    redacted texts and, per text, (redacted start, original start, length) of its kept runs."""
    pseudonymizer = Pseudonymizer(dict.fromkeys(names, "Inwoner"))
    replacements = pseudonymizer.replacements()
    context = context.with_persons(names)
    context = context.with_persons(persons_in(texts, context))
    out, runs, spans = [], [], []
    for text in texts:
        found = sorted(detect(text, context=context), key=lambda s: s.start)
        spans.append(found)
        redacted = redact_text(text, found, replacements=replacements)
        kept, pos, at = [], 0, 0
        for span in found:
            if span.start < pos:
                continue
            kept.append((at, pos, span.start - pos))
            shown = Span(0, span.end - span.start, span.label)
            at += (
                span.start
                - pos
                + len(redact_text(text[span.start : span.end], [shown], replacements=replacements))
            )
            pos = span.end
        kept.append((at, pos, len(text) - pos))
        out.append(redacted)
        runs.append(kept)
    return out, runs, spans, set(pseudonymizer.participants.values())


def _to_original(span, runs):
    for red, orig, length in runs:
        if red <= span.start and span.end <= red + length:
            return span.start - red + orig, span.end - red + orig
    return None


def recovered(context) -> None:
    chats = [([resident, "Mila de Vries"], lines) for resident, lines in ACROSS]
    for path in sorted((ROOT / "demo" / "chats").glob("*.txt")):
        _, stream = iter_chat_file(path)
        messages = list(stream)
        stream.close()
        names = list(dict.fromkeys(m.author for m in messages if m.author))
        chats.append((names, [m.text for m in messages]))
    gap = got = extra = 0
    for names, texts in chats:
        now = detect_chat(texts, participants=names, context=context)
        redacted, runs, old, pseudonyms = _old_way(texts, names, context)
        finds = redacted_text_finds(redacted, pseudonyms=pseudonyms, context=context)
        for text, now_spans, old_spans, red, run, found in zip(
            texts, now, old, redacted, runs, finds, strict=True
        ):
            missed = [
                s
                for s in now_spans
                if not any(o.start < s.end and s.start < o.end for o in old_spans)
            ]
            gap += len(missed)
            places = [_to_original(s, run) for s in found]
            for s in missed:
                if any(p and p[0] < s.end and s.start < p[1] for p in places):
                    got += 1
                else:
                    print(f"  not recovered: {text[s.start : s.end]!r} ({s.label}) in {text!r}")
            for s, p in zip(found, places, strict=True):
                if p is None or not any(m.start < p[1] and p[0] < m.end for m in missed):
                    extra += 1
                    print(f"  extra: {red[s.start : s.end]!r} ({s.label}) in {red!r}")
    print(f"recovered {got} of {gap} spans detect_chat finds and the old way missed; {extra} extra")


def _applied(texts, found):
    """The texts with the finds replaced by their placeholders (as the command stores them)."""
    return [
        redact_text(text, spans) if spans else text
        for text, spans in zip(texts, found, strict=True)
    ]


def second_run(chats, context) -> int:
    """How many finds a second run makes in the texts the first run left (should be none)."""
    again = 0
    for texts in chats:
        first = redacted_text_finds(texts, pseudonyms=(), context=context)
        after = _applied(texts, first)
        again += sum(map(len, redacted_text_finds(after, pseudonyms=(), context=context)))
    return again


def false_finds(context, chats: int, messages: int) -> None:
    gen = ChatGenerator(seed=51)
    total = 0
    labels: Counter = Counter()
    shown = 0
    with_address = 0
    generated = []
    for _ in range(chats):
        topic = gen.topic()
        texts = [gen.message(topic, 2024).text_redacted for _ in range(messages)]
        generated.append(texts)
        with_address += any("[ADRES]" in t for t in texts)
        found = redacted_text_finds(texts, pseudonyms=(), context=context)
        for text, spans in zip(texts, found, strict=True):
            for span in spans:
                total += 1
                labels[span.label] += 1
                if shown < 200:
                    shown += 1
                    print(f"  false: {text[span.start : span.end]!r} ({span.label}) in {text!r}")
    print(
        f"{chats} generated chats x {messages} messages ({with_address} with an [ADRES]): "
        f"{total} finds in their redacted texts {dict(labels)}; "
        f"a second run over what the first left: {second_run(generated, context)} finds"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--messages", type=int, default=40)
    args = parser.parse_args()
    context = seeded_context()
    recovered(context)
    false_finds(context, args.chats, args.messages)


if __name__ == "__main__":
    main()
