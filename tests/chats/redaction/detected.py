"""What the detector finds in a text, as the leak and round tests of redaction check it
(test_review4x_leaks, test_text_round3x)."""

from chats.redaction import detect, detect_chat


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
