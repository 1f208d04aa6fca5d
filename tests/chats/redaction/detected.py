"""What the detector finds in a text, as the leak and round tests of redaction check it
(test_review4x_leaks, test_text_round3x)."""

import gc
import time

from chats.redaction import detect, detect_chat
from chats.redaction.spans import Span


def covered(text: str, value: str, label: str = "PERSON") -> bool:
    """Whether a span labelled `label` covers the first `value` in `text`."""
    at = text.index(value)
    return any(
        s.label == label and s.start <= at and at + len(value) <= s.end for s in detect(text)
    )


def found(text: str) -> list[tuple[str, str]]:
    """Each span the detector finds in `text`, as (covered text, label)."""
    return [(text[s.start : s.end], s.label) for s in detect(text)]


def persons(text: str) -> list[str]:
    """The texts labelled PERSON in `text`."""
    return [value for value, label in found(text) if label == "PERSON"]


def found_in_chat(texts: list[str], participants: list[str]) -> list[list[tuple[str, str]]]:
    """For each message of a chat, its spans as (covered text, label)."""
    return [
        [(text[s.start : s.end], s.label) for s in spans]
        for text, spans in zip(texts, detect_chat(texts, participants=participants), strict=True)
    ]


def labelled(text: str, label: str) -> list[str]:
    """The texts labelled `label` in `text`."""
    return [value for value, lab in found(text) if lab == label]


def labelled_in(chat: list[list[tuple[str, str]]], index: int, label: str) -> list[str]:
    """The texts labelled `label` in message `index` of found_in_chat's result."""
    return [value for value, lab in chat[index] if lab == label]


def cpu_seconds(run) -> float:
    """The CPU time of one call of `run`, without the cyclic garbage collector (its passes over
    the many spans of a long run come at moments that do not scale with the work measured)."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        run()
        return time.process_time() - started
    finally:
        gc.enable()


def chat_rules_growth(rules, question: str, unit: str, participants: list[str]):
    """CPU seconds of a round's chat rules (`rules(texts, spans, participants)`) alone over an
    answer to `question` of 300 and of 1,200 copies of `unit`, with the spans the detector
    finds in one unit repeated at each copy (test_text_round52/53's long-run tests)."""
    one = detect_chat([question, unit], participants=participants)[1]

    def run(times):
        text = unit * times
        spans = [
            Span(s.start + k * len(unit), s.end + k * len(unit), s.label)
            for k in range(times)
            for s in one
        ]
        return lambda: rules([question, text], [[], list(spans)], participants)

    run(5)()
    return cpu_seconds(run(300)), cpu_seconds(run(1_200))
